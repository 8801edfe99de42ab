"""gcds in Django's template language: ``{% load gcds %}``, the tags and the DTL page bases.

Every spec example (components and pages) is written as a DTL template and must give the
same bytes as Jinja. Django runs with the settings of the docs' Django snippet (one settings
object per process) and a DjangoTemplates backend that finds gcds through INSTALLED_APPS.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from jinja2 import nodes
from markupsafe import Markup

import gcds
from gcds.examples import Example, PageExample

from .specdata import EXAMPLE_IDS, EXAMPLES, PAGE_EXAMPLE_IDS, PAGE_EXAMPLES
from .test_integrations import load_snippet

pytest.importorskip("django")

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {"debug": True},
    }
]
#: Django's templates in the package (the DTL page bases); the Jinja pages are elsewhere.
DJANGO_TEMPLATES = Path(gcds.__file__).parent / "templates"


@pytest.fixture(scope="module")
def engine() -> Iterator[Any]:
    from django.template import engines
    from django.test.utils import override_settings

    module = load_snippet("django_app")  # configures Django, if no test did yet
    with override_settings(**{**module.SETTINGS, "TEMPLATES": TEMPLATES}):
        yield engines["django"]


def render(engine: Any, source: str, context: Mapping[str, Any] | None = None, lang="en") -> str:
    from django.utils import translation

    with translation.override(lang):
        return engine.from_string("{% load gcds %}" + source).render(dict(context or {}))


# --- Writing a call as DTL ------------------------------------------------------------------


def dtl_literal(value: Any) -> str | None:
    """``value`` written as a DTL literal, or None where it needs a context variable."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and not any(c in value for c in '\n\r\\"') and "%}" not in value:
        return f'"{value}"|safe' if isinstance(value, Markup) else f'"{value}"'
    return None


def dtl_call(name: str, params: Mapping[str, Any], context: dict[str, Any]) -> str:
    """The arguments of ``{% gcds name … %}``; what is not a literal goes into ``context``."""
    args = [f'"{name}"']
    for key, value in params.items():
        literal = dtl_literal(value)
        if literal is None:
            variable = f"v{len(context)}_{key}"
            context[variable] = value
            literal = variable
        args.append(f"{key}={literal}")
    return " ".join(args)


def dtl_body(content: str, context: dict[str, Any]) -> str:
    """Nested HTML as the block's own text, or as a variable if it looks like DTL syntax."""
    if any(mark in content for mark in ("{%", "{{", "{#")):
        context[f"content{len(context)}"] = Markup(content)
        return f"{{{{ content{len(context) - 1} }}}}"
    return content


def example_source(example: Example) -> tuple[str, dict[str, Any]]:
    context: dict[str, Any] = {}
    call = dtl_call(example.component, example.call_params(), context)
    if example.caller is None:
        return f"{{% gcds {call} %}}", context
    body = dtl_body(example.caller, context)
    return f"{{% gcdsblock {call} %}}{body}{{% endgcdsblock %}}", context


def jinja_to_dtl(source: str, context: dict[str, Any]) -> str:
    """A page example's Jinja block (text, ``{{ gcds.x(…) }}`` and ``{% call %}`` with
    constant arguments) as the DTL a team would write."""
    env = gcds.environment(keep_trailing_newline=True)
    return "".join(_dtl_nodes(env.parse(source).body, context))


def _dtl_nodes(body: list[nodes.Node], context: dict[str, Any]) -> Iterator[str]:
    for node in body:
        if isinstance(node, nodes.Output):
            for child in node.nodes:
                if isinstance(child, nodes.TemplateData):
                    yield child.data
                else:
                    yield f"{{% gcds {_dtl_args(child, context)} %}}"
        elif isinstance(node, nodes.CallBlock):
            inner = "".join(_dtl_nodes(node.body, context))
            yield f"{{% gcdsblock {_dtl_args(node.call, context)} %}}{inner}{{% endgcdsblock %}}"
        else:
            raise AssertionError(f"no DTL for {node!r}")


def _dtl_args(call: nodes.Node, context: dict[str, Any]) -> str:
    assert isinstance(call, nodes.Call) and isinstance(call.node, nodes.Getattr), call
    params = {kw.key: kw.value.as_const() for kw in call.kwargs}
    return dtl_call(call.node.attr, params, context)


