"""Layer 4: a screenshot of every example, compared with its committed baseline.

On a mismatch the actual image and a diff image (changed pixels in red) are written to
test-results/visual/ for a person to open. `make update-baselines` rewrites the
baselines on purpose (GCDS_UPDATE_BASELINES=1); look at the diffs first.
"""

from __future__ import annotations

import base64
import io
import os

import pytest
from PIL import Image
from pixelmatch.contrib.PIL import pixelmatch

from .browser import cdp_session, run_js
from .specdata import EXAMPLE_IDS, ROOT

BASELINES = ROOT / "tests" / "visual" / "baselines"
RESULTS = ROOT / "test-results" / "visual"
UPDATE = os.environ.get("GCDS_UPDATE_BASELINES") == "1"
# Anti-aliasing can move a few pixels between Chromium builds; a real change moves many more.
MAX_CHANGED_FRACTION = 0.001


def _compare(actual_png: bytes, baseline_png: bytes, name: str) -> str | None:
    if actual_png == baseline_png:
        return None
    actual = Image.open(io.BytesIO(actual_png)).convert("RGBA")
    expected = Image.open(io.BytesIO(baseline_png)).convert("RGBA")
    out = RESULTS / f"{name}.actual.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(actual_png)
    if actual.size != expected.size:
        return f"size changed from {expected.size} to {actual.size}; see {out}"
    diff = Image.new("RGBA", actual.size)
    changed = pixelmatch(actual, expected, diff, threshold=0.1, includeAA=False)
    diff_path = RESULTS / f"{name}.diff.png"
    diff.save(diff_path)
    if changed > MAX_CHANGED_FRACTION * actual.size[0] * actual.size[1]:
        return f"{changed} pixels changed; see {diff_path} and {out}"
    return None


@pytest.mark.browser
@pytest.mark.parametrize("example_id", EXAMPLE_IDS)
def test_example_looks_as_before(probes, site, example_id: str) -> None:
    probe = probes["visual"]
    probe.show(site.path(example_id))
    # The whole <main>: an example whose content is visually hidden (sr_only) still has a box.
    check_baseline(screenshot_of_main(probe.page), example_id)


# The box of <main> in the document, as whole pixels around it, and whether it fits the
# viewport; the text caret is hidden (a focused field's would blink into the image).
_MAIN_BOX = """() => {
  const style = document.createElement("style");
  style.id = "gcds-no-caret";
  style.textContent = "* { caret-color: transparent !important; }";
  document.head.append(style);
  const r = document.querySelector("main").getBoundingClientRect();
  const x = Math.floor(r.x + scrollX + 1e-3), y = Math.floor(r.y + scrollY + 1e-3);
  return {clip: {x, y, scale: 1,
                 width: Math.ceil(r.x + scrollX + r.width - 1e-3) - x,
                 height: Math.ceil(r.y + scrollY + r.height - 1e-3) - y},
          fits: r.width <= innerWidth && r.height <= innerHeight};
}"""


def screenshot_of_main(page) -> bytes:
    """A PNG of the settled page's ``<main>``: the image Playwright's element screenshot
    takes (the same whole-pixel box and capture; measured byte-identical on every
    example), in one DevTools call instead of its dozen steps (less than half its time)."""
    box = run_js(page, _MAIN_BOX, None)
    try:
        shot = cdp_session(page).send(
            "Page.captureScreenshot",
            {"format": "png", "clip": box["clip"], "captureBeyondViewport": not box["fits"]},
        )
    finally:
        run_js(page, "document.getElementById('gcds-no-caret').remove()")
    return base64.b64decode(shot["data"])


def check_baseline(png: bytes, name: str) -> None:
    """Compare ``png`` with ``tests/visual/baselines/<name>.png`` (or write it, updating)."""
    baseline = BASELINES / f"{name}.png"
    if UPDATE:
        baseline.parent.mkdir(parents=True, exist_ok=True)
        baseline.write_bytes(png)
        return
    if not baseline.exists():
        pytest.fail(
            f"no baseline {baseline.relative_to(ROOT)}: look at it, then `make update-baselines`"
        )
    problem = _compare(png, baseline.read_bytes(), name)
    assert problem is None, f"{name} looks different: {problem}"
