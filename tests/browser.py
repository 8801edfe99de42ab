"""Headless Chromium for the browser layers: one browser per run, pages served on 127.0.0.1.

The browser is gcds.check.chromium's: $GCDS_CHROMIUM, /usr/bin/chromium-headless-shell
(Debian's package, which `make test` installs where Playwright cannot download a
browser), else Playwright's own (in headless mode, the same shell). Not the full
/usr/bin/chromium: the visual baselines are the shell's rendering (see
scripts/ensure_chromium.sh).
"""

from __future__ import annotations

import functools
import shutil
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# The Chromium, the checks' JavaScript, axe and the DevTools-protocol runner are gcds
# check's own (gcds/check/): the suite and the command a team runs share them.
from gcds.check.chromium import LAUNCH_ARGS as CHROMIUM_ARGS
from gcds.check.chromium import chromium_path  # noqa: F401 (imported from here)
from gcds.check.js import (  # noqa: F401 (the browser layers import them from here)
    AXE_OPTIONS,
    CHECKS_SCRIPT,
    SETTLE_JS,
    PageScriptError,
    axe_violations,
    cdp_session,
    run_js,
    settle,
)

from .specdata import ROOT

#: The suite is offline: every host but this machine's is refused.
LAUNCH_ARGS = [
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
    *CHROMIUM_ARGS,
]


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
