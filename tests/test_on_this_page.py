"""on_this_page: a named nav of same-page links (one nested level), refused otherwise; the
links work with JavaScript off."""

from __future__ import annotations

import re

import pytest

import gcds

ITEMS = [
    {"text": "Who is eligible", "href": "#eligibility"},
    {
        "text": "How to apply",
        "href": "#apply",
        "items": [{"text": "Apply online", "href": "#apply-online"}],
    },
]


def _render(**params) -> str:
    return str(gcds.render("on_this_page", **{"items": ITEMS, **params}))


def test_the_nav_is_named_by_its_heading_in_each_language() -> None:
    html = _render()
    assert html.startswith(
        '<nav class="gcds-on-this-page" aria-labelledby="gcds-on-this-page-heading">'
    )
    assert (
        '<h2 class="gcds-on-this-page__heading" id="gcds-on-this-page-heading">On this page</h2>'
        in html
    )
    french = _render(lang="fr", id="sommaire", heading_tag="h3")
    assert french.startswith(
        '<nav class="gcds-on-this-page" aria-labelledby="sommaire-heading" id="sommaire">'
    )
    assert (
        '<h3 class="gcds-on-this-page__heading" id="sommaire-heading">Sur cette page</h3>' in french
    )


def test_the_links_are_a_list_with_one_nested_level() -> None:
    html = _render()
    assert re.findall(r'href="(#[^"]+)">([^<]+)</a>', html) == [
        ("#eligibility", "Who is eligible"),
        ("#apply", "How to apply"),
        ("#apply-online", "Apply online"),
    ]
    assert html.count('<ul class="gcds-on-this-page__list gcds-on-this-page__list--nested">') == 1


@pytest.mark.parametrize(
    "items, match",
    [
        ([], r"'items': needs at least one link"),
        (
            [{"text": "Eligibility", "href": "/en/eligibility.html"}],
            r"items\[0\]\.href must be a link to a heading on the same page.*not /en/eligibility.html",
        ),
        ([{"text": "Eligibility", "href": "eligibility"}], r"same page, '#' and its id"),
        ([{"text": "Eligibility", "href": "#"}], r"same page, '#' and its id"),
        ([{"text": "Eligibility", "href": "#who can apply"}], r"same page, '#' and its id"),
        ([{"text": "Eligibility", "href": "https://www.canada.ca/#eligibility"}], r"same page"),
        ([{"text": "Eligibility", "href": " javascript:alert(1)"}], r"javascript:"),
        (
            [{"text": "Eligibility", "href": "#a"}, {"text": "Again", "href": "#a"}],
            r"items\[1\]\.href #a is already in the list",
        ),
        ([{"text": "Eligibility"}], r"items\[0\] needs 'text' and 'href'"),
        (["#eligibility"], r"items\[0\] needs 'text' and 'href'"),
        ([{"text": "A", "href": "#a", "url": "#b"}], r"items\[0\]: unknown key 'url'"),
        (
            [{"text": "A", "href": "#a", "items": "#b"}],
            r"items\[0\]\.items must be a list of links",
        ),
        (
            [
                {
                    "text": "A",
                    "href": "#a",
                    "items": [{"text": "B", "href": "#b", "items": [{"text": "C", "href": "#c"}]}],
                }
            ],
            r"unknown key 'items' \(allowed: text, href; one nested level only\)",
        ),
        (
            [{"text": "A", "href": "#a", "items": [{"text": "B", "href": "/b"}]}],
            r"items\[…\]\.items\[0\]\.href must be a link",
        ),
    ],
)
def test_what_is_refused(items, match) -> None:
    with pytest.raises(
        gcds.ParamError,
        match=r"gcds\.on_this_page, parameter 'items': .*" + match.removeprefix(r"'items': "),
    ):
        gcds.render("on_this_page", items=items)


@pytest.mark.browser
@pytest.mark.parametrize("width", [320, 1280])
def test_a_link_takes_the_reader_to_its_section_without_javascript(open_example, width) -> None:
    page = open_example("on_this_page/nested", "en", js=False, width=width)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Apply online"
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#apply-online'")
    # The heading is the target, and in view (the page may be too short to scroll it to the top).
    assert page.evaluate("document.querySelector(':target').id") == "apply-online"
    box = page.evaluate("document.getElementById('apply-online').getBoundingClientRect().toJSON()")
    assert box["top"] >= 0 and box["bottom"] <= 800, box
