"""Django forms drawn with gcds components.

In ``settings.py``::

    FORM_RENDERER = "gcds.django.forms.GcdsFormRenderer"

Then ``{{ form }}``, ``{{ form.email }}`` and ``{{ form.email.as_field_group }}`` draw
each field with its gcds component (label, hint from ``help_text``, the first error,
"(required)", what the person typed), in Jinja2 and Django templates alike. Ask a date as
three boxes with :class:`DateInputField`; link each error from the summary with
:func:`error_summary`; let a formset grow without JavaScript with :func:`add_button`.
Importing this package imports Django.
"""

from .boundfield import GcdsBoundField
from .datefield import DateInputField, DateInputWidget
from .dates import DATE_MESSAGES, DATE_ORDER
from .formsets import (
    ADD_BUTTON,
    ADD_TEXT,
    add_button,
    add_requested,
    bind_formset,
    can_add_form,
    with_another_form,
)
from .render import control_id, field_params, render_field
from .renderer import GcdsFormRenderer
from .summary import error_summary, errors_for

__all__ = [
    "ADD_BUTTON",
    "ADD_TEXT",
    "DATE_MESSAGES",
    "DATE_ORDER",
    "DateInputField",
    "DateInputWidget",
    "GcdsBoundField",
    "GcdsFormRenderer",
    "add_button",
    "add_requested",
    "bind_formset",
    "can_add_form",
    "control_id",
    "error_summary",
    "errors_for",
    "field_params",
    "render_field",
    "with_another_form",
]
