"""The language toggle in a Flask request: the same page in the other official language.

Two ways an app says which URL is which language, and both give the toggle's address
with no ``lang_href`` passed:

- one rule with a ``lang`` view arg (``/<lang>/apply``): the same endpoint, the other
  ``lang``;
- one rule per language with its own slugs, registered with :func:`bilingual_route`
  (``/en/apply`` and ``/fr/demande``): endpoints named ``NAME__en`` and ``NAME__fr``, the
  naming rule by which the other language's endpoint is found.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import SimpleNamespace
from typing import Any

from flask import has_request_context, request, url_for
from jinja2 import pass_context
from jinja2.runtime import Context
from jinja2.utils import missing
from werkzeug.routing import BuildError

from .i18n import LANGUAGES, normalize

#: ``apply__fr``: the endpoint of the French rule of the view ``apply``.
SEPARATOR = "__"


def bilingual_route(
    app: Any, rules: Mapping[str, str], **options: Any
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a view at one URL per language, each with its own slugs::

        @bilingual_route(app, {"en": "/en/apply/", "fr": "/fr/demande/"}, methods=["GET", "POST"])
        def apply():
            ...

    ``app`` is a Flask app or blueprint; ``options`` go to ``add_url_rule``. The endpoints
    are ``apply__en`` and ``apply__fr`` (``url_for("apply__fr")``), the request's language
    is the rule's (gcds's built-in text follows it), and the page's language toggle goes to
    the other rule, with the same view args and query string."""
    unknown = sorted(set(rules) - set(LANGUAGES))
    if unknown or set(rules) != set(LANGUAGES):
        raise ValueError(
            f"bilingual_route: rules for each of {list(LANGUAGES)} are needed, got {sorted(rules)}"
        )

    def register(view: Callable[..., Any]) -> Callable[..., Any]:
        name = options.pop("endpoint", None) or view.__name__
        for lang, rule in rules.items():
            app.add_url_rule(rule, f"{name}{SEPARATOR}{lang}", view, **options)
        return view

    return register


def endpoint_lang(endpoint: str | None) -> str | None:
    """The language a :func:`bilingual_route` endpoint is for (``apply__fr`` → "fr")."""
    if not endpoint or SEPARATOR not in endpoint:
        return None
    return normalize(endpoint.rsplit(SEPARATOR, 1)[1])


def lang_href(lang: str) -> str | None:
    """The current page's address in the other language than ``lang``, or None where the
    URL does not say the language (a toggle to the same page would mislead)."""
    if not has_request_context() or request.url_rule is None:
        return None
    other = next(code for code in LANGUAGES if code != lang)
    endpoint = request.endpoint or ""
    args = dict(request.view_args or {})
    if endpoint_lang(endpoint) is not None:
        endpoint = endpoint.rsplit(SEPARATOR, 1)[0] + SEPARATOR + other
    elif "lang" in args:
        args["lang"] = other
    else:
        return None
    try:
        there = url_for(endpoint, **args)
    except BuildError:
        return None
    query = request.query_string.decode("latin-1")
    return f"{there}?{query}" if query else there


def with_lang_href(gcds_page: Callable[..., SimpleNamespace]) -> Callable[..., SimpleNamespace]:
    """Wrap an Environment's ``gcds_page`` global: a page whose context sets no
    ``lang_href`` gets :func:`lang_href` of the current request."""

    @pass_context
    def page(context: Context, name: str) -> SimpleNamespace:
        values = gcds_page(context, name)
        if (
            getattr(values, "lang_href", missing) is None
            and context.resolve_or_missing("lang_href") is missing
        ):
            values.lang_href = lang_href(values.lang)
        return values

    return page
