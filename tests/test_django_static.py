"""gcds in a Django project: assets from the staticfiles storage, the request's language.

``collectstatic`` with ManifestStaticFilesStorage (and WhiteNoise's storage) into a tmp
folder, then a gcds page whose CSS, JS, fonts and marks load by their hashed names in
Chromium with their integrity checked; ``gcds.render`` in a /fr/ request; the language
toggle from ``translate_url``.
"""

from __future__ import annotations

import html
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from socketserver import ThreadingMixIn
from types import ModuleType
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest

import gcds
from gcds.library import sri
from gcds.specs import STATIC_DIR

from .browser import SiteServer, settle
from .test_integrations import load_snippet

pytest.importorskip("django")

MANIFEST = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
WHITENOISE = "whitenoise.storage.CompressedManifestStaticFilesStorage"
STATIC_URL = "/assets/"
#: A name ManifestStaticFilesStorage wrote: the stem, 12 hex digits of its hash, the suffix.
HASHED = re.compile(r"/assets/gcds/.+\.[0-9a-f]{12}\.[a-z0-9]+$")
SKIP_LINK = {"en": "Skip to main content", "fr": "Passer au contenu principal"}


def _render_view(request: Any) -> Any:
    from django.http import HttpResponse

    # No lang, no static URL: both come from Django.
    html = gcds.render("skip_link", href="#main") + gcds.render("signature")
    return HttpResponse(html)


def _page_view(request: Any) -> Any:
    from django.shortcuts import render

    snippet = load_snippet("django_app")
    lang = request.LANGUAGE_CODE
    context = {"lang": lang, **snippet.TEXT[lang], **request.GET.dict()}
    return render(request, "home.html", context)


def _urlconf() -> ModuleType:
    from django.conf.urls.i18n import i18n_patterns
    from django.urls import path

    urls = ModuleType("gcds_test_static_urls")
    urls.urlpatterns = [
        # translate_url needs named patterns (it reverses the name in the other language).
        *i18n_patterns(
            path("", _page_view, name="home"),
            path("render/", _render_view, name="render"),
            path("unnamed/", _page_view),
        ),
        path("plain/", _page_view, name="plain"),  # no language prefix: nothing to toggle to
    ]
    sys.modules[urls.__name__] = urls
    return urls


@pytest.fixture(scope="module")
def urlconf() -> Iterator[str]:
    load_snippet("django_app")  # configures Django once for the process, if nothing did
    urls = _urlconf()
    yield urls.__name__
    del sys.modules[urls.__name__]


def _settings(urlconf: str, storage: str, root: Path, **more: Any) -> dict[str, Any]:
    snippet = load_snippet("django_app")
    return {
        **snippet.SETTINGS,
        "ROOT_URLCONF": urlconf,
        "DEBUG": False,
        "STATIC_URL": STATIC_URL,
        "STATIC_ROOT": str(root),
        "STORAGES": {
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": storage},
        },
        **more,
    }


