"""table: sorting by keyboard (EN/FR), server-sorted state, no-JS baseline and the scroll region."""

from __future__ import annotations

import pytest

import gcds
from gcds.examples import page as page_html

from .keyboard import tab_to
from .specdata import EXAMPLES

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


# --- Accessible names: a sortable header is named by its text alone ------------------------


def _ax_headers(page) -> list[dict]:
    """Each column header as Chromium gives it to screen readers (the DevTools protocol's
    accessibility tree): its name and description, and the name, description and states
    of any button inside it."""
    client = page.context.new_cdp_session(page)
    nodes = {n["nodeId"]: n for n in client.send("Accessibility.getFullAXTree")["nodes"]}
    client.detach()

    def value(node, key):
        return (node.get(key) or {}).get("value") or None

    def buttons(node):
        for child_id in node.get("childIds", []):
            child = nodes.get(child_id)
            if child is None:
                continue
            if value(child, "role") == "button":
                states = sorted(
                    prop["name"]
                    for prop in child.get("properties", [])
                    if prop["name"] in ("pressed", "expanded", "checked", "haspopup")
                )
                yield (value(child, "name"), value(child, "description"), states)
            yield from buttons(child)

    return [
        {
            "name": value(node, "name"),
            "description": value(node, "description"),
            "buttons": list(buttons(node)),
        }
        for node in nodes.values()
        if value(node, "role") == "columnheader" and not node.get("ignored")
    ]


def _aria_on_buttons(page) -> list[str]:
    """ARIA attributes on the sort buttons: none may carry the sort state or a name of its own."""
    return page.evaluate(
        "[...document.querySelectorAll('.gcds-table button')].flatMap(b =>"
        " b.getAttributeNames().filter(n => n.startsWith('aria-') || n === 'title'))"
    )


NAMES = {
    "en": ["Date", "Benefit", "Amount"],
    "fr": ["Date", "Prestation", "Montant"],
}


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sortable_header_is_named_by_its_text_alone(open_example, lang, js) -> None:
    """With JavaScript the header text moves into a button: the column header's name stays
    its text (no arrow, no "sorted" words), and the sort state is aria-sort on the header,
    nowhere else."""
    case = CASES[lang]
    page = open_example(case["example"], lang, js=js)
    names = NAMES[lang]
    for name in names:
        assert page.get_by_role("columnheader", name=name, exact=True).count() == 1
    headers = _ax_headers(page)
    assert [h["name"] for h in headers] == names
    assert [h["description"] for h in headers] == [None, None, None]
    if not js:
        assert [h["buttons"] for h in headers] == [[], [], []]
        return
    assert [h["buttons"] for h in headers] == [[(name, None, [])] for name in names]
    tab_to(page, f"el.textContent.trim() === {case['amount']!r} && el.tagName === 'BUTTON'")
    for key, direction in (("Enter", "ascending"), ("Space", "descending")):
        page.keyboard.press(key)
        assert _aria_sort(page) == [None, None, direction]
        headers = _ax_headers(page)
        # The same names as before sorting, and the button is still named by the text.
        assert [h["name"] for h in headers] == names
        assert [h["description"] for h in headers] == [None, None, None]
        assert [h["buttons"] for h in headers] == [[(name, None, [])] for name in names]
        header = page.get_by_role("columnheader", name=case["amount"], exact=True)
        assert header.get_attribute("aria-sort") == direction
        assert page.get_by_role("button", name=case["amount"], exact=True).count() == 1
        # aria-sort is on the header only: the buttons carry no state, name or description.
        assert page.locator("[aria-sort]").count() == 1
        assert _aria_on_buttons(page) == []


