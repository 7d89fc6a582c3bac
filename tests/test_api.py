"""The library API a notebook user calls, exactly as the README shows it."""

from __future__ import annotations

import re

from conftest import REPO


def test_the_readme_library_example_runs_as_written(monkeypatch, capsys):
    monkeypatch.chdir(REPO)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = re.search(r"## As a library\n\n```python\n(.*?)```", readme, re.DOTALL)[1]
    import discrepancy.compare  # noqa: F401 - importing the stage modules must not hide the functions
    import discrepancy.extract  # noqa: F401
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "### How many Russians were detained in Belarus?" in printed
    assert "russians-detained disagreement 33\n" in printed
    assert "pompeo-visit disagreement None\n" in printed


def test_stage_functions_compose_to_the_same_comparison_as_run(monkeypatch):
    import discrepancy as d

    monkeypatch.chdir(REPO)
    sources, problems = d.load_sources(["sources"])
    rules = d.load_rules(["rules"])
    staged = d.compare(sources, rules, d.extract(sources, rules), problems)
    assert d.render(staged, "json") == d.render(d.run(["sources"], ["rules"]), "json")
