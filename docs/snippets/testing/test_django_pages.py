"""Accessibility tests of a Django site's pages with gcds's pytest plugin (gcds_check)."""

import django_app  # noqa: F401 (configures Django: here, the one-file site of the Django page)
import pytest
from django.test import Client


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_home_page_is_accessible(gcds_check, lang):
    response = Client().get(f"/{lang}/")
    assert response.status_code == 200
    gcds_check(response, lang=lang)
