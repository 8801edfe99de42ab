"""What every field gives its component: name, id, label, hint, error, required, disabled, attrs."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from .components import bool_params, param_names, text

Params = dict[str, Any]

#: Params that come from the field itself, never from the widget's ``attrs``.
_OWN = frozenset(
    {"name", "id", "label", "legend", "value", "items", "hint", "error", "attributes", "strings"}
)
#: Attributes a widget writes for its field (``required`` from the field, ``maxlength`` from
#: ``max_length``…) that gcds writes itself or replaces (a textarea's character count).
_DERIVED = frozenset({"required", "disabled", "maxlength", "minlength", "min", "max", "step"})


def base_id(bf: Any) -> str:
    """The field's id as Django computes it (the widget's ``id`` attr, else ``auto_id``)."""
    return str(bf.field.widget.attrs.get("id") or bf.auto_id or bf.html_name)


def hint(bf: Any) -> Markup | None:
    """``help_text`` as HTML, as Django's own field templates write it ("not HTML-escaped
    in automatically-generated forms"), so a team's links in it keep working."""
    return Markup(text(bf.help_text)) if bf.help_text else None


def first_error(bf: Any) -> Any:
    """The field's first error message (lazy strings made text), or None."""
    errors = bf.errors
    return text(errors[0]) if errors else None


def widget_attrs(bf: Any) -> dict[str, Any]:
    """The widget's ``attrs`` (the team's and those Django derives from the field), but ``id``."""
    return {key: value for key, value in bf.field.widget.attrs.items() if key != "id"}


def _attr_param(value: Any) -> Any:
    """A widget attr for a bool param: ``attrs={"spellcheck": "false"}`` is HTML's way of
    writing False. Any other text is left for the component to refuse with a ParamError."""
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def common(bf: Any, component: str, label_key: str = "label") -> Params:
    """name, id, label (or legend), hint, error, required, disabled and the widget's attrs.

    ``help_text`` is the hint, as HTML, as Django's own templates write it.

    A widget attr that is a param of ``component`` (``autocomplete``, ``inputmode``,
    ``spellcheck``, ``width``…) becomes that param (``"true"``/``"false"`` as bools),
    ``class`` becomes ``classes``, the rest
    go to ``attributes``; ``maxlength``, ``min``, ``max`` and ``step`` are dropped (gcds counts
    characters instead of cutting the text off, and asks numbers as text). ``label_suffix`` is never added: gcds labels have none.
    """
    names = param_names(component)
    params: Params = {"name": bf.html_name, "id": base_id(bf), label_key: text(bf.label)}
    if bf.help_text:
        params["hint"] = hint(bf)
    error = first_error(bf)
    if error:
        params["error"] = error
    if bf.field.required and "required" in names:
        params["required"] = True
    if bf.field.disabled and "disabled" in names:
        params["disabled"] = True
    extra: Params = {}
    for key, value in widget_attrs(bf).items():
        if key == "class":
            params["classes"] = value
        elif key in ("required", "disabled", "readonly") and key in names:
            params[key] = bool(value)
        elif key in _DERIVED:
            continue
        elif key in names and key not in _OWN:
            params[key] = _attr_param(value) if key in bool_params(component) else text(value)
        else:
            extra[key] = value
    if extra:
        params["attributes"] = extra
    return params
