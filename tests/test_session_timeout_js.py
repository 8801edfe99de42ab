"""session_timeout in Chromium, with JavaScript and without, in English and French.

Most tests run against a real Flask service (tests/session_app.py) whose sessions expire on
the server, by a clock the test moves; the page's time is Playwright's page clock, moved by
the same amount. Nothing sleeps: ``_advance`` moves both clocks and fires the page's timers.
"""

from __future__ import annotations

import re

import pytest

from .browser import axe_violations
from .session_app import EXPIRED_MESSAGE, ServedApp, SessionService

DIALOG = ".gcds-session-timeout__dialog"
NOTICE = ".gcds-session-timeout__notice"
COUNTDOWN = ".gcds-session-timeout__countdown"
SPOKEN = ".gcds-session-timeout__spoken"
STATUS = ".gcds-session-timeout__status"
CONTINUE = ".gcds-session-timeout__continue"
END = ".gcds-session-timeout__end"

TEXT = {
    "en": {
        "countdown": "Your session will expire automatically in {}.",
        "notice": "For your security, your session will end {} after this page loaded."
        " Select “Continue session” to extend your session.",
        "five_minutes": "5 minutes",
        "title": "Session timeout warning",
        "continue": "Continue session",
        "end": "End session now",
        "retry": "We could not reach the server to extend your session. Check your"
        " connection, then select “Continue session” again.",
        "signed_out": "You have signed out",
        "expired_title": "Your session has ended",
    },
    "fr": {
        "countdown": "Votre session expirera automatiquement dans {}.",
        "notice": "Pour votre sécurité, votre session prendra fin {} après le chargement de"
        " cette page. Sélectionner «\u00a0Continuer la session\u00a0» pour prolonger votre"
        " session.",
        "five_minutes": "5 minutes",
        "title": "Avertissement d’expiration de la session",
        "continue": "Continuer la session",
        "end": "Mettre fin à la session",
        "retry": "Nous n’avons pas pu joindre le serveur pour prolonger votre session."
        " Vérifiez votre connexion, puis sélectionnez «\u00a0Continuer la session\u00a0» de"
        " nouveau.",
        "signed_out": "Vous avez fermé votre session",
        "expired_title": "Votre session a pris fin",
    },
}


# --- the service and the page's clock -------------------------------------------------------


@pytest.fixture
def served():
    app = ServedApp(SessionService())
    yield app
    app.close()


@pytest.fixture
def sign_in(browser, served):
    """Sign in to the service in a new page; with JavaScript, under Playwright's page clock,
    paused once gcds.js has started: from then on page time moves only with ``_advance``."""
    contexts = []

    def _sign_in(lang: str, *, js: bool = True):
        context = browser.new_context(
            viewport={"width": 1280, "height": 800}, java_script_enabled=js
        )
        contexts.append(context)
        if js:
            _paused_clock(context)
        page = context.new_page()
        page.goto(f"{served.url}/{lang}/sign-in")
        assert page.url == f"{served.url}/{lang}/account"
        if js:
            page.wait_for_function("document.documentElement.classList.contains('gcds-js')")
        return page

    yield _sign_in
    for context in contexts:
        context.close()


def _units(time: str) -> str:
    """ "2 min 30 sec" as the page writes it: a no-break space between number and unit."""
    return re.sub(r"(\d) (min|sec)", "\\1\u00a0\\2", time)


def _paused_clock(context) -> None:
    """Playwright's clock, stopped before the page loads: page time moves only with
    ``run_for`` (Python gives times in seconds)."""
    start = 1_800_000_000  # 2027-01-15
    context.clock.install(time=start)
    context.clock.pause_at(start + 60)


@pytest.fixture
def paused_example(browser, site):
    """An example page (the test site's) under a paused page clock."""
    contexts = []

    def _open(example_id: str, lang: str):
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        contexts.append(context)
        _paused_clock(context)
        page = context.new_page()
        path = site.path(example_id, lang).relative_to(site.root)
        page.goto(f"{site.server.url}/{path.as_posix()}")
        page.wait_for_function("document.documentElement.classList.contains('gcds-js')")
        return page

    yield _open
    for context in contexts:
        context.close()


def _advance(page, served, seconds: int) -> None:
    """Server time and page time move on together; the page's timers due by then fire."""
    served.service.clock.advance(seconds)
    page.clock.run_for(seconds * 1000)


def _open(page) -> bool:
    return page.evaluate(
        "s => { const d = document.querySelector(s); return d.open && d.matches(':modal'); }",
        DIALOG,
    )


