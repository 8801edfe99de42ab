"""featured_link: one link under a hidden h2, the whole band clickable with CSS only, its
description still selectable; the colour names its pair of the build's contrast check."""

from __future__ import annotations

import re

import pytest

import gcds

from .specdata import ROOT, SPECS

COLORS = next(p for p in SPECS["featured_link"]["params"] if p["name"] == "color")["values"]


def test_one_link_under_a_hidden_heading() -> None:
    html = str(gcds.render("featured_link", text="Remembrance Day", href="/remembrance"))
    assert html.count("<a ") == 1 and html.count("<h2 ") == 1
    assert '<h2 class="gcds-featured-link__heading">Spotlight on</h2>' in html
    french = str(gcds.render("featured_link", text="Jour du Souvenir", href="/souvenir", lang="fr"))
    assert ">Pleins feux sur</h2>" in french


@pytest.mark.parametrize("color", COLORS)
def test_white_links_on_the_dark_colours_only(color: str) -> None:
    html = str(gcds.render("featured_link", text="Budget", href="/budget", color=color))
    assert f"gcds-featured-link--{color}" in html
    light_link = re.search(r'<a class="gcds-link gcds-link--light\b', html) is not None
    assert light_link is (color != "light")


def test_every_colour_is_in_the_contrast_check() -> None:
    """Each colour the spec offers is a key of $gcds-featured-link-colors, whose pairs the CSS
    build checks (styles/_settings.scss)."""
    settings = (ROOT / "styles" / "_settings.scss").read_text(encoding="utf-8")
    block = re.search(r"\$gcds-featured-link-colors: \((.*?)\) !default;", settings, re.S)[1]
    assert set(re.findall(r"^\s*(\w+):", block, re.M)) == set(COLORS)


# What a click lands on 5 px from the band's right edge, halfway down.
_FAR_RIGHT = """() => {
  const box = document.querySelector('.gcds-featured-link').getBoundingClientRect();
  return document.elementFromPoint(box.right - 5, box.top + box.height / 2).className;
}"""


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_the_whole_band_is_the_link(open_example, js: bool) -> None:
    page = open_example("featured_link/with-description", js=js, width=1280)
    # Far right of the band, nowhere near the link's text: still the link.
    assert "gcds-featured-link__link" in page.evaluate(_FAR_RIGHT)
    # The description is above the link's layer: its text can be selected.
    text = page.evaluate(
        """() => { const p = document.querySelector('.gcds-featured-link__description');
          const b = p.getBoundingClientRect();
          return document.elementFromPoint(b.left + 5, b.top + b.height / 2).className; }"""
    )
    assert text == "gcds-featured-link__description"
