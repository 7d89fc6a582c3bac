"""Tests for `discrepancy.compare`: when two values agree, and the verdict on each fact.

* `agree`: two values agree when their intervals overlap once widened by the rule's
  tolerance. "nearly 30" (27–30) agrees with 29; 32 and 33 do not; "last year" written in
  August 2020 (all of 2019) does not agree with 1 February 2020; dollars never agree with
  euros; "more than 200" leaves 200 out.
* `judge`: the verdict on one fact from what every source said: the consensus most sources
  agree with, in the unit most sources state it in; a tie said as a tie, each source
  agreeing with every tied value, siding with some or agreeing with none; a fact only one
  source states, sources that never state it, a source that contradicts itself, and dates
  that could not be placed because the source has no publication date.

Observations are made the way the pipeline makes them, by running a rule over a short
article text with `extract_text`.
"""

from __future__ import annotations

import dataclasses
import sys
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.compare import (
    AGREEMENT,
    AGREES,
    DISAGREEMENT,
    DISAGREES,
    NO_DATA,
    NOT_COMPARED,
    SIDES,
    STATUS_ORDER,
    UNCORROBORATED,
    agree,
    claim_value,
    compare,
    contradictions,
    conversions,
    judge,
    most_precise,
    roundings,
)
from discrepancy.extract import extract_text
from discrepancy.report.content import conversion_texts, evidence_of, other_lines, rounding_texts
from discrepancy.rules import Rule, Tolerance, compile_pattern
from discrepancy.sources import Source
from discrepancy.values import Published, Value, compared_bounds, parse

FRIDAY = Published(date(2020, 8, 7))


def rule(kind: str, *patterns: str, rule_id: str = "fact", tolerance: Tolerance = Tolerance()) -> Rule:
    return Rule(id=rule_id, question="?", kind=kind, patterns=tuple(compile_pattern(p, kind) for p in patterns),
                path=f"rules/{rule_id}.toml", line=1, tolerance=tolerance)


DETAINED = rule("count", "detained {count} Russians", "{count} Russians were detained", rule_id="russians-detained")
ARREST_DATE = rule("date", "arrested on {date}", "detained the group {date}", rule_id="detention-date")
SOURCES = ["a.txt", "b.txt", "c.txt", "d.txt"]


def said(path: str, text: str, fact: Rule = DETAINED, published: Published | None = None):
    """What `fact` reads in an article at `path` that says `text`."""
    return extract_text(text, fact, published, path=path)


def tied(verdict) -> list[tuple[str, tuple[str, ...]]]:
    """Each tied value as shown, with the sources that back it."""
    return [(t.value.display(), t.backing) for t in verdict.tied]


def count(text: str):
    return parse("count", text)


def amount(text: str):
    return parse("amount", text)


def duration(text: str):
    return parse("duration", text)


def day(text: str, published: Published | None = None):
    return parse("date", text, published)


# ===========================================================================
# agree
# ===========================================================================

AGREE = [
    # (a, b, tolerance, agree?)
    ("nearly 30 vs 29", count("nearly 30"), count("29"), Tolerance(), True),
    ("nearly 30 vs 31", count("nearly 30"), count("31"), Tolerance(), False),
    ("about 30 vs 33", count("about 30"), count("33"), Tolerance(), True),
    ("about 30 vs 34", count("about 30"), count("34"), Tolerance(), False),
    ("32 vs 33", count("32"), count("33"), Tolerance(), False),
    ("33 vs thirty-three", count("33"), count("thirty-three"), Tolerance(), True),
    ("32 or 33 vs 33", count("32 or 33"), count("33"), Tolerance(), True),
    ("last year vs 1 February 2020", day("last year", FRIDAY), day("February 1st 2020"), Tolerance(), False),
    ("last year vs 1 February 2019", day("last year", FRIDAY), day("February 1st 2019"), Tolerance(), True),
    ("last week vs July 29", day("last week", FRIDAY), day("July 29", FRIDAY), Tolerance(), True),
    ("32 vs 33 within 1", count("32"), count("33"), Tolerance(absolute=1), True),
    ("31 vs 33 within 1", count("31"), count("33"), Tolerance(absolute=1), False),
    ("100 vs 105 within 5%", count("100"), count("105"), Tolerance(relative=0.05), True),
    ("100 vs 106 within 5%", count("100"), count("106"), Tolerance(relative=0.05), False),
    ("July 29 vs July 31 within 2 days", day("July 29 2020"), day("July 31 2020"), Tolerance(absolute=2), True),
    ("July 29 vs August 1 within 2 days", day("July 29 2020"), day("August 1 2020"), Tolerance(absolute=2), False),
    ("26 vs 27 years within a year", parse("duration", "26 years"), parse("duration", "27 years"),
     Tolerance(absolute=365.25), True),
    ("26 vs 28 years within a year", parse("duration", "26 years"), parse("duration", "28 years"),
     Tolerance(absolute=365.25), False),
    ("$19 billion vs 19 billion dollars", amount("$19 billion"), amount("19 billion dollars"), Tolerance(), True),
    ("$4.1 billion vs $4,100,000,000", amount("$4.1 billion"), amount("$4,100,000,000"), Tolerance(), True),
    ("4.1 million vs 4,100,000", count("4.1 million"), count("4,100,000"), Tolerance(), True),
    # a figure with decimals before a scale word is rounded to its last digit
    ("RON 241.6 million vs RON 241,612,300", amount("RON 241.6 million"), amount("RON 241,612,300"), Tolerance(), True),
    ("RON 241.6 million vs RON 241,712,300", amount("RON 241.6 million"), amount("RON 241,712,300"), Tolerance(), False),
    ("$4.8m vs $4.5m", amount("$4.8m"), amount("$4.5m"), Tolerance(), False),
    ("$5 million vs $5,200,000", amount("$5 million"), amount("$5,200,000"), Tolerance(), False),
    # a whole number of billions of two digits or more is a rounding to the billion; whole
    # millions, a single digit of billions, and a figure the billion rounds to another, are not
    ("$11 billion vs $11.02bn", amount("$11 billion"), amount("$11.02bn"), Tolerance(), True),
    ("$11 billion vs $11,020,000,000", amount("$11 billion"), amount("$11,020,000,000"), Tolerance(), True),
    ("$16bn vs $16.3bn", amount("$16bn"), amount("$16.3bn"), Tolerance(), True),
    ("eleven billion dollars vs $10.6bn", amount("eleven billion dollars"), amount("$10.6bn"), Tolerance(), True),
    ("$11 billion vs $11.6bn", amount("$11 billion"), amount("$11.6bn"), Tolerance(), False),
    ("$30 billion vs $32 billion", amount("$30 billion"), amount("$32 billion"), Tolerance(), False),
    ("$30 billion vs $30.4 billion", amount("$30 billion"), amount("$30.4 billion"), Tolerance(), True),
    ("$1 billion vs $1.2 billion", amount("$1 billion"), amount("$1.2 billion"), Tolerance(), False),
    ("$5 billion vs $5.4 billion", amount("$5 billion"), amount("$5.4 billion"), Tolerance(), False),
    ("$16 million vs $16.3 million", amount("$16 million"), amount("$16.3 million"), Tolerance(), False),
    ("$11 billion vs £11.02bn", amount("$11 billion"), amount("£11.02bn"), Tolerance(), False),
    ("16 billion vs 16.3 billion (counts)", count("16 billion"), count("16.3 billion"), Tolerance(), True),
    ("more than $11 billion vs $11 billion", amount("more than $11 billion"), amount("$11 billion"), Tolerance(), True),
    ("more than 11 vs 11", count("more than 11"), count("11"), Tolerance(), False),
    ("33 vs 32", count("33"), count("32"), Tolerance(), False),
    ("1.2 million vs 1,230,000", count("1.2 million"), count("1,230,000"), Tolerance(), True),
    # a hedge on a figure to a tenth of a million reaches five tenths, not 3%
    ("about EUR 48.6m vs some EUR 46.8m", amount("approximately EUR 48.6 million"), amount("some 46.8 million euros"),
     Tolerance(), False),
    ("about EUR 48.6m vs EUR 48.6m", amount("approximately EUR 48.6 million"), amount("EUR 48.6 million"), Tolerance(), True),
    ("$19 billion vs €19 billion", amount("$19 billion"), amount("€19 billion"), Tolerance(), False),
    ("$19 billion vs £19bn within 50%", amount("$19 billion"), amount("£19bn"), Tolerance(relative=0.5), False),
    ("$19 billion vs 19 billion (no currency)", amount("$19 billion"), amount("19 billion"), Tolerance(), True),
    # a hedge agrees with the very figure it hedges said bare: both say 200, one with a hedge
    ("more than 200 vs 200", count("more than 200"), count("200"), Tolerance(), True),
    ("more than 200 vs 201", count("more than 200"), count("201"), Tolerance(), True),
    ("more than 200 vs 199", count("more than 200"), count("199"), Tolerance(), False),
    ("more than $200 vs $200", amount("more than $200"), amount("$200"), Tolerance(), True),
    ("more than $200 vs $200.50", amount("more than $200"), amount("$200.50"), Tolerance(), True),
    ("more than $200 vs $199.50", amount("more than $200"), amount("$199.50"), Tolerance(), False),
    ("more than $200 vs €200", amount("more than $200"), amount("€200"), Tolerance(), False),
    ("fewer than 200 vs 200", count("fewer than 200"), count("200"), Tolerance(), True),
    ("fewer than 200 vs 199", count("fewer than 200"), count("199"), Tolerance(), True),
    ("fewer than 200 vs 201", count("fewer than 200"), count("201"), Tolerance(), False),
    ("over 500,000 vs half a million", count("over 500,000"), count("half a million"), Tolerance(), True),
    ("at least 200 vs 200", count("at least 200"), count("200"), Tolerance(), True),
    # an upper estimate names the figure it reaches, as a figure said bare does: "over 7,800" and
    # "as many as 7,800" hedge one figure; a limit ("at most"), "nearly", a figure not round, a
    # duration's "up to" (a limit) and another figure still disagree
    ("over 7,800 vs as many as 7,800", count("over 7,800"), count("as many as 7,800"), Tolerance(), True),
    ("more than $5m vs as much as $5m", amount("more than $5 million"), amount("as much as $5 million"), Tolerance(), True),
    ("over 7,800 vs at most 7,800", count("over 7,800"), count("at most 7,800"), Tolerance(), False),
    ("more than 30 vs nearly 30", count("more than 30"), count("nearly 30"), Tolerance(), False),
    ("more than 33 vs as many as 33", count("more than 33"), count("as many as 33"), Tolerance(), False),
    ("over 8,000 vs as many as 7,800", count("over 8,000"), count("as many as 7,800"), Tolerance(), False),
    ("more than 10 days vs up to 10 days", duration("more than 10 days"), duration("up to 10 days"), Tolerance(),
     False),
    # "nearly X" ends at X, "more than X" starts past it: they only touch, at an end one leaves out
    ("nearly 4 days vs more than 4 days", duration("nearly 4 days"), duration("more than 4 days"), Tolerance(), False),
    ("nearly $4m vs more than $4m", amount("nearly $4 million"), amount("more than $4 million"), Tolerance(), False),
    ("under $4m vs over $4m", amount("under $4 million"), amount("over $4 million"), Tolerance(), False),
    # a duration said bare is rounded to its unit, so a hedge of the same length agrees with it
    # ("watched for 15 hours", "more than 15 hours passed"); another length does not
    ("fewer than 4 days vs 4 days", duration("fewer than 4 days"), duration("4 days"), Tolerance(), True),
    ("more than 4 days vs 96 hours", duration("more than 4 days"), duration("96 hours"), Tolerance(), True),
    ("more than 15 hours vs 15 hours", duration("more than 15 hours"), duration("15 hours"), Tolerance(), True),
    ("more than 15 hours vs 14 hours", duration("more than 15 hours"), duration("14 hours"), Tolerance(), False),
    ("five days vs nine days", duration("five days"), duration("nine days"), Tolerance(), False),
    ("more than 4 days vs at most 4 days", duration("more than 4 days"), duration("at most 4 days"), Tolerance(), False),
    ("at most 4 days vs at least 4 days", duration("at most 4 days"), duration("at least 4 days"), Tolerance(), True),
    ("hundreds vs 150", count("hundreds"), count("150"), Tolerance(), False),
    ("hundreds vs 300", count("hundreds"), count("300"), Tolerance(), True),
    ("a count never agrees with a duration", count("26"), parse("duration", "26 days"), Tolerance(), False),
    # a month is 30 or 31 days in news copy, a year 52 weeks to 366 days
    ("two months vs 60 days", duration("two months"), duration("60 days"), Tolerance(), True),
    ("two months vs 62 days", duration("two months"), duration("62 days"), Tolerance(), True),
    # a whole number of months said bare rounds days: 10% either way (two months: 54.79–66.96 days)
    ("two months vs 59 days", duration("two months"), duration("59 days"), Tolerance(), True),
    ("two months vs 54 days", duration("two months"), duration("54 days"), Tolerance(), False),
    ("six months vs 180 days", duration("six months"), duration("180 days"), Tolerance(), True),
    ("a month vs 30 days", duration("a month"), duration("30 days"), Tolerance(), True),
    ("a year vs 52 weeks", duration("a year"), duration("52 weeks"), Tolerance(), True),
    ("a year vs 12 months", duration("a year"), duration("12 months"), Tolerance(), True),
    ("a year vs 365 days", duration("a year"), duration("365 days"), Tolerance(), True),
    ("a decade vs 10 years", duration("a decade"), duration("10 years"), Tolerance(), True),
    ("two months vs three months", duration("two months"), duration("three months"), Tolerance(), False),
    ("11 months vs a year", duration("11 months"), duration("a year"), Tolerance(), False),
    ("26 vs 25 years", duration("26 years"), duration("25 years"), Tolerance(), False),
    ("48 hours vs 2 days", duration("48 hours"), duration("2 days"), Tolerance(), True),
    # A whole or half number of days, weeks or months said bare is a rounding of a figure in a
    # smaller unit: 10% either way, at most half its unit below and one unit above.
    ("three weeks vs 22 days", duration("three weeks"), duration("22 days"), Tolerance(), True),
    ("three weeks vs 20 days", duration("three weeks"), duration("20 days"), Tolerance(), True),
    ("20 days vs three weeks", duration("20 days"), duration("three weeks"), Tolerance(), True),
    ("three weeks vs 24 days", duration("three weeks"), duration("24 days"), Tolerance(), False),
    ("three weeks vs 18 days", duration("three weeks"), duration("18 days"), Tolerance(), False),
    ("seven-week vs 53 days", duration("seven-week"), duration("53 days"), Tolerance(), True),
    ("seven weeks vs 45 days", duration("seven weeks"), duration("45 days"), Tolerance(), False),
    ("six and a half days vs 158 hours", duration("six and a half days"), duration("158 hours"), Tolerance(), True),
    ("three days vs 70 hours", duration("three days"), duration("70 hours"), Tolerance(), True),
    ("48 hours vs three days", duration("48 hours"), duration("three days"), Tolerance(), False),
    ("a week vs 8 days", duration("a week"), duration("8 days"), Tolerance(), False),
    ("a week vs 6 days", duration("a week"), duration("6 days"), Tolerance(), False),
    ("two weeks vs 16 days", duration("two weeks"), duration("16 days"), Tolerance(), False),
    # a tolerance widens the rounding's reach (12.6-15.4 days), as it widens any value (fresh74 #3)
    ("two weeks vs 16 days within a day", duration("two weeks"), duration("16 days"), Tolerance(absolute=1), True),
    ("16 days vs two weeks within a day", duration("16 days"), duration("two weeks"), Tolerance(absolute=1), True),
    ("two weeks vs 17 days within a day", duration("two weeks"), duration("17 days"), Tolerance(absolute=1), False),
    ("two months vs eight weeks", duration("two months"), duration("eight weeks"), Tolerance(), True),
    # ... not in the same unit, nor in years, nor in hours, nor said exactly or with its days
    ("three weeks vs four weeks", duration("three weeks"), duration("four weeks"), Tolerance(), False),
    ("20 days vs 21 days", duration("20 days"), duration("21 days"), Tolerance(), False),
    ("two years vs 22 months", duration("two years"), duration("22 months"), Tolerance(), False),
    ("a year vs 50 weeks", duration("a year"), duration("50 weeks"), Tolerance(), False),
    ("two hours vs 115 minutes", duration("two hours"), duration("115 minutes"), Tolerance(), False),
    ("exactly three weeks vs 20 days", duration("exactly three weeks"), duration("20 days"), Tolerance(), False),
    ("two weeks and three days vs 16 days", duration("two weeks and three days"), duration("16 days"), Tolerance(),
     False),
    ("more than three weeks vs 20 days", duration("more than three weeks"), duration("20 days"), Tolerance(), False),
]


@pytest.mark.parametrize("a, b, tolerance, expected", [pytest.param(*row[1:], id=row[0]) for row in AGREE])
def test_agree(a, b, tolerance, expected):
    assert agree(a, b, tolerance) is expected
    assert agree(b, a, tolerance) is expected  # the order does not matter


def test_unresolved_date_agrees_with_nothing_not_even_itself():
    undated = day("July 29", Published(None))
    assert undated.resolved is False
    assert agree(undated, undated) is False
    assert agree(undated, day("July 29 2020")) is False


def test_most_precise_prefers_the_narrowest_then_the_exact():
    assert most_precise([count("nearly 30"), count("29"), count("hundreds")]) == count("29")
    assert most_precise([day("last week", FRIDAY), day("July 29", FRIDAY)]) == day("July 29", FRIDAY)


# ===========================================================================
# judge
# ===========================================================================


def test_majority_is_the_consensus():
    verdict = judge(DETAINED, [*said("a.txt", "Belarus detained 33 Russians."),
                               *said("b.txt", "Thirty-three Russians were detained."),
                               *said("c.txt", "Belarus detained 32 Russians.")], SOURCES)
    assert verdict.status == DISAGREEMENT
    assert (verdict.consensus, verdict.tie) == (count("33"), False)
    assert verdict.agreeing == ("a.txt", "b.txt")
    assert verdict.disagreeing == ("c.txt",)
    assert verdict.silent == ("d.txt",)
    assert verdict.self_contradicting == ()
    assert [(c.source, c.value.display()) for c in verdict.claims] == [("a.txt", "33"), ("b.txt", "33"), ("c.txt", "32")]
    assert verdict.sources_stating == ("a.txt", "b.txt", "c.txt")


