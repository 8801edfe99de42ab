"""A complete single-file Django site using gcds (Jinja2 backend), in English and French.

Run it with ``python django_app.py runserver`` and open
http://127.0.0.1:8000/en/ or http://127.0.0.1:8000/fr/.
"""

import sys

import django
import jinja2
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.shortcuts import render
from django.urls import path

# In a real project this lives in <app>/jinja2/home.html.
HOME = """\
{% extends "gcds/page.html" %}
{% block title %}{{ heading }} - Canada.ca{% endblock %}
{% block content %}
<h1>{{ heading }}</h1>
<form method="post">
  {{ csrf_input }}
  {{ gcds.button(text=start, href="/" ~ lang ~ "/apply", variant="start") }}
  {{ gcds.button(text=save, variant="secondary") }}
</form>
{% endblock %}
"""

TEXT = {
    "en": {"heading": "Apply for a fishing licence", "start": "Start now", "save": "Save as draft"},
    "fr": {
        "heading": "Demander un permis de pêche",
        "start": "Commencer maintenant",
        "save": "Enregistrer comme brouillon",
    },
}

SETTINGS = {
    "DEBUG": True,
    "SECRET_KEY": "not-secret-example-only",
    "ALLOWED_HOSTS": ["127.0.0.1", "localhost", "testserver"],
    "ROOT_URLCONF": __name__,
    # "gcds" lets django.contrib.staticfiles find gcds/static/gcds/… (css, js, fonts).
    "INSTALLED_APPS": ["django.contrib.staticfiles", "gcds"],
    # CsrfViewMiddleware refuses a POST without the token that {{ csrf_input }} writes.
    "MIDDLEWARE": [
        "django.middleware.locale.LocaleMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
    ],
    "STATIC_URL": "/static/",
    "USE_I18N": True,
    "LANGUAGE_CODE": "en",
    "LANGUAGES": [("en", "English"), ("fr", "Français")],
    "TEMPLATES": [
        {
            "BACKEND": "django.template.backends.jinja2.Jinja2",
            "OPTIONS": {
                "environment": "gcds.django.environment",
                "loader": jinja2.DictLoader({"home.html": HOME}),
            },
        }
    ],
}

if not settings.configured:
    settings.configure(**SETTINGS)
    django.setup()


def home(request):
    # LocaleMiddleware activates the language from the URL prefix; gcds follows it.
    lang = request.LANGUAGE_CODE
    return render(request, "home.html", {"lang": lang, **TEXT[lang]})


urlpatterns = i18n_patterns(path("", home, name="home"))
# Serves /static/… while DEBUG is on; in production run collectstatic (or use WhiteNoise).
# Imported here because it reads the settings configured above.
from django.contrib.staticfiles.urls import staticfiles_urlpatterns  # noqa: E402

urlpatterns += staticfiles_urlpatterns()

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
