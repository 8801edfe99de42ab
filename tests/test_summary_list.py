"""summary_list: the hidden text that gives each action link its context."""

from __future__ import annotations

import re

import pytest

import gcds

from .specdata import EXAMPLES

SUMMARY_LISTS = [e for e in EXAMPLES if e.component == "summary_list"]


def _links(html: str) -> list[str]:
    """Each action link's text, visible and hidden, as one line."""
    found = re.findall(r'<a class="gcds-summary-list__action"[^>]*>(.*?)</a>', str(html))
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", link)).strip() for link in found]


@pytest.mark.parametrize("example", SUMMARY_LISTS, ids=lambda e: e.id)
def test_example_actions_write_their_hidden_text(example) -> None:
    """The examples show what to write: every action has its own hidden_text, as it reads
    after the link word (lower case; French with its article), so no link keeps the key's
    capital ("Change Date of birth") or mixes it with its neighbour's case."""
    for row in example.params["rows"]:
        for action in row.get("actions") or []:
            assert action.get("hidden_text"), (example.id, row["key"])
            first = action["hidden_text"][0]
            assert not first.isupper(), (example.id, action["hidden_text"])


def test_the_key_is_the_hidden_text_when_none_is_given() -> None:
    """As written: gcds does not change the case of the author's words (acronyms, names)."""
    html = gcds.render(
        "summary_list",
        rows=[
            {
                "key": "Social insurance number (SIN)",
                "value": "046 454 286",
                "actions": [{"href": "/sin"}],
            },
            {
                "key": "Date of birth",
                "value": "5 January 1978",
                "actions": [{"href": "/dob", "hidden_text": "date of birth"}],
            },
        ],
        card_title="Sarah Philips",
    )
    assert _links(html) == [
        "Change Social insurance number (SIN) (Sarah Philips)",
        "Change date of birth (Sarah Philips)",
    ]