def test_all_agree():
    verdict = judge(DETAINED, [*said("a.txt", "Belarus detained 33 Russians."),
                               *said("b.txt", "Police detained nearly 34 Russians.")], SOURCES)
    assert verdict.status == AGREEMENT
    assert verdict.consensus == count("33")
    assert (verdict.agreeing, verdict.disagreeing, verdict.silent) == (("a.txt", "b.txt"), (), ("c.txt", "d.txt"))


def test_a_tie_is_said_as_a_tie():
    verdict = judge(DETAINED, [*said("a.txt", "Belarus detained 33 Russians."),
                               *said("b.txt", "Belarus detained 32 Russians.")], SOURCES)
    assert verdict.status == DISAGREEMENT
    assert (verdict.consensus, verdict.tie) == (None, True)
    assert tied(verdict) == [("32", ("b.txt",)), ("33", ("a.txt",))]
    assert (verdict.agreeing, verdict.siding, verdict.disagreeing) == ((), ("a.txt", "b.txt"), ())
    assert verdict.silent == ("c.txt", "d.txt")


def test_two_against_two_is_a_tie():
    verdict = judge(DETAINED, [*said("a.txt", "Belarus detained 33 Russians."),
                               *said("b.txt", "Belarus detained 33 Russians."),
                               *said("c.txt", "Belarus detained 32 Russians."),
                               *said("d.txt", "32 Russians were detained.")], SOURCES)
    assert (verdict.status, verdict.consensus, verdict.tie) == (DISAGREEMENT, None, True)
    assert tied(verdict) == [("32", ("c.txt", "d.txt")), ("33", ("a.txt", "b.txt"))]
    assert (verdict.siding, verdict.disagreeing) == (("a.txt", "b.txt", "c.txt", "d.txt"), ())
    assert verdict.silent == ()


def test_in_a_tie_a_source_that_agrees_with_every_tied_value_agrees():
    verdict = judge(DETAINED, [*said("a.txt", "More than 30 Russians were detained."),
                               *said("b.txt", "Belarus detained 33 Russians."),
                               *said("c.txt", "Belarus detained 32 Russians.")], SOURCES)
    assert (verdict.status, verdict.consensus, verdict.tie) == (DISAGREEMENT, None, True)
    assert tied(verdict) == [("32", ("a.txt", "c.txt")), ("33", ("a.txt", "b.txt"))]
    assert (verdict.agreeing, verdict.siding, verdict.disagreeing) == (("a.txt",), ("b.txt", "c.txt"), ())
    assert [c.standing for c in verdict.claims] == [AGREES, SIDES, SIDES]


def test_in_a_tie_a_value_two_sources_share_still_conflicts_with_the_other():
    verdict = judge(DETAINED, [*said("a.txt", "Belarus detained 33 Russians."),
                               *said("b.txt", "Belarus detained 33 Russians."),
                               *said("c.txt", "Belarus detained 32 Russians."),
                               *said("d.txt", "Belarus detained 32 Russians."),
                               *said("e.txt", "More than 30 Russians were detained.")], SOURCES)
    assert (verdict.consensus, verdict.tie) == (None, True)
    assert (verdict.agreeing, verdict.siding) == (("e.txt",), ("a.txt", "b.txt", "c.txt", "d.txt"))


@pytest.mark.parametrize("values", [5, 60])
def test_in_a_tie_of_many_values_each_source_sides_with_its_own(values):
    observations = [obs for n in range(values) for obs in said(f"{n:03}.txt", f"Belarus detained {100 + n} Russians.")]
    observations += said("wide.txt", "Belarus detained between 90 and 200 Russians.")
    verdict = judge(DETAINED, observations, [f"{n:03}.txt" for n in range(values)] + ["wide.txt"])
    assert (verdict.consensus, verdict.tie) == (None, True)
    assert tied(verdict) == [(str(100 + n), (f"{n:03}.txt", "wide.txt")) for n in range(values)]
    assert (verdict.agreeing, verdict.disagreeing) == (("wide.txt",), ())
    assert verdict.siding == tuple(f"{n:03}.txt" for n in range(values))


def test_in_a_tie_a_source_that_agrees_with_no_tied_value_disagrees():
    # Found by a fresh-eyes corpus: 195,000 and 200,000 tie, every hedged figure agrees with
    # both, and all seven sources were marked as disagreeing: the outlier looked like the rest.
    evacuated = rule("count", "{count} people (?:were |have been )?evacuated", rule_id="evacuated")
    articles = {"meridian.txt": "Nearly 200,000 people were evacuated.", "courier.txt": "Some 190,000 people were evacuated.",
                "nbs.txt": "More than 180,000 people were evacuated.", "sentinel.txt": "About 60,000 people were evacuated.",
                "diario.txt": "195,000 people were evacuated.", "stormwatch.txt": "Two hundred thousand people evacuated.",
                "gulf.txt": "Nearly 200,000 people have been evacuated."}
    verdict = judge(evacuated, [obs for path, text in articles.items() for obs in said(path, text, evacuated)],
                    sorted(articles))
    assert (verdict.status, verdict.consensus) == (DISAGREEMENT, None)
    assert tied(verdict) == [("195,000", ("courier.txt", "diario.txt", "gulf.txt", "meridian.txt", "nbs.txt")),
                             ("200,000", ("courier.txt", "gulf.txt", "meridian.txt", "nbs.txt", "stormwatch.txt"))]
    assert verdict.agreeing == ("courier.txt", "gulf.txt", "meridian.txt", "nbs.txt")
    assert verdict.siding == ("diario.txt", "stormwatch.txt")
    assert verdict.disagreeing == ("sentinel.txt",)


FINE = rule("amount", "fined {money}", rule_id="fine")


def test_a_sum_in_another_currency_is_not_compared_and_not_a_contradiction():
    verdict = judge(FINE, [*said("a.txt", "The plant was fined €4.2 million. In dollars, it was fined $4.5 million.", FINE),
                           *said("b.txt", "It was fined €4.2m on Monday.", FINE),
                           *said("c.txt", "The company was fined $4.5 million.", FINE)], SOURCES)
    assert (verdict.status, verdict.consensus.display(), verdict.tie) == (AGREEMENT, "EUR 4.2 million", False)
    # the dollars of a.txt and c.txt are compared with each other, and agree: they back no euros
    assert (verdict.agreeing, verdict.disagreeing, verdict.other_unit) == (("a.txt", "b.txt"), (), ())
    (dollars,) = verdict.other_units
    assert (dollars.unit, dollars.agreeing, dollars.disagreeing) == ("USD", ("a.txt", "c.txt"), ())
    assert verdict.self_contradicting == ()  # a.txt says one sum in two currencies
    only_dollars = judge(FINE, [*said("b.txt", "It was fined €4.2m on Monday.", FINE), *said("a.txt", "It was fined €4.2m.", FINE),
                                *said("c.txt", "The company was fined $4.5 million.", FINE)], SOURCES)
    assert (only_dollars.status, only_dollars.other_unit, only_dollars.other_units) == (AGREEMENT, ("c.txt",), ())


ANY_SUM = rule("amount", "fined {money}", "{money}", rule_id="any-sum")


RECORD = rule("amount", "record of {money}", "euros, or {money}, set", rule_id="amazon-record")


def test_a_sum_a_source_converts_right_after_its_own_figure_is_its_conversion_not_a_claim():
    # Found by a fresh-eyes corpus: the wire's own conversion of the €746 million every euro
    # source agrees on tied with another outlet's older dollar figure, and made the fact a
    # disagreement with no source disagreeing.
    verdict = judge(RECORD, [*said("a.txt", "It tops the record of 746 million euros, or $806 million, set by Amazon.", RECORD),
                             *said("b.txt", "It tops the record of €746 million set by Amazon.", RECORD),
                             *said("c.txt", "It tops the record of $887 million set by Amazon.", RECORD)], SOURCES)
    assert (verdict.status, verdict.consensus.display(), verdict.unit) == (AGREEMENT, "EUR 746 million", "EUR")
    assert [(c.source, c.value.display(), c.standing) for c in verdict.claims] == [
        ("a.txt", "EUR 746 million", AGREES), ("b.txt", "EUR 746 million", AGREES),
        ("c.txt", "USD 887 million", NOT_COMPARED)]
    assert [(conversion.raw, figure.raw) for conversion, figure in verdict.converted] == [("$806 million", "746 million euros")]
    assert (verdict.other_units, verdict.other_unit, verdict.flagged) == ((), ("c.txt",), ())


RESERVES = rule("amount", "tap {money} (?:in|from) (?:budget )?reserves", rule_id="reserve-funds")


def test_a_headline_figure_that_rounds_a_conversion_is_that_conversion():
    # fresh75: Reuters' headline "$33 mln" stood as a USD claim of its own ("also states it in
    # USD") beside its text's "4.74 billion yen ($32.7 million)"; it is the conversion, rounded
    reuters = ("Japan to tap $33 mln in budget reserves for quake relief - Jiji\n\n"
               "Japan will tap 4.74 billion yen ($32.7 million) from budget reserves, Jiji reported.")
    verdict = judge(RESERVES, [*said("reuters.txt", reuters, RESERVES),
                               *said("yomiuri.md", "The government will tap ¥4.74 billion from reserves.", RESERVES)],
                    ["reuters.txt", "yomiuri.md"])
    assert (verdict.status, verdict.consensus.display(), verdict.other_unit) == (AGREEMENT, "JPY 4.74 billion", ())
    assert [(c.source, c.value.display()) for c in verdict.claims] == [("reuters.txt", "JPY 4.74 billion"),
                                                                      ("yomiuri.md", "JPY 4.74 billion")]
    assert [(conversion.raw, figure.raw) for conversion, figure in verdict.converted] == [
        ("$32.7 million", "4.74 billion yen"), ("$33 mln", "4.74 billion yen")]
    assert conversion_texts(verdict)[1] == ("reuters.txt:1 “$33 mln” (USD 33 million) is the source's “4.74 billion yen” "
                                            "converted, rounded in its headline: not compared")
    # a headline figure the conversion does not round stays the source's own claim
    other = reuters.replace("$33 mln", "$35 mln")
    verdict = judge(RESERVES, said("reuters.txt", other, RESERVES), ["reuters.txt"])
    assert [c.value.display() for c in verdict.claims] == ["JPY 4.74 billion", "USD 35 million"]


def test_a_figure_in_another_currency_that_a_source_gives_first_stays_its_claim():
    # "$806 million (€746 million)": the euros are the conversion, and the dollars the source's
    # own figure, compared with the other source's dollars.
    verdict = judge(ANY_SUM, [*said("a.txt", "It was fined $806 million (€746 million).", ANY_SUM),
                              *said("b.txt", "It was fined €746 million.", ANY_SUM),
                              *said("c.txt", "It was fined $887 million.", ANY_SUM)], SOURCES)
    assert (verdict.status, verdict.unit, verdict.converted) == (DISAGREEMENT, "EUR", ())
    (dollars,) = verdict.other_units
    assert (dollars.unit, dollars.consensus, dollars.siding) == ("USD", None, ("a.txt", "c.txt"))
    assert (verdict.disagreeing, verdict.siding, verdict.flagged) == ((), (), ("a.txt", "c.txt"))


@pytest.mark.parametrize("text, converted", [
    ("It was fined 746 million euros, or $806 million.", [("$806 million", "746 million euros")]),
    ("It was fined €1.2 billion ($1.3 billion).", [("$1.3 billion", "€1.2 billion")]),
    ("It was fined €1.2 billion (about $1.3 billion).", [("about $1.3 billion", "€1.2 billion")]),
    ("It was fined €1.2 billion — roughly $1.3 billion — on Monday.", [("roughly $1.3 billion", "€1.2 billion")]),
    ("It was fined €1.2 billion, or close to $1.3 billion.", [("close to $1.3 billion", "€1.2 billion")]),
    # a list, and two sums, are no conversion
    ("Fines of €746 million, $887 million and €1.2 billion were imposed.", []),
    ("It was fined €746 million and $887 million.", []),
    # the sum in the compared currency comes second: the first is the source's own
    ("It was fined $806 million (€746 million).", []),
])
def test_a_conversion_is_a_sum_in_another_currency_right_after_the_figure(text, converted):
    observations = said("a.txt", text, ANY_SUM)
    assert [(c.raw, f.raw) for c, f in conversions(observations, "EUR")] == converted


DIVERTED = rule("amount", "diverting {money}", rule_id="diverted")


def test_a_conversion_in_brackets_in_the_compared_currency_is_the_sources_claim():
    # Found by a fresh-eyes corpus: "diverting $11.4 million (17.4 billion naira)" beside two
    # sources' N14.7bn: {money} stepped past the naira, the wire was "not compared: states it in
    # USD", its 17.4bn appeared nowhere and the fact was an agreement.
    verdict = judge(DIVERTED, [*said("a.txt", "He was jailed for diverting N14.7bn.", DIVERTED),
                               *said("b.txt", "He was jailed for diverting N14.7 billion.", DIVERTED),
                               *said("c.txt", "He was jailed for diverting $11.4 million (17.4 billion naira).",
                                     DIVERTED)], SOURCES)
    assert (verdict.status, verdict.unit, verdict.disagreeing, verdict.other_unit, verdict.converted) == (
        DISAGREEMENT, "NGN", ("c.txt",), (), ())
    assert [(c.source, c.value.display(), c.standing) for c in verdict.claims] == [
        ("a.txt", "NGN 14.7 billion", AGREES), ("b.txt", "NGN 14.7 billion", AGREES),
        ("c.txt", "NGN 17.4 billion", DISAGREES), ("c.txt", "USD 11.4 million", NOT_COMPARED)]


@pytest.mark.parametrize("bracketed, groupings", [("", 3), (" (17.4 billion naira)", 6)])
def test_a_sources_figures_are_grouped_into_claims_once_unless_one_is_a_conversion(monkeypatch, bracketed, groupings):
    # The compared currency is found from each source's own figures, without the conversions in
    # brackets: where there are none, those are the claims already made (grouping is half of
    # comparing with 200 rules), and only a conversion makes them grouped again without it.
    compare_module = sys.modules["discrepancy.compare"]
    grouped = []
    monkeypatch.setattr(compare_module, "claims_of", lambda path, *rest, group=compare_module.claims_of: (
        grouped.append(path) or group(path, *rest)))
    verdict = judge(DIVERTED, [*said("a.txt", "He was jailed for diverting N14.7bn.", DIVERTED),
                               *said("b.txt", "He was jailed for diverting N14.7 billion.", DIVERTED),
                               *said("c.txt", f"He was jailed for diverting $11.4 million{bracketed}.", DIVERTED)],
                    SOURCES)
    assert len(grouped) == groupings and verdict.unit == "NGN"


def test_a_conversion_in_brackets_out_of_the_compared_currency_is_set_aside_and_casts_no_vote():
    # The counter-cases: after a figure in the compared currency, or when neither is in it, the
    # bracket is the writer's conversion, compared with nothing; and two wires' brackets in naira
    # do not make naira the fact's currency over their own dollars.
    verdict = judge(DIVERTED, [*said("a.txt", "It was fined for diverting $11.4 million.", DIVERTED),
                               *said("b.txt", "It was fined for diverting $11.4 million (N17.4bn).", DIVERTED),
                               *said("c.txt", "It was fined for diverting $11.4m (N17.5bn).", DIVERTED),
                               *said("d.txt", "It was fined for diverting £9 million (€10.5 million).", DIVERTED)],
                    SOURCES)
    assert (verdict.status, verdict.unit, verdict.agreeing, verdict.other_unit) == (
        AGREEMENT, "USD", ("a.txt", "b.txt", "c.txt"), ("d.txt",))
    assert [(c.raw, f.raw) for c, f in verdict.converted] == [
        ("N17.4bn", "$11.4 million"), ("N17.5bn", "$11.4m"), ("€10.5 million", "£9 million")]


@pytest.mark.parametrize("text", ["He was jailed for diverting $11.4 million (2023).",
                                  "He was jailed for diverting $11.4 million (63%) of it.",
                                  "He was jailed for diverting $11.4 million (AP).",
                                  "He was jailed for diverting $11.4 million ($11.4m)."])
def test_brackets_after_a_sum_holding_no_sum_in_another_currency_are_not_read(text):
    assert [o.raw for o in said("a.txt", text, DIVERTED)] == ["$11.4 million"]


def test_each_source_shows_its_figures_in_the_compared_currency_first():
    # Found by a fresh-eyes corpus: a fact compared in EUR showed the wire's dollar headline first.
    verdict = judge(FINE, [*said("a.txt", "Meta fined $1.3 billion.\n\nThe regulator fined €1.2 billion.", FINE),
                           *said("b.txt", "It was fined €1.2 billion.", FINE)], SOURCES)
    assert [(c.source, c.value.display(), c.standing) for c in verdict.claims] == [
        ("a.txt", "EUR 1.2 billion", AGREES), ("a.txt", "USD 1.3 billion", NOT_COMPARED), ("b.txt", "EUR 1.2 billion", AGREES)]


def test_one_source_in_the_consensus_currency_is_uncorroborated_beside_one_in_another():
    verdict = judge(FINE, [*said("a.txt", "It was fined €4.2m.", FINE), *said("c.txt", "It was fined $4.5 million.", FINE)],
                    SOURCES)
    assert (verdict.status, verdict.agreeing, verdict.disagreeing, verdict.other_unit) == (
        UNCORROBORATED, ("a.txt",), (), ("c.txt",))


def test_a_sum_without_a_currency_beside_a_different_one_in_euros_is_a_self_contradiction():
    fine = rule("amount", "fined {amount}", rule_id="fine")
    verdict = judge(fine, said("a.txt", "It was fined 5 million. Later it was fined €4.2m.", fine), SOURCES)
    assert [c.value.display() for c in verdict.claims] == ["5 million", "EUR 4.2 million"]
    assert (verdict.status, verdict.self_contradicting) == (DISAGREEMENT, ("a.txt",))


