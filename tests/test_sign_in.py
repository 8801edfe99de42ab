"""sign_in: the four Canada.ca states, the label rules (25 characters, 12 on small screens,
never "Log in"), the parameters each state takes, and the sign-out form."""

from __future__ import annotations

import re
from html import unescape

import pytest

import gcds

from .specdata import SPECS
from .test_escaping import shape

SPEC = SPECS["sign_in"]
EXAMPLES = list(gcds.examples.examples("sign_in"))
LOG_IN = re.compile(r"\blog[\s\u00a0-]*(in|on|out|off)\b", re.IGNORECASE)


def _text(html: str) -> str:
    """What a person reads: the text without tags, entities resolved."""
    return unescape(re.sub(r"<[^>]+>", " ", str(html)))


def _raises(param: str, pattern: str, **params) -> None:
    with pytest.raises(gcds.ParamError) as info:
        gcds.render("sign_in", **params)
    message = str(info.value)
    assert message.startswith("gcds.sign_in") and f"'{param}'" in message, message
    assert re.search(pattern, message), message


def test_log_in_is_never_said() -> None:
    """Canada.ca: "Sign in", never "Log in": no built-in string in either language, no
    example param and no rendered example (text, attributes, URLs) says it."""
    for key, value in SPEC["strings"].items():
        for lang in ("en", "fr"):
            assert not LOG_IN.search(value[lang]), (key, lang)
    for example in EXAMPLES:
        assert not LOG_IN.search(repr(dict(example.params))), example.id
        html = str(example.render())
        assert not LOG_IN.search(unescape(html)), example.id
    # The check itself finds the forms it is meant to find.
    for said in ("Log in", "login", "Log-in", "LOG ON", "logon", "log\u00a0in"):
        assert LOG_IN.search(said), said


@pytest.mark.parametrize("label", ["Log in", "Login to My Account", "log-in", "Log on"])
def test_a_label_that_says_log_in_is_refused(label: str) -> None:
    _raises("label", r"never 'Log in'", sign_in_href="/sign-in", label=label)
    _raises("short_label", r"never 'Log in'", sign_in_href="/sign-in", short_label=label[:12])


def test_label_lengths() -> None:
    ok = gcds.render("sign_in", sign_in_href="/s", label="x" * 25, short_label="y" * 12)
    assert "x" * 25 in ok and "y" * 12 in ok
    _raises("label", r"26 characters.*at most 25", sign_in_href="/s", label="x" * 26)
    _raises("short_label", r"13 characters.*at most 12", sign_in_href="/s", short_label="y" * 13)


def test_contextual_shows_one_label_at_a_time() -> None:
    plain = gcds.render("sign_in", sign_in_href="/s")
    assert _text(plain).split() == ["Sign", "in", "Sign", "in"]  # hidden h2, then the button
    both = gcds.render(
        "sign_in", sign_in_href="/s", label="Sign in to My Account", short_label="Sign in"
    )
    assert 'gcds-sign-in__label--short">Sign in<' in both
    assert 'gcds-sign-in__label--long">Sign in to My Account<' in both
    css = (gcds.specs.STATIC_DIR / "css" / "gcds.css").read_text(encoding="utf-8")
    # Never both on screen: one is display: none at each width, so the name is what shows.
    assert re.search(r"\.gcds-sign-in__label--long\s*\{\s*display:\s*none", css)
    assert re.search(r"\.gcds-sign-in__label--short\s*\{\s*display:\s*none", css)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["Sign-on information", "Register", "Sign in"]),
        ("fr", ["Information de l’utilisateur actuel", "Inscription", "Se connecter"]),
    ],
)
def test_signed_out(lang: str, words: list[str]) -> None:
    html = gcds.render(
        "sign_in", lang=lang, state="signed_out", register_href="/r", sign_in_href="/s"
    )
    assert [w.strip() for w in re.findall(r">([^<>]+)</(?:h2|a)>", html)] == words
    assert html.index('href="/r"') < html.index('href="/s"')


@pytest.mark.parametrize(
    ("lang", "words", "signed_in_as"),
    [
        ("en", ["Sign-on information", "My account", "Sign out"], "Signed in as Jane Doe"),
        ("fr", ["Information de l’utilisateur actuel", "Mon compte", "Déconnexion"], "Connecté en tant que Jane Doe"),
    ],
)  # fmt: skip
def test_signed_in(lang: str, words: list[str], signed_in_as: str) -> None:
    html = gcds.render(
        "sign_in", lang=lang, state="signed_in", user_name="Jane Doe", account_href="/a",
        sign_out_href="/o",
    )  # fmt: skip
    assert [w.strip() for w in re.findall(r">([^<>]+)</(?:h2|a)>", html)] == words
    user = html.split('<p class="gcds-sign-in__user">', 1)[1].split("</p>", 1)[0]
    assert _text(user) == signed_in_as.replace("Jane Doe", " Jane Doe ")
    assert '<span class="gcds-sign-in__name">Jane Doe</span>' in html


