"""Django forms' errors in gcds: the error summary of a form or formset (gcds.django.error_summary),
``gcds.error_summary(errors=form.errors)`` refused with what to pass, and formsets' "Add another"
without JavaScript, through a real view and Django's test client, in English and French.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django import forms, template
from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import translation
from django.utils.translation import gettext_lazy
from jinja2 import DictLoader
from markupsafe import Markup

import gcds
import gcds.django
from gcds.django.forms import formsets, summary

from .test_html_validity import missing_references
from .test_integrations import load_snippet

load_snippet("django_app")  # configures Django once per process, as the other tests do

# --- a Django site: settings, templates, views ------------------------------------------------


def jinja_environment(**options: Any):
    """The Jinja2 backend's environment: gcds's, with the error summary and add button."""
    env = gcds.django.environment(**options)
    summary.install(env)
    formsets.install(env)
    gcds.django.messages.install(env)
    return env


def site_settings(urls: str, templates: dict[str, str], **more: Any) -> dict[str, Any]:
    """Settings for a test site over the docs snippet's (which configures Django once)."""
    base = load_snippet("django_app").SETTINGS
    return {
        **base,
        "ROOT_URLCONF": urls,
        "MIDDLEWARE": ["django.middleware.locale.LocaleMiddleware"],
        "TEMPLATES": [
            {
                "BACKEND": "django.template.backends.jinja2.Jinja2",
                "OPTIONS": {
                    "environment": f"{__name__}.jinja_environment",
                    "loader": DictLoader(templates),
                },
            }
        ],
        **more,
    }


CHILDREN = """\
{{ gcds_error_summary(formset) }}
<form method="post" novalidate>
{{ formset.management_form }}
{% for form in formset %}<fieldset>{{ form }}</fieldset>
{% endfor %}
{{ gcds_add_button(formset) }}
{{ gcds.button(text="Continue") }}
</form>
"""


class ChildForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name"))
    age = forms.IntegerField(label=gettext_lazy("Age"), required=False)


ChildFormSet = forms.formset_factory(ChildForm, extra=1, max_num=3)


def children(request):
    formset = gcds.django.bind_formset(ChildFormSet, request)
    if formset.is_bound and formset.is_valid():
        return redirect(request.path + "?saved=" + str(len(formset.cleaned_data)))
    return render(request, "children.html", {"formset": formset})


urlpatterns = i18n_patterns(path("children/", children))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from django.test import Client
    from django.test.utils import override_settings

    with override_settings(**site_settings(__name__, {"children.html": CHILDREN})):
        yield Client()


@pytest.fixture()
def en() -> Iterator[None]:
    with translation.override("en"):
        yield


@pytest.fixture()
def fr() -> Iterator[None]:
    with translation.override("fr"):
        yield


# --- forms ----------------------------------------------------------------------------------


class MeetingForm(forms.Form):
    name = forms.CharField(
        label="Name", error_messages={"required": gettext_lazy("Enter your full name")}
    )
    email = forms.EmailField(label="Email")
    colour = forms.ChoiceField(
        label="Colour", choices=[("r", "Red"), ("g", "Green")], widget=forms.RadioSelect
    )
    topics = forms.MultipleChoiceField(
        label="Topics", choices=[("a", "A"), ("b", "B")], widget=forms.CheckboxSelectMultiple
    )
    when = forms.SplitDateTimeField(label="When")
    token = forms.CharField(widget=forms.HiddenInput)
    start = forms.IntegerField(label="Start", required=False)
    end = forms.IntegerField(label="End", required=False)

    def clean(self):
        data = super().clean()
        # Errors added here, last field first: the summary still lists them in field order.
        start, end = data.get("start"), data.get("end")
        if start is not None and end is not None and end < start:
            self.add_error("end", gettext_lazy("The end must be after the start"))
            self.add_error("start", "The start must be before the end")
            raise ValidationError(gettext_lazy("These times overlap"))
        return data


