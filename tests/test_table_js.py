"""table: sorting by keyboard (EN/FR), server-sorted state, no-JS baseline and the scroll region."""

from __future__ import annotations

import pytest

import gcds
from gcds.examples import page as page_html

from .keyboard import tab_to

CSS, JS = "/static/gcds/css/gcds.css", "/static/gcds/js/gcds.js"
SORT = ".gcds-table__sort"
STATUS = ".gcds-table [role=status]"


def _column(page, index: int) -> list[str]:
    return page.evaluate(
        f"[...document.querySelectorAll('.gcds-table__body tr')].map(r => r.cells[{index}].textContent)"
    )


def _aria_sort(page) -> list[str | None]:
    return page.evaluate(
        "[...document.querySelectorAll('.gcds-table__head th')].map(th => th.getAttribute('aria-sort'))"
    )


def _focused_button(page) -> str:
    return page.evaluate(
        "document.activeElement.matches('.gcds-table__head th > button.gcds-table__sort')"
        " ? document.activeElement.textContent.trim() : ''"
    )


def _visible_arrows(page, column: int) -> list[str]:
    """The arrows drawn in a column header (up, down), as the user sees them."""
    return page.evaluate(
        f"""[...document.querySelectorAll('.gcds-table__head th')[{column}]
              .querySelectorAll('.gcds-table__sort-up, .gcds-table__sort-down')]
              .filter(p => p.getBoundingClientRect().height > 0)
              .map(p => p.classList.contains('gcds-table__sort-up') ? 'up' : 'down')"""
    )


# The sortable examples (given order, then sorted by Amount, then by Benefit).
CASES = {
    "en": {
        "example": "table/sortable",
        "amount": "Amount",
        "benefit": "Benefit",
        "given": ["$512.33", "$899.67", "$129.50", "$1,250.00", "$727.67"],
        "ascending": ["$129.50", "$512.33", "$727.67", "$899.67", "$1,250.00"],
        "benefits": [
            "Canada Child Benefit",
            "Canada Pension Plan",
            "Employment Insurance",
            "GST/HST credit",
            "Old Age Security",
        ],
        "said": ("Sorted by Amount, ascending", "Sorted by Amount, descending"),
        "said_benefit": "Sorted by Benefit, ascending",
    },
    "fr": {
        "example": "table/french-sortable",
        "amount": "Montant",
        "benefit": "Prestation",
        "given": [
            "512,33\u00a0$",
            "899,67\u00a0$",
            "129,50\u00a0$",
            "1\u00a0250,00\u00a0$",
            "727,67\u00a0$",
        ],
        "ascending": [
            "129,50\u00a0$",
            "512,33\u00a0$",
            "727,67\u00a0$",
            "899,67\u00a0$",
            "1\u00a0250,00\u00a0$",
        ],
        "benefits": [
            "Allocation canadienne pour enfants",
            "Assurance-emploi",
            "Crédit pour la TPS/TVH",
            "Régime de pensions du Canada",
            "Sécurité de la vieillesse",
        ],
        "said": ("Trié par Montant, en ordre croissant", "Trié par Montant, en ordre décroissant"),
        "said_benefit": "Trié par Prestation, en ordre croissant",
    },
}


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sort_by_keyboard(open_example, lang) -> None:
    case = CASES[lang]
    page = open_example(case["example"], lang)
    assert _column(page, 2) == case["given"]
    pairs = dict(zip(_column(page, 1), _column(page, 2), strict=True))
    assert _aria_sort(page) == [None, None, None]
    assert page.text_content(STATUS) == ""
    assert page.locator(SORT).count() == 3
    assert _visible_arrows(page, 2) == ["up", "down"]

    tab_to(page, f"el.textContent.trim() === {case['amount']!r} && el.tagName === 'BUTTON'")
    page.keyboard.press("Enter")
    # "1 250,00 $" after "899,67 $": the rows sort by data-sort-value, not by the text.
    assert _column(page, 2) == case["ascending"]
    assert _aria_sort(page) == [None, None, "ascending"]
    assert page.text_content(STATUS) == case["said"][0]
    assert _focused_button(page) == case["amount"]
    assert _visible_arrows(page, 2) == ["up"]

    page.keyboard.press("Space")
    assert _column(page, 2) == case["ascending"][::-1]
    assert _aria_sort(page) == [None, None, "descending"]
    assert page.text_content(STATUS) == case["said"][1]
    assert _focused_button(page) == case["amount"]
    assert _visible_arrows(page, 2) == ["down"]

    page.keyboard.press("Shift+Tab")
    assert _focused_button(page) == case["benefit"]
    page.keyboard.press("Enter")
    assert _column(page, 1) == case["benefits"]
    assert _aria_sort(page) == [None, "ascending", None]
    assert page.text_content(STATUS) == case["said_benefit"]
    # Whole rows move: each amount stays with its benefit.
    assert dict(zip(_column(page, 1), _column(page, 2), strict=True)) == pairs
    # Back to both arrows on the column no longer sorted.
    assert _visible_arrows(page, 2) == ["up", "down"]


