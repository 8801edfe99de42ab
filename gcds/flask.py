"""Flask integration: serve the gcds static files and configure ``app.jinja_env``.

Example::

    from flask import Flask, render_template_string
    from gcds.flask import Gcds

    app = Flask(__name__)
    app.config["GCDS_LANG"] = "en"
    Gcds(app)

    @app.get("/<lang>/")
    def home(lang):
        return render_template_string(
            '{% extends "gcds/page.html" %}'
            '{% block content %}{{ gcds.button(text="Start now", href="/apply") }}{% endblock %}'
        )

Canada.ca error pages for 404, 500 and 503, in the request's language, one line more::

    register_error_pages(app)

Flask must be installed (``pip install gcds[flask]``); importing ``gcds`` alone never
imports Flask.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, Flask, Response, current_app, g, has_request_context, request, url_for
from werkzeug.exceptions import HTTPException

from .error_pages import content_language, error_page
from .flask_routes import bilingual_route as bilingual_route
from .flask_routes import endpoint_lang, with_lang_href
from .i18n import normalize
from .library import configure
from .specs import LANGUAGES, STATIC_DIR

EXTENSION_KEY = "gcds"
BLUEPRINT_NAME = "gcds"


@dataclass(frozen=True)
class GcdsState:
    """What :class:`Gcds` stores in ``app.extensions["gcds"]``."""

    lang: str
    static_url_path: str
    blueprint: Blueprint
    version: str | None = None


#: How long a browser may keep a versioned file: a year, unchanged (the URL changes instead).
IMMUTABLE = 31536000


def static_version(folder: Path = STATIC_DIR) -> str:
    """A short hash of every file gcds serves (names and bytes): the folder in the static
    URLs, so another gcds, or a rebuilt CSS, is another URL. About 4 ms, once per app."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def request_lang() -> str | None:
    """The current request's language: ``g.gcds_lang``, else the ``lang`` view arg, else
    the language of a :func:`bilingual_route` rule, else None.

    Set ``g.gcds_lang`` (in a ``before_request`` hook, say) when the language comes from
    somewhere else, such as a cookie or the domain name.
    """
    if not has_request_context():
        return None
    lang = g.get("gcds_lang")
    if lang:
        return lang
    view_args = request.view_args or {}
    value = view_args.get("lang")
    if isinstance(value, str):
        return value
    return endpoint_lang(request.endpoint)


class Gcds:
    """The gcds Flask extension.

    Registers a blueprint serving the package's static files (CSS, JS, fonts, icons) at
    ``GCDS_STATIC_URL_PATH`` (default ``/_gcds/static``) under a folder named for their
    content (:func:`static_version`: ``/_gcds/static/16d40a267fef/css/gcds.min.css``),
    with ``Cache-Control: public, max-age=31536000, immutable``, since a new version is a
    new URL (``GCDS_STATIC_VERSIONED = False`` serves them unversioned, with Flask's own
    caching); and configures ``app.jinja_env``
    with :func:`gcds.configure`, so every template can call ``{{ gcds.button(...) }}`` and
    extend ``"gcds/page.html"``. The language of built-in text is, in order: the call's
    ``lang`` param, ``g.gcds_lang``, the request's ``lang`` view arg, then ``GCDS_LANG``
    (default ``"en"``).

    Example::

        gcds_ext = Gcds()

        def create_app():
            app = Flask(__name__)
            app.config["GCDS_LANG"] = "fr"
            gcds_ext.init_app(app)
            return app
    """

    def __init__(self, app: Flask | None = None) -> None:
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        """Register the static blueprint and configure the app's Jinja environment."""
        lang = app.config.setdefault("GCDS_LANG", "en")
        path = app.config.setdefault("GCDS_STATIC_URL_PATH", "/_gcds/static").rstrip("/")
        version = static_version() if app.config.setdefault("GCDS_STATIC_VERSIONED", True) else None
        if version is not None:
            path = f"{path}/{version}"
        blueprint = Blueprint(
            BLUEPRINT_NAME,
            __name__,
            static_folder=str(STATIC_DIR),
            static_url_path=path,
        )
        if version is not None:
            blueprint.after_request(_cache_for_a_year)
        app.register_blueprint(blueprint)
        env = configure(app.jinja_env, lang=lang, static_url=path + "/", lang_getter=request_lang)
        base_url = path + "/"

        def gcds_static(filename: str) -> str:
            # url_for adds the script root when the app is mounted under a prefix.
            if has_request_context():
                return url_for(f"{BLUEPRINT_NAME}.static", filename=filename)
            return base_url + filename

        env.globals["gcds_static"] = gcds_static
        env.globals["gcds_page"] = with_lang_href(env.globals["gcds_page"])
        app.extensions[EXTENSION_KEY] = GcdsState(
            lang=lang, static_url_path=path, blueprint=blueprint, version=version
        )


