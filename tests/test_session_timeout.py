"""session_timeout: what the server renders, its errors, and gcds.session (the keep-alive
contract's server side), without a browser."""

from __future__ import annotations

import html
import json
import re

import pytest

import gcds
from gcds.session import keep_alive_response, local_path, wants_json

BASE = {"keep_alive_url": "/en/session/keep-alive", "sign_out_url": "/en/sign-out"}


def _render(lang: str = "en", **params) -> str:
    return str(gcds.render("session_timeout", lang=lang, **{**BASE, **params}))


def _notice(page: str) -> str:
    found = re.search(r'<p class="gcds-session-timeout__text">(.*?)</p>', page)
    assert found, page
    return html.unescape(found.group(1))


def _countdown(page: str) -> str:
    found = re.search(r'<p class="gcds-session-timeout__countdown"[^>]*>(.*?)</p>', page)
    assert found, page
    return html.unescape(found.group(1))


# --- the notice: whole minutes, rounded down -----------------------------------------------


@pytest.mark.parametrize(
    "seconds, en, fr",
    [
        (1200, "20 minutes", "20 minutes"),
        (179, "2 minutes", "2 minutes"),
        (120, "2 minutes", "2 minutes"),
        (119, "1 minute", "1 minute"),
        (60, "1 minute", "1 minute"),
        (59, "less than a minute", "moins d’une minute"),
        (1, "less than a minute", "moins d’une minute"),
        (90_000, "1,500 minutes", "1\u202f500 minutes"),
    ],
)
def test_the_notice_gives_whole_minutes_never_more_than_the_server(seconds, en, fr) -> None:
    assert _notice(_render(expires_in=seconds)) == (
        f"For your security, your session will end {en} after this page loaded."
        " Select “Continue session” to extend your session."
    )
    assert _notice(_render("fr", expires_in=seconds)) == (
        f"Pour votre sécurité, votre session prendra fin {fr} après le chargement de cette"
        " page. Sélectionner «\u00a0Continuer la session\u00a0» pour prolonger votre session."
    )


@pytest.mark.parametrize(
    "seconds, time",
    [(1200, "20 min"), (150, "2 min 30 sec"), (120, "2 min"), (61, "1 min 1 sec"), (45, "45 sec")],
)
def test_the_countdown_is_written_as_people_say_it(seconds, time) -> None:
    """As gcds.js writes it: no "0 min", no "0 sec"."""
    time = re.sub(r"(\d) (min|sec)", "\\1\u00a0\\2", time)  # a unit stays with its number
    page = _render(expires_in=seconds)
    assert _countdown(page) == f"Your session will expire automatically in {time}."
    spoken = re.search(r'__spoken[^"]*" aria-live="polite">(.*?)</p>', page)
    assert spoken and spoken.group(1) == f"Your session will expire automatically in {time}."


def test_the_form_posts_the_hidden_fields_to_both_urls() -> None:
    page = _render(expires_in=1200, hidden_fields={"csrf_token": 'a"b<c', "next": "/en/account"})
    assert (
        '<form class="gcds-session-timeout__form" method="post" action="/en/session/keep-alive">'
        in page
    )
    assert '<input type="hidden" name="csrf_token" value="a&#34;b&lt;c">' in page
    assert '<input type="hidden" name="next" value="/en/account">' in page
    assert page.count('type="submit"') == 2
    assert 'formaction="/en/sign-out"' in page
    # Without expired_url, the expired page is the sign-out URL.
    assert 'data-expired-url="/en/sign-out"' in page
    assert 'data-expired-url="/en/ended"' in _render(expires_in=60, expired_url="/en/ended")
    assert 'data-warn-before="180"' in page and 'data-expires-in="1200"' in page


def test_the_notice_is_quiet_and_the_warning_closed() -> None:
    page = _render(expires_in=1200)
    notice = page[page.index("__notice") : page.index("<dialog")]
    assert "role=" not in notice and "aria-live" not in notice and "autofocus" not in notice
    assert re.search(
        r'<dialog class="gcds-session-timeout__dialog" role="alertdialog"'
        r' aria-labelledby="gcds-session-timeout-title"'
        r' aria-describedby="gcds-session-timeout-message">',
        page,
    )
    assert " open" not in page[page.index("<dialog") : page.index(">", page.index("<dialog"))]
    prefixed = _render(expires_in=1200, id="timeout")
    assert 'id="timeout"' in prefixed and 'id="timeout-title"' in prefixed
    assert 'aria-describedby="timeout-message"' in prefixed


