"""The page layout gcds/page.html: skeleton, language, skip link, landmarks; valid and axe-clean."""

from __future__ import annotations

import subprocess

import pytest

import gcds

from .browser import axe_violations
from .specdata import ROOT
from .test_html_validity import missing_references

PAGE = """{% extends "gcds/page.html" %}
{% block content %}{{ gcds.heading(tag="h1", text=heading) }}
{{ gcds.text(text=body) }}{{ gcds.button(text=action) }}{% endblock %}"""
WORDS = {
    "en": {"heading": "Apply for a permit", "body": "It takes 10 minutes.", "action": "Start"},
    "fr": {
        "heading": "Demander un permis",
        "body": "Cela prend 10 minutes.",
        "action": "Commencer",
    },
}


def render_page(lang: str) -> str:
    env = gcds.environment(lang=lang)
    other = "/fr/" if lang == "en" else "/en/"
    return env.from_string(PAGE).render(
        page_title=WORDS[lang]["heading"],
        service_name="gcds",
        lang_href=other,
        date_modified="2026-11-29",
        **WORDS[lang],
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_page_skeleton(lang: str) -> None:
    html = render_page(lang)
    assert html.startswith("<!DOCTYPE html>")
    assert f'<html lang="{lang}">' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert f"<title>{WORDS[lang]['heading']} – gcds – Canada.ca</title>" in html
    skip = {"en": "Skip to main content", "fr": "Passer au contenu principal"}[lang]
    body = html.split("<body", 1)[1]
    assert body.index(skip) < body.index("<main"), "the skip link comes first"
    assert '<main id="main-content"' in html
    assert html.count("<header") == 1 and html.count("<footer") == 1 and html.count("<main") == 1
    assert html.count("gcds-skip-link") == 1
    toggle = {"en": 'lang="fr" hreflang="fr"', "fr": 'lang="en" hreflang="en"'}[lang]
    assert toggle in html and 'datetime="2026-11-29"' in html
    assert 'href="/static/gcds/css/gcds.min.css" integrity="sha384-' in html
    assert 'src="/static/gcds/js/gcds.min.js" integrity="sha384-' in html
    assert "style=" not in html and "<script>" not in html


def test_page_language_from_context_overrides_the_environment() -> None:
    env = gcds.environment(lang="en")
    html = env.from_string(PAGE).render(lang="fr", page_title="Permis", **WORDS["fr"])
    assert '<html lang="fr">' in html and "Passer au contenu principal" in html


def test_page_is_valid_html(tmp_path) -> None:
    files = []
    for lang in ("en", "fr"):
        path = tmp_path / f"page-{lang}.html"
        html = render_page(lang)
        path.write_text(html, encoding="utf-8")
        assert missing_references(html) == [], lang
        files.append(str(path))
    validator = ROOT / "node_modules" / ".bin" / "html-validate"
    result = subprocess.run(
        [str(validator), "--config", str(ROOT / ".htmlvalidate-page.json"), *files],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_page_is_axe_clean_and_skip_link_works(probes, site, lang: str) -> None:
    path = site.root / "pages" / f"layout-{lang}.html"
    path.write_text(render_page(lang), encoding="utf-8")
    probe = probes["responsive"]
    probe.show(path, width=320)
    page = probe.page
    assert axe_violations(page) == []
    assert page.evaluate("gcdsChecks.reflow()") == []
    page.evaluate("gcdsChecks.resetFocus()")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "gcds-skip-link"
    assert page.evaluate("document.activeElement.getBoundingClientRect().height") > 24
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