BAD_MEETING = {"email": "not-an-email", "start": "9", "end": "5", "when_0": "2024-01-01"}


def test_errors_for_links_each_field_error_to_its_control_in_field_order(en: None) -> None:
    form = MeetingForm(BAD_MEETING)
    assert summary.errors_for(form) == [
        {"text": "These times overlap"},  # the form's own error: no link
        {"text": "Enter your full name", "href": "#id_name"},  # a lazy error_message
        {"text": "Enter a valid email address.", "href": "#id_email"},
        {"text": "This field is required.", "href": "#id_colour"},
        {"text": "This field is required.", "href": "#id_topics"},
        {"text": "This field is required.", "href": "#id_when_0"},  # a MultiWidget
        {"text": "(Hidden field token) This field is required."},
        {"text": "The start must be before the end", "href": "#id_start"},
        {"text": "The end must be after the start", "href": "#id_end"},
    ]
    assert gcds.django.errors_for is summary.errors_for


def test_every_link_finds_its_control_in_djangos_own_rendering(en: None) -> None:
    form = MeetingForm(BAD_MEETING)
    page = str(summary.error_summary(form)) + str(form)
    assert page.count('class="gcds-error-summary__link"') == 7
    assert missing_references(page) == []


def test_the_control_is_id_for_label_when_the_widget_says(en: None) -> None:
    """A widget gcds does not draw (Django does, inside a gcds field) keeps its own
    id_for_label; a subclass of a widget gcds draws links to the control gcds draws."""

    class DayFirstWidget(forms.widgets.Input):
        """As a three-part date widget does: its label (and summary link) go to the day box."""

        input_type = "text"

        def id_for_label(self, id_: str) -> str:
            return f"{id_}-day" if id_ else ""

    class DayFirstText(forms.TextInput):
        id_for_label = DayFirstWidget.id_for_label

    class Form(forms.Form):
        born = forms.CharField(widget=DayFirstWidget)
        phone = forms.CharField(widget=forms.TextInput(attrs={"id": "tel"}))
        moved = forms.CharField(widget=DayFirstText)

    form = Form({}, auto_id="f-%s")
    assert [e["href"] for e in summary.errors_for(form)] == ["#f-born-day", "#tel", "#f-moved"]
    html = str(form["moved"])
    assert 'id="f-moved"' in html and 'id="f-moved-day"' not in html
    form = Form({}, auto_id=False)  # no ids at all: gcds renders the field's name as its id
    assert [e["href"] for e in summary.errors_for(form)][1:] == ["#tel", "#moved"]


def test_error_summary_renders_links_and_unlinked_form_errors(en: None) -> None:
    html = gcds.django.error_summary(
        MeetingForm(BAD_MEETING), title=gettext_lazy("Check these"), id="meeting-errors"
    )
    assert isinstance(html, Markup)
    assert ' id="meeting-errors"' in html
    assert ">Check these</h2>" in html
    assert '<li class="gcds-error-summary__text">These times overlap</li>' in html
    assert (
        '<li class="gcds-error-summary__text">(Hidden field token) This field is required.</li>'
        in html
    )
    assert '<a class="gcds-error-summary__link" href="#id_name">Enter your full name</a>' in html


def test_error_summary_is_in_djangos_language(fr: None) -> None:
    html = gcds.django.error_summary(MeetingForm({}))
    assert ">Il y a un problème</h2>" in html
    assert "Ce champ est obligatoire." in html  # Django's own message, in French
    assert "(champ masqué token)" in html
    assert "There was a problem" not in html


def test_no_errors_no_summary(en: None) -> None:
    assert gcds.django.error_summary(MeetingForm()) == ""  # unbound
    valid = ChildForm({"name": "Zoë"})
    assert gcds.django.error_summary(valid) == ""
    assert gcds.django.error_summary(ChildFormSet()) == ""


