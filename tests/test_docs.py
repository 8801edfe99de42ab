"""The docs site: ``mkdocs build --strict`` passes and every component has its generated page."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import gcds
from gcds.examples import examples, page_examples
from gcds.pages import page_specs

from .browser import AXE_OPTIONS, SiteServer, axe_violations
from .specdata import EXAMPLES, SPECS

PAGE_SPECS = page_specs()

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
        # One page per example, in its own language; the link under the preview opens it.
        assert f'Open on its own: <a href="{src}">' in page
        assert (site / "examples" / name / f"{example.name}{suffix}.html").is_file()
        other = "" if suffix else ".fr"
        assert not (site / "examples" / name / f"{example.name}{other}.html").exists()
    assert "<th>Allowed values</th>" in page
    for param in spec["params"]:
        assert f"<code>{param['name']}</code>" in page
    for key, value in (spec.get("strings") or {}).items():
        assert key in text
        assert value["en"] in text
        assert value["fr"] in text
    index = (site / "components" / "index.html").read_text(encoding="utf-8")
    assert f'href="{name}/"' in index


@pytest.mark.parametrize("name", sorted(PAGE_SPECS))
def test_page_template_page(site: Path, name: str) -> None:
    """Each page template's docs page: every example as a live preview of the page that
    tests/test_pages.py checks, the child template, the context variables and blocks."""
    spec = PAGE_SPECS[name]
    page = (site / "page-templates" / name / "index.html").read_text(encoding="utf-8")
    for example in page_examples(name):
        suffix = "" if example.lang == "en" else f".{example.lang}"
        src = f"../../page-examples/{name}/{example.name}{suffix}.html"
        assert f'src="{src}"' in page, src
        html_page = (site / "page-examples" / name / f"{example.name}{suffix}.html").read_text(
            encoding="utf-8"
        )
        assert html_page == example.render(static_href="../../gcds-static"), src
    for param in spec["params"]:
        assert f"<code>{param['name']}</code>" in page
    for block in spec["blocks"]:
        assert f"<code>{block['name']}</code>" in page


def test_example_pages_are_styled(site: Path) -> None:
    css = site / "gcds-static" / "css" / "gcds.css"
    assert css.is_file()
    french = next(e for e in EXAMPLES if e.lang == "fr")
    page = (site / "examples" / french.component / f"{french.name}.fr.html").read_text(
        encoding="utf-8"
    )
    assert '<html lang="fr">' in page
    assert 'href="../../gcds-static/css/gcds.css"' in page
    fonts = re.findall(r'url\("\.\./([^"]+)"\)', css.read_text(encoding="utf-8"))
    for font in fonts:
        assert (site / "gcds-static" / font).is_file(), font


def test_docs_theme_uses_gcds_fonts(site: Path) -> None:
    """The theme's text is in gcds's self-hosted fonts (no Google Fonts, no network)."""
    css = (site / "stylesheets" / "gcds-fonts.css").read_text(encoding="utf-8")
    fonts = re.findall(r'url\("\.\./([^"]+)"\)', css)
    assert fonts
    for font in fonts:
        assert (site / font).is_file(), font
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="stylesheets/gcds-fonts.css"' in home


# --- every docs page is axe-clean -----------------------------------------------------------

# Each preview is its own document (an example page, with its own landmarks), checked by
# test_accessibility like every example page; here axe checks the docs page itself and
# does not descend into the previews, whose landmarks are not the docs page's.
DOCS_PAGE_OPTIONS = {**AXE_OPTIONS, "iframes": False}


def docs_pages() -> list[str]:
    """The site's own pages (not the example pages: test_accessibility checks those)."""
    written = sorted(p.stem for p in (ROOT / "docs").glob("*.md") if p.stem != "index")
    generated = ["components/", *(f"components/{name}/" for name in sorted(SPECS))]
    generated += ["page-templates/", *(f"page-templates/{name}/" for name in sorted(PAGE_SPECS))]
    return ["", *(f"{stem}/" for stem in written), *generated]


def test_previews_are_the_tested_example_pages(site: Path) -> None:
    """Each preview is an example page as gcds.examples.example_page writes it, in the
    example's own language, which test_accessibility checks (axe, keyboard, reflow)."""
    for example in EXAMPLES:
        suffix = "" if example.lang == "en" else f".{example.lang}"
        page = site / "examples" / example.component / f"{example.name}{suffix}.html"
        html = page.read_text(encoding="utf-8")
        with gcds.use_lang(example.lang):
            # The example pages sit two levels below the site's copy of the static files.
            body = example.render(static_href="../../gcds-static")
        assert str(body) in html, page
        assert f'<html lang="{example.lang}">' in html, page
        assert "<title>" in html and "<main" in html and "<h1" in html, page


@pytest.fixture(scope="module")
def docs_tab(site: Path, browser) -> Iterator[tuple[str, Any]]:
    """The built site over HTTP and one browser tab for it (per pytest-xdist worker)."""
    server = SiteServer(site)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    # The previews are not loaded: axe does not go into them here (they are the example
    # pages test_accessibility and test_pages check), and loading them is most of a page's.
    # Nor is the search index: the theme's search worker fetches it and builds the index
    # in the background, which changes nothing on the page until someone types, and took
    # a quarter of this test's time (measured: 1,113 against 832 ms a page, isolated).
    context.route(
        re.compile(r".*/((page-)?examples/.*|search/search_index\.json)$"),
        lambda route: route.abort(),
    )
    yield server.url, context.new_page()
    context.close()
    server.close()


@pytest.mark.browser
@pytest.mark.parametrize("url", docs_pages())
def test_docs_page_is_axe_clean(site: Path, docs_tab, url: str) -> None:
    """A generated page, theme chrome included, with its previews' frames (titled).

    The previews are the example pages that test_accessibility checks (see the test
    above), so axe runs in the docs page only: the previews are not loaded here.
    """
    assert (site / url / "index.html").is_file(), url
    base, page = docs_tab
    page.goto(f"{base}/{url}", wait_until="load")
    titles = page.eval_on_selector_all("iframe", "frames => frames.map(f => f.title)")
    assert all(titles) and len(set(titles)) == len(titles), f"/{url}: iframe titles"
    failures = axe_violations(page, DOCS_PAGE_OPTIONS)
    assert not failures, f"/{url}: {len(failures)} axe failures:\n" + "\n".join(failures)
