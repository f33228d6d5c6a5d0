# make demo: set up everything, load the bundled example, serve.
# make test: set up everything, run the whole suite (then CI repeats it on PostgreSQL).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APT_PACKAGES := chromium poppler-utils libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core redis-server postgresql-client gettext
PORT ?= 8000
# Two pytest-xdist workers: the browser tests on one, the rest on the other (tests/conftest.py).
PYTEST_ARGS ?= -n 2 --dist loadgroup

.PHONY: demo test test-only setup system python frontend messages lint clean bench

demo: setup
	$(BIN)/moot demo --port $(PORT)

test: setup lint test-only

test-only:
	$(BIN)/pytest $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

setup: system python frontend messages

# System packages from Debian (Chromium for browser tests, pdftoppm, WeasyPrint's Pango,
# Node.js for the front-end build). Installed only when something is missing.
system:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v node >/dev/null 2>&1 || missing="$$missing nodejs"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

python: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

frontend: moot/portal/build/.built

moot/portal/build/.built: package.json package-lock.json scripts/build-frontend.mjs
	npm ci --no-audit --no-fund --loglevel=error
	node scripts/build-frontend.mjs
	touch $@

# The Welsh text of the public pages' own words (moot/portal/locale), compiled by msgfmt.
messages: moot/portal/locale/cy/LC_MESSAGES/django.mo

%.mo: %.po
	msgfmt -o $@ $<

bench: setup
	$(BIN)/python bench/bench_pack.py
	$(BIN)/python bench/bench_import.py

clean:
	rm -rf $(VENV) node_modules moot/portal/build var
