"""What every form field shares (forms contract): values survive a re-render exactly, and
hint, error and required are wired for assistive technology. Driven by each spec's `field` key.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest

import gcds

from .specdata import EXAMPLES, SPECS

FIELDS = sorted(name for name, spec in SPECS.items() if spec.get("field"))
TRICKY = (
    'He said "hi" & <b>bye</b>',
    "It's O'Brien's",
    "  leading and trailing spaces  ",
    "Émilie Côté-Lévesque, à Montréal (Québec)",
    "😀 emoji 👩‍👩‍👧 ok",
    "&amp; is not decoded twice &lt;",
    "{{ 7*7 }} {% raw %}",
    "x" * 10_000,
)
MULTILINE = ("line one\nline two\n\nline four", "\nstarts with a newline", "ends with a newline\n")


class Element:
    def __init__(self, tag: str, attrs: dict[str, str | None]):
        self.tag, self.attrs, self.text = tag, attrs, ""


class Parsed(HTMLParser):
    """Every element with its attributes; the text of textareas and elements by id."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs))
        self.elements.append(element)
        if tag not in (
            "input",
            "br",
            "img",
            "meta",
            "link",
            "hr",
            "path",
            "circle",
            "line",
            "polyline",
            "rect",
        ):
            self._open.append(element)

    def handle_endtag(self, tag):
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index].tag == tag:
                del self._open[index:]
                break

    def handle_data(self, data):
        for element in self._open:
            element.text += data

    def by_id(self, id_: str) -> Element:
        found = [e for e in self.elements if e.attrs.get("id") == id_]
        assert len(found) == 1, f"expected one element with id={id_!r}, found {len(found)}"
        return found[0]


def _base(name: str) -> dict[str, Any]:
    example = next(e for e in EXAMPLES if e.component == name and not e.params.get("error"))
    return dict(example.params)


def _control_id(params: dict[str, Any]) -> str:
    return params.get("id") or params["name"]


def _read(name: str, html: str, params: dict[str, Any]) -> Any:
    """The value(s) a browser would submit back, read from the HTML."""
    parsed = Parsed(html)
    kind = SPECS[name]["field"]["read"]
    if kind == "input":
        return parsed.by_id(_control_id(params)).attrs.get("value")
    if kind == "textarea":
        text = parsed.by_id(_control_id(params)).text
        return text[1:] if text.startswith("\n") else text  # HTML drops one leading newline
    if kind == "select":
        return [
            e.attrs.get("value")
            for e in parsed.elements
            if e.tag == "option" and "selected" in e.attrs
        ]
    if kind == "checked":
        return [
            e.attrs.get("value")
            for e in parsed.elements
            if e.tag == "input" and e.attrs.get("name") == params["name"] and "checked" in e.attrs
        ]
    if kind == "date":
        return {
            part: next(
                e.attrs.get("value")
                for e in parsed.elements
                if e.tag == "input" and e.attrs.get("name") == f"{params['name']}-{part}"
            )
            for part in ("day", "month", "year")
        }
    raise AssertionError(f"{name}: unknown field read kind {kind!r}")


def _cases(name: str) -> list[tuple[dict[str, Any], Any]]:
    """(params, expected value read back) for one field component."""
    kind = SPECS[name]["field"]["read"]
    base = _base(name)
    if kind in ("input", "textarea"):
        values = TRICKY + (MULTILINE if kind == "textarea" else ())
        return [({**base, "value": v}, v) for v in values]
    if kind in ("select", "checked"):
        items = [{"value": v, "text": v} for v in TRICKY]
        base = {k: v for k, v in base.items() if k not in ("value",)}
        many = name == "checkboxes" or base.get("multiple")
        cases = []
        for v in TRICKY:
            value = [v] if many else v
            cases.append(({**base, "items": items, "value": value}, [v]))
        if many:
            cases.append(({**base, "items": items, "value": list(TRICKY[:3])}, list(TRICKY[:3])))
        return cases
    if kind == "date":
        return [
            (
                {**base, "value": {"day": " 1 ", "month": "<12>", "year": "2024 😀"}},
                {"day": " 1 ", "month": "<12>", "year": "2024 😀"},
            ),
            (
                {**base, "value": {"day": "31", "month": "02", "year": ""}},
                {"day": "31", "month": "02", "year": ""},
            ),
        ]
    raise AssertionError(kind)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", FIELDS)
