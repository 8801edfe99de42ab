"""topic_menu: the Canada.ca Menu by keyboard, with and without JavaScript."""

from __future__ import annotations

import pytest

from .keyboard import tab_to
from .test_top_nav_js import _focused_text

MENU = "details.gcds-topic-menu__menu"
THEMES = "details.gcds-topic-menu__theme-details"


def _state(page) -> dict:
    return page.evaluate(
        f"""() => ({{
            menu: document.querySelector('{MENU}').open,
            themes: [...document.querySelectorAll('{THEMES}')].map(d => d.open),
            focus: document.activeElement.textContent.trim(),
            tag: document.activeElement.tagName,
        }})"""
    )


@pytest.mark.browser
@pytest.mark.parametrize(
    "lang, example, first, home",
    [
        ("en", "topic_menu/default", "Jobs", "Jobs: home"),
        ("fr", "topic_menu/french", "Emplois", "Emplois\u00a0: accueil"),
    ],
)
def test_menu_by_keyboard_with_javascript(open_example, lang, example, first, home) -> None:
    page = open_example(example, lang)
    tab_to(page, "el.classList.contains('gcds-topic-menu__button')")
    assert _state(page)["focus"] == "Menu"
    page.keyboard.press("ArrowDown")  # opens the menu at its first theme
    state = _state(page)
    assert state["menu"] and state["focus"] == first and state["tag"] == "SUMMARY"
    page.keyboard.press("Enter")  # opens the theme
    page.keyboard.press("ArrowDown")
    assert _state(page)["focus"] == home
    page.keyboard.press("ArrowUp")
    assert _state(page)["focus"] == first
    page.keyboard.press("ArrowUp")
    assert _state(page)["focus"] == "Menu"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Escape")  # closes the theme, focus back on its button
    state = _state(page)
    assert state["menu"] and not any(state["themes"]) and state["focus"] == first
    page.keyboard.press("Escape")  # closes the menu
    state = _state(page)
    assert not state["menu"] and state["focus"] == "Menu"


@pytest.mark.browser
def test_one_theme_open_at_a_time(open_example) -> None:
    page = open_example("topic_menu/open")
    tab_to(page, "el.textContent.trim() === 'Jobs'")
    page.keyboard.press("Enter")
    tab_to(page, "el.textContent.trim() === 'Benefits'", limit=30)
    page.keyboard.press("Enter")
    # <details> fires "toggle" as a task after Enter: give the script its turn to close the rest.
    page.wait_for_function(
        f"() => [...document.querySelectorAll('{THEMES}')].map(d => d.open).join() === 'false,false,true'",
        timeout=2000,
    )
    assert _state(page)["themes"] == [False, False, True]


@pytest.mark.browser
def test_without_javascript_the_menu_opens_and_links_work(open_example) -> None:
    page = open_example("topic_menu/default", js=False)
    assert not page.evaluate("document.documentElement.classList.contains('gcds-js')")
    assert not page.is_visible(".gcds-topic-menu__themes")
    tab_to(page, "el.classList.contains('gcds-topic-menu__button')")
    page.keyboard.press("Enter")
    assert page.is_visible(".gcds-topic-menu__themes")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert _focused_text(page) == "Jobs: home"
    assert (
        page.evaluate("document.activeElement.getAttribute('href')")
        == "https://www.canada.ca/en/services/jobs.html"
    )
