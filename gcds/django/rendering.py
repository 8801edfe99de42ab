"""Render a gcds component from Python in a Django project, in Django's active language.

The error summary, the formset's add button and the messages' alerts are rendered from
Python: with the components of a Jinja environment (a template's globals) or, from a view or
a DTL template tag, with gcds's own. Either way their built-in text follows the language
Django activated for the request (``LocaleMiddleware``, ``translation.override``).
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from .. import i18n
from ..library import Library, _default_environment
from ..loader import NAMESPACE_GLOBAL
from .lang import request_lang


def library(env: Environment | None = None) -> Library:
    """The components of ``env`` (configured for gcds), else gcds's own."""
    if env is None:
        return _default_environment().globals[NAMESPACE_GLOBAL]
    found = env.globals.get(NAMESPACE_GLOBAL)
    if not isinstance(found, Library):
        raise RuntimeError(
            "gcds.django: this Jinja environment is not configured for gcds; use "
            "gcds.django.environment as the Jinja2 backend's 'environment' option "
            "(or call gcds.configure(env)) first."
        )
    return found


def language(lib: Library) -> str:
    """The language ``lib``'s components render in now: :func:`gcds.use_lang`'s, else the
    environment's own (``gcds.django.environment`` asks Django), else Django's active one."""
    lang = i18n.current_lang()
    if lang is None and lib.lang_getter is None:
        lang = i18n.normalize(request_lang())
    return lang or lib.resolve_lang()


def render(lib: Library, name: str, /, **params: Any) -> Markup:
    """``lib``'s component ``name`` with ``params``, in :func:`language`.

    ``lang=`` in ``params`` is the component's own (it also writes the ``lang`` attribute).
    """
    if i18n.current_lang() is not None or lib.lang_getter is not None:
        return lib[name](**params)
    with i18n.use_lang(language(lib)):
        return lib[name](**params)
