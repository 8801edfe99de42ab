"""Which language to use for built-in text.

Order: the component's explicit ``lang`` param, then the language set for the current
request or block of code (:func:`use_lang`, set by the Flask and Django integrations),
then the language configured on the Environment, then English.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .specs import LANGUAGES

_current: ContextVar[str | None] = ContextVar("gcds_lang", default=None)


def normalize(lang: str | None) -> str | None:
    """'fr-CA' -> 'fr'; None or an unsupported language -> None."""
    if not lang:
        return None
    primary = lang.split("-", 1)[0].split("_", 1)[0].lower()
    return primary if primary in LANGUAGES else None


def current_lang() -> str | None:
    """The language set with :func:`use_lang` or :func:`set_lang` for this context, if any."""
    return _current.get()


def set_lang(lang: str | None):
    """Set the language for the current context; returns a token for :func:`reset_lang`."""
    return _current.set(normalize(lang))


def reset_lang(token) -> None:
    _current.reset(token)


@contextmanager
def use_lang(lang: str) -> Iterator[None]:
    """Render with ``lang`` inside the block::

    with gcds.use_lang("fr"):
        html = gcds.render("button", text="Envoyer")
    """
    token = set_lang(lang)
    try:
        yield
    finally:
        _current.reset(token)
