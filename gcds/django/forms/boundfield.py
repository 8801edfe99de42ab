"""``GcdsBoundField``: ``{{ form.field }}`` draws the whole gcds field, not a bare widget."""

from __future__ import annotations

from django.forms import BoundField

from .render import control_id, render_field


class GcdsBoundField(BoundField):
    """A BoundField that renders as its gcds component (label, hint, error and control).

    ``{{ form.email }}``, ``{{ form.email.as_field_group }}`` and ``{{ form }}`` all give
    the same HTML; ``as_widget()`` is still Django's bare control. ``id_for_label`` is the
    id of the control to fix first (the first radio, a date's part in error), the one an
    error summary links to.

    :class:`~gcds.django.forms.GcdsFormRenderer` sets it as its ``bound_field_class``
    (Django 5.2's hook, which is why gcds needs 5.2).
    """

    def __str__(self) -> str:
        return render_field(self)

    __html__ = __str__

    @property
    def id_for_label(self) -> str:
        return control_id(self)
