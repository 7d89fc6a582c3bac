"""Comparison: per fact, what each source says, where they agree, and where they do not.

Two values agree when their intervals overlap once widened by the rule's tolerance: "nearly 30"
(27–30) agrees with 29; 32 and 33 do not; "last year" written in 2020 (all of 2019) does not
agree with 1 February 2020; "nearly 4 days" and "more than 4 days" only touch, at an end the
second leaves out, and do not; but a hedge agrees with the round figure it hedges said bare
("more than 500,000" with "half a million", "more than 15 hours" with "15 hours"), or with an
upper estimate of it ("over 7,800" with "as many as 7,800"). A bare
percentage, a figure with decimals before a scale word, a whole number of lakh, crore or billions
of two digits or more and a figure in a unit of measurement are compared as rounded to their last
digit, and an upper estimate as "nearly" its figure (values.compared_bounds: "68.4%" with 68.41%,
"RON 241.6 million" with RON 241,612,300, "$11 billion" with $11.02 billion, "414mm" with 414.1
mm, but "as many as nine" not with seven; a rounding leaves
out its top, values.compared_open, so "68.4%" and "68.5%" do not meet). A fact's values are compared
in one unit (`compared_unit`), so a sum in another currency backs, opposes and breaks ties with
nothing; values in another unit that two sources or more state are compared among themselves
(`InOtherUnit`), except a source's conversion of its own figure, which is compared with nothing
("746 million euros, or $806 million": `conversions`). When values that disagree are backed by as many sources each, a source
that agrees with several counting for the one it states as its figure (_told_apart_by_own_figures),
each claim is judged against every one of them.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from .extract import Observation, observation_order
from .rules import Rule, Tolerance, rule_currency
from .sources import Source, SourceProblem
from .values import (MEASURED, SHARED_WORD_CURRENCIES, Value, as_exact, coarser_roundings, compared_bounds, compared_open,
                     finest_digit, in_a_finer_unit, is_an_upper_estimate, on_one_clock, rounded_bounds, rounded_to,
                     rounding_reach, stated, unit_rounding_reach, unit_seconds, whole_in_its_scale, written_digit)

AGREEMENT, DISAGREEMENT, UNCORROBORATED, NO_DATA = "agreement", "disagreement", "uncorroborated", "no_data"
# Most serious first: the order reports list facts in, and the order --fail-on reads.
STATUS_ORDER = (DISAGREEMENT, UNCORROBORATED, AGREEMENT, NO_DATA)
# How a claim stands against the consensus, or in a tie against the tied values: it agrees
# with it (with every one of them), sides with some tied values but not all, agrees with none,
# or is in another unit and not compared. Best first: a source stands as its best claim does.
AGREES, SIDES, DISAGREES, NOT_COMPARED = "agrees", "sides", "disagrees", "not_compared"
STANDING_ORDER = (AGREES, SIDES, DISAGREES, NOT_COMPARED)


@dataclass(frozen=True, slots=True)
class Claim:
    """What one source says about one fact: its agreeing observations, read as one value."""

    source: str
    value: Value  # what the observations' values all allow (see claim_value)
    observations: tuple[Observation, ...]
    standing: str = ""  # one of STANDING_ORDER, once the fact is judged


@dataclass(frozen=True)
class Tied:
    """One of the values that tie for the consensus, and the sources whose claims agree with it."""

    value: Value
    backing: tuple[str, ...]


@dataclass(frozen=True)
class InOtherUnit:
    """A fact's values in another unit than the compared one, compared among themselves: two
    sources' €3,500 and €4,000 disagree, whatever three sources say in dollars. (compared_against
    gives the compared unit's comparison in this shape too.)"""

    unit: str
    consensus: Value | None  # None in a tie
    tied: tuple[Tied, ...] = ()
    # Its sources, by their claims in this unit, as Verdict names those of the compared unit.
    agreeing: tuple[str, ...] = ()
    siding: tuple[str, ...] = ()
    disagreeing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    rule: Rule
    status: str
    consensus: Value | None  # None when nobody states the fact, or in a tie
    claims: tuple[Claim, ...]  # by source, its claims in the compared unit first; a source may have several
    # Sources by their claims in the compared unit: a sum in another currency backs and opposes nothing.
    agreeing: tuple[str, ...]  # with a claim that agrees with the consensus (in a tie, with every tied value)
    disagreeing: tuple[str, ...]  # with claims in the unit, none that agrees with it (in a tie, with any tied value)
    silent: tuple[str, ...]  # sources that never state the fact
    self_contradicting: tuple[str, ...]
    unresolved: tuple[Observation, ...]  # values that could not be placed (no publication date)
    other_unit: tuple[str, ...] = ()  # sources stating it only in another currency or unit: not compared
    tied: tuple[Tied, ...] = ()  # in a tie, the values that tie, in order
    siding: tuple[str, ...] = ()  # in a tie, with a claim that agrees with some tied values, not all
    unit: str | None = None  # the unit values are compared in (see compared_unit); None when none has one
    other_units: tuple[InOtherUnit, ...] = ()  # other units two sources or more state it in, by unit
    superseded: tuple[Observation, ...] = ()  # a live page's figures that a later entry of it corrects
    one_outlet: str | None = None  # the outlet of every agreeing source, when they are its articles alone
    named_units: tuple[tuple[str, str], ...] = ()  # (shared word, the one currency of it the fact names)
    # (conversion, figure): a source's figure in the compared unit said again in another currency
    # beside it, "746 million euros, or $806 million", set aside: not compared (see conversions)
    converted: tuple[tuple[Observation, Observation], ...] = ()

    @property
    def tie(self) -> bool:
        return bool(self.tied)

    @property
    def flagged(self) -> tuple[str, ...]:
        """The sources that make the fact a disagreement, in any unit: those that disagree or side
        in a tie, in the compared unit or in another (other_units), and those that contradict
        themselves (though one of their figures may agree). Empty unless the status is DISAGREEMENT."""
        in_other_units = (source for other in self.other_units for source in (*other.disagreeing, *other.siding))
        return tuple(sorted({*self.disagreeing, *self.siding, *self.self_contradicting, *in_other_units}))

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
    """True when the two intervals overlap within `tolerance`, or one hedges the very round figure
    the other says bare; units must match where both are known."""
    if not (a.resolved and b.resolved and comparable(a, b)):
        return False
    return (_overlap(a, b, tolerance) or _hedges_the_figure(a, b) or _hedges_the_figure(b, a)
            or rounds(a, b, tolerance) or rounds(b, a, tolerance))


def _overlap(a: Value, b: Value, tolerance: Tolerance) -> bool:
    return _reaches(a, b, tolerance) and _reaches(b, a, tolerance)


# The qualifiers that hedge the one figure a text states (see values.stated), and those of them
# that leave the figure out, which agree with it said bare only as its hedge (see agree).
HEDGES = frozenset(("approximately", "nearly", "more_than", "at_least", "fewer_than", "at_most"))
OPEN_HEDGES = frozenset(("more_than", "fewer_than"))


def figure_said(value: Value) -> float | None:
    """The one figure a value says, bare or hedged: 500,000 for "half a million" and for "more
    than 500,000"; None for a range, a vague value or a date."""
    if value.kind == "date":
        return None
    if value.qualifier == "exact" and value.is_point:
        return value.low
    return stated(value) if value.qualifier in HEDGES else None


