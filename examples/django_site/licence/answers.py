"""The person's answers, kept in the session between the question pages until they send them."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.sessions.backends.base import SessionBase
from django.core.files.uploadedfile import UploadedFile

KEY = "licence_answers"
REFERENCE_KEY = "licence_reference"

#: The question pages in order, and the answer each one gives.
PAGES = (("details", "full_name"), ("document", "document"))


def load(session: SessionBase) -> dict[str, Any]:
    """The answers given so far (a copy: change them with :func:`save`)."""
    return dict(session.get(KEY, {}))


def save(session: SessionBase, **answers: Any) -> None:
    """Add or replace answers (JSON values: the session is a signed cookie)."""
    session[KEY] = {**load(session), **answers}


def save_details(session: SessionBase, cleaned: dict[str, Any]) -> None:
    """The details page's answers; the date as ISO text, an unchosen contact left out."""
    contact = cleaned["contact"]
    save(
        session,
        full_name=cleaned["full_name"],
        date_of_birth=cleaned["date_of_birth"].isoformat(),
        contact=contact,
        email=cleaned["email"] if contact == "email" else "",
        phone=cleaned["phone"] if contact == "phone" else "",
    )


def details_initial(session: SessionBase) -> dict[str, Any]:
    """The details form's initial values from the answers (changing them from the check page)."""
    answers = load(session)
    initial = {k: answers[k] for k in ("full_name", "contact", "email", "phone") if k in answers}
    if "date_of_birth" in answers:
        initial["date_of_birth"] = datetime.date.fromisoformat(answers["date_of_birth"])
    return initial


def save_document(session: SessionBase, upload: UploadedFile) -> None:
    """The uploaded document's name and size. A real service would store the file itself
    (``default_storage.save``, a virus scan); the example keeps its description only."""
    save(session, document={"name": upload.name, "size": upload.size})


def first_unanswered(session: SessionBase) -> str | None:
    """The name of the first question page without an answer, or None when all have one."""
    answers = load(session)
    return next((page for page, key in PAGES if key not in answers), None)


def finish(session: SessionBase, reference: str) -> None:
    """The application is sent: forget the answers, remember its reference for the panel."""
    session.pop(KEY, None)
    session[REFERENCE_KEY] = reference
