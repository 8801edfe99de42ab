"""most_requested: at most 8 top-task links, in two columns that fill down, under a heading that
sits to their left on large screens."""

from __future__ import annotations

import re

import pytest

import gcds

from .specdata import EXAMPLES

LINKS = [{"text": f"Task {n}", "href": f"/task-{n}"} for n in range(1, 10)]


def _error(**params) -> str:
    with pytest.raises(gcds.ParamError) as info:
        gcds.render("most_requested", **params)
    message = str(info.value)
    assert message.startswith("gcds.most_requested"), message
    return message


def test_at_most_eight_links() -> None:
    gcds.render("most_requested", items=LINKS[:8])
    message = _error(items=LINKS)
    assert "'items'" in message and "at most 8" in message and "not 9" in message


@pytest.mark.parametrize(
    "items, expected",
    [
        ([], "at least one link"),
        (["Task"], r"items\[0\] must be a dict"),
        ([{"text": "Task"}], r"items\[0\] needs 'href'"),
        ([{"href": "/task"}], r"items\[0\] needs 'text'"),
        ([{"text": "", "href": "/task"}], r"items\[0\] needs 'text'"),
        ([LINKS[0], {"text": "Task", "url": "/task"}], r"items\[1\]: unknown key 'url'"),
    ],
)
def test_bad_links_are_refused(items, expected: str) -> None:
    message = _error(items=items)
    assert "'items'" in message and re.search(expected, message), message


@pytest.mark.parametrize("count", range(1, 9))
def test_the_grid_has_half_the_links_as_rows(count: int) -> None:
    html = str(gcds.render("most_requested", items=LINKS[:count]))
    assert f"gcds-most-requested__list--rows-{(count + 1) // 2}" in html
    assert html.count("<li ") == count


def test_the_heading_is_the_official_one_and_can_be_replaced() -> None:
    assert ">Most requested</h2>" in gcds.render("most_requested", items=LINKS[:2])
    assert ">En demande</h2>" in gcds.render("most_requested", items=LINKS[:2], lang="fr")
    custom = gcds.render("most_requested", items=LINKS[:2], strings={"heading": "Tax season"})
    assert ">Tax season</h2>" in custom


def test_the_highlight_example_is_followed_by_a_band_gcds_renders() -> None:
    """The highlight band never stands alone: its example page shows the default band after it,
    written out in the wrap; that band is what gcds.most_requested renders for its links."""
    example = next(e for e in EXAMPLES if e.id == "most_requested/highlight")
    after = example.wrap.split("{content}", 1)[1].strip()
    links = re.findall(r'href="([^"]+)">([^<]+)</a>', after)
    expected = gcds.render("most_requested", items=[{"text": t, "href": h} for h, t in links])
    assert re.sub(r"\s+", " ", after) == re.sub(r"\s+", " ", str(expected))


_LAYOUT = """() => {
  const box = el => el.getBoundingClientRect();
  const band = document.querySelector('.gcds-most-requested');
  const items = [...band.querySelectorAll('.gcds-most-requested__item')].map(box);
  return {
    heading: box(band.querySelector('h2')), list: box(band.querySelector('ul')),
    lefts: [...new Set(items.map(b => Math.round(b.left)))],
    tops: items.map(b => Math.round(b.top)),
    bullets: getComputedStyle(band.querySelector('li')).listStyleType,
  };
}"""


@pytest.mark.browser
def test_two_columns_filled_down_beside_the_heading(open_example) -> None:
    page = open_example("most_requested/default", width=1280)
    layout = page.evaluate(_LAYOUT)
    assert layout["heading"]["right"] <= layout["list"]["left"], "heading to the left"
    assert len(layout["lefts"]) == 2, "two columns"
    tops = layout["tops"]
    # Down the first column (links 1-3), then the second (4-6), rows side by side.
    assert tops[0] < tops[1] < tops[2] and tops[3] < tops[4] < tops[5]
    assert tops[0] == tops[3], "the columns start on the same line"
    assert layout["bullets"] == "disc", "bullets stay visible"


@pytest.mark.browser
def test_one_column_under_the_heading_on_a_phone(open_example) -> None:
    page = open_example("most_requested/french", "fr", width=320)
    layout = page.evaluate(_LAYOUT)
    assert layout["heading"]["bottom"] <= layout["list"]["top"], "heading above"
    assert len(layout["lefts"]) == 1, "one column"
    assert layout["tops"] == sorted(layout["tops"])


@pytest.mark.browser
def test_two_links_sit_side_by_side(open_example) -> None:
    page = open_example("most_requested/two-links", width=1280)
    layout = page.evaluate(_LAYOUT)
    assert len(layout["lefts"]) == 2 and layout["tops"][0] == layout["tops"][1]
