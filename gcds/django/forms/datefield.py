"""``DateInputField``: a Django form field for a date asked as day, month and year boxes."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import lazy

from .dates import PARTS, DateError, as_parts, date_message, first_box, parse_parts

_lazy_message = lazy(date_message, str)


class DateInputWidget(forms.MultiWidget):
    """Three text boxes named ``<name>-day``, ``<name>-month`` and ``<name>-year``.

    With :class:`~gcds.django.forms.GcdsFormRenderer` the field renders as gcds ``date_input``
    (labels, legend, the parts in the page's order); another renderer draws Django's three
    bare boxes. ``value_from_datadict`` gives the parts exactly as typed, or one ISO date
    string if only ``<name>`` was sent.
    """

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        box = {"inputmode": "numeric"}
        super().__init__([forms.TextInput(box) for _ in PARTS], attrs)
        self.widgets_names = [f"-{part}" for part in PARTS]

    def decompress(self, value: Any) -> list[str | None]:
        parts = as_parts(value)
        return [parts[p] for p in PARTS] if parts else [None, None, None]

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        keys = {part: f"{name}-{part}" for part in PARTS}
        if any(key in data for key in keys.values()):
            return {part: data.get(key) or "" for part, key in keys.items()}
        return data.get(name)

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return name not in data and all(f"{name}-{part}" not in data for part in PARTS)

    def id_for_label(self, id_: str) -> str:
        return first_box(id_, None, has_error=False) if id_ else ""


class DateInputField(forms.Field):
    """A date asked as three boxes, rendered with gcds ``date_input``; ``cleaned_data`` is a
    :class:`datetime.date`.

    What was typed is kept exactly for the re-render; when it is not a date the error says
    why, in the active language (:data:`~gcds.django.forms.DATE_MESSAGES`), and the parts at
    fault are marked: "Date must include a month" marks the month box; "Date must be a real
    date" (31 February) the day. Nothing entered: "Enter a date" if required, else None.
    Change any message, the Django way, by its key (``required``, ``missing``, ``numbers``,
    ``year_digits``, ``real``)::

        date_of_birth = DateInputField(
            label=_("What is your date of birth?"),
            help_text=_("For example, 27 3 2007"),
            error_messages={"required": _("Enter your date of birth")},
        )

    Give ``widget=DateInputWidget(attrs={"autocomplete": "bday"})`` for the person's own
    date of birth (browsers then fill it).
    """

    widget = DateInputWidget
    default_error_messages: ClassVar[dict[str, Any]] = {
        key: _lazy_message(key) for key in ("required", "missing", "numbers", "year_digits", "real")
    }

    def to_python(self, value: Any) -> datetime.date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        parts = as_parts(value)
        if parts is None:
            raise ValidationError(self.error_messages["real"], code="real")
        try:
            return parse_parts(parts)
        except DateError as error:
            raise ValidationError(
                self.error_messages[error.key], code=error.key, params=error.params or None
            ) from None
