"""tabs: the ARIA tabs pattern by keyboard and pointer, the address kept in step, and the
linked list of sections without JavaScript; English and French."""

from __future__ import annotations

import pytest

TABS = ".gcds-tabs__tab"
PANELS = ".gcds-tabs__panel"

EN = {
    "example": "tabs/default",
    "lang": "en",
    "label": "Employment Insurance regular benefits",
    "ids": ["ei-eligibility", "ei-amount", "ei-apply"],
    "labels": ["Eligibility", "How much you could receive", "How to apply"],
    "title": "On this page",
}
FR = {
    "example": "tabs/french",
    "lang": "fr",
    "label": "Prestations régulières d’assurance-emploi",
    "ids": ["ae-admissibilite", "ae-montant", "ae-demande"],
    "labels": [
        "Admissibilité",
        "Montant que vous pourriez recevoir",
        "Comment présenter une demande",
    ],
    "title": "Sur cette page",
}
BOTH = pytest.mark.parametrize("case", [EN, FR], ids=["en", "fr"])


def _state(page) -> dict:
    """What a user and assistive technology get: each tab's state and which panels show."""
    return page.evaluate(
        f"""() => ({{
            selected: [...document.querySelectorAll('{TABS}')]
                .filter(t => t.getAttribute('aria-selected') === 'true').map(t => t.hash.slice(1)),
            tabindex: [...document.querySelectorAll('{TABS}')].map(t => t.tabIndex),
            shown: [...document.querySelectorAll('{PANELS}')]
                .filter(p => !p.hidden && p.getBoundingClientRect().height > 0).map(p => p.id),
            focused: document.activeElement.id,
            hash: location.hash,
        }})"""
    )


def _expect(page, ids: list[str], index: int, *, focused: str | None = None) -> None:
    state = _state(page)
    assert state["selected"] == [ids[index]]
    assert state["tabindex"] == [0 if i == index else -1 for i in range(len(ids))]
    assert state["shown"] == [ids[index]]
    if focused is not None:
        assert state["focused"] == focused


def _tab_from_top(page) -> None:
    """Move the sequential focus starting point to the top of the page, then press Tab.
    (Blurring is not enough: the starting point stays where focus was, or at the section
    an address points to.)"""
    page.evaluate(
        """() => {
            const start = document.createElement('span');
            start.tabIndex = -1;
            document.body.prepend(start);
            start.focus();
            start.remove();
            window.scrollTo(0, 0);
        }"""
    )
    page.keyboard.press("Tab")


@pytest.mark.browser
@BOTH
def test_tab_list_semantics(open_example, case) -> None:
    page = open_example(case["example"], case["lang"])
    roles = page.evaluate(
        f"""() => {{
            const nav = document.querySelector('.gcds-tabs__nav');
            return {{
                nav: nav.getAttribute('role'), name: nav.getAttribute('aria-label'),
                between: [...nav.querySelectorAll('ul, li')].map(e => e.getAttribute('role')),
                tabs: [...document.querySelectorAll('{TABS}')].map(t => [t.getAttribute('role'),
                    t.getAttribute('aria-controls'), t.textContent.trim()]),
                panels: [...document.querySelectorAll('{PANELS}')].map(p => [p.getAttribute('role'),
                    p.getAttribute('aria-labelledby'), p.tabIndex]),
                title: !!document.querySelector('.gcds-tabs__title').getClientRects().length,
            }};
        }}"""
    )
    assert roles["nav"] == "tablist" and roles["name"] == case["label"]
    assert set(roles["between"]) == {"none"}
    assert roles["tabs"] == [
        ["tab", i, label] for i, label in zip(case["ids"], case["labels"], strict=True)
    ]
    assert roles["panels"] == [["tabpanel", f"{i}-tab", 0] for i in case["ids"]]
    assert not roles["title"]  # "On this page" is for the list of links only
    _expect(page, case["ids"], 0)
    assert _state(page)["hash"] == ""  # the first selection does not touch the address


@pytest.mark.browser
@BOTH
def test_one_tab_stop_then_the_panel(open_example, case) -> None:
    ids = case["ids"]
    page = open_example(case["example"], case["lang"])
    page.keyboard.press("End")  # nothing focused yet: must not change the selection
    _tab_from_top(page)
    assert _state(page)["focused"] == f"{ids[0]}-tab"
    page.keyboard.press("Tab")  # past the other tabs, straight to the shown panel
    assert _state(page)["focused"] == ids[0]
    page.keyboard.press("Shift+Tab")
    assert _state(page)["focused"] == f"{ids[0]}-tab"
    # After a move, the one Tab stop is the newly selected tab.
    page.keyboard.press("ArrowRight")
    _tab_from_top(page)
    assert _state(page)["focused"] == f"{ids[1]}-tab"
    page.keyboard.press("Tab")
    assert _state(page)["focused"] == ids[1]


@pytest.mark.browser
@BOTH
def test_arrows_home_end_move_and_select(open_example, case) -> None:
    ids = case["ids"]
    page = open_example(case["example"], case["lang"])
    length = page.evaluate("history.length")
    _tab_from_top(page)
    scroll = page.evaluate("window.scrollY")
    steps = [
        ("ArrowRight", 1),
        ("ArrowRight", 2),
        ("ArrowRight", 0),  # wraps to the first
        ("ArrowLeft", 2),  # wraps to the last
        ("ArrowLeft", 1),
        ("Home", 0),
        ("End", 2),
    ]
    for key, index in steps:
        page.keyboard.press(key)
        _expect(page, ids, index, focused=f"{ids[index]}-tab")
        assert _state(page)["hash"] == f"#{ids[index]}", key
    # The address follows without new history entries and without a jump to the panel.
    assert page.evaluate("history.length") == length
    assert page.evaluate("window.scrollY") == scroll
    # Keys with a modifier belong to the browser; Space keeps the tab selected.
    page.keyboard.press("Control+ArrowRight")
    _expect(page, ids, 2, focused=f"{ids[2]}-tab")
    page.keyboard.press("Space")
    _expect(page, ids, 2, focused=f"{ids[2]}-tab")
    assert page.evaluate("window.scrollY") == scroll