# --- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params, param, says",
    [
        ({"expires_in": 0}, "expires_in", "must be 1 or more"),
        ({"expires_in": -30}, "expires_in", "expired-session page"),
        ({"expires_in": 1200, "warn_before": 19}, "warn_before", "at least 20 seconds"),
        ({"expires_in": 1200, "warn_before": 0}, "warn_before", "must be 20 or more"),
        (
            {"expires_in": 1200, "hidden_fields": {"csrf_token": 12345}},
            "hidden_fields",
            "must be text",
        ),
        ({"expires_in": 1200, "hidden_fields": {"": "x"}}, "hidden_fields", "non-empty text"),
        ({"expires_in": 1200, "hidden_fields": {3: "x"}}, "hidden_fields", "non-empty text"),
        ({"expires_in": 1200.5}, "expires_in", "whole number"),
        ({"expires_in": "1200"}, "expires_in", "whole number"),
        ({"expires_in": 1200, "hidden_fields": [("csrf_token", "x")]}, "hidden_fields", "dict"),
        ({"expires_in": 1200, "expired_url": "javascript:alert(1)"}, "expired_url", "javascript:"),
    ],
)
def test_bad_params_are_refused(params, param, says) -> None:
    with pytest.raises(gcds.ParamError) as raised:
        _render(**params)
    message = str(raised.value)
    assert "session_timeout" in message and param in message and says in message, message


@pytest.mark.parametrize("missing", ["expires_in", "keep_alive_url", "sign_out_url"])
def test_required_params(missing) -> None:
    params = {**BASE, "expires_in": 1200}
    del params[missing]
    with pytest.raises(gcds.ParamError, match=missing):
        gcds.render("session_timeout", **params)


# --- gcds.session -------------------------------------------------------------------------


def test_keep_alive_response() -> None:
    body, status, headers = keep_alive_response(1200)
    assert (json.loads(body), status) == ({"expires_in": 1200}, 200)
    assert headers == {"Content-Type": "application/json", "Cache-Control": "no-store"}
    for ended in (0, -5):
        body, status, headers = keep_alive_response(ended)
        assert (json.loads(body), status) == ({"expires_in": 0}, 401)
        assert headers["Content-Type"] == "application/json"
    for wrong in (12.5, "1200", True, None):
        with pytest.raises(TypeError, match="whole number of seconds"):
            keep_alive_response(wrong)


@pytest.mark.parametrize(
    "accept, expected",
    [
        ("application/json", True),
        ("text/html, application/json;q=0.9", True),
        ("Application/JSON", True),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", False),
        ("*/*", False),
        ("", False),
        (None, False),
    ],
)
def test_wants_json(accept, expected) -> None:
    assert wants_json(accept) is expected


@pytest.mark.parametrize(
    "next_url, expected",
    [
        ("/en/account", "/en/account"),
        ("/fr/compte?etape=2#adresse", "/fr/compte?etape=2#adresse"),
        ("//evil.example/en/account", "/home"),
        ("/\\evil.example", "/home"),
        ("https://evil.example/", "/home"),
        ("javascript:alert(1)", "/home"),
        ("en/account", "/home"),
        ("/en/\naccount", "/home"),
        ("", "/home"),
        (None, "/home"),
    ],
)
def test_local_path(next_url, expected) -> None:
    assert local_path(next_url, "/home") == expected


def test_the_contract_in_a_flask_service() -> None:
    """The test service's keep-alive (tests/session_app.py) through Flask's test client: JSON
    to gcds.js, a 303 back to the page to a plain form post, both extending the session."""
    pytest.importorskip("flask")
    from .session_app import SessionService, create_app

    service = SessionService()
    client = create_app(service).test_client()
    client.get("/en/sign-in")
    sid = service.only_sid()
    token = service.sessions[sid].csrf_token
    page = client.get("/en/account").get_data(as_text=True)
    assert 'data-expires-in="300"' in page and "5 minutes" in page
    service.clock.advance(100)
    answer = client.post(
        "/en/keep-alive", data={"csrf_token": token}, headers={"Accept": "application/json"}
    )
    assert (answer.status_code, answer.get_json()) == (200, {"expires_in": 300})
    assert answer.headers["Content-Type"] == "application/json"
    service.clock.advance(100)
    answer = client.post("/en/keep-alive", data={"csrf_token": token, "next": "/en/account"})
    assert (answer.status_code, answer.headers["Location"]) == (303, "/en/account")
    assert service.seconds_left(sid) == 300
    # A post without the token extends nothing.
    answer = client.post("/en/keep-alive", headers={"Accept": "application/json"})
    assert (answer.status_code, answer.get_json()) == (401, {"expires_in": 0})
    service.clock.advance(300)
    assert service.state(sid) == "expired"
    answer = client.post(
        "/en/keep-alive", data={"csrf_token": token}, headers={"Accept": "application/json"}
    )
    assert (answer.status_code, answer.get_json()) == (401, {"expires_in": 0})
    assert client.get("/en/account").headers["Location"] == "/en/session-expired"
