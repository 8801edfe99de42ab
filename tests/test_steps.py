"""steps: an ordered list whose numbers are drawn by CSS and not read a second time; its rules."""

from __future__ import annotations

import pytest
from markupsafe import Markup

import gcds


def test_the_steps_are_an_ordered_list_with_headings() -> None:
    html = str(
        gcds.render(
            "steps",
            heading_tag="h3",
            items=[
                {"title": "Gather your documents", "content": Markup("<p>You need:</p>")},
                {"title": "Apply online", "href": "/apply"},
                {"content": "Mail it."},
            ],
        )
    )
    assert html.startswith('<ol class="gcds-steps">')
    assert html.count('<li class="gcds-steps__step">') == 3
    assert '<h3 class="gcds-steps__title">Gather your documents</h3>' in html
    assert '<div class="gcds-steps__content"><p>You need:</p></div>' in html
    assert (
        '<h3 class="gcds-steps__title"><a class="gcds-steps__link" href="/apply">Apply online</a></h3>'
        in html
    )
    assert (
        '<li class="gcds-steps__step"><div class="gcds-steps__content">Mail it.</div></li>' in html
    )
    # No number is written in the markup: the list and its CSS counter give it.
    assert not any(char.isdigit() for char in html.replace("h3", ""))


@pytest.mark.parametrize(
    "items, match",
    [
        ([], r"'items': needs at least one step"),
        (["Gather your documents"], r"items\[0\] must be a dict with 'title' and/or 'content'"),
        ([{"title": "A"}, {}], r"items\[1\] needs a 'title', 'content' or both"),
        (
            [{"content": "Mail it.", "href": "/mail"}],
            r"items\[0\]: 'href' makes the title a link, so it needs a 'title'",
        ),
        (
            [{"title": "A", "href": "javascript:alert(1)"}],
            r"items\[0\]\.href must not use a javascript:",
        ),
        (
            [{"title": "A", "text": "B"}],
            r"items\[0\]: unknown key 'text' \(allowed: title, content, href\)",
        ),
    ],
)
def test_what_is_refused(items, match) -> None:
    with pytest.raises(
        gcds.ParamError, match=r"gcds\.steps, parameter 'items': " + match.removeprefix("'items': ")
    ):
        gcds.render("steps", items=items)


@pytest.mark.browser
@pytest.mark.parametrize("width", [320, 1280])
def test_the_numbers_are_shown_in_circles_and_not_read(open_example, width) -> None:
    page = open_example("steps/default", "en", js=False, width=width)
    circles = page.evaluate(
        """() => [...document.querySelectorAll('.gcds-steps__step')].map((li) => {
            const s = getComputedStyle(li, '::before');
            return {content: s.content, radius: s.borderRadius, width: s.width, height: s.height};
        })"""
    )
    assert len(circles) == 5
    for circle in circles:
        # The number comes from the counter, with empty alternative text.
        assert circle["content"] == 'counter(gcds-steps) / ""', circle
        assert circle["width"] == circle["height"] and circle["radius"] == "50%", circle
    # Screen readers get the list and the step, not the number again.
    first = page.locator(".gcds-steps__step").first.aria_snapshot()
    assert first.startswith('- listitem:\n  - heading "Check if you’re eligible" [level=2]'), first
    assert "1" not in first.split("\n")[1]