def _passport_table(lang: str, **params) -> str:
    """A sortable two-level header: Passport, then two groups of two columns whose headers
    repeat ("5 years", "10 years") under each group."""
    en = lang == "en"
    head = [
        [
            {"text": "Passport" if en else "Passeport", "rowspan": 2},
            {"text": "In Canada" if en else "Au Canada", "colspan": 2},
            {"text": "Outside Canada" if en else "À l’extérieur du Canada", "colspan": 2},
        ],
        [
            {"text": label, "numeric": True}
            for label in (["5 years", "10 years"] * 2 if en else ["5 ans", "10 ans"] * 2)
        ],
    ]
    rows = [
        ["Adult" if en else "Adulte", "120", "160", "190", "260"],
        ["Child" if en else "Enfant", "57", "300", "100", "20"],
        ["Urgent" if en else "Urgence", "10", "200", "300", "150"],
    ]
    table = gcds.render(
        "table",
        lang=lang,
        id="fees",
        caption="Passport fees" if en else "Droits de passeport",
        sortable=True,
        head=head,
        rows=rows,
        **params,
    )
    return page_html(table, lang=lang, title="Table", heading="Table", css_href=CSS, js_href=JS)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_spanned_headers_are_not_sortable(open_page, lang) -> None:
    """sortable=True gives buttons to the headers of one column in the last header row (and
    to one that spans both header rows), never to a group header over several columns.
    Each button sorts its own column, though the row of headers has fewer cells than
    columns, and the status names the column with its group."""
    en = lang == "en"
    page = open_page(_passport_table(lang))
    groups = ["In Canada", "Outside Canada"] if en else ["Au Canada", "À l’extérieur du Canada"]
    for group in groups:
        header = page.get_by_role("columnheader", name=group, exact=True)
        assert header.count() == 1
        assert header.locator("button").count() == 0
    headers = _ax_headers(page)
    first = "Passport" if en else "Passeport"
    columns = ["5 years", "10 years"] * 2 if en else ["5 ans", "10 ans"] * 2
    assert [h["name"] for h in headers] == [first, *groups, *columns]
    assert [len(h["buttons"]) for h in headers] == [1, 0, 0, 1, 1, 1, 1]
    # The second "10 years": column 4, the fourth header of its row.
    page.locator(SORT).nth(4).click()
    assert _column(page, 4) == ["20", "150", "260"]
    assert _column(page, 0) == (
        ["Child", "Urgent", "Adult"] if en else ["Enfant", "Urgence", "Adulte"]
    )
    assert page.text_content(STATUS) == (
        "Sorted by Outside Canada, 10 years, ascending"
        if en
        else "Trié par À l’extérieur du Canada, 10 ans, en ordre croissant"
    )
    assert (
        page.get_by_role("columnheader", name=columns[3], exact=True)
        .nth(1)
        .get_attribute("aria-sort")
        == "ascending"
    )
    page.locator(SORT).nth(0).click()  # Passport: spans both header rows, one column
    assert _column(page, 0) == (
        ["Adult", "Child", "Urgent"] if en else ["Adulte", "Enfant", "Urgence"]
    )
    assert page.text_content(STATUS) == (
        "Sorted by Passport, ascending" if en else "Trié par Passeport, en ordre croissant"
    )


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False])
@pytest.mark.parametrize(
    "lang, example, total",
    [
        ("en", "table/totals-footer", "$3,519.17"),
        ("fr", "table/french-totals-footer", "3\u00a0519,17\u00a0$"),
    ],
)
def test_totals_footer_stays_under_the_sorted_rows(open_example, lang, example, total, js) -> None:
    page = open_example(example, lang, js=js)
    footer = "[...document.querySelectorAll('.gcds-table tfoot tr')].map(r => [...r.cells].map(c => c.tagName + ':' + c.textContent))"
    assert page.evaluate(footer) == [["TH:Total", f"TD:{total}"]]
    assert page.get_by_role("rowheader", name="Total", exact=True).count() == 1
    # The total is aligned with the amounts above it.
    right = page.evaluate(
        "[...document.querySelectorAll('.gcds-table tbody td:last-child, .gcds-table tfoot td')]"
        ".map(c => Math.round(c.getBoundingClientRect().right))"
    )
    assert len(set(right)) == 1
    if not js:
        return
    page.locator(SORT).nth(2).click()
    page.locator(SORT).nth(2).click()  # descending: the biggest amount first
    assert _column(page, 2)[0] in ("$1,250.00", "1\u00a0250,00\u00a0$")
    assert page.evaluate(footer) == [["TH:Total", f"TD:{total}"]]
    assert page.evaluate("document.querySelector('.gcds-table table').rows.length") == 7
    assert (
        page.evaluate(
            "[...document.querySelector('.gcds-table table').rows].at(-1).parentElement.tagName"
        )
        == "TFOOT"
    )


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
    assert 'aria-sort="descending" data-sortable="1">' in html
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
        # Cells are text: a number is formatted by the caller.
        ({"rows": [["a", 1250]]}, "rows", r"rows\[0\]\[1\] must be text, not a number \(1250\)"),
        (
            {"rows": [["a", {"text": 12.5}]]},
            "rows",
            r"rows\[0\]\[1\]\.text must be text, not a number",
        ),
        ({"head": ["Date", 2025]}, "head", r"head\[1\] must be text, not a number"),
        # Spans: whole numbers, 1 or more, inside the grid.
        (
            {"rows": [["a", {"text": "b", "colspan": 0}]]},
            "rows",
            r"colspan must be a whole number, 1 or more",
        ),
        (
            {"rows": [["a", {"text": "b", "colspan": True}]]},
            "rows",
            r"colspan must be a whole number",
        ),
        (
            {"rows": [["a", {"text": "b", "rowspan": "2"}]]},
            "rows",
            r"rowspan must be a whole number",
        ),
        (
            {"rows": [["a", {"text": "b", "colspan": 2}]]},
            "rows",
            r"rows\[0\]\[1\] goes past the last of the 2 columns",
        ),
        (
            {"rows": [[{"text": "a", "rowspan": 2}, "b"]]},
            "rows",
            r"rowspan 2 goes past the last row of rows",
        ),
        (
            {"rows": [[{"text": "a", "rowspan": 2}, "b"], ["c", "d"]]},
            "rows",
            r"rows\[1\] has 3 cells \(counting colspan and the cells above that span rows",
        ),
        ({"head": [[{"text": "Pay", "colspan": 2}], ["Date"]]}, "head", r"head\[1\] has 1 columns"),
        (
            {"head": [{"text": "Date", "colspan": -1}, "Amount"]},
            "head",
            r"head\[0\]\.colspan must be",
        ),
        # Cell attributes: checked like attributes, and never one the cell writes.
        (
            {"rows": [["a", {"text": "b", "attributes": {"scope": "col"}}]]},
            "rows",
            r"rows\[0\]\[1\]\.attributes: 'scope' is written by the component",
        ),
        (
            {"rows": [["a", {"text": "b", "attributes": {"Class": "x"}}]]},
            "rows",
            r"'class' is written by the component",
        ),
        (
            {"rows": [["a", {"text": "b", "attributes": {"colspan": "2"}}]]},
            "rows",
            r"'colspan' is written by the component itself; use the item's 'colspan'",
        ),
        (
            {
                "rows": [
                    ["a", {"text": "b", "sort_value": 1, "attributes": {"data-sort-value": "2"}}]
                ]
            },
            "rows",
            r"'data-sort-value' is written",
        ),
        (
            {"rows": [["a", {"text": "b", "attributes": {"onclick": "x()"}}]]},
            "rows",
            "inline event handlers",
        ),
        (
            {"rows": [["a", {"text": "b", "attributes": {"a b": "x"}}]]},
            "rows",
            "not a valid HTML attribute name",
        ),
        (
            {"rows": [["a", {"text": "b", "attributes": ["x"]}]]},
            "rows",
            "must be a dict of HTML attributes",
        ),
        (
            {"head": ["Date", {"text": "Amount", "attributes": {"aria-sort": "none"}}]},
            "head",
            r"head\[1\]\.attributes: 'aria-sort' is written",
        ),
        (
            {"head": ["Date", {"text": "Amount", "attributes": {"scope": "row"}}]},
            "head",
            r"'scope' is written",
        ),
        (
            {"foot": ["Total", {"text": "$1", "attributes": {"rowspan": "2"}}]},
            "foot",
            r"foot\[1\]\.attributes: 'rowspan' is written",
        ),
        # Sorting and spans.
        (
            {"head": [[{"text": "Pay", "colspan": 2, "sortable": True}], ["Date", "Amount"]]},
            "head",
            r"head\[0\]\[0\] cannot be sortable: it spans 2 columns",
        ),
        (
            {"head": [[{"text": "Pay", "sortable": True}, "Sum"], ["Date", "Amount"]]},
            "head",
            r"cannot be sortable: sort buttons go in the last header row",
        ),
        (
            {"head": [{"text": "Date", "sortable": "yes"}, "Amount"]},
            "head",
            r"sortable must be True or False",
        ),
        (
            {"sortable": True, "rows": [[{"text": "a", "colspan": 2}]]},
            "rows",
            r"in a sortable table the body's cells cannot span",
        ),
        (
            {"sortable": True, "rows": [[{"text": "a", "rowspan": 2}, "b"], ["c"]]},
            "rows",
            r"cannot span",
        ),
        (
            {
                "head": [[{"text": "Pay", "colspan": 2}]],
                "sorted": {"column": 1, "direction": "ascending"},
            },
            "sorted",
            r"column 1 has no header of its own",
        ),
        # The footer: the table's columns, and no sort_value (it is not sorted).
        ({"foot": [["Total"]]}, "foot", r"foot\[0\] has 1 cells; every row needs 2"),
        (
            {"foot": ["Total", {"text": "$1", "sort_value": 1}]},
            "foot",
            r"foot\[1\]: unknown key 'sort_value'",
        ),
        ({"foot": ["Total", 1]}, "foot", r"foot\[1\] must be text, not a number"),
        ({"foot": "Total"}, "foot", "must be a list"),
    ],
)
def test_bad_params_are_refused(params, param, message) -> None:
    with pytest.raises(gcds.ParamError, match=message) as info:
        _render(**params)
    assert f"'{param}'" in str(info.value)


