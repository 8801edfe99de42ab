"""exit_this_page without JavaScript: a real link, styled as a red button, to a neutral page
(Government of Canada weather in the page language, or the service's choice), that sticks
to the top of the window while the page scrolls."""

from __future__ import annotations

import pytest

import gcds

from .keyboard import tab_to

NEUTRAL = {"en": "https://weather.gc.ca/", "fr": "https://meteo.gc.ca/"}
EXAMPLE = {"en": "exit_this_page/default", "fr": "exit_this_page/french"}
NAME = {"en": "Emergency Exit this page", "fr": "Urgence Quitter cette page"}


def test_a_link_to_a_neutral_page_in_the_page_language() -> None:
    for lang, url in NEUTRAL.items():
        html = str(gcds.render("exit_this_page", lang=lang))
        assert f'<a href="{url}" class="gcds-button gcds-button--danger' in html
        assert 'rel="nofollow noreferrer"' in html
    custom = str(gcds.render("exit_this_page", href="https://www.canada.ca/en.html", text="Leave"))
    assert 'href="https://www.canada.ca/en.html"' in custom
    assert '<span class="gcds-exit-this-page__emergency">Emergency </span>Leave<' in custom


def test_the_script_gets_its_words_from_the_markup() -> None:
    html = str(gcds.render("exit_this_page", lang="fr"))
    assert 'data-gcds-module="exit_this_page"' in html
    assert 'data-activated="Chargement en cours."' in html
    assert 'data-press-two="Appuyez encore 2 fois sur Maj pour quitter."' in html
    assert 'data-press-one="Appuyez encore une fois sur Maj pour quitter."' in html
    assert 'data-timed-out="Délai écoulé. Appuyez 3 fois sur Maj pour quitter cette page."' in html
    # The count's dots are not shown until the script counts; the status starts empty.
    assert 'aria-hidden="true" hidden>' in html
    assert '<span class="gcds-exit-this-page__status" role="status"></span>' in html


@pytest.mark.parametrize("href", ["javascript:void(0)", "data:text/html,hi"])
def test_a_script_url_is_refused(href: str) -> None:
    with pytest.raises(gcds.ParamError, match=r"exit_this_page.*'href'"):
        gcds.render("exit_this_page", href=href)


def neutral_site(page, lang: str) -> None:
    """Serve the neutral page locally (the tests have no network)."""
    page.route(
        NEUTRAL[lang] + "**",
        lambda route: route.fulfill(content_type="text/html", body="<title>Weather</title>"),
    )


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_without_javascript_it_is_a_plain_link(open_example, site, lang: str) -> None:
    page = open_example(EXAMPLE[lang], lang, js=False)
    neutral_site(page, lang)
    link = page.get_by_role("link", name=NAME[lang], exact=True)
    assert link.get_attribute("href") == NEUTRAL[lang]
    tab_to(page, "el.classList.contains('gcds-exit-this-page__button')")
    before = page.evaluate("history.length")
    page.keyboard.press("Enter")
    page.wait_for_url(NEUTRAL[lang])
    # An ordinary link: a new history entry (the page says how to clear the history).
    assert page.evaluate("history.length") == before + 1


@pytest.mark.browser
@pytest.mark.parametrize("width", [320, 1280])
def test_it_sticks_to_the_top_while_the_page_scrolls(open_example, width: int) -> None:
    page = open_example("exit_this_page/default", width=width, js=False)
    page.set_viewport_size({"width": width, "height": 400})
    button = page.locator(".gcds-exit-this-page__button")
    start = button.bounding_box()
    assert start["y"] > 0
    if width == 320:
        # Full width in the page column on small screens.
        column = page.locator("#example").bounding_box()
        assert abs(start["width"] - column["width"]) < 1
    else:
        # At the right of the column from md up.
        column = page.locator("#example").bounding_box()
        assert abs(start["x"] + start["width"] - (column["x"] + column["width"])) < 1
    page.evaluate("window.scrollTo(0, 250)")
    assert page.evaluate("window.scrollY") == 250
    stuck = button.bounding_box()
    assert 0 <= stuck["y"] < start["y"], (start, stuck)
    assert stuck["y"] <= 16
