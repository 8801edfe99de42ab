"""WTForms integration: render any WTForms field with its gcds component.

Every field gets its label, hint (the field's ``description``), first error, ``required``
(from ``DataRequired``/``InputRequired``), what the person typed (``raw_data``, kept
exactly) and its ``render_kw``, through the matching macro: :func:`field`. The form's
errors become the gcds error summary with a link to each field: :func:`error_summary`.

Set-up (Flask)::

    from flask import Flask
    from gcds.flask import Gcds
    import gcds.wtforms

    app = Flask(__name__)
    Gcds(app)
    gcds.wtforms.install(app.jinja_env)   # adds gcds_field and gcds_error_summary

Template::

    {% extends "gcds/page.html" %}
    {% block content %}
    {{ gcds_error_summary(form) }}
    <form method="post" novalidate>
      {{ gcds_field(form.csrf_token) }}
      {{ gcds_field(form.full_name, autocomplete="name") }}
      {{ gcds_field(form.date_of_birth, hint="For example, 27 3 2007") }}
      {{ gcds_field(form.submit) }}
    </form>
    {% endblock %}

Dates are asked as three boxes (day, month, year): use :class:`DateField` from this module,
which reads ``<name>-day``, ``<name>-month`` and ``<name>-year`` and says clearly what is
wrong ("Date must include a month", "Date must be a real date"). Checkbox lists are
:class:`MultiCheckboxField`.

WTForms is imported only by this module; importing ``gcds`` alone never imports it.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from jinja2 import Environment, Undefined
from markupsafe import Markup
from wtforms import fields as wtf
from wtforms import widgets
from wtforms.fields.core import Field
from wtforms.form import BaseForm
from wtforms.utils import unset_value
from wtforms.validators import StopValidation

from . import attributes, i18n
from .dates import DATE_MESSAGES, DATE_ORDER, DateError, parse_date_parts
from .library import Library, _default_environment
from .loader import NAMESPACE_GLOBAL
from .specs import load_specs

__all__ = [
    "DATE_MESSAGES",
    "DateField",
    "MultiCheckboxField",
    "error_summary",
    "errors_for",
    "field",
    "field_params",
    "install",
]


# --- which gcds library (Environment) renders -------------------------------------------


def _library(env: Environment | None = None) -> Library:
    """The components of ``env``; else of the current Flask app; else gcds's own Environment."""
    if env is not None:
        library = env.globals.get(NAMESPACE_GLOBAL)
        if not isinstance(library, Library):
            raise RuntimeError(
                "gcds.wtforms: this Jinja environment is not configured for gcds; "
                "call gcds.configure(env) (or Gcds(app) in Flask) first."
            )
        return library
    if "flask" in sys.modules:
        from flask import current_app, has_app_context

        if has_app_context():
            library = current_app.jinja_env.globals.get(NAMESPACE_GLOBAL)
            if isinstance(library, Library):
                return library
    return _default_environment().globals[NAMESPACE_GLOBAL]


def _lang() -> str:
    """The page's language: gcds.use_lang, else the Flask or Django request's, else the default."""
    library = _library()
    lang = i18n.current_lang()
    if lang is None and library.lang_getter is None and "django" in sys.modules:
        from django.core.exceptions import ImproperlyConfigured

        from .django.jinja import request_lang

        try:
            lang = i18n.normalize(request_lang())
        except ImproperlyConfigured:  # Django imported but not set up: not a Django request
            lang = None
    return lang or library.resolve_lang()


# --- fields -------------------------------------------------------------------------------


class MultiCheckboxField(wtf.SelectMultipleField):
    """A list of checkboxes: a ``SelectMultipleField`` rendered with gcds ``checkboxes``.

    Example::

        contact = MultiCheckboxField(
            "How can we contact you?",
            choices=[("email", "Email"), ("phone", "Phone"), ("post", "Post")],
        )
    """

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class _DateFormData:
    """What :meth:`Field.process` reads: the three parts, seen as the field's values."""

    def __init__(self, date_field: DateField, formdata: Any) -> None:
        self._field = date_field
        self._formdata = formdata

    def __contains__(self, name: str) -> bool:
        return self._field.raw_parts is not None or name in self._formdata

    def getlist(self, name: str) -> list[Any]:
        parts = self._field.raw_parts
        if parts is None:  # no day/month/year boxes: one ISO value, as wtforms.DateField reads
            return self._formdata.getlist(name)
        return [parts["day"], parts["month"], parts["year"]]


