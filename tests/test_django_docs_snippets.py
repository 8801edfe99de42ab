"""The Django docs page's project (docs/snippets/django/), placed as a reader places it and run.

The snippets are copied into a startproject layout in a tmp folder (``fishing/`` the project,
``licences/`` the app, its ``jinja2/`` and ``templates/`` folders); the settings snippet's
values become Django's settings through ``override_settings`` (Django is configured once per
process, by whichever snippet comes first, as the other Django tests share it). Then the site
runs as in production: ``collectstatic`` with the snippet's WhiteNoise manifest storage,
DEBUG off, every page through Django's test client (invalid then valid POSTs, CSRF enforced),
in English and French, with the Jinja2 templates and again with the Django templates; the
snippet's own tests.py; the theme compiled; and in Chromium, the Content-Security-Policy
refusing nothing.
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import re
import shutil
import sys
import threading
import unittest
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .test_integrations import SNIPPETS, load_snippet

pytest.importorskip("django")
pytest.importorskip("whitenoise")

DOCS = SNIPPETS / "django"
ROOT = SNIPPETS.parent.parent

#: Where each snippet goes in the reader's project (None: an empty package file).
LAYOUT: dict[str, str | None] = {
    "fishing/__init__.py": None,
    "fishing/settings.py": "settings.py",
    "fishing/jinja2.py": "jinja2.py",
    "fishing/csp.py": "csp.py",
    "fishing/urls.py": "urls.py",
    "licences/__init__.py": None,
    "licences/forms.py": "forms.py",
    "licences/views.py": "views.py",
    "licences/tests.py": "tests.py",
    "licences/jinja2/licences/contact.html": "contact.html",
    "licences/jinja2/licences/children.html": "children.html",
    "licences/jinja2/licences/done.html": "done.html",
    "licences/templates/licences/contact.html": "contact_dtl.html",
    "licences/templates/licences/children.html": "children_dtl.html",
    "licences/templates/licences/done.html": "done_dtl.html",
    "licences/static/css/theme.scss": "theme.scss",
}
PACKAGES = ("fishing", "licences")

VALID = {
    "full_name": "Alex Tremblay",
    "email": "alex@example.ca",
    "contact_by": "email",
    "date_of_birth-day": "27",
    "date_of_birth-month": "3",
    "date_of_birth-year": "2007",
}
HASHED = re.compile(r"/static/gcds/.+\.[0-9a-f]{12}\.\w+$")


def test_every_snippet_is_placed() -> None:
    """A snippet file the test does not place would be shown in the docs but never run."""
    placed = {name for name in LAYOUT.values() if name} | {"build_theme.py"}
    assert placed == {path.name for path in DOCS.iterdir()}


def _unload() -> None:
    for name in list(sys.modules):
        if name.split(".")[0] in PACKAGES:
            del sys.modules[name]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The reader's project on sys.path, its settings on, its static files collected."""
    from django.core.management import call_command
    from django.test.utils import override_settings

    load_snippet("django_app")  # configures Django once for the process, if nothing did
    root = tmp_path_factory.mktemp("project")
    for target, source in LAYOUT.items():
        path = root / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text((DOCS / source).read_text(encoding="utf-8") if source else "")
    sys.path.insert(0, str(root))
    try:
        settings_module = importlib.import_module("fishing.settings")
        values = {k: getattr(settings_module, k) for k in dir(settings_module) if k.isupper()}
        # What startproject's settings.py has and the snippet leaves alone; DEBUG off, as in
        # production and under Django's test runner.
        values.update(
            DEBUG=False,
            SECRET_KEY="not-secret-test-only",
            ALLOWED_HOSTS=["testserver", "127.0.0.1"],
        )
        with override_settings(**values):
            call_command("collectstatic", interactive=False, verbosity=0)
            yield root
    finally:
        sys.path.remove(str(root))
        _unload()


@pytest.fixture()
def dtl(project: Path) -> Iterator[None]:
    """The same project with only the Django templates backend (the DTL templates)."""
    from django.conf import settings
    from django.test.utils import override_settings

    with override_settings(TEMPLATES=settings.TEMPLATES[1:]):
        yield


def _client(**kwargs: Any) -> Any:
    from django.test import Client

    return Client(**kwargs)


def _get(client: Any, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode()


ENGINES = ["jinja2", "dtl"]


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest, project: Path) -> Iterator[str]:
    if request.param == "dtl":
        request.getfixturevalue("dtl")
    yield request.param


