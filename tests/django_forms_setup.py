"""Shared set-up for the Django forms tests: settings, an in-memory model, an HTML reader."""

from __future__ import annotations

import contextlib
import os
import warnings
from collections.abc import Iterator
from typing import Any
from unittest import mock

import jinja2

from .test_integrations import load_snippet

#: A Jinja2 and a Django template engine, both rendering forms with the gcds renderer.
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "OPTIONS": {
            "environment": "gcds.django.environment",
            "loader": jinja2.DictLoader(
                {
                    "form.jinja": "<form>{{ form }}</form>",
                    "field.jinja": "{{ form.answer }}|{{ form.answer.as_field_group() }}",
                }
            ),
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {
            "loaders": [
                (
                    "django.template.loaders.locmem.Loader",
                    {
                        "form.dtl": "<form>{{ form }}</form>",
                        "field.dtl": "{{ form.answer }}|{{ form.answer.as_field_group }}",
                    },
                )
            ]
        },
    },
]

SETTINGS = {
    "FORM_RENDERER": "gcds.django.forms.GcdsFormRenderer",
    "TEMPLATES": TEMPLATES,
    "DATABASES": {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    "USE_I18N": True,
    "LANGUAGE_CODE": "en",
}

_models: dict[str, Any] = {}


def province_model() -> Any:
    """A model of provinces (ids 1 to 3) in an in-memory SQLite database."""
    if "Province" not in _models:
        from django.db import models

        class Province(models.Model):
            name = models.CharField(max_length=40)

            class Meta:
                app_label = "gcds_forms_test"

            def __str__(self) -> str:
                return self.name

        _models["Province"] = Province
    return _models["Province"]


def _reread_databases(connections: Any) -> None:
    """Make Django's connection handler read DATABASES again: its cached ``settings`` and
    the ``_settings`` that caching writes, and the "default" connection if this thread
    has made one."""
    connections.__dict__.pop("settings", None)
    connections._settings = None
    with contextlib.suppress(AttributeError):
        del connections["default"]


def django_forms_settings() -> Iterator[None]:
    """Django configured once per process (by the first snippet), then these settings."""
    from django.db import connections
    from django.test.utils import override_settings

    load_snippet("django_app")
    # Playwright's sync API keeps an asyncio loop running in this thread for the whole run
    # once a browser test has started in this worker, and Django then refuses every
    # database call as if made from async code (SynchronousOnlyOperation). These calls are
    # synchronous; Django's documented switch says so (patch.dict puts it back after).
    unsafe = mock.patch.dict(os.environ, {"DJANGO_ALLOW_ASYNC_UNSAFE": "true"})
    unsafe.start()
    with warnings.catch_warnings():
        # "Overriding setting DATABASES can lead to unexpected behavior": handled below.
        warnings.simplefilter("ignore", UserWarning)
        override = override_settings(**SETTINGS)
        override.enable()
    try:
        # The connection handler reads DATABASES once, on first use, and keeps each
        # connection it made: another test may have used the snippet's settings, which
        # have none (Django's dummy backend; a test-client request makes that connection
        # when it closes old ones). Read them again and drop that connection, here and after.
        _reread_databases(connections)
        Province = province_model()
        with connections["default"].schema_editor() as editor:
            editor.create_model(Province)
        Province.objects.bulk_create(
            [
                Province(id=1, name="Ontario"),
                Province(id=2, name="Québec"),
                Province(id=3, name="Yukon"),
            ]
        )
        yield
    finally:
        connections["default"].close()
        _reread_databases(connections)
        override.disable()
        unsafe.stop()