def page_source(example: PageExample) -> tuple[str, dict[str, Any]]:
    context = dict(example.call_context())
    blocks = "".join(
        f"{{% block {name} %}}{jinja_to_dtl(body, context)}{{% endblock %}}\n"
        for name, body in example.blocks.items()
    )
    return f'{{% extends "gcds/{example.template}.html" %}}{{% load gcds %}}\n{blocks}', context


# --- Byte-identity with Jinja ---------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=EXAMPLE_IDS)
def test_every_example_same_bytes_as_jinja(engine: Any, example: Example) -> None:
    source, context = example_source(example)
    html = render(engine, source, context, lang=example.lang)
    assert html.strip(), f"{example.id} rendered nothing"
    assert html == str(example.render()), source


def test_examples_use_literals_and_blocks() -> None:
    """The identity test exercises the tag's parsing, not only context variables."""
    sources = [example_source(example)[0] for example in EXAMPLES]
    assert sum("gcdsblock" in s for s in sources) >= 20
    assert sum("=True" in s for s in sources) >= 20
    assert sum("|safe" in s for s in sources) >= 5
    assert sum(bool(re.search(r"=\d", s)) for s in sources) >= 5


@pytest.mark.parametrize("example", PAGE_EXAMPLES, ids=PAGE_EXAMPLE_IDS)
def test_every_page_example_same_bytes_as_jinja(engine: Any, example: PageExample) -> None:
    from django.utils import translation

    source, context = page_source(example)
    with translation.override(example.lang):
        html = engine.from_string(source).render(context)
    assert html == example.render(), source


# --- The tags -------------------------------------------------------------------------------


def test_literals_of_every_kind(engine: Any) -> None:
    html = render(
        engine,
        '{% gcds "input" name="age" label="Age" type="number" width=3 required=True'
        " disabled=False hint=None %}",
    )
    assert html == gcds.render(
        "input", name="age", label="Age", type="number", width=3, required=True, disabled=False
    )


def test_variables_filters_lists_and_dicts(engine: Any) -> None:
    items = [{"text": "Home", "href": "/"}, {"text": "Permits", "href": "/permits"}]
    html = render(
        engine,
        '{% gcds "breadcrumbs" items=crumbs attributes=attrs %}{% gcds "button" text=word|upper %}',
        {"crumbs": items, "attrs": {"data-x": "1"}, "word": "save"},
    )
    assert html == gcds.render("breadcrumbs", items=items, attributes={"data-x": "1"}) + (
        gcds.render("button", text="SAVE")
    )


def test_component_name_from_a_variable(engine: Any) -> None:
    html = render(engine, '{% gcds which text="Go" %}', {"which": "button"})
    assert html == gcds.render("button", text="Go")


def test_block_content_is_rendered_with_the_context(engine: Any) -> None:
    html = render(
        engine,
        '{% gcdsblock "notice" type="info" title="Before you start" %}'
        "<p>{{ who }} {% gcds 'link' text='more' href='/more' %}</p>{% endgcdsblock %}",
        {"who": "<Jane>"},
    )
    link = gcds.render("link", text="more", href="/more")
    caller = Markup("<p>&lt;Jane&gt; ") + link + Markup("</p>")
    assert html == gcds.render("notice", type="info", title="Before you start", caller=caller)


def test_caller_as_a_parameter_of_the_simple_tag(engine: Any) -> None:
    html = render(engine, '{% gcds "notice" type="info" title="T" caller=body %}', {"body": "<b>"})
    assert html == gcds.render("notice", type="info", title="T", caller="<b>")
    assert "&lt;b&gt;" in html


def test_lazy_translation_strings(engine: Any) -> None:
    from django.utils.translation import gettext_lazy

    html = render(engine, '{% gcds "button" text=label %}', {"label": gettext_lazy("Save")})
    assert html == gcds.render("button", text="Save")


