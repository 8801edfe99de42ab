"""WTForms integration: a real Flask-WTF form, every supported field type, through the
Flask test client (CSRF on). The page must render each field with its gcds component, give
back every submitted value exactly, link every error from the summary, and return typed
data when the form is valid; in English and in French.
"""

from __future__ import annotations

import datetime
import io
import json
import subprocess
import warnings
from html.parser import HTMLParser
from typing import Any

import pytest
from markupsafe import Markup
from werkzeug.datastructures import MultiDict

import gcds
import gcds.wtforms as gw

flask = pytest.importorskip("flask")
flask_wtf = pytest.importorskip("flask_wtf")

from flask_wtf import FlaskForm  # noqa: E402
from flask_wtf.file import FileAllowed, FileField  # noqa: E402
from wtforms import (  # noqa: E402
    BooleanField,
    DecimalField,
    EmailField,
    Form,
    FormField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TelField,
    TextAreaField,
    URLField,
)
from wtforms.validators import (  # noqa: E402
    DataRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
)

from gcds.flask import Gcds  # noqa: E402

# Tuple and dict choices work with every WTForms from 3.1; 3.3 prefers SelectChoice.
pytestmark = pytest.mark.filterwarnings("ignore:Passing SelectField choices:DeprecationWarning")

PROVINCES = [
    ("AB", "Alberta"),
    ("BC", "British Columbia"),
    ("MB", "Manitoba"),
    ("NB", "New Brunswick"),
    ("NL", "Newfoundland and Labrador"),
    ("NS", "Nova Scotia"),
    ("ON", "Ontario"),
    ("PE", "Prince Edward Island"),
    ("QC", "Quebec"),
    ("SK", "Saskatchewan"),
    ("NT", "Northwest Territories"),
    ("NU", "Nunavut"),
    ("YT", "Yukon"),
]
EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"  # the email_validator package may not be installed


class ApplicationForm(FlaskForm):
    full_name = StringField("Full name", [DataRequired("Enter your full name")])
    email = EmailField(
        "Email address",
        [
            DataRequired("Enter your email address"),
            Regexp(
                EMAIL, message="Enter an email address in the correct format, like name@example.com"
            ),
        ],
    )
    phone = TelField("Phone number", description="For example, 613-555-0199")
    website = URLField("Website")
    people = IntegerField(
        "Number of people",
        [Optional(), NumberRange(1, 50, "Enter a number from 1 to 50")],
    )
    amount = DecimalField("Amount, in dollars", [Optional()], places=2)
    password = PasswordField(
        "Password",
        [DataRequired("Enter a password"), Length(min=8, message="Use 8 characters or more")],
    )
    comments = TextAreaField(
        "Comments",
        [Optional(), Length(max=200, message="Comments must be 200 characters or fewer")],
    )
    province = SelectField(
        "Province or territory",
        choices=[("", "Select a province or territory"), *PROVINCES],
        validators=[DataRequired("Select your province or territory")],
    )
    languages = SelectMultipleField(
        "Languages you speak",
        choices=[("en", "English"), ("fr", "French"), ("iu", "Inuktitut")],
        validators=[Optional()],
    )
    contact = RadioField(
        "How should we contact you?",
        choices=[("email", "Email"), ("phone", "Phone"), ("post", "Post")],
        validators=[DataRequired("Select how we should contact you")],
    )
    terms = BooleanField(
        "I agree to the terms of use", [DataRequired("Agree to the terms to continue")]
    )
    topics = gw.MultiCheckboxField(
        "Topics",
        choices=[("tax", "Taxes"), ("benefits", "Benefits"), ("travel", "Travel")],
        validators=[DataRequired("Select at least one topic")],
    )
    dob = gw.DateField("Date of birth", [DataRequired()], description="For example, 27 3 2007")
    document = FileField("Supporting document", [FileAllowed(["pdf", "jpg"])])
    submit = SubmitField("Submit application")


#: Each field: the gcds component that renders it and the id of its (first) control.
COMPONENTS = {
    "full_name": ("input", "full_name"),
    "email": ("input", "email"),
    "phone": ("input", "phone"),
    "website": ("input", "website"),
    "people": ("input", "people"),
    "amount": ("input", "amount"),
    "password": ("password_input", "password"),
    "comments": ("textarea", "comments"),
    "province": ("select", "province"),
    "languages": ("select", "languages"),
    "contact": ("radios", "contact"),
    "terms": ("checkboxes", "terms"),
    "topics": ("checkboxes", "topics"),
    "dob": ("date_input", "dob-day"),
    "document": ("file_uploader", "document"),
    "submit": ("button", "submit"),
}

