"""accordion: the "Show all sections" button and the sections by keyboard, with and without JavaScript."""

from __future__ import annotations

import pytest
from markupsafe import Markup

import gcds
from gcds.examples import page as example_page

from .keyboard import tab_to

TOGGLE = ".gcds-accordion__toggle"
SECTIONS = "details.gcds-accordion__section"

EN = ("en", "accordion/default", "Show all sections", "Hide all sections")
FR = ("fr", "accordion/french", "Afficher toutes les sections", "Masquer toutes les sections")


def _open_sections(page) -> list[bool]:
    return page.evaluate(f"[...document.querySelectorAll('{SECTIONS}')].map(d => d.open)")


def _toggle_state(page) -> tuple[str, str | None]:
    toggle = page.locator(TOGGLE)
    return toggle.inner_text().strip(), toggle.get_attribute("aria-expanded")


def _wait_for_toggle(page, text: str) -> None:
    """<details> fires "toggle" as a task: wait for the script to update the button."""
    page.wait_for_function(
        f"t => document.querySelector('{TOGGLE}').textContent.trim() === t", arg=text, timeout=2000
    )


def _record_toggles(page) -> None:
    """From now on, record each section's "toggle" events as [index, newState]. <details>
    fires "toggle" as a task, after the change; accordion.js updates the button in its
    capturing listener on the accordion, in the same dispatch and before the listeners on
    the section itself (the target): once an event is recorded here, the script has
    handled it."""
    page.evaluate(
        f"""() => {{
            window.gcdsToggles = [];
            document.querySelectorAll('{SECTIONS}').forEach((section, i) =>
                section.addEventListener('toggle', e => window.gcdsToggles.push([i, e.newState])));
        }}"""
    )


def _wait_for_toggles(page, state: str, indexes: list[int]) -> None:
    """Wait until each section in ``indexes`` has dispatched a "toggle" to ``state``
    ("open" or "closed") since _record_toggles, and forget the events seen so far."""
    page.wait_for_function(
        """([state, indexes]) => indexes.every(i =>
            window.gcdsToggles.some(([j, s]) => j === i && s === state))""",
        arg=[state, indexes],
        timeout=2000,
    )
    page.evaluate("window.gcdsToggles = []")


def _summary_is(index: int) -> str:
    return f"[...document.querySelectorAll('{SECTIONS} > summary')].indexOf(el) === {index}"


def _focused_summary(page) -> int:
    return page.evaluate(
        f"[...document.querySelectorAll('{SECTIONS} > summary')].indexOf(document.activeElement)"
    )


@pytest.mark.browser
@pytest.mark.parametrize("lang, example, show, hide", [EN, FR])
def test_show_all_and_hide_all_by_keyboard(open_example, lang, example, show, hide) -> None:
    page = open_example(example, lang)
    assert page.is_visible(TOGGLE)
    assert _toggle_state(page) == (show, "false")
    assert _open_sections(page) == [False] * 4
    # Above the sections: the first Tab stop of the example.
    tab_to(page, "el.classList.contains('gcds-accordion__toggle')", limit=1)
    _record_toggles(page)
    page.keyboard.press("Enter")
    assert _open_sections(page) == [True] * 4
    assert _toggle_state(page) == (hide, "true")
    assert page.evaluate("document.activeElement.classList.contains('gcds-accordion__toggle')")
    # The sections' own toggle events come later: once handled, the button still says Hide all.
    _wait_for_toggles(page, "open", [0, 1, 2, 3])
    assert _toggle_state(page) == (hide, "true")
    page.keyboard.press("Space")
    assert _open_sections(page) == [False] * 4
    assert _toggle_state(page) == (show, "false")
    # And once the four "closed" toggle events are handled, it must still say Show all.
    _wait_for_toggles(page, "closed", [0, 1, 2, 3])
    assert _toggle_state(page) == (show, "false")


