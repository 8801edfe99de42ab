"""Every layer on the page templates' examples (gcds/page_templates/<name>.yaml): whole pages.

Each example of ``gcds/page.html``, ``gcds/error.html`` and the other page templates is
rendered as a team would (a child template that extends it, with the example's context)
and checked as a whole page: html-validate with the page rules, every same-page reference,
axe at 320 and 1280 CSS px, the Tab walk over the whole body (every target reached, with a
visible focus indicator), target size and reflow; the Tab walk again in forced colours and
with JavaScript off (axe on the page served without gcds.js); and a screenshot of the whole
page at 1024 and 320 px against its baseline (tests/visual/baselines/pages/...).
"""

from __future__ import annotations

import pytest

import gcds

from .browser import axe_violations, run_js
from .pages import page_path
from .specdata import PAGE_EXAMPLE_IDS, PAGE_EXAMPLES
from .test_accessibility import keyboard_problems
from .test_html_validity import PAGE_CONFIG, html_validate, missing_references
from .test_visual import check_baseline

BODY = "body"
BY_ID = {example.id: example for example in PAGE_EXAMPLES}


def test_every_page_example_is_valid_html(tmp_path) -> None:
    files = []
    for example in PAGE_EXAMPLES:
        html = example.render()
        assert missing_references(html) == [], example.id
        path = page_path(tmp_path, example)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        files.append(path)
    problems = html_validate(files, tmp_path / "report.json", config=PAGE_CONFIG)
    problems = [p.removeprefix(str(tmp_path) + "/") for p in problems]
    assert not problems, "html-validate found:\n" + "\n".join(problems)


@pytest.mark.parametrize("example_id", PAGE_EXAMPLE_IDS)
def test_page_example_is_in_its_language(example_id: str) -> None:
    example = BY_ID[example_id]
    html = example.render()
    assert f'<html lang="{example.lang}"' in html
    assert html.count("<h1") == 1, "one h1 per page"
    assert html.count("<main") == 1


def test_a_wrong_context_value_names_the_template() -> None:
    example = next(e for e in PAGE_EXAMPLES if e.template == "page")
    env = gcds.environment()
    template = env.from_string(example.source())
    with pytest.raises(gcds.ParamError, match=r"gcds/page\.html, context variable 'has_errors'"):
        template.render(**{**example.call_context(), "has_errors": "yes"})


def _page_problems(page) -> list[str]:
    return (
        axe_violations(page)
        + run_js(page, "sel => gcdsChecks.targetSize(sel)", BODY)
        + keyboard_problems(page, BODY)
    )


@pytest.mark.browser
@pytest.mark.parametrize("example_id", PAGE_EXAMPLE_IDS)
def test_page_example_in_chromium(probes, site, example_id: str) -> None:
    """At 320 px (a phone), then widened to 1280 px on the same page."""
    probe = probes["responsive"]
    probe.show(site.path(example_id), width=320, navigate=True)
    page = probe.page
    narrow = _page_problems(page) + run_js(page, "gcdsChecks.reflow()")
    run_js(page, "gcdsChecks.resetFocus(); window.scrollTo(0, 0)")
    page.set_viewport_size({"width": 1280, "height": 800})
    problems = [f"at 320 px: {p}" for p in narrow]
    problems += [f"at 1280 px: {p}" for p in _page_problems(page)]
    assert not problems, "\n".join(problems)


@pytest.mark.browser
@pytest.mark.parametrize("example_id", PAGE_EXAMPLE_IDS)
def test_page_example_with_forced_colors(probes, site, example_id: str) -> None:
    probe = probes["forced-colors"]
    probe.show(site.path(example_id), navigate=True)
    problems = keyboard_problems(probe.page, BODY)
    assert not problems, "\n".join(problems)


@pytest.mark.browser
@pytest.mark.parametrize("example_id", PAGE_EXAMPLE_IDS)
def test_page_example_without_javascript(probes, site, example_id: str) -> None:
    probes["1280"].show(site.path(example_id, js=False), navigate=True)
    problems = axe_violations(probes["1280"].page)
    no_js = probes["no-js"]
    no_js.show(site.path(example_id), navigate=True)
    assert no_js.page.evaluate("!document.documentElement.classList.contains('gcds-js')")
    problems += keyboard_problems(no_js.page, BODY)
    assert not problems, "\n".join(problems)


@pytest.mark.browser
@pytest.mark.parametrize("width", [1024, 320])
@pytest.mark.parametrize("example_id", PAGE_EXAMPLE_IDS)
def test_page_example_looks_as_before(probes, site, example_id: str, width: int) -> None:
    probe = probes["visual"]
    probe.show(site.path(example_id), width=width, navigate=True)
    png = probe.page.screenshot(full_page=True, animations="disabled", caret="hide")
    # The probe is shared: test_visual's component screenshots expect its own 1024 px.
    probe.page.set_viewport_size({"width": 1024, "height": 800})
    check_baseline(png, example_id if width == 1024 else f"{example_id}@{width}")