TEMPLATE = """{% extends "gcds/page.html" %}
{% block title %}{% if form.errors %}Error: {% endif %}Apply{% endblock %}
{% block content %}
{{ gcds_error_summary(form) }}
<h1>Apply</h1>
<form method="post" enctype="multipart/form-data" novalidate>
{{ gcds_field(form.csrf_token) }}
{{ gcds_field(form.full_name, autocomplete="name", spellcheck=false) }}
{{ gcds_field(form.email, autocomplete="email", spellcheck=false) }}
{{ gcds_field(form.phone, autocomplete="tel") }}
{{ gcds_field(form.website) }}
{{ gcds_field(form.people) }}
{{ gcds_field(form.amount) }}
{{ gcds_field(form.password) }}
{{ gcds_field(form.comments) }}
{{ gcds_field(form.province, autocomplete="address-level1") }}
{{ gcds_field(form.languages) }}
{{ gcds_field(form.contact) }}
{{ gcds_field(form.terms) }}
{{ gcds_field(form.topics) }}
{{ gcds_field(form.dob) }}
{{ gcds_field(form.document) }}
{{ gcds_field(form.submit) }}
</form>
{% endblock %}"""


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if hasattr(value, "filename"):  # an uploaded file
        return value.filename
    return str(value)  # Decimal


def create_app() -> flask.Flask:
    app = flask.Flask(__name__)
    app.config.update(TESTING=True, SECRET_KEY="test only", WTF_CSRF_ENABLED=True)
    Gcds(app)
    gw.install(app.jinja_env)

    @app.route("/<lang>/apply", methods=["GET", "POST"])
    def apply(lang: str):
        form = ApplicationForm()
        if form.validate_on_submit():
            data = {k: v for k, v in form.data.items() if k != "csrf_token"}
            return flask.Response(
                json.dumps(data, default=_json_default), mimetype="application/json"
            )
        return flask.render_template_string(TEMPLATE, form=form)

    return app


@pytest.fixture()
def client():
    return create_app().test_client()


# --- reading the page back -------------------------------------------------------------------

VOID = {
    "input",
    "br",
    "img",
    "meta",
    "link",
    "hr",
    "path",
    "circle",
    "line",
    "polyline",
    "rect",
    "source",
}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parents: list[Node]):
        self.tag, self.attrs, self.parents, self.text = tag, attrs, parents, ""

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())