@pytest.mark.browser
def test_sort_by_date_with_the_mouse_too(open_example) -> None:
    page = open_example("table/sortable")
    page.get_by_role("button", name="Date").click()
    assert _column(page, 0) == [
        "January 3, 2025",
        "January 29, 2025",
        "February 12, 2025",
        "March 20, 2025",
        "April 4, 2025",
    ]
    assert _aria_sort(page) == ["ascending", None, None]


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False])
def test_server_sorted_column(open_example, js) -> None:
    page = open_example("table/server-sorted", js=js)
    given = _column(page, 0)
    assert given[0] == "April 4, 2025" and given[-1] == "January 3, 2025"
    assert _aria_sort(page) == ["descending", None, None]
    assert _visible_arrows(page, 0) == ["down"]
    if not js:
        return
    # The first press on the server-sorted column turns the order round.
    tab_to(page, "el.textContent.trim() === 'Date' && el.tagName === 'BUTTON'")
    page.keyboard.press("Enter")
    assert _column(page, 0) == given[::-1]
    assert _aria_sort(page) == ["ascending", None, None]
    assert page.text_content(STATUS) == "Sorted by Date, ascending"


@pytest.mark.browser
def test_french_server_sorted_and_strings_override(open_example) -> None:
    page = open_example("table/french-server-sorted-compact", "fr")
    assert _aria_sort(page) == [None, "ascending"]
    tab_to(page, "el.textContent.trim() === 'Délai (jours ouvrables)'")
    page.keyboard.press("Enter")
    assert _column(page, 1) == ["20", "20", "10"]
    assert _aria_sort(page) == [None, "descending"]
    assert page.text_content(STATUS) == "Trié par Délai (jours ouvrables), en ordre décroissant"

    page = open_example("table/custom-strings")
    tab_to(page, "el.textContent.trim() === 'Weeks paid'")
    page.keyboard.press("Enter")
    assert _column(page, 2) == ["9", "14", "35"]  # numbers as numbers, not "14" < "35" < "9"
    assert page.text_content(STATUS) == "Claims sorted by Weeks paid, oldest or lowest first"


@pytest.mark.browser
def test_only_sortable_columns_get_buttons(open_example) -> None:
    page = open_example("table/sortable-columns")
    buttons = page.evaluate(
        "[...document.querySelectorAll('.gcds-table__head th')].map(th => !!th.querySelector('button'))"
    )
    assert buttons == [True, False, True]
    tab_to(page, "el.textContent.trim() === 'Distance (km)'")
    page.keyboard.press("Enter")
    assert _column(page, 2) == ["2.4", "6.8", "11", "22.5"]
    page.keyboard.press("Enter")
    assert _column(page, 2) == ["22.5", "11", "6.8", "2.4"]
    # Row headers sort with their row.
    assert _column(page, 0) == ["Kanata", "Ottawa East", "Gatineau", "Ottawa Downtown"]
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    assert _column(page, 0) == ["Gatineau", "Kanata", "Ottawa Downtown", "Ottawa East"]
    assert _aria_sort(page) == ["ascending", None, None]


