"""The one helper that writes HTML attributes for every component."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup, escape


def _class_value(value: Any) -> str:
    if isinstance(value, str):
        return value
    return " ".join(str(v) for v in value if v)


def _write(parts: list[str], name: str, value: Any) -> None:
    if value is None or value is False:
        return
    if value is True:
        parts.append(f" {name}")
    else:
        parts.append(f' {name}="{escape(value)}"')


def attrs(base: Mapping[str, Any], p: Any = None, extra: Mapping[str, Any] | None = None) -> Markup:
    """Render ``base`` as HTML attributes, then the common params of ``p`` when given.

    ``base`` keeps its order; ``True`` renders a bare attribute, ``False``/``None`` leaves
    the attribute out, and a ``class`` value may be a list (falsy items dropped).
    ``p`` (a component's parameter namespace) adds ``id``, ``classes`` to ``class``,
    ``lang`` when it was given explicitly, and the extra ``attributes``.
    ``extra`` adds attributes without the rest of ``p``: a form field puts its ``id`` and
    the user's ``attributes`` on the control, and ``classes`` on the wrapper.
    """
    parts: list[str] = []
    if p is not None:
        base = dict(base)
        if p.id is not None:
            base["id"] = p.id
        if p.classes:
            base["class"] = f"{_class_value(base.get('class') or ())} {p.classes}".strip()
        if p.lang is not None:
            base["lang"] = p.lang
        extra = p.attributes
    for name, value in base.items():
        if name == "class" and value is not None and not isinstance(value, str):
            value = _class_value(value) or None
        _write(parts, name, value)
    if extra:
        for name, value in extra.items():
            _write(parts, name, value)
    return Markup("".join(parts))


def ids(values: Iterable[Any]) -> str | None:
    """Join the truthy ids for aria-describedby and similar; None when there are none."""
    joined = " ".join(str(v) for v in values if v)
    return joined or None
