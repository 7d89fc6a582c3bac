"""Rules: TOML files that say which fact to look for, how it is written, and examples of both.

A rule file holds one fact at its top level, or several as `[[rule]]` tables. Patterns are
regular expressions (the `regex` module, case-insensitive unless `case_sensitive = true`)
with exactly one placeholder such as `{count}` where the value stands. Three conveniences
keep patterns readable for people who are not regex experts:

- a space matches any run of white space, line breaks included;
- a straight quote matches its curly forms (' ’ ‘, " “ ”);
- ` ... ` between words skips up to eight words within the sentence.
"""

from __future__ import annotations

import re
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from datetime import date
from pathlib import Path
from typing import Callable, TypeVar

import regex

try:  # the standard library's own regular-expression parser (renamed in 3.11)
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

from . import anchors, pattern_cache, values
from .anchors import BREAK, anchor_of, leading_of
from .errors import InputError
from .sources import (NUMERIC_DATE_ORDERS, decode, display_path, line_anchored,  # an example's numeric_dates too
                      numeric_date_order, regex_syntax)
from .tomlfile import Locator, parse
from .values import (ABBREVIATIONS, CALENDAR_SPREAD, DEFAULT_WORD_CURRENCIES, GIVEN_BACK, METRES_UNIT, MINUTES_A_DAY,
                     PLACEHOLDERS, RISE_VERB_FORMS, SHARED_WORD_CURRENCIES, SPACE, SUFFIX_QUALIFIERS, UNIT_ALONE_AFTER, UNIT_ALONE_AFTER_A, Value, a_or_an,
                     after_a_hyphen, after_letters, after_the_or_a_possessive, alternation, as_an_age, before_a_link, before_a_ratio,
                     before_a_unit, compared_bounds, in_metres, in_zone, is_an_upper_estimate, parse as parse_value,
                     parse_duration, qualified, spell, stated, transparent, with_zero_words, zone_offset)

T = TypeVar("T")
KINDS = ("count", "date", "duration", "amount", "time")
RULE_FIELDS = {
    "id": "a short name, e.g. \"russians-detained\"",
    "question": "the fact as a question, e.g. \"How many Russians were detained?\"",
    "kind": f"one of {', '.join(KINDS)}",
    "patterns": "a list of patterns, each with one placeholder such as {count}",
    "unit": ("what is counted or measured, e.g. \"people\" (reports show it after the consensus and over the values); "
             "for an amount, a currency (\"dinars\", \"EUR\") is the one the fact is compared in; for a time, the zone "
             "(\"EDT\", \"UTC+3\") of the times written without one; \"metres\" (or \"m\") reads \"m\" after a "
             "number as metres, not million"),
    "tolerance": ("how far apart two values may be and still agree: 2, \"5%\", \"3 days\", \"1 percentage point\" "
                  "or, for a time, \"5 minutes\""),
    "at_least": ("how \"at least 155\" (\"no fewer than 155\", \"155 or more\") is compared: \"a lower bound\" "
                 "(155 and up, the default) or \"the figure\" (155 itself, as a wire's toll is the count "
                 "confirmed so far)"),
    "keywords": "words that signal the fact; `explain` shows sentences with them but no match",
    "case_sensitive": "true to match letter case exactly (default false)",
    "description": "notes for other rule authors",
    "example": "[[example]] tables: text = \"...\", value = ... (a match the rule must find)",
    "counterexample": "[[counterexample]] tables: text = \"...\" (a text the rule must not match)",
}
EXAMPLE_FIELDS = {"text", "value", "qualifier", "precision", "unit", "published", "numeric_dates", "note", "others"}
COUNTEREXAMPLE_FIELDS = {"text", "published", "numeric_dates", "note"}
REQUIRED = ("id", "question", "kind", "patterns")
AT_LEAST_READINGS = ("a lower bound", "the figure")  # a rule's `at_least`, the default first
ID_SHAPE = r"[a-z0-9][a-z0-9_.-]*"
WORD_GAP_LIMIT = 8
# A word ' ... ' may skip: no ! ? or ; in it, and a full stop only inside it ("7.1", "3.42am",
# "U.S") or after an abbreviation ("St.", "U.S."), with what a word may have glued after it
# ("8:35 a.m., 11 inmates"): a full stop at a word's end ends the sentence.
# Written to match without backtracking (runs of letters joined by single full stops, taken
# whole): this is tried at every word of every gap, and a looser form made gaps 75% slower.
GAP_WORD = rf"(?:[^\s.!?;]++(?:\.\w[^\s.!?;]*+)*+|(?:{ABBREVIATIONS})\.[^\s.!?;]*+)"  # not 'yet.”
MATCH_TIMEOUT_SECONDS = 1.0  # per megabyte of text scanned: a rule that hits it is named, never hangs


@dataclass(frozen=True)
class Tolerance:
    """How far apart two values may be and still agree: absolute, or relative to the larger."""

    absolute: float = 0
    relative: float = 0

    def widen(self, magnitude: float) -> float:
        return max(self.absolute, abs(magnitude) * self.relative)


@dataclass(frozen=True)
class Pattern:
    """One compiled pattern. The regex with the placeholder's grammar is built on first use:
    a grammar makes a pattern slow to compile, and a rule whose anchor never occurs never needs it."""

    text: str  # as the rule author wrote it
    placeholder: str
    line: int | None
    flags: int
    anchor: tuple[frozenset[str], ...] | None = None  # sets of literals every match holds one of (see anchors.py)
    grammar: str | None = field(default=None, repr=False)  # a replacement for the placeholder's grammar

    @cached_property
    def regex(self) -> "Grammar":
        """The whole pattern, its placeholder's grammar in place (written out once it has
        been tried often, as a grammar alone is: see Grammar)."""
        with _quietly():
            # The grammar is case-blind in any rule, as it is where the pattern is matched by
            # parts: case_sensitive is about the author's words, not "March" or "Friday".
            return Grammar(translate(self.text, self._value_group()), self.flags)

    @cached_property
    def optional_end(self) -> "OptionalEnd | None":
        """The pattern as its head (all of it up to the optional group that ends it) and that
        group, where it ends so ('(?:handed back|freed) (?:all )?{count}(?: (?:of the )?Russians)?'):
        as the group can always match empty, the whole pattern never backtracks into the head
        for it, so its match is the head's, then the group's greedy match right after. Patterns
        that share their head share its compiled regex, and extraction what it reads (a head
        holds the grammar; a group after the value does not). None where the pattern ends
        otherwise, or where the group could not stand alone (a back-reference, a condition)."""
        before, after = placeholder_sides(self.text)
        if (not after.startswith("(") or not after.endswith(")?") or _group_end(after) != len(after) - 1
                or _has_top_level_bar(before) or _STANDS_ON_THE_REST.search(self.text)):
            return None
        value_group = self._value_group()  # with what a sum's words after it may follow, as the whole has
        head_text = self.text[: len(self.text) - len(after)]
        with _quietly():
            head, end = translate(head_text, value_group), translate(after, "")
            if head + end != translate(self.text, value_group):
                return None
            try:
                return OptionalEnd(_head_regex(head, self.flags), pattern_cache.compile(end, self.flags))
            except regex.error:
                return None

    def with_gap(self, limit: int, any_value: bool = False) -> regex.Pattern:
        """The whole pattern with each ` ... ` skipping up to `limit` words, the words the n-th
        skipped captured as group gap<n> (see authoring's hints). With `any_value`, the value is
        any text as long as a value may be: a test that the grammar's would pass, made in a
        fraction of the time the grammar takes to compile."""
        return _with_gap(self.text, self._value_group(ANY_VALUE if any_value else None), self.flags, limit)

    @cached_property
    def value_grammar(self) -> str:
        """The text of the grammar the placeholder reads: the rule's replacement, else the
        placeholder's own, made transparent (see values.transparent)."""
        return transparent(self.grammar or PLACEHOLDERS[self.placeholder].pattern)

    def _value_group(self, grammar: str | None = None) -> str:
        """The placeholder's grammar as the value group, held to its longest reading (see
        held_value), and where a sum has words after it, the conversion in brackets they may
        follow (see CONVERSION). A stand-in grammar (ANY_VALUE) is any text, not a reading to hold."""
        after = placeholder_sides(self.text)[1]
        if grammar:
            value = f"(?P<value>(?i:{grammar}))"
        elif writes_a_hedge_after(after):
            value = held_short_of_a_hedge(self.value_grammar)
        else:
            value = held_value(self.value_grammar, _words_take_back(after))
        return value + converted(self.placeholder, after)

    @cached_property
    def notes(self) -> tuple[str, ...]:
        """What `rules check` warns about (see _ambiguities): worked out only when asked."""
        return _ambiguities(self.text)

    @cached_property
    def lead(self) -> frozenset[str] | None:
        """The literals that the words extraction searches for first (those before the
        placeholder, else those after it) start with; see anchors.leading_of. Read from the
        text, so a pattern that never runs compiles nothing for it."""
        before, after = placeholder_sides(self.text)
        searched = before or after.lstrip(" ")
        return _leading_of(translate(searched, "")) if searched.strip() else None

    @cached_property
    def sides(self) -> "Sides | None":
        """The words before and after the placeholder and its grammar, each compiled alone as
        `split` has them, but also where matching by parts would not read what the whole does
        ("{count} ?km/h"): what `explain` tries one by one to say where a near miss stops. None
        where a side does not stand alone (a group or a | across the placeholder)."""
        if self.split is not None:
            return Sides(self.split.left, self.split.value, self.split.right)
        before, after = placeholder_sides(self.text)
        if _has_top_level_bar(before) or _has_top_level_bar(after):
            return None
        try:
            with _quietly():
                return Sides(pattern_cache.compile(translate(before, ""), self.flags) if before else None,
                             grammar_regex(self.value_grammar),
                             pattern_cache.compile(translate(after, ""), self.flags) if after.strip() else None)
        except regex.error:
            return None

    @cached_property
    def words_unguarded(self) -> regex.Pattern | None:
        """The words before the placeholder without the look-behinds written right before it
        ('losses ... (?<!insured losses of ){money}' gives 'losses ... '), where it has some:
        where these words could end but for them, the pattern refused the value read there."""
        before = placeholder_sides(self.text)[0]
        words = before[:_look_behinds_at_end(before)]
        if words == before or not words.strip():
            return None
        try:
            with _quietly():
                return pattern_cache.compile(translate(words, ""), self.flags)
        except regex.error:
            return None

    @cached_property
    def split(self) -> "Split | None":
        """The pattern as (words before, value grammar, words after), when it can be matched
        that way: each grammar is then compiled once for all patterns, not once per pattern."""
        return split_pattern(self.text, self.placeholder, self.flags, self.value_grammar)


@dataclass(frozen=True)
class OptionalEnd:
    """A whole pattern as its head and the optional group that ends it (see Pattern.optional_end)."""

    head: "Grammar"  # shared by every pattern with this head
    end: regex.Pattern  # the group, greedy: it always matches, empty at worst


# What makes a pattern's end depend on the rest of it: a back-reference, a condition on a group,
# a flag set for the whole pattern from where it stands ("(?i)").
_STANDS_ON_THE_REST = pattern_cache.compile(r"\\[1-9g]|\(\?P=|\(\?\(|\(\?[a-zA-Z]+\)")


