"""licences/tests.py: run with ``python manage.py test``."""

from django.conf import settings
from django.test import Client, SimpleTestCase, override_settings
from django.urls import reverse
from django.utils import translation

VALID = {
    "full_name": "Alex Tremblay",
    "email": "alex@example.ca",
    "contact_by": "email",
    "date_of_birth-day": "27",
    "date_of_birth-month": "3",
    "date_of_birth-year": "2007",
}

# Django's test runner turns DEBUG off, and the manifest storage then needs collectstatic's
# manifest. The tests use the plain storage, so they run without collectstatic.
PLAIN_STATIC = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


@override_settings(STORAGES=PLAIN_STATIC)
class ContactTests(SimpleTestCase):  # no database needed: these forms save nothing
    def url(self, lang="en"):
        with translation.override(lang):
            return reverse("contact")

    def test_page_renders_in_both_languages(self):
        # Rendering checks every gcds call: a wrong parameter is a gcds.ParamError here.
        self.assertContains(self.client.get(self.url("en")), '<html lang="en">')
        self.assertContains(self.client.get(self.url("fr")), '<html lang="fr">')

    def test_errors_are_summarised_and_answers_kept(self):
        response = self.client.post(
            self.url(), {**VALID, "full_name": "", "date_of_birth-month": ""}
        )
        self.assertContains(response, "gcds-error-summary")
        self.assertContains(response, 'href="#id_full_name">Enter your full name</a>')
        self.assertContains(response, "Date must include a month")
        self.assertContains(response, 'value="alex@example.ca"')  # nothing typed is lost

    def test_valid_answers_go_to_the_next_page(self):
        response = self.client.post(self.url(), VALID, follow=True)
        self.assertRedirects(response, "/en/children/")
        self.assertContains(response, "Your contact details are saved.")  # the success alert

    def test_post_without_csrf_token_is_refused(self):
        client = Client(enforce_csrf_checks=True)  # the test client skips CSRF checks otherwise
        self.assertEqual(client.post(self.url(), VALID).status_code, 403)
