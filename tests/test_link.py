"""link: the icon after the text stays with the last word, and is not part of the name."""

from __future__ import annotations

import re

import pytest
from markupsafe import Markup

import gcds
from gcds.examples import page as page_html

CSS = "/static/gcds/css/gcds.css"

ICON_LINKS = {
    "external": {"text": "Health care in Ontario", "href": "https://www.ontario.ca/", "external": True},
    "new tab": {"text": "Help with this form", "href": "/help", "new_tab": True},
    "email": {"text": "info@example.gc.ca", "href": "mailto:info@example.gc.ca"},
    "phone": {"text": "1-800-622-6232", "href": "tel:+18006226232"},
    "download": {"text": "Annual report", "href": "/r.pdf", "download": "", "file_type": "PDF"},
}  # fmt: skip


@pytest.mark.parametrize("params", ICON_LINKS.values(), ids=list(ICON_LINKS))
def test_the_word_joiner_is_hidden_with_the_icon(params) -> None:
    """U+2060 glues the icon to the last word; it is inside the aria-hidden icon part, so
    a screen reader's name for the link ends with its words ("info@example.gc.ca")."""
    html = str(gcds.render("link", **params))
    outside = re.sub(r'<span class="gcds-link__icon-wrap" aria-hidden="true">.*?</span>', "", html)
    assert "\u2060" in html or "&#8288;" in html
    assert "\u2060" not in outside and "&#8288;" not in outside


@pytest.mark.browser
@pytest.mark.parametrize("name", ["external", "new tab"])
def test_the_icon_never_wraps_alone(open_page, name) -> None:
    """In a box just wide enough for the text, the icon goes to the next line with the
    last word, not on its own. (A last word too long for any line, a long email address,
    is broken where it must by overflow-wrap: break-word, which may be before the icon.)"""
    link = Markup(gcds.render("link", **ICON_LINKS[name]))
    body = Markup('<div id="box">') + link + Markup("</div>")
    page = open_page(
        page_html(body, lang="en", title="Link", heading="Link", css_href=CSS, js_href=None),
        js=False,
    )
    lines = page.evaluate(
        """() => {
            const box = document.getElementById('box');
            const a = box.querySelector('a');
            const text = a.firstChild;
            const range = document.createRange();
            range.selectNodeContents(text);
            box.style.width = Math.ceil(range.getBoundingClientRect().width) + 1 + 'px';
            const icon = a.querySelector('svg').getBoundingClientRect();
            range.setStart(text, text.length - 1);
            const last = range.getBoundingClientRect();
            return {iconTop: Math.round(icon.top), lastTop: Math.round(last.top),
                    lastBottom: Math.round(last.bottom), rects: a.getClientRects().length};
        }"""
    )
    assert lines["rects"] > 1, lines  # the box did make the link wrap
    assert lines["lastTop"] <= lines["iconTop"] < lines["lastBottom"], lines
