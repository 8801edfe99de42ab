"""Render a component's spec examples, alone or inside a complete standalone page.

Used by the test harness (every layer runs on these pages) and the docs site (live
previews are iframes of the same pages), so what is tested is what is shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from jinja2 import Environment
from markupsafe import Markup, escape

from .i18n import use_lang
from .library import environment, render
from .pages import page_specs
from .specs import load_specs

PAGE_TITLE = {
    "en": "{component}: {example} – gcds examples",
    "fr": "{component}\u00a0: {example} – exemples gcds",
}
PAGE_HEADING = {"en": "Example: {example}", "fr": "Exemple\u00a0: {example}"}
OUTLINE_HEADING = {"en": "Section at level {level}", "fr": "Section de niveau {level}"}
_FIRST_HEADING = re.compile(r"<h([1-6])[\s>]")
_H1 = re.compile(r"<h1[\s>]")
#: An example's URL param may start with this, for a file in gcds/static/gcds/ (an image).
STATIC_TOKEN = "{static}/"
#: Where the example pages of the tests serve gcds/static/gcds/.
STATIC_HREF = "/static/gcds"


@dataclass(frozen=True)
class Example:
    """One example of one component's spec."""

    component: str
    name: str
    lang: str
    params: Mapping[str, Any]
    caller: str | None
    #: "dark" shows the example on the GC dark blue, for components made for dark backgrounds.
    backdrop: str | None = None
    #: Trusted HTML around the example, "{content}" marking where it goes: the context a
    #: part needs to be valid (a nav_link's <li> inside a <ul>).
    wrap: str | None = None

    @property
    def id(self) -> str:
        return f"{self.component}/{self.name}"

    def call_params(self, static_href: str = STATIC_HREF) -> dict[str, Any]:
        """The params as a template would pass them: the spec's examples are trusted, so a
        ``markup`` param (HTML for a slot, say) is Markup, as the ``caller`` content is; and
        a URL starting ``{static}/`` (an example image) points into ``static_href``."""
        specs = _param_specs(self.component)
        return {
            key: _trusted(specs.get(key, {}), value, static_href)
            for key, value in self.params.items()
        }

    def render(self, lang: str | None = None, *, static_href: str = STATIC_HREF) -> Markup:
        """The component's HTML; ``lang`` defaults to the example's own language; the
        package's static files (example images) are served at ``static_href``."""
        caller = Markup(self.caller) if self.caller is not None else None
        params = self.call_params(static_href)
        return render(self.component, caller=caller, lang=lang or self.lang, **params)


@cache
def _param_specs(component: str) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in load_specs()[component]["params"]}


def _trusted(param: Mapping[str, Any], value: Any, static_href: str) -> Any:
    """An example value as Markup where the spec says it is HTML: a ``markup`` param, or
    the ``markup_keys`` of the dicts in a list param (a tab's panel content, say)."""
    if param.get("type") == "markup" and isinstance(value, str):
        return Markup(value)
    if param.get("type") == "url" and isinstance(value, str) and value.startswith(STATIC_TOKEN):
        return static_href.rstrip("/") + "/" + value.removeprefix(STATIC_TOKEN)
    keys = param.get("markup_keys")
    if keys and isinstance(value, list):
        return [
            {k: Markup(v) if k in keys and isinstance(v, str) else v for k, v in item.items()}
            if isinstance(item, dict)
            else item
            for item in value
        ]
    return value


def examples(component: str | None = None) -> Iterator[Example]:
    """Every example of every component (or of one), in spec order."""
    for name, spec in load_specs().items():
        if component is not None and name != component:
            continue
        for ex in spec["examples"]:
            yield Example(
                name,
                ex["name"],
                ex.get("lang", "en"),
                ex.get("params") or {},
                ex.get("caller"),
                ex.get("backdrop"),
                ex.get("wrap"),
            )


