"""gcds in Django's template language: ``{% load gcds %}``.

``{% gcds "button" text="Save" variant="secondary" %}`` renders a component;
``{% gcdsblock "notice" type="info" title="Before you start" %}…{% endgcdsblock %}`` renders
one with the block's content as its nested content (what Jinja's ``{% call %}`` gives).
Values are literals (``"text"``, ``10``, ``True``, ``False``, ``None``) or variables with
filters; lists and dicts come from variables. The HTML is byte for byte what the same call
gives in Jinja, with the same checks and the same :class:`gcds.ParamError` messages.

Escaping follows Jinja's rules, not DTL's rule for literals: a string literal is text and
is escaped (in DTL a literal in a tag is usually trusted HTML), a safe string
(``mark_safe``, ``|safe``) is trusted HTML as Markup is, any other string is escaped.

``{% gcdspage "page" %}`` is the whole body of the DTL page bases (``gcds/page.html`` and
the others in this package's ``templates/gcds/``): it declares the Jinja page's blocks, so a
DTL child extends them with ``{% extends "gcds/page.html" %}`` as a Jinja child does.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.template.base import (
    FilterExpression,
    Node,
    NodeList,
    Parser,
    Token,
    VariableDoesNotExist,
    token_kwargs,
)
from django.template.context import Context
from django.template.loader_tags import BlockNode
from django.utils.functional import lazy
from django.utils.safestring import SafeData
from jinja2 import Undefined
from markupsafe import Markup

from ..django import dtl
from ..django.forms.formsets import add_button
from ..django.forms.summary import error_summary
from ..django.messages import message_alerts
from ..errors import ParamError
from ..library import _checkers
from ..specs import load_specs
from ..text import is_lazy_text

register = template.Library()

#: Where a page's DTL context holds what the Jinja block would have written.
_DEFAULT_KEY = "_gcds_block_default"
_KEYWORDS_ONLY = 'takes keyword arguments only, e.g. text="…"'


def _plain_literal(expression: FilterExpression) -> FilterExpression:
    """A string literal as plain text: DTL marks literals safe, Jinja does not. A
    translated literal, ``_("…")``, is a lazy string whose translation is made plain."""
    if expression.is_var:
        return expression
    if isinstance(expression.var, SafeData):
        expression.var = str.__str__(expression.var)
    elif is_lazy_text(expression.var):
        expression.var = _plain_lazy(expression.var)
    return expression


def _plain(text: Any) -> str:
    return str.__str__(str(text))


_plain_lazy = lazy(_plain, str)


def _resolve(expression: FilterExpression, context: Context) -> Any:
    """A tag argument's value. A variable that does not exist is Jinja's Undefined (not
    given, as in Jinja), not DTL's empty string, so a required param says it was undefined."""
    if expression.is_var and not expression.filters:
        try:
            value = expression.var.resolve(context)
        except VariableDoesNotExist:
            return Undefined(name=expression.token)
    else:
        value = expression.resolve(context, ignore_failures=True)
    return dtl.as_markup(value)


def _parse_call(parser: Parser, token: Token, block: bool) -> ComponentNode:
    tag, *bits = token.split_contents()
    if not bits:
        raise template.TemplateSyntaxError(
            f'{{% {tag} %}} takes the component\'s name first, e.g. {{% {tag} "button" … %}}'
        )
    name = _plain_literal(parser.compile_filter(bits[0]))
    known = None if name.is_var else str(name.var)
    if known is not None and known not in load_specs():
        dtl.component(known)  # raises the ParamError Jinja gives for an unknown name
    kwargs: dict[str, FilterExpression] = {}
    for bit in bits[1:]:
        pair = token_kwargs([bit], parser)
        if not pair:
            if known is None:
                raise template.TemplateSyntaxError(f"{{% {tag} %}} {_KEYWORDS_ONLY}")
            raise ParamError(known, None, _KEYWORDS_ONLY)
        (key, value), *_ = pair.items()
        if key in kwargs:
            raise template.TemplateSyntaxError(f"{{% {tag} %}}: parameter {key!r} given twice")
        if key == "caller" and block:
            raise template.TemplateSyntaxError(
                "{% gcdsblock %}: the block's content is the caller; do not pass caller= too"
            )
        if known is not None and key != "caller" and key not in _checkers()[known].checks:
            raise _checkers()[known].unknown(key)
        kwargs[key] = _plain_literal(value)
    return ComponentNode(name, kwargs)