def _names_table(lang: str) -> str:
    """A French or English page with names and counts that only sort well by locale rules."""
    table = gcds.render(
        "table",
        lang=lang,
        id="names",
        caption="Noms" if lang == "fr" else "Names",
        sortable=True,
        head=["Nom" if lang == "fr" else "Name", {"text": "Nombre", "numeric": True}],
        rows=[["Zoé", "100"], ["émile", "9.5"], ["Eric", "10"], ["Élodie", "-3"], ["adam", "9.25"]],
    )
    return page_html(table, lang=lang, title="Table", heading="Table", css_href=CSS, js_href=JS)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_words_sort_by_language_and_numbers_as_numbers(open_page, lang) -> None:
    page = open_page(_names_table(lang))
    page.locator(SORT).nth(0).click()
    # Accents and case do not push a name to the end (a plain code-point sort would).
    assert _column(page, 0) == ["adam", "Élodie", "émile", "Eric", "Zoé"]
    page.locator(SORT).nth(1).click()
    assert _column(page, 1) == ["-3", "9.25", "9.5", "10", "100"]  # 9.25 < 9.5


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_without_javascript_the_table_is_as_given(open_example, lang) -> None:
    case = CASES[lang]
    page = open_example(case["example"], lang, js=False)
    assert not page.evaluate("document.documentElement.classList.contains('gcds-js')")
    assert page.locator(".gcds-table button").count() == 0
    assert _column(page, 2) == case["given"]
    assert _aria_sort(page) == [None, None, None]
    assert _visible_arrows(page, 2) == []  # no arrows on headers that cannot be pressed
    # The region is the one Tab stop: nothing in the headers takes focus.
    tab_to(page, "el.classList.contains('gcds-table')")
    page.keyboard.press("Tab")
    assert not page.evaluate("!!document.activeElement.closest('.gcds-table')")


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False])
@pytest.mark.parametrize("lang, example", [("en", "table/wide"), ("fr", "table/french-wide")])
def test_scroll_region_by_keyboard_at_320(open_example, lang, example, js) -> None:
    page = open_example(example, lang, js=js, width=320)
    region = page.locator(".gcds-table")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320  # the page does not scroll
    assert page.evaluate(
        "(() => { const r = document.querySelector('.gcds-table'); return r.scrollWidth > r.clientWidth; })()"
    )
    caption_id = region.get_attribute("aria-labelledby")
    assert caption_id and page.locator(f"caption#{caption_id}").count() == 1
    tab_to(page, "el.classList.contains('gcds-table')")
    style = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; })()"
    )
    assert style[0] == "solid" and float(style[1].removesuffix("px")) >= 2
    assert region.evaluate("el => el.scrollLeft") == 0
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    # Polled from here: with JavaScript off, the page runs no timers for wait_for_function.
    for _ in range(50):
        if region.evaluate("el => el.scrollLeft") > 0:
            break
        page.wait_for_timeout(100)
    assert region.evaluate("el => el.scrollLeft") > 0
    # The caption stays in view while the table scrolls under it.
    left = page.evaluate(
        "document.querySelector('.gcds-table__caption-text').getBoundingClientRect().left"
    )
    assert 0 <= left < 320