def _hedges_the_figure(hedge: Value, other: Value) -> bool:
    """Does `hedge` hedge the figure `other` says without taking a side below it? Then they say
    one figure, as a headline drops the body's hedge: "over 500,000" and "half a million" agree,
    as "about" and "at least 500,000" do; and so do "over 7,800" and "as many as 7,800", an upper
    estimate naming the figure it reaches (see _says_its_figure). Two hedges of one figure may
    still disagree ("nearly 4 days" and "more than 4 days" lie on either side of it, as "at most
    7,800" and "more than 7,800" do); a bare figure takes no side. (Only a hedge that leaves its
    figure out needs asking: the others hold it.)"""
    figure = _says_its_figure(other)
    return (hedge.qualifier in OPEN_HEDGES and other.kind == hedge.kind and figure is not None
            and figure_said(hedge) == figure and _round(other.kind, figure))


def _says_its_figure(value: Value) -> float | None:
    """The figure a value names as what it is, taking no side below it: a figure said bare, or
    the top an upper estimate reaches ("as many as 7,800", "up to $5 million": the writer's
    figure, not a limit, see values.is_an_upper_estimate). None for anything else."""
    if value.qualifier == "exact" or is_an_upper_estimate(value):
        return figure_said(value)
    return None


def _round(kind: str, figure: float) -> bool:
    """Is a figure a round one, which a writer may give for "more than" it: a count or an amount
    in tens ("4,000 flights axed", "half a million"), not 33, which a source that knows better
    writes as it is; and any duration ("15 hours", "96 hours"), which is always rounded to the
    unit it is written in?"""
    if kind == "duration":
        return figure != 0
    return kind in ("count", "amount") and figure != 0 and figure % 10 == 0


def rounds(coarse: Value, finer: Value, tolerance: Tolerance = Tolerance()) -> bool:
    """Is `coarse` a whole or half number of days, weeks or months said bare that rounds
    `finer`, a figure in a smaller unit (see values.unit_rounding_reach), as far as the rounding
    reaches widened by the tolerance? "three weeks" rounds 20 days, "a seven-week strike" 53 days
    and "six and a half days" 158 hours; "a week" does not round 8 days, nor "three days" 48
    hours, nor "three weeks" four weeks; "two weeks" (12.6–15.4 days) rounds 16 days under a
    tolerance of a day."""
    if finer.kind != "duration" or not any(unit_rounding_reach(coarse)) or not in_a_finer_unit(finer, coarse):
        return False
    low, high = rounded_bounds(coarse)
    slack = tolerance.widen(max(abs(low), abs(high)))
    finer_low, finer_high = compared_bounds(finer)
    finer_low_open, finer_high_open = compared_open(finer)
    return _meet(low, finer_high + slack, finer_high_open) and _meet(finer_low, high + slack, finer_low_open)


@dataclass(frozen=True)
class Rounded:
    """A figure that agrees with the consensus (in a tie, a tied value: `agrees_with`) only as a
    rounding: its own (`own`: "$11 billion" beside USD 11.02 billion, and `rounding` is its value)
    or the consensus's (1,833,164 beside "1.8 million", and `rounding` is `agrees_with`)."""

    observation: Observation
    agrees_with: Value
    own: bool

    @property
    def rounding(self) -> Value:
        return self.observation.value if self.own else self.agrees_with


def roundings(verdict: "Verdict") -> list[Rounded]:
    """Each figure that agrees with the consensus (in a tie, with a tied value) only as a
    rounding (see agrees_by_rounding), which a report says why it is marked ✓: "three weeks" beside
    a consensus of 20 days, "$11 billion" beside USD 11.02 billion, "414mm" beside 414.1 mm, and
    1,833,164 beside a consensus of "1.8 million", which no figure as written holds."""
    against = [verdict.consensus] if verdict.consensus is not None else [t.value for t in verdict.tied]
    noted: dict[Value, tuple[Value, bool] | None] = {}  # by distinct value: a fact's sources repeat a few
    # (where no value it agrees with is a rounding, only a figure that looks exact may be noted)
    any_rounded = any(rounding_reach(v) or any(unit_rounding_reach(v)) for v in against)
    found = []
    for claim in verdict.claims:
        for obs in claim.observations:
            if not any_rounded and not looks_exact(obs.value):
                continue
            if obs.value not in noted:
                noted[obs.value] = _noted_rounding(obs.value, against, verdict.rule.tolerance)
            if noted[obs.value] is not None:
                found.append(Rounded(obs, *noted[obs.value]))
    return found


def _noted_rounding(figure: Value, against: list[Value], tolerance: Tolerance) -> tuple[Value, bool] | None:
    """(the value, whether the rounding is the figure's own) for the first of `against` that the
    figure agrees with only by a rounding a report notes (see roundings); None where there is none."""
    for value in against:
        own = agrees_by_rounding(figure, value, tolerance)
        if own is False or (own and looks_exact(figure)):
            return value, own
    return None


def looks_exact(rounding: Value) -> bool:
    """Is a rounding one whose figure looks exact, so that a report says why it agrees where only
    its rounding does: a round number of days, weeks or months, a whole number of lakh, crore,
    billions or trillions (values.whole_in_its_scale), a whole figure in a unit of measurement
    ("414mm")? Not a percentage ("68%") nor a figure with decimals ("$5.5 billion", "414.1 mm"),
    which every reader takes for a rounding. (The value a figure agrees with is another matter:
    1,833,164 marked ✓ under a consensus of "1.8 million" is explained whatever that rounding.)"""
    if rounding.kind == "duration":
        return any(unit_rounding_reach(rounding))
    return whole_in_its_scale(rounding) or (rounding.reach == MEASURED and not rounding.written_step
                                            and float(rounding.low).is_integer())


def agrees_by_rounding(figure: Value, other: Value, tolerance: Tolerance) -> bool | None:
    """Whether `figure` agrees with `other` only by its own rounding (True) or only by the other's
    (False): a round number of days, weeks or months beside a figure in a smaller unit ("three
    weeks" and 20 days, see rounds), or a figure read as rounded to its last digit (see
    values.rounding_reach) beside one it holds only so, that is neither the figure it writes nor
    within the tolerance of it: "$11 billion" and "$11.02bn", "1.8 million" and 1,833,164. Its own
    rounding first, where each would do. None where they agree as written, or not at all."""
    if rounds(figure, other, tolerance):
        return True if not _overlap(figure, other, tolerance) else None
    if rounds(other, figure, tolerance):
        return False if not _overlap(other, figure, tolerance) else None
    if not (rounding_reach(figure) or rounding_reach(other)):
        return None
    if not agree(figure, other, tolerance) or agree(as_exact(figure), as_exact(other), tolerance):
        return None
    return agree(figure, as_exact(other), tolerance) or not agree(as_exact(figure), other, tolerance)


def _reaches(a: Value, b: Value, tolerance: Tolerance) -> bool:
    """a's low end is not above b's high end (with slack)."""
    if a.low is None or b.high is None:
        return True
    low, high = compared_bounds(a)[0], compared_bounds(b)[1]
    slack = tolerance.widen(max(abs(low), abs(high)) if a.kind != "date" else 0)
    return _meet(low, high + slack, compared_open(a)[0] or compared_open(b)[1])


def _meet(low: float, high: float, open_end: bool) -> bool:
    """Does an interval starting at `low` reach one ending at `high`? Not when they only touch
    at an end one of them leaves out: "nearly 4 days" (up to 4) and "more than 4 days"."""
    return low < high if open_end else low <= high


def _common_ends(values: list[Value]) -> tuple[float, bool, float, bool]:
    """(low, low_open, high, high_open) of the interval all the values lie in: the highest low
    end and the lowest high end, each left out where a value with that end leaves it out."""
    bounds = [(*compared_bounds(v), *compared_open(v)) for v in values]
    low, high = max(b[0] for b in bounds), min(b[1] for b in bounds)
    return (low, any(low_open for end, _, low_open, _ in bounds if end == low),
            high, any(high_open for _, end, _, high_open in bounds if end == high))


def _width(value: Value) -> float:
    low, high = compared_bounds(value)  # an unbounded end is infinite, and so is the width
    return high - low