# --- the form -----------------------------------------------------------------------------


def test_empty_form_renders_each_field_with_its_component(engine: str) -> None:
    html = _get(_client(), "/en/contact/")
    assert '<html lang="en">' in html
    assert "<title>Your contact details - Canada.ca</title>" in html
    assert 'autocomplete="name"' in html and 'type="email"' in html
    assert html.count('name="contact_by" type="radio"') == 2
    assert 'name="date_of_birth-day"' in html and 'name="date_of_birth-year"' in html
    assert "We send your licence to this address." in html  # help_text as the hint
    assert "gcds-error-summary" not in html
    assert 'name="csrfmiddlewaretoken"' in html
    # The toggle goes to the same page in French (the pattern is named).
    assert 'href="/fr/contact/"' in html


def test_invalid_post_shows_the_summary_and_keeps_every_answer(engine: str) -> None:
    answers = {**VALID, "full_name": "", "date_of_birth-month": "", "date_of_birth-day": "31"}
    response = _client().post("/en/contact/", answers)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Error: Your contact details - Canada.ca</title>" in html
    summary = html[html.index("gcds-error-summary") : html.index("<h1>")]
    assert 'href="#id_full_name">Enter your full name</a>' in summary
    assert "Date must include a month" in summary
    # The link goes to the box to fix: the month, the part that is missing.
    link = re.search(r'href="#([^"]+)">Date must include a month', summary)
    assert link and f'id="{link.group(1)}"' in html and "month" in link.group(1)
    assert 'value="alex@example.ca"' in html and 'value="31"' in html
    assert 'value="2007"' in html
    assert re.search(r'value="email"[^>]*checked|checked[^>]*value="email"', html)


def test_valid_post_redirects_and_shows_the_message_as_an_alert(engine: str) -> None:
    client = _client()
    response = client.post("/en/contact/", VALID)
    assert response.status_code == 302 and response["Location"] == "/en/children/"
    html = _get(client, "/en/children/")
    assert "gcds-alert--success" in html and "Your contact details are saved." in html
    assert "Your contact details are saved." not in _get(client, "/en/children/")  # used up