def test_a_sum_in_another_currency_neither_backs_nor_hides_a_disagreement():
    # Found by a fresh-eyes corpus: two sources in dollars outvoted three in euros, and the
    # euro sources' €4.2m against €5m was never compared.
    verdict = judge(FINE, [*said("a.txt", "It was fined €4.2m.", FINE), *said("b.txt", "It was fined €4.2m.", FINE),
                           *said("c.txt", "It was fined €5m.", FINE), *said("d.txt", "It was fined $5m.", FINE),
                           *said("e.txt", "It was fined $5m.", FINE)], SOURCES)
    assert (verdict.status, verdict.consensus.display(), verdict.unit) == (DISAGREEMENT, "EUR 4.2 million", "EUR")
    # the two sources in dollars are compared with each other, and agree
    assert (verdict.agreeing, verdict.disagreeing, verdict.other_unit) == (("a.txt", "b.txt"), ("c.txt",), ())
    assert [c.standing for c in verdict.claims] == [AGREES, AGREES, DISAGREES, AGREES, AGREES]
    assert [(o.unit, o.consensus.display(), o.tied, o.agreeing) for o in verdict.other_units] == [
        ("USD", "USD 5 million", (), ("d.txt", "e.txt"))]


def test_sums_in_another_currency_that_disagree_with_each_other_are_a_disagreement():
    # Found by a fresh-eyes corpus: three sources said $4,000 a passenger, and the two euro
    # sources' €3,500 against €4,000 was never compared: the fact read as an agreement.
    fee = rule("amount", "paid {money}", rule_id="fee")
    articles = {"a.txt": "$4,000", "b.txt": "$4,000", "c.txt": "$4,000", "d.txt": "€3,500", "e.txt": "4.000 euro"}
    verdict = judge(fee, [o for path, sum_ in articles.items() for o in said(path, f"Each paid {sum_}.", fee)],
                    sorted(articles))
    assert (verdict.status, verdict.consensus.display(), verdict.unit) == (DISAGREEMENT, "USD 4,000", "USD")
    assert (verdict.agreeing, verdict.siding, verdict.other_unit) == (("a.txt", "b.txt", "c.txt"), (), ())
    (euros,) = verdict.other_units
    assert (euros.unit, euros.consensus, [(t.value.display(), t.backing) for t in euros.tied]) == (
        "EUR", None, [("EUR 3,500", ("d.txt",)), ("EUR 4,000", ("e.txt",))])
    assert (euros.agreeing, euros.siding, euros.disagreeing) == ((), ("d.txt", "e.txt"), ())


def test_a_sum_in_another_currency_does_not_back_a_hedged_figure_into_the_consensus():
    # Found by a fresh-eyes corpus: "$4.8 million" was counted as agreeing with "more than €4m",
    # which then outranked the €4.2m five sources wrote.
    articles = {**{f"{n}.txt": "It was fined €4.2m." for n in range(5)},
                "more.txt": "It was fined more than €4m.", "usd.txt": "It was fined $4.8 million."}
    verdict = judge(FINE, [obs for path, text in articles.items() for obs in said(path, text, FINE)], sorted(articles))
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "EUR 4.2 million")
    assert verdict.agreeing == ("0.txt", "1.txt", "2.txt", "3.txt", "4.txt", "more.txt")
    assert (verdict.disagreeing, verdict.other_unit) == ((), ("usd.txt",))


def test_values_are_compared_in_the_unit_most_sources_state():
    verdict = judge(FINE, [*said("a.txt", "It was fined $5m.", FINE), *said("b.txt", "It was fined €4.2m.", FINE),
                           *said("c.txt", "It was fined €4.2m. That is $4.5m.", FINE)], SOURCES)
    assert (verdict.unit, verdict.status, verdict.consensus.display()) == ("EUR", AGREEMENT, "EUR 4.2 million")
    assert (verdict.agreeing, verdict.other_unit) == (("b.txt", "c.txt"), ("a.txt",))


def test_when_as_many_sources_state_two_units_the_first_in_code_point_order_is_compared():
    verdict = judge(FINE, [*said("a.txt", "It was fined $5m.", FINE), *said("b.txt", "It was fined $5m.", FINE),
                           *said("c.txt", "It was fined €4.2m.", FINE), *said("d.txt", "It was fined €5m.", FINE)], SOURCES)
    assert (verdict.unit, verdict.status, verdict.consensus) == ("EUR", DISAGREEMENT, None)
    assert tied(verdict) == [("EUR 4.2 million", ("c.txt",)), ("EUR 5 million", ("d.txt",))]
    assert (verdict.siding, verdict.agreeing, verdict.other_unit) == (("c.txt", "d.txt"), (), ())
    assert [(o.unit, o.agreeing) for o in verdict.other_units] == [("USD", ("a.txt", "b.txt"))]


def test_percentage_points_and_percentages_are_compared_apart():
    margin = rule("amount", "lead of {percent}", rule_id="margin")
    verdict = judge(margin, [*said("a.txt", "A lead of 3%.", margin), *said("b.txt", "A lead of 3 percentage points.", margin),
                             *said("c.txt", "A lead of 4pp.", margin)], SOURCES)
    assert (verdict.unit, verdict.status, verdict.consensus, verdict.other_unit) == (
        "percentage points", DISAGREEMENT, None, ("a.txt",))
    assert tied(verdict) == [("3 percentage points", ("b.txt",)), ("4 percentage points", ("c.txt",))]


def test_a_sum_without_a_currency_is_compared_in_the_unit_most_sources_state_and_only_in_it():
    fine = rule("amount", "fined {amount}", rule_id="fine")
    verdict = judge(fine, [*said("a.txt", "It was fined 4 million.", fine), *said("b.txt", "It was fined €5m.", fine),
                           *said("c.txt", "It was fined €5m.", fine), *said("d.txt", "It was fined $4m.", fine)], SOURCES)
    assert (verdict.status, verdict.consensus.display(), verdict.unit) == (DISAGREEMENT, "EUR 5 million", "EUR")
    # "$4m" is the same number as the bare "4 million", but dollars back nothing in euros
    assert (verdict.agreeing, verdict.disagreeing, verdict.other_unit) == (("b.txt", "c.txt"), ("a.txt",), ("d.txt",))


def test_two_different_sums_in_a_currency_not_compared_still_contradict_each_other():
    verdict = judge(FINE, [*said("a.txt", "It was fined €4.2m.", FINE), *said("b.txt", "It was fined €4.2m.", FINE),
                           *said("c.txt", "It was fined $4.5m. Later, it was fined $5m.", FINE)], SOURCES)
    assert (verdict.status, verdict.consensus.display()) == (DISAGREEMENT, "EUR 4.2 million")
    assert (verdict.self_contradicting, verdict.other_unit, verdict.disagreeing) == (("c.txt",), ("c.txt",), ())


def test_the_same_currency_still_disagrees():
    verdict = judge(FINE, [*said("a.txt", "It was fined €4.2m.", FINE), *said("b.txt", "It was fined €4.2m.", FINE),
                           *said("c.txt", "It was fined €3 million.", FINE)], SOURCES)
    assert (verdict.status, verdict.disagreeing, verdict.other_unit) == (DISAGREEMENT, ("c.txt",), ())


@pytest.mark.parametrize("first_line, read, status", [
    ("A dozen dead, 3,000 evacuated", "about 3,000 (2,700–3,300)", AGREEMENT),
    ("Police evacuated 3,000 people on Friday.", "3,000", DISAGREEMENT),  # a sentence of the text: its own detail
], ids=["a headline", "the lede"])
def test_a_round_figure_a_headline_gives_bare_where_the_text_hedges_it_is_read_as_hedged(first_line, read, status):
    evacuated = rule("count", "{count} (?:people )?evacuated", "evacuated {count}", rule_id="evacuated")
    verdict = judge(evacuated, [*said("a.txt", f"{first_line}\n\nPolice evacuated some 3,000 people.", evacuated),
                                *said("b.txt", "2,900 people evacuated.", evacuated)], SOURCES)
    (claim_a, *_) = verdict.claims
    assert (claim_a.source, claim_a.value.display(), len(claim_a.observations)) == ("a.txt", read, 2)
    assert verdict.status == status


def test_an_exact_figure_beside_a_hedged_different_one_stays_exact():
    evacuated = rule("count", "evacuated {count}", rule_id="evacuated")
    (claim,) = judge(evacuated, said("a.txt", "Police evacuated 2,950 people. They evacuated some 3,000.", evacuated),
                     SOURCES).claims
    assert claim.value.display() == "2,950"


def test_one_source_is_uncorroborated():
    verdict = judge(DETAINED, said("b.txt", "Belarus detained 33 Russians."), SOURCES)
    assert verdict.status == UNCORROBORATED
    assert (verdict.consensus, verdict.tie) == (count("33"), False)
    assert (verdict.agreeing, verdict.disagreeing) == (("b.txt",), ())
    assert verdict.silent == ("a.txt", "c.txt", "d.txt")


def test_one_source_saying_it_twice_is_still_uncorroborated():
    verdict = judge(DETAINED, said("a.txt", "Belarus detained 33 Russians. Police said 33 Russians were detained."),
                    SOURCES)
    assert verdict.status == UNCORROBORATED
    (claim,) = verdict.claims
    assert (claim.source, claim.value, len(claim.observations)) == ("a.txt", count("33"), 2)


def test_nobody_states_it():
    verdict = judge(DETAINED, said("a.txt", "The detention of Russians was discussed."), SOURCES)
    assert verdict.status == NO_DATA
    assert (verdict.consensus, verdict.tie, verdict.claims) == (None, False, ())
    assert (verdict.agreeing, verdict.disagreeing) == ((), ())
    assert verdict.silent == ("a.txt", "b.txt", "c.txt", "d.txt")


def test_a_source_that_contradicts_itself():
    verdict = judge(DETAINED, [*said("a.txt", "Belarus detained 33 Russians. Later, 32 Russians were detained."),
                               *said("b.txt", "Belarus detained 33 Russians.")], SOURCES)
    assert verdict.status == DISAGREEMENT
    assert verdict.self_contradicting == ("a.txt",)
    assert verdict.consensus == count("33")
    assert [(c.source, c.value.display()) for c in verdict.claims] == [("a.txt", "33"), ("a.txt", "32"), ("b.txt", "33")]
    assert verdict.agreeing == ("a.txt", "b.txt")
    assert verdict.disagreeing == ()
    # a program reading the JSON report finds the source that makes it a disagreement
    assert verdict.flagged == ("a.txt",)


EMERGENCY = rule("duration", "emergency for {duration}", "{duration} (?:state of )?emergency", rule_id="emergency")


def test_months_and_the_days_they_stand_for_agree_across_and_within_sources():
    # Found by a fresh-eyes corpus: "two months" was 60.875 days, so 60 days disagreed with it.
    verdict = judge(EMERGENCY, [*said("a.txt", "It declared an emergency for 60 days.", EMERGENCY),
                                *said("b.txt", "It declared a 60-day state of emergency. A two-month emergency.", EMERGENCY),
                                *said("c.txt", "It declared an emergency for two months.", EMERGENCY)], SOURCES)
    assert verdict.status == AGREEMENT
    assert (verdict.self_contradicting, verdict.disagreeing) == ((), ())
    assert verdict.agreeing == ("a.txt", "b.txt", "c.txt")
    assert [(c.source, c.value.display()) for c in verdict.claims] == [
        ("a.txt", "60 days"), ("b.txt", "60 days"), ("c.txt", "2 months")]


def test_months_still_disagree_with_days_the_calendar_cannot_give():
    verdict = judge(EMERGENCY, [*said("a.txt", "It declared an emergency for 45 days.", EMERGENCY),
                                *said("b.txt", "It declared an emergency for two months.", EMERGENCY),
                                *said("c.txt", "It declared an emergency for 60 days.", EMERGENCY)], SOURCES)
    assert verdict.status == DISAGREEMENT
    assert (verdict.agreeing, verdict.disagreeing) == (("b.txt", "c.txt"), ("a.txt",))


def test_among_agreeing_values_the_consensus_is_the_one_most_sources_wrote():
    # Found by a fresh-eyes corpus: four sources said 68.3%, one 68%, and the consensus read "68%".
    turnout = rule("amount", "turnout of {percent}", rule_id="turnout", tolerance=Tolerance(absolute=0.5))
    verdict = judge(turnout, [*said("a.txt", "A turnout of 68%.", turnout), *said("b.txt", "A turnout of 68.3%.", turnout),
                              *said("c.txt", "A turnout of 68.3%.", turnout)], SOURCES)
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "68.3%")


def test_among_agreeing_values_the_consensus_keeps_its_unit():
    margin = rule("amount", "lead of {amount}", rule_id="margin")
    verdict = judge(margin, [*said("a.txt", "A lead of 6.2.", margin),
                             *said("b.txt", "A lead of 6.2 percentage points.", margin)], SOURCES)
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "6.2 percentage points")


def test_one_source_alone_contradicting_itself_is_a_disagreement():
    verdict = judge(DETAINED, said("a.txt", "Belarus detained 33 Russians. Later, 32 Russians were detained."), SOURCES)
    assert verdict.status == DISAGREEMENT
    assert verdict.self_contradicting == ("a.txt",)


def test_agreeing_mentions_in_one_source_are_one_claim_read_at_their_most_precise():
    verdict = judge(ARREST_DATE, [
        *said("a.txt", "They detained the group last week. 33 Russians were arrested on July 29.", ARREST_DATE, FRIDAY),
        *said("b.txt", "33 Russians were arrested on July 29.", ARREST_DATE, FRIDAY),
    ], SOURCES)
    assert verdict.status == AGREEMENT
    claim_a, claim_b = verdict.claims
    assert (claim_a.source, claim_a.value.display(), len(claim_a.observations)) == ("a.txt", "2020-07-29", 2)
    assert verdict.consensus == day("July 29", FRIDAY)


def test_undated_relative_dates_are_kept_apart_and_the_source_is_not_silent():
    undated = said("b.txt", "Officials said they detained the group last week.", ARREST_DATE)
    assert [o.value.resolved for o in undated] == [False]
    verdict = judge(ARREST_DATE, [*said("a.txt", "33 Russians were arrested on July 29.", ARREST_DATE, FRIDAY),
                                  *undated], SOURCES)
    assert verdict.status == UNCORROBORATED
    assert verdict.unresolved == tuple(undated)
    assert [c.source for c in verdict.claims] == ["a.txt"]
    assert verdict.silent == ("c.txt", "d.txt")
    assert verdict.disagreeing == ()


def test_only_undated_values_is_no_data_but_not_silence():
    undated = said("b.txt", "33 Russians were arrested on July 29.", ARREST_DATE)
    verdict = judge(ARREST_DATE, undated, SOURCES)
    assert verdict.status == NO_DATA
    assert [o.raw for o in verdict.unresolved] == ["July 29"]
    assert verdict.silent == ("a.txt", "c.txt", "d.txt")


def test_tolerance_turns_a_disagreement_into_agreement():
    lenient = rule("count", "detained {count} Russians", tolerance=Tolerance(absolute=1))
    verdict = judge(lenient, [*said("a.txt", "Belarus detained 33 Russians.", lenient),
                              *said("b.txt", "Belarus detained 32 Russians.", lenient)], SOURCES)
    assert (verdict.status, verdict.tie) == (AGREEMENT, False)
    assert verdict.agreeing == ("a.txt", "b.txt")


# ===========================================================================
# compare: every fact at once
# ===========================================================================


def test_compare_judges_every_rule_in_id_order():
    sources = [Source(path=p, text="", published=FRIDAY) for p in ("b.txt", "a.txt")]
    observations = [*said("a.txt", "Belarus detained 33 Russians."), *said("b.txt", "Belarus detained 32 Russians."),
                    *said("a.txt", "33 Russians were arrested on July 29.", ARREST_DATE, FRIDAY)]
    comparison = compare(sources, [DETAINED, ARREST_DATE], observations)
    assert [s.path for s in comparison.sources] == ["a.txt", "b.txt"]
    assert [r.id for r in comparison.rules] == ["detention-date", "russians-detained"]
    assert [(v.rule.id, v.status) for v in comparison.verdicts] == [
        ("detention-date", UNCORROBORATED), ("russians-detained", DISAGREEMENT)]
    assert comparison.verdicts[0].silent == ("b.txt",)
    assert (comparison.count(DISAGREEMENT), comparison.count(AGREEMENT)) == (1, 0)


def test_statuses_most_serious_first():
    assert STATUS_ORDER == (DISAGREEMENT, UNCORROBORATED, AGREEMENT, NO_DATA)


def test_a_wide_value_does_not_make_two_contradicting_sources_agree():
    verdict = judge(DETAINED, [*said("a.txt", "Belarus detained 32 Russians."),
                               *said("b.txt", "Belarus detained 33 Russians."),
                               *said("c.txt", "Belarus detained 32 or 33 Russians.")], SOURCES)
    assert (verdict.status, verdict.consensus, verdict.tie) == (DISAGREEMENT, None, True)
    assert (verdict.agreeing, verdict.siding, verdict.disagreeing) == (("c.txt",), ("a.txt", "b.txt"), ())


def test_the_figure_most_sources_wrote_leads_values_on_either_side_within_the_tolerance():
    # 63.28% and 63.52% are too far apart to agree (as the roundings 63.275%–63.285% and
    # 63.515%–63.525%, 0.23 apart), but each is within 0.1 of the 63.4% (63.35%–63.45%) three
    # sources wrote.
    turnout = rule("amount", "turnout was {percent}", rule_id="turnout", tolerance=Tolerance(absolute=0.1))
    texts = {"a.txt": "63.4%", "b.txt": "63.4 per cent", "c.txt": "63.28%", "d.txt": "63.52%", "e.txt": "63.4%"}
    verdict = judge(turnout, [o for path, figure in texts.items() for o in said(path, f"Turnout was {figure}.", turnout)],
                    sorted(texts))
    assert (verdict.status, verdict.consensus.display(), verdict.tie) == (AGREEMENT, "63.4%", False)
    assert verdict.agreeing == ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt")


