"""The public entry points: configure an Environment, render a component, list the specs."""

from __future__ import annotations

import base64
import hashlib
import threading
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from types import SimpleNamespace
from typing import Any

from jinja2 import ChoiceLoader, Environment, Undefined
from jinja2.runtime import Macro
from markupsafe import Markup, escape

from . import attributes, dates, i18n, icons, pages, text, titles
from .errors import ParamError
from .loader import NAMESPACE_GLOBAL, PRIVATE_NAMESPACE_GLOBAL, GcdsLoader
from .params import Checker, check_attributes, suggest, unsafe_url
from .specs import STATIC_DIR, load_specs

DEFAULT_STATIC_URL = "/static/gcds/"

#: ``static(path)``: the URL of ``path``, a file under gcds/static/gcds/ ("css/gcds.min.css").
StaticUrl = Callable[[str], str]
#: ``integrity(path)``: the Subresource Integrity value of the file served at that URL.
Integrity = Callable[[str], str]


@cache
def _checkers() -> dict[str, Checker]:
    return {name: Checker(spec) for name, spec in load_specs().items()}


@cache
def _strings(name: str) -> dict[str, dict[str, str]]:
    """Built-in strings of one component, by language."""
    table = load_specs()[name].get("strings") or {}
    return {lang: {key: value[lang] for key, value in table.items()} for lang in i18n.LANGUAGES}


def _as_caller(caller: Any) -> Callable[[], Markup]:
    if callable(caller):
        return caller
    content = caller if isinstance(caller, Markup) else escape(str(caller))
    return lambda: content


class Component:
    """A component bound to one Environment: checks parameters, then calls its macro."""

    __slots__ = ("_func", "_library", "_strings", "_takes_caller", "checker", "name")

    def __init__(self, library: Library, name: str) -> None:
        self._library = library
        self.name = name
        self.checker = _checkers()[name]
        self._strings = _strings(name)
        self._func: Callable[..., str] | None = None
        self._takes_caller = False

    def _load(self) -> Callable[..., str]:
        # Loaded on first use; a race loads the same macro twice, which is harmless.
        template = self._library.env.get_template(f"gcds/_macros/{self.name}.html")
        macro: Macro = getattr(template.module, self.name)
        if macro.catch_kwargs or macro.catch_varargs:
            raise RuntimeError(f"gcds: the {self.name} macro must take exactly (p, t, lang)")
        self._takes_caller = macro.caller
        # The compiled macro function, called directly: Macro.__call__ would sort out
        # positional and keyword arguments on every call, and ours are always the same
        # (p, t, lang[, caller]). This is most of the cost of a small component.
        self._func = macro._func
        return self._func

    def __call__(self, *args: Any, caller: Any = None, **kwargs: Any) -> Markup:
        if args:
            raise ParamError(self.name, None, 'takes keyword arguments only, e.g. text="…"')
        values = self.checker(kwargs)
        func = self._func or self._load()
        lang = values["lang"] or self._library.resolve_lang()
        strings = self._strings[lang]
        overrides = values.get("strings")
        if overrides:
            strings = {**strings, **overrides}
        p = SimpleNamespace(**values)
        try:
            if self._takes_caller:
                content = None if caller is None else _as_caller(caller)
                return Markup(func(p, strings, lang, content))
            if caller is not None:
                raise ParamError(self.name, "caller", "does not take nested content (a call block)")
            return Markup(func(p, strings, lang))
        except attributes.AttributeClash as clash:
            raise self._clash_error(clash.name, clash.given) from None
        except _ClashError as error:
            # A part (radios' fieldset) was handed this call's attributes: name this call.
            if error.given is not values["attributes"]:
                raise
            raise self._clash_error(error.attribute, error.given) from None

    def _clash_error(self, name: str, given: Any) -> ParamError:
        """The ParamError for an ``attributes`` key the component writes itself."""
        own = name.replace("-", "_")
        if name == "aria-describedby" and "described_by" in self.checker.checks:
            instead = "; give the ids to add with the 'described_by' parameter"
        elif own in self.checker.checks:
            instead = f"; use the '{own}' parameter"
        else:
            instead = ""
        return _ClashError(
            self.name,
            "attributes",
            f"{name!r} is written by the component itself{instead}",
            name,
            given,
        )

    def __repr__(self) -> str:
        return f"<gcds component {self.name!r}>"


class _ClashError(ParamError):
    """The ParamError for a clash in ``attributes``, remembering which dict it came from."""

    def __init__(self, component: str, param: str, message: str, attribute: str, given: Any):
        super().__init__(component, param, message)
        self.attribute = attribute
        self.given = given