def test_a_formset_gives_its_own_errors_then_each_forms(en: None) -> None:
    data = {
        "form-TOTAL_FORMS": "4",
        "form-INITIAL_FORMS": "0",
        "form-0-name": "Ada",
        "form-1-age": "two",
        "form-2-name": "Bo",
        "form-3-name": "Cy",
    }
    formset = forms.formset_factory(ChildForm, max_num=2, validate_max=True)(data)
    assert summary.errors_for(formset) == [
        {"text": "Please submit at most 2 forms."},
        {"text": "This field is required.", "href": "#id_form-1-name"},
        {"text": "Enter a whole number.", "href": "#id_form-1-age"},
    ]
    # A page with a form and a formset: one summary, in the order given.
    items = summary.errors_for(ChildForm({}, prefix="parent"), formset)
    assert items[0] == {"text": "This field is required.", "href": "#id_parent-name"}
    assert len(items) == 4


def test_a_form_marked_for_deletion_gives_no_errors(en: None) -> None:
    data = {
        "form-TOTAL_FORMS": "2",
        "form-INITIAL_FORMS": "2",
        "form-0-name": "",
        "form-0-DELETE": "on",
        "form-1-age": "x",
        "form-1-name": "Bo",
    }
    formset = forms.formset_factory(ChildForm, can_delete=True)(data)
    assert summary.errors_for(formset) == [
        {"text": "Enter a whole number.", "href": "#id_form-1-age"}
    ]


def test_a_tampered_management_form_is_an_error_of_the_formset(en: None) -> None:
    items = summary.errors_for(ChildFormSet({"form-0-name": "Ada"}))
    assert len(items) == 1 and "href" not in items[0]
    assert "ManagementForm data is missing or has been tampered with" in items[0]["text"]


# --- gcds.error_summary(errors=form.errors) -------------------------------------------------


def test_a_forms_errors_dict_is_refused_with_what_to_pass(en: None) -> None:
    form = MeetingForm(BAD_MEETING)
    with pytest.raises(gcds.ParamError) as raised:
        gcds.render("error_summary", errors=form.errors)
    message = str(raised.value)
    assert message.startswith(
        "gcds.error_summary, parameter 'errors': errors['name'] is a list of messages"
    )
    assert "gcds.django.error_summary(form)" in message
    assert "{{ gcds_error_summary(form) }}" in message
    assert "{field id: message}" in message
    # And from a template, the same error.
    env = gcds.environment()
    template = env.from_string("{{ gcds.error_summary(errors=form.errors) }}")
    with pytest.raises(gcds.ParamError, match=r"errors\['name'\] is a list of messages"):
        template.render(form=ChildForm({}))
    # What it says to do works: each error linked to its control.
    html = gcds.django.error_summary(form)
    assert 'href="#id_email">Enter a valid email address.</a>' in html


@pytest.mark.parametrize(
    ("errors", "message"),
    [
        ([("email", ["Enter an email"])], r"errors\[0\] is a list of messages"),
        ([{"text": "Enter an email", "hrf": "#email"}], r"errors\[0\]: unknown key 'hrf'"),
        ([{"text": ["Enter an email"], "href": "#email"}], r"errors\[0\] needs 'text'"),
        ([{"text": "Enter an email", "field": ""}], r"has an empty 'href' or 'field'"),
        ([{"text": "A", "href": "#a", "field": "a"}], r"gives 'href' and 'field': give one"),
        ({"email": 3}, r"errors\['email'\] needs a field id and a message \(text\)"),
    ],
)
def test_error_summary_items_are_checked(errors: Any, message: str) -> None:
    with pytest.raises(gcds.ParamError, match=message):
        gcds.render("error_summary", errors=errors)


