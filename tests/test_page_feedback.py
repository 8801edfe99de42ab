"""page_feedback: what each state renders, the hidden fields, and the refused combinations."""

from __future__ import annotations

import re

import pytest
from markupsafe import Markup

import gcds

ACTION = "/en/feedback"


def render(**params) -> str:
    return str(gcds.render("page_feedback", **{"action": ACTION, **params}))


def hidden(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)">', html)


def test_the_question_posts_yes_and_no_and_holds_the_comment_box_for_gcds_js() -> None:
    html = render()
    assert '<form class="gcds-page-feedback__form" method="post" action="/en/feedback">' in html
    assert re.search(r'name="helpful" value="Yes-Oui">Yes</button>', html)
    assert re.search(r'name="helpful" value="No-Non">No</button>', html)
    assert (
        '<legend class="gcds-page-feedback__legend">Did you find what you were looking for?</legend>'
        in html
    )
    assert 'data-gcds-module="page_feedback"' in html
    assert 'data-status="Tell us why below:"' in html
    # The comment box is only in the template: without JavaScript it is not in the page.
    template = re.search(r"<template[^>]*>(.*)</template>", html, re.S)
    assert template and 'name="details"' in template.group(1)
    assert html.count('name="details"') == 1
    assert "autofocus" not in html


@pytest.mark.parametrize("state", ["no", "pii", "error", "thanks"])
def test_the_states_after_a_post_have_no_script_hook(state: str) -> None:
    extra = {"found": ["email"], "comment": "jean@example.ca"} if state == "pii" else {}
    html = render(state=state, **extra)
    assert 'data-gcds-module="page_feedback"' not in html
    assert "<template" not in html
    assert "Give feedback about this page" in html


def test_no_shows_the_comment_field_focused_with_its_limit() -> None:
    html = render(state="no")
    assert 'name="details"' in html and 'name="helpful" value="No-Non">Submit</button>' in html
    field = re.search(r"<textarea[^>]*>", html).group(0)
    assert 'id="gcds-feedback-details"' in field and "autofocus" in field
    assert 'aria-describedby="gcds-feedback-details-hint gcds-feedback-details-limit"' in field
    assert "maxlength" not in field  # nothing is cut off: the server checks
    assert ">Maximum 300 characters<" in html
    assert "Don&#39;t include personal information" in html
    assert "Did you find" not in html


def test_error_keeps_the_comment_and_says_the_limit() -> None:
    comment = 'A "quoted" <comment> & more, kept exactly\r\n' + "x" * 300
    html = render(state="error", comment=comment)
    assert "Your comment must be 300 characters or fewer" in html
    assert 'aria-invalid="true"' in html
    assert "\n" + str(Markup.escape(comment)) + "</textarea>" in html
    own = render(state="error", comment="x" * 301, error="Shorten your comment")
    assert "Shorten your comment" in own and "must be 300" not in own


def test_pii_names_what_was_found_and_keeps_the_comment() -> None:
    comment = "Call me at 613-555-0142 🙂"
    html = render(state="pii", comment=comment, found=["telephone", "email", "telephone"])
    assert "Personal information detected in your comment" in html
    found = re.search(r'<ul class="gcds-page-feedback__found">(.*?)</ul>', html).group(1)
    assert found == "<li>telephone number</li><li>email address</li>"  # each once
    assert "What is considered personal information?" in html
    assert html.count("<li>") == 2 + 7
    assert '<a href="#gcds-feedback-details">Go back and edit comment</a>' in html
    assert f"\n{comment}</textarea>" in html
    assert '<input type="hidden" name="piiWarned" value="true">' in html
    # Focus goes to the warning, not the field: one autofocus on the page.
    assert html.count("autofocus") == 1
    assert re.search(r'<section class="gcds-alert[^>]*autofocus', html)
    assert '<h4 class="gcds-alert__title">' in html


def test_thanks_is_a_status_that_takes_focus() -> None:
    html = render(state="thanks")
    assert re.search(
        r'<p class="gcds-page-feedback__thanks" role="status" tabindex="-1" autofocus>.*'
        r"Thank you for your feedback\.</p>",
        html,
    )
    assert "<form" not in html
    quiet = render(state="thanks", focus_on_load=False)
    assert "autofocus" not in quiet and "tabindex" not in quiet


@pytest.mark.parametrize("state", ["no", "error", "pii", "thanks"])
def test_focus_on_load_can_be_turned_off(state: str) -> None:
    extra = {"found": ["sin"]} if state == "pii" else {}
    assert "autofocus" not in render(state=state, focus_on_load=False, **extra)
    assert "autofocus" in render(state=state, **extra)


