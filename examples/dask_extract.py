"""Extraction as the map step of a Dask job, comparison as the reduce step.

    pip install '.[dask]'
    python examples/dask_extract.py sources rules > report.md

Each article is extracted on its own by `extract_file` (a pure function of the file, its
folder's manifest and the rules), wherever Dask runs it; `compare_records` then compares
every record at once. The report is byte-identical to `discrepancy report --format markdown`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import dask.bag as db

import discrepancy as d
from discrepancy.pipeline import compare_records, extract_file
from discrepancy.sources import find_article_files


def report(sources: str, rules: str, scheduler: str = "processes") -> str:
    files, problems = find_article_files([Path(sources)])
    if problems:
        raise SystemExit("\n".join(f"{p.path}: {p.message}" for p in problems))
    records = (db.from_sequence([str(f) for f in files], npartitions=max(1, min(len(files), 64)))
               .map(extract_file, rule_paths=[rules])
               .flatten())
    comparison = compare_records(records.compute(scheduler=scheduler), [rules])
    return d.render(comparison, "markdown")


if __name__ == "__main__":
    sys.stdout.write(report(*sys.argv[1:3]))
