"""subway: its rules (ParamError), the step page's heading, current page and pager, and the
layout, CSS only: the pages beside the content on large screens, above it on small ones."""

from __future__ import annotations

import re

import pytest
import yaml
from markupsafe import Markup

import gcds

GUIDE = "Employment Insurance regular benefits"
SECTIONS = [
    {"text": "Overview", "href": "/ei", "description": "Who can get regular benefits."},
    {"text": "Eligibility", "href": "/ei/eligibility", "description": "The conditions."},
    {"text": "Apply", "href": "/ei/apply", "description": "How to apply online."},
]
CONTENT = Markup("<p>Apply as soon as you stop working.</p>")


def _step(current: str = "/ei/eligibility", lang: str = "en", **params) -> str:
    params = {"title": GUIDE, "sections": SECTIONS, **params}
    return str(
        gcds.render("subway", mode="step", current=current, lang=lang, caller=CONTENT, **params)
    )


def _raises(match: str, caller=CONTENT, **params) -> None:
    params = {"title": GUIDE, "sections": SECTIONS, **params}
    with pytest.raises(gcds.ParamError, match=match):
        gcds.render("subway", caller=caller, **params)


def _name(html: str) -> str:
    """The heading's text as read: without its aria-hidden part."""
    inner = re.search(r"<h1[^>]*>(.*?)</h1>", html)[1]
    inner = re.sub(r'<span[^>]*aria-hidden="true"[^>]*>.*?</span>', "", inner)
    return re.sub(r"<[^>]+>", "", inner)


@pytest.mark.parametrize(
    "lang, current, expected",
    [
        ("en", "/ei/eligibility", f"{GUIDE}: Eligibility"),
        ("fr", "/ei/apply", f"{GUIDE}\u00a0: Apply"),
    ],
)
def test_the_step_heading_reads_the_guide_a_colon_and_the_page(lang, current, expected) -> None:
    html = _step(current, lang)
    assert html.count("<h1") == 1
    assert _name(html) == expected
    # What is seen: the guide's name over the page title.
    assert f'<span class="gcds-subway__guide" aria-hidden="true">{GUIDE}</span>' in html
    assert '<span class="gcds-subway__page">' + current.split("/")[-1].title() in html


def test_the_current_page_is_marked_and_is_not_a_link() -> None:
    html = _step("/ei/eligibility")
    nav = re.search(r'<nav class="gcds-subway__nav".*?</nav>', html, flags=re.S)[0]
    assert '<span class="gcds-subway__current" aria-current="page">Eligibility</span>' in nav
    assert 'href="/ei/eligibility"' not in nav
    assert nav.count("<a ") == len(SECTIONS) - 1
    assert nav.count("aria-current") == 1


def test_the_pages_are_a_nav_named_by_its_visible_heading() -> None:
    html = _step(id="ei-guide")
    assert '<div class="gcds-subway gcds-subway--step" id="ei-guide">' in html
    assert '<nav class="gcds-subway__nav" aria-labelledby="ei-guide-sections">' in html
    assert '<h2 class="gcds-subway__sections" id="ei-guide-sections">Sections</h2>' in html
    assert 'aria-labelledby="gcds-subway-sections"' in _step()


def _pager(html: str) -> list[tuple[str, str]]:
    pager = re.search(r'<nav class="gcds-pagination[^"]*"[^>]*>.*?</nav>', html, flags=re.S)[0]
    return re.findall(r'href="([^"]+)" rel="(prev|next)"', pager)


@pytest.mark.parametrize(
    "current, expected",
    [
        ("/ei", [("/ei/eligibility", "next")]),
        ("/ei/eligibility", [("/ei", "prev"), ("/ei/apply", "next")]),
        ("/ei/apply", [("/ei/eligibility", "prev")]),
    ],
)
def test_previous_and_next_leave_out_what_is_not_there(current, expected) -> None:
    html = _step(current)
    assert _pager(html) == expected
    assert 'aria-label="Document navigation"' in html


def test_the_pager_reads_previous_and_next_with_the_page_in_french() -> None:
    html = _step("/ei/eligibility", "fr", strings={"pager": "Navigation du guide"})
    assert 'aria-label="Navigation du guide"' in html
    hidden = re.findall(r'<span class="gcds-u-visually-hidden">([^<]+)</span>', html)
    assert "Précédent\u00a0:" in hidden and "Suivant\u00a0:" in hidden


def test_the_index_page_lists_every_page_with_its_description() -> None:
    html = str(gcds.render("subway", title=GUIDE, sections=SECTIONS, caller=CONTENT))
    assert re.search(
        r"<h1 class=\"gcds-subway__title\">Employment Insurance regular benefits</h1>", html
    )
    assert '<div class="gcds-subway__intro"><p>Apply as soon' in html
    links = re.findall(
        r'<a class="gcds-subway__link" href="([^"]+)">([^<]+)</a>\s*<p class="gcds-subway__description">([^<]+)</p>',
        html,
    )
    assert links == [(s["href"], s["text"], s["description"]) for s in SECTIONS]
    assert "aria-current" not in html and "gcds-pagination" not in html


