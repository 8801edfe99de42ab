"""The fields gcds adds to WTForms: checkboxes for a multiple choice, a three-part date."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from wtforms import fields as wtf
from wtforms import widgets
from wtforms.form import BaseForm
from wtforms.utils import unset_value
from wtforms.validators import StopValidation

from .. import i18n
from ..dates import DATE_MESSAGES, DATE_ORDER, DateError, parse_date_parts
from .library import _lang


class MultiCheckboxField(wtf.SelectMultipleField):
    """A list of checkboxes: a ``SelectMultipleField`` rendered with gcds ``checkboxes``.

    Example::

        contact = MultiCheckboxField(
            "How can we contact you?",
            choices=[("email", "Email"), ("phone", "Phone"), ("post", "Post")],
        )
    """

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class _DateFormData:
    """What :meth:`Field.process` reads: the three parts, seen as the field's values."""

    def __init__(self, date_field: DateField, formdata: Any) -> None:
        self._field = date_field
        self._formdata = formdata

    def __contains__(self, name: str) -> bool:
        return self._field.raw_parts is not None or name in self._formdata

    def getlist(self, name: str) -> list[Any]:
        parts = self._field.raw_parts
        if parts is None:  # no day/month/year boxes: one ISO value, as wtforms.DateField reads
            return self._formdata.getlist(name)
        return [parts["day"], parts["month"], parts["year"]]


class DateField(wtf.DateField):
    """A date asked as three boxes (day, month, year), rendered with gcds ``date_input``.

    Reads ``<name>-day``, ``<name>-month`` and ``<name>-year`` from the submitted form,
    keeps them exactly as typed in :attr:`raw_parts` (for re-rendering), and sets ``data``
    to a :class:`datetime.date`. When the date cannot be read, the error says why, in the
    page's language (English or French, as gcds resolves it; or the form's
    ``Meta.locales``; or ``lang=``), and :attr:`error_fields` lists the parts in error
    (the ``error_fields`` param of ``date_input``):

    - nothing entered, on a required field: "Enter a date" (or the message given to
      ``DataRequired``/``InputRequired``), all three parts in error;
    - a part missing: "Date must include a month" (``error_fields == ["month"]``);
    - a part not in numbers: "Date must be in numbers";
    - a year that is not 4 digits: "Year must include 4 numbers";
    - 31 February or month 13: "Date must be a real date".

    Nothing entered on a field that is not required gives ``data = None`` and no error.
    ``messages`` overrides any of :data:`DATE_MESSAGES` by key; a value is a string, or a
    mapping by language::

        date_of_birth = DateField(
            "Date of birth",
            validators=[DataRequired()],
            messages={"enter": {"en": "Enter your date of birth",
                                "fr": "Entrez votre date de naissance"}},
        )
    """

    #: The parts as typed (``{"day": …, "month": …, "year": …}``), or None if not submitted.
    raw_parts: dict[str, str] | None
    #: The parts in error, in the language's order (empty: the whole date).
    error_fields: list[str]

    def __init__(
        self,
        label: str | None = None,
        validators: Sequence[Any] | None = None,
        *,
        messages: Mapping[str, str | Mapping[str, str]] | None = None,
        lang: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(label, validators, **kwargs)
        self.messages = dict(messages or {})
        self.lang = lang
        self.raw_parts = None
        self.error_fields = []

    # Which language the messages are in.
    def _message_lang(self) -> str:
        lang = i18n.normalize(self.lang)
        if lang is None:
            locales = getattr(self.meta, "locales", None)
            if locales:
                lang = i18n.normalize(locales[0])
        return lang or _lang()

    def message(self, key: str, **values: str) -> str:
        """The message ``key`` of :data:`DATE_MESSAGES`, overridden by ``messages``."""
        lang = self._message_lang()
        text: Any = self.messages.get(key)
        if isinstance(text, Mapping):
            text = text.get(lang)
        if text is None:
            text = DATE_MESSAGES[lang][key]
        return str(text).format(**values) if values else str(text)

    def order(self) -> tuple[str, str, str]:
        """The parts in the order the page shows them (en: month, day, year; fr: day, month, year)."""
        return DATE_ORDER[self._message_lang()]

    def process(self, formdata: Any, data: Any = unset_value, extra_filters=None) -> None:
        self.raw_parts = None
        self.error_fields = []
        if formdata is not None:
            keys = {part: f"{self.name}-{part}" for part in ("day", "month", "year")}
            if any(key in formdata for key in keys.values()):
                self.raw_parts = {
                    part: (formdata.getlist(key) or [""])[0] if key in formdata else ""
                    for part, key in keys.items()
                }
            formdata = _DateFormData(self, formdata)
        super().process(formdata, data, extra_filters)

    def process_formdata(self, valuelist: list[Any]) -> None:
        if self.raw_parts is None:
            super().process_formdata(valuelist)
            return
        self.data = None
        self.data = self._parse({k: str(v).strip() for k, v in self.raw_parts.items()})

    def _parse(self, parts: dict[str, str]) -> datetime.date | None:
        try:
            return parse_date_parts(parts, self.order(), self.message)
        except DateError as error:
            self.error_fields = error.parts
            raise ValueError(self.message(error.key, **error.params)) from None

    def pre_validate(self, form: BaseForm) -> None:
        if self.process_errors:
            # The date could not be read: its message says why; "This field is required"
            # from DataRequired would only repeat it less clearly.
            raise StopValidation()
        if self.data is None and self.flags.required:
            self.error_fields = list(self.order())
            raise StopValidation(self._required_message())

    def _required_message(self) -> str:
        if "enter" not in self.messages:
            for validator in self.validators:
                if getattr(validator, "field_flags", {}).get("required"):
                    given = getattr(validator, "message", None)
                    if given:
                        return str(given)
        return self.message("enter")

    def date_value(self) -> dict[str, str] | None:
        """The ``value`` for ``date_input``: the parts as typed, else those of ``data``."""
        if self.raw_parts is not None:
            return dict(self.raw_parts)
        if isinstance(self.data, datetime.date):
            return {
                "day": str(self.data.day),
                "month": str(self.data.month),
                "year": str(self.data.year),
            }
        return None
