"""Check a component call against its spec, once per call, cheaply.

Each spec is compiled once into a :class:`Checker`: a dict of per-parameter check
functions, the defaults and the required names. A call then costs one dict lookup and
one ``isinstance`` per keyword it passes.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from typing import Any

from jinja2 import StrictUndefined, Undefined
from markupsafe import Markup

from .errors import ParamError
from .text import is_lazy_text

Check = Callable[[Any], "str | None"]

# Browsers drop ASCII tab/newline and leading control characters inside a URL scheme,
# so "java\tscript:" must be caught as well as "javascript:".
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")
_BAD_SCHEMES = ("javascript:", "vbscript:", "data:")
_ATTR_NAME = re.compile(r"^[^\s\"'>/=\x00-\x1f\x7f-\x9f]+$")
#: Attributes that a common parameter writes on every component.
_OWN_PARAM = {"class": "classes", "id": "id", "lang": "lang"}
_URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "srcset", "xlink:href", "poster"}
)


def _type_name(value: Any) -> str:
    return type(value).__name__


def check_str(value: Any) -> str | None:
    # Numbers are not text: how 1234.5 is written depends on the language (1 234,5 in
    # French), so the caller formats it. A lazy translation string is made text by the
    # Checker before this runs again (see Checker._second_look).
    if isinstance(value, str):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"must be text, not a number ({value!r}): format it first, e.g. str(n)"
    return f"must be text (str, Markup or a lazy translation string), not {_type_name(value)}"


def check_idrefs(value: Any) -> str | None:
    """One element id, or a list of them (for aria-describedby and the like)."""
    ids = [value] if isinstance(value, str) else value
    if not isinstance(ids, (list, tuple)):
        return f"must be an id (str) or a list of ids, not {_type_name(value)}"
    for index, item in enumerate(ids):
        where = "" if ids is not value else f"[{index}] "
        if not isinstance(item, str) or not item:
            return f"{where}must be a non-empty id (str), not {item!r}"
        if any(char.isspace() for char in item):
            return f"{where}{item!r}: an id cannot contain spaces (give a list of ids)"
    return None


def check_bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"must be True or False, not {value!r}"


def check_int(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return None
    return f"must be a whole number (int), not {_type_name(value)}"


def check_list(value: Any) -> str | None:
    if isinstance(value, (list, tuple)):
        return None
    return f"must be a list, not {_type_name(value)}"


def check_dict(value: Any) -> str | None:
    return None if isinstance(value, Mapping) else f"must be a dict, not {_type_name(value)}"


def unsafe_url(value: str) -> bool:
    """True for a URL whose scheme would run script (javascript:, vbscript:, data:)."""
    if isinstance(value, Markup):
        value = str(value)
    return _URL_NOISE.sub("", value).lower().startswith(_BAD_SCHEMES)


def check_url(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"must be a URL (str), not {_type_name(value)}"
    if unsafe_url(value):
        return "must not use a javascript:, vbscript: or data: URL (it would run script)"
    return None


def check_attributes(value: Any) -> str | None:
    if not isinstance(value, Mapping):
        return f"must be a dict of HTML attributes, not {_type_name(value)}"
    for key, item in value.items():
        if not isinstance(key, str) or not _ATTR_NAME.match(key):
            return f"{key!r} is not a valid HTML attribute name"
        lowered = key.lower()
        if lowered in _OWN_PARAM:
            return f"{key!r} is set with the '{_OWN_PARAM[lowered]}' parameter, not attributes"
        if lowered.startswith("on"):
            return f"{key!r}: inline event handlers break a strict Content-Security-Policy; use gcds.js"
        if lowered in _URL_ATTRIBUTES and isinstance(item, str) and unsafe_url(item):
            return f"{key!r} must not be a javascript:, vbscript: or data: URL"
    return None


def make_enum_check(values: list[Any]) -> Check:
    allowed = frozenset(values)
    listing = ", ".join(repr(v) for v in values)

    def check_enum(value: Any) -> str | None:
        try:
            if value in allowed:
                return None
        except TypeError:  # unhashable
            pass
        return f"{value!r} is not one of the allowed values: {listing}"

    return check_enum


_CHECKS: dict[str, Check] = {
    "str": check_str,
    "markup": check_str,
    "bool": check_bool,
    "int": check_int,
    "list": check_list,
    "dict": check_dict,
    "url": check_url,
    "idrefs": check_idrefs,
}


#: Every type a spec parameter may have (``enum`` takes its ``values``).
PARAM_TYPES = frozenset(_CHECKS) | {"enum"}


def make_union_check(kinds: list[str]) -> Check:
    """For a param that takes one of several types, e.g. ``str|list``."""
    checks = [_CHECKS[kind] for kind in kinds]
    listing = " or ".join(kinds)

    def check_union(value: Any) -> str | None:
        if any(check(value) is None for check in checks):
            return None
        return f"must be {listing}, not {_type_name(value)}"

    return check_union


def check_for(param: Mapping[str, Any]) -> Check:
    """The check function for one spec parameter."""
    if param["name"] == "attributes":
        return check_attributes
    kind = param.get("type", "str")
    if "|" in kind:
        return make_union_check(kind.split("|"))
    if kind == "enum":
        return make_enum_check(param["values"])
    try:
        return _CHECKS[kind]
    except KeyError:
        raise ValueError(f"spec parameter {param['name']!r}: unknown type {kind!r}") from None


class Checker:
    """The compiled parameter rules of one component."""

    __slots__ = ("checks", "component", "defaults", "required", "string_keys")

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.component: str = spec["name"]
        self.checks: dict[str, Check] = {p["name"]: check_for(p) for p in spec["params"]}
        self.defaults: dict[str, Any] = {p["name"]: p.get("default") for p in spec["params"]}
        self.required: tuple[str, ...] = tuple(
            p["name"] for p in spec["params"] if p.get("required")
        )
        self.string_keys = frozenset(spec.get("strings") or ())

    def __call__(self, kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """Return the full parameter values (defaults filled) or raise ParamError."""
        values = self.defaults.copy()
        checks = self.checks
        undefined: list[str] = []
        for name, value in kwargs.items():
            check = checks.get(name)
            if check is None:
                raise self.unknown(name)
            if value is None:
                continue
            if isinstance(value, Undefined):
                # errors.full_name with no such error: not given. StrictUndefined is the
                # application asking to be told, so it is.
                if isinstance(value, StrictUndefined):
                    raise ParamError(self.component, name, _strict_message(value))
                undefined.append(name)
                continue
            problem = check(value)
            if problem is not None:
                # Lazy strings are looked at only once the plain check has failed, so a
                # correct call pays nothing for them.
                value, problem = _second_look(check, value, problem)
                if problem is not None:
                    raise ParamError(self.component, name, problem)
            values[name] = value
        for name in self.required:
            if values[name] is None or values[name] == "":
                why = "was undefined in the template" if name in undefined else "was not given"
                raise ParamError(self.component, name, f"is required and {why}")
        overrides = values.get("strings")
        if overrides:
            for key in overrides:
                if key not in self.string_keys:
                    raise ParamError(
                        self.component,
                        "strings",
                        f"no built-in string {key!r}.{suggest(key, self.string_keys)}",
                    )
        return values

    def unknown(self, name: str) -> ParamError:
        allowed = ", ".join(sorted(self.checks))
        return ParamError(
            self.component,
            name,
            f"unknown parameter.{suggest(name, self.checks)} Allowed: {allowed}.",
        )


def _strict_message(value: StrictUndefined) -> str:
    try:
        str(value)
    except Exception as error:  # UndefinedError, with Jinja's own wording
        return f"is undefined ({error}); the environment uses StrictUndefined"
    return "is undefined"


def _second_look(check: Check, value: Any, problem: str) -> tuple[Any, str | None]:
    """A lazy translation string (Django's gettext_lazy, Flask-Babel's lazy_gettext) is
    text once str() is called on it: do that now, at render time, and check the result."""
    if is_lazy_text(value):
        text = str(value)
        return text, check(text)
    return value, problem


def suggest(name: str, choices: Any) -> str:
    """' Did you mean 'x'?' for the closest of ``choices``, or ''."""
    close = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return f" Did you mean '{close[0]}'?" if close else ""
