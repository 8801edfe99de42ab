"""A date asked as three boxes (day, month, year): :class:`DateInputField`, gcds ``date_input``."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from typing import Any

from ...i18n import normalize
from .params import Params, common

PARTS = ("day", "month", "year")

#: The parts in the order the date_input component shows them, by language.
DATE_ORDER: dict[str, tuple[str, str, str]] = {
    "en": ("month", "day", "year"),
    "fr": ("day", "month", "year"),
}

#: What :class:`DateInputField` says when a date cannot be read, by language. Each key is
#: also a key of the field's ``error_messages`` (``required`` is "enter"); ``%(parts)s`` is
#: the missing parts: "Date must include a month and a day".
DATE_MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "required": "Enter a date",
        "missing": "Date must include %(parts)s",
        "numbers": "Date must be in numbers",
        "year_digits": "Year must include 4 numbers",
        "real": "Date must be a real date",
        "day": "a day",
        "month": "a month",
        "year": "a year",
        "and": " and ",
    },
    "fr": {
        "required": "Entrez une date",
        "missing": "La date doit comprendre %(parts)s",
        "numbers": "La date doit être écrite en chiffres",
        "year_digits": "L’année doit comprendre 4 chiffres",
        "real": "La date doit être une date valide",
        "day": "un jour",
        "month": "un mois",
        "year": "une année",
        "and": " et ",
    },
}

_DIGITS = re.compile(r"[0-9]+")


def page_lang() -> str:
    """Django's active language as a gcds language ("en" when it is neither)."""
    from django.utils.translation import get_language

    return normalize(get_language()) or "en"


def date_message(key: str) -> str:
    """The message ``key`` of :data:`DATE_MESSAGES` in the active language."""
    return DATE_MESSAGES[page_lang()][key]


class DateError(ValueError):
    """Why three parts are not a date: a key of :data:`DATE_MESSAGES` and the parts at fault."""

    def __init__(self, key: str, in_error: list[str], **params: str) -> None:
        super().__init__(key)
        self.key = key
        self.parts = [p for p in DATE_ORDER[page_lang()] if p in in_error]
        self.params = params


def parse_parts(parts: Mapping[str, str]) -> datetime.date | None:
    """The date of ``{day, month, year}`` as typed; None if all are blank; else DateError."""
    parts = {p: str(parts.get(p) or "").strip() for p in PARTS}
    order = DATE_ORDER[page_lang()]
    blank = [p for p in order if not parts[p]]
    if len(blank) == len(PARTS):
        return None
    if blank:
        joined = date_message("and").join(date_message(p) for p in blank)
        raise DateError("missing", blank, parts=joined)
    not_numbers = [p for p in order if not _DIGITS.fullmatch(parts[p])]
    if not_numbers:
        raise DateError("numbers", not_numbers)
    if len(parts["year"]) != 4:
        raise DateError("year_digits", ["year"])
    day, month, year = (int(parts[p]) for p in PARTS)
    if not 1 <= month <= 12 or year < 1:
        wrong = ["month"] if year >= 1 else ["year"]
        raise DateError("real", wrong + (["day"] if not 1 <= day <= 31 else []))
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise DateError("real", ["day"]) from None


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
