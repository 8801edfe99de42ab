"""Values as users pass them: lazy translation strings, numbers, Jinja's Undefined, and
the attributes a component writes itself. Driven by the specs: every param of every type."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from babel.support import LazyProxy
from django.utils.translation import gettext_lazy
from flask_babel import lazy_gettext
from jinja2 import ChainableUndefined, StrictUndefined, Undefined

import gcds
from gcds.examples import Example

from .specdata import EXAMPLES, SPECS, own_params
from .test_integrations import load_snippet

# Django's lazy strings need settings: the same ones as the Django integration tests.
load_snippet("django_app")

NAMES = sorted(SPECS)
TEXT_TYPES = {"str", "markup"}


def _base(name: str) -> Example:
    return next(e for e in EXAMPLES if e.component == name)


def _text_params(name: str) -> list[str]:
    return [p["name"] for p in own_params(SPECS[name]) if p["type"] in TEXT_TYPES]


def _render(example: Example, **changes):
    return gcds.render(
        example.component, caller=_caller(example), **{**example.call_params(), **changes}
    )


def _caller(example: Example):
    from markupsafe import Markup

    return Markup(example.caller) if example.caller is not None else None


LAZY = {
    "django gettext_lazy": lambda text: gettext_lazy(text),
    "flask-babel lazy_gettext": lambda text: _flask_lazy(text),
    "babel LazyProxy": lambda text: LazyProxy(lambda: text, enable_cache=False),
}


def _flask_lazy(text: str):
    # Flask-Babel's lazy string resolves in an app context; outside one it returns the id.
    return lazy_gettext(text)


@pytest.mark.parametrize("lazy", LAZY, ids=list(LAZY))
@pytest.mark.parametrize("name", NAMES)
def test_lazy_translation_strings_are_text(name: str, lazy: str) -> None:
    """Every text param of the first example renders the same from a lazy string."""
    example = _base(name)
    for param in _text_params(name):
        given = example.call_params().get(param)
        if not isinstance(given, str) or not given:
            continue
        if type(given) is not str:  # Markup in the example: a lazy string is plain text
            continue
        expected = _render(example)
        assert _render(example, **{param: LAZY[lazy](given)}) == expected, (name, param)


class _Text:
    def __str__(self) -> str:
        return "looks like text"


@pytest.mark.parametrize("name", NAMES)
def test_numbers_and_other_objects_are_not_text(name: str) -> None:
    example = _base(name)
    for param in _text_params(name):
        for wrong, says in ((42, "not a number"), (1.5, "not a number"), (_Text(), "_Text")):
            with pytest.raises(gcds.ParamError) as raised:
                _render(example, **{param: wrong})
            message = str(raised.value)
            assert f"gcds.{name}, parameter '{param}'" in message and says in message


def test_numbers_are_refused_with_a_way_out() -> None:
    with pytest.raises(gcds.ParamError, match=r"'text': must be text, not a number \(42\)"):
        gcds.render("button", text=42)


@pytest.mark.parametrize("undefined", [Undefined, ChainableUndefined])
@pytest.mark.parametrize("name", NAMES)
def test_undefined_is_not_given(name: str, undefined) -> None:
    """An optional param given Undefined renders as if it were left out; a required one
    raises a ParamError naming it."""
    example = _base(name)
    expected = _render(example)
    for param in own_params(SPECS[name]):
        key = param["name"]
        missing = undefined(name=f"errors.{key}")
        if param.get("required"):
            with pytest.raises(gcds.ParamError, match=f"'{key}': is required and was undefined"):
                _render(example, **{key: missing})
        elif key not in example.params:
            assert _render(example, **{key: missing}) == expected, (name, key)


def test_strict_undefined_is_an_error() -> None:
    """StrictUndefined is the application asking to be told: it is, naming the param."""
    with pytest.raises(gcds.ParamError, match=r"'hint': is undefined \('errors.x' is undefined\)"):
        gcds.render("input", name="x", label="X", hint=StrictUndefined(name="errors.x"))


def test_undefined_from_a_template() -> None:
    env = gcds.environment()
    template = env.from_string(
        '{{ gcds.input(name="full-name", label="Full name", error=errors.full_name) }}'
    )
    html = template.render(errors={})
    assert "aria-invalid" not in html and "gcds-error-message" not in html
    with pytest.raises(gcds.ParamError, match="'label': is required and was undefined"):
        env.from_string('{{ gcds.input(name="x", label=labels.x) }}').render(labels={})


class _Tags(HTMLParser):
    """The attributes of the element that carries ``data-gcds-probe``."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[list[tuple[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        if any(name == "data-gcds-probe" for name, _ in attrs):
            self.found.append(attrs)


