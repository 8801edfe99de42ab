"""``GcdsFormRenderer``: Django's form renderer drawing every field with gcds components."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import django.forms
from django.forms.renderers import DjangoTemplates
from django.template.backends.django import DjangoTemplates as DjangoTemplatesBackend
from django.utils.functional import cached_property

from .boundfield import GcdsBoundField

TEMPLATES = Path(__file__).parent / "templates"


class GcdsFormRenderer(DjangoTemplates):
    """Render Django forms with gcds: set ``FORM_RENDERER = "gcds.django.forms.GcdsFormRenderer"``.

    Then ``{{ form }}``, ``{{ form.field }}`` and ``{{ field.as_field_group }}`` draw each
    field through its gcds component, in Jinja2 and Django templates alike, in Django's
    active language. The renderer has a Django template engine of its own (its templates,
    ``gcds_forms/form.html`` and ``gcds_forms/field.html``, then Django's widget templates
    and the apps' ``templates/`` folders), so no ``TEMPLATES`` entry is needed for it.

    A form with a file field needs ``<form method="post" enctype="multipart/form-data">``
    (``form.is_multipart()`` says so). Give one form its own renderer with
    ``MyForm(renderer=GcdsFormRenderer())`` or ``default_renderer = GcdsFormRenderer``.
    """

    form_template_name = "gcds_forms/form.html"
    field_template_name = "gcds_forms/field.html"
    bound_field_class = GcdsBoundField  # read by forms from Django 5.2 on

    @cached_property
    def engine(self) -> Any:
        return DjangoTemplatesBackend(
            {
                "APP_DIRS": True,
                "DIRS": [TEMPLATES, Path(django.forms.__file__).parent / "templates"],
                "NAME": "gcdsforms",
                "OPTIONS": {"builtins": ["gcds.django.forms.filters"]},
            }
        )
