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

Flask must be installed (``pip install gcds[flask]``); importing ``gcds`` alone never
imports Flask.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, Flask, g, has_request_context, request, url_for

from .library import configure
from .specs import STATIC_DIR

EXTENSION_KEY = "gcds"
BLUEPRINT_NAME = "gcds"


@dataclass(frozen=True)
class GcdsState:
    """What :class:`Gcds` stores in ``app.extensions["gcds"]``."""

    lang: str
    static_url_path: str
    blueprint: Blueprint


def request_lang() -> str | None:
    """The current request's language: ``g.gcds_lang``, else the ``lang`` view arg, else None.

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
    return value if isinstance(value, str) else None


class Gcds:
    """The gcds Flask extension.

    Registers a blueprint serving the package's static files (CSS, JS, fonts, icons) at
    ``GCDS_STATIC_URL_PATH`` (default ``/_gcds/static``) and configures ``app.jinja_env``
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
        blueprint = Blueprint(
            BLUEPRINT_NAME,
            __name__,
            static_folder=str(STATIC_DIR),
            static_url_path=path,
        )
        app.register_blueprint(blueprint)
        env = configure(app.jinja_env, lang=lang, static_url=path + "/", lang_getter=request_lang)
        base_url = path + "/"

        def gcds_static(filename: str) -> str:
            # url_for adds the script root when the app is mounted under a prefix.
            if has_request_context():
                return url_for(f"{BLUEPRINT_NAME}.static", filename=filename)
            return base_url + filename

        env.globals["gcds_static"] = gcds_static
        app.extensions[EXTENSION_KEY] = GcdsState(
            lang=lang, static_url_path=path, blueprint=blueprint
        )
