# The front door. `make run` and `make test` are all a newcomer needs (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_PASSWORD ?= sme2go-demo
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format bench install migrate demo clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "Python 3.11 or newer is needed; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)."; \
	  echo "Name another one, e.g.: make run PYTHON=python3.12"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

install: $(VENV)/.installed

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
test: install
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

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
