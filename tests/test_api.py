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


def _in_a_new_process(code: str) -> str:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    return done.stdout


def test_the_command_line_loads_no_stage_before_it_knows_its_command():
    # The package imports its modules on first use: `discrepancy --help` took 0.1 s more for them.
    loaded = _in_a_new_process("import sys, discrepancy.cli\n"
                               "print(sorted(m for m in sys.modules if m.startswith('discrepancy')))")
    assert loaded == "['discrepancy', 'discrepancy.cli', 'discrepancy.errors', 'discrepancy.interrupt']\n"


def test_the_api_names_are_the_functions_whichever_module_is_imported_first():
    printed = _in_a_new_process(
        "import sys\n"
        "import discrepancy.compare, discrepancy.extract\n"  # the modules first: the package's names stay functions
        "import discrepancy as d\n"
        "print(d.compare is sys.modules['discrepancy.compare'].compare, d.extract.__module__, callable(d.extract))\n"
        "from discrepancy import compare, extract, load_rules, Value\n"
        "print(compare is d.compare, extract is d.extract, load_rules.__module__, Value.__module__)\n"
        "print(d.rules.__name__, d.pattern_cache.__name__, set(d.__all__) <= set(dir(d)))\n"
        "print(hasattr(d, 'no_such_name'), hasattr(d, '__main__'))\n")
    assert printed == ("True discrepancy.extract True\n"
                       "True True discrepancy.rules discrepancy.values\n"
                       "discrepancy.rules discrepancy.pattern_cache True\n"
                       "False False\n")
