"""The Canada.ca page chrome: app_bar, info_banner, archived_banner, the footer's page-type
displays, the breadcrumb rules and the header's slots (which its examples fill by hand:
they must stay what the components render)."""

from __future__ import annotations

import re

import pytest
from markupsafe import Markup

import gcds

from .specdata import SPECS


def _raises(component: str, param: str, pattern: str, /, **params) -> None:
    with pytest.raises(gcds.ParamError) as info:
        gcds.render(component, **params)
    message = str(info.value)
    assert message.startswith(f"gcds.{component}") and f"'{param}'" in message, message
    assert re.search(pattern, message), message


def _example(component: str, name: str):
    return next(e for e in gcds.examples.examples(component) if e.name == name)


# --- app_bar ---------------------------------------------------------------------------


def test_app_bar_is_an_h2_link_to_the_start() -> None:
    html = gcds.render("app_bar", name="Apply for Employment Insurance", href="/ei/")
    assert re.search(
        r'<h2 class="gcds-app-bar__name"><a class="gcds-app-bar__link" href="/ei/">'
        r"Apply for Employment Insurance</a></h2>",
        html,
    )
    _raises("app_bar", "href", "javascript", name="A", href="javascript:alert(1)")


# --- info_banner ----------------------------------------------------------------------------


def test_info_banner_is_a_region_named_by_its_title() -> None:
    html = gcds.render("info_banner", title="Beta version", text="New look.")
    assert '<section class="gcds-info-banner" aria-labelledby="gcds-info-banner-title">' in html
    assert (
        '<h2 class="gcds-info-banner__title" id="gcds-info-banner-title">Beta version</h2>' in html
    )
    own = gcds.render("info_banner", id="beta", title="Beta version", text="New look.")
    assert 'aria-labelledby="beta-title"' in own and 'id="beta-title"' in own
    assert "gcds-info-banner__actions" not in html


def test_info_banner_colon_is_not_read() -> None:
    css = (gcds.specs.STATIC_DIR / "css" / "gcds.css").read_text(encoding="utf-8")
    # Empty alternative text after the slash: shown, not part of the region's name.
    assert re.search(r'\.gcds-info-banner__title::after\s*\{\s*content:\s*":"\s*/\s*""', css)
    fr = r'\.gcds-info-banner__title:lang\(fr\)::after\s*\{\s*content:\s*"\\(00)?a0:"\s*/\s*""'
    assert re.search(fr, css), "French: a non-breaking space before the colon"


def test_info_banner_link_and_button() -> None:
    html = gcds.render(
        "info_banner", title="T", text="M", link={"text": "More", "href": "/more", "external": True},
        button={"text": "Try it", "href": "/try"},
    )  # fmt: skip
    assert html.index(">More<") < html.index(">Try it<")
    assert 'rel="external"' in html and "(external link)" in html
    assert re.search(
        r'<a href="/try" class="gcds-button gcds-button--primary gcds-info-banner__button"', html
    )


@pytest.mark.parametrize(
    ("params", "param", "pattern"),
    [
        ({"link": {"text": "More"}}, "link", r"needs 'text' and 'href'"),
        ({"button": {"href": "/x"}}, "button", r"needs 'text' and 'href'"),
        ({"link": {"text": "M", "href": "/m", "target": "_blank"}}, "link", r"unknown key 'target'"),
        ({"button": {"text": "B", "href": "/b", "external": True}}, "button", r"unknown key 'external'"),
        ({"link": {"text": "M", "href": "/m", "external": "yes"}}, "link", r"external must be True or False"),
        ({"link": {"text": "M", "href": "javascript:alert(1)"}}, "link", r"javascript"),
        ({"button": {"text": "B", "href": " JavaScript:alert(1)"}}, "button", r"javascript"),
    ],
)  # fmt: skip
def test_info_banner_refuses(params: dict, param: str, pattern: str) -> None:
    _raises("info_banner", param, pattern, title="T", text="M", **params)


