"""GC Feedback on the server: read what the ``page_feedback`` form posted, and find personal
information in a comment. Plain Python: it reads any mapping of form fields (Flask's
``request.form``, Django's ``request.POST``, a dict).

The service renders the page again in the state the submission gives::

    from gcds import feedback

    submission = feedback.read(request.form)
    if submission.complete:
        save(submission.record())  # your store, or the GC Feedback API
    html = gcds.page_feedback(action=url, **submission.params())

>>> submission = read({"helpful": "No-Non", "details": "Call me at 613-555-0142"})
>>> submission.state, submission.found
('pii', ['telephone'])
>>> read({"helpful": "Yes-Oui"}).state
'thanks'
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .specs import load_specs

__all__ = [
    "KINDS",
    "MAX_COMMENT_LENGTH",
    "NO",
    "PAGE_FIELDS",
    "REDACTED",
    "YES",
    "FeedbackSubmission",
    "PersonalInformation",
    "find_personal_information",
    "read",
    "redact",
]

#: The values of the ``helpful`` buttons, as GCWeb posts them.
YES = "Yes-Oui"
NO = "No-Non"
#: The most characters a comment may have (the field says "Maximum 300 characters").
MAX_COMMENT_LENGTH = 300
#: The hidden fields that say which page the feedback is about (GCWeb's names).
PAGE_FIELDS = (
    "pageTitle",
    "language",
    "submissionPage",
    "oppositelang",
    "themeopt",
    "sectionopt",
    "institutionopt",
)
#: The hidden field the ``pii`` state adds: the person has seen the warning.
PII_WARNED = "piiWarned"
#: What a piece of personal information is replaced by in a stored comment.
REDACTED = "#####"

Kind = Literal[
    "email", "telephone", "postal_code", "passport", "business_number", "sin", "street_address"
]
#: Every kind of personal information, in the order Canada.ca lists them.
KINDS: tuple[Kind, ...] = (
    "email",
    "telephone",
    "postal_code",
    "passport",
    "business_number",
    "sin",
    "street_address",
)
State = Literal["question", "no", "pii", "error", "thanks"]


@dataclass(frozen=True)
class PersonalInformation:
    """One piece of likely personal information in a text: its kind and where it is.

    >>> find_personal_information("Write to jean@example.ca")[0]
    PersonalInformation(kind='email', start=9, end=24, text='jean@example.ca')
    """

    kind: Kind
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class FeedbackSubmission:
    """What a page_feedback form posted, checked, and the state to render next.

    ``state``: ``thanks`` (Yes, or a comment that can be kept: store it), ``no`` (No was
    posted without JavaScript: ask for details), ``pii`` (the comment seems to hold personal
    information: show it again to edit), ``error`` (the comment is too long: ``error`` says
    so) or ``question`` (not a feedback post: ask again).
    """

    state: State
    #: True for Yes, False for No, None when ``helpful`` was missing or not a known value.
    helpful: bool | None
    #: The comment exactly as posted (the ``details`` field); None when none was posted.
    comment: str | None
    #: The page fields (``PAGE_FIELDS``), "" for each one not posted.
    page: Mapping[str, str] = field(default_factory=dict)
    #: The personal information found in the comment, in order.
    personal_information: tuple[PersonalInformation, ...] = ()
    #: The error message in state ``error``, in the submission's language.
    error: str | None = None

    @property
    def complete(self) -> bool:
        """True when the feedback can be stored (state ``thanks``)."""
        return self.state == "thanks"

    @property
    def found(self) -> list[Kind]:
        """The kinds of personal information found, each once, in Canada.ca's order."""
        kinds = {item.kind for item in self.personal_information}
        return [kind for kind in KINDS if kind in kinds]

    def params(self) -> dict[str, Any]:
        """The ``page_feedback`` params for the next state: ``state``, and ``comment`` and
        ``found`` where that state shows them.

        >>> read({"helpful": "No-Non"}).params()
        {'state': 'no'}
        """
        params: dict[str, Any] = {"state": self.state}
        if self.state in ("pii", "error") and self.comment is not None:
            params["comment"] = self.comment
        if self.state == "pii":
            params["found"] = self.found
        return params

    def record(self) -> dict[str, str]:
        """What to store (or forward to the GC Feedback API), by GCWeb's field names:
        ``helpful``, ``details`` and the page fields. Only for a complete submission; any
        personal information the person left in after the warning is replaced by
        ``REDACTED``.

        >>> read({"helpful": "Yes-Oui", "language": "en"}).record()["helpful"]
        'Yes-Oui'
        """
        if not self.complete:
            raise ValueError(f"a submission in state {self.state!r} is not complete: store none")
        details = redact(self.comment or "", self.personal_information)
        return {"helpful": YES if self.helpful else NO, "details": details, **self.page}