def _where(page) -> str:
    return page.evaluate(
        """() => { const el = document.activeElement;
                   if (!el || el === document.body) return "none";
                   return (el.closest("dialog") ? "dialog:" : "page:") +
                     (el.className || el.tagName); }"""
    )


def _to_warning(page, served) -> None:
    """From sign-in (5 minutes) to the warning (3 minutes left)."""
    _advance(page, served, 119)
    assert not _open(page)
    _advance(page, served, 1)
    assert _open(page)


# --- the cycle: sign in, warning, continue, run out ------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_whole_cycle_against_the_server(sign_in, served, lang) -> None:
    text = TEXT[lang]

    def countdown(time: str) -> str:
        return text["countdown"].format(_units(time))

    service = served.service
    page = sign_in(lang)
    sid = service.only_sid()
    started = service.sessions[sid].expires_at - service.lifetime
    # The page has the server's time left; the notice has given way; nothing is open.
    entries = page.evaluate("history.length")
    root = page.locator(".gcds-session-timeout")
    assert root.get_attribute("data-expires-in") == "300"
    assert page.locator(NOTICE).is_hidden()
    assert not _open(page) and page.locator(DIALOG).is_hidden()

    # 3 minutes before the end the warning opens: named, described, focus on its title.
    _to_warning(page, served)
    dialog = page.locator(DIALOG)
    assert dialog.get_attribute("role") == "alertdialog"
    assert page.locator(f"#{dialog.get_attribute('aria-labelledby')}").inner_text() == text["title"]
    assert page.inner_text(COUNTDOWN) == countdown("3 min")
    assert page.text_content(SPOKEN) == countdown("3 min")
    assert _where(page) == "dialog:gcds-session-timeout__title"
    assert page.evaluate("getComputedStyle(document.documentElement).overflow") == "hidden"
    # The countdown ticks each second; what screen readers are told, only at 2 minutes.
    _advance(page, served, 1)
    assert page.inner_text(COUNTDOWN) == countdown("2 min 59 sec")
    assert page.text_content(SPOKEN) == countdown("3 min")
    _advance(page, served, 59)
    assert page.inner_text(COUNTDOWN) == countdown("2 min")
    assert page.text_content(SPOKEN) == countdown("2 min")

    # Continue: the server really extends the session, then (only then) the warning closes.
    assert service.seconds_left(sid) == 120
    page.click(CONTINUE)
    page.wait_for_function("s => !document.querySelector(s).open", arg=DIALOG)
    session = service.sessions[sid]
    assert session.expires_at == started + 180 + 300
    assert service.seconds_left(sid) == 300
    (posted,) = session.keep_alives
    assert posted["accept"] == "application/json"
    assert posted["csrf_token"] == session.csrf_token
    assert posted["next"] == f"/{lang}/account"
    assert page.evaluate("getComputedStyle(document.documentElement).overflow") != "hidden"

    # The timers start again from the server's new time: the warning at 3 minutes left.
    _advance(page, served, 119)
    assert not _open(page)
    _advance(page, served, 1)
    assert _open(page)
    assert page.inner_text(COUNTDOWN) == countdown("3 min")

    # Let it run out: the expired-session page, in place of the account page.
    with page.expect_navigation(url=f"{served.url}/{lang}/session-expired"):
        _advance(page, served, 180)
    assert service.state(sid) == "expired"
    assert page.inner_text("h1") == text["expired_title"]
    assert EXPIRED_MESSAGE[lang] in page.inner_text("main")
    # In place of the account page (location.replace): Back does not return to it.
    assert page.evaluate("history.length") == entries
    # And the account page, asked again, is not shown.
    page.goto(f"{served.url}/{lang}/account")
    assert page.url == f"{served.url}/{lang}/session-expired"


# --- keep-alive answers that are not an extension --------------------------------------------

REFUSALS = {
    # The session ended on the server (signed out in another tab): 401 {"expires_in": 0}.
    "ended": lambda service, sid: setattr(service.sessions[sid], "ended", "signed out"),
    # A framework's answer to a request it refuses: a 302 to its sign-in page (HTML).
    "login-redirect": lambda service, sid: setattr(service, "keep_alive_mode", "login-redirect"),
    # The same sign-in page, answered directly: 200, text/html.
    "login-page": lambda service, sid: setattr(service, "keep_alive_mode", "login-page"),
}


