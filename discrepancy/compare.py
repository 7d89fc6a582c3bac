"""Comparison: per fact, what each source says, where they agree, and where they do not.

Two values agree when their intervals overlap once widened by the rule's tolerance:
"nearly 30" (27–30) agrees with 29; 32 and 33 do not; "last year" written in 2020
(all of 2019) does not agree with 1 February 2020.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass

from .extract import Observation
from .rules import Rule, Tolerance
from .sources import Source, SourceProblem
from .values import Value, compared_bounds, stated

AGREEMENT, DISAGREEMENT, UNCORROBORATED, NO_DATA = "agreement", "disagreement", "uncorroborated", "no_data"
# Most serious first: the order reports list facts in, and the order --fail-on reads.
STATUS_ORDER = (DISAGREEMENT, UNCORROBORATED, AGREEMENT, NO_DATA)


@dataclass(frozen=True, slots=True)
class Claim:
    """What one source says about one fact: its agreeing observations, read as one value."""

    source: str
    value: Value  # the most precise of the observations' values
    observations: tuple[Observation, ...]


@dataclass(frozen=True)
class Verdict:
    rule: Rule
    status: str
    consensus: Value | None  # None when nobody, one source, or a tie
    tie: bool
    claims: tuple[Claim, ...]  # sorted by source; a self-contradicting source has several
    agreeing: tuple[str, ...]  # sources whose claim agrees with the consensus
    disagreeing: tuple[str, ...]  # sources with no claim that agrees with it
    silent: tuple[str, ...]  # sources that never state the fact
    self_contradicting: tuple[str, ...]
    unresolved: tuple[Observation, ...]  # values that could not be placed (no publication date)
    other_unit: tuple[str, ...] = ()  # sources stating it only in another currency or unit: not compared

    @property
    def sources_stating(self) -> tuple[str, ...]:
        return tuple(sorted({c.source for c in self.claims}))


@dataclass(frozen=True)
class Comparison:
    """Everything a report needs: inputs, observations and one verdict per rule."""

    sources: tuple[Source, ...]
    rules: tuple[Rule, ...]
    observations: tuple[Observation, ...]
    verdicts: tuple[Verdict, ...]
    problems: tuple[SourceProblem, ...] = ()

    def count(self, status: str) -> int:
        return sum(v.status == status for v in self.verdicts)


# ---------------------------------------------------------------------------
# Agreement of two values


def comparable(a: Value, b: Value) -> bool:
    """Same kind, and the same unit where both are known: "$1.1 billion" and "£800m" may be one
    sum, but no exchange rate is assumed, so they neither agree nor disagree."""
    return a.kind == b.kind and not (a.unit and b.unit and a.unit != b.unit)


def agree(a: Value, b: Value, tolerance: Tolerance = Tolerance()) -> bool:
    """True when the two intervals overlap within `tolerance`; units must match where both are known."""
    if not (a.resolved and b.resolved and comparable(a, b)):
        return False
    return _reaches(a, b, tolerance) and _reaches(b, a, tolerance)


def _reaches(a: Value, b: Value, tolerance: Tolerance) -> bool:
    """a's low end is not above b's high end (with slack)."""
    if a.low is None or b.high is None:
        return True
    low, high = compared_bounds(a)[0], compared_bounds(b)[1]
    slack = tolerance.widen(max(abs(low), abs(high)) if a.kind != "date" else 0)
    if a.low_open or b.high_open:
        return low < high + slack if slack else low < high
    return low <= high + slack


def _width(value: Value) -> float:
    low, high = compared_bounds(value)  # an unbounded end is infinite, and so is the width
    return high - low


def most_precise(values: list[Value]) -> Value:
    """The narrowest value; exact readings before qualified ones of the same width."""
    return min(values, key=lambda v: (_width(v), v.qualifier != "exact"))


def claim_value(values: list[Value]) -> Value:
    """What a source's agreeing readings say together: the most precise one, except that a
    figure the source also hedges ("3,000" in a headline, "some 3,000" in the text) is read
    as hedged. The source itself says the round figure is approximate."""
    hedged = {(v.kind, v.unit, stated(v)) for v in values if v.qualifier == "approximately" and v.kind != "date"}
    kept = [v for v in values if not (v.qualifier == "exact" and v.is_point and (v.kind, v.unit, v.low) in hedged)]
    return most_precise(kept or values)


# ---------------------------------------------------------------------------
# Verdicts


def compare(sources: list[Source], rules: list[Rule], observations: list[Observation],
            problems: list[SourceProblem] = ()) -> Comparison:
    by_rule: dict[str, list[Observation]] = {r.id: [] for r in rules}
    for obs in observations:
        by_rule.setdefault(obs.rule, []).append(obs)
    source_paths = sorted(s.path for s in sources)
    verdicts = [judge(rule, by_rule[rule.id], source_paths) for rule in sorted(rules, key=lambda r: r.id)]
    return Comparison(tuple(sorted(sources, key=lambda s: s.path)), tuple(sorted(rules, key=lambda r: r.id)),
                      tuple(observations), tuple(verdicts), tuple(problems))


def judge(rule: Rule, observations: list[Observation], source_paths: list[str]) -> Verdict:
    """The verdict on one fact from all its observations."""
    resolved = [o for o in observations if o.value.resolved]
    unresolved = tuple(o for o in observations if not o.value.resolved)
    by_source: dict[str, list[Observation]] = {}
    for obs in resolved:
        by_source.setdefault(obs.source, []).append(obs)
    claims = [claim for path in sorted(by_source) for claim in claims_of(path, by_source[path], rule.tolerance)]
    claims_per_source = Counter(c.source for c in claims)
    self_contradicting = _contradicting_themselves(claims)
    stating = sorted(claims_per_source)
    unplaced = {o.source for o in unresolved}
    silent = tuple(p for p in source_paths if p not in claims_per_source and p not in unplaced)
    consensus, tie = _consensus(claims, rule.tolerance)
    other_unit: tuple[str, ...] = ()
    if consensus is None:
        agreeing, disagreeing = (), _in_conflict(claims, rule.tolerance) if len(stating) > 1 else ()
    else:
        backing = {c.source for c in claims if agree(c.value, consensus, rule.tolerance)}
        compared = {c.source for c in claims if comparable(c.value, consensus)}
        agreeing = tuple(s for s in stating if s in backing)
        disagreeing = tuple(s for s in stating if s in compared and s not in backing)
        other_unit = tuple(s for s in stating if s not in compared)
    if not claims:
        status = NO_DATA
    elif disagreeing or self_contradicting or tie:
        status = DISAGREEMENT
    elif len(agreeing) <= 1:
        status = UNCORROBORATED
    else:
        status = AGREEMENT
    return Verdict(rule, status, consensus, tie, tuple(claims), agreeing, disagreeing, silent,
                   self_contradicting, unresolved, other_unit)


def _contradicting_themselves(claims: list[Claim]) -> tuple[str, ...]:
    """Sources with two claims that can be compared: a source's values fall into separate claims
    only where they did not agree. "€4.2 million ($4.5 million)" is one sum said twice."""
    by_source: dict[str, list[Value]] = {}
    for claim in claims:
        by_source.setdefault(claim.source, []).append(claim.value)
    return tuple(sorted(source for source, values in by_source.items()
                        if any(comparable(a, b) for i, a in enumerate(values) for b in values[i + 1:])))


# Up to this many distinct values, conflicts are checked pair by pair; beyond, from interval ends.
PAIRWISE_LIMIT = 48


def _in_conflict(claims: list[Claim], tolerance: Tolerance) -> tuple[str, ...]:
    """With no consensus, the sources with a claim that some other source contradicts.
    "nearly 3,000" beside "3,000" and "2,900" contradicts neither, so it is not marked."""
    holders = _holders(claims)
    if len(holders) > PAIRWISE_LIMIT:
        counts = _OverlapCounts(claims, tolerance)
        return tuple(sorted({source for value, sources in holders.items()
                             if counts.claims_overlapping(value) < len(claims) for source in sources}))
    conflicting: set[str] = set()
    for value, sources in holders.items():
        for other, other_sources in holders.items():
            if comparable(value, other) and not agree(value, other, tolerance):
                conflicting.update(s for s in sources if other_sources - {s})
    return tuple(sorted(conflicting))


def _holders(claims: list[Claim]) -> dict[Value, set[str]]:
    """Each distinct value with the sources claiming it: thousands of sources repeat a few values."""
    holders: dict[Value, set[str]] = {}
    for claim in claims:
        holders.setdefault(claim.value, set()).add(claim.source)
    return holders


def claims_of(path: str, observations: list[Observation], tolerance: Tolerance) -> list[Claim]:
    """Group one source's observations into claims whose values agree with each other."""
    groups: list[list[Observation]] = []
    distinct: list[set[Value]] = []  # each group's values once: an article repeats its numbers
    for obs in observations:
        home = next((i for i, values in enumerate(distinct)
                     if obs.value in values or all(agree(obs.value, v, tolerance) for v in values)), None)
        if home is None:
            groups.append([obs])
            distinct.append({obs.value})
        else:
            groups[home].append(obs)
            distinct[home].add(obs.value)
    return [Claim(path, claim_value([o.value for o in g]), tuple(g)) for g in groups]


