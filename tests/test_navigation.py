"""Where the current page is, said to screen readers and not only shown: the page's own link
is aria-current="page", and what holds it (a side_nav section, a top_nav group) is
aria-current="true"."""

from __future__ import annotations

import re

from markupsafe import Markup

import gcds


def _current(html: str) -> dict[str, str]:
    """The text of each element with aria-current, and its value."""
    found = re.findall(
        r'<(?:a|summary)\b[^>]*\baria-current="([^"]+)"[^>]*>(?:<span[^>]*>)?([^<]+)', str(html)
    )
    return {text: value for value, text in found}


def test_side_nav_marks_the_sections_that_hold_the_current_page() -> None:
    html = gcds.render(
        "side_nav",
        label="Employment Insurance benefits",
        items=[
            {"text": "Overview", "href": "/ei"},
            {
                "text": "Regular benefits",
                "href": "/ei/regular",
                "items": [
                    {"text": "Eligibility", "href": "/ei/regular/eligibility"},
                    {
                        "text": "Apply",
                        "href": "/ei/regular/apply",
                        "items": [{"text": "Documents", "href": "/ei/docs", "current": True}],
                    },
                ],
            },
            {"text": "Sickness", "href": "/ei/sick", "items": [{"text": "More", "href": "/m"}]},
        ],
    )
    assert _current(html) == {"Regular benefits": "true", "Apply": "true", "Documents": "page"}


def test_side_nav_without_a_current_page_marks_nothing() -> None:
    items = [{"text": "A", "href": "/a", "items": [{"text": "B", "href": "/b"}]}]
    assert _current(gcds.render("side_nav", label="Sections", items=items)) == {}


def test_a_nav_group_that_holds_the_current_page_says_so() -> None:
    links = Markup(gcds.render("nav_link", text="Taxes", href="/taxes", current=True))
    html = gcds.render("nav_group", text="Services", current=True, caller=links)
    assert _current(html) == {"Services": "true", "Taxes": "page"}
    plain = gcds.render("nav_group", text="Services", caller=Markup(""))
    assert "aria-current" not in plain


def test_top_nav_examples_write_groups_as_nav_group_does() -> None:
    """The top_nav examples hold nav_group markup written out by hand: each group is what
    gcds.nav_group renders for its label, current state and links."""
    from .specdata import EXAMPLES

    groups = [
        group
        for example in EXAMPLES
        if example.component == "top_nav"
        for group in re.findall(r'<li class="gcds-nav-group">.*?</details></li>', example.caller)
    ]
    assert groups
    for group in groups:
        text = re.search(r'gcds-nav-group__text">([^<]+)<', group)[1]
        links = Markup(re.search(r'<ul class="gcds-nav-group__list">(.*)</ul>', group)[1])
        current = "gcds-nav-group__details--current" in group
        assert group == str(gcds.render("nav_group", text=text, current=current, caller=links))
