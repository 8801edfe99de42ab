"""The docs' feedback handlers (docs/snippets/feedback_flask.py and feedback_django.py)
through their test clients, posting what the page's form holds, as a browser would: Yes,
No, a comment with personal information, a good comment, one over the limit, in English and
French; and every state's whole page is valid HTML."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from types import ModuleType

import pytest

from gcds.feedback import REDACTED

from .test_html_validity import PAGE_CONFIG, html_validate, missing_references

pytest.importorskip("flask")
pytest.importorskip("django")

SNIPPETS = Path(__file__).resolve().parent.parent / "docs" / "snippets"
TOO_LONG = "x" * 301
PII = 'Please call me at 613-555-0142 about my payment. "Thanks" & <merci> 🙂'

WORDS = {
    "en": {
        "question": "Did you find what you were looking for?",
        "label": "Please provide more details",
        "pii": "Personal information detected in your comment",
        "error": "Your comment must be 300 characters or fewer",
        "thanks": "Thank you for your feedback.",
        "title": "Canada Child Benefit - Canada.ca",
        "error_title": "Error: Canada Child Benefit - Canada.ca",
    },
    "fr": {
        "question": "Avez-vous trouvé ce que vous cherchiez\u00a0?",
        "label": "Veuillez fournir plus de détails",
        "pii": "Informations personnelles détectées dans votre commentaire",
        "error": "Votre commentaire doit compter 300 caractères ou moins",
        "thanks": "Merci de vos commentaires.",
        "title": "Allocation canadienne pour enfants - Canada.ca",
        "error_title": "Erreur\u00a0: Allocation canadienne pour enfants - Canada.ca",
    },
}


def load(name: str) -> ModuleType:
    module_name = f"gcds_snippet_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, SNIPPETS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def hidden_fields(html: str) -> dict[str, str]:
    """The hidden fields of the feedback form, as the browser would post them."""
    form = re.search(r'<form class="gcds-page-feedback__form".*?</form>', html, re.S)
    assert form, "the page has no feedback form"
    return {
        unescape(name): unescape(value)
        for name, value in re.findall(
            r'<input type="hidden" name="([^"]*)" value="([^"]*)">', form.group(0)
        )
    }


def state(html: str) -> str:
    match = re.search(r'class="gcds-page-feedback gcds-page-feedback--([a-z]+)"', html)
    assert match, "the page has no feedback tool"
    return match.group(1)


def title(html: str) -> str:
    return unescape(re.search(r"<title>(.*?)</title>", html).group(1))


class Site:
    """One snippet app behind a small interface: get a page, post a form."""

    def __init__(self, get, post, received: list[dict[str, str]], path: str) -> None:
        self.get, self.post, self.received, self.path = get, post, received, path

    def page(self, lang: str) -> str:
        return self.get(self.path.format(lang=lang))

    def send(self, lang: str, **fields: str) -> str:
        """Open the page, then post its feedback form with ``fields`` (the pressed button
        and the comment) added to its hidden fields, as the browser does."""
        return self.send_from(self.page(lang), lang, **fields)

    def send_from(self, html: str, lang: str, **fields: str) -> str:
        return self.post(self.path.format(lang=lang), {**hidden_fields(html), **fields})


@pytest.fixture(scope="module")
def flask_site() -> Site:
    module = load("feedback_flask")
    module.app.config["TESTING"] = True
    client = module.app.test_client()

    def get(path: str) -> str:
        response = client.get(path)
        assert response.status_code == 200
        return response.get_data(as_text=True)

    def post(path: str, data: dict[str, str]) -> str:
        response = client.post(path, data=data)
        assert response.status_code == 200
        return response.get_data(as_text=True)

    return Site(get, post, module.RECEIVED, "/{lang}/child-benefit")


@pytest.fixture(scope="module")
def django_module() -> Iterator[ModuleType]:
    from django.test.utils import override_settings

    module = load("feedback_django")
    # If another test configured Django first, these settings still apply here.
    with override_settings(**module.SETTINGS):
        yield module


@pytest.fixture(scope="module")
def django_site(django_module) -> Site:
    from django.test import Client

    # A client that checks CSRF tokens as a browser's requests are checked.
    client = Client(enforce_csrf_checks=True)

    def get(path: str) -> str:
        response = client.get(path)
        assert response.status_code == 200
        return response.content.decode()

    def post(path: str, data: dict[str, str]) -> str:
        response = client.post(path, data)
        assert response.status_code == 200
        return response.content.decode()

    return Site(get, post, django_module.RECEIVED, "/{lang}/child-benefit/")


@pytest.fixture(params=["flask", "django"])
def site(request) -> Site:
    return request.getfixturevalue(f"{request.param}_site")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_page_asks_the_question_with_its_fields_filled(site: Site, lang: str) -> None:
    html = site.page(lang)
    assert state(html) == "question"
    assert WORDS[lang]["question"] in html
    fields = hidden_fields(html)
    other = "fr" if lang == "en" else "en"
    assert fields["pageTitle"] == WORDS[lang]["title"]
    assert fields["language"] == lang
    assert fields["submissionPage"].endswith(site.path.format(lang=lang))
    assert fields["oppositelang"].endswith(site.path.format(lang=other))
    assert fields["themeopt"] == "Benefits"
    assert fields["institutionopt"] in ("Canada Revenue Agency", "Agence du revenu du Canada")
    # Page details: the tool, the institution, the date.
    assert html.index("gcds-page-feedback") < html.index("gcds-page-details__contributors")
    assert "2025-03-14" in html


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_yes_is_thanks_and_is_recorded(site: Site, lang: str) -> None:
    before = len(site.received)
    html = site.send(lang, helpful="Yes-Oui")
    assert state(html) == "thanks" and WORDS[lang]["thanks"] in html
    assert len(site.received) == before + 1
    record = site.received[-1]
    assert record["helpful"] == "Yes-Oui" and record["language"] == lang
    assert record["pageTitle"] == WORDS[lang]["title"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_asks_for_details_then_a_comment_is_thanks(site: Site, lang: str) -> None:
    before = len(site.received)
    html = site.send(lang, helpful="No-Non")
    assert state(html) == "no" and WORDS[lang]["label"] in html
    assert re.search(r"<textarea[^>]*autofocus", html)
    assert len(site.received) == before  # nothing to keep yet
    comment = "The table of payment dates is cut off on my phone.\r\nMerci !"
    html = site.send_from(html, lang, helpful="No-Non", details=comment)
    assert state(html) == "thanks"
    assert site.received[-1]["details"] == comment
    assert site.received[-1]["helpful"] == "No-Non"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_personal_information_comes_back_to_edit(site: Site, lang: str) -> None:
    before = len(site.received)
    html = site.send(lang, helpful="No-Non", details=PII)
    assert state(html) == "pii" and WORDS[lang]["pii"] in html
    # The comment is kept exactly, escaped, and nothing was recorded.
    value = re.search(r"<textarea[^>]*>\n(.*?)</textarea>", html, re.S).group(1)
    assert unescape(value) == PII
    assert len(site.received) == before
    # Sent again with the number still in it: kept, with the number taken out.
    html = site.send_from(html, lang, helpful="No-Non", details=PII)
    assert state(html) == "thanks"
    assert site.received[-1]["details"] == PII.replace("613-555-0142", REDACTED)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_over_the_limit_is_an_error_with_the_comment_kept(site: Site, lang: str) -> None:
    before = len(site.received)
    html = site.send(lang, helpful="No-Non", details=TOO_LONG)
    assert state(html) == "error"
    assert WORDS[lang]["error"] in html and 'aria-invalid="true"' in html
    assert title(html) == WORDS[lang]["error_title"]
    assert f"\n{TOO_LONG}</textarea>" in html
    assert len(site.received) == before


def test_django_refuses_a_post_without_its_csrf_token(django_site: Site) -> None:
    from django.test import Client

    fields = hidden_fields(django_site.page("en"))
    assert fields.pop("csrfmiddlewaretoken")
    client = Client(enforce_csrf_checks=True)
    client.get("/en/child-benefit/")
    response = client.post("/en/child-benefit/", {**fields, "helpful": "Yes-Oui"})
    assert response.status_code == 403


def test_every_state_is_a_valid_whole_page(flask_site: Site, tmp_path) -> None:
    pages = {
        "question": flask_site.page("en"),
        "no": flask_site.send("fr", helpful="No-Non"),
        "pii": flask_site.send("en", helpful="No-Non", details=PII),
        "error": flask_site.send("fr", helpful="No-Non", details=TOO_LONG),
        "thanks": flask_site.send("en", helpful="Yes-Oui"),
    }
    files = []
    for name, html in pages.items():
        assert state(html) == name
        assert missing_references(html) == [], name
        files.append(tmp_path / f"{name}.html")
        files[-1].write_text(html, encoding="utf-8")
    problems = html_validate(files, tmp_path / "report.json", config=PAGE_CONFIG)
    assert not problems, "html-validate found:\n" + "\n".join(problems)