def _probed(example: Example) -> list[str]:
    parser = _Tags()
    parser.feed(str(_render(example, attributes={"data-gcds-probe": "1"})))
    assert len(parser.found) == 1, f"{example.id}: the attributes must land on one element"
    return [name for name, _ in parser.found[0] if name != "data-gcds-probe"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_attributes_never_repeat_one_the_component_writes(example: Example) -> None:
    """For every attribute a component writes on the element that takes ``attributes``,
    passing it again there is refused, naming the param to use where there is one."""
    for name in _probed(example):
        with pytest.raises(gcds.ParamError) as raised:
            _render(example, attributes={name: "x"})
        message = str(raised.value)
        assert f"gcds.{example.component}, parameter 'attributes': '{name}'" in message
        if name in ("class", "id", "lang"):
            assert {"class": "'classes'", "id": "'id'", "lang": "'lang'"}[name] in message


@pytest.mark.parametrize(
    "name", [n for n in NAMES if any(p["name"] == "described_by" for p in SPECS[n]["params"])]
)
def test_described_by_comes_first_then_hint_and_error(name: str) -> None:
    example = next((e for e in EXAMPLES if e.component == name and "hint" in e.params), _base(name))
    params = {**example.call_params(), "hint": "A hint.", "error": "An error."}
    if name in ("fieldset", "radios", "checkboxes", "date_input"):
        params.setdefault("id", params.get("name") or "group")
    html = str(gcds.render(name, caller=_caller(example), **params, described_by=["intro", "more"]))
    described = [v for v in _describedby(html) if v.startswith("intro")]
    assert described, f"{name}: described_by is not in any aria-describedby"
    ids = described[0].split()
    assert ids[:2] == ["intro", "more"], ids
    assert any(i.endswith("-hint") for i in ids) and any(i.endswith("-error") for i in ids), ids
    assert (
        str(gcds.render(name, caller=_caller(example), **params, described_by="intro")).count(
            'aria-describedby="intro '
        )
        == 1
    )
    with pytest.raises(gcds.ParamError, match=r"aria-describedby.*'described_by'"):
        gcds.render(name, caller=_caller(example), **params, attributes={"aria-describedby": "x"})
    with pytest.raises(gcds.ParamError, match="an id cannot contain spaces"):
        gcds.render(name, caller=_caller(example), **params, described_by="two ids")


def _describedby(html: str) -> list[str]:
    import re

    return re.findall(r'aria-describedby="([^"]*)"', html)


_PROBES = {
    "id": ("id", "gcds-probe"),
    "classes": ("class", "gcds-probe"),
    "attributes": ("data-gcds-probe", "1"),
}


class _Landing(HTMLParser):
    """For each common param, the (tag, classes, exact) of the elements carrying its probe
    value (``exact`` False: an id used as a prefix, ``<id>-day``)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, list[tuple[str, list[str], bool]]] = {key: [] for key in _PROBES}

    def handle_starttag(self, tag, attrs):
        given = dict(attrs)
        classes = (given.get("class") or "").split()
        for key, (attr, value) in _PROBES.items():
            here = given.get(attr) or ""
            if (key == "classes" and value in classes) or (key != "classes" and here == value):
                self.found[key].append((tag, classes, True))
            elif key == "id" and here.startswith(value + "-"):
                self.found[key].append((tag, classes, False))


def _matches(selector: str, tag: str, classes: list[str]) -> bool:
    want_tag, _, css_class = selector.partition(".")
    return (not want_tag or want_tag == tag) and (not css_class or css_class in classes)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_id_classes_and_attributes_land_where_the_spec_says(example: Example) -> None:
    """The spec's ``lands`` (shown on each component's docs page) is where they go."""
    html = _render(
        example, id="gcds-probe", classes="gcds-probe", attributes={"data-gcds-probe": "1"}
    )
    parser = _Landing()
    parser.feed(str(html))
    for key, where in SPECS[example.component]["lands"].items():
        noted = not isinstance(where, str)
        selectors = where["element"] if noted else [where]
        selectors = selectors if isinstance(selectors, list) else [selectors]
        found = [(t, c) for t, c, exact in parser.found[key] if exact or noted]
        assert found, f"{example.id}: {key} is on no element"
        if noted:  # e.g. an id used as a prefix: some of the elements it names are these
            assert any(_matches(s, t, c) for s in selectors for t, c in found), (example.id, key)
            continue
        selector = selectors[0]
        (tag, classes), *more = found
        assert not more, f"{example.id}: {key} is on {len(found)} elements"
        assert _matches(selector, tag, classes), (
            f"{example.id}: {key} lands on <{tag} class={' '.join(classes)!r}>, "
            f"the spec says {selector}"
        )
