"""``gcds check``: the suite's own checks on any page, its report and its exit status.

It is shown to fail on the known-bad markup the accessibility layer's own self-test uses,
and to pass on a gcds page (the standard page template's example, from the suite's own
server, with gcds's files)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from gcds.cli import main

from .known_bad import FAILS_EVERY_CHECK, NO_STRUCTURE
from .specdata import ROOT

pytestmark = pytest.mark.browser


@pytest.fixture
def check(browser, capsys, monkeypatch):
    """``gcds check ARGS`` in this process, in the suite's browser: (status, stdout, stderr),
    with the suite's html-validate (whatever the current directory)."""
    monkeypatch.setenv("GCDS_HTML_VALIDATE", str(ROOT / "node_modules" / ".bin" / "html-validate"))

    def run(*args: str) -> tuple[int, str, str]:
        status = main(["check", *args], browser=browser)
        out, err = capsys.readouterr()
        return status, out, err

    return run


def test_known_bad_page_fails_every_check(tmp_path: Path, check) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text(FAILS_EVERY_CHECK, encoding="utf-8")
    status, out, _ = check(str(bad), "--json")
    assert status == 1
    (page,) = json.loads(out)["pages"]
    found = {}
    for finding in page["findings"]:
        found.setdefault(finding["check"], []).append(finding["message"])
    assert any("wcag/h37" in m for m in found["html-validate"]), "img without alt"
    axe = " ".join(found["axe"])
    assert "image-alt" in axe and "button-name" in axe
    assert any("horizontal scrolling" in m for m in found["reflow"])
    assert any("target too small" in m for m in found["target-size"])
    assert any("no visible focus indicator" in m for m in found["keyboard"])
    assert any("focused text contrast 1.13:1" in m for m in found["keyboard"])
    assert any("no visible focus indicator" in m for m in found["forced-colors"])
    assert found["no-js"], "the page without JavaScript has the same faults"
    assert "structure" not in found and "lang" not in found


def test_structure_and_lang(tmp_path: Path, check) -> None:
    page = tmp_path / "shapeless.html"
    page.write_text(NO_STRUCTURE, encoding="utf-8")
    status, out, _ = check(str(page), "--only", "structure", "--only", "lang")
    assert status == 1
    assert "0 main landmarks (one is needed)" in out
    assert "2 visible h1 elements (one is needed)" in out
    assert "<html> has no lang attribute" in out
    assert "axe:" not in out  # --only ran only those two


def test_a_gcds_page_passes(site, check) -> None:
    page = site.path("pages/page/standard").relative_to(site.root).as_posix()
    status, out, _ = check(f"{site.server.url}/{page}")
    assert status == 0, out
    assert out.startswith("ok    ") and "1 page(s) checked: no problems" in out


def test_an_unreachable_page_fails_alone(tmp_path: Path, check) -> None:
    good = tmp_path / "good.html"
    good.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>Good</title></head>'
        "<body><main><h1>Good</h1><p>Fine.</p></main></body></html>",
        encoding="utf-8",
    )
    with socket.socket() as closed:  # a port nothing listens on once it is closed
        closed.bind(("127.0.0.1", 0))
        nowhere = f"http://127.0.0.1:{closed.getsockname()[1]}/nothing"
    status, out, _ = check(nowhere, str(tmp_path / "missing.html"), str(good))
    assert status == 1
    lines = out.splitlines()
    assert lines[0] == f"FAIL  {nowhere}"
    assert lines[1].startswith(f"      error: could not load {nowhere}: ")
    assert "net::ERR_CONNECTION_REFUSED" in lines[1]
    assert lines[2] == "FAIL  " + str(tmp_path / "missing.html")
    assert "no such file or folder" in lines[3]
    assert lines[4] == f"ok    {good}"
    assert lines[-1] == "3 page(s) checked: 2 with problems (2 in all)"


def test_junit_report(tmp_path: Path, check) -> None:
    import xml.etree.ElementTree as ET

    bad, good = tmp_path / "bad.html", tmp_path / "good.html"
    bad.write_text(FAILS_EVERY_CHECK, encoding="utf-8")
    good.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>Good</title></head>'
        "<body><main><h1>Good</h1><p>Fine.</p></main></body></html>",
        encoding="utf-8",
    )
    report = tmp_path / "out" / "junit.xml"
    report.parent.mkdir()
    args = ("--only", "axe", "--only", "reflow", "--junit", str(report))
    assert check(str(bad), str(good), str(tmp_path / "gone.html"), *args)[0] == 1
    suite = ET.parse(report).getroot()
    assert (suite.tag, suite.get("tests"), suite.get("failures"), suite.get("errors")) == (
        "testsuite",
        "3",
        "1",
        "1",
    )
    bad_case, good_case, gone_case = suite.findall("testcase")
    assert bad_case.get("name") == str(bad)
    failure = bad_case.find("failure").text
    assert "axe: image-alt" in failure and "reflow: horizontal scrolling" in failure
    assert good_case.find("failure") is None and good_case.find("error") is None
    assert "no such file or folder" in gone_case.find("error").get("message")