@pytest.mark.browser
@pytest.mark.parametrize("refusal", sorted(REFUSALS))
def test_a_refused_keep_alive_is_a_failure(sign_in, served, refusal) -> None:
    service = served.service
    page = sign_in("en")
    sid = service.only_sid()
    _to_warning(page, served)
    expires_at = service.sessions[sid].expires_at
    REFUSALS[refusal](service, sid)
    # What the warning says as it leaves. The page is gone when the test looks again, so
    # each change is written, as it happens, to sessionStorage, which the next page of the
    # same origin reads back. (An exposed function's call back to the test can be lost in
    # the navigation that follows at once: a flaky empty list.)
    page.evaluate(
        """s => { const status = document.querySelector(s);
                  sessionStorage.setItem("gcds-said", "[]");
                  new MutationObserver(() => {
                    const said = JSON.parse(sessionStorage.getItem("gcds-said"));
                    said.push([status.textContent, status.closest("dialog").open]);
                    sessionStorage.setItem("gcds-said", JSON.stringify(said));
                  }).observe(status, {childList: true, characterData: true, subtree: true}); }""",
        STATUS,
    )
    with page.expect_navigation(url=f"{served.url}/en/session-expired"):
        page.click(CONTINUE)
    assert service.keep_alive_requests == 1
    said = page.evaluate("JSON.parse(sessionStorage.getItem('gcds-said'))")
    # Never reported as extended: the expired message, in the warning, still open.
    assert said == [[EXPIRED_MESSAGE["en"], True]]
    assert service.sessions[sid].expires_at == expires_at
    assert service.login_visits == 0  # the redirect was not followed
    assert EXPIRED_MESSAGE["en"] in page.inner_text("main")
    assert service.state(sid) in ("expired", "signed out")


# Answers from a keep-alive that does not follow the contract (the page's own route).
NOT_EXTENSIONS = {
    "no time": {"status": 200, "content_type": "application/json", "body": "{}"},
    "time as text": {
        "status": 200,
        "content_type": "application/json",
        "body": '{"expires_in": "1200"}',
    },
    "no time left": {
        "status": 200,
        "content_type": "application/json",
        "body": '{"expires_in": 0}',
    },
    "not JSON": {"status": 200, "content_type": "application/json", "body": "OK"},
    "JSON sent as HTML": {
        "status": 200,
        "content_type": "text/html",
        "body": '{"expires_in": 1200}',
    },
}


@pytest.mark.browser
@pytest.mark.parametrize("answer", sorted(NOT_EXTENSIONS))
def test_an_answer_without_a_new_time_is_not_an_extension(sign_in, served, answer) -> None:
    page = sign_in("en")
    _to_warning(page, served)
    page.route("**/en/keep-alive", lambda route: route.fulfill(**NOT_EXTENSIONS[answer]))
    with page.expect_navigation(url=f"{served.url}/en/session-expired"):
        page.click(CONTINUE)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_answer_keeps_the_warning_open_to_try_again(sign_in, served, lang) -> None:
    """No network, or a 5xx: the session may still be open. The warning says so and stays
    open, its countdown running; a later try that the server answers extends it."""
    text = TEXT[lang]
    service = served.service
    page = sign_in(lang)
    sid = service.only_sid()
    _to_warning(page, served)
    page.route(f"**/{lang}/keep-alive", lambda route: route.abort("internetdisconnected"))
    page.click(CONTINUE)
    page.wait_for_function("s => document.querySelector(s).textContent", arg=STATUS)
    assert page.inner_text(STATUS) == text["retry"]
    assert page.get_attribute(STATUS, "role") == "status"
    assert _open(page)
    page.unroute(f"**/{lang}/keep-alive")
    service.keep_alive_mode = "server-error"
    page.evaluate("s => { document.querySelector(s).textContent = ''; }", STATUS)
    page.click(CONTINUE)
    page.wait_for_function("s => document.querySelector(s).textContent", arg=STATUS)
    assert service.keep_alive_requests == 1
    assert page.inner_text(STATUS) == text["retry"] and _open(page)
    _advance(page, served, 10)
    assert page.inner_text(COUNTDOWN) == text["countdown"].format(_units("2 min 50 sec"))
    service.keep_alive_mode = "ok"
    page.click(CONTINUE)
    page.wait_for_function("s => !document.querySelector(s).open", arg=DIALOG)
    assert service.seconds_left(sid) == 300
    assert page.text_content(STATUS) == ""


# --- Escape --------------------------------------------------------------------------------


