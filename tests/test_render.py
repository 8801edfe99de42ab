"""Layer 1: every example renders; specs and macros agree; bad params raise ParamError."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from jinja2 import nodes

import gcds
from gcds.examples import Example
from gcds.specs import components_dir

from .specdata import EXAMPLE_IDS, EXAMPLES, SPECS, own_params

NAMES = sorted(SPECS)


@pytest.mark.parametrize("example", EXAMPLES, ids=EXAMPLE_IDS)
def test_example_renders(example: Example) -> None:
    """In its own language: the French examples, with the built-in strings, are the French
    pass (test_french.py)."""
    html = example.render()
    assert html.strip(), f"{example.id} rendered nothing"
    assert "{{" not in html and "{%" not in html


def _macro_usage(name: str) -> tuple[list[str], set[str], set[str]]:
    """(macro arguments, names read as p.<x>, names read as t.<x>) for one raw macro."""
    env = gcds.environment()
    source = (components_dir() / name / f"{name}.html").read_text(encoding="utf-8")
    tree = env.parse(source)
    macros = [m for m in tree.find_all(nodes.Macro) if m.name == name]
    assert len(macros) == 1, f"components/{name}/{name}.html must define one macro named {name!r}"
    used: dict[str, set[str]] = {"p": set(), "t": set()}
    for node in macros[0].find_all(nodes.Getattr):
        if isinstance(node.node, nodes.Name) and node.node.name in used:
            used[node.node.name].add(node.attr)
    return [a.name for a in macros[0].args], used["p"], used["t"]


@pytest.mark.parametrize("name", NAMES)
def test_spec_and_macro_agree(name: str) -> None:
    spec = SPECS[name]
    args, used_params, used_strings = _macro_usage(name)
    assert args == ["p", "t", "lang"], f"{name}: the raw macro must take (p, t, lang), not {args}"
    declared = {p["name"] for p in spec["params"]}  # the common params too (a field reads p.id)
    own = {p["name"] for p in own_params(spec)}
    assert used_params - declared == set(), f"{name}: macro reads params the spec does not declare"
    assert own - used_params == set(), f"{name}: spec declares params the macro never uses"
    strings = set(spec.get("strings") or ())
    assert used_strings - strings == set(), f"{name}: macro reads strings the spec does not declare"
    assert strings - used_strings == set(), f"{name}: spec declares strings the macro never uses"


def _base(name: str) -> Example:
    return next(e for e in EXAMPLES if e.component == name)


def _raises(name: str, param: str | None, pattern: str, /, **params) -> None:
    with pytest.raises(gcds.ParamError) as info:
        gcds.render(name, **params)
    message = str(info.value)
    assert message.startswith(f"gcds.{name}"), message
    if param:
        assert f"'{param}'" in message, message
    assert re.search(pattern, message), message


@pytest.mark.parametrize("name", NAMES)
def test_unknown_param_suggests_the_near_miss(name: str) -> None:
    base = _base(name)
    # A component may have no params of its own (archived_banner): a common one then.
    target = next((p["name"] for p in own_params(SPECS[name])), "classes")
    typo = target[:-1] + ("x" if target[-1] != "x" else "y")
    _raises(name, typo, rf"Did you mean '{target}'\?", **{**base.params, typo: "value"})


WITH_REQUIRED = [n for n in NAMES if any(p.get("required") for p in SPECS[n]["params"])]


@pytest.mark.parametrize("name", WITH_REQUIRED)
def test_missing_required_param(name: str) -> None:
    required = [p["name"] for p in own_params(SPECS[name]) if p.get("required")]
    base = _base(name)
    for param in required:
        params = {k: v for k, v in base.params.items() if k != param}
        _raises(name, param, "is required", **params)


# A value no check accepts, for a param that takes one of several types ("str|list").
_WRONG_FOR_ANY = object()
_WRONG = {
    "bool": "yes",
    "int": "3",
    "list": "not a list",
    "dict": ["not", "a", "dict"],
    "str": ["x"],
    "markup": {"x": 1},
    "url": 42,
    "enum": "not-a-value",
    "idrefs": 42,
}


@pytest.mark.parametrize("name", NAMES)
def test_wrong_type_and_bad_enum(name: str) -> None:
    base = _base(name)
    for param in SPECS[name]["params"]:
        wrong = _WRONG_FOR_ANY if "|" in param["type"] else _WRONG[param["type"]]
        expect = "is not one of the allowed values" if param["type"] == "enum" else "must be"
        _raises(name, param["name"], expect, **{**base.params, param["name"]: wrong})


@pytest.mark.parametrize("name", NAMES)
def test_script_urls_are_refused(name: str) -> None:
    base = _base(name)
    urls = [p["name"] for p in SPECS[name]["params"] if p["type"] == "url"]
    urls.append("attributes")
    for param in urls:
        for bad in (
            "javascript:alert(1)",
            " JaVa\tScRiPt:alert(1)",
            "vbscript:x",
            "data:text/html,x",
        ):
            value = {"href": bad} if param == "attributes" else bad
            _raises(name, param, "javascript:", **{**base.params, param: value})


def test_unknown_component() -> None:
    with pytest.raises(gcds.ParamError, match="Did you mean 'button'"):
        gcds.render("buton", text="x")


def test_caller_refused_by_components_without_content() -> None:
    for name in NAMES:
        base = _base(name)
        try:
            gcds.render(name, caller="content", **base.params)
        except gcds.ParamError as error:
            assert "nested content" in str(error)


def test_rendering_from_threads_is_identical() -> None:
    # English and French examples interleaved: each thread switches language as it goes.
    serial = [e.render() for e in EXAMPLES]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(3):
            parallel = list(pool.map(lambda example: example.render(), EXAMPLES))
            assert parallel == serial


def test_template_import_styles_agree() -> None:
    """The gcds global, `import "gcds.html"` and `from "gcds/<name>.html"` give the same HTML."""
    env = gcds.environment()
    for example in EXAMPLES:
        if example.caller is not None or example.lang != "en":
            continue
        name = example.component
        expected = example.render()
        ctx = {"params": example.call_params()}
        via_global = env.from_string(f"{{{{ gcds.{name}(**params) }}}}").render(ctx)
        via_import = env.from_string(
            f'{{% import "gcds.html" as g %}}{{{{ g.{name}(**params) }}}}'
        ).render(ctx)
        via_from = env.from_string(
            f'{{% from "gcds/{name}.html" import {name} %}}{{{{ {name}(**params) }}}}'
        ).render(ctx)
        assert via_global == via_import == via_from == expected, example.id


def _href_paths(value, path=()):
    """Where a nested item list holds an "href", as key paths into ``value``."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "href" and isinstance(inner, str):
                yield (*path, key)
            else:
                yield from _href_paths(inner, (*path, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _href_paths(inner, (*path, i))


def _with(value, path, new):
    """A deep copy of ``value`` with the item at ``path`` replaced by ``new``."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _with(value[head], rest, new)}
    return [_with(v, rest, new) if i == head else v for i, v in enumerate(value)]


NESTED_HREFS = sorted(
    {
        (example.component, example.name, param, path)
        for example in EXAMPLES
        for param, value in example.params.items()
        if isinstance(value, (list, dict)) and param != "attributes"
        for path in list(_href_paths(value))[:1]
    }
)


@pytest.mark.parametrize(
    "name, example_name, param, path",
    NESTED_HREFS,
    ids=[f"{n}/{e}:{p}" for n, e, p, _ in NESTED_HREFS],
)
def test_script_urls_inside_item_lists_are_refused(name, example_name, param, path) -> None:
    example = next(e for e in EXAMPLES if e.component == name and e.name == example_name)
    params = example.call_params()
    for bad in (" JaVa\tScRiPt:alert(1)", "data:text/html,x"):
        bad_params = {**params, param: _with(params[param], path, bad)}
        _raises(name, param, r"javascript:|a link to a field", **bad_params)
