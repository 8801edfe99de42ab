"""Choices as users pass them (select, radios, checkboxes, combobox): values that are text or
whole numbers, items with their own ids, attributes, checked/selected and disabled states,
dividers, option groups, and the single checkbox that stands without a fieldset."""

from __future__ import annotations

import re

import pytest
from babel.support import LazyProxy
from markupsafe import Markup
from werkzeug.datastructures import MultiDict
from wtforms import BooleanField, Form
from wtforms.validators import DataRequired

import gcds
import gcds.wtforms as gw

from .test_forms import Parsed, _read

CHOICES = ("select", "combobox", "radios", "checkboxes")
#: The params each one needs besides the items and the value.
BASE = {
    "select": {"name": "size", "label": "Household size"},
    "combobox": {"name": "size", "label": "Household size"},
    "radios": {"name": "size", "legend": "How many people live in your home?"},
    "checkboxes": {"name": "size", "legend": "How many people live in your home?"},
}
NUMBERS = [{"value": n, "text": str(n)} for n in (1, 2, 3)]


def _many(name: str) -> bool:
    return name == "checkboxes"


def _render(name: str, **params) -> str:
    return str(gcds.render(name, **{**BASE[name], **params}))


def _chosen(name: str, html: str) -> list[str]:
    """The value(s) the browser would submit, read as tests/test_forms.py reads them."""
    return _read(name, html, BASE[name])


def _element(html: str, tag: str, **attrs: str):
    found = [
        e
        for e in Parsed(html).elements
        if e.tag == tag and all(e.attrs.get(k) == v for k, v in attrs.items())
    ]
    assert len(found) == 1, f"expected one <{tag} {attrs}>, found {len(found)}"
    return found[0]


def _control(name: str, html: str, value: str):
    return _element(html, "option" if name in ("select", "combobox") else "input", value=value)


def _raises(name: str, pattern: str, **params) -> str:
    with pytest.raises(gcds.ParamError) as raised:
        _render(name, **params)
    message = str(raised.value)
    assert message.startswith(f"gcds.{name}, parameter "), message
    assert re.search(pattern, message), message
    return message


# --- values: text or whole numbers, compared as text -----------------------------------------


@pytest.mark.parametrize("name", CHOICES)
@pytest.mark.parametrize(
    ("items", "value"),
    [
        (NUMBERS, 2),  # Django choices: int values, int value
        (NUMBERS, "2"),  # the submitted value is text
        ([{"value": str(n), "text": str(n)} for n in (1, 2, 3)], 2),
    ],
    ids=["int-int", "int-str", "str-int"],
)
def test_whole_numbers_are_compared_as_text(name: str, items, value) -> None:
    html = _render(name, items=items, value=[value] if _many(name) else value)
    assert _chosen(name, html) == ["2"]
    assert _control(name, html, "1").attrs.get("value") == "1"


def test_a_multiple_select_and_checkboxes_take_a_list_of_mixed_values() -> None:
    for name, extra in (("select", {"multiple": True}), ("checkboxes", {})):
        html = _render(name, items=NUMBERS, value=[1, "3"], **extra)
        assert _chosen(name, html) == ["1", "3"]


@pytest.mark.parametrize("name", CHOICES)
def test_true_and_false_are_never_values(name: str) -> None:
    _raises(
        name,
        r"items\[1\]\.value must be text or a whole number, not True",
        items=[NUMBERS[0], {"value": True, "text": "Yes"}],
    )
    if _many(name):
        _raises(
            name,
            r"'value': \[0\] must be text or a whole number, not False",
            items=NUMBERS,
            value=[False],
        )
    else:
        _raises(name, "'value': must be str or int", items=NUMBERS, value=True)
    _raises(
        name,
        r"items\[0\]\.value must be text or a whole number, not 1\.5",
        items=[{"value": 1.5, "text": "One and a half"}],
    )