@lru_cache(maxsize=256)
def _head_regex(head: str, flags: int) -> "Grammar":
    return Grammar(head, flags)


@dataclass(frozen=True)
class Split:
    left: regex.Pattern | None  # the author's words before the placeholder, if any
    value: regex.Pattern  # the placeholder's grammar
    right: regex.Pattern | None  # the words after the placeholder, if any
    right_core: regex.Pattern | None  # the same without its leading white space (scanned for first)
    space_before_right: bool  # the words after begin with white space
    left_varies: bool = False  # the words before may end in several places (a gap, an optional part)
    opening: regex.Pattern | None = None  # the lookahead the grammar opens with: can a value start here?
    past_a_conversion: bool = False  # the words after may follow a conversion in brackets (see CONVERSION)


@dataclass(frozen=True)
class Sides:
    left: regex.Pattern | None  # the author's words before the placeholder, if any
    value: "Grammar"  # the placeholder's grammar
    right: regex.Pattern | None  # the words after the placeholder, if any


ANY_VALUE = r"(?s:.{1,120}?)"  # any text a value's grammar may read (see Pattern.with_gap)


@lru_cache(maxsize=64)
def _with_gap(text: str, value_group: str, flags: int, limit: int) -> regex.Pattern:
    """(Kept: `explain` asks it of every near miss of a rule's patterns.)"""
    with _quietly():
        return regex.compile(translate(text, value_group, gap_limit=limit, gap_groups=True), flags)


@lru_cache(maxsize=64)
def grammar_regex(grammar: str) -> "Grammar":
    """A value grammar, compiled once for every pattern that uses it (always case-blind)."""
    return Grammar(grammar)


GRAMMAR_FLAGS = regex.VERSION0 | regex.IGNORECASE