def test_an_error_with_no_field_renders_without_a_link() -> None:
    html = gcds.render(
        "error_summary", errors=[{"text": gettext_lazy("Try again")}, ("email", "Enter it")]
    )
    assert '<li class="gcds-error-summary__text">Try again</li>' in html
    assert '<li><a class="gcds-error-summary__link" href="#email">Enter it</a></li>' in html


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda f: gcds.django.error_summary(f.errors), r"not ErrorDict \(its errors\?\)"),
        (lambda f: gcds.django.error_summary(), r"give the form or formset"),
        (lambda f: gcds.django.error_summary(f, errors=[]), r"parameter 'errors': is made from"),
        (
            lambda f: gcds.django.error_summary(f, focus=True),
            r"parameter 'focus': unknown parameter",
        ),
        (lambda f: summary.errors_for(f, "x"), r"errors_for, parameter 'forms\[1\]'"),
    ],
)
def test_error_summary_arguments_are_checked(en: None, call: Any, message: str) -> None:
    with pytest.raises(gcds.ParamError, match=message):
        call(ChildForm({}))


# --- formsets: add another, without JavaScript ------------------------------------------------


def management(html: str) -> dict[str, str]:
    return dict(re.findall(r'name="form-([A-Z_]+)" value="(\d+)"', html))


def hidden_inputs(html: str) -> dict[str, str]:
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))


def value_of(html: str, name: str) -> str | None:
    match = re.search(rf'<input [^>]*name="{re.escape(name)}"[^>]*>', html)
    assert match, f"no input {name}"
    value = re.search(r'value="([^"]*)"', match.group(0))
    return value.group(1) if value else None


