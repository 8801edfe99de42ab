"""gcds.feedback: reading a page_feedback post, and finding personal information in a comment."""

from __future__ import annotations

import doctest
import time

import pytest

import gcds
from gcds import feedback
from gcds.feedback import (
    KINDS,
    MAX_COMMENT_LENGTH,
    PAGE_FIELDS,
    REDACTED,
    FeedbackSubmission,
    find_personal_information,
    read,
    redact,
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in find_personal_information(text)]


def test_the_docstring_examples_hold() -> None:
    result = doctest.testmod(feedback)
    assert result.attempted >= 8 and result.failed == 0


# --- Each kind: what is found (true positives), and what is not (false positives) ---------

FOUND = {
    "email": [
        "jean.tremblay@example.ca",
        "j_o'neil+feedback@mail.example.gc.ca",
        "josée.côté@exemple.québec",
        "INFO@EXAMPLE.COM",
    ],
    "telephone": [
        "613-555-0142",
        "613.555.0142",
        "613 555 0142",
        "(613) 555-0142",
        "(613)555-0142",
        "6135550142",
        "+1 613 555 0142",
        "+1-613-555-0142",
        "1 (613) 555-0142",
        "613-555-0142 ext. 123",
        "613-555-0142 x45",
        "613 555-0142, poste 2201",
        "613\u2011555\u20110142",  # non-breaking hyphens
        "613\u00a0555\u00a00142",
    ],
    "postal_code": ["K1A 0B1", "K1A0B1", "k1a 0b1", "k1a0b1", "H3Z\u00a02Y7", "V6B-4Y8"],
    "sin": ["046 454 286", "046-454-286", "046454286", "130 692 544"],
    "passport": ["AB123456", "gk654321"],
    "business_number": ["123456789 RT0001", "123456789RC0001", "123456789 RP 0002"],
    "street_address": [
        "123 Main Street",
        "123 main st",
        "45 3rd Ave.",
        "12-345 King St",
        "1600 Sussex Drive",
        "77 Bloor Street West",
        "10 St. Clair Ave",
        "90 Elgin Blvd",
        "123, rue Principale",
        "123 rue Principale",
        "1500, boulevard René-Lévesque Ouest",
        "8 ch. du Lac",
        "25, avenue des Pins",
        "4100, côte des Neiges",
        "3, place Ville-Marie",
        "12, chemin de la Montagne",
        "24\u00a0rue Sussex",
        "P.O. Box 1234",
        "C.P. 456",
        "case postale 78",
    ],
}


@pytest.mark.parametrize(
    "kind, text", [(kind, text) for kind, texts in FOUND.items() for text in texts]
)
def test_each_kind_is_found_alone_and_in_a_sentence(kind: str, text: str) -> None:
    found = find_personal_information(text)
    assert [item.kind for item in found] == [kind], (text, found)
    sentence = f"Bonjour, voici : {text}. Merci!"
    (item,) = find_personal_information(sentence)
    assert item.kind == kind
    assert sentence[item.start : item.end] == item.text
    assert text.startswith(item.text) or item.text.startswith(text.rstrip(".")), item.text


