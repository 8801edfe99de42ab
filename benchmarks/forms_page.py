"""`make bench`: one realistic service form page, rendered three ways in one process.

1. gcds macros;
2. govuk-frontend-jinja (GOV.UK Frontend's Jinja port; a bench-only dependency) with the
   same data and the same plain-HTML chrome (header, breadcrumbs, footer);
3. the floor: the same page written by hand as one Jinja template, no macros.

Each is rendered `RUNS` times, best of 5; figures are milliseconds per page. Target:
gcds at least 5× faster than govuk-frontend-jinja.
"""

from __future__ import annotations

import sys
import timeit
from pathlib import Path

from jinja2 import ChoiceLoader, DictLoader, Environment, PackageLoader, PrefixLoader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import gcds  # noqa: E402

RUNS = 200
HERE = Path(__file__).resolve().parent / "forms_page"

PROVINCES = [
    ("AB", "Alberta"), ("BC", "British Columbia"), ("MB", "Manitoba"), ("NB", "New Brunswick"),
    ("NL", "Newfoundland and Labrador"), ("NS", "Nova Scotia"), ("NT", "Northwest Territories"),
    ("NU", "Nunavut"), ("ON", "Ontario"), ("PE", "Prince Edward Island"), ("QC", "Quebec"),
    ("SK", "Saskatchewan"), ("YT", "Yukon"),
]  # fmt: skip

DATA = {
    "errors": [
        {"href": "#full-name", "text": "Enter your full name"},
        {"href": "#email", "text": "Enter an email address in the correct format, like name@example.com"},
    ],
    "inputs": [
        {"name": "full-name", "label": "Full name", "hint": "As shown on your passport", "value": "", "error": "Enter your full name"},
        {"name": "email", "label": "Email address", "hint": "We will send a receipt here", "value": "jean@example", "error": "Enter an email address in the correct format, like name@example.com"},
        {"name": "phone", "label": "Phone number", "hint": "Include the area code", "value": "613-555-0199", "error": None},
        {"name": "street", "label": "Street address", "hint": "Number and street name", "value": "111 Wellington St", "error": None},
        {"name": "city", "label": "City or town", "hint": "For example, Ottawa", "value": "Ottawa", "error": None},
        {"name": "postal-code", "label": "Postal code", "hint": "For example, K1A 0A9", "value": "K1A 0A9", "error": None},
    ],
    "contact": {
        "name": "contact", "legend": "How should we contact you?", "value": "email",
        "items": [{"value": v, "text": t} for v, t in [("email", "Email"), ("phone", "Phone"), ("text", "Text message"), ("mail", "Mail"), ("none", "Do not contact me")]],
    },
    "benefits": {
        "name": "benefits", "legend": "Which benefits do you receive?", "value": ["cpp", "oas"],
        "items": [{"value": v, "text": t} for v, t in [("cpp", "Canada Pension Plan"), ("oas", "Old Age Security"), ("ei", "Employment Insurance"), ("ccb", "Canada Child Benefit"), ("gst", "GST/HST credit")]],
    },
    "dob": {"name": "dob", "legend": "Date of birth", "hint": "For example, 27 3 1985", "value": {"day": "27", "month": "3", "year": "1985"}},
    "province": {"name": "province", "label": "Province or territory", "value": "ON", "items": [{"value": v, "text": t} for v, t in PROVINCES]},
    "details_field": {"name": "details", "label": "Tell us more", "hint": "Do not include personal information", "value": "I moved in May.\nMy new address is above."},
    "help": {"summary": "Help with this form", "text": "Call 1-800-622-6232 if you need help filling in this form."},
    "button": "Continue",
}  # fmt: skip


def environments() -> dict[str, Environment]:
    templates = {p.name: p.read_text(encoding="utf-8") for p in HERE.glob("*.html")}
    gcds_env = gcds.environment(loader=DictLoader(templates))
    govuk_env = Environment(
        autoescape=True,
        loader=ChoiceLoader(
            [
                DictLoader(templates),
                PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
            ]
        ),
    )
    floor_env = Environment(autoescape=True, loader=DictLoader(templates))
    return {"gcds": gcds_env, "govuk-frontend-jinja": govuk_env, "hand-written HTML": floor_env}


TEMPLATES = {
    "gcds": "gcds.html",
    "govuk-frontend-jinja": "govuk.html",
    "hand-written HTML": "floor.html",
}


def measure() -> dict[str, float]:
    envs = environments()
    timings: dict[str, float] = {}
    for name, env in envs.items():
        template = env.get_template(TEMPLATES[name])
        template.render(**DATA)  # warm caches: macros imported, templates compiled
        best = min(timeit.repeat(lambda t=template: t.render(**DATA), number=RUNS, repeat=5))
        timings[name] = best / RUNS * 1000
    return timings


def main() -> None:
    timings = measure()
    print(f"Form page render time (best of 5 × {RUNS} renders, ms per page)")
    for name, ms in timings.items():
        print(f"  {name:<22} {ms:7.3f} ms")
    ratio = timings["govuk-frontend-jinja"] / timings["gcds"]
    print(f"  gcds is {ratio:.1f}× faster than govuk-frontend-jinja (target: 5×)")
    over = timings["gcds"] - timings["hand-written HTML"]
    print(f"  gcds overhead over the hand-written floor: {over:.3f} ms per page")


if __name__ == "__main__":
    main()
