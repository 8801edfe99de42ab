"""Every built-in Django form field drawn by gcds.django.forms.GcdsFormRenderer: its component,
what the person chose or typed kept after an invalid POST, its error tied to the control
(``aria-describedby``), and French."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from .django_forms_setup import django_forms_settings, province_model
from .html_ids import IdReader as Page


@pytest.fixture(scope="module", autouse=True)
def _django() -> Iterator[None]:
    yield from django_forms_settings()


def _must_be_no(value: Any) -> None:
    from django.core.exceptions import ValidationError

    if value is True:
        raise ValidationError("Answer no to continue")


@dataclass
class Case:
    """One built-in field: how to make it, a valid and an invalid answer, what must show."""

    name: str
    make: Callable[[], Any]
    css: str  # the gcds component's block class
    good: dict[str, Any]  # a valid answer: kept when another field is in error
    kept: list[str]  # what the HTML shows for it
    bad: dict[str, Any]  # an invalid answer
    error: tuple[str, str]  # its message, English and French
    kept_bad: list[str] = field(default_factory=list)  # what shows of the invalid answer


def _f():
    from django import forms

    return forms


def _provinces() -> Any:
    return province_model().objects.order_by("id")


REQUIRED = ("This field is required.", "Ce champ est obligatoire.")
TYPED = 'Zoë "quoted" <b>&amp; émoji 🍁'

CASES = [
    Case(
        "CharField",
        lambda: _f().CharField(max_length=5),
        "gcds-input",
        {"answer": "Zoë"},
        ['value="Zoë"'],
        {"answer": TYPED},
        (
            "Ensure this value has at most 5 characters (it has 29).",
            "Assurez-vous que cette valeur comporte au plus 5 caractères (actuellement 29).",
        ),
        [f'value="{TYPED}"'],
    ),
    Case(
        "EmailField",
        lambda: _f().EmailField(widget=_f().EmailInput(attrs={"autocomplete": "email"})),
        "gcds-input",
        {"answer": "a@example.ca"},
        ['type="email"', 'autocomplete="email"', 'value="a@example.ca"'],
        {"answer": "not an email"},
        ("Enter a valid email address.", "Saisissez une adresse de courriel valide."),
        ['value="not an email"'],
    ),
    Case(
        "URLField",
        lambda: _f().URLField(assume_scheme="https"),
        "gcds-input",
        {"answer": "https://canada.ca"},
        ['type="url"', 'value="https://canada.ca"'],
        {"answer": "no url"},
        ("Enter a valid URL.", "Saisissez une URL valide."),
        ['value="no url"'],
    ),
    Case(
        "IntegerField",
        lambda: _f().IntegerField(min_value=1),
        "gcds-input",
        {"answer": "12"},
        ['type="text"', 'inputmode="numeric"', 'value="12"'],
        {"answer": "12a"},
        ("Enter a whole number.", "Saisissez un nombre entier."),
        ['value="12a"'],
    ),
    Case(
        "DecimalField",
        lambda: _f().DecimalField(decimal_places=2),
        "gcds-input",
        {"answer": "1.50"},
        ['inputmode="decimal"', 'value="1.50"'],
        {"answer": "1,5x"},
        ("Enter a number.", "Saisissez un nombre."),
        ['value="1,5x"'],
    ),
    Case(
        "FloatField",
        lambda: _f().FloatField(),
        "gcds-input",
        {"answer": "2.5"},
        ['inputmode="decimal"', 'value="2.5"'],
        {"answer": "two"},
        ("Enter a number.", "Saisissez un nombre."),
        ['value="two"'],
    ),
    Case(
        "SlugField",
        lambda: _f().SlugField(),
        "gcds-input",
        {"answer": "my-slug"},
        ['value="my-slug"'],
        {"answer": "not a slug!"},
        (
            "Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.",
            "Ce champ ne doit contenir que des lettres, des nombres, des tirets bas (_) et des traits d’union.",
        ),
        ['value="not a slug!"'],
    ),
    Case(
        "UUIDField",
        lambda: _f().UUIDField(),
        "gcds-input",
        {"answer": "12345678-1234-5678-1234-567812345678"},
        ['value="12345678-1234-5678-1234-567812345678"'],
        {"answer": "1234"},
        ("Enter a valid UUID.", "Saisissez un UUID valide."),
        ['value="1234"'],
    ),
    Case(
        "GenericIPAddressField",
        lambda: _f().GenericIPAddressField(),
        "gcds-input",
        {"answer": "10.0.0.1"},
        ['value="10.0.0.1"'],
        {"answer": "10.0.0"},
        ("Enter a valid IPv4 or IPv6 address.", "Saisissez une adresse IPv4 ou IPv6 valide."),
        ['value="10.0.0"'],
    ),
    Case(
        "DateField",
        lambda: _f().DateField(),
        "gcds-input",
        {"answer": "2024-01-31"},
        ['value="2024-01-31"'],
        {"answer": "31/31/2024"},
        ("Enter a valid date.", "Saisissez une date valide."),
        ['value="31/31/2024"'],
    ),
    Case(
        "TimeField",
        lambda: _f().TimeField(),
        "gcds-input",
        {"answer": "13:30"},
        ['value="13:30"'],
        {"answer": "25:99"},
        ("Enter a valid time.", "Saisissez une heure valide."),
        ['value="25:99"'],
    ),
    Case(
        "DateTimeField",
        lambda: _f().DateTimeField(),
        "gcds-input",
        {"answer": "2024-01-31 13:30"},
        ['value="2024-01-31 13:30"'],
        {"answer": "soon"},
        ("Enter a valid date/time.", "Saisissez une date et une heure valides."),
        ['value="soon"'],
    ),
    Case(
        "DurationField",
        lambda: _f().DurationField(),
        "gcds-input",
        {"answer": "1 02:00:00"},
        ['value="1 02:00:00"'],
        {"answer": "long"},
        ("Enter a valid duration.", "Saisissez une durée valide."),
        ['value="long"'],
    ),
    Case(
        "CharField with Textarea",
        lambda: _f().CharField(widget=_f().Textarea, max_length=20),
        "gcds-textarea",
        {"answer": "Line 1\nLine 2"},
        ["Line 1\nLine 2</textarea>", 'data-max-length="20"'],
        {"answer": TYPED + "\n" + TYPED},
        (
            "Ensure this value has at most 20 characters (it has 59).",
            "Assurez-vous que cette valeur comporte au plus 20 caractères (actuellement 59).",
        ),
        [TYPED + "\n" + TYPED + "</textarea>"],
    ),
    Case(
        "JSONField",
        lambda: _f().JSONField(),
        "gcds-textarea",
        {"answer": '{"a": 1}'},
        ['{"a": 1}</textarea>'],
        {"answer": "{nope"},
        ("Enter a valid JSON.", "Saisissez du contenu JSON valide."),
        ["{nope</textarea>"],
    ),
    Case(
        "CharField with PasswordInput",
        lambda: _f().CharField(widget=_f().PasswordInput, min_length=12),
        "gcds-password-input",
        {"answer": "correct horse battery"},
        ['type="password"'],
        {"answer": "short"},
        (
            "Ensure this value has at least 12 characters (it has 5).",
            "Assurez-vous que cette valeur comporte au moins 12 caractères (actuellement 5).",
        ),
    ),
    Case(
        "ChoiceField",
        lambda: _f().ChoiceField(choices=[("", "Choose"), (1, "One"), (2, "Two")]),
        "gcds-select",
        {"answer": "2"},
        ['<option value="2" selected>Two</option>', '<option value="">Choose</option>'],
        {"answer": ""},
        REQUIRED,
    ),
    Case(
        "ChoiceField with RadioSelect",
        lambda: _f().ChoiceField(choices=[(1, "One"), (2, "Two")], widget=_f().RadioSelect),
        "gcds-radios",
        {"answer": "2"},
        ['value="2" checked'],
        {"answer": "3"},
        (
            "Select a valid choice. 3 is not one of the available choices.",
            "Sélectionnez un choix valide. 3 n’en fait pas partie.",
        ),
    ),
    Case(
        "TypedChoiceField",
        lambda: _f().TypedChoiceField(choices=[(1, "One"), (2, "Two")], coerce=int),
        "gcds-select",
        {"answer": "1"},
        ['<option value="1" selected>One</option>'],
        {"answer": "5"},
        (
            "Select a valid choice. 5 is not one of the available choices.",
            "Sélectionnez un choix valide. 5 n’en fait pas partie.",
        ),
    ),
    Case(
        "MultipleChoiceField",
        lambda: _f().MultipleChoiceField(choices=[(1, "One"), (2, "Two"), (3, "Three")]),
        "gcds-select",
        {"answer": ["1", "3"]},
        ["multiple", '<option value="1" selected>', '<option value="3" selected>'],
        {"answer": []},
        REQUIRED,
    ),
    Case(
        "MultipleChoiceField with CheckboxSelectMultiple",
        lambda: _f().MultipleChoiceField(
            choices=[(1, "One"), (2, "Two"), (3, "Three")], widget=_f().CheckboxSelectMultiple
        ),
        "gcds-checkboxes",
        {"answer": ["2", "3"]},
        ['value="2" checked', 'value="3" checked'],
        {"answer": []},
        REQUIRED,
    ),
    Case(
        "TypedMultipleChoiceField",
        lambda: _f().TypedMultipleChoiceField(choices=[(1, "One"), (2, "Two")], coerce=int),
        "gcds-select",
        {"answer": ["2"]},
        ['<option value="2" selected>'],
        {"answer": ["7"]},
        (
            "Select a valid choice. 7 is not one of the available choices.",
            "Sélectionnez un choix valide. 7 n’en fait pas partie.",
        ),
    ),
    Case(
        "ModelChoiceField",
        lambda: _f().ModelChoiceField(queryset=_provinces()),
        "gcds-select",
        {"answer": "2"},
        ['<option value="2" selected>Québec</option>', "Select an option"],
        {"answer": "9"},
        (
            "Select a valid choice. That choice is not one of the available choices.",
            "Sélectionnez un choix valide. Ce choix ne fait pas partie de ceux disponibles.",
        ),
    ),
    Case(
        "ModelChoiceField with RadioSelect",
        lambda: _f().ModelChoiceField(queryset=_provinces(), widget=_f().RadioSelect),
        "gcds-radios",
        {"answer": "3"},
        ['value="3" checked'],
        {"answer": ""},
        REQUIRED,
    ),
    Case(
        "ModelMultipleChoiceField",
        lambda: _f().ModelMultipleChoiceField(
            queryset=_provinces(), widget=_f().CheckboxSelectMultiple
        ),
        "gcds-checkboxes",
        {"answer": ["1", "3"]},
        ['value="1" checked', 'value="3" checked'],
        {"answer": []},
        ("This field is required.", "Ce champ est obligatoire."),
    ),
    Case(
        "BooleanField",
        lambda: _f().BooleanField(),
        "gcds-checkboxes--single",
        {"answer": "on"},
        ['value="on" checked'],
        {},
        REQUIRED,
    ),
    Case(
        "NullBooleanField",
        lambda: _f().NullBooleanField(validators=[_must_be_no]),
        "gcds-radios",
        {"answer": "false"},
        ['value="false" checked'],
        {"answer": "true"},
        ("Answer no to continue", "Answer no to continue"),
        ['value="true" checked'],
    ),
    Case(
        "FileField",
        lambda: _f().FileField(),
        "gcds-file-uploader",
        {},
        ['type="file"'],
        {},
        (
            "No file was submitted. Check the encoding type on the form.",
            "Aucun fichier n’a été soumis. Vérifiez le type d’encodage du formulaire.",
        ),
    ),
    Case(
        "ImageField",
        lambda: _f().ImageField(),
        "gcds-file-uploader",
        {},
        ['type="file"', 'accept="image/*"'],
        {},
        (
            "No file was submitted. Check the encoding type on the form.",
            "Aucun fichier n’a été soumis. Vérifiez le type d’encodage du formulaire.",
        ),
    ),
    Case(
        "SplitDateTimeField",
        lambda: _f().SplitDateTimeField(),
        "gcds-fieldset",
        {"answer_0": "2024-01-31", "answer_1": "13:30"},
        ['value="2024-01-31"', 'value="13:30"'],
        {"answer_0": "2024-01-31", "answer_1": "late"},
        ("Enter a valid time.", "Saisissez une heure valide."),
        ['value="late"'],
    ),
]

# FileField and ImageField: a required file missing is the error; "Check the encoding type" is
# Django's message for a file field that received nothing because of a missing enctype.
for _case in CASES:
    if _case.name in ("FileField", "ImageField"):
        _case.error = REQUIRED


def make_form(case: Case, data: dict[str, Any] | None = None, files: Any = None) -> Any:
    """A form with the case's field (``answer``) and a required text field (``other``)."""
    forms = _f()
    form_class = type(
        "CaseForm", (forms.Form,), {"answer": case.make(), "other": forms.CharField()}
    )
    return form_class(data, files)


