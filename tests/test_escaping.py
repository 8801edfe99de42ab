"""Layer 1: hostile text in every text parameter stays text: no new element, no new attribute."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from markupsafe import Markup

import gcds

from .specdata import EXAMPLES, SPECS

HOSTILE = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' onfocus='alert(1)' autofocus='",
    "</textarea></title><svg onload=alert(1)>",
    "{{ 7*7 }}{% raw %}",
)
BENIGN = {"str": "Benign text", "markup": "Benign text", "url": "https://example.ca/benign"}
TEXT_TYPES = frozenset(BENIGN)


class _Shape(HTMLParser):
    """Records every start tag with its attribute names: the document's shape."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shape: list[tuple[str, tuple[str, ...]]] = []

    def handle_starttag(self, tag, attrs):
        self.shape.append((tag, tuple(sorted(name for name, _ in attrs))))

    handle_startendtag = handle_starttag


def shape(html: str) -> list[tuple[str, tuple[str, ...]]]:
    parser = _Shape()
    parser.feed(html)
    parser.close()
    return parser.shape


def _render(example, **override) -> str | None:
    try:
        return (
            example.render(**{})
            if not override
            else gcds.render(
                example.component,
                caller=None if example.caller is None else Markup(example.caller),
                lang=example.lang,
                **{**example.params, **override},
            )
        )
    except gcds.ParamError:
        return None  # not a valid combination for this example


@pytest.mark.parametrize("name", sorted(SPECS))
def test_hostile_text_stays_text(name: str) -> None:
    params = [p for p in SPECS[name]["params"] if p["type"] in TEXT_TYPES]
    covered: set[str] = set()
    for example in (e for e in EXAMPLES if e.component == name):
        for param in params:
            baseline = _render(example, **{param["name"]: BENIGN[param["type"]]})
            if baseline is None:
                if _render(example, **{param["name"]: example.params.get(param["name"])}) is None:
                    continue  # the example itself does not take this param
                # The param checks its format (a date, say): hostile text must be refused too.
                for hostile in HOSTILE:
                    assert _render(example, **{param["name"]: hostile}) is None, (
                        f"{example.id}: {param['name']} refused plain text but took {hostile!r}"
                    )
                covered.add(param["name"])
                continue
            for hostile in HOSTILE:
                html = _render(example, **{param["name"]: hostile})
                if html is None and len(hostile) > len(BENIGN[param["type"]]):
                    # A param with a length limit (sign_in's label: 25 characters) refuses
                    # long text: cut to the benign text's length, it must be taken, as text.
                    hostile = hostile[: len(BENIGN[param["type"]])]
                    html = _render(example, **{param["name"]: hostile})
                assert html is not None, f"{example.id}: {param['name']}={hostile!r} was refused"
                assert shape(html) == shape(baseline), f"{example.id}: {param['name']}={hostile!r}"
                for bad in ("<script", "<img", "<svg onload"):
                    assert html.count(bad) == baseline.count(bad), f"{example.id}: {bad}"
            covered.add(param["name"])
    missing = {p["name"] for p in params} - covered
    assert not missing, (
        f"{name}: no example accepts these params, so they were not tested: {missing}"
    )


@pytest.mark.parametrize("name", sorted(SPECS))
def test_hostile_attribute_values_stay_values(name: str) -> None:
    example = next(e for e in EXAMPLES if e.component == name)
    baseline = _render(example, attributes={"data-x": "benign"})
    for hostile in HOSTILE:
        html = _render(example, attributes={"data-x": hostile})
        assert shape(html) == shape(baseline), hostile


def test_string_caller_is_escaped() -> None:
    takes_content = [e for e in EXAMPLES if e.caller is not None]
    for example in takes_content:
        html = gcds.render(example.component, caller="<b>bold</b>", **example.params)
        assert "&lt;b&gt;bold&lt;/b&gt;" in html, example.id
