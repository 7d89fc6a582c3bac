"""The value grammars are written compactly, to compile fast: each part once, in a DEFINE group
that the grammar calls, and a guard on how a value can open. These tests say that the compact
form reads exactly what the grammar written out in full reads.
"""

from dataclasses import fields, replace
from datetime import date

import pytest
import regex

from discrepancy.rules import split_pattern
from discrepancy.values import (
    COUNT_WITHOUT_PARTITIVE,
    PLACEHOLDERS,
    Value,
    _PARTITIVE,
    _with_steps,
    parse_count,
    transparent,
)

_CALL = regex.compile(r"\(\?&(dq_\w+)\)")
_FLAGS = regex.VERSION0 | regex.IGNORECASE


def group_end(text: str, i: int) -> int:
    """Where the group that opens at text[i] ends (brackets inside [classes] do not count)."""
    depth = 0
    while True:
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "[":
            i += regex.match(r"\[(?:\\.|[^\]\\])*\]", text[i:]).end()
            continue
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        i += 1
        if depth == 0:
            return i


def written_out(grammar: str) -> str:
    """The grammar with each call replaced by the part it calls, and no DEFINE group."""
    start = grammar.find("(?(DEFINE)")
    if start < 0:
        return grammar
    body, define = grammar[:start], grammar[start + len("(?(DEFINE)"):-1]
    parts, i = {}, 0
    while i < len(define):  # (?P<dq_name>...) one after another
        name, end = regex.match(r"\(\?P<(\w+)>", define[i:]), group_end(define, i)
        parts[name[1]] = define[i + name.end(): end - 1]
        i = end
    while _CALL.search(body):
        body = _CALL.sub(lambda m: f"(?:{parts[m[1]]})", body)
    return body


SENTENCES = [p.accepts for p in PLACEHOLDERS.values()] + [
    "Belarus handed back all but one of the 33 detained Russians on Friday, 14 August 2020.",
    "In 2019 some 1,200 people, nearly thirty-three thousand in all, left between 10 and 12 March.",
    "Between $5 and $6bn, from 3% to 4%, US$1.2m, $10-12 million and 10 to 12 million dollars.",
    "A £800m-plus deal, ₹500 crore, minus 0.2%, a quarter of a percentage point, 10-12% and 3-5 years.",
    "He has ruled for 26 years, nearly 30 years, two and a half weeks; the 33-year-old left 3 days ago.",
    "On Tuesday (March 3) and Tue, March 3rd, 2026, last week, mid-July, 14/09/2025 and 24/7.",
    "USD5bn or EUR 4 million, three-quarters of a percent, 2.5 percentage points, twelve thousand.",
    "-5%, −0.2%, ~30, about 40 or so, up to 12, at least 9, fewer than 4, 12,000+ and hundreds.",
]


@pytest.mark.parametrize("name", [*PLACEHOLDERS, "count without partitive", "partitive"])
def test_the_compact_grammar_reads_what_the_written_out_grammar_reads(name):
    grammar = {"count without partitive": COUNT_WITHOUT_PARTITIVE, "partitive": _PARTITIVE}.get(name) or (
        PLACEHOLDERS[name].pattern)
    compact = regex.compile(transparent(grammar), _FLAGS)
    full = regex.compile(transparent(written_out(grammar)), _FLAGS)
    assert "(?&" not in full.pattern
    for sentence in SENTENCES:
        assert [m.span() for m in compact.finditer(sentence)] == [m.span() for m in full.finditer(sentence)]


@pytest.mark.parametrize("name", ["amount", "money", "percent"])
def test_the_guard_on_how_an_amount_opens_loses_no_amount(name):
    grammar = written_out(PLACEHOLDERS[name].pattern)
    assert grammar.startswith("(?=")
    unguarded = regex.compile(transparent(grammar[group_end(grammar, 0):]), _FLAGS)
    guarded = regex.compile(transparent(grammar), _FLAGS)
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
    assert split_pattern("freed (?:all )?{count} men", "count", _FLAGS, grammar="(?:all|(") is None
