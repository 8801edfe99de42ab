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


# --- Focus on load: a success alert, by default -----------------------------------------

FOCUSED = "document.activeElement && document.activeElement.matches('.gcds-alert')"


def _wait_for_focus_on_the_alert(page, *, js: bool) -> None:
    """autofocus is applied at the browser's next rendering update, not at load: wait for
    the alert to have focus. With JavaScript off the page runs no callbacks for
    wait_for_function, so this polls from here instead (up to 2 s)."""
    if js:
        page.wait_for_function(FOCUSED, timeout=2000)
        return
    for _ in range(40):
        if page.evaluate(FOCUSED):
            return
        page.wait_for_timeout(50)
    raise AssertionError("the alert did not get focus on load")


def _after_two_frames(page) -> None:
    """Past the rendering update where autofocus would have been applied."""
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def _focused_ax_node(page) -> tuple[str | None, str | None]:
    """(role, name) of the focused node, as Chromium gives it to screen readers: what a
    screen reader says when focus moves there."""
    client = page.context.new_cdp_session(page)
    nodes = client.send("Accessibility.getFullAXTree")["nodes"]
    client.detach()
    for node in nodes:
        props = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
        # The document is "focused" too, whatever has focus in it.
        if props.get("focused") and node["role"]["value"] != "RootWebArea":
            return node["role"]["value"], (node.get("name") or {}).get("value")
    return None, None


SUCCESS = {
    "en": {
        "example": "alert/success",
        "name": "Success: Your direct deposit information was updated",
        "text_only": "alert/success-text-only",
        "text_only_name": "Success: Your changes were saved.",
        "no_focus": "alert/success-no-focus",
    },
    "fr": {
        "example": "alert/french-success",
        "name": "Succès\u00a0: Vos renseignements de dépôt direct ont été mis à jour",
        "text_only": "alert/french-success-text-only",
        "text_only_name": "Succès\u00a0: Vos modifications ont été enregistrées.",
        "no_focus": "alert/french-success-no-focus",
    },
}


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_success_alert_takes_focus_on_load(open_example, lang, js) -> None:
    case = SUCCESS[lang]
    page = open_example(case["example"], lang, js=js)
    assert page.evaluate("document.documentElement.classList.contains('gcds-js')") == js
    _wait_for_focus_on_the_alert(page, js=js)
    # What a screen reader says: the region, named by its type word and title.
    assert _focused_ax_node(page) == ("region", case["name"])
    alert = page.locator(".gcds-alert")
    assert alert.get_attribute("role") is None  # not a live region: focus makes it read
    assert alert.get_attribute("tabindex") == "-1"
    # The GC focus outline shows where focus is.
    outline = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
    )
    assert outline[0] == "solid" and outline[1] >= 3
    # Tab goes on from the alert, which is not a Tab stop itself.
    page.keyboard.press("Tab")
    assert not page.evaluate(FOCUSED)
    if js:  # gcds.js drops the tabindex once focus has left: a click does not focus it again
        assert alert.get_attribute("tabindex") is None
        alert.click()
        assert not page.evaluate(FOCUSED)


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_success_alert_without_title_is_named_by_its_text(open_example, lang, js) -> None:
    case = SUCCESS[lang]
    page = open_example(case["text_only"], lang, js=js)
    _wait_for_focus_on_the_alert(page, js=js)
    assert _focused_ax_node(page) == ("region", case["text_only_name"])


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_focus_on_load_can_be_turned_off(open_example, lang, js) -> None:
    page = open_example(SUCCESS[lang]["no_focus"], lang, js=js)
    alert = page.locator(".gcds-alert")
    assert alert.get_attribute("autofocus") is None and alert.get_attribute("tabindex") is None
    if js:
        _after_two_frames(page)
    assert page.evaluate("document.activeElement === document.body")


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False])
def test_other_types_do_not_take_focus_unless_asked(open_page, js) -> None:
    info = gcds.render("alert", type="info", title="Maintenance", text="Saturday, 8 pm to 11 pm.")
    danger = gcds.render(
        "alert",
        id="payment",
        type="danger",
        title="We could not process your payment",
        text="Your card was declined.",
        focus_on_load=True,
    )
    for body, focused in ((info, False), (info + danger, True)):
        html = page_html(
            Markup(body),
            lang="en",
            title="Alert",
            heading="Alert",
            css_href=CSS,
            js_href=JS if js else None,
        )
        page = open_page(html, js=js)
        if focused:
            _wait_for_focus_on_the_alert(page, js=js)
            assert page.evaluate("document.activeElement.id") == "payment"
        else:
            assert page.locator("[autofocus], [tabindex]").count() == 0
            assert page.evaluate("document.activeElement === document.body")


