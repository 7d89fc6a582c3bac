# Two entry points for a fresh machine: `make report` and `make test`.
# Both create .venv on first use and install the package into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: report test bench clean

# Our modules are byte-compiled at install: where PYTHONDONTWRITEBYTECODE is set, every run
# would otherwise compile them again (0.1 s of the demo report).
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q discrepancy _discrepancy_launch.py
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/discrepancy report sources --rules rules --output reports/report.md

test: $(STAMP)
	$(BIN)/python -m pytest
	$(BIN)/discrepancy rules test rules

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) reports/report.md