def test_of_figures_agreeing_within_the_tolerance_the_one_most_sources_wrote_is_the_consensus():
    # Found by a fresh-eyes corpus: a headline's "$787 million" beside two sources' "$787.5
    # million" (a rounding, 787.45–787.55 million) at a tolerance of 0.1%. Both agree with all
    # three sources; the narrower exact 787 was the consensus, a figure one source wrote.
    paid = rule("amount", "agreed to pay {money}", rule_id="settlement", tolerance=Tolerance(relative=0.001))
    texts = {"a.txt": "$787 million", "b.txt": "$787.5 million", "c.txt": "$787.5 million"}
    verdict = judge(paid, [o for path, sum_ in texts.items() for o in said(path, f"Fox agreed to pay {sum_}.", paid)],
                    sorted(texts))
    assert (verdict.status, verdict.consensus.display(), verdict.tie) == (AGREEMENT, "USD 787.5 million", False)
    assert verdict.agreeing == ("a.txt", "b.txt", "c.txt")


def test_of_figures_agreeing_within_the_tolerance_a_rounding_of_another_does_not_lead_it():
    # Found by a fresh-eyes corpus: MARCA's "€134m" beside Reuters' "133.9 million euros" and
    # DW's "as much as €133.9 million" at a tolerance of 1%. All agree; the whole 134, read as
    # an exact point, was narrower than 133.9 (a rounding to its last digit) and was the consensus.
    fee = rule("amount", "rise to {money}", rule_id="fee-max", tolerance=Tolerance(relative=0.01))
    texts = {"dw.md": "as much as €133.9 million", "marca.md": "€134m", "reuters.md": "133.9 million euros"}
    verdict = judged(fee, "The deal could rise to {} with add-ons.", texts)
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "EUR 133.9 million")
    assert verdict.agreeing == ("dw.md", "marca.md", "reuters.md")
    # the finer figure leads its rounding however many wrote each, as "68.31%" leads "68.3%"
    verdict = judged(fee, "The deal could rise to {} with add-ons.",
                     {"a.md": "€134m", "b.md": "€134 million", "c.md": "€133.9m"})
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "EUR 133.9 million")
    paid = rule("amount", "agreed to pay {money}", rule_id="settlement", tolerance=Tolerance(relative=0.05))
    verdict = judged(paid, "It agreed to pay {}.", {"a.txt": "$5 million", "b.txt": "$5.2 million"})
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "USD 5.2 million")
    # a figure is no rounding of one that rounds (half up) to another: 787.5 million is 788
    verdict = judged(paid, "It agreed to pay {}.", {"a.txt": "$787 million", "b.txt": "$787.5 million"})
    assert verdict.consensus.display() == "USD 787 million"
    # without a tolerance they still disagree, and the figure more sources back leads
    exact = rule("amount", "rise to {money}", rule_id="fee-max")
    verdict = judged(exact, "The deal could rise to {} with add-ons.", texts)
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (
        DISAGREEMENT, "EUR 133.9 million", ("marca.md",))


def test_one_figure_in_two_spellings_counts_as_written_by_both_sources():
    # Found by a fresh-eyes corpus: "$11,020,000,000" and "$11.02bn", both shown "USD 11.02
    # billion", counted as two figures of one source each, and one headline's "$11 billion" led.
    # At a tolerance of 0.1%, "$787 million" is no rounding of 787.5 million, so only the count
    # of the sources that wrote each figure decides.
    paid = rule("amount", "agreed to pay {money}", rule_id="settlement", tolerance=Tolerance(relative=0.001))
    texts = {"a.txt": "$787 million", "b.txt": "$787,500,000", "c.txt": "$787.5m"}
    verdict = judged(paid, "Fox agreed to pay {}.", texts)
    assert (verdict.status, verdict.consensus.display(), verdict.consensus.precision) == (
        AGREEMENT, "USD 787.5 million", None)  # the exact spelling, which the rounding holds
    assert verdict.agreeing == ("a.txt", "b.txt", "c.txt")
    forfeit = rule("amount", "forfeit {money}", rule_id="forfeiture", tolerance=Tolerance(relative=0.005))
    verdict = judged(forfeit, "Kaplan ordered him to forfeit {}.",
                     {"a.md": "$11 billion", "b.md": "$11,020,000,000", "c.md": "$11.02bn"})
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "USD 11.02 billion")
    # two figures each written by one source stay apart: the narrowest, then the lowest, leads
    verdict = judged(paid, "Fox agreed to pay {}.", {"a.txt": "$787 million", "b.txt": "$787,500,000"})
    assert verdict.consensus.display() == "USD 787 million"


def test_a_duration_in_another_unit_is_another_spelling_only_where_more_sources_wrote_it():
    # "three weeks" and "21 days" are one length, but two ways a report shows it: the one more
    # sources wrote leads, as before.
    verdict = judged(STRIKE, "{}", {"a.txt": "It was a three-week strike.", "b.txt": "The strike lasted 21 days.",
                                    "c.txt": "The strike lasted 21 days."})
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "21 days")
    verdict = judged(STRIKE, "{}", {"a.txt": "It was a three-week strike.", "b.txt": "It was a three-week strike.",
                                    "c.txt": "The strike lasted 21 days."})
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "3 weeks")


def test_of_two_approximations_one_holds_the_consensus_is_the_one_more_sources_wrote():
    # Found by a fresh-eyes corpus: three sources' "a third" (30%–36.67%) and one outlet's "about
    # 33 per cent" (32%–34%), which the third holds: the consensus showed the one outlet's wording.
    share = rule("amount", "{percent} of the country", rule_id="share-under-water")
    verdict = judged(share, "{} of the country was under water.",
                     {"a.txt": "A third", "b.txt": "One third", "c.txt": "About 33 per cent", "d.txt": "a third"})
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "about 33.33% (30%–36.67%)")
    # a writer's estimate still leads a bound that holds it ...
    verdict = judged(DETAINED, "Belarus detained {} Russians.",
                     {"a.txt": "more than 400", "b.txt": "more than 400", "c.txt": "about 500"})
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "about 500 (450–550)")
    # ... and a figure said bare its approximation, whatever the number of sources
    verdict = judged(DETAINED, "Belarus detained {} Russians.", {"a.txt": "about 30", "b.txt": "about 30", "c.txt": "31"})
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "31")


def test_a_figure_is_the_consensus_before_a_hedge_or_rounding_of_it_that_more_sources_wrote():
    # "more than 200" holds 212, and "68%" holds 68.3%: the looser way of saying it names no
    # other figure, whatever the number of sources that wrote it.
    verdict = judge(DETAINED, [*said("a.txt", "Belarus detained more than 200 Russians."),
                               *said("b.txt", "Belarus detained more than 200 Russians."),
                               *said("c.txt", "Belarus detained 212 Russians.")], SOURCES)
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "212")
    turnout = rule("amount", "turnout was {percent}", rule_id="turnout")
    texts = {"a.txt": "68%", "b.txt": "68 per cent", "c.txt": "68.3%"}
    verdict = judge(turnout, [o for path, rate in texts.items() for o in said(path, f"Turnout was {rate}.", turnout)],
                    sorted(texts))
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "68.3%")


def test_a_figure_fewer_sources_wrote_does_not_join_two_camps_that_disagree():
    lenient = rule("count", "detained {count} Russians", tolerance=Tolerance(absolute=1))
    figures = {"a.txt": 32, "b.txt": 32, "c.txt": 33, "d.txt": 34, "e.txt": 34}
    verdict = judge(lenient, [o for path, n in figures.items() for o in said(path, f"Belarus detained {n} Russians.", lenient)],
                    sorted(figures))
    assert (verdict.status, tied(verdict)) == (DISAGREEMENT, [("32", ("a.txt", "b.txt", "c.txt")),
                                                              ("34", ("c.txt", "d.txt", "e.txt"))])
    assert (verdict.agreeing, verdict.siding) == (("c.txt",), ("a.txt", "b.txt", "d.txt", "e.txt"))


def test_nearly_30_agrees_with_29_but_cannot_join_28_and_29():
    verdict = judge(DETAINED, [*said("a.txt", "Belarus detained 28 Russians."),
                               *said("b.txt", "Belarus detained 29 Russians."),
                               *said("c.txt", "Police detained nearly 30 Russians.")], SOURCES)
    assert verdict.status == DISAGREEMENT
    assert verdict.tie is True


VOTE_SHARE = rule("amount", "Milei (?:had|took) {percent} of the vote", rule_id="milei-share")


def test_almost_56_percent_of_a_vote_backs_55_69_percent_not_a_wrong_51():
    # Found by a fresh-eyes tester: "took almost 56% of the vote" reached 10% below (50.4%–56%),
    # so a wrong 51% beside it was backed, not flagged; it reaches as far below as "about 56%" does.
    articles = {"a.txt": "Milei took 55.69% of the vote.", "b.txt": "Milei took almost 56% of the vote.",
                "c.txt": "Milei had 51% of the vote."}
    verdict = judge(VOTE_SHARE, [o for path, text in articles.items() for o in said(path, text, VOTE_SHARE)],
                    sorted(articles))
    assert (verdict.status, verdict.consensus.display(), verdict.tie) == (DISAGREEMENT, "55.69%", False)
    assert (verdict.agreeing, verdict.disagreeing) == (("a.txt", "b.txt"), ("c.txt",))
    # a round figure still reaches 10%: "nearly 60%" (54%–60%) backs 55%
    assert agree(parse("amount", "nearly 60%"), parse("amount", "55%"))
    assert agree(parse("amount", "almost 56%"), parse("amount", "54.4%"))
    assert not agree(parse("amount", "almost 56%"), parse("amount", "53%"))  # (52.5%–53.5%, a rounding)


def test_a_wide_value_joins_a_consensus_it_is_consistent_with():
    verdict = judge(DETAINED, [*said("a.txt", "Belarus detained 33 Russians."),
                               *said("b.txt", "Belarus detained 33 Russians."),
                               *said("c.txt", "Police detained about 30 Russians.")], SOURCES)
    assert (verdict.status, verdict.consensus) == (AGREEMENT, count("33"))
    assert verdict.agreeing == ("a.txt", "b.txt", "c.txt")


INTERVALS = st.lists(st.tuples(st.integers(0, 60), st.sampled_from([0, 0, 1, 3, 10, 500])), min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(INTERVALS, st.sampled_from([Tolerance(), Tolerance(absolute=2), Tolerance(relative=0.1)]))
def test_the_values_searched_for_agreement_include_every_value_that_agrees(intervals, tolerance):
    from discrepancy.compare import _Near

    values = list({Value("count", float(low), float(low + width), "exact" if not width else "range")
                   for low, width in intervals})
    near = _Near(values, tolerance)
    for value in values:
        assert {v for v in values if agree(v, value, tolerance)} <= set(near.around(value))


@settings(max_examples=300, deadline=None)
@given(INTERVALS)
def test_each_source_is_marked_by_how_its_value_stands_against_the_consensus_or_every_tied_value(intervals):
    observations = [obs for n, (low, width) in enumerate(intervals)
                    for obs in said(f"{n:02}.txt", f"Belarus detained {f'between {low} and {low + width}' if width else low}"
                                                   " Russians.")]
    verdict = judge(DETAINED, observations, [f"{n:02}.txt" for n in range(len(intervals))])
    leading = [verdict.consensus] if verdict.consensus else [t.value for t in verdict.tied]
    assert leading and (verdict.consensus is None) == (len(leading) > 1)
    for claim in verdict.claims:
        agreed = sum(agree(claim.value, value) for value in leading)
        assert claim.standing == (AGREES if agreed == len(leading) else DISAGREES if not agreed else SIDES)
    for tied in verdict.tied:
        assert tied.backing == tuple(sorted(c.source for c in verdict.claims if agree(c.value, tied.value)))
        assert len(tied.backing) == len(verdict.tied[0].backing)  # each backed by as many sources
        assert not any(agree(tied.value, other.value) for other in verdict.tied if other is not tied)
    assert (verdict.status == DISAGREEMENT) == bool(verdict.flagged)  # a disagreement names its sources


def test_should_no_value_have_backers_that_agree_with_each_other_values_are_ranked_without_that_test(monkeypatch):
    # A safety net never met in practice: without it, no value would lead and every claim would
    # count as agreeing with all (none) of the leading values.
    monkeypatch.setattr(sys.modules["discrepancy.compare"], "_coherent", lambda values, tolerance: False)
    verdict = judge(DETAINED, [*said("a.txt", "Belarus detained 33 Russians."),
                               *said("b.txt", "Thirty-three Russians were detained."),
                               *said("c.txt", "Belarus detained 32 Russians.")], SOURCES)
    assert (verdict.status, verdict.consensus.display()) == (DISAGREEMENT, "33")
    assert (verdict.agreeing, verdict.disagreeing) == (("a.txt", "b.txt"), ("c.txt",))


def test_a_range_whose_end_touches_a_value_backs_it_despite_rounding():
    # 1.1 - (1.1 - 0.1) is a hair above 0.1: the search for near values keeps a margin.
    from discrepancy.compare import Claim, _leading

    claims = [Claim(source, parse("amount", text), ()) for source, text in
              (("a", "between 0.1% and 1.1%"), ("b", "1.1%"), ("c", "1.1%"))]
    assert [(lead.value.display(), sorted(lead.sources)) for lead in _leading(claims, Tolerance())] == [
        ("1.1%", ["a", "b", "c"])]


def test_a_figure_stated_to_the_hundred_disagrees_with_one_two_hundred_away():
    # "about 2,400" reaches one step of its last digit (2,300–2,500): 2,600 is another figure.
    figures = {"a.txt": "about 2,400", "b.txt": "approximately 2,400", "c.txt": "around 2,400", "d.txt": "2,600"}
    verdict = judge(DETAINED, [o for path, figure in figures.items()
                               for o in said(path, f"Belarus detained {figure} Russians.")], sorted(figures))
    assert (verdict.status, verdict.consensus.display()) == (DISAGREEMENT, "about 2,400 (2,300–2,500)")
    assert (verdict.agreeing, verdict.disagreeing) == (("a.txt", "b.txt", "c.txt"), ("d.txt",))


def test_a_lone_middle_value_does_not_join_two_sources_that_disagree():
    lenient = rule("count", "detained {count} Russians", tolerance=Tolerance(absolute=1))
    figures = {"a.txt": 32, "b.txt": 33, "c.txt": 34}
    verdict = judge(lenient, [o for path, n in figures.items() for o in said(path, f"Belarus detained {n} Russians.", lenient)],
                    sorted(figures))
    assert (verdict.status, verdict.consensus, verdict.tie) == (DISAGREEMENT, None, True)


# ---------------------------------------------------------------------------
# Found by fresh-eyes corpora: open ends, other units, a source's figures read together

UNDERGROUND = rule("duration", "spent {duration} underground", rule_id="underground")
DAMAGES = rule("amount", "paid {money} in damages", rule_id="damages")


@pytest.mark.parametrize(("fact", "sentence", "figures", "consensus"), [
    (UNDERGROUND, "The miners spent {} underground.",
     ["92 hours", "92 hours", "nearly four days", "more than four days"], "92 hours"),
    (DAMAGES, "The firm paid {} in damages.",
     ["$3.9 million", "$3.9 million", "nearly $4 million", "more than $4 million"], "USD 3.9 million"),
])
def test_a_value_open_at_an_end_does_not_back_one_that_only_reaches_that_end(fact, sentence, figures, consensus):
    # "more than four days" was counted as backing "nearly four days", which then outranked
    # the 92 hours two sources wrote, though it was itself marked as disagreeing.
    paths = ["a.txt", "b.txt", "c.txt", "d.txt"]
    verdict = judge(fact, [o for path, figure in zip(paths, figures) for o in said(path, sentence.format(figure), fact)],
                    paths)
    assert (verdict.status, verdict.consensus.display(), verdict.tie) == (DISAGREEMENT, consensus, False)
    assert (verdict.agreeing, verdict.disagreeing) == (("a.txt", "b.txt", "c.txt"), ("d.txt",))


def test_among_many_values_one_open_at_an_end_does_not_join_one_that_only_reaches_it():
    # Past 24 values, whether a value's backers agree with each other is read from their
    # common ends: "more than 4 days" starts past the end of "nearly 4 days", so no range
    # that reaches both is a consensus they share; each is backed by the ranges, a tie.
    ranges = {f"{low:02}.txt": f"between {low} and 120 hours" for low in range(60, 85)}
    figures = {**ranges, "nearly.txt": "nearly four days", "more.txt": "more than four days"}
    verdict = judge(UNDERGROUND, [o for path, figure in figures.items()
                                  for o in said(path, f"They spent {figure} underground.", UNDERGROUND)], sorted(figures))
    assert (verdict.status, verdict.consensus) == (DISAGREEMENT, None)
    assert tied(verdict) == [("nearly 4 days (3.6–4 days)", (*sorted(ranges), "nearly.txt")),
                             ("more than 4 days", (*sorted(ranges), "more.txt"))]
    assert (verdict.agreeing, verdict.siding) == (tuple(sorted(ranges)), ("more.txt", "nearly.txt"))


FLIGHTS = rule("count", "{count} flights (?:have been )?axed", rule_id="flights")
PASSENGERS = rule("count", "{count} passengers were hit", rule_id="passengers")


def test_a_headline_that_drops_the_bodys_more_than_is_one_claim_not_a_contradiction():
    # Found by a fresh-eyes corpus: "# Brits stranded as 4,000 flights axed" over "More than
    # 4,000 flights have been axed" made the tabloid contradict itself, and the fact a
    # disagreement, though both outlets said more than 4,000.
    verdict = judge(FLIGHTS, [*said("blast.md", "# Brits stranded as 4,000 flights axed\n\n"
                                                "More than 4,000 flights have been axed.", FLIGHTS),
                              *said("wire.txt", "More than 4,000 flights have been axed.", FLIGHTS)],
                    ["blast.md", "wire.txt"])
    assert (verdict.status, verdict.consensus.display(), verdict.self_contradicting) == (AGREEMENT, "more than 4,000", ())
    (blast, _) = verdict.claims
    assert (blast.value.display(), [o.line for o in blast.observations]) == ("more than 4,000", [1, 3])


TOLL = rule("count", "toll (?:tops|nears) {count}", "toll ... (?:rose|climbed) to {count}", rule_id="toll")


@pytest.mark.parametrize("headline, body, claim", [
    # Found by a fact-checker: "toll tops 1,100" over "the toll rose to 1,136" was read as 1,100
    # exactly, and the paper contradicted itself; "nears 1,000" over 937 likewise
    ("# Pakistan pleads for help as toll tops 1,100", "The toll rose to 1,136.", "1,136"),
    ("# Emergency declared as death toll nears 1,000", "The death toll climbed to 937.", "937"),
])
def test_a_headline_verb_that_states_a_side_of_its_bodys_figure_is_no_contradiction(headline, body, claim):
    verdict = judge(TOLL, said("paper.md", f"{headline}\n\n{body}", TOLL), ["paper.md"])
    assert (verdict.self_contradicting, [c.value.display() for c in verdict.claims]) == ((), [claim])


def test_a_figure_said_bare_and_more_than_it_are_one_figure_not_a_tie():
    # Found by a fresh-eyes corpus: "half a million" (500,000) and "over 500,000" tied, each
    # backed by the three sources' "some 500,000", and the fact was a disagreement with no
    # consensus, though every source gave the same round figure.
    articles = {"wire.txt": "Half a million passengers were hit.", "flyvana.txt": "Over 500,000 passengers were hit.",
                **{f"{n}.txt": "Some 500,000 passengers were hit." for n in range(3)}}
    verdict = judge(PASSENGERS, [o for path, text in articles.items() for o in said(path, text, PASSENGERS)],
                    sorted(articles))
    assert (verdict.status, verdict.consensus.display(), verdict.tie) == (AGREEMENT, "500,000", False)
    assert (verdict.agreeing, verdict.disagreeing) == (tuple(sorted(articles)), ())


def test_over_a_figure_and_as_many_as_it_are_one_figure_not_a_tie():
    # Found by a fresh-eyes corpus: a union's "Over 7,800" and a wire's "As many as 7,800" tied
    # (4 sources each), with a note that the wire's figure, published later, "may be the later
    # figure", though both state 7,800. An upper estimate names the figure it reaches.
    articles = {"mard.md": "Over 7,800 resident doctors went on strike.",
                "pti.txt": "As many as 7,800 resident doctors went on strike.",
                "ht.md": "Nearly 8,000 resident doctors went on strike.",
                "lokmat.md": "Around 7,800 resident doctors went on strike.",
                "toi.md": "Over 7,000 resident doctors went on strike.",
                "health.md": "About 5,200 resident doctors went on strike."}
    doctors = rule("count", "{count} resident doctors went on strike", rule_id="doctors")
    verdict = judge(doctors, [o for path, text in articles.items() for o in said(path, text, doctors)], sorted(articles))
    assert (verdict.status, verdict.consensus.display(), verdict.tie) == (DISAGREEMENT, "up to 7,800 (7,566–7,800)", False)
    assert (verdict.agreeing, verdict.disagreeing) == (("ht.md", "lokmat.md", "mard.md", "pti.txt", "toi.md"),
                                                       ("health.md",))


DEBRIS = rule("count", "{count} feet from the bow", rule_id="debris")


def test_the_consensus_is_a_figure_a_source_writes_not_the_range_one_sources_figures_share():
    # Found by a fresh-eyes corpus: a page's "about 1,600" and "about 1,500" (read together as
    # 1,500–1,600, what both allow) made the consensus "1,500–1,600 feet", which no article wrote,
    # beside another source's "approximately 1,600".
    articles = {"live.md": "It was about 1,600 feet from the bow. Early reports put it about 1,500 feet from the bow.",
                "uscg.md": "The debris was approximately 1,600 feet from the bow."}
    verdict = judge(DEBRIS, [o for path, text in articles.items() for o in said(path, text, DEBRIS)], sorted(articles))
    assert (verdict.status, verdict.consensus.display(), verdict.agreeing) == (
        AGREEMENT, "about 1,600 (1,500–1,700)", ("live.md", "uscg.md"))
    assert [c.value.display() for c in verdict.claims] == ["1,500–1,600", "about 1,600 (1,500–1,700)"]


def test_a_range_a_source_writes_still_goes_before_the_hedge_that_holds_it():
    articles = {"a.md": "It was between 1,550 and 1,600 feet from the bow.",
                "b.md": "It was about 1,600 feet from the bow."}
    verdict = judge(DEBRIS, [o for path, text in articles.items() for o in said(path, text, DEBRIS)], sorted(articles))
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "1,550–1,600")