def read(form: Mapping[str, str | Sequence[str]], *, lang: str | None = None) -> FeedbackSubmission:
    """Read a post of the page_feedback form and say which state to render next.

    ``form`` is any mapping of field names to values (or lists of values: the first is
    used). ``lang`` is the language of the error message; it defaults to the posted
    ``language`` field, else English.

    >>> read({"helpful": "No-Non", "details": "x" * 301}, lang="fr").error
    'Votre commentaire doit compter 300 caractères ou moins'
    """
    helpful = _helpful(_value(form, "helpful"))
    comment = _value(form, "details")
    page = {name: _value(form, name) or "" for name in PAGE_FIELDS}
    if lang is None:
        lang = page["language"] if page["language"] in ("en", "fr") else "en"
    elif lang not in ("en", "fr"):
        raise ValueError(f"lang must be 'en' or 'fr', not {lang!r}")
    if helpful is None:
        return FeedbackSubmission("question", None, comment, page)
    if helpful or comment is None:
        return FeedbackSubmission("thanks" if helpful else "no", helpful, None, page)
    found = tuple(find_personal_information(comment))
    if found and not _value(form, PII_WARNED):
        return FeedbackSubmission("pii", False, comment, page, found)
    if len(comment) > MAX_COMMENT_LENGTH:
        return FeedbackSubmission("error", False, comment, page, found, _too_long(lang))
    return FeedbackSubmission("thanks", False, comment, page, found)


def redact(text: str, found: Sequence[PersonalInformation] | None = None) -> str:
    """``text`` with each piece of personal information replaced by ``REDACTED``.

    >>> redact("My postal code is K1A 0B1.")
    'My postal code is #####.'
    """
    items = find_personal_information(text) if found is None else found
    parts, at = [], 0
    for item in sorted(items, key=lambda item: item.start):
        parts += [text[at : item.start], REDACTED]
        at = item.end
    return "".join(parts) + text[at:]


def _value(form: Mapping[str, Any], name: str) -> str | None:
    value = form.get(name)
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return value if isinstance(value, str) else None


def _helpful(value: str | None) -> bool | None:
    answer = (value or "").strip().lower()
    if answer in ("yes-oui", "yes", "oui"):
        return True
    if answer in ("no-non", "no", "non"):
        return False
    return None


def _too_long(lang: str) -> str:
    template: str = load_specs()["page_feedback"]["strings"]["too_long"][lang]
    return template.replace("{count}", str(MAX_COMMENT_LENGTH))


# ---------------------------------------------------------------------------------------
# Finding personal information
# ---------------------------------------------------------------------------------------

_SP = r"[ \t\u00a0\u202f]"  # a space inside a code (space, no-break, narrow no-break)
_DASH = r"\-\u2010-\u2015"  # hyphen-minus and the Unicode hyphens and dashes
_SEP = rf"[\s.{_DASH}]{{0,3}}"  # between the parts of a telephone number
_ALNUM_BEFORE = r"(?<![^\W_])"  # not right after a letter or digit
_ALNUM_AFTER = r"(?![^\W_])"  # not right before a letter or digit

_EMAIL = re.compile(r"(?<![\w.%+'-])[\w.%+'-]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}(?![\w-])")
_TELEPHONE = re.compile(
    rf"(?<![\w+]){_ALNUM_BEFORE}(?:\+?1{_SEP})?"
    rf"(?:\({_SP}*(?P<paren>[2-9][0-9]{{2}}){_SP}*\)|(?P<area>[2-9][0-9]{{2}}))"
    rf"{_SEP}[2-9][0-9]{{2}}{_SEP}[0-9]{{4}}"
    rf"(?:{_SP}*,?{_SP}*(?:ext|extension|x|poste|p)\.?{_SP}*[0-9]{{1,6}})?(?![\w])",
    re.IGNORECASE,
)
#: Toll-free area codes: the numbers of businesses and governments, not of people.
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_POSTAL_CODE = re.compile(
    rf"{_ALNUM_BEFORE}[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z]{_SP}?[{_DASH}]?{_SP}?"
    rf"[0-9][ABCEGHJ-NPRSTV-Z][0-9]{_ALNUM_AFTER}",
    re.IGNORECASE,
)
_SIN = re.compile(
    rf"(?<![\w.,{_DASH}])(?P<a>[0-9]{{3}})(?P<sep>{_SP}?[{_DASH}]?{_SP}?)(?P<b>[0-9]{{3}})"
    rf"(?P=sep)(?P<c>[0-9]{{3}})(?![\w]|[.,{_DASH}][0-9])"
)
_PASSPORT = re.compile(rf"{_ALNUM_BEFORE}[A-Za-z]{{2}}[0-9]{{6}}{_ALNUM_AFTER}")
_BUSINESS_NUMBER = re.compile(
    rf"{_ALNUM_BEFORE}[0-9]{{9}}{_SP}?[{_DASH}]?{_SP}?[A-Za-z]{{2}}{_SP}?[{_DASH}]?{_SP}?"
    rf"[0-9]{{4}}{_ALNUM_AFTER}"
)