class DateField(wtf.DateField):
    """A date asked as three boxes (day, month, year), rendered with gcds ``date_input``.

    Reads ``<name>-day``, ``<name>-month`` and ``<name>-year`` from the submitted form,
    keeps them exactly as typed in :attr:`raw_parts` (for re-rendering), and sets ``data``
    to a :class:`datetime.date`. When the date cannot be read, the error says why, in the
    page's language (English or French, as gcds resolves it; or the form's
    ``Meta.locales``; or ``lang=``), and :attr:`error_fields` lists the parts in error
    (the ``error_fields`` param of ``date_input``):

    - nothing entered, on a required field: "Enter a date" (or the message given to
      ``DataRequired``/``InputRequired``), all three parts in error;
    - a part missing: "Date must include a month" (``error_fields == ["month"]``);
    - a part not in numbers: "Date must be in numbers";
    - a year that is not 4 digits: "Year must include 4 numbers";
    - 31 February or month 13: "Date must be a real date".

    Nothing entered on a field that is not required gives ``data = None`` and no error.
    ``messages`` overrides any of :data:`DATE_MESSAGES` by key; a value is a string, or a
    mapping by language::

        date_of_birth = DateField(
            "Date of birth",
            validators=[DataRequired()],
            messages={"enter": {"en": "Enter your date of birth",
                                "fr": "Entrez votre date de naissance"}},
        )
    """

    #: The parts as typed (``{"day": …, "month": …, "year": …}``), or None if not submitted.
    raw_parts: dict[str, str] | None
    #: The parts in error, in the language's order (empty: the whole date).
    error_fields: list[str]

    def __init__(
        self,
        label: str | None = None,
        validators: Sequence[Any] | None = None,
        *,
        messages: Mapping[str, str | Mapping[str, str]] | None = None,
        lang: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(label, validators, **kwargs)
        self.messages = dict(messages or {})
        self.lang = lang
        self.raw_parts = None
        self.error_fields = []

    # Which language the messages are in.
    def _message_lang(self) -> str:
        lang = i18n.normalize(self.lang)
        if lang is None:
            locales = getattr(self.meta, "locales", None)
            if locales:
                lang = i18n.normalize(locales[0])
        return lang or _lang()

    def message(self, key: str, **values: str) -> str:
        """The message ``key`` of :data:`DATE_MESSAGES`, overridden by ``messages``."""
        lang = self._message_lang()
        text: Any = self.messages.get(key)
        if isinstance(text, Mapping):
            text = text.get(lang)
        if text is None:
            text = DATE_MESSAGES[lang][key]
        return str(text).format(**values) if values else str(text)

    def order(self) -> tuple[str, str, str]:
        """The parts in the order the page shows them (en: month, day, year; fr: day, month, year)."""
        return DATE_ORDER[self._message_lang()]

    def process(self, formdata: Any, data: Any = unset_value, extra_filters=None) -> None:
        self.raw_parts = None
        self.error_fields = []
        if formdata is not None:
            keys = {part: f"{self.name}-{part}" for part in ("day", "month", "year")}
            if any(key in formdata for key in keys.values()):
                self.raw_parts = {
                    part: (formdata.getlist(key) or [""])[0] if key in formdata else ""
                    for part, key in keys.items()
                }
            formdata = _DateFormData(self, formdata)
        super().process(formdata, data, extra_filters)

    def process_formdata(self, valuelist: list[Any]) -> None:
        if self.raw_parts is None:
            super().process_formdata(valuelist)
            return
        self.data = None
        self.data = self._parse({k: str(v).strip() for k, v in self.raw_parts.items()})

    def _parse(self, parts: dict[str, str]) -> datetime.date | None:
        try:
            return parse_date_parts(parts, self.order(), self.message)
        except DateError as error:
            self.error_fields = error.parts
            raise ValueError(self.message(error.key, **error.params)) from None

    def pre_validate(self, form: BaseForm) -> None:
        if self.process_errors:
            # The date could not be read: its message says why; "This field is required"
            # from DataRequired would only repeat it less clearly.
            raise StopValidation()
        if self.data is None and self.flags.required:
            self.error_fields = list(self.order())
            raise StopValidation(self._required_message())

    def _required_message(self) -> str:
        if "enter" not in self.messages:
            for validator in self.validators:
                if getattr(validator, "field_flags", {}).get("required"):
                    given = getattr(validator, "message", None)
                    if given:
                        return str(given)
        return self.message("enter")

    def date_value(self) -> dict[str, str] | None:
        """The ``value`` for ``date_input``: the parts as typed, else those of ``data``."""
        if self.raw_parts is not None:
            return dict(self.raw_parts)
        if isinstance(self.data, datetime.date):
            return {
                "day": str(self.data.day),
                "month": str(self.data.month),
                "year": str(self.data.year),
            }
        return None


# --- from a field to a component's params ---------------------------------------------


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


# --- errors --------------------------------------------------------------------------------


def _fields_in_order(form: Any) -> Iterator[Field]:
    """Every leaf field, in page order, through FormField and FieldList."""
    for f in form:
        if isinstance(f, wtf.FormField):
            yield from _fields_in_order(f.form)
        elif isinstance(f, wtf.FieldList):
            for entry in f.entries:
                if isinstance(entry, wtf.FormField):
                    yield from _fields_in_order(entry.form)
                else:
                    yield entry
        else:
            yield f


def _target(f: Field, lang: str) -> str:
    """The id to link to: the control, or the first date part in error in the page's order."""
    if isinstance(f, DateField):
        order = DATE_ORDER[lang]
        first = next((p for p in order if p in f.error_fields), order[0])
        return f"{f.id}-{first}"
    return f.id


def errors_for(form: Any, *, lang: str | None = None) -> list[dict[str, str]]:
    """The form's errors as error-summary items ``{text, href}``, in the order of the fields.

    Each field's first error links to its control (``#email``; a group's first item; a
    date's first part in error, ``#dob-month``). Fields inside ``FormField`` and
    ``FieldList`` are included. Errors with no visible field (the form's own
    ``form_errors``, a hidden field such as a missing CSRF token) link to the first
    visible field::

        >>> errors_for(form)
        [{'text': 'Enter your full name', 'href': '#full_name'}, …]
    """
    lang = i18n.normalize(lang) or _lang()
    items: list[dict[str, str]] = []
    unplaced: list[str] = []
    first_visible: str | None = None
    for f in _fields_in_order(form):
        hidden = isinstance(f, wtf.HiddenField)
        if first_visible is None and not hidden and not isinstance(f, wtf.SubmitField):
            first_visible = _target(f, lang)
        error = _first_error(f)
        if not error:
            continue
        if hidden:
            unplaced.append(error)
        else:
            items.append({"text": error, "href": "#" + _target(f, lang)})
    unplaced = [str(e) for e in (getattr(form, "form_errors", None) or ())] + unplaced
    if unplaced and first_visible:
        items[:0] = [{"text": text, "href": "#" + first_visible} for text in unplaced]
    return items


def _render_summary(library: Library, form: Any, params: Params) -> Markup:
    errors = errors_for(form, lang=params.get("lang") or library.resolve_lang())
    if not errors:
        return Markup("")
    return library.error_summary(errors=errors, **params)


def error_summary(form: Any, /, **params: Any) -> Markup:
    """The gcds error summary of ``form``'s errors (see :func:`errors_for`); empty if none.

    Call it at the top of ``<main>``, before the form, on every render: it writes nothing
    until the form has errors. ``params`` go to the ``error_summary`` component::

        {{ gcds_error_summary(form, description="Fix these to continue.") }}
    """
    return _render_summary(_library(), form, params)


# --- Jinja -----------------------------------------------------------------------------------


def install(env: Environment) -> Environment:
    """Add the ``gcds_field`` and ``gcds_error_summary`` globals to a gcds-configured ``env``.

    Call it once, after :func:`gcds.configure` (or ``Gcds(app)`` in Flask; Django: in your
    ``environment()`` function after ``gcds.django.environment``)::

        Gcds(app)
        gcds.wtforms.install(app.jinja_env)

    Then, in templates: ``{{ gcds_error_summary(form) }}`` and
    ``{{ gcds_field(form.email, autocomplete="email") }}``. Both render with ``env``'s
    components, so in the request's language.
    """
    library = _library(env)

    def gcds_field(f: Field, /, *, component: str | None = None, **params: Any) -> Markup:
        return _render_field(library, f, component, params)

    def gcds_error_summary(form: Any, /, **params: Any) -> Markup:
        return _render_summary(library, form, params)

    gcds_field.__doc__ = field.__doc__
    gcds_error_summary.__doc__ = error_summary.__doc__
    env.globals["gcds_field"] = gcds_field
    env.globals["gcds_error_summary"] = gcds_error_summary
    return env
