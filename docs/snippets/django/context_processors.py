"""fishing/context_processors.py: what every gcds page needs from the request."""

from functools import partial

from gcds.django import lang_href, message_alerts


def gcds(request):
    return {
        # Django's messages as gcds alerts, where a template shows them:
        # {{ gcds_messages() }} in Jinja2, {{ gcds_messages }} in Django templates.
        "gcds_messages": partial(message_alerts, request),
        # The header's language toggle: this page in the other language. Jinja2 pages
        # find it themselves; Django template pages need it here.
        "lang_href": lang_href(request),
    }
