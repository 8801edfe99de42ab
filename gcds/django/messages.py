"""Django's messages framework shown as gcds alerts.

A view adds a message as usual, then redirects::

    from django.contrib import messages
    messages.success(request, _("Your changes were saved."))

and the page shows it at the top of ``<main>`` (Jinja2, after :func:`install`)::

    {% block content %}{{ gcds_messages() }}…{% endblock %}

From Python or a DTL template tag: ``gcds.django.message_alerts(request)``. Showing the
messages uses them up, as Django's own ``{% for message in messages %}`` does.

Level to alert type (:func:`alert_type`): ``ERROR`` → ``danger``, ``WARNING`` → ``warning``,
``SUCCESS`` → ``success``, ``INFO`` → ``info``. ``DEBUG`` messages are shown as ``info``:
Django keeps them only when ``MESSAGE_LEVEL`` is lowered to ``DEBUG``, which a project does on
purpose (in development) to see them. A custom level takes the type of the nearest built-in
level at or below it (35 is a warning). A message's ``extra_tags`` become the alert's
``classes``.

A success alert takes focus when the page loads (gcds's alert does that for the result of what
the person just did); with several, only the first does, as a page can have one ``autofocus``.
Do not show messages on a page that also has an error summary: both would want focus.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from jinja2 import Environment, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from ..errors import ParamError
from ..text import is_text
from . import rendering

__all__ = ["alert_type", "alerts_for", "install", "message_alerts"]

# Django's levels (django.contrib.messages.constants), highest first.
_TYPES: tuple[tuple[int, str], ...] = ((40, "danger"), (30, "warning"), (25, "success"))


def alert_type(level: int) -> str:
    """The gcds alert type for a Django message level (see the module's docstring)."""
    for lowest, kind in _TYPES:
        if level >= lowest:
            return kind
    return "info"


def _messages(source: Any) -> Iterable[Any]:
    """The messages of a request (using them up), or ``source`` itself (a list of them)."""
    from django.core.exceptions import ImproperlyConfigured
    from django.http import HttpRequest

    if not isinstance(source, HttpRequest):
        return source
    if not hasattr(source, "_messages"):
        raise ImproperlyConfigured(
            "gcds.django.message_alerts: this request has no messages; add "
            "'django.contrib.messages.middleware.MessageMiddleware' to MIDDLEWARE (after "
            "SessionMiddleware when the messages are kept in the session)."
        )
    from django.contrib.messages import get_messages

    return get_messages(source)


def alerts_for(source: Any, /, **params: Any) -> list[dict[str, Any]]:
    """The ``alert`` params of each message of ``source`` (a request, or its ``messages``).

    ``params`` are added to each (``title_tag``, ``dismissible``…). Only the first alert
    that would take focus on load keeps it::

        >>> alerts_for(request)
        [{'type': 'success', 'text': 'Your changes were saved.'}]
    """
    alerts: list[dict[str, Any]] = []
    focused = False
    for message in _messages(source):
        text = message.message
        if not is_text(text):  # Django takes any object and shows str() of it
            text = str(text)
        if not text:
            continue
        alert: dict[str, Any] = {"type": alert_type(message.level), "text": text}
        if message.extra_tags:
            alert["classes"] = message.extra_tags
        alert.update(params)
        focus = alert.get("focus_on_load")
        if focus is None:  # the alert component's own default
            focus = alert["type"] == "success" and not alert.get("announce")
        if focus and focused:
            alert["focus_on_load"] = False
        focused = focused or bool(focus)
        alerts.append(alert)
    return alerts


def _render(lib: Any, source: Any, params: dict[str, Any]) -> Markup:
    alerts = alerts_for(source, **params)
    return Markup("\n").join(rendering.render(lib, "alert", **alert) for alert in alerts)


def message_alerts(source: Any, /, **params: Any) -> Markup:
    """Every message of ``source`` (a request, or its ``messages``) as a gcds alert, in
    Django's active language; nothing when there are none. ``params`` go to each alert."""
    return _render(rendering.library(), source, params)


def install(env: Environment) -> Environment:
    """Add the ``gcds_messages`` global to a gcds-configured Jinja ``env``.

    ``{{ gcds_messages() }}`` shows the messages of the template's ``request`` (Django's
    Jinja2 backend puts it in every template's context); ``{{ gcds_messages(messages) }}``
    shows a list you give it.
    """
    lib = rendering.library(env)

    @pass_context
    def gcds_messages(context: Context, source: Any = None, /, **params: Any) -> Markup:
        if source is None:
            source = context.get("request")
            if source is None:
                raise ParamError(
                    "django.message_alerts",
                    "request",
                    "this template has no 'request' in its context (rendered by Django's "
                    "Jinja2 backend with a request, it has): pass it, gcds_messages(request)",
                )
        return _render(lib, source, params)

    env.globals["gcds_messages"] = gcds_messages
    return env
