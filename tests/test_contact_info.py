"""contact_info: the address first, then each channel under its label; numbers people call are
tel: links made from their digits, a fax number is text, a web form needs its link."""

from __future__ import annotations

import re

import pytest

import gcds

PHONE = {"type": "telephone", "value": "1-800-959-8281"}


def _render(lang: str = "en", **params) -> str:
    return str(gcds.render("contact_info", lang=lang, **params))


def _error(param: str, **params) -> str:
    with pytest.raises(gcds.ParamError) as info:
        gcds.render("contact_info", **params)
    message = str(info.value)
    assert message.startswith("gcds.contact_info") and f"'{param}'" in message, message
    return message


def test_something_to_show() -> None:
    assert "give the address, contact channels (items), or both" in _error("items")
    assert "give the address" in _error("items", address=[], items=[])


@pytest.mark.parametrize(
    "item, expected",
    [
        (
            {"type": "phone", "value": "1-800-959-8281"},
            r"items\[0\]\.type must be one of telephone",
        ),
        ({"type": "telephone"}, r"items\[0\] needs 'value'"),
        (
            {"type": "online", "value": "Use our web form"},
            r"items\[0\] is a web form: give its 'href'",
        ),
        (
            {"type": "fax", "value": "613-555-0100", "href": "tel:6135550100"},
            r"\.href is not used for fax",
        ),
        (
            {"type": "email", "value": "a@b.ca", "href": "mailto:c@d.ca"},
            r"\.href is not used for email",
        ),
        ({**PHONE, "number": "1"}, r"items\[0\]: unknown key 'number'"),
        ({**PHONE, "note": 3}, r"items\[0\]\.note must be text"),
        ("1-800-959-8281", r"items\[0\] must be a dict"),
    ],
)
def test_bad_channels_are_refused(item, expected: str) -> None:
    assert re.search(expected, _error("items", items=[item]))


def test_address_lines_are_text() -> None:
    assert "address[1] must be a line of text" in _error("address", address=["CRA", 3])


def test_the_address_comes_first_as_one_paragraph() -> None:
    html = _render(address=["Canada Revenue Agency", "Ottawa ON  K1A 0L5"], items=[PHONE])
    assert html.index("<p ") < html.index("<dl ")
    assert "Canada Revenue Agency<br>Ottawa ON  K1A 0L5</p>" in html


@pytest.mark.parametrize(
    "value, href",
    [
        ("1-800-959-8281", "tel:18009598281"),
        ("613-940-8495", "tel:6139408495"),
        ("+1 613 940 8495", "tel:+16139408495"),
        ("613-369-3200 ext. 123", "tel:6133693200"),
    ],
)
def test_a_number_dials_its_digits(value: str, href: str) -> None:
    html = _render(items=[{"type": "toll_free", "value": value}])
    assert f'href="{href}"' in html


def test_href_replaces_the_dialled_number_and_fax_is_text() -> None:
    html = _render(
        items=[
            {"type": "tty", "value": "TTY relay", "href": "tel:711"},
            {"type": "fax", "value": "1-514-283-9350"},
        ]
    )
    assert 'href="tel:711"' in html
    assert '<dd class="gcds-contact-info__value">1\u2011514\u2011283\u20119350</dd>' in html


def test_email_and_web_form_are_links() -> None:
    html = _render(
        items=[
            {"type": "online", "value": "Use our web form", "href": "/form"},
            {"type": "email", "value": "infostats@statcan.gc.ca"},
        ]
    )
    assert '<a class="gcds-link" href="/form">Use our web form</a>' in html
    assert 'href="mailto:infostats@statcan.gc.ca"' in html


def test_a_label_is_shared_by_the_channels_after_it_only_when_it_is_the_same() -> None:
    html = _render(
        items=[
            PHONE,
            {"type": "telephone", "value": "1-800-959-5525"},
            {"type": "telephone", "value": "613-940-8495", "label": "International:"},
            {"type": "tty", "value": "1-800-665-0354"},
            {"type": "telephone", "value": "1-800-959-7383"},
        ]
    )
    terms = re.findall(r"<dt [^>]*>([^<]+)</dt>", html)
    assert terms == ["Telephone:", "International:", "TTY:", "Telephone:"]
    assert html.count("<dd ") == 5


def test_french_labels_have_a_non_breaking_space_before_the_colon() -> None:
    items = [
        {"type": kind, "value": "1-800-263-1136"}
        for kind in ("telephone", "toll_free", "tty", "fax")
    ]
    items += [
        {"type": "email", "value": "a@b.ca"},
        {"type": "online", "value": "Formulaire", "href": "/f"},
    ]
    terms = re.findall(r"<dt [^>]*>([^<]+)</dt>", _render("fr", items=items))
    assert terms == [
        "Téléphone\u00a0:", "Sans frais\u00a0:", "ATS\u00a0:", "Télécopieur\u00a0:",
        "Courriel\u00a0:", "En ligne\u00a0:",
    ]  # fmt: skip
    assert ">Contactez-nous</h2>" in _render("fr", items=items)


@pytest.mark.parametrize("tag, size", [("h2", "h3"), ("h3", "h4"), ("h4", "h5")])
def test_heading_level(tag: str, size: str) -> None:
    html = _render(items=[PHONE], heading_tag=tag)
    assert re.search(rf'<{tag} class="gcds-heading gcds-heading--{size}\b', html)


_ROWS = """() => [...document.querySelectorAll('.gcds-contact-info__list > *')]
  .map(el => { const b = el.getBoundingClientRect(); return [el.tagName, Math.round(b.left), Math.round(b.top)]; })"""


@pytest.mark.browser
def test_labels_beside_their_values_on_large_screens_above_them_on_phones(open_example) -> None:
    wide = open_example("contact_info/several-numbers", width=1280).evaluate(_ROWS)
    dt, dd = wide[0], wide[1]
    assert dt[0] == "DT" and dd[0] == "DD" and dt[2] == dd[2] and dt[1] < dd[1]
    assert wide[2][0] == "DD" and wide[2][1] == dd[1], "a second number under the first"
    narrow = open_example("contact_info/several-numbers", width=320).evaluate(_ROWS)
    assert len({left for _, left, _ in narrow}) == 1
