"""What changed between two JSON reports, so a pull request is judged on what it changed.

`diff_reports(old, new)` is a pure function over two loaded report documents (as written by
`discrepancy report --format json`). A fact is compared by rule id: its status, its
consensus, the values each source states, with how each stands (✓ ⇄ ✗), and its rule's
`tolerance`, which may be why a mark changed. `load_report` reads one such file and turns
anything unreadable into an `InputError` naming it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

DISAGREEMENT = "disagreement"
NOTHING = ()  # a source's values for a fact it does not state


@dataclass(frozen=True)
class SourceValues:
    """What one source said about one fact before and after; () when it said nothing."""

    source: str
    old: tuple[str, ...]
    new: tuple[str, ...]


@dataclass(frozen=True)
class FactChange:
    """One fact that changed. A status of None means the fact is not in that report."""

    rule: str
    question: str
    old_status: str | None
    new_status: str | None
    old_consensus: str | None
    new_consensus: str | None
    values: tuple[SourceValues, ...]  # only the sources whose values changed, by path
    old_tolerance: str | None = None  # the rule's tolerance in words ("1 day"), None where zero
    new_tolerance: str | None = None

    @property
    def category(self) -> str:
        """Exactly one of: new disagreement, resolved, added, removed, changed."""
        if self.new_status == DISAGREEMENT and self.old_status != DISAGREEMENT:
            return "new_disagreement"
        if self.new_status is None:
            return "removed"
        if self.old_status == DISAGREEMENT and self.new_status != DISAGREEMENT:
            return "resolved"
        if self.old_status is None:
            return "added"
        return "changed"


CATEGORIES = ("new_disagreement", "resolved", "changed", "added", "removed")


@dataclass(frozen=True)
class ReportDiff:
    facts: tuple[FactChange, ...]  # every fact that changed, by rule id
    sources_added: tuple[str, ...]
    sources_removed: tuple[str, ...]

    def of(self, category: str) -> tuple[FactChange, ...]:
        return tuple(f for f in self.facts if f.category == category)

    @property
    def introduces_disagreements(self) -> bool:
        """True when the new report disagrees on a fact the old one did not: what fails a pull request."""
        return bool(self.of("new_disagreement"))

    @property
    def is_empty(self) -> bool:
        return not (self.facts or self.sources_added or self.sources_removed)


def diff_reports(old: dict, new: dict) -> ReportDiff:
    """Every fact whose status, consensus or per-source values differ, and the sources added or removed."""
    old_facts, new_facts = _verdicts(old), _verdicts(new)
    old_tolerances, new_tolerances = _tolerances(old), _tolerances(new)
    changes = [fact_change(old_facts.get(rule), new_facts.get(rule), old_tolerances.get(rule), new_tolerances.get(rule))
               for rule in sorted(old_facts | new_facts)]
    old_sources, new_sources = _source_paths(old), _source_paths(new)
    return ReportDiff(tuple(c for c in changes if c is not None),
                      tuple(sorted(new_sources - old_sources)), tuple(sorted(old_sources - new_sources)))


def fact_change(old: dict | None, new: dict | None, old_tolerance: str | None = None,
                new_tolerance: str | None = None) -> FactChange | None:
    """How one fact changed between two verdicts (either may be missing) and its rule's
    tolerances (in words); None when nothing did. A tolerance is compared only where both
    reports hold the fact: a fact added or removed says so itself."""
    either = new or old
    marked = _marked(old) and _marked(new)  # a mark that came with a second source says no more than the status
    old_values, new_values = values_by_source(old, marked), values_by_source(new, marked)
    changed_values = tuple(SourceValues(source, old_values.get(source, NOTHING), new_values.get(source, NOTHING))
                           for source in sorted(old_values | new_values)
                           if old_values.get(source, NOTHING) != new_values.get(source, NOTHING))
    if old is None or new is None:
        old_tolerance = new_tolerance = None
    change = FactChange(either["rule"], either["question"], _status(old), _status(new),
                        consensus_text(old), consensus_text(new), changed_values, old_tolerance, new_tolerance)
    unchanged = (change.old_status == change.new_status and change.old_consensus == change.new_consensus
                 and not changed_values and old_tolerance == new_tolerance)
    return None if unchanged else change


def values_by_source(verdict: dict | None, marked: bool = False) -> dict[str, tuple[str, ...]]:
    """{source: the values it states, sorted} from a verdict's claims; `marked`, each with its
    mark ("✗ RON 241,612,300"), so that a claim that came to agree, in the compared unit or
    another, changed though its value did not."""
    from .report.content import MARKS  # here: reading two JSON reports needs none of the pipeline
    found: dict[str, list[tuple[str, str]]] = {}
    for claim in (verdict or {}).get("claims", []):
        mark = MARKS.get(claim.get("standing"), "") if marked else ""
        found.setdefault(claim["source"], []).append((claim["value"]["display"], mark))
    return {source: tuple(f"{mark} {value}".lstrip() for value, mark in sorted(values)) for source, values in found.items()}


def _marked(verdict: dict | None) -> bool:
    """Does the report mark the verdict's claims (✓ ⇄ ✗)? Only where two sources or more are compared."""
    claims = (verdict or {}).get("claims", [])
    return len({claim["source"] for claim in claims if claim.get("standing", "not_compared") != "not_compared"}) >= 2


