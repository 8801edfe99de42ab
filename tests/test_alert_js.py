"""alert: the close button exists only with JavaScript; closing it by keyboard removes the
alert and moves focus to what follows (else the page's h1), in English and French."""

from __future__ import annotations

import pytest
from markupsafe import Markup

import gcds
from gcds.examples import page as page_html

from .keyboard import tab_to

CSS, JS = "/static/gcds/css/gcds.css", "/static/gcds/js/gcds.js"
CLOSE = ".gcds-alert__close"
LABELS = {"en": "Close this alert", "fr": "Fermer cette alerte"}


def _html(lang: str, *, js: bool, after: str) -> str:
    alert = gcds.render(
        "alert",
        lang=lang,
        id="news",
        type="info",
        title="New way to sign in" if lang == "en" else "Nouvelle façon de se connecter",
        text="You can now sign in with your bank."
        if lang == "en"
        else "Vous pouvez maintenant vous connecter avec votre banque.",
        dismissible=True,
    )
    before = Markup('<p>Before the alert: <a id="before-link" href="/en/help.html">Help</a></p>')
    return page_html(
        before + alert + Markup(after),
        lang=lang,
        title="Alert",
        heading="Alert",
        css_href=CSS,
        js_href=JS if js else None,
    )


AFTER_TEXT = (
    '<p id="after">What follows the alert.</p>'
    '<p><a id="next-link" href="/en/next.html">Next page</a></p>'
)


def _focus_stops(page, limit: int = 10) -> list[str]:
    """The elements Tab goes through from the top of the page, as tag#id or tag.class."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    stops: list[str] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(
            "(() => { const el = document.activeElement;"
            " return el === document.body ? null"
            " : el.tagName.toLowerCase() + (el.id ? '#' + el.id : '.' + el.className); })()"
        )
        if stop is None or stop in stops:
            break
        stops.append(stop)
    return stops


def _listen_for_dismiss(page) -> None:
    page.evaluate(
        "window.dismissed = [];"
        "document.addEventListener('gcds:dismiss', (e) => window.dismissed.push(e.target.id))"
    )


@pytest.mark.browser
@pytest.mark.parametrize("key", ["Enter", "Space"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_close_by_keyboard_focuses_what_follows(open_page, lang, key) -> None:
    page = open_page(_html(lang, js=True, after=AFTER_TEXT))
    button = page.get_by_role("button", name=LABELS[lang], exact=True)
    assert button.count() == 1 and button.is_visible()
    box = button.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    _listen_for_dismiss(page)
    tab_to(page, f"el.matches('{CLOSE}')")
    page.keyboard.press(key)
    assert page.locator(".gcds-alert").count() == 0
    assert page.evaluate("window.dismissed") == ["news"]
    # Focus is on the paragraph that took the alert's place, made focusable for now.
    assert page.evaluate("document.activeElement.id") == "after"
    assert page.get_attribute("#after", "tabindex") == "-1"
    # Tab goes on from there, and the paragraph leaves no trace in the Tab order.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "next-link"
    assert page.get_attribute("#after", "tabindex") is None


@pytest.mark.browser
def test_space_does_not_press_the_button_that_gets_focus(open_page) -> None:
    after = '<button id="after-button" class="gcds-button" type="button">Continue</button>'
    page = open_page(_html("en", js=True, after=after))
    page.evaluate(
        "window.presses = 0;"
        "document.getElementById('after-button').addEventListener('click', () => window.presses++)"
    )
    tab_to(page, f"el.matches('{CLOSE}')")
    page.keyboard.press("Space")
    assert page.locator(".gcds-alert").count() == 0
    assert page.evaluate("document.activeElement.id") == "after-button"
    assert page.get_attribute("#after-button", "tabindex") is None  # focusable already
    assert page.evaluate("window.presses") == 0


@pytest.mark.browser
@pytest.mark.parametrize(
    "lang, example, heading",
    [
        ("en", "alert/dismissible", "Example: dismissible"),
        ("fr", "alert/french", "Exemple\u00a0: french"),
        ("en", "alert/site-dismissible", "Example: site-dismissible"),
    ],
)
def test_with_nothing_after_focus_goes_to_the_h1(open_example, lang, example, heading) -> None:
    page = open_example(example, lang)
    assert page.get_by_role("button", name=LABELS[lang], exact=True).is_visible()
    tab_to(page, f"el.matches('{CLOSE}')")
    page.keyboard.press("Enter")
    assert page.locator(".gcds-alert").count() == 0
    assert page.evaluate("document.activeElement.tagName") == "H1"
    assert page.evaluate("document.activeElement.textContent") == heading


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_without_javascript_there_is_no_close_button(open_page, lang) -> None:
    page = open_page(_html(lang, js=False, after=AFTER_TEXT), js=False)
    assert not page.evaluate("document.documentElement.classList.contains('gcds-js')")
    assert page.locator(".gcds-alert").is_visible()
    assert page.locator(CLOSE).count() == 1  # in the HTML, for gcds.js to show ...
    assert not page.locator(CLOSE).is_visible()  # ... but not shown,
    assert page.get_by_role("button", name=LABELS[lang]).count() == 0  # not in the a11y tree,
    assert _focus_stops(page) == ["a#before-link", "a#next-link"]  # and not a Tab stop.


@pytest.mark.browser
@pytest.mark.parametrize("example", ["alert/dismissible", "alert/french-site"])
def test_examples_without_javascript_have_no_tab_stop(open_example, example) -> None:
    page = open_example(example, "fr" if "french" in example else "en", js=False)
    assert page.locator(".gcds-alert").is_visible()
    assert not page.locator(CLOSE).is_visible()
    assert _focus_stops(page) == []


@pytest.mark.browser
def test_with_javascript_the_close_button_is_a_tab_stop(open_page) -> None:
    page = open_page(_html("en", js=True, after=AFTER_TEXT))
    assert _focus_stops(page) == ["a#before-link", "button.gcds-alert__close", "a#next-link"]


@pytest.mark.parametrize(
    "kind, announce, tag, role",
    [
        ("info", False, "section", None),
        ("danger", False, "section", None),
        ("info", True, "div", "status"),
        ("success", True, "div", "status"),
        ("warning", True, "div", "alert"),
        ("danger", True, "div", "alert"),
    ],
)
def test_role_follows_type_and_announce(kind, announce, tag, role) -> None:
    html = str(gcds.render("alert", type=kind, title="Title", text="Text", announce=announce))
    assert html.startswith(f"<{tag} ")
    assert (f'role="{role}"' in html) == (role is not None)
    assert ('role="' in html) == announce
    # A region landmark is named by its type word and title; a live region needs no name.
    assert ("aria-label=" in html) == (not announce)
