"""fishing/jinja2.py: the Jinja2 environment, gcds's with translations and ``static()``."""

from django.templatetags.static import static
from django.utils.translation import gettext, ngettext

import gcds.django


def environment(**options):
    env = gcds.django.environment(extensions=["jinja2.ext.i18n"], **options)
    env.install_gettext_callables(gettext, ngettext, newstyle=True)  # {{ _("Continue") }}
    env.globals["static"] = static  # {{ static("css/theme.css") }}: your own static files
    return env
