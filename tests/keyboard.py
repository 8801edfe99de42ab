"""Keyboard helpers for the browser tests: move focus with real key presses only."""

from __future__ import annotations

_TOP = """() => {
    let start = document.getElementById("gcds-tab-start");
    if (!start) {
        start = document.createElement("span");
        start.id = "gcds-tab-start";
        start.tabIndex = -1;
        document.body.prepend(start);
    }
    start.focus();
    start.blur();
}"""


def tab_to(
    page, predicate: str, *, key: str = "Tab", limit: int = 20, from_start: bool = True
) -> None:
    """Press ``key`` until the focused element ``el`` makes the JS ``predicate`` true.

    ``from_start``: the walk starts at the top of the page. Blurring the focused element is
    not enough: Chromium then starts the next Tab from where that element was (the
    sequential focus navigation starting point), so focus first goes to a
    ``tabindex=-1`` mark at the start of the body, as gcdsChecks.resetFocus does."""
    if from_start:
        page.evaluate(_TOP)
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate(f"(() => {{ const el = document.activeElement; return {predicate}; }})()"):
            return
    raise AssertionError(f"not reached by {key}: {predicate}")
