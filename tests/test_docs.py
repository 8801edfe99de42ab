"""The docs site: ``mkdocs build --strict`` passes and every component has its generated page."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import gcds
from gcds.examples import examples

from .browser import AXE_JS, AXE_OPTIONS, SiteServer
from .specdata import EXAMPLES, SPECS

pytest.importorskip("mkdocs")
pytest.importorskip("material")

# One worker builds the site and checks all of its pages (pytest-xdist --dist loadgroup).
pytestmark = pytest.mark.xdist_group("docs")

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

# Load every preview (they load lazily, as a reader scrolls) and wait for all of them.
LOAD_PREVIEWS = """() => Promise.all([...document.querySelectorAll("iframe")].map(frame => {
    const doc = frame.contentDocument;
    if (doc && doc.readyState === "complete" && doc.URL !== "about:blank") return true;
    const loaded = new Promise(done => frame.addEventListener("load", done, {once: true}));
    frame.loading = "eager";
    return loaded;
}))"""
START_AXE = "o => { window.gcdsAxe = axe.run(document, o); return true; }"
# Each preview is its own document (an example page, with its own landmarks), checked by
# test_accessibility like every example page; here axe checks the docs page itself and
# does not descend into the previews, whose landmarks are not the docs page's.
DOCS_PAGE_OPTIONS = {**AXE_OPTIONS, "iframes": False}


def docs_pages(site: Path) -> list[str]:
    """The site's own pages (not the example pages: test_accessibility checks those)."""
    pages = ["", "getting-started/", "components/"]
    pages += [f"components/{name}/" for name in sorted(SPECS)]
    for page in pages:
        assert (site / page / "index.html").is_file(), page
    return pages


def axe_failures(url: str, results: dict) -> list[str]:
    return [
        f"/{url}: {v['id']}: {v['help']}\n    "
        + (" ".join(v["nodes"][0]["html"].split()) if v["nodes"] else "")
        for v in results["violations"]
    ]


def test_previews_are_the_tested_example_pages(site: Path) -> None:
    """Each preview is an example page as gcds.examples.example_page writes it, which
    test_accessibility checks (axe, keyboard, reflow) in English and French."""
    for example in EXAMPLES:
        for lang, suffix in (("en", ""), ("fr", ".fr")):
            page = site / "examples" / example.component / f"{example.name}{suffix}.html"
            html = page.read_text(encoding="utf-8")
            with gcds.use_lang(lang):
                # The example pages sit two levels below the site's copy of the static files.
                body = example.render(lang, static_href="../../gcds-static")
            assert str(body) in html, page
            assert "<title>" in html and "<main" in html and "<h1" in html, page


def test_docs_pages_are_axe_clean(site: Path, browser) -> None:
    """Every generated page, theme chrome included, and the previews (iframes) in it.

    Two tabs take turns: while axe runs on one page, the next page loads in the other.
    """
    server = SiteServer(site)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    # axe in every document, the preview iframes included, so axe.run checks them too.
    context.add_init_script(path=str(AXE_JS))
    tabs = [context.new_page(), context.new_page()]
    running: dict[int, str] = {}  # tab -> the page axe is running on
    failures: list[str] = []

    def finish(tab: int) -> None:
        url = running.pop(tab)
        failures.extend(axe_failures(url, tabs[tab].evaluate("() => window.gcdsAxe")))

    try:
        for i, url in enumerate(docs_pages(site)):
            tab = i % len(tabs)
            if tab in running:
                finish(tab)
            page = tabs[tab]
            page.goto(f"{server.url}/{url}", wait_until="load")
            page.evaluate(LOAD_PREVIEWS)
            titles = page.eval_on_selector_all("iframe", "frames => frames.map(f => f.title)")
            assert all(titles) and len(set(titles)) == len(titles), f"/{url}: iframe titles"
            page.evaluate(START_AXE, DOCS_PAGE_OPTIONS)
            running[tab] = url
        for tab in list(running):
            finish(tab)
    finally:
        context.close()
        server.close()
    assert not failures, f"{len(failures)} axe failures:\n" + "\n".join(failures)
