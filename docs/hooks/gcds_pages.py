"""mkdocs hook: generate the component pages, their live example pages and the static files.

Everything comes from ``gcds.components()`` (the specs), so a new component gets its page,
its previews and its nav entry with no edit here or in mkdocs.yml:

- ``components/<name>.md``: summary, per example a live preview (an iframe of the
  standalone example page), the Jinja call and the HTML it renders; then the params
  table, the built-in strings (English and French) and the accessibility notes;
- ``components/index.md``: the list of components;
- ``examples/<name>/<example>.html`` (``<example>.fr.html`` for a French example): one
  standalone page per example, in the example's own language, styled by the package's own
  ``gcds.css`` (the same pages the browser tests check);
- ``gcds-static/…``: a copy of ``gcds/static/gcds/`` (CSS, JS, self-hosted fonts);
- ``stylesheets/gcds-fonts.css``: the ``@font-face`` rules of gcds's ``core.css``, pointing
  at those fonts, so the docs theme uses the same self-hosted fonts (no network).
"""

from __future__ import annotations

import html
import json
import logging
import posixpath
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

try:
    import gcds
except ImportError:  # a source checkout where gcds is not installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import gcds

from gcds.examples import STATIC_TOKEN, Example, PageExample, example_page, examples, page_examples
from gcds.pages import page_specs
from gcds.specs import STATIC_DIR

log = logging.getLogger("mkdocs.hooks.gcds_pages")

COMPONENTS_DIR = "components"
EXAMPLES_DIR = "examples"
TEMPLATES_DIR = "page-templates"
PAGE_EXAMPLES_DIR = "page-examples"
TEMPLATES_SECTION = "Page templates"
STATIC_PREFIX = "gcds-static"
NAV_SECTION = "Components"
CSS_PATH = f"{STATIC_PREFIX}/css/gcds.css"
FONTS_CSS = "stylesheets/gcds-fonts.css"
JS_PATH = f"{STATIC_PREFIX}/js/gcds.min.js"
LANG_NAMES = {"en": "English", "fr": "French"}
SHORT_CALL = 80  # a longer call with several parameters is written one per line


# --- names and URLs ---------------------------------------------------------------------


def title(name: str) -> str:
    """``skip_link`` -> ``Skip link``."""
    return name.replace("_", " ").capitalize()


def page_src(name: str) -> str:
    return f"{COMPONENTS_DIR}/{name}.md"


def example_src(example: Example) -> str:
    """The example's page: each example has one, in its own language."""
    suffix = "" if example.lang == "en" else f".{example.lang}"
    return f"{EXAMPLES_DIR}/{example.component}/{example.name}{suffix}.html"


def relative(from_url: str, to_path: str) -> str:
    """URL of site path ``to_path`` relative to the page served at ``from_url``."""
    base = from_url if from_url.endswith("/") else posixpath.dirname(from_url)
    return posixpath.relpath(to_path, base or ".")


# --- Jinja and Markdown formatting --------------------------------------------------------