def _narrowness(value: Value) -> tuple[float, float]:
    """How narrow a value is, to rank it: its width, then, among values open at one end, how far
    in its bounded end lies: "at least 1.2 metres" is narrower than "more than 1", which holds it,
    as "fewer than 30" is than "under 40"."""
    low, high = compared_bounds(value)
    if math.isinf(high) and not math.isinf(low):
        return _width(value), -low
    if math.isinf(low) and not math.isinf(high):
        return _width(value), high
    return _width(value), 0.0


def most_precise(values: list[Value]) -> Value:
    """The narrowest value; exact readings before qualified ones of the same width, and a figure
    before a rounding of it to a larger unit ("20 days" before "three weeks")."""
    rounding = {v for v in values if any(unit_rounding_reach(v))
                and any(rounds(v, w) and not _overlap(v, w, Tolerance()) for w in values)}
    return min(values, key=lambda v: (_width(v), v.qualifier != "exact", v in rounding))


def claim_value(values: list[Value], in_headlines: list[bool] | None = None) -> Value:
    """What a source's agreeing readings say together: what they all allow, in whatever order
    the source states them, except that a figure a headline states bare (`in_headlines`, one
    flag a value: see Observation.headline) where the text hedges it ("3,000" in a headline,
    "some 3,000", "more than 3,000" or "nearly 3,000" in the text) is read as hedged: a headline
    drops the hedge its text gives. So is one that a range or a choice of figures of the text
    holds ("1,100 still missing" in a headline, "between 1,000 and 1,100 people are still
    missing"): the headline gave one end of the text's range. A bare figure in a sentence of the
    text is the text's own detail, before its hedge or after it ("the grounding of 171 jets",
    "approximately 171 planes"; "at least 85 dead", "85 have been confirmed dead"), and is kept."""
    headlines = in_headlines or [False] * len(values)
    kept = [v for v, headline in zip(values, headlines) if not (headline and _hedged_by_one_of(v, values))]
    return _all_allow(kept) or sharpest(kept)


def sharpest(values: list[Value]) -> Value:
    """Of a source's figures that agree only within a tolerance, sharing nothing, the one written to
    the finest digit, as it says the most: "$71.4 million" before "$71 million", 1,301 before
    1,300 (though the whole "$71 million" is read as exact, and "$71.4 million" as the rounding
    71.35–71.45 million); then the most precise (see most_precise)."""
    digits = {v: finest_digit(v) if _is_bare_number(v) else math.inf for v in values}
    finest = min(digits.values())
    return most_precise([v for v in values if digits[v] == finest])


def _hedged_by_one_of(bare: Value, values: list[Value]) -> bool:
    """Is `bare` a figure said bare that one of the values hedges ("about", "more than" it) or
    holds in a range or a choice of figures ("between 1,000 and 1,100", "32 or 33")?"""
    if not (bare.qualifier == "exact" and bare.is_point and bare.kind != "date"):
        return False
    return any((v.kind, v.unit) == (bare.kind, bare.unit)
               and (v.qualifier in HEDGES and figure_said(v) == bare.low
                    or v.qualifier in ("range", "either") and v.low is not None and v.high is not None
                    and v.low <= bare.low <= v.high) for v in values)


def _all_allow(values: list[Value]) -> Value | None:
    """The one of the values that lies inside all the others ("more than 150" beside "at least
    140", 155 beside either), so that no figure of a source that rules a value out is hidden
    behind a looser one; where none does ("hundreds" and "more than 200"), the interval they
    share (201–999). None when they share nothing: they agree only within a tolerance."""
    low, low_open, high, high_open = _common_ends(values)
    if not _meet(low, high, low_open or high_open):
        return None
    ends = (low, low_open, high, high_open)
    inside = [v for v in values if _common_ends([v]) == ends] or [
        v for v in values if v.is_point and _meet(low, v.low, low_open) and _meet(v.low, high, high_open)]
    # (the second: a figure rounded in a scale whose written point all allow, "1.8m" beside "some 1.75m")
    return most_precise(inside) if inside else _between(most_precise(values), *ends)


def _between(like: Value, low: float, low_open: bool, high: float, high_open: bool) -> Value:
    """A value of `like`'s kind and unit from low to high, as comparison reads them (dates as day
    numbers, durations in days): a range no source wrote, but every reading of one allows."""
    if like.kind == "date":
        first, last = date.fromordinal(int(low)), date.fromordinal(int(high))
        return Value("date", first, last, precision="day" if first == last else "range")
    whole = [int(n) if n.is_integer() else n for n in (low, high)]
    precision = None if like.kind == "duration" else like.precision  # days now, whatever unit was written
    return Value(like.kind, *whole, qualifier="range", unit=like.unit, precision=precision,
                 low_open=low_open, high_open=high_open)


# ---------------------------------------------------------------------------
# Verdicts


def compare(sources: list[Source], rules: list[Rule], observations: list[Observation],
            problems: list[SourceProblem] = ()) -> Comparison:
    # "At least N" is read as N before judging where its rule says so, and times either side of
    # midnight are moved, and reports given the observations so read, so that a claim's
    # observations are among the comparison's (judge reads and moves none again).
    at_least = {r.id: r.at_least for r in rules}
    observations = [_as_the_rule_reads(o, at_least.get(o.rule)) for o in observations]
    by_rule: dict[str, list[Observation]] = {r.id: [] for r in rules}
    for obs in observations:
        by_rule.setdefault(obs.rule, []).append(obs)
    moved = {id(o): m for observed in by_rule.values() for o, m in zip(observed, _on_one_clock(observed))}
    observations = [moved[id(o)] for o in observations]
    by_rule = {rule_id: [moved[id(o)] for o in observed] for rule_id, observed in by_rule.items()}
    source_paths = sorted(s.path for s in sources)
    outlets = {s.path: s.outlet for s in sources if s.outlet}
    verdicts = [judge(rule, by_rule[rule.id], source_paths, outlets) for rule in sorted(rules, key=lambda r: r.id)]
    return Comparison(tuple(sorted(sources, key=lambda s: s.path)), tuple(sorted(rules, key=lambda r: r.id)),
                      tuple(observations), tuple(verdicts), tuple(problems))


def judge(rule: Rule, observations: list[Observation], source_paths: list[str],
          outlets: dict[str, str] | None = None) -> Verdict:
    """The verdict on one fact from all its observations (`outlets`: each source's outlet, where known)."""
    observations = [_as_the_rule_reads(o, rule.at_least) for o in observations]
    resolved = _on_one_clock([o for o in observations if o.value.resolved])
    unresolved = tuple(o for o in observations if not o.value.resolved)
    by_source: dict[str, list[Observation]] = {}
    for obs in resolved:
        by_source.setdefault(obs.source, []).append(obs)
    superseded = []
    for path, observed in by_source.items():
        by_source[path], earlier = current_and_superseded(observed, rule.tolerance)
        superseded += earlier
    claims, named = _claims(by_source, rule.tolerance)
    unplaced = {o.source for o in unresolved}
    silent = tuple(p for p in source_paths if p not in by_source and p not in unplaced)
    unit = compared_unit(_claims_of_own_figures(by_source, claims, rule.tolerance), rule_currency(rule))
    converted = tuple(pair for path in sorted(by_source)
                      for pair in _with_headlines_shortening(conversions(by_source[path], unit), by_source[path]))
    if converted:
        set_aside = {conversion for conversion, _ in converted}
        by_source = {path: [o for o in observed if o not in set_aside] for path, observed in by_source.items()}
        claims, named = _claims(by_source, rule.tolerance)
    claims = _compared_unit_first(claims, unit)
    leads = {u: _leading(group, rule.tolerance) for u, group in claims_by_unit(claims, unit).items()
             if u == unit or len({c.source for c in group}) >= 2}  # other units that two sources or more state
    claims = [replace(c, standing=_standing(c.value, leads.get(compared_in(c.value, unit)))) for c in claims]
    by_unit = claims_by_unit(claims, unit)
    leading = leads.get(unit, [])
    consensus = leading[0].value if len(leading) == 1 else None
    tied = _tied(leading) if len(leading) > 1 else ()
    other_units = tuple(_in_other_unit(other, lead, _sources_by_standing(by_unit[other]))
                        for other, lead in sorted(leads.items()) if other != unit)
    compared = _sources_by_standing(by_unit[unit])
    self_contradicting = tuple(sorted({source for source, _ in contradictions(claims, unit)}))
    status = _status(claims, compared, other_units, self_contradicting, tied)
    one_outlet = _one_outlet(compared[AGREES], outlets or {})
    if status == AGREEMENT and one_outlet:
        status = UNCORROBORATED
    return Verdict(rule, status, consensus, tuple(claims), compared[AGREES], compared[DISAGREES], silent,
                   self_contradicting, unresolved, _sources_by_standing(claims)[NOT_COMPARED], tied, compared[SIDES],
                   unit, other_units, tuple(sorted(superseded, key=observation_order)), one_outlet, named, converted)


