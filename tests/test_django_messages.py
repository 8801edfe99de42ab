"""Django's messages framework as gcds alerts: level -> type, the Jinja global gcds_messages()
and gcds.django.message_alerts(request), through Django's test client with the messages
middleware, in English and French."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django import template
from django.conf.urls.i18n import i18n_patterns
from django.contrib import messages
from django.contrib.messages.storage.base import Message
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.test import Client, RequestFactory
from django.urls import path
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

import gcds
import gcds.django

from .test_django_forms_errors import jinja_environment, site_settings

PAGE = "<main>{{ gcds_messages() }}</main>"


def save(request):
    messages.success(request, "Your changes were saved.")
    messages.info(request, "We will email you a copy.", extra_tags="my-note")
    messages.warning(request, "Your session ends in 5 minutes.")
    messages.error(request, "We could not send the email.")
    messages.debug(request, "Saved in 12 ms")  # below MESSAGE_LEVEL: never stored
    return redirect(request.path.replace("save/", ""))


def page(request):
    return render(request, "page.html")


def now(request):
    """Messages shown in the same request they were added in: still lazy strings."""
    messages.success(request, gettext_lazy("Yes"))
    messages.add_message(request, 35, "Almost full")
    messages.success(request, mark_safe('Done. <a href="/en/receipt">See the receipt</a>'))
    messages.info(request, "<b>not bold</b>")
    return render(request, "page.html")


def from_python(request):
    messages.success(request, "Saved.")
    return HttpResponse(gcds.django.message_alerts(request))


urlpatterns = i18n_patterns(
    path("save/", save), path("", page), path("now/", now), path("python/", from_python)
)


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    from django.test.utils import override_settings

    settings = site_settings(
        __name__,
        {"page.html": PAGE},
        MIDDLEWARE=[
            "django.middleware.locale.LocaleMiddleware",
            "django.contrib.messages.middleware.MessageMiddleware",
        ],
        MESSAGE_STORAGE="django.contrib.messages.storage.cookie.CookieStorage",
    )
    with override_settings(**settings):
        yield Client()


def alerts(html: str) -> list[tuple[str, str]]:
    """(type, visible text) of each alert on the page."""
    found = re.findall(
        r'<section class="gcds-alert gcds-alert--(\w+)[^"]*".*?<p class="gcds-alert__text">(.*?)</p>',
        html,
        re.S,
    )
    return [(kind, re.sub(r"<span[^>]*>.*?</span> ", "", text)) for kind, text in found]


@pytest.mark.parametrize(
    ("level", "kind"),
    [
        (messages.DEBUG, "info"),
        (messages.INFO, "info"),
        (22, "info"),
        (messages.SUCCESS, "success"),
        (messages.WARNING, "warning"),
        (35, "warning"),
        (messages.ERROR, "danger"),
        (50, "danger"),
    ],
)
def test_level_to_alert_type(level: int, kind: str) -> None:
    assert gcds.django.alert_type(level) == kind


def test_messages_after_a_redirect_are_alerts_once(client: Client) -> None:
    response = client.get("/en/save/", follow=True)
    html = response.content.decode()
    assert alerts(html) == [
        ("success", "Your changes were saved."),
        ("info", "We will email you a copy."),
        ("warning", "Your session ends in 5 minutes."),
        ("danger", "We could not send the email."),
    ]
    assert '<section class="gcds-alert gcds-alert--info my-note"' in html  # extra_tags
    assert html.count("autofocus") == 1 and "Success:" in html  # the success alert's
    # Shown, so used up: the next page has none.
    assert client.get("/en/").content.decode() == "<main></main>"


def test_messages_in_french(client: Client) -> None:
    html = client.get("/fr/save/", follow=True).content.decode()
    assert '<span class="gcds-alert__type">Succès\u00a0:</span>' in html
    assert '<span class="gcds-alert__type">Avertissement\u00a0:</span>' in html
    assert "Success:" not in html


def test_lazy_safe_and_custom_level_messages(client: Client) -> None:
    with translation.override("fr"):  # the lazy message is translated when shown
        html = client.get("/fr/now/").content.decode()
    assert alerts(html) == [
        ("success", "Oui"),
        ("warning", "Almost full"),
        ("success", 'Done. <a href="/en/receipt">See the receipt</a>'),  # mark_safe: as given
        ("info", "&lt;b&gt;not bold&lt;/b&gt;"),  # plain text: escaped
    ]
    assert html.count("autofocus") == 1  # two success alerts, one page: the first takes focus


def test_debug_messages_show_as_info_when_the_project_keeps_them(client: Client) -> None:
    from django.test.utils import override_settings

    with override_settings(MESSAGE_LEVEL=messages.DEBUG):
        html = client.get("/en/save/", follow=True).content.decode()
    assert alerts(html)[-1] == ("info", "Saved in 12 ms")


def test_message_alerts_from_python_and_a_list(client: Client) -> None:
    html = client.get("/fr/python/").content.decode()
    assert alerts(html) == [("success", "Saved.")]
    assert "Succès\u00a0:" in html
    with translation.override("en"):
        listed = gcds.django.message_alerts(
            [Message(messages.ERROR, "Payment failed"), Message(messages.SUCCESS, "")],
            title_tag="h3",
        )
    assert alerts(listed) == [("danger", "Payment failed")]  # an empty message says nothing
    assert gcds.django.alerts_for([Message(messages.SUCCESS, "Sent")], focus_on_load=True) == [
        {"type": "success", "text": "Sent", "focus_on_load": True}
    ]
    assert gcds.django.message_alerts([]) == ""


def test_a_request_without_the_middleware_is_a_clear_error(client: Client) -> None:
    request = RequestFactory().get("/en/")
    with pytest.raises(ImproperlyConfigured, match=r"add 'django\.contrib\.messages\.middleware"):
        gcds.django.message_alerts(request)


def test_gcds_messages_needs_a_request(client: Client) -> None:
    env = jinja_environment()
    with pytest.raises(gcds.ParamError, match=r"no 'request' in its context"):
        env.from_string(PAGE).render()
    with translation.override("en"):
        listed = env.from_string("{{ gcds_messages(m, dismissible=True) }}").render(
            m=[Message(messages.INFO, "Closed Monday")]
        )
    assert alerts(listed) == [("info", "Closed Monday")]
    assert "Close this alert" in listed


def test_bad_params_name_the_alert(client: Any) -> None:
    with pytest.raises(gcds.ParamError, match=r"gcds\.alert, parameter 'tone'"):
        gcds.django.message_alerts([Message(messages.INFO, "Hi")], tone="calm")


def test_usable_from_a_django_template_tag(client: Client) -> None:
    """gcds's tag library hands the request over; the Markup is not escaped again."""
    engine = template.Engine(libraries={"gcds": "gcds.templatetags.gcds"})
    request = RequestFactory().get("/en/")
    request._messages = [Message(messages.WARNING, "Closing at 4 pm")]
    with translation.override("fr"):
        html = engine.from_string("{% load gcds %}{% gcds_messages title_tag='h3' %}").render(
            template.Context({"request": request})
        )
    assert alerts(html) == [("warning", "Closing at 4 pm")]
    assert "Avertissement\u00a0:" in html and "&lt;section" not in html
