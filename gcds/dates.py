"""A date typed as three boxes (day, month, year): read it, and say why it is not a date.

Shared by the WTForms :class:`gcds.wtforms.DateField` and the Django
:class:`gcds.django.forms.DateInputField`, so both ask and answer the same way in both
languages. No framework is imported here.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping, Sequence

from .i18n import current_lang, normalize

PARTS = ("day", "month", "year")

#: The parts in the order the date_input component shows them, by language.
DATE_ORDER: dict[str, tuple[str, str, str]] = {
    "en": ("month", "day", "year"),
    "fr": ("day", "month", "year"),
}

#: What is said when three parts are not a date, by language. ``{parts}`` is the missing
#: parts joined by ``and``: "Date must include a month and a day".
DATE_MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "enter": "Enter a date",
        "missing": "Date must include {parts}",
        "numbers": "Date must be in numbers",
        "year_digits": "Year must include 4 numbers",
        "real": "Date must be a real date",
        "day": "a day",
        "month": "a month",
        "year": "a year",
        "and": " and ",
    },
    "fr": {
        "enter": "Entrez une date",
        "missing": "La date doit comprendre {parts}",
        "numbers": "La date doit être écrite en chiffres",
        "year_digits": "L’année doit comprendre 4 chiffres",
        "real": "La date doit être une date valide",
        "day": "un jour",
        "month": "un mois",
        "year": "une année",
        "and": " et ",
    },
}

#: The keys of :data:`DATE_MESSAGES` a date can fail with (the others are words in them).
PROBLEMS = ("enter", "missing", "numbers", "year_digits", "real")

_DIGITS = re.compile(r"[0-9]+")


class DateError(ValueError):
    """Why three parts are not a date: a key of :data:`DATE_MESSAGES`, the parts at fault
    (in the page's order) and the values for its placeholders (``parts`` for "missing")."""

    def __init__(self, key: str, in_error: Sequence[str], order: Sequence[str], **params: str):
        super().__init__(key)
        self.key = key
        self.parts = [p for p in order if p in in_error]
        self.params = params


def parse_date_parts(
    parts: Mapping[str, str], order: Sequence[str], message: Callable[[str], str]
) -> datetime.date | None:
    """The date ``{day, month, year}`` (as typed, stripped) names; None when all three are
    blank; else :class:`DateError`. ``order`` is the page's order of the parts and
    ``message(key)`` the word for a part or "and", for the "missing" message."""
    parts = {p: str(parts.get(p) or "").strip() for p in PARTS}
    blank = [p for p in order if not parts[p]]
    if len(blank) == len(PARTS):
        return None
    if blank:
        joined = message("and").join(message(p) for p in blank)
        raise DateError("missing", blank, order, parts=joined)
    not_numbers = [p for p in order if not _DIGITS.fullmatch(parts[p])]
    if not_numbers:
        raise DateError("numbers", not_numbers, order)
    if len(parts["year"]) != 4:
        raise DateError("year_digits", ["year"], order)
    day, month, year = (int(parts[p]) for p in PARTS)
    if not 1 <= month <= 12 or year < 1:
        wrong = ["month"] if year >= 1 else ["year"]
        raise DateError("real", wrong + (["day"] if not 1 <= day <= 31 else []), order)
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise DateError("real", ["day"], order) from None


#: Month names as dates are written in each language (French: lower case).
MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}


def format_date(value: datetime.date, lang: str | None = None) -> str:
    """``value`` as a date is written on Canada.ca: "July 1, 1985" in English, "1er juillet
    1985" in French (the first of the month is "1er", months in lower case). ``lang``: else
    the language set for this request or block (:func:`gcds.use_lang`), else English. A
    datetime is written as its date. In templates: ``{{ born | gcds_date }}``."""
    if not isinstance(value, datetime.date):
        raise TypeError(f"format_date: a date is needed, not {type(value).__name__}")
    if lang is not None and normalize(lang) is None:
        raise ValueError(f"format_date: lang {lang!r} is not one of {sorted(MONTHS)}")
    lang = normalize(lang) or current_lang() or "en"
    month = MONTHS[lang][value.month - 1]
    if lang == "fr":
        day = "1er" if value.day == 1 else str(value.day)
        return f"{day} {month} {value.year}"
    return f"{month} {value.day}, {value.year}"
