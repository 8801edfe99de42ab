"""Layer 3: every example in Chromium: axe, reflow, keyboard focus, focus visibility, target size.

Each example is checked in its own language (``lang: fr`` examples on French pages, the
others on English ones), loaded at 320 CSS px and then widened to 1280 px on the same page;
then once with forced colours emulated (keyboard and focus) and once with JavaScript
disabled.
"""

from __future__ import annotations

import re

import pytest

from gcds.check.keyboard import keyboard_problems as _walk

from .browser import axe_violations, run_js
from .known_bad import FAILS_EVERY_CHECK
from .specdata import EXAMPLE_IDS, EXAMPLES

EXAMPLE = "#example"


def keyboard_problems(page, root: str = EXAMPLE) -> list[str]:
    """gcds check's Tab walk (every target reached, each with a visible focus indicator)
    inside ``root``: the example's box by default."""
    return _walk(page, root)


@pytest.mark.browser
@pytest.mark.parametrize("example_id", EXAMPLE_IDS)
def test_example_in_chromium(probes, site, example_id: str) -> None:
    """Loaded at 320 px (as on a phone), then widened to 1280 px on the same page."""
    probe = probes["responsive"]
    probe.show(site.path(example_id), width=320)
    page = probe.page
    narrow = page_problems(page) + run_js(page, "gcdsChecks.reflow()")
    # Widen the page as the walk left it, but back at the top with nothing focused.
    run_js(page, "gcdsChecks.resetFocus(); window.scrollTo(0, 0)")
    page.set_viewport_size({"width": 1280, "height": 800})
    problems = [f"at 320 px: {p}" for p in narrow]
    problems += [f"at 1280 px: {p}" for p in page_problems(page)]
    assert not problems, "\n".join(problems)


def page_problems(page) -> list[str]:
    """axe, target size and the Tab walk on the example as it is now shown."""
    return (
        axe_violations(page)
        + run_js(page, "sel => gcdsChecks.targetSize(sel)", EXAMPLE)
        + keyboard_problems(page)
    )


@pytest.mark.browser
@pytest.mark.parametrize("example_id", EXAMPLE_IDS)
def test_example_with_forced_colors(probes, site, example_id: str) -> None:
    """Every target is still reached and shows a focus indicator in forced colours. (axe
    is not run again here: it reads the same DOM, and under forced colours the user's
    theme sets every colour, so its contrast results say nothing new.)"""
    probe = probes["forced-colors"]
    probe.show(site.path(example_id))
    problems = keyboard_problems(probe.page)
    assert not problems, "\n".join(problems)


#: What gcds.js can change on a page: a module it enhances, and the one style that depends
#: on the gcds-js class (a conditional field hidden until its option is chosen).
_SCRIPTED = re.compile(r"data-gcds-module=|__conditional--hidden")
#: The examples that gcds.js changes. For every other example, the page with JavaScript off
#: is the page with it on (test_the_others_are_the_same_without_javascript proves it), so
#: the 1280 px pass of test_example_in_chromium has already checked it.
SCRIPTED_IDS = [e.id for e in EXAMPLES if _SCRIPTED.search(str(e.render()) + (e.wrap or ""))]


def test_the_others_are_the_same_without_javascript(site) -> None:
    """For an example gcds.js does not change, its no-JS page is its JS page without the
    script, and no style depends on JavaScript but the conditional fields' one (the only
    ``.gcds-js`` selector in gcds.css), so both are checked by the same pass."""
    css = (site.root / "static" / "gcds" / "css" / "gcds.css").read_text(encoding="utf-8")
    rules = re.findall(r"([^{}]*\.gcds-js\b[^{}]*)\{", css)
    assert rules and all("__conditional--hidden" in rule for rule in rules), rules
    script = re.compile(r'<script type="module" src="[^"]*"></script>\n')
    others = [e.id for e in EXAMPLES if e.id not in set(SCRIPTED_IDS)]
    assert others
    for example_id in others:
        with_js = site.path(example_id).read_text(encoding="utf-8")
        without = site.path(example_id, js=False).read_text(encoding="utf-8")
        assert script.sub("", with_js) == without, example_id
        assert "<script" not in without


@pytest.mark.browser
@pytest.mark.parametrize("example_id", SCRIPTED_IDS)
def test_example_without_javascript(probes, site, example_id: str) -> None:
    # axe needs JavaScript (its timers do not run in a page with JavaScript disabled):
    # it checks the page as served with no gcds.js ...
    probes["1280"].show(site.path(example_id, js=False))
    problems = axe_violations(probes["1280"].page)
    # ... and the keyboard walk runs with JavaScript really disabled.
    no_js = probes["no-js"]
    no_js.show(site.path(example_id))
    assert run_js(no_js.page, "!document.documentElement.classList.contains('gcds-js')")
    problems += keyboard_problems(no_js.page)
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_the_checks_can_fail(probes, tmp_path) -> None:
    """Known-bad markup must trip every check, or the checks above prove nothing."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        FAILS_EVERY_CHECK,
        encoding="utf-8",
    )
    probe = probes["responsive"]
    probe.show(bad, width=320)
    page = probe.page
    violations = " ".join(axe_violations(page))
    assert "image-alt" in violations and "button-name" in violations
    assert page.evaluate("gcdsChecks.reflow()")
    assert page.evaluate("sel => gcdsChecks.targetSize(sel)", EXAMPLE)
    walk = keyboard_problems(page)
    assert any("no visible focus indicator" in p for p in walk)
    assert any("focused text contrast 1.13:1" in p for p in walk)


@pytest.mark.browser
def test_the_checks_wait_for_the_page_to_settle(probes, tmp_path) -> None:
    """A check reads the page once fonts have loaded and animations have ended, never a
    state in between: here text fades in from pale grey (a contrast failure while it runs)
    and a focus ring grows from nothing (no indicator while it runs)."""
    slow = tmp_path / "slow.html"
    slow.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>Slow</title><style>'
        "@keyframes arrive{from{color:#eee}to{color:#333}} p{animation:arrive .4s}"
        "a{outline:0 solid #1354ec;transition:outline-width .4s} a:focus{outline-width:3px}"
        '</style></head><body><main><h1>Slow</h1><div id="example">'
        '<p>Text that fades in. <a href="#x">A link</a></p></div></main></body></html>',
        encoding="utf-8",
    )
    probe = probes["1280"]
    probe.show(slow)
    probe.page.evaluate("document.querySelector('p').style.animation = 'none'")
    probe.page.evaluate(
        "void document.body.offsetWidth; document.querySelector('p').style.animation = ''"
    )
    assert probe.page.evaluate("document.getAnimations().length") == 1
    assert axe_violations(probe.page) == []
    assert keyboard_problems(probe.page) == []