# --- Escaping -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "context", "text"),
    [
        ('{% gcds "button" text="Fish & <chips>" %}', {}, "Fish &amp; &lt;chips&gt;"),
        ('{% gcds "button" text=_("Fish & <chips>") %}', {}, "Fish &amp; &lt;chips&gt;"),
        ('{% gcds "button" text=t %}', {"t": "Fish & <chips>"}, "Fish &amp; &lt;chips&gt;"),
        ('{% gcds "button" text="<b>x</b>"|safe %}', {}, "<b>x</b>"),
        ('{% gcds "button" text=t|safe %}', {"t": "<b>x</b>"}, "<b>x</b>"),
        ('{% gcds "button" text=t|escape %}', {"t": "<b>"}, "&lt;b&gt;"),
    ],
    ids=["literal", "translated-literal", "variable", "safe-literal", "safe-filter", "escape"],
)
def test_escaping(engine: Any, source: str, context: dict[str, Any], text: str) -> None:
    assert render(engine, source, context) == (
        f'<button type="submit" class="gcds-button gcds-button--primary">{text}</button>'
    )


def test_safe_strings_are_markup_inside_lists_and_dicts(engine: Any) -> None:
    from django.utils.safestring import mark_safe

    tabs = [
        {"label": "One", "id": "one", "content": mark_safe("<p>First</p>")},
        {"label": "Two", "id": "two", "content": "<p>Second</p>"},
    ]
    html = render(engine, '{% gcds "tabs" label="Tabs" tabs=tabs %}', {"tabs": tabs})
    trusted = [{**tabs[0], "content": Markup("<p>First</p>")}, tabs[1]]
    expected = gcds.render("tabs", label="Tabs", tabs=trusted)
    assert html == expected
    assert "<p>First</p>" in html and "&lt;p&gt;Second&lt;/p&gt;" in html


def test_as_markup_keeps_objects_it_does_not_change() -> None:
    from django.utils.safestring import mark_safe

    from gcds.django.dtl import as_markup

    plain = [{"text": "a"}, ("b",)]
    assert as_markup(plain) is plain
    changed = as_markup([{"text": mark_safe("<i>")}, (mark_safe("x"),)])
    assert type(changed[0]["text"]) is Markup and type(changed[1][0]) is Markup


# --- Language -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr", "fr-ca"])
def test_language_follows_django(engine: Any, lang: str) -> None:
    html = render(engine, '{% gcds "skip_link" href="#main" %}', lang=lang)
    assert html == gcds.render("skip_link", href="#main", lang=lang[:2])


def test_explicit_lang_wins(engine: Any) -> None:
    html = render(engine, '{% gcds "skip_link" href="#main" lang="fr" %}', lang="en")
    assert "Passer au contenu principal" in html


# --- Errors: the ParamError of Jinja, with the template's line ------------------------------


def jinja_error(name: str, **params: Any) -> str:
    with pytest.raises(gcds.ParamError) as caught:
        gcds.render(name, **params)
    return str(caught.value)


def dtl_error(engine: Any, source: str, context: dict[str, Any] | None = None) -> Exception:
    with pytest.raises(Exception) as caught:
        render(engine, "\n\n" + source, context)
    return caught.value


@pytest.mark.parametrize(
    ("source", "context", "jinja"),
    [
        ('{% gcds "buton" text="Go" %}', {}, ("buton", {})),  # compile time
        ('{% gcds "button" txt="Go" %}', {}, ("button", {"txt": "Go"})),  # compile time
        ('{% gcds "button" text="Go" variant="main" %}', {}, ("button", {"variant": "main"})),
        ('{% gcds "button" text=n %}', {"n": 3}, ("button", {"text": 3})),
        ('{% gcds "input" name="a" label=missing %}', {}, None),
        ('{% gcds which text="Go" %}', {"which": "buton"}, ("buton", {})),
        ('{% gcdsblock "button" text="Go" %}x{% endgcdsblock %}', {}, None),
    ],
    ids=[
        "unknown-component",
        "unknown-param",
        "bad-value",
        "number",
        "undefined",
        "name-var",
        "caller",
    ],
)
def test_same_param_error_with_the_line(
    engine: Any, source: str, context: dict[str, Any], jinja: tuple[str, dict] | None
) -> None:
    error = dtl_error(engine, source, context)
    assert isinstance(error, gcds.ParamError)
    if jinja is not None:
        assert str(error) == jinja_error(jinja[0], **jinja[1])
    debug = error.template_debug  # what Django's debug page shows
    assert debug["line"] == 3
    assert debug["during"] == source[: source.index("%}") + 2]  # a block's opening tag