def jinja_literal(value: Any) -> str:
    """A Python value from a spec, written as the Jinja literal a template author would type."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, Markup):  # trusted HTML: a template marks it safe
        return json.dumps(str(value), ensure_ascii=False) + "|safe"
    if isinstance(value, str) and value.startswith(STATIC_TOKEN):
        return f"gcds_static({jinja_literal(value.removeprefix(STATIC_TOKEN))})"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # Jinja reads JSON string escapes
    if isinstance(value, Mapping):
        items = ", ".join(f"{jinja_literal(str(k))}: {jinja_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, Iterable):
        return "[" + ", ".join(jinja_literal(v) for v in value) + "]"
    raise TypeError(f"gcds docs: cannot write {value!r} as a Jinja literal")


def _static_params(example: Example) -> dict[str, str]:
    return {
        key: value
        for key, value in example.params.items()
        if isinstance(value, str) and value.startswith(STATIC_TOKEN)
    }


def jinja_call(example: Example) -> str:
    """The template code that renders ``example``: an expression, or a call block."""
    # Trusted HTML params as Markup (written `|safe`); example images as gcds_static().
    params = {**example.call_params(), **_static_params(example)}
    args = [f"{key}={jinja_literal(value)}" for key, value in params.items()]
    one_line = f"gcds.{example.component}({', '.join(args)})"
    if len(one_line) > SHORT_CALL and len(args) > 1:
        one_line = f"gcds.{example.component}(\n    " + ",\n    ".join(args) + ",\n)"
    lines = []
    if example.lang != "en":
        lines.append(f"{{# on a page in {LANG_NAMES.get(example.lang, example.lang)} #}}")
    if example.caller is None:
        lines.append(f"{{{{ {one_line} }}}}")
    else:
        lines += [f"{{% call {one_line} %}}", example.caller.strip(), "{% endcall %}"]
    return "\n".join(lines)


def fence(code: str, lang: str) -> str:
    """A fenced code block longer than any run of backticks inside ``code``."""
    longest = max((len(m) for m in re.findall(r"`+", code)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{lang}\n{code}\n{ticks}"


def cell(text: Any) -> str:
    """One Markdown table cell: a single line, pipes escaped."""
    # Only ASCII whitespace: French text keeps its non-breaking spaces (before « : ; ! ? »).
    return re.sub(r"[ \t\r\n]+", " ", str(text)).strip().replace("|", "\\|")


def code_cell(value: Any) -> str:
    """A value shown as inline code in a table cell (HTML, so pipes and backticks are safe)."""
    return f"<code>{html.escape(str(value)).replace('|', '&#124;')}</code>"


# --- the pages ---------------------------------------------------------------------------


def params_table(spec: Mapping[str, Any]) -> str:
    rows = [
        "| Name | Type | Required | Default | Allowed values | Description |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for p in spec["params"]:
        default = code_cell(jinja_literal(p["default"])) if "default" in p else ""
        values = ", ".join(code_cell(v) for v in p.get("values") or [])
        required = "yes" if p.get("required") else "no"
        rows.append(
            f"| {code_cell(p['name'])} | {cell(p.get('type', ''))} | {required} | {default} "
            f"| {values} | {cell(p.get('description', ''))} |"
        )
    return "\n".join(rows)


def strings_table(spec: Mapping[str, Any]) -> str:
    strings = spec.get("strings") or {}
    if not strings:
        return "This component has no built-in text."
    rows = ["| Key | English | French |", "| --- | --- | --- |"]
    for key, value in strings.items():
        # "{" as a character reference: a cell that ends in a placeholder ("Cookies on
        # {service}") would otherwise be read by attr_list as an attribute list and dropped.
        en, fr = (html.escape(value[lang]).replace("{", "&#123;") for lang in ("en", "fr"))
        rows.append(f"| {code_cell(key)} | {cell(en)} | {cell(fr)} |")
    note = (
        "Each is picked from the page language and can be overridden per call with "
        '`strings={"key": "…"}`.'
    )
    return "\n".join(rows) + "\n\n" + note


def example_section(example: Example, page_url: str) -> str:
    own = relative(page_url, example_src(example))
    link = f'<a href="{own}">{LANG_NAMES[example.lang]} page</a>'
    label = f"{title(example.component)} example: {example.name}"
    preview = (
        f'<iframe class="gcds-preview" src="{own}" title="{html.escape(label)}" '
        f'loading="lazy" height="240"></iframe>'
    )
    lang_note = f" ({LANG_NAMES[example.lang]})" if example.lang != "en" else ""
    # Each example is an h2: screen readers and axe read a preview's headings (its page's
    # h1, and the levels above a component that starts lower) as part of this page's
    # outline, so the next heading after a preview must not be deeper than h2.
    return "\n\n".join(
        [
            f"## Example: {example.name}{lang_note}",
            preview,
            f'<p class="gcds-preview-links">Open on its own: {link}</p>',
            "Jinja:",
            fence(jinja_call(example), "jinja"),
            # Plain text, not highlighted: a highlighted copy is thousands of spans per
            # page (two thirds of a component page's elements), which every reader's browser
            # and the docs' axe check walk through, for a block that is closed.
            collapsed("HTML it renders", fence(str(example.render()), "text")),
        ]
    )


def collapsed(summary: str, block: str) -> str:
    """A closed, expandable block (pymdownx.details): long output a reader opens on demand."""
    body = "\n".join(f"    {line}" if line else "" for line in block.splitlines())
    return f'??? note "{summary}"\n\n{body}'


LANDS_WHAT = {
    "id": "`id`",
    "classes": "`classes` (added to its `class`)",
    "attributes": "`attributes`",
}


def element(selector: str) -> str:
    """``input.gcds-x`` -> ``<input class="gcds-x">``; ``.gcds-x`` -> element with class."""
    tag, _, css_class = selector.partition(".")
    if not tag:
        return f"element with class `{css_class}`"
    return f'`<{tag} class="{css_class}">`' if css_class else f"`<{tag}>`"


def lands_section(spec: Mapping[str, Any]) -> str:
    """Where the common params land (the spec's ``lands``, checked by tests/test_params.py)."""
    rows = []
    for key, what in LANDS_WHAT.items():
        where = spec["lands"][key]
        if isinstance(where, str):
            rows.append(f"- {what}: on the {element(where)}.")
        else:
            on = where["element"] if isinstance(where["element"], list) else [where["element"]]
            elements = " or the ".join(element(selector) for selector in on)
            rows.append(f"- {what}: on the {elements}: {cell(where['as']).rstrip('.…')}.")
    return "\n".join(rows)


def component_page(name: str, spec: Mapping[str, Any], page_url: str) -> str:
    parts = [f"# {title(name)}", spec.get("summary", "")]
    parts += [example_section(ex, page_url) for ex in examples(name)]
    parts += [
        "## Parameters",
        params_table(spec),
        "## Where `id`, `classes` and `attributes` go",
        lands_section(spec),
        "## Built-in text",
        strings_table(spec),
        "## Accessibility",
        spec.get("accessibility", "").strip() or "No notes yet.",
    ]
    return "\n\n".join(parts) + "\n"


def index_page(specs: Mapping[str, Mapping[str, Any]]) -> str:
    rows = ["| Component | What it is for |", "| --- | --- |"]
    for name, spec in specs.items():
        rows.append(f"| [{title(name)}]({name}.md) | {cell(spec.get('summary', ''))} |")
    intro = (
        "Every component renders complete, accessible HTML on the server, in English and "
        "French. Call any of them from a template configured by gcds: "
        '`{{ gcds.button(text="Continue") }}`.'
    )
    return "\n\n".join(["# Components", intro, "\n".join(rows)]) + "\n"


def page_example_src(example: PageExample) -> str:
    suffix = "" if example.lang == "en" else f".{example.lang}"
    return f"{PAGE_EXAMPLES_DIR}/{example.template}/{example.name}{suffix}.html"


def blocks_table(spec: Mapping[str, Any]) -> str:
    rows = ["| Block | What it holds |", "| --- | --- |"]
    rows += [f"| {code_cell(b['name'])} | {cell(b['description'])} |" for b in spec["blocks"]]
    return "\n".join(rows)


def page_example_section(example: PageExample, page_url: str) -> str:
    own = relative(page_url, page_example_src(example))
    lang_note = f" ({LANG_NAMES[example.lang]})" if example.lang != "en" else ""
    label = f"gcds/{example.template}.html example: {example.name}"
    preview = (
        f'<iframe class="gcds-preview gcds-preview--page" src="{own}" '
        f'title="{html.escape(label)}" loading="lazy" height="640"></iframe>'
    )
    context = {
        **example.call_context(),
        **{
            k: v
            for k, v in example.context.items()
            if isinstance(v, str) and v.startswith(STATIC_TOKEN)
        },
    }
    context_lines = [f"    {k}={jinja_literal(v)}," for k, v in context.items()]
    parts = [f"## Example: {example.name}{lang_note}"]
    if example.description:
        parts.append(example.description)
    parts += [
        preview,
        f'<p class="gcds-preview-links">Open on its own: <a href="{own}">'
        f"{LANG_NAMES[example.lang]} page</a></p>",
        "The template:",
        fence(example.source().strip(), "jinja"),
        "Rendered with this context:",
        fence('render_template(\n    "…",\n' + "\n".join(context_lines) + "\n)", "python"),
    ]
    return "\n\n".join(parts)


def template_page(name: str, spec: Mapping[str, Any], page_url: str) -> str:
    parts = [f"# gcds/{name}.html", spec.get("summary", "")]
    parts += [page_example_section(ex, page_url) for ex in page_examples(name)]
    parts += [
        "## Context variables",
        "Checked when the page renders, as component parameters are: a wrong value is a "
        f"`gcds.ParamError` naming `gcds/{name}.html`.",
        params_table(spec),
        "## Blocks",
        blocks_table(spec),
        "## Built-in text",
        strings_table(spec).replace("per call with", "with the context variable"),
        "## Accessibility",
        spec.get("accessibility", "").strip() or "No notes yet.",
    ]
    return "\n\n".join(parts) + "\n"


def templates_index(specs: Mapping[str, Mapping[str, Any]]) -> str:
    rows = ["| Template | What it is for |", "| --- | --- |"]
    for name, spec in specs.items():
        rows.append(f"| [gcds/{name}.html]({name}.md) | {cell(spec.get('summary', ''))} |")
    intro = (
        "Whole Canada.ca pages. Extend one and fill its blocks: "
        '`{% extends "gcds/page.html" %}`; pass its context variables from the view.'
    )
    return "\n\n".join(["# Page templates", intro, "\n".join(rows)]) + "\n"


def fonts_css() -> str:
    """The ``@font-face`` rules of gcds's ``core.css``, for the docs theme."""
    core = (STATIC_DIR / "css" / "core.css").read_text(encoding="utf-8")
    rules = re.findall(r"@font-face\s*\{[^}]*\}", core)
    if not rules:
        raise RuntimeError(f"gcds docs: no @font-face rules in {STATIC_DIR / 'css' / 'core.css'}")
    # core.css sits in gcds-static/css/ and this file in stylesheets/.
    css = "\n\n".join(rules).replace('url("../', f'url("../{STATIC_PREFIX}/')
    return f"/* Generated by docs/hooks/gcds_pages.py from gcds's css/core.css. */\n{css}\n"


# --- mkdocs events -----------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Fill the ``Components`` nav section with one entry per component."""
    entries: list[Any] = [f"{COMPONENTS_DIR}/index.md"]
    entries += [{title(name): page_src(name)} for name in gcds.components()]
    nav = config.nav or []
    for i, item in enumerate(nav):
        if isinstance(item, dict) and NAV_SECTION in item:
            nav[i] = {NAV_SECTION: entries}
            break
    else:
        nav.append({NAV_SECTION: entries})
    templates: list[Any] = [f"{TEMPLATES_DIR}/index.md"]
    templates += [{f"gcds/{name}.html": f"{TEMPLATES_DIR}/{name}.md"} for name in page_specs()]
    for i, item in enumerate(nav):
        if isinstance(item, dict) and TEMPLATES_SECTION in item:
            nav[i] = {TEMPLATES_SECTION: templates}
            break
    else:
        nav.append({TEMPLATES_SECTION: templates})
    config.nav = nav
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated component pages, example pages and the gcds static files."""
    if not (STATIC_DIR / "css" / "gcds.css").is_file():
        raise RuntimeError(
            f"gcds docs: {STATIC_DIR / 'css' / 'gcds.css'} is missing; build the assets first "
            "(`make assets` or `python scripts/build_assets.py`)."
        )
    for path in sorted(STATIC_DIR.rglob("*")):
        if path.is_file():
            uri = f"{STATIC_PREFIX}/{path.relative_to(STATIC_DIR).as_posix()}"
            files.append(File.generated(config, uri, abs_src_path=str(path)))
    files.append(File.generated(config, FONTS_CSS, content=fonts_css()))
    specs = gcds.components()
    files.append(File.generated(config, f"{COMPONENTS_DIR}/index.md", content=index_page(specs)))
    for name, spec in specs.items():
        page = File.generated(config, page_src(name), content="")
        page.content_string = component_page(name, spec, page.url)
        files.append(page)
        for example in examples(name):
            src = example_src(example)
            url = File.generated(config, src, content="").url
            content = example_page(
                example,
                css_href=relative(url, CSS_PATH),
                js_href=relative(url, JS_PATH),
                static_href=relative(url, STATIC_PREFIX),
            )
            files.append(File.generated(config, src, content=content))
    templates = page_specs()
    files.append(
        File.generated(config, f"{TEMPLATES_DIR}/index.md", content=templates_index(templates))
    )
    for name, spec in templates.items():
        page = File.generated(config, f"{TEMPLATES_DIR}/{name}.md", content="")
        page.content_string = template_page(name, spec, page.url)
        files.append(page)
        for example in page_examples(name):
            src = page_example_src(example)
            url = File.generated(config, src, content="").url
            content = example.render(static_href=relative(url, STATIC_PREFIX))
            files.append(File.generated(config, src, content=content))
    log.info(
        "gcds: generated pages for %d components, %d page templates", len(specs), len(templates)
    )
    return files