@pytest.mark.browser
def test_click_selects_without_jump(open_example) -> None:
    ids = EN["ids"]
    page = open_example(EN["example"])
    scroll = page.evaluate("window.scrollY")
    page.click(f"#{ids[2]}-tab")
    _expect(page, ids, 2, focused=f"{ids[2]}-tab")
    assert _state(page)["hash"] == f"#{ids[2]}"
    assert page.evaluate("window.scrollY") == scroll


@pytest.mark.browser
@pytest.mark.parametrize(
    "example, lang, selected, ids",
    [
        ("tabs/selected", "en", 1, ["passport-who", "passport-fees", "passport-times"]),
        ("tabs/french-selected", "fr", 1, ["passeport-qui", "passeport-frais", "passeport-delais"]),
    ],
)
def test_selected_param_picks_the_first_tab_shown(open_example, example, lang, selected, ids):
    page = open_example(example, lang)
    _expect(page, ids, selected)
    _tab_from_top(page)
    assert _state(page)["focused"] == f"{ids[selected]}-tab"


@pytest.mark.browser
@BOTH
def test_address_with_a_section_selects_its_tab(open_example, case) -> None:
    ids = case["ids"]
    page = open_example(case["example"], case["lang"])
    url = page.url
    page.goto("about:blank")
    page.goto(f"{url}#{ids[2]}", wait_until="load")
    page.wait_for_function("document.documentElement.classList.contains('gcds-js')")
    _expect(page, ids, 2)
    _tab_from_top(page)
    assert _state(page)["focused"] == f"{ids[2]}-tab"
    # A link to a section (a new fragment) selects its tab and moves focus to it.
    page.evaluate(f"location.hash = '#{ids[1]}'")
    page.wait_for_function(f"document.activeElement.id === '{ids[1]}-tab'")
    _expect(page, ids, 1, focused=f"{ids[1]}-tab")
    # A fragment that is not a section changes nothing. "hashchange" is fired as a task, on
    # window; a listener added now runs after tabs.js's (added when gcds.js started), in the
    # same dispatch: once it has run, tabs.js has handled the change.
    handled = page.evaluate(
        """() => new Promise(resolve => {
            addEventListener('hashchange', () => resolve(location.hash), { once: true });
            location.hash = '#main-content';
        })"""
    )
    assert handled == "#main-content"
    _expect(page, ids, 1)


@pytest.mark.browser
def test_section_heading_hidden_only_when_it_repeats_the_label(open_example) -> None:
    page = open_example("tabs/default")
    heading = page.locator("#ei-eligibility .gcds-tabs__heading")
    assert heading.evaluate("h => h.tagName") == "H2"
    assert heading.bounding_box()["width"] <= 1  # visually hidden, still in the outline
    assert page.get_by_role("heading", name="Eligibility").count() == 1
    page = open_example("tabs/headings-h3")
    own = page.locator("#deadline-individuals .gcds-tabs__heading")
    assert own.is_visible() and own.bounding_box()["width"] > 100
    assert own.inner_text() == "Deadlines for most individuals"


@pytest.mark.browser
@pytest.mark.parametrize("width, stacked", [(320, True), (1280, False)])
def test_tabs_stack_on_small_screens(open_example, width, stacked) -> None:
    ids = EN["ids"]
    page = open_example("tabs/many-tabs" if width == 1280 else EN["example"], width=width)
    boxes = page.evaluate(
        f"[...document.querySelectorAll('{TABS}')].map(t => t.getBoundingClientRect())"
        ".map(r => [Math.round(r.left), Math.round(r.top)])"
    )
    lefts = {left for left, _ in boxes}
    assert (len(lefts) == 1) is stacked
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    if stacked:  # still tabs, with the same keys
        _tab_from_top(page)
        page.keyboard.press("ArrowRight")
        _expect(page, ids, 1, focused=f"{ids[1]}-tab")


@pytest.mark.browser
@BOTH
def test_without_javascript_links_go_to_every_shown_section(open_example, case) -> None:
    ids = case["ids"]
    page = open_example(case["example"], case["lang"], js=False)
    page.set_viewport_size({"width": 1280, "height": 400})  # short: the sections are below
    assert not page.evaluate("document.documentElement.classList.contains('gcds-js')")
    assert page.locator("[role=tab], [role=tablist], [role=tabpanel]").count() == 0
    assert page.locator(".gcds-tabs__title").inner_text() == case["title"]
    assert page.locator("nav.gcds-tabs__nav").get_attribute("aria-label") == case["label"]
    for panel_id in ids:
        assert page.locator(f"#{panel_id}").is_visible()
        assert page.locator(f"#{panel_id} .gcds-tabs__heading").is_visible()
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for index, label in enumerate(case["labels"]):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == label
        assert page.evaluate("document.activeElement.tabIndex") == 0
        if index == 1:
            page.keyboard.press("Enter")
            page.wait_for_function(f"location.hash === '#{ids[1]}'")
            top = page.evaluate(f"document.getElementById('{ids[1]}').getBoundingClientRect().top")
            assert page.evaluate("window.scrollY") > 0
            assert -1 < top < 50  # the section is at the top of the view
            page.evaluate(f"document.getElementById('{ids[1]}-tab').focus()")