class Library:
    """Every component of one Environment, as attributes: ``gcds.button(...)``."""

    def __init__(self, env: Environment, lang: str, lang_getter: Callable[[], str | None] | None):
        self.env = env
        self.default_lang = i18n.normalize(lang) or "en"
        self.lang_getter = lang_getter
        self._components = {name: Component(self, name) for name in load_specs()}
        for name, component in self._components.items():
            setattr(self, name, component)

    def resolve_lang(self) -> str:
        """The language for a component that was given no explicit ``lang``."""
        lang = i18n.current_lang()
        if lang is None and self.lang_getter is not None:
            lang = i18n.normalize(self.lang_getter())
        return lang or self.default_lang

    def __getitem__(self, name: str) -> Component:
        try:
            return self._components[name]
        except KeyError:
            raise _unknown_component(name) from None

    def __iter__(self):
        return iter(self._components)


def _unknown_component(name: str) -> ParamError:
    return ParamError(name, None, f"no such component.{suggest(name, load_specs())}")


def _fail(component: str, param: str, message: str) -> None:
    """Raise ParamError from a macro, for rules that tie two parameters together."""
    raise ParamError(component, param, message)


def _check_keys(
    component: str, param: str, where: str, item: Any, allowed: Sequence[str], hint: str = ""
) -> str:
    """Raise ParamError for the first key of a dict item (``where``: "items[2]") that is
    not ``allowed``, so a typo in an item fails instead of being ignored. Writes nothing."""
    for key in item:
        if key not in allowed:
            at = f"{where}: " if where else ""
            more = f"; {hint}" if hint else ""
            raise ParamError(
                component, param, f"{at}unknown key '{key}' (allowed: {', '.join(allowed)}{more})"
            )
    return ""


def _item_attrs(
    component: str,
    where: str,
    base: Mapping[str, Any],
    given: Any,
    keys: Sequence[str] = (),
    param: str = "items",
) -> Markup:
    """``gcds_attrs(base, extra=given)`` for one item of a list param (an option, a
    checkbox), ``given`` being the item's own ``attributes``: checked like the
    ``attributes`` param, and refused where ``base`` (what the component writes on that
    element) already has the name, naming the item key to use (one of ``keys``).
    ``param`` is the list param the error names (a table's cells are in ``rows``)."""
    if given is None or isinstance(given, Undefined):
        return attributes.attrs(base)
    at = f"{where}.attributes"
    # id, class and lang are the common params on a component; on an item they are
    # refused only where the component writes them (an input's id and class).
    problem = check_attributes(
        {k: v for k, v in given.items() if str(k).lower() not in ("id", "class", "lang")}
        if isinstance(given, Mapping)
        else given
    )
    if problem is not None:
        raise ParamError(component, param, f"{at}: {problem}")
    try:
        return attributes.attrs(base, extra=given)
    except attributes.AttributeClash as clash:
        own = "hint" if clash.name == "aria-describedby" else clash.name.replace("-", "_")
        instead = f"; use the item's '{own}'" if own in keys else ""
        raise ParamError(
            component, param, f"{at}: {clash.name!r} is written by the component itself{instead}"
        ) from None


def sri(data: bytes) -> str:
    """The Subresource Integrity value (``integrity="…"``) of a file's bytes: sha384."""
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


@cache
def package_integrity(path: str) -> str:
    """The integrity of the package's own file gcds/static/gcds/``path``."""
    return sri((STATIC_DIR / path).read_bytes())


