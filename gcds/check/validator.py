"""html-validate on a page's HTML as served (a Node.js tool: gcds check finds it, or says
how to get it)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

#: html-validate's recommended and document presets (a complete page: doctype, one h1, a
#: label for every input, every id reference found). The first heading may be an h2: on
#: Canada.ca pages the header's hidden "Language selection" h2 comes before the h1.
CONFIG = Path(__file__).resolve().parent / "htmlvalidate.json"
INSTALL_HINT = (
    "html-validate not found: install Node.js and html-validate (npm install html-validate, "
    "then run gcds check where node_modules/ is), or set GCDS_HTML_VALIDATE to its "
    "executable, or leave the check out with --skip html-validate"
)


class ValidatorMissing(RuntimeError):
    """html-validate is not installed; the message says how to get it."""


def validator_path() -> str:
    """$GCDS_HTML_VALIDATE, else ./node_modules/.bin/html-validate, else one on PATH."""
    configured = os.environ.get("GCDS_HTML_VALIDATE")
    if configured:
        if not os.access(configured, os.X_OK):
            raise ValidatorMissing(f"GCDS_HTML_VALIDATE={configured} is not an executable")
        return configured
    local = Path("node_modules") / ".bin" / "html-validate"
    if local.exists():
        return str(local.resolve())
    found = shutil.which("html-validate")
    if found is None:
        raise ValidatorMissing(INSTALL_HINT)
    return found


def validate_files(
    validator: str,
    files: Iterable[Path | str],
    report: Path,
    *,
    config: Path = CONFIG,
    cwd: Path | None = None,
) -> list[str]:
    """html-validate's messages for ``files``: ``path:line:column rule: message``, one each.
    Its JSON report is written to ``report``: a long one on stdout can be cut short at exit."""
    run = subprocess.run(
        [validator, "--config", str(config), "--formatter", f"json={report}", *map(str, files)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    found = json.loads(report.read_text(encoding="utf-8")) if report.exists() else []
    problems = [
        f"{r['filePath']}:{m['line']}:{m['column']} {m['ruleId']}: {m['message']}"
        for r in found
        for m in r["messages"]
    ]
    if run.returncode != 0 and not problems:
        problems.append(f"html-validate exited {run.returncode}: {run.stderr.strip()}")
    return problems


def validate(html: str, validator: str) -> list[str]:
    """html-validate's messages for ``html``: ``line:column rule: message``, one each."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        problems = validate_files(validator, [page], Path(tmp) / "report.json")
    return [p.removeprefix(f"{page}:") for p in problems]
