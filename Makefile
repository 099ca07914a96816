# dotterel — the two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench install model calibration clean report

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/dotterel code examples --db dotterel.duckdb --format table --output -

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench training tools
	$(BIN)/ruff format --check src tests bench training tools
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/make_corpus.py --n 240 --output bench/corpus.jsonl
	$(BIN)/python bench/run_bench.py bench/corpus.jsonl

# A 188-article fictional crisis covered by six outlets: code it, measure dedup against
# the generator's ground truth, and render the report (bench/crisis/report.html).
report: $(STAMP)
	$(BIN)/python bench/crisis_corpus.py
	rm -f bench/crisis/crisis.duckdb
	$(BIN)/dotterel code bench/crisis/corpus.jsonl --db bench/crisis/crisis.duckdb --format jsonl --output /dev/null
	$(BIN)/python bench/dedup_quality.py --truth bench/crisis/truth.jsonl --db bench/crisis/crisis.duckdb
	$(BIN)/dotterel report --db bench/crisis/crisis.duckdb --output bench/crisis/report.html --png-dir bench/crisis/figures

# Rebuild the relation model from the project's own synthetic and authored sentences (fine-tunes MiniLM: about 26 minutes on 2 cores).
model: $(STAMP)
	$(BIN)/python training/train_relation_model.py

# Refit the calibration of event confidence on the authored sentences (about a minute).
calibration: $(STAMP)
	$(BIN)/python training/calibrate.py

clean:
	rm -rf $(VENV) dotterel.duckdb bench/corpus.jsonl bench/crisis .pytest_cache .mypy_cache .ruff_cache
