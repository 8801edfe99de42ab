"""gcds's pytest plugin: gcds_check in a test, on HTML, a response or a URL, failing with
each problem; and the docs' Flask and Django example tests, run as a team runs them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .known_bad import FAILS_EVERY_CHECK
from .specdata import ROOT

pytestmark = pytest.mark.browser
VALIDATOR = str(ROOT / "node_modules" / ".bin" / "html-validate")


@pytest.fixture(autouse=True)
def _validator(monkeypatch) -> None:
    monkeypatch.setenv("GCDS_HTML_VALIDATE", VALIDATOR)


def test_known_bad_html_fails_with_every_problem(gcds_check) -> None:
    with pytest.raises(pytest.fail.Exception) as failed:
        gcds_check(FAILS_EVERY_CHECK)
    message = str(failed.value)
    assert message.startswith("gcds check found ")
    assert "axe: image-alt (critical; WCAG 1.1.1): Images must have alternative text" in message
    assert '<img src="x.png">' in message  # the element
    assert "html-validate: " in message and "keyboard: no visible focus indicator" in message


def test_a_flask_response_with_gcds_files(gcds_check) -> None:
    sys.path.insert(0, str(ROOT / "docs" / "snippets"))
    try:
        from flask_app import app
    finally:
        sys.path.pop(0)
    response = app.test_client().get("/fr/")
    result = gcds_check(response, lang="fr")
    assert result.ok


def test_bad_arguments(gcds_check) -> None:
    with pytest.raises(ValueError, match=r"no check \['colour'\]"):
        gcds_check("<p>x</p>", only=("colour",))
    with pytest.raises(TypeError, match="not int"):
        gcds_check(3)


def test_the_docs_example_tests_pass_as_a_team_runs_them() -> None:
    """pytest on docs/snippets/testing/, in its own process: the plugin comes from the
    installed package's entry point and starts its own Chromium."""
    snippets = ROOT / "docs" / "snippets"
    env = {**os.environ, "GCDS_HTML_VALIDATE": VALIDATOR, "PYTHONPATH": str(snippets)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "testing"],
        cwd=snippets,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "4 passed" in run.stdout
