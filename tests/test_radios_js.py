"""radios: conditional reveal by keyboard (Tab into the group, arrow keys to choose), with and without JS."""

from __future__ import annotations

import pytest
from markupsafe import Markup

import gcds
from gcds.examples import page as page_html

CSS, JS = "/static/gcds/css/gcds.css", "/static/gcds/js/gcds.js"


def _html(js: bool, lang: str = "en", value: str | None = None) -> str:
    group = gcds.render(
        "radios",
        lang=lang,
        name="contact",
        legend="How should we contact you?",
        value=value,
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
            {"divider": True},
            {"value": "none", "text": "Do not contact me"},
        ],
    )
    after = '<p><a href="#main-content">After the group</a></p>'
    return page_html(
        Markup(group) + Markup(after),
        lang=lang,
        title="Radios",
        heading="Radios",
        css_href=CSS,
        js_href=JS if js else None,
    )


def _active(page) -> str:
    return page.evaluate("document.activeElement.id || document.activeElement.tagName")


def _tab_into_group(page) -> None:
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "contact":
            return
    raise AssertionError("Tab never reached the radios")


def _expanded(page) -> list:
    """What is revealed, per radio: the visibility of the content it controls (None: no content).

    No aria-expanded on radios (ARIA does not allow it there); aria-controls names the content.
    """
    return page.evaluate(
        """[...document.querySelectorAll('input[name=contact]')].map(el => {
             if (el.hasAttribute('aria-expanded')) return 'aria-expanded is not allowed on a radio';
             const id = el.getAttribute('aria-controls');
             const target = id && document.getElementById(id);
             return target ? String(target.checkVisibility()) : null; })"""
    )


def _checked(page) -> list[str]:
    return page.evaluate(
        "[...document.querySelectorAll('input[name=contact]:checked')].map(el => el.value)"
    )


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_conditional_reveal_follows_the_arrow_keys(open_page, lang) -> None:
    page = open_page(_html(js=True, lang=lang))
    first, second = page.locator("#contact-conditional"), page.locator("#contact-2-conditional")
    assert first.is_hidden() and second.is_hidden()
    assert _expanded(page) == ["false", "false", None]
    assert page.get_attribute("#contact", "aria-controls") == "contact-conditional"
    _tab_into_group(page)
    assert _active(page) == "contact"
    page.keyboard.press("Space")
    assert _checked(page) == ["email"]
    assert first.is_visible() and second.is_hidden()
    assert _expanded(page) == ["true", "false", None]
    # The revealed field is the next Tab stop, then back to the group.
    page.keyboard.press("Tab")
    assert _active(page) == "contact-email"
    page.keyboard.press("Shift+Tab")
    assert _active(page) == "contact"
    page.keyboard.press("ArrowDown")
    assert _active(page) == "contact-2"
    assert _checked(page) == ["phone"]
    assert first.is_hidden() and second.is_visible()
    assert _expanded(page) == ["false", "true", None]
    page.keyboard.press("ArrowDown")
    assert _checked(page) == ["none"]
    assert first.is_hidden() and second.is_hidden()
    assert _expanded(page) == ["false", "false", None]
    page.keyboard.press("ArrowUp")
    assert _checked(page) == ["phone"] and second.is_visible()
    divider = {"en": "or", "fr": "ou"}[lang]
    assert page.locator(".gcds-radios__divider").inner_text() == divider


@pytest.mark.browser
def test_chosen_option_shows_its_content_on_load(open_page) -> None:
    page = open_page(_html(js=True, value="phone"))
    assert page.locator("#contact-conditional").is_hidden()
    assert page.locator("#contact-2-conditional").is_visible()
    assert _expanded(page) == ["false", "true", None]
    # Tab enters the group on the chosen radio, then goes into its revealed content.
    _tab_into_group(page)
    assert _active(page) == "contact-2"
    page.keyboard.press("Tab")
    assert _active(page) == "A"  # the phone content is text: next stop is after the group


@pytest.mark.browser
def test_without_javascript_everything_is_shown_and_works(open_page) -> None:
    page = open_page(_html(js=False), js=False)
    assert page.locator("#contact-conditional").is_visible()
    assert page.locator("#contact-2-conditional").is_visible()
    assert (
        page.evaluate("document.querySelectorAll('[aria-controls], [aria-expanded]').length") == 0
    )
    _tab_into_group(page)
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert _checked(page) == ["none"]
    assert page.locator("#contact-conditional").is_visible()
    page.keyboard.press("Shift+Tab")
    # Back out of the group: the email field (in the first option's content) is before it.
    assert _active(page) == "contact-email"