def test_spans_footer_and_cell_attributes() -> None:
    html = _render(
        id="fees",
        head=[
            [{"text": "Passport", "rowspan": 2}, {"text": "In Canada", "colspan": 2}],
            [{"text": "5 years", "numeric": True}, {"text": "10 years", "numeric": True}],
        ],
        rows=[
            [
                {"text": "Adult", "header": True, "rowspan": 2, "attributes": {"id": "adult"}},
                "$120",
                "$160",
            ],
            [{"text": "$90", "attributes": {"headers": "adult", "data-kind": "renewal"}}, "$130"],
        ],
        foot=[{"text": "Total", "header": True}, "$210", "$290"],
    )
    assert '<th scope="col" class="gcds-table__header" rowspan="2">Passport</th>' in html
    assert '<th scope="col" class="gcds-table__header" colspan="2">In Canada</th>' in html
    # A spanned row header; the next row starts in the second column, aligned as its column.
    assert '<th scope="row" class="gcds-table__header" rowspan="2" id="adult">Adult</th>' in html
    assert (
        '<td class="gcds-table__cell gcds-table__cell--numeric" headers="adult" data-kind="renewal">$90</td>'
        in html
    )
    assert '<tfoot class="gcds-table__foot">' in html and html.index("</tbody>") < html.index(
        "<tfoot"
    )
    assert '<th scope="row" class="gcds-table__header">Total</th>' in html
    assert '<td class="gcds-table__cell gcds-table__cell--numeric">$290</td></tr>\n</tfoot>' in html
    # Not sortable: no data-sortable, no status.
    assert "data-sortable" not in html and 'role="status"' not in html
    # first_cell_is_header: the first column of the footer too; a row whose first column is
    # filled from above starts with a data cell.
    html = _render(
        first_cell_is_header=True,
        rows=[[{"text": "2025", "rowspan": 2}, "$1"], ["$2"]],
        foot=[["Total", "$3"]],
    )
    assert '<th scope="row" class="gcds-table__header" rowspan="2">2025</th>' in html
    assert (
        '<tr class="gcds-table__row"><td class="gcds-table__cell gcds-table__cell--numeric">$2</td></tr>'
        in html
    )
    assert '<th scope="row" class="gcds-table__header">Total</th>' in html


