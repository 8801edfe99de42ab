"""services_and_information: each doormat a heading one level below the section's, holding its
link, then its description; one column on phones, two from md, `columns` from lg."""

from __future__ import annotations

import re

import pytest

import gcds

ITEMS = [
    {"title": f"Doormat {n}", "href": f"/d{n}", "description": f"What page {n} is for."}
    for n in range(1, 7)
]


def _error(**params) -> str:
    with pytest.raises(gcds.ParamError) as info:
        gcds.render("services_and_information", **params)
    message = str(info.value)
    assert message.startswith("gcds.services_and_information") and "'items'" in message
    return message


@pytest.mark.parametrize(
    "items, expected",
    [
        ([], "at least one item"),
        ([{"title": "Taxes", "href": "/taxes"}], r"items\[0\] needs 'description'"),
        ([{"title": "Taxes", "description": "Income tax."}], r"items\[0\] needs 'href'"),
        ([{"href": "/t", "description": "Income tax."}], r"items\[0\] needs 'title'"),
        ([ITEMS[0], "Taxes"], r"items\[1\] must be a dict"),
        ([{**ITEMS[0], "text": "Taxes"}], r"items\[0\]: unknown key 'text'"),
    ],
)
def test_bad_items_are_refused(items, expected: str) -> None:
    assert re.search(expected, _error(items=items))


@pytest.mark.parametrize("section, item", [("h2", "h3"), ("h3", "h4"), ("h4", "h5"), ("h5", "h6")])
def test_each_doormat_is_one_level_below_the_section(section: str, item: str) -> None:
    html = str(gcds.render("services_and_information", items=ITEMS[:2], heading_tag=section))
    assert re.findall(r"<(h[1-6])\b", html) == [section, item, item]
    assert re.search(rf'<{item} [^>]*><a class="gcds-link" href="/d1">Doormat 1</a></{item}>', html)


def test_the_hidden_heading_stays_in_the_outline() -> None:
    shown = str(gcds.render("services_and_information", items=ITEMS[:2]))
    hidden = str(gcds.render("services_and_information", items=ITEMS[:2], hide_heading=True))
    assert "gcds-u-visually-hidden" not in shown
    assert re.search(
        r'<h2 class="[^"]*gcds-u-visually-hidden[^"]*">Services and information</h2>', hidden
    )
    french = str(gcds.render("services_and_information", items=ITEMS[:2], lang="fr"))
    assert ">Services et renseignements</h2>" in french


_COLUMNS = """() => new Set([...document.querySelectorAll('.gcds-services-and-information__item')]
  .map(item => Math.round(item.getBoundingClientRect().left))).size"""


@pytest.mark.browser
@pytest.mark.parametrize("width, expected", [(320, 1), (800, 2), (1280, 3)])
def test_columns_by_width(open_example, width: int, expected: int) -> None:
    page = open_example("services_and_information/three-columns-hidden-heading", width=width)
    assert page.evaluate(_COLUMNS) == expected
    # Rows in source order: each item starts at or below the one before it in reading order.
    tops = page.evaluate("""() => [...document.querySelectorAll(
      '.gcds-services-and-information__item')].map(i => Math.round(i.getBoundingClientRect().top))""")
    assert tops == sorted(tops)


@pytest.mark.browser
def test_two_columns_stay_two_on_large_screens(open_example) -> None:
    page = open_example("services_and_information/default", width=1280)
    assert page.evaluate(_COLUMNS) == 2
    hidden = page.evaluate(
        "() => document.querySelector('.gcds-services-and-information__heading').offsetHeight"
    )
    assert hidden > 1, "the heading is shown by default"
