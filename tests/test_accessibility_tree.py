"""What a screen reader is given, kept: the accessibility tree of every example, as before.

axe says what is wrong; this layer records what is right. For every spec example, in its
own language, with gcds.js on at 1280 CSS px, it reads the accessibility tree Chromium
exposes for ``#example`` through the DevTools protocol (``Accessibility.getFullAXTree``:
unlike Playwright's ``aria_snapshot()`` it has accessible descriptions, so a field's hint
and its "Error:" message show) and writes it as text, one line per node, indented by
depth::

    - paragraph: "Error: Enter an email address"
    - textbox "Email address (required)" description="Error: Enter an email address" value="a@b" [required, invalid]
    - navigation "Breadcrumb":
      - link "Taxes" url="/en/taxes.html"
      - generic [current=page]: "Income tax"
    - link "Français" url="/fr/demande.html" [lang=fr]

A line is ``- role "name"``, then ``description=``, ``value=`` and, for a link, ``url=``,
then states and properties in brackets (checked, pressed, expanded, selected, level of a
heading, disabled, readonly, required, multiline, multiselectable, invalid, autocomplete,
haspopup, live, orientation, current, sort, ``focusable`` for a Tab stop that is not a
control, ``lang`` where a part is in another language than its parent); a node whose only
content is text ends with ``: "text"``; invisible characters are escapes (``\\u2060``).
Roles are Chromium's (``DisclosureTriangle`` is a ``<summary>``). Left out: ignored nodes
and wrappers with no name or state (``generic``, a ``<label>``, a ``<legend>``: their
content moves up to their parent), text that its node's name already says (a link's text,
a legend in its group) or that labels the field beside it, list markers, the inside of
text fields (``value`` says it), focus, node ids and the test server's origin (a link to
the page itself is ``#id`` or ``?query``). Read from the DOM, because the protocol leaves
them out while Chromium gives them to screen readers: ``aria-current``, ``aria-sort``,
``required`` on a ``<select>``, a checkbox or a radio, and the language of each part.

The text is compared with ``tests/accessibility_tree/<component>/<example>.txt``. On a
mismatch the test fails with a unified diff and writes the new text to
``test-results/accessibility_tree/``. Read the diff: if the change is meant, accept it with
``make update-baselines`` (GCDS_UPDATE_BASELINES=1), which also writes missing baselines
and removes those whose example is gone.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import os
import re
import unicodedata
from pathlib import Path

import pytest

from gcds.examples import example_page

from .browser import SETTLE_JS, cdp_session
from .specdata import EXAMPLE_IDS, EXAMPLES, ROOT

BASELINES = ROOT / "tests" / "accessibility_tree"
RESULTS = ROOT / "test-results" / "accessibility_tree"
UPDATE = os.environ.get("GCDS_UPDATE_BASELINES") == "1"
EXAMPLE = "example"  # the id of the element that holds the example on every example page
BY_ID = {e.id: e for e in EXAMPLES}
VIEWPORT = {"width": 1280, "height": 800}

# --- From the protocol's tree to text -----------------------------------------------------

#: Chromium's own roles, or ARIA's, that only wrap: without a name or a state, their
#: content moves up to their parent (as a block of its own: its text joins no neighbour's).
WRAPPERS = frozenset({"generic", "none", "presentation", "LabelText", "Legend", "MenuListPopup"})
#: Text-level roles with no name: when a node's text and theirs make its name, they go
#: with the text (a link "Find out about <strong>EI</strong>" is one line).
INLINE = frozenset(
    {"strong", "emphasis", "mark", "time", "subscript", "superscript", "code", "insertion"}
    | {"deletion"}
)
#: Left out with everything inside them (list markers are drawn, not content).
SKIPPED = frozenset({"InlineTextBox", "ListMarker"})
#: Roles that are controls: ``focusable`` is only worth saying for anything else (a
#: scrolling region that takes focus, say).
CONTROLS = frozenset(
    {
        "button",
        "checkbox",
        "combobox",
        "DisclosureTriangle",
        "gridcell",
        "link",
        "listbox",
        "menuitem",
        "menuitemcheckbox",
        "menuitemradio",
        "option",
        "radio",
        "searchbox",
        "slider",
        "spinbutton",
        "switch",
        "tab",
        "textbox",
        "treeitem",
    }
)
#: Boolean properties said by their name when true.
FLAGS = ("disabled", "readonly", "required", "multiline", "multiselectable", "modal", "busy")
#: Token properties said as name=value, unless they have the value given here.
TOKENS = {
    "autocomplete": "none",
    "hasPopup": "false",
    "live": "off",
    "orientation": None,
    "keyshortcuts": None,
    "roledescription": None,
}
#: ARIA states Chromium gives screen readers but not the protocol's tree: read from the DOM.
DOM_STATES = {"aria-current": "current", "aria-sort": "sort"}
#: Chromium says "required" for these (HTMLFormControlElement::IsRequired), but the protocol
#: says it only for some roles (not for a <select>, a checkbox or a radio).
REQUIRABLE = frozenset({"INPUT", "SELECT", "TEXTAREA"})
_SPACE = re.compile(r"[ \t\n\r\f]+")  # not U+00A0: French spacing is part of the text
_NO_SPACE_BEFORE = tuple(".,;:!?)]}…%»")


def _clean(text) -> str:
    return _SPACE.sub(" ", str(text)).strip(" ")


def _squash(text: str) -> str:
    """For comparing texts: no whitespace of any kind."""
    return "".join(text.split())


def _quote(text: str) -> str:
    """In double quotes; invisible characters (a word joiner, a soft hyphen) written as
    escapes, so a baseline shows them."""
    return "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cf", "Zl", "Zp") else c
        for c in json.dumps(text, ensure_ascii=False)
    )


def _join(left: str, right: str) -> str:
    """Two runs of text read one after the other. Chromium trims a run at the edge of its
    box (a visually hidden "Error: " comes as "Error:"), so runs with no space between them
    get one, unless the second starts with punctuation."""
    if not left or not right or left[-1].isspace() or right[0].isspace():
        return _SPACE.sub(" ", left + right)
    return left + ("" if right.startswith(_NO_SPACE_BEFORE) else " ") + right


def _value(field):
    """The value of a protocol AXValue ({"type": …, "value": …}), or None."""
    return field.get("value") if isinstance(field, dict) else None


@dataclasses.dataclass
class _Text:
    text: str
    label: bool = False  # from a <label>: left out if the field beside it says it
    lang: str | None = None  # when it differs from its node's


@dataclasses.dataclass
class _Line:
    head: str
    name: str
    children: list
    control: bool = False


_BREAK = object()  # between blocks: the texts on either side are not joined


@dataclasses.dataclass
class Dom:
    """What the snapshot reads from the DOM, by backend node id."""

    example: int | None = None  # #example
    states: dict[int, dict] = dataclasses.field(default_factory=dict)  # {"current": "page"}
    langs: dict[int, str] = dataclasses.field(default_factory=dict)  # each node's language
    tabindex: dict[int, int] = dataclasses.field(default_factory=dict)  # where it is set

    @classmethod
    def read(cls, root: dict, lang: str = "") -> Dom:
        """From a protocol DOM node with its subtree; ``lang`` is the root's language."""
        dom = cls()
        stack = [(root, lang.strip().lower())]
        while stack:
            node, lang = stack.pop()
            attrs = node.get("attributes") or []
            pairs = dict(zip(attrs[::2], attrs[1::2], strict=True))
            lang = pairs.get("lang", lang).strip().lower() if "lang" in pairs else lang
            backend = node["backendNodeId"]
            dom.langs[backend] = lang
            if pairs.get("id") == EXAMPLE:
                dom.example = backend
            if re.fullmatch(r"\s*[+-]?\d+\s*", pairs.get("tabindex", "")):
                dom.tabindex[backend] = int(pairs["tabindex"])
            found = {}
            for attr, key in DOM_STATES.items():
                value = pairs.get(attr, "").strip().lower()
                if value and value not in ("false", "none"):
                    found[key] = value
            if (node.get("nodeName") in REQUIRABLE and "required" in pairs) or pairs.get(
                "aria-required", ""
            ).strip().lower() == "true":
                found["required"] = "true"
            if found:
                dom.states[backend] = found
            children = (node.get("children") or []) + (node.get("shadowRoots") or [])
            stack.extend((child, lang) for child in children)
        return dom


