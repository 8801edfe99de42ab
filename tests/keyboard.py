"""Keyboard helpers for the browser tests: move focus with real key presses only."""

from __future__ import annotations


def tab_to(
    page, predicate: str, *, key: str = "Tab", limit: int = 20, from_start: bool = True
) -> None:
    """Press ``key`` until the focused element ``el`` makes the JS ``predicate`` true.

    ``from_start`` blurs first, so the walk starts at the top of the page."""
    if from_start:
        page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate(f"(() => {{ const el = document.activeElement; return {predicate}; }})()"):
            return
    raise AssertionError(f"not reached by {key}: {predicate}")
