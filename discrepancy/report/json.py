"""The JSON report, for scripts and other tools. Schema version 1, in schemas/report.schema.json.

    {
      "schema_version": 1,
      "tool": "discrepancy",
      "summary": {"sources", "facts", "observations", "problems",
                  "disagreement", "uncorroborated", "agreement", "no_data"},   # counts
      "sources": [{"path", "outlet", "title", "url", "published", "published_estimated",
                   "notes", "first_line", "skipped_lines"}],                   # sorted by path
      "rules": [{"id", "question", "kind", "unit", "path", "line", "patterns",
                 "tolerance": {"absolute", "relative"}, "case_sensitive"}],     # sorted by id
      "observations": [{"source", "rule", "raw", "matched", "start", "end", "line", "column",
                        "sentence", "highlight": [start, end], "pattern", "value",
                        "entry": {"rank", "label", "day"} or null}],  # entry: where on a live page
      "verdicts": [{"rule", "question", "status", "consensus", "tie",
                    "tied": [{"value", "backing": [source, ...]}],
                    "claims": [{"source", "value", "standing", "observations": [index, ...],
                                "locations": ["path:line", ...]}],
                    "agreeing", "siding", "disagreeing", "silent", "self_contradicting", "flagged",
                    "compared_unit", "other_unit", "also_other_unit",
                    "other_units": [{"unit", "consensus", "tied", "agreeing", "siding", "disagreeing"}],
                    "unresolved": [index, ...],
                    "superseded": [{"observation": index, "entry", "by": [index, ...], "text"}],
                    "conversions": [{"observation": index, "of": index}],
                    "rounded": [{"observation": index, "agrees_with", "text"}],
                    "published_notes": [{"kind", "label", "text", "sources": [{"source", "published"}], "value",
                                         "against", "may_be", "repeats": [{"source", "published", "value"}],
                                         "values": [{"value", "sources", "first", "last"}]}],
                    "one_outlet", "named_units"}],  # sorted by rule id; superseded: a live page's corrected
                                                     # figures; conversions, one_outlet: see compare;
                                                     # published_notes: see content.dated_notes
      "problems": [{"path", "line", "message", "left_out"}]   # left_out: the file is not in the report
    }

A value is {"kind", "low", "high", "low_open", "high_open", "qualifier", "unit",
"precision", "resolved", "display", "doubt", "reach", "written_step"}: dates as ISO strings ("2020-07-29"), an
unbounded end as null; "doubt" says what the text holds against its own value (a weekday that
does not fit the date), else null; "reach" is "upper_estimate" for an at_most value whose hedge
puts it near its figure ("as many as 7,800", read and compared as "nearly 7,800": 7,566–7,800), "exact" for a figure said
after "exactly" (not compared as a rounding), "rounded" for a figure said bare in a unit of measurement (the rule's
`unit = "mm"`: "414mm", compared as rounded to its last digit, 413.5–414.5), else null; "written_step" is the size of a count's or an
amount's last digit where the text wrote it as a zero after a decimal point ("4.0%": 0.1, "$209.0 billion":
100000000), which its number does not show, else null. "unit" is a sum's currency code, a
percentage's "%", a duration's "days" (the unit it is compared in; "precision" says the one it
was written in), a time's "UTC" or "local time" (a time's bounds are minutes since midnight, and
"precision" the zone it was written in), and a count's or another amount's the rule's `unit`
("feet", "passengers"; see fact_unit), which is the fact's "compared_unit" too where no value has a unit of its own. `start`/`end` are character offsets in the source's text, `line` and
`column` count from 1, `highlight` is the value's span within `sentence`, and `pattern`
is the index of the rule's pattern that matched, from 0 (`explain`'s "pattern 1" is 0). A claim's "standing" is "agrees" (with the
consensus, or in a tie with every value in "tied"), "sides" (with some tied values, not all),
"disagrees" or "not_compared" (in another unit than "compared_unit" that no other source states
it in); a claim in another unit that two sources or more state is marked against that unit's
consensus or tied values, in "other_units". "agreeing", "siding" and "disagreeing" name the
sources by their claims in "compared_unit" only (a sum in another currency backs and opposes
nothing), each source once, by its best claim: a source that contradicts itself (named in
"self_contradicting") is in "agreeing" where one of its claims agrees, as it counts among those
backing the consensus, and its "claims" give each figure's standing (a GitHub annotation does
not name it as backing the consensus, as the annotation may be on its other line); an entry of "other_units" names the sources of its unit the same way, and
"other_unit" names the sources that state the fact only in a unit no other source states it in,
which are not compared, and "also_other_unit" the sources compared in "compared_unit" that also
state it in such a unit (that claim, "not_compared", is the "also states it in USD" note). "flagged" names every source that makes the fact a disagreement: those in
"disagreeing" and "siding", in "compared_unit" or in an entry of "other_units", and those in
"self_contradicting"; it is empty unless "status" is "disagreement", and never empty when it is.
"conversions" gives a source's sum in another currency that it writes right after its own figure
in "compared_unit" as that figure's conversion ("746 million euros, or $806 million"), or in
brackets right after any figure of its own ("$5.5 billion (€5.02 billion)") where it is not in
"compared_unit": not a claim, and not compared; "of" is the figure it converts. "rounded" gives each figure that agrees
with the consensus (in a tie, the tied value "agrees_with") only as a rounding (see compare.roundings):
its own, where its figure looks exact, a round number of days, weeks or months of a figure in a
smaller unit ("three weeks" beside 20 days), a whole number of billions, lakh or crore ("$11
billion" beside $11.02 billion) or a whole figure in a unit of measurement ("414mm" beside 414.1
mm); or the value's it agrees with, whatever that rounding (1,833,164 beside a consensus of "1.8
million", which no figure as written holds), with the note the other reports give. "superseded" gives each figure of a live
page that the page's latest entry stating the fact corrects: "entry" is that latest entry, "by"
its figures for the fact, and "text" the words the other reports use ("the entry of 10:05 PM
says 171"). "published_notes" are the notes the
other reports give under a fact on when the sources that disagree were published, as fields:
"kind" is one of content.DATED_KINDS, "sources" the sources it names with their days, "against"
the latest (or earliest) day of the sources that agree, "may_be" "later" or "earlier" where the
fact changes over time (a count or a percentage), "repeats" the figures sources published before
every source that agrees gave and a later source repeats, "values" a tie's values with the days
of the sources that agree only with each, and "text" the words the other reports use. Observation
indexes point into "observations". `render_observations` (for `discrepancy extract`) writes the same document
without "verdicts", its summary counting "sources", "rules", "observations" and "problems".

Strings are kept exactly as read, control characters included: JSON must not lose data,
and `json.dumps` escapes C0 controls (ESC as \\u001b); `escape.json_text` escapes the rest a
terminal would act on (C1 controls, bidi overrides), so none reaches a terminal raw.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from ..compare import STATUS_ORDER, Claim, Comparison, Verdict, roundings
from ..extract import Observation
from ..live_pages import Stamp
from ..rules import Rule
from ..sources import Source, SourceProblem
from ..values import Value
from .content import (DatedNote, Supersession, also_in_other_unit, dated_notes, rounding_text, supersessions,
                      unit_after_values)
from .escape import json_text

SCHEMA_VERSION = 1
TOOL = "discrepancy"


def render(comparison: Comparison, *, color: bool = False, width: int = 100) -> str:
    """The whole comparison as JSON; `color` and `width` do not apply."""
    return "".join(render_chunks(comparison))


def render_chunks(comparison: Comparison) -> Iterator[str]:
    """The report piece by piece, each list item dumped when it is reached: the same text as
    one `json.dumps` of the whole document, without ever holding the whole document."""
    return dump_chunks(report_document(comparison))


def render_observations(comparison: Comparison, *, color: bool = False, width: int = 100) -> str:
    """The sources, rules and observations as JSON, without verdicts."""
    return dump(observations_document(comparison))


def dump(document: dict) -> str:
    return "".join(dump_chunks(document))


class Items:
    """A list in a document, made one item at a time as it is written."""

    def __init__(self, items: Iterable, make: Callable[..., object]):
        self.items, self.make = items, make

    def __iter__(self):
        return (self.make(item) for item in self.items)


def dump_chunks(document: dict) -> Iterator[str]:
    """`json.dumps(document, sort_keys=True, indent=2)` as pieces: a top-level `Items` is
    written an item at a time, each indented as it would sit inside the whole."""
    if not document:
        yield "{}\n"
        return
    yield "{"
    for number, key in enumerate(sorted(document)):
        yield ("," if number else "") + "\n  " + _dumps(key) + ": "
        value = document[key]
        if not isinstance(value, Items):
            yield _indented(_dumps(value))
            continue
        empty = True
        for item in value:
            yield ("[" if empty else ",") + "\n    " + _indented(_dumps(item), 4)
            empty = False
        yield "[]" if empty else "\n  ]"
    yield "\n}\n"


def _dumps(value) -> str:
    return json_text(json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False))


def _indented(text: str, by: int = 2) -> str:
    return text.replace("\n", "\n" + " " * by)


def observations_document(comparison: Comparison) -> dict:
    units = {rule.id: fact_unit(rule) for rule in comparison.rules}
    return {
        "schema_version": SCHEMA_VERSION, "tool": TOOL,
        "summary": {"sources": len(comparison.sources), "rules": len(comparison.rules),
                    "observations": len(comparison.observations), "problems": len(comparison.problems)},
        "sources": Items(comparison.sources, source_json),
        "rules": [rule_json(r) for r in comparison.rules],
        "observations": Items(comparison.observations, lambda obs: observation_json(obs, units.get(obs.rule))),
        "problems": [problem_json(p) for p in comparison.problems],
    }


def report_document(comparison: Comparison) -> dict:
    document = observations_document(comparison)
    document["summary"]["facts"] = document["summary"].pop("rules")
    document["summary"] |= {status: comparison.count(status) for status in STATUS_ORDER}
    index = observation_index(comparison)
    published = {s.path: s.published.day for s in comparison.sources}
    document["verdicts"] = Items(sorted(comparison.verdicts, key=lambda v: v.rule.id),
                                 lambda v: verdict_json(v, index, published))
    return document


def observation_index(comparison: Comparison) -> dict[Observation, int]:
    """Where each observation sits in the "observations" list (the first, for equal ones)."""
    index: dict[Observation, int] = {}
    for position, obs in enumerate(comparison.observations):
        index.setdefault(obs, position)
    return index


# ---------------------------------------------------------------------------
# One object each


def bound_json(bound: float | date | None) -> float | str | None:
    """A bound as JSON: dates as ISO strings, unbounded or infinite as null."""
    if isinstance(bound, date):
        return bound.isoformat()
    if bound is None or isinstance(bound, float) and not math.isfinite(bound):
        return None
    return bound


def value_json(value: Value | None, unit: str | None = None) -> dict | None:
    """A value; `unit`, the rule's unit, is the unit of one written without its own (see fact_unit)."""
    if value is None:
        return None
    return {"kind": value.kind, "low": bound_json(value.low), "high": bound_json(value.high),
            "low_open": value.low_open, "high_open": value.high_open, "qualifier": value.qualifier,
            "unit": value.unit or unit, "precision": value.precision, "resolved": value.resolved,
            "display": value.display(), "doubt": value.doubt, "reach": value.reach,
            "written_step": value.written_step}


