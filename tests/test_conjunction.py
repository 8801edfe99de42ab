"""conjunction: "and"/"or" is real text in the items; titles of options say which option
they are; stacked or side by side (CSS only); its rules."""

from __future__ import annotations

import re

import pytest
from markupsafe import Markup

import gcds

CONDITIONS = ["were employed in insurable employment", "lost your job through no fault of your own"]


def _words(html: str) -> list[str]:
    return re.findall(r'<span class="gcds-conjunction__word">([^<]+)</span>', html)


@pytest.mark.parametrize(
    "kind, lang, word",
    [("and", "en", "and"), ("or", "en", "or"), ("and", "fr", "et"), ("or", "fr", "ou")],
)
def test_the_word_starts_every_item_after_the_first(kind, lang, word) -> None:
    html = str(
        gcds.render("conjunction", lang=lang, type=kind, items=[*CONDITIONS, "are ready to work"])
    )
    items = re.findall(r'<li class="gcds-conjunction__item">(.*?)</li>', html)
    assert len(items) == 3
    assert "gcds-conjunction__word" not in items[0]
    assert _words(html) == [word, word]
    assert all(
        item.startswith(f'<span class="gcds-conjunction__word">{word}</span> ')
        for item in items[1:]
    )


def test_text_is_escaped_markup_is_kept_and_titles_say_which_option() -> None:
    html = str(
        gcds.render(
            "conjunction",
            type="or",
            heading_tag="h4",
            items=[
                "Online <b>now</b>",
                {"title": "By mail", "content": Markup("<p>Fill out the form.</p>")},
            ],
        )
    )
    assert "Online &lt;b&gt;now&lt;/b&gt;" in html
    assert (
        '<h4 class="gcds-conjunction__title">By mail <span class="gcds-u-visually-hidden">'
        "(option 2 of 2)</span></h4>"
    ) in html
    assert '<div class="gcds-conjunction__content"><p>Fill out the form.</p></div>' in html
    parts = str(
        gcds.render("conjunction", type="and", items=[{"title": "Part A", "content": "x"}, "y"])
    )
    assert "option" not in parts  # "and" joins parts of one rule, not options


@pytest.mark.parametrize(
    "params, param, match",
    [
        ({"items": ["Only one"]}, "items", "needs 2 or more conditions or options to join, not 1"),
        ({"items": []}, "items", "needs 2 or more"),
        (
            {"items": ["a", "b", "c", "d"], "layout": "side_by_side"},
            "layout",
            "side_by_side fits 2 or 3 items, not 4",
        ),
        (
            {"items": ["a", 42]},
            "items",
            r"items\[1\] must be text, Markup or a dict \{title, content\}, not 42",
        ),
        ({"items": ["a", ""]}, "items", r"items\[1\] must be text"),
        ({"items": ["a", {"title": "B"}]}, "items", r"items\[1\] needs 'content'"),
        (
            {"items": ["a", {"content": "b", "text": "c"}]},
            "items",
            r"items\[1\]: unknown key 'text'",
        ),
        (
            {"items": ["a", "b"], "heading_tag": "h4"},
            "heading_tag",
            "is for item titles, and no item has a 'title'",
        ),
        ({"items": ["a", "b"], "type": "nor"}, "type", "'nor' is not one of the allowed values"),
    ],
)
def test_what_is_refused(params, param, match) -> None:
    with pytest.raises(
        gcds.ParamError, match=rf"gcds\.conjunction, parameter '{param}': .*{match}"
    ):
        gcds.render("conjunction", **{"type": "or", **params})


def _lefts_and_tops(page) -> list[tuple[float, float]]:
    return page.evaluate(
        """() => [...document.querySelectorAll('.gcds-conjunction__item')].map((li) => {
            const r = li.getBoundingClientRect(); return [r.left, r.top]; })"""
    )


@pytest.mark.browser
@pytest.mark.parametrize(
    "example, lang", [("conjunction/side-by-side-with-titles", "en"), ("conjunction/french", "fr")]
)
def test_side_by_side_from_medium_screens_stacked_below(open_example, example, lang) -> None:
    wide = _lefts_and_tops(open_example(example, lang, js=False, width=1280))
    assert wide[0][1] == wide[1][1] and wide[0][0] < wide[1][0], wide
    narrow = _lefts_and_tops(open_example(example, lang, js=False, width=320))
    assert narrow[0][0] == narrow[1][0] and narrow[0][1] < narrow[1][1], narrow


@pytest.mark.browser
def test_stacked_stays_stacked_on_wide_screens(open_example) -> None:
    wide = _lefts_and_tops(open_example("conjunction/and", "en", js=False, width=1280))
    assert len({left for left, _ in wide}) == 1
    assert [top for _, top in wide] == sorted(top for _, top in wide)
