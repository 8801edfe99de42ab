"""The one helper that writes HTML attributes for every component."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape as _escape
from typing import Any

from markupsafe import Markup


def _class_value(value: Any) -> str:
    if isinstance(value, str):
        return value
    return " ".join(str(v) for v in value if v)


def _value(value: Any) -> str:
    # Markup is trusted as it is; everything else is escaped (& < > " ').
    # html.escape returns a plain str: this runs for every attribute of every component,
    # and markupsafe.escape would build a Markup object each time.
    html = getattr(value, "__html__", None)
    return html() if html is not None else _escape(str(value))


def _write(parts: list[str], items: Iterable[tuple[str, Any]]) -> None:
    for name, value in items:
        if value is None or value is False:
            continue
        if value is True:
            parts.append(f" {name}")
            continue
        if name == "class" and not isinstance(value, str):
            value = _class_value(value)
            if not value:
                continue
        parts.append(f' {name}="{_value(value)}"')


class AttributeClash(Exception):
    """A caller's ``attributes`` named an attribute the component writes itself.

    Raised while rendering; the component call turns it into a :class:`gcds.ParamError`
    that names the component and the parameter to use instead."""

    def __init__(self, name: str, given: Mapping[str, Any]) -> None:
        super().__init__(name)
        self.name = name
        self.given = given


def _refuse_clashes(base: Mapping[str, Any], extra: Mapping[str, Any]) -> None:
    # Every key of ``base`` is the component's, even when its value is None this time:
    # the component owns that attribute (a hint would add aria-describedby), and a second
    # copy would make the HTML invalid (browsers keep the first and drop the other).
    # HTML attribute names are case-insensitive (viewBox is viewbox).
    owned = {key.lower() for key in base}
    for name in extra:
        if name.lower() in owned:
            raise AttributeClash(name.lower(), extra)


def attrs(base: Mapping[str, Any], p: Any = None, extra: Mapping[str, Any] | None = None) -> Markup:
    """Render ``base`` as HTML attributes, then the common params of ``p`` when given.

    ``base`` keeps its order; ``True`` renders a bare attribute, ``False``/``None`` leaves
    the attribute out, and a ``class`` value may be a list (falsy items dropped).
    ``p`` (a component's parameter namespace) adds ``id``, ``classes`` to ``class``,
    ``lang`` when it was given explicitly, and the extra ``attributes``.
    ``extra`` adds attributes without the rest of ``p``: a form field puts its ``id`` and
    the user's ``attributes`` on the control, and ``classes`` on the wrapper.
    An extra attribute that ``base`` also names raises :class:`AttributeClash`.
    """
    if p is not None:
        if p.id is not None or p.classes or p.lang is not None:
            base = dict(base)
            if p.id is not None:
                base["id"] = p.id
            if p.classes:
                base["class"] = f"{_class_value(base.get('class') or ())} {p.classes}".strip()
            if p.lang is not None:
                base["lang"] = p.lang
        extra = p.attributes
    parts: list[str] = []
    _write(parts, base.items())
    if extra:
        _refuse_clashes(base, extra)
        _write(parts, extra.items())
    return Markup("".join(parts))


def ids(values: Iterable[Any]) -> str | None:
    """Join the truthy ids for aria-describedby and similar; None when there are none.

    An item may itself be a list of ids (a ``described_by`` param)."""
    joined: list[str] = []
    for value in values:
        if not value:
            continue
        if isinstance(value, str):
            joined.append(value)
        else:
            joined.extend(str(v) for v in value if v)
    return " ".join(joined) or None
