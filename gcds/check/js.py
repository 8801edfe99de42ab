"""Running the checks' JavaScript in a page: through the DevTools protocol, axe, settling."""

from __future__ import annotations

import json
import weakref
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
#: axe-core, unmodified from the npm package gcds's tests pin (scripts/fetch_third_party.py).
AXE_JS = HERE / "vendor" / "axe-core" / "axe.min.js"
#: The rules every check runs: WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
#: An async function expression: resolves when fonts have loaded and animations have ended.
SETTLE_JS = (HERE / "settle.js").read_text(encoding="utf-8").strip()
#: The in-page checks (checks.js) with ``gcdsChecks.settle``: evaluate it once per document.
CHECKS_SCRIPT = (HERE / "checks.js").read_text(
    encoding="utf-8"
) + f"\n;window.gcdsChecks.settle = {SETTLE_JS};\ntrue"

_AXE_SOURCE: str | None = None
_AXE_VIOLATIONS = (
    f"async o => {{ await ({SETTLE_JS})();"
    """ const sc = v => v.tags.filter(t => /^wcag\\d{3,}$/.test(t))
        .map(t => t.slice(4).split("").join(".").replace(/^(\\d)\\.(\\d)\\.(\\d)\\.(\\d)$/, "$1.$2.$3$4"));
    return (await axe.run(document, o)).violations.map(v =>
    `${v.id} (${v.impact}; ${sc(v).length ? "WCAG " + sc(v).join(", ") : "best practice"}): ${v.help} — ` +
    v.nodes.slice(0, 3).map(n => n.html.replace(/\\s+/g, " ").slice(0, 120) +
        n.any.concat(n.all).map(c => ` [${c.message}]`).join("")).join("; ")); }"""
)
_SESSIONS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_NO_ARG = object()


class PageScriptError(Exception):
    """A script run by :func:`run_js` threw."""


def axe_source() -> str:
    """axe itself, to evaluate in a page (``true`` at the end, so nothing big comes back)."""
    global _AXE_SOURCE
    if _AXE_SOURCE is None:
        _AXE_SOURCE = AXE_JS.read_text(encoding="utf-8") + "\n;true"
    return _AXE_SOURCE


def run_js(page: Any, script: str, arg: Any = _NO_ARG) -> Any:
    """``page.evaluate`` sent straight as the DevTools protocol's Runtime.evaluate on a
    session kept per page: a third of page.evaluate's CPU time (1.0 against 3.1 ms across
    Python, Playwright's driver and Chromium per call, measured), for the checks a page runs
    many times. ``script`` is an expression, or a function called with ``arg`` (JSON) when
    one is given; a promise is awaited; the value comes back as JSON. Works with page
    JavaScript disabled, as page.evaluate does."""
    session = cdp_session(page)
    expression = script if arg is _NO_ARG else f"({script})({json.dumps(arg)})"
    reply = session.send(
        "Runtime.evaluate",
        {
            "expression": expression,
            "returnByValue": True,
            "awaitPromise": True,
            "userGesture": True,
        },
    )
    if "exceptionDetails" in reply:
        details = reply["exceptionDetails"]
        thrown = details.get("exception", {}).get("description") or details.get("text")
        raise PageScriptError(f"{thrown}\n  in: {expression[:200]}")
    return reply["result"].get("value")


def cdp_session(page: Any) -> Any:
    """The DevTools session :func:`run_js` keeps for ``page`` (one per page)."""
    session = _SESSIONS.get(page)
    if session is None:
        session = _SESSIONS[page] = page.context.new_cdp_session(page)
    return session


def settle(page: Any, frames: int = 0) -> None:
    """Wait until ``page`` has settled (fonts loaded, no animation running), then
    ``frames`` rendering frames more (for what a script does on the next frame)."""
    run_js(page, f"f => ({SETTLE_JS})(f)", frames)


def install_checks(page: Any) -> None:
    """Put ``gcdsChecks`` (checks.js) in the page's document, once."""
    if not run_js(page, "typeof window.gcdsChecks === 'object'"):
        run_js(page, CHECKS_SCRIPT)


def axe_violations(page: Any, options: dict | None = None) -> list[str]:
    """axe.run on the page once it has settled (axe is injected first if the page has
    none): one line per violation, with axe's reason for its first nodes. Only these
    lines come back from the page: the whole result is slow to serialise."""
    if not run_js(page, "typeof window.axe === 'object'"):
        run_js(page, axe_source())
    return run_js(page, _AXE_VIOLATIONS, AXE_OPTIONS if options is None else options)