def test_html_validate_missing_is_a_usage_error(tmp_path: Path, check, monkeypatch) -> None:
    monkeypatch.setenv("GCDS_HTML_VALIDATE", str(tmp_path / "nothing"))
    status, out, err = check(str(tmp_path))
    assert status == 2 and not out
    assert f"GCDS_HTML_VALIDATE={tmp_path / 'nothing'} is not an executable" in err
    assert check(str(tmp_path / "x.html"), "--skip", "html-validate")[0] == 1  # no such file


def test_usage_errors_exit_2(tmp_path: Path, check) -> None:
    assert check("x.html", "--only", "axe", "--skip", "axe")[0] == 2
    assert check("x.html", "--width", "200")[0] == 2
    with pytest.raises(SystemExit) as exited:
        check("x.html", "--only", "colour")
    assert exited.value.code == 2


def test_python_m_gcds_starts_its_own_chromium(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text(FAILS_EVERY_CHECK, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "gcds", "check", str(bad), "--only", "axe"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1, run.stderr
    assert "image-alt" in run.stdout and run.stdout.startswith(f"FAIL  {bad}")


def test_python_m_gcds_and_help() -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "gcds", "check", "--help"], capture_output=True, text=True
    )
    assert shown.returncode == 0
    assert "Exit status: 0 no problems, 1 problems, 2 usage error." in " ".join(
        shown.stdout.split()
    )
    bare = subprocess.run([sys.executable, "-m", "gcds"], capture_output=True, text=True)
    assert bare.returncode == 2 and "check" in bare.stderr


def test_the_vendored_axe_is_the_pinned_package() -> None:
    """gcds check and the suite run one axe: the file npm installs for the pinned version."""
    from gcds.check.js import AXE_JS

    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["axe-core"]
    manifest = json.loads((AXE_JS.parent.parent / "MANIFEST.json").read_text())
    assert manifest["packages"]["axe-core"]["version"] == pinned
    installed = ROOT / "node_modules" / "axe-core"
    assert json.loads((installed / "package.json").read_text())["version"] == pinned
    assert AXE_JS.read_bytes() == (installed / "axe.min.js").read_bytes()


def _page(folder: Path, name: str, body: str, lang: str = "en") -> Path:
    path = folder / name
    path.write_text(
        f'<!DOCTYPE html><html lang="{lang}"><head><title>{name}</title></head>'
        f"<body><main><h1>{name}</h1>{body}</main></body></html>",
        encoding="utf-8",
    )
    return path


def test_crawl_follows_same_origin_pages(tmp_path: Path, check) -> None:
    start = _page(
        tmp_path,
        "index.html",
        '<a href="a.html">A</a> <a href="b.html#part">B</a> <a href="guide.pdf">PDF</a>'
        ' <a href="https://www.canada.ca/en.html">Canada.ca</a> <a href="index.html">Home</a>',
    )
    _page(tmp_path, "a.html", '<a href="index.html">Home</a>')
    _page(tmp_path, "b.html", '<a href="c.html">C</a>', lang="fr")
    _page(tmp_path, "c.html", "<p>The end.</p>")
    status, out, _ = check(str(start), "--crawl", "--only", "lang", "--lang", "en", "--json")
    pages = json.loads(out)["pages"]
    checked = [p["target"].rsplit("/", 1)[-1] for p in pages]
    assert checked == ["index.html", "a.html", "b.html", "c.html"]
    assert status == 1  # b.html says it is French
    (wrong,) = [p for p in pages if not p["ok"]]
    assert wrong["target"].endswith("/b.html")
    assert wrong["findings"][0]["message"] == '<html lang="fr">, not en'
    status, out, _ = check(str(start), "--crawl", "--max-pages", "2", "--only", "lang")
    assert status == 0 and out.splitlines()[-1] == "2 page(s) checked: no problems"


def test_progress_bar_only_on_a_terminal(monkeypatch) -> None:
    import io

    from gcds.check.progress import progress_bar

    with progress_bar() as progress:  # pytest's captured stderr is no terminal
        assert progress is None

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Terminal())
    with progress_bar() as progress:
        assert progress is not None
        progress(0, 2, "page.html")
        progress(1, 2, "other.html")
