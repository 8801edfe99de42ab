"""Which gcds library (Environment) renders a field, and in which language."""

from __future__ import annotations

import sys

from jinja2 import Environment

from .. import i18n
from ..library import Library, _default_environment
from ..loader import NAMESPACE_GLOBAL


def _library(env: Environment | None = None) -> Library:
    """The components of ``env``; else of the current Flask app; else gcds's own Environment."""
    if env is not None:
        library = env.globals.get(NAMESPACE_GLOBAL)
        if not isinstance(library, Library):
            raise RuntimeError(
                "gcds.wtforms: this Jinja environment is not configured for gcds; "
                "call gcds.configure(env) (or Gcds(app) in Flask) first."
            )
        return library
    if "flask" in sys.modules:
        from flask import current_app, has_app_context

        if has_app_context():
            library = current_app.jinja_env.globals.get(NAMESPACE_GLOBAL)
            if isinstance(library, Library):
                return library
    return _default_environment().globals[NAMESPACE_GLOBAL]


def _lang() -> str:
    """The page's language: gcds.use_lang, else the Flask or Django request's, else the default."""
    library = _library()
    lang = i18n.current_lang()
    if lang is None and library.lang_getter is None and "django" in sys.modules:
        from django.core.exceptions import ImproperlyConfigured

        from .django.jinja import request_lang

        try:
            lang = i18n.normalize(request_lang())
        except ImproperlyConfigured:  # Django imported but not set up: not a Django request
            lang = None
    return lang or library.resolve_lang()
