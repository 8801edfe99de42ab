"""The service's pages: start, two question pages, check your answers, confirmation."""

from __future__ import annotations

import datetime
import secrets
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

import gcds.django

from . import answers
from .forms import CONTACT_CHOICES, DetailsForm, DocumentForm


def _next(request: HttpRequest) -> HttpResponse:
    """After a question: the first one still unanswered, else check your answers."""
    page = answers.first_unanswered(request.session)
    return redirect(f"licence:{page or 'check'}")


def _question(request: HttpRequest, template: str, form: Any, title: str) -> HttpResponse:
    """A question page: the form, its error summary, "Error:" in the title if it has errors."""
    context = {
        "form": form,
        "page_title": title,
        "has_errors": form.is_bound and bool(form.errors),
        "error_summary": gcds.django.error_summary(form),
    }
    return render(request, template, context)


@require_http_methods(["GET"])
def start(request: HttpRequest) -> HttpResponse:
    """The start page: what the service is, what you need, the start button."""
    return render(request, "licence/start.html", {"page_title": _("Apply for a fishing licence")})


@require_http_methods(["GET", "POST"])
def details(request: HttpRequest) -> HttpResponse:
    """Your details: name, date of birth, how to contact you."""
    if request.method == "POST":
        form = DetailsForm(request.POST)
        if form.is_valid():
            answers.save_details(request.session, form.cleaned_data)
            return _next(request)
    else:
        form = DetailsForm(initial=answers.details_initial(request.session))
    return _question(request, "licence/details.html", form, _("Your details"))


@require_http_methods(["GET", "POST"])
def document(request: HttpRequest) -> HttpResponse:
    """Your fisher identification card (a file upload)."""
    uploaded = answers.load(request.session).get("document", {}).get("name")
    if request.method == "POST":
        form = DocumentForm(request.POST, request.FILES, uploaded=uploaded)
        if form.is_valid():
            if form.cleaned_data["document"]:
                answers.save_document(request.session, form.cleaned_data["document"])
            return _next(request)
    else:
        form = DocumentForm(uploaded=uploaded)
    return _question(request, "licence/document.html", form, _("Your identification card"))


def _size(size: int) -> str:
    kilobytes = max(1, round(size / 1024))
    return _("%(size)s KB") % {"size": kilobytes}


def summary_rows(given: dict[str, Any]) -> list[dict[str, Any]]:
    """The check-your-answers rows, each with its change link to the question's field."""
    details, document = DetailsForm(), DocumentForm()

    def at(page: str, form: Any, name: str) -> str:
        # id_for_label is the control to change (gcds.django.forms.GcdsBoundField): the
        # first radio, the date's first box in this language's order.
        return f"{reverse(f'licence:{page}')}#{form[name].id_for_label}"

    born = datetime.date.fromisoformat(given["date_of_birth"])
    contact = dict(CONTACT_CHOICES)[given["contact"]]
    how = [str(contact)] + [given[k] for k in ("email", "phone") if given.get(k)]
    upload = given["document"]
    return [
        _row(
            _("Full name"), given["full_name"], at("details", details, "full_name"), _("full name")
        ),
        _row(
            _("Date of birth"),
            date_format(born, "j F Y"),
            at("details", details, "date_of_birth"),
            _("date of birth"),
        ),
        _row(_("Contact"), how, at("details", details, "contact"), _("how we contact you")),
        _row(
            _("Identification card"),
            f"{upload['name']} ({_size(upload['size'])})",
            at("document", document, "document"),
            _("identification card"),
        ),
    ]


def _row(key: str, value: Any, href: str, hidden: str) -> dict[str, Any]:
    return {"key": key, "value": value, "actions": [{"href": href, "hidden_text": hidden}]}


@require_http_methods(["GET", "POST"])
def check(request: HttpRequest) -> HttpResponse:
    """Check your answers, each with a change link; sending them ends the application."""
    missing = answers.first_unanswered(request.session)
    if missing:
        return redirect(f"licence:{missing}")
    if request.method == "POST":
        reference = "FL-" + secrets.token_hex(3).upper()
        answers.finish(request.session, reference)
        return redirect("licence:confirmation")
    context = {
        "page_title": _("Check your answers"),
        "rows": summary_rows(answers.load(request.session)),
    }
    return render(request, "licence/check.html", context)


@require_http_methods(["GET"])
def confirmation(request: HttpRequest) -> HttpResponse:
    """The confirmation panel with the application's reference number."""
    reference = request.session.get(answers.REFERENCE_KEY)
    if not reference:
        return redirect("licence:start")
    context = {"page_title": _("Application sent"), "reference": reference}
    return render(request, "licence/confirmation.html", context)