def test_over_a_figure_and_at_most_it_still_tie():
    # "At most 7,800" is a limit, "over 7,800" past it: they say opposite things of one figure.
    articles = {"a.txt": "Over 7,800", "b.txt": "Over 7,800", "c.txt": "At most 7,800", "d.txt": "At most 7,800"}
    doctors = rule("count", "{count} resident doctors went on strike", rule_id="doctors")
    verdict = judge(doctors, [o for path, text in articles.items()
                              for o in said(path, f"{text} resident doctors went on strike.", doctors)], sorted(articles))
    assert (verdict.status, verdict.consensus, tied(verdict)) == (
        DISAGREEMENT, None, [("at most 7,800", ("c.txt", "d.txt")), ("more than 7,800", ("a.txt", "b.txt"))])


def test_a_round_figure_said_bare_and_more_than_it_still_tie_with_another_figure():
    # "more than 30" agrees with 30 and with 40; the 30 and the 40 still disagree.
    figures = {"a.txt": "30", "b.txt": "30", "c.txt": "40", "d.txt": "40", "e.txt": "more than 30"}
    verdict = judge(DETAINED, [o for path, figure in figures.items()
                               for o in said(path, f"Belarus detained {figure} Russians.")], sorted(figures))
    assert (verdict.status, verdict.consensus, tied(verdict)) == (
        DISAGREEMENT, None, [("30", ("a.txt", "b.txt", "e.txt")), ("40", ("c.txt", "d.txt", "e.txt"))])
    assert (verdict.agreeing, verdict.siding) == (("e.txt",), ("a.txt", "b.txt", "c.txt", "d.txt"))


def test_more_than_a_figure_that_is_not_round_disagrees_with_it_said_bare():
    # 33 is no figure a writer rounds to: "more than 33" says 34 or more, and 33 is not.
    figures = {"a.txt": "33", "b.txt": "33", "c.txt": "more than 33"}
    verdict = judge(DETAINED, [o for path, figure in figures.items()
                               for o in said(path, f"Belarus detained {figure} Russians.")], sorted(figures))
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (DISAGREEMENT, "33", ("c.txt",))


def test_among_many_values_a_figure_said_bare_and_more_than_it_agree():
    # Past 24 values, the backers' agreement is read from their common ends, which a figure and
    # "more than" it do not share: the hedge is checked against each value instead.
    ranges = {f"{low}.txt": f"between {low},000 and 600,000" for low in range(470, 495)}
    figures = {**ranges, "wire.txt": "500,000", "tv.txt": "half a million", "flyvana.txt": "over 500,000",
               "blog.txt": "more than 500,000", "above.txt": "between 501,000 and 600,000"}  # all but the 500,000s back it
    verdict = judge(PASSENGERS, [o for path, figure in figures.items()
                                 for o in said(path, f"{figure} passengers were hit.", PASSENGERS)], sorted(figures))
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (DISAGREEMENT, "500,000", ("above.txt",))


def test_fewer_than_a_count_agrees_with_the_figure_said_bare_among_values_as_wide_as_it():
    # "fewer than 200" ends at 199: the values that might agree with a bare 200 are looked up
    # a count's step wider, or a "fewer than" as wide as the widest values is missed.
    figures = {"a.txt": "200", "b.txt": "200", "c.txt": "fewer than 200",
               **{f"{n}.txt": f"between {n}000 and {n}199" for n in range(1, 5)}}
    verdict = judge(DETAINED, [o for path, figure in figures.items()
                               for o in said(path, f"Belarus detained {figure} Russians.")], sorted(figures))
    assert (verdict.consensus.display(), verdict.agreeing) == ("200", ("a.txt", "b.txt", "c.txt"))


PAYMENT = rule("amount", "pay {money} to each family", "pay {amount} crowns", r"\({money}\) to (?:each|every) family",
               rule_id="payment")


def test_a_bare_amount_beside_its_conversion_into_another_currency_is_no_contradiction():
    # "2 million" is compared in CZK, the unit of the fact; "about 80,000 euros" is in EUR, not
    # compared: the two are one sum said twice, not two figures that contradict each other. (To
    # every family: 'pay {money} to each family' would read "2 million crowns" past its conversion.)
    verdict = judge(PAYMENT, [*said("w.txt", "It will pay 2 million crowns (about 80,000 euros) to every family.", PAYMENT),
                              *said("s.txt", "It will pay CZK 2 million to each family.", PAYMENT)], ["s.txt", "w.txt"])
    assert (verdict.status, verdict.consensus.display(), verdict.unit) == (AGREEMENT, "CZK 2 million", "CZK")
    assert [(c.source, c.value.display(), c.standing) for c in verdict.claims] == [
        ("s.txt", "CZK 2 million", AGREES), ("w.txt", "2 million", AGREES),
        ("w.txt", "about EUR 80,000 (EUR 72,000–EUR 88,000)", NOT_COMPARED)]
    assert (verdict.self_contradicting, verdict.agreeing) == ((), ("s.txt", "w.txt"))


def test_a_source_contradicts_itself_only_with_two_figures_in_one_unit():
    per_family = rule("amount", "{money} per family", rule_id="per-family")
    verdict = judge(per_family, [*said("a.txt", "The state pays €150,000 per family ($160,000 per family). "
                                                "The firm adds €50,000 per family.", per_family),
                                 *said("b.txt", "The state pays €150,000 per family.", per_family)], ["a.txt", "b.txt"])
    assert (verdict.status, verdict.self_contradicting) == (DISAGREEMENT, ("a.txt",))
    assert [(source, [c.value.display() for c in claims]) for source, claims in contradictions(
        list(verdict.claims), verdict.unit)] == [("a.txt", ["EUR 150,000", "EUR 50,000"])]


def test_sources_in_another_unit_neither_back_the_consensus_nor_hide_a_disagreement_in_it():
    # Found by a fresh-eyes corpus: a source saying only "some $160 million" was listed as
    # agreeing with a consensus of €150 million; and a source's $163m that agreed with the
    # other dollars hid its own €200m, which the euro sources' €150m rules out.
    value = rule("amount", "worth {money}", rule_id="street-value")
    # (c.txt's dollars in a sentence of their own: right after its euros, they would be their conversion)
    figures = {"a.txt": "€150 million", "b.txt": "€150 million", "c.txt": "€200 million. It is worth $163 million",
               "d.txt": "some $160 million"}
    verdict = judge(value, [o for path, figure in figures.items() for o in said(path, f"It is worth {figure}.", value)],
                    sorted(figures))
    assert (verdict.status, verdict.consensus.display(), verdict.unit) == (DISAGREEMENT, "EUR 150 million", "EUR")
    assert (verdict.agreeing, verdict.siding, verdict.disagreeing, verdict.other_unit) == (
        ("a.txt", "b.txt"), (), ("c.txt",), ())
    (dollars,) = verdict.other_units
    assert (dollars.unit, dollars.consensus.display(), dollars.agreeing, dollars.disagreeing) == (
        "USD", "USD 163 million", ("c.txt", "d.txt"), ())


@pytest.mark.parametrize("second", ["more than 150", "155"])
def test_a_sources_figures_are_read_together_so_one_that_rules_out_the_consensus_is_not_hidden(second):
    # Found by a fresh-eyes corpus: "at least 140" hid the same source's "more than 150", and
    # the source agreed with 142; with an exact 155 instead, it disagreed. Both figures hold
    # together only above 150, which rules 142 out.
    detained = rule("count", "{count} people were detained", rule_id="detained")
    verdict = judge(detained, [*said("a.txt", "Police said 142 people were detained.", detained),
                               *said("b.txt", "Police said 142 people were detained.", detained),
                               *said("c.txt", f"Police said at least 140 people were detained.\n\n"
                                              f"A rights group said {second} people were detained.", detained)],
                    ["a.txt", "b.txt", "c.txt"])
    assert (verdict.status, verdict.consensus.display()) == (DISAGREEMENT, "142")
    (*_, claim) = verdict.claims
    assert (claim.source, claim.value.display(), claim.standing, len(claim.observations)) == ("c.txt", second, DISAGREES, 2)
    assert (verdict.agreeing, verdict.disagreeing, verdict.self_contradicting) == (("a.txt", "b.txt"), ("c.txt",), ())


@pytest.mark.parametrize(("figures", "read"), [
    (["at least 140", "more than 150"], "more than 150"),  # the one inside the other
    (["hundreds", "more than 200"], "201–999"),  # neither inside the other: the part they share
    (["about 2,400", "2,450"], "2,450"),
    (["at least 4,000", "4,100"], "4,100"),
])
def test_a_claim_is_what_all_its_figures_allow(figures, read):
    assert claim_value([count(figure) for figure in figures]).display() == read
    assert claim_value([count(figure) for figure in reversed(figures)]).display() == read


@pytest.mark.parametrize("hedged", ["some 4,000", "nearly 4,000", "more than 4,000", "over 4,000", "at least 4,000",
                                    "at most 4,000", "up to 4,000", "fewer than 4,000"])
def test_a_figure_a_headline_states_bare_where_the_text_hedges_it_is_read_as_hedged_whatever_the_hedge(hedged):
    # Found by a fresh-eyes corpus: a headline's "4,000 flights axed" over the body's "More
    # than 4,000 flights have been axed" made the source contradict itself. A headline drops
    # the hedge its text gives, whichever hedge it is.
    assert claim_value([count("4,000"), count(hedged)], [True, False]) == count(hedged)
    assert claim_value([count(hedged), count("4,000")], [False, True]) == count(hedged)


@pytest.mark.parametrize("hedged", ["some 4,000", "nearly 4,000", "more than 4,000", "at most 4,000", "up to 4,000",
                                    "fewer than 4,000"])
def test_a_figure_the_text_states_bare_is_kept_beside_its_hedge_in_either_order(hedged):
    # fresh61: "ordered the temporary grounding of 171 … jetliners", then "would affect
    # approximately 171 planes" was read as about 171, which agreed with two sources' 168; the
    # sentences the other way round read 171, which does not. A bare figure in a sentence of the
    # text is the source's own detail ("at least 85 dead", then "85 have been confirmed dead"), and
    # no figure of a source that rules a value out is hidden behind a looser one.
    assert claim_value([count("4,000"), count(hedged)]) == claim_value([count(hedged), count("4,000")]) == count("4,000")


@pytest.mark.parametrize("bare, hedged", [("1,100", "between 1,000 and 1,100"), ("1,000", "between 1,000 and 1,100"),
                                           ("1,050", "1,000 to 1,100"), ("33", "32 or 33")])
def test_a_figure_a_headline_states_bare_in_the_texts_range_is_read_as_the_range(bare, hedged):
    # fresh51: a tabloid's headline "as 1,100 still missing" over its body's "between 1,000 and
    # 1,100 people are still missing" was read as 1,100, and made the consensus sharper than any
    # sentence of the body: the headline gave one end of the body's range.
    assert claim_value([count(bare), count(hedged)], [True, False]) == count(hedged)
    # a bare figure of the text itself is its own detail, before the range or after it
    assert claim_value([count(bare), count(hedged)]) == claim_value([count(hedged), count(bare)]) == count(bare)


GROUNDED = rule("count", "(?:grounding of|grounded|affect) {count} (?:\\w+ ){0,4}(?:jets|jetliners|planes)",
                rule_id="jets-grounded")
PAID = rule("amount", "paid (?:\\w+ ){0,2}{money}", rule_id="compensation")


@pytest.mark.parametrize("fact, bare, hedged, others", [
    (GROUNDED, "Federal officials ordered the temporary grounding of 171 Boeing 737 Max 9 jetliners after a panel blew out.",
     "The Federal Aviation Administration said its emergency order would affect approximately 171 planes.",
     "The FAA grounded 168 Max 9 jets on Saturday."),
    (PAID, "Boeing has paid Alaska Airlines $160 million, the filing said.",
     "In all, Boeing paid Alaska Airlines about $160 million so far.", "Boeing paid Alaska Airlines $155 million."),
], ids=["count", "money"])
@pytest.mark.parametrize("bare_first", [True, False], ids=["bare first", "hedged first"])
def test_a_bare_figure_of_the_text_rules_the_consensus_out_whatever_order_the_source_states_it_in(
        fact, bare, hedged, others, bare_first):
    # fresh61: with the bare sentence first the wire was "✓ about 171" and the fact an agreement
    # on 168; with the hedged one first, "✗ 171" and a disagreement.
    wire = f"{bare}\n\n{hedged}" if bare_first else f"{hedged}\n\n{bare}"
    verdict = judge(fact, [*said("a.md", wire, fact), *said("b.md", others, fact), *said("c.md", others, fact)],
                    ["a.md", "b.md", "c.md"])
    (claim, *_) = verdict.claims
    figure = said("x.md", bare, fact)[0].value
    assert (verdict.status, verdict.disagreeing, verdict.self_contradicting) == (DISAGREEMENT, ("a.md",), ())
    assert (claim.source, claim.value, claim.standing, len(claim.observations)) == ("a.md", figure, DISAGREES, 2)