@pytest.mark.parametrize("name", CHOICES)
def test_item_text_is_text_not_a_number(name: str) -> None:
    _raises(name, r"items\[0\]\.text must be text", items=[{"value": 2024, "text": 2024}])
    lazy = LazyProxy(lambda: "Two", enable_cache=False)
    html = _render(name, items=[{"value": 2, "text": lazy}])
    assert ">Two<" in html


# --- item keys --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CHOICES)
def test_unknown_item_keys_are_refused_naming_the_item(name: str) -> None:
    message = _raises(
        name,
        r"'items': items\[0\]: unknown key 'slected'",
        items=[{"value": "a", "text": "A", "slected": True}],
    )
    assert "allowed:" in message


def test_an_unknown_key_in_an_option_group_names_its_place() -> None:
    groups = [
        {
            "group": "Provinces",
            "items": [
                {"value": "ON", "text": "Ontario"},
                {"value": "QC", "text": "Quebec", "id": "qc"},
            ],
        }
    ]
    _raises("select", r"items\[0\]\.items\[1\]: unknown key 'id'", items=groups)
    _raises(
        "select",
        r"items\[0\]: unknown key 'label'",
        items=[{"group": "Provinces", "label": "x", "items": []}],
    )
    _raises(
        "select",
        r"items\[0\]\.items\[0\] is a group inside a group",
        items=[{"group": "A", "items": [{"group": "B", "items": []}]}],
    )


@pytest.mark.parametrize("name", ("select", "combobox"))
def test_an_option_cannot_have_a_hint(name: str) -> None:
    _raises(
        name,
        r"items\[0\]: an option cannot show a hint",
        items=[{"value": "a", "text": "A", "hint": "More about A"}],
    )


# --- per-item attributes ---------------------------------------------------------------------


@pytest.mark.parametrize("name", CHOICES)
def test_item_attributes_land_on_that_items_control(name: str) -> None:
    items = [NUMBERS[0], {**NUMBERS[1], "attributes": {"data-analytics": "two", "lang": "fr"}}]
    html = _render(name, items=items)
    assert _control(name, html, "2").attrs["data-analytics"] == "two"
    assert _control(name, html, "2").attrs["lang"] == "fr"
    assert "data-analytics" not in _control(name, html, "1").attrs
    assert html.count("data-analytics") == 1


@pytest.mark.parametrize("name", CHOICES)
@pytest.mark.parametrize("attribute", ["value", "disabled", "type", "checked", "selected", "name"])
def test_item_attributes_never_repeat_one_the_component_writes(name: str, attribute: str) -> None:
    written = (
        {"value", "selected", "disabled"}
        if name in ("select", "combobox")
        else {"value", "checked", "disabled", "type", "name"}
    )
    items = [{"value": "a", "text": "A", "attributes": {attribute: "x"}}]
    if attribute not in written:
        _render(name, items=items)  # an attribute the component does not write: allowed
        return
    message = _raises(
        name, rf"'items': items\[0\]\.attributes: '{attribute}' is written by", items=items
    )
    if attribute in ("value", "checked", "selected", "disabled"):
        assert f"use the item's '{attribute}'" in message


@pytest.mark.parametrize("name", ("radios", "checkboxes"))
def test_item_attributes_cannot_set_the_id_or_describedby(name: str) -> None:
    _raises(
        name,
        r"items\[0\]\.attributes: 'id' is written by the component itself; use the "
        r"item's 'id'",
        items=[{"value": "a", "text": "A", "attributes": {"id": "x"}}],
    )
    _raises(
        name,
        r"'aria-describedby' is written by the component itself; use the item's 'hint'",
        items=[{"value": "a", "text": "A", "attributes": {"aria-describedby": "x"}}],
    )


@pytest.mark.parametrize("name", CHOICES)
def test_item_attributes_are_checked_like_the_attributes_param(name: str) -> None:
    def item(attributes):
        return [{"value": "a", "text": "A", "attributes": attributes}]

    _raises(
        name,
        r"items\[0\]\.attributes: 'onclick': inline event handlers",
        items=item({"onclick": "go()"}),
    )
    _raises(
        name,
        r"items\[0\]\.attributes: 'x onfocus' is not a valid HTML attribute name",
        items=item({"x onfocus": "1"}),
    )
    _raises(name, r"items\[0\]\.attributes: must be a dict", items=item(["data-x"]))
    html = _render(name, items=item({"data-note": '"><script>alert(1)</script>'}))
    assert "<script>" not in html