def configure(
    env: Environment,
    lang: str = "en",
    *,
    static_url: str = DEFAULT_STATIC_URL,
    lang_getter: Callable[[], str | None] | None = None,
    static: StaticUrl | None = None,
    integrity: Integrity | None = None,
) -> Environment:
    """Make ``env`` ready for gcds and return it.

    Adds the gcds template loader after the application's own loader, the ``gcds``
    global (every component), and the helpers the macros use. gcds templates are always
    autoescaped, whatever ``env.autoescape`` says for the application's templates.

    :param lang: the language when neither the call nor the request sets one.
    :param static_url: where the application serves ``gcds/static/gcds/`` (CSS, JS, fonts).
    :param lang_getter: returns the current request's language (used by the integrations).
    :param static: returns the URL of a file of ``gcds/static/gcds/`` (``"css/gcds.min.css"``),
        in place of ``static_url`` + path: the Django integration asks its staticfiles
        storage, so hashed names (ManifestStaticFilesStorage, WhiteNoise) are used.
    :param integrity: returns the ``integrity`` value of the file ``static`` points at
        (default: of the package's own file, right when the file is served unchanged).

    Example::

        env = gcds.configure(jinja2.Environment(loader=FileSystemLoader("templates")), lang="fr")
    """
    library = Library(env, lang, lang_getter)
    gcds_loader = GcdsLoader(list(library))
    env.loader = gcds_loader if env.loader is None else ChoiceLoader([env.loader, gcds_loader])
    user_autoescape = env.autoescape

    def autoescape(name: str | None) -> bool:
        if name and name.startswith("gcds"):
            return True
        return user_autoescape(name) if callable(user_autoescape) else bool(user_autoescape)

    env.autoescape = autoescape
    env.tests["gcds_text"] = text.is_text
    # {{ answers.born | gcds_date }}: "July 1, 1985" / "1er juillet 1985", in the page's language.
    env.filters["gcds_date"] = lambda value, lang=None: dates.format_date(
        value, lang or library.resolve_lang()
    )
    if static is None:
        base_url = static_url if static_url.endswith("/") else static_url + "/"

        def static(path: str) -> str:
            return base_url + path

    env.globals.update(
        {
            NAMESPACE_GLOBAL: library,
            PRIVATE_NAMESPACE_GLOBAL: library,
            "gcds_attrs": attributes.attrs,
            "gcds_ids": attributes.ids,
            "gcds_fail": _fail,
            "gcds_check_keys": _check_keys,
            "gcds_item_attrs": _item_attrs,
            "gcds_unsafe_url": unsafe_url,
            "gcds_icon": icons.icon_body,
            "gcds_lang": library.resolve_lang,
            "gcds_static": static,
            "gcds_sri": integrity or package_integrity,
            "gcds_page": pages.page_context(library.resolve_lang),
            "gcds_page_title": lambda *parts, **options: titles.page_title(
                *parts, lang=options.pop("lang", None) or library.resolve_lang(), **options
            ),
        }
    )
    return env


def environment(
    lang: str = "en",
    *,
    static_url: str = DEFAULT_STATIC_URL,
    static: StaticUrl | None = None,
    integrity: Integrity | None = None,
    **kwargs: Any,
) -> Environment:
    """A new autoescaping Environment configured for gcds (``static_url``, ``static`` and
    ``integrity`` as in :func:`configure`); ``kwargs`` go to Environment."""
    kwargs.setdefault("autoescape", True)
    return configure(
        Environment(**kwargs),
        lang=lang,
        static_url=static_url,
        static=static,
        integrity=integrity,
    )


_default_env: Environment | None = None
_default_lock = threading.Lock()
#: How :func:`render`'s own Environment is configured (see :func:`set_render_defaults`).
_render_defaults: dict[str, Any] = {}


def _default_environment() -> Environment:
    global _default_env
    env = _default_env
    if env is None:
        with _default_lock:
            if _default_env is None:
                _default_env = configure(Environment(autoescape=True), **_render_defaults)
            env = _default_env
    return env


def set_render_defaults(
    *,
    lang: str = "en",
    lang_getter: Callable[[], str | None] | None = None,
    static: StaticUrl | None = None,
    integrity: Integrity | None = None,
) -> None:
    """Configure the Environment :func:`render` uses, as :func:`configure` would.

    For a framework integration, once at start-up (``gcds.django``'s AppConfig does it), so
    ``gcds.render`` follows the framework's request language and static files with no
    per-call arguments. Calling it again replaces the settings; the next render uses them."""
    global _default_env
    with _default_lock:
        _render_defaults.clear()
        _render_defaults.update(
            lang=lang, lang_getter=lang_getter, static=static, integrity=integrity
        )
        _default_env = None


def render(name: str, /, *, caller: Any = None, lang: str | None = None, **params: Any) -> Markup:
    """Render one component from Python and return its HTML.

    ``lang`` sets the language of the built-in text for this call (as
    :func:`use_lang` does); ``params`` are the component's own, including ``lang``.

    ``caller`` is the nested content of a call block: ``Markup`` (trusted HTML), a ``str``
    (escaped) or a callable returning either::

        gcds.render("notice", type="info", title="Note", caller=Markup("<p>Hi</p>"))
    """
    library: Library = _default_environment().globals[NAMESPACE_GLOBAL]
    if lang is None:
        return library[name](caller=caller, **params)
    if i18n.normalize(lang) is None:
        allowed = ", ".join(repr(code) for code in i18n.LANGUAGES)
        raise ParamError(name, "lang", f"{lang!r} is not one of the allowed values: {allowed}")
    with i18n.use_lang(lang):
        return library[name](caller=caller, **params)


def components() -> Mapping[str, Mapping[str, Any]]:
    """Every component spec by name: summary, params, strings, examples, accessibility."""
    return load_specs()