def _as_the_rule_reads(observation: Observation, at_least: str | None) -> Observation:
    """The observation, its "at least N" read as the figure N where its rule's `at_least` says
    so: a wire's "at least 155 people were killed" is the count confirmed so far, which a
    fact-checker holds against another's 156. (The evidence still shows "at least 155".)"""
    value = observation.value
    if at_least != "the figure" or value.qualifier != "at_least" or value.kind in ("date", "time"):
        return observation
    return replace(observation, value=replace(value, high=value.low, qualifier="exact", low_open=False,
                                              high_open=False, reach=None))


def _on_one_clock(observations: list[Observation]) -> list[Observation]:
    """The observations, resolved times of day among them moved by whole days to lie near each
    other (see values.on_one_clock), so that those either side of midnight are compared across it."""
    moved = on_one_clock([o.value for o in observations])
    return [o if value is o.value else replace(o, value=value) for o, value in zip(observations, moved)]


def _claims(by_source: dict[str, list[Observation]], tolerance: Tolerance) -> tuple[list[Claim], tuple[tuple[str, str], ...]]:
    """Each source's claims, sources in path order, with the shared currency words read as one
    currency (see _shared_words_named)."""
    return _shared_words_named([claim for path in sorted(by_source)
                                for claim in claims_of(path, by_source[path], tolerance)])


def _own_figures(by_source: dict[str, list[Observation]]) -> dict[str, list[Observation]]:
    """Each source's figures without the sums read from brackets as their conversions (see
    extract._bracketed_conversion): a writer's conversion does not make its currency the fact's."""
    return {path: [o for o in observed if not o.converts] for path, observed in by_source.items()}


def _claims_of_own_figures(by_source: dict[str, list[Observation]], claims: list[Claim],
                           tolerance: Tolerance) -> list[Claim]:
    """The claims of each source's own figures (see _own_figures); `claims`, those of all its
    figures, where no figure is a conversion, as in most facts: not grouped a second time."""
    if not any(o.converts for observed in by_source.values() for o in observed):
        return claims
    return _claims(_own_figures(by_source), tolerance)[0]


def _compared_unit_first(claims: list[Claim], unit: str | None) -> list[Claim]:
    """The claims by source, each source's claims in the compared unit before those in another:
    a fact compared in EUR shows a source's euros before the dollars of its headline."""
    return sorted(claims, key=lambda c: (c.source, compared_in(c.value, unit) != unit))


# Between a figure and the same sum in another currency, as a source converts it: "746 million
# euros, or $806 million", "€1.2 billion ($1.3 billion)", "(about $1.3 billion)", "— roughly $1.3
# billion". A comma alone is not enough: "fines of €746 million, $887 million and ..." is a list.
_CONVERSION_HEDGE = r"(?:about|around|roughly|approximately|approx\.|some|nearly|almost|close to|just over|" \
                    r"just under|(?:the )?equivalent (?:of|to)|equal to|worth)"
_CONVERSION_GAP = re.compile(rf"\s*(?:[(\[]\s*(?:{_CONVERSION_HEDGE}\s+)?|,?\s+or\s+(?:{_CONVERSION_HEDGE}\s+)?"
                             rf"|,\s+{_CONVERSION_HEDGE}\s+|\s*[—–]\s*(?:{_CONVERSION_HEDGE}\s+)?)", re.IGNORECASE)


def conversions(observations: list[Observation], unit: str | None) -> list[tuple[Observation, Observation]]:
    """(conversion, figure) for each figure of one source in another currency than `unit` that
    it gives as the conversion of its own figure, right after it in one sentence ("746 million
    euros, or $806 million", "€1.2 billion (about $1.3 billion)" in a fact compared in EUR): the
    same sum said again, at the writer's exchange rate, which is no claim to compare with other
    sources' dollars. The other way round ("$11.4 million (17.4 billion naira)" in a fact compared
    in NGN), the conversion is the source's one figure in `unit`, and its claim; its own figure in
    the other currency stays a claim too, not compared ("also states it in USD"). A conversion no
    pattern reads, from the brackets after a sum (see Observation.converts), is set aside wherever
    it is not in `unit`, even when neither is."""
    return [(second, first) for first, second in one_sum_twice(observations)
            if compared_in(second.value, unit) != unit and (second.converts or compared_in(first.value, unit) == unit)]


def _with_headlines_shortening(converted: list[tuple[Observation, Observation]],
                               observations: list[Observation]) -> list[tuple[Observation, Observation]]:
    """One source's conversions (see conversions), and each figure its headline says bare that
    shortens one of them (see shortened_in_headlines), as a conversion of the same figure:
    Reuters' "Japan to tap $33 mln" over "4.74 billion yen ($32.7 million)" is that conversion
    rounded, no sum of its own in dollars."""
    if not converted:
        return converted
    figure_converted = {conversion.value: figure for conversion, figure in converted}
    return converted + [(headline, figure_converted[value]) for headline, value in shortened_in_headlines(observations).items()
                        if value in figure_converted]


def one_sum_twice(observations: list[Observation]) -> list[tuple[Observation, Observation]]:
    """(figure, conversion) for each sum of one source said again right after it in another
    currency, in one sentence ("746 million euros, or $806 million", "$11.4 million (17.4
    billion naira)"), whichever the fact is compared in."""
    in_order = sorted(observations, key=lambda o: (o.start, o.end))
    pairs, converted_from = [], {}  # a conversion's id: the figure it converts
    # next to each other in the text: a copy of the sentence further on holds its own pair
    for first, second in zip(in_order, in_order[1:]):
        if not second.value.unit:
            continue
        # brackets that give the sum in several currencies ("£2m ($2.5m; €2.3m)"): each converts £2m
        figure = converted_from.get(id(first)) if second.converts and _in_one_bracket(first, second) else None
        if figure is None and first.value.unit != second.value.unit and _said_as_conversion(first, second):
            figure = first
        if figure is not None and figure.value.unit != second.value.unit:
            pairs.append((figure, second))
            converted_from[id(second)] = figure
    return pairs


def _said_as_conversion(first: Observation, second: Observation, gap: re.Pattern = _CONVERSION_GAP) -> bool:
    """Does the sentence give `second` right after `first` as the same sum in another currency?"""
    if first.sentence != second.sentence or first.highlight[1] > second.highlight[0]:
        return False
    return gap.fullmatch(first.sentence[first.highlight[1]:second.highlight[0]]) is not None


# Between two conversions in one bracket: "(US$0.82 or RM5.47)", "(€1.13; US$1.21)", "($2.5m, €2.3m)"
_BETWEEN_CONVERSIONS = re.compile(r"\s*(?:,\s*)?or\s+|\s*[;/]\s*|,\s+", re.IGNORECASE)