def test_django_debug_page_shows_the_template_line(engine: Any) -> None:
    import sys

    from django.views.debug import ExceptionReporter

    try:
        render(engine, '<p>\n{% gcds "button" text="Go" variant="main" %}')
    except gcds.ParamError:
        page = ExceptionReporter(None, *sys.exc_info()).get_traceback_html()
    else:
        raise AssertionError("no ParamError")
    assert "Error during template rendering" in page
    assert "In template" in page and "line 2" in page
    assert "gcds.button, parameter &#x27;variant&#x27;: &#x27;main&#x27; is not one" in page


def test_undefined_variable_message_is_jinja_s(engine: Any) -> None:
    error = dtl_error(engine, '{% gcds "input" name="a" label=missing %}')
    env = gcds.environment()
    with pytest.raises(gcds.ParamError) as jinja:
        env.from_string('{{ gcds.input(name="a", label=missing) }}').render()
    assert str(error) == str(jinja.value)
    assert (
        str(error) == "gcds.input, parameter 'label': is required and was undefined in the template"
    )


def test_block_on_a_component_without_content(engine: Any) -> None:
    error = dtl_error(engine, '{% gcdsblock "button" text="Go" %}x{% endgcdsblock %}')
    assert str(error) == jinja_error("button", text="Go", caller=Markup("x"))


def test_keyword_arguments_only(engine: Any) -> None:
    from django.template import TemplateSyntaxError

    error = dtl_error(engine, '{% gcds "button" "Go" %}')
    assert str(error) == 'gcds.button: takes keyword arguments only, e.g. text="…"'
    assert error.template_debug["line"] == 3
    with pytest.raises(TemplateSyntaxError, match="keyword arguments only"):
        render(engine, '{% gcds which "Go" %}')


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{% gcds %}", r"takes the component's name first"),
        ('{% gcds "button" text="a" text="b" %}', r"parameter 'text' given twice"),
        ('{% gcdsblock "notice" caller=x %}{% endgcdsblock %}', r"do not pass caller= too"),
        ('{% gcdsblock "notice" type="info" %}', r"endgcdsblock"),
        ("{% gcds which %}", r"must be text, not 3"),
        ("{% gcdspage page %}", r"takes a page's name"),
        ('{% gcdspage "pages" %}', r"no page template 'pages' \(there are: error, page,"),
    ],
)
def test_syntax_errors(engine: Any, source: str, message: str) -> None:
    from django.template import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError, match=message) as caught:
        render(engine, "\n" + source, {"which": 3})
    assert caught.value.template_debug["line"] == 2


# --- The DTL page bases ---------------------------------------------------------------------


PAGE = {"page_title": "Apply", "date_modified": "2026-01-02", "lang_href": "/fr/"}


def page(engine: Any, blocks: str, context: Mapping[str, Any] = PAGE, lang: str = "en") -> str:
    from django.utils import translation

    with translation.override(lang):
        return engine.from_string('{% extends "gcds/page.html" %}{% load gcds %}' + blocks).render(
            dict(context)
        )


def jinja_page(blocks: str, context: Mapping[str, Any] = PAGE, lang: str = "en") -> str:
    env = gcds.environment(lang=lang)
    return env.from_string('{% extends "gcds/page.html" %}' + blocks).render(**context)


def test_page_base_alone_is_the_jinja_page(engine: Any) -> None:
    from django.template.loader import get_template

    base = get_template("gcds/page.html")
    assert Path(base.origin.name) == DJANGO_TEMPLATES / "gcds" / "page.html"
    assert base.render(PAGE) == jinja_page("")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_page_blocks_and_super(engine: Any, lang: str) -> None:
    dtl = (
        "{% block title %}Mine - {{ block.super }}{% endblock %}"
        '{% block notices %}{% gcds "alert" type="info" text=note %}{% endblock %}'
        "{% block content %}<h1>{{ page_title }}</h1>{% endblock %}"
        "{% block footer %}{{ block.super }}<p>end</p>{% endblock %}"
    )
    jinja = (
        "{% block title %}Mine - {{ super() }}{% endblock %}"
        '{% block notices %}{{ gcds.alert(type="info", text=note) }}{% endblock %}'
        "{% block content %}<h1>{{ page_title }}</h1>{% endblock %}"
        "{% block footer %}{{ super() }}<p>end</p>{% endblock %}"
    )
    context = {**PAGE, "note": "Closed <Sunday>", "lang": lang}
    html = page(engine, dtl, context, lang=lang)
    assert html == jinja_page(jinja, context, lang=lang)
    assert "<title>Mine - Apply - Canada.ca</title>" in html
    assert "Closed &lt;Sunday&gt;" in html


