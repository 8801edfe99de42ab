"""What counts as text in a component param: str, Markup, and lazy translation strings."""

from __future__ import annotations

from typing import Any

# Lazy translation string types, by (module, class name), so neither Django nor Babel has to
# be imported to recognise them. Each is text once str() is called on it. Only these are
# accepted: an arbitrary object with a __str__ is not text.
_LAZY_TYPES = frozenset(
    {
        ("django.utils.functional", "Promise"),  # gettext_lazy, format_lazy, reverse_lazy
        ("flask_babel.speaklater", "LazyString"),  # Flask-Babel's lazy_gettext
        ("speaklater", "_LazyString"),  # the speaklater package (Flask-BabelEx and older)
        ("babel.support", "LazyProxy"),  # Babel's own lazy_gettext
    }
)


def is_lazy_text(value: Any) -> bool:
    """True for a lazy translation string of Django, Flask-Babel, speaklater or Babel."""
    return any((cls.__module__, cls.__name__) in _LAZY_TYPES for cls in type(value).__mro__)


def is_text(value: Any) -> bool:
    """The Jinja test ``gcds_text``: a str (Markup included) or a lazy translation string.

    For text inside list and dict params (an item's ``text``), which the macros check."""
    return isinstance(value, str) or is_lazy_text(value)