def test_add_another_round_trip(client: Any) -> None:
    page = client.get("/en/children/").content.decode()
    assert management(page)["TOTAL_FORMS"] == "1"
    assert '<form method="post" novalidate>' in page
    button = re.search(r"<button [^>]*>\s*Add another\s*</button>", page)
    assert button, page
    assert 'name="add" value="form"' in button.group(0)
    assert "formnovalidate" in button.group(0)

    typed = 'Zoë "Z" <b>&amp;'
    data = {
        **hidden_inputs(page),  # the management form, as the browser sends it back
        "form-0-name": typed,
        "form-0-age": "seven",  # wrong, but not shown yet: the person is adding a row
        "add": "form",
    }
    response = client.post("/en/children/", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert management(page) == {
        "TOTAL_FORMS": "2",
        "INITIAL_FORMS": "0",
        "MIN_NUM_FORMS": "0",
        "MAX_NUM_FORMS": "3",
    }
    assert value_of(page, "form-0-name") == "Zoë &quot;Z&quot; &lt;b&gt;&amp;amp;"
    assert value_of(page, "form-0-age") == "seven"
    assert value_of(page, "form-1-name") is None  # the new, empty row
    assert "gcds-error-summary" not in page and "errorlist" not in page
    new_name = re.search(r'<input [^>]*name="form-1-name"[^>]*>', page).group(0)
    assert "autofocus" in new_name
    assert page.count("autofocus") == 1

    # Sent (not "add"): now the errors show, linked to their controls, values still kept.
    data = {**data, **hidden_inputs(page), "form-1-age": "3"}
    assert data["form-TOTAL_FORMS"] == "2"
    del data["add"]
    page = client.post("/en/children/", data).content.decode()
    assert re.search(r'href="#id_form-0-age">Enter a whole number.</a>', page)
    assert re.search(r'href="#id_form-1-name">This field is required.</a>', page)
    assert missing_references(page) == []
    assert value_of(page, "form-0-age") == "seven"
    assert value_of(page, "form-1-age") == "3"

    data.update({"form-0-age": "7", "form-1-name": "Ada"})
    response = client.post("/en/children/", data)
    assert response.status_code == 302 and response["Location"] == "/en/children/?saved=2"


def test_add_another_in_french(client: Any) -> None:
    page = client.get("/fr/children/").content.decode()
    assert re.search(r">\s*Ajouter un autre\s*</button>", page)
    data = {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "0", "form-0-age": "x"}
    page = client.post("/fr/children/", data).content.decode()
    assert ">Il y a un problème</h2>" in page
    assert 'href="#id_form-0-name">Ce champ est obligatoire.</a>' in page
    assert "Saisissez un nombre entier." in page


def test_a_full_formset_has_no_add_button_and_adds_nothing(client: Any) -> None:
    data = {"form-TOTAL_FORMS": "3", "form-INITIAL_FORMS": "0", "add": "form"}
    page = client.post("/en/children/", data).content.decode()
    assert management(page)["TOTAL_FORMS"] == "3"
    assert "Add another" not in page
    assert "gcds-error-summary" not in page


def test_a_tampered_management_form_is_shown_not_added_to(client: Any) -> None:
    page = client.post("/en/children/", {"form-0-name": "Ada", "add": "form"}).content.decode()
    assert "ManagementForm data is missing or has been tampered with" in page
    assert 'class="gcds-error-summary__text"' in page


def test_with_another_form_keeps_the_formset_and_is_never_valid(en: None) -> None:
    data = {"kids-TOTAL_FORMS": "1", "kids-INITIAL_FORMS": "0", "kids-0-name": "Ada"}
    formset = ChildFormSet(data, prefix="kids", form_kwargs={"label_suffix": "!"})
    assert formset.is_valid()  # valid as sent…
    more = gcds.django.with_another_form(formset, focus=False)
    assert more is not formset and formset.total_form_count() == 1
    assert more.total_form_count() == 2 and more.prefix == "kids"
    assert more.forms[0].label_suffix == "!"  # built with the same arguments
    assert more.forms[0]["name"].value() == "Ada"
    assert not more.is_valid()  # …but adding a row is not sending the list
    assert "autofocus" not in str(more.forms[1])
    assert data["kids-TOTAL_FORMS"] == "1"  # the request's data is not changed
    with pytest.raises(gcds.ParamError, match=r"with_another_form, parameter 'formset'"):
        gcds.django.with_another_form(ChildFormSet())


def test_several_formsets_on_a_page_each_have_their_button(en: None) -> None:
    assert gcds.django.add_requested({"add": "kids"}, ChildFormSet(prefix="kids"))
    assert not gcds.django.add_requested({"add": "kids"}, ChildFormSet(prefix="pets"))
    assert not gcds.django.add_requested({}, "kids")
    html = gcds.django.add_button(ChildFormSet(prefix="pets"), text=gettext_lazy("Add a pet"))
    assert 'name="add" value="pets"' in html and "Add a pet" in html
    with pytest.raises(gcds.ParamError, match=r"add_button, parameter 'name': is set by"):
        gcds.django.add_button(ChildFormSet(), name="more")
    with pytest.raises(gcds.ParamError, match=r"must be a Django formset, not ChildForm"):
        gcds.django.add_button(ChildForm())


def test_usable_from_django_template_tags(fr: None) -> None:
    engine = template.Engine(libraries={"gcds": "gcds.templatetags.gcds"})
    html = engine.from_string(
        "{% load gcds %}{% gcds_error_summary form formset %}{% gcds_add_button formset %}"
    ).render(template.Context({"form": ChildForm({}), "formset": ChildFormSet()}))
    assert '<section class="gcds-error-summary"' in html and "&lt;" not in html
    assert 'href="#id_name">Ce champ est obligatoire.</a>' in html
    assert 'value="form" formnovalidate>Ajouter un autre</button>' in html


def test_the_jinja_backend_has_the_same_globals(fr: None) -> None:
    env = gcds.django.environment()
    html = env.from_string(
        "{{ gcds_error_summary(form, formset) }}{{ gcds_add_button(formset) }}"
    ).render(form=ChildForm({}), formset=ChildFormSet())
    assert 'href="#id_name">Ce champ est obligatoire.</a>' in html
    assert 'value="form" formnovalidate>Ajouter un autre</button>' in html