def test_a_headline_figure_at_one_end_of_the_bodys_range_makes_the_range_the_consensus():
    missing = rule("count", "{count} (?:people are )?still missing", rule_id="missing")
    articles = {"tabloid.md": "# Maui toll hits 115 as 1,100 still missing\n\n"
                              "Between 1,000 and 1,100 people are still missing.",
                "tv.md": "More than 1,000 people are still missing.", "foreign.md": "Maui: 388 still missing."}
    verdict = judge(missing, [o for path, text in articles.items() for o in said(path, text, missing)], sorted(articles))
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (DISAGREEMENT, "1,000–1,100", ("foreign.md",))
    (tabloid,) = [c for c in verdict.claims if c.source == "tabloid.md"]
    assert (tabloid.value.display(), [o.line for o in tabloid.observations]) == ("1,000–1,100", [1, 3])
    assert verdict.self_contradicting == ()


def test_a_bare_count_after_the_headlines_at_least_still_disagrees_with_a_later_toll():
    # fresh9: "Lanna Air jet crashes on landing in Phuket, at least 85 dead", then "Officials
    # said 85 people had been confirmed dead so far": an early report's 85, against 186.
    killed = rule("count", "{count} (?:people had been confirmed )?dead", rule_id="killed")
    verdict = judge(killed, [*said("early.txt", "Jet crashes, at least 85 dead\n\nOfficials said 85 people had been "
                                                "confirmed dead so far.", killed),
                             *said("a.txt", "Crash: 186 dead.", killed), *said("b.txt", "Crash: 186 dead.", killed)],
                    ["a.txt", "b.txt", "early.txt"])
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (DISAGREEMENT, "186", ("early.txt",))
    (early,) = [c for c in verdict.claims if c.source == "early.txt"]
    assert (early.value.display(), len(early.observations)) == ("85", 2)


def test_figures_that_agree_only_within_the_tolerance_are_read_as_the_most_precise():
    # a rule's tolerance groups them, but they share no value: the sharpest one stands for both
    figures = [duration("22 days"), duration("between 2 and 3 weeks")]
    assert claim_value(figures).display() == claim_value(figures[::-1]).display() == "22 days"


APPEAL = rule("amount", "appeal(?:ed)? for {money}", "(?:seeks|appealing for) {money}", rule_id="appeal")
APPEAL_LENIENT = rule("amount", "appeal(?:ed)? for {money}", "(?:seeks|appealing for) {money}", rule_id="appeal",
                      tolerance=Tolerance(relative=0.01))


@pytest.mark.parametrize("figures, sharpest", [
    (["$71 million", "$71.4 million"], "USD 71.4 million"),
    (["$787 million", "$787.5 million"], "USD 787.5 million"),
    (["1,300", "1,301"], "1,301"),
])
def test_figures_that_agree_only_within_the_tolerance_are_read_as_the_one_written_to_the_finest_digit(figures, sharpest):
    # Found by a fresh-eyes corpus (fresh68 P5): at a tolerance of 1%, a source's "$71 million"
    # beside its "71.4 million US dollars" was its claim, as the whole "$71 million" is read as
    # exact and "$71.4 million" as the rounding 71.35–71.45 million: the guide says the sharper one.
    read = amount if figures[0].startswith("$") else count
    values = [read(f) for f in figures]
    assert claim_value(values).display() == claim_value(values[::-1]).display() == sharpest


def test_a_source_whose_figures_agree_within_the_tolerance_shows_its_sharper_figure():
    text = "The UN is appealing for $71 million.\n\nThe United Nations has appealed for 71.4 million US dollars."
    (claim,) = judge(APPEAL_LENIENT, said("tv.md", text, APPEAL_LENIENT), ["tv.md"]).claims
    assert (claim.value.display(), evidence_of(claim).line, other_lines(claim, evidence_of(claim))) == (
        "USD 71.4 million", 3, ["1: USD 71 million"])
    # without the tolerance, the text's two figures are two claims: the source contradicts itself
    verdict = judge(APPEAL, said("tv.md", text, APPEAL), ["tv.md"])
    assert (verdict.self_contradicting, [c.value.display() for c in verdict.claims]) == (
        ("tv.md",), ["USD 71 million", "USD 71.4 million"])


@pytest.mark.parametrize("headline, body", [
    ("# UN seeks $71 million for flood victims", "The United Nations has appealed for 71.4 million US dollars."),
    ("# UN seeks $71m for flood victims", "The United Nations has appealed for $71,400,000."),
    ("# UN seeks $71.4 million for flood victims", "The United Nations has appealed for $71.43 million."),
])
def test_a_headline_figure_the_texts_figure_rounds_to_is_the_texts_claim(headline, body):
    # Found by a fresh-eyes corpus (fresh68 P4): a headline's "$71 million" over the text's "71.4
    # million US dollars" made the source contradict itself. A headline shortens, as it drops a
    # hedge: the text's figure is the claim, and the headline's line is named after it.
    verdict = judge(APPEAL, [*said("tv.md", f"{headline}\n\n{body}", APPEAL),
                             *said("wire.txt", "The UN has appealed for $71.4 million.", APPEAL)], ["tv.md", "wire.txt"])
    (tv, _) = verdict.claims
    assert (verdict.status, verdict.self_contradicting, tv.value, [o.line for o in tv.observations]) == (
        AGREEMENT, (), tv.observations[1].value, [1, 3])
    assert evidence_of(tv).line == 3


@pytest.mark.parametrize("headline, body", [
    # another figure, or a digit the headline writes that the text's figure does not round to
    ("# UN seeks $75 million for flood victims", "The United Nations has appealed for 71.4 million US dollars."),
    ("# UN seeks $70 million for flood victims", "The United Nations has appealed for 71.4 million US dollars."),
    ("# UN seeks $72 million for flood victims", "The United Nations has appealed for 71.4 million US dollars."),
    ("# UN seeks $1,300 for each family", "The United Nations is appealing for $1,301 for each family."),
    # a figure of the text is no headline, however it rounds
    ("The UN is appealing for $71 million.", "The United Nations has appealed for 71.4 million US dollars."),
])
def test_a_headline_figure_the_texts_figure_does_not_round_to_still_contradicts_it(headline, body):
    verdict = judge(APPEAL, said("tv.md", f"{headline}\n\n{body}", APPEAL), ["tv.md"])
    assert (verdict.self_contradicting, len(verdict.claims)) == (("tv.md",), 2)


def test_a_headline_figure_the_text_says_too_stays_with_it_not_with_a_figure_that_rounds_to_it():
    # fresh52: "# … Egypt demands $1BN" over "which wants $1billion" and "… cough up $916million":
    # the headline repeats the text's $1 billion, which 916 million only happens to round to.
    demands = rule("amount", "(?:demands|wants|up) {money}", rule_id="claimed")
    text = "# Egypt demands $1BN\n\nEgypt wants $1billion from its owners.\n\nThe owners must cough up $916million."
    verdict = judge(demands, said("tabloid.md", text, demands), ["tabloid.md"])
    assert [(c.value.display(), [o.line for o in c.observations]) for c in verdict.claims] == [
        ("USD 1 billion", [1, 3]), ("USD 916 million", [5])]


@pytest.mark.parametrize("headline, body, claims", [
    # the text's figure rounds to the headline's at the digit it writes last: one claim, the text's
    ("2 million pilgrims took part", "Some 1.8 million pilgrims took part.", ["about 1.8 million (1.7 million–1.9 million)"]),
    ("1.8 million pilgrims took part", "1,833,164 pilgrims took part.", ["1,833,164"]),
    # not so: two claims
    ("1.9 million pilgrims took part", "1.8 million pilgrims took part.", ["1.9 million", "1.8 million"]),
    ("1,830,000 pilgrims took part", "1,833,164 pilgrims took part.", ["1.83 million", "1,833,164"]),
])
def test_a_headline_count_is_read_as_the_texts_figure_where_that_rounds_to_it(headline, body, claims):
    verdict = judge(PILGRIMS, said("a.md", f"# {headline}\n\n{body}", PILGRIMS), ["a.md"])
    assert ([c.value.display() for c in verdict.claims], bool(verdict.self_contradicting)) == (claims, len(claims) > 1)


def test_the_days_two_dates_share_are_a_range_of_days():
    shared = claim_value([day("last week", FRIDAY), day("July 2020")])
    assert (shared.low, shared.high, shared.precision, shared.display()) == (
        date(2020, 7, 27), date(2020, 7, 31), "range", "2020-07-27 – 2020-07-31")


# ---------------------------------------------------------------------------
# A live page's later entry corrects its earlier figures

LIVE = ("# LIVE: narco-sub seized\n\n**11:58** – UPDATE: Police now confirm 4 Russians were detained, not three.\n\n"
        "**09:10** – The boat is being towed; its 2 Russians were detained too, police say.\n\n"
        "**07:52** – Sources say 3 Russians were detained on board.\n")


def test_a_live_pages_earlier_figure_that_a_later_entry_corrects_is_superseded_not_a_contradiction():
    observations = said("live.md", LIVE) + said("wire.txt", "Police said 4 Russians were detained.")
    verdict = judge(DETAINED, observations, ["live.md", "wire.txt"])
    assert (verdict.status, verdict.consensus.display(), verdict.self_contradicting) == (AGREEMENT, "4", ())
    assert [(o.raw, o.line, o.entry.label) for o in verdict.superseded] == [("2", 5, "09:10"), ("3", 7, "07:52")]
    assert [(c.source, c.value.display(), c.standing) for c in verdict.claims] == [
        ("live.md", "4", AGREES), ("wire.txt", "4", AGREES)]


def test_a_figure_the_latest_entry_agrees_with_stays_and_an_article_without_entries_still_contradicts_itself():
    page = LIVE.replace("its 2 Russians", "its 4 Russians")
    verdict = judge(DETAINED, said("live.md", page), ["live.md"])
    assert [o.raw for o in verdict.superseded] == ["3"]
    assert [o.line for o in verdict.claims[0].observations] == [3, 5]
    flat = "Police now confirm 4 Russians were detained.\n\nSources say 3 Russians were detained on board.\n"
    verdict = judge(DETAINED, said("article.md", flat), ["article.md"])
    assert (verdict.superseded, verdict.self_contradicting) == ((), ("article.md",))


def test_the_opening_of_a_live_page_neither_corrects_nor_is_corrected_and_another_unit_corrects_nothing():
    # The opening may be a summary kept current, the first report, or an article's lede above
    # a timeline: where it disagrees with the latest entry, the source contradicts itself.
    page = "Key points: 5 Russians were detained.\n\n" + LIVE
    verdict = judge(DETAINED, said("live.md", page), ["live.md"])
    assert [o.raw for o in verdict.superseded] == ["2", "3"]
    assert verdict.self_contradicting == ("live.md",)
    oldest_first = "Three crew: 3 Russians were detained.\n\n" + "\n\n".join(reversed(LIVE.split("\n\n")[1:]))
    verdict = judge(DETAINED, said("live.md", oldest_first), ["live.md"])
    assert ([o.raw for o in verdict.superseded], [c.value.display() for c in verdict.claims]) == (["3", "2"], ["3", "4"])
    fee = rule("amount", "fee of {money}")
    page = "**11:58** – A fee of $4,000 was paid.\n\n**07:52** – A fee of €3,500 was paid.\n"
    verdict = judge(fee, said("live.md", page, fee), ["live.md"])
    assert verdict.superseded == ()


def test_a_live_pages_own_stamp_makes_its_summary_no_entry_that_corrects_the_newest_one():
    # Found by a fresh-eyes corpus (fresh63 #2): "Sun 30 Oct 2022 10.05 GMT" under the headline opened an entry,
    # so the summary's "at least 5" set the newest entry's 4 aside; it is the opening, and contradicts it.
    page = "# LIVE: narco-sub seized\n\nSun 30 Oct 2022 11.58 GMT\n\n- At least 5 Russians were detained.\n\n" + LIVE[26:]
    verdict = judge(DETAINED, said("live.md", page, published=Published(date(2022, 10, 30))), ["live.md"])
    assert ([o.raw for o in verdict.superseded], verdict.self_contradicting) == (["2", "3"], ("live.md",))
    assert [(c.value.display(), [(o.raw, o.entry and o.entry.label) for o in c.observations]) for c in verdict.claims] == [
        ("at least 5", [("At least 5", None)]), ("4", [("4", "11:58")])]


def test_an_update_below_a_releases_dateline_of_its_day_supersedes_the_original():
    # Found by a fresh-eyes corpus (fresh63 #1): the ministry contradicted itself (155 and 156).
    deaths = rule("count", "number of deaths (?:stood at|to) {count}")
    release = ("Tuesday, 1 November 2022\n\nThe ministry said the number of deaths stood at 155 on Tuesday morning.\n\n"
               "**Update, 1 November 2022, 23:00:** One injured person died, bringing the number of deaths to 156.\n")
    verdict = judge(deaths, said("release.md", release, deaths, Published(date(2022, 11, 1))), ["release.md"])
    assert ([(o.raw, o.entry.label) for o in verdict.superseded], verdict.self_contradicting) == (
        [("155", "Tuesday, 1 November 2022")], ())
    assert [(c.value.display(), [o.line for o in c.observations]) for c in verdict.claims] == [("156", [5])]


@pytest.mark.parametrize("earlier, later, superseded", [
    # Found by a fresh-eyes corpus: a live page's 12:08 "about 1,500 feet" stayed beside its 3:12
    # "about 1,600 feet", as the two overlap at 1,600, and the page's figure read 1,500–1,600.
    ("about 1,500", "about 1,600", ["about 1,500"]),
    ("1,500", "about 1,600", ["1,500"]),
    ("about 1,500", "1,600", ["about 1,500"]),
    # the same figure in other words is no correction, nor a bound the later figure keeps
    ("about 1,600", "1,600", []),
    ("1,600", "approximately 1,600", []),
    ("at least 1,500", "1,600", []),
    ("more than 1,500", "about 1,600", []),
    ("about 1,600", "nearly 1,650", []),
])
def test_a_live_pages_later_entry_that_gives_another_best_figure_supersedes_the_earlier_one(earlier, later, superseded):
    page = (f"**3:12 p.m.** — The tail cone was found {later} feet from the bow.\n\n"
            f"**12:08 p.m.** — Early reports put it {earlier} feet from the bow.\n")
    verdict = judge(DEBRIS, said("live.md", page, DEBRIS), ["live.md"])
    assert [o.raw for o in verdict.superseded] == superseded
    assert [len(c.observations) for c in verdict.claims] == [1 if superseded else 2]


@pytest.mark.parametrize("unit, compared, consensus", [
    (None, "EUR", "EUR 5,120"), ("dinars", "dinars", "600,000 dinars"), ("EUR", "EUR", "EUR 5,120"),
    ("people", "EUR", "EUR 5,120"),  # no currency: the unit most sources state it in
    ("million euros", "EUR", "EUR 5,120"),  # a scale too: no currency alone
])
def test_an_amount_rules_currency_is_the_one_its_fact_is_compared_in(unit, compared, consensus):
    # Found by a fresh-eyes corpus: a court's fine of 600,000 dinars, which outlets convert to euros.
    fine = rule("amount", "fine of {money}")
    fine = Rule(**{**fine.__dict__, "unit": unit}) if unit else fine
    articles = {"a.txt": "A fine of 600,000 dinars.", "b.txt": "A fine of 600,000 dinars (€5,120).",
                "c.txt": "A fine of €5,120.", "d.txt": "A fine of €5,120."}
    observations = [obs for path, text in articles.items() for obs in said(path, text, fine)]
    verdict = judge(fine, observations, list(articles))
    assert (verdict.unit, verdict.consensus.display(), verdict.status) == (compared, consensus, AGREEMENT)


def test_a_fact_only_one_outlets_articles_state_is_uncorroborated():
    articles = {"a.txt": "Police said 33 Russians were detained.", "b.txt": "33 Russians were detained, it said.",
                "c.txt": "Reports say 33 Russians were detained."}
    observations = [obs for path, text in articles.items() for obs in said(path, text)]
    one = judge(DETAINED, observations[:2], list(articles), {"a.txt": "The Ledger", "b.txt": "the  ledger"})
    assert (one.status, one.one_outlet, one.consensus.display()) == (UNCORROBORATED, "The Ledger", "33")
    two = judge(DETAINED, observations, list(articles), {"a.txt": "The Ledger", "b.txt": "The Ledger", "c.txt": "Wire"})
    assert (two.status, two.one_outlet) == (AGREEMENT, None)
    unknown = judge(DETAINED, observations[:2], list(articles), {"a.txt": "The Ledger"})  # b.txt: its own outlet
    assert (unknown.status, unknown.one_outlet) == (AGREEMENT, None)


def test_an_amount_a_rule_with_a_currency_reads_bare_is_in_that_currency():
    # Found by a fresh-eyes corpus: `Tk {amount}` with unit = "BDT" gave bare figures compared in dollars.
    damage = Rule(**{**rule("amount", "damage at Tk {amount}", "damage at {money}").__dict__, "unit": "BDT"})
    articles = {"a.txt": "It put the damage at Tk 4,200 crore (about $345 million).",
                "b.txt": "It put the damage at Tk 4,200 crore.", "c.txt": "It put the damage at $345 million."}
    observations = [obs for path, text in articles.items() for obs in said(path, text, damage)]
    verdict = judge(damage, observations, list(articles))
    assert (verdict.status, verdict.unit, verdict.consensus.display(), verdict.self_contradicting) == (
        AGREEMENT, "BDT", "BDT 42 billion", ())


def test_a_fact_two_sources_agree_on_in_another_unit_is_corroborated():
    # Found in review: with unit = "dinars", one source in dinars and two agreeing in euros read "uncorroborated".
    fine = Rule(**{**rule("amount", "fine of {money}").__dict__, "unit": "dinars"})
    articles = {"a.txt": "A fine of 600,000 dinars.", "b.txt": "A fine of €5,120.", "c.txt": "A fine of €5,120."}
    observations = [obs for path, text in articles.items() for obs in said(path, text, fine)]
    verdict = judge(fine, observations, list(articles))
    assert (verdict.unit, verdict.status, verdict.agreeing, verdict.other_units[0].agreeing) == (
        "dinars", AGREEMENT, ("a.txt",), ("b.txt", "c.txt"))



