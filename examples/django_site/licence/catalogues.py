"""Compile the French catalogue (django.po to django.mo), which translated URLs need.

The .mo is built, not committed. GNU ``msgfmt`` writes it where it is installed (what
Django's ``compilemessages`` runs); elsewhere Babel (a dependency of flask-babel, in gcds's
test extras) writes the same file. Each .mo is written to a temporary file and renamed over
the old one, so a process reading the catalogue while another compiles it (two test
workers, a server started beside the tests) reads the old file or the new one, never half.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
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
    msgfmt = shutil.which("msgfmt")
    for po in todo:
        with _replacing(po.with_suffix(".mo")) as target:
            if msgfmt:
                subprocess.run(
                    [msgfmt, "--check-format", "-o", str(target), str(po)],
                    check=True,
                    capture_output=True,
                )
            else:
                _with_babel(po, target)
    return "msgfmt" if msgfmt else "babel"


class _replacing:
    """A temporary path beside ``final``, renamed to it on success, removed otherwise."""

    def __init__(self, final: Path) -> None:
        self.final = final

    def __enter__(self) -> Path:
        handle, name = tempfile.mkstemp(dir=self.final.parent, suffix=".mo.tmp")
        os.close(handle)
        os.chmod(name, 0o644)  # mkstemp's 0600 would hide it from a server's own user
        self.path = Path(name)
        return self.path

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is None:
            os.replace(self.path, self.final)
        else:
            self.path.unlink(missing_ok=True)


def _with_babel(po: Path, target: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as source:
        catalogue = read_po(source)
    with target.open("wb") as out:
        write_mo(out, catalogue)
