"""Comparison: per fact, what each source says, where they agree, and where they do not.

Two values agree when their intervals overlap once widened by the rule's tolerance:
"nearly 30" (27–30) agrees with 29; 32 and 33 do not; "last year" written in 2020
(all of 2019) does not agree with 1 February 2020.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .extract import Observation
from .rules import Rule, Tolerance
from .sources import Source, SourceProblem
from .values import Value

AGREEMENT, DISAGREEMENT, UNCORROBORATED, NO_DATA = "agreement", "disagreement", "uncorroborated", "no_data"
# Most serious first: the order reports list facts in, and the order --fail-on reads.
STATUS_ORDER = (DISAGREEMENT, UNCORROBORATED, AGREEMENT, NO_DATA)


@dataclass(frozen=True)
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


def _number(bound) -> float:
    return bound.toordinal() if isinstance(bound, date) else float(bound)


def agree(a: Value, b: Value, tolerance: Tolerance = Tolerance()) -> bool:
    """True when the two intervals overlap within `tolerance`; units must match where both are known."""
    if not (a.resolved and b.resolved) or a.kind != b.kind:
        return False
    if a.unit and b.unit and a.unit != b.unit:
        return False
    return _reaches(a, b, tolerance) and _reaches(b, a, tolerance)


def _reaches(a: Value, b: Value, tolerance: Tolerance) -> bool:
    """a's low end is not above b's high end (with slack)."""
    if a.low is None or b.high is None:
        return True
    low, high = _number(a.low), _number(b.high)
    slack = tolerance.widen(max(abs(low), abs(high)) if a.kind != "date" else 0)
    if a.low_open or b.high_open:
        return low < high + slack if slack else low < high
    return low <= high + slack


def _width(value: Value) -> float:
    if value.low is None or value.high is None:
        return float("inf")
    return _number(value.high) - _number(value.low)


def most_precise(values: list[Value]) -> Value:
    """The narrowest value; exact readings before qualified ones of the same width."""
    return min(values, key=lambda v: (_width(v), v.qualifier != "exact"))


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
    claims: list[Claim] = []
    for path in sorted({o.source for o in resolved}):
        claims.extend(claims_of(path, [o for o in resolved if o.source == path], rule.tolerance))
    self_contradicting = tuple(sorted({c.source for c in claims if sum(d.source == c.source for d in claims) > 1}))
    stating = sorted({c.source for c in claims})
    silent = tuple(p for p in source_paths if p not in stating and p not in {o.source for o in unresolved})
    consensus, tie = _consensus(claims, rule.tolerance)
    if consensus is None:
        agreeing, disagreeing = (), tuple(stating) if len(stating) > 1 else ()
    else:
        agreeing = tuple(s for s in stating if any(c.source == s and agree(c.value, consensus, rule.tolerance) for c in claims))
        disagreeing = tuple(s for s in stating if s not in agreeing)
    if not claims:
        status = NO_DATA
    elif disagreeing or self_contradicting or tie:
        status = DISAGREEMENT
    elif len(stating) == 1:
        status = UNCORROBORATED
    else:
        status = AGREEMENT
    return Verdict(rule, status, consensus if len(stating) > 1 or not tie else None, tie, tuple(claims), agreeing,
                   disagreeing, silent, self_contradicting, unresolved)


def claims_of(path: str, observations: list[Observation], tolerance: Tolerance) -> list[Claim]:
    """Group one source's observations into claims whose values agree with each other."""
    groups: list[list[Observation]] = []
    for obs in observations:
        home = next((g for g in groups if all(agree(obs.value, o.value, tolerance) for o in g)), None)
        if home is None:
            groups.append([obs])
        else:
            home.append(obs)
    return [Claim(path, most_precise([o.value for o in g]), tuple(g)) for g in groups]


def _consensus(claims: list[Claim], tolerance: Tolerance) -> tuple[Value | None, bool]:
    """The value most sources agree with; (None, True) when two disagreeing values tie.

    A value can be the consensus only if the claims backing it agree with each other too:
    "32 or 33" agrees with both 32 and 33, but must not make them look as one.
    """
    if not claims:
        return None, False
    candidates = sorted({c.value for c in claims}, key=_value_order)
    backing = {v: [c for c in claims if agree(c.value, v, tolerance)] for v in candidates}
    coherent = [v for v in candidates if _agree_pairwise(backing[v], tolerance)]
    support = {v: len({c.source for c in backing[v]}) for v in coherent}
    ranked = sorted(coherent, key=lambda v: (-support[v], _width(v), _value_order(v)))
    if not ranked:
        return None, True
    best = ranked[0]
    rivals = [v for v in ranked[1:] if support[v] == support[best] and not agree(v, best, tolerance)]
    if rivals:
        return None, True
    return best, False


def _agree_pairwise(claims: list[Claim], tolerance: Tolerance) -> bool:
    return all(agree(a.value, b.value, tolerance) for i, a in enumerate(claims) for b in claims[i + 1:])


def _value_order(value: Value) -> tuple:
    return (_number(value.low) if value.low is not None else float("-inf"),
            _number(value.high) if value.high is not None else float("inf"), value.qualifier, value.unit or "")
