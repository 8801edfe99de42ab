"""checkboxes: conditional reveal and the exclusive "none" option, by keyboard, with and without JS."""

from __future__ import annotations

import pytest
from markupsafe import Markup

import gcds
from gcds.examples import page as page_html

from .keyboard import tab_to

CSS, JS = "/static/gcds/css/gcds.css", "/static/gcds/js/gcds.js"


def _html(js: bool, lang: str = "en") -> str:
    group = gcds.render(
        "checkboxes",
        lang=lang,
        name="contact",
        legend="How should we contact you?",
        items=[
            {
                "value": "email",
                "text": "Email",
                "conditional": Markup(
                    '<label class="gcds-label" for="contact-email">Email address</label>'
                    '<input class="gcds-input__control" id="contact-email" name="contact-email" type="email">'
                ),
            },
            {"value": "phone", "text": "Phone", "conditional": "We call between 9 and 5."},
            {"value": "mail", "text": "Mail"},
            {"value": "none", "text": "Do not contact me", "exclusive": True},
        ],
    )
    return page_html(
        Markup(group),
        lang=lang,
        title="Checkboxes",
        heading="Checkboxes",
        css_href=CSS,
        js_href=JS if js else None,
    )


def _state(page, element_id: str) -> dict:
    return page.evaluate(
        """id => { const el = document.getElementById(id);
                   return {checked: el.checked, expanded: el.getAttribute('aria-expanded'),
                           controls: el.getAttribute('aria-controls')}; }""",
        element_id,
    )


def _checked(page) -> list[str]:
    return page.evaluate(
        "[...document.querySelectorAll('input[name=contact]:checked')].map(el => el.value)"
    )


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_conditional_reveal_by_keyboard(open_page, lang) -> None:
    page = open_page(_html(js=True, lang=lang))
    first = page.locator("#contact-conditional")
    second = page.locator("#contact-2-conditional")
    assert first.is_hidden() and second.is_hidden()
    assert _state(page, "contact") == {
        "checked": False,
        "expanded": "false",
        "controls": "contact-conditional",
    }
    # The hidden field inside is not a Tab stop.
    tab_to(page, "el.id === 'contact'", from_start=False)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "contact-2"
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") == "contact"
    page.keyboard.press("Space")
    assert first.is_visible() and second.is_hidden()
    assert _state(page, "contact")["expanded"] == "true"
    # The revealed field comes next in the Tab order.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "contact-email"
    page.keyboard.type("ada@example.ca")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") == "contact"
    page.keyboard.press("Space")
    assert first.is_hidden()
    assert _state(page, "contact") == {
        "checked": False,
        "expanded": "false",
        "controls": "contact-conditional",
    }
    assert page.locator("#contact-email").input_value() == "ada@example.ca"  # nothing lost


@pytest.mark.browser
def test_exclusive_option_clears_the_others_and_back(open_page) -> None:
    page = open_page(_html(js=True))
    tab_to(page, "el.id === 'contact'", from_start=False)
    page.keyboard.press("Space")
    tab_to(page, "el.id === 'contact-2'", from_start=False)
    page.keyboard.press("Space")
    assert _checked(page) == ["email", "phone"]
    assert page.locator("#contact-2-conditional").is_visible()
    tab_to(page, "el.id === 'contact-4'", from_start=False)
    page.keyboard.press("Space")
    assert _checked(page) == ["none"]
    # The cleared options' conditional content is hidden again.
    assert page.locator("#contact-conditional").is_hidden()
    assert page.locator("#contact-2-conditional").is_hidden()
    assert _state(page, "contact")["expanded"] == "false"
    tab_to(page, "el.id === 'contact-3'", key="Shift+Tab", from_start=False)
    page.keyboard.press("Space")
    assert _checked(page) == ["mail"]
    assert page.locator(".gcds-checkboxes__divider").inner_text() == "or"


@pytest.mark.browser
def test_without_javascript_everything_is_shown_and_works(open_page) -> None:
    page = open_page(_html(js=False, lang="fr"), js=False)
    assert page.locator("#contact-conditional").is_visible()
    assert page.locator("#contact-2-conditional").is_visible()
    assert _state(page, "contact") == {"checked": False, "expanded": None, "controls": None}
    assert page.locator(".gcds-checkboxes__divider").inner_text() == "ou"
    tab_to(page, "el.id === 'contact'", from_start=False)
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "contact-email"
    tab_to(page, "el.id === 'contact-4'", from_start=False)
    page.keyboard.press("Space")
    # No script: the exclusive option is an ordinary checkbox; the server must check.
    assert _checked(page) == ["email", "none"]
    assert page.locator("#contact-conditional").is_visible()