# --- item ids ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ("radios", "checkboxes"))
def test_an_item_id_replaces_the_generated_one(name: str) -> None:
    items = [
        {"value": "a", "text": "A"},
        {"value": "b", "text": "B", "id": "choice-b", "hint": "About B"},
        {"value": "c", "text": "C"},
    ]
    html = _render(name, items=items)
    parsed = Parsed(html)
    assert [e.attrs["id"] for e in parsed.elements if e.tag == "input"] == [
        "size",
        "choice-b",
        "size-3",
    ]
    assert _element(html, "label", **{"for": "choice-b"}).text == "B"
    assert _control(name, html, "b").attrs["aria-describedby"] == "choice-b-hint"
    parsed.by_id("choice-b-hint")
    _raises(
        name,
        r"items\[0\]\.id must be an id \(text without spaces\)",
        items=[{"value": "a", "text": "A", "id": "two words"}],
    )


def test_the_first_items_own_id_is_the_error_summary_target() -> None:
    html = _render(
        "radios", error="Select one", items=[{"value": "a", "text": "A", "id": "first"}, NUMBERS[0]]
    )
    assert _control("radios", html, "a").attrs["id"] == "first"


# --- checked and selected ------------------------------------------------------------------------


@pytest.mark.parametrize("name", CHOICES)
def test_checked_or_selected_chooses_when_there_is_no_value(name: str) -> None:
    key = "selected" if name in ("select", "combobox") else "checked"
    items = [NUMBERS[0], {**NUMBERS[1], key: True}, {**NUMBERS[2], key: False}]
    assert _chosen(name, _render(name, items=items)) == ["2"]


@pytest.mark.parametrize("name", CHOICES)
def test_value_wins_over_checked_and_selected(name: str) -> None:
    key = "selected" if name in ("select", "combobox") else "checked"
    items = [NUMBERS[0], {**NUMBERS[1], key: True}, NUMBERS[2]]
    value = [3] if _many(name) else 3
    assert _chosen(name, _render(name, items=items, value=value)) == ["3"]
    if _many(name):  # nothing checked when the person submitted nothing
        assert _chosen(name, _render(name, items=items, value=[])) == []


@pytest.mark.parametrize("name", CHOICES)
def test_checked_and_selected_are_true_or_false(name: str) -> None:
    key = "selected" if name in ("select", "combobox") else "checked"
    _raises(
        name,
        rf"items\[0\]\.{key} must be True or False, not 'yes'",
        items=[{"value": "a", "text": "A", key: "yes"}],
    )


def test_one_chosen_option_in_a_single_select_and_in_radios() -> None:
    two = [{**NUMBERS[0], "selected": True}, {**NUMBERS[1], "selected": True}]
    _raises("select", "2 options are selected", items=two)
    assert _chosen("select", _render("select", items=two, multiple=True)) == ["1", "2"]
    checked = [{**NUMBERS[0], "checked": True}, {**NUMBERS[1], "checked": True}]
    _raises("radios", "2 items are checked: only one radio", items=checked)
    assert _chosen("checkboxes", _render("checkboxes", items=checked)) == ["1", "2"]


def test_a_selected_option_is_chosen_instead_of_the_placeholder() -> None:
    items = [NUMBERS[0], {**NUMBERS[1], "selected": True}]
    html = _render("select", items=items, placeholder=True)
    assert "selected" not in _element(html, "option", value="").attrs
    assert _chosen("select", html) == ["2"]
    assert _chosen("select", _render("select", items=NUMBERS, placeholder=True)) == [""]


