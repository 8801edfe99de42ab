"""combobox: keyboard only, with gcds.js (ARIA 1.2 combobox) and without it (the plain select)."""

from __future__ import annotations

import pytest
from markupsafe import Markup

import gcds
from gcds.examples import page as page_html

from .browser import axe_violations
from .specdata import SPECS

CSS, JS = "/static/gcds/css/gcds.css", "/static/gcds/js/gcds.js"
EXAMPLES = {e["name"]: e for e in SPECS["combobox"]["examples"]}


def _form(lang: str = "en", **params) -> str:
    example = EXAMPLES["french" if lang == "fr" else "default"]
    field = gcds.render("combobox", lang=lang, **{**example["params"], **params})
    body = Markup('<form action="/submitted" method="get" novalidate>') + Markup(field)
    body += Markup(
        '<button class="gcds-button gcds-button--primary" type="submit">Continue</button></form>'
    )
    return page_html(
        body, lang=lang, title="Combobox", heading="Combobox", css_href=CSS, js_href=JS
    )


def _state(page) -> dict:
    return page.evaluate(
        """() => {
            const input = document.querySelector('[role=combobox]');
            const list = document.getElementById(input.getAttribute('aria-controls'));
            const active = input.getAttribute('aria-activedescendant');
            return {
                focused: document.activeElement === input,
                expanded: input.getAttribute('aria-expanded'),
                listHidden: list.hidden,
                options: [...list.querySelectorAll('[role=option]')].filter(o => !o.hidden).map(o => o.textContent),
                active: active && document.getElementById(active).textContent,
                activeHighlighted: !!(active && document.getElementById(active).classList.contains('gcds-combobox__option--active')),
                status: document.querySelector('.gcds-combobox [role=status]').textContent,
                text: input.value,
                selectValue: document.querySelector('.gcds-combobox select').value,
            };
        }"""
    )


def _tab_into(page) -> None:
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('role')") == "combobox"


@pytest.mark.browser
def test_enhanced_markup(open_page) -> None:
    page = open_page(_form())
    info = page.evaluate(
        """() => {
            const input = document.querySelector('[role=combobox]');
            const select = document.querySelector('.gcds-combobox select');
            return {
                id: input.id, selectId: select.id, name: input.name, selectName: select.name,
                label: document.querySelector('label[for=province]') !== null,
                autocomplete: input.getAttribute('aria-autocomplete'),
                describedby: input.getAttribute('aria-describedby'),
                selectVisible: select.offsetParent !== null,
            };
        }"""
    )
    assert info["id"] == "province" and info["selectId"] == "province-select"
    assert info["name"] == "" and info["selectName"] == "province"
    assert info["label"] and info["autocomplete"] == "list"
    assert info["describedby"].split() == ["province-hint", "province-instructions"]
    assert not info["selectVisible"]
    assert axe_violations(page) == []


@pytest.mark.browser
def test_keyboard_filter_choose_close_leave(open_page) -> None:
    page = open_page(_form())
    _tab_into(page)
    state = _state(page)
    assert state["expanded"] == "false" and state["text"] == "" and state["selectValue"] == ""
    page.keyboard.type("on")
    state = _state(page)
    assert state["expanded"] == "true" and not state["listHidden"]
    assert state["options"] == ["Ontario", "Yukon"]
    page.wait_for_function(
        "document.querySelector('.gcds-combobox [role=status]').textContent !== ''"
    )
    assert _state(page)["status"] == "2 results available"
    assert axe_violations(page) == []  # the open listbox too
    page.keyboard.press("ArrowDown")
    state = _state(page)
    assert state["active"] == "Ontario" and state["activeHighlighted"]
    page.keyboard.press("ArrowDown")
    assert _state(page)["active"] == "Yukon"
    page.keyboard.press("ArrowUp")
    assert _state(page)["active"] == "Ontario"
    page.keyboard.press("Enter")
    state = _state(page)
    assert state["text"] == "Ontario" and state["selectValue"] == "ON"
    assert state["expanded"] == "false" and state["listHidden"] and state["focused"]
    assert page.url.endswith(".html"), "Enter on an option must not submit the form"
    # Alt+Down opens without moving; Escape closes; a second Escape clears.
    page.keyboard.press("Alt+ArrowDown")
    state = _state(page)
    assert state["expanded"] == "true" and state["active"] is None and len(state["options"]) == 13
    page.keyboard.press("Escape")
    state = _state(page)
    assert state["expanded"] == "false" and state["text"] == "Ontario"
    page.keyboard.press("Escape")
    state = _state(page)
    assert state["text"] == "" and state["selectValue"] == ""
    # Choose again, then Tab leaves to the button.
    page.keyboard.type("sask")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    assert _state(page)["selectValue"] == "SK"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Continue"
    # The form submits the select's name and value.
    page.keyboard.press("Enter")
    page.wait_for_url("**/submitted?province=SK")