@pytest.mark.browser
def test_the_first_alert_that_asks_gets_focus(open_page) -> None:
    first = gcds.render("alert", id="first", type="success", text="Your address was saved.")
    second = gcds.render("alert", id="second", type="success", text="Your email was saved.")
    page = open_page(
        page_html(
            first + second, lang="en", title="Alert", heading="Alert", css_href=CSS, js_href=JS
        )
    )
    _wait_for_focus_on_the_alert(page, js=True)
    _after_two_frames(page)
    assert page.evaluate("document.activeElement.id") == "first"


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_success_alert_added_later_gets_focus_with_init_all(open_page, lang) -> None:
    """An htmx or fetch response that replaces the form (and the button that had focus)
    with a success alert: initAll moves focus to it, so focus is not lost (the browser
    applies autofocus once per page, and the error summary had it)."""
    en = lang == "en"
    alert = gcds.render(
        "alert",
        lang=lang,
        id="saved",
        type="success",
        title="Your address was saved" if en else "Votre adresse a été enregistrée",
        text="We will send mail to your new address."
        if en
        else "Nous vous écrirons à votre nouvelle adresse.",
    )
    # The page came back with an error, whose summary took focus on load (so the browser
    # applies no later autofocus); the person fixes it and saves again.
    summary = gcds.render(
        "error_summary",
        lang=lang,
        errors=[("postal", "Enter your postal code" if en else "Entrez votre code postal")],
    )
    form = (
        Markup('<div id="swap">')
        + summary
        + Markup(
            f'<p><label for="postal">{"Postal code" if en else "Code postal"}</label> <input id="postal" name="postal"></p>'
            '<button id="save" class="gcds-button" type="button">Save</button></div>'
        )
    )
    page = open_page(
        page_html(form, lang=lang, title="Alert", heading="Alert", css_href=CSS, js_href=JS)
    )
    # What htmx does when the button is pressed: the response replaces the form.
    page.evaluate(
        """html => document.getElementById("save").addEventListener("click", async () => {
            const swap = document.getElementById("swap");
            swap.innerHTML = html;  // the button that had focus is gone
            const gcds = await import("/static/gcds/js/gcds.js");
            gcds.initAll(swap);
            window.swapped = true;
        })""",
        str(alert),
    )
    page.wait_for_function("document.activeElement.matches('.gcds-error-summary')")
    tab_to(page, "el.id === 'save'", from_start=False)
    page.keyboard.press("Enter")
    page.wait_for_function("window.swapped === true", timeout=2000)
    # The browser does not apply autofocus once the person has acted: gcds.js moves focus.
    page.wait_for_function("document.activeElement.id === 'saved'", timeout=2000)
    name = (
        "Success: Your address was saved" if en else "Succès\u00a0: Votre adresse a été enregistrée"
    )
    assert _focused_ax_node(page) == ("region", name)


@pytest.mark.parametrize(
    "kind, announce, given, focused",
    [
        ("success", False, None, True),
        ("success", True, None, False),
        ("success", False, False, False),
        ("info", False, None, False),
        ("warning", False, None, False),
        ("danger", False, None, False),
        ("danger", False, True, True),
        ("info", True, False, False),
    ],
)
def test_focus_on_load_default_by_type(kind, announce, given, focused) -> None:
    html = str(
        gcds.render(
            "alert", type=kind, title="Title", text="Text", announce=announce, focus_on_load=given
        )
    )
    assert ('tabindex="-1" autofocus' in html) == focused
    assert ("autofocus" in html) == focused
    assert ('data-gcds-module="alert"' in html) == focused


def test_focus_on_load_is_refused_with_announce() -> None:
    with pytest.raises(gcds.ParamError, match="announce") as info:
        gcds.render("alert", type="success", text="Saved.", announce=True, focus_on_load=True)
    assert "'focus_on_load'" in str(info.value)
