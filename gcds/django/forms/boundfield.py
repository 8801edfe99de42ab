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

    :class:`~gcds.django.forms.GcdsFormRenderer` sets it as its ``bound_field_class``, which
    forms use from Django 5.2. On Django 4.2 to 5.1 that hook does not exist: ``{{ form }}``
    and ``as_field_group`` still render through gcds (they go through the renderer's
    templates), but ``{{ form.email }}`` is Django's bare widget; use
    ``{{ form.email.as_field_group }}`` there, and ``gcds.django.forms.control_id(bf)``
    for the id.
    """

    def __str__(self) -> str:
        return render_field(self)

    __html__ = __str__

    @property
    def id_for_label(self) -> str:
        return control_id(self)
