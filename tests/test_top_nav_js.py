"""top_nav: dropdown groups and the small-screen Menu button by keyboard, with and without JavaScript."""

from __future__ import annotations

import pytest

from .keyboard import tab_to

NAV = ".gcds-top-nav"
TOGGLE = ".gcds-top-nav__toggle"
LIST = ".gcds-top-nav__list"
GROUPS = "details.gcds-nav-group__details"


def _focused_text(page) -> str:
    return page.evaluate("document.activeElement.textContent.trim()")


def _open_groups(page) -> list[bool]:
    return page.evaluate(f"[...document.querySelectorAll('{GROUPS}')].map(d => d.open)")


@pytest.mark.browser
@pytest.mark.parametrize(
    "lang, group, first, second",
    [
        ("en", "Benefits", "Employment Insurance", "Canada Child Benefit"),
        ("fr", "Prestations", "Assurance-emploi", "Allocation canadienne pour enfants"),
    ],
)
def test_group_by_keyboard_with_javascript(open_example, lang, group, first, second) -> None:
    page = open_example("top_nav/default" if lang == "en" else "top_nav/french", lang)
    assert not page.is_visible(TOGGLE)  # wide screen: no Menu button, the list is shown
    assert page.is_visible(LIST)
    tab_to(page, f"el.tagName === 'SUMMARY' && el.textContent.trim() === {group!r}")
    page.keyboard.press("Enter")
    assert _open_groups(page) == [True, False]
    page.keyboard.press("ArrowDown")
    assert _focused_text(page) == first
    page.keyboard.press("ArrowDown")
    assert _focused_text(page) == second
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Escape")
    assert _open_groups(page) == [False, False]
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    assert _focused_text(page) == group
    # ArrowDown on a closed group's label opens it at its first link.
    page.keyboard.press("ArrowDown")
    assert _open_groups(page)[0] and _focused_text(page) == first


@pytest.mark.browser
def test_only_one_group_open_and_focus_leaving_closes(open_example) -> None:
    page = open_example("top_nav/default")
    tab_to(page, "el.tagName === 'SUMMARY' && el.textContent.trim() === 'Benefits'")
    page.keyboard.press("Enter")
    assert _open_groups(page) == [True, False]
    tab_to(page, "el.tagName === 'SUMMARY' && el.textContent.trim() === 'Taxes'")
    page.keyboard.press("Space")
    # <details> fires "toggle" as a task: wait for the script to close the other group.
    page.wait_for_function(
        f"() => [...document.querySelectorAll('{GROUPS}')].map(d => d.open).join() === 'false,true'",
        timeout=2000,
    )
    for _ in range(3):  # past the two links of the group, out of it
        page.keyboard.press("Tab")
    assert _focused_text(page) == "Contact us"
    assert _open_groups(page) == [False, False]


@pytest.mark.browser
@pytest.mark.parametrize(
    "lang, example, word", [("en", "top_nav/default", "Menu"), ("fr", "top_nav/french", "Menu")]
)
def test_menu_button_on_small_screens(open_example, lang, example, word) -> None:
    page = open_example(example, lang, width=320)
    assert page.is_visible(TOGGLE)
    assert not page.is_visible(LIST)
    toggle = page.locator(TOGGLE)
    assert toggle.inner_text().strip() == word
    assert toggle.get_attribute("aria-expanded") == "false"
    assert toggle.get_attribute("aria-controls") == page.get_attribute(LIST, "id")
    tab_to(page, "el.classList.contains('gcds-top-nav__toggle')")
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.is_visible(LIST)
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('.gcds-top-nav__list')")
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not page.is_visible(LIST)
    assert page.evaluate("document.activeElement.classList.contains('gcds-top-nav__toggle')")
    # Wider again: the button goes and the list is back.
    page.set_viewport_size({"width": 1280, "height": 800})
    page.wait_for_function(f"document.querySelector('{TOGGLE}').hidden")
    assert page.is_visible(LIST)


@pytest.mark.browser
@pytest.mark.parametrize("width", [320, 1280])
def test_without_javascript_the_list_and_groups_work(open_example, width) -> None:
    page = open_example("top_nav/default", js=False, width=width)
    assert not page.evaluate("document.documentElement.classList.contains('gcds-js')")
    assert not page.is_visible(TOGGLE)
    assert page.is_visible(LIST)
    tab_to(page, "el.tagName === 'SUMMARY' && el.textContent.trim() === 'Benefits'")
    page.keyboard.press("Enter")
    assert _open_groups(page) == [True, False]
    page.keyboard.press("Tab")
    assert _focused_text(page) == "Employment Insurance"
    tab_to(page, "el.tagName === 'SUMMARY' && el.textContent.trim() === 'Benefits'")
    page.keyboard.press("Space")
    assert _open_groups(page) == [False, False]
