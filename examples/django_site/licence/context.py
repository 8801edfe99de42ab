"""What every page of the service gives gcds/page.html (a template context processor)."""

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext

import gcds.django

VERSION = "1.0.0"


def page(request: HttpRequest) -> dict[str, Any]:
    """The page's type, the service's name and start page, the version and the toggle.

    ``lang_href`` is this page in the other language, its own slugs
    (``gcds.django.lang_href``, from Django's ``translate_url``)."""
    return {
        "page_type": "transactional",
        "service_name": gettext("Apply for a fishing licence"),
        "service_href": reverse("licence:start"),
        "signature_link": False,
        "version": VERSION,
        "lang_href": gcds.django.lang_href(request),
    }
