"""The example Django site end to end in Chromium, by keyboard only, with JS on and off.

One journey per language and per JavaScript setting, on a real server (Django's threaded
WSGI server in a thread, static files from the staticfiles finders): the start page, the
details page sent with mistakes (the error summary takes focus, what was typed is kept,
its links reach the controls), the conditional answers revealed as the radios change, the
file chosen from the keyboard, check your answers and a change link, the confirmation;
axe finds nothing on any of them. The French journey with JavaScript saves screenshots at
1024 px in test-results/django-site/.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .browser import axe_violations, run_js
from .django_site_setup import django_site
from .keyboard import tab_to
from .specdata import ROOT
from .test_django_site import DETAILS, TEXT, URLS

pytestmark = pytest.mark.browser

SHOTS = ROOT / "test-results" / "django-site"
#: The date boxes in the order each language shows them (gcds date_input).
BOX_ORDER = {"en": ("month", "day", "year"), "fr": ("day", "month", "year")}
VIEWPORT = {"width": 1024, "height": 900}
#: In the page axe checks for a browser without JavaScript: no gcds.js ran, gcds's CSS did.
CHECKER_STATE = """({
  js: document.documentElement.classList.contains("gcds-js"),
  css: getComputedStyle(document.documentElement).getPropertyValue("--gcds-font-family-body")
    .trim() !== "",
})"""


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    """The site on a real HTTP server on 127.0.0.1, in a thread."""
    with django_site():
        from django.contrib.staticfiles.handlers import StaticFilesHandler
        from django.core.handlers.wsgi import WSGIHandler
        from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler

        class Quiet(WSGIRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = ThreadedWSGIServer(("127.0.0.1", 0), Quiet, allow_reuse_address=False)
        server.set_app(StaticFilesHandler(WSGIHandler()))
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_port}"
        finally:
            server.shutdown()
            server.server_close()


def press(page: Any, key: str = "Enter") -> None:
    """Press ``key`` and wait for the page it loads."""
    with page.expect_navigation():
        page.keyboard.press(key)


class Axe:
    """axe on the page as it is now. axe needs JavaScript (its timers do not run in a page
    with JavaScript disabled), so with it off the page's DOM is checked in a second page
    that has JavaScript but never loads gcds.js: what a browser without JavaScript shows."""

    def __init__(self, browser: Any, origin: str, js: bool) -> None:
        self.checker = None
        if not js:
            self.context = browser.new_context(viewport=VIEWPORT)
            self.context.route(re.compile(r"\.js(\?|$)"), lambda route: route.abort())
            self.checker = self.context.new_page()
            self.checker.goto(origin + "/static/gcds/css/gcds.min.css")  # its URLs resolve

    def __call__(self, page: Any, state: str) -> None:
        target = page
        if self.checker is not None:
            self.checker.set_content(page.content(), wait_until="load")
            shown = run_js(self.checker, CHECKER_STATE)
            assert shown == {"js": False, "css": True}, f"{state}: {shown}"
            target = self.checker
        assert axe_violations(target) == [], state

    def close(self) -> None:
        if self.checker is not None:
            self.context.close()


def focused(page: Any) -> dict[str, Any]:
    return page.evaluate(
        "() => { const el = document.activeElement;"
        " return {id: el.id, cls: el.className, value: el.value ?? null}; }"
    )


def visible(page: Any, element_id: str) -> bool:
    return page.evaluate(
        "id => { const el = document.getElementById(id);"
        " return !!el && el.getClientRects().length > 0; }",
        element_id,
    )


def value(page: Any, element_id: str) -> str:
    return page.evaluate("id => document.getElementById(id).value", element_id)


def retype(page: Any, element_id: str, text: str) -> None:
    """Tab to the control (from where focus is) and replace what it holds with ``text``."""
    tab_to(page, f"el.id === {element_id!r}", from_start=False, limit=40)
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def submit(page: Any) -> None:
    tab_to(page, "el.type === 'submit' && el.closest('main')", from_start=False, limit=40)
    press(page)


def shoot(page: Any, lang: str, js: bool, name: str) -> None:
    if lang == "fr" and js:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"fr-{name}.png"), full_page=True)


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_journey_by_keyboard(
    browser: Any, origin: str, tmp_path: Path, lang: str, js: bool
) -> None:
    urls, text = URLS[lang], TEXT[lang]
    card = tmp_path / "card.pdf"
    card.write_bytes(b"%PDF-1.4 fisher card" * 50)
    context = browser.new_context(java_script_enabled=js, viewport=VIEWPORT)
    page = context.new_page()
    # Listening from the start turns on Playwright's file-chooser interception long before
    # the upload: expect_file_chooser alone turns it on without waiting (a fire-and-forget
    # message), and the key press that opens the chooser could get to the browser first.
    page.on("filechooser", lambda chooser: None)
    clean = Axe(browser, origin, js)
    try:
        # The start page.
        page.goto(origin + urls["start"])
        assert page.evaluate("document.documentElement.lang") == lang
        clean(page, "start")
        tab_to(page, "el.classList.contains('gcds-button--start')", limit=40)
        press(page)
        assert page.url == origin + urls["details"]
        clean(page, "details")
        shoot(page, lang, js, "question")

        # The details, with mistakes: a date that does not exist, an email that is not one.
        retype(page, "id_full_name", DETAILS["full_name"])
        wrong_date = {"day": "31", "month": "2", "year": "1990"}
        for part in BOX_ORDER[lang]:
            retype(page, f"id_date_of_birth-{part}", wrong_date[part])
        tab_to(page, "el.id === 'id_contact'", from_start=False)
        page.keyboard.press("Space")  # Email
        # Without JavaScript every option's answer shows; with it, the chosen one's only.
        assert visible(page, "id_email")
        assert visible(page, "id_phone") is not js
        clean(page, "email revealed")
        retype(page, "id_email", "jo at example")
        submit(page)

        # The error state: "Error:" first in the title, the summary has focus, nothing lost.
        assert page.title().startswith(text["error_title"])
        assert "gcds-error-summary" in focused(page)["cls"]
        assert value(page, "id_full_name") == DETAILS["full_name"]
        for part in BOX_ORDER[lang]:
            assert value(page, f"id_date_of_birth-{part}") == wrong_date[part]
        assert value(page, "id_email") == "jo at example"
        assert page.evaluate("document.getElementById('id_contact').checked")
        clean(page, "errors")
        shoot(page, lang, js, "errors")
        # The summary's first link reaches the day box (the part in error).
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.getAttribute('href')") == (
            "#id_date_of_birth-day"
        )
        page.keyboard.press("Enter")
        if js:  # gcds.js moves focus to the control; without it the page scrolls there
            assert focused(page)["id"] == "id_date_of_birth-day"
        right = {"day": "5", "month": "1", "year": "1978"}
        for part in BOX_ORDER[lang]:
            retype(page, f"id_date_of_birth-{part}", right[part])
        retype(page, "id_email", "jo@example.com")
        submit(page)

        # The document: the file chosen from the keyboard.
        assert page.url == origin + urls["document"]
        clean(page, "document")
        tab_to(page, "el.id === 'id_document'", limit=40)
        with page.expect_file_chooser() as chooser:
            page.keyboard.press("Space")
        chooser.value.set_files(str(card))
        submit(page)

        # Check your answers, then change how we contact you: phone now.
        assert page.url == origin + urls["check"]
        main = page.inner_text("main")
        for shown in (DETAILS["full_name"], text["born"], "jo@example.com", "card.pdf"):
            assert shown in main
        clean(page, "check")
        shoot(page, lang, js, "check")
        tab_to(page, "el.getAttribute('href')?.endsWith('#id_contact')", limit=60)
        press(page)
        assert page.url == origin + urls["details"] + "#id_contact"
        assert value(page, "id_email") == "jo@example.com"
        tab_to(page, "el.id === 'id_contact'", limit=40)
        page.keyboard.press("ArrowDown")  # Phone
        assert page.evaluate("document.getElementById('id_contact-2').checked")
        assert visible(page, "id_phone")
        assert visible(page, "id_email") is not js
        clean(page, "phone revealed")
        retype(page, "id_phone", DETAILS["phone"])
        submit(page)
        assert page.url == origin + urls["check"]
        main = page.inner_text("main")
        assert DETAILS["phone"] in main and "jo@example.com" not in main

        # Send: the confirmation panel with a reference number.
        submit(page)
        assert page.url == origin + urls["confirmation"]
        assert page.inner_text(".gcds-panel__title") == text["sent"]
        assert page.inner_text(".gcds-panel__reference-number").startswith("FL-")
        clean(page, "confirmation")
    finally:
        clean.close()
        context.close()
