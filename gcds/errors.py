"""The one exception gcds raises for a wrong call."""

from __future__ import annotations


class ParamError(TypeError):
    """A component was called with a parameter it cannot take.

    The message names the component, the parameter and what is allowed, e.g.::

        gcds.button: unknown parameter 'varient'. Did you mean 'variant'?

    A page template's context is checked the same way (``gcds/page.html, context variable
    'page_type': …``).
    """

    def __init__(self, component: str, param: str | None, message: str) -> None:
        self.component = component
        self.param = param
        if component.endswith(".html"):  # a page template's context variable
            where = component + (f", context variable '{param}'" if param else "")
        else:
            where = f"gcds.{component}" + (f", parameter '{param}'" if param else "")
        super().__init__(f"{where}: {message}")
