"""exit_this_page with gcds.js: the link, or Shift pressed 3 times within 5 seconds, covers
the page and replaces it with the neutral one (Back does not return to it); the count is
said after each press, and starts again after 5 seconds or another key; shown again from
the back-forward cache, the page is uncovered. In English and French."""

from __future__ import annotations

import pytest

from .keyboard import tab_to
from .test_exit_this_page import EXAMPLE, NEUTRAL, neutral_site

STATUS = ".gcds-exit-this-page__status"
OVERLAY = ".gcds-exit-this-page__overlay"
WORDS = {
    "en": {
        "two": "Press Shift 2 more times to exit.",
        "one": "Press Shift once more to exit.",
        "timed_out": "Exit timed out. Press Shift 3 times to exit this page.",
        "activated": "Loading.",
    },
    "fr": {
        "two": "Appuyez encore 2 fois sur Maj pour quitter.",
        "one": "Appuyez encore une fois sur Maj pour quitter.",
        "timed_out": "Délai écoulé. Appuyez 3 fois sur Maj pour quitter cette page.",
        "activated": "Chargement en cours.",
    },
}


def _after_a_first_page(page, site) -> str:
    """Reload the exit page after another page, so Back has somewhere to go: returns the
    first page's URL."""
    exit_url = page.url
    first = site.server.url + "/static/gcds/css/gcds.css"
    page.goto(first)
    page.goto(exit_url)
    page.wait_for_function("document.documentElement.classList.contains('gcds-js')")
    return first


def _status(page) -> str:
    return page.inner_text(STATUS)


def _dots(page) -> int:
    """How many of the button's dots are filled, or -1 when they are not shown."""
    return page.evaluate(
        """() => document.querySelector(".gcds-exit-this-page__indicator").hidden ? -1
           : document.querySelectorAll(".gcds-exit-this-page__dot--on").length"""
    )


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_three_shifts_replace_the_page(open_example, site, lang: str) -> None:
    page = open_example(EXAMPLE[lang], lang)
    first = _after_a_first_page(page, site)
    neutral_site(page, lang)
    length = page.evaluate("history.length")
    assert _dots(page) == -1 and _status(page) == ""
    page.keyboard.press("Shift")
    assert _status(page) == WORDS[lang]["two"] and _dots(page) == 1
    page.keyboard.press("Shift")
    assert _status(page) == WORDS[lang]["one"] and _dots(page) == 2
    page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL[lang])
    # Replaced, not added: no new history entry, and Back skips the page.
    assert page.evaluate("history.length") == length
    page.go_back()
    assert page.url == first


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_link_by_keyboard_replaces_the_page(open_example, site, lang: str) -> None:
    page = open_example(EXAMPLE[lang], lang)
    first = _after_a_first_page(page, site)
    neutral_site(page, lang)
    length = page.evaluate("history.length")
    tab_to(page, "el.classList.contains('gcds-exit-this-page__button')")
    page.keyboard.press("Enter")
    page.wait_for_url(NEUTRAL[lang])
    assert page.evaluate("history.length") == length
    page.go_back()
    assert page.url == first


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_page_is_covered_at_once_and_uncovered_from_the_cache(open_example, lang: str) -> None:
    page = open_example(EXAMPLE[lang], lang)
    # The neutral page answers "204 No Content": the browser stays on this page, as it is
    # while the neutral page loads.
    page.route(NEUTRAL[lang] + "**", lambda route: route.fulfill(status=204))
    box = page.locator(".gcds-exit-this-page__button").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    overlay = page.locator(OVERLAY)
    assert overlay.get_attribute("role") == "alert"
    assert overlay.inner_text() == WORDS[lang]["activated"]
    assert overlay.is_visible()
    # Everything else is hidden, from sight and from screen readers.
    assert not page.locator("main").is_visible()
    assert page.evaluate("getComputedStyle(document.querySelector('main')).visibility") == (
        "hidden"
    )
    assert page.evaluate("document.elementFromPoint(640, 400).className") == OVERLAY[1:]
    # Shown again from the back-forward cache: uncovered, the count at zero.
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    assert page.locator(OVERLAY).count() == 0
    assert page.locator("main").is_visible()
    assert _dots(page) == -1 and _status(page) == ""
    # A fresh page load (not from the cache) changes nothing.
    page.keyboard.press("Shift")
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: false}))")
    assert _dots(page) == 1


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_count_starts_again_after_5_seconds(open_example, lang: str) -> None:
    page = open_example(EXAMPLE[lang], lang, clock=True)
    url = page.url
    # Time stands still but for run_for: how long the test takes does not count.
    page.clock.pause_at(page.evaluate("Date.now()") + 1000)
    # Two presses are kept until 5 seconds after the first ...
    page.keyboard.press("Shift")
    page.clock.run_for(2000)
    page.keyboard.press("Shift")
    page.clock.run_for(2900)
    assert _dots(page) == 2
    # ... but at 5 seconds the count is gone, and the status says so.
    page.clock.run_for(100)
    assert _dots(page) == -1
    assert _status(page) == WORDS[lang]["timed_out"]
    page.keyboard.press("Shift")
    assert _dots(page) == 1 and _status(page) == WORDS[lang]["two"]
    assert page.url == url and page.locator(OVERLAY).count() == 0


@pytest.mark.browser
def test_shift_for_a_capital_or_another_key_does_not_count(open_example) -> None:
    page = open_example("exit_this_page/default")
    url = page.url
    # Shift held to type capitals is typing, not the shortcut.
    for _ in range(3):
        page.keyboard.press("Shift+A")
    assert _dots(page) == -1 and _status(page) == ""
    # Another key between the presses starts the count again.
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("Tab")
    assert _dots(page) == -1
    page.keyboard.press("Shift")
    assert _dots(page) == 1
    assert page.url == url and page.locator(OVERLAY).count() == 0