class Snapshot:
    """Turns the nodes of ``Accessibility.getFullAXTree`` into the text of one subtree."""

    def __init__(self, nodes: list[dict], dom: Dom, origin: str = "", page_url: str = ""):
        self.nodes = {n["nodeId"]: n for n in nodes}
        self.dom = dom
        self.origin = origin  # the test server's: left out of link URLs
        self.page_url = page_url  # the page's own URL: a link to it is said from its ? or #

    def text(self, root_backend_id: int) -> str:
        lang = self.dom.langs.get(root_backend_id, "")
        root = next(
            (n for n in self.nodes.values() if n.get("backendDOMNodeId") == root_backend_id), None
        )
        if root is not None:
            items = self._children(root, lang)
        else:
            # Not in the tree (inert behind a modal <dialog> it holds): its parts that are,
            # from the top down (the dialog, in the top layer).
            inside = {
                n["nodeId"]
                for n in self.nodes.values()
                if n.get("backendDOMNodeId") in self.dom.langs
            }
            items = [
                item
                for n in self.nodes.values()
                if n["nodeId"] in inside and n.get("parentId") not in inside
                for item in self._items(n, lang)
            ]
        items = self._finish(None, items)
        lines: list[str] = []
        self._write(items, 0, lines)
        return "\n".join(lines or ["# (nothing: hidden from assistive technology)"]) + "\n"

    # Walk -----------------------------------------------------------------------------------
    def _children(self, node: dict, lang: str) -> list:
        """The items of ``node``'s children; ``lang`` is the language of the nearest node
        written, so a part in another language says so."""
        items: list = []
        for child_id in node.get("childIds", []):
            child = self.nodes.get(child_id)
            if child is not None:
                items.extend(self._items(child, lang))
        return items

    def _items(self, node: dict, outer_lang: str) -> list:
        role = _value(node.get("role"))
        if role in SKIPPED:
            return []
        if role == "LineBreak":
            return [_BREAK]
        lang = self.dom.langs.get(node.get("backendDOMNodeId"), outer_lang)
        if role == "StaticText":
            text = _SPACE.sub(" ", str(_value(node.get("name")) or ""))
            return [_Text(text, lang=lang if lang != outer_lang else None)] if text else []
        props = {p["name"]: _value(p.get("value")) for p in node.get("properties", [])}
        if "editable" in props and role == "generic":
            return []  # the inside of a text field: its value says it, on the field
        if node.get("ignored"):
            return self._children(node, outer_lang)
        name = _clean(_value(node.get("name")) or "")
        head = self._head(node, role, name, props)
        if role in WRAPPERS and head == "- " + role:
            children = self._children(node, outer_lang)
            if role == "LabelText":
                children = [
                    dataclasses.replace(c, label=True) if isinstance(c, _Text) else c
                    for c in children
                ]
            return [_BREAK, *children, _BREAK]
        if lang != outer_lang:
            head = _add_state(head, f"lang={lang}")
        children = [] if "editable" in props else self._children(node, lang)
        return [_Line(head, name, self._finish(name, children), role in CONTROLS)]

    def _finish(self, name: str | None, items: list) -> list:
        """Join runs of text, and leave out text that the node's name already says, or a
        label's text where the control beside it is named by it."""
        merged: list = []
        for item in items:
            last = merged[-1] if merged else None
            if isinstance(item, _Text) and isinstance(last, _Text) and last.lang == item.lang:
                merged[-1] = _Text(
                    _join(last.text, item.text), last.label and item.label, item.lang
                )
            elif item is not _BREAK or (last is not None and last is not _BREAK):
                merged.append(item)
        merged = [
            dataclasses.replace(i, text=_clean(i.text)) if isinstance(i, _Text) else i
            for i in merged
            if i is not _BREAK
        ]
        merged = [i for i in merged if not (isinstance(i, _Text) and not i.text)]
        said = _squash(name or "")
        if said:
            inline = [i for i in merged if _plain(i) is not None]
            if _squash("".join(_plain(i) for i in inline)) == said:
                # The name is the text: it goes (and inline parts whose text it says).
                if len(inline) == len(merged):
                    return []
                return [i for i in merged if not isinstance(i, _Text) or i.lang]
        named = {_squash(i.name) for i in merged if isinstance(i, _Line) and i.control and i.name}
        kept = []
        for item in merged:
            if isinstance(item, _Text) and not item.lang:
                text = _squash(item.text)
                if text == said or (item.label and text in named):
                    continue  # a legend, say: its group's name; a label: its field's
            kept.append(item)
        return kept

    # Write ----------------------------------------------------------------------------------
    def _head(self, node: dict, role: str, name: str, props: dict) -> str:
        parts = [f"- {role}"]
        if name:
            parts.append(_quote(name))
        description = _clean(_value(node.get("description")) or "")
        if description:
            parts.append(f"description={_quote(description)}")
        value = _clean(_value(node.get("value")) or "")
        if value:
            parts.append(f"value={_quote(value)}")
        if role == "link" and props.get("url"):
            parts.append(f"url={_quote(self._url(props['url']))}")
        states = self._states(node, role, props)
        if states:
            parts.append("[" + ", ".join(states) + "]")
        return " ".join(parts)

    def _states(self, node: dict, role: str, props: dict) -> list[str]:
        dom = dict(self.dom.states.get(node.get("backendDOMNodeId"), {}))
        if dom.pop("required", None) and "required" not in props:
            props = {**props, "required": True}
        states = []
        for key in ("checked", "pressed"):
            value = str(props.get(key, "false")).lower()
            if value == "true":
                states.append(key)
            elif value == "mixed":
                states.append(f"{key}=mixed")
            elif key == "pressed" and key in props:
                states.append("pressed=false")
        if "expanded" in props:
            states.append("expanded" if props["expanded"] else "expanded=false")
        if props.get("selected"):
            states.append("selected")
        if role == "heading" and "level" in props:
            states.append(f"level={props['level']}")
        states.extend(flag for flag in FLAGS if props.get(flag) is True)
        invalid = str(props.get("invalid", "false"))
        if invalid != "false":
            states.append("invalid" if invalid == "true" else f"invalid={invalid}")
        for key, quiet in TOKENS.items():
            value = props.get(key)
            if value not in (None, "", quiet):
                states.append(f"{key.lower()}={value}")
        if props.get("live") not in (None, "off"):
            if props.get("atomic") is True:
                states.append("atomic")
            if props.get("relevant") not in (None, "additions text"):
                states.append(f"relevant={props['relevant']}")
        value = str(_value(node.get("value")))
        for key in ("valuemin", "valuemax", "valuetext"):
            if key in props and not (key == "valuetext" and str(props[key]) == value):
                states.append(f"{key}={props[key]}")
        # A Tab stop that is not a control (a scrolling region); not one at tabindex="-1".
        tab_stop = self.dom.tabindex.get(node.get("backendDOMNodeId"), 0) >= 0
        if props.get("focusable") is True and role not in CONTROLS and tab_stop:
            states.append("focusable")
        states.extend(f"{key}={value}" for key, value in sorted(dom.items()))
        return states

    def _url(self, url: str) -> str:
        page = self.page_url
        if page and (url == page or url.startswith((page + "#", page + "?"))):
            return url[len(page) :]
        if self.origin and url.startswith(self.origin + "/"):
            return url[len(self.origin) :]
        return url

    def _write(self, items: list, depth: int, lines: list[str]) -> None:
        indent = "  " * depth
        for item in items:
            if isinstance(item, _Text):
                lang = f" [lang={item.lang}]" if item.lang else ""
                lines.append(f"{indent}- text{lang}: {_quote(item.text)}")
            elif (
                len(item.children) == 1
                and isinstance(item.children[0], _Text)
                and not item.children[0].lang
            ):
                lines.append(f"{indent}{item.head}: {_quote(item.children[0].text)}")
            elif item.children:
                lines.append(f"{indent}{item.head}:")
                self._write(item.children, depth + 1, lines)
            else:
                lines.append(f"{indent}{item.head}")


