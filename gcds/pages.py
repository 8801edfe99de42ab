"""Page templates (``gcds/page.html`` and the others): their specs and checked context.

Each page template ``gcds/page_templates/<name>.html`` has a spec beside it, ``<name>.yaml``
(compiled into ``_generated/pages.json`` by scripts/build_assets.py): the context variables
it reads (``params``, typed like a component's), its built-in ``strings``, its ``blocks``
and ``examples``. The template's first line checks its context against the spec::

    {%- set pg = gcds_page("page") -%}

so a wrong value (``page_type="transaction"``) is a :class:`gcds.ParamError` naming
``gcds/page.html``, as a wrong component parameter is, never a page that quietly drops a
part. The spec drives the docs and the test harness, which renders every example as a
whole page.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from types import SimpleNamespace
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from jinja2.utils import missing

from . import i18n
from .params import Checker
from .specs import PACKAGE_DIR

PAGES_JSON = PACKAGE_DIR / "_generated" / "pages.json"


@cache
def load_page_specs() -> dict[str, dict[str, Any]]:
    """Every page template's spec by name (``page``, ``error``, …)."""
    try:
        return json.loads(PAGES_JSON.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RuntimeError(
            f"gcds: compiled page specs not found at {PAGES_JSON}. "
            "In a source checkout run `make assets` (or `python scripts/build_assets.py`)."
        ) from None


@cache
def _checker(name: str) -> tuple[Checker, tuple[str, ...], dict[str, dict[str, str]]]:
    spec = load_page_specs()[name]
    checker = Checker({**spec, "name": f"gcds/{name}.html"})
    table = spec.get("strings") or {}
    strings = {lang: {k: v[lang] for k, v in table.items()} for lang in i18n.LANGUAGES}
    return checker, tuple(checker.checks), strings


def _overridden(
    table: Mapping[str, str], overrides: Mapping[str, Any], code: str, lang: str
) -> dict[str, str]:
    """The strings of language ``code`` with the ``strings`` context overrides: a text
    overrides the page's language (``lang``) only; ``{"en": …, "fr": …}`` each language."""
    out = dict(table)
    for key, value in overrides.items():
        if isinstance(value, Mapping):
            if value.get(code):
                out[key] = value[code]
        elif code == lang:
            out[key] = value
    return out


def page_context(resolve_lang: Callable[[], str]) -> Callable[..., SimpleNamespace]:
    """The ``gcds_page`` global of one Environment (``resolve_lang``: its language)."""

    @pass_context
    def gcds_page(context: Context, name: str) -> SimpleNamespace:
        """Check the context variables the page template ``name`` declares and return
        them with their defaults, plus ``lang`` (resolved), ``t`` (its strings) and
        ``t_by_lang`` (the strings of every language, for a bilingual page)."""
        checker, names, strings = _checker(name)
        given: dict[str, Any] = {}
        for key in names:
            value = context.resolve_or_missing(key)
            if value is not missing:
                given[key] = value
        values = checker(given)
        lang = values.get("lang") or resolve_lang()
        overrides = values.get("strings")
        by_lang = (
            {code: _overridden(table, overrides, code, lang) for code, table in strings.items()}
            if overrides
            else strings
        )
        values["lang"] = lang
        values["t"] = by_lang[lang]
        # Both languages' strings, for a bilingual page (side-by-side columns, a language
        # selection page): each part reads its own language's text.
        values["t_by_lang"] = by_lang
        # The language to hand the page's components: none when it is the environment's
        # own, so that they read it from the request as usual.
        values["child_lang"] = None if lang == resolve_lang() else lang
        return SimpleNamespace(**values)

    return gcds_page


def page_specs() -> Mapping[str, Mapping[str, Any]]:
    """Every page template's spec by name: summary, params, strings, blocks, examples."""
    return load_page_specs()
