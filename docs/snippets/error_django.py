"""Canada.ca error pages in a Django site: two lines in the root ``urls.py``.

Run it with ``python error_django.py runserver --insecure`` (``--insecure`` serves the CSS
while DEBUG is off, which error pages need) and open http://127.0.0.1:8000/fr/permits/42/
(the 404 page in French) or http://127.0.0.1:8000/nowhere/ (no language in the address:
the bilingual 404 page).
"""

import sys

import django
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import Http404, HttpResponse
from django.urls import path

SETTINGS = {
    "DEBUG": False,  # with DEBUG on, Django shows its own debugging pages instead
    "SECRET_KEY": "not-secret-example-only",
    "ALLOWED_HOSTS": ["127.0.0.1", "localhost", "testserver"],
    "ROOT_URLCONF": __name__,
    "INSTALLED_APPS": ["django.contrib.staticfiles", "gcds"],  # serves gcds's CSS
    "MIDDLEWARE": ["django.middleware.locale.LocaleMiddleware"],
    "STATIC_URL": "/static/",
    "USE_I18N": True,
    "LANGUAGE_CODE": "en",
    "LANGUAGES": [("en", "English"), ("fr", "Français")],
}

if not settings.configured:
    settings.configure(**SETTINGS)
    django.setup()

PERMITS = {"en": {"7": "Sport fishing permit"}, "fr": {"7": "Permis de pêche sportive"}}


def permit(request, number: str):
    name = PERMITS[request.LANGUAGE_CODE].get(number)
    if name is None:
        raise Http404("no such permit")  # the 404 page, in the language of the address
    return HttpResponse(name)


urlpatterns = i18n_patterns(path("permits/<number>/", permit))

# The Canada.ca error pages, in the language of the address (/en/…, /fr/…), else
# bilingual. gcds renders them with its own templates: they need none of the site's.
handler404 = "gcds.django.page_not_found"
handler500 = "gcds.django.server_error"

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