# --- archived_banner ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "We have archived this page and will not be updating it.", "You can use it for research or reference."),
        ("fr", "Nous avons archivé cette page et elle ne sera plus mise à jour.", "Vous pouvez la consulter à des fins de recherche ou à titre de référence."),
    ],
)  # fmt: skip
def test_archived_banner_says_the_official_words(lang: str, title: str, text: str) -> None:
    html = gcds.render("archived_banner", lang=lang)
    assert f'id="gcds-archived-banner-title">{title}</h2>' in html
    assert f'<p class="gcds-archived-banner__text">{text}</p>' in html
    assert 'aria-labelledby="gcds-archived-banner-title"' in html


# --- footer -----------------------------------------------------------------------------------


def _links(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a class="gcds-footer__link" href="([^"]+)">([^<]+)</a>', str(html))


def test_footer_transactional_keeps_terms_and_privacy_inside_the_service() -> None:
    html = gcds.render(
        "footer", corporate_links=False, terms_href="/app/terms", privacy_href="/app/privacy"
    )
    assert _links(html) == [("/app/terms", "Terms and conditions"), ("/app/privacy", "Privacy")]
    full = gcds.render("footer", lang="fr")
    assert [text for _, text in _links(full)] == [
        "Médias sociaux", "Applications mobiles", "À propos de Canada.ca", "Avis", "Confidentialité",
    ]  # fmt: skip
    assert ("https://www.canada.ca/fr/transparence/avis.html", "Avis") in _links(full)


def test_footer_full_has_the_19_canada_ca_themes() -> None:
    html = gcds.render("footer", display="full")
    themes = html.split("gcds-footer__list--themes", 1)[1].split("</ul>", 1)[0]
    names = re.findall(r">([^<]+)</a>", themes)
    assert len(names) == 19
    assert names[0] == "Jobs" and names[-1] == "Manage life events"
    assert "Money and finances" in names and "Indigenous Peoples" in names


def test_footer_wordmark_only() -> None:
    html = gcds.render("footer", display="wordmark")
    assert "<a" not in html and "<h2" not in html and "<nav" not in html
    assert 'alt="Symbol of the Government of Canada"' in html
    for param, value in [
        ("terms_href", "/t"), ("privacy_href", "/p"), ("corporate_links", False),
        ("contextual_heading", "Service"),
    ]:  # fmt: skip
        _raises("footer", param, r"wordmark", display="wordmark", **{param: value})


# --- breadcrumbs ------------------------------------------------------------------------------


def _crumbs(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a class="gcds-breadcrumbs__link" href="([^"]+)">([^<]+)</a>', str(html))


def test_breadcrumbs_start_at_canada_ca_or_the_application_home() -> None:
    items = [{"text": "Benefits", "href": "/benefits"}]
    assert _crumbs(gcds.render("breadcrumbs", items=items, lang="fr")) == [
        ("https://www.canada.ca/fr.html", "Canada.ca"), ("/benefits", "Benefits"),
    ]  # fmt: skip
    assert _crumbs(gcds.render("breadcrumbs", home_href="/app/", items=items))[0] == (
        "/app/",
        "Home",
    )
    assert _crumbs(gcds.render("breadcrumbs", home_href="/app/", lang="fr"))[0] == (
        "/app/",
        "Accueil",
    )
    named = gcds.render("breadcrumbs", home_href="/app/", home_text="Apply for a passport")
    assert _crumbs(named) == [("/app/", "Apply for a passport")]


def test_breadcrumbs_never_show_the_current_page() -> None:
    assert "current" not in {p["name"] for p in SPECS["breadcrumbs"]["params"]}
    _raises("breadcrumbs", "current", r"unknown parameter", current="Personal income tax")
    _raises(
        "breadcrumbs", "items", r"unknown key 'current'.*never in the trail",
        items=[{"text": "Taxes", "href": "/taxes", "current": True}],
    )  # fmt: skip
    html = gcds.render("breadcrumbs", items=[{"text": "Taxes", "href": "/taxes"}])
    assert "aria-current" not in html and "<span" not in html


