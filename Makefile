# Two entry points a newcomer needs: `make site` and `make test`.
# Both create .venv with Python 3.11 and install the pinned dependencies first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium

.PHONY: site docs test install browser lint clean bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Generate docs/ from seeds/ and build site/ (works offline, from file:// too).
site: $(STAMP)
	$(BIN)/briefing build --articles seeds --docs docs --site site

## Regenerate only the Markdown under docs/ (commit it: the golden test compares).
docs: $(STAMP)
	$(BIN)/briefing generate --articles seeds --docs docs

## Debian's Chromium for the browser tests (never a downloaded browser).
browser:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  fi; }

## Run the whole test suite, with lint and type checks.
test: $(STAMP) browser
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

## Benchmarks (about an hour on 2 cores; never part of make test): the tables of README's Performance section.
bench: $(STAMP) browser
	$(BIN)/python bench/run.py --count 1000 --count 5000

lint: $(STAMP)
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy

clean:
	rm -rf site .briefing .cache