def test_option_groups_take_every_option_key() -> None:
    items = [
        {"value": "CA", "text": "Canada"},
        {
            "group": "Offices",
            "items": [
                {"value": 101, "text": "Ottawa", "selected": True, "attributes": {"lang": "en"}},
                {"value": 102, "text": "Gatineau", "disabled": True},
            ],
        },
    ]
    html = _render("select", items=items)
    assert _chosen("select", html) == ["101"]
    assert _control("select", html, "101").attrs["lang"] == "en"
    assert "disabled" in _control("select", html, "102").attrs
    assert _chosen("select", _render("select", items=items, value=102)) == ["102"]
    _raises("combobox", r"items\[1\] is a group", items=items)


@pytest.mark.parametrize("name", CHOICES)
def test_a_disabled_item_is_disabled_alone(name: str) -> None:
    html = _render(name, items=[NUMBERS[0], {**NUMBERS[1], "disabled": True}])
    assert "disabled" in _control(name, html, "2").attrs
    assert "disabled" not in _control(name, html, "1").attrs


# --- dividers ----------------------------------------------------------------------------------


def test_radios_dividers() -> None:
    html = _render(
        "radios",
        items=[NUMBERS[0], {"divider": True}, NUMBERS[1], {"divider": "or else"}, NUMBERS[2]],
    )
    assert re.findall(r'gcds-radios__divider">([^<]*)<', html) == ["or", "or else"]
    assert [e.attrs["id"] for e in Parsed(html).elements if e.tag == "input"] == [
        "size",
        "size-2",
        "size-3",
    ]
    _raises(
        "radios", r"items\[0\] is a divider: give only", items=[{"divider": "or", "value": "x"}]
    )
    _raises("radios", r"items\[0\]\.divider is its text", items=[{"divider": 3}])


def test_checkboxes_dividers_before_the_exclusive_item() -> None:
    none = {"value": "none", "text": "None of these", "exclusive": True}
    automatic = _render("checkboxes", items=[*NUMBERS, none])
    given = _render("checkboxes", items=[*NUMBERS, {"divider": "or"}, none])
    french = str(
        gcds.render(
            "checkboxes", lang="fr", **BASE["checkboxes"], items=[*NUMBERS, {"divider": True}, none]
        )
    )
    for html, word in ((automatic, "or"), (given, "or"), (french, "ou")):
        assert re.findall(r'gcds-checkboxes__divider">([^<]*)<', html) == [word]
        assert _control("checkboxes", html, "none").attrs["id"] == "size-4"
    assert automatic == given


# --- a single checkbox, without a fieldset --------------------------------------------------------

TERMS = {
    "name": "terms",
    "items": [{"value": "yes", "text": "I agree to the terms and conditions"}],
}


def test_a_single_checkbox_has_no_fieldset_and_its_label_names_it() -> None:
    html = str(gcds.render("checkboxes", **TERMS))
    assert "<fieldset" not in html and "<legend" not in html
    box = _element(html, "input", type="checkbox")
    assert box.attrs["id"] == "terms" and "aria-describedby" not in box.attrs
    assert _element(html, "label", **{"for": "terms"}).text == "I agree to the terms and conditions"
    assert "gcds-checkboxes--single" in html


def test_a_single_checkbox_wires_its_hint_error_and_described_by_to_the_input() -> None:
    html = str(
        gcds.render(
            "checkboxes",
            **TERMS,
            hint="Read them first.",
            error="Agree to the terms and conditions to continue",
            described_by="terms-intro",
        )
    )
    parsed = Parsed(html)
    box = _element(html, "input", type="checkbox")
    assert box.attrs["aria-describedby"] == "terms-intro terms-hint terms-error"
    assert box.attrs["aria-invalid"] == "true"
    assert parsed.by_id("terms-hint").text == "Read them first."
    assert "Agree to the terms" in parsed.by_id("terms-error").text
    # The message comes before the checkbox, inside the block with the danger bar.
    assert html.index('id="terms-error"') < html.index("<input")
    assert "gcds-checkboxes--error" in html
    # The error summary links to #terms: the input, once on the page.
    parsed.by_id("terms")


