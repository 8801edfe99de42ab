"""The example Django site (examples/django_site) under test: its settings, its catalogue."""

from __future__ import annotations

import importlib
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .specdata import ROOT
from .test_integrations import load_snippet

SITE = ROOT / "examples" / "django_site"


def site_settings() -> dict[str, Any]:
    """The site's settings module as a dict (DATABASES left out: the site has none and
    the other Django tests in this process keep theirs)."""
    if str(SITE) not in sys.path:
        sys.path.insert(0, str(SITE))
    module = importlib.import_module("django_site.settings")
    values = {name: getattr(module, name) for name in dir(module) if name.isupper()}
    values.pop("DATABASES")
    return {**values, "DEBUG": False}


@contextmanager
def django_site(**overrides: Any) -> Iterator[None]:
    """The site's settings in force, its French catalogue compiled.

    Django is configured once per process by whichever test comes first (the docs'
    snippet, as the other Django tests do); the site's settings then override it."""
    from django.test.utils import override_settings

    load_snippet("django_app")
    with warnings.catch_warnings():
        # override_settings(INSTALLED_APPS=…) is what the site needs; it warns of nothing
        # here but keep a test's own warnings filters out of the app registry's reload.
        warnings.simplefilter("default")
        override = override_settings(**{**site_settings(), **overrides})
        override.enable()
    try:
        from licence.catalogues import compile_catalogues, stale

        compile_catalogues()
        assert not stale(), "the French catalogue is not compiled"
        yield
    finally:
        override.disable()
