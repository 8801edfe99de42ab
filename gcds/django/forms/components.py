"""The gcds components that draw Django form fields, in Django's active language."""

from __future__ import annotations

from functools import cache
from typing import Any

from markupsafe import Markup

from ...library import Library
from ...loader import NAMESPACE_GLOBAL
from ...specs import load_specs


@cache
def library() -> Library:
    """gcds's components in an Environment of their own that follows Django's active language.

    Form fields render through the form renderer, whatever template engine the page uses, so
    they cannot count on the page's Jinja environment: this one is built like
    ``gcds.django.environment`` (``LANGUAGE_CODE``, then the request's language).
    """
    from ..jinja import environment

    return environment(autoescape=True).globals[NAMESPACE_GLOBAL]


@cache
def param_names(component: str) -> frozenset[str]:
    """The names of ``component``'s params, from its spec."""
    return frozenset(p["name"] for p in load_specs()[component]["params"])


@cache
def bool_params(component: str) -> frozenset[str]:
    """The names of ``component``'s params whose type is ``bool``, from its spec."""
    return frozenset(p["name"] for p in load_specs()[component]["params"] if p["type"] == "bool")


def text(value: Any) -> Any:
    """A lazy string (``gettext_lazy``) or any other value as text; safe strings as Markup.

    Django's ``mark_safe`` strings carry ``__html__`` and stay trusted HTML; everything else
    is made a plain ``str`` (escaped by the component), at the last moment, in the active
    language.
    """
    if value is None or type(value) in (str, Markup, int):
        return value
    if hasattr(value, "__html__"):
        return Markup(value.__html__())
    return str(value)
