"""Whole Canada.ca landing pages built from the landing-page blocks, in English and French: an
institutional landing page (intro with a full-width image and a supertask, featured link, most
requested, services and information, contact band, about section) and a topic page (intro with a
half-width image, doormats with a hidden heading), on gcds/page.html.

The bands run across the page, outside the page column, and their content lines up with the
column at every width; the page has one h1 and skips no heading level; axe, reflow and the Tab
walk pass at 320, 768 and 1280 px. Screenshots go to test-results/landing-pages/ for a person to
compare with Canada.ca.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

import gcds

from .browser import CHECKS_SCRIPT, axe_violations
from .specdata import ROOT
from .test_accessibility import keyboard_problems
from .test_html_validity import PAGE_CONFIG, html_validate, missing_references

ILP = """{% extends "gcds/page.html" %}
{% block main %}
{{ gcds.intro(title=w.title, description=w.mandate, supertask=w.supertask,
   image=gcds_static("examples/city.svg"), image_alt="") }}
{{ gcds.featured_link(text=w.featured, href=w.featured_href) }}
{{ gcds.most_requested(items=w.top) }}
<div class="gcds-container gcds-container--page">
{{ gcds.services_and_information(items=w.doormats, columns=3, hide_heading=true) }}
</div>
{{ gcds.contact_band(items=w.contacts) }}
<div class="gcds-container gcds-container--page">
{{ gcds.heading(tag="h2", text=w.about) }}
{{ gcds.text(text=w.about_text) }}
{{ gcds.date_modified(date="2026-11-30") }}
</div>
{% endblock %}
"""

TOPIC = """{% extends "gcds/page.html" %}
{% block main %}
{{ gcds.intro(title=w.topic, description=w.topic_text, image=gcds_static("examples/landscape.svg"),
   image_alt="", image_width="half") }}
