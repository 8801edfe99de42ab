"""The server message pages: gcds/error.html (404, 500, 503…, one language or bilingual),
gcds/splash.html (language selection) and gcds/session_expired.html, and
``gcds.error_page``. The whole-page layers (html-validate, axe, keyboard, screenshots) run
on their spec examples in tests/test_pages.py; these check what each page must say and
mark, in which language, and the context errors.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from markupsafe import Markup

import gcds
from gcds.pages import page_specs

from .specdata import PAGE_EXAMPLES

VOID = {"meta", "link", "img", "input", "br", "hr", "source", "area", "col", "wbr"}
ERROR = page_specs()["error"]["strings"]
DEFAULT_LINKS = ("home", "services", "contact", "sign_in", "benefits", "taxes", "immigration")


class Page(HTMLParser):
    """The elements of a page with their attributes, text and language (their own
    ``lang``, else their nearest ancestor's)."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[dict[str, Any]] = []
        self._open: list[dict[str, Any]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        own = dict(attrs)
        parent = self._open[-1]["lang"] if self._open else None
        element = {"tag": tag, "attrs": own, "lang": own.get("lang") or parent, "text": ""}
        self.elements.append(element)
        if tag not in VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self._open and self._open.pop()["tag"] != tag:
            pass

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element["text"] += data

    def find(self, tag: str, **attrs: str) -> list[dict[str, Any]]:
        return [
            e
            for e in self.elements
            if e["tag"] == tag
            and all(e["attrs"].get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def one(self, tag: str, **attrs: str) -> dict[str, Any]:
        found = self.find(tag, **attrs)
        assert len(found) == 1, f"{len(found)} <{tag} {attrs}>"
        return found[0]

    def text(self, element: dict[str, Any]) -> str:
        return " ".join(element["text"].split())

    def links(self, within: dict[str, Any] | None = None) -> list[tuple[str, str]]:
        """(text, href) of the links in the error page's list(s), in order."""
        return [
            (self.text(a), a["attrs"]["href"])
            for a in self.find("a", **{"class": "gcds-error-page__link"})
            if "#" not in a["attrs"]["href"] and (within is None or a["lang"] == within)
        ]


def default_links(lang: str) -> list[tuple[str, str]]:
    return [(ERROR[f"link_{k}"][lang], ERROR[f"link_{k}_href"][lang]) for k in DEFAULT_LINKS]


def main_text(page: str) -> str:
    return html.unescape(page.split("<main", 1)[1].split("</main>", 1)[0])


# --- gcds/error.html, one language -------------------------------------------------------


def test_404_in_english_needs_no_request_and_says_what_canada_ca_says() -> None:
    page = gcds.error_page(404)
    tree = Page(page)
    assert tree.one("html")["attrs"]["lang"] == "en"
    assert tree.one("meta", name="robots")["attrs"]["content"] == "noindex, nofollow, noarchive"
    assert tree.text(tree.one("title")) == "Page not found - Canada.ca"
    assert tree.text(tree.one("h1")) == "Page not found"
    assert tree.text(tree.one("strong", **{"class": "gcds-tag gcds-tag--red"})) == "404 error"
    assert (
        "The page you’re looking for may have been moved or deleted. Check that the web address"
        " (URL) is spelled correctly. Do not include special characters or spaces in the URL."
    ) in " ".join(main_text(page).split())
    assert "You may be looking for:" in page
    assert tree.links() == default_links("en")
    assert tree.links()[0] == ("Canada.ca home page", "https://www.canada.ca/en.html")
    # Signature-only header (with its skip link), compact footer; no menu, breadcrumbs, search.
    assert len(tree.find("header")) == 1 and len(tree.find("footer")) == 1
    for absent in ("gcds-breadcrumbs", "gcds-header__menu", "gcds-top-nav", 'role="search"'):
        assert absent not in page
    assert tree.find("a", href="https://www.canada.ca/en/transparency/terms.html")
    assert "<script" not in page


def test_404_in_french() -> None:
    page = gcds.error_page(404, lang="fr")
    tree = Page(page)
    assert tree.one("html")["attrs"]["lang"] == "fr"
    assert tree.text(tree.one("h1")) == "Page non trouvée"
    assert "Erreur 404" in page
    assert "Vous cherchez peut-être l’une des pages suivantes\u00a0:" in main_text(page)
    assert tree.links() == default_links("fr")
    assert "Page not found" not in page and "You may be looking" not in page
    assert "'" not in main_text(page), "French text writes the typographic apostrophe (’)"
    assert tree.find("a", href="https://www.canada.ca/fr/transparence/avis.html")


@pytest.mark.parametrize(
    ("status", "lang", "heading", "label"),
    [
        (500, "en", "Something went wrong", "500 error"),
        (500, "fr", "Un problème est survenu", "Erreur 500"),
        (503, "en", "Service unavailable", "503 error"),
        (503, "fr", "Service non disponible", "Erreur 503"),
    ],
)
def test_500_and_503(status: int, lang: str, heading: str, label: str) -> None:
    page = gcds.error_page(status, lang=lang)
    tree = Page(page)
    assert tree.text(tree.one("h1")) == heading
    assert tree.text(tree.one("strong", **{"class": "gcds-tag gcds-tag--red"})) == label
    assert ERROR[f"message_{status}"][lang] in main_text(page)
    assert tree.links() == default_links(lang)


def test_any_status_with_its_own_title_message_and_links() -> None:
    links = [{"text": "Your account", "href": "/en/account"}]
    page = gcds.error_page(
        410, title="This permit was withdrawn", message="Apply for a new one.", links=links
    )
    tree = Page(page)
    assert tree.text(tree.one("h1")) == "This permit was withdrawn"
    assert tree.text(tree.one("title")) == "This permit was withdrawn - Canada.ca"
    assert "410 error" in page and "Apply for a new one." in page
    assert tree.links() == [("Your account", "/en/account")]


def test_message_is_escaped_unless_markup() -> None:
    plain = gcds.error_page(503, message="Back <soon> & better")
    assert "Back &lt;soon&gt; &amp; better" in plain
    trusted = gcds.error_page(503, message=Markup('See <a href="/status">the status page</a>.'))
    assert 'See <a href="/status">the status page</a>.' in trusted
    title = gcds.error_page(403, title="Fish & game", message="No.")
    assert "<title>Fish &amp; game - Canada.ca</title>" in title  # escaped once, not twice


def test_empty_links_leave_the_list_out() -> None:
    page = gcds.error_page(404, links=[])
    assert "You may be looking for" not in page and "gcds-error-page__links" not in page


def test_a_dict_on_a_one_language_page_gives_that_language() -> None:
    page = gcds.error_page(
        403,
        lang="fr",
        title={"en": "No access", "fr": "Accès refusé"},
        message={"en": "Ask your manager.", "fr": "Demandez à votre gestionnaire."},
        links={
            "en": [{"text": "Account", "href": "/en/a"}],
            "fr": [{"text": "Compte", "href": "/fr/c"}],
        },
    )
    tree = Page(page)
    assert tree.text(tree.one("h1")) == "Accès refusé"
    assert "Demandez à votre gestionnaire." in page and "Ask your" not in page
    assert tree.links() == [("Compte", "/fr/c")]


def test_search_and_language_toggle_when_asked() -> None:
    tree = Page(gcds.error_page(404, lang="fr", search=True, lang_href="/en/404.html"))
    form = tree.one("form", role="search")
    assert form["attrs"]["action"] == "https://www.canada.ca/fr/sr/srb.html"
    assert tree.one("a", href="/en/404.html")["attrs"]["lang"] == "en"


def test_static_url_is_where_the_css_is() -> None:
    page = gcds.error_page(404, static_url="/assets/gcds/")
    assert '<link rel="stylesheet" href="/assets/gcds/css/gcds.min.css"' in page


def test_a_flask_configured_environment_renders_it_outside_any_request() -> None:
    flask = pytest.importorskip("flask")
    from gcds.flask import Gcds

    app = flask.Flask(__name__)
    Gcds(app)
    page = app.jinja_env.get_template("gcds/error.html").render(status=404)  # no app context
    version = app.extensions["gcds"].version
    assert "Page not found" in page and f"/_gcds/static/{version}/css/gcds.min.css" in page


def test_extending_it_adds_to_the_content() -> None:
    env = gcds.environment()
    page = env.from_string(
        '{% extends "gcds/error.html" %}'
        "{% block content %}{{ super() }}<p>Reference: 8f2c</p>{% endblock %}"
    ).render(status=500)
    assert "Something went wrong" in page and "<p>Reference: 8f2c</p>" in page


# --- gcds/error.html, bilingual ----------------------------------------------------------


def test_bilingual_404_side_by_side() -> None:
    page = gcds.error_page(404, bilingual=True)
    tree = Page(page)
    assert tree.one("html")["attrs"]["lang"] == "en"
    h1 = tree.one("h1")
    assert h1["attrs"]["class"] == "gcds-u-visually-hidden"
    assert tree.text(h1) == "Page not found / Page non trouvée"
    assert '/ <span lang="fr">Page non trouvée</span></h1>' in page
    assert tree.text(tree.one("title")) == "Page not found / Page non trouvée - Canada.ca"
    sections = tree.find("section", **{"class": "gcds-error-page__column"})
    assert [s["attrs"]["id"] for s in sections] == ["gcds-error-en", "gcds-error-fr"]
    assert "lang" not in sections[0]["attrs"] and sections[1]["attrs"]["lang"] == "fr"
    for section, heading in zip(sections, ("Page not found", "Page non trouvée"), strict=True):
        labelled = tree.one("h2", id=section["attrs"]["aria-labelledby"])
        assert tree.text(labelled) == heading
    en, fr = (tree.text(s) for s in sections)
    assert "404 error" in en and "Erreur 404" in fr
    assert ERROR["message_404"]["en"] in " ".join(html.unescape(page).split())
    assert tree.links("en") == default_links("en") and tree.links("fr") == default_links("fr")
    # Each column starts with a link to the other, in the other's language.
    to_fr = tree.one("a", href="#gcds-error-fr")
    assert tree.text(to_fr) == "Aller à la version française" and to_fr["attrs"]["lang"] == "fr"
    to_en = tree.one("a", href="#gcds-error-en")
    assert tree.text(to_en) == "Go to the English version" and to_en["attrs"]["lang"] == "en"
    # Signature alone, wordmark alone (with its alternative in both languages); no toggle,
    # no skip link, no corporate links (they exist in one language only).
    assert "gcds-lang-toggle" not in page and "gcds-skip-link" not in page
    assert "Terms and conditions" not in page and "gcds-footer__" not in page
    footer = tree.one("footer")
    assert "Symbol of the Government of Canada" in page
    assert "Symbole du gouvernement du Canada" in footer["text"]
    assert "noindex" in tree.one("meta", name="robots")["attrs"]["content"]


def test_bilingual_french_first() -> None:
    page = gcds.error_page(500, lang="fr", bilingual=True, search=True)
    tree = Page(page)
    assert tree.one("html")["attrs"]["lang"] == "fr"
    assert tree.text(tree.one("h1")) == "Un problème est survenu / Something went wrong"
    sections = tree.find("section", **{"class": "gcds-error-page__column"})
    assert [s["attrs"]["id"] for s in sections] == ["gcds-error-fr", "gcds-error-en"]
    assert sections[1]["attrs"]["lang"] == "en"
    forms = tree.find("form", role="search")
    assert [(f["attrs"]["id"], f["lang"], f["attrs"]["aria-label"]) for f in forms] == [
        ("gcds-search-fr", "fr", "Recherche"),
        ("gcds-search-en", "en", "Search"),
    ]


def test_bilingual_overrides_give_both_languages() -> None:
    page = gcds.error_page(
        503,
        bilingual=True,
        title={"en": "Closed for maintenance", "fr": "Fermé pour entretien"},
        message={"en": "Back at 6 a.m.", "fr": "De retour à 6 h."},
        links={"en": [], "fr": []},
        strings={"go_to_column": {"en": "English", "fr": "Français"}},
    )
    tree = Page(page)
    assert tree.text(tree.one("h1")) == "Closed for maintenance / Fermé pour entretien"
    assert "Back at 6 a.m." in page and "De retour à 6 h." in page
    assert tree.links() == []
    assert tree.text(tree.one("a", href="#gcds-error-fr")) == "Français"
    assert tree.text(tree.one("a", href="#gcds-error-en")) == "English"


def test_a_text_strings_override_is_the_page_language_only() -> None:
    page = gcds.error_page(404, bilingual=True, strings={"links_intro": "Try one of these:"})
    assert "Try one of these:" in page
    assert "Vous cherchez peut-être l’une des pages suivantes" in page


# --- context errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("context", "param", "message"),
    [
        ({"status": 200}, "status", "400 to 599, not 200"),
        ({"status": "404"}, "status", "whole number"),
        ({"status": 418}, "title", "is required with status 418"),
        ({"status": 418, "title": "Teapot"}, "message", "is required with status 418"),
        ({"lang": "de"}, "lang", "'de' is not one of the allowed values"),
        ({"bilingual": "yes"}, "bilingual", "True or False"),
        ({"bilingual": True, "title": "Gone"}, "title", "give both languages"),
        ({"bilingual": True, "message": "Gone"}, "message", "give both languages"),
        ({"bilingual": True, "links": []}, "links", "give both languages"),
        ({"bilingual": True, "title": {"en": "Gone"}}, "title", "its 'fr' is missing"),
        ({"bilingual": True, "links": {"en": []}}, "links", "its 'fr' is missing"),
        ({"bilingual": True, "lang_href": "/fr/"}, "lang_href", "one-language page"),
        ({"title": {"EN": "Gone"}}, "title", "unknown key 'EN' (allowed: en, fr"),
        ({"links": "home"}, "links", "must be list or dict"),
        ({"links": {"en": "home"}}, "links", "links.en must be a list"),
        ({"links": [{"text": "Home", "href": "/"}] * 11}, "links", "has 11 links; Canada.ca"),
        ({"links": [{"text": "Home"}]}, "links", "links[0] must be a dict with 'text' and 'href'"),
        ({"links": ["/home"]}, "links", "links[0] must be a dict"),
        ({"links": [{"text": "Home", "href": "/", "title": "x"}]}, "links", "unknown key 'title'"),
        ({"links": [{"text": "x", "href": "javascript:alert(1)"}]}, "links", "javascript:"),
        ({"lang_href": "javascript:alert(1)"}, "lang_href", "javascript:"),
        ({"strings": {"title": "x"}}, "strings", "no built-in string 'title'"),
        ({"search": 1}, "search", "True or False"),
    ],
)
def test_wrong_context_is_a_param_error(context: dict[str, Any], param: str, message: str) -> None:
    context = {"status": 404, **context}
    with pytest.raises(gcds.ParamError) as error:
        gcds.error_page(**context)
    assert str(error.value).startswith(f"gcds/error.html, context variable '{param}': ")
    assert message in str(error.value)


def test_ten_links_is_the_limit() -> None:
    links = [{"text": f"Link {n}", "href": f"/{n}"} for n in range(10)]
    assert len(Page(gcds.error_page(404, links=links)).links()) == 10


# --- gcds/splash.html ------------------------------------------------------------------------


def render(template: str, **context: Any) -> str:
    lang = context.get("lang", "en")
    with gcds.use_lang(lang):
        return gcds.environment(lang=lang).get_template(f"gcds/{template}.html").render(**context)


def test_splash_english_first() -> None:
    page = render(
        "splash", en_href="https://www.canada.ca/en.html", fr_href="https://www.canada.ca/fr.html"
    )
    tree = Page(page)
    assert tree.one("html")["attrs"]["lang"] == "en"
    assert tree.one("meta", name="robots")["attrs"]["content"] == "noindex, follow"
    h1 = tree.one("h1")
    assert h1["attrs"]["class"] == "gcds-u-visually-hidden"
    assert tree.text(h1) == "Government of Canada / Gouvernement du Canada"
    assert '/ <span lang="fr">Gouvernement du Canada</span></h1>' in page
    buttons = tree.find("a", **{"class": "gcds-button gcds-button--primary gcds-splash__button"})
    assert [(tree.text(a), a["attrs"]) for a in buttons] == [
        (
            "English",
            {
                "class": "gcds-button gcds-button--primary gcds-splash__button",
                "href": "https://www.canada.ca/en.html",
                "lang": "en",
                "hreflang": "en",
                "translate": "no",
            },
        ),
        (
            "Français",
            {
                "class": "gcds-button gcds-button--primary gcds-splash__button",
                "href": "https://www.canada.ca/fr.html",
                "lang": "fr",
                "hreflang": "fr",
                "translate": "no",
            },
        ),
    ]
    terms = tree.find("a", **{"class": "gcds-splash__link"})
    assert [(tree.text(a), a["attrs"]["href"], a["lang"]) for a in terms] == [
        ("Terms and conditions", "https://www.canada.ca/en/transparency/terms.html", "en"),
        ("Avis", "https://www.canada.ca/fr/transparence/avis.html", "fr"),
    ]
    assert "✱" in tree.one("p", **{"class": "gcds-splash__terms"})["text"]
    assert "wmms-spl-en.svg" in page and "Symbole du gouvernement du Canada" in page
    assert len(tree.find("main")) == 1 and "gcds-splash__background" not in page
    assert "<script" not in page


def test_splash_french_first_with_the_site_name_and_a_background() -> None:
    page = render(
        "splash",
        lang="fr",
        en_href="/en/",
        fr_href="/fr/",
        site_name={"en": "Fishing licences", "fr": "Permis de pêche"},
        background="/img/lake.jpg",
    )
    tree = Page(page)
    assert tree.one("html")["attrs"]["lang"] == "fr"
    assert tree.text(tree.one("h1")) == "Permis de pêche / Fishing licences"
    assert tree.text(tree.one("title")) == "Permis de pêche / Fishing licences - Canada.ca"
    assert [(tree.text(h), h["lang"]) for h in tree.find("h2")] == [
        ("Permis de pêche", "fr"),
        ("Fishing licences", "en"),
    ]
    assert [tree.text(a) for a in tree.find("a", translate="no")] == ["Français", "English"]
    assert [tree.text(a) for a in tree.find("a", **{"class": "gcds-splash__link"})] == [
        "Avis",
        "Terms and conditions",
    ]
    assert tree.one("img", src="/img/lake.jpg")["attrs"]["alt"] == ""


@pytest.mark.parametrize(
    ("context", "param", "message"),
    [
        ({"en_href": None}, "en_href", "is required"),
        ({"fr_href": "javascript:alert(1)"}, "fr_href", "javascript:"),
        ({"site_name": {"en": "Permits"}}, "site_name", "needs the name in both languages"),
        ({"site_name": {"en": "Permits", "fr": 3}}, "site_name", "needs the name in both"),
        ({"site_name": {"en": "P", "fr": "P", "es": "P"}}, "site_name", "unknown key 'es'"),
        ({"site_name": "Permits"}, "site_name", "must be a dict"),
        ({"background": "data:image/png;base64,AAAA"}, "background", "data: URL"),
    ],
)
def test_splash_wrong_context(context: dict[str, Any], param: str, message: str) -> None:
    context = {"en_href": "/en/", "fr_href": "/fr/", **context}
    with pytest.raises(gcds.ParamError) as error:
        render("splash", **context)
    assert str(error.value).startswith(f"gcds/splash.html, context variable '{param}': ")
    assert message in str(error.value)


# --- gcds/session_expired.html ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "heading", "message", "button"),
    [
        (
            "en",
            "Your session has expired",
            "Sorry your session has already expired. Please sign in again.",
            "Sign in",
        ),
        (
            "fr",
            "Votre session a expiré",
            "Désolé, votre session a déjà expiré. S’il vous plaît ouvrir une nouvelle session.",
            "Se connecter",
        ),
    ],
)
def test_session_expired(lang: str, heading: str, message: str, button: str) -> None:
    other = "fr" if lang == "en" else "en"
    page = render(
        "session_expired",
        lang=lang,
        sign_in_href=f"/{lang}/sign-in",
        service_name="Permits",
        service_href=f"/{lang}/permits",
        lang_href=f"/{other}/expired",
    )
    tree = Page(page)
    assert tree.one("html")["attrs"]["lang"] == lang
    assert tree.text(tree.one("title")) == f"{heading} - Permits - Canada.ca"
    assert tree.text(tree.one("h1")) == heading
    assert message in html.unescape(page)
    sign_in = tree.one("a", href=f"/{lang}/sign-in")
    assert tree.text(sign_in) == button and "gcds-button" in sign_in["attrs"]["class"]
    assert tree.one("a", href=f"/{other}/expired")["attrs"]["lang"] == other  # the toggle
    assert "noindex" in tree.one("meta", name="robots")["attrs"]["content"]
    assert "gcds-breadcrumbs" not in page and len(tree.find("main")) == 1
    # A transactional page: the application bar, no search, no corporate links.
    assert "gcds-page--transactional" in page and "gcds-app-bar" in page
    assert "gcds-search" not in page and "social" not in page


def test_session_expired_needs_the_sign_in_href() -> None:
    with pytest.raises(
        gcds.ParamError,
        match=r"^gcds/session_expired\.html, context variable 'sign_in_href': is required",
    ):
        render("session_expired")
    service = {"service_name": "Permits", "service_href": "/en/permits"}
    with pytest.raises(gcds.ParamError, match=r"^gcds/session_expired\.html, .* 'lang_href'"):
        render("session_expired", sign_in_href="/en/sign-in", lang_href=42, **service)
    with pytest.raises(gcds.ParamError, match=r"^gcds/session_expired\.html, .* 'service_href'"):
        render("session_expired", sign_in_href="/en/sign-in", service_name="Permits")
    # What page.html reads beyond it, page.html checks.
    with pytest.raises(gcds.ParamError, match=r"^gcds/page\.html, context variable 'has_errors'"):
        render("session_expired", sign_in_href="/en/sign-in", has_errors="yes", **service)


# --- the spec examples show every built-in string ----------------------------------------------

MINE = ("error", "splash", "session_expired")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.mark.parametrize("template", MINE)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_examples_show_every_built_in_string(template: str, lang: str) -> None:
    """As tests/test_french.py holds the components to: each string of each language is
    on the page of at least one example (the bilingual ones show both languages)."""
    pages = [
        html.unescape(example.render())
        for example in PAGE_EXAMPLES
        if example.template == template
        and (example.lang == lang or example.context.get("bilingual") or template == "splash")
    ]
    missing = []
    for key, value in (page_specs()[template].get("strings") or {}).items():
        for piece in PLACEHOLDER.split(value[lang]):
            if piece.strip() and not any(piece in page for page in pages):
                missing.append(f"{key}: {piece!r}")
    assert not missing, f"gcds/{template}.html: no {lang} example shows:\n" + "\n".join(missing)
