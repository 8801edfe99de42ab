"""Flask and Django integration: the docs' snippet apps, driven through their test clients.

The apps are the files the docs include (docs/snippets/*.py), so the code readers copy is
the code that is tested. Every spec example must give the same HTML from plain
``gcds.render``, from a Flask template and from a Django (Jinja2 backend) template.
"""

from __future__ import annotations

import importlib.util
import posixpath
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from markupsafe import Markup

import gcds
from gcds.examples import Example

from .specdata import EXAMPLE_IDS, EXAMPLES

pytest.importorskip("flask")
pytest.importorskip("django")

SNIPPETS = Path(__file__).resolve().parent.parent / "docs" / "snippets"

SKIP_LINK = {"en": "Skip to main content", "fr": "Passer au contenu principal"}
HEADING = {"en": "Apply for a fishing licence", "fr": "Demander un permis de pêche"}
START = {"en": "Start now", "fr": "Commencer maintenant"}

# One template renders any example: the component, its params and its nested content
# come from the context, so the three ways of rendering see the same input.
TEMPLATE = "{{ gcds[component](**params) }}"
CALL_TEMPLATE = "{% call gcds[component](**params) %}{{ content }}{% endcall %}"


def load_snippet(name: str) -> ModuleType:
    """Import docs/snippets/<name>.py as a module (registered so Django can find its urls)."""
    module_name = f"gcds_snippet_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, SNIPPETS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def flask_app() -> Any:
    module = load_snippet("flask_app")
    module.app.config["TESTING"] = True
    return module.app


@pytest.fixture(scope="module")
def django_app() -> Iterator[ModuleType]:
    from django.test.utils import override_settings

    module = load_snippet("django_app")
    # If another test configured Django first, these settings still apply here.
    with override_settings(**module.SETTINGS):
        yield module


def stylesheet_href(html: str) -> str:
    match = re.search(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert match, "the page links no stylesheet"
    return match.group(1)


def check_page(html: str, lang: str) -> None:
    assert f'<html lang="{lang}">' in html
    assert f"<h1>{HEADING[lang]}</h1>" in html
    assert 'class="gcds-button gcds-button--start"' in html
    assert START[lang] in html
    assert 'class="gcds-button gcds-button--secondary"' in html
    assert SKIP_LINK[lang] in html  # a built-in string, in the page's language
    other = "fr" if lang == "en" else "en"
    assert SKIP_LINK[other] not in html


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_flask_page(flask_app: Any, lang: str) -> None:
    client = flask_app.test_client()
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    check_page(html, lang)
    href = stylesheet_href(html)
    version = flask_app.extensions["gcds"].version
    assert href.startswith(f"/_gcds/static/{version}/css/")
    css = client.get(href)
    assert css.status_code == 200
    assert css.mimetype == "text/css"
    assert b"--gcds-" in css.data  # the design tokens
    # A versioned URL: a new gcds is a new URL, so browsers may keep this one for a year.
    assert css.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    css.close()
    # The fonts the CSS points at (relative URLs) are under the same versioned folder.
    font = re.search(r'url\("?(\.\./third-party/fonts/[^")]+\.woff2)', css.get_data(as_text=True))
    assert font is not None
    font_url = posixpath.normpath(posixpath.join(posixpath.dirname(href), font.group(1)))
    fetched = client.get(font_url)
    assert fetched.status_code == 200, font_url
    assert "immutable" in fetched.headers["Cache-Control"]
    fetched.close()


def test_flask_static_version_follows_the_files(tmp_path: Path) -> None:
    from gcds.flask import static_version

    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "a.css").write_text("a{}")
    first = static_version(tmp_path)
    assert re.fullmatch(r"[0-9a-f]{12}", first)
    (tmp_path / "css" / "a.css").write_text("a{color:red}")
    assert static_version(tmp_path) != first


def test_flask_unversioned_static_when_asked() -> None:
    from flask import Flask

    from gcds.flask import Gcds

    app = Flask(__name__)
    app.config["GCDS_STATIC_VERSIONED"] = False
    Gcds(app)
    assert app.extensions["gcds"].static_url_path == "/_gcds/static"
    response = app.test_client().get("/_gcds/static/css/gcds.min.css")
    assert response.status_code == 200 and "immutable" not in response.headers.get(
        "Cache-Control", ""
    )
    response.close()


def test_flask_extension_state(flask_app: Any) -> None:
    state = flask_app.extensions["gcds"]
    assert state.lang == "en"
    assert state.static_url_path == f"/_gcds/static/{state.version}"
    assert flask_app.test_client().get("/nl/").status_code == 404