@pytest.mark.browser
def test_region_is_a_tab_stop_only_while_it_scrolls(open_example) -> None:
    page = open_example("table/wide", width=1280)
    page.wait_for_function("document.querySelector('.gcds-table').tabIndex === -1", timeout=2000)
    page.set_viewport_size({"width": 320, "height": 800})
    page.wait_for_function("document.querySelector('.gcds-table').tabIndex === 0", timeout=2000)
    tab_to(page, "el.classList.contains('gcds-table')")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.wait_for_function("document.querySelector('.gcds-table').tabIndex === -1", timeout=2000)

    # Without JavaScript it always is one, whether it scrolls or not.
    page = open_example("table/simple", js=False, width=1280)
    assert page.get_attribute(".gcds-table", "tabindex") == "0"
    tab_to(page, "el.classList.contains('gcds-table')")


def _render(**params) -> str:
    base = {
        "caption": "Payments",
        "head": ["Date", {"text": "Amount", "numeric": True}],
        "rows": [["March 20, 2025", "$512.33"]],
    }
    return str(gcds.render("table", **{**base, **params}))


def test_headers_scopes_and_region_name() -> None:
    html = _render(id="pay", first_cell_is_header=True)
    assert '<section class="gcds-table" tabindex="0" aria-labelledby="pay-caption"' in html
    assert '<caption id="pay-caption" class="gcds-table__caption">' in html
    assert (
        '<th scope="col" class="gcds-table__header gcds-table__header--numeric">Amount</th>' in html
    )
    assert '<th scope="row" class="gcds-table__header">March 20, 2025</th>' in html
    assert '<td class="gcds-table__cell gcds-table__cell--numeric">$512.33</td>' in html
    # No id: the region is named by the caption's text; no sort strings, buttons or status.
    html = _render(caption='Payments & "credits"')
    assert 'aria-label="Payments &amp; &quot;credits&quot;"' in html
    assert "data-ascending" not in html and 'role="status"' not in html
    html = _render(
        sortable=True,
        sorted={"column": 1, "direction": "descending"},
        rows=[
            [
                {"text": "March 20, 2025", "sort_value": "2025-03-20"},
                {"text": "1", "numeric": False},
            ]
        ],
    )
    assert 'aria-sort="descending" data-sortable>' in html
    assert '<td class="gcds-table__cell" data-sort-value="2025-03-20">' in html
    assert '<td class="gcds-table__cell">1</td>' in html
    assert 'role="status"' in html and 'data-ascending="Sorted by {column}, ascending"' in html


@pytest.mark.parametrize(
    "params, param, message",
    [
        ({"rows": []}, "rows", "at least one row"),
        ({"rows": [["only one cell"]]}, "rows", r"rows\[0\] has 1 cells; every row needs 2"),
        ({"rows": ["not a list"]}, "rows", r"rows\[0\] must be a list of cells"),
        ({"rows": [["a", {"txt": "b"}]]}, "rows", r"rows\[0\]\[1\]: unknown key 'txt'"),
        ({"rows": [["a", {"numeric": True}]]}, "rows", r"rows\[0\]\[1\] needs 'text'"),
        ({"rows": [["a", None]]}, "rows", r"rows\[0\]\[1\] must be text"),
        ({"rows": [["a", {"text": "b", "sort_value": True}]]}, "rows", "sort_value must be"),
        ({"head": ["Date", {"label": "Amount"}]}, "head", r"head\[1\]: unknown key 'label'"),
        ({"head": ["Date", {"numeric": True}]}, "head", r"head\[1\] must be text"),
        ({"head": None, "sortable": True}, "sortable", "needs head"),
        ({"head": None, "sorted": {"column": 0, "direction": "ascending"}}, "sorted", "needs head"),
        ({"sorted": {"column": 2, "direction": "ascending"}}, "sorted", "from 0 to 1"),
        ({"sorted": {"column": 0, "direction": "up"}}, "sorted", "'ascending' or 'descending'"),
    ],
)
def test_bad_params_are_refused(params, param, message) -> None:
    with pytest.raises(gcds.ParamError, match=message) as info:
        _render(**params)
    assert f"'{param}'" in str(info.value)
