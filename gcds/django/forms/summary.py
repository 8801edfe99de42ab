"""The gcds error summary of a Django form or formset: each error linked to the control to fix.

In a view or a Jinja2 template, at the top of ``<main>``, before the form::

    {{ gcds_error_summary(form) }}               {# after gcds.django.forms.summary.install(env) #}
    {{ gcds_error_summary(form, formset) }}      {# a page with a form and a formset #}

From Python (a DTL template tag, an htmx partial): ``gcds.django.error_summary(form)``. It
writes nothing while the form has no errors, so call it on every render.

Each field's first error (the message gcds shows beside the field) links to
``#`` + ``bound_field.id_for_label``: the control a person must fix first (the day box of a
three-part date, the first radio, the first checkbox). Errors that belong to no one field
(``form.non_field_errors()``, a formset's ``non_form_errors()``, a hidden field's) are shown
without a link. A formset gives its own errors, then each form's, in page order; a form
marked for deletion gives none (Django does not validate it either).

To compose the summary yourself, :func:`errors_for` gives the items::

    errors = errors_for(form) + [{"text": _("Upload at least one document")}]
    {{ gcds.error_summary(errors=errors, description=_("Fix these to continue.")) }}

``gcds.error_summary(errors=form.errors)`` is refused with a ParamError that says to pass the
form here instead: ``form.errors`` is keyed by field name, not by the control's id, and holds
every message of a field.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.forms import BaseForm
from django.forms.formsets import BaseFormSet
from django.utils.translation import gettext
from jinja2 import Environment
from markupsafe import Markup

from ...errors import ParamError
from .. import rendering
from .render import control_id

__all__ = ["error_summary", "errors_for", "install"]

Item = dict[str, Any]


def _form_items(form: BaseForm) -> Iterator[Item]:
    """A form's own errors (no link), then each field's first error, in field order."""
    errors = form.errors  # validates a bound form once; an unbound one has none
    if not errors:
        return
    for message in form.non_field_errors():
        yield {"text": message}
    for bound_field in form:
        field_errors = bound_field.errors
        if not field_errors:
            continue
        if bound_field.is_hidden:
            # Django's own words for it, in the active language (no control to link to).
            text = gettext("(Hidden field %(name)s) %(error)s") % {
                "name": bound_field.name,
                "error": field_errors[0],
            }
            yield {"text": text}
        else:
            yield {"text": field_errors[0], "href": "#" + control_id(bound_field)}


def _deleted(formset: BaseFormSet, form: BaseForm) -> bool:
    if not (formset.can_delete and form.is_bound and hasattr(form, "cleaned_data")):
        return False
    return bool(formset._should_delete_form(form))


def _formset_items(formset: BaseFormSet) -> Iterator[Item]:
    """The formset's own errors (too many forms, a tampered management form), then each form's."""
    if not formset.is_bound:
        return
    formset.errors  # noqa: B018 - validates every form once, as is_valid() would
    for message in formset.non_form_errors():
        yield {"text": message}
    for form in formset.forms:
        if not _deleted(formset, form):
            yield from _form_items(form)


def errors_for(*forms: Any, function: str = "django.errors_for") -> list[Item]:
    """The error-summary items of Django forms and formsets, in the order given.

    Each item is ``{"text", "href"}`` for a field's first error (``href`` is
    ``"#" + id_for_label``) or ``{"text"}`` alone for an error of no one field::

        >>> errors_for(form)
        [{'text': 'The end date must be after the start date'},
         {'text': 'Enter your email address', 'href': '#id_email'}]
    """
    items: list[Item] = []
    for index, given in enumerate(forms):
        if isinstance(given, BaseFormSet):
            items.extend(_formset_items(given))
        elif isinstance(given, BaseForm):
            items.extend(_form_items(given))
        else:
            raise ParamError(function, f"forms[{index}]", _not_a_form(given))
    return items


def _not_a_form(given: Any) -> str:
    kind = type(given).__name__
    if isinstance(given, dict | list):  # form.errors (ErrorDict), form.non_field_errors()
        return (
            f"must be a Django form or formset, not {kind} (its errors?): pass the form or "
            "formset itself, error_summary(form), so each error links to its control's id"
        )
    return f"must be a Django form or formset, not {kind}"


def _render(lib: Any, forms: tuple[Any, ...], params: dict[str, Any], function: str) -> Markup:
    if not forms:
        raise ParamError(function, None, "give the form or formset: error_summary(form)")
    if "errors" in params:
        raise ParamError(
            function,
            "errors",
            "is made from the forms: give them, error_summary(form), or call "
            "gcds.error_summary(errors=…) with your own items (see errors_for)",
        )
    errors = errors_for(*forms, function=function)
    if not errors:
        return Markup("")
    return rendering.render(lib, "error_summary", errors=errors, **params)


def error_summary(*forms: Any, **params: Any) -> Markup:
    """The gcds error summary of one or more Django forms and formsets; empty if no errors.

    ``params`` go to the ``error_summary`` component (``title``, ``description``, ``id``,
    ``focus_on_load``…). Built-in text follows Django's active language::

        gcds.django.error_summary(form, description=_("Fix these to continue."))
    """
    return _render(rendering.library(), forms, params, "django.error_summary")


def install(env: Environment) -> Environment:
    """Add the ``gcds_error_summary`` global to a gcds-configured Jinja ``env``.

    In your Jinja2 backend's environment function::

        def environment(**options):
            env = gcds.django.environment(**options)
            gcds.django.forms.summary.install(env)
            return env
    """
    lib = rendering.library(env)

    def gcds_error_summary(*forms: Any, **params: Any) -> Markup:
        return _render(lib, forms, params, "django.error_summary")

    gcds_error_summary.__doc__ = error_summary.__doc__
    env.globals["gcds_error_summary"] = gcds_error_summary
    return env