# A civic number: 123, 45B, 12-345 (unit and number), 1/2.
_NUMBER = rf"{_ALNUM_BEFORE}[0-9]{{1,6}}[A-Za-z]?(?:[/{_DASH}][0-9]{{1,6}}[A-Za-z]?)?"
# Words that are not part of a street name: "3 days on the road" is not an address.
_NOT_A_NAME = (
    "the|a|an|and|or|of|on|in|at|to|for|from|by|with|into|onto|over|off|down|up|along|across"
    "|my|your|our|their|his|her|its|this|that|these|those|is|was|are|were|be|been|it|i|you"
    "|we|they|more|other|than|per|times|days|weeks|months|years|hours|minutes|km|kilometres"
)
_NAME_WORD = rf"(?:(?!(?:{_NOT_A_NAME})\b)[^\W\d_][\w'’.-]*|[0-9]{{1,3}}(?:st|nd|rd|th))"
_EN_TYPES = (
    "street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|crescent|cres"
    "|place|pl|terrace|circle|highway|hwy|parkway|pkwy|trail|square|sq"
)
_FR_TYPES = (
    "rue|avenue|av|boulevard|boul|bd|chemin|ch|route|rang|place|allée|impasse|promenade"
    "|croissant|montée|côte|carré|cours|voie|terrasse|ruelle|autoroute|quai|square|sentier"
)
_STREET_ADDRESS = re.compile(
    # English: number, name, street type ("123 Main Street", "45 3rd Ave").
    rf"{_NUMBER},?\s+(?:{_NAME_WORD}\s+){{1,3}}(?:{_EN_TYPES})\b\.?"
    # French: number, street type, name ("123, rue Principale", "8 ch. du Lac").
    rf"|{_NUMBER},?\s+(?:{_FR_TYPES})\.?\s+(?:(?:de\s+la|des|du|de|d['’]|l['’])\s*)?[^\W\d_][\w'’-]*"
    # A post office box: "P.O. Box 123", "C.P. 456", "case postale 78".
    r"|\b(?:p\.?\s?o\.?\s?box|c\.?\s?p\.?|case\s+postale)\s*[0-9]{1,6}\b",
    re.IGNORECASE,
)


def _luhn(digits: str) -> bool:
    """The Luhn check that every social insurance number passes."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char) * (2 if position % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def _matches(kind: Kind, text: str) -> list[PersonalInformation]:
    pattern = {
        "email": _EMAIL,
        "telephone": _TELEPHONE,
        "postal_code": _POSTAL_CODE,
        "passport": _PASSPORT,
        "business_number": _BUSINESS_NUMBER,
        "sin": _SIN,
        "street_address": _STREET_ADDRESS,
    }[kind]
    found = []
    for match in pattern.finditer(text):
        if kind == "telephone" and (match["paren"] or match["area"]) in _TOLL_FREE:
            continue
        if kind == "sin" and not _luhn(match["a"] + match["b"] + match["c"]):
            continue
        found.append(PersonalInformation(kind, match.start(), match.end(), match[0]))
    return found


#: When two finds overlap, the first kind here wins (a SIN inside an email is the email).
_PRIORITY: tuple[Kind, ...] = (
    "email",
    "business_number",
    "telephone",
    "sin",
    "postal_code",
    "passport",
    "street_address",
)


def find_personal_information(text: str) -> list[PersonalInformation]:
    """The likely personal information in ``text``, in order of where it starts.

    Finds email addresses; North American telephone numbers (``613-555-0142``,
    ``(613) 555-0142``, ``+1 613.555.0142``, with an extension; toll-free numbers are
    left alone); Canadian postal codes (``K1A 0B1``, ``k1a0b1``); social insurance numbers
    (9 digits, ``046 454 286`` or ``046454286``, that pass the Luhn check); passport numbers
    (2 letters and 6 digits); business numbers (``123456789 RT0001``); and street addresses
    in English (``123 Main Street``) and French (``123, rue Principale``), and post office
    boxes. It is a net for a feedback comment, not proof: it flags what looks like personal
    information so the person can take it out.

    >>> [item.kind for item in find_personal_information(
    ...     "Call (613) 555-0142, or visit 24 Elm Street, K1A 0B1.")]
    ['telephone', 'street_address', 'postal_code']
    >>> find_personal_information("The page was clear, thank you!")
    []
    """
    taken: list[PersonalInformation] = []
    for kind in _PRIORITY:
        for item in _matches(kind, text):
            if all(item.end <= other.start or item.start >= other.end for other in taken):
                taken.append(item)
    return sorted(taken, key=lambda item: item.start)