def test_csrf_is_enforced(engine: str) -> None:
    client = _client(enforce_csrf_checks=True)
    assert client.post("/en/contact/", VALID).status_code == 403
    html = _get(client, "/en/contact/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert token
    response = client.post("/en/contact/", {**VALID, "csrfmiddlewaretoken": token.group(1)})
    assert response.status_code == 302


def test_french(engine: str) -> None:
    html = _get(_client(), "/fr/contact/")
    assert '<html lang="fr">' in html and "(obligatoire)" in html
    assert 'href="/en/contact/"' in html
    response = _client().post("/fr/contact/", {**VALID, "date_of_birth-year": "07"})
    html = response.content.decode()
    assert "L’année doit comprendre 4 chiffres" in html
    assert "Erreur" in html[html.index("<title>") : html.index("</title>")]


# --- the formset --------------------------------------------------------------------------


def _management(total: int) -> dict[str, str]:
    return {
        "form-TOTAL_FORMS": str(total),
        "form-INITIAL_FORMS": "0",
        "form-MIN_NUM_FORMS": "1",
        "form-MAX_NUM_FORMS": "5",
    }


def test_formset_adds_a_row_without_javascript(engine: str) -> None:
    html = _get(_client(), "/en/children/")
    assert html.count('name="form-0-name"') == 1 and 'name="form-1-name"' not in html
    assert 'name="add" value="form"' in html and "Add another child" in html
    data = {**_management(1), "form-0-name": "Sam", "add": "form"}
    html = _client().post("/en/children/", data).content.decode()
    assert 'name="form-1-name"' in html and 'value="Sam"' in html
    assert "gcds-error-summary" not in html  # a row was asked for, not the list sent
    assert "Child 2" in html


def test_formset_errors_and_valid_list(engine: str) -> None:
    html = _client().post("/en/children/", {**_management(1), "form-0-name": ""}).content.decode()
    summary = html[html.index("gcds-error-summary") : html.index("<h1>")]
    assert 'href="#id_form-0-name">This field is required.</a>' in summary
    assert 'aria-invalid="true"' in html
    response = _client().post("/en/children/", {**_management(1), "form-0-name": "Sam"})
    assert response.status_code == 302 and response["Location"] == "/en/done/"


# --- errors, static files, the header -----------------------------------------------------


def test_404_is_the_canada_ca_page(project: Path) -> None:
    response = _client().get("/fr/nowhere/")
    assert response.status_code == 404
    assert "Page non trouvée" in response.content.decode()


def test_static_files_are_hashed_and_served_by_whitenoise(project: Path) -> None:
    html = _get(_client(), "/en/contact/")
    link = re.search(r'<link rel="stylesheet" href="([^"]+)" integrity="([^"]+)"', html)
    assert link and HASHED.search(link.group(1)), link
    css = _client().get(link.group(1))
    assert css.status_code == 200 and "immutable" in css["Cache-Control"]
    assert (project / "staticfiles" / "staticfiles.json").is_file()


def test_content_security_policy_header(project: Path) -> None:
    csp = load_placed("fishing.csp")
    response = _client().get("/en/contact/")
    assert response["Content-Security-Policy"] == csp.POLICY
    assert "unsafe-inline" not in csp.POLICY
    # Nothing on the page that the policy would refuse: no inline script or style.
    html = response.content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "an inline script"
    assert "<style" not in html and " style=" not in html


def load_placed(name: str) -> Any:
    return importlib.import_module(name)


# --- the reader's own tests and theme -----------------------------------------------------


def test_the_snippets_tests_pass(project: Path) -> None:
    module = load_placed("licences.tests")
    suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    assert suite.countTestCases() >= 4
    result = unittest.TextTestRunner(verbosity=0, stream=io.StringIO()).run(suite)
    assert result.wasSuccessful(), result.failures + result.errors


def test_theme_compiles_with_urls_that_collectstatic_resolves(project: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_css import missing_urls

    spec = importlib.util.spec_from_file_location(
        "gcds_snippet_build_theme", DOCS / "build_theme.py"
    )
    assert spec is not None and spec.loader is not None
    build_theme = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_theme)
    root = ROOT
    # In gcds's wheel the Sass is in the package; in this source tree, at the top.
    build_theme.SASS_PATHS = [str(root / "styles"), str(root / "components")]
    css_file = build_theme.build(project / "licences" / "static" / "css" / "theme.scss")
    css = css_file.read_text(encoding="utf-8")
    assert "#1c578a" in css
    # Served as static/css/theme.css beside static/gcds/: every url() names a file there.
    static = project / "theme-static"
    shutil.copytree(root / "gcds" / "static" / "gcds", static / "gcds")
    (static / "css").mkdir()
    served = static / "css" / "theme.css"
    served.write_text(css, encoding="utf-8")
    assert "../gcds/third-party/fonts/" in css
    assert missing_urls(served, css, static) == []


# --- in Chromium: the policy refuses nothing ----------------------------------------------


@pytest.mark.browser
def test_pages_load_under_the_policy_in_chromium(project: Path, browser: Any) -> None:
    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

    from django.core.wsgi import get_wsgi_application

    from .browser import settle

    class Server(ThreadingMixIn, WSGIServer):
        daemon_threads = True

    class Quiet(WSGIRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = make_server("127.0.0.1", 0, get_wsgi_application(), Server, Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    origin = f"http://127.0.0.1:{server.server_port}"
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []

    def console(message: Any) -> None:
        where = message.location.get("url", "")
        if message.type == "error" and not where.endswith("/favicon.ico"):
            errors.append(message.text)

    page.on("console", console)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        for path in ("/en/contact/", "/fr/children/"):
            response = page.goto(origin + path)
            assert response and "default-src 'self'" in response.headers["content-security-policy"]
            settle(page)
            state = page.evaluate(
                """() => ({
                  js: document.documentElement.classList.contains("gcds-js"),
                  css: getComputedStyle(document.documentElement)
                    .getPropertyValue("--gcds-font-family-body").trim(),
                  fonts: [...document.fonts].filter(f => f.status === "loaded").length,
                })"""
            )
            assert state["js"] and state["css"] and state["fonts"], (path, state)
        # An invalid POST from the browser: the error summary shows, the policy allows it.
        page.goto(origin + "/en/contact/")
        page.click("main form button[type=submit]")
        page.wait_for_selector(".gcds-error-summary")
        settle(page)
    finally:
        context.close()
        server.shutdown()
        server.server_close()
    assert errors == [], errors
