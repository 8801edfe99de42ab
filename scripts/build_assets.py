"""Build what the package ships from the sources: specs JSON, CSS and gcds.js.

    python scripts/build_assets.py          # everything (what `make assets` runs)

The wheel build runs the same through hatch_build.py, so a wheel always carries them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import rjsmin
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gcds.params import PARAM_TYPES  # noqa: E402
from gcds.specs import COMMON_PARAMS, LANGUAGES, STRINGS_PARAM  # noqa: E402

REQUIRED_KEYS = ("name", "summary", "lands", "params", "examples", "accessibility")
#: How the test harness reads a form field's value back from its HTML (spec key `field.read`).
FIELD_READS = {"input", "textarea", "select", "checked", "date"}


class SpecError(ValueError):
    """A component spec that breaks the spec format (see DESIGN.md)."""


def component_folders(root: Path) -> list[Path]:
    base = root / "components"
    return sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def _check_param(where: str, param: dict[str, Any]) -> None:
    for key in ("name", "type", "description"):
        if not param.get(key):
            raise SpecError(f"{where}: a parameter has no '{key}': {param}")
    if any(kind not in PARAM_TYPES - {"enum"} for kind in param["type"].split("|")) and (
        param["type"] not in PARAM_TYPES
    ):
        raise SpecError(
            f"{where}: param {param['name']!r} has type {param['type']!r}; allowed: {sorted(PARAM_TYPES)}"
        )
    keys = param.get("markup_keys")
    if keys is not None and ("list" not in param["type"].split("|") or not isinstance(keys, list)):
        raise SpecError(
            f"{where}: 'markup_keys' of {param['name']!r} must be a list, on a list param"
        )
    if param["type"] == "enum":
        values = param.get("values")
        if not values:
            raise SpecError(f"{where}: enum param {param['name']!r} needs 'values'")
        if "default" in param and param["default"] not in values:
            raise SpecError(f"{where}: default of {param['name']!r} is not one of its values")


LANDS_KEYS = ("id", "classes", "attributes")
_SELECTOR = re.compile(r"^([a-z][a-z0-9]*)?(\.[a-z][a-z0-9_-]*)?$")


def _check_lands(where: str, lands: Any) -> None:
    """``lands``: the element each common param goes on, as ``tag``, ``tag.class`` or
    ``.class`` (when the tag depends on the params), or ``{element: …, as: "a note"}`` where
    it needs saying (an id used as a prefix; ``element`` may then list several)."""
    if not isinstance(lands, dict) or sorted(lands) != sorted(LANDS_KEYS):
        raise SpecError(f"{where}: 'lands' must say where each of {', '.join(LANDS_KEYS)} goes")
    for key, value in lands.items():
        selectors = value.get("element") if isinstance(value, dict) else value
        for selector in selectors if isinstance(selectors, list) else [selectors]:
            if not isinstance(selector, str) or not selector or not _SELECTOR.match(selector):
                raise SpecError(
                    f"{where}: lands.{key} must be 'tag', 'tag.class' or '.class', not {value!r}"
                )
        if isinstance(value, dict) and (sorted(value) != ["as", "element"] or not value["as"]):
            raise SpecError(f"{where}: lands.{key} as a dict needs 'element' and 'as'")


def load_spec(folder: Path) -> dict[str, Any]:
    """Read and check one component's yaml; add the common params."""
    path = folder / f"{folder.name}.yaml"
    where = str(path.relative_to(folder.parent.parent))
    if not path.is_file():
        raise SpecError(
            f"{where}: missing; every folder in components/ is a component and needs its spec"
        )
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise SpecError(f"{where}: not valid YAML: {error}") from None
    for key in REQUIRED_KEYS:
        if key not in spec:
            raise SpecError(f"{where}: missing '{key}'")
    if spec["name"] != folder.name:
        raise SpecError(f"{where}: name {spec['name']!r} differs from its folder {folder.name!r}")
    own = [p["name"] for p in spec["params"]]
    common = [p["name"] for p in COMMON_PARAMS] + ["strings"]
    for clash in set(own) & set(common):
        raise SpecError(f"{where}: param {clash!r} is common to every component; do not declare it")
    for param in spec["params"]:
        _check_param(where, param)
    for key, text in (spec.get("strings") or {}).items():
        if not isinstance(text, dict) or any(not text.get(lang) for lang in LANGUAGES):
            raise SpecError(f"{where}: string {key!r} needs text in {', '.join(LANGUAGES)}")
    _check_lands(where, spec.get("lands"))
    field = spec.get("field")
    if field is not None and field.get("read") not in FIELD_READS:
        raise SpecError(f"{where}: field.read must be one of {sorted(FIELD_READS)}")
    names = [e.get("name") for e in spec["examples"]]
    if len(set(names)) != len(names) or not all(names):
        raise SpecError(f"{where}: every example needs a unique name")
    if not any(e.get("lang") == "fr" for e in spec["examples"]):
        raise SpecError(f"{where}: needs at least one French example (lang: fr)")
    spec["params"] = [*spec["params"], *COMMON_PARAMS]
    if spec.get("strings"):
        spec["params"].append(STRINGS_PARAM)
    return spec