class Page(HTMLParser):
    """Every element with its attributes, its ancestors and its text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.nodes: list[Node] = []
        self._open: list[Node] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), list(self._open))
        self.nodes.append(node)
        if tag not in VOID:
            self._open.append(node)

    def handle_endtag(self, tag):
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index].tag == tag:
                del self._open[index:]
                break

    def handle_data(self, data):
        for node in self._open:
            node.text += data

    def by_id(self, id_: str) -> Node:
        found = [n for n in self.nodes if n.attrs.get("id") == id_]
        assert len(found) == 1, f"expected one element with id={id_!r}, found {len(found)}"
        return found[0]

    def controls(self, name: str) -> list[Node]:
        return [
            n
            for n in self.nodes
            if n.tag in ("input", "select", "textarea") and n.attrs.get("name") == name
        ]

    def value(self, name: str) -> Any:
        """What the browser would submit for ``name``, read from the HTML."""
        nodes = self.controls(name)
        assert nodes, f"no control named {name!r}"
        first = nodes[0]
        if first.tag == "textarea":
            return first.text[1:] if first.text.startswith("\n") else first.text
        if first.tag == "select":
            return [
                n.attrs.get("value")
                for n in self.nodes
                if n.tag == "option" and first in n.parents and "selected" in n.attrs
            ]
        if first.attrs.get("type") in ("checkbox", "radio"):
            return [n.attrs.get("value") for n in nodes if "checked" in n.attrs]
        return first.attrs.get("value")

    def described(self) -> set[str]:
        ids: set[str] = set()
        for node in self.nodes:
            ids.update((node.attrs.get("aria-describedby") or "").split())
        return ids

    def summary_links(self) -> list[tuple[str, str]]:
        return [
            (n.attrs["href"], n.text)
            for n in self.nodes
            if n.tag == "a" and "gcds-error-summary__link" in n.classes
        ]


def csrf_token(client, lang: str = "en") -> str:
    page = Page(client.get(f"/{lang}/apply").get_data(as_text=True))
    return page.value("csrf_token")


# --- GET ---------------------------------------------------------------------------------------


def test_get_renders_every_field_with_its_gcds_component(client) -> None:
    response = client.get("/en/apply")
    assert response.status_code == 200
    page = Page(response.get_data(as_text=True))
    for name, (component, control_id) in COMPONENTS.items():
        control = page.by_id(control_id)
        wrapper = "gcds-" + component.replace("_", "-")
        owners = [control, *control.parents]
        assert any(wrapper in n.classes for n in owners), f"{name} is not inside .{wrapper}"
    assert page.by_id("email").attrs["type"] == "email"
    assert page.by_id("phone").attrs["type"] == "tel"
    assert page.by_id("website").attrs["type"] == "url"
    assert page.by_id("people").attrs["type"] == "text"
    assert page.by_id("people").attrs["inputmode"] == "numeric"
    assert page.by_id("amount").attrs["inputmode"] == "decimal"
    assert "multiple" in page.by_id("languages").attrs
    assert page.by_id("submit").attrs["type"] == "submit"
    assert page.by_id("document").attrs["type"] == "file"
    assert page.by_id("document").attrs["accept"] == ".pdf,.jpg"  # from FileAllowed
    assert page.by_id("full_name").attrs["autocomplete"] == "name"  # a param override
    assert "required" in page.by_id("full_name").attrs
    assert "required" not in page.by_id("phone").attrs
    assert "phone-hint" in page.by_id("phone").attrs["aria-describedby"]
    assert page.by_id("phone-hint").text == "For example, 613-555-0199"
    assert [n.attrs["type"] for n in page.controls("csrf_token")] == ["hidden"]
    assert not page.summary_links(), "no error summary before the form is submitted"


# --- invalid POST ---------------------------------------------------------------------------

TRICKY = {
    "full_name": 'He said "hi" & <b>bye</b> — O\'Brien',
    "email": "Émilie Côté <not an email>",
    "phone": "😀 613 555 0199 👩‍👩‍👧",
    "website": "  https://exemple.ca/é?a=1&b=2  ",
    "people": " 4 people ",
    "amount": "12,50 $",
    "comments": "\n" + ("x" * 9_993) + " <end>",  # 10,000 characters
}
INVALID = {
    **TRICKY,
    "password": "short",
    "province": "ON",
    "languages": ["fr", "iu"],
    "topics": ["tax", "travel"],
    "dob-day": " 31 ",
    "dob-month": "2",
    "dob-year": "2024",
    "submit": "y",
}
#: The fields in error, in page order, with the summary's link target.
ERRORS = {
    "email": "#email",
    "people": "#people",
    "amount": "#amount",
    "password": "#password",
    "comments": "#comments",
    "contact": "#contact",
    "terms": "#terms",
    "dob": "#dob-day",
}


def post_invalid(client, lang: str = "en", **changes: Any) -> Page:
    data = {**INVALID, **changes, "csrf_token": csrf_token(client, lang)}
    response = client.post(f"/{lang}/apply", data=data)
    assert response.status_code == 200
    return Page(response.get_data(as_text=True))


def test_invalid_post_links_every_error_from_the_summary(client) -> None:
    page = post_invalid(client)
    links = page.summary_links()
    assert [href for href, _ in links] == list(ERRORS.values())
    for href, _ in links:
        page.by_id(href[1:])  # the target exists, exactly once
    texts = dict(links)
    assert texts["#email"] == "Enter an email address in the correct format, like name@example.com"
    assert texts["#comments"] == "Comments must be 200 characters or fewer"
    assert texts["#dob-day"] == "Date must be a real date"
    summary = next(n for n in page.nodes if "gcds-error-summary" in n.classes)
    assert "autofocus" in summary.attrs


def test_invalid_post_marks_each_field_in_error(client) -> None:
    page = post_invalid(client)
    described = page.described()
    for name, href in ERRORS.items():
        text = dict(page.summary_links())[href]
        # The message beside the field repeats the summary's words and is described.
        holders = [n for n in page.nodes if n.attrs.get("id") and text in n.text]
        message = min(holders, key=lambda n: len(n.text))
        assert message.attrs["id"] in described, f"{name}: its error is not in aria-describedby"
        names = [f"{name}-day", f"{name}-month", f"{name}-year"] if name == "dob" else [name]
        controls = [c for n in names for c in page.controls(n)]
        assert any(c.attrs.get("aria-invalid") == "true" for c in controls), (
            f"{name}: no aria-invalid"
        )
    # Fields not in error are not invalid: "false" when required (the browser's own check
    # is not read as "invalid entry"), none otherwise.
    for name in ("full_name", "phone", "province"):
        for c in page.controls(name):
            assert c.attrs.get("aria-invalid") == ("false" if "required" in c.attrs else None)


def test_invalid_post_keeps_every_value_exactly(client) -> None:
    page = post_invalid(client)
    for name, typed in TRICKY.items():
        assert page.value(name) == typed, (
            f"{name}: {typed[:40]!r} came back as {page.value(name)!r:.60}"
        )
    assert len(page.value("comments")) == 10_000
    assert page.value("province") == ["ON"]
    assert page.value("languages") == ["fr", "iu"]
    assert page.value("topics") == ["tax", "travel"]
    assert page.value("contact") == []
    assert page.value("terms") == []
    assert page.value("dob-day") == " 31 "
    assert page.value("dob-month") == "2"
    assert page.value("dob-year") == "2024"


def test_a_password_is_never_sent_back(client) -> None:
    page = post_invalid(client, password="correct horse battery")
    assert page.value("password") in (None, "")
    assert "correct horse battery" not in "".join(str(n.attrs) for n in page.nodes)


def test_checked_boxes_and_radios_are_kept(client) -> None:
    page = post_invalid(client, terms="y", contact="post", topics=["benefits"])
    assert page.value("terms") == ["y"]
    assert page.value("contact") == ["post"]
    assert page.value("topics") == ["benefits"]
    assert "#terms" not in dict(page.summary_links())


def test_the_date_error_marks_only_the_parts_in_error(client) -> None:
    page = post_invalid(client, **{"dob-day": "12", "dob-month": "", "dob-year": "2024"})
    assert dict(page.summary_links())["#dob-month"] == "Date must include a month"
    assert page.controls("dob-month")[0].attrs.get("aria-invalid") == "true"
    assert page.controls("dob-day")[0].attrs.get("aria-invalid") == "false"  # required
    assert page.controls("dob-year")[0].attrs.get("aria-invalid") == "false"


# --- valid POST ---------------------------------------------------------------------------

VALID = {
    "full_name": "  Émilie Côté-Lévesque 😀 ",
    "email": "emilie@exemple.ca",
    "phone": "613-555-0199",
    "website": "",
    "people": "4",
    "amount": "12.50",
    "password": "correct horse battery",
    "comments": 'Line one\n"Line two" <ok>',
    "province": "QC",
    "languages": ["en", "fr"],
    "contact": "email",
    "terms": "y",
    "topics": ["tax", "travel"],
    "dob-day": "29",
    "dob-month": "2",
    "dob-year": "2024",
    "submit": "y",
}


def test_valid_post_gives_typed_data(client) -> None:
    data = {
        **VALID,
        "csrf_token": csrf_token(client),
        "document": (io.BytesIO(b"%PDF-1.7"), "proof.pdf"),
    }
    response = client.post("/en/apply", data=data, content_type="multipart/form-data")
    assert response.status_code == 200
    assert response.is_json, response.get_data(as_text=True)[:500]
    assert response.get_json() == {
        "full_name": "  Émilie Côté-Lévesque 😀 ",
        "email": "emilie@exemple.ca",
        "phone": "613-555-0199",
        "website": "",
        "people": 4,
        "amount": "12.50",
        "password": "correct horse battery",
        "comments": 'Line one\n"Line two" <ok>',
        "province": "QC",
        "languages": ["en", "fr"],
        "contact": "email",
        "terms": True,
        "topics": ["tax", "travel"],
        "dob": "2024-02-29",
        "document": "proof.pdf",
        "submit": True,
    }


def test_a_post_without_the_csrf_token_is_an_error_in_the_summary(client) -> None:
    client.get("/en/apply")
    response = client.post("/en/apply", data={k: v for k, v in VALID.items()})
    page = Page(response.get_data(as_text=True))
    links = page.summary_links()
    assert links and links[0][0] == "#full_name"  # the first visible field
    assert "CSRF" in links[0][1]


# --- French ---------------------------------------------------------------------------------


def test_french_page_gives_the_summary_title_and_date_labels_in_french(client) -> None:
    page = post_invalid(client, lang="fr")
    title = next(n for n in page.nodes if "gcds-error-summary__title" in n.classes)
    assert title.text == gcds.components()["error_summary"]["strings"]["title"]["fr"]
    assert dict(page.summary_links())["#dob-day"] == "La date doit être une date valide"
    strings = gcds.components()["date_input"]["strings"]
    labels = {n.text.strip() for n in page.nodes if n.tag == "label"}
    for part in ("day", "month", "year"):
        assert strings[part]["fr"] in labels, f"no French label for the {part}"
    assert "(obligatoire)" in page.by_id("full_name").parents[-1].text


def test_an_empty_date_links_to_the_first_part_in_the_page_language(client) -> None:
    blank = {"dob-day": "", "dob-month": "", "dob-year": ""}
    english = dict(post_invalid(client, "en", **blank).summary_links())
    french = dict(post_invalid(client, "fr", **blank).summary_links())
    assert english["#" + "dob-" + gw.DATE_ORDER["en"][0]] == "Enter a date"
    assert french["#" + "dob-" + gw.DATE_ORDER["fr"][0]] == "Entrez une date"


# --- DateField parsing (no rendering) -------------------------------------------------------


class DateForm(Form):
    when = gw.DateField("When", [DataRequired()])
    maybe = gw.DateField("Maybe", [Optional()])


def parse(day: str, month: str, year: str, lang: str | None = "en") -> DateForm:
    data = MultiDict({"when-day": day, "when-month": month, "when-year": year})
    if lang is None:  # the language of the request
        form = DateForm(data)
        form.validate()
        return form
    with gcds.use_lang(lang):
        form = DateForm(data)
        form.validate()
    return form


@pytest.mark.parametrize(
    ("parts", "message", "error_fields"),
    [
        (("", "", ""), "Enter a date", ["month", "day", "year"]),
        (("", "3", "2024"), "Date must include a day", ["day"]),
        (("12", "", "2024"), "Date must include a month", ["month"]),
        (("12", "3", " "), "Date must include a year", ["year"]),
        (("", "", "2024"), "Date must include a month and a day", ["month", "day"]),
        (("31", "2", "2024"), "Date must be a real date", ["day"]),
        (("29", "2", "2023"), "Date must be a real date", ["day"]),
        (("1", "13", "2024"), "Date must be a real date", ["month"]),
        (("1", "0", "2024"), "Date must be a real date", ["month"]),
        (("0", "1", "2024"), "Date must be a real date", ["day"]),
        (("one", "3", "2024"), "Date must be in numbers", ["day"]),
        (("1", "March", "2024"), "Date must be in numbers", ["month"]),
        (("1", "3", "-24"), "Date must be in numbers", ["year"]),
        (("1", "3", "24"), "Year must include 4 numbers", ["year"]),
        (("١", "3", "2024"), "Date must be in numbers", ["day"]),  # only 0-9
    ],
)
def test_date_errors_are_clear(parts, message, error_fields) -> None:
    form = parse(*parts)
    assert form.when.errors == [message]
    assert form.when.error_fields == error_fields
    assert form.when.data is None
    assert form.when.raw_parts == dict(zip(("day", "month", "year"), parts, strict=True))


def test_date_errors_in_french() -> None:
    assert parse("", "", "", "fr").when.errors == ["Entrez une date"]
    assert parse("", "", "2024", "fr").when.errors == ["La date doit comprendre un jour et un mois"]
    assert parse("31", "2", "2024", "fr").when.errors == ["La date doit être une date valide"]
    assert parse("1", "3", "24", "fr").when.errors == ["L’année doit comprendre 4 chiffres"]
    assert parse("", "", "2024", "fr").when.error_fields == ["day", "month"]


def test_date_messages_follow_the_flask_and_django_request_language() -> None:
    with create_app().test_request_context("/fr/apply"):
        assert parse("31", "2", "2024", None).when.errors == ["La date doit être une date valide"]
    pytest.importorskip("django")
    from django.test.utils import override_settings
    from django.utils import translation

    from .test_integrations import load_snippet

    with override_settings(**load_snippet("django_app").SETTINGS), translation.override("fr"):
        assert parse("31", "2", "2024", None).when.errors == ["La date doit être une date valide"]
    assert parse("31", "2", "2024", None).when.errors == ["Date must be a real date"]


def test_dates_that_parse() -> None:
    form = parse(" 7 ", "03", "2024")
    assert form.when.errors == [] and form.when.data == datetime.date(2024, 3, 7)
    assert form.when.raw_parts == {"day": " 7 ", "month": "03", "year": "2024"}
    assert parse("29", "2", "2024").when.data == datetime.date(2024, 2, 29)


def test_an_optional_date_left_empty_is_none_and_a_partial_one_is_an_error() -> None:
    form = DateForm(
        MultiDict({"when-day": "1", "when-month": "1", "when-year": "2024", "maybe-day": ""})
    )
    assert form.validate() and form.maybe.data is None
    form = DateForm(
        MultiDict({"when-day": "1", "when-month": "1", "when-year": "2024", "maybe-year": "2024"})
    )
    assert not form.validate()
    assert form.maybe.errors == ["Date must include a month and a day"]


def test_date_messages_can_be_overridden_per_language() -> None:
    class F(Form):
        dob = gw.DateField(
            "Date of birth",
            [DataRequired()],
            messages={
                "enter": {"en": "Enter your date of birth", "fr": "Entrez votre date de naissance"},
                "real": "Date of birth must be a real date",
            },
        )

    for lang, expected in (
        ("en", "Enter your date of birth"),
        ("fr", "Entrez votre date de naissance"),
    ):
        with gcds.use_lang(lang):
            form = F(MultiDict({"dob-day": "", "dob-month": "", "dob-year": ""}))
            form.validate()
        assert form.dob.errors == [expected]
    form = F(MultiDict({"dob-day": "30", "dob-month": "2", "dob-year": "2024"}))
    form.validate()
    assert form.dob.errors == ["Date of birth must be a real date"]


def test_a_required_message_given_to_the_validator_is_used() -> None:
    class F(Form):
        dob = gw.DateField("Date of birth", [DataRequired("Enter your date of birth")])

    form = F(MultiDict({"dob-day": "", "dob-month": "", "dob-year": ""}))
    form.validate()
    assert form.dob.errors == ["Enter your date of birth"]


def test_a_date_from_data_or_an_iso_value_renders_as_parts() -> None:
    form = DateForm(data={"when": datetime.date(2024, 3, 7)})
    assert gw.field_params(form.when)[1]["value"] == {"day": "7", "month": "3", "year": "2024"}
    form = DateForm(MultiDict({"when": "2024-03-07"}))
    assert form.when.data == datetime.date(2024, 3, 7)


# --- the mapping, without rendering -------------------------------------------------------


def test_every_field_maps_to_its_component() -> None:
    app = create_app()
    with app.test_request_context("/en/apply", method="POST", data={}):
        form = ApplicationForm(meta={"csrf": False})
        for name, (component, _) in COMPONENTS.items():
            assert gw.field_params(form[name])[0] == component, name


def test_params_come_from_the_field_and_overrides_win() -> None:
    class F(Form):
        comments = TextAreaField(
            "Comments",
            [DataRequired(), Length(max=200)],
            description="No personal information.",
            render_kw={"class": "extra", "data_track": "c", "spellcheck": False},
        )
        people = IntegerField("People", [NumberRange(1, 50)])

    form = F(MultiDict({"comments": "  hi  "}))
    form.validate()
    component, params = gw.field_params(form.comments)
    assert component == "textarea"
    assert params["name"] == params["id"] == "comments"
    assert params["label"] == "Comments"
    assert params["hint"] == "No personal information."
    assert params["required"] is True
    assert params["value"] == "  hi  "
    assert params["max_length"] == 200
    assert params["classes"] == "extra"
    assert params["spellcheck"] is False
    assert params["attributes"] == {"data-track": "c"}
    _, params = gw.field_params(form.comments, hint="Other", attributes={"data-x": "1"})
    assert params["hint"] == "Other"
    assert params["attributes"] == {"data-track": "c", "data-x": "1"}
    _, params = gw.field_params(form.people)
    assert "min" not in params and params["inputmode"] == "numeric"  # no min/max on type=text
    _, params = gw.field_params(form.people, type="number")
    assert (params["min"], params["max"]) == ("1", "50")


def test_select_choices_groups_and_placeholder() -> None:
    class F(Form):
        place = SelectField(
            "Place",
            choices={
                "Provinces": [("ON", "Ontario"), ("QC", "Quebec")],
                "Territories": [("YT", "Yukon")],
            },
        )
        number = SelectField("Number", choices=[("", "Pick one"), ("1", "One"), ("2", "Two")])

    form = F(data={"place": "YT", "number": "2"})
    _, params = gw.field_params(form.place)
    assert params["items"] == [
        {
            "group": "Provinces",
            "items": [{"value": "ON", "text": "Ontario"}, {"value": "QC", "text": "Quebec"}],
        },
        {"group": "Territories", "items": [{"value": "YT", "text": "Yukon"}]},
    ]
    assert params["value"] == "YT"
    _, params = gw.field_params(form.number)
    assert params["items"] == [{"value": "1", "text": "One"}, {"value": "2", "text": "Two"}]
    assert params["placeholder"] is True and params["strings"] == {"placeholder": "Pick one"}
    assert params["value"] == "2"
    html = gw.field(form.number)
    assert html.count("<option") == 3 and '<option value="2" selected>' in html


def test_a_subclass_renders_as_its_nearest_base() -> None:
    class PostalCodeField(StringField):
        pass

    class ProvinceChoice(RadioField):
        pass

    class F(Form):
        postal = PostalCodeField("Postal code")
        province = ProvinceChoice("Province", choices=[("ON", "Ontario")])
        langs = SelectMultipleField(
            "Languages",
            choices=[("en", "English")],
            option_widget=gw.MultiCheckboxField.option_widget,
        )

    form = F()
    assert gw.field_params(form.postal)[0] == "input"
    assert gw.field_params(form.province)[0] == "radios"
    assert gw.field_params(form.langs)[0] == "checkboxes"


def test_an_unsupported_field_names_itself_and_the_supported_ones() -> None:
    from wtforms import DateField as PlainDateField
    from wtforms import TimeField

    class Address(Form):
        street = StringField("Street")

    class F(Form):
        at = TimeField("Time")
        day = PlainDateField("Day")
        address = FormField(Address)

    form = F()
    with pytest.raises(
        TypeError, match=r"'at' of type TimeField.*Supported field types.*StringField"
    ):
        gw.field(form.at)
    with pytest.raises(TypeError, match=r"use gcds\.wtforms\.DateField"):
        gw.field(form.day)
    with pytest.raises(TypeError, match="Render its fields one by one"):
        gw.field(form.address)


def test_nested_form_errors_are_flattened_in_page_order() -> None:
    class Address(Form):
        street = StringField("Street", [DataRequired("Enter your street")])
        city = StringField("City", [DataRequired("Enter your city")])

    class F(Form):
        name = StringField("Name", [DataRequired("Enter your name")])
        home = FormField(Address)
        when = gw.DateField("When", [DataRequired()])

    form = F(MultiDict({"home-city": "Ottawa", "when-day": "1", "when-year": "2024"}))
    form.validate()
    assert gw.errors_for(form) == [
        {"text": "Enter your name", "href": "#name"},
        {"text": "Enter your street", "href": "#home-street"},
        {"text": "Date must include a month", "href": "#when-month"},
    ]
    assert gw.error_summary(F()) == Markup("")  # nothing to say before a submission


def test_install_needs_a_gcds_environment() -> None:
    import jinja2

    with pytest.raises(RuntimeError, match=r"gcds\.configure"):
        gw.install(jinja2.Environment())
    env = gw.install(gcds.environment(lang="fr"))
    assert {"gcds_field", "gcds_error_summary"} <= set(env.globals)


def test_the_hidden_field_and_the_button() -> None:
    from wtforms import HiddenField

    class F(Form):
        step = HiddenField(default='2 "x"')
        go = SubmitField("Continue", render_kw={"class": "later"})

    form = F()
    assert gw.field(form.step) == Markup(
        '<input type="hidden" name="step" value="2 &quot;x&quot;">'
    )
    component, params = gw.field_params(form.go)
    assert component == "button"
    assert params == {
        "text": "Continue",
        "type": "submit",
        "name": "go",
        "value": "y",
        "id": "go",
        "classes": "later",
    }


def test_password_params_never_carry_the_value() -> None:
    class F(Form):
        secret = PasswordField("Password")

    form = F(MultiDict({"secret": "hunter2"}))
    assert "value" not in gw.field_params(form.secret)[1]


def test_a_boolean_is_one_checkbox() -> None:
    class F(Form):
        agree = BooleanField("I agree")

    _, params = gw.field_params(F(MultiDict({"agree": "y"})).agree)
    assert params["items"] == [{"value": "y", "text": "I agree"}]
    assert params["value"] == ["y"]
    _, params = gw.field_params(F(MultiDict({})).agree)
    assert params["value"] == []


def test_the_form_pages_are_valid_html(client, tmp_path) -> None:
    from .specdata import ROOT
    from .test_html_validity import missing_references

    validator = ROOT / "node_modules" / ".bin" / "html-validate"
    if not validator.exists():
        pytest.fail("html-validate is not installed: run `make test` (it runs `npm ci`)")
    pages = {"get.html": client.get("/en/apply").get_data(as_text=True)}
    for lang in ("en", "fr"):
        data = {**INVALID, "csrf_token": csrf_token(client, lang)}
        pages[f"invalid-{lang}.html"] = client.post(f"/{lang}/apply", data=data).get_data(
            as_text=True
        )
    for name, html in pages.items():
        (tmp_path / name).write_text(html, encoding="utf-8")
        # The error summary links to each field in error: every link finds its field.
        assert missing_references(html) == [], name
    # The rules for whole pages built on gcds/page.html; checkboxes of one question share a
    # name, as HTML intends, which the base config allows (form-dup-name).
    result = subprocess.run(
        [
            str(validator),
            "--config",
            str(ROOT / ".htmlvalidate-page.json"),
            *(str(tmp_path / n) for n in pages),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_select_can_be_a_combobox() -> None:
    class F(Form):
        province = SelectField("Province or territory", choices=[("", "Choose one"), *PROVINCES])
        name = StringField("Name")

    form = F(MultiDict({"province": "QC"}))
    page = Page(gw.field(form.province, component="combobox"))
    assert any("gcds-combobox" in n.classes for n in page.nodes)
    assert page.value("province") == ["QC"]
    with pytest.raises(TypeError, match="'combobox' for a SelectField"):
        gw.field(form.name, component="combobox")


def test_csrf_token_writes_nothing_when_csrf_is_off() -> None:
    from flask import Flask, render_template_string
    from flask_wtf import FlaskForm
    from wtforms import StringField

    import gcds.wtforms
    from gcds.flask import Gcds

    app = Flask(__name__)
    app.config.update(SECRET_KEY="test", WTF_CSRF_ENABLED=False)
    Gcds(app)
    gcds.wtforms.install(app.jinja_env)

    class Form(FlaskForm):
        name = StringField("Name")

    with app.test_request_context("/"):
        form = Form()
        assert render_template_string("[{{ gcds_field(form.csrf_token) }}]", form=form) == "[]"
        with pytest.raises(TypeError, match=r"gcds_field: no such field on the form.*emial"):
            render_template_string("{{ gcds_field(form.emial) }}", form=form)
    app.config["WTF_CSRF_ENABLED"] = True
    with app.test_request_context("/"):
        shown = render_template_string("{{ gcds_field(Form().csrf_token) }}", Form=Form)
        assert shown.startswith('<input type="hidden" name="csrf_token" value="')


def test_the_docs_form_uses_current_wtforms_and_renders() -> None:
    """docs/wtforms.md's form (docs/snippets/wtforms_form.py): no deprecated WTForms API
    (SelectChoice, not tuples), and every field renders with its component."""
    from flask import Flask

    from .test_integrations import load_snippet

    app = Flask(__name__)
    app.config.update(SECRET_KEY="test", WTF_CSRF_ENABLED=False)
    with app.test_request_context("/"), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # this module ignores WTForms' tuple warning
        form = load_snippet("wtforms_form").ApplicationForm()
        html = "".join(str(gw.field(f)) for f in form)
    assert [str(w.message) for w in caught if w.category is DeprecationWarning] == []
    assert '<option value="" selected>Select a province or territory</option>' in html
    assert 'value="travel"' in html and "gcds-date-input" in html