def _in_one_bracket(first: Observation, second: Observation) -> bool:
    """Are `first` and `second` two conversions of one figure, side by side in its brackets?"""
    return first.converts and _said_as_conversion(first, second, _BETWEEN_CONVERSIONS)


def _shared_words_named(claims: list[Claim]) -> tuple[list[Claim], tuple[tuple[str, str], ...]]:
    """Claims in a word several currencies share ("150 million pesos"), read in the one currency
    of that word the fact names elsewhere ("Colombian pesos", COP), where it names one alone: three
    Colombian outlets' pesos beside two "Colombian pesos" are one currency, and a disagreement
    between them is no longer hidden. And (word, code) for each word so read."""
    units = {c.value.unit for c in claims}
    named = []
    for word, currencies in SHARED_WORD_CURRENCIES.items():
        if word in units and len(currencies & units) == 1:
            (code,) = currencies & units
            claims = _read_in(claims, word, code)
            named.append((word, code))
    return claims, tuple(named)


def _read_in(claims: list[Claim], unit: str, instead: str) -> list[Claim]:
    """The claims, those in `unit` read in the unit `instead`."""
    return [replace(c, value=replace(c.value, unit=instead)) if c.value.unit == unit else c for c in claims]


def _one_outlet(agreeing: tuple[str, ...], outlets: dict[str, str]) -> str | None:
    """The outlet whose articles are all the sources that agree, when they are two or more: an
    outlet that repeats itself (a report and its follow-up) corroborates nothing. A source
    without an outlet is an outlet of its own."""
    if len(agreeing) < 2 or any(path not in outlets for path in agreeing):
        return None
    names = {" ".join(outlets[path].split()).casefold() for path in agreeing}
    return outlets[agreeing[0]] if len(names) == 1 else None


def current_and_superseded(observations: list[Observation], tolerance: Tolerance) -> tuple[list[Observation], list[Observation]]:
    """One source's figures for a fact, split into those it stands by and those a live page's
    later entry corrects: a figure in an earlier entry ("three crew members were detained", at
    07:52) that every figure of the latest entry stating the fact disagrees with ("four men were
    arrested, not three", at 11:58) or revises (see _revises: "about 1,500 feet", then "about
    1,600 feet"). A figure in another unit corrects nothing. The page's
    opening, above its first entry, neither corrects nor is corrected: it may be a summary kept
    current or the first report, and an article's lede above a timeline is its latest word."""
    in_entries = [obs for obs in observations if obs.entry is not None]
    if not in_entries:
        return observations, []
    newest = latest_figures(in_entries)
    latest = newest[0].entry.rank
    current, superseded = [], []
    for obs in observations:
        said_since = [new.value for new in newest if comparable(obs.value, new.value)]
        corrected = (obs.entry is not None and obs.entry.rank < latest and bool(said_since)
                     and all(_revises(new, obs.value) or not agree(obs.value, new, tolerance) for new in said_since))
        (superseded if corrected else current).append(obs)
    return current, superseded


def latest_figures(in_entries: list[Observation]) -> tuple[Observation, ...]:
    """A live page's figures in its latest entry that states the fact (of `in_entries`, figures
    in its entries), in reading order."""
    rank = max(o.entry.rank for o in in_entries)
    return tuple(sorted(dict.fromkeys(o for o in in_entries if o.entry.rank == rank), key=lambda o: o.start))


def _revises(later: Value, earlier: Value) -> bool:
    """Does a page's later figure replace its earlier one, though the two may overlap? Where
    both give the writer's own figure, bare or "about" (see _own_figure), and the figures differ:
    "about 1,500 feet" then "about 1,600 feet", or 1,500 then "about 1,600". Not the same figure
    in other words ("about 1,600", then "approximately 1,600 feet" or "1,600"), nor a bound that a
    later figure keeps ("at least 96 dead", then 138), which stays with it."""
    figure = _own_figure(earlier)
    return figure is not None and _own_figure(later) not in (None, figure)


def compared_in(value: Value, unit: str | None) -> str | None:
    """The unit a value is compared in: `unit` (the fact's compared unit), or its own where it is another."""
    return unit if in_unit(value, unit) else value.unit


def claims_by_unit(claims: list[Claim], unit: str | None) -> dict[str | None, list[Claim]]:
    """The claims by the unit each is compared in (see compared_in), the compared unit first."""
    by_unit: dict[str | None, list[Claim]] = {unit: []}
    for claim in claims:
        by_unit.setdefault(compared_in(claim.value, unit), []).append(claim)
    return by_unit


def _in_other_unit(unit: str, leading: list[_Lead], by_standing: dict[str, tuple[str, ...]]) -> InOtherUnit:
    return InOtherUnit(unit, leading[0].value if len(leading) == 1 else None, _tied(leading) if len(leading) > 1 else (),
                       by_standing[AGREES], by_standing[SIDES], by_standing[DISAGREES])


def _status(claims: list[Claim], compared: dict[str, tuple[str, ...]], other_units: tuple[InOtherUnit, ...],
            self_contradicting: tuple[str, ...], tied: tuple[Tied, ...]) -> str:
    if not claims:
        return NO_DATA
    if compared[DISAGREES] or compared[SIDES] or self_contradicting or tied or any(
            other.disagreeing or other.siding for other in other_units):
        return DISAGREEMENT
    # corroborated where two sources agree in any unit: a fine in dinars that two sources give in euros
    corroborated = len(compared[AGREES]) > 1 or any(len(other.agreeing) > 1 for other in other_units)
    return AGREEMENT if corroborated else UNCORROBORATED


def _tied(leading: list[_Lead]) -> tuple[Tied, ...]:
    """The values of a tie, lowest first, each with the sources that back it."""
    return tuple(Tied(lead.value, tuple(sorted(lead.sources)))
                 for lead in sorted(leading, key=lambda lead: _value_order(lead.value)))


def compared_unit(claims: list[Claim], preferred: str | None = None) -> str | None:
    """The unit the values are compared in: the rule's own currency where a source states the
    fact in it (see rules.rule_currency); else the one the most sources state the fact in; on a
    tie, the first in code-point order ("EUR" before "USD"). Values in any other unit neither
    back, oppose nor tie-break anything (no exchange rate is assumed); a value with no unit
    is compared with every unit. None when no value has a unit."""
    sources_by_unit: dict[str, set[str]] = {}
    for claim in claims:
        if claim.value.unit:
            sources_by_unit.setdefault(claim.value.unit, set()).add(claim.source)
    if preferred in sources_by_unit:
        return preferred
    return min(sources_by_unit, key=lambda u: (-len(sources_by_unit[u]), u), default=None)


def in_unit(value: Value, unit: str | None) -> bool:
    """Is `value` compared in `unit`? Values without a unit are compared in any."""
    return value.unit is None or unit is None or value.unit == unit


def _standing(value: Value, leading: list["_Lead"] | None) -> str:
    """How a claim stands against the consensus (one leading value) or the tied values (several)
    of its unit, from how many of them it agrees with; None when its unit is not compared."""
    if leading is None:
        return NOT_COMPARED
    return _standing_by(sum(value in lead.values for lead in leading), len(leading))


def _standing_by(agreed: int, leading: int) -> str:
    """Agreeing with all of the leading values, with none, or with some (in a tie)."""
    return AGREES if agreed == leading else DISAGREES if agreed == 0 else SIDES


def compared_against(value: Value, verdict: Verdict) -> InOtherUnit | None:
    """The comparison a value is judged in, as an InOtherUnit: that of the fact's compared unit,
    or of the other unit it is in; None where no other source states the fact in its unit."""
    unit = compared_in(value, verdict.unit)
    if unit == verdict.unit:
        return InOtherUnit(unit, verdict.consensus, verdict.tied, verdict.agreeing, verdict.siding, verdict.disagreeing)
    return next((other for other in verdict.other_units if other.unit == unit), None)


