"""What every human format says, in the order it says it; each format only draws it.

Nothing here escapes text: the strings returned are raw, and each format makes them safe
its own way (`escape.clean` for the terminal, `escape.markdown_cell` for Markdown).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from ..compare import (AGREEMENT, AGREES, DISAGREEMENT, DISAGREES, NO_DATA, NOT_COMPARED, SIDES, STATUS_ORDER,
                       UNCORROBORATED, Claim, Comparison, Tied, Verdict, contradictions, figure_said, latest_figures,
                       Rounded, rounds, roundings)
from ..extract import Observation
from ..rules import Rule, Tolerance, reads_percentages, unit_currency
from ..sources import Source, SourceProblem
from ..values import LOCAL_TIME, MEASURED, MINUTES_A_DAY, Value, rounding_note, whole_in_its_scale

STATUS_LABEL = {DISAGREEMENT: "disagreement", UNCORROBORATED: "uncorroborated", AGREEMENT: "agreement",
                NO_DATA: "no data"}
SECTION_TITLE = {DISAGREEMENT: "Disagreements", UNCORROBORATED: "Uncorroborated", AGREEMENT: "Agreements",
                 NO_DATA: "No data"}
# A claim's mark by its standing: ✓ agrees with the consensus (in a tie, with every tied value),
# ⇄ sides with some of the tied values, ✗ agrees with none. A claim not compared has no mark.
MARKS = {AGREES: "✓", SIDES: "⇄", DISAGREES: "✗"}
NO_PUBLICATION_DATE = "no publication date"


def report_order(comparison: Comparison) -> list[Verdict]:
    """Most serious facts first (STATUS_ORDER), then by rule id."""
    return sorted(comparison.verdicts, key=lambda v: (STATUS_ORDER.index(v.status), v.rule.id))


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun if count == 1 else noun + 's'}"


def summary_counts(comparison: Comparison) -> list[tuple[str, int]]:
    """(label, count) pairs for the report's summary, in the order they are shown."""
    return [("sources", len(comparison.sources)), ("facts", len(comparison.verdicts)),
            ("disagreements", comparison.count(DISAGREEMENT)), ("agreements", comparison.count(AGREEMENT)),
            ("uncorroborated", comparison.count(UNCORROBORATED)), ("no data", comparison.count(NO_DATA))]


def summary_phrases(comparison: Comparison) -> list[str]:
    """"3 sources", "2 facts", "1 disagreement", ... for a one-line summary."""
    return [_plural(len(comparison.sources), "source"), _plural(len(comparison.verdicts), "fact"),
            _plural(comparison.count(DISAGREEMENT), "disagreement"), _plural(comparison.count(AGREEMENT), "agreement"),
            f"{comparison.count(UNCORROBORATED)} uncorroborated", f"{comparison.count(NO_DATA)} with no data"]


def observation_phrases(comparison: Comparison) -> list[str]:
    """"3 sources", "2 rules", "4 values" for the summary of `discrepancy extract`."""
    return [_plural(len(comparison.sources), "source"), _plural(len(comparison.rules), "rule"),
            _plural(len(comparison.observations), "value")]


def claim_marks(verdict: Verdict) -> list[tuple[Claim, str]]:
    """Each claim with its mark (see MARKS); none at all when only one source's values are
    compared, as there is no one for it to agree or disagree with."""
    if len(compared_sources(verdict)) < 2:
        return [(claim, "") for claim in verdict.claims]
    return [(claim, MARKS.get(claim.standing, "")) for claim in verdict.claims]


def compared_sources(verdict: Verdict) -> set[str]:
    return {c.source for c in verdict.claims if c.standing != NOT_COMPARED}


def unit_after_values(rule: Rule) -> str | None:
    """The rule's `unit`, to say after its values; none where it names a currency, which an
    amount's value says itself ("EUR 100,000", and "USD 250,000" is no euros), or the zone of
    a time, whose values say theirs ("05:29 UTC", "01:29 EDT")."""
    return unit_after(rule.kind, rule.unit)


def unit_after(kind: str, unit: str | None) -> str | None:
    """unit_after_values of a rule of this `kind` and `unit`, as `diff` reads them from a JSON report."""
    return None if unit_currency(kind, unit) or kind == "time" else unit


def with_unit(text: str, unit: str | None) -> str:
    """"110 km/h": a value with the rule's `unit`, where it has one and the value does not say it
    already ("38.2%" under "%" or "percent", "1 day" under "days"). Words of the unit the value
    ends with are not said twice: "2.9%" under "% y/y" is "2.9% y/y"."""
    if not unit:
        return text
    word_ends = [word.end() for word in re.finditer(r"\S+", unit)]
    said = next((end for end in reversed(word_ends) if says_unit(text, unit[:end])), 0)
    rest = unit[said:].strip()
    if rest and _ONE_AT_END.search(text):
        rest = _singular(rest)
    return f"{text} {rest}" if rest else text


_ONE_AT_END = re.compile(r"(?<![\d.,])1$")  # "more than 1", not "21" nor "1.1"
_IRREGULAR_PLURALS = {"feet": "foot", "people": "person"}
_PLURAL_WORD = re.compile(rf"\b(?:(?P<irregular>{'|'.join(_IRREGULAR_PLURALS)})"
                          rf"|(?P<stem>[a-z]{{2,}}?)(?<![su])(?P<s>e?s))\b")


def _singular(unit: str) -> str:
    """A unit's name after the figure 1: "more than 1 metre", "1 foot", "1 degree Celsius"
    (its first plural word made singular), "1 km/h" as it is."""
    def one(found: re.Match) -> str:
        if found["irregular"]:
            return _IRREGULAR_PLURALS[found["irregular"]]
        return found["stem"] + ("" if found["stem"].endswith(("ch", "sh", "x")) else found["s"][:-1])
    return _PLURAL_WORD.sub(one, unit, count=1)


