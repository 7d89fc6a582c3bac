"""discrepancy: compare what different news sources say about the same event.

The library API, one function per stage, for notebooks and scripts:

    import discrepancy as d
    sources, problems = d.load_sources(["sources"])
    rules = d.load_rules(["rules"])
    observations = d.extract(sources, rules)
    comparison = d.compare(sources, rules, observations, problems)
    print(d.render(comparison, "markdown"))

or all at once: `d.run(["sources"], ["rules"])`. Names are imported on first use so that
`discrepancy --help` does not pay for rich and tabulate.
"""

from __future__ import annotations

__version__ = "0.1.0"

# The stages are imported here, not on first use: a submodule import would otherwise put the
# module `discrepancy.extract` where the function `discrepancy.extract` should be.
from .compare import Comparison, Verdict, agree, compare  # noqa: E402
from .errors import InputError  # noqa: E402
from .extract import Observation, extract, extract_text  # noqa: E402
from .rules import Rule, load_rules  # noqa: E402
from .sources import Source, SourceProblem, load_sources  # noqa: E402
from .values import Published, Value, parse  # noqa: E402

__all__ = ["Comparison", "InputError", "Observation", "Published", "Rule", "Source", "SourceProblem", "Value",
           "Verdict", "agree", "compare", "diff_reports", "extract", "extract_text", "load_rules", "load_sources",
           "parse", "render", "render_observations", "run"]


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
