"""Compile the gcds Sass (libsass) into the CSS the package ships.

    python scripts/build_css.py            # writes gcds/static/gcds/css/

Outputs: ``gcds.css`` (core + every component, expanded), ``gcds.min.css`` (same,
compressed), ``core.css`` (tokens, fonts, base, utilities) and
``components/<name>.css`` (one component's rules only). Components are discovered:
every ``components/<name>/_<name>.scss``. The build fails on ``@use``/``@forward`` in
the output (libsass copies them silently), on element-type selectors at the start of
a component rule, on a ``url()`` that does not name a file of gcds/static/gcds/ from where
the CSS file lies (Django's ManifestStaticFilesStorage resolves each one so, and fails
``collectstatic`` on the first it cannot find), and on any colour pair in
``$gcds-contrast-pairs`` (_settings.scss) below its minimum WCAG contrast ratio.
"""

from __future__ import annotations

import gzip
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import sass

REPO = Path(__file__).resolve().parent.parent
OUT_REL = Path("gcds/static/gcds/css")

_MODULE_RULE = re.compile(r"@(use|forward)\b")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_PAIR = re.compile(r"--gcds-contrast-pair:\s*(.+?);")
_KEYFRAME_SELECTOR = re.compile(r"^(from|to|[\d.]+%)$")
_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""")
#: url() values that name no file beside the CSS: data, absolute and fragment-only URLs.
_NOT_A_FILE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/|#)", re.I)


class CssBuildError(RuntimeError):
    """The Sass does not compile, or its output breaks a gcds rule."""


@dataclass(frozen=True)
class ContrastPair:
    """A foreground/background pair from $gcds-contrast-pairs and its minimum ratio."""

    name: str
    fg: tuple[float, float, float, float]
    bg: tuple[float, float, float, float]
    minimum: float

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.fg, self.bg)


def component_names(components: Path) -> list[str]:
    """Sorted names of the component folders that have a ``_<name>.scss``."""
    if not components.is_dir():
        return []
    return sorted(
        p.name
        for p in components.iterdir()
        if p.is_dir() and not p.name.startswith((".", "_")) and (p / f"_{p.name}.scss").is_file()
    )


def compile_scss(source: str, include_paths: list[Path], style: str, what: str) -> str:
    """Compile Sass source with libsass; errors name the output being built."""
    try:
        return sass.compile(
            string=source,
            include_paths=[str(p) for p in include_paths],
            output_style=style,
        )
    except sass.CompileError as exc:
        raise CssBuildError(f"{what}: Sass error:\n{exc}") from None


def _relative_luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(
    fg: tuple[float, float, float, float], bg: tuple[float, float, float, float]
) -> float:
    """WCAG 2 contrast ratio; a translucent foreground is composited over the background."""
    if bg[3] < 1:
        raise CssBuildError(f"contrast: background {bg} is translucent; give an opaque colour")
    a = fg[3]
    rgb = tuple(fg[i] * a + bg[i] * (1 - a) for i in range(3))
    lighter, darker = sorted((_relative_luminance(rgb), _relative_luminance(bg[:3])), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


_PROBE = """
@import "settings";
@function gcds-probe-rgba($c) {
  @return "#{red($c)},#{green($c)},#{blue($c)},#{alpha($c)}";
}
@each $name, $pair in $gcds-contrast-pairs {
  @if length($pair) != 3 {
    @error "$gcds-contrast-pairs: '#{$name}' must be (foreground, background, minimum)";
  }
  $fg: nth($pair, 1);
  $bg: nth($pair, 2);
  @if type-of($fg) != color or type-of($bg) != color or type-of(nth($pair, 3)) != number {
    @error "$gcds-contrast-pairs: '#{$name}' must be (colour, colour, number)";
  }
  .gcds-contrast-probe {
    --gcds-contrast-pair: #{$name}|#{gcds-probe-rgba($fg)}|#{gcds-probe-rgba($bg)}|#{nth($pair, 3)};
  }
}
"""


def contrast_pairs(styles: Path, extra_source: str = "") -> list[ContrastPair]:
    """Read $gcds-contrast-pairs from the Sass settings by compiling a small probe."""
    css = compile_scss(extra_source + _PROBE, [styles], "expanded", "contrast probe")
    pairs = []
    for value in _PAIR.findall(css):
        name, fg, bg, minimum = value.rsplit("|", 3)
        pairs.append(
            ContrastPair(
                name.strip().strip('"'),
                tuple(float(x) for x in fg.split(",")),  # type: ignore[arg-type]
                tuple(float(x) for x in bg.split(",")),  # type: ignore[arg-type]
                float(minimum),
            )
        )
    if not pairs:
        raise CssBuildError("contrast: $gcds-contrast-pairs in _settings.scss is empty")
    return pairs


def check_contrast(styles: Path, extra_source: str = "") -> list[ContrastPair]:
    """Raise naming every pair below its minimum ratio; return the pairs checked."""
    pairs = contrast_pairs(styles, extra_source)
    failing = [p for p in pairs if p.ratio < p.minimum]
    if failing:
        lines = [f"  {p.name}: {p.ratio:.2f}:1, needs {p.minimum:g}:1" for p in failing]
        raise CssBuildError("contrast: colour pairs below WCAG minimum:\n" + "\n".join(lines))
    return pairs


def rule_selectors(css: str) -> list[str]:
    """Selector lists of style rules (not at-rules, not keyframe steps) in compiled CSS."""
    css = _COMMENT.sub("", css)
    stack: list[str] = []
    found: list[str] = []
    start = 0
    for m in re.finditer(r"[{};]", css):
        if m.group() == "{":
            prelude = css[start : m.start()].strip()
            in_keyframes = any("keyframes" in p for p in stack if p.startswith("@"))
            if not prelude.startswith("@") and not in_keyframes:
                found.append(prelude)
            stack.append(prelude)
        elif m.group() == "}" and stack:
            stack.pop()
        start = m.end()
    return found


def check_output(what: str, css: str, *, component: bool) -> None:
    """Fail on @use/@forward left in the CSS and, for components, on element selectors."""
    m = _MODULE_RULE.search(css)
    if m:
        raise CssBuildError(
            f"{what}: '@{m.group(1)}' in the compiled CSS; libsass does not support it"
            " and copies it silently. Use @import."
        )
    if component:
        for selectors in rule_selectors(css):
            for sel in (s.strip() for s in selectors.split(",")):
                if re.match(r"[a-zA-Z]", sel) and not _KEYFRAME_SELECTOR.match(sel):
                    raise CssBuildError(
                        f"{what}: rule starts with an element selector {sel!r}; components"
                        " style BEM classes (.gcds-…) only, element styles go in styles/_base.scss"
                    )


def static_root(rel: str) -> str:
    """``$gcds-static-root`` for the output ``rel`` (under css/): gcds/static/gcds/ relative
    to that file, ``..`` for ``gcds.css``, ``../..`` for ``components/button.css``."""
    return "/".join([".."] * len(PurePosixPath(rel).parts))


def css_urls(css: str) -> list[str]:
    """Every ``url()`` value in ``css`` that names a file (not data:, http:, / or #)."""
    css = _COMMENT.sub("", css)
    found = (next(g for g in m.groups() if g is not None) for m in _URL.finditer(css))
    return [url for url in found if url and not _NOT_A_FILE.match(url)]


def missing_urls(css_file: Path, css: str, static_dir: Path) -> list[str]:
    """The ``url()`` values of ``css`` (served as ``css_file``) that name no file inside
    ``static_dir``, each resolved from the CSS file's own folder as a browser does."""
    missing = []
    for url in css_urls(css):
        path = url.split("#", 1)[0].split("?", 1)[0]
        target = (css_file.parent / path).resolve()
        if not target.is_relative_to(static_dir.resolve()) or not target.is_file():
            missing.append(url)
    return missing


def check_urls(what: str, css: str, static_dir: Path) -> None:
    """Fail naming each ``url()`` of the output ``what`` that names no shipped file."""
    missing = missing_urls(static_dir / "css" / what, css, static_dir)
    if missing:
        raise CssBuildError(
            f"{what}: url() names no file of {static_dir} from css/{what}: {', '.join(missing)}."
            " Build paths from $gcds-static-root (styles/_settings.scss)."
        )


def build_css(out_dir: Path, *, repo: Path, components: Path | None = None) -> dict[str, Path]:
    """Compile every CSS output into out_dir; return {relative name: written path}.

    ``components`` defaults to ``repo / "components"``; styles come from ``repo / "styles"``.
    """
    styles = repo / "styles"
    components = components or repo / "components"
    include = [styles, components]
    check_contrast(styles)

    names = component_names(components)
    full = '@import "core";\n' + "".join(f'@import "{n}/{n}";\n' for n in names)
    sources: dict[str, tuple[str, str, bool]] = {
        "gcds.css": (full, "expanded", False),
        "gcds.min.css": (full, "compressed", False),
        "core.css": ('@import "core";\n', "expanded", False),
    }
    for n in names:
        src = f'@import "settings";\n@import "mixins";\n@import "{n}/{n}";\n'
        sources[f"components/{n}.css"] = (src, "expanded", True)

    static_dir = repo / "gcds" / "static" / "gcds"
    compiled = {}
    for rel, (src, style, is_component) in sources.items():
        root = f'$gcds-static-root: "{static_root(rel)}";\n'
        css = compile_scss(root + src, include, style, rel)
        check_output(rel, css, component=is_component)
        check_urls(rel, css, static_dir)
        compiled[rel] = css

    out_dir.mkdir(parents=True, exist_ok=True)
    comp_dir = out_dir / "components"
    if comp_dir.is_dir():
        for stale in comp_dir.glob("*.css"):
            stale.unlink()
    written = {}
    for rel, css in compiled.items():
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(css, encoding="utf-8")
        written[rel] = path
    return written


def main() -> int:
    try:
        written = build_css(REPO / OUT_REL, repo=REPO)
    except CssBuildError as exc:
        print(f"build_css: {exc}", file=sys.stderr)
        return 1
    for rel, path in written.items():
        print(f"{rel}: {path.stat().st_size} bytes")
    data = written["gcds.min.css"].read_bytes()
    print(f"gcds.min.css: {len(data)} bytes raw, {len(gzip.compress(data, 9))} bytes gzip")
    return 0


if __name__ == "__main__":
    sys.exit(main())