def consensus_text(verdict: dict | None) -> str | None:
    """The consensus as the reports show it: None without a verdict, or with one source stating the fact."""
    if verdict is None or verdict["status"] == "uncorroborated":
        return None
    if verdict["consensus"] is not None:
        return verdict["consensus"]["display"]
    if verdict["tie"]:
        from .report.content import tie_text  # here: reading two JSON reports needs none of the pipeline
        compared = {c["source"] for c in verdict["claims"]} - set(verdict.get("other_unit", ()))
        tied = verdict.get("tied", [])  # not in reports written before ties named their values
        return tie_text(len(compared), [t["value"]["display"] for t in tied], len(tied[0]["backing"]) if tied else 0)
    return None


def _tolerances(document: dict) -> dict[str, str | None]:
    """{rule id: its tolerance in words, as the reports say it beside the consensus}."""
    from .report.content import tolerance_said, unit_after  # here: reading two JSON reports needs none of the pipeline
    from .rules import Tolerance
    return {rule["id"]: tolerance_said(Tolerance(**rule["tolerance"]), rule["kind"],
                                       all("{percent}" in pattern for pattern in rule["patterns"]),
                                       unit_after(rule["kind"], rule["unit"]))  # a currency the value says itself
            for rule in document.get("rules", [])}


def _status(verdict: dict | None) -> str | None:
    return verdict["status"] if verdict else None


def _verdicts(document: dict) -> dict[str, dict]:
    return {verdict["rule"]: verdict for verdict in document["verdicts"]}


def _source_paths(document: dict) -> set[str]:
    return {source["path"] for source in document["sources"]}


# ---------------------------------------------------------------------------
# Reading a report file


def load_report(path: Path) -> dict:
    """A JSON report read from `path`; an InputError naming the file when it is not one."""
    shown = Path(path).as_posix()
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"cannot read the report: {error.strerror}", shown) from None
    except UnicodeDecodeError:
        raise InputError("cannot read the report: not UTF-8 text", shown) from None
    except json.JSONDecodeError as error:
        raise InputError(f"not JSON: {error.msg} (column {error.colno})", shown, error.lineno) from None
    problem = _shape_problem(document)
    if problem:
        raise InputError(f"not a discrepancy report: {problem}", shown,
                         hint="pass files written by `discrepancy report --format json`")
    return document


def _shape_problem(document) -> str | None:
    """What keeps `document` from being a report this version can compare, or None."""
    if not isinstance(document, dict) or document.get("tool") != "discrepancy":
        return 'no "tool": "discrepancy"'
    if document.get("schema_version") != 1:
        return f"schema version {document.get('schema_version')!r}, expected 1"
    if not isinstance(document.get("verdicts"), list) or not isinstance(document.get("sources"), list):
        return 'no "verdicts" (an extract document?)'
    try:
        diff_reports(document, document)  # reads every field a comparison needs
    except (KeyError, TypeError, AttributeError) as error:
        return f"a verdict or source is missing {error}"
    return None
