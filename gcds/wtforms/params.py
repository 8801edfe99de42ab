"""From a WTForms field to a gcds component's params, one renderer per field type."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from wtforms import fields as wtf
from wtforms import widgets
from wtforms.fields.core import Field

from ..specs import load_specs
from .fields import DateField

Params = dict[str, Any]
Renderer = Callable[[Field], tuple[str, Params]]


def _param_names(component: str) -> frozenset[str]:
    spec = load_specs().get(component)
    return frozenset(p["name"] for p in spec["params"]) if spec else frozenset()


def _first_error(f: Field) -> Any:
    errors = f.errors
    if isinstance(errors, Mapping):  # a FormField: its own fields carry the messages
        return None
    if not errors:
        return None
    first = errors[0]
    return first if isinstance(first, str) else str(first)


def _attr_name(key: str) -> str:
    """WTForms' spelling of attribute names: ``class_`` → ``class``, ``data_x_y`` → ``data-x-y``."""
    if key in ("class_", "class__", "for_"):
        return key[:-1]
    if key.startswith(("data_", "aria_")):
        return key.replace("_", "-")
    return key


def _common(f: Field, component: str, label_key: str = "label") -> Params:
    """name, id, label/legend, hint, error, required, readonly/disabled and render_kw."""
    names = _param_names(component)
    params: Params = {"name": f.name, "id": f.id, label_key: f.label.text}
    if f.description:
        params["hint"] = f.description
    error = _first_error(f)
    if error:
        params["error"] = error
    for flag in ("required", "disabled", "readonly"):
        if getattr(f.flags, flag, False) and flag in names:
            params[flag] = True
    extra: Params = {}
    for key, value in (f.render_kw or {}).items():
        key = _attr_name(key)
        if key == "class":
            params["classes"] = value
        elif key in names and key not in ("attributes", "strings", "lang"):
            params[key] = value
        else:
            extra[key] = value
    if extra:
        params["attributes"] = extra
    return params


def _text_value(f: Field) -> str | None:
    """What the person typed, exactly (``raw_data``), else the field's data as text."""
    if f.raw_data:
        first = f.raw_data[0]
        return first if isinstance(first, str) else None
    value = f._value()
    return value if value not in (None, "") else None


Choice = tuple[Any, Any, Mapping[str, Any]]


def _choice(choice: Sequence[Any]) -> Choice:
    """(value, label, render_kw) from a WTForms choice: a ``Choice`` or a 3- or 4-tuple."""
    return choice[0], choice[1], (choice[3] if len(choice) > 3 else None) or {}


def _item(value: Any, label: Any, render_kw: Mapping[str, Any]) -> Params:
    text = label if label not in (None, "") else str(value)
    item: Params = {"value": str(value), "text": text}
    if render_kw.get("disabled"):
        item["disabled"] = True
    return item


def _items(f: wtf.SelectFieldBase) -> tuple[list[Params], Any]:
    """The component items and, if a choice has an empty value, its label (a placeholder)."""
    placeholder: Any = None

    def convert(choices: Iterator[Sequence[Any]]) -> list[Params]:
        nonlocal placeholder
        out = []
        for value, label, render_kw in map(_choice, choices):
            if value in ("", None):
                placeholder = label or placeholder
                continue
            out.append(_item(value, label, render_kw))
        return out

    if f.has_groups():
        items: list[Params] = []
        for group, choices in f.iter_groups():
            options = convert(iter(choices))
            if group is None:
                items.extend(options)
            else:
                items.append({"group": str(group), "items": options})
        return items, placeholder
    return convert(iter(f.iter_choices())), placeholder


def _chosen(f: Field) -> list[str]:
    """The chosen values as text: what was submitted, else the field's data."""
    if f.raw_data:
        return [str(v) for v in f.raw_data]
    data = f.data
    if data is None:
        return []
    if isinstance(data, (list, tuple, set)):
        return [str(v) for v in data]
    return [str(data)]


def _input(type_: str, inputmode: str | None = None) -> Renderer:
    def render(f: Field) -> tuple[str, Params]:
        params = _common(f, "input")
        params.setdefault("type", type_)
        if inputmode:
            params.setdefault("inputmode", inputmode)
        value = _text_value(f)
        if value is not None:
            params["value"] = value
        return "input", params

    render.__name__ = f"input_{type_}" + (f"_{inputmode}" if inputmode else "")
    return render