def test_submitted_values_survive_a_re_render_exactly(name: str, lang: str) -> None:
    for params, expected in _cases(name):
        html = gcds.render(name, lang=lang, **params)
        got = _read(name, html, params)
        assert got == expected, (
            f"{name}: value {str(expected)[:60]!r} came back as {str(got)[:60]!r}"
        )


def _described_ids(parsed: Parsed) -> set[str]:
    ids: set[str] = set()
    for element in parsed.elements:
        ids.update((element.attrs.get("aria-describedby") or "").split())
    return ids


def _id_of_text(parsed: Parsed, text: str) -> str:
    """The id of the innermost element with an id whose text contains ``text``."""
    holders = [e for e in parsed.elements if e.attrs.get("id") and text in e.text]
    assert holders, f"no element with an id holds {text!r}"
    return min(holders, key=lambda e: len(e.text)).attrs["id"]


@pytest.mark.parametrize("name", FIELDS)
def test_hint_and_error_are_described_and_invalid_is_marked(name: str) -> None:
    params = {**_base(name), "hint": "Hint words here", "error": "Error words here"}
    parsed = Parsed(gcds.render(name, **params))
    described = _described_ids(parsed)
    assert _id_of_text(parsed, "Hint words here") in described
    assert _id_of_text(parsed, "Error words here") in described
    assert any(e.attrs.get("aria-invalid") == "true" for e in parsed.elements), "no aria-invalid"
    clean = Parsed(gcds.render(name, **_base(name)))
    assert not any(e.attrs.get("aria-invalid") for e in clean.elements)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", FIELDS)
def test_required_is_said_in_words(name: str, lang: str) -> None:
    words = {"en": "(required)", "fr": "(obligatoire)"}[lang]
    html = gcds.render(name, lang=lang, **{**_base(name), "required": True})
    assert words in html
    assert words not in gcds.render(name, lang=lang, **{**_base(name), "required": False})
    if SPECS[name]["field"]["read"] in ("input", "textarea", "select"):
        control = Parsed(html).by_id(_control_id(_base(name)))
        assert "required" in control.attrs


#: Every component with its own controls that can be required and in error (file_uploader
#: has no value to read back, so it has no `field` key). Textarea is being changed
#: elsewhere: strict, so this fails as soon as it writes aria-invalid="false" too.
REQUIRABLE = sorted({*FIELDS, "file_uploader"})


def _controls(html: str) -> list[Element]:
    return [
        e
        for e in Parsed(str(html)).elements
        if e.tag in ("input", "select", "textarea") and e.attrs.get("type") != "hidden"
    ]


@pytest.mark.parametrize("name", REQUIRABLE)
def test_required_without_an_error_is_not_invalid(name: str) -> None:
    """A required control with no error says aria-invalid="false": without it Chromium maps
    the browser's own check (nothing chosen, no file, the empty option of a select) to the
    invalid state, and a screen reader says "invalid entry" before the person has answered.
    In error it is "true"; a control that is not required is left alone."""
    base = {k: v for k, v in _base(name).items() if k not in ("error", "error_fields")}
    if name == "checkboxes":  # a group's boxes are not required one by one: one on its own
        base = {k: v for k, v in base.items() if k not in ("legend", "hint")}
        base["items"] = [next(i for i in base["items"] if "divider" not in i)]
    required = _controls(gcds.render(name, **base, required=True))
    assert required and all("required" in c.attrs for c in required), name
    assert [c.attrs.get("aria-invalid") for c in required] == ["false"] * len(required)
    in_error = _controls(gcds.render(name, **base, required=True, error="Answer this"))
    assert [c.attrs.get("aria-invalid") for c in in_error] == ["true"] * len(in_error)
    optional = _controls(gcds.render(name, **base, required=False))
    assert not any("aria-invalid" in c.attrs for c in optional), name


def test_date_parts_not_in_error_are_not_invalid() -> None:
    html = gcds.render(
        "date_input",
        name="dob",
        legend="Date of birth",
        required=True,
        error="The year must be 4 numbers",
        error_fields=["year"],
    )
    states = {c.attrs["id"]: c.attrs.get("aria-invalid") for c in _controls(html)}
    assert states == {"dob-month": "false", "dob-day": "false", "dob-year": "true"}
