"""page_feedback in Chromium, by keyboard: with gcds.js, No shows the comment box in place
(no post), focus goes to the field and "Tell us why below:" is announced; Yes and Submit are
ordinary posts. Without JavaScript, No posts too. English and French."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from .browser import axe_violations
from .keyboard import tab_to

FIELD = "#gcds-feedback-details"
QUESTION = ".gcds-page-feedback__question"
STATUS = ".gcds-page-feedback__status"

# (lang, example, action, No, Yes, Submit, live status, count after typing "Hello")
CASES = [
    (
        "en",
        "page_feedback/default",
        "/en/feedback",
        "No",
        "Yes",
        "Submit",
        "Tell us why below:",
        "You have 295 characters remaining",
    ),
    (
        "fr",
        "page_feedback/french",
        "/fr/retroaction",
        "Non",
        "Oui",
        "Soumettre",
        "Dites-nous pourquoi ci-dessous\u00a0:",
        "Il vous reste 295 caractères",
    ),
]


def _catch_posts(page, action: str) -> list[dict[str, list[str]]]:
    """Every post to ``action``, as parsed form fields (Playwright answers it, so nothing
    needs to serve it)."""
    posts: list[dict[str, list[str]]] = []

    def catch(route) -> None:
        assert route.request.method == "POST"
        posts.append(parse_qs(route.request.post_data or "", keep_blank_values=True))
        route.fulfill(status=200, content_type="text/html", body="<!DOCTYPE html><title>ok</title>")

    page.route(f"**{action}", catch)
    return posts


def _tab_to_button(page, text: str) -> None:
    tab_to(page, f"el.tagName === 'BUTTON' && el.textContent.trim() === {text!r}")


def _press_and_wait_for_post(page, key: str, posts: list) -> dict[str, list[str]]:
    with page.expect_navigation(timeout=5000):
        page.keyboard.press(key)
    assert len(posts) == 1, posts
    return posts[0]


@pytest.mark.browser
@pytest.mark.parametrize("key", ["Enter", "Space"])
@pytest.mark.parametrize("lang, example, action, no, yes, submit, status, count", CASES)
def test_no_shows_the_comment_box_in_place(
    open_example, lang, example, action, no, yes, submit, status, count, key
) -> None:
    page = open_example(example, lang)
    posts = _catch_posts(page, action)
    url = page.url
    assert page.locator(FIELD).count() == 0  # only in the template until No
    assert page.inner_text(STATUS) == ""

    _tab_to_button(page, no)
    page.keyboard.press(key)
    # Focus moves to the comment field, which is now in the page; nothing was posted.
    page.wait_for_function(
        f"document.activeElement === document.querySelector('{FIELD}')", timeout=5000
    )
    assert posts == [] and page.url == url
    assert page.locator(FIELD).count() == 1 and page.locator("template").count() == 0
    # The question and its buttons are gone; the live region says why the field is there.
    assert not page.is_visible(QUESTION)
    assert not page.get_by_role("button", name=yes, exact=True).is_visible()
    assert page.get_attribute(STATUS, "role") == "status"
    assert page.evaluate(f"document.querySelector('{STATUS}').textContent") == status
    # The field is a working gcds textarea: gcds.js started its count.
    page.keyboard.type("Hello")
    assert page.inner_text(".gcds-textarea__count") == count
    assert axe_violations(page) == []

    # Submit is an ordinary post: No, the comment and the page fields.
    tab_to(page, f"el.textContent.trim() === {submit!r}", from_start=False)
    sent = _press_and_wait_for_post(page, key, posts)
    assert sent["helpful"] == ["No-Non"]
    assert sent["details"] == ["Hello"]
    assert sent["language"] == [lang]
    assert sent["themeopt"] == ["Benefits"]
    assert sent["pageTitle"][0].endswith("- Canada.ca")


@pytest.mark.browser
@pytest.mark.parametrize("lang, example, action, no, yes, submit, status, count", CASES)
@pytest.mark.parametrize("js", [True, False])
def test_yes_posts_at_once(
    open_example, lang, example, action, no, yes, submit, status, count, js
) -> None:
    page = open_example(example, lang, js=js)
    posts = _catch_posts(page, action)
    _tab_to_button(page, yes)
    sent = _press_and_wait_for_post(page, "Enter", posts)
    assert sent["helpful"] == ["Yes-Oui"]
    assert "details" not in sent
    assert sent["language"] == [lang]


@pytest.mark.browser
@pytest.mark.parametrize("lang, example, action, no, yes, submit, status, count", CASES)
def test_without_javascript_no_posts_and_the_service_asks_for_details(
    open_example, lang, example, action, no, yes, submit, status, count
) -> None:
    page = open_example(example, lang, js=False)
    posts = _catch_posts(page, action)
    assert not page.is_visible(FIELD)
    _tab_to_button(page, no)
    sent = _press_and_wait_for_post(page, "Enter", posts)
    # No comment field was sent: gcds.feedback.read says state "no".
    assert sent["helpful"] == ["No-Non"]
    assert "details" not in sent


@pytest.mark.browser
def test_after_a_post_focus_is_in_the_tool(open_example) -> None:
    """The states the service sends back take focus on load, without JavaScript too."""
    for example, focused in [
        ("page_feedback/no", FIELD),
        ("page_feedback/error", FIELD),
        ("page_feedback/pii", "#gcds-feedback-pii"),
        ("page_feedback/thanks", ".gcds-page-feedback__thanks"),
    ]:
        for js in (True, False):
            page = open_example(example, js=js)
            page.wait_for_function(
                f"document.activeElement === document.querySelector('{focused}')", timeout=3000
            )
    # In pii, the link after the warning takes focus to the field, comment kept.
    page = open_example("page_feedback/pii")
    page.wait_for_function("document.activeElement.id === 'gcds-feedback-pii'", timeout=3000)
    tab_to(page, "el.matches('a[href=\"#gcds-feedback-details\"]')", from_start=False)
    page.keyboard.press("Enter")
    page.wait_for_function(
        f"document.activeElement === document.querySelector('{FIELD}')", timeout=3000
    )
    assert "613-555-0142" in page.input_value(FIELD)
