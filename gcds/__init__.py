"""gcds: the Government of Canada design system for server-rendered Python web apps.

Quick use::

    import gcds
    env = gcds.environment(lang="fr")
    env.from_string('{{ gcds.button(text="Continuer") }}').render()
    gcds.render("button", text="Continue")
"""

from __future__ import annotations

from . import feedback as feedback
from . import session as session
from .dates import format_date as format_date
from .error_pages import error_page as error_page
from .errors import ParamError as ParamError
from .i18n import use_lang as use_lang
from .library import components as components
from .library import configure as configure
from .library import environment as environment
from .library import render as render
from .titles import error_title_prefix as error_title_prefix
from .titles import page_title as page_title

__version__ = "0.1.0"

__all__ = [
    "ParamError",
    "components",
    "configure",
    "environment",
    "error_page",
    "error_title_prefix",
    "feedback",
    "format_date",
    "page_title",
    "render",
    "session",
    "use_lang",
]
