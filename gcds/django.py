"""Django integration: a Jinja2 environment for Django's Jinja2 template backend.

In ``settings.py``::

    INSTALLED_APPS = [..., "django.contrib.staticfiles", "gcds"]  # staticfiles finds gcds/...
    TEMPLATES = [
        {
            "BACKEND": "django.template.backends.jinja2.Jinja2",
            "DIRS": [BASE_DIR / "jinja2"],
            "OPTIONS": {"environment": "gcds.django.environment"},
        },
    ]

Templates can then call ``{{ gcds.button(text="Continue") }}`` and extend
``"gcds/page.html"``. The language of built-in text follows
:func:`django.utils.translation.get_language` (so ``LocaleMiddleware`` and
``i18n_patterns`` just work), else ``LANGUAGE_CODE``.

Django is imported only by this module; importing ``gcds`` alone never imports it.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment

from .i18n import normalize
from .library import configure


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
