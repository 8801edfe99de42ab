"""Which Chromium the checks run in, and starting it (as gcds's own browser suite does)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

#: Debian's package of the headless shell: the same Blink as the browser without its UI.
DEBIAN_SHELL = Path("/usr/bin/chromium-headless-shell")
#: The headless shell hints fonts to whole-pixel advances by default, so text measures
#: narrower than in a desktop browser (1ch of Noto Sans at 20px: 11px, not 11.45px) and
#: lines wrap elsewhere. Unhinted, it lays text out as the full browser does.
LAUNCH_ARGS = ["--font-render-hinting=none"]

INSTALL_HINT = (
    "no Chromium to run the checks in: install Debian's chromium-headless-shell "
    "(apt-get install chromium-headless-shell), or Playwright's "
    "(python -m playwright install chromium), or set GCDS_CHROMIUM to a Chromium executable"
)


class ChromiumMissing(RuntimeError):
    """No Chromium could be started; the message says what to install."""


def chromium_path() -> str | None:
    """$GCDS_CHROMIUM, else Debian's headless shell, else None (Playwright's own)."""
    configured = os.environ.get("GCDS_CHROMIUM")
    if configured:
        return configured
    return str(DEBIAN_SHELL) if DEBIAN_SHELL.exists() else None


def launch(playwright: Any, extra_args: list[str] | None = None) -> Any:
    """A headless Chromium from ``playwright`` (sync API); :class:`ChromiumMissing` if none."""
    from playwright.sync_api import Error

    path = chromium_path()
    if path is not None and not os.access(path, os.X_OK):
        raise ChromiumMissing(f"GCDS_CHROMIUM={path} is not an executable; {INSTALL_HINT}")
    try:
        return playwright.chromium.launch(
            executable_path=path, args=[*LAUNCH_ARGS, *(extra_args or [])]
        )
    except Error as error:
        if "Executable doesn't exist" in str(error):
            raise ChromiumMissing(INSTALL_HINT) from None
        raise
