"""The server side of session_timeout's keep-alive contract, with no framework.

A keep-alive view extends the session on the server, then answers::

    if gcds.session.wants_json(request.headers.get("Accept")):
        return gcds.session.keep_alive_response(seconds_left)  # Flask takes the tuple
    return redirect(gcds.session.local_path(request.form.get("next"), "/"), 303)

Django: ``body, status, headers = keep_alive_response(n)``, then
``HttpResponse(body, status=status, headers=headers)``.
"""

from __future__ import annotations

import json

#: The media type gcds.js asks for (``Accept``) and needs in the answer (``Content-Type``).
JSON_TYPE = "application/json"


def wants_json(accept: str | None) -> bool:
    """True for the keep-alive post from gcds.js (``Accept: application/json``); False for a
    plain form post (no JavaScript), which should get a 303 redirect back to its page."""
    if not accept:
        return False
    types = (part.split(";", 1)[0].strip().lower() for part in accept.split(","))
    return JSON_TYPE in types


def keep_alive_response(expires_in: int) -> tuple[str, int, dict[str, str]]:
    """``(body, status, headers)`` of the JSON answer to gcds.js.

    ``expires_in``: the whole seconds the session has left now that the server has extended
    it: ``200 {"expires_in": 1200}``. 0 or less when it was not extended (the session has
    ended, the person is not signed in): ``401 {"expires_in": 0}``, and gcds.js goes to the
    expired-session page. Never cached.
    """
    if not isinstance(expires_in, int) or isinstance(expires_in, bool):
        raise TypeError(f"expires_in must be a whole number of seconds (int), not {expires_in!r}")
    seconds = max(expires_in, 0)
    body = json.dumps({"expires_in": seconds})
    headers = {"Content-Type": JSON_TYPE, "Cache-Control": "no-store"}
    return body, (200 if seconds else 401), headers


def local_path(next_url: str | None, default: str) -> str:
    """``next_url`` if it is a path on this site (``/account``, ``/fr/compte?x=1``), else
    ``default``: the redirect back after a plain keep-alive post never leaves the site
    (``//evil.example``, ``https://…``, ``/\\evil.example`` are refused)."""
    if (
        not next_url
        or not next_url.startswith("/")
        or next_url.startswith(("//", "/\\"))
        or any(ord(char) < 0x20 or char == "\\" for char in next_url)
    ):
        return default
    return next_url
