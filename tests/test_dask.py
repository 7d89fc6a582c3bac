"""Extraction runs as the map step of an existing engine: Dask, on its local scheduler."""

from __future__ import annotations

import importlib.util
import sys

from conftest import REPO, run_cli


def test_a_dask_bag_gives_the_same_report_as_discrepancy_report(monkeypatch):
    monkeypatch.chdir(REPO)
    spec = importlib.util.spec_from_file_location("dask_extract", REPO / "examples" / "dask_extract.py")
    example = importlib.util.module_from_spec(spec)
    sys.modules["dask_extract"] = example
    spec.loader.exec_module(example)
    expected = run_cli("report", "sources", "--rules", "rules", "--format", "markdown").stdout
    assert example.report("sources", "rules", scheduler="processes") == expected
    assert example.report("sources", "rules", scheduler="threads") == expected


def test_extract_file_is_one_articles_records():
    from discrepancy.pipeline import extract_file

    lines = extract_file(REPO / "sources" / "004_b7662e16b4581a0c.txt", [str(REPO / "rules")])
    assert [line.split('"record": ')[1].split('"')[1] for line in lines] == ["source"] + ["observation"] * 5
