"""Render the Canada.ca error page (``gcds/error.html``) from anywhere.

A crash handler may have no request, a broken application template or a half-configured
framework: :func:`error_page` needs none of them. It renders with an Environment of its
own (gcds's templates only), so it works whatever state the application is in::

    html = gcds.error_page(404, lang="fr")
    html = gcds.error_page(500, bilingual=True)
    html = gcds.error_page(503, lang="en", message="Back at 6 a.m. Eastern time.")
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment

from .i18n import use_lang
from .library import DEFAULT_STATIC_URL, Integrity, StaticUrl, environment
from .specs import LANGUAGES

TEMPLATE = "gcds/error.html"


@lru_cache(maxsize=8)
def _environment(
    static_url: str, static: StaticUrl | None, integrity: Integrity | None
) -> Environment:
    # One per place the static files are served (a few at most: one per app and mount).
    return environment(static_url=static_url, static=static, integrity=integrity)


def error_page(
    status: int = 404,
    lang: str = "en",
    bilingual: bool = False,
    *,
    static_url: str = DEFAULT_STATIC_URL,
    static: StaticUrl | None = None,
    integrity: Integrity | None = None,
    **context: Any,
) -> str:
    """The whole HTML page for an error ``status`` (404, 500, 503, or another with
    ``title`` and ``message``), in ``lang``, or ``bilingual`` with ``lang`` first.

    ``context`` is the rest of gcds/error.html's context (``title``, ``message``,
    ``links``, ``search``, ``lang_href``, ``strings``); ``static_url`` is where the
    application serves gcds's static files (the page links its CSS there), or ``static``
    and ``integrity`` name each file as :func:`gcds.configure` says (a framework's static
    storage). A wrong value raises :class:`gcds.ParamError` naming gcds/error.html."""
    template = _environment(static_url, static, integrity).get_template(TEMPLATE)
    with use_lang(lang):
        return template.render(status=status, lang=lang, bilingual=bilingual, **context)


def content_language(lang: str, bilingual: bool = False) -> str:
    """The ``Content-Language`` header of the page: ``"fr"``, or ``"fr, en"`` for the
    bilingual page with French first."""
    if not bilingual:
        return lang
    return ", ".join([lang, *(code for code in LANGUAGES if code != lang)])