# Names of one unit, or of units a value is shown in for one another: a value reads "38.2%"
# where its rule says "percent", "25 basis points" where it says "percentage points", and "3 weeks"
# where it says "days" (a duration is shown in the unit its number is whole in).
SAME_UNIT = (("%", "percent", "per cent", "pct"),
             ("percentage points", "percentage point", "pp", "basis points", "basis point"),
             ("seconds", "second", "minutes", "minute", "hours", "hour", "days", "day", "nights", "night", "weeks", "week",
              "months", "month", "years", "year"))


def says_unit(text: str, unit: str) -> bool:
    """Whether `text` ends with `unit`, in any case, singular or plural, or another of its names
    (SAME_UNIT), as a word of its own, before the brackets of a range: "about 38% (34–42%)"."""
    return _unit_at_end(unit.strip().casefold()).search(text) is not None


# A time written as a clock ("2:00:12", "59:47") says its units itself, whichever a rule names.
_CLOCK_AT_END = r"\d:[0-5]\d(?:\.\d+)?"


@lru_cache(maxsize=256)
def _unit_at_end(unit: str) -> re.Pattern:
    names = next((group for group in SAME_UNIT if unit in group), None)
    if names is None:
        singular = unit[:-1] if unit.endswith("s") else unit
        names = (singular, singular + "s")
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    if "seconds" in names:  # a unit of time
        alternatives += f"|{_CLOCK_AT_END}"
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})\)*$", re.IGNORECASE)  # not "holidays" for "days"


def value_header(verdict: Verdict) -> str:
    """"Value (people)": the heading over a fact's values, naming the rule's `unit`."""
    unit = unit_after_values(verdict.rule)  # not a currency: values say their own
    return f"Value ({unit})" if unit else "Value"


def consensus_text(verdict: Verdict) -> str | None:
    """The value most sources agree on, with the rule's unit; None for a fact only one source states."""
    if verdict.status == UNCORROBORATED and verdict.consensus is not None:
        return None
    if verdict.consensus is not None:
        return with_unit(verdict.consensus.display(), unit_after_values(verdict.rule))
    if verdict.tie:
        return tie_text(len(compared_sources(verdict)), [t.value.display() for t in verdict.tied],
                        len(verdict.tied[0].backing), unit_after_values(verdict.rule))
    return "none"


def tolerance_text(rule: Rule) -> str | None:
    """The rule's `tolerance` as a reader needs it beside the consensus, where it is not zero:
    "1 day (values that far apart agree)", so a ✓ on 7 March under a consensus of 6 March says
    why. A plain number is in the values' own unit (percentage points for percentages)."""
    said = tolerance_said(rule.tolerance, rule.kind, reads_percentages(rule.patterns), unit_after_values(rule))
    return f"{said} (values that far apart agree)" if said else None


def tolerance_said(tolerance: Tolerance, kind: str, in_points: bool, unit: str | None) -> str | None:
    """"1 day", "0.05 percentage points" (`in_points`: the rule reads only percentages), "5% of
    the larger value", "2 people": a tolerance in words; None where it is zero."""
    if tolerance.relative:
        return f"{_number(tolerance.relative * 100)}% of the larger value"
    if not tolerance.absolute:
        return None
    if kind in ("date", "duration", "time"):  # a time's in minutes, the others' in days
        days = tolerance.absolute / (MINUTES_A_DAY if kind == "time" else 1)
        return Value("duration", days, days).display()
    if in_points:
        return f"{_number(tolerance.absolute)} percentage point{'' if tolerance.absolute == 1 else 's'}"
    return with_unit(_number(tolerance.absolute), unit)


def _number(n: float) -> str:
    """1,000 and 0.5: a tolerance as a rule writes it, without float noise (5.000000000000001)."""
    n = round(n, 6)
    return f"{int(n):,}" if n.is_integer() else f"{n:,}"


def tie_text(sources_compared: int, tied: list[str], backing: int, unit: str | None = None) -> str:
    """The consensus of a fact whose values tie, as every report and `diff` say it:
    "none (195,000 and 200,000 people tie, 5 sources each)"."""
    if sources_compared == 1:
        return "none (its one source contradicts itself)"
    if not tied:  # a JSON report written before ties named their values
        return "none (values tie)"
    return f"none ({tie_description(tied, backing, unit)})"


MOST_TIED_NAMED = 4  # a tie of more values is counted, and only these first few named


def tie_description(tied: list[str], backing: int, unit: str | None = None) -> str:
    """"195,000 and 200,000 people tie, 5 sources each"; "9 values tie, 2 sources each: 1, 2, 3,
    4 and 5 more"."""
    each = f"{_plural(backing, 'source')} each"
    if len(tied) <= MOST_TIED_NAMED:
        return f"{with_unit(_and(tied), unit)} tie, {each}"
    named = with_unit(", ".join(tied[:MOST_TIED_NAMED]), unit)
    return f"{len(tied)} values tie, {each}: {named} and {len(tied) - MOST_TIED_NAMED} more"


