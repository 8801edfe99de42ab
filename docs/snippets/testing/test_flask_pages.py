"""Accessibility tests of a Flask service's pages with gcds's pytest plugin (gcds_check)."""

import pytest
from flask_app import app  # the service: here, the Flask app of "Getting started"


@pytest.fixture
def client():
    return app.test_client()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_home_page_is_accessible(client, gcds_check, lang):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    gcds_check(response, lang=lang)  # fails, listing each problem, if there is one
