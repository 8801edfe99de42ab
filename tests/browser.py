"""Headless Chromium for the browser layers: one browser per run, pages served on 127.0.0.1.

The browser is, in order: $GCDS_CHROMIUM, /usr/bin/chromium-headless-shell (Debian's
package, which `make test` installs where Playwright cannot download a browser), else
Playwright's own (in headless mode, the same shell). Not the full /usr/bin/chromium: the
visual baselines are the shell's rendering (see scripts/ensure_chromium.sh).
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import sys
import threading
import weakref
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .specdata import ROOT

AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
#: axe itself, to evaluate in a page (``true`` so that nothing big comes back).
AXE_SOURCE = AXE_JS.read_text(encoding="utf-8") + "\n;true"
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}
#: An async function expression: resolves when fonts have loaded and animations have ended.
SETTLE_JS = (Path(__file__).with_name("settle.js")).read_text(encoding="utf-8").strip()
_AXE_VIOLATIONS = (
    f"async o => {{ await ({SETTLE_JS})();"
    """ return (await axe.run(document, o)).violations.map(v =>
    `${v.id} (${v.impact}): ${v.help} — ` +
    v.nodes.slice(0, 3).map(n => n.html.replace(/\\s+/g, " ").slice(0, 120) +
        n.any.concat(n.all).map(c => ` [${c.message}]`).join("")).join("; ")); }"""
)


#: The in-page checks (tests/checks.js) with ``gcdsChecks.settle``: evaluate it once per page.
CHECKS_SCRIPT = (
    Path(__file__).with_name("checks.js").read_text(encoding="utf-8")
    + f"\n;window.gcdsChecks.settle = {SETTLE_JS};\ntrue"
)


_SESSIONS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_NO_ARG = object()


class PageScriptError(Exception):
    """A script run by :func:`run_js` threw."""


def run_js(page, script: str, arg=_NO_ARG):
    """``page.evaluate`` for the checks every example runs many times (the Tab walk, axe,
    settling), sent straight as the DevTools protocol's Runtime.evaluate on a session kept
    per page: it takes a third of page.evaluate's CPU time (measured: 1.0 against 3.1 ms of
    CPU across Python, Playwright's driver and Chromium per call), and the harness is CPU
    bound. ``script`` is an expression, or a function called with ``arg`` (JSON) when one
    is given; a promise is awaited; the value comes back as JSON. Works with page
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


def cdp_session(page):
    """The DevTools session :func:`run_js` keeps for ``page`` (one per page)."""
    session = _SESSIONS.get(page)
    if session is None:
        session = _SESSIONS[page] = page.context.new_cdp_session(page)
    return session


def settle(page, frames: int = 0) -> None:
    """Wait until ``page`` has settled (fonts loaded, no animation running), then
    ``frames`` rendering frames more (for what a script does on the next frame)."""
    run_js(page, f"f => ({SETTLE_JS})(f)", frames)


def axe_violations(page, options: dict | None = None) -> list[str]:
    """axe.run on the page once it has settled (axe is injected first if the page has
    none): one line per violation, with axe's reason for its first nodes. Only these
    lines come back from the page: the whole result is slow to serialise."""
    if not run_js(page, "typeof window.axe === 'object'"):
        run_js(page, AXE_SOURCE)
    return run_js(page, _AXE_VIOLATIONS, AXE_OPTIONS if options is None else options)


# No DNS look-ups: the pages are local and nothing may load from the network.
LAUNCH_ARGS = [
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
    # The headless shell hints fonts to whole-pixel advances by default, so text measures
    # narrower than in a desktop browser (1ch of Noto Sans at 20px: 11px, not 11.45px) and
    # lines wrap elsewhere. Unhinted, it lays text out as the full browser does.
    "--font-render-hinting=none",
]


def chromium_path() -> str | None:
    configured = os.environ.get("GCDS_CHROMIUM")
    if configured:
        return configured
    shell = Path("/usr/bin/chromium-headless-shell")
    return str(shell) if shell.exists() else None


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A page closed while a file was still on its way (a test's context closes, or a
        # route aborts) is the browser hanging up, not a server fault: nothing to report.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class SiteServer:
    """Serves ``root`` on 127.0.0.1 at a free port in a background thread."""

    def __init__(self, root: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.httpd = _Server(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def build_site(root: Path) -> Path:
    """A folder with the package's static files at /static/gcds/ (pages go in /pages/)."""
    static = root / "static" / "gcds"
    static.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "gcds" / "static" / "gcds", static)
    return root
