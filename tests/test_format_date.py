"""gcds.format_date and the gcds_date filter: dates as Canada.ca writes them, in both languages."""

from __future__ import annotations

import datetime

import pytest

import gcds


@pytest.mark.parametrize(
    ("day", "en", "fr"),
    [
        (datetime.date(1985, 7, 1), "July 1, 1985", "1er juillet 1985"),
        (datetime.date(2007, 3, 27), "March 27, 2007", "27 mars 2007"),
        (datetime.date(2026, 8, 2), "August 2, 2026", "2 août 2026"),
        (datetime.datetime(2026, 12, 31, 23, 59), "December 31, 2026", "31 décembre 2026"),
    ],
)
def test_both_languages(day: datetime.date, en: str, fr: str) -> None:
    assert gcds.format_date(day, "en") == en
    assert gcds.format_date(day, "fr") == gcds.format_date(day, "fr-CA") == fr


def test_every_month() -> None:
    english = [gcds.format_date(datetime.date(2026, m, 10), "en").split()[0] for m in range(1, 13)]
    french = [gcds.format_date(datetime.date(2026, m, 10), "fr").split()[1] for m in range(1, 13)]
    assert english[0] == "January" and english[-1] == "December"
    assert french == [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]  # fmt: skip


def test_language_from_the_context_and_in_templates() -> None:
    day = datetime.date(1985, 7, 1)
    assert gcds.format_date(day) == "July 1, 1985"
    with gcds.use_lang("fr"):
        assert gcds.format_date(day) == "1er juillet 1985"
    env = gcds.environment(lang="fr")
    rendered = env.from_string("{{ d | gcds_date }} / {{ d | gcds_date('en') }}").render(d=day)
    assert rendered == "1er juillet 1985 / July 1, 1985"


def test_bad_input_is_refused() -> None:
    with pytest.raises(TypeError, match="a date is needed, not str"):
        gcds.format_date("1985-07-01")
    with pytest.raises(ValueError, match="lang 'de' is not one of"):
        gcds.format_date(datetime.date(1985, 7, 1), "de")