def page(
    body: Markup,
    *,
    lang: str,
    title: str,
    heading: str,
    css_href: str,
    js_href: str | None,
    backdrop: str | None = None,
) -> str:
    """A complete HTML page (lang, title, main, h1) around ``body``.

    When ``body`` starts its own outline below h2 (a notice with an h4 title, say), the
    page gets the levels in between, so the page's outline skips no level, as on a
    real page where such a component sits inside its section. When ``body`` writes an
    ``h1`` itself (a label that is the page's heading), that is the page's one ``h1``, and
    ``heading`` is shown in the same look as a paragraph above it.
    """
    script = f'<script type="module" src="{escape(js_href)}"></script>\n' if js_href else ""
    first = _FIRST_HEADING.search(body)
    heading_tag = "p" if _H1.search(body) else "h1"
    outline = "".join(
        f'<h{level} class="gcds-example-page__outline">'
        f"{escape(OUTLINE_HEADING[lang].format(level=level))}</h{level}>\n"
        for level in range(2, int(first.group(1)) if first else 2)
    )
    example_class = "gcds-example" + (f" gcds-example--{backdrop}" if backdrop else "")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f'<link rel="stylesheet" href="{escape(css_href)}">\n</head>\n'
        '<body class="gcds-page">\n<main id="main-content" class="gcds-example-page">\n'
        f'<{heading_tag} class="gcds-example-page__heading">{escape(heading)}</{heading_tag}>\n'
        f'{outline}<div class="{example_class}" id="example">\n{body}\n</div>\n'
        f"</main>\n{script}</body>\n</html>\n"
    )


def example_page(
    example: Example,
    *,
    lang: str | None = None,
    css_href: str,
    js_href: str | None,
    static_href: str = STATIC_HREF,
) -> str:
    """A standalone page showing one example, in ``lang`` (default: the example's own)."""
    lang = lang or example.lang
    with use_lang(lang):
        body = example.render(lang, static_href=static_href)
    if example.wrap:
        before, _, after = example.wrap.partition("{content}")
        body = Markup(before) + body + Markup(after)
    words = {"component": example.component, "example": example.name}
    return page(
        body,
        lang=lang,
        title=PAGE_TITLE[lang].format(**words),
        heading=PAGE_HEADING[lang].format(**words),
        css_href=css_href,
        js_href=js_href,
        backdrop=example.backdrop,
    )


@dataclass(frozen=True)
class PageExample:
    """One example of a page template's spec (``gcds/page_templates/<template>.yaml``): the
    context it is rendered with and the Jinja source of the blocks it fills."""

    template: str
    name: str
    lang: str
    context: Mapping[str, Any]
    blocks: Mapping[str, str]
    description: str | None = None

    @property
    def id(self) -> str:
        return f"pages/{self.template}/{self.name}"

    def source(self, *, js: bool = True) -> str:
        """The child template a team would write: ``{% extends %}`` and the blocks. With
        ``js=False`` the ``scripts`` block is emptied (the page as served without gcds.js)."""
        blocks = dict(self.blocks)
        if not js:
            blocks["scripts"] = ""
        filled = "".join(
            f"{{% block {name} %}}{body}{{% endblock %}}\n" for name, body in blocks.items()
        )
        return f'{{% extends "gcds/{self.template}.html" %}}\n{filled}'

    def call_context(self, static_href: str = STATIC_HREF) -> dict[str, Any]:
        """The context as a view would pass it (``markup`` values trusted, as in
        :meth:`Example.call_params`)."""
        specs = {p["name"]: p for p in page_specs()[self.template]["params"]}
        return {k: _trusted(specs.get(k, {}), v, static_href) for k, v in self.context.items()}

    def render(self, *, static_href: str = STATIC_HREF, js: bool = True) -> str:
        """The whole page, with gcds's static files (CSS, JS, images) at ``static_href``."""
        env = _page_environment(self.lang, static_href)
        with use_lang(self.lang):
            return env.from_string(self.source(js=js)).render(**self.call_context(static_href))


@cache
def _page_environment(lang: str, static_href: str) -> Environment:
    return environment(lang=lang, static_url=static_href.rstrip("/") + "/")


def page_examples(template: str | None = None) -> Iterator[PageExample]:
    """Every example of every page template (or of one), in spec order."""
    for name, spec in page_specs().items():
        if template is not None and name != template:
            continue
        for ex in spec["examples"]:
            yield PageExample(
                name,
                ex["name"],
                ex.get("lang", "en"),
                ex.get("context") or {},
                ex.get("blocks") or {},
                ex.get("description"),
            )