class Grammar:
    """A value grammar (or a whole pattern that holds one) that answers `match`, `search`
    and `finditer` as its compiled regex does.

    It is compiled first as written, its parts in a DEFINE group called where they are used:
    that is quick to compile (see values._defining). But the regex module matches a grammar
    that calls parts 3 to 10 times slower than the same grammar with its parts written out
    where they are called, which takes 2 to 6 times as long to compile. So a grammar is
    compiled written out once it has been tried often enough to repay that: a short run
    never pays for it, a long one gains it back many times. Both forms match alike
    (tests/test_grammar_forms.py).

    The compile takes time in proportion to the written-out length, and a grammar called
    from many places grows long written out: a duration's or an amount's is 190,000-200,000
    characters (a second or more to compile), a count's 40,000. So a grammar longer than
    WRITTEN_OUT_CHARS written out waits proportionally more tries: in a 10 MB run, a pattern
    that runs whole with a duration inside was written out after its 2,000th try, at a cost
    of over a second, to save a tenth of one."""

    WRITE_OUT_AFTER = 2000  # tries: a few tens of milliseconds spent on calls, at most
    WRITTEN_OUT_CHARS = 45_000  # written-out length that WRITE_OUT_AFTER tries pay for (a count's, just: 44,700 with its hedges stacked and its scales on scales)

    def __init__(self, pattern: str, flags: int = GRAMMAR_FLAGS):
        self.pattern = pattern
        self.flags = flags
        self._tries = 0
        written = _written_out_kept(pattern)
        self.write_out_after = max(self.WRITE_OUT_AFTER, self.WRITE_OUT_AFTER * len(written) // self.WRITTEN_OUT_CHARS)
        # Written out by an earlier run and kept (see pattern_cache.py): fast from the first try.
        self._compiled = pattern_cache.cached(written, flags)
        if self._compiled is None:
            self._compiled = pattern_cache.compile(pattern, flags)
        else:
            self._tries = self.write_out_after

    def match(self, string: str, *args, **options):
        return self._current().match(string, *args, **options)

    def search(self, string: str, *args, **options):
        return self._current().search(string, *args, **options)

    def finditer(self, string: str, *args, **options):
        return self._current().finditer(string, *args, **options)

    def _current(self) -> regex.Pattern:
        self._tries += 1
        if self._tries == self.write_out_after:
            written = written_out(self.pattern)
            if written != self.pattern:
                with _quietly():
                    self._compiled = pattern_cache.compile(written, self.flags)
        return self._compiled


_DEFINE_GROUP = "(?(DEFINE)"
_PART = pattern_cache.compile(r"\(\?P<(dq_\w+)>")
_CALL = pattern_cache.compile(r"\(\?&(dq_\w+)\)")


def _written_out_kept(grammar: str) -> str:
    """written_out, kept on disk (see _kept): 1-3 ms of rewriting for each grammar at every start."""
    if _DEFINE_GROUP not in grammar:
        return grammar
    return _kept(("written out", grammar), lambda: written_out(grammar))


def written_out(grammar: str) -> str:
    """The grammar with each call of a part of its DEFINE group replaced by the part itself
    (in a non-capturing group), and the DEFINE group dropped. A grammar not built that way,
    or whose parts call each other in a loop, is returned as it is."""
    at = grammar.find(_DEFINE_GROUP)
    if at < 0:
        return grammar
    parts, position = {}, at + len(_DEFINE_GROUP)
    while (opened := _PART.match(grammar, position)) is not None:
        length = _group_end(grammar[position:])
        if length is None:
            return grammar
        parts[opened[1]] = grammar[opened.end(): position + length - 1]
        position += length
    if grammar[position: position + 1] != ")":
        return grammar

    def write(text: str, calling: tuple[str, ...]) -> str:
        def part(call) -> str:
            if call[1] not in parts or call[1] in calling:
                raise ValueError(call[1])
            return f"(?:{write(parts[call[1]], calling + (call[1],))})"
        return _CALL.sub(part, text)

    try:
        return write(grammar[:at] + grammar[position + 1:], ())
    except ValueError:  # a call of a part that is not there, or a recursive one
        return grammar


# A conversion in brackets after a sum ("costing Boeing about $50m (£38m) a day", "$787.5 million
# (around Rs224 billion) settlement"): the words a pattern writes after {money} are looked for
# past it too, as right after the sum, which stays the value.
CONVERSION = rf"{SPACE}*\((?=[^()\n]{{0,60}}\d)[^()\n]{{1,60}}\)"


def converted(placeholder: str, after: str) -> str:
    """What may stand between a value and the words after it: a conversion in brackets after a
    sum, where the pattern writes words after {money}; nothing elsewhere."""
    return f"(?:{CONVERSION})?" if placeholder == "money" and after.strip() else ""


def held_value(grammar: str, taken_back: bool) -> str:
    """The value group of a whole pattern: the grammar's first (longest) reading, held, so that
    the words after it accept or refuse it and never make it read less ("Rs 12 lakh in all" under
    `{money}(?! in all)` is no "Rs 12"). Where the pattern's words after it may take back what a
    value reads after a whole value of its own (`taken_back`: see values.GIVEN_BACK), a shorter
    reading is tried too, but only one those words may follow. The grammar's parts (its DEFINE
    group) are written once, for both readings."""
    if not taken_back:
        return f"(?P<value>(?i:(?>{grammar})))"
    reading, parts = _without_parts(grammar)
    return f"(?P<value>(?i:(?:(?>{reading})|{reading}{GIVEN_BACK}){parts}))"


# A hedge the pattern writes right after its placeholder: "{count} or more people", "{duration}
# or so". The grammar reads it as the value's, which would leave the words nothing to match; so
# the value may be read short of it, and extraction reads it with the hedge (see
# extract._with_the_hedge_written_after), as it does a hedge written before the placeholder.
_HEDGE_WRITTEN_AFTER = regex.compile(rf" +(?:{alternation(SUFFIX_QUALIFIERS, space=' +')})\b", regex.IGNORECASE)


def writes_a_hedge_after(after: str) -> bool:
    """Do the pattern's words after its placeholder (`after`) open with a hedge ("or more")?"""
    return _HEDGE_WRITTEN_AFTER.match(after) is not None


def held_short_of_a_hedge(grammar: str) -> str:
    """The value group of a pattern that writes a hedge after its placeholder: the grammar's
    longest reading, or one that the hedge follows ("30" in "30 or more people")."""
    reading, parts = _without_parts(grammar)
    return rf"(?P<value>(?i:(?:(?>{reading})|{reading}(?={SPACE}+(?:or|and)\b)){parts}))"


def _without_parts(grammar: str) -> tuple[str, str]:
    """A grammar as (what it matches, its DEFINE group of parts, or "")."""
    at = grammar.find(_DEFINE_GROUP)
    length = _group_end(grammar[at:]) if at >= 0 else None
    if length is None:
        return grammar, ""
    return grammar[:at] + grammar[at + length:], grammar[at: at + length]


def _words_take_back(after: str) -> bool:
    """Do the words after the placeholder open with text of their own, every way they can go on
    ("-dinar fine", " (?:to|through)"), which may take back what the value reads after a whole
    value (see values.GIVEN_BACK)? Not a look-ahead, nor words that may be left out: they write
    no text to take anything back with."""
    openings = _literal_openings(after) if after.strip() else None
    return bool(openings) and all(opening.strip() for opening in openings)


def placeholder_sides(text: str) -> tuple[str, str]:
    """The pattern's text before and after its one placeholder."""
    found = _PLACEHOLDER.search(text)
    return text[: found.start()], text[found.end():]


def split_pattern(text: str, name: str, flags: int, grammar_text: str) -> Split | None:
    """Split at the placeholder when both sides stand alone: no top-level |, no group or
    back-reference that spans the placeholder. Otherwise None: the pattern runs whole.
    `grammar_text` is the value grammar's text (Pattern.value_grammar)."""
    before, after = placeholder_sides(text)
    if _has_top_level_bar(before) or _has_top_level_bar(after):
        return None
    if (_has_open_repeat(before.replace(" ... ", " ")) or _has_open_repeat(after.replace(" ... ", " "))
            or after.startswith(" ...") or (after and not after.strip(" "))):
        return None  # sides that can end anywhere, a gap or bare space after the value: match it whole
    if (_wildcard_before(before) or _optional_before_gap(before) or _optional_before_gap(after) or writes_a_hedge_after(after)
            or _optional_at_end(before, grammar_text) or (not before and " ... " in after)):
        return None  # where the parts would read other values than the whole (see below)
    value_grammar = grammar_regex(grammar_text)  # compiled only now: a pattern that runs whole never needs it
    if after and _value_may_run_on(after, value_grammar, name):
        return None
    try:
        with _quietly():
            left = pattern_cache.compile(translate(before, ""), flags) if before else None
            conversion = converted(name, after)
            right = pattern_cache.compile(conversion + translate(after, ""), flags) if after else None
            core_text = after.lstrip(" ")
            right_core = pattern_cache.compile(translate(core_text, ""), flags) if core_text.strip() else None
    except regex.error:
        return None
    if (left is not None and left.search("")) or (right_core is not None and right_core.search("")):
        return None  # an optional side cannot anchor a search
    return Split(left, value_grammar, right, right_core,
                 space_before_right=after[:1] == " ", left_varies=any(c in before for c in "?*+{") or " ... " in before,
                 opening=opening_regex(value_grammar.pattern), past_a_conversion=bool(conversion))


@lru_cache(maxsize=64)
def opening_regex(grammar: str) -> regex.Pattern | None:
    """The lookahead a value grammar opens with ("(?=[\\d.~]|(?:nearly|thirty|...)\\b)"), compiled
    alone: a test of whether a value can start at a place that costs a fraction of trying the
    grammar there. None when the grammar opens otherwise."""
    end = _group_end(grammar) if grammar.startswith("(?=") else None
    if end is None:
        return None
    try:
        return pattern_cache.compile(grammar[:end], GRAMMAR_FLAGS)
    except regex.error:  # it calls a part the rest of the grammar defines
        return None


_TOKEN = pattern_cache.compile(r"\[(?:\\.|[^\]\\])*\]|\\.|[()]")  # a [class] or an escape, kept whole; or a bracket


def _group_end(text: str) -> int | None:
    """Where the group that opens `text` closes (just after its ")")."""
    depth = 0
    for token in _TOKEN.finditer(text):
        if token[0] == "(":
            depth += 1
        elif token[0] == ")":
            depth -= 1
            if depth == 0:
                return token.end()
    return None


# Matching by parts finds the value on its own, then the words after it; the whole pattern
# can instead give back part of a value so the words after it fit ("33 b" is 33 billion, but
# in "{count} b" the b is the pattern's). So each way the words after the value can open,
# as far as they are literal, is tried after a few sample values: when the grammar reads
# on into them, or fails where it read the sample alone, the pattern runs whole. An opening
# that ends inside a word is also tried with each of the grammar's words it begins ("on"
# with "one"): there the words could be found inside the value; and every opening is tried
# with a number after it, as the article may go on ("one hundred and" + "one"), and with the
# value again, as a range or a vote writes it ("59%-41%": `in a {percent}[-–]\d` matched by
# parts found no dash after it). Words that open with no literal text (a wildcard, a class) run whole too.
VALUE_SAMPLES = {
    "count": ("1", "one", "33", "one hundred"), "amount": ("1", "one", "$1", "1%"), "money": ("$1", "1 dollar"),
    "percent": ("1%", "1 percent"), "duration": ("1 year", "one year", "2 days"),
    "date": ("July 1", "1 July", "2020", "July 2020", "Friday", "last year"),
    "time": ("1:29 a.m.", "4pm", "13:29", "noon", "about 2am"),
}
OPENING_LENGTH = 40  # characters of the words after the value tried, at most
OPENINGS_TRIED = 64


def _value_may_run_on(after: str, grammar: "Grammar", name: str) -> bool:
    """Whether the grammar may read on into the words after the value, so the pattern runs
    whole (see above). Kept on disk: the demo's rules try their grammars 13,000 times for it,
    0.15 s of every run."""
    question = ("value may run on", name, repr(VALUE_SAMPLES[name]), f"{OPENING_LENGTH} {OPENINGS_TRIED}",
                str(int(grammar.flags)), grammar.pattern, after)
    return _kept(question, lambda: _value_runs_on(after, grammar, name))


def _kept(question: tuple[str, ...], work_out: Callable[[], T], code: tuple[str, ...] = (__file__,)) -> T:
    """What `work_out()` answers to `question` (which names its every input), kept on disk
    beside the compiled patterns for the next run (pattern_cache.answer). The question is asked
    of the source of the files whose code works it out (`code`: this one, unless said), so an
    edit of that code is never answered from before; where it cannot be read, nothing is kept."""
    digest = pattern_cache.source_digest(*code)
    if digest is None:
        return work_out()
    return pattern_cache.answer((digest, *question), work_out)


def _value_runs_on(after: str, grammar: "Grammar", name: str) -> bool:
    literal = _literal_openings(after)
    if literal is None:
        return True
    openings = list(literal)
    words = _grammar_words(grammar.pattern)
    for opening in list(openings):
        part = regex.search(r"\w+$", opening)
        if part:
            openings += [opening + word[len(part[0]):] for word in words
                         if len(word) > len(part[0]) and word.startswith(part[0].lower())]
    for sample in VALUE_SAMPLES[name]:
        if _read_to(grammar, sample) != len(sample):
            continue
        for opening in openings:
            for more in ("", " one", " 1", sample):
                if _read_to(grammar, sample + opening + more) != len(sample):
                    return True
    return False


@lru_cache(maxsize=32768)
def _read_to(grammar: regex.Pattern, text: str) -> int | None:
    """Where the grammar's reading of `text` from its start ends, None where it reads nothing.
    (Kept: patterns with the same words after their value try the same texts: with 200
    rules, half of 60,000.)"""
    read = grammar.match(text)
    return None if read is None else read.end()


@lru_cache(maxsize=64)
def _grammar_words(grammar: str) -> tuple[str, ...]:
    """The words a value grammar spells out ("one", "hundred", "july", "percent")."""
    return tuple(sorted({w.lower() for w in regex.findall(r"[A-Za-z]{2,}",
                                                          regex.sub(r"\\.|\(\?P?<\w+>|\(\?&\w+\)|\(DEFINE\)|\(\?[\w-]*", " ", grammar))}))


@lru_cache(maxsize=1024)
def _literal_openings(text: str) -> tuple[str, ...] | None:
    """The literal texts a side can open with (up to OPENING_LENGTH characters), or None when
    it can open with something that is not literal text. (Kept: a pattern's words after its
    value are asked of twice, see _words_follow, and parsing them is slow.)"""
    try:
        with _quietly():
            parsed = list(sre_parse.parse(text))
    except (re.error, OverflowError, RecursionError, ValueError):
        return None
    states = _openings(parsed, [("", False)])
    if any(not opening.strip() and stopped for opening, stopped in states):
        return None
    return tuple(sorted({opening for opening, _ in states}))


def _openings(items, states):
    """Extend each (text so far, stopped) by `items`, as long as the ways stay few."""
    for op, av in items:
        done = [(text, True) for text, stopped in states if stopped or len(text) >= OPENING_LENGTH]
        live = [text for text, stopped in states if not stopped and len(text) < OPENING_LENGTH]
        if not live:
            break
        if op is sre.LITERAL:
            grown = [(text + chr(av), False) for text in live]
        elif op is sre.SUBPATTERN:
            grown = _openings(list(av[-1]), [(text, False) for text in live])
        elif op is sre.BRANCH:
            grown = [state for branch in av[1] for state in _openings(list(branch), [(text, False) for text in live])]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and (av[0], av[1]) == (0, 1):
            grown = [(text, False) for text in live] + _openings(list(av[2]), [(text, False) for text in live])
        elif op is sre.IN and len(av) <= 4 and all(kind is sre.LITERAL for kind, _ in av):
            grown = [(text + chr(char), False) for text in live for _, char in av]
        else:  # a wildcard, a class, a repeat, an assertion: the literal opening ends here
            grown = [(text, True) for text in live]
        if len(done) + len(grown) > OPENINGS_TRIED:  # too many ways: the openings end here
            return done + [(text, True) for text in live]
        states = list(dict.fromkeys(done + grown))
    return states


def _wildcard_before(before: str) -> bool:
    """An unescaped . just before the value: it can take the value's first character."""
    words = before.rstrip(" ")
    return any(char == "." and i == len(words) - 1 for i, char in regex_syntax(words))


def _optional_before_gap(side: str) -> bool:
    """An optional part before ' ... ': the gap's words can take what it would have read."""
    gap = side.rfind(" ... ")
    return gap > 0 and any(char == "?" and i > 0 and side[i - 1] != "(" for i, char in regex_syntax(side[:gap]))


def _optional_at_end(before: str, grammar: str) -> bool:
    """_ends_in_an_optional_value_word, kept on disk (see _kept): it parses the words and reads the
    grammar's words, about 1 ms a pattern."""
    return _kept(("optional at end", before, grammar), lambda: _ends_in_an_optional_value_word(before, grammar))


def _ends_in_an_optional_value_word(before: str, grammar: str) -> bool:
    """The words before the value end in an optional group whose words a value can also open
    with ("freed (?:all )?" and "all but one of the 33"): the whole pattern gives the group back
    when the value needs it, the parts cannot. A word the grammar spells is such a word only
    where its opening lets a value start there: "(?:on )?{date}" is safe though "early on Friday"
    is a date, as no date opens with "on", and "(?:at )?{time}" though "ten at night" is a time."""
    if not before.endswith((")?", ")*")) or before.endswith("\\)?"):
        return False
    opened = _group_openings(before).get(len(before) - 2)
    openings = _literal_openings(before[opened:len(before) - 1]) if opened is not None else None
    if openings is None:
        return True
    words, opening = set(_grammar_words(grammar)), opening_regex(grammar)
    return any((regex.match(r"\w+", o.lower()) or [""])[0] in words
               and (opening is None or opening.match(o, partial=True) is not None) for o in openings if o.strip())


def _look_behinds_at_end(text: str) -> int:
    """Where the look-behinds that end `text` begin ("(?<!insured )(?<!net )" at its end), or
    len(text) where it ends in none."""
    groups = _group_openings(text)
    cut = len(text)
    while cut - 1 in groups and text.startswith(("(?<!", "(?<="), groups[cut - 1]):
        cut = groups[cut - 1]
    return cut


def _group_openings(text: str) -> dict[int, int]:
    """Each group's closing bracket in `text` -> its opening one (escaped brackets and those
    inside [ ] are no groups; an unmatched bracket pairs with nothing)."""
    openers: list[int] = []
    groups: dict[int, int] = {}
    for i, char in regex_syntax(text):
        if char == "(":
            openers.append(i)
        elif char == ")" and openers:
            groups[i] = openers.pop()
    return groups


def _has_open_repeat(text: str) -> bool:
    """An unescaped +, * or {m,n} outside [ ]: the words may end in more places than can be tried."""
    return any(char in "+*" or (char == "{" and regex.match(r"\{\d*,?\d*\}", text[i:]))
               for i, char in regex_syntax(text))


def _has_top_level_bar(text: str) -> bool:
    """A | outside any group, or unbalanced groups: the side cannot stand alone."""
    depth = 0
    for _, char in regex_syntax(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return depth != 0


@dataclass(frozen=True)
class Example:
    text: str
    line: int | None
    expected: "Expected | None" = None  # None for a counterexample
    published: date | None = None
    note: str | None = None
    others: bool = False  # the text also states other values the rule may read
    day_first: bool | None = None  # its `numeric_dates`: how the text writes "11/06/2025" (see Published)


@dataclass(frozen=True)
class Rule:
    id: str
    question: str
    kind: str
    patterns: tuple[Pattern, ...]
    path: str
    line: int | None = None
    unit: str | None = None
    tolerance: Tolerance = Tolerance()
    at_least: str = AT_LEAST_READINGS[0]  # "the figure": "at least 155" is compared as 155
    keywords: tuple[str, ...] = ()
    case_sensitive: bool = False
    description: str | None = None
    examples: tuple[Example, ...] = ()
    counterexamples: tuple[Example, ...] = ()


def rule_currency(rule: Rule) -> str | None:
    """The currency an amount rule's `unit` names ("dinars", "EUR", "Libyan dinars"): the fact
    is in it (a court's fine in dinars, which outlets convert to euros), so it is compared in it,
    and an amount the rule reads without a currency ("Tk {amount}" reads "50 million") is in it."""
    return unit_currency(rule.kind, rule.unit)


def unit_currency(kind: str, unit: str | None) -> str | None:
    """The currency a rule of this `kind` names in its `unit` (see rule_currency): also what
    `diff` asks of a rule read from a JSON report."""
    return _currency_named(unit) if kind == "amount" and unit else None


# Units that count points, not a measure: "6.2 points" ahead in a poll, a cut of "25 basis points".
# A figure in them is exact, as percentage points are (see rule_measure).
_POINT_UNITS = pattern_cache.compile(r"(?:\bpoints?|\bpts|\bbps?|\bpp)\.?$", regex.IGNORECASE)


def rule_measure(rule: Rule) -> str | None:
    """The unit of measurement an amount rule's `unit` names ("mm", "°C", "km/h", "metres"): one
    that names no currency, nor % or points. A figure the rule reads bare with no unit of its own
    is in it, and compared as rounded to its last digit, as a percentage is (see
    values.in_a_measure): "414mm" agrees with "414.1 mm"."""
    unit = rule.unit.strip() if rule.kind == "amount" and rule.unit else None
    if not unit or unit_currency(rule.kind, unit) or _POINT_UNITS.search(unit):
        return None
    return unit


def rule_zone(rule: Rule) -> str | None:
    """The zone a time rule's `unit` names ("EDT", "UTC+3"): the place's, in which the rule reads
    a time written without one, so that it is compared with the times other sources zone."""
    return rule.unit if rule.kind == "time" and rule.unit and zone_offset(rule.unit) is not None else None


def in_the_rules_currency(unit: str | None, rule: Rule, word: str | None = None) -> str | None:
    """The unit an amount in `unit` is in under this rule: the rule's currency where the amount
    names none ("Tk {amount}" reads "50 million"), a word that currency shares ("Rs 1.5
    million" under unit = "PKR": Pakistan's rupees, as "Rs" may be), or a bare `word` that names
    it too, though another most often ("120 billion dirhams" under unit = "MAD"); else `unit`."""
    currency = rule_currency(rule)
    if currency is not None and (unit is None or currency in SHARED_WORD_CURRENCIES.get(unit, ())
                                 or currency in DEFAULT_WORD_CURRENCIES.get(word, ())):
        return currency
    return unit


@lru_cache(maxsize=256)
def _currency_named(unit: str) -> str | None:
    """(Kept: extraction asks it of every amount read, reports of every row and note of a fact.)"""
    try:
        one = parse_value("amount", f"1 {unit}")
    except ValueError:
        return None
    return one.unit if one.low == one.high == 1 else None  # "million euros" names a scale too: no currency alone


# ---------------------------------------------------------------------------
# Loading


def find_rule_files(paths: list[str | Path]) -> list[Path]:
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.toml")
                                if not any(part.startswith(".") for part in p.relative_to(path).parts)))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError("no such rule file or folder", display_path(path),
                             hint="pass --rules with the folder that holds your .toml rule files")
    return files