@pytest.mark.browser
@pytest.mark.parametrize("lang, example, show, hide", [EN, FR])
def test_opening_every_section_switches_the_button(open_example, lang, example, show, hide) -> None:
    page = open_example(example, lang)
    _record_toggles(page)
    for index in range(4):
        tab_to(page, _summary_is(index))
        page.keyboard.press("Enter")
        # The section's toggle event, once accordion.js has handled it.
        _wait_for_toggles(page, "open", [index])
        assert _open_sections(page) == [i <= index for i in range(4)]
        expected = (hide, "true") if index == 3 else (show, "false")
        assert _toggle_state(page) == expected, f"after opening section {index + 1}"
    # Closing one section by keyboard brings Show all back; the button then opens it again.
    tab_to(page, _summary_is(2))
    page.keyboard.press("Space")
    _wait_for_toggle(page, show)
    assert _toggle_state(page) == (show, "false")
    assert _open_sections(page) == [True, True, False, True]
    tab_to(page, "el.classList.contains('gcds-accordion__toggle')")
    page.keyboard.press("Enter")
    assert _open_sections(page) == [True] * 4
    assert _toggle_state(page) == (hide, "true")


@pytest.mark.browser
def test_all_open_on_load_says_hide_all(open_example) -> None:
    page = open_example("accordion/all-open")
    assert _open_sections(page) == [True, True]
    assert _toggle_state(page) == ("Hide all sections", "true")


@pytest.mark.browser
@pytest.mark.parametrize(
    "lang, example, show, hide",
    [
        ("en", "accordion/custom-strings", "Show all answers", "Hide all answers"),
        (
            "fr",
            "accordion/french-heading-h3",
            "Afficher toutes les réponses",
            "Masquer toutes les réponses",
        ),
    ],
)
def test_button_text_comes_from_the_strings(open_example, lang, example, show, hide) -> None:
    page = open_example(example, lang)
    assert _toggle_state(page) == (show, "false")
    page.locator(TOGGLE).click()
    assert _toggle_state(page) == (hide, "true")


@pytest.mark.browser
@pytest.mark.parametrize("lang, example", [("en", "accordion/default"), ("fr", "accordion/french")])
def test_without_javascript_no_button_and_sections_work(open_example, lang, example) -> None:
    page = open_example(example, lang, js=False)
    assert not page.evaluate("document.documentElement.classList.contains('gcds-js')")
    assert not page.is_visible(TOGGLE)
    # Tab from the top of the page: the first stop is the first summary, and the button is
    # never focused.
    stops = []
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(6):
        page.keyboard.press("Tab")
        stops.append(
            page.evaluate("document.activeElement.tagName + '.' + document.activeElement.className")
        )
    assert stops[0] == "SUMMARY.gcds-accordion__summary"
    assert not any("gcds-accordion__toggle" in stop for stop in stops)
    tab_to(page, _summary_is(0))
    page.keyboard.press("Enter")
    assert _open_sections(page) == [True, False, False, False]
    tab_to(page, _summary_is(2))
    page.keyboard.press("Space")
    assert _open_sections(page) == [True, False, True, False]
    page.keyboard.press("Space")
    assert _open_sections(page) == [True, False, False, False]
    page.keyboard.press("Enter")
    assert _open_sections(page) == [True, False, True, False]


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False])
def test_links_in_closed_sections_are_skipped_by_tab(open_page, js) -> None:
    body = gcds.render(
        "accordion",
        lang="en",
        sections=[
            {
                "heading": "Fees",
                "content": Markup('<p><a href="/en/fees.html">Passport fees</a></p>'),
            },
            {"heading": "Processing times", "content": "10 business days."},
        ],
    )
    html = example_page(
        body,
        lang="en",
        title="Accordion links",
        heading="Accordion links",
        css_href="/static/gcds/css/gcds.css",
        js_href="/static/gcds/js/gcds.js",
    )
    page = open_page(html, js=js)
    tab_to(page, _summary_is(0))
    page.keyboard.press("Tab")
    assert _focused_summary(page) == 1, "the link in the closed section took focus"
    tab_to(page, _summary_is(0))
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Passport fees"


@pytest.mark.browser
def test_a_link_to_a_section_opens_it(open_example) -> None:
    page = open_example("accordion/heading-h3")
    assert _open_sections(page) == [False, False, False]
    page.evaluate("location.hash = 'gis'")
    page.wait_for_function(f"document.querySelectorAll('{SECTIONS}')[1].open", timeout=2000)
    assert _open_sections(page) == [False, True, False]
    # On load: the fragment in the URL opens its section.
    page.evaluate("location.hash = 'cpp'")
    page.reload(wait_until="load")
    page.wait_for_function("document.documentElement.classList.contains('gcds-js')")
    page.wait_for_function(f"document.querySelectorAll('{SECTIONS}')[2].open", timeout=2000)
    assert _open_sections(page) == [False, False, True]
