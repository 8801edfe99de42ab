"""A tiny Flask service with a short session kept on the server, for the session_timeout tests.

The server is the truth: each session's expiry is stored here, against a clock the test
controls (``Clock``), so a test moves server time and page time (Playwright's page clock)
together, with no sleeping. Routes, in English (``/en/…``) and French (``/fr/…``):

- ``GET /<lang>/sign-in``: starts a session (cookie ``sid``) and redirects to the account page;
- ``GET /<lang>/account``: the signed-in page, with ``gcds.session_timeout`` and the time left;
- ``POST /<lang>/keep-alive``: extends the session (the contract in session_timeout.yaml);
- ``POST /<lang>/sign-out``: ends it; ``GET /<lang>/signed-out`` says so;
- ``GET /<lang>/session-expired``: the expired-session page (ends the session if still open);
- ``GET /<lang>/login``: a sign-in page in HTML, where a framework sends a request it refuses.

``SessionService.keep_alive_mode`` makes the keep-alive misbehave as real ones do.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import Literal

from flask import Flask, abort, g, redirect, render_template_string, request
from werkzeug.serving import make_server

import gcds
from gcds.flask import Gcds

#: "ok": the contract; "login-redirect": a framework's 302 to its sign-in page;
#: "login-page": that sign-in page answered directly (200, HTML); "server-error": 503.
KeepAliveMode = Literal["ok", "login-redirect", "login-page", "server-error"]


class Clock:
    """The server's clock, in seconds; only the test moves it."""

    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Session:
    expires_at: float
    csrf_token: str
    #: None while open; "signed out" or "expired" once ended.
    ended: str | None = None
    keep_alives: list[dict[str, str]] = field(default_factory=list)


@dataclass
class SessionService:
    clock: Clock = field(default_factory=Clock)
    lifetime: int = 300  # seconds: 5 minutes, extended by each keep-alive
    warn_before: int = 180
    keep_alive_mode: KeepAliveMode = "ok"
    #: Every keep-alive post that reached the server, whatever it answered.
    keep_alive_requests: int = 0
    #: GET requests of the sign-in page (a followed redirect would be one).
    login_visits: int = 0
    sessions: dict[str, Session] = field(default_factory=dict)

    def open(self) -> str:
        sid = secrets.token_urlsafe(16)
        self.sessions[sid] = Session(self.clock() + self.lifetime, secrets.token_urlsafe(16))
        return sid

    def state(self, sid: str) -> str:
        """ "open", "expired" (its time ran out, or the expired page ended it) or "signed out"."""
        session = self.sessions[sid]
        if session.ended:
            return session.ended
        return "open" if self.clock() < session.expires_at else "expired"

    def seconds_left(self, sid: str) -> int:
        return int(self.sessions[sid].expires_at - self.clock())

    def only_sid(self) -> str:
        (sid,) = self.sessions
        return sid


TEXT = {
    "en": {
        "account": "Your account",
        "account_body": "Your application for a Canadian passport is in progress.",
        "expired_title": "Your session has ended",
        "sign_in": "Sign in again",
        "signed_out": "You have signed out",
        "signed_out_body": "Your session has ended. Close your browser if you are on a shared computer.",
        "login": "Sign in",
        "login_body": "Sign in with your GCKey or with a Sign-In Partner.",
    },
    "fr": {
        "account": "Votre compte",
        "account_body": "Votre demande de passeport canadien est en cours de traitement.",
        "expired_title": "Votre session a pris fin",
        "sign_in": "Ouvrir une nouvelle session",
        "signed_out": "Vous avez fermé votre session",
        "signed_out_body": "Votre session a pris fin. Fermez votre navigateur si vous utilisez un ordinateur partagé.",
        "login": "Ouvrir une session",
        "login_body": "Ouvrez une session avec votre CléGC ou avec un partenaire de connexion.",
    },
}

EXPIRED_MESSAGE = {
    "en": "Sorry your session has already expired. Please sign in again.",
    "fr": "Désolé, votre session a déjà expiré. S’il vous plaît ouvrir une nouvelle session.",
}

ACCOUNT = """{% extends "gcds/page.html" %}
{% block content %}<h1>{{ text.account }}</h1>
{{ gcds.session_timeout(expires_in=expires_in, warn_before=warn_before,
    keep_alive_url="/" ~ lang ~ "/keep-alive", sign_out_url="/" ~ lang ~ "/sign-out",
    expired_url="/" ~ lang ~ "/session-expired",
    hidden_fields={"csrf_token": csrf_token, "next": request.path}) }}
<p>{{ text.account_body }}</p>{% endblock %}"""

