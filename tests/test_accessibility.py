"""Layer 3: every example in Chromium: axe, reflow, keyboard focus, focus visibility, target size.

Each example is checked in English and French at 320 and 1280 CSS px, then once with
forced colours emulated and once with JavaScript disabled.
"""

from __future__ import annotations

import pytest

from .browser import AXE_OPTIONS
from .specdata import EXAMPLE_IDS, EXAMPLES, LANGS

EXAMPLE = "#example"


def axe_violations(page) -> list[str]:
    result = page.evaluate("o => axe.run(document, o)", AXE_OPTIONS)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(n["html"][:120] for n in v["nodes"][:3])
        for v in result["violations"]
    ]


def keyboard_problems(page, root: str = EXAMPLE) -> list[str]:
    """Tab through ``root``: every target must be reached and show a focus indicator."""
    expected = page.evaluate(
        """sel => gcdsChecks.targets(document.querySelector(sel))
                 .filter(el => !el.disabled && el.tabIndex >= 0)
                 .map((el, i) => { el.dataset.gcdsTarget = i;
                    // A radio group is one Tab stop (arrow keys move inside it).
                    return {i, group: el.type === "radio" && el.name ? el.name : null}; })""",
        root,
    )
    page.evaluate("gcdsChecks.resetFocus()")
    problems: list[str] = []
    reached: list[int] = []
    for _ in range(len(expected) + 3):
        page.keyboard.press("Tab")
        state = page.evaluate(
            """sel => {
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


@pytest.mark.browser
@pytest.mark.parametrize("width", ["320", "1280"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("example_id", EXAMPLE_IDS)
def test_example_in_chromium(probes, site, example_id: str, lang: str, width: str) -> None:
    probe = probes[width]
    probe.show(site.path(example_id, lang))
    page = probe.page
    problems = axe_violations(page)
    if width == "320":
        problems += page.evaluate("gcdsChecks.reflow()")
    problems += page.evaluate("sel => gcdsChecks.targetSize(sel)", EXAMPLE)
    problems += keyboard_problems(page)
    assert not problems, "\n".join(problems)


@pytest.mark.browser
@pytest.mark.parametrize("example_id", EXAMPLE_IDS)
def test_example_with_forced_colors(probes, site, example_id: str) -> None:
    probe = probes["forced-colors"]
    lang = next(e.lang for e in EXAMPLES if e.id == example_id)
    probe.show(site.path(example_id, lang))
    page = probe.page
    problems = axe_violations(page) + keyboard_problems(page)
    assert not problems, "\n".join(problems)


@pytest.mark.browser
@pytest.mark.parametrize("example_id", EXAMPLE_IDS)
def test_example_without_javascript(probes, site, example_id: str) -> None:
    lang = next(e.lang for e in EXAMPLES if e.id == example_id)
    # axe needs JavaScript (its timers do not run in a page with JavaScript disabled):
    # it checks the page as served with no gcds.js ...
    probes["1280"].show(site.path(example_id, lang, js=False))
    problems = axe_violations(probes["1280"].page)
    # ... and the keyboard walk runs with JavaScript really disabled.
    no_js = probes["no-js"]
    no_js.show(site.path(example_id, lang))
    assert no_js.page.evaluate("!document.documentElement.classList.contains('gcds-js')")
    problems += keyboard_problems(no_js.page)
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_the_checks_can_fail(probes, tmp_path) -> None:
    """Known-bad markup must trip every check, or the checks above prove nothing."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>Bad</title><style>'
        ".nofocus:focus{outline:none} .tiny{width:10px;height:10px;padding:0;border:0}"
        '.wide{width:600px}</style></head><body><main><h1>Bad</h1><div id="example">'
        '<img src="x.png"><button class="nofocus" type="button">No focus style</button>'
        '<button class="tiny" type="button"></button><button class="tiny" type="button"></button>'
        '<div class="wide">Too wide</div><a href="#x" tabindex="-1">Unreachable</a>'
        "</div></main></body></html>",
        encoding="utf-8",
    )
    probe = probes["320"]
    probe.show(bad)
    page = probe.page
    violations = " ".join(axe_violations(page))
    assert "image-alt" in violations and "button-name" in violations
    assert page.evaluate("gcdsChecks.reflow()")
    assert page.evaluate("sel => gcdsChecks.targetSize(sel)", EXAMPLE)
    assert any("no visible focus indicator" in p for p in keyboard_problems(page))
