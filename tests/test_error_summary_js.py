"""error_summary: focus on page load (with and without JavaScript) and links that focus the field."""

from __future__ import annotations

import html
import re

import pytest
from markupsafe import Markup

import gcds
from gcds.examples import page

from .html_ids import IdReader
from .specdata import EXAMPLES

page_html = page

CSS, JS = "/static/gcds/css/gcds.css", "/static/gcds/js/gcds.js"


def _page(js: bool, lang: str = "en") -> str:
    summary = gcds.render(
        "error_summary",
        lang=lang,
        errors=[
            {"text": "Select your province or territory", "href": "#province"},
            {"text": "Enter the month", "field": "dob"},
            ("email", "Enter your email address"),
        ],
    )
    province = gcds.render(
        "select",
        lang=lang,
        name="province",
        label="Province or territory",
        placeholder=True,
        error="Select your province or territory",
        items=[{"value": "ON", "text": "Ontario"}, {"value": "QC", "text": "Quebec"}],
    )
    # A group linked by its first field's id, with a later field in error (as a date input).
    group = Markup(
        '<fieldset class="gcds-u-mt-800"><legend>Date of birth</legend>'
        '<label for="dob">Day</label> <input id="dob" name="dob-day" value="12">'
        '<label for="dob-month">Month</label> <input id="dob-month" name="dob-month" aria-invalid="true">'
        "</fieldset>"
        '<p><label for="email">Email</label> <input id="email" name="email" aria-invalid="true"></p>'
    )
    return page(
        Markup(summary) + Markup(province) + group,
        lang=lang,
        title="Error: form",
        heading="Form",
        css_href=CSS,
        js_href=JS if js else None,
    )


def _active(page) -> str:
    return page.evaluate(
        "() => { const el = document.activeElement; return el.id || el.className || el.tagName; }"
    )


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_summary_is_focused_on_load_with_js(open_page, lang) -> None:
    page = open_page(_page(js=True, lang=lang))
    assert _active(page) == "gcds-error-summary"
    title = {"en": "There was a problem", "fr": "Il y a un problème"}[lang]
    assert page.locator(".gcds-error-summary__title").inner_text() == title


@pytest.mark.browser
def test_summary_is_focused_on_load_without_js(open_page) -> None:
    page = open_page(_page(js=False), js=False)
    assert not page.evaluate("document.documentElement.classList.contains('gcds-js')")
    # autofocus is applied at the next rendering update, not at load. With JavaScript off
    # the page runs no callbacks for wait_for_function, so poll from here (up to 2 s).
    for _ in range(40):
        if _active(page) == "gcds-error-summary":
            break
        page.wait_for_timeout(50)
    assert _active(page) == "gcds-error-summary"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#province"


@pytest.mark.browser
def test_links_focus_the_field_with_js(open_page) -> None:
    page = open_page(_page(js=True))
    assert _active(page) == "gcds-error-summary"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#province"
    page.keyboard.press("Enter")
    assert _active(page) == "province"
    # The label is scrolled into view with the field.
    assert page.evaluate(
        "() => { const r = document.querySelector('label[for=province]').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= innerHeight; }"
    )
    # A link to a group's first field lands on the group's first field in error.
    page.evaluate("document.querySelector('.gcds-error-summary').focus()")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#dob"
    page.keyboard.press("Enter")
    assert _active(page) == "dob-month"
    page.evaluate("document.querySelector('.gcds-error-summary').focus()")
    for _ in range(3):
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert _active(page) == "email"


@pytest.mark.browser
def test_no_focus_on_load_when_asked(open_page) -> None:
    html = gcds.render("error_summary", focus_on_load=False, errors=[("x", "Problem")])
    assert "autofocus" not in html
    page = open_page(
        page_html(Markup(html), lang="en", title="Form", heading="Form", css_href=CSS, js_href=JS)
    )
    assert page.evaluate("document.activeElement === document.body")


def _focused_node(page) -> tuple[str, str]:
    """(role, name) of the focused element, as Chromium gives it to screen readers."""
    cdp = page.context.new_cdp_session(page)
    found = cdp.send("Runtime.evaluate", {"expression": "document.activeElement"})
    handle = found["result"]["objectId"]
    try:
        nodes = cdp.send(
            "Accessibility.getPartialAXTree", {"objectId": handle, "fetchRelatives": False}
        )["nodes"]
    finally:
        cdp.send("Runtime.releaseObject", {"objectId": handle})
    return nodes[0]["role"]["value"], nodes[0].get("name", {}).get("value", "")


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_focus_lands_on_a_region_named_by_the_heading(open_page, lang, js) -> None:
    page = open_page(_page(js=js, lang=lang), js=js)
    for _ in range(40):  # autofocus: at the next rendering update (no JS: poll from here)
        if _active(page) == "gcds-error-summary":
            break
        page.wait_for_timeout(50)
    title = {"en": "There was a problem", "fr": "Il y a un problème"}[lang]
    assert _focused_node(page) == ("region", title)


def test_the_heading_id_comes_from_the_summary_id() -> None:
    errors = [("email", "Enter your email address")]
    html = str(gcds.render("error_summary", errors=errors))
    assert 'aria-labelledby="gcds-error-summary-title"' in html
    assert 'id="gcds-error-summary-title"' in html
    html = str(gcds.render("error_summary", id="application-errors", errors=errors))
    assert 'aria-labelledby="application-errors-title"' in html
    assert '<h2 class="gcds-error-summary__title" id="application-errors-title">' in html


@pytest.mark.parametrize(
    "example",
    [e for e in EXAMPLES if e.component == "error_summary"],
    ids=lambda e: e.id,
)
def test_each_example_field_has_the_summarys_words_beside_it(example) -> None:
    """What the spec asks of authors, in its own examples: every field the summary links to
    is in error (aria-invalid) with a message of the same words, "Error: " / "Erreur : "
    first, tied to the field or to its group by aria-describedby."""
    prefix = {"en": "Error: ", "fr": "Erreur : "}[example.lang]
    parsed = IdReader(example.wrap.replace("{content}", ""))
    links = re.findall(
        r'class="gcds-error-summary__link" href="#([^"]+)">([^<]+)</a>', example.render()
    )
    assert links
    for field_id, text in links:
        field = parsed.attrs[field_id]
        assert field.get("aria-invalid") == "true", field_id
        holders = [field] + [parsed.attrs[i] for i in parsed.around[field_id]]
        described = [i for h in holders for i in (h.get("aria-describedby") or "").split()]
        messages = [parsed.text[i].replace("\u00a0", " ") for i in described]
        assert prefix + html.unescape(text) in messages, (field_id, messages)
