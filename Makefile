# accord: the two-command quickstart is `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= accord.duckdb
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test install test-deps browser-deps lint clean help

help:
	@echo "make demo   create .venv, install accord and its model, ingest data/sample (English) and data/sample-ru (Russian) into $(DB), print a summary"
	@echo "make test   install test dependencies and run the whole test suite"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip setuptools wheel

# installed once per change of pyproject.toml
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e ".[model,ru]"
	@touch $@

$(VENV)/.test-installed: pyproject.toml $(VENV)/.installed
	$(PIP) install -e ".[model,ru,test,spark,train]"
	@touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/accord ingest data/sample data/sample-ru/*.txt --db $(DB)
	$(BIN)/accord stats --db $(DB)
	@if $(BIN)/accord --help | grep -q '^  report'; then \
		$(BIN)/accord report --db $(DB) -o report.html --quiet && echo "report written to $$(pwd)/report.html"; \
	fi

# Debian's chromium and chromedriver for the viewer's browser test; skipped
# (the test then skips itself, saying why) where apt-get is not available.
browser-deps:
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
		|| echo "warning: could not install chromium; browser tests will be skipped"; \
	else echo "note: chromium not installed and apt-get unavailable; browser tests will be skipped"; fi

test-deps: $(VENV)/.test-installed browser-deps

lint: $(VENV)/.test-installed
	$(BIN)/ruff check src tests tools benchmarks
	$(BIN)/ruff format --check src tests tools benchmarks

test: test-deps lint
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(DB) $(DB).wal report.html .pytest_cache build dist src/*.egg-info
