"""textarea: the character count, by keyboard, with and without JavaScript."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import pytest
from markupsafe import Markup

import gcds
from gcds.examples import page as page_html

CSS, JS = "/static/gcds/css/gcds.css", "/static/gcds/js/gcds.js"

FIELD = "#job-description"
COUNT = ".gcds-textarea__count"
STATUS = ".gcds-textarea__status"
LIMIT = "#job-description-limit"


def _focus_field(page, field: str = FIELD) -> None:
    """Tab from the top of the page until the field has focus."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == field[1:]:
            return
    raise AssertionError("the field was not reached by Tab")


@pytest.mark.browser
def test_count_updates_as_you_type_and_is_announced_after_a_pause(open_example) -> None:
    page = open_example("textarea/character-count")
    page.wait_for_selector(COUNT)
    assert page.inner_text(COUNT) == "You have 200 characters remaining"
    assert page.get_attribute(COUNT, "aria-hidden") == "true"
    assert page.get_attribute(STATUS, "aria-live") == "polite"
    # The static limit stays in the description, hidden visually.
    assert LIMIT[1:] in page.get_attribute(FIELD, "aria-describedby").split()
    assert not page.is_visible(LIMIT) or page.evaluate(
        "s => document.querySelector(s).getBoundingClientRect().width <= 1", LIMIT
    )
    _focus_field(page)
    page.keyboard.type("Hello")
    assert page.inner_text(COUNT) == "You have 195 characters remaining"
    assert page.inner_text(STATUS) == ""  # not yet: the person is still typing
    page.wait_for_function(
        "s => document.querySelector(s).textContent === 'You have 195 characters remaining'",
        arg=STATUS,
        timeout=3000,
    )
    page.keyboard.type("x" * 196)
    assert page.inner_text(COUNT) == "You have 1 character too many"
    assert "gcds-textarea__count--over" in page.get_attribute(COUNT, "class")
    assert page.evaluate("s => getComputedStyle(document.querySelector(s)).fontWeight", COUNT) in (
        "700",
        "bold",
    )
    page.wait_for_function(
        "s => document.querySelector(s).textContent === 'You have 1 character too many'",
        arg=STATUS,
        timeout=3000,
    )
    page.keyboard.press("Backspace")
    assert page.inner_text(COUNT) == "You have 0 characters remaining"
    assert "gcds-textarea__count--over" not in page.get_attribute(COUNT, "class")
    assert len(page.input_value(FIELD)) == 200


@pytest.mark.browser
def test_count_in_french(open_example) -> None:
    """The French example (1000 characters): French words, number format and plurals
    (in French 0 and 1 take the singular)."""
    page = open_example("textarea/french", "fr")
    page.wait_for_selector(COUNT)
    assert page.inner_text(COUNT) == "Il vous reste 1\u202f000 caractères"
    _focus_field(page, "#description")
    page.fill("#description", "x" * 999)  # leaves the caret at the end
    assert page.inner_text(COUNT) == "Il vous reste 1 caractère"
    page.keyboard.type("x")
    assert page.inner_text(COUNT) == "Il vous reste 0 caractère"
    page.keyboard.type("xx")
    assert page.inner_text(COUNT) == "Vous avez 2 caractères de trop"
    page.keyboard.press("Backspace")
    assert page.inner_text(COUNT) == "Vous avez 1 caractère de trop"


@pytest.mark.browser
def test_without_javascript_the_limit_is_stated_and_nothing_is_cut(open_example) -> None:
    page = open_example("textarea/character-count", js=False)
    assert not page.evaluate("document.documentElement.classList.contains('gcds-js')")
    assert page.is_visible(LIMIT)
    assert page.inner_text(LIMIT) == "You can enter up to 200 characters"
    assert page.locator(COUNT).count() == 0
    assert page.get_attribute(FIELD, "maxlength") is None
    _focus_field(page)
    page.keyboard.type("y" * 205)
    assert len(page.input_value(FIELD)) == 205  # typed text is never cut off


# --- threshold: the count from a percentage of the limit; the limit in view until then ----


def _shown(page, selector: str) -> bool:
    """Visible to sighted people: rendered, and not clipped to 1 px (visually hidden)."""
    return page.evaluate(
        """s => { const el = document.querySelector(s);
                  if (!el || !el.getClientRects().length) return false;
                  const r = el.getBoundingClientRect(); return r.width > 1 && r.height > 1; }""",
        selector,
    )