def _consensus(claims: list[Claim], tolerance: Tolerance) -> tuple[Value | None, bool]:
    """The value most sources agree with; (None, True) when two disagreeing values tie.

    A value can be the consensus only if the claims backing it agree with each other too:
    "32 or 33" agrees with both 32 and 33, but must not make them look as one. Candidates
    are ranked by a count from sorted interval ends (O(log n) each), and only the leaders
    are checked exactly, so a fact stated by thousands of sources stays cheap.
    """
    if not claims:
        return None, False
    counts = _OverlapCounts(claims, tolerance)
    holders = _holders(claims)
    near = _Near(list(holders), tolerance)
    def rank(value: Value) -> tuple:
        # Among equals, the value more sources wrote, then one with its unit: "68.3%" said by
        # four sources before "68%" said by one; "6.2 percentage points" before a bare "6.2".
        return (-counts.claims_overlapping(value), _width(value), -len(holders[value]), value.unit is None,
                _value_order(value))

    ranked = sorted(holders, key=rank)
    best, best_support = None, 0
    for value in ranked:
        if counts.claims_overlapping(value) < best_support:
            break  # no later candidate can be backed by more sources
        backing = [v for v in near.around(value) if agree(v, value, tolerance)]
        support = len(set().union(*(holders[v] for v in backing)))
        if not _coherent(backing, tolerance):
            continue
        if best is None or support > best_support:
            best, best_support = value, support
        elif support == best_support and comparable(value, best) and not agree(value, best, tolerance):
            return None, True
    if best is None:
        return None, True
    return best, False