def _plain(urlconf: str, **more: Any) -> dict[str, Any]:
    """The docs snippet's settings (DEBUG on, Django's default storage) on ``urlconf``."""
    return {
        **load_snippet("django_app").SETTINGS,
        "ROOT_URLCONF": urlconf,
        "STORAGES": {
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        **more,
    }


@pytest.fixture(scope="module")
def manifest(urlconf: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Django with ManifestStaticFilesStorage, collected into <tmp>/assets/."""
    from django.core.management import call_command
    from django.test.utils import override_settings

    site = tmp_path_factory.mktemp("manifest")
    with override_settings(**_settings(urlconf, MANIFEST, site / "assets")):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield site


def _get(path: str) -> str:
    from django.test import Client

    response = Client().get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def _asset_links(html: str) -> dict[str, tuple[str, str]]:
    """{href or src: (integrity, tag)} of the page's <link> and <script> elements."""
    found = {}
    for tag, attr in (("link", "href"), ("script", "src")):
        for m in re.finditer(rf'<{tag}[^>]* {attr}="([^"]+)"[^>]* integrity="([^"]+)"', html):
            found[m.group(1)] = (m.group(2), tag)
    return found


# --- storage, integrity -------------------------------------------------------------------


def test_collectstatic_with_the_manifest_storage(manifest: Path) -> None:
    assert list((manifest / "assets" / "gcds" / "css" / "components").glob("signature.*.css"))
    assert (manifest / "assets" / "staticfiles.json").is_file()


def test_asset_urls_are_hashed_and_integrity_is_the_served_file(manifest: Path) -> None:
    from gcds.django import asset_integrity, asset_url

    url = asset_url("css/gcds.min.css")
    assert HASHED.match(url), url
    served = (manifest / url.lstrip("/")).read_bytes()
    assert asset_integrity("css/gcds.min.css") == sri(served)
    # collectstatic rewrote the CSS (its url()s name hashed fonts): the package's own hash
    # would not match, and the browser would refuse the stylesheet.
    assert sri((STATIC_DIR / "css" / "gcds.min.css").read_bytes()) != sri(served)
    assert re.search(rb"noto-sans-latin-400-normal\.[0-9a-f]{12}\.woff2", served)


def test_page_links_hashed_assets_with_matching_integrity(manifest: Path) -> None:
    html = _get("/fr/")
    links = _asset_links(html)
    assert {tag for _, tag in links.values()} == {"link", "script"}
    for href, (integrity, _) in links.items():
        assert HASHED.match(href), href
        assert integrity == sri((manifest / href.lstrip("/")).read_bytes()), href
    marks = re.findall(r'<img class="gcds-signature__image" src="([^"]+)"', html)
    assert marks and all(HASHED.match(src) for src in marks), marks


def test_debug_serves_the_unhashed_source(manifest: Path) -> None:
    from django.test.utils import override_settings

    from gcds.django import asset_integrity, asset_url

    # With DEBUG on, the manifest storage gives unhashed URLs, which runserver serves from
    # the finders (the package's files): the integrity is theirs.
    with override_settings(DEBUG=True):
        assert asset_url("css/gcds.min.css") == "/assets/gcds/css/gcds.min.css"
        source = (STATIC_DIR / "css" / "gcds.min.css").read_bytes()
        assert asset_integrity("css/gcds.min.css") == sri(source)


def test_error_page_links_the_hashed_css(manifest: Path) -> None:
    from django.test import RequestFactory

    from gcds.django import error_response

    page = error_response(RequestFactory().get("/fr/nowhere/"), 404).content.decode()
    (href, (integrity, _)), *_ = _asset_links(page).items()
    assert HASHED.match(href) and integrity == sri((manifest / href.lstrip("/")).read_bytes())


def test_error_page_shows_when_the_manifest_lacks_the_css(urlconf: str, tmp_path: Path) -> None:
    from django.test import RequestFactory
    from django.test.utils import override_settings

    from gcds.django import error_response

    # No collectstatic: static() raises for every name; the 500 page must still render.
    with override_settings(**_settings(urlconf, MANIFEST, tmp_path)):
        page = error_response(RequestFactory().get("/en/report/"), 500).content.decode()
    source = sri((STATIC_DIR / "css" / "gcds.min.css").read_bytes())
    assert _asset_links(page) == {"/assets/gcds/css/gcds.min.css": (source, "link")}


def test_debug_off_without_static_root(urlconf: str) -> None:
    from django.test.utils import override_settings

    # As under Django's test runner (DEBUG off) in a project with no STATIC_ROOT.
    with override_settings(**_plain(urlconf, DEBUG=False, STATIC_ROOT=None)):
        links = _asset_links(_get("/en/"))
    source = sri((STATIC_DIR / "css" / "gcds.min.css").read_bytes())
    assert links["/static/gcds/css/gcds.min.css"] == (source, "link")


def test_gcds_render_uses_the_storage(manifest: Path) -> None:
    html = gcds.render("signature")
    src = re.search(r'src="([^"]+)"', html)
    assert src and HASHED.match(src.group(1)), html


# --- language -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_render_in_a_request_follows_its_language_and_static_url(urlconf: str, lang: str) -> None:
    from django.test.utils import override_settings

    with override_settings(**_plain(urlconf, STATIC_URL="/s/")):
        html = _get(f"/{lang}/render/")
    assert SKIP_LINK[lang] in html
    assert SKIP_LINK["fr" if lang == "en" else "en"] not in html
    src = re.search(r'src="([^"]+)"', html)
    assert src and src.group(1).startswith("/s/gcds/third-party/gc-marks/")
    assert src.group(1).endswith(f"-{lang}.svg")


def test_render_outside_a_request_follows_translation_override(urlconf: str) -> None:
    from django.utils import translation

    with translation.override("fr"):
        assert SKIP_LINK["fr"] in gcds.render("skip_link", href="#main")
    with translation.override("fr"):  # an explicit lang still wins
        assert SKIP_LINK["en"] in gcds.render("skip_link", href="#main", lang="en")


def test_gcds_app_config_is_used(urlconf: str) -> None:
    from django.apps import apps

    from gcds.apps import GcdsConfig

    assert isinstance(apps.get_app_config("gcds"), GcdsConfig)


# --- the language toggle ------------------------------------------------------------------


def _toggle(page: str) -> str | None:
    m = re.search(r'<a class="gcds-lang-toggle__link" href="([^"]*)"', page)
    return html.unescape(m.group(1)) if m else None


@pytest.mark.parametrize(
    ("path", "toggle"),
    [
        ("/en/", "/fr/"),
        ("/fr/", "/en/"),
        ("/fr/?page=2&q=p%C3%AAche", "/en/?page=2&q=p%C3%AAche"),  # the query string kept
        ("/plain/", None),  # not under i18n_patterns: no page in the other language
        ("/en/unnamed/", None),  # a pattern with no name: translate_url cannot reverse it
    ],
)
def test_toggle_links_to_the_same_page_in_the_other_language(
    urlconf: str, path: str, toggle: str | None
) -> None:
    from django.test.utils import override_settings

    with override_settings(**_plain(urlconf)):
        assert _toggle(_get(path)) == toggle


@pytest.mark.parametrize(
    ("path", "lang", "toggle"), [("/en/", "en", "/fr/"), ("/fr/", "fr", "/en/")]
)
def test_a_dtl_page_gets_the_toggle_from_its_request(
    urlconf: str, path: str, lang: str, toggle: str
) -> None:
    """A Django-templates page (the DTL base of gcds/page.html) rendered with the request in
    its context links the toggle as the Jinja page does."""
    from django.template import Context, Engine
    from django.test import RequestFactory
    from django.test.utils import override_settings
    from django.utils import translation

    engine = Engine(
        dirs=[str(Path(gcds.__file__).parent / "templates")],
        libraries={"gcds": "gcds.templatetags.gcds"},
    )
    page = engine.from_string('{% extends "gcds/page.html" %}')
    with override_settings(**_plain(urlconf)), translation.override(lang):
        request = RequestFactory().get(path)
        rendered = page.render(Context({"request": request, "page_title": "Accueil"}))
        assert _toggle(rendered) == toggle
        assert _toggle(page.render(Context({"page_title": "Accueil"}))) is None


def test_toggle_given_by_the_view_wins(urlconf: str) -> None:
    from django.test.utils import override_settings

    with override_settings(**_plain(urlconf)):
        assert _toggle(_get("/en/?lang_href=/fr/demande/")) == "/fr/demande/"


def test_lang_href_under_a_script_prefix(urlconf: str) -> None:
    from django.test import RequestFactory
    from django.test.utils import override_settings
    from django.urls import set_script_prefix
    from django.utils import translation

    from gcds.django import lang_href

    snippet = load_snippet("django_app")
    request = RequestFactory().get("/fr/render/", SCRIPT_NAME="/app")
    assert request.path == "/app/fr/render/" and request.path_info == "/fr/render/"
    with override_settings(**{**snippet.SETTINGS, "ROOT_URLCONF": urlconf}):
        set_script_prefix("/app/")
        try:
            with translation.override("fr"):
                assert lang_href(request) == "/app/en/render/"
        finally:
            set_script_prefix("/")


# --- in Chromium --------------------------------------------------------------------------


def _load(browser: Any, url: str) -> dict[str, Any]:
    """Open ``url``; what loaded, what failed, and what the page's CSS, fonts and JS did."""
    context = browser.new_context()
    page = context.new_page()
    failed: list[str] = []
    loaded: list[str] = []
    errors: list[str] = []
    page.on("requestfailed", lambda r: failed.append(f"{r.url} {r.failure}"))
    page.on(
        "response",
        lambda r: (failed if r.status >= 400 else loaded).append(
            r.url if r.status < 400 else f"{r.url} {r.status}"
        ),
    )

    def console(message: Any) -> None:
        # Chromium asks for /favicon.ico by itself (the page names none); not a page request.
        where = message.location.get("url", "")
        if message.type == "error" and not where.endswith("/favicon.ico"):
            errors.append(f"{message.text} ({where})")

    page.on("console", console)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(url)
        settle(page)
        state = page.evaluate(
            """() => ({
              js: document.documentElement.classList.contains("gcds-js"),
              css: getComputedStyle(document.documentElement)
                .getPropertyValue("--gcds-font-family-body").trim(),
              fonts: [...document.fonts].filter(f => f.status === "loaded").map(f => f.family),
              marks: [...document.querySelectorAll("img.gcds-signature__image")]
                .map(img => img.complete && img.naturalWidth > 0),
            })"""
        )
    finally:
        context.close()
    return {"failed": failed, "loaded": loaded, "errors": errors, **state}


def _check_loaded(result: dict[str, Any], origin: str) -> None:
    assert result["failed"] == [] and result["errors"] == [], result
    assert result["js"], "gcds.min.js did not run (refused by its integrity?)"
    assert result["css"], "gcds.min.css is not applied (refused by its integrity?)"
    assert result["fonts"], "no web font loaded"
    assert result["marks"] and all(result["marks"]), "the signature image did not load"
    assets = [url.removeprefix(origin) for url in result["loaded"] if "/assets/" in url]
    kinds = {Path(url).suffix for url in assets}
    assert {".css", ".js", ".woff2", ".svg"} <= kinds, assets
    assert all(HASHED.match(url) for url in assets), assets


@pytest.mark.browser
def test_page_with_hashed_assets_in_chromium(manifest: Path, browser: Any) -> None:
    page = manifest / "fr" / "index.html"
    page.parent.mkdir(exist_ok=True)
    page.write_text(_get("/fr/"), encoding="utf-8")
    server = SiteServer(manifest)
    try:
        result = _load(browser, server.url + "/fr/")
    finally:
        server.close()
    _check_loaded(result, server.url)


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.mark.browser
def test_whitenoise_serves_the_page_in_chromium(urlconf: str, tmp_path: Path, browser: Any) -> None:
    pytest.importorskip("whitenoise")
    from django.core.management import call_command
    from django.core.wsgi import get_wsgi_application
    from django.test import Client
    from django.test.utils import override_settings

    snippet = load_snippet("django_app")
    middleware = ["whitenoise.middleware.WhiteNoiseMiddleware", *snippet.SETTINGS["MIDDLEWARE"]]
    settings = _settings(urlconf, WHITENOISE, tmp_path / "assets", MIDDLEWARE=middleware)
    with override_settings(**settings):
        call_command("collectstatic", interactive=False, verbosity=0)
        html = _get("/en/")
        href = re.search(r'<link rel="stylesheet" href="([^"]+)" integrity="([^"]+)"', html)
        assert href and HASHED.match(href.group(1))
        css = Client().get(href.group(1))
        assert "immutable" in css["Cache-Control"]  # WhiteNoise caches a hashed name forever
        assert sri(b"".join(css.streaming_content)) == href.group(2)
        server = make_server("127.0.0.1", 0, get_wsgi_application(), _ThreadingWSGIServer)
        server.RequestHandlerClass = _QuietHandler
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        origin = f"http://127.0.0.1:{server.server_port}"
        try:
            result = _load(browser, origin + "/en/")
        finally:
            server.shutdown()
            server.server_close()
    _check_loaded(result, origin)


# --- the docs snippet's form --------------------------------------------------------------


def test_docs_snippet_form_posts_with_its_csrf_token(urlconf: str) -> None:
    from django.test import Client
    from django.test.utils import override_settings

    snippet = load_snippet("django_app")
    with override_settings(**snippet.SETTINGS):
        client = Client(enforce_csrf_checks=True)
        page = client.get("/en/").content.decode()
        form = re.search(r'<form method="post">(.*?)</form>', page, re.S)
        assert form, "the snippet's page has no form"
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.group(1))
        assert token, "the form posts no CSRF token"
        assert client.post("/en/").status_code == 403
        assert client.post("/en/", {"csrfmiddlewaretoken": token.group(1)}).status_code == 200
