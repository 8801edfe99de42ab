"""intro: the page's h1 and description; an image needs its alt text; a decorative image is left
out on small screens, an informative one never; no text sits over the full-width image."""

from __future__ import annotations

import re

import pytest

import gcds

BASE = {"title": "Canada Revenue Agency", "description": "We administer tax laws."}


def _error(param: str, **params) -> str:
    with pytest.raises(gcds.ParamError) as info:
        gcds.render("intro", **{**BASE, **params})
    message = str(info.value)
    assert message.startswith("gcds.intro") and f"'{param}'" in message, message
    return message


def test_an_image_needs_its_alt_text() -> None:
    assert "describe what the image shows" in _error("image_alt", image="/city.svg")
    assert "only used with 'image'" in _error("image_alt", image_alt="")
    assert "only used with 'image'" in _error("image_width", image_width="half")


@pytest.mark.parametrize(
    "supertask, expected",
    [
        ({"text": "Sign in"}, "needs 'text' and 'href'"),
        ({"href": "/sign-in"}, "needs 'text' and 'href'"),
        ({"text": "", "href": "/sign-in"}, "needs 'text' and 'href'"),
        ({"text": "Sign in", "url": "/sign-in"}, "unknown key 'url'"),
    ],
)
def test_a_supertask_needs_text_and_href(supertask, expected: str) -> None:
    assert expected in _error("supertask", supertask=supertask)


def test_the_title_is_the_only_h1_with_the_red_bar() -> None:
    html = str(gcds.render("intro", **BASE, supertask={"text": "Sign in", "href": "/in"}))
    assert re.findall(r"<h[1-6]\b", html) == ["<h1"]
    assert "gcds-heading--border-strong" in html
    assert 'class="gcds-button gcds-button--start"' in html and 'href="/in"' in html


def test_decorative_or_not_is_a_class() -> None:
    decorative = str(gcds.render("intro", **BASE, image="/city.svg", image_alt=""))
    told = str(gcds.render("intro", **BASE, image="/city.svg", image_alt="A city by the water"))
    assert "gcds-intro--decorative" in decorative and 'alt=""' in decorative
    assert "gcds-intro--decorative" not in told and 'alt="A city by the water"' in told
    assert "gcds-intro--image-full" in told
    half = gcds.render("intro", **BASE, image="/c.svg", image_alt="", image_width="half")
    assert "gcds-intro--image-half" in str(half)


_SHOWN = "() => document.querySelector('.gcds-intro__image').checkVisibility()"


@pytest.mark.browser
@pytest.mark.parametrize(
    "example, width, shown",
    [
        ("intro/full-width-image", 320, False),
        ("intro/full-width-image", 1000, False),
        ("intro/full-width-image", 1280, True),
        ("intro/half-width-image", 320, False),
        ("intro/half-width-image", 1280, True),
        ("intro/informative-image", 320, True),
        ("intro/informative-image", 1280, True),
    ],
)
def test_only_decorative_images_are_left_out_on_small_screens(
    open_example, example: str, width: int, shown: bool
) -> None:
    page = open_example(example, width=width)
    assert page.evaluate(_SHOWN) is shown


_BOXES = """() => {
  const box = sel => document.querySelector(sel).getBoundingClientRect().toJSON();
  return {band: box('.gcds-intro'), text: box('.gcds-intro__text'), image: box('.gcds-intro__image')};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("width", [1024, 1280, 1920])
def test_no_text_over_the_full_width_image(open_example, width: int) -> None:
    page = open_example("intro/french", "fr", width=width)
    boxes = page.evaluate(_BOXES)
    assert boxes["text"]["right"] <= boxes["image"]["left"], boxes
    assert abs(boxes["image"]["right"] - boxes["band"]["right"]) < 1, "the image reaches the edge"
    assert abs(boxes["image"]["height"] - boxes["band"]["height"]) < 1, "it fills the band"


@pytest.mark.browser
def test_the_half_width_image_is_beside_the_text(open_example) -> None:
    page = open_example("intro/french-half-width-image", "fr", width=1280)
    boxes = page.evaluate(_BOXES)
    assert boxes["text"]["right"] <= boxes["image"]["left"]
    assert boxes["image"]["width"] == 520
