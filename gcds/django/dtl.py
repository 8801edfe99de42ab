"""The bridge from Django's template language to gcds's Jinja components and pages.

The ``{% gcds %}`` tags (``gcds/templatetags/gcds.py``) parse the template; this module
holds what they call at render time: the Jinja environment the components render in (the
same one the Jinja2 backend gets from :func:`gcds.django.environment`, so both give the
same HTML), DTL values made into what gcds expects, and the DTL page bases, rendered by
gcds's Jinja page templates themselves with the DTL blocks' content.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

from jinja2 import Environment, Template
from markupsafe import Markup

from ..library import Component, Library
from ..loader import NAMESPACE_GLOBAL
from ..pages import page_specs
from .jinja import environment as jinja_environment

#: The Jinja context variable through which a page's Jinja blocks ask for the DTL blocks.
BLOCK_CALLBACK = "_gcds_dtl_block"
#: Settings the environment is built from: a change (``override_settings``) rebuilds it.
_SETTINGS = frozenset({"LANGUAGE_CODE", "STATIC_URL", "STORAGES", "STATICFILES_STORAGE"})

_env: Environment | None = None
_pages: dict[str, Template] = {}
_lock = threading.Lock()


def environment() -> Environment:
    """The Jinja environment the DTL tags render gcds in, built once per process."""
    global _env
    if _env is None:
        with _lock:
            if _env is None:
                _env = jinja_environment(autoescape=True)
                _connect_reset()
    return _env


def component(name: str) -> Component:
    """The checked component ``name``; an unknown name is the ParamError Jinja gives."""
    library: Library = environment().globals[NAMESPACE_GLOBAL]
    return library[name]


def _reset(*, setting: str, **_: Any) -> None:
    global _env
    if setting in _SETTINGS:
        with _lock:
            _env = None
            _pages.clear()


def _connect_reset() -> None:
    from django.core.signals import setting_changed

    setting_changed.connect(_reset, dispatch_uid="gcds.django.dtl")


def as_markup(value: Any) -> Any:
    """``value`` with Django's safe strings (``mark_safe``, ``|safe``, rendered templates)
    made Markup, inside lists, tuples and dicts too, so gcds treats them as trusted HTML
    as Jinja would. Anything else is returned as it is (the same object when unchanged)."""
    from django.utils.safestring import SafeData

    if isinstance(value, Markup):
        return value
    if isinstance(value, SafeData):
        return Markup(str(value))
    if isinstance(value, (list, tuple)):
        items = [as_markup(item) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return items if isinstance(value, list) else tuple(items)
    if isinstance(value, Mapping) and not isinstance(value, Markup):
        pairs = {key: as_markup(item) for key, item in value.items()}
        if all(pairs[key] is item for key, item in value.items()):
            return value
        return pairs
    return value


def page_blocks(template: str) -> tuple[str, ...]:
    """The blocks of the page template ``template`` ("page"), as its spec lists them."""
    try:
        spec = page_specs()[template]
    except KeyError:
        known = ", ".join(sorted(page_specs()))
        raise ValueError(f"gcds: no page template {template!r} (there are: {known})") from None
    return tuple(block["name"] for block in spec["blocks"])


def page_params(template: str) -> tuple[str, ...]:
    """The context variables the page template ``template`` reads."""
    return tuple(param["name"] for param in page_specs()[template]["params"])


def _page_template(template: str) -> Template:
    """A Jinja child of ``gcds/<template>.html`` whose every block asks the DTL page for
    its content, handing it the Jinja block's own content (``super``) as the default."""
    env = environment()
    cached = _pages.get(template)
    if cached is None:
        blocks = "".join(
            f"{{% block {name} %}}{{{{ {BLOCK_CALLBACK}({name!r}, super) }}}}{{% endblock %}}"
            for name in page_blocks(template)
        )
        cached = env.from_string(f'{{% extends "gcds/{template}.html" %}}{blocks}')
        _pages[template] = cached
    return cached


def render_page(
    template: str,
    context: Mapping[str, Any],
    render_block: Callable[[str, Callable[[], Markup]], str],
) -> str:
    """Render the Jinja page ``gcds/<template>.html`` with ``context`` (its context
    variables) and each block's content from ``render_block(name, default)``, where
    ``default()`` is what the Jinja block would have written."""
    values = {key: as_markup(value) for key, value in context.items()}

    def block(name: str, default: Callable[[], Markup]) -> Markup:
        return Markup(render_block(name, default))

    return _page_template(template).render({**values, BLOCK_CALLBACK: block})
