"""textarea: the character count, by keyboard, with and without JavaScript."""

from __future__ import annotations

import pytest

FIELD = "#job-description"
COUNT = ".gcds-textarea__count"
STATUS = ".gcds-textarea__status"
LIMIT = "#job-description-limit"


def _focus_field(page, field: str = FIELD) -> None:
    """Tab from the top of the page until the field has focus."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == field[1:]:
            return
    raise AssertionError("the field was not reached by Tab")


@pytest.mark.browser
def test_count_updates_as_you_type_and_is_announced_after_a_pause(open_example) -> None:
    page = open_example("textarea/character-count")
    page.wait_for_selector(COUNT)
    assert page.inner_text(COUNT) == "You have 200 characters remaining"
    assert page.get_attribute(COUNT, "aria-hidden") == "true"
    assert page.get_attribute(STATUS, "aria-live") == "polite"
    # The static limit stays in the description, hidden visually.
    assert LIMIT[1:] in page.get_attribute(FIELD, "aria-describedby").split()
    assert not page.is_visible(LIMIT) or page.evaluate(
        "s => document.querySelector(s).getBoundingClientRect().width <= 1", LIMIT
    )
    _focus_field(page)
    page.keyboard.type("Hello")
    assert page.inner_text(COUNT) == "You have 195 characters remaining"
    assert page.inner_text(STATUS) == ""  # not yet: the person is still typing
    page.wait_for_function(
        "s => document.querySelector(s).textContent === 'You have 195 characters remaining'",
        arg=STATUS,
        timeout=3000,
    )
    page.keyboard.type("x" * 196)
    assert page.inner_text(COUNT) == "You have 1 character too many"
    assert "gcds-textarea__count--over" in page.get_attribute(COUNT, "class")
    assert page.evaluate("s => getComputedStyle(document.querySelector(s)).fontWeight", COUNT) in (
        "700",
        "bold",
    )
    page.wait_for_function(
        "s => document.querySelector(s).textContent === 'You have 1 character too many'",
        arg=STATUS,
        timeout=3000,
    )
    page.keyboard.press("Backspace")
    assert page.inner_text(COUNT) == "You have 0 characters remaining"
    assert "gcds-textarea__count--over" not in page.get_attribute(COUNT, "class")
    assert len(page.input_value(FIELD)) == 200


@pytest.mark.browser
def test_count_in_french(open_example) -> None:
    """The French example (1000 characters): French words, number format and plurals
    (in French 0 and 1 take the singular)."""
    page = open_example("textarea/french", "fr")
    page.wait_for_selector(COUNT)
    assert page.inner_text(COUNT) == "Il vous reste 1\u202f000 caractères"
    _focus_field(page, "#description")
    page.fill("#description", "x" * 999)  # leaves the caret at the end
    assert page.inner_text(COUNT) == "Il vous reste 1 caractère"
    page.keyboard.type("x")
    assert page.inner_text(COUNT) == "Il vous reste 0 caractère"
    page.keyboard.type("xx")
    assert page.inner_text(COUNT) == "Vous avez 2 caractères de trop"
    page.keyboard.press("Backspace")
    assert page.inner_text(COUNT) == "Vous avez 1 caractère de trop"


@pytest.mark.browser
def test_without_javascript_the_limit_is_stated_and_nothing_is_cut(open_example) -> None:
    page = open_example("textarea/character-count", js=False)
    assert not page.evaluate("document.documentElement.classList.contains('gcds-js')")
    assert page.is_visible(LIMIT)
    assert page.inner_text(LIMIT) == "You can enter up to 200 characters"
    assert page.locator(COUNT).count() == 0
    assert page.get_attribute(FIELD, "maxlength") is None
    _focus_field(page)
    page.keyboard.type("y" * 205)
    assert len(page.input_value(FIELD)) == 205  # typed text is never cut off
