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

Canada.ca error pages for 404 and 500, in the request's language, in the root ``urls.py``::

    handler404 = "gcds.django.page_not_found"
    handler500 = "gcds.django.server_error"

Django is imported only by this module; importing ``gcds`` alone never imports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jinja2 import Environment

from .error_pages import content_language, error_page
from .i18n import normalize
from .library import configure

if TYPE_CHECKING:
    from django.http import HttpRequest, HttpResponse


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


def error_lang(request: HttpRequest) -> str | None:
    """The language of ``request``'s error page, or None when it cannot be told (the page
    is then bilingual): the language prefix of the path (``/fr/…``, as ``i18n_patterns``
    writes it), else the ``GCDS_ERROR_LANG`` setting (set it when the whole site is in one
    language)."""
    from django.conf import settings
    from django.utils import translation

    lang = normalize(translation.get_language_from_path(request.path_info))
    return lang or normalize(getattr(settings, "GCDS_ERROR_LANG", None))


def error_response(request: HttpRequest, status: int, **context: Any) -> HttpResponse:
    """The Canada.ca error page (gcds/error.html) for ``status`` as a response, in
    :func:`error_lang`, or bilingual (``LANGUAGE_CODE`` first). It renders with gcds's own
    templates, so it works even when the site's templates do not. ``context`` goes to the
    page (``title``, ``message``, ``links``…; see :func:`gcds.error_page`), for a 503 from
    a maintenance middleware, say."""
    from django.conf import settings
    from django.http import HttpResponse

    lang = error_lang(request)
    first = lang or normalize(getattr(settings, "LANGUAGE_CODE", None)) or "en"
    html = error_page(status, first, lang is None, static_url=static_url(), **context)
    response = HttpResponse(html, status=status, content_type="text/html; charset=utf-8")
    response["Content-Language"] = content_language(first, bilingual=lang is None)
    return response


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """``handler404 = "gcds.django.page_not_found"``: the Canada.ca 404 page."""
    return error_response(request, 404)


def server_error(request: HttpRequest) -> HttpResponse:
    """``handler500 = "gcds.django.server_error"``: the Canada.ca 500 page."""
    return error_response(request, 500)
