"""The page title: "Error: " when the page shows errors, then the page, service and Canada.ca,
in GCWeb's form "[page title] - Canada.ca"."""

from __future__ import annotations

from functools import cache

from . import i18n
from .specs import load_specs

#: Between the parts, as Canada.ca writes it: a hyphen-minus with a space each side (GCWeb's
#: layouts, and the " - Canada.ca" AEM adds to every title).
SEPARATOR = " - "
SITE = "Canada.ca"


@cache
def _prefixes() -> dict[str, str]:
    # The same words as the hidden prefix of every error message (one source: its spec),
    # with French spacing kept: "Erreur\u00a0: " has a non-breaking space before the colon.
    prefix = load_specs()["error_message"]["strings"]["prefix"]
    return {lang: prefix[lang] + " " for lang in i18n.LANGUAGES}


def error_title_prefix(lang: str | None = None) -> str:
    """ "Error: " or "Erreur : " for the start of the title of a page in error.

    ``lang`` defaults to the current language (:func:`gcds.use_lang`, the request), else
    English. GOV.UK and Canada.ca both start the title this way, so a screen reader
    user hears that the form was not accepted as soon as the page loads."""
    return _prefixes()[i18n.normalize(lang) or i18n.current_lang() or "en"]


def page_title(
    *parts: str | None, has_errors: bool = False, lang: str | None = None, site: str = SITE
) -> str:
    """The ``<title>`` text: the given parts that are not empty, then ``site``, joined by
    " - ", after the error prefix when ``has_errors``::

        page_title("Your address", "Apply for a permit", has_errors=True)
        # 'Error: Your address - Apply for a permit - Canada.ca'
    """
    title = SEPARATOR.join(str(part) for part in (*parts, site) if part)
    return error_title_prefix(lang) + title if has_errors else title