MESSAGE = """{% extends "gcds/page.html" %}
{% block content %}<h1>{{ heading }}</h1><p>{{ body }}</p>
{% if link %}<p><a class="gcds-link" href="{{ link }}">{{ text.sign_in }}</a></p>{% endif %}{% endblock %}"""


def create_app(service: SessionService) -> Flask:
    app = Flask(__name__)
    Gcds(app)

    @app.before_request
    def _lang() -> None:
        if request.blueprint == "gcds":  # the package's CSS and JS
            return
        lang = (request.view_args or {}).get("lang")
        if lang not in TEXT:
            abort(404)
        g.text = TEXT[lang]

    def _open_session() -> tuple[str, Session] | None:
        sid = request.cookies.get("sid")
        if sid in service.sessions and service.state(sid) == "open":
            return sid, service.sessions[sid]
        return None

    def _page(template: str, lang: str, title: str, **context) -> tuple[str, int, dict]:
        html = render_template_string(template, lang=lang, text=g.text, page_title=title, **context)
        return html, 200, {"Cache-Control": "no-store"}

    @app.get("/<lang>/sign-in")
    def sign_in(lang: str):
        response = redirect(f"/{lang}/account", 303)
        response.set_cookie("sid", service.open(), httponly=True, samesite="Lax")
        return response

    @app.get("/<lang>/account")
    def account(lang: str):
        found = _open_session()
        if not found:
            return redirect(f"/{lang}/session-expired", 303)
        sid, session = found
        return _page(
            ACCOUNT,
            lang,
            g.text["account"],
            expires_in=service.seconds_left(sid),
            warn_before=service.warn_before,
            csrf_token=session.csrf_token,
        )

    @app.post("/<lang>/keep-alive")
    def keep_alive(lang: str):
        service.keep_alive_requests += 1
        mode = service.keep_alive_mode
        if mode == "login-redirect":
            return redirect(f"/{lang}/login", 302)
        if mode == "login-page":
            return _login_page(lang)
        if mode == "server-error":
            return "Service unavailable", 503, {"Content-Type": "text/plain"}
        json = gcds.session.wants_json(request.headers.get("Accept"))
        found = _open_session()
        if found and request.form.get("csrf_token") == found[1].csrf_token:
            sid, session = found
            session.expires_at = service.clock() + service.lifetime
            session.keep_alives.append(
                {"accept": request.headers.get("Accept", ""), **request.form}
            )
            if json:
                return gcds.session.keep_alive_response(service.seconds_left(sid))
            return redirect(
                gcds.session.local_path(request.form.get("next"), f"/{lang}/account"), 303
            )
        if json:
            return gcds.session.keep_alive_response(0)
        return redirect(f"/{lang}/session-expired", 303)

    @app.post("/<lang>/sign-out")
    def sign_out(lang: str):
        sid = request.cookies.get("sid")
        session = service.sessions.get(sid)
        if session and request.form.get("csrf_token") == session.csrf_token:
            session.ended = session.ended or "signed out"
        return redirect(f"/{lang}/signed-out", 303)

    @app.get("/<lang>/signed-out")
    def signed_out(lang: str):
        text = g.text
        return _page(
            MESSAGE,
            lang,
            text["signed_out"],
            heading=text["signed_out"],
            body=text["signed_out_body"],
            link=f"/{lang}/sign-in",
        )

    @app.get("/<lang>/session-expired")
    def session_expired(lang: str):
        # What the page says must be true: a session still open here is ended now.
        session = service.sessions.get(request.cookies.get("sid"))
        if session and not session.ended:
            session.ended = "expired"
        text = g.text
        return _page(
            MESSAGE,
            lang,
            text["expired_title"],
            heading=text["expired_title"],
            body=EXPIRED_MESSAGE[lang],
            link=f"/{lang}/sign-in",
        )

    @app.get("/<lang>/login")
    def login(lang: str):
        service.login_visits += 1
        return _login_page(lang)

    def _login_page(lang: str):
        text = g.text
        return _page(
            MESSAGE, lang, text["login"], heading=text["login"], body=text["login_body"], link=None
        )

    return app


class ServedApp:
    """The app on 127.0.0.1 at a free port, in a background thread."""

    def __init__(self, service: SessionService) -> None:
        self.service = service
        self.server = make_server("127.0.0.1", 0, create_app(service), threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
