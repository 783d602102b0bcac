# Tablo: `make run` starts the server with a demo base; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
WEB_STAMP := server/static/dist/.vite/manifest.json
WEB_SOURCES := $(shell find web/src web/index.html web/package.json web/package-lock.json web/vite.config.ts -type f 2>/dev/null)

.PHONY: install run test test-future lint web bench clean

install: $(VENV)/.installed web

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

web: $(WEB_STAMP)

$(WEB_STAMP): $(WEB_SOURCES)
	@if [ -f web/package.json ]; then cd web && npm ci --no-audit --no-fund && npm run build; fi
	@mkdir -p $(dir $@) && touch $@

run: install
	$(BIN)/tablo init
	$(BIN)/tablo demo --if-empty
	$(BIN)/tablo serve

lint: $(VENV)/.installed
	$(BIN)/ruff check server tests bench

test: install lint
	@if [ -f web/package.json ]; then cd web && npm test; fi
	$(BIN)/pytest -n 2 --dist loadgroup -q $(PYTEST_ARGS)

# The server-side suite with the clock a year ahead: no test may depend on the calendar
# (docs/testing.md). Needs Debian's faketime.
test-future: install
	PYTHONPATH=$(CURDIR)/tests/clock FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f '+365d' $(BIN)/pytest -n 2 --dist loadgroup -q --ignore=tests/browser -m "not browser" $(PYTEST_ARGS)

bench: install
	$(BIN)/python bench/foundation.py

clean:
	rm -rf $(VENV) server/static/dist web/node_modules .pytest_cache
