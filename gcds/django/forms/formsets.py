"""Django formsets with gcds: "Add another" that works without JavaScript.

The button is a real submit button (``name="add"``, ``value=`` the formset's prefix, so a page
can hold several formsets). When it is pressed, the view answers with the same formset, every
typed value kept, plus one empty form, and no errors: the person asked for a row, not to send
the list. The view calls one helper::

    from gcds.django import bind_formset

    def children(request):
        formset = bind_formset(ChildFormSet, request)   # GET: unbound; POST: bound
        if formset.is_bound and formset.is_valid():      # never valid when "add" was pressed
            save(formset.cleaned_data)
            return redirect("next-step")
        return render(request, "children.html", {"formset": formset})

The Jinja2 template (after :func:`install`)::

    {{ gcds_error_summary(formset) }}
    <form method="post" novalidate>
      {{ csrf_input }}
      {{ formset.management_form }}
      {% for form in formset %}
        {% call gcds.fieldset(legend=_("Child") ~ " " ~ loop.index) %}{{ form }}{% endcall %}
      {% endfor %}
      {{ gcds_add_button(formset, text=_("Add another child")) }}
      {{ gcds.button(text=_("Continue")) }}
    </form>

The new form's first field gets ``autofocus`` (a text box, text area or select; not a group
of radios or checkboxes, nor a three-part date, whose every box would take it), so keyboard and
screen reader users carry on where the row was added. Pressing Enter in a text box submits with
the first submit button of the form: put the add button after the main one, or accept that
Enter adds a row (nothing typed is lost).

Files chosen in a file input cannot be kept across a round trip (browsers do not allow it);
everything else is.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from django.forms import BaseForm
from django.forms.formsets import TOTAL_FORM_COUNT, BaseFormSet
from django.forms.utils import ErrorDict
from django.forms.widgets import Input, Select, Textarea
from jinja2 import Environment
from markupsafe import Markup

from ...errors import ParamError
from .. import rendering

__all__ = [
    "ADD_BUTTON",
    "ADD_TEXT",
    "add_button",
    "add_requested",
    "bind_formset",
    "can_add_form",
    "install",
    "with_another_form",
]

#: The name of the add button; its value is the formset's prefix.
ADD_BUTTON = "add"

#: The add button's text when none is given, by language. Say what is added when you can:
#: "Add another child" / "Ajouter un autre enfant".
ADD_TEXT: dict[str, str] = {"en": "Add another", "fr": "Ajouter un autre"}

_SET_BY_HELPER = ("name", "value", "type", "href")


def add_requested(data: Mapping[str, Any], formset: BaseFormSet | str) -> bool:
    """True if ``data`` (``request.POST``) was sent by ``formset``'s add button."""
    prefix = formset if isinstance(formset, str) else formset.prefix
    return data.get(ADD_BUTTON) == prefix


def can_add_form(formset: BaseFormSet) -> bool:
    """True while the formset has fewer forms than its ``max_num``."""
    return formset.total_form_count() < min(formset.max_num, formset.absolute_max)


def _autofocus(form: BaseForm) -> None:
    """``autofocus`` on the form's first visible field, when it is one control."""
    visible = form.visible_fields()
    if not visible:
        return
    widget = visible[0].field.widget  # the form's own copy (Django deep-copies its fields)
    # Not a RadioSelect, CheckboxSelectMultiple or MultiWidget: each of their inputs would
    # get it, and a page can have one.
    if isinstance(widget, Input | Textarea | Select):
        widget.attrs["autofocus"] = True


def _never_valid() -> bool:
    return False


def with_another_form(formset: BaseFormSet, *, focus: bool = True) -> BaseFormSet:
    """A copy of the bound ``formset`` with one more empty form and no errors shown.

    Every form keeps the data it was bound to (what the person typed, exactly). Its
    ``is_valid()`` is False. If the formset is full (``max_num``), nothing is added. A
    management form that was tampered with is left to Django: the formset is returned as it
    is, with that error. ``focus`` puts ``autofocus`` on the new form's first field.
    """
    if not formset.is_bound:
        raise ParamError(
            "django.with_another_form",
            "formset",
            "must be bound to the submitted data: FormSet(request.POST, request.FILES)",
        )
    if not formset.management_form.is_valid():
        return formset
    added = can_add_form(formset)
    new = copy.copy(formset)
    for cached in ("forms", "management_form"):  # Django's cached_property values
        new.__dict__.pop(cached, None)
    if added:
        data = formset.data.copy()  # a QueryDict's copy can be changed
        data[formset.add_prefix(TOTAL_FORM_COUNT)] = str(formset.total_form_count() + 1)
        new.data = data
    # Errors are held back: the forms are not validated until the list is sent.
    for form in new.forms:
        form._errors = ErrorDict(renderer=form.renderer)
    new._errors = [form._errors for form in new.forms]
    new._non_form_errors = new.error_class(error_class="nonform", renderer=new.renderer)
    new.is_valid = _never_valid
    if added and focus:
        _autofocus(new.forms[-1])
    return new


def bind_formset(
    formset_class: type[BaseFormSet], request: Any, *, focus: bool = True, **kwargs: Any
) -> BaseFormSet:
    """The formset for this request: unbound on GET; bound to ``request.POST`` and
    ``request.FILES`` on POST; with one more empty form when its add button was pressed
    (see :func:`with_another_form`). ``kwargs`` go to ``formset_class`` (``prefix``,
    ``queryset``, ``instance``, ``form_kwargs``, ``initial``…).
    """
    if request.method != "POST":
        return formset_class(**kwargs)
    formset = formset_class(request.POST, request.FILES, **kwargs)
    if add_requested(request.POST, formset):
        return with_another_form(formset, focus=focus)
    return formset


def _button(lib: Any, formset: BaseFormSet, params: dict[str, Any]) -> Markup:
    if not isinstance(formset, BaseFormSet):
        raise ParamError(
            "django.add_button",
            "formset",
            f"must be a Django formset, not {type(formset).__name__}",
        )
    for name in _SET_BY_HELPER:
        if name in params:
            raise ParamError(
                "django.add_button",
                name,
                f"is set by the helper (a submit button named {ADD_BUTTON!r} with the formset's "
                "prefix as its value, which bind_formset looks for); give text, variant, "
                "classes or attributes",
            )
    if not can_add_form(formset):
        return Markup("")
    params.setdefault("text", ADD_TEXT[rendering.language(lib)])
    params.setdefault("variant", "secondary")
    # The browser must not stop the round trip on a half-filled row (required, type=email).
    params["attributes"] = {"formnovalidate": True, **(params.get("attributes") or {})}
    return rendering.render(
        lib, "button", type="submit", name=ADD_BUTTON, value=formset.prefix, **params
    )


def add_button(formset: BaseFormSet, /, **params: Any) -> Markup:
    """The formset's "Add another" submit button; nothing once the formset is full.

    ``params`` go to the ``button`` component (``text``, ``variant``, ``classes``,
    ``attributes``); the default text is :data:`ADD_TEXT` in Django's active language.
    """
    return _button(rendering.library(), formset, dict(params))


def install(env: Environment) -> Environment:
    """Add the ``gcds_add_button`` global to a gcds-configured Jinja ``env``."""
    lib = rendering.library(env)

    def gcds_add_button(formset: BaseFormSet, /, **params: Any) -> Markup:
        return _button(lib, formset, dict(params))

    gcds_add_button.__doc__ = add_button.__doc__
    env.globals["gcds_add_button"] = gcds_add_button
    return env
