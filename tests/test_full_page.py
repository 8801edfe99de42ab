"""A full Canada.ca page built only from gcds: header with search, top nav and breadcrumbs,
body, date modified, full footer — in English and French at 768 px (the page templates' examples,
checked in tests/test_pages.py, cover page.html at 320 and 1280 px).

Screenshots of each width are written to test-results/full-page/ for a person to compare
with Canada.ca's layout.
"""

from __future__ import annotations

import re

import pytest

import gcds

from .browser import CHECKS_SCRIPT, axe_violations
from .specdata import ROOT
from .test_accessibility import keyboard_problems
from .test_html_validity import PAGE_CONFIG, html_validate, missing_references

PAGE = """{% extends "gcds/page.html" %}
{% block header %}
{%- set menu -%}
{% call gcds.top_nav(label=w.menu_label) %}
{{ gcds.nav_link(text=w.home, href="/", current=true) }}
{% call gcds.nav_group(text=w.services) %}
{{ gcds.nav_link(text=w.apply, href="/apply") }}{{ gcds.nav_link(text=w.status, href="/status") }}
{% endcall %}
{{ gcds.nav_link(text=w.contact, href="/contact") }}
{% endcall %}
{%- endset -%}
{{ gcds.header(lang_href=lang_href, search=gcds.search(), menu=menu,
   breadcrumbs=gcds.breadcrumbs(items=[{"text": w.benefits, "href": "/benefits"}])) }}
{% endblock %}
{% block content %}
{{ gcds.heading(tag="h1", text=w.title) }}
{{ gcds.text(text=w.intro) }}
{% call gcds.notice(type="info", title=w.notice) %}<p>{{ w.notice_text }}</p>{% endcall %}
{{ gcds.button(text=w.start, variant="start", href="/apply") }}
{% endblock %}
{% block footer %}{{ gcds.footer(display="full", contextual_heading=w.service,
   contextual_links=[{"text": w.contact, "href": "/contact"}]) }}{% endblock %}
"""
WORDS = {
    "en": dict(menu_label="Main menu", home="Home", services="Services", apply="Apply",
               status="Check your status", contact="Contact us", benefits="Benefits",
               title="Apply for a fishing licence", intro="It takes about 10 minutes.",
               notice="Before you start", notice_text="Have your licence number ready.",
               start="Start now", service="Fishing licences"),
    "fr": dict(menu_label="Menu principal", home="Accueil", services="Services", apply="Présenter une demande",
               status="Vérifier l’état", contact="Nous joindre", benefits="Prestations",
               title="Demander un permis de pêche", intro="Cela prend environ 10 minutes.",
               notice="Avant de commencer", notice_text="Ayez votre numéro de permis à portée de main.",
               start="Commencer maintenant", service="Permis de pêche"),
}  # fmt: skip
#: The page templates' examples (tests/test_pages.py) check page.html at 320 and 1280 px;
#: this page (top_nav, a contextual footer band) is checked between them, at the tablet width.
WIDTHS = (768,)
SHOTS = ROOT / "test-results" / "full-page"


def render_page(lang: str) -> str:
    env = gcds.environment(lang=lang)
    other = "/fr/" if lang == "en" else "/en/"
    return env.from_string(PAGE).render(
        w=WORDS[lang], page_title=WORDS[lang]["title"], service_name=WORDS[lang]["service"],
        lang_href=other, date_modified="2026-11-29",
    )  # fmt: skip


@pytest.fixture(scope="module")
def full_pages(site) -> dict[str, str]:
    urls = {}
    for lang in ("en", "fr"):
        path = site.root / "pages" / f"full-{lang}.html"
        path.write_text(render_page(lang), encoding="utf-8")
        urls[lang] = f"{site.server.url}/pages/full-{lang}.html"
    return urls


def test_one_of_each_landmark_and_named_navs() -> None:
    for lang in ("en", "fr"):
        html = render_page(lang)
        assert html.count("<header") == 1 and html.count("<main") == 1
        assert html.count("<footer") == 1
        navs = re.findall(r"<nav\b[^>]*>", html)
        names = [re.search(r'aria-label(?:ledby)?="([^"]+)"', nav) for nav in navs]
        assert all(names), f"a nav without a name: {navs}"
        assert len({n.group(1) for n in names}) == len(navs), "every nav has its own name"


def test_full_page_is_valid_html(tmp_path) -> None:
    """html-validate with the rules for a whole page (.htmlvalidate-page.json: the example
    pages' rules, SRI on every stylesheet and script, the header's h2 before the h1), and
    every same-page link and id reference finds its element."""
    files = []
    for lang in ("en", "fr"):
        html = render_page(lang)
        assert missing_references(html) == [], lang
        files.append(tmp_path / f"full-{lang}.html")
        files[-1].write_text(html, encoding="utf-8")
    problems = html_validate(files, tmp_path / "report.json", config=PAGE_CONFIG)
    assert not problems, "html-validate found:\n" + "\n".join(problems)


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_full_page(browser, full_pages, lang: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(full_pages[lang], wait_until="load")
        page.wait_for_function("document.documentElement.classList.contains('gcds-js')")
        page.evaluate("document.fonts.ready.then(() => true)")
        page.add_script_tag(path=str(ROOT / "node_modules" / "axe-core" / "axe.min.js"))
        page.evaluate(CHECKS_SCRIPT)
        problems = axe_violations(page)
        problems += page.evaluate("gcdsChecks.reflow()")
        problems += keyboard_problems(page, "body")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{lang}-{width}.png"), full_page=True)
        assert not problems, "\n".join(problems)
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_menu_by_keyboard(browser, full_pages, js: bool) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=js)
    page = context.new_page()
    try:
        page.goto(full_pages["en"], wait_until="load")
        summary = page.locator(".gcds-top-nav summary").first
        for _ in range(40):
            page.keyboard.press("Tab")
            if summary.evaluate("el => el === document.activeElement"):
                break
        assert summary.evaluate("el => el === document.activeElement"), (
            "the group is reachable by Tab"
        )
        page.keyboard.press("Enter")
        assert summary.evaluate("el => el.parentElement.open"), "Enter opens the group"
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.textContent.trim()")
        assert focused == "Apply", "Tab goes into the open group"
        if js:
            page.keyboard.press("Escape")
            assert not summary.evaluate("el => el.parentElement.open"), "Escape closes it"
            assert summary.evaluate("el => el === document.activeElement"), "focus returns"
        else:
            page.keyboard.press("Shift+Tab")
            page.keyboard.press("Enter")
            assert not summary.evaluate("el => el.parentElement.open"), "Enter closes it"
    finally:
        context.close()
