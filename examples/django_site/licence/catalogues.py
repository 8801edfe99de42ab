"""Compile the French catalogue (django.po to django.mo), which translated URLs need.

The .mo is built, not committed. Django's ``compilemessages`` runs GNU ``msgfmt``; where
that is not installed, Babel (a dependency of flask-babel, in gcds's test extras) writes
the same .mo file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

LOCALE = Path(__file__).resolve().parent / "locale"


def catalogues() -> list[Path]:
    """The .po files of the app."""
    return sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


def stale() -> list[Path]:
    """The .po files whose .mo is missing or older than the .po."""
    found = []
    for po in catalogues():
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            found.append(po)
    return found


def compile_catalogues() -> str:
    """Compile every stale catalogue; says how ("msgfmt", "babel" or "up to date")."""
    todo = stale()
    if not todo:
        return "up to date"
    if shutil.which("msgfmt"):
        from django.core.management import call_command

        call_command("compilemessages", verbosity=0)  # the LOCALE_PATHS of the settings
        if stale():
            raise RuntimeError(f"compilemessages left {stale()} stale: is LOCALE_PATHS set?")
        return "msgfmt"
    _with_babel(todo)
    return "babel"


def _with_babel(todo: list[Path]) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for po in todo:
        with po.open("rb") as source:
            catalogue = read_po(source)
        with po.with_suffix(".mo").open("wb") as target:
            write_mo(target, catalogue)