def _plain(item) -> str | None:
    """The text of a run of text, or of an inline part holding only text (``strong``) in
    the same language; else None."""
    if isinstance(item, _Text):
        return None if item.lang else item.text
    if item.name or item.head.split(" ", 2)[1] not in INLINE or "[" in item.head:
        return None
    parts = [_plain(child) for child in item.children]
    return None if None in parts else " ".join(parts)


def _add_state(head: str, state: str) -> str:
    if head.endswith("]"):
        return head[:-1] + f", {state}]"
    return f"{head} [{state}]"


#: Resolves once the page has settled (gcds/check/settle.js) and, on a page with gcds.js
#: modules or ``autofocus``, two frames later: what is applied at a rendering update, not
#: at load, has been (a ResizeObserver makes a table's region a Tab stop only while it
#: scrolls; autofocus focuses an error summary, which Chromium then exposes as a group).
#: Then gives the example's language and the page's URL.
_SETTLED = f"""async () => {{
    await ({SETTLE_JS})();
    if (document.querySelector("[data-gcds-module], [autofocus]")) {{
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }}
    const example = document.getElementById("{EXAMPLE}");
    return [example ? (example.closest("[lang]") || {{lang: ""}}).lang : null, document.URL];
}}"""


def accessibility_tree(page, cdp, origin: str) -> str:
    """The text of the accessibility tree of ``#example`` on ``page``, once it has settled
    (``cdp``: a DevTools session on the page)."""
    lang, url = page.evaluate(_SETTLED)
    if lang is None:
        raise AssertionError(f"no #{EXAMPLE} on the page")
    found = cdp.send("Runtime.evaluate", {"expression": f"document.getElementById('{EXAMPLE}')"})
    handle = found["result"]["objectId"]
    try:
        root = cdp.send("DOM.describeNode", {"objectId": handle, "depth": -1, "pierce": True})
    finally:
        cdp.send("Runtime.releaseObject", {"objectId": handle})
    dom = Dom.read(root["node"], lang)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    page_url = url.split("#")[0].split("?")[0]
    return Snapshot(nodes, dom, origin, page_url).text(dom.example)


