"""The Tab walk: every interactive element reached by keyboard, with a visible focus."""

from __future__ import annotations

from typing import Any

from .js import run_js


def keyboard_problems(page: Any, root: str = "body") -> list[str]:
    """Tab through ``root`` (a CSS selector) with real key presses: every target
    (gcdsChecks.targets) must be reached, and each must show a focus indicator whose text
    still reads (4.5:1) on the fill focus gives it. Needs :func:`~.js.install_checks`."""
    expected = run_js(
        page,
        """sel => gcdsChecks.targets(document.querySelector(sel))
                 .filter(el => !el.disabled && el.tabIndex >= 0)
                 .map((el, i) => { el.dataset.gcdsTarget = i;
                    // A radio group is one Tab stop (arrow keys move inside it).
                    return {i, group: el.type === "radio" && el.name ? el.name : null}; })""",
        root,
    )
    run_js(page, "gcdsChecks.resetFocus()")
    problems: list[str] = []
    reached: list[int] = []
    for _ in range(len(expected) + 3):
        page.keyboard.press("Tab")
        state = run_js(
            page,
            """async sel => {
                await gcdsChecks.settle();
                const el = document.activeElement;
                const inside = !!(el && el !== document.body && el.closest(sel));
                return {inside, index: inside && el.dataset.gcdsTarget !== undefined ? Number(el.dataset.gcdsTarget) : null,
                        problems: inside ? gcdsChecks.focusIndicator(el) : []};
            }""",
            root,
        )
        if state["inside"]:
            problems.extend(state["problems"])
            if state["index"] is not None:
                reached.append(state["index"])
        elif reached:
            break
    groups = {e["group"] for e in expected if e["i"] in reached and e["group"]}
    missing = sorted(
        e["i"]
        for e in expected
        if e["i"] not in reached and not (e["group"] and e["group"] in groups)
    )
    if missing:
        problems.append(f"not reachable by Tab: targets {missing} of {len(expected)}")
    return problems
