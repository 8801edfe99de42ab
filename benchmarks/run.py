"""`make bench`: render speed of every example and the size of what a page downloads.

Speed: each example rendered through gcds.render (parameter checks included), best of
5 runs of N calls, reported as µs per call; plus the same through a template's `{{ gcds.x() }}`.
Sizes: gcds.min.css and gcds.js raw and gzip (level 9), each component's CSS, and each
component's share of gcds.js: what the gzipped file grows by with that module in it.
"""

from __future__ import annotations

import gzip
import sys
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import gcds  # noqa: E402
from gcds.examples import examples  # noqa: E402
from gcds.specs import STATIC_DIR  # noqa: E402
from scripts.build_assets import js_modules, js_source, minify_js  # noqa: E402

CALLS = 2000
JS_BUDGET_GZIP = 10 * 1024


def best_us(stmt, number: int = CALLS) -> float:
    return min(timeit.repeat(stmt, number=number, repeat=5)) / number * 1e6


def render_speed() -> None:
    print(f"Render speed (best of 5 × {CALLS} calls, µs per call)")
    env = gcds.environment()
    rows = []
    for example in examples():
        if example.caller is not None:
            continue
        direct = best_us(lambda e=example: e.render())
        template = env.from_string(f"{{{{ gcds.{example.component}(**p) }}}}")
        via_template = best_us(lambda t=template, p=example.params: t.render(p=p))
        rows.append((example.id, direct, via_template))
    width = max(len(r[0]) for r in rows)
    for name, direct, via_template in rows:
        print(f"  {name:<{width}}  render {direct:7.1f}   template {via_template:7.1f}")
    mean = sum(r[1] for r in rows) / len(rows)
    print(f"  mean over {len(rows)} examples: {mean:.1f} µs per component")


def size(path: Path) -> tuple[int, int]:
    return sizes(path.read_bytes())


def sizes(data: bytes) -> tuple[int, int]:
    return len(data), len(gzip.compress(data, 9))


def js_shares() -> None:
    """Each module's share of gcds.min.js: full size minus the size without that module."""

    def measure(without: frozenset[str] = frozenset()) -> tuple[int, int]:
        return sizes(minify_js(js_source(without=without)).encode())

    full_raw, full_gz = measure()
    core_raw, core_gz = measure(frozenset(js_modules()))
    print(f"gcds.min.js by module (bytes added, raw / gzip -9; whole file {full_raw} / {full_gz})")
    print(f"  {'core':<16} {core_raw:>8} / {core_gz:>6}")
    for name in js_modules():
        raw, gz = measure(frozenset({name}))
        print(f"  {name:<16} {full_raw - raw:>8} / {full_gz - gz:>6}")
    verdict = "within" if full_gz <= JS_BUDGET_GZIP else "OVER"
    print(f"  {verdict} the budget of {JS_BUDGET_GZIP} bytes gzip (DESIGN.md)")


def asset_sizes() -> None:
    print("Asset sizes (bytes, raw / gzip -9)")
    for rel in ("css/gcds.min.css", "css/gcds.css", "css/core.css", "js/gcds.min.js", "js/gcds.js"):
        raw, gz = size(STATIC_DIR / rel)
        print(f"  {rel:<22} {raw:>8} / {gz:>6}")
    for css in sorted((STATIC_DIR / "css" / "components").glob("*.css")):
        raw, gz = size(css)
        print(f"  components/{css.name:<11} {raw:>8} / {gz:>6}")


if __name__ == "__main__":
    render_speed()
    asset_sizes()
    js_shares()
