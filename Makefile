# gcds — `make demo` serves the docs site and the example Django site; `make test` runs every test. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VENV_STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
DEMO_HOST ?= 127.0.0.1
# make demo PORT=9000: the docs on 9000, the example Django site on the next port.
PORT ?= 8000
DEMO_PORT := $(PORT)
DJANGO_DEMO_PORT ?= $(shell expr $(PORT) + 1)
DJANGO_SITE := examples/django_site/manage.py
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup assets css docs demo demo-django test lint format update-baselines bench chromium clean

help:
	@echo "make demo              set up, then serve the docs site on http://$(DEMO_HOST):$(DEMO_PORT)/"
	@echo "                       and the example Django site on http://$(DEMO_HOST):$(DJANGO_DEMO_PORT)/"
	@echo "make demo-django       the example Django site alone (examples/django_site)"
	@echo "make test              set up (venv, npm packages, Chromium), then run every test"
	@echo "make css | assets      compile the CSS | the specs, CSS and gcds.js"
	@echo "make docs              build the docs site into site/"
	@echo "make update-baselines  rewrite the visual and accessibility-tree baselines (read test-results/ first)"
	@echo "make bench             render speed and asset sizes"

$(VENV_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,docs,flask,django,wtforms]'
	touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV_STAMP) $(NPM_STAMP) chromium

chromium:
	@sh scripts/ensure_chromium.sh $(BIN)/python

assets: $(VENV_STAMP)
	$(BIN)/python scripts/build_assets.py

css: $(VENV_STAMP)
	$(BIN)/python scripts/build_css.py

docs: assets
	$(BIN)/mkdocs build --strict

# The Django site runs in the background while mkdocs serves; it stops when mkdocs does.
demo: assets
	@$(BIN)/python $(DJANGO_SITE) compile_catalogues
	@echo "gcds docs: http://$(DEMO_HOST):$(DEMO_PORT)/"
	@echo "gcds Django example: http://$(DEMO_HOST):$(DJANGO_DEMO_PORT)/en/apply/ (French: /fr/demande/)"
	@$(BIN)/python $(DJANGO_SITE) runserver --noreload $(DEMO_HOST):$(DJANGO_DEMO_PORT) & django=$$!; \
	trap 'kill $$django 2>/dev/null' EXIT INT TERM; \
	$(BIN)/mkdocs serve --no-livereload -a $(DEMO_HOST):$(DEMO_PORT)

demo-django: assets
	@$(BIN)/python $(DJANGO_SITE) compile_catalogues
	@echo "gcds Django example: http://$(DEMO_HOST):$(DJANGO_DEMO_PORT)/en/apply/ (French: /fr/demande/)"
	$(BIN)/python $(DJANGO_SITE) runserver $(DEMO_HOST):$(DJANGO_DEMO_PORT)

lint: $(VENV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: setup assets lint
	$(BIN)/python -m pytest -n auto --dist loadgroup

update-baselines: setup assets
	GCDS_UPDATE_BASELINES=1 $(BIN)/python -m pytest tests/test_visual.py tests/test_accessibility_tree.py tests/test_pages.py tests/test_session_timeout_js.py -k 'not test_session_timeout_js or looks_as_before' -q

bench: setup assets
	$(BIN)/python -m pip install --quiet 'govuk-frontend-jinja==4.1.0'
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/forms_page.py

clean:
	rm -rf $(VENV) node_modules site dist build test-results gcds/_generated gcds/static/gcds/css gcds/static/gcds/js
	rm -f examples/django_site/licence/locale/*/LC_MESSAGES/*.mo
