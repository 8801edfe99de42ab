"""The language toggle in a Django request: this same page in the other official language."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from jinja2 import pass_context
from jinja2.runtime import Context
from jinja2.utils import missing

from ..i18n import LANGUAGES, normalize

if TYPE_CHECKING:
    from django.http import HttpRequest


def request_lang() -> str | None:
    """The language Django activated for the current request or thread, if any."""
    from django.utils import translation

    return translation.get_language()


def other_lang(lang: str) -> str:
    """The other official language: "fr" for "en", "en" for "fr"."""
    return next(code for code in LANGUAGES if code != lang)


def lang_href(request: HttpRequest, lang: str | None = None) -> str | None:
    """The address of ``request``'s page in the other language than ``lang`` (default: the
    active one), from :func:`django.urls.translate_url` (``i18n_patterns`` URLs, each
    language's own slugs, the query string kept); None when the URL does not change with
    the language (not under ``i18n_patterns``, or a pattern with no ``name``, which
    translate_url needs), as a toggle to the same page would mislead.
    The header's language toggle shows only with an address."""
    from django.urls import translate_url
    from django.utils import translation

    # Resolved without the script prefix (a site mounted under /app/); reverse() adds it.
    query = request.META.get("QUERY_STRING", "")
    here = request.path_info + (f"?{query}" if query else "")
    current = normalize(lang or translation.get_language()) or LANGUAGES[0]
    there = translate_url(here, other_lang(current))
    return None if there in (here, request.get_full_path()) else there


def with_lang_href(gcds_page: Callable[..., SimpleNamespace]) -> Callable[..., SimpleNamespace]:
    """Wrap an Environment's ``gcds_page`` global: a page template with a ``lang_href``
    parameter that its context does not set gets :func:`lang_href` of the context's
    ``request`` (Django's Jinja2 backend passes it to templates rendered with one)."""

    @pass_context
    def page(context: Context, name: str) -> SimpleNamespace:
        values = gcds_page(context, name)
        request: Any = context.get("request")
        if (
            request is not None
            and getattr(values, "lang_href", missing) is None
            and context.resolve_or_missing("lang_href") is missing
        ):
            values.lang_href = lang_href(request, values.lang)
        return values

    return page