def test_a_single_checkbox_with_an_item_id_and_its_own_hint() -> None:
    items = [{**TERMS["items"][0], "id": "agree", "hint": "Read them first."}]
    html = str(gcds.render("checkboxes", name="terms", items=items, error="Agree"))
    box = _element(html, "input", type="checkbox")
    assert box.attrs["id"] == "agree"
    assert box.attrs["aria-describedby"] == "agree-hint agree-error"
    with pytest.raises(gcds.ParamError, match="give 'hint' or the item's 'hint', not both"):
        gcds.render("checkboxes", name="terms", items=items, hint="Twice")


@pytest.mark.parametrize(("lang", "words"), [("en", "(required)"), ("fr", "(obligatoire)")])
def test_a_required_single_checkbox_must_be_checked(lang: str, words: str) -> None:
    html = str(gcds.render("checkboxes", lang=lang, **TERMS, required=True))
    assert "required" in _element(html, "input", type="checkbox").attrs
    assert words in _element(html, "label", **{"for": "terms"}).text
    group = _render("checkboxes", items=NUMBERS, required=True)
    assert not any("required" in e.attrs for e in Parsed(group).elements if e.tag == "input")


def test_two_or_more_checkboxes_need_a_legend() -> None:
    with pytest.raises(gcds.ParamError, match=r"'legend': is required with 2 checkboxes"):
        gcds.render("checkboxes", name="x", items=NUMBERS[:2])
    with pytest.raises(gcds.ParamError, match=r"'legend': is required with 0 checkboxes"):
        gcds.render("checkboxes", name="x", items=[])
    with pytest.raises(gcds.ParamError, match=r"'is_page_heading': is for the legend"):
        gcds.render("checkboxes", **TERMS, is_page_heading=True)
    with pytest.raises(gcds.ParamError, match=r"'items': a single checkbox has no divider"):
        gcds.render("checkboxes", name="x", items=[{"divider": True}, NUMBERS[0]])


def test_a_single_checkbox_with_a_legend_is_a_group_of_one() -> None:
    html = str(gcds.render("checkboxes", **TERMS, legend="Declaration", error="Agree"))
    assert "<fieldset" in html and "<legend" in html and "gcds-checkboxes--single" not in html
    assert "terms-error" not in _element(html, "input", type="checkbox").attrs.get(
        "aria-describedby", ""
    )


def test_a_single_checkbox_takes_the_attributes_on_its_block() -> None:
    html = str(gcds.render("checkboxes", **TERMS, attributes={"data-section": "consent"}))
    assert re.search(r'<div class="gcds-checkboxes[^"]*"[^>]* data-section="consent"', html)
    with pytest.raises(gcds.ParamError, match="'data-gcds-module' is written by the component"):
        gcds.render("checkboxes", **TERMS, attributes={"data-gcds-module": "x"})


# --- WTForms: a BooleanField is one checkbox on its own ----------------------------------------


class _Consent(Form):
    terms = BooleanField(
        "I agree to the terms and conditions",
        [DataRequired("Agree to the terms and conditions to continue")],
        description="You can read them first.",
    )
    declaration = BooleanField("I confirm this is true", render_kw={"legend": "Declaration"})


def test_a_wtforms_boolean_is_a_single_checkbox() -> None:
    form = _Consent(MultiDict({}))
    form.validate()
    html = str(gw.field(form.terms))
    assert "<fieldset" not in html
    box = _element(html, "input", type="checkbox")
    assert box.attrs["aria-describedby"] == "terms-hint terms-error"
    assert box.attrs["aria-invalid"] == "true" and "checked" not in box.attrs
    assert [item["href"] for item in gw.errors_for(form)] == ["#terms"]
    checked = _Consent(MultiDict({"terms": "y"}))
    assert "checked" in _element(str(gw.field(checked.terms)), "input", type="checkbox").attrs
    assert "<legend" in str(gw.field(form.declaration))
    assert "<legend" in str(gw.field(form.terms, legend="Terms"))


def test_markup_text_in_items_is_kept() -> None:
    items = [{"value": "a", "text": Markup("I agree to the <a href='/terms'>terms</a>")}]
    html = str(gcds.render("checkboxes", name="terms", items=items))
    assert "<a href='/terms'>terms</a>" in html