def _password(f: Field) -> tuple[str, Params]:
    # Never send a password back to the browser, even one that failed validation.
    return "password_input", _common(f, "password_input")


def _textarea(f: Field) -> tuple[str, Params]:
    params = _common(f, "textarea")
    value = _text_value(f)
    if value is not None:
        params["value"] = value
    maxlength = getattr(f.flags, "maxlength", None)
    if maxlength and "max_length" in _param_names("textarea"):
        params.setdefault("max_length", int(maxlength))
    return "textarea", params


def _select(f: wtf.SelectField) -> tuple[str, Params]:
    params = _common(f, "select")
    items, placeholder = _items(f)
    params["items"] = items
    if placeholder is not None:
        params["placeholder"] = True
        params["strings"] = {"placeholder": placeholder}
    chosen = _chosen(f)
    if chosen:
        params["value"] = chosen[0]
    return "select", params


def _select_multiple(f: wtf.SelectMultipleField) -> tuple[str, Params]:
    if isinstance(getattr(f, "option_widget", None), widgets.CheckboxInput):
        return _checkbox_list(f)
    params = _common(f, "select")
    params["items"], _ = _items(f)
    params["multiple"] = True
    params["value"] = _chosen(f)
    return "select", params


def _radios(f: wtf.RadioField) -> tuple[str, Params]:
    params = _common(f, "radios", label_key="legend")
    params["items"], _ = _items(f)
    chosen = _chosen(f)
    if chosen:
        params["value"] = chosen[0]
    return "radios", params


def _checkbox_list(f: wtf.SelectMultipleField) -> tuple[str, Params]:
    params = _common(f, "checkboxes", label_key="legend")
    params["items"], _ = _items(f)
    params["value"] = _chosen(f)
    return "checkboxes", params


def _boolean(f: wtf.BooleanField) -> tuple[str, Params]:
    # One checkbox on its own ("I agree…"): the label is the item's text; no fieldset unless
    # render_kw gives a legend. Hint, error and required are the checkbox's own.
    params = _common(f, "checkboxes", label_key="legend")
    if "legend" not in (f.render_kw or {}):
        del params["legend"]
    value = str(f.raw_data[0]) if f.raw_data and f.data else "y"
    params["items"] = [{"value": value, "text": f.label.text}]
    params["value"] = [value] if f.data else []
    return "checkboxes", params


def _date(f: DateField) -> tuple[str, Params]:
    params = _common(f, "date_input", label_key="legend")
    value = f.date_value()
    if value is not None:
        params["value"] = value
    if f.error_fields and params.get("error"):
        params["error_fields"] = list(f.error_fields)
    return "date_input", params


def _file(f: wtf.FileField) -> tuple[str, Params]:
    # A browser cannot be given a file back: the person chooses it again.
    params = _common(f, "file_uploader")
    names = _param_names("file_uploader")
    if isinstance(f, wtf.MultipleFileField) and "multiple" in names:
        params["multiple"] = True
    accept = _accept(f)
    if accept and "accept" in names:
        params.setdefault("accept", accept)
    return "file_uploader", params


def _accept(f: Field) -> str | None:
    """``accept`` from Flask-WTF's ``FileAllowed(["pdf", "jpg"])``: ".pdf,.jpg"."""
    for validator in f.validators:
        allowed = getattr(validator, "upload_set", None)
        if type(validator).__name__ == "FileAllowed" and isinstance(allowed, (list, tuple)):
            return ",".join("." + str(ext).lstrip(".") for ext in allowed)
    return None


def _hidden(f: Field) -> tuple[str, Params]:
    # No gcds component: a hidden input has no label, hint or error to show.
    return "hidden", {"name": f.name, "value": f._value()}


def _submit(f: wtf.SubmitField) -> tuple[str, Params]:
    params: Params = {
        "text": f.label.text,
        "type": "submit",
        "name": f.name,
        "value": "y",
        "id": f.id,
    }
    render_kw = f.render_kw or {}
    names = _param_names("button")
    extra = {}
    for key, value in render_kw.items():
        key = _attr_name(key)
        if key == "class":
            params["classes"] = value
        elif key in names and key not in ("attributes", "lang"):
            params[key] = value
        else:
            extra[key] = value
    if extra:
        params["attributes"] = extra
    return "button", params


#: Which gcds component renders which WTForms field (looked up along the field class's
#: MRO, so a subclass renders as its nearest listed base).