def test_active_links_the_name_to_the_account() -> None:
    html = gcds.render(
        "sign_in", state="active", user_name="Jane Doe", account_href="/a", sign_out_href="/o"
    )
    account = re.search(r'<a href="/a"[^>]*>(.*?)</a>', html).group(1)
    assert 'aria-hidden="true"' in account and "Jane Doe" in account
    assert "gcds-button--small" in html and "Signed in as" not in html


def test_sign_out_by_post_is_a_form_with_its_hidden_fields() -> None:
    html = gcds.render(
        "sign_in", state="signed_in", user_name="J", account_href="/a", sign_out_href="/o",
        sign_out_method="post", sign_out_fields={"csrf_token": 'a"b<c', "next": "/"},
    )  # fmt: skip
    form = re.search(
        r'<form class="gcds-sign-in__form" method="post" action="/o">(.*?)</form>', html
    )
    assert form, html
    assert '<input type="hidden" name="csrf_token" value="a&quot;b&lt;c">' in form.group(1)
    assert '<input type="hidden" name="next" value="/">' in form.group(1)
    assert (
        '<button type="submit" class="gcds-button gcds-button--primary">Sign out</button>'
        in form.group(1)
    )
    assert 'href="/o"' not in html
    # A hostile field value stays a value: the same elements and attributes as a plain one.
    plain = gcds.render(
        "sign_in", state="signed_in", user_name="J", account_href="/a", sign_out_href="/o",
        sign_out_method="post", sign_out_fields={"csrf_token": "x", "next": "/"},
    )  # fmt: skip
    assert shape(html) == shape(plain)


@pytest.mark.parametrize(
    ("params", "param", "pattern"),
    [
        ({}, "sign_in_href", r"required when state is 'contextual'"),
        ({"state": "signed_out", "sign_in_href": "/s"}, "register_href", r"required"),
        ({"state": "signed_in", "account_href": "/a", "sign_out_href": "/o"}, "user_name", r"required"),
        ({"state": "active", "user_name": "J", "sign_out_href": "/o"}, "account_href", r"required"),
        ({"state": "signed_in", "user_name": "J", "account_href": "/a"}, "sign_out_href", r"required"),
        ({"sign_in_href": "/s", "user_name": "J"}, "user_name", r"only for state signed_in or active"),
        ({"sign_in_href": "/s", "register_href": "/r"}, "register_href", r"only for state signed_out"),
        ({"state": "signed_out", "sign_in_href": "/s", "register_href": "/r", "label": "Sign in"}, "label", r"only for state contextual"),
        ({"sign_in_href": "/s", "sign_out_method": "post"}, "sign_out_method", r"only for state signed_in or active"),
        ({"state": "active", "user_name": "J", "account_href": "/a", "sign_out_href": "/o", "sign_out_fields": {"t": "x"}}, "sign_out_fields", r"sign_out_method='post'"),
        ({"state": "active", "user_name": "J", "account_href": "/a", "sign_out_href": "/o", "sign_out_method": "post", "sign_out_fields": {"t": 1}}, "sign_out_fields", r"both text"),
        ({"state": "signed_in", "user_name": "J", "account_href": "/a", "sign_out_href": "javascript:alert(1)"}, "sign_out_href", r"javascript"),
        ({"state": "signed in", "sign_in_href": "/s"}, "state", r"not one of the allowed values"),
    ],
)  # fmt: skip
def test_wrong_combinations_are_refused(params: dict, param: str, pattern: str) -> None:
    _raises(param, pattern, **params)


@pytest.mark.browser
def test_the_short_label_on_small_screens_the_long_one_from_768_px(probes, site) -> None:
    """Only one label is rendered at each width, so what the button shows is its name."""
    probe = probes["responsive"]
    probe.show(site.path("sign_in/contextual-long-label"), width=320)
    shown = "document.querySelector('#example .gcds-button').innerText.trim()"
    assert probe.page.evaluate(shown) == "Sign in"
    probe.page.set_viewport_size({"width": 768, "height": 800})
    assert probe.page.evaluate(shown) == "Sign in to My Account"
    probe.page.set_viewport_size({"width": 767, "height": 800})
    assert probe.page.evaluate(shown) == "Sign in"
