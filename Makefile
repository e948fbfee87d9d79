# Two entry points a newcomer needs: `make site` and `make test`.
# Both create .venv with Python 3.11 and install the pinned dependencies first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test install lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Generate docs/ from seeds/ and build site/ (offline-capable).
site: $(STAMP)
	$(BIN)/briefing build --articles seeds --docs docs --site site

## Run the whole test suite, with lint and type checks.
test: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	$(BIN)/mypy

clean:
	rm -rf site .briefing
