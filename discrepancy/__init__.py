"""discrepancy: compare what different news sources say about the same event.

The library API, one function per stage, for notebooks and scripts:

    import discrepancy as d
    sources, problems = d.load_sources(["sources"])
    rules = d.load_rules(["rules"])
    observations = d.extract(sources, rules)
    comparison = d.compare(sources, rules, observations, problems)
    print(d.render(comparison, "markdown"))

or all at once: `d.run(["sources"], ["rules"])`. Names are imported on first use, so that the
command line does not load the whole library (0.1 s) before it knows the command: `discrepancy
--help` never needs it, `discrepancy rules schema` nor `diff` either.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

__version__ = "0.1.0"

# Each name of the library API and the module it comes from.
_HOMES = {"Comparison": "compare", "Verdict": "compare", "agree": "compare", "compare": "compare",
          "InputError": "errors", "Observation": "extract", "extract": "extract", "extract_text": "extract",
          "Rule": "rules", "load_rules": "rules", "Source": "sources", "SourceProblem": "sources",
          "load_sources": "sources", "Published": "values", "Value": "values", "parse": "values"}

__all__ = ["Comparison", "InputError", "Observation", "Published", "Rule", "Source", "SourceProblem", "Value",
           "Verdict", "agree", "compare", "diff_reports", "extract", "extract_text", "load_rules", "load_sources",
           "parse", "render", "render_observations", "run"]


def __getattr__(name: str):
    """A name of the API, imported now; or a module of the package, as `discrepancy.rules` was
    when the package imported every module at once."""
    home = _HOMES.get(name)
    if home is not None:
        found = getattr(importlib.import_module(f"{__name__}.{home}"), name)
        globals()[name] = found
        return found
    if not name.startswith("_"):  # never __main__, which would run the command line
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Library(ModuleType):
    """The package, whose `compare` and `extract` stay the functions once their modules are
    imported: the import system sets each module it imports as an attribute of its package."""

    def __setattr__(self, name: str, value) -> None:
        if name in _HOMES and isinstance(value, ModuleType):
            return  # the module is in sys.modules["discrepancy.compare"], as ever
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Library


def render(comparison, fmt: str, *, color: bool = False, width: int = 100) -> str:
    """The report in `fmt` ("terminal", "markdown", "json" or "github")."""
    from .report import render as render_report
    return render_report(comparison, fmt, color=color, width=width)


def render_observations(comparison, fmt: str, *, color: bool = False, width: int = 100) -> str:
    """Every value extracted, grouped per source, in `fmt`."""
    from .report import render_observations as render_found
    return render_found(comparison, fmt, color=color, width=width)


def diff_reports(old, new):
    """What changed between two JSON reports (loaded as dicts)."""
    from .diff import diff_reports as diff
    return diff(old, new)


def run(source_paths, rule_paths, jobs: int = 1, enable=None, disable=()):
    """Load, extract and compare in one call; returns a Comparison ready to render.

    Sources are streamed (read, extracted, dropped); jobs > 1 spreads large corpora over processes.
    """
    from .pipeline import run as run_pipeline

    return run_pipeline(source_paths, rule_paths, jobs, enable, disable)
