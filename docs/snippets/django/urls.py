"""fishing/urls.py: every page in English and French, /en/… and /fr/…."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import path
from licences import views

urlpatterns = [path("admin/", admin.site.urls)]

# Each pattern has a name: the language toggle needs it to find the other language's URL.
urlpatterns += i18n_patterns(
    path("contact/", views.contact, name="contact"),
    path("children/", views.children, name="children"),
    path("done/", views.done, name="done"),
)

# Canada.ca's 404 and 500 pages, in the language of the address (DEBUG off).
handler404 = "gcds.django.page_not_found"
handler500 = "gcds.django.server_error"
