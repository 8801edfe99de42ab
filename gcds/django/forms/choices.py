"""Fields with choices: select, select multiple, radios, checkboxes, one checkbox, yes/no."""

from __future__ import annotations

from typing import Any

from .components import text
from .params import Params, common

#: The empty choice Django adds for a model or a blank-able field; gcds says it better.
_DJANGO_DASHES = "---------"


def _chosen(bf: Any) -> list[str]:
    """The chosen values as text (integer and model values alike), as the widget sees them."""
    value = bf.field.widget.format_value(bf.value())
    return [str(v) for v in value if v is not None]


def _options(bf: Any) -> tuple[list[tuple[Any, list[dict[str, Any]]]], Any]:
    """The widget's option groups without the empty choice, and that choice's label."""
    widget = bf.field.widget
    placeholder: Any = None
    groups = []
    for group, options, _index in widget.optgroups(bf.html_name, _chosen(bf)):
        kept = []
        for option in options:
            if option["value"] in ("", None):
                placeholder = option["label"]
            else:
                kept.append(option)
        if kept:
            groups.append((group, kept))
    return groups, placeholder


def _item(option: dict[str, Any]) -> Params:
    item: Params = {"value": str(option["value"]), "text": text(option["label"])}
    if option["attrs"].get("disabled"):
        item["disabled"] = True
    return item


def _flat(bf: Any) -> list[Params] | None:
    """Radio or checkbox items; None if the choices have groups (gcds has none for them)."""
    groups, _ = _options(bf)
    if any(group is not None for group, _ in groups):
        return None
    return [_item(option) for _, options in groups for option in options]


def select(bf: Any) -> tuple[str, Params] | None:
    """Select and SelectMultiple: ``select``, option groups kept; the empty choice as placeholder."""
    params = common(bf, "select")
    groups, placeholder = _options(bf)
    items: list[Params] = []
    for group, options in groups:
        converted = [_item(option) for option in options]
        if group is None:
            items.extend(converted)
        else:
            items.append({"group": text(group), "items": converted})
    params["items"] = items
    chosen = _chosen(bf)
    if bf.field.widget.allow_multiple_selected:
        params["multiple"] = True
        params["value"] = chosen
    else:
        if placeholder is not None:
            params["placeholder"] = True
            if str(placeholder) not in ("", _DJANGO_DASHES):
                params["strings"] = {"placeholder": text(placeholder)}
        if chosen and chosen[0]:
            params["value"] = chosen[0]
    return "select", params


def radios(bf: Any) -> tuple[str, Params] | None:
    """RadioSelect: ``radios`` (an empty choice is left out: choosing nothing is that)."""
    items = _flat(bf)
    if items is None:
        return None
    params = common(bf, "radios", label_key="legend")
    params["items"] = items
    chosen = _chosen(bf)
    if chosen and chosen[0]:
        params["value"] = chosen[0]
    return "radios", params


def checkboxes(bf: Any) -> tuple[str, Params] | None:
    """CheckboxSelectMultiple: ``checkboxes`` under a legend."""
    items = _flat(bf)
    if items is None:
        return None
    params = common(bf, "checkboxes", label_key="legend")
    params["items"] = items
    params["value"] = _chosen(bf)
    return "checkboxes", params


#: The value a single checkbox sends: the browser's own default, which CheckboxInput reads as True.
CHECKED = "on"


def checkbox(bf: Any) -> tuple[str, Params]:
    """CheckboxInput (BooleanField): one checkbox on its own, its label the box's text."""
    params = common(bf, "checkboxes", label_key="legend")
    label = params.pop("legend")
    params["items"] = [{"value": CHECKED, "text": label}]
    checked = bf.field.widget.check_test(bf.value())
    params["value"] = [CHECKED] if checked else []
    return "checkboxes", params


def null_boolean(bf: Any) -> tuple[str, Params]:
    """NullBooleanSelect (NullBooleanField): Yes and No radios; choosing neither is "unknown"."""
    params = common(bf, "radios", label_key="legend")
    params.pop("required", None)  # None is an answer: NullBooleanField never requires one
    widget = bf.field.widget
    labels = {value: label for value, label in widget.choices}
    params["items"] = [{"value": v, "text": text(labels[v])} for v in ("true", "false")]
    params["inline"] = True
    chosen = widget.format_value(bf.value())
    if chosen in ("true", "false"):
        params["value"] = chosen
    return "radios", params