def _rendered(form: Any) -> str:
    return str(form)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_renders_with_its_component(case: Case) -> None:
    form = make_form(case)
    out = _rendered(form)
    answer = out[: out.index('name="other"')]
    assert case.css in answer
    assert "Answer" in answer and "Answer:" not in answer  # no label_suffix
    page = Page(out)
    assert form["answer"].id_for_label in page.attrs  # the control an error summary links to


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_keeps_the_answer_when_another_field_is_in_error(case: Case) -> None:
    form = make_form(case, {**case.good, "other": ""}, _files(case))
    assert not form.is_valid()
    assert list(form.errors) == ["other"]
    out = html.unescape(_rendered(form))
    for expected in case.kept:
        assert expected in out


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_error_is_tied_to_the_control(case: Case, lang: str) -> None:
    from django.utils import translation

    with translation.override(lang):
        form = make_form(case, {**case.bad, "other": "fine"})
        assert list(form.errors) == ["answer"]
        out = _rendered(form)
        control = form["answer"].id_for_label
    message = case.error[0 if lang == "en" else 1]
    assert message in Page(out).description(control)
    assert ("Error:" if lang == "en" else "Erreur\u00a0:") in out  # the component's own words
    assert ("Erreur" in out) is (lang == "fr")
    assert "<b>" not in out  # what people type is always escaped
    for expected in case.kept_bad:
        assert expected in html.unescape(out)
    if case.name == "CharField with PasswordInput":
        assert "short" not in out  # a password is never sent back


def _files(case: Case) -> Any:
    if case.name not in ("FileField", "ImageField"):
        return None
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils.datastructures import MultiValueDict

    # A 1x1 GIF: ImageField opens it with Pillow.
    gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x00;"
    return MultiValueDict({"answer": [SimpleUploadedFile("a.gif", gif, "image/gif")]})


def test_a_file_field_makes_the_form_multipart() -> None:
    # The form tag needs enctype="multipart/form-data", or the file never reaches Django.
    assert make_form(CASES[[c.name for c in CASES].index("FileField")]).is_multipart()