def standing_of(value: Value, verdict: Verdict) -> str:
    """How one value stands against the consensus or tied values of the unit it is compared in,
    as a claim does (see _standing): what one line of a source says, apart from its other lines."""
    against = compared_against(value, verdict)
    if against is None or (against.consensus is None and not against.tied):
        return NOT_COMPARED
    leading = [against.consensus] if against.consensus is not None else [t.value for t in against.tied]
    return _standing_by(sum(agree(value, lead, verdict.rule.tolerance) for lead in leading), len(leading))


def _sources_by_standing(claims: list[Claim]) -> dict[str, tuple[str, ...]]:
    """Each source under the best standing of its claims: a source that says the consensus
    somewhere agrees with it, whatever else it says."""
    best: dict[str, str] = {}
    for claim in claims:
        known = best.get(claim.source)
        if known is None or STANDING_ORDER.index(claim.standing) < STANDING_ORDER.index(known):
            best[claim.source] = claim.standing
    return {standing: tuple(sorted(s for s, b in best.items() if b == standing)) for standing in STANDING_ORDER}


def contradictions(claims: list[Claim], unit: str | None) -> list[tuple[str, tuple[Claim, ...]]]:
    """(source, its claims in one unit) wherever a source has two claims or more compared in one
    unit (see compared_in): a source's values fall into separate claims only where they did not
    agree. "€4.2 million ($4.5 million)" is one sum said twice, and so is a bare "2 million
    crowns" compared in CZK beside "(about 80,000 euros)"."""
    by_source_and_unit: dict[tuple[str, str | None], list[Claim]] = {}
    for claim in claims:
        by_source_and_unit.setdefault((claim.source, compared_in(claim.value, unit)), []).append(claim)
    return [(source, tuple(group)) for (source, _), group in by_source_and_unit.items() if len(group) >= 2]


def _holders(claims: list[Claim]) -> dict[Value, set[str]]:
    """Each distinct value with the sources claiming it: thousands of sources repeat a few values."""
    holders: dict[Value, set[str]] = {}
    for claim in claims:
        holders.setdefault(claim.value, set()).add(claim.source)
    return holders


def claims_of(path: str, observations: list[Observation], tolerance: Tolerance) -> list[Claim]:
    """Group one source's observations into claims whose values agree with each other. A
    headline's figure that shortens one of the text's (see shortened_in_headlines) is grouped as
    that figure, and leaves the claim's value to the text's."""
    shortened = shortened_in_headlines(observations)
    groups: list[list[Observation]] = []
    distinct: list[set[Value]] = []  # each group's values once: an article repeats its numbers
    for obs in observations:
        value = shortened.get(obs, obs.value) if shortened else obs.value
        home = next((i for i, values in enumerate(distinct)
                     if value in values or all(agree(value, v, tolerance) for v in values)), None)
        if home is None:
            groups.append([obs])
            distinct.append({value})
        else:
            groups[home].append(obs)
            distinct[home].add(value)
    claims = []
    for group in groups:
        said = [o for o in group if o not in shortened]  # (never none: a shortened figure joins the text's)
        claims.append(Claim(path, claim_value([o.value for o in said], [o.headline for o in said]), tuple(group)))
    return claims


def shortened_in_headlines(observations: list[Observation]) -> dict[Observation, Value]:
    """Each figure a headline says bare that a figure of the text rounds to at the last digit the
    headline writes, with that figure: "UN seeks $71 million" over "appealed for 71.4 million US
    dollars" (a headline shortens, as it drops a hedge: see claim_value), or "2 million" over "some
    1.8 million". Not a headline's other figure ("$75 million" over 71.4 million, "$70 million",
    whose zero is a digit it writes, nor 1,300 over 1,301), nor one in words ("half a million" over
    "almost 490,000"), nor one the text says too ("$1BN" over "wants $1billion" and "$916million"):
    the source then contradicts itself."""
    # (a figure in words, "half a million", writes no digit to round to)
    headlines = [o for o in observations if o.headline and _is_bare_number(o.value) and any(c.isdigit() for c in o.raw)]
    if not headlines:
        return {}
    text = [(o.value, said) for o in observations
            if not o.headline and o.value.kind in ("count", "amount") and (said := figure_said(o.value)) is not None]
    shortened = {}
    for obs in headlines:
        alike = [(value, said) for value, said in text if (value.kind, value.unit) == (obs.value.kind, obs.value.unit)]
        if any(said == obs.value.low for _, said in alike):
            continue  # the text says the headline's figure too: "$1BN" over "wants $1billion ... $916million"
        step = written_digit(obs.value, obs.raw)
        figure = next((value for value, said in alike if rounded_to(said, step) == obs.value.low), None)
        if figure is not None:
            shortened[obs] = figure
    return shortened


@dataclass(frozen=True)
class _Lead:
    """A value in the lead for the consensus: the distinct values that agree with it, and their sources."""

    value: Value
    values: frozenset[Value]
    sources: frozenset[str]


def _leading(claims: list[Claim], tolerance: Tolerance) -> list[_Lead]:
    """The value most sources agree with; or, when values that disagree with one another are
    each backed by as many sources, all of them (a tie). [] when there are no claims.

    A value can lead only if the claims backing it agree with each other too: "32 or 33"
    agrees with both 32 and 33, but must not make them look as one. Candidates are ranked by
    a count from sorted interval ends (O(log n) each), and only those that could lead are
    checked exactly, so a fact stated by thousands of sources stays cheap.
    """
    if not claims:
        return []
    holders = _holders(claims)
    leading = _leaders(claims, holders, tolerance, coherent_only=True)
    # Some value's backers agree with each other in every case met so far (the value whose
    # interval ends first, with a fixed tolerance); should none, rank them without that test
    # rather than name no value at all.
    return leading or _leaders(claims, holders, tolerance, coherent_only=False)


def _leaders(claims: list[Claim], holders: dict[Value, set[str]], tolerance: Tolerance,
             coherent_only: bool) -> list[_Lead]:
    near = _Near(list(holders), tolerance)
    counts = _OverlapCounts(claims, tolerance, near)
    agreeing = {value: counts.claims_agreeing(value) for value in holders}
    holding = (_holding_a_figure(agreeing) | _rounding_a_finer(agreeing, near, tolerance)
               | _rounding_a_finer_figure(agreeing, tolerance))
    unwritten = set(holders) - {c.value for c in claims if _written(c)}
    writers = _writers(holders)

    def rank(value: Value) -> tuple:
        # Among values as many claims agree with, one a source writes, before the range a
        # source's figures share, which no article states ("about 1,600 feet" before the
        # 1,500–1,600 of a page's "about 1,500" and "about 1,600"); then one that holds no figure
        # of the others, so that a figure goes before its hedge or rounding ("212" before "more
        # than 200", "68.31%" before "68.3%", "€133.9m" before "€134m"); then the figure more sources wrote, however each
        # spelt it, so that at a tolerance of 0.1% two sources' "$787.5 million" go before one's
        # "$787 million", and "$11,020,000,000" and "$11.02bn" are two sources' figure; then the
        # narrowest; then the spelling more sources wrote; then one with its unit, "6.2
        # percentage points" before a bare "6.2".
        return (-agreeing[value], value in unwritten, value in holding, -len(writers[value]), _narrowness(value),
                -len(holders[value]), value.unit is None, _value_order(value))

    leaders: list[_Lead] = []
    led: set[Value] = set()  # the leaders' values, to test a candidate against them all at once
    for value in sorted(holders, key=rank):
        best = len(leaders[0].sources) if leaders else 0
        if agreeing[value] < best:
            break  # no later candidate can be backed by more sources
        backing = frozenset(v for v in near.around(value) if agree(v, value, tolerance))
        if coherent_only and not (_written_most(value, backing, writers, tolerance) or _coherent(list(backing), tolerance)):
            continue
        sources = frozenset().union(*(holders[v] for v in backing))
        if len(sources) > best:
            leaders, led = [_Lead(value, backing, sources)], {value}
        elif len(sources) == best and led.isdisjoint(backing):
            leaders.append(_Lead(value, backing, sources))  # as many back a value no leader agrees with: a tie
            led.add(value)
    return _told_apart_by_own_figures(leaders, holders) if len(leaders) > 1 else leaders


