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

WTForms is imported only by this package; importing ``gcds`` alone never imports it.
"""

from __future__ import annotations

from ..dates import DATE_MESSAGES, DATE_ORDER
from .errors import error_summary, errors_for
from .fields import DateField, MultiCheckboxField
from .jinja import install
from .render import FIELD_COMPONENTS, field, field_params

__all__ = [
    "DATE_MESSAGES",
    "DATE_ORDER",
    "FIELD_COMPONENTS",
    "DateField",
    "MultiCheckboxField",
    "error_summary",
    "errors_for",
    "field",
    "field_params",
    "install",
]