def test_the_page_fields_are_filled_on_the_server_and_escaped() -> None:
    html = render(
        page_title='Benefits "and" <credits> - Canada.ca',
        page_url="https://www.canada.ca/en/services/benefits.html?a=1&b=2",
        lang_href="https://www.canada.ca/fr/services/prestations.html",
        theme="Benefits",
        section="Child benefits",
        institution="Canada Revenue Agency",
        lang="fr",
    )
    assert hidden(html) == [
        ("pageTitle", "Benefits &quot;and&quot; &lt;credits&gt; - Canada.ca"),
        ("language", "fr"),
        ("submissionPage", "https://www.canada.ca/en/services/benefits.html?a=1&amp;b=2"),
        ("oppositelang", "https://www.canada.ca/fr/services/prestations.html"),
        ("themeopt", "Benefits"),
        ("sectionopt", "Child benefits"),
        ("institutionopt", "Canada Revenue Agency"),
    ]
    # Not given: present and empty, so the service always gets the same fields.
    assert hidden(render()) == [
        ("pageTitle", ""),
        ("language", "en"),
        ("submissionPage", ""),
        ("oppositelang", ""),
        ("themeopt", ""),
        ("sectionopt", ""),
        ("institutionopt", ""),
    ]


def test_hidden_fields_come_first_for_a_csrf_token() -> None:
    html = render(hidden_fields={"csrfmiddlewaretoken": 'abc"<def', "step": 2})
    fields = hidden(html)
    assert fields[:2] == [("csrfmiddlewaretoken", "abc&quot;&lt;def"), ("step", "2")]
    assert hidden(render(state="thanks", hidden_fields={"csrf_token": "x"})) == []


def test_the_contact_link_goes_with_the_comment_field() -> None:
    contact = {"text": "Contact the Canada Revenue Agency", "href": "/en/contact.html"}
    for state in ("question", "no", "error"):
        html = render(state=state, contact=contact)
        assert "Need urgent help with a problem? Contact us" in html
        assert '<a href="/en/contact.html">Contact the Canada Revenue Agency</a>' in html
    assert "Contact us" not in render(state="thanks", contact=contact)


def test_every_string_can_be_overridden() -> None:
    html = render(strings={"question": "Was this page useful?", "yes": "Useful"})
    assert "Was this page useful?" in html and ">Useful</button>" in html
    french = render(lang="fr", state="no")
    assert "Veuillez fournir plus de détails" in french and "Maximum de 300 caractères" in french


def test_heading_levels() -> None:
    html = render(state="pii", found=["email"], heading_tag="h2")
    assert '<h2 class="gcds-page-feedback__heading">' in html
    assert '<h3 class="gcds-alert__title">' in html


def test_the_id_prefixes_the_ids_inside() -> None:
    html = render(id="feedback", state="pii", found=["email"])
    assert '<section class="gcds-page-feedback gcds-page-feedback--pii" id="feedback">' in html
    assert 'id="feedback-details"' in html and 'href="#feedback-details"' in html
    assert 'id="feedback-pii"' in html


def _raises(param: str, pattern: str, **params) -> None:
    with pytest.raises(gcds.ParamError) as info:
        render(**params)
    message = str(info.value)
    assert message.startswith("gcds.page_feedback") and f"'{param}'" in message, message
    assert re.search(pattern, message), message


def test_refused_combinations() -> None:
    _raises("comment", "only in states 'no', 'pii' and 'error'", comment="Hi")
    _raises("comment", "not in 'thanks'", state="thanks", comment="Hi")
    _raises("found", "required in state 'pii'", state="pii", comment="x")
    _raises("found", "only for state 'pii'", state="no", found=["email"])
    _raises(
        "found", r"found\[1\] must be one of email, telephone", state="pii", found=["email", "name"]
    )
    _raises("error", "only for state 'error'", state="no", error="Too long")
    _raises("focus_on_load", "nothing to focus", focus_on_load=True)
    _raises("contact", "needs 'text' and 'href'", contact={"text": "Contact us"})
    _raises("contact", "'url'", contact={"text": "Contact us", "url": "/contact"})
    _raises("contact", "javascript:", contact={"text": "Contact", "href": "javascript:alert(1)"})
    _raises("hidden_fields", "writes itself", hidden_fields={"helpful": "Yes-Oui"})
    _raises("hidden_fields", "writes itself", hidden_fields={"pageTitle": "x"})
    _raises("hidden_fields", "writes itself", hidden_fields={"piiWarned": "true"})
    _raises("hidden_fields", "must be text", hidden_fields={"token": ["a"]})
    _raises("hidden_fields", "non-empty string", hidden_fields={"": "a"})
    _raises("theme", "not one of the allowed values", theme="Taxation")
    _raises("action", "is required", action=None)
