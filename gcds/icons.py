"""Self-hosted icon artwork, read once from the package's third-party folder."""

from __future__ import annotations

import re
from functools import cache

from markupsafe import Markup

from .specs import STATIC_DIR, load_specs

_SVG_BODY = re.compile(r"<svg\b[^>]*>(.*)</svg>", re.S)
_BLANKS = re.compile(r">\s+<")


@cache
def icon_bodies() -> dict[str, Markup]:
    """gcds icon name -> the inner SVG elements of its (unmodified) source file."""
    sources = load_specs()["icon"]["sources"]
    folder = STATIC_DIR / "third-party" / "lucide"
    bodies: dict[str, Markup] = {}
    for name, stem in sources.items():
        text = (folder / f"{stem}.svg").read_text(encoding="utf-8")
        match = _SVG_BODY.search(text)
        if match is None:
            raise RuntimeError(f"gcds: {folder / stem}.svg has no <svg> element")
        body = _BLANKS.sub("><", match.group(1).strip()).replace(" />", "/>")
        bodies[name] = Markup(body)
    return bodies


def icon_body(name: str) -> Markup:
    """The inner SVG markup of icon ``name`` (validated by the icon spec's enum)."""
    return icon_bodies()[name]
