"""GC Feedback on a Django page (Jinja2 backend), in English and French, with Django's CSRF
protection.

The page posts the feedback form to itself: ``gcds.feedback.read`` reads the post, says which
state to show next, and the page is rendered again in that state.

Run it with ``python feedback_django.py runserver`` and open
http://127.0.0.1:8000/en/child-benefit/ or http://127.0.0.1:8000/fr/child-benefit/.
"""

import sys

import django
import jinja2
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.urls import path, translate_url

from gcds import feedback

# In a real project this lives in <app>/jinja2/child_benefit.html.
PAGE = """\
{% extends "gcds/page.html" %}
{% block content %}
<h1>{{ heading }}</h1>
<p>{{ summary }}</p>
{% endblock %}
"""

TEXT = {
    "en": {
        "heading": "Canada Child Benefit",
        "summary": "The Canada Child Benefit is a tax-free monthly payment to eligible "
        "families to help with the cost of raising children under 18.",
        "institution": {
            "text": "Canada Revenue Agency",
            "href": "https://www.canada.ca/en/revenue-agency.html",
        },
        "contact": {
            "text": "Contact the Canada Revenue Agency",
            "href": "https://www.canada.ca/en/revenue-agency/corporate/contact-information.html",
        },
    },
    "fr": {
        "heading": "Allocation canadienne pour enfants",
        "summary": "L’Allocation canadienne pour enfants est un paiement mensuel non imposable "
        "versé aux familles admissibles pour les aider à subvenir aux besoins de leurs enfants "
        "de moins de 18 ans.",
        "institution": {
            "text": "Agence du revenu du Canada",
            "href": "https://www.canada.ca/fr/agence-revenu.html",
        },
        "contact": {
            "text": "Communiquer avec l’Agence du revenu du Canada",
            "href": "https://www.canada.ca/fr/agence-revenu/organisation/coordonnees.html",
        },
    },
}

SETTINGS = {
    "DEBUG": True,
    "SECRET_KEY": "not-secret-example-only",
    "ALLOWED_HOSTS": ["127.0.0.1", "localhost", "testserver"],
    "ROOT_URLCONF": __name__,
    "INSTALLED_APPS": ["django.contrib.staticfiles", "gcds"],
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
                "loader": jinja2.DictLoader({"child_benefit.html": PAGE}),
            },
        }
    ],
}

if not settings.configured:
    settings.configure(**SETTINGS)
    django.setup()

#: The feedback this example received. A real service writes each record to its own store.
RECEIVED: list[dict[str, str]] = []


def child_benefit(request):
    # LocaleMiddleware activates the language from the URL prefix; gcds follows it.
    lang = request.LANGUAGE_CODE
    text = TEXT[lang]
    lang_href = request.build_absolute_uri(
        translate_url(request.path, "fr" if lang == "en" else "en")
    )
    next_state = {"state": "question"}
    if request.method == "POST":
        submission = feedback.read(request.POST, lang=lang)
        if submission.complete:
            RECEIVED.append(submission.record())
        next_state = submission.params()
    tool = {
        "action": request.path,
        "theme": "Benefits",
        "contact": text["contact"],
        # The form posts to this site, so it carries Django's CSRF token.
        "hidden_fields": {"csrfmiddlewaretoken": get_token(request)},
        **next_state,
    }
    context = {
        "lang": lang,
        "lang_href": lang_href,
        "page_title": text["heading"],
        "page_url": request.build_absolute_uri(request.path),
        "has_errors": next_state["state"] == "error",
        # The end of <main>: the feedback tool, "From:" and the date modified. The page
        # fills the tool's hidden fields from its own title, URL, other language and creator.
        "feedback": tool,
        "contributors": [text["institution"]],
        "creator": text["institution"]["text"],
        "date_modified": "2025-03-14",
        **text,
    }
    return render(request, "child_benefit.html", context)


urlpatterns = i18n_patterns(path("child-benefit/", child_benefit, name="child-benefit"))
# Serves /static/… while DEBUG is on; in production run collectstatic (or use WhiteNoise).
# Imported here because it reads the settings configured above.
from django.contrib.staticfiles.urls import staticfiles_urlpatterns  # noqa: E402

urlpatterns += staticfiles_urlpatterns()

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
