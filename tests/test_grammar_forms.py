"""The value grammars are written compactly, to compile fast: each part once, in a DEFINE group
that the grammar calls, and a guard on how a value can open. These tests say that the compact
form reads exactly what the grammar written out in full reads.
"""

from dataclasses import fields, replace
from datetime import date
from pathlib import Path

import pytest
import regex

from discrepancy.rules import Grammar, _group_end, split_pattern, written_out
from discrepancy.values import (
    COUNT_WITHOUT_PARTITIVE,
    PLACEHOLDERS,
    Value,
    _PARTITIVE,
    _with_steps,
    parse_count,
    transparent,
)

_FLAGS = regex.VERSION0 | regex.IGNORECASE


SENTENCES = [p.accepts for p in PLACEHOLDERS.values()] + [
    "Belarus handed back all but one of the 33 detained Russians on Friday, 14 August 2020.",
    "In 2019 some 1,200 people, nearly thirty-three thousand in all, left between 10 and 12 March.",
    "Between $5 and $6bn, from 3% to 4%, US$1.2m, $10-12 million and 10 to 12 million dollars.",
    "A £800m-plus deal, ₹500 crore, minus 0.2%, a quarter of a percentage point, 10-12% and 3-5 years.",
    "He has ruled for 26 years, nearly 30 years, two and a half weeks; the 33-year-old left 3 days ago.",
    "On Tuesday (March 3) and Tue, March 3rd, 2026, last week, mid-July, 14/09/2025 and 24/7.",
    "Shipped between April 28 and May 12, 2025, from mid-April to late May, 28-30 April, the week of March 3,"
    " the first weekend of March, over the weekend of 7–8 March, April 28, 2025 - 12 people, on April 28 and May 12.",
    "USD5bn or EUR 4 million, three-quarters of a percent, 2.5 percentage points, twelve thousand.",
    "-5%, −0.2%, ~30, about 40 or so, up to 12, at least 9, fewer than 4, 12,000+ and hundreds.",
]


@pytest.mark.parametrize("name", [*PLACEHOLDERS, "count without partitive", "partitive"])
def test_the_compact_grammar_reads_what_the_written_out_grammar_reads(name):
    grammar = {"count without partitive": COUNT_WITHOUT_PARTITIVE, "partitive": _PARTITIVE}.get(name) or (
        PLACEHOLDERS[name].pattern)
    compact = regex.compile(transparent(grammar), _FLAGS)
    full = regex.compile(written_out(transparent(grammar)), _FLAGS)
    assert "(?&" not in full.pattern and "DEFINE" not in full.pattern
    for sentence in SENTENCES + DEMO_TEXTS:
        assert [m.span() for m in compact.finditer(sentence)] == [m.span() for m in full.finditer(sentence)]


DEMO_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(Path(__file__).parent.parent.glob("sources/*.txt"))]


def test_a_grammar_is_written_out_once_it_has_been_tried_often(empty_pattern_cache):
    grammar = Grammar(transparent(PLACEHOLDERS["count"].pattern))
    text = "Belarus detained 33 Russians; nearly thirty others fled."
    before = [grammar.match(text, 17).span() for _ in range(Grammar.WRITE_OUT_AFTER - 1)]
    assert "(?&" in grammar._compiled.pattern
    after = grammar.match(text, 17).span()
    assert "(?&" not in grammar._compiled.pattern
    assert set(before) == {after} == {(17, 19)}
    assert [m.span() for m in grammar.finditer(text)] == [(17, 19), (30, 43)]


def test_a_grammar_long_written_out_waits_more_tries_as_its_compile_costs_more(empty_pattern_cache):
    # a duration's grammar is 158,000 characters written out, over a second to compile
    count = Grammar(transparent(PLACEHOLDERS["count"].pattern))
    duration = Grammar(transparent(PLACEHOLDERS["duration"].pattern))
    assert count.write_out_after == Grammar.WRITE_OUT_AFTER
    assert duration.write_out_after == Grammar.WRITE_OUT_AFTER * len(written_out(duration.pattern)) // Grammar.WRITTEN_OUT_CHARS > 7000
    text = "Lukashenko, in charge of Belarus for the past 26 years"
    before = [duration.match(text, 46).span() for _ in range(duration.write_out_after - 1)]
    assert "(?&" in duration._compiled.pattern
    assert duration.match(text, 46).span() == before[0] == (46, 54)
    assert "(?&" not in duration._compiled.pattern


@pytest.mark.parametrize("grammar", ["\\d+", "(?:(?&dq_a))(?(DEFINE)(?P<dq_a>(?&dq_a)x))", "(?&dq_b)(?(DEFINE)(?P<dq_a>x))"])
def test_a_grammar_not_built_of_parts_is_left_as_it_is(grammar):
    assert written_out(grammar) == grammar


@pytest.mark.parametrize("name", ["amount", "money", "percent"])
def test_the_guard_on_how_an_amount_opens_loses_no_amount(name):
    grammar = written_out(transparent(PLACEHOLDERS[name].pattern))
    assert grammar.startswith("(?=")
    unguarded = regex.compile(grammar[_group_end(grammar):], _FLAGS)
    guarded = regex.compile(grammar, _FLAGS)
    for sentence in SENTENCES:
        assert [m.span() for m in guarded.finditer(sentence)] == [m.span() for m in unguarded.finditer(sentence)]


def test_the_partitive_reader_reads_only_all_but():
    assert (parse_count("All  but two of these thirty-three").low, parse_count("all but one of the 33").low) == (31, 32)
    with pytest.raises(ValueError):
        parse_count("all but one")


def test_with_steps_is_replace():
    value = Value("date", date(2020, 8, 1), date(2020, 8, 31), qualifier="nearly", unit="u", precision="month",
                  low_open=True, high_open=True, resolved=False, steps=("a",))
    new, old = _with_steps(value, ("b", "c")), replace(value, steps=("b", "c"))
    assert [getattr(new, f.name) for f in fields(Value)] == [getattr(old, f.name) for f in fields(Value)]


def test_a_pattern_that_runs_whole_never_compiles_its_grammar():
    # the grammar here would not compile: a pattern whose words end in an optional part a
    # value can open with runs whole, decided from the grammar's text alone
    assert split_pattern("freed (?:all )?{count} men", "count", _FLAGS, transparent("(?:all|(")) is None


def test_a_pattern_that_runs_whole_reads_alike_once_written_out():
    from discrepancy.rules import compile_pattern

    pattern = compile_pattern("(?:handed back|freed) (?:all )?{count}(?: Russians)?", "count", False)
    assert pattern.split is None  # the optional "all " before the value: the pattern runs whole
    text = "Minsk handed back all but one of the 33 Russians; it freed thirty-two men and then freed 2,000."
    reads = [(m.span(), m.span("value")) for m in pattern.regex.finditer(text)]
    pattern.regex._tries = pattern.regex.write_out_after - 1  # (a long pattern waits more tries: see Grammar)
    assert [(m.span(), m.span("value")) for m in pattern.regex.finditer(text)] == reads == [
        ((6, 48), (18, 39)), ((53, 69), (59, 69)), ((83, 94), (89, 94))]
    assert "(?&" not in pattern.regex._compiled.pattern