OWN_FIGURES = frozenset(("exact", "approximately"))  # a figure said bare or "about": the writer's best figure


def _own_figure(value: Value) -> float | None:
    """The figure at the centre of a value: 500 million for "$500 million" and for "about $500
    million"; None for a range, a bound ("more than 30", "nearly 35"), a vague value or a date."""
    return figure_said(value) if value.qualifier in OWN_FIGURES else None


WRITTEN_FIGURES = OWN_FIGURES | {"at_least"}  # and a lower bound's figure: "at least 84" is the toll confirmed so far


def _written_figure(value: Value) -> float | None:
    """The figure a value writes as one it may be: its own figure (see _own_figure), or the one a
    lower bound starts at, 84 for "at least 84"; None for a figure it leaves out ("more than
    30", "nearly 35"), a range, a vague value or a date."""
    return figure_said(value) if value.qualifier in WRITTEN_FIGURES else None


def _told_apart_by_own_figures(leaders: list[_Lead], holders: dict[Value, set[str]]) -> list[_Lead]:
    """Of values that tie, those backed by the most sources once a source that agrees with
    several counts only for the one it writes (see _written_figure): a station's "about $500
    million" (450–550 million) backs both $500 million and "about $550 million", but it said 500,
    so with a tabloid's bare 500 that figure leads two to one; and a wire's "killing at least 84
    people" backs 84, 92 and 221, but wrote 84. Sources that write no tied figure ("nearly 35"
    beside 34 and 35, "more than 30" beside 30 and 40, "at least 78" beside 84 and 92) still back
    every value they agree with, and a real two-against-two split stays a tie."""
    figures = {_written_figure(lead.value) for lead in leaders} - {None}

    def leaning_elsewhere(value: Value, lead: _Lead) -> bool:
        own = _written_figure(value)
        return own in figures and own != _written_figure(lead.value)

    backed = [len(set().union(*(holders[v] for v in lead.values if not leaning_elsewhere(v, lead))))
              for lead in leaders]
    return [lead for lead, n in zip(leaders, backed) if n == max(backed)]


def _written(claim: Claim) -> bool:
    """Does the source write its claim's value, not only a range its figures share (see _all_allow)?"""
    unit = claim.value.unit  # (made again in the claim's unit only where it is in another: most are not)
    return any((o.value if o.value.unit == unit else replace(o.value, unit=unit)) == claim.value
               for o in claim.observations)


def _holding_a_figure(agreeing: dict[Value, int]) -> set[Value]:
    """The values whose interval holds a figure's that as many claims agree with: each a looser
    way of saying it, "more than 200" of 212, "68.3%" of 68.31%, and "hundreds" or "more than 400"
    of "about 500", a writer's own estimate. Not one approximation of another: "a third" (30%–36.67%)
    holds "about 33%" (32%–34%), but neither is the figure, and the one more sources wrote leads;
    nor one bound of another ("more than 200" of "more than 210")."""
    figures = [v for v in agreeing if v.qualifier in ("exact", "range", "either")]  # said bare, or by its ends
    approximate = [v for v in agreeing if v.qualifier == "approximately"]
    return (_holding(agreeing, figures, agreeing)
            | _holding(agreeing, approximate, [v for v in agreeing if v.qualifier != "approximately"]))


def _holding(agreeing: dict[Value, int], held: list[Value], holders: list[Value]) -> set[Value]:
    """Those of `holders` whose interval holds another's of `held` that as many claims agree with.
    Found from the held values sorted by their low ends, with the lowest high end from each one
    on, so thousands of values cost little."""
    holding = set()
    held_by_count: dict[int, list[tuple[float, float]]] = {}
    for value in held:
        held_by_count.setdefault(agreeing[value], []).append(compared_bounds(value))
    holders_by_count: dict[int, list[Value]] = {}
    for value in holders:
        holders_by_count.setdefault(agreeing[value], []).append(value)
    for count, ends in held_by_count.items():
        ends.sort()
        lows = [low for low, _ in ends]
        lowest_high_from = [math.inf] * (len(ends) + 1)
        for i in range(len(ends) - 1, -1, -1):
            lowest_high_from[i] = min(ends[i][1], lowest_high_from[i + 1])
        for value in holders_by_count.get(count, ()):
            low, high = compared_bounds(value)
            # another that starts no sooner and ends sooner, or starts later and ends no later
            ends_sooner = lowest_high_from[bisect.bisect_left(lows, low)] < high
            starts_later = lowest_high_from[bisect.bisect_right(lows, low)] <= high
            if ends_sooner or starts_later:
                holding.add(value)
    return holding


def _writers(holders: dict[Value, set[str]]) -> dict[Value, frozenset[str]]:
    """Each value with the sources that wrote its figure, however each spelt it: a count's or an
    amount's scale ("$11,020,000,000" and "$11.02bn", "25 basis points" and "0.25 percentage
    points") is how it is written, not another figure. (A duration's unit, a date's or a time's
    precision are part of what the value says: "three weeks" and "21 days" stay two.)"""
    by_figure: dict[Value, set[str]] = {}
    for value, sources in holders.items():
        by_figure.setdefault(_figure(value), set()).update(sources)
    return {value: frozenset(by_figure[_figure(value)]) for value in holders}


def _figure(value: Value) -> Value:
    """The value as a figure, whatever scale it was written in (see _writers)."""
    return replace(value, precision=None) if value.kind in ("count", "amount") and value.precision else value


def _rounding_a_finer(agreeing: dict[Value, int], near: "_Near", tolerance: Tolerance) -> set[Value]:
    """The figures rounded to a larger unit that round a figure as many claims agree with, and
    agree with it only so ("three weeks" beside "20 days"): each a looser way of saying it, so
    the finer one leads. ("Three weeks" beside "21 days" is the same figure: the one more sources
    wrote leads.)"""
    return {value for value in agreeing if any(unit_rounding_reach(value))
            and any(agreeing.get(other) == agreeing[value] and rounds(value, other, tolerance)
                    and not _overlap(value, other, tolerance) for other in near.around(value))}


def _rounding_a_finer_figure(agreeing: dict[Value, int], tolerance: Tolerance) -> set[Value]:
    """The figures said bare that round another said bare to a coarser digit, which as many
    claims agree with and which they agree with (within the tolerance): "€134m" of "€133.9m",
    "$5 million" of "$5.2 million" at a tolerance of 5%. Each is a looser way of saying the
    finer figure, so the finer one leads, as "68.31%" does "68.3%", which is read as a rounding."""
    bare: dict[tuple, list[Value]] = {}
    for value in agreeing:
        if _is_bare_number(value):
            bare.setdefault((value.kind, value.unit, round(value.low, 9)), []).append(value)
    return {coarse for finer in agreeing if _is_bare_number(finer)
            for figure in coarser_roundings(finer.low)
            for coarse in bare.get((finer.kind, finer.unit, figure), ())
            if agreeing[coarse] == agreeing[finer] and agree(coarse, finer, tolerance)}


def _is_bare_number(value: Value) -> bool:
    """A count or an amount said bare as one figure."""
    return value.kind in ("count", "amount") and value.qualifier == "exact" and value.is_point