def compare(actual: str, expected: str, name: str, results: Path = RESULTS) -> str | None:
    """None when equal, else a unified diff (the actual text is written to ``results``)."""
    if actual == expected:
        return None
    out = results / f"{name}.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(actual, encoding="utf-8")
    diff = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile=f"baseline {name}",
        tofile=f"actual {name}",
    )
    where = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
    return (
        f"what a screen reader is given changed for {name} (new text in {where}; "
        "if meant, `make update-baselines`):\n" + "".join(diff)
    )


# --- Tests -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def tree_probe(probes):
    """The JavaScript-on 1280 px probe, with a DevTools session kept for the whole run."""
    probe = probes["1280"]
    return probe, cdp_session(probe.page)


def snapshot_of(tree_probe, site, path: Path) -> str:
    """Show ``path`` on the probe's page and read its tree. This is Probe.show without
    injecting axe, which this layer does not use (it was a third of the layer's time)."""
    probe, cdp = tree_probe
    page = probe.page
    if page.viewport_size != VIEWPORT:
        page.set_viewport_size(VIEWPORT)
    html = path.read_text(encoding="utf-8")
    if probe.js and "data-gcds-module" in html:  # a module script runs once per document
        page.goto(f"{site.server.url}/{path.relative_to(site.root).as_posix()}", wait_until="load")
    else:
        page.set_content(html, wait_until="load")
    return accessibility_tree(page, cdp, site.server.url)