def test_page_block_the_child_replaces_drops_the_nested_defaults(engine: Any) -> None:
    html = page(
        engine,
        "{% block header %}<header>own</header>{% block search %}{% endblock %}{% endblock %}",
    )
    assert html == jinja_page("{% block header %}<header>own</header>{% endblock %}")
    assert "gcds-search" not in html


def test_a_grandchild_extends_through_a_site_base(engine: Any) -> None:
    from django.template import engines
    from django.template.backends.django import DjangoTemplates

    site = DjangoTemplates(
        {
            "NAME": "site",
            "DIRS": [],
            "APP_DIRS": False,
            "OPTIONS": {
                "debug": True,
                "loaders": [
                    (
                        "django.template.loaders.locmem.Loader",
                        {
                            "base.html": '{% extends "gcds/page.html" %}'
                            "{% block content %}<h1>Site</h1>{% block body %}{% endblock %}"
                            "{% endblock %}",
                            "child.html": '{% extends "base.html" %}{% block body %}<p>x</p>{% endblock %}',
                        },
                    ),
                    "django.template.loaders.app_directories.Loader",
                ],
            },
        }
    )
    assert engines["django"] is not site
    html = site.get_template("child.html").render(PAGE)
    assert html == jinja_page("{% block content %}<h1>Site</h1><p>x</p>{% endblock %}")


def test_page_context_error_names_the_page(engine: Any) -> None:
    with pytest.raises(
        gcds.ParamError, match=r"gcds/page\.html, context variable 'page_type'"
    ) as caught:
        page(engine, "", {**PAGE, "page_type": "transaction"})
    assert caught.value.template_debug["name"].endswith("page.html")


def test_error_inside_a_page_block_shows_the_child_line(engine: Any) -> None:
    with pytest.raises(gcds.ParamError, match=r"gcds\.button, parameter 'variant'") as caught:
        page(
            engine,
            '{% block content %}\n\n{% gcds "button" text="Go" variant="main" %}{% endblock %}',
        )
    debug = caught.value.template_debug
    assert debug["line"] == 3
    assert debug["during"] == '{% gcds "button" text="Go" variant="main" %}'


@pytest.mark.parametrize("name", ["page", "error", "session_expired", "splash"])
def test_dtl_base_declares_the_spec_blocks(engine: Any, name: str) -> None:
    from django.template.loader import get_template
    from django.template.loader_tags import BlockNode

    from gcds.pages import page_specs

    base = get_template(f"gcds/{name}.html").template
    declared = [node.name for node in base.nodelist.get_nodes_by_type(BlockNode)]
    assert declared == [block["name"] for block in page_specs()[name]["blocks"]]
    env = gcds.environment()
    # session_expired extends page.html: its children may fill page.html's blocks too.
    jinja_blocks = {
        *env.get_template(f"gcds/{name}.html").blocks,
        *env.get_template("gcds/page.html").blocks,
    }
    assert set(declared) <= jinja_blocks


def test_dtl_names_do_not_collide_with_the_jinja_sources(engine: Any) -> None:
    """With APP_DIRS, DTL sees everything in gcds/templates/ by its path there. Only the DTL
    page bases live there (gcds/templates/gcds/*.html, "gcds/page.html"); the Jinja pages are
    in gcds/page_templates/, which no Django loader reads, so an application's own
    "page.html" or "error.html" is never shadowed by a Jinja source."""
    import jinja2
    from django.template import TemplateDoesNotExist
    from django.template.loader import get_template

    from gcds.specs import TEMPLATES_DIR

    assert sorted(p.name for p in DJANGO_TEMPLATES.iterdir()) == ["gcds"]
    for name in ("page", "error", "session_expired", "splash"):
        dtl_base = Path(get_template(f"gcds/{name}.html").origin.name)
        assert dtl_base == DJANGO_TEMPLATES / "gcds" / f"{name}.html"
        jinja_source = gcds.environment().get_template(f"gcds/{name}.html").filename
        assert Path(jinja_source) == TEMPLATES_DIR / f"{name}.html"
        with pytest.raises(TemplateDoesNotExist):
            get_template(f"{name}.html")
    with pytest.raises(jinja2.TemplateNotFound):
        gcds.environment().get_template("gcds/gcds/page.html")
