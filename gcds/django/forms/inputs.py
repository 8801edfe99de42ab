"""Text-like fields: input (text, email, url, tel, search, numbers, dates as text), textarea,
password_input, file_uploader, and a split date and time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from .components import library, text
from .params import Params, common

Renderer = Callable[[Any], "tuple[str, Params] | None"]

#: The labels of a SplitDateTimeField's two boxes, by language.
SPLIT_LABELS: dict[str, dict[str, str]] = {
    "en": {"date": "Date", "time": "Time"},
    "fr": {"date": "Date", "time": "Heure"},
}


def _value(bf: Any) -> str | None:
    """What the person typed, exactly, else the initial value as the widget formats it."""
    value = bf.field.widget.format_value(bf.value())
    return None if value in (None, "") else str(value)


def text_input(type_: str) -> Renderer:
    """TextInput, EmailInput, URLInput, TelInput, SearchInput, DateInput…: ``input``."""

    def render(bf: Any) -> tuple[str, Params]:
        params = common(bf, "input")
        params["type"] = type_
        value = _value(bf)
        if value is not None:
            params["value"] = value
        return "input", params

    render.__name__ = f"input_{type_}"
    return render


def number_input(bf: Any) -> tuple[str, Params]:
    """NumberInput: a text box with a numeric keyboard, as GOV.UK advises (``type=number``
    changes with the mouse wheel and drops what is not a number, so a typo is lost)."""
    from django.forms import DecimalField, FloatField

    component, params = text_input("text")(bf)
    decimal = isinstance(bf.field, (DecimalField, FloatField))
    params.setdefault("inputmode", "decimal" if decimal else "numeric")
    return component, params


def password(bf: Any) -> tuple[str, Params]:
    """PasswordInput: ``password_input``; the value goes back only with ``render_value=True``."""
    params = common(bf, "password_input")
    if bf.field.widget.render_value:
        value = _value(bf)
        if value is not None:
            params["value"] = value
    return "password_input", params


#: Django's Textarea attrs when none are given (``cols`` 40, ``rows`` 10): gcds sizes its own.
_DJANGO_COLS, _DJANGO_ROWS = "40", "10"


def textarea(bf: Any) -> tuple[str, Params]:
    """Textarea: ``textarea``, with a character count from the field's ``max_length``."""
    params = common(bf, "textarea")
    rows = params.pop("rows", _DJANGO_ROWS)
    if str(rows) != _DJANGO_ROWS:
        params["rows"] = int(rows)
    attributes = params.get("attributes", {})
    if str(attributes.get("cols")) == _DJANGO_COLS:
        del attributes["cols"]
        if not attributes:
            del params["attributes"]
    value = _value(bf)
    if value is not None:
        params["value"] = value
    max_length = getattr(bf.field, "max_length", None)
    if max_length:
        params.setdefault("max_length", int(max_length))
    return "textarea", params


def file(bf: Any) -> tuple[str, Params] | None:
    """FileInput, ClearableFileInput (FileField, ImageField): ``file_uploader``.

    A browser cannot be handed a file back: the person chooses it again. A ClearableFileInput
    with a file already saved keeps Django's own "Currently / Clear / Change" controls (None).
    """
    widget = bf.field.widget
    if getattr(widget, "is_initial", None) and widget.is_initial(bf.value()):
        return None
    params = common(bf, "file_uploader")
    if widget.allow_multiple_selected:
        params["multiple"] = True
    return "file_uploader", params


def split_datetime(bf: Any) -> tuple[str, Params]:
    """SplitDateTimeWidget: a ``fieldset`` (legend, hint, error) holding a date and a time box."""
    params = common(bf, "fieldset", label_key="legend")
    base = params.pop("id")
    params["id"] = f"{base}-fieldset"
    params.pop("name")
    labels = SPLIT_LABELS[library().resolve_lang()]
    context = bf.field.widget.get_context(bf.html_name, bf.value(), {"id": base})
    boxes = []
    for part, sub in zip(("date", "time"), context["widget"]["subwidgets"], strict=True):
        box: Params = {"name": sub["name"], "id": sub["attrs"]["id"], "label": labels[part]}
        if sub["value"] not in (None, ""):
            box["value"] = text(sub["value"])
        if params.get("disabled"):
            box["disabled"] = True
        boxes.append(library().input(**box))
    params.pop("disabled", None)
    params["caller"] = Markup("").join(boxes)
    return "fieldset", params
