"""page_details: the content footer: its parts in order, the feedback slot, the refusals."""

from __future__ import annotations

import re

import pytest
from markupsafe import Markup

import gcds

CRA = {"text": "Canada Revenue Agency", "href": "https://www.canada.ca/en/revenue-agency.html"}


def render(**params) -> str:
    return str(gcds.render("page_details", **params))


def test_the_parts_come_in_canada_ca_order() -> None:
    html = render(
        date_modified="2025-03-14",
        contributors=[CRA],
        feedback={"action": "/en/feedback", "page_title": "Canada Child Benefit - Canada.ca"},
    )
    assert html.startswith(
        '<section class="gcds-page-details">\n<h2 class="gcds-page-details__heading">Page details</h2>'
    )
    order = [html.index(part) for part in ("gcds-page-feedback", "From:", "Date modified:")]
    assert order == sorted(order)
    assert '<h3 class="gcds-page-feedback__heading">Give feedback about this page</h3>' in html
    assert '<time datetime="2025-03-14">2025-03-14</time>' in html
    assert (
        '<dt class="gcds-page-details__label">From:</dt> <dd class="gcds-page-details__value">'
        '<a href="https://www.canada.ca/en/revenue-agency.html">Canada Revenue Agency</a></dd>'
    ) in html


def test_only_the_date_is_needed_and_a_version_can_stand_for_it() -> None:
    html = render(date_modified="2024-11-28")
    assert "From:" not in html and "gcds-page-feedback" not in html
    assert "Date modified:" in html
    version = render(version="2.1.0", lang="fr")
    assert "Version\u00a0:" in version and "2.1.0" in version and "Date" not in version
    assert "Détails de la page" in version


def test_several_contributors_are_separated_by_commas() -> None:
    html = render(
        date_modified="2024-11-28",
        contributors=[CRA, {"text": "Service Canada", "href": "/en/service-canada.html"}],
    )
    assert (
        'Canada Revenue Agency</a>, <a href="/en/service-canada.html">Service Canada</a></dd>'
        in html
    )


def test_the_feedback_slot_takes_markup_or_the_tools_params() -> None:
    tool = gcds.render("page_feedback", action="/fr/retroaction", lang="fr")
    html = render(date_modified="2025-03-14", feedback=tool)
    assert str(tool) in html
    # A dict is page_feedback's params, rendered in page_details' language.
    from_dict = render(
        date_modified="2025-03-14", feedback={"action": "/fr/retroaction"}, lang="fr"
    )
    assert "Avez-vous trouvé ce que vous cherchiez\u00a0?" in from_dict
    assert 'name="language" value="fr"' in from_dict
    # Text that is not Markup is text.
    text = render(date_modified="2025-03-14", feedback="<b>Feedback</b>")
    assert "&lt;b&gt;Feedback&lt;/b&gt;" in text and "<b>" not in text
    # The tool's own checks apply to the dict.
    with pytest.raises(gcds.ParamError, match=r"gcds\.page_feedback.*'action'"):
        render(date_modified="2025-03-14", feedback={"state": "no"})


def test_the_feedback_tool_sits_in_the_sections_outline() -> None:
    html = render(date_modified="2025-03-14", feedback={"action": "/en/feedback"})
    assert re.findall(r"<h([1-6])", html) == ["2", "3"]
    own = Markup('<section class="my-survey"><h3>Rate this page</h3></section>')
    assert str(own) in render(date_modified="2025-03-14", feedback=own)


def _raises(param: str, pattern: str, **params) -> None:
    with pytest.raises(gcds.ParamError) as info:
        render(**params)
    message = str(info.value)
    assert message.startswith("gcds.page_details") and f"'{param}'" in message, message
    assert re.search(pattern, message), message


def test_refused_combinations() -> None:
    _raises("date_modified", "is required .or version", contributors=[CRA])
    _raises("version", "not both", date_modified="2025-03-14", version="2.1.0")
    _raises("date_modified", "ISO date", date_modified="14/03/2025")
    _raises("date_modified", "ISO date", date_modified="2025-13-01")
    _raises("version", "must not be empty", version="")
    _raises(
        "contributors",
        r"contributors\[0\] must be a dict",
        date_modified="2025-03-14",
        contributors=["CRA"],
    )
    _raises(
        "contributors", "needs 'text'", date_modified="2025-03-14", contributors=[{"text": "CRA"}]
    )
    _raises(
        "contributors", "'url'", date_modified="2025-03-14", contributors=[{**CRA, "url": "/x"}]
    )
    _raises(
        "contributors",
        "javascript:",
        date_modified="2025-03-14",
        contributors=[{"text": "CRA", "href": "javascript:alert(1)"}],
    )
    _raises(
        "feedback",
        "set 'lang' on page_details",
        date_modified="2025-03-14",
        feedback={"action": "/f", "lang": "fr"},
    )
