"""``gcds.render`` in a Django project: Django's active language and staticfiles storage."""

from __future__ import annotations

from ..i18n import normalize
from ..library import set_render_defaults
from .lang import request_lang
from .static import asset_integrity, asset_url


def configure_render() -> None:
    """Make :func:`gcds.render` (and the helpers built on it) follow Django as the Jinja2
    backend's templates do: the built-in text in the active language (``LocaleMiddleware``,
    ``translation.override``), else ``LANGUAGE_CODE``; asset URLs and their integrity from
    the staticfiles storage (``STATIC_URL``, hashed names).

    gcds's AppConfig calls it when Django starts ("gcds" in ``INSTALLED_APPS``, which
    staticfiles needs anyway to find gcds's files); ``gcds.django.environment`` too, for a
    project that has only the Jinja2 backend. ``import gcds`` alone never imports Django."""
    from django.conf import settings

    set_render_defaults(
        lang=normalize(getattr(settings, "LANGUAGE_CODE", None)) or "en",
        lang_getter=request_lang,
        static=asset_url,
        integrity=asset_integrity,
    )
