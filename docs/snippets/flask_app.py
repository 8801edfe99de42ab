"""A complete Flask app using gcds, in English and French.

Run it with ``flask --app flask_app run`` (or ``python flask_app.py``) and open
http://127.0.0.1:5000/en/ or http://127.0.0.1:5000/fr/.
"""

from flask import Flask, abort, redirect, render_template_string

from gcds.flask import Gcds

# In a real app this lives in templates/home.html and you call render_template().
HOME = """\
{% extends "gcds/page.html" %}
{% block title %}{{ heading }} - Canada.ca{% endblock %}
{% block content %}
<h1>{{ heading }}</h1>
<form method="post">
  {{ gcds.button(text=start, href="/" ~ lang ~ "/apply", variant="start") }}
  {{ gcds.button(text=save, variant="secondary") }}
</form>
{% endblock %}
"""

TEXT = {
    "en": {"heading": "Apply for a fishing licence", "start": "Start now", "save": "Save as draft"},
    "fr": {
        "heading": "Demander un permis de pêche",
        "start": "Commencer maintenant",
        "save": "Enregistrer comme brouillon",
    },
}

app = Flask(__name__)
app.config["GCDS_LANG"] = "en"  # used when a request has no language of its own
Gcds(app)  # serves /_gcds/static/… and adds `gcds` to every template


@app.get("/")
def index():
    return redirect("/en/")


@app.route("/<lang>/", methods=["GET", "POST"])  # POST: "Save as draft"
def home(lang: str):
    # gcds reads the `lang` view arg: the skip link and other built-in text follow it.
    if lang not in TEXT:
        abort(404)
    return render_template_string(HOME, lang=lang, **TEXT[lang])


if __name__ == "__main__":
    app.run(debug=True)