def _header(example_id: str, lang: str) -> str:
    return f"# {example_id} ({lang}): the accessibility tree of #example\n"


@pytest.mark.browser
@pytest.mark.parametrize("example_id", EXAMPLE_IDS)
def test_accessibility_tree_as_before(tree_probe, site, example_id: str) -> None:
    lang = BY_ID[example_id].lang
    actual = _header(example_id, lang) + snapshot_of(tree_probe, site, site.path(example_id, lang))
    baseline = BASELINES / f"{example_id}.txt"
    if UPDATE:
        if not baseline.exists() or baseline.read_text(encoding="utf-8") != actual:
            baseline.parent.mkdir(parents=True, exist_ok=True)
            baseline.write_text(actual, encoding="utf-8")
        return
    if not baseline.exists():
        out = RESULTS / f"{example_id}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(actual, encoding="utf-8")
        pytest.fail(
            f"no baseline {baseline.relative_to(ROOT)}: read {out.relative_to(ROOT)}, then "
            "`make update-baselines` (or GCDS_UPDATE_BASELINES=1 .venv/bin/python -m pytest "
            f"tests/test_accessibility_tree.py -k '{example_id}')",
            pytrace=False,
        )
    problem = compare(actual, baseline.read_text(encoding="utf-8"), example_id)
    if problem:
        pytest.fail(problem, pytrace=False)  # the diff, without a traceback around it


def test_every_baseline_has_an_example() -> None:
    """A baseline whose example is gone (renamed, removed) is removed by an update."""
    orphans = sorted(
        path for path in BASELINES.glob("*/*.txt") if f"{path.parent.name}/{path.stem}" not in BY_ID
    )
    if UPDATE:
        for path in orphans:
            path.unlink()
        return
    assert not orphans, "baselines with no example (`make update-baselines` removes them): " + (
        ", ".join(str(p.relative_to(ROOT)) for p in orphans)
    )


