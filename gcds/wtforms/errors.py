"""The error summary of a WTForms form: each error linked to the control to fix."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from markupsafe import Markup
from wtforms import fields as wtf
from wtforms.fields.core import Field

from .. import i18n
from ..dates import DATE_ORDER
from ..library import Library
from .fields import DateField
from .library import _lang, _library
from .params import (
    Params,
    _first_error,
)


def _fields_in_order(form: Any) -> Iterator[Field]:
    """Every leaf field, in page order, through FormField and FieldList."""
    for f in form:
        if isinstance(f, wtf.FormField):
            yield from _fields_in_order(f.form)
        elif isinstance(f, wtf.FieldList):
            for entry in f.entries:
                if isinstance(entry, wtf.FormField):
                    yield from _fields_in_order(entry.form)
                else:
                    yield entry
        else:
            yield f


def _target(f: Field, lang: str) -> str:
    """The id to link to: the control, or the first date part in error in the page's order."""
    if isinstance(f, DateField):
        order = DATE_ORDER[lang]
        first = next((p for p in order if p in f.error_fields), order[0])
        return f"{f.id}-{first}"
    return f.id


def errors_for(form: Any, *, lang: str | None = None) -> list[dict[str, str]]:
    """The form's errors as error-summary items ``{text, href}``, in the order of the fields.

    Each field's first error links to its control (``#email``; a group's first item; a
    date's first part in error, ``#dob-month``). Fields inside ``FormField`` and
    ``FieldList`` are included. Errors with no visible field (the form's own
    ``form_errors``, a hidden field such as a missing CSRF token) link to the first
    visible field::

        >>> errors_for(form)
        [{'text': 'Enter your full name', 'href': '#full_name'}, …]
    """
    lang = i18n.normalize(lang) or _lang()
    items: list[dict[str, str]] = []
    unplaced: list[str] = []
    first_visible: str | None = None
    for f in _fields_in_order(form):
        hidden = isinstance(f, wtf.HiddenField)
        if first_visible is None and not hidden and not isinstance(f, wtf.SubmitField):
            first_visible = _target(f, lang)
        error = _first_error(f)
        if not error:
            continue
        if hidden:
            unplaced.append(error)
        else:
            items.append({"text": error, "href": "#" + _target(f, lang)})
    unplaced = [str(e) for e in (getattr(form, "form_errors", None) or ())] + unplaced
    if unplaced and first_visible:
        items[:0] = [{"text": text, "href": "#" + first_visible} for text in unplaced]
    return items


def _render_summary(library: Library, form: Any, params: Params) -> Markup:
    errors = errors_for(form, lang=params.get("lang") or library.resolve_lang())
    if not errors:
        return Markup("")
    return library.error_summary(errors=errors, **params)


def error_summary(form: Any, /, **params: Any) -> Markup:
    """The gcds error summary of ``form``'s errors (see :func:`errors_for`); empty if none.

    Call it at the top of ``<main>``, before the form, on every render: it writes nothing
    until the form has errors. ``params`` go to the ``error_summary`` component::

        {{ gcds_error_summary(form, description="Fix these to continue.") }}
    """
    return _render_summary(_library(), form, params)
