# Whatson — the two commands (`make run`, `make test`) and their friends.
# Everything installs into .venv; nothing outside this folder is touched.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format bench eval install clean worker beat

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

## run: install, migrate, load demo cities and sources, ingest them, and serve http://$(HOST):$(PORT)
# The links it prints and mails (the admin login, digests) point at the address it serves, unless SITE_URL says.
run: export SITE_URL ?= http://$(HOST):$(PORT)
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo --fetch
	@echo "Serving Whatson on http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	$(PY) manage.py runserver $(HOST):$(PORT)

## test: the whole suite (REQUIRE_SERVICES=1 makes missing PostgreSQL/Redis/Chromium a failure), in WORKERS
## processes (pytest-xdist; two per core by default, at most 8, WORKERS=0 for one process); the slowest tests are
## listed at the end, to keep CI inside its 20 minutes
# Two per core: much of the suite waits on child processes, sockets, a browser or a fault's sleep, and a second
# worker per core keeps the core busy meanwhile (on 2 cores: 9 minutes instead of 17). Timed checks measure CPU
# time, not the wall clock, so sharing a core does not fail them.
WORKERS ?= $(shell $(PYTHON) -c "import os; print(min(8, 2 * (os.cpu_count() or 1)))")
# Each worker imports every test module, and pytest rewrites each module's asserts on import: about 17 s of CPU per
# process when nothing is cached. Where PYTHONDONTWRITEBYTECODE is set (some machines and images set it) nothing ever
# is, so every worker paid it on every run. The test run writes bytecode whatever the environment says, and two
# collect-only passes side by side fill the cache first, so the workers start from it (on 2 cores: 25 s less). The
# processes tests start (commands, workers, servers) import the project from bytecode too: 1.8 s each, not 4 to 5.
test: export PYTHONDONTWRITEBYTECODE =
test: install
	@if [ "$(WORKERS)" != "0" ]; then \
	  $(PY) -m pytest --collect-only -q -p no:cacheprovider tests/sources >/dev/null 2>&1 & \
	  $(PY) -m pytest --collect-only -q -p no:cacheprovider tests --ignore=tests/sources >/dev/null 2>&1; \
	  wait; fi
	$(PY) -m pytest -n $(WORKERS) --dist worksteal --durations=25

lint: export PYTHONDONTWRITEBYTECODE =
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(PY) manage.py makemigrations --check --dry-run --settings=config.settings.test

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## bench: speed figures (see bench/README.md); EVENTS=100000 by default for the pipeline bench
EVENTS ?= 100000
bench: install
	$(PY) bench/ingest.py
	$(PY) bench/pipeline.py --events $(EVENTS)
	$(PY) bench/categorize.py
	$(PY) bench/http_load.py --database whatson_bench
	$(PY) bench/realtime.py
	$(PY) bench/digests.py
	$(PY) bench/interactions.py
	$(PY) bench/recommendations.py
	$(PY) bench/rsvps.py
	$(PY) bench/extract_large.py

## eval: extraction, de-duplication and categories on real third-party files (bench/corpus/README.md)
eval: install
	$(PY) bench/eval.py

worker: install
	$(VENV)/bin/celery -A config worker -l info -Q default,fetch,process,transactional,email

beat: install
	$(VENV)/bin/celery -A config beat -l info

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .mypy_cache .ruff_cache