THRESHOLD = {
    "en": {
        "example": "textarea/threshold",
        "field": "#complaint-details",
        "limit": "You can enter up to 2,000 characters",
        "at": "You have 500 characters remaining",
        "near": "You have 1 character remaining",
    },
    "fr": {
        "example": "textarea/french-threshold",
        "field": "#details-plainte",
        "limit": "Vous pouvez entrer jusqu’à 2\u202f000 caractères",
        "at": "Il vous reste 500 caractères",
        "near": "Il vous reste 1 caractère",
    },
}


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_threshold_shows_the_count_from_75_percent(open_example, lang) -> None:
    case = THRESHOLD[lang]
    field, limit = case["field"], case["field"] + "-limit"
    # Playwright's clock (time still flows): a check that nothing is said runs the page's
    # timers past the announcement delay instead of sleeping.
    page = open_example(case["example"], lang, clock=True)
    page.wait_for_selector(COUNT, state="attached")
    # Below 75% of 2,000: the limit is in view, the count is not, nothing is said.
    assert _shown(page, limit) and page.inner_text(limit) == case["limit"]
    assert not _shown(page, COUNT)
    _focus_field(page, field)
    page.fill(field, "x" * 1499)
    assert _shown(page, limit) and not _shown(page, COUNT)
    # Past the announcement delay (500 ms): the timer the input set has fired, said nothing.
    page.clock.run_for(700)
    assert page.inner_text(STATUS) == ""
    # At 1,500 characters the count takes the limit's place; the limit stays described.
    page.keyboard.type("x")
    assert _shown(page, COUNT) and page.inner_text(COUNT) == case["at"]
    assert not _shown(page, limit)
    assert limit[1:] in page.get_attribute(field, "aria-describedby").split()
    page.wait_for_function(
        "([s, text]) => document.querySelector(s).textContent === text",
        arg=[STATUS, case["at"]],
        timeout=3000,
    )
    page.fill(field, "x" * 1999)
    assert page.inner_text(COUNT) == case["near"]
    # Back under the threshold: the limit again, and the count out of view.
    page.fill(field, "x" * 10)
    assert _shown(page, limit) and not _shown(page, COUNT)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_threshold_without_javascript_states_the_limit(open_example, lang) -> None:
    case = THRESHOLD[lang]
    page = open_example(case["example"], lang, js=False)
    assert _shown(page, case["field"] + "-limit")
    assert page.inner_text(case["field"] + "-limit") == case["limit"]
    assert page.locator(COUNT).count() == 0


# --- max_words: words, counted as Python's str.split() counts them -------------------------


WORDS = {
    "en": {
        "example": "textarea/word-count",
        "over": "textarea/word-count-over",
        "field": "#statement",
        "over_field": "#summary-of-duties",
        "start": "You have 150 words remaining",
        "two": "You have 148 words remaining",
        "one_left": "You have 1 word remaining",
        "none_left": "You have 0 words remaining",
        "one_over": "You have 1 word too many",
        "example_over": "You have 5 words too many",
        "limit": "You can enter up to 10 words",
    },
    "fr": {
        "example": "textarea/french-word-count",
        "over": "textarea/french-word-count-over",
        "field": "#declaration",
        "over_field": "#resume-taches",
        "start": "Il vous reste 150 mots",
        "two": "Il vous reste 148 mots",
        "one_left": "Il vous reste 1 mot",
        "none_left": "Il vous reste 0 mot",
        "one_over": "Vous avez 1 mot de trop",
        "example_over": "Vous avez 6 mots de trop",
        "limit": "Vous pouvez entrer jusqu’à 10 mots",
    },
}


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_word_count_by_keyboard(open_example, lang) -> None:
    case = WORDS[lang]
    page = open_example(case["example"], lang)
    page.wait_for_selector(COUNT)
    assert page.inner_text(COUNT) == case["start"]
    _focus_field(page, case["field"])
    page.keyboard.type("  l’été  ")  # spaces are not words; an apostrophe joins
    page.keyboard.press("Enter")
    page.keyboard.type("2025-03-20 ")
    assert page.inner_text(COUNT) == case["two"]
    page.wait_for_function(
        "([s, text]) => document.querySelector(s).textContent === text",
        arg=[STATUS, case["two"]],
        timeout=3000,
    )
    page.fill(case["field"], " ".join(["mot"] * 149))
    assert page.inner_text(COUNT) == case["one_left"]
    page.keyboard.type(" mot")
    assert page.inner_text(COUNT) == case["none_left"]
    page.keyboard.type("\tmot")
    assert page.inner_text(COUNT) == case["one_over"]
    assert "gcds-textarea__count--over" in page.get_attribute(COUNT, "class")

    # The example that comes back over the limit, with its error.
    page = open_example(case["over"], lang)
    page.wait_for_selector(COUNT)
    assert page.inner_text(COUNT) == case["example_over"]
    page = open_example(case["over"], lang, js=False)
    assert page.inner_text(case["over_field"] + "-limit") == case["limit"]
    assert page.locator(COUNT).count() == 0


# --- What the browser sends: the count agrees with the server's -----------------------------


def server_length(submitted: str) -> int:
    """The server's check for max_length: len() of the value as submitted (line breaks
    arrive as CR LF), what the spec tells authors to do."""
    return len(submitted)


def server_words(submitted: str) -> int:
    """The server's check for max_words: len(value.split())."""
    return len(submitted.split())


