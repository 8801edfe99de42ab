"""Fixtures for the browser layers (imported by conftest.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from .browser import (
    CHECKS_SCRIPT,
    LAUNCH_ARGS,
    SiteServer,
    build_site,
    chromium_path,
    run_js,
    settle,
)
from .pages import write_page_examples, write_pages
from .specdata import EXAMPLES, PAGE_EXAMPLES

_LANG = {example.id: example.lang for example in [*EXAMPLES, *PAGE_EXAMPLES]}


class Site:
    """The example pages (with and without gcds.js) served over HTTP."""

    def __init__(self, root: Path) -> None:
        build_site(root)
        css, js = "/static/gcds/css/gcds.css", "/static/gcds/js/gcds.min.js"
        self.js_pages = write_pages(root / "pages" / "js", css_href=css, js_href=js)
        self.nojs_pages = write_pages(root / "pages" / "nojs", css_href=css, js_href=None)
        # The page templates' examples: whole pages, which load gcds.min.js themselves.
        for pages, js_on in ((self.js_pages, True), (self.nojs_pages, False)):
            folder = root / "pages" / ("js" if js_on else "nojs")
            pages.update(write_page_examples(folder, static_href="/static/gcds", js=js_on))
        self.root = root
        self.server = SiteServer(root)

    def path(self, example_id: str, lang: str | None = None, *, js: bool = True) -> Path:
        """The page of one example, in the example's own language: the only one it has. A
        caller that passes ``lang`` states the language it expects (see _own_lang)."""
        _own_lang(example_id, lang)
        return (self.js_pages if js else self.nojs_pages)[example_id]


def _own_lang(example_id: str, lang: str | None) -> None:
    own = _LANG[example_id]
    if lang is not None and lang != own:
        raise ValueError(
            f"{example_id} is an example in {own!r}, shown only in its own language, "
            f"not {lang!r}: use an example written in {lang!r}"
        )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Iterator[Site]:
    served = Site(tmp_path_factory.mktemp("site"))
    yield served
    served.server.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=LAUNCH_ARGS)
        yield launched
        launched.close()


class Probe:
    """A page that shows one example page after another (set_content: no re-navigation).

    checks.js is injected once per document and survives set_content (axe too, which
    axe_violations injects where it runs); both are evaluated through the DevTools
    protocol, so this also works with page JavaScript disabled.
    """

    def __init__(
        self, browser, site: Site, *, width: int, js: bool = True, forced_colors: str = "none"
    ):
        self.js = js
        context = browser.new_context(
            viewport={"width": width, "height": 800},
            java_script_enabled=js,
            forced_colors=forced_colors,
            reduced_motion="reduce",
        )
        self.page = context.new_page()
        self.site = site
        # Same origin as the example pages, so their root-relative URLs resolve.
        self.page.goto(site.server.url + "/static/gcds/css/gcds.css")

    def show(self, path: Path, *, width: int | None = None, navigate: bool = False) -> None:
        """Show one page (at ``width`` CSS px, if given). set_content is fast, but a module
        script runs once per document, so a page that gcds.js enhances (data-gcds-module,
        and the page loads gcds.js) is navigated to instead, as is any page when
        ``navigate`` (a whole page: its ``<html>`` and head must be the page's own)."""
        if width is not None:
            self.page.set_viewport_size({"width": width, "height": 800})
        html = path.read_text(encoding="utf-8")
        enhanced = self.js and "data-gcds-module" in html and "<script" in html
        if navigate or enhanced:
            url = self.site.server.url + "/" + path.relative_to(self.site.root).as_posix()
            self.page.goto(url, wait_until="load")
        else:
            self.page.set_content(html, wait_until="load")
        if not run_js(self.page, "typeof window.gcdsChecks === 'object'"):
            run_js(self.page, CHECKS_SCRIPT)
        # gcds.js finishes some enhancements on the next frame after load (it measures).
        settle(self.page, frames=2 if self.js and (navigate or enhanced) else 0)


@pytest.fixture(scope="session")
def probes(browser, site) -> dict[str, Probe]:
    """One page per configuration, reused by every example."""
    return {
        "responsive": Probe(browser, site, width=320),  # 320 px, then widened in a test
        "1280": Probe(browser, site, width=1280),
        "forced-colors": Probe(browser, site, width=1280, forced_colors="active"),
        "no-js": Probe(browser, site, width=1280, js=False),
        "visual": Probe(browser, site, width=1024),
    }


def _fresh_page(
    browser, contexts: list, url: str, *, js: bool, width: int = 1280, clock: bool = False
):
    """A new context and page at ``url`` (a module script runs once per document); with
    JavaScript on, wait until gcds.js has started; then until the page has settled.
    ``clock``: Playwright's fake clock, installed before the page's scripts run (time still
    flows; ``page.clock.run_for(ms)`` fires the timers due within ``ms``, deterministically)."""
    context = browser.new_context(viewport={"width": width, "height": 800}, java_script_enabled=js)
    contexts.append(context)
    if clock:
        context.clock.install()
    page = context.new_page()
    page.goto(url, wait_until="load")
    if js:
        page.wait_for_function("document.documentElement.classList.contains('gcds-js')")
    settle(page, frames=2 if js else 0)
    return page


@pytest.fixture
def open_example(browser, site):
    """A fresh page per example, in the example's own language. A test that passes
    ``lang`` states the language it expects: an example in another language is an error
    (an English example has no French page; write a French example)."""
    contexts: list = []

    def _open(
        example_id: str,
        lang: str | None = None,
        *,
        js: bool = True,
        width: int = 1280,
        clock: bool = False,
    ):
        path = site.path(example_id, lang, js=js).relative_to(site.root)
        url = f"{site.server.url}/{path.as_posix()}"
        return _fresh_page(browser, contexts, url, js=js, width=width, clock=clock)

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture
def open_page(browser, site, request):
    """A fresh page per call for HTML the test builds."""
    contexts: list = []
    folder = site.root / "test-pages"
    folder.mkdir(exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9_.-]", "_", request.node.name)

    def _open(html: str, *, js: bool = True):
        path = folder / f"{stem}-{len(contexts) + 1}.html"
        path.write_text(html, encoding="utf-8")
        return _fresh_page(browser, contexts, f"{site.server.url}/test-pages/{path.name}", js=js)

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def gcds_browser(browser):
    """gcds's pytest plugin checks in the suite's browser (a process drives one sync
    Playwright at a time)."""
    return browser