def test_cell_attributes_example() -> None:
    """The spec's cell-attributes example: data- attributes on row headers, lang on the
    French names (read in a French voice), values escaped."""
    example = next(e for e in EXAMPLES if e.id == "table/cell-attributes")
    html = str(example.render())
    assert '<th scope="row" class="gcds-table__header" data-province="QC">Quebec</th>' in html
    assert '<td class="gcds-table__cell" lang="fr">Québec</td>' in html
    html = _render(rows=[["a", {"text": "b", "attributes": {"data-x": '"><script>'}}]])
    assert 'data-x="&#34;&gt;&lt;script&gt;"' in html or 'data-x="&quot;&gt;&lt;script&gt;"' in html


def test_lazy_text_in_cells() -> None:
    class LazyString:  # the shape of Flask-Babel's lazy_gettext result
        def __init__(self, text: str) -> None:
            self.text = text

        def __str__(self) -> str:
            return self.text

    LazyString.__module__ = "flask_babel.speaklater"
    html = _render(
        head=[LazyString("Date"), {"text": LazyString("Amount"), "numeric": True}],
        rows=[[LazyString("March"), {"text": LazyString("$1")}]],
        foot=[LazyString("Total"), "$1"],
    )
    assert (
        ">Date</th>" in html
        and ">March</td>" in html
        and ">$1</td>" in html
        and ">Total</td>" in html
    )