<div class="gcds-container gcds-container--page">
{{ gcds.services_and_information(items=w.doormats, columns=3, hide_heading=true) }}
{{ gcds.contact_info(address=w.address, items=w.channels) }}
{{ gcds.date_modified(date="2026-11-30") }}
</div>
{% endblock %}
"""


def _links(*pairs: str) -> list[dict[str, str]]:
    return [{"text": text, "href": f"/{n}"} for n, text in enumerate(pairs)]


def _doormats(*triples: tuple[str, str]) -> list[dict[str, str]]:
    return [{"title": t, "href": f"/d{n}", "description": d} for n, (t, d) in enumerate(triples)]


WORDS = {
    "en": dict(
        title="Canada Revenue Agency",
        mandate="We administer tax laws for the Government of Canada and for most provinces and "
        "territories, and various benefit and incentive programs delivered through the tax system.",
        supertask={"text": "Sign in to your CRA account", "href": "/account"},
        featured="Tax filing season: what you need to know", featured_href="/filing",
        top=_links("Sign in to your CRA account", "Benefit payment dates", "Make a payment",
                   "Change your address", "Set up direct deposit", "Track your tax refund"),
        doormats=_doormats(("Taxes", "Income tax, GST/HST, payroll and business number."),
                           ("Benefits", "Canada child benefit, GST/HST credit and related programs."),
                           ("Charities and giving", "Register a charity and donate to one.")),
        contacts=_links("Contact the Canada Revenue Agency", "Telephone numbers for individuals",
                        "Telephone numbers for businesses"),
        about="About the Canada Revenue Agency",
        about_text="Our mandate, our people, and how we report on our work.",
        topic="Income tax", topic_text="File your return, get your tax slips, and find out about "
        "deductions, credits and refunds.",
        address=["Canada Revenue Agency", "Sudbury Tax Centre", "1050 Notre Dame Avenue",
                 "Sudbury ON  P3A 5C1"],
        channels=[{"type": "telephone", "value": "1-800-959-8281"},
                  {"type": "tty", "value": "1-800-665-0354"}],
        service="Canada Revenue Agency",
    ),
    "fr": dict(
        title="Agence du revenu du Canada",
        mandate="Nous administrons les lois fiscales pour le gouvernement du Canada et pour la "
        "plupart des provinces et territoires, ainsi que divers programmes de prestations.",
        supertask={"text": "Ouvrir une session dans votre compte de l’ARC", "href": "/compte"},
        featured="Période de production des déclarations\u00a0: ce qu’il faut savoir",
        featured_href="/production",
        top=_links("Ouvrir une session dans votre compte de l’ARC", "Dates de versement des prestations",
                   "Faire un paiement", "Changer votre adresse", "Vous inscrire au dépôt direct",
                   "Suivre votre remboursement d’impôt"),
        doormats=_doormats(("Impôts", "Impôt sur le revenu, TPS/TVH, retenues sur la paie."),
                           ("Prestations", "Allocation canadienne pour enfants et crédit pour la TPS/TVH."),
                           ("Organismes de bienfaisance et dons", "Enregistrer un organisme et faire un don.")),
        contacts=_links("Contactez l’Agence du revenu du Canada", "Numéros de téléphone pour les "
                        "particuliers", "Numéros de téléphone pour les entreprises"),
        about="À propos de l’Agence du revenu du Canada",
        about_text="Notre mandat, notre personnel et nos rapports sur notre travail.",
        topic="Impôt sur le revenu", topic_text="Produire votre déclaration, obtenir vos feuillets "
        "et vous renseigner sur les déductions, les crédits et les remboursements.",
        address=["Agence du revenu du Canada", "Centre fiscal de Sudbury", "1050, avenue Notre Dame",
                 "Sudbury ON  P3A 5C1"],
        channels=[{"type": "telephone", "value": "1-800-959-7383"},
                  {"type": "tty", "value": "1-800-665-0354"}],
        service="Agence du revenu du Canada",
    ),
}  # fmt: skip
PAGES = {"ilp": ILP, "topic": TOPIC}
WIDTHS = (320, 768, 1280)
SHOTS = ROOT / "test-results" / "landing-pages"


def render_page(kind: str, lang: str) -> str:
    env = gcds.environment(lang=lang)
    words = WORDS[lang]
    title = words["title"] if kind == "ilp" else words["topic"]
    return env.from_string(PAGES[kind]).render(
        w=words, page_title=title, lang_href="/fr/" if lang == "en" else "/en/"
    )


@pytest.fixture(scope="module")
def landing_pages(site) -> dict[tuple[str, str], str]:
    urls = {}
    for kind in PAGES:
        for lang in WORDS:
            path = site.root / "pages" / f"landing-{kind}-{lang}.html"
            path.write_text(render_page(kind, lang), encoding="utf-8")
            urls[kind, lang] = f"{site.server.url}/pages/{path.name}"
    return urls


@pytest.mark.parametrize("kind", PAGES)
def test_one_h1_and_no_skipped_heading_level(kind: str) -> None:
    for lang in WORDS:
        levels = [int(n) for n in re.findall(r"<h([1-6])[\s>]", render_page(kind, lang))]
        assert levels.count(1) == 1, (kind, lang, levels)
        body = levels[levels.index(1) :]
        assert all(b - a <= 1 for a, b in pairwise(body)), (kind, lang, levels)


def test_landing_pages_are_valid_html(tmp_path) -> None:
    files = []
    for kind in PAGES:
        for lang in WORDS:
            html = render_page(kind, lang)
            assert missing_references(html) == [], (kind, lang)
            files.append(tmp_path / f"{kind}-{lang}.html")
            files[-1].write_text(html, encoding="utf-8")
    problems = html_validate(files, tmp_path / "report.json", config=PAGE_CONFIG)
    assert not problems, "html-validate found:\n" + "\n".join(problems)


# Each band's box and the left edge of its content; the page column's content edge.
_GEOMETRY = """() => {
  const contentLeft = el => {
    const box = el.getBoundingClientRect();
    return box.left + parseFloat(getComputedStyle(el).paddingLeft);
  };
  const column = document.querySelector('main .gcds-container--page');
  const bands = ['intro', 'featured-link', 'most-requested', 'contact-band']
    .map(name => document.querySelector(`.gcds-${name}`)).filter(Boolean);
  return {
    page: document.documentElement.clientWidth,
    column: contentLeft(column),
    bands: bands.map(band => ({
      name: band.className,
      left: band.getBoundingClientRect().left,
      width: band.getBoundingClientRect().width,
      content: contentLeft(band.querySelector('[class$="__inner"]')),
    })),
  };
}"""


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", list(WORDS))
@pytest.mark.parametrize("kind", list(PAGES))
def test_landing_page(browser, landing_pages, kind: str, lang: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(landing_pages[kind, lang], wait_until="load")
        page.wait_for_function("document.documentElement.classList.contains('gcds-js')")
        page.evaluate("document.fonts.ready.then(() => true)")
        geometry = page.evaluate(_GEOMETRY)
        for band in geometry["bands"]:
            assert band["left"] == 0 and band["width"] == geometry["page"], f"full width: {band}"
            assert abs(band["content"] - geometry["column"]) < 1, f"lined up: {band}, {geometry}"
        page.evaluate(CHECKS_SCRIPT)
        problems = axe_violations(page)
        problems += page.evaluate("gcdsChecks.reflow()")
        problems += keyboard_problems(page, "body")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{kind}-{lang}-{width}.png"), full_page=True)
        assert not problems, "\n".join(problems)
    finally:
        context.close()
