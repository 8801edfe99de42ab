"""The page layout gcds/page.html: skeleton, language, skip link, landmarks; valid and axe-clean."""

from __future__ import annotations

import re
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
    assert f"<title>{WORDS[lang]['heading']} - gcds - Canada.ca</title>" in html
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


# --- page types ---------------------------------------------------------------------------

BARE = '{% extends "gcds/page.html" %}{% block content %}<h1>Your address</h1>{% endblock %}'
SERVICE = {"service_name": "Apply for Employment Insurance", "service_href": "/en/ei/apply/"}


def _page(source: str = BARE, lang: str = "en", **context) -> str:
    return gcds.environment(lang=lang).from_string(source).render(**context)


def _header(html: str) -> str:
    return html.split("<header", 1)[1].split("</header>", 1)[0]


def _footer_links(html: str) -> list[str]:
    return re.findall(r'<a class="gcds-footer__link" href="[^"]+">([^<]+)</a>', html)


def _raises(param: str, pattern: str, source: str = BARE, **context) -> None:
    with pytest.raises(gcds.ParamError) as info:
        _page(source, **context)
    message = str(info.value)
    assert message.startswith(f"gcds/page.html, context variable '{param}'"), message
    assert re.search(pattern, message), message


def test_a_standard_page_has_the_whole_canada_ca_chrome() -> None:
    menu = [{"text": "Benefits", "href": "https://www.canada.ca/en/services/benefits.html"}]
    html = _page(
        page_title="Taxes", menu_items=menu, breadcrumbs=[{"text": "Taxes", "href": "/taxes"}]
    )
    header = _header(html)
    assert '<a class="gcds-signature' in header and 'role="search"' in header
    assert 'class="gcds-topic-menu"' in header and "gcds-app-bar" not in header
    assert re.findall(r'gcds-breadcrumbs__link" href="([^"]+)"', header) == [
        "https://www.canada.ca/en.html", "/taxes",
    ]  # fmt: skip
    assert "gcds-footer--full" in html and "Social media" in _footer_links(html)
    # No breadcrumbs given: the trail is Canada.ca alone, as on a theme page.
    assert re.findall(r'gcds-breadcrumbs__link" href="([^"]+)"', _page()) == [
        "https://www.canada.ca/en.html"
    ]


def test_a_transactional_page() -> None:
    sign_in = {
        "state": "signed_in",
        "user_name": "Jane Doe",
        "account_href": "/a",
        "sign_out_href": "/o",
    }
    info = {"title": "Beta version", "text": "We changed how you sign in."}
    html = _page(
        page_type="transactional", page_title="Your address", signature_link=False, version="3.4.1",
        sign_in=sign_in, info_banner=info, terms_href="/ei/terms", privacy_href="/ei/privacy", **SERVICE,
    )  # fmt: skip
    header = _header(html)
    assert 'role="search"' not in header and "gcds-topic-menu" not in header
    assert "gcds-breadcrumbs" not in header and "https://www.canada.ca/en.html" not in header
    assert (
        '<a class="gcds-app-bar__link" href="/en/ei/apply/">Apply for Employment Insurance</a>'
        in header
    )
    order = ["gcds-skip-link", "gcds-info-banner", "gcds-signature", "gcds-sign-in", "gcds-app-bar"]
    assert [header.index(part) for part in order] == sorted(header.index(part) for part in order)
    assert "Signed in as" in header
    assert "Version:</dt>" in html and "Date modified" not in html
    assert _footer_links(html) == ["Terms and conditions", "Privacy"]
    assert 'href="/ei/terms"' in html and 'href="/ei/privacy"' in html
    assert "<title>Your address - Apply for Employment Insurance - Canada.ca</title>" in html


def test_a_transactional_page_may_still_have_search_menu_and_breadcrumbs() -> None:
    menu = [{"text": "Benefits", "href": "https://www.canada.ca/en/services/benefits.html"}]
    html = _page(
        page_type="transactional", search=True, menu_items=menu, page_url="/en/ei/apply/address",
        breadcrumbs=[{"text": "Your application", "href": "/en/ei/apply/summary"}], **SERVICE,
    )  # fmt: skip
    header = _header(html)
    assert 'role="search"' in header and "gcds-topic-menu" in header
    # The trail starts at the service's home, never at Canada.ca.
    assert re.findall(r'gcds-breadcrumbs__link" href="([^"]+)">([^<]+)<', header) == [
        ("/en/ei/apply/", "Home"), ("/en/ei/apply/summary", "Your application"),
    ]  # fmt: skip


def test_a_campaign_page() -> None:
    html = _page(page_type="campaign", lang_href="/fr/")
    header = _header(html)
    assert '<a class="gcds-signature' in header and 'role="search"' in header
    assert "gcds-breadcrumbs" in header and "Français" in header
    assert "gcds-footer--compact" in html
    assert _footer_links(html)[:3] == ["Social media", "Mobile applications", "About Canada.ca"]


