"""Layer 2: every example, in English and French, is valid HTML (html-validate)."""

from __future__ import annotations

import json
import subprocess

import pytest

from .pages import write_pages
from .specdata import ROOT

VALIDATOR = ROOT / "node_modules" / ".bin" / "html-validate"


def test_every_example_is_valid_html(tmp_path) -> None:
    if not VALIDATOR.exists():
        pytest.fail("html-validate is not installed: run `make test` (it runs `npm ci`)")
    pages = write_pages(
        tmp_path, css_href="/static/gcds/css/gcds.css", js_href="/static/gcds/js/gcds.js"
    )
    result = subprocess.run(
        [
            str(VALIDATOR),
            "--config",
            str(ROOT / ".htmlvalidate.json"),
            "--formatter",
            "json",
            *map(str, pages.values()),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    reports = json.loads(result.stdout or "[]")
    problems = [
        f"{r['filePath'].removeprefix(str(tmp_path) + '/')}:{m['line']}:{m['column']} "
        f"{m['ruleId']}: {m['message']}"
        for r in reports
        for m in r["messages"]
    ]
    assert not problems, "html-validate found:\n" + "\n".join(problems)
    assert result.returncode == 0, result.stderr
