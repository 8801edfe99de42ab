"""task_list: each task that can be started is one link, described by its hint and status;
the row is its click target; statuses are built in (both languages) or custom; a bad item,
status or colour is a ParamError."""

from __future__ import annotations

import re

import pytest

import gcds

TASKS = [
    {"title": "Personal information", "href": "/en/apply/personal", "status": "completed"},
    {
        "title": "Employment history",
        "href": "/en/apply/employment",
        "hint": "Your employers in the last 52 weeks",
        "status": "in_progress",
    },
    {"title": "Review and submit", "status": "cannot_start_yet"},
]


def _render(items=TASKS, **params) -> str:
    return str(gcds.render("task_list", items=items, **params))


def test_links_are_described_by_their_hint_and_status() -> None:
    html = _render(id="ei")
    assert html.startswith('<ul class="gcds-task-list" id="ei">')
    assert (
        '<a class="gcds-task-list__link" href="/en/apply/personal" '
        'aria-describedby="ei-1-status">Personal information</a>'
    ) in html
    assert 'aria-describedby="ei-2-hint ei-2-status">Employment history</a>' in html
    assert '<div class="gcds-task-list__hint" id="ei-2-hint">' in html
    assert 'id="ei-2-status"><strong class="gcds-tag gcds-tag--blue">In progress</strong>' in html
    # Without an id, the ids start "task-list".
    assert 'aria-describedby="task-list-1-status"' in _render()


def test_a_task_that_cannot_start_is_not_a_link() -> None:
    html = _render()
    last = html.split("<li")[-1]
    assert "<a" not in last and 'class="gcds-task-list__item"' in last
    assert '<div class="gcds-task-list__name">Review and submit</div>' in last
    assert "gcds-task-list__status--cannot-start-yet" in last
    # Exactly one interactive element per startable task, none nested.
    assert html.count("<a ") == 2 and "<button" not in html


STATUSES = {
    "completed": ("Completed", "Terminé", None),
    "in_progress": ("In progress", "En cours", "blue"),
    "not_started": ("Not yet started", "Pas encore commencé", "grey"),
    "incomplete": ("Incomplete", "Incomplet", "yellow"),
    "cannot_start_yet": ("Cannot start yet", "Pas encore disponible", None),
}


@pytest.mark.parametrize("status", STATUSES)
def test_built_in_statuses(status: str) -> None:
    en, fr, color = STATUSES[status]
    for lang, words in (("en", en), ("fr", fr)):
        html = str(
            gcds.render(
                "task_list", lang=lang, items=[{"title": "T", "href": "/t", "status": status}]
            )
        )
        status_html = html.split('id="task-list-1-status">')[1].split("</div>")[0]
        if color:
            assert status_html == f'<strong class="gcds-tag gcds-tag--{color}">{words}</strong>'
        else:
            assert status_html == words


def test_custom_statuses_and_strings() -> None:
    html = _render(
        [
            {
                "title": "Owners",
                "href": "/o",
                "status": {"text": "There’s a problem", "color": "red"},
            },
            {"title": "GST/HST", "href": "/g", "status": {"text": "Optional"}},
            {"title": "Payroll", "href": "/p", "status": "completed"},
        ],
        strings={"completed": "Done"},
    )
    assert '<strong class="gcds-tag gcds-tag--red">There’s a problem</strong>' in html
    assert 'id="task-list-2-status">Optional</div>' in html
    assert 'id="task-list-3-status">Done</div>' in html


BAD = [
    ([], "is empty"),
    (["Personal information"], r"items\[0\] must be a dict"),
    ([{"href": "/a", "status": "completed"}], r"items\[0\] needs a 'title'"),
    ([{"title": "A", "href": "/a", "status": "completed", "url": "/b"}], r"unknown key 'url'"),
    ([{"title": "A", "href": "/a"}], r"items\[0\]\.status is missing"),
    ([{"title": "A", "href": "/a", "status": "done"}], r"status \"done\".*completed, in_progress"),
    ([{"title": "A", "href": "/a", "status": {"label": "Done"}}], r"status: unknown key 'label'"),
    ([{"title": "A", "href": "/a", "status": {"color": "red"}}], r"status needs a 'text'"),
    (
        [{"title": "A", "href": "/a", "status": {"text": "Done", "color": "orange"}}],
        r"status\.color \"orange\" is not a tag colour",
    ),
    ([{"title": "A", "href": 5, "status": "completed"}], r"href must be a URL"),
    ([{"title": "A", "href": "javascript:go()", "status": "completed"}], r"javascript:"),
]


@pytest.mark.parametrize("items, message", BAD)
def test_bad_items_raise(items, message: str) -> None:
    with pytest.raises(gcds.ParamError, match=r"task_list.*'items'") as error:
        _render(items)
    assert re.search(message, str(error.value)), str(error.value)


@pytest.mark.browser
@pytest.mark.parametrize("width", [320, 1280])
def test_the_whole_row_is_the_link(open_example, width: int) -> None:
    page = open_example("task_list/with-hints", width=width)
    page.route("**/en/passport/renew/**", lambda route: route.fulfill(body="<title>Task</title>"))
    # Every task row but the last is one Tab stop: its link.
    links = page.locator(".gcds-task-list__link")
    assert links.count() == 3
    # A click on the row's status, away from the link's words, follows the link.
    status = page.locator("#passport-renewal-2-status")
    link_box = links.nth(1).bounding_box()
    status_box = status.bounding_box()
    assert status_box["y"] >= link_box["y"] + link_box["height"] or (
        status_box["x"] >= link_box["x"] + link_box["width"]
    )
    # The link's box covers the row: what is under the pointer there is the link.
    x, y = status_box["x"] + status_box["width"] / 2, status_box["y"] + status_box["height"] / 2
    assert page.evaluate("([x, y]) => document.elementFromPoint(x, y).className", [x, y]) == (
        "gcds-task-list__link"
    )
    with page.expect_navigation():
        page.mouse.click(x, y)
    assert page.url.endswith("/en/passport/renew/current-passport")


@pytest.mark.browser
def test_a_row_that_cannot_start_does_nothing(open_example) -> None:
    page = open_example("task_list/application")
    url = page.url
    page.locator("#ei-application-5-status").click()
    page.locator(".gcds-task-list__name").click()
    assert page.url == url
    assert page.evaluate("document.activeElement === document.body")