def test_an_archived_page_starts_with_the_banner() -> None:
    header = _header(_page(archived=True, lang="fr"))
    assert header.index("gcds-skip-link") < header.index("gcds-archived-banner")
    assert header.index("gcds-archived-banner") < header.index("gcds-signature")
    assert "Nous avons archivé cette page et elle ne sera plus mise à jour." in header


def test_metadata_only_what_is_given() -> None:
    html = _page(page_title="Taxes")
    head = html.split("</head>", 1)[0]
    assert re.findall(r'<meta name="(?:description|dcterms\.[a-z]+|keywords)"', head) == [
        '<meta name="dcterms.title"', '<meta name="dcterms.language"',
    ]  # fmt: skip
    full = _page(
        lang="fr", page_title="Impôts", description="Impôt sur le revenu « personnel »",
        creator="Agence du revenu du Canada", subject="Impôt; Revenu", date_issued="2024-01-05",
        date_modified="2026-11-29", keywords="impôt, déclaration",
    )  # fmt: skip
    metas = dict(
        re.findall(r'<meta name="([^"]+)" content="([^"]*)">', full.split("</head>", 1)[0])
    )
    del metas["viewport"]
    assert metas == {
        "description": "Impôt sur le revenu « personnel »",
        "dcterms.title": "Impôts",
        "dcterms.description": "Impôt sur le revenu « personnel »",
        "dcterms.creator": "Agence du revenu du Canada",
        "dcterms.language": "fra",
        "dcterms.subject": "Impôt; Revenu",
        "dcterms.issued": "2024-01-05",
        "dcterms.modified": "2026-11-29",
        "keywords": "impôt, déclaration",
    }
    hostile = _page(description='"><script>alert(1)</script>')
    assert "<script>alert" not in hostile and 'content="&#34;&gt;&lt;script&gt;' in hostile


def test_every_part_is_a_block() -> None:
    source = (
        '{% extends "gcds/page.html" %}{% block breadcrumbs %}{% endblock %}'
        '{% block account %}<p class="mine">Mine</p>{% endblock %}'
        "{% block page_details %}<p>Details</p>{% endblock %}"
    )
    html = _page(source, date_modified="2026-11-29")
    assert "gcds-breadcrumbs" not in html
    assert '<div class="gcds-header__account"><p class="mine">Mine</p></div>' in html
    assert "<p>Details</p>" in html and "Date modified" not in html


@pytest.mark.parametrize(
    ("context", "param", "pattern"),
    [
        ({"page_type": "transactional", "service_href": "/a/"}, "service_name", r"required on a transactional page"),
        ({"page_type": "transactional", "service_name": "A"}, "service_href", r"required on a transactional page"),
        ({"signature_link": False}, "signature_link", r"only on a transactional page"),
        ({"page_type": "campaign", "search": False}, "search", r"mandatory on a campaign page"),
        ({"search": False}, "search", r"mandatory on a standard page"),
        ({"info_banner": {"title": "T", "text": "M"}}, "info_banner", r"gcds.alert\(site=true\)"),
        ({"page_type": "campaign", "version": "1.0"}, "version", r"for a transactional page"),
        ({"page_type": "transactional", "version": "1.0", "date_modified": "2026-01-01", **SERVICE}, "version", r"one or the other"),
        ({"date_modified": "29/11/2026"}, "date_modified", r"YYYY-MM-DD"),
        ({"date_issued": "2026-13-01"}, "date_issued", r"YYYY-MM-DD"),
        ({"breadcrumbs": [{"text": "Canada.ca", "href": "https://www.canada.ca/en.html"}]}, "breadcrumbs", r"breadcrumbs\[0\] is Canada.ca's home page"),
        ({"page_url": "/taxes/", "breadcrumbs": [{"text": "A", "href": "/a"}, {"text": "Taxes", "href": "/taxes"}]}, "breadcrumbs", r"breadcrumbs\[1\] is this page \(page_url\)"),
        ({"page_type": "transactional", "breadcrumbs": [{"text": "Home", "href": "/en/ei/apply/"}], **SERVICE}, "breadcrumbs", r"service's start page"),
        ({"page_type": "transactional", "breadcrumbs": [{"text": "Canada.ca", "href": "https://www.canada.ca/en.html"}], **SERVICE}, "breadcrumbs", r"never shows"),
        ({"page_type": "transaction"}, "page_type", r"not one of the allowed values"),
        ({"sign_in": "signed in"}, "sign_in", r"must be a dict"),
    ],
)  # fmt: skip
def test_the_page_type_rules_are_param_errors(context: dict, param: str, pattern: str) -> None:
    _raises(param, pattern, **context)


def test_a_bad_sign_in_dict_is_the_component_s_error() -> None:
    with pytest.raises(gcds.ParamError, match=r"gcds.sign_in, parameter 'sign_in_href'"):
        _page(sign_in={"state": "contextual"})
