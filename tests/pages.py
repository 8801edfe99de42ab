"""Write every example as a standalone page: what html-validate, axe and screenshots check."""

from __future__ import annotations

from pathlib import Path

from gcds.examples import Example, example_page

from .specdata import EXAMPLES, LANGS


def page_path(root: Path, example: Example, lang: str) -> Path:
    suffix = "" if lang == "en" else f".{lang}"
    return root / example.component / f"{example.name}{suffix}.html"


def write_pages(root: Path, *, css_href: str, js_href: str | None) -> dict[tuple[str, str], Path]:
    """Every example in every language -> its page file under ``root``."""
    written: dict[tuple[str, str], Path] = {}
    for example in EXAMPLES:
        for lang in LANGS:
            path = page_path(root, example, lang)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(
                example_page(example, lang=lang, css_href=css_href, js_href=js_href),
                encoding="utf-8",
            )
            written[(example.id, lang)] = path
    return written