def load_rules(paths: list[str | Path]) -> list[Rule]:
    """Load every rule under `paths`, sorted by id. The first broken rule raises InputError."""
    rules: dict[str, Rule] = {}
    files = find_rule_files(paths)
    if not files:
        raise InputError("no rule files (*.toml) found", ", ".join(str(p) for p in paths),
                         hint="write one with `discrepancy rules new ID --kind count`")
    for file in files:
        for rule in load_rule_file(file):
            if rule.id in rules:
                first = rules[rule.id]
                raise InputError(f"rule id {rule.id!r} is already used by {first.path}:{first.line}",
                                 rule.path, rule.line, hint="give each rule its own id")
            rules[rule.id] = rule
    return sorted(rules.values(), key=lambda r: r.id)


def select_rules(rules: list[Rule], enable: list[str] | None = None, disable: list[str] = ()) -> list[Rule]:
    """The rules a project turned on: all, or only `enable`, less `disable`. Unknown ids are errors."""
    known = {r.id for r in rules}
    for rule_id in [*(enable or []), *disable]:
        if rule_id not in known:
            raise InputError(f"no rule with id {rule_id!r} to enable or disable",
                             hint=f"known ids: {', '.join(sorted(known))}")
    return [r for r in rules if (enable is None or r.id in enable) and r.id not in disable]


def load_rule_file(file: Path) -> list[Rule]:
    shown = display_path(file)
    try:
        raw = decode(file.read_bytes(), shown)
    except OSError as error:
        raise InputError(f"cannot read rule file: {error.strerror}", shown) from None
    data = parse(raw, shown, hint="check quotes and brackets; write patterns in 'single quotes' so backslashes stay as typed, "
                 "and one with an apostrophe in '''triple single quotes''' (or write the apostrophe as ['’])")
    locator = Locator(raw)
    if "rule" in data:
        extra = sorted(set(data) - {"rule"})
        if extra:
            raise InputError(f"{extra[0]!r} stands outside the [[rule]] tables", shown, locator.key(extra[0]),
                             hint="in a file with [[rule]] tables, every key belongs to one of them")
        tables = data["rule"] if isinstance(data["rule"], list) else [data["rule"]]
        return [_build_rule(table, shown, locator.within("rule", i)) for i, table in enumerate(tables)]
    return [_build_rule(data, shown, locator)]


def _build_rule(table: dict, shown: str, where: Locator) -> Rule:
    _check_keys(table, RULE_FIELDS, shown, where, "rule")
    for key in REQUIRED:
        if key not in table:
            raise InputError(f"missing required field {key!r}", shown, where.line,
                             hint=f"add {key} = ... ({RULE_FIELDS[key]})")
    rule_id = _text(table, "id", shown, where)
    if not regex.fullmatch(ID_SHAPE, rule_id):
        raise InputError(f"rule id {rule_id!r} should be lower-case letters, digits, '-', '_' or '.'", shown,
                         where.key("id"), hint="e.g. id = \"russians-detained\"")
    kind = _text(table, "kind", shown, where)
    if kind not in KINDS:
        raise InputError(f"unknown kind {kind!r}", shown, where.key("kind"), hint=f"use one of: {', '.join(KINDS)}")
    case_sensitive = table.get("case_sensitive", False)
    if not isinstance(case_sensitive, bool):
        raise InputError("case_sensitive must be true or false", shown, where.key("case_sensitive"))
    unit = table.get("unit")
    patterns = _build_patterns(table["patterns"], kind, case_sensitive, shown, where,
                               unit if isinstance(unit, str) else None)
    if kind == "time" and "unit" in table:
        _check_zone(table["unit"], shown, where.key("unit"))
    unit = _text(table, "unit", shown, where) if "unit" in table else None
    rule = Rule(
        id=rule_id, question=_text(table, "question", shown, where), kind=kind, patterns=patterns,
        path=shown, line=where.key("id") or where.line, unit=unit,
        tolerance=_tolerance(table.get("tolerance", 0), kind, shown, where.key("tolerance"),
                             reads_percentages(patterns), unit),
        at_least=_at_least(table, kind, shown, where),
        keywords=tuple(_text_list(table, "keywords", shown, where)),
        case_sensitive=case_sensitive,
        description=_text(table, "description", shown, where) if "description" in table else None,
    )
    examples = _examples(table.get("example", []), "example", rule, where)
    counterexamples = _examples(table.get("counterexample", []), "counterexample", rule, where)
    return replace(rule, examples=tuple(examples), counterexamples=tuple(counterexamples))


def _at_least(table: dict, kind: str, shown: str, where: Locator) -> str:
    """How the rule compares "at least N" (see AT_LEAST_READINGS): a count's, an amount's or a
    duration's setting, as a date's or a time's "at least" is no floor a reader confirms."""
    if "at_least" not in table:
        return AT_LEAST_READINGS[0]
    reading, line = table["at_least"], where.key("at_least")
    if reading not in AT_LEAST_READINGS:
        raise InputError(f"at_least = {reading!r} is not a way to compare \"at least N\"", shown, line,
                         hint="write at_least = \"the figure\" to compare \"at least 155\" as 155 itself, or "
                              "at_least = \"a lower bound\" (the default) for 155 and up")
    if kind in ("date", "time"):
        raise InputError(f"at_least applies to counts, amounts and durations, not to a {kind} rule", shown, line,
                         hint="remove the at_least line")
    return reading


def _check_zone(unit, shown: str, line: int | None) -> None:
    """A time rule's `unit` is the zone of its zone-less times: one the reader knows, all year."""
    if isinstance(unit, str) and zone_offset(unit) is not None:
        return
    raise InputError(f"unit = {unit!r} is not a time zone", shown, line,
                     hint="a time rule's unit is the zone of times written without one: an abbreviation "
                          "such as \"EDT\" or \"CET\" (summer and winter each have theirs), or an offset "
                          "such as \"UTC+3\"; see the {time} placeholder in the guide")


def _check_keys(table, known, shown: str, where: Locator, what: str) -> None:
    if not isinstance(table, dict):
        raise InputError(f"expected a table for the {what}", shown, where.line)
    for key in table:
        if key not in known:
            raise InputError(f"unknown field {key!r} in {what}", shown, where.key(key) or where.line,
                             hint=_unknown_key_hint(key, table[key], known))


def _unknown_key_hint(key: str, value, known) -> str:
    if isinstance(value, dict):  # "[detained]" above the fields, as other tools' files name a section
        return (f"[{key}] opens a table of its own; write a rule's fields at the top of its file, with no"
                f" [...] line above them, and name it with id = \"{key}\"")
    suggestion = _closest(key, known)
    return f"did you mean {suggestion!r}?" if suggestion else f"known fields: {', '.join(sorted(known))}"


def _closest(word: str, choices) -> str | None:
    import difflib
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def _text(table: dict, key: str, shown: str, where: Locator) -> str:
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{key} must be non-empty text in quotes", shown, where.key(key) or where.line)
    return value


def _text_list(table: dict, key: str, shown: str, where: Locator) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(f"{key} must be a list of texts in quotes, e.g. {key} = [\"...\"]", shown,
                         where.key(key) or where.line)
    return value


# A tolerance in percentage points, as values write them: "1 percentage point", "1pp", "1ppt", "0.5 points".
POINTS_UNIT = "percentage points"
_POINTS = pattern_cache.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:percentage\s+points?|points?|pp|ppts?)\s*", regex.IGNORECASE)


def reads_percentages(patterns: tuple[Pattern, ...]) -> bool:
    """Does every pattern read a percentage ({percent})? Then a tolerance in points is meant (as it
    is in an amount's rule whose unit is percentage points, see _tolerance)."""
    return all(p.placeholder == "percent" for p in patterns)


