"""The Canada.ca error pages as Django views and responses (handler404, handler500)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..error_pages import content_language, error_page
from ..i18n import normalize
from ..library import package_integrity
from .jinja import static_url
from .static import asset_integrity, asset_url

if TYPE_CHECKING:
    from django.http import HttpRequest, HttpResponse


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
    html = error_page(status, first, lang is None, static=_static, integrity=_integrity, **context)
    response = HttpResponse(html, status=status, content_type="text/html; charset=utf-8")
    response["Content-Language"] = content_language(first, bilingual=lang is None)
    return response


# The error page must show even when the storage cannot name a file (a manifest without
# it: the very error a 500 may be about); it then links the unhashed copy in STATIC_ROOT.
def _static(path: str) -> str:
    try:
        return asset_url(path)
    except ValueError:
        return static_url() + path


def _integrity(path: str) -> str:
    try:
        return asset_integrity(path)
    except ValueError:
        return package_integrity(path)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """``handler404 = "gcds.django.page_not_found"``: the Canada.ca 404 page."""
    return error_response(request, 404)


def server_error(request: HttpRequest) -> HttpResponse:
    """``handler500 = "gcds.django.server_error"``: the Canada.ca 500 page."""
    return error_response(request, 500)