class _OverlapCounts:
    """How many claims overlap an interval, from the claims' sorted ends."""

    def __init__(self, claims: list[Claim], tolerance: Tolerance):
        self.tolerance = tolerance
        bounds = [compared_bounds(c.value) for c in claims]
        self.lows = sorted(low for low, _ in bounds)
        self.highs = sorted(high for _, high in bounds)

    def claims_overlapping(self, value: Value) -> int:
        low, high = compared_bounds(value)
        slack = self.tolerance.widen(max(abs(low), abs(high)) if value.kind != "date" and math.isfinite(low + high) else 0)
        starting_before_end = bisect.bisect_right(self.lows, high + slack)
        ended_before_start = bisect.bisect_left(self.highs, low - slack)
        return starting_before_end - ended_before_start


NEAR_MARGIN = 1e-9  # relative: far above rounding error, far below any tolerance a rule sets


class _Near:
    """The values that might agree with a given one: those whose interval, widened by the
    largest slack the tolerance can give, overlaps it. Found from the values sorted by their
    low ends, so a fact with thousands of distinct values (dates over years) does not test
    every pair; `agree` then decides."""

    def __init__(self, values: list[Value], tolerance: Tolerance):
        ends = [(*compared_bounds(v), v) for v in values]
        bounded = sorted((e for e in ends if math.isfinite(e[0]) and math.isfinite(e[1])), key=lambda e: e[0])
        self.unbounded = [v for low, high, v in ends if not (math.isfinite(low) and math.isfinite(high))]
        self.lows = [low for low, _, _ in bounded]
        self.values = [v for _, _, v in bounded]
        self.widest = max((high - low for low, high, _ in bounded), default=0.0)
        largest = max((max(abs(low), abs(high)) for low, high, _ in bounded), default=0.0)
        self.largest, self.tolerance = largest, tolerance

    def around(self, value: Value) -> list[Value]:
        low, high = compared_bounds(value)
        if not (math.isfinite(low) and math.isfinite(high)):
            return self.values + self.unbounded
        slack = (self.tolerance.widen(0) if value.kind == "date"
                 else self.tolerance.widen(max(self.largest, abs(low), abs(high))))
        # A margin for rounding: 1.1 - (1.1 - 0.1) is a hair above 0.1, which touches 1.1.
        margin = NEAR_MARGIN * (1 + abs(low) + abs(high) + slack + self.widest)
        first = bisect.bisect_left(self.lows, low - slack - self.widest - margin)
        last = bisect.bisect_right(self.lows, high + slack + margin)
        return self.values[first:last] + self.unbounded


def _coherent(values: list[Value], tolerance: Tolerance) -> bool:
    """Do the values agree with each other? Intervals that overlap pairwise share a point, so
    beyond a few values it is enough that the highest start is not past the lowest end."""
    if len(values) <= 24:
        return all(agree(a, b, tolerance) for i, a in enumerate(values) for b in values[i + 1:])
    highest_low = max(compared_bounds(v)[0] for v in values)
    lowest_high = min(compared_bounds(v)[1] for v in values)
    slack = tolerance.widen(max(abs(highest_low), abs(lowest_high))) if values[0].kind != "date" else 0
    return highest_low <= lowest_high + (tolerance.absolute if values[0].kind == "date" else slack)


def _value_order(value: Value) -> tuple:
    return (*compared_bounds(value), value.qualifier, value.unit or "")
