"""From a Django bound field to its gcds component: which one, with what, and the fallback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from . import choices, inputs
from .components import library, text
from .dates import date_params, first_box
from .params import Params, base_id, first_error, hint

Renderer = Callable[[Any], "tuple[str, Params] | None"]


def _hidden(bf: Any) -> None:
    return None  # drawn by Django itself: a hidden input has no label, hint or error


def _registry() -> dict[type, Renderer]:
    from django.forms import widgets as w

    from .datefield import DateInputWidget

    return {
        w.HiddenInput: _hidden,
        w.TextInput: inputs.text_input("text"),
        w.EmailInput: inputs.text_input("email"),
        w.URLInput: inputs.text_input("url"),
        w.TelInput: inputs.text_input("tel"),
        w.SearchInput: inputs.text_input("search"),
        w.NumberInput: inputs.number_input,
        w.DateTimeBaseInput: inputs.text_input("text"),
        w.PasswordInput: inputs.password,
        w.Textarea: inputs.textarea,
        w.FileInput: inputs.file,
        w.SplitDateTimeWidget: inputs.split_datetime,
        w.SplitHiddenDateTimeWidget: _hidden,
        w.Select: choices.select,
        w.NullBooleanSelect: choices.null_boolean,
        w.RadioSelect: choices.radios,
        w.CheckboxSelectMultiple: choices.checkboxes,
        w.CheckboxInput: choices.checkbox,
        DateInputWidget: date_params,
    }


_WIDGETS: dict[type, Renderer] = {}


def widget_renderer(widget: Any) -> Renderer | None:
    """The renderer for ``widget``'s class or its nearest listed base (a custom TextInput
    subclass renders as an input). Widgets that subclass none, such as ColorInput or
    SelectDateWidget, have none: Django draws them inside a gcds wrapper."""
    if not _WIDGETS:
        _WIDGETS.update(_registry())
    for cls in type(widget).__mro__:
        found = _WIDGETS.get(cls)
        if found is not None:
            return found
    return None


def field_params(bf: Any) -> tuple[str, Params] | None:
    """The gcds component and params for ``bf``; None where Django draws the control itself."""
    renderer = widget_renderer(bf.field.widget)
    return renderer(bf) if renderer is not None else None


def control_id(bf: Any) -> str:
    """The id of the control a person must fix first: what an error summary links to.

    The box itself; the first radio or checkbox; a date's first part in error (else its
    first box in the page's order); a split date-time's date box. Works on any BoundField;
    :class:`~gcds.django.forms.GcdsBoundField` returns it as ``id_for_label``.
    """
    base = base_id(bf)
    widget = bf.field.widget
    from .datefield import DateInputWidget

    if isinstance(widget, DateInputWidget):
        return first_box(base, bf.value(), bool(bf.errors))
    renderer = widget_renderer(widget)
    if renderer is inputs.split_datetime:
        return f"{base}_0"  # the date box, as MultiWidget names its first part
    if renderer in (None, _hidden):
        return widget.id_for_label(base) or base
    return base


def _fallback(bf: Any) -> Markup:
    """Django's own control (a custom widget) inside a gcds label, hint and error."""
    lib = library()
    base = base_id(bf)
    help_html, error = hint(bf), first_error(bf)
    if bf.use_fieldset:
        control = Markup(bf.as_widget())
        params = {"legend": text(bf.label), "id": f"{base}-fieldset", "required": bf.field.required}
        return lib.fieldset(hint=help_html, error=error, caller=control, **params)
    # Django's own ids for the hint and the error, so its aria-describedby fits.
    hint_id, error_id = f"{base}_helptext", f"{base}_error"
    described = " ".join(i for i, on in ((hint_id, help_html), (error_id, error)) if on)
    control = Markup(bf.as_widget(attrs={"aria-describedby": described} if described else None))
    parts = [lib.label(text=text(bf.label), for_id=control_id(bf), required=bf.field.required)]
    if help_html:
        parts.append(lib.hint(text=help_html, id=hint_id))
    if error:
        parts.append(lib.error_message(text=error, id=error_id))
    # gcds-input gives the wrapper the spacing and the error bar of a gcds text field.
    css = "gcds-input gcds-input--error" if error else "gcds-input"
    return Markup('<div class="{}">{}{}</div>').format(css, Markup("").join(parts), control)


def render_field(bf: Any) -> Markup:
    """``bf`` drawn with its gcds component: label, hint, error, control and value."""
    found = field_params(bf)
    if found is None:
        html = Markup(bf.as_widget()) if bf.is_hidden else _fallback(bf)
    else:
        component, params = found
        caller = params.pop("caller", None)
        html = library()[component](caller=caller, **params)
    if bf.field.show_hidden_initial:
        html += Markup(bf.as_hidden(only_initial=True))
    return html
