"""gcds.django.forms.DateInputField: day, month and year boxes, what was typed kept, the part
in error marked and linked, clear messages in English and French."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import pytest

from .django_forms_setup import django_forms_settings
from .html_ids import IdReader as Page


@pytest.fixture(scope="module", autouse=True)
def _django() -> Iterator[None]:
    yield from django_forms_settings()


def _form(data: dict[str, str] | None = None, **options: Any) -> Any:
    from django import forms

    from gcds.django.forms import DateInputField

    field = DateInputField(label="Date of birth", help_text="For example, 27 3 2007", **options)
    return type("F", (forms.Form,), {"dob": field})(data)


def _parts(day: str, month: str, year: str) -> dict[str, str]:
    return {"dob-day": day, "dob-month": month, "dob-year": year}


@pytest.mark.parametrize(
    ("typed", "parts", "en", "fr"),
    [
        (("", "", ""), ["month", "day", "year"], "Enter a date", "Entrez une date"),
        (
            ("12", "", "2020"),
            ["month"],
            "Date must include a month",
            "La date doit comprendre un mois",
        ),
        (
            ("", "", "2020"),
            ["month", "day"],
            "Date must include a month and a day",
            "La date doit comprendre un jour et un mois",
        ),
        (
            ("1é", "3", "2020"),
            ["day"],
            "Date must be in numbers",
            "La date doit être écrite en chiffres",
        ),
        (
            ("1", "3", "20"),
            ["year"],
            "Year must include 4 numbers",
            "L’année doit comprendre 4 chiffres",
        ),
        (
            ("31", "2", "2023"),
            ["day"],
            "Date must be a real date",
            "La date doit être une date valide",
        ),
        (
            ("1", "13", "2023"),
            ["month"],
            "Date must be a real date",
            "La date doit être une date valide",
        ),
    ],
)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_what_is_wrong_is_said_marked_and_linked(
    typed: tuple[str, str, str], parts: list[str], en: str, fr: str, lang: str
) -> None:
    from django.utils import translation

    with translation.override(lang):
        form = _form(_parts(*typed))
        assert not form.is_valid()
        out = str(form["dob"])
        control = form["dob"].id_for_label
        message = en if lang == "en" else fr
        assert form.errors["dob"] == [message]  # lazy: in the language it is shown in
    page = Page(out)
    in_error = [
        p for p in ("day", "month", "year") if "--error" in page.attrs[f"id_dob-{p}"]["class"]
    ]
    assert sorted(in_error) == sorted(parts)
    order = ["month", "day", "year"] if lang == "en" else ["day", "month", "year"]
    assert control == "id_dob-" + next(p for p in order if p in parts)
    assert message in page.description(control)
    for part, value in zip(("day", "month", "year"), typed, strict=True):
        assert page.attrs[f"id_dob-{part}"].get("value", "") == value  # kept exactly


def test_a_real_date_is_cleaned_and_shown_again() -> None:
    form = _form(_parts(" 7 ", "03", "2007"))
    assert form.is_valid()
    assert form.cleaned_data["dob"] == datetime.date(2007, 3, 7)
    initial = type(form)(initial={"dob": datetime.date(2007, 3, 27)})
    page = Page(str(initial["dob"]))
    assert [page.attrs[f"id_dob-{p}"]["value"] for p in ("day", "month", "year")] == [
        "27",
        "3",
        "2007",
    ]
    assert initial["dob"].id_for_label == "id_dob-month"  # English: month first


def test_not_required_and_empty_is_none() -> None:
    form = _form(_parts("", "", ""), required=False)
    assert form.is_valid() and form.cleaned_data["dob"] is None


def test_messages_are_changed_the_django_way() -> None:
    form = _form(_parts("", "", ""), error_messages={"required": "Enter your date of birth"})
    assert form.errors["dob"] == ["Enter your date of birth"]
    form = _form(_parts("1", "", "2000"), error_messages={"missing": "Add %(parts)s"})
    assert form.errors["dob"] == ["Add a month"]


def test_another_validators_error_marks_the_whole_date() -> None:
    from django.core.exceptions import ValidationError

    def past(value: datetime.date) -> None:
        if value > datetime.date(2025, 1, 1):
            raise ValidationError("Date of birth must be in the past")

    form = _form(_parts("1", "1", "2030"), validators=[past])
    out = str(form["dob"])
    assert "Date of birth must be in the past" in out
    assert out.count("gcds-date-input__input--error") == 3  # no one part: the whole date
    assert form["dob"].id_for_label == "id_dob-month"


def test_birthday_autocomplete_and_one_iso_value() -> None:
    from gcds.django.forms import DateInputWidget

    form = _form(widget=DateInputWidget(attrs={"autocomplete": "bday"}))
    assert 'autocomplete="bday-day"' in str(form["dob"])
    iso = _form({"dob": "2001-02-03"})
    assert iso.is_valid() and iso.cleaned_data["dob"] == datetime.date(2001, 2, 3)
