"""A date asked as three boxes (day, month, year): :class:`DateInputField`, gcds ``date_input``."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from ...dates import DATE_MESSAGES as _SHARED_MESSAGES
from ...dates import DATE_ORDER, PARTS, DateError, parse_date_parts
from ...i18n import normalize
from .params import Params, common

#: Django's messages (``%(parts)s``, Django's placeholder) under the keys of a field's
#: ``error_messages`` ("required" for gcds's "enter"), made from gcds.dates's table.
DATE_MESSAGES: dict[str, dict[str, str]] = {
    lang: {
        ("required" if key == "enter" else key): text.replace("{parts}", "%(parts)s")
        for key, text in table.items()
    }
    for lang, table in _SHARED_MESSAGES.items()
}


def page_lang() -> str:
    """Django's active language as a gcds language ("en" when it is neither)."""
    from django.utils.translation import get_language

    return normalize(get_language()) or "en"


def date_message(key: str) -> str:
    """The message ``key`` of :data:`DATE_MESSAGES` in the active language."""
    return DATE_MESSAGES[page_lang()][key]


def parse_parts(parts: Mapping[str, str]) -> datetime.date | None:
    """The date of ``{day, month, year}`` as typed; None if all are blank; else DateError
    (its ``key`` is a key of :data:`DATE_MESSAGES`)."""
    return parse_date_parts(parts, DATE_ORDER[page_lang()], date_message)


def as_parts(value: Any) -> dict[str, str] | None:
    """``{day, month, year}`` as text from what was typed, a date, or an ISO date string."""
    if isinstance(value, Mapping):
        return {p: str(value.get(p) or "") for p in PARTS}
    if isinstance(value, str) and value:
        try:
            value = datetime.date.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, datetime.date):
        return {"day": str(value.day), "month": str(value.month), "year": str(value.year)}
    return None


def error_parts(value: Any) -> list[str]:
    """The parts to mark in error for a field whose ``value`` has an error, in page order."""
    parts = as_parts(value)
    try:
        if parts is None or parse_parts(parts) is None:
            return list(DATE_ORDER[page_lang()])  # nothing entered: all three
    except DateError as error:
        return error.parts
    return []  # a real date another validator refused: the whole date, no part


def first_box(base: str, value: Any, has_error: bool) -> str:
    """The id of the box to fix first: the first part in error, else the first in page order."""
    parts = error_parts(value) if has_error else []
    return f"{base}-{(parts or DATE_ORDER[page_lang()])[0]}"


def date_params(bf: Any) -> tuple[str, Params]:
    """DateInputWidget: ``date_input`` with the parts as typed and the parts in error."""
    params = common(bf, "date_input", label_key="legend")
    value = bf.value()
    parts = as_parts(value)
    if parts is not None:
        params["value"] = parts
    if params.get("error"):
        in_error = error_parts(value)
        if in_error:  # none: another validator refused a real date, the whole date is wrong
            params["error_fields"] = in_error
    if params.pop("attributes", {}).get("autocomplete") == "bday":
        params["autocomplete_bday"] = True
    return "date_input", params
