"""The French pass: every example is checked in its own language only, so the French pages
are the examples written in French (``lang: fr``). They must show every built-in French
string, or a French string would go unchecked by every layer (validity, axe, screenshots).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from .specdata import EXAMPLES, SPECS

NAMES = sorted(SPECS)
#: A placeholder the component fills in (``{n}``, ``{label}``): the text around it is checked.
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _french_html(name: str) -> list[str]:
    """The rendered HTML of each French example of ``name``, with character references
    resolved (a string may sit in an attribute that gcds.js reads)."""
    return [
        html.unescape(str(e.render())) for e in EXAMPLES if e.component == name and e.lang == "fr"
    ]


@pytest.mark.parametrize("name", NAMES)
def test_every_component_has_a_french_example(name: str) -> None:
    assert _french_html(name), f"{name}: add an example with `lang: fr`, in French"


@pytest.mark.parametrize("name", [n for n in NAMES if SPECS[n].get("strings")])
def test_every_french_string_is_shown_by_a_french_example(name: str) -> None:
    pages = _french_html(name)
    missing = []
    for key, value in SPECS[name]["strings"].items():
        for piece in PLACEHOLDER.split(value["fr"]):
            if piece.strip() and not any(piece in page for page in pages):
                missing.append(f"{key}: {piece!r} (of {value['fr']!r})")
    assert not missing, (
        f"{name}: no French example shows these built-in strings; add or extend a "
        "`lang: fr` example that does:\n" + "\n".join(missing)
    )


def test_the_placeholders_are_split_out() -> None:
    assert PLACEHOLDER.split("Vous avez {n} caractères de trop") == [
        "Vous avez ",
        " caractères de trop",
    ]


class _Words(HTMLParser):
    """The text a page shows or reads: text nodes and the attributes that hold words."""

    WORDS = ("alt", "title", "placeholder", "value", "aria-label", "aria-roledescription")

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        for key, value in attrs:
            if value and (key in self.WORDS or key.startswith("data-")):
                self.words.append(value)

    def handle_data(self, data):
        self.words.append(data)


@pytest.mark.parametrize("name", NAMES)
def test_french_text_uses_the_typographic_apostrophe(name: str) -> None:
    """French text writes ’ (U+2019), as every other French string does, not ' : in the
    built-in strings and in what the French examples show and read."""
    straight = [
        f"strings.{key}: {value['fr']!r}"
        for key, value in (SPECS[name].get("strings") or {}).items()
        if "'" in value["fr"]
    ]
    for example in (e for e in EXAMPLES if e.component == name and e.lang == "fr"):
        for text in _Words(
            (example.wrap or "{content}").replace("{content}", str(example.render()))
        ).words:
            if "'" in text:
                straight.append(f"{example.id}: {text.strip()[:80]!r}")
    assert not straight, "straight apostrophes in French text: " + "; ".join(straight)