def test_the_snapshot_text() -> None:
    """The rules, on a hand-made protocol tree: wrappers and ignored nodes leave their
    content to their parent, text a name says is left out, states are written, the
    server's origin is not, a part in another language says so."""

    def node(i, role, name=None, children=(), ignored=False, backend=None, **props):
        n = {"nodeId": str(i), "role": {"value": role}, "ignored": ignored}
        n["childIds"] = [str(c) for c in children]
        n["backendDOMNodeId"] = backend or i
        if name is not None:
            n["name"] = {"value": name}
        n["properties"] = [{"name": k, "value": {"value": v}} for k, v in props.items()]
        return n

    nodes = [
        node(1, "generic", children=[2, 5, 8, 11, 13, 17]),
        node(2, "LabelText", children=[3, 4]),
        node(3, "StaticText", "Email address "),
        node(4, "StaticText", "(required)"),
        node(5, "paragraph", children=[6, 7]),
        node(6, "StaticText", "Error:"),
        node(7, "StaticText", "Enter an email address"),
        node(8, "textbox", "Email address (required)", [9], required=True, invalid="true"),
        node(9, "generic", children=[10], editable="plaintext"),
        node(10, "StaticText", "a@b", editable="plaintext"),
        node(11, "navigation", "Breadcrumb", [12, 14]),
        node(12, "link", "Taxes", [15], url="http://127.0.0.1:1234/en/taxes.html", focusable=True),
        node(13, "generic", ignored=True),
        node(14, "generic", children=[16], backend=99),
        node(15, "StaticText", "Taxes"),
        node(16, "StaticText", "Income tax"),
        node(17, "paragraph", children=[18, 19]),
        node(18, "StaticText", "Government of Canada / "),
        node(19, "StaticText", "Gouvernement du Canada"),
    ]
    nodes[7]["description"] = {"value": "Error: Enter an email address"}
    nodes[7]["value"] = {"value": "a@b"}
    dom = Dom(example=1, states={99: {"current": "page"}}, langs={1: "en", 19: "fr"})
    text = Snapshot(nodes, dom, "http://127.0.0.1:1234").text(1)
    assert text == (
        '- paragraph: "Error: Enter an email address"\n'
        '- textbox "Email address (required)" description="Error: Enter an email address"'
        ' value="a@b" [required, invalid]\n'
        '- navigation "Breadcrumb":\n'
        '  - link "Taxes" url="/en/taxes.html"\n'
        '  - generic [current=page]: "Income tax"\n'
        "- paragraph:\n"
        '  - text: "Government of Canada /"\n'
        '  - text [lang=fr]: "Gouvernement du Canada"\n'
    )
    # Behind an open modal <dialog> the example is inert, out of the tree: its dialog is not.
    modal = [node(20, "dialog", "Income", [21], modal=True), node(21, "heading", "Income", [22])]
    modal += [node(22, "StaticText", "Income")]
    for n, parent in zip(modal, ("1", "20", "21"), strict=True):
        n["parentId"] = parent
    dom = Dom(example=2, langs={2: "en", 20: "en", 21: "en", 22: "en"})
    assert Snapshot(modal, dom).text(2) == '- dialog "Income" [modal]:\n  - heading "Income"\n'


@pytest.mark.browser
def test_the_layer_can_fail(tree_probe, site, tmp_path) -> None:
    """A field that gains an error is told apart: the snapshot and its diff say so."""
    example = next(e for e in EXAMPLES if e.component == "input" and "error" not in e.params)
    folder = site.root / "test-pages"
    folder.mkdir(exist_ok=True)
    pages = {}
    changed = dataclasses.replace(
        example, params={**example.params, "error": "Enter your full name"}
    )
    for key, ex in (("before", example), ("after", changed)):
        pages[key] = folder / f"accessibility-tree-{key}.html"
        pages[key].write_text(
            example_page(
                ex,
                css_href="/static/gcds/css/gcds.css",
                js_href="/static/gcds/js/gcds.min.js",
            ),
            encoding="utf-8",
        )
    before = snapshot_of(tree_probe, site, pages["before"])
    after = snapshot_of(tree_probe, site, pages["after"])
    assert compare(before, before, "same", tmp_path) is None
    problem = compare(after, before, "input/gains-an-error", tmp_path)
    assert problem is not None
    lines = problem.splitlines()
    removed = [line for line in lines if line.startswith("-") and not line.startswith("---")]
    added = [line for line in lines if line.startswith("+") and not line.startswith("+++")]
    assert any("textbox" in line and "invalid" not in line for line in removed), problem
    assert any(
        "textbox" in line and "invalid" in line and "Error: Enter your full name" in line
        for line in added
    ), problem
    assert (tmp_path / "input" / "gains-an-error.txt").read_text(encoding="utf-8") == after