@pytest.mark.browser
def test_accents_and_case_are_ignored_and_no_results_is_said(open_page) -> None:
    page = open_page(_form(lang="fr"))
    _tab_into(page)
    page.keyboard.type("QUE")
    assert _state(page)["options"] == ["Colombie-Britannique", "Québec"]
    page.keyboard.type("B")
    assert _state(page)["options"] == ["Québec"]
    # The count is announced after a pause: wait for the one for "QUEB", not the one for "QUE".
    page.wait_for_function(
        "document.querySelector('.gcds-combobox [role=status]').textContent"
        " === '1 résultat disponible'"
    )
    page.keyboard.press("Control+a")
    page.keyboard.type("ile")
    assert _state(page)["options"] == ["Île-du-Prince-Édouard"]
    page.keyboard.press("Control+a")
    page.keyboard.type("zzz")
    assert _state(page)["options"] == []
    page.wait_for_function(
        "document.querySelector('.gcds-combobox [role=status]').textContent === 'Aucun résultat'"
    )


@pytest.mark.browser
def test_text_matching_no_option_reverts_on_blur(open_page) -> None:
    page = open_page(_form(value="QC", placeholder=False))
    _tab_into(page)
    assert _state(page)["text"] == "Quebec"
    page.keyboard.press("Control+a")
    page.keyboard.type("Atlantis")
    page.keyboard.press("Tab")
    state = _state(page)
    assert state["text"] == "Quebec" and state["selectValue"] == "QC"
    assert state["expanded"] == "false"
    # Exact text (any case, no accents needed) chooses that option on blur.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Control+a")
    page.keyboard.type("nova scotia")
    page.keyboard.press("Tab")
    state = _state(page)
    assert state["text"] == "Nova Scotia" and state["selectValue"] == "NS"


@pytest.mark.browser
def test_error_summary_link_lands_on_the_visible_control(open_page) -> None:
    summary = gcds.render("error_summary", errors=[("province", "Select your province")])
    html = _form(error="Select your province").replace("<form action", f"{summary}<form action", 1)
    page = open_page(html)
    page.wait_for_function("document.activeElement.classList.contains('gcds-error-summary')")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.getAttribute('role')") == "combobox"
    assert page.evaluate("document.activeElement.getAttribute('aria-invalid')") == "true"


def _invalid_states(page) -> dict[str, str]:
    """Chromium's invalid state of each combobox on the page (a select is one too), by
    name: what a screen reader is told (DevTools accessibility tree)."""
    cdp = page.context.new_cdp_session(page)
    states = {}
    for node in cdp.send("Accessibility.getFullAXTree")["nodes"]:
        if node.get("ignored") or node["role"]["value"] != "combobox":
            continue
        props = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
        states[node["name"]["value"]] = str(props.get("invalid", "false"))
    return states


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_required_without_an_error_is_not_invalid(open_page, js: bool) -> None:
    """The select's aria-invalid="false" (required, no error) is copied to the text box
    gcds.js builds: with nothing chosen yet, neither is "invalid entry"; in error, both are."""
    page = open_page(_form(required=True, error=None), js=js)
    if js:
        assert (
            page.evaluate("document.querySelector('[role=combobox]').getAttribute('aria-invalid')")
            == "false"
        )
    assert set(_invalid_states(page).values()) == {"false"}
    page = open_page(_form(required=True, error="Select your province"), js=js)
    assert set(_invalid_states(page).values()) == {"true"}


@pytest.mark.browser
def test_without_javascript_it_is_the_select(open_page) -> None:
    page = open_page(_form(), js=False)
    assert page.evaluate("document.querySelector('[role=combobox]')") is None
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "SELECT"
    assert page.evaluate("document.activeElement.value") == ""
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.value") == "AB"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/submitted?province=AB")
