"""link: the icon after the text stays with the last word, and is not part of the name; a
download link gives its file type and size, a size in bytes written in the page language."""

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


def _file_info(html: str) -> str:
    """The text in the link's parentheses: "(PDF, 2.4 MB)"."""
    found = re.search(r'<span class="gcds-link__file"[^>]*>\((.*?)\)</span>', str(html))
    assert found, html
    return found[1]


def _download(lang: str = "en", **params) -> str:
    params = {"href": "/files/guide.pdf", "text": "Application guide", "file_type": "PDF", **params}
    return str(gcds.render("link", lang=lang, **params))


NBSP = "\u00a0"


@pytest.mark.parametrize(
    "size, en, fr",
    [
        (0, "0 bytes", "0 octet"),
        (1, "1 byte", "1 octet"),
        (2, "2 bytes", "2 octets"),
        (999, "999 bytes", "999 octets"),
        (1000, "1 kB", "1 ko"),
        (1049, "1 kB", "1 ko"),  # 1.049 kB: to the nearest tenth
        (1050, "1.1 kB", "1,1 ko"),  # halves round up
        (9949, "9.9 kB", "9,9 ko"),
        (9950, "10 kB", "10 ko"),  # rounds to 10: whole numbers from there
        (845_120, "845 kB", "845 ko"),
        (999_499, "999 kB", "999 ko"),
        (999_500, "1 MB", "1 Mo"),  # would be 1000 kB: the next unit
        (1_500_000, "1.5 MB", "1,5 Mo"),
        (2_400_000, "2.4 MB", "2,4 Mo"),
        (2_450_000, "2.5 MB", "2,5 Mo"),
        (12_345_678, "12 MB", "12 Mo"),
        (1_000_000_000, "1 GB", "1 Go"),
        (1_326_000_000, "1.3 GB", "1,3 Go"),
        (1_234_567_890_123, "1,235 GB", "1 235 Go"),  # no unit above GB: grouped digits
    ],
)
def test_a_size_in_bytes_is_written_in_the_page_language(size: int, en: str, fr: str) -> None:
    """Decimal units, a tenth below 10 of a unit, a non-breaking space before the unit
    (and between groups of digits in French), a comma for the French decimal mark."""
    assert _file_info(_download("en", file_size=size)) == "PDF, " + en.replace(" ", NBSP)
    assert _file_info(_download("fr", file_size=size)) == "PDF, " + fr.replace(" ", NBSP)


def test_a_size_given_as_text_is_shown_as_given() -> None:
    assert _file_info(_download(file_size="2 MB")) == "PDF, 2 MB"


@pytest.mark.parametrize("bad", [-1, -2_400_000])
def test_a_negative_size_is_refused(bad: int) -> None:
    with pytest.raises(gcds.ParamError, match=r"gcds\.link, parameter 'file_size'.*0 or more"):
        _download(file_size=bad)


@pytest.mark.parametrize("bad", [2.4, True, [2_400_000]])
def test_a_size_is_a_whole_number_of_bytes_or_text(bad) -> None:
    with pytest.raises(gcds.ParamError, match=r"parameter 'file_size'"):
        _download(file_size=bad)


def test_the_built_in_units_can_be_overridden() -> None:
    html = _download(file_size=273_000, strings={"size_kb": "{n} KB"})
    assert _file_info(html) == "PDF, 273 KB"


def test_a_file_type_makes_a_download_link_without_the_download_attribute() -> None:
    """A PDF the browser opens in its viewer: the download icon and "(download)", the file
    type and size, and no `download` attribute (which only same-site files honour)."""
    html = _download(file_size=2_400_000)
    assert " download" not in html.split(">", 1)[0]
    assert 'class="gcds-link__context"> (download)</span>' in html
    assert "gcds-link__icon-wrap" in html
    with_attribute = _download(file_size=2_400_000, download="")
    assert with_attribute.startswith('<a class="gcds-link" href="/files/guide.pdf" download>')


def test_a_size_needs_a_file_type_or_a_download() -> None:
    with pytest.raises(gcds.ParamError, match=r"parameter 'file_size'.*give file_type"):
        gcds.render("link", href="/f.pdf", text="Guide", file_size=2_400_000)
    # With download (and no file type) the size alone is still a download link's.
    html = str(gcds.render("link", href="/f.pdf", text="Guide", download="", file_size=0))
    assert _file_info(html) == f"0{NBSP}bytes"


def test_the_file_details_keep_the_page_language_on_a_link_to_the_other_language() -> None:
    html = _download("en", hreflang="fr", text="Guide de demande", file_size=2_400_000)
    assert f'<span class="gcds-link__file" lang="en">(PDF, 2.4{NBSP}MB)</span>' in html
    assert 'lang="fr"' in html.split(">", 1)[0]