def _bare_or_open(value: Value) -> float | None:
    """The figure a value says bare or as an upper estimate (see _says_its_figure), or with a
    hedge that leaves it out ("more than 500,000")."""
    return figure_said(value) if value.qualifier in OPEN_HEDGES else _says_its_figure(value)


class _OverlapCounts:
    """How many claims agree with a value: those whose interval overlaps it, counted from the
    claims' sorted ends, and those that agree only as a figure and its hedge do. An end is
    sorted with whether it is left out, so that a claim only touching the interval at an end one
    of the two leaves out is not counted ("more than 4 days" does not back "nearly 4 days")."""

    def __init__(self, claims: list[Claim], tolerance: Tolerance, near: "_Near"):
        self.tolerance, self.near = tolerance, near
        self.claims_with = Counter(c.value for c in claims)
        bounds = [(*compared_bounds(c.value), *compared_open(c.value)) for c in claims]
        # At one number a low end left out sorts after one kept, a high end left out before one kept.
        self.lows = sorted((low, low_open) for low, _, low_open, _ in bounds)
        self.highs = sorted((high, not high_open) for _, high, _, high_open in bounds)
        # Each figure said bare or with a hedge that leaves it out, with its distinct values and
        # how many claims say each: those that agree without overlapping (see agree).
        self.by_figure: dict[float, Counter[Value]] = {}
        for claim in claims:
            figure = _bare_or_open(claim.value)
            if figure is not None:
                if figure not in self.by_figure:
                    self.by_figure[figure] = Counter()
                self.by_figure[figure][claim.value] += 1

    def claims_agreeing(self, value: Value) -> int:
        figure = _bare_or_open(value)
        said = dict(self.by_figure.get(figure, {})) if figure is not None else {}
        if self.near.rounding and value.kind == "duration":  # and a figure rounded to a larger unit, or one it rounds
            rounded = any(unit_rounding_reach(value))
            said.update((other, self.claims_with[other]) for other in self.near.around(value)
                        if (rounded and rounds(value, other, self.tolerance))
                        or (any(unit_rounding_reach(other)) and rounds(other, value, self.tolerance)))
        return self.claims_overlapping(value) + sum(
            n for other, n in said.items() if agree(value, other, self.tolerance)
            and not _overlap(value, other, self.tolerance))

    def claims_overlapping(self, value: Value) -> int:
        low, high = compared_bounds(value)
        low_open, high_open = compared_open(value)
        slack = self.tolerance.widen(max(abs(low), abs(high)) if value.kind != "date" and math.isfinite(low + high) else 0)
        # Claims starting at or before the end (strictly before, where the value leaves its end out)...
        end = (high + slack, False)
        starting_before_end = (bisect.bisect_left if high_open else bisect.bisect_right)(self.lows, end)
        # ...less those ended before the start (at it too, where the value leaves its start out).
        start = (low - slack, True)
        ended_before_start = (bisect.bisect_right if low_open else bisect.bisect_left)(self.highs, start)
        return starting_before_end - ended_before_start


NEAR_MARGIN = 1e-9  # relative: far above rounding error, far below any tolerance a rule sets


class _Near:
    """The values that might agree with a given one: those whose interval, widened by the
    largest slack the tolerance can give, overlaps it. Found from the values sorted by their
    low ends, so a fact with thousands of distinct values (dates over years) does not test
    every pair; `agree` then decides."""

    def __init__(self, values: list[Value], tolerance: Tolerance):
        ends = [(*compared_bounds(v), v) for v in values]
        bounded = [e for e in ends if math.isfinite(e[0]) and math.isfinite(e[1])]
        self.largest = max((max(abs(low), abs(high)) for low, high, _ in bounded), default=0.0)
        # The few widest intervals are always returned, like unbounded ones, so that one wide
        # value ("between 0 and 6,000") does not widen the window searched for every other.
        widths = sorted(high - low for low, high, _ in bounded)
        self.widest = widths[max(0, len(widths) - 1 - math.isqrt(len(widths)))] if widths else 0.0
        narrow = sorted((e for e in bounded if e[1] - e[0] <= self.widest), key=lambda e: e[0])
        self.always = [v for low, high, v in ends if not (math.isfinite(low) and math.isfinite(high))
                       or high - low > self.widest]
        self.lows = [low for low, _, _ in narrow]
        self.values = [v for _, _, v in narrow]
        self.tolerance = tolerance
        # How far the furthest figure rounded to a larger unit reaches (see values.unit_rounding_reach)
        self.rounding = max((max(unit_rounding_reach(v)) for v in values), default=0.0)

    def around(self, value: Value) -> list[Value]:
        low, high = compared_bounds(value)
        if not (math.isfinite(low) and math.isfinite(high)):
            return self.values + self.always
        slack = (self.tolerance.widen(0) if value.kind == "date"
                 else self.tolerance.widen(max(self.largest, abs(low), abs(high))) + self.rounding)
        # A margin for rounding: 1.1 - (1.1 - 0.1) is a hair above 0.1, which touches 1.1. And a
        # count's step: "fewer than 10" ends at 9, and agrees with a bare 10 (see agree).
        margin = NEAR_MARGIN * (1 + abs(low) + abs(high) + slack + self.widest) + (value.kind == "count")
        first = bisect.bisect_left(self.lows, low - slack - self.widest - margin)
        last = bisect.bisect_right(self.lows, high + slack + margin)
        return self.values[first:last] + self.always


def _written_most(value: Value, backing: frozenset[Value], writers: dict[Value, frozenset[str]],
                  tolerance: Tolerance) -> bool:
    """Is `value` one figure, written by more sources than any backer that disagrees with
    another (however each spelt it: see _writers)? Then it leads its backers however far apart
    they lie within the tolerance: at a tolerance of 0.1, 63.3% and 63.41% both agree with the
    63.4% three sources wrote. A value no more sources wrote must not join values that disagree:
    "32 or 33", or a lone 33 at a tolerance of 1, between sources saying 32 and sources saying 34."""
    if not value.is_point:
        return False
    values = list(backing)
    if len(values) > 24:  # past a few values, more sources than any backer at all (see _coherent)
        at_odds = values
    else:
        at_odds = [v for v in values if any(not agree(v, w, tolerance) for w in values)]
    return all(len(writers[v]) < len(writers[value]) for v in at_odds if _figure(v) != _figure(value))


def _coherent(values: list[Value], tolerance: Tolerance) -> bool:
    """Do the values agree with each other? Intervals that overlap pairwise share a point, so
    beyond a few values it is enough that the highest start is not past the lowest end; a hedge
    of a figure said bare among them ("more than 500,000" beside 500,000), which agrees with it
    without sharing a point, is checked against each value instead."""
    if len(values) <= 24:
        return all(agree(a, b, tolerance) for i, a in enumerate(values) for b in values[i + 1:])
    bare = {_says_its_figure(v) for v in values} - {None}
    finest = min(map(unit_seconds, values))  # (and figures rounded to a larger unit, which agree alike)
    hedges = {v for v in values if v.qualifier in OPEN_HEDGES and figure_said(v) in bare
              or any(unit_rounding_reach(v)) and unit_seconds(v) > finest}
    if hedges:
        rest = [v for v in values if v not in hedges]
        return all(agree(h, v, tolerance) for h in hedges for v in values) and _coherent(rest, tolerance)
    highest_low, low_open, lowest_high, high_open = _common_ends(values)
    slack = tolerance.widen(max(abs(highest_low), abs(lowest_high))) if values[0].kind != "date" else 0
    return _meet(highest_low, lowest_high + (tolerance.absolute if values[0].kind == "date" else slack),
                 low_open or high_open)


def _value_order(value: Value) -> tuple:
    return (*compared_bounds(value), value.qualifier, value.unit or "")
