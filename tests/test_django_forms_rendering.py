"""GcdsFormRenderer in templates (Jinja2 and DTL), and what every field takes from Django:
help_text, required, disabled, error_messages, lazy strings, hidden fields, custom widgets."""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Any

import pytest

from .django_forms_setup import django_forms_settings
from .html_ids import IdReader as Page


@pytest.fixture(scope="module", autouse=True)
def _django() -> Iterator[None]:
    yield from django_forms_settings()


def _form(answer: Any, data: dict[str, Any] | None = None, **fields: Any) -> Any:
    from django import forms

    return type("F", (forms.Form,), {"answer": answer, **fields})(data)


def _char(**kwargs: Any) -> Any:
    from django import forms

    return forms.CharField(**kwargs)


@pytest.mark.parametrize("backend", ["jinja", "dtl"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_form_field_and_field_group_render_alike_in_both_engines(backend: str, lang: str) -> None:
    from django.template.loader import render_to_string
    from django.utils import translation

    from gcds.django.forms import render_field

    with translation.override(lang):
        form = _form(_char(label="Full name", help_text="As on your passport"), {"answer": ""})
        expected = render_field(form["answer"])
        page = render_to_string(f"form.{backend}", {"form": form})
        one, group = render_to_string(f"field.{backend}", {"form": form}).split("|")
    assert one == group == str(expected)
    assert page.startswith("<form>" + str(expected))
    assert ("(obligatoire)" in page) is (lang == "fr")
    described = Page(page).description("id_answer")
    assert "As on your passport" in described
    assert ("Ce champ est obligatoire." if lang == "fr" else "This field is required.") in described


def test_bound_field_class_comes_from_the_renderer() -> None:
    from gcds.django.forms import GcdsBoundField

    assert isinstance(_form(_char())["answer"], GcdsBoundField)


def test_help_text_required_disabled_and_no_label_suffix() -> None:
    from django import forms

    form = _form(
        forms.CharField(label="Reference?", help_text="On your letter", disabled=True, initial="A1")
    )
    form.label_suffix = " →"
    out = str(form["answer"])
    assert 'class="gcds-hint" id="id_answer-hint">On your letter</div>' in out
    assert "disabled" in Page(out).attrs["id_answer"]
    assert 'value="A1"' in out
    assert "→" not in out and "Reference?</label>" in out.replace(
        ' <span class="gcds-label__required">(required)</span>', ""
    )
    optional = str(_form(_char(required=False))["answer"])
    assert "(required)" not in optional and "required" not in Page(optional).attrs["id_answer"]


def test_help_text_is_html_as_in_django_own_templates() -> None:
    from django import forms
    from django.utils.translation import gettext_lazy as _

    guide = "See <a href='/x'>the guide</a>"
    assert guide in str(_form(_char(help_text=guide))["answer"])
    assert "<b>No</b>" in str(_form(_char(help_text=_("<b>No</b>")))["answer"])

    class StarsWidget(forms.Widget):  # a custom widget: Django's control in a gcds wrapper
        def render(self, name, value, attrs=None, renderer=None):
            return '<input type="range" name="answer">'

    fallback = str(_form(forms.IntegerField(widget=StarsWidget, help_text=guide))["answer"])
    assert guide in fallback


@pytest.mark.parametrize("written", ["false", "False", False])
def test_a_bool_param_from_widget_attrs(written: Any) -> None:
    from django import forms

    widget = forms.TextInput(attrs={"spellcheck": written, "autocomplete": "name"})
    out = str(_form(_char(widget=widget))["answer"])
    attrs = Page(out).attrs["id_answer"]
    assert attrs["spellcheck"] == "false" and attrs["autocomplete"] == "name"


def test_a_bool_param_from_widget_attrs_that_is_no_bool_is_refused() -> None:
    from django import forms

    import gcds

    widget = forms.TextInput(attrs={"spellcheck": "maybe"})
    with pytest.raises(gcds.ParamError, match=r"gcds\.input.*'spellcheck'"):
        str(_form(_char(widget=widget))["answer"])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lazy_strings_everywhere(lang: str) -> None:
    from django import forms
    from django.utils import translation
    from django.utils.translation import gettext_lazy as _

    # Django's own catalogue translates these words: a lazy string resolved at render time.
    form_class = type(
        "F",
        (forms.Form,),
        {
            "answer": forms.ChoiceField(
                label=_("Yes"),
                help_text=_("No"),
                choices=[(1, _("Yes")), (2, _("No"))],
                widget=forms.RadioSelect,
                error_messages={"required": _("This field is required.")},
            )
        },
    )
    with translation.override(lang):
        out = str(form_class({})["answer"])
    yes, no = ("Oui", "Non") if lang == "fr" else ("Yes", "No")
    assert f'<legend class="gcds-fieldset__legend">{yes} ' in out
    assert f'id="id_answer-fieldset-hint">{no}</div>' in out
    assert f'for="id_answer">{yes}</label>' in out and f'for="id_answer-2">{no}</label>' in out
    required = "Ce champ est obligatoire." if lang == "fr" else "This field is required."
    assert required in Page(out).description("id_answer")


def test_error_messages_and_validators_show_as_the_gcds_error() -> None:
    from django import forms
    from django.core.validators import RegexValidator

    field = forms.CharField(
        error_messages={"required": "Enter your postal code"},
        validators=[RegexValidator(r"^[A-Z]\d[A-Z]", "Enter a postal code like K1A 0B1")],
    )
    empty = str(_form(field, {"answer": ""})["answer"])
    assert "Enter your postal code" in Page(empty).description("id_answer")
    wrong = str(_form(field, {"answer": "123"})["answer"])
    assert "Enter a postal code like K1A 0B1" in Page(wrong).description("id_answer")


def test_select_with_groups_and_integer_values() -> None:
    from django import forms

    choices = [("West", [(1, "BC"), (2, "Alberta")]), ("East", [(3, "Nova Scotia")])]
    out = str(_form(forms.TypedChoiceField(choices=choices, coerce=int), {"answer": "2"})["answer"])
    assert '<optgroup label="West"><option value="1">BC</option><option value="2" selected>' in out


def test_radios_with_groups_fall_back_to_django_inside_a_gcds_fieldset() -> None:
    from django import forms

    choices = [("West", [(1, "BC")]), ("East", [(3, "Nova Scotia")])]
    form = _form(forms.ChoiceField(choices=choices, widget=forms.RadioSelect), {})
    out = str(form["answer"])
    assert out.startswith('<fieldset class="gcds-fieldset gcds-fieldset--error"')
    assert 'type="radio"' in out
    assert "This field is required." in Page(out).description(form["answer"].id_for_label)


def test_a_custom_widget_is_drawn_by_django_inside_a_gcds_wrapper() -> None:
    from django import forms

    class StarsWidget(forms.Widget):
        template_name = "django/forms/widgets/input.html"
        input_type = "range"

        def get_context(self, name: str, value: Any, attrs: Any) -> dict[str, Any]:
            context = super().get_context(name, value, attrs)
            context["widget"]["type"] = self.input_type
            return context

    form = _form(
        forms.IntegerField(widget=StarsWidget, label="Stars", help_text="1 to 5"),
        {"answer": "x"},
    )
    out = str(form["answer"])
    assert out.startswith('<div class="gcds-input gcds-input--error"><label class="gcds-label"')
    page = Page(out)
    control = form["answer"].id_for_label
    assert page.attrs[control]["type"] == "range" and page.attrs[control]["value"] == "x"
    described = page.description(control)
    assert "1 to 5" in described and "Enter a whole number." in described


@pytest.mark.parametrize("widget", ["ColorInput", "SelectDateWidget"])
def test_widgets_with_no_gcds_component_still_render(widget: str) -> None:
    from django import forms

    field = forms.DateField if widget == "SelectDateWidget" else forms.CharField
    form = _form(field(widget=getattr(forms, widget)()), {})
    out = str(form["answer"])
    assert "gcds-" in out and "This field is required." in out
    assert form["answer"].id_for_label in Page(out).attrs


def test_a_saved_file_keeps_djangos_clear_and_change_controls() -> None:
    from django import forms

    class Saved:
        url = "/media/passport.pdf"

        def __str__(self) -> str:
            return "passport.pdf"

    form = type("F", (forms.Form,), {"answer": forms.FileField(required=False)})(
        initial={"answer": Saved()}
    )
    out = str(form["answer"])
    assert 'href="/media/passport.pdf"' in out and 'type="file"' in out
    assert out.startswith('<div class="gcds-input">')


def test_hidden_fields_render_as_django_does_and_their_errors_show_in_the_form() -> None:
    from django import forms

    form = _form(
        forms.CharField(widget=forms.HiddenInput), {"answer": "", "name": 'a"b'}, name=_char()
    )
    out = str(form)
    assert '<input type="hidden" name="answer" id="id_answer">' in out
    assert "(Hidden field answer) This field is required." in html.unescape(out)
    assert out.index("Hidden field") < out.index('name="name"')  # above the fields
    assert form["answer"].id_for_label == "id_answer"


def test_the_renderer_of_one_form() -> None:
    from django import forms

    from gcds.django.forms import GcdsFormRenderer

    form = forms.Form(renderer=GcdsFormRenderer())
    form.fields["answer"] = forms.EmailField(label="Email")
    assert 'type="email"' in str(form)
