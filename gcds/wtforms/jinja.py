"""``install``: the ``gcds_field`` and ``gcds_error_summary`` template globals."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment
from markupsafe import Markup
from wtforms.fields.core import Field

from .errors import _render_summary, error_summary
from .library import _library
from .render import _render_field, field


def install(env: Environment) -> Environment:
    """Add the ``gcds_field`` and ``gcds_error_summary`` globals to a gcds-configured ``env``.

    Call it once, after :func:`gcds.configure` (or ``Gcds(app)`` in Flask; Django: in your
    ``environment()`` function after ``gcds.django.environment``)::

        Gcds(app)
        gcds.wtforms.install(app.jinja_env)

    Then, in templates: ``{{ gcds_error_summary(form) }}`` and
    ``{{ gcds_field(form.email, autocomplete="email") }}``. Both render with ``env``'s
    components, so in the request's language.
    """
    library = _library(env)

    def gcds_field(f: Field, /, *, component: str | None = None, **params: Any) -> Markup:
        return _render_field(library, f, component, params)

    def gcds_error_summary(form: Any, /, **params: Any) -> Markup:
        return _render_summary(library, form, params)

    gcds_field.__doc__ = field.__doc__
    gcds_error_summary.__doc__ = error_summary.__doc__
    env.globals["gcds_field"] = gcds_field
    env.globals["gcds_error_summary"] = gcds_error_summary
    return env
