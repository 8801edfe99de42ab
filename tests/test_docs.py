"""The docs site: ``mkdocs build --strict`` passes and every component has its generated page."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gcds.examples import examples

from .specdata import SPECS

pytest.importorskip("mkdocs")
pytest.importorskip("material")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    return out


def test_no_network_resources(site: Path) -> None:
    """Nothing the pages load (scripts, styles, images, frames) comes from another host."""
    remote = re.compile(
        r'<(?:script|img|iframe)[^>]*\ssrc="(?:https?:)?//|<link[^>]*\shref="(?:https?:)?//'
    )
    for page in [site / "index.html", *site.glob("components/*/index.html")]:
        text = page.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in text, page
        assert not remote.search(text), page


def test_home_and_getting_started(site: Path) -> None:
    started = (site / "getting-started" / "index.html").read_text(encoding="utf-8")
    # The snippet apps are included verbatim, so the docs show the tested code.
    assert "Gcds(app)" in html.unescape(re.sub(r"<[^>]+>", "", started))
    assert "gcds.django.environment" in started
    assert (site / "components" / "index.html").is_file()


@pytest.mark.parametrize("name", sorted(SPECS))
def test_component_page(site: Path, name: str) -> None:
    spec = SPECS[name]
    page = (site / "components" / name / "index.html").read_text(encoding="utf-8")
    text = html.unescape(page)
    for example in examples(name):
        suffix = "" if example.lang == "en" else f".{example.lang}"
        src = f"../../examples/{name}/{example.name}{suffix}.html"
        assert re.search(
            rf'<iframe class="gcds-preview" src="{re.escape(src)}" title="[^"]+"', page
        )
        for lang_suffix in ("", ".fr"):
            preview = site / "examples" / name / f"{example.name}{lang_suffix}.html"
            assert preview.is_file(), preview
    assert "<th>Allowed values</th>" in page
    for param in spec["params"]:
        assert f"<code>{param['name']}</code>" in page
    for key, value in (spec.get("strings") or {}).items():
        assert key in text
        assert value["en"] in text
        assert value["fr"] in text
    index = (site / "components" / "index.html").read_text(encoding="utf-8")
    assert f'href="{name}/"' in index


def test_example_pages_are_styled(site: Path) -> None:
    css = site / "gcds-static" / "css" / "gcds.css"
    assert css.is_file()
    name = sorted(SPECS)[0]
    page = (site / "examples" / name / f"{next(examples(name)).name}.fr.html").read_text(
        encoding="utf-8"
    )
    assert '<html lang="fr">' in page
    assert 'href="../../gcds-static/css/gcds.css"' in page
    fonts = re.findall(r'url\("\.\./([^"]+)"\)', css.read_text(encoding="utf-8"))
    for font in fonts:
        assert (site / "gcds-static" / font).is_file(), font