def _tolerance(value, kind: str, shown: str, line: int | None, percentages: bool = False,
               unit: str | None = None) -> Tolerance:
    """2 → absolute; "5%" → relative (not for dates); "3 days" → absolute days (dates and durations);
    "1 percentage point" → absolute, as the plain 1 is (rules that read only percentages, or whose
    unit is percentage points); "10 feet" → absolute, in a count's or an amount's rule whose unit is feet."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
        return Tolerance(absolute=float(value))
    percentages = percentages or (kind == "amount" and unit == POINTS_UNIT)  # "11.4 points" read by {amount}
    points = _POINTS.fullmatch(value) if isinstance(value, str) else None
    if points and percentages:
        return Tolerance(absolute=float(points[1]))
    if isinstance(value, str) and (own := _in_own_unit(value, kind, unit)) is not None:
        return Tolerance(absolute=own)
    if isinstance(value, str):
        percent = regex.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*%\s*", value)
        if percent and kind not in ("date", "time"):
            return Tolerance(relative=float(percent[1]) / 100)
        if kind in ("date", "duration", "time"):
            try:
                days = parse_duration(value)
                if days.is_point:  # a time's tolerance is in minutes, as its values are
                    return Tolerance(absolute=float(days.low) * (MINUTES_A_DAY if kind == "time" else 1))
            except ValueError:
                pass
    written = str(value).lower() if isinstance(value, bool) else repr(value)
    raise InputError(f"tolerance = {written} is not understood", shown, line,
                     hint=_tolerance_hint(kind, percentages, bool(points), unit))


def _in_own_unit(value: str, kind: str, unit: str | None) -> float | None:
    """The number of a count's or an amount's tolerance written in its rule's own unit ("10 feet"
    where unit = "feet"); None for any other. Not "%", where "5%" is a share of the value."""
    if kind not in ("count", "amount") or not unit or unit == "%":
        return None
    own = regex.fullmatch(rf"(\d+(?:\.\d+)?) ?{regex.escape(' '.join(unit.split()))}", " ".join(value.split()),
                          regex.IGNORECASE)
    return float(own[1]) if own else None


def _tolerance_hint(kind: str, percentages: bool, in_points: bool, unit: str | None = None) -> str:
    """How to write a tolerance this rule understands."""
    if kind == "date":
        return "a date rule takes days: write a number of days (2) or a duration (\"3 days\")"
    if kind == "time":
        return "a time rule takes minutes: write a number of minutes (5) or a duration (\"5 minutes\")"
    if percentages:
        return ("write percentage points as a number (1) or in words (\"1 percentage point\", \"0.5pp\"), "
                "or a percentage of the larger value (\"5%\")")
    if in_points:
        return (f"percentage points are for a rule whose patterns all use {{percent}} or whose unit = \"{POINTS_UNIT}\"; "
                "write a plain number, in the values' own unit (2), or a percentage (\"5%\")")
    own = f", \"2 {unit}\"" if kind in ("count", "amount") and unit and unit != "%" else ""
    return f"write a number (2){own}, a percentage (\"5%\")" + (" or a duration (\"3 days\")" if kind == "duration" else "")


# ---------------------------------------------------------------------------
# Patterns

_PLACEHOLDER = pattern_cache.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_PLACEHOLDERS_BY_KIND = {kind: sorted(n for n, p in PLACEHOLDERS.items() if p.kind == kind) for kind in KINDS}


def _build_patterns(value, kind: str, case_sensitive: bool, shown: str, where: Locator,
                    unit: str | None = None) -> tuple[Pattern, ...]:
    line = where.key("patterns")
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(p, str) for p in value):
        raise InputError("patterns must be a non-empty list of texts", shown, line or where.line,
                         hint="e.g. patterns = ['detained {count} Russians']")
    patterns, after = [], line
    for text in value:  # each pattern's line is searched for after the previous one's
        at = where.text(text, (after + 1) if after != line else after) or where.text(text, after) or line
        patterns.append(compile_pattern(text, kind, case_sensitive, shown, at, unit=unit))
        after = at
    return tuple(patterns)


def compile_pattern(text: str, kind: str, case_sensitive: bool = False, shown: str = "<pattern>",
                    line: int | None = None, placeholder_regex: dict[str, str] | None = None,
                    unit: str | None = None) -> Pattern:
    """Turn a rule author's pattern into a compiled regular expression with a `value` group.
    `unit`, the rule's: where it is metres, "m" after a number is metres (see values.in_metres)."""
    names = _PLACEHOLDER.findall(text)
    unknown = [n for n in names if n not in PLACEHOLDERS]
    if unknown:
        raise InputError(f"unknown placeholder {{{unknown[0]}}} in pattern '{text}'", shown, line,
                         hint=f"{a_or_an(kind)} rule uses {' or '.join('{' + n + '}' for n in _PLACEHOLDERS_BY_KIND[kind])}")
    if len(names) != 1:
        raise InputError(f"pattern '{text}' has {len(names) or 'no'} placeholders; it needs exactly one", shown, line,
                         hint=f"mark where the value stands with {{{_one_placeholder(names, kind)}}}")
    name = names[0]
    if PLACEHOLDERS[name].kind != kind:
        raise InputError(f"placeholder {{{name}}} reads {a_or_an(PLACEHOLDERS[name].kind)}, but this rule's kind is {kind!r}",
                         shown, line, hint=f"use {' or '.join('{' + n + '}' for n in _PLACEHOLDERS_BY_KIND[kind])}")
    flags = regex.VERSION0 | (0 if case_sensitive else regex.IGNORECASE)
    # Checked with a stand-in for the grammar: the same syntax, a fraction of the compile time.
    try:
        with _quietly():
            checked = pattern_cache.compile(translate(text, STAND_IN), flags)
    except regex.error as error:
        raise InputError(f"pattern '{text}' is not a valid regular expression: {_regex_problem(error, text)}",
                         shown, line, hint="escape literal ( ) [ ] ? * + . with a backslash") from None
    if (at := _dots_that_are_no_gap(text)) is not None:
        raise InputError(f"pattern '{text}' has '...' at character {at + 1} that is no gap of words: "
                         f"{text[:at]}⟶{text[at:]}; without a space on each side it matches any three characters",
                         shown, line, hint=_gap_hint(text))
    if _NESTED_REPEAT.search(text):
        raise InputError(f"pattern '{text}' repeats a group that itself repeats, which can make a search "
                         "run for ever", shown, line,
                         hint="use ' ... ' to skip words, or a single repeat such as (?:\\w+ ){0,3}")
    if "value" not in checked.groupindex:
        raise InputError(f"the placeholder in pattern '{text}' is escaped or inside [brackets], so it matches "
                         "nothing", shown, line, hint=f"write {{{name}}} with no backslash before it, outside [ ]")
    if _matches_empty(checked):
        raise InputError(f"pattern '{text}' matches empty text", shown, line, hint="a pattern must require some words")
    # (The stand-in takes a repeat; the grammar, which may end in one, does not: "{money}*".)
    if (repeat := _REPEAT_AFTER_A_PLACEHOLDER.search(text)) is not None:
        raise InputError(f"pattern '{text}' writes {repeat['repeat']!r} right after {{{name}}}, but a placeholder "
                         "reads one whole value: it cannot be repeated or made optional", shown, line,
                         hint=f"take the {repeat['repeat']!r} out; to make the words after the value optional, "
                              f"group them: '{{{name}}}(?: words)?'")
    with _quietly():
        anchor = _anchor_of(translate(text, BREAK))
    metres = reads_metres(kind, unit)
    grammar = (placeholder_regex or {}).get(name)
    grammar = (in_metres(grammar) if metres else grammar) if grammar else _grammar_as_written(text, name, metres)
    return Pattern(text=text, placeholder=name, line=line, flags=flags, anchor=anchor, grammar=grammar)


def _anchor_of(translated: str) -> tuple[frozenset[str], ...] | None:
    """anchors.anchor_of, kept on disk (see _kept): each pattern is parsed for it."""
    return _kept(("anchor", translated), lambda: anchor_of(translated), (anchors.__file__,))


def _leading_of(translated: str) -> frozenset[str] | None:
    """anchors.leading_of, kept on disk (see _kept): each pattern's words are parsed for it."""
    return _kept(("lead", translated), lambda: leading_of(translated), (anchors.__file__,))


def _one_placeholder(written: list[str], kind: str) -> str:
    """The placeholder to suggest: the author's own, where it reads this rule's kind."""
    return next((name for name in written if name in _PLACEHOLDERS_BY_KIND[kind]), _PLACEHOLDERS_BY_KIND[kind][0])


# A pattern's "the", "a" or possessive right before its placeholder, alone or ending a group:
# "in the ", "(?:a |his |the )?", "(?:his|her) ", "the\s+". (An optional "a" is the value's: see
# _grammar_as_written.)
_UNIT_ALONE_WRITTEN_BEFORE = pattern_cache.compile(
    rf"\b(?P<word>{'|'.join(UNIT_ALONE_AFTER + UNIT_ALONE_AFTER_A)})(?P<tail>(?:\)\??)?(?: |\\s\+?)(?:\)\??)?)$",
    regex.IGNORECASE)


def reads_metres(kind: str, unit: str | None) -> bool:
    """Does a rule of this kind and `unit` count or measure in metres ("metres", "m")?"""
    return kind in ("count", "amount") and unit is not None and regex.fullmatch(METRES_UNIT, unit.strip(),
                                                                                   regex.IGNORECASE) is not None


def _grammar_as_written(text: str, name: str, metres: bool = False) -> str | None:
    """_eased_grammar, kept on disk (see _kept): it parses the pattern's words and rewrites the
    grammar (values.py's code) in several ways."""
    return _kept(("grammar as written", text, name, str(metres)), lambda: _eased_grammar(text, name, metres),
                 (__file__, values.__file__))


def _eased_grammar(text: str, name: str, metres: bool) -> str | None:
    """The placeholder's grammar eased where the pattern itself writes what the grammar guards
    against: "magnitude-{amount}" and "Rs{amount}" (a number glued to a word), "{count} out of 460" (a ratio),
    "{count}km/h" (a unit glued to the number), "{count} ?m mound" (an "m" of metres, no million), "{duration} old" (an age), "voted {count}[-–]\\d" (a vote),
    "{count} deaths have been reported" (words that make "no" a count of 0), "in the {duration}
    after" and "during his {duration}" (a unit alone, "the week after").
    None where nothing is eased: the shared grammar serves. With `metres`, "m" after a number is
    metres (see values.in_metres)."""
    before, after = placeholder_sides(text)
    grammar = PLACEHOLDERS[name].pattern
    if (metres or _writes_metres(after)) and name in ("count", "amount", "money"):
        grammar = in_metres(grammar)
    if name == "count" and _words_follow(after):
        grammar = with_zero_words(grammar)
    if name == "duration" and (determiner := _UNIT_ALONE_WRITTEN_BEFORE.search(before)):
        an_a = determiner["word"].lower() in UNIT_ALONE_AFTER_A
        if not (an_a and "?" in determiner["tail"]):  # an "a" the pattern may leave out is the value's: "a week"
            grammar = after_the_or_a_possessive(grammar, after_a=an_a)
    if _may_end_in_a_hyphen(before):
        grammar = after_a_hyphen(grammar)
    elif regex.search(r"(?<!\\)\p{L}(?:\\\.\??)?(?: \?|\\s\?)?$", before):  # "Rs{amount}", "Rs\.? ?{amount}"
        grammar = after_letters(grammar)
    if name in _FIGURES and _WRITES_A_RISE_BEFORE.search(before):
        grammar = rf"(?:past{SPACE}+)?(?:{grammar})"
    if regex.match(r" (?:out of|in) ", after):
        grammar = before_a_ratio(grammar)
    if regex.match(r"\\?[-–]|\[[-–]", after):
        grammar = before_a_link(grammar)
    if regex.match(r"[ -]?(?:years?[ -])?old\b", after, regex.IGNORECASE):
        grammar = as_an_age(grammar)
    elif regex.match(r"(?: \?|\[(?:- | -)\]\?)?(?:\(\?:|\[)?(?:°\??)?[A-Za-z]", after):  # "km/h", " ?°?C", "(?:°C|C)", "[C]", "[- ]?m"
        grammar = before_a_unit(grammar)
    return None if grammar == PLACEHOLDERS[name].pattern else grammar