def source_json(source: Source) -> dict:
    day = source.published.day
    return {"path": source.path, "outlet": source.outlet, "title": source.title, "url": source.url,
            "published": day.isoformat() if day else None, "published_estimated": source.published.estimated,
            "notes": source.notes, "first_line": source.first_line, "skipped_lines": source.skipped_lines}


def rule_json(rule: Rule) -> dict:
    return {"id": rule.id, "question": rule.question, "kind": rule.kind, "unit": rule.unit,
            "path": rule.path, "line": rule.line, "patterns": [p.text for p in rule.patterns],
            "tolerance": {"absolute": float(rule.tolerance.absolute), "relative": float(rule.tolerance.relative)},
            "case_sensitive": rule.case_sensitive}


def fact_unit(rule: Rule) -> str | None:
    """The unit of a count or an amount written without one: the rule's `unit` ("feet",
    "passengers"), as a currency's code is an amount's. A currency the rule names is one such an
    amount is read in already (see rules.in_the_rules_currency)."""
    return unit_after_values(rule) if rule.kind in ("count", "amount") else None


def observation_json(obs: Observation, unit: str | None = None) -> dict:
    """One observation; `unit` as in value_json. Extraction's records leave it out, so that
    comparing them reads each value as it was read."""
    return {"source": obs.source, "rule": obs.rule, "raw": obs.raw, "matched": obs.matched,
            "start": obs.start, "end": obs.end, "line": obs.line, "column": obs.column,
            "sentence": obs.sentence, "highlight": list(obs.highlight), "pattern": obs.pattern,
            "value": value_json(obs.value, unit),
            "entry": _entry_json(obs.entry) if obs.entry else None}


