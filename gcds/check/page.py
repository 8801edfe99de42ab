"""Every check on one page: what gcds's browser suite asks of each example, on a whole page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .js import axe_violations, install_checks, run_js, settle
from .keyboard import keyboard_problems
from .validator import validate

#: The checks, in the order they run; ``--only`` and ``--skip`` take these names.
CHECKS = (
    "axe",
    "html-validate",
    "structure",
    "lang",
    "reflow",
    "target-size",
    "keyboard",
    "forced-colors",
    "no-js",
)
NARROW = 320

#: Landmarks and headings, as WCAG 1.3.1 and 2.4.1 ask: a main landmark, one h1, and the
#: page's language (3.1.1) on <html>.
_STRUCTURE = """() => {
  const problems = [];
  const mains = document.querySelectorAll("main, [role=main]");
  if (mains.length !== 1) problems.push(`${mains.length} main landmarks (one is needed)`);
  const h1s = [...document.querySelectorAll("h1")].filter(h => h.checkVisibility());
  if (h1s.length !== 1) problems.push(`${h1s.length} visible h1 elements (one is needed)`);
  return problems;
}"""
_LANG = """expected => {
  const lang = document.documentElement.getAttribute("lang");
  if (!lang || !lang.trim()) return ["<html> has no lang attribute"];
  const primary = lang.trim().toLowerCase().split("-")[0];
  if (expected && primary !== expected) return [`<html lang="${lang}">, not ${expected}`];
  return [];
}"""
#: Where the page's links go (resolved, without the fragment): what --crawl follows.
_LINKS = """() => [...new Set([...document.querySelectorAll("a[href]")]
  .map(a => { try { const u = new URL(a.getAttribute("href"), document.baseURI); u.hash = "";
                     return u.href; } catch (e) { return null; } })
  .filter(Boolean))]"""


@dataclass
class Finding:
    """One problem a check found on a page."""

    check: str
    message: str
    width: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"check": self.check, "message": self.message, "width": self.width}


@dataclass
class PageResult:
    """What the checks found on one page (``error``: it could not be checked at all)."""

    target: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    links: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None and not self.findings

    def as_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "ok": self.ok,
            "error": self.error,
            "findings": [f.as_dict() for f in self.findings],
        }


def _show(context: Any, url: str, width: int) -> tuple[Any, str]:
    """The page at ``url`` loaded and settled, with the checks in it; and its HTML as served."""
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": 800})
    response = page.goto(url, wait_until="load")
    if response is not None and response.status >= 400:
        raise LoadError(f"HTTP {response.status} from {url}")
    served = response.text() if response is not None else page.content()
    install_checks(page)
    settle(page)
    return page, served


class LoadError(RuntimeError):
    """The page could not be loaded (unreachable, HTTP error)."""


def check_page(
    browser: Any,
    url: str,
    *,
    checks: tuple[str, ...],
    width: int,
    validator: str | None = None,
    lang: str | None = None,
) -> PageResult:
    """Run ``checks`` on the page at ``url`` in ``browser``: html-validate on the HTML as
    served (with ``validator``, its executable), then at 320 CSS px and at ``width``, then
    with forced colours, then with JavaScript off. ``lang``: the language the page must
    declare (``en``, ``fr``); the result's ``links`` are where the page links to."""
    result = PageResult(url)
    add = result.findings.append
    try:
        context = browser.new_context(reduced_motion="reduce")
        try:
            page, served = _show(context, url, NARROW)
            result.links = run_js(page, _LINKS, None)
            if "html-validate" in checks and validator is not None:
                for message in validate(served, validator):
                    add(Finding("html-validate", message))
            for at in (NARROW, width):
                if at != NARROW:
                    run_js(page, "gcdsChecks.resetFocus(); window.scrollTo(0, 0)")
                    page.set_viewport_size({"width": at, "height": 800})
                    settle(page)
                _at_width(page, checks, at, add, lang)
        finally:
            context.close()
        if "forced-colors" in checks:
            context = browser.new_context(forced_colors="active", reduced_motion="reduce")
            try:
                page, _ = _show(context, url, width)
                for message in keyboard_problems(page):
                    add(Finding("forced-colors", message, width))
            finally:
                context.close()
        if "no-js" in checks:
            _without_javascript(browser, url, width, add)
    except LoadError as error:
        result.error = str(error)
    except Exception as error:  # an unreachable URL: playwright's net::ERR_… error
        first = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        result.error = f"could not load {url}: {first}"
    return result


def _at_width(page: Any, checks: tuple[str, ...], width: int, add: Any, lang: str | None) -> None:
    if "axe" in checks:
        for message in axe_violations(page):
            add(Finding("axe", message, width))
    if width == NARROW:  # the page as a whole, once
        if "structure" in checks:
            for message in run_js(page, _STRUCTURE, None):
                add(Finding("structure", message))
        if "lang" in checks:
            for message in run_js(page, _LANG, lang):
                add(Finding("lang", message))
        if "reflow" in checks:
            for message in run_js(page, "gcdsChecks.reflow()"):
                add(Finding("reflow", message, width))
    if "target-size" in checks:
        for message in run_js(page, "sel => gcdsChecks.targetSize(sel)", "body"):
            add(Finding("target-size", message, width))
    if "keyboard" in checks:
        for message in keyboard_problems(page):
            add(Finding("keyboard", message, width))


def _without_javascript(browser: Any, url: str, width: int, add: Any) -> None:
    """The page as served, with JavaScript disabled: the Tab walk there, and axe on the
    same markup in a page that runs no script of the page's own (axe needs JavaScript)."""
    context = browser.new_context(java_script_enabled=False, reduced_motion="reduce")
    try:
        page, _ = _show(context, url, width)
        html = page.content()
        for message in keyboard_problems(page):
            add(Finding("no-js", message, width))
    finally:
        context.close()
    context = browser.new_context(reduced_motion="reduce")
    try:
        context.route("**/*", _no_scripts)
        page = context.new_page()
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(url, wait_until="commit")
        page.set_content(html, wait_until="load")
        for message in axe_violations(page):
            add(Finding("no-js", message, width))
    finally:
        context.close()


def _no_scripts(route: Any) -> None:
    if route.request.resource_type == "script":
        route.abort()
    else:
        route.continue_()
