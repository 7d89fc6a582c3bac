"""discrepancy: compare what different news sources say about the same event.

The library API, one function per stage, for notebooks and scripts:

    import discrepancy as d
    sources, problems = d.load_sources(["sources"])
    rules = d.load_rules(["rules"])
    observations = d.extract(sources, rules)
    comparison = d.compare(sources, rules, observations, problems)
    print(d.render(comparison, "markdown"))

or all at once: `d.run(["sources"], ["rules"])`. Names are imported on first use so that
`discrepancy --help` does not pay for the grammars.
"""

from __future__ import annotations

__version__ = "0.1.0"

_API = {
    "load_sources": "sources", "Source": "sources", "SourceProblem": "sources",
    "load_rules": "rules", "Rule": "rules",
    "extract": "extract", "extract_text": "extract", "Observation": "extract",
    "compare": "compare", "Comparison": "compare", "Verdict": "compare", "agree": "compare",
    "render": "report", "render_observations": "report",
    "parse": "values", "Value": "values", "Published": "values",
    "InputError": "errors",
    "diff_reports": "diff",
}
__all__ = [*_API, "run"]


def __getattr__(name: str):
    if name in _API:
        import importlib
        return getattr(importlib.import_module(f".{_API[name]}", __name__), name)
    raise AttributeError(f"module 'discrepancy' has no attribute {name!r}")


def run(source_paths, rule_paths, jobs: int = 1, enable=None, disable=()):
    """Load, extract and compare in one call; returns a Comparison ready to render.

    Sources are streamed (read, extracted, dropped); jobs > 1 spreads large corpora over processes.
    """
    from .pipeline import run as run_pipeline

    return run_pipeline(source_paths, rule_paths, jobs, enable, disable)