def test_flask_g_lang_wins(flask_app: Any) -> None:
    from flask import g, render_template_string

    with flask_app.test_request_context("/en/"):
        g.gcds_lang = "fr"
        html = render_template_string('{{ gcds.skip_link(href="#main-content") }}')
    assert SKIP_LINK["fr"] in html


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_django_page(django_app: ModuleType, lang: str) -> None:
    from django.test import Client

    client = Client()
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    html = response.content.decode()
    check_page(html, lang)
    href = stylesheet_href(html)
    assert href.startswith("/static/gcds/css/")
    css = client.get(href)
    assert css.status_code == 200
    assert css["Content-Type"].startswith("text/css")
    assert b"--gcds-" in b"".join(css.streaming_content)


def test_django_finds_static_files(django_app: ModuleType) -> None:
    from django.contrib.staticfiles import finders

    assert finders.find("gcds/css/gcds.css")
    assert finders.find("gcds/js/gcds.js")


def _context(example: Example) -> dict[str, Any]:
    context: dict[str, Any] = {"component": example.component, "params": example.call_params()}
    if example.caller is not None:
        context["content"] = Markup(example.caller)
    return context


def _source(example: Example) -> str:
    return CALL_TEMPLATE if example.caller is not None else TEMPLATE


def render_flask(app: Any, example: Example) -> str:
    from flask import g, render_template_string

    with app.test_request_context("/"):
        g.gcds_lang = example.lang
        return render_template_string(_source(example), **_context(example))


def render_django(example: Example) -> str:
    from django.template import engines
    from django.utils import translation

    engine = engines["jinja2"]
    with translation.override(example.lang):
        return engine.from_string(_source(example)).render(_context(example))


@pytest.mark.parametrize("example", EXAMPLES, ids=EXAMPLE_IDS)
def test_same_html_everywhere(flask_app: Any, django_app: ModuleType, example: Example) -> None:
    plain = str(example.render())
    assert plain.strip(), f"{example.id} rendered nothing"
    # The one intended difference: where each framework serves the static files (official
    # marks are images). gcds.render and Django use /static/gcds/; the Flask app /_gcds/static/.
    versioned = flask_app.extensions["gcds"].static_url_path + "/"
    flask_html = render_flask(flask_app, example).replace(versioned, "/static/gcds/")
    assert flask_html == plain
    assert render_django(example) == plain


def test_gcds_imports_without_frameworks() -> None:
    """``import gcds`` must not import Flask or Django (they are optional)."""
    import subprocess

    code = (
        "import sys, gcds; gcds.render('button', text='x');"
        "assert 'flask' not in sys.modules and 'django' not in sys.modules, sorted(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_plain_render_matches_docs_button() -> None:
    html = gcds.render("button", text=START["fr"], href="/fr/apply", variant="start")
    assert 'class="gcds-button gcds-button--start"' in html


def _toggle(html: str) -> str | None:
    found = re.search(
        r'<a [^>]*hreflang="(?:en|fr)"[^>]*href="([^"]*)"|<a [^>]*href="([^"]*)"[^>]*hreflang=',
        html,
    )
    return None if found is None else (found.group(1) or found.group(2)).replace("&amp;", "&")


def test_flask_toggle_goes_to_the_same_page_in_the_other_language() -> None:
    from flask import Flask, render_template_string

    from gcds.flask import Gcds, bilingual_route

    app = Flask(__name__)
    Gcds(app)
    page = '{% extends "gcds/page.html" %}{% block content %}<h1>Hi</h1>{% endblock %}'

    @bilingual_route(app, {"en": "/en/apply/<int:step>", "fr": "/fr/demande/<int:step>"})
    def apply(step: int) -> str:
        return render_template_string(page, page_title="Apply")

    @app.get("/<lang>/help")
    def help_page(lang: str) -> str:
        return render_template_string(page, page_title="Help")

    @app.get("/about")
    def about() -> str:
        return render_template_string(page, page_title="About")

    @app.get("/en/own")
    def own() -> str:
        return render_template_string(page, page_title="Own", lang_href="/fr/propre")

    client = app.test_client()
    english = client.get("/en/apply/2?from=start").get_data(as_text=True)
    assert '<html lang="en"' in english and _toggle(english) == "/fr/demande/2?from=start"
    french = client.get("/fr/demande/3").get_data(as_text=True)
    assert '<html lang="fr"' in french and _toggle(french) == "/en/apply/3"
    assert "Passer au contenu principal" in french  # the built-in text follows the rule
    assert _toggle(client.get("/fr/help").get_data(as_text=True)) == "/en/help"
    assert _toggle(client.get("/about").get_data(as_text=True)) is None  # no language in it
    assert _toggle(client.get("/en/own").get_data(as_text=True)) == "/fr/propre"
    with app.test_request_context():
        from flask import url_for

        assert url_for("apply__fr", step=1) == "/fr/demande/1"


def test_bilingual_route_needs_both_languages() -> None:
    from flask import Flask

    from gcds.flask import bilingual_route

    with pytest.raises(ValueError, match=r"rules for each of \['en', 'fr'\] are needed"):
        bilingual_route(Flask(__name__), {"en": "/en/x"})
