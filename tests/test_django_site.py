"""The example Django site through Django's test client: both languages, every page.

Invalid then valid posts (what was typed is shown again, each error linked from the summary
to its control), the conditional answer, the file upload, check your answers and its change
links, the confirmation, CSRF enforced, each language's own slugs.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .django_site_setup import SITE, django_site
from .html_ids import IdReader as Page

#: Each page's address in each language: i18n_patterns and translated slugs.
URLS = {
    "en": {
        "start": "/en/apply/",
        "details": "/en/apply/your-details/",
        "document": "/en/apply/document/",
        "check": "/en/apply/check-your-answers/",
        "confirmation": "/en/apply/confirmation/",
    },
    "fr": {
        "start": "/fr/demande/",
        "details": "/fr/demande/vos-renseignements/",
        "document": "/fr/demande/document/",
        "check": "/fr/demande/verifier-vos-reponses/",
        "confirmation": "/fr/demande/confirmation/",
    },
}
TEXT = {
    "en": {
        "error_title": "Error: ",
        "problem": "There was a problem",
        "name": "Enter your full name",
        "real": "Date must be a real date",
        "email": "Enter an email address like name@example.com",
        "phone": "Enter your phone number",
        "file": "Choose a file to upload",
        "type": "The file must be a PDF, JPG or PNG",
        "change": "Change",
        "born": "5 January 1978",
        "first_box": "month",
        "sent": "Application sent",
    },
    "fr": {
        "error_title": "Erreur\xa0: ",
        "problem": "Il y a un problème",
        "name": "Entrez votre nom complet",
        "real": "La date doit être une date valide",
        "email": "Entrez une adresse courriel comme nom@exemple.ca",
        "phone": "Entrez votre numéro de téléphone",
        "file": "Choisissez un fichier à téléverser",
        "type": "Le fichier doit être un PDF, un JPG ou un PNG",
        "change": "Modifier",
        "born": "5 janvier 1978",
        "first_box": "day",
        "sent": "Demande envoyée",
    },
}
LANGS = ("en", "fr")
DETAILS = {
    "full_name": "Jo Doe",
    "date_of_birth-day": "5",
    "date_of_birth-month": "1",
    "date_of_birth-year": "1978",
    "contact": "phone",
    "phone": "613 555 0100",
    "email": "",
}


@pytest.fixture(scope="module")
def site() -> Iterator[None]:
    with django_site():
        yield


@pytest.fixture
def client(site: None) -> Any:
    from django.test import Client

    return Client()


def html(response: Any) -> str:
    return response.content.decode()


def summary_links(page: str) -> list[tuple[str, str]]:
    """The error summary's (href, text) pairs."""
    summary = re.search(r'<section class="gcds-error-summary".*?</section>', page, re.S)
    assert summary, "no error summary"
    return re.findall(r'<a class="gcds-error-summary__link" href="([^"]+)">([^<]+)</a>', summary[0])


def title(page: str) -> str:
    found = re.search(r"<title>([^<]*)</title>", page)
    assert found
    return found[1]


def upload(name: str = "card.pdf", content: bytes = b"%PDF-1.4 card" * 100) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, "application/pdf")


def answer_all(client: Any, lang: str) -> None:
    urls = URLS[lang]
    assert client.post(urls["details"], DETAILS)["Location"] == urls["document"]
    assert client.post(urls["document"], {"document": upload()})["Location"] == urls["check"]


# --- addresses -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_its_own_slugs(site: None, lang: str) -> None:
    from django.urls import reverse
    from django.utils import translation

    with translation.override(lang):
        for name, url in URLS[lang].items():
            assert reverse(f"licence:{name}") == url


@pytest.mark.parametrize("lang", LANGS)
def test_question_pages_link_to_the_same_page_in_the_other_language(client: Any, lang: str) -> None:
    other = "fr" if lang == "en" else "en"
    for name in ("start", "details", "document"):
        response = client.get(URLS[lang][name])
        assert response.status_code == 200
        page = Page(html(response))
        toggle = [a for a in page.values if "gcds-lang-toggle__link" in (a.get("class") or "")]
        assert [a["href"] for a in toggle] == [URLS[other][name]]
        assert f'<html lang="{lang}"' in html(response)


def test_the_root_goes_to_the_start_page(client: Any) -> None:
    assert client.get("/")["Location"] == URLS["en"]["start"]


