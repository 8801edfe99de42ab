"""back_link: a plain link to the previous step with its built-in words, in both languages;
in a full page it sits in the header, where the skip link jumps past it."""

from __future__ import annotations

import pytest

import gcds

from .browser import axe_violations
from .keyboard import tab_to

PAGE = """{% extends "gcds/page.html" %}
{% block header %}{{ gcds.header(skip_to_href="#main-content", lang_href=lang_href,
  breadcrumbs=gcds.back_link(href=back)) }}{% endblock %}
{% block content %}{{ gcds.heading(tag="h1", text=heading) }}
{{ gcds.input(name="email", label=label, type="email", autocomplete="email") }}
{{ gcds.button(text=action) }}{% endblock %}"""
WORDS = {
    "en": {
        "back": "/en/apply/contact-information",
        "heading": "What is your email address?",
        "label": "Email address",
        "action": "Continue",
        "lang_href": "/fr/demande/courriel",
    },
    "fr": {
        "back": "/fr/demande/coordonnees",
        "heading": "Quelle est votre adresse courriel?",
        "label": "Adresse courriel",
        "action": "Continuer",
        "lang_href": "/en/apply/email",
    },
}


def test_built_in_words_in_each_language() -> None:
    assert ">Back</span></a>" in gcds.render("back_link", href="/en/apply/name")
    assert ">Retour</span></a>" in gcds.render("back_link", href="/fr/demande/nom", lang="fr")
    custom = gcds.render("back_link", href="/en/account", text="Back to your account")
    assert ">Back to your account</span></a>" in custom
    overridden = gcds.render("back_link", href="/en/account", strings={"text": "Previous step"})
    assert ">Previous step</span></a>" in overridden


def test_a_plain_link_with_a_decorative_chevron() -> None:
    html = str(gcds.render("back_link", href="/en/apply/name", inverse=True))
    assert html.startswith(
        '<a class="gcds-back-link gcds-back-link--inverse" href="/en/apply/name">'
    )
    assert 'aria-hidden="true"' in html.split("</svg>")[0]
    assert "history" not in html and "onclick" not in html and "data-gcds-module" not in html


@pytest.mark.parametrize("href", ["javascript:history.back()", " JavaScript:history.go(-1)"])
def test_a_script_is_not_a_link_back(href: str) -> None:
    with pytest.raises(gcds.ParamError, match=r"back_link.*'href'.*javascript:"):
        gcds.render("back_link", href=href)


def test_href_is_required() -> None:
    with pytest.raises(gcds.ParamError, match=r"back_link.*'href'"):
        gcds.render("back_link")


def _page(lang: str) -> str:
    return gcds.environment(lang=lang).from_string(PAGE).render(page_title="Email", **WORDS[lang])


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("width", [320, 1280])
def test_in_the_header_the_skip_link_jumps_past_it(open_page, lang: str, width: int) -> None:
    page = open_page(_page(lang))
    page.set_viewport_size({"width": width, "height": 800})
    # In a landmark (the header: axe's region rule), before <main>.
    assert axe_violations(page) == []
    assert page.evaluate(
        "document.querySelector('.gcds-back-link').closest('header') !== null"
        " && !document.querySelector('main').contains(document.querySelector('.gcds-back-link'))"
    )
    words = {"en": "Back", "fr": "Retour"}[lang]
    link = page.get_by_role("link", name=words, exact=True)
    assert link.get_attribute("href") == WORDS[lang]["back"]
    box = link.bounding_box()
    assert box["height"] >= 24 and box["width"] >= 24
    # The header's links come first, the back link among them, before the page's field.
    tab_to(page, "el.classList.contains('gcds-back-link')")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "email"
    # The skip link goes straight to <main>: the next Tab is the field, past the back link.
    tab_to(page, "el.classList.contains('gcds-skip-link')")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "email"
