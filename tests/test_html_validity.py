"""Layer 2: every example, in its own language, is a valid, complete page (html-validate).

The pages are checked with html-validate's ``recommended`` and ``document`` presets
(.htmlvalidate.json): ``document`` is for a complete page, as every example page is, and
adds a doctype, one h1 and no skipped heading level, a label for every input, SRI on
cross-origin resources and ``no-missing-references`` (every ``for``, ``list`` and ARIA id
reference is on the page). html-validate does not follow links, so ``missing_references``
below also checks that every same-page link (``href="#id"``), ``headers``, ``form``,
``popovertarget`` and ``commandfor`` finds its id on the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

from gcds.check.validator import validate_files

from .pages import write_pages
from .specdata import ROOT

VALIDATOR = ROOT / "node_modules" / ".bin" / "html-validate"
CONFIG = ROOT / ".htmlvalidate.json"
#: For whole pages built on gcds/page.html: CONFIG, plus SRI on every stylesheet and script
#: (page.html writes an integrity hash for its own files, which a team may serve from
#: another host) and the first heading may be an h2: the header's hidden "Language
#: selection" h2 (lang_toggle) comes before the page's h1, as on every Canada.ca page.
PAGE_CONFIG = ROOT / ".htmlvalidate-page.json"


def html_validate(files: Iterable[Path], out: Path, *, config: Path = CONFIG) -> list[str]:
    """html-validate's messages for ``files``, one line each (gcds check's own runner; the
    report goes to ``out``)."""
    if not VALIDATOR.exists():
        pytest.fail("html-validate is not installed: run `make test` (it runs `npm ci`)")
    return validate_files(str(VALIDATOR), files, out, config=config, cwd=ROOT)


# Attributes that hold ids of elements on the same page, and which html-validate's
# no-missing-references does not check (it checks label for, input list and aria-*).
_ID_LISTS = {"headers"}
_ID_REFS = {"form", "popovertarget", "commandfor"}


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str, str]] = []  # (element, attribute, id)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif name == "href" and tag in ("a", "area") and value.startswith("#"):
                self.refs.append((tag, name, unquote(value[1:])))
            elif name in _ID_LISTS:
                self.refs.extend((tag, name, ref) for ref in value.split())
            elif name in _ID_REFS or (name == "for" and tag == "output"):
                self.refs.append((tag, name, value))


def missing_references(html: str) -> list[str]:
    """Every same-page link and id reference that finds no element with that id."""
    parser = _References()
    parser.feed(html)
    parser.close()
    return [
        f'<{tag} {attr}="{"#" if attr == "href" else ""}{ref}">: no element with id "{ref}"'
        for tag, attr, ref in parser.refs
        if ref not in parser.ids
    ]


def test_every_example_is_valid_html(tmp_path) -> None:
    pages = write_pages(
        tmp_path / "pages", css_href="/static/gcds/css/gcds.css", js_href="/static/gcds/js/gcds.js"
    )
    problems = html_validate(pages.values(), tmp_path / "report.json")
    problems = [p.removeprefix(str(tmp_path / "pages") + "/") for p in problems]
    assert not problems, "html-validate found:\n" + "\n".join(problems)


def test_every_link_and_id_reference_is_on_the_page(tmp_path) -> None:
    """An example page is complete: its context (the spec's ``wrap``) holds every field an
    error summary links to, the control a label is for, the target of a skip link."""
    pages = write_pages(tmp_path, css_href="/static/gcds/css/gcds.css", js_href=None)
    problems = [
        f"{example_id}: {problem}"
        for example_id, path in pages.items()
        for problem in missing_references(path.read_text(encoding="utf-8"))
    ]
    assert not problems, "references to ids not on the page:\n" + "\n".join(problems)


def test_the_reference_check_can_fail() -> None:
    html = (
        '<p id="here"><a href="#here">Fine</a> <a href="#gone">Gone</a> <a href="#">Top</a>'
        '<a href="/other#x">Other page</a></p><table><tr><th id="h">H</th>'
        '<td headers="h nowhere">1</td></tr></table><button popovertarget="pop">Open</button>'
    )
    assert missing_references(html) == [
        '<a href="#gone">: no element with id "gone"',
        '<a href="#">: no element with id ""',
        '<td headers="nowhere">: no element with id "nowhere"',
        '<button popovertarget="pop">: no element with id "pop"',
    ]