NOT_FOUND = [
    # Ordinary comments about a page.
    "The page was clear and I found the form right away, thank you!",
    "I waited 3 days on the road for the office to open.",
    "It took 2 hours and 15 minutes to get through on the phone.",
    "The link in step 4 of the guide is broken.",
    "Page 12 of 30 says something else than page 3.",
    "J’ai attendu 3 semaines pour recevoir une réponse.",
    "La section 2 du formulaire n’est pas claire.",
    "Les 2 avenues de paiement ne sont pas expliquées.",
    # Numbers that are not personal.
    "The 2024-2025 benefit year",
    "Call 1-800-959-8281 or 1 888 555 0199: toll-free numbers are not people's",
    "Payments of $1,234.56 on 2025-03-20",
    "Line 12345 of your return, or line 26000",
    "Version 2.1.0 was released",
    # A 9-digit number that fails the Luhn check is not a SIN.
    "Reference 123 456 789",
    "Reference 123456789",
    # Codes that are not postal codes (D, F, I, O, Q, U never appear; W and Z not first).
    "Code D1A 0B1 or W1A 0B1",
    "A1B2C3D4 is a product code",
    # Too few or too many digits.
    "613-555-014 or 613-555-01423",
    "A passport number has 6 digits: AB12345 is short, AB1234567 long",
    "ABC123456 has three letters",
    # An @ that is not an address.
    "Meet me @ the office, or @gcds on social media",
    "",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_ordinary_text_is_not_flagged(text: str) -> None:
    assert kinds(text) == []


def test_the_luhn_check_decides_a_sin() -> None:
    assert kinds("046 454 286") == [("sin", "046 454 286")]
    for wrong in ("046 454 287", "046 454 280", "146 454 286"):
        assert kinds(wrong) == [], wrong
    # The parts must be split the same way: "046 454-286" is not a SIN format.
    assert kinds("046 454-286") == []


def test_toll_free_numbers_are_left_alone_but_others_are_found() -> None:
    assert kinds("1-800-959-8281") == []
    assert kinds("(888) 555-0142") == []
    assert kinds("1-613-959-8281") == [("telephone", "1-613-959-8281")]


def test_several_finds_come_in_order_with_their_positions() -> None:
    text = (
        "I live at 123 Main Street, Ottawa ON K1A 0B1. Call 613-555-0142 "
        "or email jean@example.ca. SIN 046 454 286, passport AB123456."
    )
    found = find_personal_information(text)
    assert [item.kind for item in found] == [
        "street_address",
        "postal_code",
        "telephone",
        "email",
        "sin",
        "passport",
    ]
    for item in found:
        assert text[item.start : item.end] == item.text
    assert [item.start for item in found] == sorted(item.start for item in found)


def test_overlapping_finds_keep_the_most_specific() -> None:
    # The digits of an email are not a SIN; a business number is not a SIN and a passport.
    assert kinds("046454286@example.ca") == [("email", "046454286@example.ca")]
    assert kinds("123456789 RT0001") == [("business_number", "123456789 RT0001")]
    # A telephone number next to an address: both, without overlap.
    assert kinds("613-555-0142, 123 Main St") == [
        ("telephone", "613-555-0142"),
        ("street_address", "123 Main St"),
    ]


def test_french_addresses_and_unicode_text() -> None:
    text = "Mon adresse\u00a0: 1234, boulevard René-Lévesque, Montréal (Québec) H3B\u00a04W8 🙂"
    assert kinds(text) == [
        ("street_address", "1234, boulevard René-Lévesque"),
        ("postal_code", "H3B\u00a04W8"),
    ]
    # Positions are in code points, as Python counts: an emoji before a find is one.
    text = "🙂🙂 jean@example.ca"
    (item,) = find_personal_information(text)
    assert (item.start, item.end) == (3, 18)
    # Digits from other scripts are not read as a number (the patterns use 0-9).
    assert kinds("٦١٣-٥٥٥-٠١٤٢") == []


def test_long_input_is_fast() -> None:
    """Hundreds of thousands of characters, in shapes that would make a backtracking
    pattern slow: digits and spaces, words before a street type, dots and at signs."""
    samples = [
        "1 " * 100_000,
        "123 " + "word " * 50_000 + "Street",
        "a." * 100_000 + "@",
        "9" * 200_000,
        "x@" * 100_000,
        ("Le guide est clair. " * 10_000) + "jean@example.ca",
    ]
    start = time.perf_counter()
    results = [find_personal_information(sample) for sample in samples]
    assert time.perf_counter() - start < 10
    assert results[-1][-1].kind == "email"


# --- read(): the state after a post --------------------------------------------------------

PAGE = {
    "pageTitle": "Canada Child Benefit - Canada.ca",
    "language": "en",
    "submissionPage": "https://www.canada.ca/en/revenue-agency/services/child-family-benefits.html",
    "oppositelang": "https://www.canada.ca/fr/agence-revenu/services/prestations-enfants-familles.html",
    "themeopt": "Benefits",
    "sectionopt": "",
    "institutionopt": "Canada Revenue Agency",
}


def test_yes_is_thanks_and_keeps_the_page_fields() -> None:
    submission = read({"helpful": "Yes-Oui", **PAGE})
    assert submission.state == "thanks" and submission.complete
    assert submission.helpful is True and submission.comment is None
    assert dict(submission.page) == PAGE
    assert submission.params() == {"state": "thanks"}
    assert submission.record() == {"helpful": "Yes-Oui", "details": "", **PAGE}


def test_no_without_details_asks_for_them() -> None:
    submission = read({"helpful": "No-Non", **PAGE})
    assert submission.state == "no" and not submission.complete
    assert submission.helpful is False
    assert submission.params() == {"state": "no"}
    with pytest.raises(ValueError, match="not complete"):
        submission.record()


def test_a_comment_is_thanks_kept_exactly() -> None:
    comment = "  The table under “How much you can get” is cut off on my phone.\r\nMerci ! 🙂 "
    submission = read({"helpful": "No-Non", "details": comment, **PAGE})
    assert submission.state == "thanks"
    assert submission.comment == comment
    assert submission.record()["details"] == comment
    assert submission.record()["helpful"] == "No-Non"


def test_an_empty_comment_is_still_a_no() -> None:
    submission = read({"helpful": "No-Non", "details": ""})
    assert submission.state == "thanks"
    assert submission.record()["details"] == ""


def test_personal_information_sends_the_comment_back() -> None:
    comment = "Call me at 613-555-0142 or write to jean.tremblay@example.ca"
    submission = read({"helpful": "No-Non", "details": comment, **PAGE})
    assert submission.state == "pii" and not submission.complete
    assert submission.found == ["email", "telephone"]  # Canada.ca's order, not the text's
    assert submission.params() == {
        "state": "pii",
        "comment": comment,
        "found": ["email", "telephone"],
    }
    with pytest.raises(ValueError):
        submission.record()


def test_after_the_warning_a_comment_is_kept_with_personal_information_removed() -> None:
    comment = "Wrong amount. My SIN is 046 454 286."
    submission = read({"helpful": "No-Non", "details": comment, "piiWarned": "true"})
    assert submission.state == "thanks"
    assert submission.comment == comment  # as posted, for the service to see
    assert submission.record()["details"] == f"Wrong amount. My SIN is {REDACTED}."


def test_over_the_limit_is_an_error_in_the_page_language() -> None:
    comment = "x" * (MAX_COMMENT_LENGTH + 1)
    submission = read({"helpful": "No-Non", "details": comment, **PAGE})
    assert submission.state == "error"
    assert submission.error == "Your comment must be 300 characters or fewer"
    assert submission.params() == {"state": "error", "comment": comment}
    french = read({"helpful": "No-Non", "details": comment, **PAGE, "language": "fr"})
    assert french.error == "Votre commentaire doit compter 300 caractères ou moins"
    assert read({"helpful": "No-Non", "details": comment}, lang="fr").error == french.error
    with pytest.raises(ValueError, match="lang"):
        read({"helpful": "No-Non"}, lang="de")


def test_the_limit_counts_as_the_field_does() -> None:
    """300 characters pass, 301 do not; a line break arrives as CR LF (2 characters), as the
    textarea's count says; an emoji is one."""
    assert read({"helpful": "No-Non", "details": "é" * 300}).state == "thanks"
    assert read({"helpful": "No-Non", "details": "🙂" * 300}).state == "thanks"
    assert read({"helpful": "No-Non", "details": "ab\r\n" * 75}).state == "thanks"
    assert read({"helpful": "No-Non", "details": "ab\r\n" * 75 + "c"}).state == "error"


def test_personal_information_comes_before_the_length() -> None:
    comment = "Call 613-555-0142. " + "x" * 400
    assert read({"helpful": "No-Non", "details": comment}).state == "pii"
    assert read({"helpful": "No-Non", "details": comment, "piiWarned": "true"}).state == "error"


@pytest.mark.parametrize(
    "form",
    [{}, {"helpful": ""}, {"helpful": "maybe"}, {"helpful": ["Perhaps"]}, {"details": "Hello"}],
)
def test_a_post_that_is_not_feedback_asks_the_question_again(form) -> None:
    submission = read(form)
    assert submission.state == "question" and submission.helpful is None
    assert submission.params() == {"state": "question"}


def test_answers_lists_and_multidicts() -> None:
    assert read({"helpful": "yes"}).helpful is True
    assert read({"helpful": " OUI "}).helpful is True
    assert read({"helpful": "non"}).helpful is False
    # parse_qs gives lists: the first value is used.
    assert read({"helpful": ["No-Non"], "details": ["First", "Second"]}).comment == "First"
    # Werkzeug's MultiDict and Django's QueryDict are mappings too.
    from werkzeug.datastructures import MultiDict

    form = MultiDict([("helpful", "No-Non"), ("details", "Clear"), ("language", "fr")])
    assert read(form).state == "thanks"
    assert read(form).page["language"] == "fr"


def test_missing_page_fields_are_empty() -> None:
    submission = read({"helpful": "Yes-Oui"})
    assert set(submission.page) == set(PAGE_FIELDS)
    assert all(value == "" for value in submission.page.values())


def test_redact() -> None:
    assert redact("") == ""
    assert redact("Nothing here.") == "Nothing here."
    assert redact("K1A 0B1 and jean@example.ca") == f"{REDACTED} and {REDACTED}"


def test_the_kinds_are_the_components_and_so_is_the_limit() -> None:
    spec = gcds.components()["page_feedback"]
    strings = spec["strings"]
    assert {f"pii_{kind}" for kind in KINDS} <= set(strings)
    found = next(p for p in spec["params"] if p["name"] == "found")
    assert all(f"`{kind}`" in found["description"] for kind in KINDS)
    html = gcds.render("page_feedback", action="/en/feedback", state="no")
    assert f'data-max-length="{MAX_COMMENT_LENGTH}"' in html
    assert gcds.render("page_feedback", action="/f", state="pii", comment="x", found=list(KINDS))


def test_the_submission_is_a_frozen_value() -> None:
    submission = read({"helpful": "Yes-Oui"})
    assert isinstance(submission, FeedbackSubmission)
    with pytest.raises(AttributeError):
        submission.state = "no"  # type: ignore[misc]
