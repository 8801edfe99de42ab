"""Which component renders which field, and ``field()``: the field drawn with it."""

from __future__ import annotations

from typing import Any

from jinja2 import Undefined
from markupsafe import Markup
from wtforms import fields as wtf
from wtforms.fields.core import Field

from .. import attributes
from ..library import Library
from .fields import DateField, MultiCheckboxField
from .library import _library
from .params import (
    Params,
    Renderer,
    _boolean,
    _checkbox_list,
    _date,
    _file,
    _hidden,
    _input,
    _password,
    _radios,
    _select,
    _select_multiple,
    _submit,
    _textarea,
)

FIELD_COMPONENTS: dict[type, Renderer] = {
    wtf.HiddenField: _hidden,
    wtf.StringField: _input("text"),
    wtf.EmailField: _input("email"),
    wtf.TelField: _input("tel"),
    wtf.URLField: _input("url"),
    wtf.SearchField: _input("search"),
    # type=number changes with the mouse wheel and drops what is not a number: GOV.UK
    # advises text with inputmode.
    wtf.IntegerField: _input("text", "numeric"),
    wtf.DecimalField: _input("text", "decimal"),
    wtf.FloatField: _input("text", "decimal"),
    wtf.PasswordField: _password,
    wtf.TextAreaField: _textarea,
    wtf.SelectField: _select,
    wtf.SelectMultipleField: _select_multiple,
    wtf.RadioField: _radios,
    MultiCheckboxField: _checkbox_list,
    wtf.BooleanField: _boolean,
    DateField: _date,
    wtf.FileField: _file,
    wtf.SubmitField: _submit,
}


def _renderer(f: Field) -> Renderer:
    for cls in type(f).__mro__:
        found = FIELD_COMPONENTS.get(cls)
        if found is not None:
            return found
    supported = ", ".join(sorted(cls.__name__ for cls in FIELD_COMPONENTS))
    advice = ""
    if isinstance(f, wtf.DateField):
        advice = " For a date, use gcds.wtforms.DateField (day, month and year boxes)."
    elif isinstance(f, (wtf.FormField, wtf.FieldList)):
        advice = " Render its fields one by one: {% for sub in form.x %}{{ gcds_field(sub) }}{% endfor %}."
    raise TypeError(
        f"gcds.wtforms: cannot render field {f.name!r} of type {type(f).__name__}: no gcds "
        f"component for it.{advice} Supported field types (and their subclasses): {supported}."
    )


def field_params(f: Field, /, **params: Any) -> tuple[str, Params]:
    """The gcds component and params that :func:`field` renders ``f`` with.

    ``params`` override the params taken from the field, except ``attributes``, which are
    added to those of ``render_kw``. Handy to see or test what a field becomes::

        >>> field_params(form.email)
        ('input', {'name': 'email', 'id': 'email', 'label': 'Email address', 'type': 'email', …})
    """
    component, derived = _renderer(f)(f)
    if "attributes" in params and derived.get("attributes"):
        params = {**params, "attributes": {**derived["attributes"], **(params["attributes"] or {})}}
    if "strings" in params and derived.get("strings"):
        params = {**params, "strings": {**derived["strings"], **(params["strings"] or {})}}
    merged = {**derived, **params}
    if component == "input" and merged.get("type") == "number":
        # NumberRange gives min/max; they mean something only on type=number.
        for flag in ("min", "max"):
            limit = getattr(f.flags, flag, None)
            if limit is not None:
                merged.setdefault(flag, str(limit))
    return component, merged


def _render_field(library: Library, f: Field, component: str | None, params: Params) -> Markup:
    if isinstance(f, Undefined):
        # form.csrf_token where CSRF is off (WTF_CSRF_ENABLED = False, in tests): the form
        # has no token field, so there is nothing to write. Any other missing field is a
        # mistake in the template, said as such.
        if getattr(f, "_undefined_name", None) == "csrf_token":
            return Markup("")
        raise TypeError(f"gcds_field: no such field on the form ({f._undefined_message})")
    name, merged = field_params(f, **params)
    if name == "hidden":
        return Markup(f"<input{attributes.attrs({'type': 'hidden', **merged})}>")
    if component is not None and component != name:
        if (name, component) != ("select", "combobox") or merged.get("multiple"):
            raise TypeError(
                f"gcds.wtforms: component={component!r} is not available for a "
                f"{type(f).__name__}; the one alternative is 'combobox' for a SelectField."
            )
        name = component
    return library[name](**merged)


def field(f: Field, /, *, component: str | None = None, **params: Any) -> Markup:
    """Render a WTForms field with its gcds component.

    ``StringField``, ``EmailField``, ``TelField``, ``URLField``, ``SearchField`` → ``input``
    (``IntegerField`` and ``DecimalField`` as text with ``inputmode`` numeric/decimal);
    ``PasswordField`` → ``password_input`` (the value is never sent back); ``TextAreaField``
    → ``textarea`` (``Length(max=…)`` gives its ``max_length``); ``SelectField`` →
    ``select`` (option groups too; a choice with an empty value becomes the placeholder);
    ``SelectMultipleField`` → ``select`` with ``multiple``; ``RadioField`` → ``radios``;
    :class:`MultiCheckboxField` → ``checkboxes``; ``BooleanField`` → one checkbox on its own
    (no fieldset unless a ``legend`` is given); :class:`DateField` → ``date_input``;
    ``FileField`` and ``MultipleFileField`` → ``file_uploader``; ``SubmitField`` →
    ``button``; ``HiddenField`` (and the CSRF token) → a plain hidden input. With CSRF off
    (Flask-WTF's ``WTF_CSRF_ENABLED = False``) ``form.csrf_token`` is no field, and writes
    nothing; any other field the form does not have is a ``TypeError``.

    From the field: ``name``, ``id``, the label (a group's legend), ``description`` (the
    hint), the first error, ``required``, what the person submitted (exactly as typed),
    and ``render_kw`` (keys that are params of the component become params, ``class`` becomes
    ``classes``, the rest go to ``attributes``). Keyword ``params`` override all that::

        {{ gcds_field(form.email, autocomplete="email", hint="We will send a receipt.") }}
        {{ gcds_field(form.province, component="combobox") }}

    Inside a Flask app it renders with the app's environment (so with the request's
    language); elsewhere with gcds's own. An unsupported field type raises ``TypeError``
    naming the field and the supported types.
    """
    return _render_field(_library(), f, component, params)