def test_one_list_of_sections_serves_the_index_and_every_step_page() -> None:
    """Descriptions are only shown on the index page; step pages take them and leave them out."""
    html = _step()
    assert "Who can get regular benefits" not in html


@pytest.mark.parametrize(
    "params, caller, match",
    [
        (
            {"mode": "step", "current": "/ei/other"},
            CONTENT,
            r"'current': /ei/other is not the href of one of the sections",
        ),
        ({"mode": "step"}, CONTENT, r"'current': is required for a step page"),
        ({"mode": "step", "current": "/ei"}, None, r"'caller': a step page needs its content"),
        ({"current": "/ei"}, CONTENT, r"'current': is for a step page"),
        ({"sections": SECTIONS[:1]}, CONTENT, r"'sections': a guide has 2 to 8 pages.*not 1"),
        (
            {"sections": [dict(SECTIONS[0], href=f"/p{i}") for i in range(9)]},
            CONTENT,
            r"Canada.ca maximum is 8\), not 9",
        ),
        (
            {"sections": [SECTIONS[0], {"text": "Apply", "href": "/ei/apply"}]},
            CONTENT,
            r"sections\[1\] needs a 'description' on the index page",
        ),
        (
            {"sections": [SECTIONS[0], SECTIONS[0]]},
            CONTENT,
            r"sections\[1\]\.href /ei is already a page of the guide",
        ),
        (
            {"sections": [SECTIONS[0], {"text": "Apply"}]},
            CONTENT,
            r"sections\[1\] needs 'text' and 'href'",
        ),
        (
            {"sections": [SECTIONS[0], dict(SECTIONS[1], descripton="x")]},
            CONTENT,
            r"sections\[1\]: unknown key 'descripton'",
        ),
        ({"sections": [SECTIONS[0], "Apply"]}, CONTENT, r"sections\[1\] needs 'text' and 'href'"),
        ({"mode": "steps"}, CONTENT, r"'mode': 'steps' is not one of the allowed values"),
    ],
)
def test_what_is_refused(params, caller, match) -> None:
    _raises(match, caller=caller, **params)


def test_a_step_page_does_not_need_descriptions() -> None:
    sections = [{"text": s["text"], "href": s["href"]} for s in SECTIONS]
    assert "gcds-subway--step" in _step(sections=sections)


def test_eight_pages_is_the_most() -> None:
    sections = [dict(SECTIONS[0], href=f"/p{i}") for i in range(8)]
    html = str(gcds.render("subway", title=GUIDE, sections=sections))
    assert html.count('class="gcds-subway__item"') == 8


def _boxes(page) -> dict[str, dict[str, float]]:
    return page.evaluate(
        """() => Object.fromEntries(["title", "nav", "content"].map((part) => {
            const r = document.querySelector(".gcds-subway__" + part).getBoundingClientRect();
            return [part, {left: r.left, right: r.right, top: r.top, bottom: r.bottom}];
        }))"""
    )


@pytest.mark.browser
@pytest.mark.parametrize("example, lang", [("subway/step", "en"), ("subway/french-step", "fr")])
def test_the_pages_are_beside_the_content_on_large_screens_and_above_it_on_small(
    open_example, example, lang
) -> None:
    """CSS only, with JavaScript off: a side column from 1024 px; at 320 px the list
    comes between the title and the content, as it does in the reading order."""
    wide = _boxes(open_example(example, lang, js=False, width=1280))
    assert wide["nav"]["left"] >= wide["content"]["right"], wide
    assert wide["nav"]["left"] >= wide["title"]["right"], wide
    assert abs(wide["nav"]["top"] - wide["title"]["top"]) < 2, wide
    narrow = _boxes(open_example(example, lang, js=False, width=320))
    assert narrow["title"]["bottom"] <= narrow["nav"]["top"] < narrow["content"]["top"], narrow
    assert narrow["nav"]["left"] == narrow["content"]["left"], narrow


def _focused(page) -> str:
    """The focused element's role and name, as Playwright's aria snapshot gives them."""
    (node,) = yaml.safe_load(page.locator(":focus").aria_snapshot())
    return next(iter(node)) if isinstance(node, dict) else node


@pytest.mark.browser
def test_tab_goes_through_the_pages_then_the_content_then_the_pager(open_example) -> None:
    page = open_example("subway/step", "en", js=False, width=1280)
    names = []
    for _ in range(7):
        page.keyboard.press("Tab")
        names.append(_focused(page))
    assert names == [
        'link "Overview"',
        'link "Eligibility"',
        'link "How much you could receive"',
        # "Apply" is the page being shown: not a link, not a Tab stop.
        'link "After you apply"',
        'link "While receiving benefits"',
        'link "Previous: How much you could receive"',
        'link "Next: After you apply"',
    ]