# How a pattern writes a hyphen right before its placeholder: "magnitude-", "magnitude-?",
# "magnitude[- ]", "magnitude[\s-]?", "magnitude(?:-| )": a character class or a group of
# alternatives that holds one, optional or not.
_HYPHEN_AT_END = pattern_cache.compile(
    r"(?:-|\[(?!\^)(?:[^\]\\]|\\.)*(?:(?<=\[)-|-(?=\])|\\-)(?:[^\]\\]|\\.)*\]"
    r"|\((?:\?:)?(?:[^()|]*\|)*(?:\\?-)(?:\|[^()|]*)*\))[?*]?$")


# A verb of a figure's rise that the pattern writes right before its placeholder: "past" after it
# is the value's hedge, as the guide says ("climbed {count}" reads "climbed past 4,000" as more
# than 4,000), where the grammar reads it only after a tally's noun.
_FIGURES = ("count", "amount", "money", "percent")
_WRITES_A_RISE_BEFORE = regex.compile(
    rf"(?<![\w\\])(?:{'|'.join(RISE_VERB_FORMS)})\)?(?: |\\s[+*]?)$", regex.IGNORECASE)


def _writes_metres(after: str) -> bool:
    """Do the pattern's words after its value write an "m" of metres there, in some way they can go
    on (" ?m runway", "[- ]?(?:metres?|m)[- ]long", "m-high")? Then an "m" is no scale of the value's."""
    return any(regex.match(r"[- ]?m(?!\p{L})", opening) for opening in _literal_openings(after) or ())


def _may_end_in_a_hyphen(before: str) -> bool:
    """Whether the words before the placeholder may end in a hyphen, as the pattern writes it."""
    return _HYPHEN_AT_END.search(before) is not None


def _words_follow(after: str) -> bool:
    """Whether the pattern goes on after its value with words of its own, in every way it can:
    " deaths have been reported", " (?:was|were) killed"; not " ... killed" nor "(?: people)?"."""
    openings = _literal_openings(after)
    return bool(openings) and all(regex.match(r" \p{L}", opening) for opening in openings)


STAND_IN = "(?P<value>\\d)"  # one digit: never empty, like every value grammar

# Where a pattern whose parts are all optional matches empty: at a word boundary, a line's
# start or end, before a digit. The parse below catches what no probe can (a lookbehind).
EMPTY_PROBES = ("", "a", " a ", "x y", "1", "a 1 b.", "\n")


def _matches_empty(checked: regex.Pattern) -> bool:
    """Whether a pattern can match empty text anywhere (kept on disk, see _kept: it parses the pattern)."""
    return _kept(("matches empty", str(int(checked.flags)), checked.pattern), lambda: _can_match_empty(checked))


def _can_match_empty(checked: regex.Pattern) -> bool:
    """Whether a pattern can match empty text anywhere: on a probe, or by its parsed form."""
    if any(m.start() == m.end() for probe in EMPTY_PROBES for m in checked.finditer(probe)):
        return True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = sre_parse.parse(checked.pattern)
    except (re.error, OverflowError, RecursionError, ValueError):
        return False  # syntax only the `regex` module knows: the probes have spoken
    return _nullable(parsed)


def _nullable(items) -> bool:
    """Whether a parsed sequence can match zero characters (assertions take none)."""
    return all(_item_nullable(op, av) for op, av in items)


