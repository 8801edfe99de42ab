"""contact_band: at most three contact links, the main contact first, in a row from md."""

from __future__ import annotations

import re

import pytest

import gcds

from .specdata import EXAMPLES

LINKS = [{"text": f"Contact {n}", "href": f"/contact-{n}"} for n in range(1, 5)]


def _error(**params) -> str:
    with pytest.raises(gcds.ParamError) as info:
        gcds.render("contact_band", **params)
    message = str(info.value)
    assert message.startswith("gcds.contact_band") and "'items'" in message, message
    return message


def test_at_most_three_links() -> None:
    assert str(gcds.render("contact_band", items=LINKS[:3])).count("<a ") == 3
    message = _error(items=LINKS)
    assert "at most 3" in message and "not 4" in message


@pytest.mark.parametrize(
    "items, expected",
    [
        ([], "at least one link"),
        ([{"text": "Contact us"}], r"items\[0\] needs 'href'"),
        ([{"href": "/contact"}], r"items\[0\] needs 'text'"),
        (
            [LINKS[0], {"text": "Contact", "href": "/c", "note": "x"}],
            r"items\[1\]: unknown key 'note'",
        ),
        (["Contact us"], r"items\[0\] must be a dict"),
    ],
)
def test_bad_links_are_refused(items, expected: str) -> None:
    assert re.search(expected, _error(items=items))


def test_the_links_keep_their_order_under_the_heading() -> None:
    html = str(gcds.render("contact_band", items=LINKS[:3], lang="fr"))
    assert re.findall(r'href="([^"]+)"', html) == ["/contact-1", "/contact-2", "/contact-3"]
    assert ">Contactez-nous</h2>" in html


def test_the_zebra_example_follows_a_band_gcds_renders() -> None:
    example = next(e for e in EXAMPLES if e.id == "contact_band/zebra")
    before = example.wrap.split("{content}", 1)[0].strip()
    links = re.findall(r'href="([^"]+)">([^<]+)</a>', before)
    expected = gcds.render("contact_band", items=[{"text": t, "href": h} for h, t in links])
    assert re.sub(r"\s+", " ", before) == re.sub(r"\s+", " ", str(expected))


_ROW = """() => [...document.querySelectorAll('.gcds-contact-band__item')]
  .map(i => { const b = i.getBoundingClientRect(); return [Math.round(b.left), Math.round(b.top)]; })"""


@pytest.mark.browser
def test_a_row_of_three_on_large_screens_a_column_on_phones(open_example) -> None:
    wide = open_example("contact_band/default", width=1280).evaluate(_ROW)
    assert len({top for _, top in wide}) == 1 and [x for x, _ in wide] == sorted(
        {x for x, _ in wide}
    )
    narrow = open_example("contact_band/default", width=320).evaluate(_ROW)
    assert len({left for left, _ in narrow}) == 1
    assert [top for _, top in narrow] == sorted(top for _, top in narrow)


@pytest.mark.browser
def test_zebra_bands_touch(open_example) -> None:
    page = open_example("contact_band/zebra", width=1280)
    bands = page.evaluate(
        """() => [...document.querySelectorAll('.gcds-contact-band')].map(b => {
          const box = b.getBoundingClientRect();
          return {top: box.top, bottom: box.bottom, bg: getComputedStyle(b).backgroundColor}; })"""
    )
    assert abs(bands[0]["bottom"] - bands[1]["top"]) < 1
    assert bands[0]["bg"] == "rgb(245, 245, 245)" and bands[1]["bg"] == "rgb(255, 255, 255)"
