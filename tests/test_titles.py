"""The page title, "[page title] - Canada.ca" as GCWeb writes it (with the service's name
between when given), and its prefix for a page in error, from Python and in gcds/page.html."""

from __future__ import annotations

import pytest

import gcds


def _title(html: str) -> str:
    return html.split("<title>", 1)[1].split("</title>", 1)[0]


@pytest.mark.parametrize(
    ("lang", "prefix"), [("en", "Error: "), ("fr", "Erreur\u00a0: "), ("fr-CA", "Erreur\u00a0: ")]
)
def test_error_title_prefix(lang: str, prefix: str) -> None:
    assert gcds.error_title_prefix(lang) == prefix
    with gcds.use_lang(lang):
        assert gcds.error_title_prefix() == prefix


def test_page_title_is_the_canada_ca_form() -> None:
    assert (
        gcds.page_title("Apply for a fishing licence") == "Apply for a fishing licence - Canada.ca"
    )
    # A hyphen-minus with a space each side, never an en dash.
    assert (
        "\u2013" not in gcds.page_title("A", "B")
        and gcds.page_title("A", "B") == "A - B - Canada.ca"
    )


def test_page_title() -> None:
    assert gcds.page_title("Your address", "Apply for a permit") == (
        "Your address - Apply for a permit - Canada.ca"
    )
    assert gcds.page_title("Your address", None, has_errors=True, lang="en") == (
        "Error: Your address - Canada.ca"
    )
    assert (
        gcds.page_title("Adresse", has_errors=True, lang="fr")
        == "Erreur\u00a0: Adresse - Canada.ca"
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_page_html_starts_the_title_with_the_prefix_when_the_page_has_errors(lang: str) -> None:
    env = gcds.environment(lang=lang)
    page = env.from_string('{% extends "gcds/page.html" %}')
    expected = gcds.error_title_prefix(lang) + "Name - Service - Canada.ca"
    assert _title(page.render(page_title="Name", service_name="Service", has_errors=True)) == (
        expected.replace("\u00a0", "\u00a0")
    )
    assert _title(page.render(page_title="Name", service_name="Service")) == (
        "Name - Service - Canada.ca"
    )
    # The page's own language decides, whatever the environment's default.
    other = "fr" if lang == "en" else "en"
    assert _title(page.render(page_title="N", has_errors=True, lang=other)).startswith(
        gcds.error_title_prefix(other)
    )