class ComponentNode(Node):
    """A component call; ``nodelist`` (``{% gcdsblock %}``) is its nested content."""

    child_nodelists = ("nodelist",)

    def __init__(
        self,
        name: FilterExpression,
        kwargs: dict[str, FilterExpression],
        nodelist: NodeList | None = None,
    ) -> None:
        self.name = name
        self.kwargs = kwargs
        self.nodelist = nodelist

    def render(self, context: Context) -> str:
        name = _resolve(self.name, context)
        if not isinstance(name, str):
            raise template.TemplateSyntaxError(
                f"{{% gcds %}}: the component's name must be text, not {name!r}"
            )
        component = dtl.component(name)
        params = {key: _resolve(value, context) for key, value in self.kwargs.items()}
        if self.nodelist is not None:
            nodelist = self.nodelist
            params["caller"] = lambda: Markup(nodelist.render(context))
        return str(component(**params))


@register.tag("gcds")
def gcds_tag(parser: Parser, token: Token) -> ComponentNode:
    """``{% gcds "button" text="Save" %}``: one component."""
    return _parse_call(parser, token, block=False)


@register.tag("gcdsblock")
def gcdsblock_tag(parser: Parser, token: Token) -> ComponentNode:
    """``{% gcdsblock "notice" … %}content{% endgcdsblock %}``: a component with content."""
    node = _parse_call(parser, token, block=True)
    node.nodelist = parser.parse(("endgcdsblock",))
    parser.delete_first_token()
    return node


class _DefaultNode(Node):
    """The body of a DTL page base's block: what the Jinja page's block would write, so
    ``{{ block.super }}`` in a child is the gcds default, as ``super()`` is in Jinja."""

    def render(self, context: Context) -> str:
        return str(context[_DEFAULT_KEY]())


class PageNode(Node):
    """A DTL page base: its blocks are the Jinja page's, rendered by the Jinja page."""

    child_nodelists = ("nodelist",)

    def __init__(self, name: str, token: Token, origin: Any) -> None:
        self.page = name
        names = dtl.page_blocks(name)
        self.params = dtl.page_params(name)
        self.blocks: dict[str, BlockNode] = {}
        for block_name in names:
            default = _DefaultNode()
            block = BlockNode(block_name, NodeList([default]))
            for node in (default, block):
                node.token, node.origin = token, origin
            self.blocks[block_name] = block
        # ExtendsNode finds a parent's blocks by walking its nodelists.
        self.nodelist = NodeList(self.blocks.values())

    def render(self, context: Context) -> str:
        values = {name: context[name] for name in self.params if name in context}
        if "request" in context:  # as Django's Jinja2 backend gives it: the toggle's link
            values["request"] = context["request"]

        def render_block(name: str, default: Any) -> str:
            with context.push({_DEFAULT_KEY: default}):
                # BlockNode.render picks the child's block, if any, over this one.
                return self.blocks[name].render(context)

        return dtl.render_page(self.page, values, render_block)


@register.tag("gcdspage")
def gcdspage_tag(parser: Parser, token: Token) -> PageNode:
    """``{% gcdspage "page" %}``: the body of the DTL base of ``gcds/page.html``."""
    bits = token.split_contents()
    name = bits[1][1:-1] if len(bits) == 2 and bits[1][:1] == bits[1][-1:] == '"' else None
    if name is None:
        raise template.TemplateSyntaxError(
            '{% gcdspage %} takes a page\'s name: {% gcdspage "page" %}'
        )
    try:
        return PageNode(name, token, parser.origin)
    except ValueError as error:
        raise template.TemplateSyntaxError(str(error)) from None


# Django's forms and messages, as the Jinja globals of the same names give them.


@register.simple_tag(name="gcds_error_summary")
def gcds_error_summary(*forms: Any, **params: Any) -> Markup:
    """``{% gcds_error_summary form %}``: the error summary of forms or formsets."""
    return error_summary(*forms, **params)


@register.simple_tag(name="gcds_add_button")
def gcds_add_button(formset: Any, **params: Any) -> Markup:
    """``{% gcds_add_button formset %}``: the "Add another" button (no JS needed)."""
    return add_button(formset, **params)


@register.simple_tag(name="gcds_messages", takes_context=True)
def gcds_messages(context: Context, source: Any = None, **params: Any) -> Markup:
    """``{% gcds_messages %}``: the request's Django messages as gcds alerts."""
    return message_alerts(context["request"] if source is None else source, **params)