def test_a_shared_currency_word_is_read_as_the_one_currency_of_it_the_fact_names():
    # Found by a fresh-eyes corpus: "100 million pesos" beside two "150 million Colombian pesos" was
    # "not compared" (pesos are a unit of their own), which hid a disagreement.
    pay = rule("amount", "pay {money} per family")
    articles = {"a.txt": "They pay 150 million Colombian pesos per family.",
                "b.txt": "They pay 150 million Colombian pesos per family.", "c.txt": "They pay 100 million pesos per family."}
    observations = [obs for path, text in articles.items() for obs in said(path, text, pay)]
    verdict = judge(pay, observations, list(articles))
    assert (verdict.status, verdict.unit, verdict.disagreeing, verdict.named_units) == (
        DISAGREEMENT, "COP", ("c.txt",), (("pesos", "COP"),))
    both = {"a.txt": "They pay 150 million Colombian pesos per family.", "b.txt": "They pay 9 million Mexican pesos per family.",
            "c.txt": "They pay 100 million pesos per family."}
    observations = [obs for path, text in both.items() for obs in said(path, text, pay)]
    assert judge(pay, observations, list(both)).named_units == ()  # two countries named: the word stays its own


# ---------------------------------------------------------------------------
# Found by fresh-eyes corpora: figures rounded in a scale, hedges on fine figures, durations hedged

CONFISCATED = rule("amount", "confiscation of {money}", rule_id="damage-sum")
WATCHED = rule("duration", "for {duration}", "{duration} passed", rule_id="hours-known")


def judged(fact: Rule, sentence: str, figures: dict[str, str]):
    return judge(fact, [o for path, figure in figures.items() for o in said(path, sentence.format(figure), fact)],
                 sorted(figures))


def test_an_exact_sum_agrees_with_the_same_sum_rounded_in_millions():
    # A business paper's and an analysis' "RON 241.6 million" marked the court's "RON 241,612,300" ✗.
    verdict = judged(CONFISCATED, "The court ordered the confiscation of {}.",
                     {"court.txt": "RON 241,612,300", "paper.txt": "RON 241.6 million", "analysis.txt": "RON 241.6 million"})
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (AGREEMENT, "RON 241,612,300", ())


def test_a_sum_rounded_in_millions_still_disagrees_with_another():
    verdict = judged(CONFISCATED, "The court ordered the confiscation of {}.",
                     {"a.txt": "$4.8m", "b.txt": "$4.8m", "c.txt": "$4.5m"})
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (DISAGREEMENT, "USD 4.8 million", ("c.txt",))


def test_a_hedge_on_a_figure_to_a_tenth_of_a_million_does_not_reach_a_transposed_one():
    # The court's "approximately EUR 48.6 million" (a conversion) reached 47.1–50.1 million, so a
    # live page's "some 46.8 million euros" agreed with it and was made the consensus.
    verdict = judged(CONFISCATED, "The court ordered the confiscation of {}.",
                     {"court.txt": "approximately EUR 48.6 million", "live.txt": "some 46.8 million euros"})
    assert (verdict.status, verdict.consensus, verdict.siding) == (DISAGREEMENT, None, ("court.txt", "live.txt"))


def test_a_duration_said_bare_and_hedged_with_the_same_length_agree():
    # "watched for 15 hours", "More than 15 hours passed" and "for some 15 hours" tied between
    # 15 hours and more than 15 hours, where a reader sees one length said three ways.
    verdict = judged(WATCHED, "{}", {"express.txt": "The coastguard watched the trawler for 15 hours.",
                                    "guardian.txt": "More than 15 hours passed before it sank.",
                                    "reuters.txt": "It drifted for some 15 hours."})
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (AGREEMENT, "15 hours", ())


def test_rs_is_read_as_the_one_rupee_currency_the_fact_names():
    # Found by a fresh-eyes corpus: "Rs 1 million" was read as INR and left "not compared" beside
    # "PKR 1.5 million" and "1.5 million Pakistani rupees", which hid a real disagreement.
    pay = rule("amount", "compensation of {money}")
    articles = {"a.txt": "They announced compensation of Rs 1 million.",
                "b.txt": "They announced compensation of PKR 1.5 million.",
                "c.txt": "They announced compensation of 1.5 million Pakistani rupees."}
    observations = [obs for path, text in articles.items() for obs in said(path, text, pay)]
    verdict = judge(pay, observations, list(articles))
    assert (verdict.status, verdict.unit, verdict.disagreeing, verdict.named_units) == (
        DISAGREEMENT, "PKR", ("a.txt",), (("rupees", "PKR"),))


# ---------------------------------------------------------------------------
# Found by fresh-eyes corpora: percentages rounded in the text, "up to" as an upper estimate

TURNOUT = rule("amount", "turnout (?:was|of) {percent}", rule_id="turnout")
RESCUED = rule("count", "{count} miners were rescued alive", rule_id="rescued")
SENTENCE = rule("duration", "faces {duration} in prison", rule_id="sentence")


def test_a_percentage_rounded_in_the_text_agrees_with_the_finer_figure_it_rounds():
    # The wire's and the paper's "68.4 percent" were marked ✗ beside the commission's "68.41%".
    verdict = judged(TURNOUT, "The turnout was {}.", {"commission.md": "68.41 %", "wire.txt": "68.4 percent",
                                                      "paper.txt": "68.4%", "analysis.md": "68%"})
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (AGREEMENT, "68.41%", ())


@pytest.mark.parametrize("figures", [("68.4%", "68.5%"), ("68%", "69%"), ("100%", "99.6%"), ("exactly 68%", "68.3%")],
                         ids=" vs ".join)
def test_two_percentages_rounded_to_the_same_digit_still_disagree(figures):
    verdict = judged(TURNOUT, "The turnout was {}.", dict(zip(("a.txt", "b.txt"), figures)))
    assert (verdict.status, verdict.consensus, len(verdict.tied)) == (DISAGREEMENT, None, 2)


def test_two_sums_rounded_to_the_same_tenth_of_a_million_disagree():
    # "$4.8m" is 4.75 up to 4.85 million and "$4.9m" 4.85 up to 4.95: they only touch, where
    # 4.85 million rounds to the second.
    assert not agree(amount("$4.8m"), amount("$4.9m"))
    assert agree(amount("$4.8m"), amount("$4.84 million")) and agree(amount("$4.8m"), amount("$4.85 million"))


def test_as_many_as_nine_disagrees_with_seven():
    # Two sources' "As many as nine miners were rescued alive" (read 0–9) agreed with a third's
    # "Seven", which became the consensus.
    verdict = judged(RESCUED, "{} miners were rescued alive from the mine.",
                     {"a.txt": "As many as nine", "b.txt": "As many as nine", "c.txt": "Seven"})
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (DISAGREEMENT, "up to 9 (8–9)", ("c.txt",))


def test_an_upper_estimate_agrees_with_its_figure_and_a_little_under_it():
    verdict = judged(RESCUED, "{} miners were rescued alive.", {"a.txt": "Up to 30", "b.txt": "30", "c.txt": "About 29"})
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (AGREEMENT, "30", ())
    assert agree(count("up to 30"), count("27")) and not agree(count("up to 30"), count("26"))


def test_a_duration_up_to_a_limit_agrees_with_one_within_it():
    # A duration's "up to" is a limit ("closed for up to a fortnight" agreed with ten days in fresh23).
    verdict = judged(SENTENCE, "He faces {} in prison.", {"a.txt": "up to 7 years", "b.txt": "3 years"})
    assert (verdict.status, verdict.disagreeing) == (AGREEMENT, ())


def test_at_most_and_within_still_run_down_to_none():
    assert agree(duration("within three days"), duration("two days"))
    assert agree(count("at most 30"), count("7")) and agree(count("no more than 30"), count("7"))


# ---------------------------------------------------------------------------
# Times of day

COLLAPSE = rule("time", "collapsed (?:at )?{time}", "local time \\({time}\\)", rule_id="collapse-time",
                tolerance=Tolerance(absolute=5))
MARCH_26 = Published(date(2024, 3, 26))


def test_a_time_is_read_with_its_evidence_and_a_m_ends_no_sentence():
    (obs,) = said("a.txt", "The bridge collapsed at 1:29 a.m. Tuesday, police said. It was 300 m long.", COLLAPSE)
    assert (obs.raw, obs.value.display(), obs.start, obs.end) == ("1:29 a.m.", "01:29", 24, 33)
    assert obs.sentence == "The bridge collapsed at 1:29 a.m. Tuesday, police said."
    assert obs.sentence[obs.highlight[0]:obs.highlight[1]] == "1:29 a.m."


def test_zoned_times_agree_in_utc_within_the_tolerance_and_a_hedge_reaches_as_far_as_it_says():
    verdict = judge(COLLAPSE, [*said("a.txt", "The bridge collapsed at 1:29 a.m. EDT on Tuesday.", COLLAPSE),
                               *said("b.txt", "The bridge collapsed at 0532 GMT.", COLLAPSE),
                               *said("c.txt", "The bridge collapsed at around 1:30 a.m. ET.", COLLAPSE, MARCH_26),
                               *said("d.txt", "The bridge collapsed shortly after 2am EDT.", COLLAPSE)], SOURCES)
    assert (verdict.status, verdict.unit, verdict.consensus.display()) == (DISAGREEMENT, "UTC", "01:29 EDT")
    assert [(c.source, c.value.display(), c.standing) for c in verdict.claims] == [
        ("a.txt", "01:29 EDT", AGREES), ("b.txt", "05:32 GMT", AGREES),
        ("c.txt", "about 01:30 EDT (01:15–01:45)", AGREES), ("d.txt", "shortly after 02:00 EDT (02:00–02:30)", DISAGREES)]


def test_a_local_time_is_compared_only_with_local_times_and_its_own_gmt_beside_it_is_its_conversion():
    verdict = judge(COLLAPSE, [
        *said("a.txt", "The bridge collapsed at 04:17 local time (0117 GMT) on Friday.", COLLAPSE),
        *said("b.txt", "The bridge collapsed at 04:17, officials said.", COLLAPSE),
        *said("c.txt", "The bridge collapsed at 0130 GMT.", COLLAPSE),
        *said("d.txt", "The bridge collapsed at 4:15 a.m.", COLLAPSE)], SOURCES)
    assert (verdict.status, verdict.unit, verdict.consensus.display()) == (AGREEMENT, "local time", "04:17")
    assert [(conversion.raw, figure.raw) for conversion, figure in verdict.converted] == [("0117 GMT", "04:17 local time")]
    assert [(c.source, c.value.display(), c.standing) for c in verdict.claims] == [
        ("a.txt", "04:17", AGREES), ("b.txt", "04:17", AGREES), ("c.txt", "01:30 GMT", NOT_COMPARED),
        ("d.txt", "04:15", AGREES)]
    assert verdict.other_unit == ("c.txt",)


def test_a_time_rule_that_names_the_zone_compares_zone_less_times_with_zoned_ones():
    kyiv = Rule(**{**COLLAPSE.__dict__, "unit": "EEST"})
    verdict = judge(kyiv, [*said("a.txt", "The bridge collapsed at 04:17 local time.", kyiv),
                           *said("b.txt", "The bridge collapsed at 0117 GMT.", kyiv),
                           *said("c.txt", "The bridge collapsed at 0130 GMT.", kyiv)], SOURCES)
    assert (verdict.status, verdict.unit) == (DISAGREEMENT, "UTC")
    assert [(c.source, c.value.display(), c.standing) for c in verdict.claims] == [
        ("a.txt", "04:17 EEST", AGREES), ("b.txt", "01:17 GMT", AGREES), ("c.txt", "01:30 GMT", DISAGREES)]


def test_times_either_side_of_midnight_agree_across_it():
    verdict = judge(COLLAPSE, [*said("a.txt", "The bridge collapsed at 23:58.", COLLAPSE),
                               *said("b.txt", "The bridge collapsed at around midnight.", COLLAPSE),
                               *said("c.txt", "The bridge collapsed at 00:02.", COLLAPSE)], SOURCES)
    assert (verdict.status, verdict.agreeing) == (AGREEMENT, ("a.txt", "b.txt", "c.txt"))


@pytest.mark.parametrize("pattern, text, raw, shown", [
    ("collapsed shortly after {time}", "The bridge collapsed shortly after 2am.", "shortly after 2am",
     "shortly after 02:00 (02:00–02:30)"),
    ("collapsed around {time}", "The bridge collapsed around 1:30 a.m.", "around 1:30 a.m.", "about 01:30 (01:15–01:45)"),
    ("collapsed at about {time}", "The bridge collapsed at about 1:30 a.m.", "about 1:30 a.m.", "about 01:30 (01:15–01:45)"),
])
def test_a_time_hedge_the_pattern_writes_is_read_with_the_time(pattern, text, raw, shown):
    hedged = rule("time", pattern, rule_id="collapse-time")
    (obs,) = said("a.txt", text, hedged)
    assert (obs.value.display(), text[obs.start:obs.end], obs.raw) == (shown, raw, raw)
# A round figure in a larger unit rounds a figure in a smaller one (fact-checkers met "three
# weeks" against "20 days", "a seven-week strike" against "53 days", "six and a half days" against
# "158 hours", each flagged as a disagreement).
STRIKE = rule("duration", "a {duration} strike", "strike lasted {duration}", rule_id="strike-length")


def test_a_duration_rounded_to_weeks_agrees_with_its_days_and_the_days_are_the_consensus():
    verdict = judged(STRIKE, "{}", {"wire.txt": "It was a three-week strike.", "union.txt": "The strike lasted 20 days."})
    assert (verdict.status, verdict.consensus.display(), verdict.agreeing, verdict.disagreeing) == (
        AGREEMENT, "20 days", ("union.txt", "wire.txt"), ())
    assert [(r.observation.raw, r.agrees_with.display(), r.own) for r in roundings(verdict)] == [("three-week", "20 days", True)]


def test_the_days_lead_a_rounding_to_weeks_that_more_sources_wrote():
    verdict = judged(STRIKE, "{}", {"a.txt": "It was a seven-week strike.", "b.txt": "It was a seven-week strike.",
                                    "c.txt": "The strike lasted 53 days."})
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (AGREEMENT, "53 days", ())


def test_days_rounded_from_hours_agree_and_the_hours_are_the_consensus():
    verdict = judged(STRIKE, "{}", {"a.txt": "The strike lasted six and a half days.",
                                    "b.txt": "The strike lasted 158 hours."})
    assert (verdict.status, verdict.consensus.display()) == (AGREEMENT, "158 hours")


def test_figures_a_rounding_holds_that_disagree_with_each_other_tie():
    # "three weeks" rounds both 20 and 22 days, which are two figures: it sides with neither alone.
    verdict = judged(STRIKE, "{}", {"a.txt": "The strike lasted 20 days.", "b.txt": "The strike lasted 22 days.",
                                    "c.txt": "It was a three-week strike."})
    assert (verdict.status, tied(verdict), verdict.agreeing, verdict.siding) == (
        DISAGREEMENT, [("20 days", ("a.txt", "c.txt")), ("22 days", ("b.txt", "c.txt"))], ("c.txt",),
        ("a.txt", "b.txt"))


def test_a_rounding_stays_exact_in_its_own_unit_and_in_years():
    assert judged(STRIKE, "{}", {"a.txt": "It was a three-week strike.", "b.txt": "It was a four-week strike.",
                                 "c.txt": "It was a four-week strike."}).disagreeing == ("a.txt",)
    assert judged(STRIKE, "{}", {"a.txt": "The strike lasted 48 hours.", "b.txt": "It was a three-day strike.",
                                 "c.txt": "It was a three-day strike."}).disagreeing == ("a.txt",)
    assert judged(SENTENCE, "{}", {"a.txt": "He faces two years in prison.", "b.txt": "He faces 22 months in prison.",
                                   "c.txt": "He faces 22 months in prison."}).disagreeing == ("a.txt",)


def test_a_source_that_rounds_its_own_days_to_weeks_claims_the_days():
    assert claim_value([duration("three weeks"), duration("20 days")]).display() == "20 days"
    assert claim_value([duration("three weeks"), duration("21 days")]).display() == "3 weeks"  # the same figure


def test_the_report_says_why_a_rounding_agrees():
    verdict = judged(STRIKE, "{}", {"wire.txt": "It was a three-week strike.", "union.txt": "The strike lasted 20 days."})
    assert rounding_texts(verdict) == ["wire.txt:1 “three-week” (3 weeks) is a round number of weeks: against 20 days, "
                                       "in a smaller unit, it reaches 18.9–23.1 days"]
    same = judged(STRIKE, "{}", {"wire.txt": "It was a three-week strike.", "union.txt": "The strike lasted 21 days."})
    assert rounding_texts(same) == []  # the same figure: nothing to explain


def test_a_tolerance_widens_a_rounding_of_weeks_and_the_report_says_so():
    # fresh74: "two weeks", "just over two weeks" and "16 days" still tied under tolerance = "1 day"
    lenient = dataclasses.replace(STRIKE, tolerance=Tolerance(absolute=1))
    verdict = judged(lenient, "{}", {"a.txt": "The strike lasted just over two weeks.",
                                     "b.txt": "The strike lasted 16 days.", "c.txt": "It was a two-week strike."})
    assert (verdict.status, verdict.consensus.display(), verdict.agreeing) == (AGREEMENT, "16 days", ("a.txt", "b.txt", "c.txt"))
    assert rounding_texts(verdict) == ["c.txt:1 “two-week” (2 weeks) is a round number of weeks: against 16 days, "
                                       "in a smaller unit, it reaches 12.6–15.4 days, and the rule's tolerance takes it "
                                       "to 16 days"]


FORFEITURE = rule("amount", "forfeit {money}", rule_id="forfeiture")


