"""password_input: the Show/Hide button by keyboard with JavaScript; a plain field without it."""

from __future__ import annotations

import pytest

from .keyboard import tab_to

FIELD = "#password"
TOGGLE = ".gcds-password-input__toggle"
STATUS = ".gcds-password-input__status"


def _state(page, field: str = FIELD) -> dict:
    return page.evaluate(
        """([f, b, s]) => ({
            type: document.querySelector(f).type,
            name: document.querySelector(b).textContent,
            visible: document.querySelector(b).querySelector('.gcds-password-input__toggle-text').textContent,
            status: document.querySelector(s).textContent,
        })""",
        [field, TOGGLE, STATUS],
    )


@pytest.mark.browser
@pytest.mark.parametrize(
    "lang, example, field, words",
    [
        (
            "en",
            "password_input/default",
            FIELD,
            ("Show", "Hide", "Your password is visible", "Your password is hidden", "password"),
        ),
        (
            "fr",
            "password_input/french",
            "#mot-de-passe",
            (
                "Afficher",
                "Masquer",
                "Votre mot de passe est visible",
                "Votre mot de passe est masqué",
                "le mot de passe",
            ),
        ),
    ],
)
def test_toggle_by_keyboard(open_example, lang, example, field, words) -> None:
    show, hide, shown, hidden, context = words
    page = open_example(example, lang)
    assert page.is_visible(TOGGLE)
    assert page.get_attribute(TOGGLE, "aria-controls") == field[1:]
    tab_to(page, f"el.id === '{field[1:]}'")
    page.keyboard.type("correct horse")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('gcds-password-input__toggle')")
    state = _state(page, field)
    assert state["type"] == "password" and state["visible"] == show
    assert state["name"] == f"{show} {context}"
    page.keyboard.press("Enter")
    state = _state(page, field)
    assert (state["type"], state["visible"], state["status"]) == ("text", hide, shown)
    assert state["name"] == f"{hide} {context}"
    page.keyboard.press("Space")
    state = _state(page, field)
    assert (state["type"], state["visible"], state["status"]) == ("password", show, hidden)
    assert page.evaluate("document.activeElement.classList.contains('gcds-password-input__toggle')")
    assert page.input_value(field) == "correct horse"


@pytest.mark.browser
def test_submitting_hides_the_password_again(open_example) -> None:
    page = open_example("password_input/default")
    page.evaluate(
        """f => {
            const form = document.createElement('form');
            form.action = '#';
            const wrapper = document.querySelector(f).closest('.gcds-password-input');
            wrapper.before(form);
            form.append(wrapper);
            form.addEventListener('submit', (e) => { window.submittedType = document.querySelector(f).type; e.preventDefault(); });
        }""",
        FIELD,
    )
    tab_to(page, "el.classList.contains('gcds-password-input__toggle')")
    page.keyboard.press("Enter")
    assert page.evaluate(f"document.querySelector('{FIELD}').type") == "text"
    page.evaluate("document.querySelector('form').requestSubmit()")
    assert page.evaluate(f"document.querySelector('{FIELD}').type") == "password"


@pytest.mark.browser
def test_without_javascript_no_toggle_and_the_field_works(open_example) -> None:
    page = open_example("password_input/default", js=False)
    assert not page.evaluate("document.documentElement.classList.contains('gcds-js')")
    assert not page.is_visible(TOGGLE)
    tab_to(page, f"el.id === '{FIELD[1:]}'")
    page.keyboard.type("s3cret pass")
    assert page.input_value(FIELD) == "s3cret pass"
    assert page.get_attribute(FIELD, "type") == "password"
    page.keyboard.press("Tab")
    assert not page.evaluate("!!document.activeElement.closest('.gcds-password-input')")
