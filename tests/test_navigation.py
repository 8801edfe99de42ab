"""Where the current page is, said to screen readers and not only shown: the page's own link
is aria-current="page", and what holds it (a side_nav section) is aria-current="true"."""

from __future__ import annotations

import re

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
