# The front door. `make run` and `make test` are all a newcomer needs (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_PASSWORD ?= sme2go-demo
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format bench install migrate demo clean messages compilemessages backup restore load browser-deps validate
# The browser checks' npm packages (axe-core, the W3C Nu checker vnu-jar), pinned in package-lock.json.
NODE_DIR := tests/browser
NODE_READY := $(NODE_DIR)/node_modules/.installed
VNU_JAR := $(NODE_DIR)/node_modules/vnu-jar/build/dist/vnu.jar
PAGES := build/pages

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "Python 3.11 or newer is needed; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)."; \
	  echo "Name another one, e.g.: make run PYTHON=python3.12"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

install: $(VENV)/.installed compilemessages

## make compilemessages: the translation catalogues, compiled with Python (no GNU gettext needed)
compilemessages: | $(VENV)/.installed
	@$(BIN)/python -m sme2go.i18n compile

## make messages: re-extract the msgids (needs GNU gettext), then list what is left to translate
messages: install
	DJANGO_DEBUG=true $(BIN)/python manage.py makemessages \
	  -l sv -l fi -l et -l zh_Hans --ignore=.venv --ignore=staticfiles --ignore=static --ignore=bench
	-$(BIN)/python -m sme2go.i18n check

$(NODE_READY): $(NODE_DIR)/package.json $(NODE_DIR)/package-lock.json
	cd $(NODE_DIR) && npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

## make browser-deps: axe-core and vnu-jar from npm (without npm the browser tests say they skip)
browser-deps:
	@if command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory $(NODE_READY); \
	else echo "npm is missing (apt-get install npm): the browser tests will be skipped, saying so"; fi

## make run: install, migrate, load the demo story and serve http://127.0.0.1:8000 with a
## background-job worker
run: export DJANGO_DEBUG ?= true
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo --password "$(DEMO_PASSWORD)"
	@echo ""
	@echo "Open http://$(HOST):$(PORT)/ (staff: http://$(HOST):$(PORT)/admin/). Ctrl-C stops."
	@# One background-job worker beside the web server; it stops with it.
	$(BIN)/python manage.py db_worker & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(BIN)/python manage.py runserver $(HOST):$(PORT)

## make test: lint, migration check, deploy check with production settings, the test suite
test: install browser-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_DEBUG=true $(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_DEBUG=false DJANGO_ALLOWED_HOSTS=trips.example.org \
	  DJANGO_SECRET_KEY="$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
	  $(BIN)/python manage.py check --deploy --fail-level WARNING
	@# The production image collects static files through the manifest storage; a missing
	@# file referenced from CSS or JS fails here rather than in the Docker build.
	DJANGO_DEBUG=false DJANGO_ALLOWED_HOSTS=build DJANGO_SECRET_KEY=collectstatic-only \
	  $(BIN)/python manage.py collectstatic --noinput --clear -v0
	$(BIN)/pytest

## make validate: the W3C Nu HTML checker over every page the browser journeys visited (saved in
## build/pages by the last test run; without them the journeys run first)
validate: install
	@command -v npm >/dev/null 2>&1 || { echo "make validate needs npm (apt-get install npm)"; exit 1; }
	@command -v java >/dev/null 2>&1 || { echo "make validate needs Java (apt-get install default-jre-headless)"; exit 1; }
	@$(MAKE) --no-print-directory $(NODE_READY)
	@ls $(PAGES)/*.html >/dev/null 2>&1 || $(BIN)/pytest tests/browser
	@ls $(PAGES)/*.html >/dev/null 2>&1 || { echo "No pages to validate: the browser journeys were skipped (see their reason)"; exit 1; }
	@echo "Validating $$(ls $(PAGES)/*.html | wc -l) pages with the W3C Nu checker"
	java -jar $(VNU_JAR) --errors-only --skip-non-html $(PAGES)
	@echo "No HTML errors."

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## make bench: every target of issue 13 at 1,000,000 people on PostgreSQL (DATABASE_URL's server;
## the data is generated once into <name>_bench and kept), appended to bench/RESULTS.md.
## make bench BENCH_ARGS=--quick: the same measurements on a small throw-away database.
bench: install
	$(BIN)/python -m bench $(BENCH_ARGS)

## make backup [FILE=path]: pg_dump of the configured PostgreSQL database (into backups/)
backup: install
	$(BIN)/python -m tools.backup backup $(if $(FILE),--file "$(FILE)")

## make restore FILE=backups/….dump: replace the configured database with a backup
restore: install
	@test -n "$(FILE)" || { echo "Name the backup to restore: make restore FILE=backups/….dump"; exit 1; }
	$(BIN)/python -m tools.backup restore "$(FILE)"

## make load: a bounded load run against gunicorn on PostgreSQL, then the same with the
## database connections killed twice (see tools/load.py; LOAD_ARGS=--help for options)
load: install
	$(BIN)/python -m tools.load $(LOAD_ARGS)

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 $(NODE_DIR)/node_modules build shots