def _and(items: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def tie_legend(verdict: Verdict) -> str | None:
    """What the marks mean in a tie, naming the tied values: each claim stands against all of them."""
    if not verdict.tie or len(compared_sources(verdict)) < 2:
        return None
    if len(verdict.tied) == 2:
        both = _and([t.value.display() for t in verdict.tied])
        return (f"{MARKS[AGREES]} agrees with both {with_unit(both, unit_after_values(verdict.rule))}; "
                f"{MARKS[SIDES]} with only one; {MARKS[DISAGREES]} with neither")
    return (f"{MARKS[AGREES]} agrees with every tied value; {MARKS[SIDES]} with some; "
            f"{MARKS[DISAGREES]} with none")


def evidence_of(claim: Claim) -> Observation:
    """The observation that gave the claim its value: the one to show as evidence."""
    return next((o for o in claim.observations if o.value == claim.value), claim.observations[0])


def other_lines(claim: Claim, shown: Observation) -> list[str]:
    """Lines of the claim's other observations, to point at them without repeating them; a
    line that says another value that agrees with it names it ("17: more than 1,200"), so
    "(also line 17)" never claims a line says what it does not; so does the shown line itself
    where it says a second value ("Sunday AEST, ... Saturday in Java", one day apart within a
    rule's tolerance), which would otherwise be shown nowhere."""
    said: dict[int, set[str]] = {}
    for obs in claim.observations:
        if obs is not shown and (obs.line != shown.line or obs.value.display() != shown.value.display()):
            said.setdefault(obs.line, set()).add(obs.value.display())
    shown_value = shown.value.display()
    return [str(line) if values == {shown_value} else f"{line}: {' and '.join(sorted(values - {shown_value}))}"
            for line, values in sorted(said.items())]


def location_text(claim: Claim, shown: Observation) -> str:
    """"src/a.txt:6", or "src/a.txt:6 (also lines 9, 12)" when the source says it again."""
    also = also_text(claim, shown)
    return f"{shown.location} {also}" if also else shown.location


def also_text(claim: Claim, shown: Observation) -> str:
    """"(also line 9)", "(also lines 9, 12)", "(also line 5: at least 3; line 9)": the other lines
    the source says it on, named as lines, so that in a table of counts "(also 9)" is not read
    as a value; "" when none. A line that names its value is set apart by ";", as a value may
    hold a comma ("more than 1,200")."""
    others = other_lines(claim, shown)
    if not others:
        return ""
    if any(":" in line for line in others):
        return f"(also {'; '.join('line ' + line for line in others)})"
    return f"(also {'line' if len(others) == 1 else 'lines'} {', '.join(others)})"


def evidence_parts(obs: Observation, context: int | None = None) -> tuple[str, str, str]:
    """The sentence split around the value: (before, value, after), raw.

    With `context`, each side keeps at most that many characters, cut at a word and
    marked with "…", so a terminal row stays readable.
    """
    sentence = obs.sentence
    start = max(0, min(obs.highlight[0], len(sentence)))
    end = max(start, min(obs.highlight[1], len(sentence)))
    before, value, after = sentence[:start], sentence[start:end], sentence[end:]
    if context is not None:
        before, after = _trim_left(before, context), _trim_right(after, context)
    return before, value, after


def _trim_left(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    kept = text[-limit:]
    space = kept.find(" ")
    return "…" + (kept[space + 1:] if 0 <= space < limit // 2 else kept)


def _trim_right(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    kept = text[:limit]
    space = kept.rfind(" ")
    return (kept[:space] if space > limit // 2 else kept) + "…"


def no_claims_text(verdict: Verdict) -> str:
    """What a fact no source gives a value for says in its table's place: of a rule that read
    nothing, that no pattern matched, as a rule that cannot read the fact's form is not a
    sign that the sources are silent; else that the values read could not be placed."""
    if verdict.unresolved:
        return "no value that can be compared (see unresolved below)"
    return "no pattern matched in any source (`discrepancy explain` shows why)"


def silent_sources(verdict: Verdict) -> tuple[str, ...]:
    """Sources that never state the fact, worth naming only when some source does state it."""
    return verdict.silent if verdict.claims or verdict.unresolved else ()


def contradiction_texts(verdict: Verdict) -> list[str]:
    """"src/b.txt says 32 and 33", for each source that contradicts itself: only its values in
    one unit, as a figure in another currency contradicts nothing."""
    return [f"{source} says {' and '.join(c.value.display() for c in claims)}"
            for source, claims in contradictions(list(verdict.claims), verdict.unit)]


def other_unit_texts(verdict: Verdict) -> list[str]:
    """"src/ap.txt states it in USD; the consensus is in GBP", for sources not compared, and
    "src/b.txt also states it in GBP, not compared" for a compared source's figure in a unit
    no other source uses (shown without a mark)."""
    units = _units_not_compared(verdict)
    if not units:
        return []
    if verdict.tie:
        compared = "the tied values are"
    else:  # with one source in each currency there is no consensus to name, only the other figure
        compared = "the consensus is" if consensus_text(verdict) else "the other figure is"
    return [f"{source} {'states' if source in verdict.other_unit else 'also states'} it in "
            f"{_and(sorted(units[source]))}; {compared} in {verdict.unit} {_why_apart(units[source] | {verdict.unit})}"
            for source in sorted(units)]


def _units_not_compared(verdict: Verdict) -> dict[str, set[str]]:
    """Each source with a claim not compared, and the units of those claims."""
    units: dict[str, set[str]] = {}
    for claim in verdict.claims:
        if claim.standing == NOT_COMPARED and claim.value.unit:
            units.setdefault(claim.source, set()).add(claim.value.unit)
    return units


def also_in_other_unit(verdict: Verdict) -> list[str]:
    """The compared sources that also state the fact in a unit no other source uses, which is
    not compared ("src/b.txt also states it in USD"): other_unit names those that state it only so."""
    return sorted(s for s in _units_not_compared(verdict) if s not in verdict.other_unit)


def other_units_texts(verdict: Verdict) -> list[tuple[str, str]]:
    """("in EUR", "none (EUR 3,500 and EUR 4,000 tie, 1 source each)") for each other unit whose
    values are compared among themselves; its sources are marked against these values."""
    texts = []
    for other in verdict.other_units:
        compared = sum(c.value.unit == other.unit for c in verdict.claims)
        if other.consensus is not None:
            text = f"{with_unit(other.consensus.display(), unit_after_values(verdict.rule))}, which its sources are compared with"
        else:
            text = tie_text(compared, [t.value.display() for t in other.tied], len(other.tied[0].backing),
                            unit_after_values(verdict.rule)) + (f": its sources are marked {MARKS[AGREES]} when they agree with "
                                                  f"every one of these values, {MARKS[SIDES]} with some, "
                                                  f"{MARKS[DISAGREES]} with none")
        texts.append((f"in {other.unit}", text))
    return texts


def fact_note_items(verdict: Verdict, published: dict[str, date | None]) -> list[tuple[str, str]]:
    """(label, text) for each note under a fact's table: what the marks mean in a tie, one
    outlet's agreement, silent sources, shared currency words read as one currency,
    self-contradictions, other units, sources not compared, conversions, superseded, doubtful, rounded and
    unresolved values, and sources that disagree but were published later or earlier."""
    items = []
    legend = tie_legend(verdict)
    if legend:
        items.append(("tie", legend))
    if verdict.one_outlet:
        items.append(("one outlet", f"the {len(verdict.agreeing)} sources that agree are all {verdict.one_outlet}'s: "
                                    "an outlet that repeats itself corroborates nothing"))
    silent = silent_sources(verdict)
    if silent:
        items.append(("silent", ", ".join(silent)))
    items += [("read as", f"“{word}” as {code}, the only {word} named for this fact") for word, code in verdict.named_units]
    items += [("contradicts itself", text) for text in contradiction_texts(verdict)]
    items += other_units_texts(verdict)
    items += [("not compared", text) for text in other_unit_texts(verdict)]
    items += [("conversion", text) for text in conversion_texts(verdict)]
    items += [("superseded", text) for text in superseded_texts(verdict)]
    items += [("doubtful", text) for text in doubt_texts(verdict)]
    items += [("rounded", text) for text in rounding_texts(verdict)]
    items += [("unresolved", unresolved_text(o)) for o in verdict.unresolved]
    items += published_apart_texts(verdict, published)
    return items


def rounding_texts(verdict: Verdict) -> list[str]:
    """A rounding_text for each figure that agrees only as a rounding (see compare.roundings), so
    that its ✓ says why."""
    unit = unit_after_values(verdict.rule) if verdict.rule.kind in ("count", "amount") else None
    return [rounding_text(rounded, unit) for rounded in roundings(verdict)]


def rounding_text(rounded: Rounded, unit: str | None = None) -> str:
    """Why a figure agrees only as a rounding, its own or the value's it agrees with; `unit`, the
    rule's (see unit_after_values): "sources/a.md:3 “three weeks” (3 weeks) is a round number of
    weeks: against 20 days, in a smaller unit, it reaches 18.9–23.1 days", "sources/a.md:5 “$11
    billion” (USD 11 billion) is a whole number of billions, read as rounded to the billion:
    against USD 11.02 billion, it reaches USD 10.5 billion–USD 11.5 billion", "sources/b.md:5
    “1,833,164” (1,833,164 pilgrims) agrees with 1.8 million pilgrims only as its rounding: 1.8
    million is read as rounded to its last digit, and reaches 1.75 million–1.85 million pilgrims"."""
    obs, rounding = rounded.observation, rounded.rounding
    figure = f"{obs.location} “{obs.raw}” ({with_unit(obs.value.display(), unit)})"
    against = with_unit(rounded.agrees_with.display(), unit)
    reach = with_unit(rounding_note(rounding), unit) + _by_the_tolerance(rounded)
    if rounded.own:
        finer = ", in a smaller unit," if rounding.kind == "duration" else ","
        return f"{figure} {_how_rounded(rounding, unit)}: against {against}{finer} it reaches {reach}"
    if rounding.kind == "duration":
        return (f"{figure} agrees with {against} only as its rounding: {against} {_how_rounded(rounding, unit)}, "
                f"which against a figure in a smaller unit reaches {reach}")
    return f"{figure} agrees with {against} only as its rounding: {against} {_how_rounded(rounding, unit)}, and reaches {reach}"


def _by_the_tolerance(rounded: Rounded) -> str:
    """", and the tolerance takes it to 16 days" where a round number of weeks reaches the finer
    figure only once the rule's tolerance widens it ("two weeks" reaches 12.6–15.4 days); "" else."""
    rounding = rounded.rounding
    finer = rounded.agrees_with if rounded.own else rounded.observation.value
    if rounding.kind != "duration" or rounds(rounding, finer):
        return ""
    return f", and the rule's tolerance takes it to {finer.display()}"


def _how_rounded(value: Value, unit: str | None) -> str:
    """How a rounding is read (see values.rounding_reach, values.unit_rounding_reach): "is a round
    number of weeks", "is a whole number of billions, read as rounded to the billion", "is a figure
    in mm, read as rounded to its last digit"."""
    if value.kind == "duration":
        return f"is a round number of {value.precision}s"
    if whole_in_its_scale(value):
        return f"is a whole number of {value.precision}s, read as rounded to the {value.precision}"
    if value.reach == MEASURED and unit:
        return f"is a figure in {unit}, read as rounded to its last digit"
    if value.unit == "%" and not value.precision:
        return "is a percentage, read as rounded to its last digit"
    return "is read as rounded to its last digit"


def conversion_texts(verdict: Verdict) -> list[str]:
    """"sources/a.md:5 “$806 million” (USD 806 million) is the source's “746 million euros”
    converted, beside it: not compared" for each sum a source says again in another currency
    (see compare.conversions), "..., rounded in its headline: not compared" for a headline's."""
    return [f"{conversion.location} “{conversion.raw}” ({conversion.value.display()}) is the source's "
            f"“{figure.raw}” converted, {'rounded in its headline' if conversion.headline else 'beside it'}: not compared"
            for conversion, figure in verdict.converted]


@dataclass(frozen=True)
class Supersession:
    """A live page's figure that its latest entry stating the fact corrects (see
    compare.current_and_superseded), with what that entry says, and the words the reports use."""

    figure: Observation
    by: tuple[Observation, ...]  # the latest entry's figures for the fact, in reading order
    text: str


def supersessions(verdict: Verdict) -> list[Supersession]:
    """"sources/live.md:16 “three” (3), in the entry of 07:52: the entry of 11:58 says 4" for
    each superseded figure: what the page's latest entry says, not what its opening does."""
    latest = _latest_entries(verdict)
    return [Supersession(obs, latest[obs.source], _superseded_text(obs, latest[obs.source]))
            for obs in verdict.superseded]


def _superseded_text(figure: Observation, by: tuple[Observation, ...]) -> str:
    return (f"{figure.location} “{figure.raw}” ({figure.value.display()}), in the entry of {figure.entry.label}: "
            f"the entry of {by[0].entry.label} says {_each_once(by)}")


def _each_once(figures) -> str:
    """What figures say, each value once: "171", "4 and 5"."""
    return _and(list(dict.fromkeys(o.value.display() for o in figures)))


def superseded_texts(verdict: Verdict) -> list[str]:
    return [s.text for s in supersessions(verdict)]


def _latest_entries(verdict: Verdict) -> dict[str, tuple[Observation, ...]]:
    """Each live page's figures in its latest entry that states the fact, in reading order."""
    in_entries: dict[str, list[Observation]] = {}
    for claim in verdict.claims:
        in_entries.setdefault(claim.source, []).extend(o for o in claim.observations if o.entry is not None)
    latest = {}
    for source, observed in in_entries.items():
        if observed:
            latest[source] = latest_figures(observed)
    return latest


@dataclass(frozen=True)
class TiedDays:
    """In a tie, one tied value with the sources that agree only with it and the days they were published."""

    value: Value
    sources: tuple[str, ...]
    first: date
    last: date


class Given(NamedTuple):
    """A figure a source gave, and the day it was published."""

    source: str
    day: date
    value: Value


@dataclass(frozen=True)
class DatedNote:
    """A note on when sources were published, set against the sources that agree (see
    dated_notes): the fields the JSON report gives, and the text every other format says."""

    kind: str  # one of DATED_KINDS
    label: str  # "published later", "published earlier" or "published"
    text: str
    sources: tuple[tuple[str, date], ...] = ()  # the sources it is about, with their days
    value: Value | None = None  # their figure, where the note names it
    against: date | None = None  # the latest (of a later source) or earliest day of the sources that agree
    may_be: str | None = None  # "later" or "earlier": what their figure may be where the fact changes over time
    repeats: tuple[Given, ...] = ()  # the figures it repeats, given before every source that agrees
    values: tuple[TiedDays, ...] = ()  # in a tie, the tied values the note dates, the latest sources' first


# later: sources that disagree, published after every source that agrees; earlier: before them all;
# repeats_earlier: one published after them all whose figure sources published before them all gave;
# lower_bound_earlier: a lower bound that agrees, published before every other source that agrees;
# tie_later: every source saying only one tied value published after every one saying only the other;
# tie_days: the days of the sources saying only each tied value.
DATED_KINDS = ("later", "earlier", "repeats_earlier", "lower_bound_earlier", "tie_later", "tie_days")


def latest_entry(observed: list[Observation]) -> tuple[Observation, str]:
    """The first figure of the latest entry of a live page that states the fact, and what that
    entry says, each value once: "171", "4 and 5"."""
    newest = latest_figures(observed)
    return newest[0], _each_once(newest)


def published_apart_texts(verdict: Verdict, published: dict[str, date | None]) -> list[tuple[str, str]]:
    """(label, text) of each dated note (see dated_notes)."""
    return [(note.label, note.text) for note in dated_notes(verdict, published)]


def dated_notes(verdict: Verdict, published: dict[str, date | None]) -> list[DatedNote]:
    """"sources/f.txt (2025-07-15) was published after every source that agrees (the latest
    2025-07-12)", and likewise "published earlier": a count that grows over days (acres burned, a
    death toll) disagrees with earlier and later reports, and the table shows no dates. Of a count
    or a percentage it adds "where the fact changes over time, its figure may be a later one" (see
    _may_move); not of a duration or a sum of money, which are as often those of an event over (a
    captivity's length, a ransom paid) and which the words would invite a reader to dismiss, unless
    a duration's own sentence says it was still running ("have now been on the ground for almost a
    week": see _figure_may_move), its sources then named apart from the others. Of a later source whose figure sources published before it gave, it says so instead (see _repeated):
    a figure repeated is no sign of a later one. An early lower bound that agrees is dated alike
    (see _earlier_lower_bounds).
    In a tie, where no source holds the consensus, each source that agrees with no tied value is
    set against those that agree with one, and the tied values' own sources are dated too (see
    _tie_in_time); never of a date or a time of day: the day and the hour of an event do not grow,
    so a later source's other one is simply another reading."""
    published = _as_of_entries(verdict, published)
    if verdict.rule.kind in ("date", "time"):
        return []
    notes = _tie_in_time(verdict, published) if verdict.tie else []
    backers = "every source that agrees with a tied value" if verdict.tie else "every source that agrees"
    agreeing = {s: published[s] for s in verdict.agreeing + verdict.siding if published.get(s)}  # in the compared unit only
    if not agreeing:
        return notes
    latest = max(agreeing.values())
    lower_bounds = _lower_bounds_below(verdict)
    stating = {s: day for s, day in agreeing.items() if s not in lower_bounds} or agreeing
    earliest = min(stating.values())
    dated = [(s, published[s]) for s in verdict.disagreeing if published.get(s)]
    later = [(s, day) for s, day in dated if day > latest]
    # a lower bound is as likely a figure of its day, one a later source may repeat (see _earlier_lower_bounds)
    first_given = _given_before_the_rest(verdict, published, stating)
    repeated = {s: _repeated(s, verdict, published, first_given) for s, _ in later}
    new = [(s, day) for s, day in later if not repeated[s]]
    earlier = [(s, day) for s, day in dated if day < earliest]
    before = backers if earliest == min(agreeing.values()) else f"{backers}, other than by a lower bound"
    for group, moves in _by_moving(new, verdict):
        said = _published_apart(group, "after", backers, f"the latest {latest.isoformat()}", "later" if moves else "")
        notes.append(DatedNote("later", "published later", said, tuple(group), against=latest,
                               may_be="later" if moves else None))
    for source, day in later:
        if repeated[source]:
            notes.append(_repeat_note(source, day, repeated[source], backers, latest, verdict,
                                      _figure_may_move(verdict, source)))
    for group, moves in _by_moving(earlier, verdict):
        said = _published_apart(group, "before", before, f"the earliest {earliest.isoformat()}",
                                "earlier" if moves else "")
        notes.append(DatedNote("earlier", "published earlier", said, tuple(group), against=earliest,
                               may_be="earlier" if moves else None))
    if not verdict.tie and verdict.rule.kind != "time":
        notes += _earlier_lower_bounds(verdict, published, lower_bounds)
    return notes


def _given_before_the_rest(verdict: Verdict, published: dict[str, date | None], agreeing: dict[str, date]) -> list[Claim]:
    """The claims of the sources published before every other source that agrees (`agreeing`, by
    day): the figures a later source may repeat (see _repeated). Found once for a fact, not once
    for each later source, with each source's earliest other day read off the two earliest."""
    days = sorted(agreeing.values())

    def earliest_of_the_others(source: str) -> date:
        if agreeing.get(source) != days[0]:
            return days[0]
        return days[1] if len(days) > 1 else date.min  # no other source agrees: none is before it

    return [c for c in verdict.claims if published.get(c.source) and published[c.source] < earliest_of_the_others(c.source)]


def _repeated(source: str, verdict: Verdict, published: dict[str, date | None], first_given: list[Claim]) -> tuple[Given, ...]:
    """The figures that sources published before every other source that agrees gave (`first_given`,
    see _given_before_the_rest), where each figure of `source` that disagrees is one of them, said
    bare or hedged: La Voz's 147 of 20 January repeats the wire's 147 (or "at least 147") of the
    16th, against a consensus of 212 from the 17th to the 19th, which is no sign of a later count.
    A figure first given once some source stated the consensus (a commission's final 68.93%, a
    radio's 40% contained on the day of the latest 15%) may be a later one, and so may its repeat.
    () otherwise."""
    own = [c.value for c in verdict.claims if c.source == source and c.standing == DISAGREES]
    before = [c for c in first_given if c.source != source]
    given = [[Given(c.source, published[c.source], c.value) for c in before if _same_figure(value, c.value)]
             for value in own]
    if not own or not all(given):
        return ()
    return tuple(sorted({g for gave in given for g in gave}, key=lambda g: (g.day, g.source, g.value.display())))


def _same_figure(a: Value, b: Value) -> bool:
    """One figure, said bare or hedged (see compare.figure_said), in one unit."""
    if a == b:
        return True
    figure = figure_said(a)
    return figure is not None and figure == figure_said(b) and (a.kind, a.unit) == (b.kind, b.unit)


def _repeat_note(source: str, day: date, given: tuple[Given, ...], backers: str, latest: date, verdict: Verdict,
                 grows: bool) -> DatedNote:
    """"sources/voz.md (2026-01-20) was published after every source that agrees (the latest
    2026-01-19), but repeats 147 passengers, which sources/wire.txt (2026-01-16) gave before it:
    it may be that earlier figure, not a later one"."""
    own = next(c.value for c in verdict.claims if c.source == source and c.standing == DISAGREES)
    figure = with_unit(own.display(), unit_after_values(verdict.rule))
    named = _and([f"{s} ({d.isoformat()})" for s, d in dict.fromkeys((g.source, g.day) for g in given)])
    said = (f"{source} ({day.isoformat()}) was published after {backers} (the latest {latest.isoformat()}), but "
            f"repeats {figure}, which {named} gave before it")
    if grows:
        said += ": it may be that earlier figure, not a later one"
    return DatedNote("repeats_earlier", "published later", said, ((source, day),), own, latest,
                     "earlier" if grows else None, given)


def _as_of_entries(verdict: Verdict, published: dict[str, date | None]) -> dict[str, date | None]:
    """Each source's day for the notes: the day it was published, or where a live page states
    the fact in an entry written later, that entry's day (a results page's final figures, added
    on 28 March to a page of 22 March)."""
    later: dict[str, date] = {}  # (copied into a new dict only where an entry is later: most have none)
    for claim in verdict.claims:
        for obs in claim.observations:
            written = obs.entry.day if obs.entry else None
            day = later.get(claim.source) or published.get(claim.source)
            if written and (day is None or written > day):
                later[claim.source] = written
    return {**published, **later} if later else published


def _may_move(verdict: Verdict) -> bool:
    """Is the fact one whose figure often moves between reports: a count (a death toll, acres
    burned) or a percentage (a fire's containment, the share of votes counted)?"""
    return verdict.rule.kind == "count" or verdict.rule.kind == "amount" and verdict.unit == "%"


# A duration its own clause says is still running when the source wrote: "have now been on the
# ground for almost a week", "has been held for 158 hours", "so far", "for the past", "and counting",
# "still" (not the "Still," that opens a clause: "nevertheless").
STILL_RUNNING = re.compile(r"\b(?:ha(?:s|ve)\s+(?:now\s+)?been\b.*?\bfor\b|so\s+far\b|for\s+the\s+past\b"
                           r"|and\s+counting\b|still\b(?!,))", re.IGNORECASE | re.DOTALL)
# Where another clause begins, whose "still" is of something else: "The channel was fully reopened
# on Monday after nearly three months, but the sailors are still not allowed to go home."
CLAUSE_BREAK = re.compile(r";|\s(?:but|while|whereas|although|though|yet)\b", re.IGNORECASE)


def own_clause(sentence: str, highlight: tuple[int, int]) -> str:
    """The clause of `sentence` that holds the value at `highlight`: from the break before it
    (see CLAUSE_BREAK) to the break after it."""
    start, end = highlight
    opening = max((found.end() for found in CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    closing = CLAUSE_BREAK.search(sentence, end)
    return sentence[opening:closing.start() if closing else len(sentence)]


def _figure_may_move(verdict: Verdict, source: str) -> bool:
    """May the source's figure differ for being written at another time: a fact that moves (see
    _may_move), or a duration the source's own clause says was still running (a grounding
    "now on the ground for almost a week", written before it ended), where a finished one's
    lengths that disagree are roundings or mistakes, not times."""
    return _may_move(verdict) or verdict.rule.kind == "duration" and any(
        STILL_RUNNING.search(own_clause(obs.sentence, obs.highlight)) for claim in verdict.claims
        if claim.source == source for obs in claim.observations)


def _by_moving(dated: list[tuple[str, date]], verdict: Verdict) -> list[tuple[list[tuple[str, date]], bool]]:
    """The dated sources in the groups one note names: those whose figure may move (see
    _figure_may_move) first, each group with whether it may; none when no source is dated."""
    moving = [(s, day) for s, day in dated if _figure_may_move(verdict, s)]
    settled = [(s, day) for s, day in dated if (s, day) not in moving]
    return [(group, moves) for group, moves in ((moving, True), (settled, False)) if group]


def _tie_in_time(verdict: Verdict, published: dict[str, date | None]) -> list[DatedNote]:
    """When the sources that agree only with one of two tied values were all published after those
    that agree only with the other, the tie may be a figure that grew ("9 dead" on Monday, "12 dead" on
    Wednesday), which the table, without dates, does not show: "published later" says so, and
    of a count what that may mean. Not of a duration, unless a sentence of those sources says it
    was still running (see _figure_may_move): 158 hours and 6.5 days of a siege that is over are
    one length rounded, not a length that grew. Otherwise, where some of those sources were
    published later than the others, "published" gives each tied value's days, the value of the
    latest first, so a reader sees which figure the most recent sources state."""
    only = [(t, sorted(s for s in _saying_only(t, verdict.tied) if published.get(s))) for t in verdict.tied]
    dated = sorted((TiedDays(t.value, tuple(sources), min(published[s] for s in sources), max(published[s] for s in sources))
                    for t, sources in only if sources), key=lambda tied: tied.last, reverse=True)
    if len(dated) < 2 or len({tied.last for tied in dated}) < 2:
        return []  # no tied value is the one the latest sources state
    unit = unit_after_values(verdict.rule)
    grows = any(_figure_may_move(verdict, s) for tied in dated for s in tied.sources)
    if len(dated) == 2 == len(verdict.tied) and dated[0].first > dated[1].last and (
            grows or verdict.rule.kind != "duration"):
        later, earlier = dated
        late, early = with_unit(later.value.display(), unit), with_unit(earlier.value.display(), unit)
        said = (f"every source that agrees only with {late} (the earliest {later.first.isoformat()}) was published after "
                f"every source that agrees only with {early} (the latest {earlier.last.isoformat()})")
        if grows:
            said += f": where the fact changes over time, {late} may be the later figure"
        return [DatedNote("tie_later", "published later", said, may_be="later" if grows else None, values=tuple(dated))]
    said = "; ".join(f"the sources that agree only with {with_unit(tied.value.display(), unit)} were published "
                     f"{_days_text(tied.first, tied.last)}" for tied in dated)
    return [DatedNote("tie_days", "published", said, values=tuple(dated))]


def _saying_only(tied: Tied, all_tied: tuple[Tied, ...]) -> set[str]:
    """The sources that back this tied value and no other."""
    return set(tied.backing).difference(*(other.backing for other in all_tied if other is not tied))


def _days_text(first: date, last: date) -> str:
    """"on 2023-06-15", or "from 2023-06-14 to 2023-06-16"."""
    if first == last:
        return f"on {first.isoformat()}"
    return f"from {first.isoformat()} to {last.isoformat()}"


def _earlier_lower_bounds(verdict: Verdict, published: dict[str, date | None],
                          lower_bounds: dict[str, Claim]) -> list[DatedNote]:
    """A count's "at least 74" agrees with a consensus of 131, as a toll may well be higher; but
    published before every source that states the consensus, it is as likely the toll of that
    morning, which a reader should know: "sources/b.md (2025-09-14) says at least 74, and was
    published before every other source that agrees (the earliest 2025-09-15): ...", and of a
    figure that may move (see _figure_may_move) what that may mean. A sum's "more than $10bn" of
    an early estimate is dated as a sum that disagrees is, by its days alone: the sum of an event
    over (a ransom paid) is no figure of its day. (Not of a time of day, whose "shortly after 2am"
    is how a time is given, nor of a date: see dated_notes.)"""
    below = {s: c for s, c in lower_bounds.items() if published.get(s)}
    others = [published[s] for s in verdict.agreeing if s not in below and published.get(s)]
    if not others:
        return []
    earliest = min(others)
    notes = []
    for source, claim in sorted(below.items()):
        if published[source] >= earliest:
            continue
        said = (f"{source} ({published[source].isoformat()}) says {claim.value.display()}, and was published "
                f"before every other source that agrees (the earliest {earliest.isoformat()})")
        moves = _figure_may_move(verdict, source)
        if moves:
            said += ": where the fact changes over time, its figure may be an earlier one"
        notes.append(DatedNote("lower_bound_earlier", "published earlier", said, ((source, published[source]),),
                               claim.value, earliest, "earlier" if moves else None))
    return notes


def _lower_bounds_below(verdict: Verdict) -> dict[str, Claim]:
    """The sources that agree only as a lower bound below the consensus ("at least 89" beside
    115), with that claim: they do not rule the consensus out, but do not state it either, so a
    stale figure published after them is still one published before every source that states it.
    A hedge with a top ("just over 150", 151–165) is no bound: it states a figure near it."""
    if verdict.consensus is None:
        return {}
    agreeing = [c for c in verdict.claims if c.source in verdict.agreeing and c.standing == AGREES]
    below = {c.source: c for c in agreeing if c.value.qualifier in ("at_least", "more_than")
             and c.value.high is None and c.value.low < verdict.consensus.low}
    agreeing_claims = Counter(c.source for c in agreeing)
    return {s: c for s, c in below.items() if agreeing_claims[s] == 1}


def _published_apart(sources: list[tuple[str, date]], when: str, backers: str, day: str, figure_of: str) -> str:
    """The note; with `figure_of` ("later"), what the dates may mean for a figure that grows:
    "its figure may be a later one", "their figures may be later ones"."""
    named = ", ".join(f"{s} ({day_of.isoformat()})" for s, day_of in sources)
    were = "was" if len(sources) == 1 else "were"
    said = f"{named} {were} published {when} {backers} ({day})"
    if not figure_of:
        return said
    one = {"later": "a later one", "earlier": "an earlier one"}[figure_of]
    figure = f"its figure may be {one}" if len(sources) == 1 else f"their figures may be {figure_of} ones"
    return f"{said}: where the fact changes over time, {figure}"


def _why_apart(units: set[str]) -> str:
    if units & {"%", "percentage points"}:
        return "(a rate and a change of a rate are different units)"
    if LOCAL_TIME in units:
        return "(no place's zone is assumed: a time rule's unit may name it)"
    return "(no exchange rate is assumed)"


def source_notes(comparison: Comparison) -> list[tuple[str, str]]:
    """(path, notes) for each source whose metadata gives `notes`: what a reader should know about it."""
    return [(source.path, source.notes) for source in comparison.sources if source.notes]


def doubt_texts(verdict: Verdict) -> list[str]:
    """"src/b.txt:4 “Tuesday, July 15”: the weekday says Tuesday, but 15 July 2024 is a Monday",
    for each value the source's own words cast doubt on (the value is still compared)."""
    return [f"{obs.location} “{obs.raw}”: {obs.value.doubt}"
            for claim in verdict.claims for obs in claim.observations if obs.value.doubt]


def unresolved_text(obs: Observation) -> str:
    """"src/b.txt:1 “Wednesday” (no publication date)": why it could not be placed."""
    return f"{obs.location} “{obs.raw}” ({obs.value.doubt or NO_PUBLICATION_DATE})"


def rules_without_matches(comparison: Comparison) -> list[Rule]:
    """Rules that found nothing in any source: often a pattern that is too narrow."""
    matched = {o.rule for o in comparison.observations}
    return [r for r in comparison.rules if r.id not in matched]


def rule_location(rule: Rule) -> str:
    return f"{rule.path}:{rule.line}" if rule.line else rule.path


def problem_label(problem: SourceProblem) -> str:
    """A file left out of the report could not be read; metadata not applied to a source that
    was read (a boilerplate pattern that matched no line) is a warning."""
    return "could not read" if problem.left_out else "warning"


def problem_location(problem: SourceProblem) -> str:
    return f"{problem.path}:{problem.line}" if problem.line else problem.path


def published_text(source: Source) -> str:
    """"2020-07-30", "2020-07-30 (estimated)", or "" when unknown."""
    day = source.published.day
    if day is None:
        return ""
    return day.isoformat() + (" (estimated)" if source.published.estimated else "")


def observations_by_source(comparison: Comparison) -> list[tuple[Source, list[Observation]]]:
    """Each source with its observations (sorted by rule and position), sources in path order."""
    grouped: dict[str, list[Observation]] = {s.path: [] for s in comparison.sources}
    for obs in comparison.observations:
        grouped.setdefault(obs.source, []).append(obs)
    by_path = {s.path: s for s in comparison.sources}
    return [(by_path.get(path) or Source(path=path, text=""), sorted(found, key=_position))
            for path, found in sorted(grouped.items())]


def _position(obs: Observation) -> tuple:
    return (obs.rule, obs.start, obs.end, obs.pattern)
