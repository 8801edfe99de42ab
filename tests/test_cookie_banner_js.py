"""cookie_banner with gcds.js: "Hide this message" hides the confirmation in place (nothing
is posted, no cookie is written) and moves focus to what comes next: the next link in the
page, the skip link of a full page, or the h1 when nothing follows. By keyboard, in English
and French."""

from __future__ import annotations

import pytest

from .keyboard import tab_to
from .test_cookie_banner import capture_posts, full_page

HIDE = ".gcds-cookie-banner__hide"
CASES = [
    ("en", "cookie_banner/accepted", "Enter", "June 20"),
    ("fr", "cookie_banner/french-accepted", "Space", "20\u00a0juin"),
]


def _active(page) -> dict:
    return page.evaluate(
        """() => { const el = document.activeElement;
           return {tag: el.tagName.toLowerCase(), text: el.textContent.trim(),
                   tabindex: el.getAttribute("tabindex"),
                   visible: el.getClientRects().length > 0,
                   outlined: getComputedStyle(el).outlineStyle !== "none"}; }"""
    )


@pytest.mark.browser
@pytest.mark.parametrize("lang, example, key, next_link", CASES)
def test_hide_by_keyboard_hides_in_place(open_example, lang, example, key, next_link) -> None:
    page = open_example(example, lang)
    posts = capture_posts(page, lang)
    banner = page.locator(".gcds-cookie-banner")
    tab_to(page, "el.classList.contains('gcds-cookie-banner__hide')")
    page.keyboard.press(key)
    assert not banner.is_visible() and banner.get_attribute("hidden") == ""
    assert posts == [] and page.url.endswith(".html")
    # Focus is on the next thing in the page, shown with its focus style.
    active = _active(page)
    assert active["tag"] == "a" and active["text"] == next_link and active["outlined"]
    assert page.evaluate("document.cookie") == ""


@pytest.mark.browser
def test_with_nothing_after_it_focus_goes_to_the_h1(open_example) -> None:
    page = open_example("cookie_banner/french-rejected", "fr")
    tab_to(page, "el.classList.contains('gcds-cookie-banner__hide')")
    page.keyboard.press("Enter")
    assert _active(page)["tag"] == "h1" and _active(page)["tabindex"] == "-1"
    # The h1 is focusable for that one focus only.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('h1').hasAttribute('tabindex')") is False


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_in_a_full_page_focus_goes_to_the_skip_link(open_page, lang: str) -> None:
    page = open_page(full_page(lang, state="rejected"))
    tab_to(page, "el.classList.contains('gcds-cookie-banner__hide')")
    page.keyboard.press("Enter")
    active = _active(page)
    skip = {"en": "Skip to main content", "fr": "Passer au contenu principal"}[lang]
    assert active["text"] == skip and active["visible"]
    # Which still goes to the main content.
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