def _entry_json(entry: Stamp) -> dict:
    return {"rank": entry.rank, "label": entry.label, "day": entry.day.isoformat() if entry.day else None}


def claim_json(claim: Claim, index: dict[Observation, int], unit: str | None = None) -> dict:
    return {"source": claim.source, "value": value_json(claim.value, unit), "standing": claim.standing,
            "observations": [index[o] for o in claim.observations if o in index],
            "locations": [o.location for o in claim.observations]}


def verdict_json(verdict: Verdict, index: dict[Observation, int], published: dict[str, date | None] | None = None) -> dict:
    """One fact; `published`, each source's day, dates the sources that disagree (see content.dated_notes)."""
    unit = fact_unit(verdict.rule)
    return {"rule": verdict.rule.id, "question": verdict.rule.question, "status": verdict.status,
            "consensus": value_json(verdict.consensus, unit), "tie": verdict.tie,
            "tied": [{"value": value_json(t.value, unit), "backing": list(t.backing)} for t in verdict.tied],
            "claims": [claim_json(c, index, unit) for c in verdict.claims],
            "agreeing": list(verdict.agreeing), "siding": list(verdict.siding),
            "disagreeing": list(verdict.disagreeing),
            "silent": list(verdict.silent), "self_contradicting": list(verdict.self_contradicting),
            "compared_unit": verdict.unit or unit, "other_unit": list(verdict.other_unit),
            "also_other_unit": also_in_other_unit(verdict),
            "other_units": [{"unit": o.unit, "consensus": value_json(o.consensus),
                             "tied": [{"value": value_json(t.value), "backing": list(t.backing)} for t in o.tied],
                             "agreeing": list(o.agreeing), "siding": list(o.siding), "disagreeing": list(o.disagreeing)}
                            for o in verdict.other_units],
            "unresolved": [index[o] for o in verdict.unresolved if o in index],
            "superseded": [superseded_json(s, index) for s in supersessions(verdict) if s.figure in index],
            "conversions": [{"observation": index[conversion], "of": index[figure]}
                            for conversion, figure in verdict.converted if conversion in index and figure in index],
            "rounded": [{"observation": index[rounded.observation], "agrees_with": value_json(rounded.agrees_with, unit),
                         "text": rounding_text(rounded, unit)} for rounded in roundings(verdict)
                        if rounded.observation in index],
            "flagged": list(verdict.flagged),
            "published_notes": [dated_note_json(note, unit) for note in dated_notes(verdict, published or {})],
            "one_outlet": verdict.one_outlet,
            "named_units": [{"word": word, "unit": code} for word, code in verdict.named_units]}


def superseded_json(supersession: Supersession, index: dict[Observation, int]) -> dict:
    """A live page's corrected figure, with the entry that corrects it and that entry's figures."""
    return {"observation": index[supersession.figure], "entry": _entry_json(supersession.by[0].entry),
            "by": [index[o] for o in supersession.by if o in index], "text": supersession.text}


def dated_note_json(note: DatedNote, unit: str | None = None) -> dict:
    return {"kind": note.kind, "label": note.label, "text": note.text,
            "sources": [{"source": source, "published": day.isoformat()} for source, day in note.sources],
            "value": value_json(note.value, unit), "against": note.against.isoformat() if note.against else None,
            "may_be": note.may_be,
            "repeats": [{"source": g.source, "published": g.day.isoformat(), "value": value_json(g.value, unit)}
                        for g in note.repeats],
            "values": [{"value": value_json(t.value, unit), "sources": list(t.sources), "first": t.first.isoformat(),
                        "last": t.last.isoformat()} for t in note.values]}


def problem_json(problem: SourceProblem) -> dict:
    return {"path": problem.path, "line": problem.line, "message": problem.message, "left_out": problem.left_out}
