# callpulse: `make demo` runs the embedded pipeline end to end; `make test` runs every test.
# Both create the virtualenv and install what they need on a fresh machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install demo test lint format bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: install
	$(BIN)/callpulse demo

test: install
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	if command -v taskset >/dev/null; then taskset -c 0 $(BIN)/python bench/pipeline.py; else $(BIN)/python bench/pipeline.py; fi

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
