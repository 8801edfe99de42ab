"""GC Feedback on a Flask page, in English and French.

The page posts the feedback form to itself: ``gcds.feedback.read`` reads the post, says which
state to show next, and the page is rendered again in that state.

Run it with ``flask --app feedback_flask run`` and open
http://127.0.0.1:5000/en/child-benefit or http://127.0.0.1:5000/fr/child-benefit.
"""

from flask import Flask, abort, render_template_string, request, url_for

from gcds import feedback
from gcds.flask import Gcds

# In a real app this lives in templates/child_benefit.html and you call render_template().
PAGE = """\
{% extends "gcds/page.html" %}
{% block content %}
<h1>{{ heading }}</h1>
<p>{{ summary }}</p>
{% endblock %}
"""

TEXT = {
    "en": {
        "heading": "Canada Child Benefit",
        "summary": "The Canada Child Benefit is a tax-free monthly payment to eligible "
        "families to help with the cost of raising children under 18.",
        "institution": {
            "text": "Canada Revenue Agency",
            "href": "https://www.canada.ca/en/revenue-agency.html",
        },
        "contact": {
            "text": "Contact the Canada Revenue Agency",
            "href": "https://www.canada.ca/en/revenue-agency/corporate/contact-information.html",
        },
    },
    "fr": {
        "heading": "Allocation canadienne pour enfants",
        "summary": "L’Allocation canadienne pour enfants est un paiement mensuel non imposable "
        "versé aux familles admissibles pour les aider à subvenir aux besoins de leurs enfants "
        "de moins de 18 ans.",
        "institution": {
            "text": "Agence du revenu du Canada",
            "href": "https://www.canada.ca/fr/agence-revenu.html",
        },
        "contact": {
            "text": "Communiquer avec l’Agence du revenu du Canada",
            "href": "https://www.canada.ca/fr/agence-revenu/organisation/coordonnees.html",
        },
    },
}

#: The feedback this example received. A real service writes each record to its own store.
RECEIVED: list[dict[str, str]] = []

app = Flask(__name__)
Gcds(app)


@app.route("/<lang>/child-benefit", methods=["GET", "POST"])
def child_benefit(lang: str):
    if lang not in TEXT:
        abort(404)
    text = TEXT[lang]
    other = "fr" if lang == "en" else "en"
    lang_href = url_for("child_benefit", lang=other, _external=True)
    next_state = {"state": "question"}
    if request.method == "POST":
        submission = feedback.read(request.form, lang=lang)
        if submission.complete:
            RECEIVED.append(submission.record())
        next_state = submission.params()
    tool = {
        "action": url_for("child_benefit", lang=lang),
        "theme": "Benefits",
        "contact": text["contact"],
        **next_state,
    }
    return render_template_string(
        PAGE,
        lang=lang,
        lang_href=lang_href,
        page_title=text["heading"],
        page_url=url_for("child_benefit", lang=lang, _external=True),
        has_errors=next_state["state"] == "error",
        # The end of <main>: the feedback tool, "From:" and the date modified. The page
        # fills the tool's hidden fields from its own title, URL, other language and creator.
        feedback=tool,
        contributors=[text["institution"]],
        creator=text["institution"]["text"],
        date_modified="2025-03-14",
        **text,
    )


if __name__ == "__main__":
    app.run(debug=True)