@pytest.mark.browser
def test_escape_continues_the_session_and_never_just_closes(sign_in, served) -> None:
    """Escape does what "Continue session" does: the warning closes only once the server has
    extended the session. After a cancelled Escape or two, Chromium closes a dialog without
    asking (its close watcher's cancel event cannot be cancelled): it opens again at once."""
    service = served.service
    page = sign_in("en")
    sid = service.only_sid()
    _to_warning(page, served)
    page.evaluate(
        """s => { const d = document.querySelector(s); window.events = [];
                  d.addEventListener("close", () => events.push("close")); }""",
        DIALOG,
    )
    service.keep_alive_mode = "server-error"
    for presses in (1, 2, 3):
        page.keyboard.press("Escape")
        page.wait_for_function("s => document.querySelector(s).textContent", arg=STATUS)
        assert service.keep_alive_requests == presses
        assert page.inner_text(STATUS) == TEXT["en"]["retry"]
        assert _open(page), f"closed by Escape {presses}"
        assert _where(page) == "dialog:gcds-session-timeout__title"
        if presses == 1:
            assert page.evaluate("events") == []  # cancelled: not even closed for a moment
        page.evaluate("s => { document.querySelector(s).textContent = ''; }", STATUS)
    assert page.evaluate("events") == ["close"], (
        "Chromium no longer closes the dialog on a third Escape: this test no longer shows "
        "that the warning opens again"
    )
    assert service.seconds_left(sid) == 180
    service.keep_alive_mode = "ok"
    page.keyboard.press("Escape")
    page.wait_for_function("s => !document.querySelector(s).open", arg=DIALOG)
    assert service.seconds_left(sid) == 300


# --- End session now, and keyboard -----------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_keyboard_in_the_warning_and_end_session_now(sign_in, served, lang) -> None:
    text = TEXT[lang]
    service = served.service
    page = sign_in(lang)
    sid = service.only_sid()
    _to_warning(page, served)
    assert page.locator(CONTINUE).inner_text() == text["continue"]
    assert page.locator(END).inner_text() == text["end"]
    assert "gcds-button--primary" in page.get_attribute(CONTINUE, "class")
    # From the title, Tab goes to Continue, then End; round and round, never the page.
    seen = []
    for _ in range(5):
        page.keyboard.press("Tab")
        seen.append(_where(page))
    assert seen[0].startswith("dialog:gcds-button gcds-button--primary")
    assert seen[1].startswith("dialog:gcds-button gcds-button--secondary")
    assert not any(where.startswith("page:") for where in seen), seen
    page.evaluate("s => document.querySelector(s).focus()", END)
    with page.expect_navigation(url=f"{served.url}/{lang}/signed-out"):
        page.keyboard.press("Enter")
    assert service.state(sid) == "signed out"
    assert page.inner_text("h1") == text["signed_out"]
    assert service.keep_alive_requests == 0


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_open_warning_is_accessible(sign_in, served, lang) -> None:
    page = sign_in(lang)
    _to_warning(page, served)
    page.clock.resume()  # axe waits on its own timers
    assert axe_violations(page) == []
    # The page behind is inert: even a script cannot focus its content.
    page.evaluate("document.querySelector('.gcds-link, a[href]').focus()")
    assert _where(page).startswith("dialog:")


# --- what screen readers are told, and how the time is written -------------------------------


@pytest.mark.browser
def test_the_time_is_said_at_each_minute_and_at_30_and_10_seconds(paused_example) -> None:
    page = paused_example("session_timeout/default", "en")
    page.evaluate(
        """s => { window.said = [];
                  new MutationObserver(() => said.push(document.querySelector(s).textContent))
                    .observe(document.querySelector(s), {childList: true, characterData: true, subtree: true}); }""",
        SPOKEN,
    )
    page.clock.run_for((1200 - 181) * 1000)
    assert not _open(page)
    shown = {}
    for left in range(180, 0, -1):
        page.clock.run_for(1000)
        shown[left] = (
            page.inner_text(COUNTDOWN)
            .removeprefix("Your session will expire automatically in ")
            .replace("\u00a0", " ")
        )
    said = [
        text.removeprefix("Your session will expire automatically in ").replace("\u00a0", " ")
        for text in page.evaluate("said")
    ]
    # Once as it opens (before it shows: its description), then only at these times.
    assert said == ["3 min.", "2 min.", "1 min.", "30 sec.", "10 sec."]
    assert shown[180] == "3 min." and shown[179] == "2 min 59 sec."
    assert shown[121] == "2 min 1 sec." and shown[120] == "2 min."
    assert shown[61] == "1 min 1 sec." and shown[60] == "1 min." and shown[59] == "59 sec."
    assert shown[1] == "1 sec."
    assert not any("0 min" in text or " 0 sec" in text for text in shown.values())
    with page.expect_navigation(url="**/en/session-expired"):
        page.clock.run_for(1000)


