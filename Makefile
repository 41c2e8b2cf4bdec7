# Two commands do everything: `make demo` and `make test`. Both build .venv themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SHARED ?= ../shared

.PHONY: install demo test test-fast lint eval benchmark clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)  ## .venv with the `corroborate` command in .venv/bin/

demo: $(STAMP)  ## the main job on the bundled example articles
	$(BIN)/corroborate extract examples --format table

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy

test: lint  ## everything CI runs: ruff, mypy, all tests (slow ones too)
	$(BIN)/pytest -q

test-fast: $(STAMP)  ## quick local loop: no slow tests, no lint
	$(BIN)/pytest -q -m "not slow"

eval: $(STAMP)  ## the scores quoted in the README
	$(BIN)/corroborate eval articles $(SHARED)/examples
	$(BIN)/corroborate eval articles $(SHARED)/data/articles
	$(BIN)/corroborate eval case $(SHARED)/data/case2021
	$(BIN)/corroborate eval plover $(SHARED)/data/plover_gsr
	$(BIN)/corroborate eval articles examples
	$(BIN)/corroborate eval articles tests/fixtures/articles
	$(BIN)/corroborate eval ptc $(SHARED)/data/ptc

benchmark: $(STAMP)
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_dates.py
	$(BIN)/python benchmarks/bench_places.py
	$(BIN)/python benchmarks/bench_persuasion.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