def _cache_for_a_year(response: Response) -> Response:
    if response.status_code in (200, 304):
        response.cache_control.public = True
        response.cache_control.max_age = IMMUTABLE
        response.cache_control.immutable = True
        response.cache_control.no_cache = None
    return response


#: The statuses :func:`register_error_pages` handles unless told: those with built-in text.
ERROR_STATUSES = (404, 500, 503)


def error_lang() -> str | None:
    """The language of the current request's error page, or None when it cannot be told
    (the page is then bilingual): :func:`request_lang` (``g.gcds_lang``, the ``lang`` view
    arg), else the first segment of the path (``/fr/…``), else ``GCDS_ERROR_LANG`` (set it
    when the whole app is in one language)."""
    if not has_request_context():
        return None
    lang = normalize(request_lang())
    if lang is None:
        first = request.path.strip("/").split("/", 1)[0].lower()
        lang = first if first in LANGUAGES else None
    return lang or normalize(current_app.config.get("GCDS_ERROR_LANG"))


def error_response(error: Exception) -> Response:
    """A Flask error handler: gcds/error.html for the error's status (500 for an exception
    that is not an HTTP error), in :func:`error_lang`, or bilingual (``GCDS_LANG`` first).
    It renders with gcds's own templates, so a broken application template cannot break
    it. The error's own headers (``Allow``, ``Retry-After``) are kept."""
    status = error.code if isinstance(error, HTTPException) and error.code else 500
    state: GcdsState = current_app.extensions[EXTENSION_KEY]
    lang = error_lang()
    first = lang or state.lang
    html = error_page(
        status,
        lang=first,
        bilingual=lang is None,
        static_url=request.script_root + state.static_url_path + "/",
    )
    response = current_app.response_class(html, status=status, mimetype="text/html")
    if isinstance(error, HTTPException):
        for name, value in error.get_headers():
            if name.lower() != "content-type":
                response.headers[name] = value
    response.headers["Content-Language"] = content_language(first, bilingual=lang is None)
    return response


def register_error_pages(app: Flask, statuses: Iterable[int] = ERROR_STATUSES) -> None:
    """Make the Canada.ca error page the app's page for each of ``statuses`` (404, 500
    and 503; any other needs its own title and message, so handle it yourself with
    :func:`gcds.error_page`). Call it after :class:`Gcds`, which serves the CSS the pages
    link to. The 500 page also answers an unhandled exception (when Flask does not
    propagate it: not in debug or testing mode)."""
    if EXTENSION_KEY not in app.extensions:
        raise RuntimeError(
            "gcds.flask.register_error_pages: call Gcds(app) first; it serves the CSS "
            "the error pages link to"
        )
    statuses = tuple(statuses)
    for status in statuses:
        if status not in ERROR_STATUSES:
            raise ValueError(
                f"gcds.flask.register_error_pages: {status} has no built-in text (only "
                f"{', '.join(map(str, ERROR_STATUSES))}); render it yourself with "
                f"gcds.error_page({status}, title=…, message=…)"
            )
    for status in statuses:
        app.register_error_handler(status, error_response)
