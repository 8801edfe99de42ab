"""The one-line error handlers: ``gcds.flask.register_error_pages(app)`` and Django's
``handler404 = "gcds.django.page_not_found"`` / ``handler500 = "gcds.django.server_error"``,
through Flask's test client and Django's test Client with DEBUG off. The apps are the
docs' snippets (docs/snippets/error_flask.py, error_django.py), plus a view that fails.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from .test_integrations import load_snippet

pytest.importorskip("flask")
pytest.importorskip("django")

HEADING = {
    404: {"en": "Page not found", "fr": "Page non trouvée"},
    500: {"en": "Something went wrong", "fr": "Un problème est survenu"},
    503: {"en": "Service unavailable", "fr": "Service non disponible"},
}
ROBOTS = '<meta name="robots" content="noindex, nofollow, noarchive">'


def check_page(html: str, status: int, lang: str | None, first: str = "en") -> None:
    """``lang`` None: the bilingual page with ``first`` first."""
    assert ROBOTS in html
    if lang is None:
        other = "fr" if first == "en" else "en"
        assert f'<html lang="{first}">' in html
        h1 = f'<h1 class="gcds-u-visually-hidden">{HEADING[status][first]} / '
        assert h1 + f'<span lang="{other}">{HEADING[status][other]}</span></h1>' in html
        assert (
            f'<section class="gcds-error-page__column" id="gcds-error-{other}" lang="{other}"'
            in html
        )
    else:
        assert f'<html lang="{lang}">' in html
        assert f">{HEADING[status][lang]}</h1>" in html
        other = "fr" if lang == "en" else "en"
        assert HEADING[status][other] not in html


# --- Flask ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def flask_app() -> Any:
    module = load_snippet("error_flask")
    app = module.app

    @app.get("/<lang>/report")
    def report(lang: str):
        raise RuntimeError("the report database is not answering")

    # Not TESTING: Flask would re-raise the view's exception instead of answering 500.
    app.config["PROPAGATE_EXCEPTIONS"] = False
    return app


@pytest.mark.parametrize(
    ("path", "status", "lang"),
    [
        ("/fr/permits/42", 404, "fr"),  # the lang view arg
        ("/en/permits/42", 404, "en"),
        ("/fr/nowhere/at/all", 404, "fr"),  # no route: the first segment of the path
        ("/en", 404, "en"),
        ("/permits/42", 404, None),  # no language in the address: bilingual
        ("/es/permits/42", 404, None),
        ("/fr/renew", 503, "fr"),
        ("/en/report", 500, "en"),  # an exception in a view
        ("/report", 404, None),
    ],
)
def test_flask_error_pages(flask_app: Any, path: str, status: int, lang: str | None) -> None:
    response = flask_app.test_client().get(path)
    assert response.status_code == status
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    check_page(html, status, lang)
    assert response.headers["Content-Language"] == (lang or "en, fr")
    static = flask_app.extensions["gcds"].static_url_path
    assert f'<link rel="stylesheet" href="{static}/css/gcds.min.css"' in html


def test_flask_page_still_served(flask_app: Any) -> None:
    assert flask_app.test_client().get("/fr/permits/7").get_data(as_text=True) == (
        "Permis de pêche sportive"
    )


def test_flask_g_lang_and_config() -> None:
    from flask import Flask, g

    from gcds.flask import Gcds, register_error_pages

    app = Flask(__name__)
    app.config.update(GCDS_LANG="fr")
    Gcds(app)
    register_error_pages(app)

    @app.before_request
    def language_from_domain() -> None:
        if app.config.get("FRENCH_DOMAIN"):
            g.gcds_lang = "fr"

    client = app.test_client()
    check_page(client.get("/nowhere").get_data(as_text=True), 404, None, first="fr")
    assert client.get("/nowhere").headers["Content-Language"] == "fr, en"
    app.config["GCDS_ERROR_LANG"] = "en"  # the whole app in one language
    check_page(client.get("/nowhere").get_data(as_text=True), 404, "en")
    app.config["FRENCH_DOMAIN"] = True  # g.gcds_lang wins
    check_page(client.get("/nowhere").get_data(as_text=True), 404, "fr")


def test_flask_keeps_the_error_headers_and_works_with_broken_templates() -> None:
    from flask import Flask, abort, render_template
    from jinja2 import BaseLoader

    from gcds.flask import Gcds, register_error_pages

    class BrokenLoader(BaseLoader):
        def get_source(self, environment, template):
            raise RuntimeError("the templates folder is gone")

    app = Flask(__name__)
    Gcds(app)
    register_error_pages(app, statuses=(404, 500, 503))
    app.jinja_env.loader = BrokenLoader()  # every application template fails
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.get("/en/home")
    def home():
        return render_template("home.html")

    @app.get("/en/busy")
    def too_busy():
        abort(503, retry_after=120)

    client = app.test_client()
    check_page(client.get("/en/home").get_data(as_text=True), 500, "en")
    busy = client.get("/en/busy")
    assert busy.status_code == 503 and busy.headers["Retry-After"] == "120"
    assert client.post("/en/home").status_code == 405  # not handled: Flask's own page


def test_flask_register_needs_the_extension_and_statuses_with_text() -> None:
    from flask import Flask

    from gcds.flask import Gcds, register_error_pages

    with pytest.raises(RuntimeError, match=r"call Gcds\(app\) first"):
        register_error_pages(Flask(__name__))
    app = Flask(__name__)
    Gcds(app)
    with pytest.raises(ValueError, match=r"405 has no built-in text .*gcds\.error_page\(405"):
        register_error_pages(app, statuses=(404, 405))


# --- Django ---------------------------------------------------------------------------------


def _failing_view(request):
    raise RuntimeError("the report database is not answering")


@pytest.fixture(scope="module")
def django_site() -> Iterator[ModuleType]:
    from django.test.utils import override_settings
    from django.urls import path

    # The snippets share Django's one settings object, configured by the first imported:
    # the getting-started site first, whose static URLs are built at import with DEBUG on.
    load_snippet("django_app")
    snippet = load_snippet("error_django")
    # The snippet's URLconf and its two handler lines, plus a view that fails.
    urls = ModuleType("gcds_test_error_urls")
    urls.urlpatterns = [*snippet.urlpatterns, path("en/report/", _failing_view)]
    urls.handler404 = snippet.handler404
    urls.handler500 = snippet.handler500
    sys.modules[urls.__name__] = urls
    # Templates the site cannot render: the error pages need none of them.
    broken = [
        {
            "BACKEND": "django.template.backends.jinja2.Jinja2",
            "OPTIONS": {"environment": "no.such.module"},
        }
    ]
    with override_settings(
        **{**snippet.SETTINGS, "ROOT_URLCONF": urls.__name__, "TEMPLATES": broken}
    ):
        yield snippet
    del sys.modules[urls.__name__]


@pytest.mark.parametrize(
    ("path", "status", "lang"),
    [
        ("/fr/permits/42/", 404, "fr"),  # the view raises Http404
        ("/en/permits/42/", 404, "en"),
        ("/fr/nowhere/", 404, "fr"),  # no route
        ("/nowhere/", 404, None),  # no language in the address: bilingual
        ("/en/report/", 500, "en"),  # an exception in a view
    ],
)
def test_django_error_pages(
    django_site: ModuleType, path: str, status: int, lang: str | None
) -> None:
    from django.conf import settings
    from django.test import Client

    assert settings.DEBUG is False
    response = Client(raise_request_exception=False).get(path)
    assert response.status_code == status
    assert response["Content-Type"] == "text/html; charset=utf-8"
    html = response.content.decode()
    check_page(html, status, lang)
    assert response["Content-Language"] == (lang or "en, fr")
    assert '<link rel="stylesheet" href="/static/gcds/css/gcds.min.css"' in html


def test_django_page_still_served(django_site: ModuleType) -> None:
    from django.template import engines
    from django.test import Client

    with pytest.raises(ImportError):  # the site's templates are broken indeed
        engines.all()
    assert Client().get("/fr/permits/7/").content.decode() == "Permis de pêche sportive"


def test_django_settings(django_site: ModuleType) -> None:
    from django.test import Client
    from django.test.utils import override_settings

    with override_settings(LANGUAGE_CODE="fr"):
        response = Client().get("/nowhere/")
        check_page(response.content.decode(), 404, None, first="fr")
        assert response["Content-Language"] == "fr, en"
    with override_settings(GCDS_ERROR_LANG="fr"):
        check_page(Client().get("/nowhere/").content.decode(), 404, "fr")


def test_django_error_response_takes_the_page_context(django_site: ModuleType) -> None:
    from django.test import RequestFactory

    from gcds.django import error_response

    request = RequestFactory().get("/fr/renew/")
    response = error_response(request, 503, message="De retour à 6 h.")
    assert response.status_code == 503
    html = response.content.decode()
    check_page(html, 503, "fr")
    assert "De retour à 6 h." in html
