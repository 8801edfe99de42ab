"""The site's URLs: every page under /en/ and /fr/, each language with its own slugs."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib.staticfiles.urls import staticfiles_urlpatterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

urlpatterns = [
    # No language in the address: English, whose start page links to the French one.
    path("", RedirectView.as_view(pattern_name="licence:start", permanent=False)),
    *i18n_patterns(
        # _("apply/") is "demande/" in French (licence/locale/fr): /en/apply/, /fr/demande/.
        path(_("apply/"), include("licence.urls")),
    ),
]
# /static/… while DEBUG is on; in production collectstatic (and WhiteNoise or the server).
urlpatterns += staticfiles_urlpatterns()

handler404 = "gcds.django.page_not_found"
handler500 = "gcds.django.server_error"
