"""pagination: the simple display's link names, as a screen reader is given them."""

from __future__ import annotations

import re

import pytest

import gcds


def _names(html: str) -> list[str]:
    """Each link's text without its aria-hidden parts (the accessibility tree layer checks
    the names Chromium computes; this pins that nothing else is read between the words)."""
    names = []
    for link in re.findall(r"<a\b[^>]*>(.*?)</a>", str(html), flags=re.S):
        link = re.sub(r'<(span|svg)\b[^>]*aria-hidden="true"[^>]*>.*?</\1>', "", link, flags=re.S)
        names.append(re.sub(r"[ \t\n]+", " ", re.sub(r"<[^>]+>", "", link)).strip())
    return names


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("en", ["Previous: Who can apply", "Next: Documents you need"]),
        (
            "fr",
            ["Précédent\u00a0: Qui peut présenter une demande", "Suivant\u00a0: Documents requis"],
        ),
    ],
)
def test_simple_links_read_the_direction_a_colon_and_the_label(lang, expected) -> None:
    labels = {
        "en": ("Who can apply", "Documents you need"),
        "fr": ("Qui peut présenter une demande", "Documents requis"),
    }[lang]
    html = gcds.render(
        "pagination",
        lang=lang,
        display="simple",
        previous_href="/a",
        next_href="/b",
        previous_label=labels[0],
        next_label=labels[1],
    )
    assert _names(html) == expected
    # Without labels the visible word is the name, with no colon.
    plain = gcds.render("pagination", lang=lang, display="simple", previous_href="/a")
    assert _names(plain) == [{"en": "Previous", "fr": "Précédent"}[lang]]
    assert '<span class="gcds-pagination__direction">' in str(plain)
