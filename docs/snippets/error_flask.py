"""Canada.ca error pages in a Flask app: one line after ``Gcds(app)``.

Run it with ``flask --app error_flask run`` and open http://127.0.0.1:5000/fr/permits/42
(the 404 page in French), http://127.0.0.1:5000/permits (no language in the address: the
bilingual 404 page) or http://127.0.0.1:5000/en/renew (the 503 page in English).
"""

from flask import Flask, abort

from gcds.flask import Gcds, register_error_pages

app = Flask(__name__)
Gcds(app)
register_error_pages(app)  # 404, 500 and 503: Canada.ca error pages in the request's language

PERMITS = {"en": {"7": "Sport fishing permit"}, "fr": {"7": "Permis de pêche sportive"}}


@app.get("/<lang>/permits/<number>")
def permit(lang: str, number: str):
    if number not in PERMITS.get(lang, {}):
        abort(404)  # the 404 page, in the language of the address
    return PERMITS[lang][number]


@app.get("/<lang>/renew")
def renew(lang: str):
    # Renewals are closed for maintenance: the 503 page.
    abort(503)


if __name__ == "__main__":
    app.run()