def build_specs(root: Path = ROOT) -> Path:
    """The component specs (``specs.json``) and the page templates' (``pages.json``)."""
    specs = {folder.name: load_spec(folder) for folder in component_folders(root)}
    out = root / "gcds" / "_generated" / "specs.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(specs, ensure_ascii=False, indent=1, sort_keys=False), encoding="utf-8"
    )
    pages = {path.stem: load_page_spec(path) for path in page_spec_files(root)}
    (out.parent / "pages.json").write_text(
        json.dumps(pages, ensure_ascii=False, indent=1, sort_keys=False), encoding="utf-8"
    )
    return out


PAGE_REQUIRED_KEYS = ("name", "summary", "params", "blocks", "examples", "accessibility")
PAGE_EXAMPLE_KEYS = frozenset({"name", "lang", "description", "context", "blocks"})


def page_spec_files(root: Path = ROOT) -> list[Path]:
    """``gcds/page_templates/<name>.yaml``: the spec of the page template ``gcds/<name>.html``."""
    return sorted((root / "gcds" / "page_templates").glob("*.yaml"))


def load_page_spec(path: Path) -> dict[str, Any]:
    """Read and check the spec of one page template: the context variables it reads
    (``params``, typed as a component's), its ``strings``, ``blocks`` and ``examples``."""
    where = str(path.relative_to(path.parents[2]))
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise SpecError(f"{where}: not valid YAML: {error}") from None
    for key in PAGE_REQUIRED_KEYS:
        if key not in spec:
            raise SpecError(f"{where}: missing '{key}'")
    if spec["name"] != path.stem or not path.with_suffix(".html").is_file():
        raise SpecError(
            f"{where}: name {spec['name']!r} must be its file's, beside {path.stem}.html"
        )
    for param in spec["params"]:
        _check_param(where, param)
    names = {p["name"] for p in spec["params"]}
    for key, text in (spec.get("strings") or {}).items():
        if not isinstance(text, dict) or any(not text.get(lang) for lang in LANGUAGES):
            raise SpecError(f"{where}: string {key!r} needs text in {', '.join(LANGUAGES)}")
    blocks = {b.get("name") for b in spec["blocks"]}
    if not all(blocks) or any(not b.get("description") for b in spec["blocks"]):
        raise SpecError(f"{where}: every block needs a 'name' and a 'description'")
    seen: set[str] = set()
    for example in spec["examples"]:
        name = example.get("name")
        if not name or name in seen:
            raise SpecError(f"{where}: every example needs a unique name")
        seen.add(name)
        for key in set(example) - PAGE_EXAMPLE_KEYS:
            raise SpecError(f"{where}: example {name!r} has an unknown key {key!r}")
        for key in set(example.get("context") or {}) - names:
            raise SpecError(f"{where}: example {name!r} sets {key!r}, not a declared param")
        for key in set(example.get("blocks") or {}) - blocks:
            raise SpecError(f"{where}: example {name!r} fills {key!r}, not a declared block")
    if not any(e.get("lang") == "fr" for e in spec["examples"]):
        raise SpecError(f"{where}: needs at least one French example (lang: fr)")
    if spec.get("strings"):
        spec["params"] = [*spec["params"], STRINGS_PARAM]
    return spec


def js_modules(root: Path = ROOT) -> dict[str, Path]:
    """The components that have a JavaScript enhancement, and its file."""
    found = {folder.name: folder / f"{folder.name}.js" for folder in component_folders(root)}
    return {name: path for name, path in found.items() if path.is_file()}


def js_source(root: Path = ROOT, *, without: frozenset[str] = frozenset()) -> str:
    """gcds.js: the core, then each component's enhancement in its own block scope
    (``without`` leaves modules out, to measure what each one adds)."""
    parts = [(root / "js" / "core.js").read_text(encoding="utf-8")]
    for name, script in js_modules(root).items():
        if name not in without:
            body = script.read_text(encoding="utf-8").rstrip()
            parts.append(f"// --- components/{name}/{script.name}\n{{\n{body}\n}}\n")
    parts.append("start();\n")
    return "\n".join(parts)


def minify_js(source: str) -> str:
    """Comments and whitespace out; names and code unchanged (rjsmin)."""
    return rjsmin.jsmin(source)


def build_js(root: Path = ROOT) -> Path:
    """gcds.js (readable) and gcds.min.js (what pages load)."""
    out = root / "gcds" / "static" / "gcds" / "js" / "gcds.js"
    out.parent.mkdir(parents=True, exist_ok=True)
    source = js_source(root)
    out.write_text(source, encoding="utf-8")
    out.with_name("gcds.min.js").write_text(minify_js(source), encoding="utf-8")
    return out


def build_all(root: Path = ROOT) -> None:
    """Specs, CSS and JS, in that order."""
    sys.path.insert(0, str(root / "scripts"))
    import build_css

    build_specs(root)
    build_css.build_css(root / "gcds" / "static" / "gcds" / "css", repo=root)
    build_js(root)


if __name__ == "__main__":
    build_all()
    print("gcds: built specs, CSS and JS")
