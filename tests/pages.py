"""Write every example as a standalone page: what html-validate, axe and screenshots check."""

from __future__ import annotations

from pathlib import Path

from gcds.examples import Example, PageExample, example_page

from .specdata import EXAMPLES, PAGE_EXAMPLES


def page_path(root: Path, example: Example | PageExample) -> Path:
    """``<component>/<name>.html``, or ``<name>.fr.html`` for a French example; a page
    template's example at ``pages/<template>/<name>.html``."""
    suffix = "" if example.lang == "en" else f".{example.lang}"
    return root / f"{example.id}{suffix}.html"


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


def write_page_examples(root: Path, *, static_href: str, js: bool) -> dict[str, Path]:
    """Every page template's example, a whole page (``js=False``: without gcds.js), with
    gcds's static files at ``static_href`` -> its file under ``root``."""
    written: dict[str, Path] = {}
    for example in PAGE_EXAMPLES:
        path = page_path(root, example)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(example.render(static_href=static_href, js=js), encoding="utf-8")
        written[example.id] = path
    return written