def _item_nullable(op, av) -> bool:
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return True
    if op is sre.SUBPATTERN:
        return _nullable(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _nullable(av)
    if op is sre.BRANCH:
        return any(_nullable(branch) for branch in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return av[0] == 0 or _nullable(av[2])
    if op is sre.GROUPREF_EXISTS:
        return _nullable(av[1]) or av[2] is None or _nullable(av[2])
    return op is sre.GROUPREF  # a back-reference is empty when its group is; anything else reads a character


@contextmanager
def _quietly():
    """Compile without printing Python warnings: what a rule author should hear about a
    pattern is said by `rules check` (see `_ambiguities`), in the project's words."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


# The standard parser (which anchors.py uses) warns where a later version of regular
# expressions will read [ ] differently: a set inside a set, or a set operation.
_AMBIGUITIES = {  # the parser's name for it: (what the author wrote, how to keep it literal)
    "nested set": ("a [ inside [ ]", "escape it as \\["),
    "set difference": ("-- inside [ ]", "escape one - as \\-"),
    "set intersection": ("&& inside [ ]", "escape one & as \\&"),
    "set symmetric difference": ("~~ inside [ ]", "escape one ~ as \\~"),
    "set union": ("|| inside [ ]", "escape one | as \\|"),
}


def _ambiguities(text: str) -> tuple[str, ...]:
    """Warnings for `rules check`: what in a pattern a later regex version reads differently."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            sre_parse.parse(_same_length(text))
        except (re.error, OverflowError, RecursionError, ValueError):
            return ()
    notes = []
    for warning in caught:
        found = regex.fullmatch(r"Possible (.+) at position (\d+)", str(warning.message))
        if found and found[1] in _AMBIGUITIES:
            (what, hint), at = _AMBIGUITIES[found[1]], int(found[2])
            notes.append(f"pattern '{text}' has {what} at character {at + 1}: {text[:at]}⟶{text[at:]}, "
                         f"which a later regex version reads as a {found[1]} ({hint})")
    return tuple(dict.fromkeys(notes))


def pattern_warnings(rules: list[Rule]) -> list[str]:
    """`rules check` warnings about patterns, each naming its file, line and rule."""
    return [f"{rule.path}:{pattern.line}: {rule.id}: {note}"
            for rule in rules for pattern in rule.patterns for note in pattern.notes]


def _same_length(text: str) -> str:
    """The pattern with each placeholder replaced by a group of the same length, so positions
    in the parser's messages are positions in the pattern as the author wrote it."""
    return _PLACEHOLDER.sub(lambda m: "(?:" + "x" * (len(m[0]) - 4) + ")", text)


def _regex_problem(error: regex.error, text: str) -> str:
    """The error, with where it is in the pattern as the author wrote it (the translated
    pattern is longer, so its position would point elsewhere)."""
    message = regex.sub(r" at position \d+$", "", str(error.msg if hasattr(error, "msg") else error))
    same_length = _same_length(text)
    try:
        with _quietly():
            regex.compile(same_length)
    except regex.error as raw:
        if raw.pos is not None:
            return f"{message} at character {raw.pos + 1}: {text[: raw.pos]}⟶{text[raw.pos:]}"
    return message


# A quantifier right after a placeholder: "{money}*", "{count}?", "{date}{2}".
_REPEAT_AFTER_A_PLACEHOLDER = pattern_cache.compile(rf"(?<!\\){_PLACEHOLDER.pattern}(?P<repeat>[?*+]|\{{\d+(?:,\d*)?\}})")


# A repeated group that itself ends in a repeat — (a+)+, (\w+\s?)*: its matches can be split
# in exponentially many ways, so a failing search may never end.
_NESTED_REPEAT = pattern_cache.compile(r"\((?:[^()\\]|\\.)*[+*}]\)(?:[+*]|\{\d*,\d*\})")


# ' ... ' written once or several times in a row: one gap, as long as the times it is written.
GAP_RUN = pattern_cache.compile(r"(?: \.\.\.)+ ")


def _dots_that_are_no_gap(text: str) -> int | None:
    """Where a pattern writes three dots or more (not escaped, not in [ ]) that are no ` ... `
    gap, as translate reads one: a space on each side ("toll(?: ...)? rose" has a bracket after
    them). Such dots are regex dots, any three characters, which no author means by them."""
    syntax = dict(regex_syntax(text))
    dots = [i for i, char in syntax.items() if char == "."]
    runs = [run for run in _consecutive(dots) if len(run) >= 3]
    return next((run[0] for run in runs
                 if len(run) > 3 or syntax.get(run[0] - 1) != " " or syntax.get(run[-1] + 1) != " "), None)


def _consecutive(positions: list[int]) -> list[list[int]]:
    """The positions in runs of neighbours: [1, 2, 3, 7] gives [[1, 2, 3], [7]]."""
    runs: list[list[int]] = []
    for at in positions:
        if runs and runs[-1][-1] == at - 1:
            runs[-1].append(at)
        else:
            runs.append([at])
    return runs


# A group that holds only gaps, made optional: "(?: ...)?", "(?: ... ...)?".
_OPTIONAL_GAPS = pattern_cache.compile(r" *\(\?: *((?:\.\.\. *)+)\)\? *")


def _gap_hint(text: str) -> str:
    """How to write the gap a pattern meant: where an optional group holds only gaps, the
    pattern with the gaps in its place, as a gap may skip no word at all."""
    meant = _OPTIONAL_GAPS.sub(lambda group: " " + " ".join(["..."] * group[1].count("...")) + " ", text)
    if meant != text and meant == meant.strip() and _dots_that_are_no_gap(meant) is None:
        return f"write '{meant}': a gap is ' ... ' with a space on each side, and may skip no word at all"
    return ("a gap is ' ... ' between two words, a space on each side, outside brackets; it may skip no word at "
            "all, so it needs no optional group ('toll ... rose to {count}', not 'toll(?: ...)? rose to {count}'); "
            "for three dots in the text write \\.\\.\\.")


def translate(text: str, placeholder: str, gap_limit: int = WORD_GAP_LIMIT, gap_groups: bool = False) -> str:
    """Apply the readability conveniences and put the placeholder's grammar in place (` ... `
    skips up to `gap_limit` words: more only to tell an author that a longer gap would match,
    where `gap_groups` captures the words the n-th gap skips as group gap<n>). `^` and `$` anchor
    at a line's start and end as an author reading the article sees lines (see line_anchored):
    what they are put in place of holds no space, quote, gap or placeholder to read further."""
    text = line_anchored(text)
    out: list[str] = []
    i, in_class, gaps_seen = 0, False, 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            out.append(SPACE if text[i: i + 2] == "\\s" and not in_class else text[i: i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
            out.append(char)
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == " " and (run := GAP_RUN.match(text, i)) is not None:  # a gap opens with its space
            gaps, after = run.group().count("..."), run.end()  # " ... ... " is one gap twice as long
            gaps_seen += 1
            out.append(_gap(after_word=not _follows_a_placeholder(text, i), stop_at=_plain_word_at(text, after),
                            before_value=_PLACEHOLDER.match(text, after) is not None, limit=gap_limit * gaps,
                            before_glued=_GLUED_PUNCTUATION.match(text, after) is not None,
                            group=f"gap{gaps_seen}" if gap_groups else None))
            i = after
            continue
        elif char == " ":
            while i + 1 < len(text) and text[i + 1] == " ":
                i += 1
            # "a ?b" means an optional space: the quantifier must apply to the whole run.
            out.append(f"(?:{SPACE}+)" if text[i + 1: i + 2] in ("?", "*", "+", "{") else f"{SPACE}+")
        elif char == "'":
            out.append("['’‘]")
        elif char == '"':
            out.append('["“”]')
        elif char == "{" and _PLACEHOLDER.match(text, i):
            found = _PLACEHOLDER.match(text, i)
            out.append(placeholder)
            i = found.end()
            continue
        else:
            out.append(char)
        i += 1
    return "".join(out)


def _gap(after_word: bool, stop_at: str | None, before_value: bool = False, limit: int = WORD_GAP_LIMIT,
         before_glued: bool = False, group: str | None = None) -> str:
    """What ' ... ' stands for: up to WORD_GAP_LIMIT words. After a word it starts past a
    possessive, a colon or a closing quote or bracket glued to it ("Reig's ... trial"), but not
    past a comma, which opens an aside the pattern's words may not belong to. It never
    skips the word that follows it, so `{count} ... according to the CGT` reads the number
    nearest those words, not one said "according to police" before them. A dash set off by
    spaces is no word ("the rate – the share of patients who die – is"), and before a value
    the gap ends past an opening bracket or quote ("118.8 degrees (48.2 degrees Celsius)").
    Before punctuation that is glued to a word (`trial, ... , lasted`) it ends at that word,
    which is at least one word on, or past the spaces after it: "The trial, which opened in
    May 2021, lasted", as "lundi ; 33" in French typography. With a `group` name, each word
    skipped is captured under it."""
    word = rf"(?![-–—]{SPACE})(?!{stop_at}\b){GAP_WORD}" if stop_at else rf"(?![-–—]{SPACE}){GAP_WORD}"
    # Before glued punctuation: an abbreviation whole ("at 9 a.m., six minutes", "in the U.S., a"),
    # else a word given back a character at a time until it fits.
    last_word = rf"(?:(?:{ABBREVIATIONS})\.|[^\s.!?;]+?)"
    if group:
        word, last_word = f"(?P<{group}>{word})", f"(?P<{group}>{last_word})"
    # (the colon is not first in its class: "[:" would read as a POSIX class to anchors.py)
    glued = r"(?:['’]s)?[)\]\"”’:]*+" if after_word else ""
    apart = rf"{SPACE}+(?:[-–—]{SPACE}+)?"
    if before_glued:
        return rf"{glued}(?:{apart}{word}){{0,{limit - 1}}}?{apart}(?![-–—]{SPACE}){last_word}{SPACE}*"
    opening = r"[(\[\"“‘]?" if before_value else ""
    return rf"{glued}(?:{apart}{word}){{0,{limit}}}?{apart}{opening}"


# Punctuation a pattern may write right after ' ... ' that articles glue to the word before it:
# a comma, semicolon, colon or closing quote, or an escaped full stop, bracket or mark.
_GLUED_PUNCTUATION = pattern_cache.compile(r"[,;:!”’]|\\[.,;:!?)\]]")


def _follows_a_placeholder(text: str, end: int) -> bool:
    return any(found.end() == end for found in _PLACEHOLDER.finditer(text, 0, end))


def _plain_word_at(text: str, start: int) -> str | None:
    """The word of letters a pattern writes at `start`, if it is plain (not made optional or
    repeated, not one side of a |) and of four letters or more: a gap may well skip an "on"
    or a "the" to reach the one its pattern means ("landed on the runway ... on {date}")."""
    found = regex.match(r"[A-Za-z]{4,}(?=$|[^A-Za-z?*+{|])", text[start:])
    return found[0] if found else None


# ---------------------------------------------------------------------------
# Examples


def _examples(tables, name: str, rule: Rule, where: Locator) -> list[Example]:
    if not isinstance(tables, list):
        raise InputError(f"write examples as [[{name}]] tables", rule.path, where.key(name) or where.line)
    examples = []
    for index, table in enumerate(tables):
        place = where.within(name, index)
        known = EXAMPLE_FIELDS if name == "example" else COUNTEREXAMPLE_FIELDS
        _check_keys(table, known, rule.path, place, name)
        if not isinstance(table.get("text"), str):
            raise InputError(f"[[{name}]] needs text = \"...\"", rule.path, place.line)
        published = table.get("published")
        if published is not None and not isinstance(published, date):
            raise InputError("published must be a date such as 2020-08-07 (no quotes)", rule.path, place.key("published"))
        expected = None
        others = table.get("others", False)
        if not isinstance(others, bool):
            raise InputError("others must be true or false", rule.path, place.key("others") or place.line,
                             hint="others = true lets the rule read other values from this text as well")
        if name == "example":
            if "value" not in table:
                raise InputError("[[example]] needs value = ... (what the rule should read from the text)",
                                 rule.path, place.line, hint="use [[counterexample]] for a text that must not match")
            expected = expected_value(table, rule.kind, rule.path, place, _bare_unit(rule))
            expected = _example_in_the_rules_currency(expected, rule)
        day_first = numeric_date_order(table.get("numeric_dates"), rule.path, place.key("numeric_dates"))
        examples.append(Example(text=table["text"], line=place.line, expected=expected, published=published,
                                note=table.get("note"), others=others, day_first=day_first))
    return examples


def _example_in_the_rules_currency(expected: Expected, rule: Rule) -> Expected:
    """An example's value in a word the rule's currency shares is in that currency, as the text's
    is: value = "Rs 1.5 million" under unit = "PKR" is PKR 1.5 million. (A value written bare
    stays bare: it accepts any unit.) A time without its zone is in the rule's zone, as the
    text's is: value = "01:29" under unit = "EDT" is 05:29 UTC."""
    if (zone := rule_zone(rule)) and expected.written is not None:
        written = in_zone(expected.written, zone)
        return replace(expected, low=written.low, high=written.high, written=written)
    word = expected.written.currency_word if expected.written else None
    if expected.unit is None or (unit := in_the_rules_currency(expected.unit, rule, word)) == expected.unit:
        return expected
    written = replace(expected.written, unit=unit) if expected.written else None
    return replace(expected, unit=unit, written=written)


def _bare_unit(rule: Rule) -> str | None:
    """The unit of a bare number in an example's value: a rule that reads only percentages
    reads them in %, or in percentage points where its own unit says so."""
    if rule.kind != "amount" or not reads_percentages(rule.patterns):
        return None
    return POINTS_UNIT if rule.unit == POINTS_UNIT else "%"


@dataclass(frozen=True)
class Expected:
    """What an example says the rule must read: bounds, and optionally qualifier, precision, unit."""

    low: float | date | None
    high: float | date | None
    qualifier: str | None = None
    precision: str | None = None
    unit: str | None = None
    kind: str | None = None  # the rule's kind: says how to write the bounds (a duration's are days)
    written: Value | None = field(default=None, compare=False)  # value = "more than £800m", as read
    # The size of the last digit the example writes at each bound (0.01 for 66.67), None where
    # it writes a whole number: a value read within half of it is the written one, rounded.
    grains: tuple[float | None, float | None] = (None, None)
    # Whether each bound is left out, as the qualifier says: value = "$30 billion" with
    # qualifier = "more_than" is more than USD 30 billion, not 30 billion or more.
    low_open: bool = False
    high_open: bool = False
    # Whether the example writes one number, hedged or not (value = "nearly 66.67%", or 66.67
    # with qualifier = "nearly"), not the two ends of an interval.
    one_figure: bool = False

    def as_value(self) -> Value:
        """The expected bounds as a value, to be said the way a value read from text is: a value
        written as text ("more than £800m") is said with its own qualifier."""
        if self.written is not None and self.qualifier is None:
            return replace(self.written, steps=())
        kind = self.kind or ("date" if isinstance(self.low, date) else "count")
        if kind == "date":
            return Value("date", self.low, self.high, precision=self.precision, unit=self.unit)
        return Value(kind, self.low, self.high, qualifier=_qualifier_for(self.qualifier, self.low, self.high),
                     unit=self.unit, low_open=self.low_open, high_open=self.high_open)

    def describe(self, digits: int = 2) -> str:
        """"12 (exactly)", "at least 12 (12 or more, no upper limit)", "12 hours (0.5 days)"."""
        return spell(self.as_value(), digits)

    def accepts(self, value: Value) -> bool:
        return ((self._bounds_read(value) or self._one_length_of_the_calendar(value))
                and value.is_point == (self.low == self.high)  # "nearly 12 hours" is not 0.5 days to one digit
                and self.qualifier in (None, value.qualifier)
                and self._ends_left_out_as_written(value)
                and self.precision in (None, value.precision)
                and self.unit in (None, value.unit))

    def _ends_left_out_as_written(self, value: Value) -> bool:
        """Does a value written as text leave out the ends the value read does? value = "more
        than $30 billion" is not "at least $30 billion", though both start at 30 billion."""
        written = self.written
        return written is None or (written.low_open, written.high_open) == (value.low_open, value.high_open)

    def _bounds_read(self, value: Value) -> bool:
        low_grain, high_grain = self.grains
        return ((_rounds_to(value.low, self.low, low_grain) and _rounds_to(value.high, self.high, high_grain))
                or self._the_hedge_on_the_figure_written(value))

    def _the_hedge_on_the_figure_written(self, value: Value) -> bool:
        """Is the value read the hedge the example writes, on its one figure? How far "about" and
        "nearly" reach is the text's to say, by how it writes the figure (see REACH_AS_WRITTEN):
        value = "nearly 66.67%" is "almost two-thirds" (60%–66.67%), though "nearly 66.67%"
        written in digits is 66.62%–66.67%."""
        expected = self.as_value()
        hedged = expected.qualifier in REACH_AS_WRITTEN or is_an_upper_estimate(expected)
        if not (self.one_figure and hedged and (value.qualifier, value.reach) == (expected.qualifier, expected.reach)):
            return False
        figure = stated(expected)
        grain = self.grains[1] and self.grains[1] * abs(figure / self.high)  # the figure's, not the high end's
        return _rounds_to(stated(value), figure, grain)

    def _one_length_of_the_calendar(self, value: Value) -> bool:
        """Are an exact duration read and the one expected the same length as a report compares
        them, where one is in months or years, which the calendar lets reach a few days either
        way (see values.compared_bounds): "3 years, 10 months and 6 days" is 1,406 days."""
        expected = self.written or self.as_value()
        if not (value.kind == expected.kind == "duration" and value.is_point and expected.is_point
                and CALENDAR_SPREAD.keys() & {value.precision, expected.precision}):
            return False
        (read_low, read_high), (low, high) = compared_bounds(value), compared_bounds(expected)
        return read_low <= high and low <= read_high


# Hedges that reach as far as their figure is written (see values._about_reach): "about 2,400"
# one hundred either side, "about two thousand four hundred" 10%, "nearly 66.67%" 0.05 below,
# "almost two-thirds" 10%; and so does an upper estimate, "as many as 2,400".
REACH_AS_WRITTEN = ("approximately", "nearly")


def _rounds_to(read, written, grain: float | None) -> bool:
    """Is a bound read the bound written, to the digits written? Two-thirds (66.666…) is 66.67;
    with no decimals written, 60.00000000003 (a share's float error) is still 60."""
    if not isinstance(read, (int, float)) or not isinstance(written, (int, float)):
        return read == written  # dates, and bounds that are None
    return abs(read - written) <= (grain or 0) / 2 + 1e-9 * max(abs(written), 1)


QUALIFIERS = ("exact", "approximately", "nearly", "more_than", "at_least", "fewer_than", "at_most", "range",
              "either", "vague")
PRECISIONS = ("day", "week", "month", "quarter", "year", "range")
# Qualifiers that make an interval of one number, as the text would: value = 12 with
# qualifier = "at_least" is "at least 12", 12 and up.
ONE_NUMBER_QUALIFIERS = ("approximately", "nearly", "more_than", "at_least", "fewer_than", "at_most")


def _qualifier_for(qualifier: str | None, low, high) -> str:
    """The qualifier to say expected bounds with: the example's, where its bounds fit it."""
    fits = {"approximately": low is not None and high is not None, "nearly": high is not None,
            "more_than": low is not None, "at_least": low is not None,
            "fewer_than": high is not None, "at_most": high is not None}
    if qualifier in ("range", "either") or fits.get(qualifier):
        return qualifier
    if low == high:
        return "exact"
    return "at_least" if high is None else "range"


def expected_value(table: dict, kind: str, shown: str, where: Locator, bare_unit: str | None = None) -> Expected:
    """An example's `value`: 33, [27, 30], "nearly 30 years", "$19 billion", 2020-07-29, "2019".

    A single number with a qualifier that makes an interval of one number stands for that
    interval, as the text would: value = 12 with qualifier = "at_least" is 12 and up. A bare
    number is in `bare_unit`: "%" in a rule that reads only percentages."""
    raw, line = table["value"], where.key("value")
    extras = {k: table.get(k) for k in ("qualifier", "precision", "unit")}
    _check_choice(extras["qualifier"], "qualifier", QUALIFIERS, shown, where)
    _check_choice(extras["precision"], "precision", PRECISIONS, shown, where)
    if kind == "amount" and extras["unit"] is None:
        extras["unit"] = _value_unit(raw, bare_unit)  # value = "€4.2 million" means euros
    if isinstance(raw, list) and len(raw) == 2:
        bounds = [_bound(b, kind, end, shown, line) for b, end in zip(raw, (False, True))]
        grains = [_grains(b, kind, *bound) for b, bound in zip(raw, bounds)]
        return Expected(bounds[0][0], bounds[1][1], **extras, kind=kind, grains=(grains[0][0], grains[1][1]))
    if isinstance(raw, list):
        raise InputError("value must be one value or [low, high]", shown, line)
    low, high = _bound(raw, kind, False, shown, line)
    qualifier = extras["qualifier"]
    if kind != "date" and isinstance(raw, str) and qualifier is None:
        from .values import parse
        written = parse(kind, raw)
        return Expected(low, high, **extras, kind=kind, grains=_grains(raw, kind, low, high), one_figure=True,
                        written=written if written.unit == extras["unit"] or extras["unit"] is None else None)
    open_ends = {}
    if kind != "date" and low == high and qualifier in ONE_NUMBER_QUALIFIERS:
        interval = qualified(kind, low, qualifier)
        low, high = interval.low, interval.high
        open_ends = {"low_open": interval.low_open, "high_open": interval.high_open, "one_figure": True}
    elif kind != "date" and low == high and qualifier in ("range", "either", "vague"):
        raise InputError(f"qualifier = \"{qualifier}\" needs two numbers, but value is one", shown,
                         where.key("qualifier") or line, hint="write value = [low, high], e.g. value = [10, 12]")
    return Expected(low, high, **extras, kind=kind, grains=_grains(raw, kind, low, high), **open_ends)


def _check_choice(value, field_name: str, choices: tuple[str, ...], shown: str, where: Locator) -> None:
    if value is not None and value not in choices:
        suggestion = _closest(str(value), choices)
        hint = f"did you mean {suggestion!r}?" if suggestion else f"use one of: {', '.join(choices)}"
        raise InputError(f"{field_name} = {value!r} is not one of the known {field_name}s", shown,
                         where.key(field_name) or where.line, hint=hint)


def _value_unit(raw, bare_unit: str | None) -> str | None:
    """The unit an amount's value writes, the same at both of two bounds; a number written
    without one is in `bare_unit`. None where the bounds write none, or two."""
    bounds = raw if isinstance(raw, list) else [raw]
    units = {(_unit_written(b) if isinstance(b, str) else None) or bare_unit for b in bounds}
    return units.pop() if len(units) == 1 else None


def _unit_written(raw: str) -> str | None:
    from .values import parse
    try:
        return parse("amount", raw).unit
    except ValueError:
        return None  # _bound says what is wrong with it


# A number as an example's value writes it, with its decimals: "1,494.5" in "$1,494.5 million".
_NUMERAL = pattern_cache.compile(r"\d[\d,]*(?:\.(\d+))?")


def _grains(raw, kind: str, low, high) -> tuple[float | None, float | None]:
    """Expected.grains for the bounds an example's value makes of one written number. A bound a
    qualifier made of it ("nearly 66.67" is 60.003 to 66.67) is known to the same share of itself."""
    written = _written_number(raw, kind)
    if written is None:
        return None, None
    number, grain = written
    return tuple(None if bound is None else grain * abs(bound / number) for bound in (low, high))


def _written_number(raw, kind: str) -> tuple[float, float] | None:
    """The one number an example's value writes with decimals, in the value's own unit, and the
    size of its last digit: (66.67, 0.01) for 66.67 and "nearly 66.67%", (1.49e9, 1e7) for
    "$1.49 billion". None for a whole number, a date, zero, or text with more than one number."""
    from .values import parse, stated
    if kind in ("date", "time") or isinstance(raw, bool):
        return None
    if isinstance(raw, float):
        decimals = regex.fullmatch(r"-?\d+\.(\d+)", repr(raw))
        return (raw, 10.0 ** -len(decimals[1])) if decimals and raw else None
    numerals = list(_NUMERAL.finditer(raw)) if isinstance(raw, str) else []
    if len(numerals) != 1 or numerals[0][1] is None:
        return None
    numeral, decimals = float(numerals[0][0].replace(",", "")), len(numerals[0][1])
    value = parse(kind, raw)
    number = value.low if value.is_point else stated(value) if value.qualifier in ONE_NUMBER_QUALIFIERS else None
    if not number or not numeral:
        return None
    scale = number / numeral  # 10**9 for "$1.49 billion", 365.25 for "1.5 years" (in days)
    return number, 10.0 ** -decimals * abs(scale)


def _bound(raw, kind: str, end: bool, shown: str, line: int | None) -> tuple:
    """One written value as (low, high); a year, quarter or month stands for all its days."""
    from .values import parse
    if kind == "date":
        days = raw if isinstance(raw, date) else _written_days(raw) if isinstance(raw, str) else None
        if days is None:
            raise InputError(f"value {raw!r} is not a date", shown, line, hint=DATE_VALUE_HINT)
        return (days, days) if isinstance(days, date) else days
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return raw, raw
    if isinstance(raw, str):
        try:
            value = parse(kind, raw)
            return value.low, value.high
        except ValueError:
            pass
    raise InputError(f"value {raw!r} is not {a_or_an(kind)}", shown, line,
                     hint="write a number, or the value as an article would, e.g. \"26 years\" or \"$19 billion\"")


DATE_VALUE_HINT = 'write a day as 2020-07-29, a year as "2019", a month as "2020-07" or a quarter as "2020-Q3"'
# A date as reports show it: a day, a year, a month or a quarter.
_WRITTEN_DATE = pattern_cache.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?|-Q(?P<quarter>[1-4]))?",
                              regex.IGNORECASE)


def _written_days(raw: str) -> date | tuple[date, date] | None:
    """"2020-07-29" (a day, in quotes), or the first and last days of "2019", "2020-07" or
    "2020-Q3"; None for anything else."""
    import calendar

    found = _WRITTEN_DATE.fullmatch(raw.strip())
    if found is None:
        return None
    year, month, quarter = int(found["year"]), int(found["month"] or 0), int(found["quarter"] or 0)
    first, last = (month, month) if month else (3 * quarter - 2, 3 * quarter) if quarter else (1, 12)
    try:
        if found["day"]:
            return date(year, month, int(found["day"]))
        return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
    except ValueError:  # month 13, February 30th
        return None


# ---------------------------------------------------------------------------
# The rule file format as a JSON Schema, for editors (Even Better TOML / Taplo)


def json_schema() -> dict:
    """The rule-file schema, made from the same field tables the loader checks against."""
    value = {"description": "the value the rule must read: a number, a date, [low, high], or text such as "
                            "\"26 years\", \"$19 billion\", \"2019\" (a year), \"2020-07\" (a month), "
                            "\"2020-Q3\" (a quarter)"}
    example = {
        "type": "object", "additionalProperties": False, "required": ["text", "value"],
        "properties": {
            "text": {"type": "string", "description": "a sentence the rule must read"},
            "value": value,
            "qualifier": {"enum": list(QUALIFIERS)},
            "precision": {"enum": list(PRECISIONS)},
            "unit": {"type": "string"},
            "published": {"type": "string", "format": "date", "description": "publication date for relative dates"},
            "numeric_dates": {"enum": list(NUMERIC_DATE_ORDERS),
                              "description": "how the text writes a date such as 08/04/2025, as a source's "
                                             "numeric_dates says: \"day first\" (8 April) or \"month first\" (August 4)"},
            "note": {"type": "string"},
            "others": {"type": "boolean", "description": "true when the text also states other values the rule "
                                                         "may read; otherwise every value read must be the expected one"},
        },
    }
    counterexample = {
        "type": "object", "additionalProperties": False, "required": ["text"],
        "properties": {k: example["properties"][k] for k in sorted(COUNTEREXAMPLE_FIELDS)},
    }
    text_list = {"oneOf": [{"type": "string", "minLength": 1},
                           {"type": "array", "items": {"type": "string", "minLength": 1}}]}
    properties = {
        "id": {"type": "string", "pattern": f"^{ID_SHAPE}$"},
        "question": {"type": "string", "minLength": 1},
        "kind": {"enum": list(KINDS)},
        "patterns": {"oneOf": [{"type": "string", "minLength": 1},
                               {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}]},
        "unit": {"type": "string", "minLength": 1},
        "tolerance": {"oneOf": [{"type": "number", "minimum": 0}, {"type": "string"}]},
        "at_least": {"enum": list(AT_LEAST_READINGS)},
        "keywords": text_list,
        "case_sensitive": {"type": "boolean"},
        "description": {"type": "string", "minLength": 1},
        "example": {"type": "array", "items": example},
        "counterexample": {"type": "array", "items": counterexample},
    }
    for key, help_text in RULE_FIELDS.items():
        properties[key]["description"] = help_text
    rule = {"type": "object", "additionalProperties": False, "required": list(REQUIRED), "properties": properties}
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://discrepancy.invalid/schemas/rule.schema.json",
        "title": "discrepancy rule file",
        "description": "One fact at the top level, or several as [[rule]] tables.",
        "oneOf": [rule, {"type": "object", "additionalProperties": False, "required": ["rule"],
                         "properties": {"rule": {"type": "array", "minItems": 1, "items": rule}}}],
    }