@pytest.mark.parametrize(
    ("params", "param", "pattern"),
    [
        ({"items": [{"text": "Canada.ca", "href": "https://www.canada.ca/en.html"}]}, "items", r"items\[0\] is the Canada.ca home page"),
        ({"items": [{"text": "Accueil", "href": "https://www.canada.ca/fr.html"}]}, "items", r"Canada.ca home page"),
        ({"home_href": "/app/", "items": [{"text": "Home", "href": "/app/"}]}, "items", r"items\[0\] is home_href"),
        ({"home_text": "Passport"}, "home_text", r"give home_href too"),
        ({"home_href": "/app/", "hide_canada_link": True}, "hide_canada_link", r"one or the other"),
        ({"hide_canada_link": True}, "items", r"nothing to show"),
        ({"items": [{"text": "A"}]}, "items", r"items\[0\] needs 'text' and 'href'"),
        ({"items": [{"text": "A", "href": "javascript:x"}]}, "items", r"javascript"),
    ],
)  # fmt: skip
def test_breadcrumbs_refuse(params: dict, param: str, pattern: str) -> None:
    _raises("breadcrumbs", param, pattern, **params)


def test_breadcrumbs_may_list_canada_ca_pages_below_home() -> None:
    items = [{"text": "Taxes", "href": "https://www.canada.ca/en/services/taxes.html"}]
    assert len(_crumbs(gcds.render("breadcrumbs", items=items))) == 2


# --- header -----------------------------------------------------------------------------------


def test_header_signature_link_is_optional() -> None:
    linked = gcds.render("header")
    assert '<a class="gcds-signature' in linked and 'href="https://www.canada.ca/en.html"' in linked
    plain = gcds.render("header", signature_link=False)
    assert '<div class="gcds-signature' in plain and "https://www.canada.ca/en.html" not in plain


def test_header_order_under_the_divider() -> None:
    """Notices after the skip link; the menu then the sign-in area under the divider (after
    the brand band); then the app bar, then the breadcrumbs."""
    html = gcds.render(
        "header", lang_href="/fr/", notices=Markup("<p>NOTICES</p>"), banner=Markup("<p>BANNER</p>"),
        menu=Markup("<p>MENU</p>"), account=Markup("<p>ACCOUNT</p>"), app_bar=Markup("<p>APPBAR</p>"),
        breadcrumbs=Markup("<p>CRUMBS</p>"),
    )  # fmt: skip
    order = ["gcds-skip-link", "NOTICES", "BANNER", "Français", "gcds-signature", "gcds-header__nav",
             "MENU", "ACCOUNT", "APPBAR", "CRUMBS"]  # fmt: skip
    at = [html.index(marker) for marker in order]
    assert at == sorted(at), order
    assert '<div class="gcds-header__account"><p>ACCOUNT</p></div>' in html
    alone = gcds.render("header", account=Markup("<p>ACCOUNT</p>"))
    assert 'class="gcds-header__nav"' in alone and "gcds-header__menu" not in alone


@pytest.mark.parametrize(
    ("example", "slot", "component", "params"),
    [
        ("transactional", "notices", "info_banner", {"title": "Scheduled maintenance", "text": "The service will be unavailable on Sunday, March 8, from 1 am to 5 am Eastern Time."}),
        ("transactional", "account", "sign_in", {"state": "signed_in", "user_name": "Jane Doe", "account_href": "/en/msca/", "sign_out_href": "/en/msca/sign-out/"}),
        ("transactional", "app_bar", "app_bar", {"name": "Apply for Employment Insurance", "href": "/en/ei/apply/"}),
        ("full", "account", "sign_in", {"sign_in_href": "/sign-in"}),
    ],
)  # fmt: skip
def test_header_examples_fill_slots_as_the_components_render(
    example: str, slot: str, component: str, params: dict
) -> None:
    """The header's examples hold the slot markup written out (a spec example is data): it
    must be what the component renders, apart from the line breaks between elements."""
    given = _example("header", example).params[slot]
    rendered = str(gcds.render(component, **params)).replace("\n", "")
    assert given == rendered