# --- without JavaScript ----------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_without_javascript_the_notice_and_a_real_form(sign_in, served, lang) -> None:
    text = TEXT[lang]
    service = served.service
    page = sign_in(lang, js=False)
    sid = service.only_sid()
    started = service.sessions[sid].expires_at - service.lifetime
    # On the page from the start: the time in minutes, then the two buttons; no warning.
    notice = page.locator(NOTICE)
    assert notice.is_visible()
    assert notice.locator("p").inner_text() == text["notice"].format(text["five_minutes"])
    assert page.locator(DIALOG).is_hidden()
    assert notice.evaluate("el => !el.closest('[role=alert], [aria-live]')")
    page.evaluate("document.activeElement && document.activeElement.blur()")
    order = []
    for _ in range(40):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.textContent.trim()"))
        if order[-1] == text["end"]:
            break
    assert order[-2:] == [text["continue"], text["end"]]

    # Continue posts the form: the server extends the session, the page comes back.
    _advance_server_only(served, 200)
    with page.expect_navigation(url=f"{served.url}/{lang}/account"):
        page.click(f"{NOTICE} {CONTINUE}")
    assert service.seconds_left(sid) == 300
    assert service.sessions[sid].expires_at == started + 200 + 300
    (posted,) = service.sessions[sid].keep_alives
    assert "application/json" not in posted["accept"]
    assert page.locator(NOTICE).locator("p").inner_text() == text["notice"].format(
        text["five_minutes"]
    )

    # End session now posts the same form to the sign-out URL.
    with page.expect_navigation(url=f"{served.url}/{lang}/signed-out"):
        page.click(f"{NOTICE} {END}")
    assert service.state(sid) == "signed out"


def _advance_server_only(served, seconds: int) -> None:
    served.service.clock.advance(seconds)


@pytest.mark.browser
@pytest.mark.parametrize(
    "lang, example, minutes",
    [
        ("en", "session_timeout/warning", "2 minutes"),
        ("fr", "session_timeout/french-warning", "moins d’une minute"),
    ],
)
def test_without_javascript_near_the_end(open_example, lang, example, minutes) -> None:
    """A page served near the end says so in whole minutes, rounded down: never more time
    than the server gave; the warning stays closed."""
    page = open_example(example, lang, js=False)
    assert page.locator(NOTICE).locator("p").inner_text() == TEXT[lang]["notice"].format(minutes)
    assert page.locator(DIALOG).is_hidden()
    assert page.locator(f"{NOTICE} form").get_attribute("method") == "post"


# --- how it looks: the notice (no JavaScript) and the open warning ----------------------------
# The spec examples' own screenshots (tests/test_visual.py) are taken with gcds.js, where the
# notice has given way and the warning is in the top layer, outside <main>: these show both.

LOOKS = [
    # (baseline name, example, lang, JavaScript, width, state)
    ("look-nojs-notice", "session_timeout/default", "en", False, 1024, None),
    ("look-nojs-notice-fr-320", "session_timeout/french-warning", "fr", False, 320, None),
    ("look-warning", "session_timeout/warning", "en", True, 1024, None),
    ("look-warning-fr-320", "session_timeout/french-warning", "fr", True, 320, None),
    ("look-warning-retry", "session_timeout/warning", "en", True, 1024, "retry"),
    ("look-warning-forced-colors", "session_timeout/warning", "en", True, 1024, "forced"),
]


@pytest.mark.browser
@pytest.mark.parametrize(
    "name, example, lang, js, width, state", LOOKS, ids=[look[0] for look in LOOKS]
)
def test_looks_as_before(browser, site, name, example, lang, js, width, state) -> None:
    from . import test_visual as visual

    context = browser.new_context(
        viewport={"width": width, "height": 640},
        java_script_enabled=js,
        reduced_motion="reduce",
        forced_colors="active" if state == "forced" else "none",
    )
    try:
        if js:
            _paused_clock(context)  # the countdown stays at its first second
        page = context.new_page()
        path = site.path(example, lang, js=js).relative_to(site.root)
        page.goto(f"{site.server.url}/{path.as_posix()}")
        if js:
            assert _open(page)
        if state == "retry":
            page.route("**/keep-alive", lambda route: route.abort("internetdisconnected"))
            page.click(CONTINUE)
            page.wait_for_function("s => document.querySelector(s).textContent", arg=STATUS)
        page.evaluate("document.fonts.ready")
        shot = page.screenshot if js else page.locator("main").screenshot
        png = shot(animations="disabled", caret="hide")
    finally:
        context.close()
    visual.check_baseline(png, f"session_timeout/{name}")
