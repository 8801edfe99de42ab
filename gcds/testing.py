"""gcds's pytest plugin: the ``gcds_check`` fixture runs ``gcds check`` on a page in a test.

Registered with a ``pytest11`` entry point, so it is there once gcds is installed with its
``check`` extra::

    def test_apply_page(client, gcds_check):
        gcds_check(client.get("/en/apply/"))          # a Flask or Django response
        gcds_check('<!DOCTYPE html><html lang="en">…')  # HTML
        gcds_check("http://127.0.0.1:8000/en/apply/")  # a running server

A response or HTML is served from a local port with gcds's own static files under any
path ending in ``/gcds/`` (``/static/gcds/css/gcds.min.css`` is the package's file), so the
page looks as it would in the app. Hashed names from Django's manifest storage are not
known there: check such a page at the URL of a running server instead.

One Chromium for the test session (the ``gcds_browser`` fixture), started by the first
test that asks. A suite that already drives Playwright (pytest-playwright's ``browser``)
cannot start a second sync Playwright in the same process: override ``gcds_browser`` to
return its browser::

    @pytest.fixture(scope="session")
    def gcds_browser(browser):
        return browser
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from .check.page import CHECKS, PageResult
from .specs import STATIC_DIR

_TYPES = {
    ".css": "text/css",
    ".js": "text/javascript",
    ".svg": "image/svg+xml",
    ".woff2": "font/woff2",
    ".png": "image/png",
    ".ico": "image/x-icon",
}


#: Where apps serve gcds's files: Flask's Gcds(app), else Django's STATIC_URL + "gcds/".
_STATIC_MARKERS = ("/_gcds/static/", "/gcds/")
_VERSION = re.compile(r"[0-9a-f]{12}")


def _static_file(path: str) -> Any:
    """The package's file a ``…/gcds/css/gcds.min.css``-style path names, or None."""
    root = STATIC_DIR.resolve()
    for marker in _STATIC_MARKERS:
        if marker in path:
            rest = path.split(marker, 1)[1]
            head, _, tail = rest.partition("/")
            if _VERSION.fullmatch(head) and not (root / head).exists():
                rest = tail  # Flask's versioned folder (gcds.flask.static_version)
            file = (root / rest).resolve()
            return file if file.is_relative_to(root) and file.is_file() else None
    return None


class _PageServer:
    """Serves HTML documents by path, and gcds's static files under any ``…/gcds/`` path."""

    def __init__(self) -> None:
        self.pages: dict[str, bytes] = {}
        pages = self.pages

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                if path in pages:
                    self._send(200, "text/html; charset=utf-8", pages[path])
                    return
                file = _static_file(path)
                if file is not None:
                    kind = _TYPES.get(file.suffix, "application/octet-stream")
                    self._send(200, kind, file.read_bytes())
                else:
                    self._send(404, "text/plain", b"not found")

            def _send(self, status: int, kind: str, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def add(self, html: bytes) -> str:
        path = f"/gcds-check/{len(self.pages)}.html"
        self.pages[path] = html
        return self.url + path

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _html_of(page: Any) -> bytes | None:
    """The HTML of a response (Flask's ``get_data()``, Django's ``content``), or of a str;
    None for a URL."""
    if isinstance(page, str):
        return None if page.startswith(("http://", "https://")) else page.encode("utf-8")
    if isinstance(page, bytes):
        return page
    if hasattr(page, "get_data"):  # Flask / Werkzeug test response
        return page.get_data()
    if hasattr(page, "content") and isinstance(page.content, bytes):  # Django response
        return page.content
    raise TypeError(
        f"gcds_check takes HTML (str or bytes), a URL, or a Flask or Django response, "
        f"not {type(page).__name__}"
    )


def failure_message(result: PageResult) -> str:
    """What a failing check says: each problem with its check, and axe's rule, element and
    WCAG criterion."""
    lines = [f"gcds check found {len(result.findings)} problem(s) on {result.target}:"]
    for finding in result.findings:
        where = f" (at {finding.width} px)" if finding.width else ""
        lines.append(f"  {finding.check}: {finding.message}{where}")
    return "\n".join(lines)


class _Lazy:
    """The session's Chromium, started when first used."""

    def __init__(self) -> None:
        self.playwright: Any = None
        self.browser: Any = None

    def get(self) -> Any:
        if self.browser is None:
            from playwright.sync_api import sync_playwright

            from .check.chromium import launch

            self.playwright = sync_playwright().start()
            self.browser = launch(self.playwright)
        return self.browser

    def close(self) -> None:
        if self.browser is not None:
            self.browser.close()
            self.playwright.stop()


@pytest.fixture(scope="session")
def gcds_browser() -> Iterator[Any]:
    """The Chromium ``gcds_check`` uses: one per session, started by the first check.
    Override it to share a browser the suite already has."""
    lazy = _Lazy()
    yield lazy
    lazy.close()


@pytest.fixture(scope="session")
def _gcds_page_server() -> Iterator[_PageServer]:
    server = _PageServer()
    yield server
    server.close()


@pytest.fixture
def gcds_check(gcds_browser: Any, _gcds_page_server: _PageServer) -> Callable[..., PageResult]:
    """``gcds_check(page, *, only=(), skip=(), lang=None, width=1280)``: run gcds check's
    checks on ``page`` (HTML, a URL, or a Flask or Django response) and fail the test,
    listing every problem, if there are any; returns the result."""
    from .check.page import check_page
    from .check.validator import validator_path

    def check(
        page: Any,
        *,
        only: tuple[str, ...] = (),
        skip: tuple[str, ...] = (),
        lang: str | None = None,
        width: int = 1280,
    ) -> PageResult:
        unknown = sorted((set(only) | set(skip)) - set(CHECKS))
        if unknown:
            raise ValueError(f"gcds_check: no check {unknown}; the checks are {list(CHECKS)}")
        checks = tuple(c for c in CHECKS if (not only or c in only) and c not in skip)
        browser = gcds_browser.get() if isinstance(gcds_browser, _Lazy) else gcds_browser
        html = _html_of(page)
        url = page if html is None else _gcds_page_server.add(html)
        validator = validator_path() if "html-validate" in checks else None
        result = check_page(
            browser, url, checks=checks, width=width, validator=validator, lang=lang
        )
        if result.error is not None:
            pytest.fail(f"gcds check could not check the page: {result.error}", pytrace=False)
        if result.findings:
            pytest.fail(failure_message(result), pytrace=False)
        return result

    return check