def test_a_slug_of_the_other_language_is_not_found(client: Any) -> None:
    assert client.get("/fr/apply/").status_code == 404
    assert client.get("/en/demande/").status_code == 404


# --- the details page: radios with a conditional answer, a date, text -----------------------


@pytest.mark.parametrize("lang", LANGS)
def test_details_invalid_then_valid(client: Any, lang: str) -> None:
    urls, text = URLS[lang], TEXT[lang]
    typed = {
        "full_name": "",
        "date_of_birth-day": "31",
        "date_of_birth-month": "2",
        "date_of_birth-year": "1990",
        "contact": "email",
        "email": "jo at example",
        "phone": "kept 123",
    }
    response = client.post(urls["details"], typed)
    assert response.status_code == 200
    page = html(response)
    assert title(page).startswith(text["error_title"])
    assert text["problem"] in page
    # Each error links to the control to fix: the name box, the day box, the email box.
    assert summary_links(page) == [
        ("#id_full_name", text["name"]),
        ("#id_date_of_birth-day", text["real"]),
        ("#id_email", text["email"]),
    ]
    parsed = Page(page)
    for name, control in (
        ("date_of_birth-day", "id_date_of_birth-day"),
        ("date_of_birth-month", "id_date_of_birth-month"),
        ("date_of_birth-year", "id_date_of_birth-year"),
        ("email", "id_email"),
        ("phone", "id_phone"),  # under an option not chosen: kept all the same
    ):
        assert parsed.attrs[control].get("value") == typed[name], control
    assert "value" not in parsed.attrs["id_full_name"]
    assert "checked" in parsed.attrs["id_contact"]  # email, the first option
    assert parsed.attrs["id_date_of_birth-day"]["aria-invalid"] == "true"
    assert parsed.attrs["id_date_of_birth-month"]["aria-invalid"] == "false"
    # The email box is inside the email option's conditional content.
    assert "id_contact-conditional" in parsed.around["id_email"]
    assert "id_contact-2-conditional" in parsed.around["id_phone"]

    response = client.post(urls["details"], DETAILS)
    assert response.status_code == 302 and response["Location"] == urls["document"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_revealed_answer_is_asked_only_for_its_option(client: Any, lang: str) -> None:
    urls, text = URLS[lang], TEXT[lang]
    # Phone chosen without a number; an email that is not valid is ignored (not chosen).
    response = client.post(urls["details"], {**DETAILS, "phone": "", "email": "not valid"})
    assert summary_links(html(response)) == [("#id_phone", text["phone"])]
    # Post chosen: neither box is asked for; what they held is not kept in the answers.
    assert client.post(urls["details"], {**DETAILS, "contact": "post"}).status_code == 302
    assert client.post(urls["document"], {"document": upload()}).status_code == 302
    check = html(client.get(urls["check"]))
    assert DETAILS["phone"] not in check


def test_a_date_in_the_future_is_refused(client: Any) -> None:
    response = client.post(URLS["en"]["details"], {**DETAILS, "date_of_birth-year": "2999"})
    assert summary_links(html(response)) == [
        # The whole date is wrong: its first box in English, the month.
        ("#id_date_of_birth-month", "Date of birth must be in the past")
    ]


def test_nothing_entered_gives_every_required_error(client: Any) -> None:
    links = summary_links(html(client.post(URLS["fr"]["details"], {})))
    assert [href for href, _ in links] == ["#id_full_name", "#id_date_of_birth-day", "#id_contact"]
    assert links[1][1] == "Entrez votre date de naissance"


# --- the document page: a file upload -------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_document_invalid_then_valid(client: Any, lang: str) -> None:
    urls, text = URLS[lang], TEXT[lang]
    assert client.post(urls["details"], DETAILS).status_code == 302
    page = html(client.get(urls["document"]))
    form = re.search(r"<form [^>]*>", page)
    assert form and 'enctype="multipart/form-data"' in form[0] and 'method="post"' in form[0]
    control = Page(page).attrs["id_document"]
    assert control["type"] == "file" and control["accept"] == ".pdf,.jpg,.jpeg,.png"

    assert summary_links(html(client.post(urls["document"], {}))) == [
        ("#id_document", text["file"])
    ]
    wrong = {"document": upload("card.exe", b"MZ")}
    assert summary_links(html(client.post(urls["document"], wrong))) == [
        ("#id_document", text["type"])
    ]
    response = client.post(urls["document"], {"document": upload()})
    assert response["Location"] == urls["check"]


def test_a_file_too_big_is_refused(client: Any) -> None:
    from django.test.utils import override_settings

    client.post(URLS["en"]["details"], DETAILS)
    with override_settings(MAX_DOCUMENT_BYTES=100):
        links = summary_links(html(client.post(URLS["en"]["document"], {"document": upload()})))
    assert links == [("#id_document", "The file must be smaller than 5 MB")]


# --- check your answers, change links, confirmation -----------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_check_answers_change_then_send(client: Any, lang: str) -> None:
    urls, text = URLS[lang], TEXT[lang]
    answer_all(client, lang)
    page = html(client.get(urls["check"]))
    for shown in ("Jo Doe", text["born"], DETAILS["phone"], "card.pdf"):
        assert shown in page
    changes = re.findall(r'<a class="gcds-summary-list__action" href="([^"]+)">([^<]+)<', page)
    assert changes == [
        (urls["details"] + "#id_full_name", text["change"]),
        (urls["details"] + f"#id_date_of_birth-{text['first_box']}", text["change"]),
        (urls["details"] + "#id_contact", text["change"]),
        (urls["document"] + "#id_document", text["change"]),
    ]
    # A change link opens the question with the answers given.
    details = Page(html(client.get(urls["details"])))
    assert details.attrs["id_full_name"]["value"] == "Jo Doe"
    assert details.attrs["id_date_of_birth-year"]["value"] == "1978"
    assert "checked" in details.attrs["id_contact-2"]  # phone
    assert details.attrs["id_phone"]["value"] == DETAILS["phone"]
    # Changed, it goes back to check your answers: the document is answered already.
    changed = client.post(urls["details"], {**DETAILS, "full_name": "Jo Smith"})
    assert changed["Location"] == urls["check"]
    assert "Jo Smith" in html(client.get(urls["check"]))
    # The document page now says what was uploaded and needs no new file.
    assert "card.pdf" in html(client.get(urls["document"]))
    assert client.post(urls["document"], {})["Location"] == urls["check"]

    sent = client.post(urls["check"])
    assert sent["Location"] == urls["confirmation"]
    page = html(client.get(urls["confirmation"]))
    assert 'class="gcds-panel gcds-panel--green"' in page and text["sent"] in page
    assert re.search(r'gcds-panel__reference-number">FL-[0-9A-F]{6}<', page)
    # The answers are gone: a new application starts again.
    assert client.get(urls["check"])["Location"] == urls["details"]


def test_pages_out_of_order_go_to_the_first_question_unanswered(client: Any) -> None:
    assert client.get(URLS["fr"]["check"])["Location"] == URLS["fr"]["details"]
    assert client.get(URLS["fr"]["confirmation"])["Location"] == URLS["fr"]["start"]
    client.post(URLS["fr"]["details"], DETAILS)
    assert client.get(URLS["fr"]["check"])["Location"] == URLS["fr"]["document"]


# --- CSRF -----------------------------------------------------------------------------------


def _token(page: str) -> str:
    found = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert len(found) == 1, "each form posts one CSRF token"
    return found[0]


@pytest.mark.parametrize("lang", LANGS)
def test_csrf_is_enforced_on_every_post(site: None, lang: str) -> None:
    from django.test import Client

    urls = URLS[lang]
    client = Client(enforce_csrf_checks=True)
    steps = [
        ("details", DETAILS, urls["document"]),
        ("document", {"document": upload()}, urls["check"]),
        ("check", {}, urls["confirmation"]),
    ]
    for name, data, then in steps:
        token = _token(html(client.get(urls[name])))
        refused = client.post(urls[name], data if name != "document" else {"document": upload()})
        assert refused.status_code == 403, name
        sent = {**data, "csrfmiddlewaretoken": token}
        if name == "document":
            sent["document"] = upload()
        assert client.post(urls[name], sent)["Location"] == then, name


# --- the catalogue --------------------------------------------------------------------------


def test_the_catalogue_compiles_with_babel_too(tmp_path: Path, site: None) -> None:
    from licence import catalogues

    po = SITE / "licence" / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    copy = tmp_path / "django.po"
    copy.write_bytes(po.read_bytes())
    catalogues._with_babel(copy, tmp_path / "django.mo")
    with (tmp_path / "django.mo").open("rb") as mo:
        french = gettext.GNUTranslations(mo)
    assert french.gettext("apply/") == "demande/"
    assert french.gettext("Check your answers") == "Vérifiez vos réponses"
