"""Django's Jinja2 backend: the gcds environment, the request's language and static URL."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment

from ..i18n import normalize
from ..library import configure
from . import messages
from .forms import formsets, summary
from .lang import request_lang, with_lang_href
from .render import configure_render
from .static import asset_integrity, asset_url

__all__ = ["environment", "request_lang", "static_url"]


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

    Built-in text follows the active language; asset URLs and their ``integrity`` come from
    the staticfiles storage (:mod:`gcds.django.static`); a page template rendered with a
    ``request`` and no ``lang_href`` gets the toggle to the same page in the other language
    (:func:`gcds.django.lang_href`). It also makes ``gcds.render`` follow Django
    (:func:`gcds.django.configure_render`).

    To add your own globals, wrap it::

        def environment(**options):
            env = gcds.django.environment(**options)
            env.globals["url"] = django.urls.reverse
            return env
    """
    from django.conf import settings

    configure_render()
    lang = normalize(getattr(settings, "LANGUAGE_CODE", None)) or "en"
    env = configure(
        Environment(**options),
        lang=lang,
        lang_getter=request_lang,
        static=asset_url,
        integrity=asset_integrity,
    )
    env.globals["gcds_page"] = with_lang_href(env.globals["gcds_page"])
    # gcds_error_summary(form), gcds_add_button(formset), gcds_messages(): Django's forms
    # and messages in every template, as the DTL tags of the same names give them.
    for install in (summary.install, formsets.install, messages.install):
        install(env)
    return env
