"""Django's Jinja2 backend: the gcds environment, the request's language and static URL."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment

from ..i18n import normalize
from ..library import configure


def request_lang() -> str | None:
    """The language Django activated for the current request or thread, if any."""
    from django.utils import translation

    return translation.get_language()


def static_url() -> str:
    """Where ``django.contrib.staticfiles`` serves ``gcds/static/gcds/``: STATIC_URL + "gcds/"."""
    from django.conf import settings

    base = settings.STATIC_URL or "/static/"
    return (base if base.endswith("/") else base + "/") + "gcds/"


def environment(**options: Any) -> Environment:
    """Build the Jinja2 Environment for Django's Jinja2 backend, configured for gcds.

    ``options`` are those Django passes (loader, autoescape, auto_reload, …); give this
    function's dotted path as the backend's ``"environment"`` option::

        "OPTIONS": {"environment": "gcds.django.environment"}

    To add your own globals, wrap it::

        def environment(**options):
            env = gcds.django.environment(**options)
            env.globals["url"] = django.urls.reverse
            return env
    """
    from django.conf import settings

    lang = normalize(getattr(settings, "LANGUAGE_CODE", None)) or "en"
    return configure(
        Environment(**options), lang=lang, static_url=static_url(), lang_getter=request_lang
    )