def test_whole_billions_agree_with_the_figure_they_round_and_the_report_says_why():
    # Found by two fresh-eyes corpora: the wire's "$11 billion" beside the court's
    # "$11,020,000,000" and a site's "$11.02bn", and a live page's "$16bn" beside "$16.3bn",
    # disagreed: newsrooms round a court's order and an estimate to the billion.
    verdict = judged(FORFEITURE, "Kaplan ordered him to forfeit {}.",
                     {"wire.md": "$11 billion", "doj.md": "$11,020,000,000", "site.md": "$11.02bn",
                      "live.md": "$11 billion"})
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (AGREEMENT, "USD 11.02 billion", ())
    assert rounding_texts(verdict) == [
        f"{path}:1 “$11 billion” (USD 11 billion) is a whole number of billions, read as rounded to the billion: "
        "against USD 11.02 billion, it reaches USD 10.5 billion–USD 11.5 billion" for path in ("live.md", "wire.md")]
    # a figure it does not round, or a single digit of billions, still disagrees, and gets no note
    verdict = judged(FORFEITURE, "Kaplan ordered him to forfeit {}.",
                     {"a.md": "$30 billion", "b.md": "$32 billion", "c.md": "$32 billion"})
    assert (verdict.status, verdict.disagreeing, rounding_texts(verdict)) == (DISAGREEMENT, ("a.md",), [])
    verdict = judged(FORFEITURE, "Kaplan ordered him to forfeit {}.",
                     {"a.md": "$1 billion", "b.md": "$1.2 billion", "c.md": "$1.2 billion"})
    assert (verdict.status, verdict.disagreeing) == (DISAGREEMENT, ("a.md",))
    # where the tolerance lets the sum written agree, the rounding explains nothing
    lenient = rule("amount", "forfeit {money}", rule_id="forfeiture", tolerance=Tolerance(relative=0.005))
    verdict = judged(lenient, "Kaplan ordered him to forfeit {}.", {"a.md": "$11 billion", "b.md": "$11.02bn"})
    assert (verdict.status, rounding_texts(verdict)) == (AGREEMENT, [])


def test_a_source_that_rounds_its_own_sum_to_the_billion_does_not_contradict_itself():
    verdict = judge(FORFEITURE, said("a.md", "He must forfeit $11 billion. The order: forfeit $11,020,000,000.", FORFEITURE),
                    ["a.md"])
    assert (verdict.self_contradicting, [c.value.display() for c in verdict.claims]) == ((), ["USD 11.02 billion"])


PILGRIMS = rule("count", "{count} pilgrims (?:performed|took part)", rule_id="pilgrims")


def judged_with_unit(fact: Rule, unit: str, template: str, articles: dict[str, str]):
    """judged, under `fact` with its `unit` set."""
    return judged(dataclasses.replace(fact, unit=unit), template, articles)


def test_an_exact_figure_that_agrees_only_with_the_consensuss_rounding_is_explained():
    # Found by a fresh-eyes corpus (fresh70 #1, #3): "1.8 million", "1,833,164" and "1,800,000"
    # agreed on "1.8 million" (two sources wrote that figure, spelt two ways), and the exact
    # 1,833,164 was marked ✓ with no word of why, though no figure as written holds it.
    articles = {"a.md": "1.8 million", "b.md": "1,833,164", "c.md": "1,800,000"}
    verdict = judged_with_unit(PILGRIMS, "pilgrims", "In all, {} pilgrims performed the Hajj.", articles)
    assert (verdict.status, verdict.consensus.display(), verdict.agreeing) == (
        AGREEMENT, "1.8 million", ("a.md", "b.md", "c.md"))
    assert [(r.observation.source, r.own) for r in roundings(verdict)] == [("b.md", False)]
    assert rounding_texts(verdict) == [
        "b.md:1 “1,833,164” (1,833,164 pilgrims) agrees with 1.8 million pilgrims only as its rounding: 1.8 million "
        "pilgrims is read as rounded to its last digit, and reaches 1.75 million–1.85 million pilgrims"]
    money = judged(FORFEITURE, "Kaplan ordered him to forfeit {}.", {"a.md": "$1.8 million", "b.md": "$1,833,164",
                                                                       "c.md": "$1,800,000"})
    assert (money.status, rounding_texts(money)) == (AGREEMENT, [
        "b.md:1 “$1,833,164” (USD 1,833,164) agrees with USD 1.8 million only as its rounding: USD 1.8 million is "
        "read as rounded to its last digit, and reaches USD 1.75 million–USD 1.85 million"])
    # the rounding's other figures, and a figure it does not round, need no word
    verdict = judged_with_unit(PILGRIMS, "pilgrims", "In all, {} pilgrims performed the Hajj.",
                               {"a.md": "1.8 million", "b.md": "1,800,000", "c.md": "1,900,000"})
    assert (verdict.status, verdict.disagreeing, rounding_texts(verdict)) == (DISAGREEMENT, ("c.md",), [])


def test_a_figure_with_decimals_or_a_percentage_that_agrees_as_its_own_rounding_needs_no_note():
    # "1.8 million" and "68%" say they are rounded; a whole "$11 billion" does not (above)
    verdict = judged(PILGRIMS, "In all, {} pilgrims performed the Hajj.", {"a.md": "1.8 million", "b.md": "1,833,164"})
    assert (verdict.status, verdict.consensus.display(), rounding_texts(verdict)) == (AGREEMENT, "1,833,164", [])


@pytest.mark.parametrize("lakh, exact, status", [
    # Found by a fresh-eyes corpus (fresh70 #2): a Karachi paper's "18 lakh pilgrims" was exact and
    # tied with the ministry's 1,833,164, where "1.8 million" agreed with it.
    ("18 lakh", "1,833,164", AGREEMENT),
    ("eighteen lakh", "1,833,164", AGREEMENT),
    ("18 lakh", "1,851,000", DISAGREEMENT),  # rounds to 19 lakh
    ("5 lakh", "5,40,000", DISAGREEMENT),  # a single digit stays exact, as a billion's does
])
def test_a_whole_number_of_lakh_of_two_digits_is_a_rounding_to_the_lakh(lakh, exact, status):
    verdict = judged(PILGRIMS, "In all, {} pilgrims performed the Hajj.", {"pk.md": lakh, "moh.md": exact})
    assert verdict.status == status
    if status == AGREEMENT:
        assert (verdict.consensus.display(), rounding_texts(verdict)) == (exact, [
            f"pk.md:1 “{lakh}” (1.8 million) is a whole number of lakhs, read as rounded to the lakh: against {exact}, "
            "it reaches 1.75 million–1.85 million"])


def test_lakh_said_by_one_source_and_millions_by_another_make_the_same_consensus():
    # fresh70 #1: with "18 lakh" exact, the Karachi paper's spelling of "1.8 million" decided the consensus
    for karachi in ("18 lakh", "1.8 million"):
        verdict = judged(PILGRIMS, "In all, {} pilgrims performed the Hajj.",
                         {"courier.md": "1.8 million", "moh.md": "1,833,164", "pk.md": karachi})
        assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (AGREEMENT, "1,833,164", ())


@pytest.mark.parametrize("a, b, status", [
    ("Rs 45 crore", "Rs 45.3 crore", AGREEMENT),
    ("Rs 45 crore", "Rs 452,000,000", AGREEMENT),
    ("Rs 45 crore", "Rs 45.6 crore", DISAGREEMENT),
    ("Rs 5 crore", "Rs 5.2 crore", DISAGREEMENT),  # a single digit stays exact
    ("Rs 10 lakh", "Rs 10.2 lakh", AGREEMENT),
    ("$15 million", "$15.2 million", DISAGREEMENT),  # whole millions stay exact
])
def test_whole_crore_and_lakh_of_two_digits_are_roundings_in_sums_too(a, b, status):
    verdict = judged(FORFEITURE, "Kaplan ordered him to forfeit {}.", {"a.md": a, "b.md": b})
    assert verdict.status == status


RAIN = rule("amount", "{amount} ?(?:mm|millimetres) of rain", rule_id="rain")
HEAT = rule("amount", "temperatures (?:hit|reached) {amount} ?(?:degrees Celsius|°C|C)\\b", rule_id="heat")
WALL = rule("amount", "a {amount}[- ]?(?:metres?|m)[- ]high wall", rule_id="wall")


def test_a_whole_figure_in_a_unit_of_measurement_is_a_rounding_to_its_last_digit():
    # Found by a fresh-eyes corpus (fresh68 P6): a bare "414mm" of rain disagreed with the
    # station's "414.1 mm", where "68%" agrees with "68.3%".
    verdict = judged_with_unit(RAIN, "mm", "Al-Bayda had {} of rain.", {"a.md": "414mm", "b.md": "414.1 mm",
                                                                       "c.md": "414.1 millimetres"})
    assert (verdict.status, verdict.consensus.display(), verdict.disagreeing) == (AGREEMENT, "414.1", ())
    assert rounding_texts(verdict) == ["a.md:1 “414” (414 mm) is a figure in mm, read as rounded to its last digit: "
                                       "against 414.1 mm, it reaches 413.5–414.5 mm"]
    (obs,) = said("a.md", "Al-Bayda had 414mm of rain.", dataclasses.replace(RAIN, unit="mm"))
    assert (obs.value.reach, compared_bounds(obs.value), obs.value.steps[-1]) == (
        "rounded", (413.5, 414.5), "a figure in mm, a unit of measurement, is rounded to its last digit, and "
                                   "compared as 413.5–414.5 mm")


@pytest.mark.parametrize("fact, unit, template, a, b", [
    # a figure the rounding does not reach, as "68%" and "69%" disagree
    (HEAT, "°C", "Temperatures hit {} at the mosque.", "51C", "51.8C"),
    (HEAT, "°C", "Temperatures hit {} at the mosque.", "51.7C", "51.8C"),
    # "exactly" says it is not rounded
    (RAIN, "mm", "Al-Bayda had {} of rain.", "exactly 414mm", "414.1mm"),
    # a single whole digit stays exact, as a billion's does
    (WALL, "metres", "It hit {}.", "a 4-metre high wall", "a 3.8 m high wall"),
    # not under a currency, nor points, nor a rule with no unit
    (RAIN, "USD", "Al-Bayda had {} of rain.", "414mm", "414.1mm"),
    (RAIN, "points", "Al-Bayda had {} of rain.", "414mm", "414.1mm"),
    (RAIN, "basis points", "Al-Bayda had {} of rain.", "414mm", "414.1mm"),
    (RAIN, None, "Al-Bayda had {} of rain.", "414mm", "414.1mm"),
])
def test_a_figure_in_a_unit_of_measurement_disagrees_where_its_rounding_does_not_reach(fact, unit, template, a, b):
    verdict = judged_with_unit(fact, unit, template, {"a.md": a, "b.md": b, "c.md": b})
    assert (verdict.status, verdict.disagreeing) == (DISAGREEMENT, ("a.md",))


def test_a_figure_with_decimals_in_a_unit_of_measurement_is_rounded_and_needs_no_note():
    verdict = judged_with_unit(RAIN, "mm", "Al-Bayda had {} of rain.", {"a.md": "414.1mm", "b.md": "414.12 mm"})
    assert (verdict.status, verdict.consensus.display(), rounding_texts(verdict)) == (AGREEMENT, "414.12", [])


DELTA_COST = rule("amount", "cost (?:the )?(?:airline|it) {money}", "a hit of {money}", rule_id="delta-losses")


def test_a_source_that_agrees_with_both_tied_figures_counts_for_the_one_it_states():
    # fresh55: a station's "about $500 million" (450-550 million) agreed with a tabloid's bare
    # "half a billion dollars" and with a paper's later "about US$550 million", so 500 and 550
    # million tied two sources each; but the station said 500, and so did the tabloid.
    articles = {"04_localtv.md": "Outage cost airline $500 million\n\nIt cost the airline about $500 million.",
                "06_tabloid.md": "Delta faces a hit of half a billion dollars.",
                "07_foreign.md": "Delta said the outage cost it about US$550 million."}
    verdict = judge(DELTA_COST, [o for path, text in articles.items() for o in said(path, text, DELTA_COST)],
                    sorted(articles))
    assert (verdict.status, verdict.consensus.display(), verdict.tie) == (DISAGREEMENT, "USD 500 million", False)
    assert (verdict.agreeing, verdict.disagreeing, verdict.flagged) == (
        ("04_localtv.md", "06_tabloid.md"), ("07_foreign.md",), ("07_foreign.md",))


NOTO_TOLL = rule("count", "toll (?:rose to|was) {count}", "killing {count} people", "left {count} dead",
                 rule_id="death-toll")


def test_a_lower_bound_that_agrees_with_every_tied_toll_counts_for_the_figure_it_writes():
    # fresh75: 84, 92 and 221 tied five sources each, as Reuters' "at least 84" and the lower
    # bounds 78 and 48 agree with all three; but Reuters wrote 84, as UPI did.
    articles = {"ap.md": "The quake left at least 78 dead.", "live.md": "The quake left at least 48 dead.",
                "aljazeera.md": "The quake left at least 78 dead.", "upi.md": "The death toll rose to 84.",
                "reuters.md": "A quake hit, killing at least 84 people.", "yomiuri.md": "The death toll rose to 92.",
                "kyodo.md": "The death toll was 221."}
    verdict = judged(NOTO_TOLL, "{}", articles)
    assert (verdict.status, verdict.consensus.display(), verdict.tie) == (DISAGREEMENT, "84", False)
    assert (verdict.agreeing, verdict.disagreeing) == (
        ("aljazeera.md", "ap.md", "live.md", "reuters.md", "upi.md"), ("kyodo.md", "yomiuri.md"))


ITAEWON_TOLL = rule("count", "death toll ... rises to {count}", "{count} people were killed", "killed {count} people",
                    rule_id="death-toll")
ITAEWON_TOLLS = {"ap.md": "A crush that killed 156 people.", "bbc.md": "At least 156 people were killed in the crush.",
                 "kh.md": "The surge killed 156 people.",
                 "xinhua.txt": "Death toll from S.Korea's crowd crush rises to 155\n\n"
                               "At least 155 people were killed and 152 others injured.",
                 "yonhap.txt": "The death toll rises to 158."}


def test_at_least_a_toll_is_a_lower_bound_by_default():
    # fresh73: Xinhua's "At least 155" holds AP's 156, so it agrees
    verdict = judged(ITAEWON_TOLL, "{}", ITAEWON_TOLLS)
    assert (verdict.consensus.display(), verdict.disagreeing) == ("156", ("yonhap.txt",))
    assert [c.value.display() for c in verdict.claims if c.source == "xinhua.txt"] == ["at least 155"]


def test_a_rule_can_compare_at_least_as_the_figure_it_writes():
    # fresh73: fact-checkers read a wire's "at least 155 people were killed" as the count confirmed
    # so far, one short of everyone else's 156 on the same day
    toll = dataclasses.replace(ITAEWON_TOLL, at_least="the figure")
    verdict = judged(toll, "{}", ITAEWON_TOLLS)
    assert (verdict.status, verdict.consensus.display()) == (DISAGREEMENT, "156")
    assert (verdict.agreeing, verdict.disagreeing) == (("ap.md", "bbc.md", "kh.md"), ("xinhua.txt", "yonhap.txt"))
    (xinhua,) = [c for c in verdict.claims if c.source == "xinhua.txt"]
    assert (xinhua.value.display(), [(o.line, o.raw) for o in xinhua.observations]) == (
        "155", [(1, "155"), (3, "At least 155")])  # the evidence still says "at least"


@pytest.mark.parametrize("figures", [
    # the hedges that agree with both tied figures state neither
    {"a.txt": "$500 million", "b.txt": "$550 million", "c.txt": "more than $450 million"},
    {"a.txt": "$500 million", "b.txt": "$550 million", "c.txt": "between $450 million and $600 million"},
])
def test_a_tie_stays_a_tie_where_no_source_that_agrees_with_both_states_one_of_them(figures):
    verdict = judge(DELTA_COST, [o for path, figure in figures.items()
                                 for o in said(path, f"It cost the airline {figure}.", DELTA_COST)], sorted(figures))
    assert (verdict.status, verdict.consensus, tied(verdict)) == (
        DISAGREEMENT, None, [("USD 500 million", ("a.txt", "c.txt")), ("USD 550 million", ("b.txt", "c.txt"))])


def test_a_tie_stays_a_tie_where_as_many_sources_that_agree_with_both_state_each():
    # "about 33" (32-34) and "about 34" agree with 33 and with 34, and each states its own
    figures = {"a.txt": "33", "b.txt": "34", "c.txt": "about 33", "d.txt": "about 34"}
    verdict = judge(DETAINED, [o for path, figure in figures.items()
                               for o in said(path, f"Belarus detained {figure} Russians.")], sorted(figures))
    assert (verdict.consensus, tied(verdict)) == (
        None, [("33", ("a.txt", "c.txt", "d.txt")), ("34", ("b.txt", "c.txt", "d.txt"))])
    assert (verdict.agreeing, verdict.siding) == (("c.txt", "d.txt"), ("a.txt", "b.txt"))


def test_two_against_two_stays_a_tie_when_one_side_states_its_figure_more_often():
    # 32, 32 against 33 and "33 or 34": the "33 or 34" rules 32 out, and backs no figure of its own
    figures = {"a.txt": "32", "b.txt": "32", "c.txt": "33", "d.txt": "33 or 34"}
    verdict = judge(DETAINED, [o for path, figure in figures.items()
                               for o in said(path, f"Belarus detained {figure} Russians.")], sorted(figures))
    assert (verdict.consensus, tied(verdict)) == (None, [("32", ("a.txt", "b.txt")), ("33", ("c.txt", "d.txt"))])


WAVES = rule("amount", "waves {amount} ?(?:meters?|metres?) high", rule_id="tsunami-height")


@pytest.mark.parametrize("unit", [None, "metres"])
def test_of_two_lower_bounds_that_agree_the_consensus_is_the_one_that_holds_less(unit):
    # fresh75: "at least 1.2 metres" and "more than 1 metre" agree; the consensus was "more than 1",
    # which holds the other, as both reach without end and were ranked by width alone
    fact = dataclasses.replace(WAVES, unit=unit)
    verdict = judged(fact, "Tsunami waves {} high hit the coast.", {"a.md": "at least 1.2 metres", "b.md": "more than 1 metre"})
    assert (verdict.status, verdict.consensus.display(), verdict.agreeing) == (AGREEMENT, "at least 1.2", ("a.md", "b.md"))
    # and so, below: of "fewer than 30" and "under 40", the first
    verdict = judged(DETAINED, "Belarus detained {} Russians.", {"a.txt": "under 40", "b.txt": "fewer than 30"})
    assert verdict.consensus.display() == "fewer than 30"