def _form_page(lang: str, **params) -> str:
    label = "Réponse" if lang == "fr" else "Answer"
    field = gcds.render("textarea", lang=lang, name="answer", label=label, **params)
    form = (
        Markup('<form method="post" action="/submit">')
        + field
        + Markup('<button class="gcds-button" type="submit">Submit</button></form>')
    )
    return page_html(form, lang=lang, title="Form", heading="Form", css_href=CSS, js_href=JS)


def _submit(page) -> str:
    """Submit the form and return the field's value as the browser sent it (the request is
    caught by Playwright, so nothing needs to serve it)."""
    sent: list[str] = []

    def catch(route) -> None:
        sent.append(route.request.post_data or "")
        route.fulfill(status=200, content_type="text/plain", body="ok")

    page.route("**/submit", catch)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert len(sent) == 1
    return parse_qs(sent[0], keep_blank_values=True)["answer"][0]


def _count_number(page) -> int:
    """The number the live count says, signed: negative when over the limit."""
    text = page.inner_text(COUNT)
    n = int(re.sub(r"\D", "", text))
    return -n if ("trop" in text or "too many" in text) else n


# 100 lines of 99 code points (an accent and a maple leaf emoji, which is one code point but
# two UTF-16 units), joined by 99 line breaks, plus a last one: 10,000 characters in the
# field's value, 10,100 as sent (each line break is CR LF).
LONG = ("é" + "x" * 97 + "\U0001f341" + "\n") * 100


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_character_count_agrees_with_what_the_browser_sends(open_page, lang) -> None:
    assert len(LONG) == 10_000 and LONG.count("\n") == 100
    page = open_page(_form_page(lang, max_length=10_000))
    page.wait_for_selector(COUNT)
    page.fill("textarea", LONG)
    assert page.evaluate("document.querySelector('textarea').value.length") == 10_100  # UTF-16
    sent_in_js = _count_number(page)
    submitted = _submit(page)
    assert submitted == LONG.replace("\n", "\r\n")  # what a browser does with line breaks
    assert server_length(submitted) == 10_100
    assert sent_in_js == 10_000 - server_length(submitted) == -100


@pytest.mark.browser
def test_character_count_at_the_limit_with_line_breaks(open_page) -> None:
    """A value the server will accept is never said to be over, and the reverse."""
    value = "a\nb\n" + "c" * 9_994  # 9,998 in the field, 10,000 as sent
    page = open_page(_form_page("en", max_length=10_000))
    page.wait_for_selector(COUNT)
    page.fill("textarea", value)
    assert page.inner_text(COUNT) == "You have 0 characters remaining"
    assert server_length(_submit(page)) == 10_000


# Every character Python's str.split() splits on, and U+FEFF, which JavaScript's \s matches
# but Python does not (so "a\ufeffb" is one word).
PYTHON_SPACES = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_word_count_agrees_with_what_the_browser_sends(open_page, lang) -> None:
    words = [f"mot{i}" for i in range(len(PYTHON_SPACES))]
    value = "".join(w + space for w, space in zip(words, PYTHON_SPACES, strict=True))
    value += "a\ufeffb\n" + ("word " * 40 + "\n") * 240  # about 10,000 characters
    assert len(value) > 10_000
    page = open_page(_form_page(lang, max_words=10_000))
    page.wait_for_selector(COUNT)
    page.fill("textarea", value)
    sent_in_js = _count_number(page)
    submitted = _submit(page)
    expected = len(PYTHON_SPACES) + 1 + 40 * 240
    assert server_words(submitted) == server_words(value) == expected
    assert sent_in_js == 10_000 - expected


# --- Parameters ---------------------------------------------------------------------------


def test_word_limit_and_threshold_in_the_html() -> None:
    html = str(gcds.render("textarea", name="s", label="S", max_words=150, threshold=80))
    assert 'data-max-words="150" data-threshold="80"' in html
    assert "data-max-length" not in html
    assert 'data-remaining-other="You have {count} words remaining"' in html
    assert (
        '<div class="gcds-textarea__limit" id="s-limit">You can enter up to 150 words</div>' in html
    )
    html = str(gcds.render("textarea", lang="fr", name="s", label="S", max_words=1500))
    assert "Vous pouvez entrer jusqu’à 1\u202f500 mots" in html
    assert 'data-over-one="Vous avez {count} mot de trop"' in html


@pytest.mark.parametrize(
    "params, param, message",
    [
        ({"max_length": 200, "max_words": 30}, "max_words", "not both"),
        ({"max_words": 0}, "max_words", "1 or more"),
        ({"threshold": 75}, "threshold", "needs max_length or max_words"),
        ({"max_length": 200, "threshold": 0}, "threshold", "from 1 to 100"),
        ({"max_words": 20, "threshold": 101}, "threshold", "from 1 to 100"),
        ({"max_words": "20"}, "max_words", "whole number"),
    ],
)
def test_bad_limits_are_refused(params, param, message) -> None:
    with pytest.raises(gcds.ParamError, match=message) as info:
        gcds.render("textarea", name="s", label="S", **params)
    assert f"'{param}'" in str(info.value)
