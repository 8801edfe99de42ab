"""Write every example as a standalone page: what html-validate, axe and screenshots check."""

from __future__ import annotations

from pathlib import Path

from gcds.examples import Example, example_page

from .specdata import EXAMPLES


def page_path(root: Path, example: Example) -> Path:
    """``<component>/<name>.html``, or ``<name>.fr.html`` for a French example."""
    suffix = "" if example.lang == "en" else f".{example.lang}"
    return root / example.component / f"{example.name}{suffix}.html"


def write_pages(root: Path, *, css_href: str, js_href: str | None) -> dict[str, Path]:
    """Every example, in its own language (``Example.lang``) -> its page file under ``root``.

    An example is written in one language only: an English example on a French page would
    show English labels under ``<html lang="fr">``. The French pages are the examples
    written in French, which also show every built-in French string (test_french.py).
    """
    written: dict[str, Path] = {}
    for example in EXAMPLES:
        path = page_path(root, example)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(example_page(example, css_href=css_href, js_href=js_href), encoding="utf-8")
        written[example.id] = path
    return written
