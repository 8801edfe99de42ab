"""The template filters the renderer's own templates use (a builtins library of its engine)."""

from __future__ import annotations

from typing import Any

from django import template
from markupsafe import Markup

from .components import library, text
from .render import render_field

register = template.Library()


@register.filter
def gcds_field(bf: Any) -> Markup:
    """``{{ field|gcds_field }}``: the bound field drawn with its gcds component."""
    return render_field(bf)


@register.filter
def gcds_error(message: Any) -> Markup:
    """``{{ error|gcds_error }}``: one error message, the gcds way (icon, "Error:" prefix)."""
    return library().error_message(text=text(message))
