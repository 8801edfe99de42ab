"""The service's pages; each slug is translated (licence/locale/fr/LC_MESSAGES/django.po)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "licence"

urlpatterns = [
    path("", views.start, name="start"),
    path(_("your-details/"), views.details, name="details"),
    path(_("document/"), views.document, name="document"),
    path(_("check-your-answers/"), views.check, name="check"),
    path(_("confirmation/"), views.confirmation, name="confirmation"),
]
