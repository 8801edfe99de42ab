"""cookie_banner: the question and the confirmation post to the service (no script sets a
cookie); first in <body>, before the skip link; bad hidden fields are a ParamError."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
from markupsafe import Markup

import gcds

from .browser import axe_violations

ACTION = {"en": "/en/cookies/choice", "fr": "/fr/temoins/choix"}
BASE = {
    "en": {
        "service_name": "My Service Canada Account",
        "action": ACTION["en"],
        "cookies_href": "/en/cookies",
    },
    "fr": {
        "service_name": "Mon dossier Service Canada",
        "action": ACTION["fr"],
        "cookies_href": "/fr/temoins",
    },
}
TOKEN = {"csrf_token": "IjQ2ZjVkM2E5YjEi.Zx1q8w.kP3v"}


def _render(lang: str = "en", **params) -> str:
    return str(gcds.render("cookie_banner", lang=lang, **{**BASE[lang], **params}))


def test_the_question_posts_accept_or_reject() -> None:
    html = _render(hidden_fields=TOKEN)
    assert html.startswith(
        '<section class="gcds-cookie-banner" aria-label="Cookies on My Service Canada Account"'
        " data-nosnippet>"
    )
    assert (
        '<form class="gcds-cookie-banner__form" method="post" action="/en/cookies/choice">' in html
    )
    assert '<input type="hidden" name="csrf_token" value="IjQ2ZjVkM2E5YjEi.Zx1q8w.kP3v">' in html
    assert 'name="cookies" value="accept">Accept analytics cookies</button>' in html
    assert 'name="cookies" value="reject">Reject analytics cookies</button>' in html
    assert (
        '<a class="gcds-link gcds-cookie-banner__link" href="/en/cookies">How we use cookies</a>'
        in html
    )
    # Nothing for a script to do: the choice is the server's.
    assert "data-gcds-module" not in html


@pytest.mark.parametrize("state", ["accepted", "rejected"])
def test_the_confirmation_posts_hide(state: str) -> None:
    html = _render(state=state, name="consent", hidden_fields=TOKEN)
    said = {"accepted": "You’ve accepted", "rejected": "You’ve rejected"}[state]
    assert f'<p class="gcds-cookie-banner__text">{said} analytics cookies. You can ' in html
    assert (
        '<a class="gcds-link" href="/en/cookies">change your cookie settings</a> at any time.'
        in html
    )
    assert 'name="consent" value="hide">Hide this message</button>' in html
    assert 'name="csrf_token"' in html and 'data-gcds-module="cookie_banner"' in html
    assert 'value="accept"' not in html


def test_french() -> None:
    html = _render("fr", state="accepted")
    assert 'aria-label="Témoins sur Mon dossier Service Canada"' in html
    assert "Vous avez accepté les témoins analytiques. Vous pouvez <a" in html
    assert ">modifier vos paramètres de témoins</a> en tout temps." in html
    assert ">Masquer ce message</button>" in html


def test_the_service_name_is_text_in_the_name() -> None:
    html = _render(service_name=Markup("<abbr>MSCA</abbr> &amp; co"))
    assert 'aria-label="Cookies on MSCA &amp; co"' in html
    assert (
        '<h2 class="gcds-cookie-banner__heading">Cookies on <abbr>MSCA</abbr> &amp; co</h2>' in html
    )


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"csrf_token": 1234}, r"csrf_token: the value must be text"),
        ({"": "x"}, r"field name must be non-empty text"),
        ({"next": None}, r"next: the value must be text"),
    ],
)
def test_hidden_fields_must_be_text(fields, message: str) -> None:
    with pytest.raises(gcds.ParamError, match=r"cookie_banner.*'hidden_fields'.*" + message):
        _render(hidden_fields=fields)


def test_a_secret_value_is_not_in_the_error() -> None:
    with pytest.raises(gcds.ParamError) as error:
        _render(hidden_fields={"csrf_token": b"s3cr3t-token"})
    assert "s3cr3t" not in str(error.value)


def capture_posts(page, lang: str) -> list[dict]:
    """The forms the banner posts to its action, answered with a plain page."""
    posts: list[dict] = []

    def answer(route) -> None:
        request = route.request
        posts.append({"method": request.method, "form": parse_qs(request.post_data or "")})
        route.fulfill(content_type="text/html", body="<title>Saved</title>")

    page.route("**" + ACTION[lang], answer)
    return posts


CHOICES = [
    ("en", "cookie_banner/question", "accept", False),
    ("fr", "cookie_banner/french", "reject", False),
    ("en", "cookie_banner/question", "reject", True),
    ("fr", "cookie_banner/french", "accept", True),
]


@pytest.mark.browser
@pytest.mark.parametrize("lang, example, choice, js", CHOICES)
def test_each_choice_is_posted(
    open_example, lang: str, example: str, choice: str, js: bool
) -> None:
    page = open_example(example, lang, js=js)
    posts = capture_posts(page, lang)
    with page.expect_navigation():
        page.locator(f"button[value={choice}]").click()
    assert posts == [
        {"method": "POST", "form": {**{k: [v] for k, v in TOKEN.items()}, "cookies": [choice]}}
    ]
    assert page.evaluate("document.cookie") == ""


@pytest.mark.browser
@pytest.mark.parametrize(
    "lang, example", [("en", "cookie_banner/accepted"), ("fr", "cookie_banner/french-accepted")]
)
def test_without_javascript_hide_is_posted(open_example, lang: str, example: str) -> None:
    page = open_example(example, lang, js=False)
    posts = capture_posts(page, lang)
    page.locator(".gcds-cookie-banner__hide").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert posts[0]["method"] == "POST" and posts[0]["form"]["cookies"] == ["hide"]


PAGE = """{% extends "gcds/page.html" %}
{% block header %}{{ gcds.cookie_banner(service_name=service, action=action,
  cookies_href=cookies_href, state=state) }}{{ super() }}{% endblock %}
{% block content %}{{ gcds.heading(tag="h1", text=heading) }}
{{ gcds.text(text=body) }}{% endblock %}"""
PAGE_WORDS = {
    "en": {
        "heading": "Your payments",
        "body": "Your next payment is on June 20.",
        "lang_href": "/fr/versements",
    },
    "fr": {
        "heading": "Vos versements",
        "body": "Votre prochain versement sera le 20 juin.",
        "lang_href": "/en/payments",
    },
}


def full_page(lang: str, state: str = "question") -> str:
    words = {**PAGE_WORDS[lang], "state": state, "service": BASE[lang]["service_name"]}
    words.update(action=BASE[lang]["action"], cookies_href=BASE[lang]["cookies_href"])
    return (
        gcds.environment(lang=lang).from_string(PAGE).render(page_title=words["heading"], **words)
    )


def focus_order(page, count: int) -> list[str]:
    page.evaluate("document.activeElement && document.activeElement.blur()")
    order = []
    for _ in range(count):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.textContent.trim()"))
    return order


def test_first_in_body_before_the_skip_link() -> None:
    body = full_page("en").split("<body", 1)[1]
    assert body.index("gcds-cookie-banner") < body.index("<header") < body.index("gcds-skip-link")


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("width", [320, 1280])
def test_in_a_full_page_it_comes_first(open_page, lang: str, width: int) -> None:
    page = open_page(full_page(lang))
    page.set_viewport_size({"width": width, "height": 800})
    assert axe_violations(page) == []
    expected = {
        "en": [
            "Accept analytics cookies",
            "Reject analytics cookies",
            "How we use cookies",
            "Skip to main content",
        ],
        "fr": [
            "Accepter les témoins analytiques",
            "Refuser les témoins analytiques",
            "Comment nous utilisons les témoins",
            "Passer au contenu principal",
        ],
    }[lang]
    assert focus_order(page, 4) == expected
    # On screen too: the banner is at the top, above the header.
    banner = page.locator(".gcds-cookie-banner").bounding_box()
    header = page.locator("header").bounding_box()
    assert banner["y"] == 0 and banner["y"] + banner["height"] <= header["y"]
