"""Django integration: a Jinja2 environment for Django's Jinja2 template backend.

In ``settings.py``::

    INSTALLED_APPS = [..., "django.contrib.staticfiles", "gcds"]  # staticfiles finds gcds/...
    TEMPLATES = [
        {
            "BACKEND": "django.template.backends.jinja2.Jinja2",
            "DIRS": [BASE_DIR / "jinja2"],
            "OPTIONS": {"environment": "gcds.django.environment"},
        },
    ]

Templates can then call ``{{ gcds.button(text="Continue") }}`` and extend
``"gcds/page.html"``. The language of built-in text follows
:func:`django.utils.translation.get_language` (so ``LocaleMiddleware`` and
``i18n_patterns`` just work), else ``LANGUAGE_CODE``.

Canada.ca error pages for 404 and 500, in the request's language, in the root ``urls.py``::

    handler404 = "gcds.django.page_not_found"
    handler500 = "gcds.django.server_error"

Django is imported only by this package; importing ``gcds`` alone never imports it. One
module per job: ``jinja`` (the Jinja2 backend's environment), ``lang`` (the request's
language, the toggle's link), ``static`` (asset URLs and integrity from the staticfiles
storage), ``render`` (gcds.render's defaults, set by ``gcds.apps``), ``errors`` (the error
pages), ``dtl`` (what ``{% load gcds %}`` renders with), ``forms`` (the form renderer, the
error summary, formsets) and ``messages`` (Django's messages as alerts).
"""

from .errors import error_lang, error_response, page_not_found, server_error
from .forms.formsets import add_button, add_requested, bind_formset, can_add_form, with_another_form
from .forms.summary import error_summary, errors_for
from .jinja import environment, request_lang, static_url
from .lang import lang_href
from .messages import alert_type, alerts_for, message_alerts
from .render import configure_render
from .static import asset_integrity, asset_url

__all__ = [
    "add_button",
    "add_requested",
    "alert_type",
    "alerts_for",
    "asset_integrity",
    "asset_url",
    "bind_formset",
    "can_add_form",
    "configure_render",
    "environment",
    "error_lang",
    "error_response",
    "error_summary",
    "errors_for",
    "lang_href",
    "message_alerts",
    "page_not_found",
    "request_lang",
    "server_error",
    "static_url",
    "with_another_form",
]
