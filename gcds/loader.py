"""Serve gcds templates to any Jinja Environment.

Template names:
- ``gcds.html``: every component, for ``{% import "gcds.html" as gcds %}``;
- ``gcds/<name>.html``: one component, for ``{% from "gcds/button.html" import button %}``;
- ``gcds/page.html`` and other layouts in ``gcds/page_templates/``;
- ``gcds/_macros/<name>.html``: the raw macro in ``components/<name>/<name>.html``.

The public names export the *checked* component (a Python callable that validates the
parameters against the spec before it calls the raw macro), so every way of calling a
component gets the same checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from jinja2 import BaseLoader, Environment, TemplateNotFound

from .specs import TEMPLATES_DIR, components_dir

#: The env global that holds the checked components (see library.Library).
NAMESPACE_GLOBAL = "gcds"
PRIVATE_NAMESPACE_GLOBAL = "_gcds"


def _exports(names: Iterable[str]) -> str:
    return "".join(f"{{% set {n} = {PRIVATE_NAMESPACE_GLOBAL}.{n} %}}" for n in names)


class GcdsLoader(BaseLoader):
    """Loads the gcds templates; add it after the application's own loader."""

    def __init__(self, component_names: Iterable[str]) -> None:
        self.names = tuple(component_names)
        self._known = frozenset(self.names)
        self._components = components_dir()

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template == "gcds.html":
            return _exports(self.names), None, lambda: True
        if not template.startswith("gcds/"):
            raise TemplateNotFound(template)
        rest = template[len("gcds/") :]
        if rest.startswith("_macros/"):
            name = rest[len("_macros/") : -len(".html")]
            if name in self._known:
                return self._file(self._components / name / f"{name}.html", template)
        elif rest.endswith(".html") and rest[: -len(".html")] in self._known:
            return _exports([rest[: -len(".html")]]), None, lambda: True
        elif "/" not in rest and ".." not in rest:
            return self._file(TEMPLATES_DIR / rest, template)
        raise TemplateNotFound(template)

    @staticmethod
    def _file(path: Path, template: str) -> tuple[str, str, Callable[[], bool]]:
        try:
            source = path.read_text(encoding="utf-8")
            mtime = path.stat().st_mtime
        except FileNotFoundError:
            raise TemplateNotFound(template) from None
        return source, str(path), lambda: path.stat().st_mtime == mtime

    def list_templates(self) -> list[str]:
        pages = [f"gcds/{p.name}" for p in TEMPLATES_DIR.glob("*.html")]
        return sorted(["gcds.html", *pages, *(f"gcds/{n}.html" for n in self.names)])
