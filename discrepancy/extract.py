"""Extraction: every value each rule finds in each source, with its evidence.

Extraction is a pure function of (source, rules) → observations, so it can run in any
order, in other processes, or as the map step of a distributed job.
"""

from __future__ import annotations

import bisect
import sys
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache, wraps
from itertools import chain, islice

import regex

from . import pattern_cache
from .anchors import AnchorIndex
from .errors import InputError
from .live_pages import Stamp, above_the_text, words_after_the_stamp
from .rules import (CONVERSION, MATCH_TIMEOUT_SECONDS, ONE_NUMBER_QUALIFIERS, Pattern, Rule, compile_pattern,
                    grammar_regex, in_the_rules_currency, placeholder_sides, rule_measure, rule_zone)
from .sources import Source, text_source, without_markdown
from .values import (ABBREVIATIONS, CHANGE_VERBS, COUNT_WITHOUT_PARTITIVE, MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORD,
                     NAMED_BEFORE, PREFIX_QUALIFIERS, PLACEHOLDERS, REFERS_BACK, SEASONAL_CLOCK_WORDS, SEASONAL_ZONES,
                     SENTENCE_BEFORE_DATE, SENTENCE_DATE, SHARED_WORD_CURRENCIES, SUFFIX_QUALIFIERS, SUM_ONLY_ABBREVIATIONS,
                     TALLY_VERB_WORDS, TIME_HEDGES, VERB_WORDS, WHOLE_OF, ZONE_NAMES, Measure, Published, Tense, Value,
                     after_a_tally, alternation, in_a_measure, in_another_measure, in_zone, is_yearless, measure_named,
                     measure_written_at, parse, reads_by_tense, refers_back, transparent)

SENTENCE_LIMIT = 400  # characters of context kept either side of a match at most


@dataclass(frozen=True, slots=True)
class Observation:
    """One value one rule read in one source, with the exact evidence for it."""

    source: str  # the source's path
    rule: str  # the rule's id
    value: Value
    raw: str  # the placeholder's text, e.g. "thirty-three"
    matched: str  # the whole pattern match, e.g. "detained 33 Russians"
    start: int  # character offsets of the placeholder's text in the source text
    end: int
    line: int  # line in the original file
    column: int  # 1-based column of `start` on that line
    sentence: str  # the sentence around the match, white space folded
    highlight: tuple[int, int]  # the placeholder's span within `sentence`
    pattern: int  # index of the rule's pattern that matched
    entry: Stamp | None = None  # the live page's entry it stands in (see live_pages.py)
    # A sum read from the brackets after the rule's sum, in another currency ("$11.4 million (17.4
    # billion naira)"): no figure of a pattern's own, so a claim only where it alone is in the
    # fact's compared unit (see _bracketed_conversion, compare.conversions)
    converts: bool = False
    # Stands in a headline or a dek, which drops the hedge its text gives (see in_a_headline,
    # compare.claim_value)
    headline: bool = False

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}"


def extract(sources: list[Source], rules: list[Rule]) -> list[Observation]:
    """All observations, sorted by source, rule and position."""
    index = build_index(rules)
    found = [obs for source in sources for obs in extract_source(source, rules, index)]
    return sorted(found, key=observation_order)


def observation_order(obs: Observation) -> tuple:
    return (obs.source, obs.rule, obs.start, obs.end, obs.pattern)


def build_index(rules: list[Rule]) -> AnchorIndex:
    """The one-pass anchor scanner for a rule set: build once, use on every source."""
    leads = {(r, p): pattern.lead for r, rule in enumerate(rules) for p, pattern in enumerate(rule.patterns)
             if pattern.lead is not None}
    return AnchorIndex.build([[p.anchor for p in rule.patterns] for rule in rules], leads)


def extract_source(source: Source, rules: list[Rule], index: AnchorIndex | None = None) -> list[Observation]:
    """Every rule over one source: one anchor scan says which patterns can match at all;
    each of those then scans the text once, and Python works only where it matched."""
    text = source.scan_text or source.text
    every_paragraph = Paragraphs(text)
    scan = (index or build_index(rules)).scan(text, every_paragraph.spans)
    observations = []
    for r, patterns in _windows_by_rule(scan.windows).items():
        starts = {p: scan.starts[(r, p)] for p in patterns if (r, p) in scan.starts}
        observations.extend(_extract_rule(source, text, rules[r], patterns, every_paragraph, starts))
    return observations


def _windows_by_rule(windows: dict[tuple[int, int], list]) -> dict[int, dict[int, list[tuple[int, int]]]]:
    """The scan's windows per rule and pattern (by index), each in order: only the rules that
    may match in the article, not a look-up for every pattern of every rule (with many rules,
    most have no anchor in a given article)."""
    by_rule: dict[int, dict[int, list[tuple[int, int]]]] = {}
    for r, p in sorted(windows):
        by_rule.setdefault(r, {})[p] = windows[(r, p)]
    return by_rule


def extract_rule(source: Source, text: str, rule: Rule) -> list[Observation]:
    """One rule over a whole text, with no prefilter: what the prefilter must never change."""
    return _extract_rule(source, text, rule, {p: [(0, len(text))] for p in range(len(rule.patterns))},
                         Paragraphs(text))


class Paragraphs:
    """A text's paragraphs: a match never runs across a blank line."""

    def __init__(self, text: str):
        self.spans = paragraphs(text)
        self.starts = [start for start, _ in self.spans]

    def around(self, position: int) -> tuple[int, int]:
        return self.spans[max(0, bisect.bisect_right(self.starts, position) - 1)]


# A line that opens a block of its own: a list item, a table row, a heading, a quotation, or
# a fact sheet's label ("Fatalities: 1 civilian" under "Personnel assigned: 2,143").
_BULLET = r"[*•+\-–]\s"
_ROW_HEADING_OR_QUOTE = r"\||#{1,6}\s|>"
_BLOCK_MARK = _BULLET + r"|\d{1,3}[.)]\s|" + _ROW_HEADING_OR_QUOTE
# A numbered line opens a list item where it is a list's first ("1.", as CommonMark has it), or
# where the line before ends a sentence or is a block of its own; after a line that goes on, it
# is the sentence going on: hand-wrapped text puts a sentence's last figure at a line's start
# ("...visit Wayanad on August⏎10. He was...", "...deaths stood at⏎225. The search...").
# (the number is looked for first: the look back reads the whole line before, and was read at
# every line break of every text, where few lines open with a number)
_NUMBERED_ITEM = (r"1[.)]\s|(?=\d{1,3}[.)]\s)(?<=(?:[.!?:][\"”’)\]*_]*|(?:\A|\n)[^\S\n]*(?:" + _BLOCK_MARK + r")[^\n]*)[^\S\n]*\n[^\S\n]*)"
                  r"\d{1,3}[.)]\s")
_BLOCK_LINE = (r"[^\S\n]*(?:" + _BULLET + "|" + _NUMBERED_ITEM + "|" + _ROW_HEADING_OR_QUOTE
               + r"|\p{Lu}[\w'’-]*(?:[ \t][\w'’()-]+){0,3}:[ \t])")
_BREAK = pattern_cache.compile(rf"\n(?:[^\S\n]*\n)+|\n(?={_BLOCK_LINE})")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: a match never runs across a blank line, nor from one
    list item, table row or heading into the next ("* a 4.5% rise this year⏎* 3% next year")."""
    spans, start = [], 0
    for blank in _BREAK.finditer(text):
        if blank.start() > start:
            spans.append((start, blank.start()))
        start = blank.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


def _extract_rule(source: Source, text: str, rule: Rule, windows: dict[int, list[tuple[int, int]]],
                  paragraphs: "Paragraphs", starts: dict[int, list[int]] | None = None) -> list[Observation]:
    """Each pattern (by index) over its windows; where patterns overlap on a mention, the
    longest reading wins. `starts`, where given, says where a pattern's search may start."""
    chosen = _Longest()
    for index, spans in windows.items():
        pattern_starts = (starts or {}).get(index)
        for span in spans:
            for match in _pattern_matches(rule.patterns[index], text, rule, source, paragraphs, span, pattern_starts):
                obs = _observe(source, text, rule, index, match, paragraphs, pattern_starts)
                if obs is not None:
                    chosen.offer(obs, match.start(), match.end())
    # offered last, so a pattern's own reading of the same words comes first; no words of a pattern
    for converted in [c for obs in chosen.observations for c in _bracketed_conversions(source, rule, text, obs)]:
        chosen.offer(converted, converted.start, converted.end)
    return chosen.observations


# How far before the words that follow it a value may start: "between one hundred and
# twenty thousand" is 40 characters; nine words of a value rarely pass 80.
VALUE_REACH = 80
VALUE_WORDS = 9  # "one hundred and twenty-three thousand four hundred" is seven


@dataclass(frozen=True, slots=True)
class PartsMatch:
    """A match made of a pattern's parts, answering like a regex match for what extraction asks."""

    whole: tuple[int, int]
    value: tuple[int, int]

    def span(self, group=0) -> tuple[int, int]:
        return self.value if group == "value" else self.whole

    def start(self, group=0) -> int:
        return self.span(group)[0]

    def end(self, group=0) -> int:
        return self.span(group)[1]


def _pattern_matches(pattern: Pattern, text: str, rule: Rule, source: Source, paragraphs: Paragraphs,
                     within: tuple[int, int] | None = None, starts: list[int] | None = None):
    """A pattern's matches, found by its parts where it splits, each inside one paragraph.
    `starts`, where given, are the only places the words searched for first can start."""
    split = pattern.split
    start, end = within or (0, len(text))
    if split is None:  # whole: its matches start where its words before the value do, if it has any
        whole = _HeadThenEnd(pattern.optional_end) if pattern.optional_end else pattern.regex
        yield from _in_paragraphs(whole, pattern, text, rule, source, paragraphs, start, end,
                                  starts if placeholder_sides(pattern.text)[0] else None)
    elif split.left is not None:
        yield from _from_the_left(split, pattern, text, rule, source, paragraphs, start, end, starts)
    elif split.right_core is not None:
        yield from _from_the_right(split, pattern, text, rule, source, paragraphs, start, end, starts)
    else:  # the pattern is its placeholder alone
        for value in _in_paragraphs(split.value, pattern, text, rule, source, paragraphs, start, end):
            yield PartsMatch(value.span(), value.span())


# How far the words before a value may reach: eight skipped words and a few fixed ones.
WORDS_REACH = 400
WORDS_TRIED = 12  # value starts tried after the shortest reading of the words: a gap is eight words
# Where a value may start: a word, a currency sign ($ £ € ₱ ৳ ₦...), ~ or a leading decimal point.
_VALUE_START = pattern_cache.compile(r"(?<!\w)(?=\w)|[\p{Sc}~.]")


def _from_the_left(split, pattern, text, rule, source, paragraphs, start, end, starts=None):
    """Words, then the value right after them, then the words after it.

    The words may end in several places (" ... " skips up to eight words), so each place a
    value could start is tried in turn, nearest first, as the whole pattern would.
    """
    position = start
    while position <= end:  # the words may match empty at the very end: stop there, not again
        words = _first(split.left, pattern, text, rule, source, position, end, starts=starts)
        if words is None:
            return
        opening = words.start()
        paragraph_end = min(end, paragraphs.around(opening)[1])
        if words.end() > paragraph_end:  # the words ran across a blank line: read them within it
            words = _first(split.left, pattern, text, rule, source, opening, paragraph_end, anchored=True)
        found = _value_after(split, pattern, text, rule, source, words, paragraph_end) if words else None
        if found is not None:
            yield found
            position = max(found.end(), opening + 1)
        else:
            position = opening + 1  # always past this start, so each start is tried once


def _value_after(split, pattern, text, rule, source, words, end) -> PartsMatch | None:
    """The value right after the words; where none is, after a shorter reading of them, the
    longest first, then after a longer one, the nearest first, as the whole pattern backtracks:
    an optional word the value opens with is given back to it ("freed after (?:a )?{duration}"
    reads "a month"), and a gap skips more words."""
    found = _value_at(split, pattern, text, rule, source, words.start(), words.end(), end)
    if found is not None or not split.left_varies:
        return found
    shorter = _openings(split, text, words.start() + 1, words.end(), end)
    longer = _openings(split, text, words.end() + 1, min(end, words.start() + WORDS_REACH), end, WORDS_TRIED)
    return _value_where_the_words_end(split, pattern, text, rule, source, words.start(),
                                      chain(reversed(shorter), longer), end)


def _value_where_the_words_end(split, pattern, text, rule, source, opening: int, places, end) -> PartsMatch | None:
    """The value at the first of `places` (where the grammar may open) where the words, from
    `opening`, can end."""
    for at in places:
        if not _value_may_be_at(split, pattern, text, rule, source, at, end):
            continue
        if _timed(split.left.fullmatch, pattern, text, rule, source, opening, at, _timeout(opening, at)):
            found = _value_at(split, pattern, text, rule, source, opening, at, end)
            if found is not None:
                return found
    return None


def _value_may_be_at(split, pattern, text: str, rule, source, at: int, end: int) -> bool:
    """Whether a value may be read at `at`, as far as is worth knowing before a pattern's words
    are matched up to it. The first pattern to ask is told yes: whether its words end there is
    its own question, and cheaper than reading a value. A second asks the grammar, whose reading
    is kept for all the rules: with 200 rules at 10 MB, 27,600 of the 39,700 matches of words up
    to a place (tens of microseconds each, a gap's words longer) were where no value stood."""
    reads = _reads_of(text)
    key = (split.value, at, end)
    if key in reads.values:
        return reads.values[key] is not None
    if key not in reads.asked:
        reads.asked.add(key)
        return True
    return _grammar_match(split.value, split.opening, pattern, text, rule, source, at, end) is not None


def _may_start(split, text: str, at: int, end: int) -> bool:
    """Whether the grammar's opening lookahead holds at `at`: where it fails, the grammar fails too."""
    return split.opening is None or split.opening.match(text, at, end) is not None


class _HeadThenEnd:
    """A whole pattern matched as its head, then the optional group that ends it (see
    Pattern.optional_end), answering `match` and `search` as its regex does. What the head reads
    is kept for the source's other patterns with that head."""

    __slots__ = ("head", "end")

    def __init__(self, ending):
        self.head, self.end = ending.head, ending.end

    def match(self, text: str, pos: int, endpos: int, timeout: float | None = None) -> PartsMatch | None:
        return self._ended(text, self._head_read(self.head.match, text, pos, endpos, timeout), endpos, timeout)

    def search(self, text: str, pos: int, endpos: int, timeout: float | None = None) -> PartsMatch | None:
        return self._ended(text, self._head_read(self.head.search, text, pos, endpos, timeout), endpos, timeout)

    @staticmethod
    def _head_read(find, text, pos, endpos, timeout):
        known = _reads_of(text).heads
        key = (find, pos, endpos)
        found = known.get(key, _UNREAD)
        if found is _UNREAD:
            found = known[key] = find(text, pos, endpos, timeout=timeout)
        return found

    def _ended(self, text, head, endpos, timeout) -> PartsMatch | None:
        if head is None:
            return None
        end = self.end.match(text, head.end(), endpos, timeout=timeout)  # empty at worst
        return PartsMatch((head.start(), end.end()), head.span("value"))


class _Reads:
    """What the value grammars read in one text, kept for every rule that asks again: rules share
    their grammars and often their words ("{count} of the", "(?:detained|arrested) {count}"), so
    they try the same places. With 200 rules at 10 MB, the count grammar was tried 65,000 times
    right after a pattern's words, at 6,600 places, and where a value may open was tested
    780,000 times, at 77,000 places."""

    __slots__ = ("text", "values", "asked", "openings", "endings", "heads", "searches")

    def __init__(self, text: str):
        self.text = text
        self.values: dict = {}  # (grammar, at, end) -> its match there, or None
        self.asked: set = set()  # see _value_may_be_at
        self.openings: dict = {}  # see _openings
        self.endings: dict = {}  # see _values_ending_at
        self.heads: dict = {}  # see _HeadThenEnd
        self.searches: dict = {}  # see _searched


_reads = _Reads("")


def _reads_of(text: str) -> _Reads:
    """What has been read in `text`, kept until another text is read (a source's rules run together)."""
    global _reads
    reads = _reads
    if reads.text is not text:
        reads = _reads = _Reads(text)
    return reads


_UNREAD = object()


def _grammar_match(grammar, opening, pattern, text: str, rule, source, at: int, end: int):
    """The value grammar's match at `at`, the text read up to `end`; None where it reads nothing
    (at once where `opening`, the lookahead it opens with, fails: see Split.opening). Held to
    the time limit of _timed, as `pattern`'s searches are: the text is the article's."""
    known = _reads_of(text).values
    key = (grammar, at, end)
    found = known.get(key, _UNREAD)
    if found is _UNREAD:
        opens = opening is None or opening.match(text, at, end) is not None
        found = known[key] = _timed(grammar.match, pattern, text, rule, source, at, end, _timeout(at, end)) if opens else None
    return found


def _openings(split, text: str, start: int, stop: int, end: int, most: int | None = None) -> list[int]:
    """Of the places in text[start:stop] where a value may start (the first `most`), those where
    the grammar's opening holds, the text read up to `end`."""
    known = _reads_of(text).openings
    key = (split.opening, start, stop, end, most)
    found = known.get(key)
    if found is None:
        places = [place.start() for place in islice(_VALUE_START.finditer(text, start, stop), most)]
        found = known[key] = [at for at in places if _may_start(split, text, at, end)]
    return found


def _values_ending_at(split, pattern, text: str, rule, source, start: int, end: int, paragraph_end: int):
    """Each value the grammar reads that ends right at `end`, from the last VALUE_WORDS places
    in text[start:end] where one may start, leftmost first ("nearly 30" before "30"), with the
    grammar's reading there with the paragraph (to `paragraph_end`) to read on in. Found as they
    are asked for, and kept: another pattern with this grammar and these words asks again."""
    known = _reads_of(text).endings
    key = (split.value, start, end, paragraph_end)
    if key not in known:  # [places not yet tried, values found]
        known[key] = [[place.start() for place in _VALUE_START.finditer(text, start, end)][-VALUE_WORDS:][::-1], []]
    untried, found = known[key]
    given = 0
    while given < len(found) or untried:
        if given == len(found):
            at = untried.pop()
            value = (_timed(split.value.match, pattern, text, rule, source, at, end, _timeout(at, end))
                     if _may_start(split, text, at, end) else None)
            if value is not None and value.end() == end:
                found.append((value, _grammar_match(split.value, split.opening, pattern, text, rule, source, at,
                                                    paragraph_end)))
            continue
        yield found[given]
        given += 1


def _value_at(split, pattern, text, rule, source, opening: int, at: int, end: int) -> PartsMatch | None:
    value = _grammar_match(split.value, split.opening, pattern, text, rule, source, at, end)
    if value is None:
        return None
    after = _after(split, pattern, text, rule, source, value, end)
    if after is False:
        return None
    return PartsMatch((opening, after.end() if after else value.end()), value.span())


def _from_the_right(split, pattern, text, rule, source, paragraphs, start, end, starts=None):
    """A pattern that opens with its value: find the words after it first, then the value
    that ends just before them, the longest first (a grammar tried everywhere is slow)."""
    reached = start
    for words in _in_paragraphs(split.right_core, pattern, text, rule, source, paragraphs, start, end, starts):
        paragraph_start, paragraph_end = paragraphs.around(words.start())
        floor = max(reached, paragraph_start)
        value_end = words.start()
        if split.space_before_right:
            value_end = len(text[floor:value_end].rstrip()) + floor
            if value_end == words.start():
                continue  # the pattern wants white space between the value and the words
        if split.past_a_conversion and (conversion := _CONVERSION_BEFORE.search(text, floor, value_end)):
            value_end = conversion.start()  # the sum before its conversion: "about $50m (£38m) a day"
        for value, free in _values_ending_at(split, pattern, text, rule, source, max(floor, value_end - VALUE_REACH),
                                             value_end, paragraph_end):
            at = value.start()  # leftmost first: "nearly 30" before "30"; `free`, the reading the whole pattern tries first
            if (free is not None and free.end() > value_end
                    and _timed(split.right.match, pattern, text, rule, source, free.end(), paragraph_end,
                               _timeout(free.end(), paragraph_end))):
                break  # the whole pattern takes the longer value; a later hit of the words serves it
            if (free is not None and free.end() > value_end
                    and not _the_whole_reads(pattern, text, rule, source, (at, value_end), paragraph_end)):
                continue  # the words would cut the value short, as the whole pattern never does: see rules.held_value
            if (free is None or free.end() != value_end) and text[value_end: value_end + 1].isalnum():
                continue  # the value only fits because the search was cut off in the middle of a word
            yield PartsMatch((value.start(), words.end()), value.span())
            reached = words.end()
            break


_CONVERSION_BEFORE = pattern_cache.compile(rf"{CONVERSION}$")


def _the_whole_reads(pattern: Pattern, text: str, rule: Rule, source: Source, value: tuple[int, int],
                     paragraph_end: int) -> bool:
    """Does the whole pattern read `value` (a span) where the value would read on past its end?
    Only where its words may take back the rest (see rules.held_value), and where the grammar
    reads that shorter value with the text after it in sight, as a search cut off at its end
    does not: "a third" of "a third of a percentage point" is none."""
    start = value[0]
    whole = _timed(pattern.regex.match, pattern, text, rule, source, start, paragraph_end, _timeout(start, paragraph_end))
    return whole is not None and whole.span("value") == value


def _after(split, pattern, text, rule, source, value, end):
    """The words after the value: None when the pattern has none, False when they are missing."""
    if split.right is None:
        return None
    return _first(split.right, pattern, text, rule, source, value.end(), end, anchored=True) or False


def _first(compiled, pattern, text, rule, source, start, end, anchored=False, starts=None):
    """The first match in text[start:end] (at `start` itself when anchored); with `starts`, the
    first that begins at one of them, which is the same where matches begin nowhere else."""
    if starts is not None and not anchored:
        return next(_bounded(compiled, pattern, text, rule, source, start, end, starts), None)
    if anchored:
        return _timed(compiled.match, pattern, text, rule, source, start, end, _timeout(start, end))
    return _searched(compiled, pattern, text, rule, source, start, end)


def _searched(compiled, pattern, text, rule, source, start, end):
    """The first match of `compiled` in text[start:end], kept for the source's other patterns: the
    words before a value are often the same in many rules ("on {date}"), each searched for from
    each place the last was found, so with 200 rules at 10 MB 155,000 searches were 16,000."""
    known = _reads_of(text).searches
    key = (compiled.pattern, compiled.flags, start, end)
    found = known.get(key, _UNREAD)
    if found is _UNREAD:
        found = known[key] = _timed(compiled.search, pattern, text, rule, source, start, end, _timeout(start, end))
    return found


def _timed(find, pattern: Pattern, text: str, rule: Rule, source: Source, start: int, end: int, timeout: float):
    """find(text, start, end) with a time limit: a pattern that backtracks catastrophically is
    named, never hangs. A search that times out is tried once more before the pattern is blamed:
    a one-off stall is no catastrophe (a property test saw a short text time out on its first
    call only, in a full test run), and a pattern that backtracks times out again."""
    try:
        return find(text, start, end, timeout=timeout)
    except TimeoutError:
        pass
    try:
        return find(text, start, end, timeout=timeout)
    except TimeoutError:
        raise _too_slow(pattern, rule, source, timeout) from None


def _timeout(start: int, end: int) -> float:
    return MATCH_TIMEOUT_SECONDS * max(1.0, (end - start) / 1_000_000)  # per megabyte scanned


def _in_paragraphs(compiled, pattern: Pattern, text: str, rule: Rule, source: Source, paragraphs: "Paragraphs",
                   start: int, end: int, starts: list[int] | None = None):
    """The matches of `compiled` in text[start:end], each paragraph searched on its own: a
    match never runs across a blank line, and one that would does not hide a shorter one
    inside its paragraph."""
    first = max(0, bisect.bisect_right(paragraphs.starts, start) - 1)
    for paragraph_start, paragraph_end in islice(paragraphs.spans, first, None):
        if paragraph_start >= end:
            return
        if paragraph_end > start:
            yield from _bounded(compiled, pattern, text, rule, source, max(start, paragraph_start),
                                min(end, paragraph_end), starts)


def _bounded(compiled, pattern: Pattern, text: str, rule: Rule, source: Source, start: int, end: int,
             starts: list[int] | None = None):
    """The matches in text[start:end] that do not overlap, each under the time limit of _timed.
    With `starts`, matches are tried there alone, in order, each after the last match's end."""
    timeout = _timeout(start, end)
    if starts is None:
        while (found := _timed(compiled.search, pattern, text, rule, source, start, end, timeout)) is not None:
            yield found
            start = max(found.end(), found.start() + 1)  # past an empty match, as finditer goes
        return
    for at in starts[bisect.bisect_left(starts, start): bisect.bisect_left(starts, end)]:
        if at >= start and (found := _timed(compiled.match, pattern, text, rule, source, at, end, timeout)) is not None:
            yield found
            start = found.end()


def _too_slow(pattern: Pattern, rule: Rule, source: Source, timeout: float) -> InputError:
    return InputError(f"pattern '{pattern.text}' took over {timeout:.0f} s on {source.path}: it backtracks "
                      "catastrophically", rule.path, pattern.line,
                      hint="avoid nested repeats such as (a+)+ and unbounded gaps; use ' ... ' for word gaps")


class _Longest:
    """Observations that do not overlap, the longest reading kept where two do, unless one
    pattern writes as its own words what the other reads (see _outweighs).

    Kept sorted by start; as they never overlap, they are sorted by end too, so the ones a
    new reading overlaps sit side by side and bisection finds them (an article with
    thousands of values must not cost thousands squared)."""

    def __init__(self):
        self.observations: list[Observation] = []
        self._ends: list[int] = []
        self._words: list[tuple[int, int]] = []  # where each observation's whole match starts and ends

    def offer(self, new: Observation, words_start: int, words_end: int) -> None:
        first = bisect.bisect_right(self._ends, new.start)  # the first that ends after new starts
        last = first
        while last < len(self.observations) and self.observations[last].start < new.end:
            if _outweighs(self.observations[last], self._words[last], new, (words_start, words_end)):
                return  # an overlapping reading that wins is already kept
            last += 1
        self.observations[first:last] = [new]
        self._ends[first:last] = [new.end]
        self._words[first:last] = [(words_start, words_end)]


def _outweighs(kept: Observation, kept_words: tuple[int, int], new: Observation, new_words: tuple[int, int]) -> bool:
    """Does the reading kept win over a new one that overlaps it? Where one pattern writes as its
    own words the text the other reads as the opening of the same value ('over {money} claim' and
    '{money} claim' in "seized over $916m claim"), or as its closing ('at {time} ET' and 'at
    {time}' in "at 11:30 a.m. ET", where the rule's unit says which ET), its reading wins: the
    author said what that word is there. Else the longer, and on a tie the one kept first."""
    if _writes_the_opening(kept, kept_words[0], new) or _writes_the_closing(kept, kept_words[1], new):
        return True
    if _writes_the_opening(new, new_words[0], kept) or _writes_the_closing(new, new_words[1], kept):
        return False
    return kept.end - kept.start >= new.end - new.start


def _writes_the_opening(one: Observation, words_start: int, other: Observation) -> bool:
    """Does `one`'s match take as words what `other` reads before the same value's end?"""
    return one.end == other.end and words_start <= other.start < one.start


def _writes_the_closing(one: Observation, words_end: int, other: Observation) -> bool:
    """Does `one`'s match take as words what `other` reads after the same value's start?"""
    return one.start == other.start and one.end < other.end <= words_end


# The searched text carries soft hyphens where the article had format characters inside words.
# A part of a whole: "all but one of the 33", "three of the five" (see _resolve_partitive)
# (a number may carry its digits in brackets, as legal texts write it: "one (1) of the three (3)")
_PARTITIVE_START = pattern_cache.compile(r"all[\s\u00ad]+but\b|\w[\w-]*(?:[\s\u00ad]*\(\d[\d,]*\))?"
                                         rf"(?:[\s\u00ad]+\w[\w-]*)*?[\s\u00ad]+{transparent(WHOLE_OF)}",
                                         flags=regex.IGNORECASE)


# "under a decade-long sentence", "over a year-long inquiry": the value is an adjective there,
# and the word before it a preposition, no "fewer than" or "more than".
_PREPOSITION_BEFORE_AN_ADJECTIVE = pattern_cache.compile(r"(?:under|over|below|above)[\s\u00ad]+(?=an?\b)", flags=regex.IGNORECASE)
_GLUED_HYPHEN = pattern_cache.compile(r"-(?:long|old|strong|wide|year|month|week|day|hour)\b", flags=regex.IGNORECASE)
# "over" after a word of cause is "in connection with", as British headlines write it: "five held
# over £76m jewel raid", "driver charged over three deaths"; the figure is the raid's, no hedge.
# After a noun of cause or a verb that takes no object ("protests over", "resigns over") always;
# after a verb that takes one, right before "over" or past its object ("Egypt impounds ship over
# $916m claim"), only where the figure names what the verb is over, not what or whom it acts on:
# "Police detained over 300 protesters" is more than 300, "seized over $916m in cash" more than
# $916m (see _over_a_cause).
CAUSE_NOUNS = ("protest", "protests", "protested", "protesting", "row", "rows", "rowed", "rowing", "fury", "anger",
               "outrage", "concern", "concerns", "fear", "fears", "clash", "clashes", "clashed", "clashing", "dispute",
               "disputes", "lawsuit", "lawsuits", "inquiry", "probe", "strike", "strikes", "striking", "walkout",
               "spat", "feud", "rift", "uproar", "backlash", "furore", "furor",
               "scandal", "resigns", "resigned", "quits", "apologises", "apologised", "apologizes",
               "apologized")


def _verb_forms(*stems: str) -> tuple[str, ...]:
    """Each regular verb as a headline or a report writes it: "seize", "seizes", "seized", "seizing"."""
    def forms(stem: str) -> tuple[str, ...]:
        s = stem + ("es" if stem.endswith(("s", "sh", "ch", "x", "z")) else "s")
        return stem, s, stem + ("d" if stem.endswith("e") else "ed"), (stem[:-1] if stem.endswith("e") else stem) + "ing"
    return tuple(form for stem in stems for form in forms(stem))


CAUSE_VERBS = _verb_forms("arrest", "detain", "jail", "charge", "fine", "sue", "seize", "impound", "question", "sack",
                          "convict", "investigate", "blame", "criticise", "criticize", "condemn", "accuse", "indict",
                          "prosecute", "censure", "sanction", "penalise", "penalize", "punish", "suspend", "summon",
                          "reprimand", "rebuke", "confiscate") + (
    "probes", "probed", "probing", "hold", "holds", "held", "holding", "quiz", "quizzes", "quizzed", "quizzing",
    "grill", "grills", "grilled", "grilling", "slam", "slams", "slammed", "slamming", "cleared", "acquitted",
    "ban", "bans", "banned", "banning", "expel", "expels", "expelled", "expelling")
# Right before "over", only a past form: "fines over $5m apply" and "holds over $5bn assets" are
# more than that, a noun or a verb of having; "Egypt fines firm over $5m fraud" is past its object.
CAUSE_PASTS = tuple(verb for verb in CAUSE_VERBS if verb.endswith("ed")) + ("held",)
_OVER = pattern_cache.compile(r"over[\s\u00ad]+", flags=regex.IGNORECASE)
_AFTER_A_CAUSE_NOUN = pattern_cache.compile(rf"(?<=\b(?:{'|'.join(CAUSE_NOUNS)})[\s\u00ad]+)", flags=regex.IGNORECASE)
_AFTER_A_CAUSE_VERB = pattern_cache.compile(rf"(?<=\b(?:{'|'.join(CAUSE_PASTS)})[\s\u00ad]+)",
                                            flags=regex.IGNORECASE)
_A_CAUSE_VERB = pattern_cache.compile(rf"\b(?:{'|'.join(CAUSE_VERBS)})\b", flags=regex.IGNORECASE)
# The object between a verb of cause and "over": a few words, an aside between commas skipped ("Ever
# Given, the ship that blocked the Suez Canal,"); not a clause of its own ("arrested the man who
# stole over $5m"), a figure's own words ("seized drugs worth over $5m") or a sentence's end.
_AN_ASIDE = pattern_cache.compile(r",[^,]*,")
_AN_OBJECT = pattern_cache.compile(
    r"[\s\u00ad]*(?:(?!(?:who|whom|whose|which|that|when|while|after|before|because|as|and|or|but|than|worth|"
    r"to|is|was|were|are|has|had|have)\b)[\w’'&$£€%.-]+[\s\u00ad]+){1,6}"
    r"(?<!\b(?:of|for|at|to|by|with|from|in|on|into|about|the|a|an)[\s\u00ad]+)",
    flags=regex.IGNORECASE)
_A_CLAUSE_END = pattern_cache.compile(r"[.;:!?\n]")
CAUSE_VERB_REACH = 160  # characters: a verb, an object of six words and an aside


def _after_a_cause_verb_and_its_object(text: str, over: int) -> bool:
    """Does the "over" at text[over] follow a verb of cause and its object ("Egypt impounds ship over")?"""
    verbs = list(_A_CAUSE_VERB.finditer(text, max(0, over - CAUSE_VERB_REACH), over))
    if not verbs:
        return False
    between = _AN_ASIDE.sub(" ", text[verbs[-1].end():over])
    return _A_CLAUSE_END.search(between) is None and _AN_OBJECT.fullmatch(between) is not None


# What a count of a cause counts: "charged over three deaths", "jailed over two murders".
EVENT_NOUNS = ("death", "deaths", "killing", "killings", "murder", "murders", "fatalities", "attack", "attacks",
               "assault", "assaults", "rape", "rapes", "crash", "crashes", "fire", "fires", "shooting", "shootings",
               "stabbing", "stabbings", "robbery", "robberies", "raid", "raids", "theft", "thefts", "offence", "offences",
               "offense", "offenses", "crime", "crimes", "incident", "incidents", "collapse", "collapses")
# A figure an adjective of its noun: "£76m royal jewel raid", "$2bn fraud" (not "£1m for", "£1m in
# fines", "$5m worth of", "$5m yesterday").
_NOUN_AFTER = pattern_cache.compile(
    r"[\s\u00ad]+(?P<word>[a-z][\w-]*)\b(?<!\b(?:for|in|of|to|from|on|at|by|with|after|before|over|and|or|but|as"
    r"|last|this|next|a|an|the|each|per|since|until|when|while|which|who|that|so|than|ago|is|was|were|are|had|has"
    r"|worth|yesterday|today|tonight|overnight|now|earlier|later|already|previously|more|less|plus|apiece|overall"
    r"|altogether|combined|total))",
    flags=regex.IGNORECASE)


def _over_a_cause(text: str, start: int, end: int, kind: str):
    """The "over " that opens text[start:end] where it names a cause, not a figure's excess."""
    over = _OVER.match(text, start, end)
    if over is None:
        return None
    if _AFTER_A_CAUSE_NOUN.match(text, start):
        return over
    if not (_AFTER_A_CAUSE_VERB.match(text, start) or _after_a_cause_verb_and_its_object(text, start)):
        return None
    after = _NOUN_AFTER.match(text, end)
    if after is None:
        return None
    if kind == "amount":  # "held over £76m jewel raid": the figure makes an adjective of the raid's
        return over
    return over if after["word"].lower() in EVENT_NOUNS else None


# A hedge the pattern wrote before its placeholder ("at least {count} protesters", "detained
# some {count} people", a verb that states a side of the figure: "toll (?:tops|nears) {count}")
# is the article's too: the value is read with it, as the placeholder reads it where the
# pattern leaves it to it. Not words that are as often a preposition or part
# of a verb, which the author wrote as such: "talks over {duration}" were held over three days,
# "lines around {percent} of its perimeter", "edged up to {percent}", and "convene within
# {duration}" asks for the deadline's own figure. (The longest first: "more than", not "than".)
# Those are hedges where a figure's place is before them, after a preposition or a verb "to be":
# "costs of up to {money}", "sentenced to up to", "a crowd of over", "by around", "was over";
# and "up to" wherever "up" is no verb's particle ("offers up to {money}", not "edged up to").
PREPOSITIONS_AMONG_HEDGES = ("over", "under", "above", "below", "around", "up to", "close to", "within")
_BEFORE_A_FIGURE = r"of|to|by|with|for|at|from|is|are|was|were|be|been|being"
_VERBS_WITH_UP = (rf"{CHANGE_VERBS}|add\w*|edg\w*|tick\w*|cre(?:ep|pt)\w*|mov\w*|inch\w*|sho(?:ot|t)\w*|push\w*"
                  r"|ramp\w*|step\w*|bump\w*|pick\w*|sp(?:eed|ed)\w*|head\w*|round\w*|notch\w*|scal\w*|buil\w*")
# "The union speaks about 34 farms": after a verb of speech or thought, "about" is a preposition.
SPEECH_VERBS = ("speak", "speaks", "spoke", "speaking", "talk", "talks", "talked", "talking", "write", "writes",
                "wrote", "writing", "know", "knows", "knew", "ask", "asks", "asked", "think", "thinks", "thought",
                "hear", "heard", "learn", "learned", "learnt", "complain", "complains", "complained", "warn", "warns",
                "warned", "care", "cares", "worry", "worries", "worried")


_SPACES = r"[\s\u00ad]+"  # white space in searched text, a moved format character maybe among it


def _hedges(words) -> str:
    """An alternation of hedges as searched text writes them ("more than", a soft hyphen maybe between);
    a verb that states a side of a figure only after a tally's noun ("the toll passed") only there."""
    words = set(words)
    tally = words & TALLY_VERB_WORDS
    plain = alternation(words - tally, space=_SPACES)
    return f"{plain}|{after_a_tally(tally, _SPACES)}" if tally else plain


_HEDGE_WRITTEN_BEFORE = pattern_cache.compile(  # (not after "no" or "not": "no fewer than 5" is at least 5)
    r"(?<![\w-])(?<!\b(?:no|not|nor)[\s\u00ad]+)"
    rf"(?<!\b(?:{'|'.join(SPEECH_VERBS)})[\s\u00ad]+(?=about\b))"
    rf"(?:{_hedges(w for w in PREFIX_QUALIFIERS if w not in PREPOSITIONS_AMONG_HEDGES)}"
    rf"|(?<=\b(?:{_BEFORE_A_FIGURE})[\s\u00ad]+)(?:{alternation(PREPOSITIONS_AMONG_HEDGES, space=_SPACES)})"
    rf"|(?<!\b(?:{_VERBS_WITH_UP})[\s\u00ad]+)up{_SPACES}to)[\s\u00ad]+$",
    flags=regex.IGNORECASE)
HEDGE_LOOKBACK = 30  # characters: the longest hedge ("an approximate", "no fewer than"), with room for spaces
# A time's hedges are its own ("shortly after {time}"), and "around" before a time is always one.
_TIME_HEDGE_WRITTEN_BEFORE = pattern_cache.compile(rf"(?<![\w-])(?:{_hedges(TIME_HEDGES)})[\s\u00ad]+$",
                                                   flags=regex.IGNORECASE)


# A share of a whole written before a pattern that opens with its count: "half of the country's
# 140,000 teachers walked out" says how many of them, and {count} teachers walked out would read
# the whole; so it reads nothing there (a pattern that writes the share, 'half of the {count}', asks
# for the whole). So does a ratio: "one in 13 of the 2,814 passengers", "nine out of ten of the".
_A_NUMBER = rf"(?:\d[\d,.]*|{NUMBER_WORD}(?:-\w+)?)\b"
_A_RATIO = rf"{_A_NUMBER}[\s\u00ad]+(?:in|out[\s\u00ad]+of)[\s\u00ad]+"
_A_SHARE_OF_BEFORE = pattern_cache.compile(
    r"(?:\b(?:half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?|most|the\s+majority|many|some|a\s+fraction)"
    rf"|\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent|pct?\b|p\.c\.)|\b{_A_RATIO}{_A_NUMBER})"
    r"[\s\u00ad]+of[\s\u00ad]+(?:the|its|their|all|[\w’'-]+[’']s?)(?:[\s\u00ad]+[\w’'-]+){0,2}[\s\u00ad]+$",
    flags=regex.IGNORECASE)
SHARE_LOOKBACK = 80  # characters
# Neither number of a ratio is a count: the grammar reads none after "one in" (values'
# _NOT_AFTER_RATIO), but a part of a whole it does ("13 of the 2,814" in "one in 13 of the 2,814
# passengers"). (These look at the text before a match, as the share above does: extraction's
# work, where values' partitives read the words of the value itself.)
_AFTER_A_RATIO = pattern_cache.compile(rf"\b{_A_RATIO}$", flags=regex.IGNORECASE)
RATIO_LOOKBACK = 40  # characters: "seventy-seven out of  "


# A scale abbreviation that only a sum's figure reads (values.SUM_ONLY_ABBREVIATIONS) right after a
# figure read without it: "3.5 tr" is no bare 3.5, so nothing is read there.
_A_SUM_SCALE_AFTER = pattern_cache.compile(
    rf"(?:[\s\u00ad]|-(?=\pL\pL))?(?:{alternation(SUM_ONLY_ABBREVIATIONS)})\b", flags=regex.IGNORECASE)


def sum_scale_after(text: str, end: int) -> str | None:
    """The scale abbreviation only a sum reads ("tr") right after a figure that ends at `end`, if any."""
    found = _A_SUM_SCALE_AFTER.match(text, end)
    return found.group().strip(" -\u00ad\t\n") if found else None


def _observe(source: Source, text: str, rule: Rule, index: int, match, paragraphs: Paragraphs,
             starts: list[int] | None = None) -> Observation | None:
    """The observation a pattern's match makes, if any. `starts`, where given, are where the
    pattern's search may start (see _pattern_matches)."""
    start, end = match.span("value")
    if sum_scale_after(text, end):
        return None
    if rule.kind == "count" and (
            (start == match.start() and _A_SHARE_OF_BEFORE.search(text, max(0, start - SHARE_LOOKBACK), start))
            or _AFTER_A_RATIO.search(text, max(0, start - RATIO_LOOKBACK), start)):
        return None
    if rule.kind != "date" and _inside_a_refused_reading(source, rule, index, text, match.start(), (start, end),
                                                         paragraphs):
        return None
    if _GLUED_HYPHEN.match(text, end):  # an adjective: "under" before it is a preposition, no hedge
        if preposition := _PREPOSITION_BEFORE_AN_ADJECTIVE.match(text, start, end):
            start = preposition.end()
    elif cause := _over_a_cause(text, start, end, rule.kind):
        start = cause.end()
    elif rule.kind != "date" and start > match.start():
        start = _with_the_hedge_written_before(source, rule, text, match.start(), start, end)
    if rule.kind not in ("date", "time"):
        end = _with_the_hedge_written_after(source, rule, text, start, end, match.end())
    if (change := _the_level_reached(source, rule, index, text, start, end, match.end(), paragraphs)) is not None:
        (start, end), said = change
    if rule.kind == "count" and _PARTITIVE_START.match(text, start, end):
        if (resolved := _resolve_partitive(source, rule, index, text, match, paragraphs, starts)) is None:
            return None
        start, end, match = resolved
    span = (match.start(), max(match.end(), end))
    raw = source.text[start:end]
    value = _read(source, rule, start, end)
    if value is not None and change is not None:
        value = _with_step(value, said)
    if value is None:
        two = _TWO_VALUES.match(raw)  # "25 basis points to 4.75%": a change, then a level
        if two is None:
            return None  # the finder was broader than the reader: not a value after all
        # Across a dash, the one nearer the pattern's words: "crew of {count}" reads 4 in "a crew
        # of 4 - 3 Colombians", "{duration} faster" 23 seconds in "in 2:00:12 – 23 seconds faster".
        one = "second" if two["join"] in "-–" and match.end() > end else "first"
        start, end = start + two.start(one), start + two.end(one)
        if (value := _read(source, rule, start, end)) is None:
            return None
        raw = two[one]
    if rule.kind != "date" and value.is_point:
        if (whole := _the_whole_range(source, rule, index, text, start, end, value, paragraphs)) is not None:
            start, value = whole
            raw = source.text[start:end]
        else:
            value = _with_the_hedge_it_converts(source, rule, text, start, end, value, raw)
            value = _with_the_verb_past_a_mark(source, rule, text, start, end, value, raw)
            if (verb := _the_tally_verb_before(source, rule, text, start, end, value)) is not None:
                start, value = verb
                return make_observation(source, rule.id, index, value, source.text[start:end],
                                        (min(start, span[0]), span[1]), start, end)
    return make_observation(source, rule.id, index, value, raw, span, start, end)


def _inside_a_refused_reading(source: Source, rule: Rule, index: int, text: str, match_start: int,
                              value: tuple[int, int], paragraphs: Paragraphs) -> bool:
    """Does the value at text[start:end] (`value`) lie inside a longer reading its placeholder
    makes from further left, a hedge or a range ("some 27,000", "between $540 million and $1.08 billion"),
    that the pattern refused? The placeholder reads the longer one where it can, so it left it
    out only where the pattern refused it, as '(?<!when ){count} machinists' does "when some
    27,000 Machinists", or 'losses ... (?<!insured losses of ){money}' "insured losses of
    between $540 million and": the bare number or the range's end is refused too, or the
    look-behind would be passed by reading part of what it refused. Where the pattern opens with
    its value, any reading further left was refused; after its words, one where the words could
    end but for the look-behinds written before the placeholder. An exact reading is no such
    one: "the last four of the twelve boys" is a part of a whole that a pattern may read.
    (Where the placeholder reads no longer value, "under a decade-long sentence", the value stands.)"""
    start, end = value
    pattern = rule.patterns[index]
    if start == match_start:
        floor = paragraphs.around(start)[0]
    elif (words := pattern.words_unguarded) is None:
        return False
    else:
        floor = match_start
    grammar = pattern.split.value if pattern.split else grammar_regex(pattern.value_grammar)
    opening = pattern.split.opening if pattern.split else None
    places = [place.start() for place in _VALUE_START.finditer(text, max(floor, start - VALUE_REACH), start)]
    for at in places[-VALUE_WORDS:]:
        if start > match_start and not _timed(words.fullmatch, pattern, text, rule, source, match_start, at,
                                              _timeout(match_start, at)):
            continue
        longer = _grammar_match(grammar, opening, pattern, text, rule, source, at, len(text))
        if (longer is not None and longer.end() >= end
                and (read := _read(source, rule, at, longer.end())) is not None and read.qualifier != "exact"):
            return True
    return False


def _with_the_hedge_written_before(source: Source, rule: Rule, text: str, match_start: int, start: int, end: int) -> int:
    """Where the value starts with the hedge the pattern wrote before it, if it reads so."""
    written = _TIME_HEDGE_WRITTEN_BEFORE if rule.kind == "time" else _HEDGE_WRITTEN_BEFORE
    hedge = written.search(text, max(match_start, start - HEDGE_LOOKBACK), start)
    if hedge is None or _read(source, rule, hedge.start(), end) is None:
        return start
    return hedge.start()


_HEDGE_WRITTEN_AFTER = pattern_cache.compile(rf"[\s\u00ad]+(?:{alternation(SUFFIX_QUALIFIERS, space=_SPACES)})\b",
                                             flags=regex.IGNORECASE)


def _with_the_hedge_written_after(source: Source, rule: Rule, text: str, start: int, end: int, match_end: int) -> int:
    """Where the value ends with the hedge the pattern wrote after it ("{count} or more people"),
    if it reads so (see rules.held_short_of_a_hedge)."""
    hedge = _HEDGE_WRITTEN_AFTER.match(text, end, match_end)
    if hedge is None or _read(source, rule, start, hedge.end()) is None:
        return end
    return hedge.end()


# "The death toll rose from 3,958 to 4,014": after a verb of change, "from … to" names the level
# a figure left and the one it reached, no range, and the figure is the level reached. The
# placeholder reads "from 3,958 to 4,014" as the range it is elsewhere ("from 3,958 to 4,014
# people"), or the earlier level alone where the later one is hedged ("rose from about 3,900 to
# more than 4,000"); the value is the level reached, quoted alone, as `rose ... to {count}` quotes
# it. A pattern that writes "from" before its placeholder asks for the earlier level: `rose from
# {count}` reads 3,958. (The verb maybe with two words after it: "was revised up from", "rose
# sharply from", "rose by 56 from". A date's or a time's "from … to" stays a window.)
_A_CHANGE_THEN = (rf"(?<![\w-])(?:{CHANGE_VERBS}|up|down)(?:[\s\u00ad]+(?:[\p{{L}}’'-]+|\d[\d,.]*%?)){{0,2}}"
                  r"[\s\u00ad]+")
_FROM_AFTER_A_CHANGE = pattern_cache.compile(rf"(?<={_A_CHANGE_THEN})from[\s\u00ad]+", flags=regex.IGNORECASE)
_RIGHT_AFTER_A_CHANGES_FROM = pattern_cache.compile(rf"(?<={_A_CHANGE_THEN}from[\s\u00ad]+)",
                                                     flags=regex.IGNORECASE)
# (a place inside the level a figure changed from: "rose from three thousand to", "cut from $5 million to")
_INSIDE_THE_LEVEL_CHANGED_FROM = pattern_cache.compile(
    rf"(?<={_A_CHANGE_THEN}from[\s\u00ad]+(?:(?!to\b)\S+[\s\u00ad]+){{0,3}}[^\s\d]*)", flags=regex.IGNORECASE)
_EARLIER_THEN_REACHED = pattern_cache.compile(r"(?P<earlier>.*?\S)[\s\u00ad]+to[\s\u00ad]+(?P<reached>\S.*)",
                                              flags=regex.IGNORECASE | regex.DOTALL)
_TO_AFTER = pattern_cache.compile(r"[\s\u00ad]+to[\s\u00ad]+", flags=regex.IGNORECASE)
_WRITES_FROM_BEFORE = pattern_cache.compile(r"\bfrom(?: |\\s[+*]?)$", flags=regex.IGNORECASE)  # "rose from {count}"
# "The death toll rose by 56 to 4,014": "by … to" after a verb of change names the change and the
# level reached, where the placeholder reads "56 to 4,014" as a range. It stays a range where its
# first figure is at least half its second and below it ("prices rose by 5 to 10 percent"): a
# rise is written small beside the level it reaches ("rose by 0.2 to 3.9%"), a fall bigger ("fell
# by 3,000 to 1,000"). `rose by {count}` asks for the change.
_RIGHT_AFTER_A_CHANGES_BY = pattern_cache.compile(
    rf"(?<=(?<![\w-])(?:{CHANGE_VERBS}|up|down)(?:[\s\u00ad]+[\p{{L}}’'-]+)?[\s\u00ad]+by[\s\u00ad]+)",
    flags=regex.IGNORECASE)
_WRITES_BY_BEFORE = pattern_cache.compile(r"\bby(?: |\\s[+*]?)$", flags=regex.IGNORECASE)  # "rose by {count}"


def _the_level_reached(source: Source, rule: Rule, index: int, text: str, start: int, end: int, match_end: int,
                       paragraphs: Paragraphs) -> tuple[tuple[int, int], str] | None:
    """((start, end), why) of the level a figure reached, where the placeholder read at
    text[start:end] the level it changed from or the change, alone or as a range's first end
    ("rose from 3,958 to 4,014", "rose by 56 to 4,014": 4,014), or of what the pattern asks for
    where it writes "from" or "by" before its placeholder; else None."""
    if rule.kind in ("date", "time"):
        return None
    by = _RIGHT_AFTER_A_CHANGES_BY.match(text, start) is not None
    opens = None if by else _FROM_AFTER_A_CHANGE.match(text, start, end)
    if not by and opens is None and _RIGHT_AFTER_A_CHANGES_FROM.match(text, start) is None:
        return None
    pattern = rule.patterns[index]
    writes_before = _WRITES_BY_BEFORE if by else _WRITES_FROM_BEFORE
    asked = writes_before.search(placeholder_sides(pattern.text)[0]) is not None
    both = _EARLIER_THEN_REACHED.fullmatch(text, opens.end() if opens else start, end)
    if both is not None:
        if by and not _a_change_beside_its_level(source, rule, both):
            return None
        level = both.span("earlier" if asked else "reached")
    elif not asked and match_end == end and (to := _TO_AFTER.match(text, end)):  # "from about 3,900", then "to"
        grammar = pattern.split.value if pattern.split else grammar_regex(pattern.value_grammar)
        reached = _grammar_match(grammar, pattern.split.opening if pattern.split else None, pattern, text, rule,
                                 source, to.end(), paragraphs.around(start)[1])
        if reached is None:
            return None
        level = reached.span()
    else:
        return None
    change, level_read = (" ".join(text[a:b].split()) for a, b in ((start, max(end, level[1])), level))
    if by:
        change, which = f"by {change}", "the change, as the pattern asks" if asked else "the level it reached"
    else:
        which = "the level it changed from, as the pattern asks" if asked else "the level it reached"
    return level, f"{change!r} follows a verb of change: a change, no range; {which}, {level_read!r}, is read"


def _a_change_beside_its_level(source: Source, rule: Rule, both) -> bool:
    """Whether "56 to 4,014" after "rose by" is a change and a level, not a range: its first
    figure is less than half its second, or more than it ("fell by 3,000 to 1,000"; a range is
    written rising), in the same unit."""
    change, level = (_read(source, rule, *both.span(part)) for part in ("earlier", "reached"))
    if change is None or level is None or change.unit != level.unit:
        return False
    bounds = (change.low, change.high, level.low, level.high)
    if not all(isinstance(bound, (int, float)) for bound in bounds):
        return False
    return change.high * 2 < level.low or change.low > level.high



# "New Centre ... and {count} seats" in "projects between 31 and 35 seats": the pattern's "and"
# stands inside a range, and the value it reads is only the range's second end. The whole range is
# read, as the placeholder alone reads it ("between 31 and 35", "31 to 35"). Not after "from", "by"
# or a verb of change, where "to" is the level a figure rose or fell to ("the toll rose from 12 to
# 17", "fell by 0.2% to 3.1%", "rose 3% to 4%"), which "to {count}" asks for; nor where the pattern
# writes the first end itself ('between \d+ and {count}'); nor of a date: "to {date}" reads a
# window's last day.
_A_RANGE_JOIN_BEFORE = pattern_cache.compile(r"(?<![\w-])(?:and|to)[\s\u00ad]+$", flags=regex.IGNORECASE)
_CHANGE_WORDS = rf"from|by|up|down|{CHANGE_VERBS}"
_A_CHANGE = pattern_cache.compile(rf"(?:{_CHANGE_WORDS})[\s\u00ad]+", flags=regex.IGNORECASE)
_A_CHANGE_BEFORE = pattern_cache.compile(rf"(?<![\w-])(?:{_CHANGE_WORDS})[\s\u00ad]+$", flags=regex.IGNORECASE)
_WRITES_A_FIRST_END = pattern_cache.compile(r"between|\\d|\[[^\]]*\d", flags=regex.IGNORECASE)
_INSIDE_A_WORD = pattern_cache.compile(r"(?<=\w|\d[.,])")  # "2%" in "0.2%" starts no value
JOIN_LOOKBACK = 8  # characters: "and" or "to", with room for spaces
CHANGE_LOOKBACK = 16  # characters: "decreasing", with room for spaces


def _the_whole_range(source: Source, rule: Rule, index: int, text: str, start: int, end: int, value: Value,
                     paragraphs: Paragraphs) -> tuple[int, Value] | None:
    """(where it starts, its value) of the range the value at text[start:end] is the second end
    of, where the pattern's "and" or "to" cut it out of one; else None."""
    join = _A_RANGE_JOIN_BEFORE.search(text, max(0, start - JOIN_LOOKBACK), start)
    if join is None or _WRITES_A_FIRST_END.search(placeholder_sides(rule.patterns[index].text)[0]):
        return None
    floor = max(paragraphs.around(start)[0], start - VALUE_REACH)
    places = [place.start() for place in _VALUE_START.finditer(text, floor, join.start())]
    for at in places[-VALUE_WORDS:]:  # leftmost first: "between 31 and 35" before "31 and 35"
        if (_INSIDE_A_WORD.match(text, at) or _A_CHANGE.match(text, at)
                or _A_CHANGE_BEFORE.search(text, max(floor, at - CHANGE_LOOKBACK), at)
                or _INSIDE_THE_LEVEL_CHANGED_FROM.match(text, at)):
            continue
        whole = _read(source, rule, at, end)
        if whole is not None and whole.qualifier == "range" and whole.high == value.high and whole.unit == value.unit:
            second = " ".join(source.text[start:end].split())
            return at, _with_step(whole, f"{second!r} is the second end of the range "
                                         f"{' '.join(source.text[at:end].split())!r}: the whole range is read")
    return None


# A figure in brackets right after another with a unit or a currency converts it: "some 19,550
# hectares (48,000 acres)", "about €5,000 ($5,457)". It is as rough as the figure it converts, so
# where it is bare it takes that figure's hedge ("about 48,000 acres"); a bare figure before the
# brackets leaves it as it is ("€5,000 ($5,457)"). A figure in brackets that is a part ("(120 of
# them children)") converts nothing.
_OPENING_BRACKET_BEFORE = pattern_cache.compile(r"\([\s\u00ad]*$")
_HEDGED_FIGURE_BEFORE = pattern_cache.compile(
    rf"(?<![\w-])(?P<hedge>{_hedges(PREFIX_QUALIFIERS)})[\s\u00ad]+(?P<figure>[^\s()]+(?:[\s\u00ad]+[^\s()]+){{0,7}}?)"
    r"[\s\u00ad]*$", flags=regex.IGNORECASE)
# A time's conversion takes the hedge of the time it converts as well: "shortly before 7pm local
# time (1330 GMT)" is shortly before 13:30 GMT.
_HEDGED_TIME_BEFORE = pattern_cache.compile(
    rf"(?<![\w-])(?P<hedge>{_hedges(TIME_HEDGES)})[\s\u00ad]+(?P<figure>[^\s()]+(?:[\s\u00ad]+[^\s()]+){{0,5}}?)"
    r"[\s\u00ad]*$", flags=regex.IGNORECASE)
_A_HEDGE_FIRST = pattern_cache.compile(rf"(?:{_hedges(PREFIX_QUALIFIERS)})(?![\w-])", flags=regex.IGNORECASE)
_UNIT_WORD = pattern_cache.compile(r"\p{L}[\p{L}./²³]*")
_CONVERSION_CLOSES = pattern_cache.compile(
    r"(?:[\s\u00ad]+(?!(?:of|them|whom|which|who|were|was|is|are|had|have|has|including|among|in|and|or)\b)"
    r"\p{L}[\p{L}./²³]*){0,3}[\s\u00ad]*(?:[);]|,[\s\u00ad]+or\b)", flags=regex.IGNORECASE)
CONVERSION_LOOKBACK = 80  # characters: a hedge, a number in words and a unit of two words
UNIT_WORDS = 3  # "square kilometres", "US dollars"


def _with_the_hedge_it_converts(source: Source, rule: Rule, text: str, start: int, end: int, value: Value,
                                raw: str) -> Value:
    """The bare figure at text[start:end] read with the hedge of the figure it converts, if it
    stands in brackets right after a hedged figure with a unit or currency; else as it is."""
    bracket = _OPENING_BRACKET_BEFORE.search(text, max(0, start - 4), start)
    if (bracket is None or value.qualifier != "exact" or _A_HEDGE_FIRST.match(raw.strip())
            or not _CONVERSION_CLOSES.match(text, end)):
        return value
    hedged_before, converted = ((_HEDGED_TIME_BEFORE, _a_hedged_time) if rule.kind == "time"
                                else (_HEDGED_FIGURE_BEFORE, _a_hedged_figure_with_a_unit))
    found = hedged_before.finditer(text, max(0, bracket.start() - CONVERSION_LOOKBACK), bracket.start(), overlapped=True)
    for figure in reversed(list(found)):  # the nearest first: "about 5 km from some 19,550 hectares ("
        hedge = " ".join(figure["hedge"].replace("\u00ad", " ").split())
        if not converted(hedge, figure["figure"]):
            continue
        figure_text = " ".join(figure.group().replace("\u00ad", " ").split())
        return _read_with(source, rule, start, end, hedge, value, f"{' '.join(raw.split())!r} in brackets converts "
                                                                    f"{figure_text!r} before them, so it takes its hedge")
    return value


def _read_with(source: Source, rule: Rule, start: int, end: int, hedge: str, value: Value, why: str) -> Value:
    """The figure at text[start:end], read as `value`, read again with `hedge` before it, its
    steps kept and `why` said; `value` where it does not read so."""
    try:
        hedged = _in_the_rules_unit(_parse_undated(source, rule, start, end, f"{hedge} {_as_read(source, start, end)}"), rule)
    except ValueError:
        return value
    return _with_step(replace(hedged, steps=value.steps), f"{why}: {hedged.steps[0]}")


# "The death toll passed the 1,000 mark": a figure a mark (a milestone, a threshold...) follows
# takes the hedge of a verb before it that states a side of a figure (see values.HEDGE_VERBS):
# more than 1,000, as "passed 1,000" is. There the mark is what "pass" or "cross" goes past,
# whatever its subject, so every such verb states a side of it ("reached the 1,000 mark" is 1,000).
# ("Past" only after a tally, as it states a side of a figure: "the toll climbed past the 4,000 mark".)
_A_VERB_BEFORE_A_MARK = pattern_cache.compile(
    rf"(?<![\w-])(?P<verb>{alternation(VERB_WORDS - {'past'})}|{after_a_tally(('past',), _SPACES)})"
    r"[\s\u00ad]+the[\s\u00ad]+$", flags=regex.IGNORECASE)
_A_MARK_AFTER = pattern_cache.compile(r"(?:[\s\u00ad]+|-)(?:mark|milestone|threshold|barrier|level)\b",
                                      flags=regex.IGNORECASE)
MARK_LOOKBACK = 20  # characters: "approaching the ", with room for spaces


def _with_the_verb_past_a_mark(source: Source, rule: Rule, text: str, start: int, end: int, value: Value,
                               raw: str) -> Value:
    """The bare figure at text[start:end] read with the verb that goes past it, where it is a mark
    ("passed the 1,000 mark" is more than 1,000); else as it is."""
    if value.qualifier != "exact" or not _A_MARK_AFTER.match(text, end):
        return value
    verb = _A_VERB_BEFORE_A_MARK.search(text, max(0, start - MARK_LOOKBACK), start)
    if verb is None:
        return value
    return _read_with(source, rule, start, end, verb["verb"], value,
                      f"{' '.join(raw.split())!r} names a mark, and {verb['verb']!r} states a side of it")


# A verb that states a side of a figure after a tally (values.after_a_tally) where the value
# grammars do not look for it: further on in the tally's clause ("the death toll from the floods
# in eastern Libya has passed 4,000") or "past" after a verb of rise ("the toll has climbed past
# 4,000"). The figure is read with it, as the grammar reads "the toll passed 4,000".
_A_TALLY_VERB_BEFORE = pattern_cache.compile(rf"(?<![\w-])(?:{after_a_tally(TALLY_VERB_WORDS, _SPACES)})[\s\u00ad]+$",
                                             flags=regex.IGNORECASE)
TALLY_VERB_LOOKBACK = 16  # characters: "approaching", with room for spaces


def _the_tally_verb_before(source: Source, rule: Rule, text: str, start: int, end: int,
                           value: Value) -> tuple[int, Value] | None:
    """(where it starts, the value read with it) of the verb of a tally right before the bare
    figure at text[start:end], if one is; else None. (A time reads its own hedges.)"""
    if rule.kind == "time" or value.qualifier != "exact":
        return None
    verb = _A_TALLY_VERB_BEFORE.search(text, max(0, start - TALLY_VERB_LOOKBACK), start)
    if verb is None or (hedged := _read(source, rule, verb.start(), end)) is None:
        return None
    return verb.start(), hedged


# The brackets right after a sum: "$11.4 million (17.4 billion naira)", "(about €5.02 billion)".
_BRACKETED = pattern_cache.compile(r"[\s\u00ad]*\([\s\u00ad]*(?P<sum>[^()\n]{1,60}?)[\s\u00ad]*\)")
NOT_A_CURRENCY = (None, "%", "percentage points")
# Between the sums of brackets that give one in several currencies: "£1 (US$0.82 or RM5.47)",
# "(€1.13; US$1.21)", "(US$0.82, RM5.47)" (a comma only before no digit: "US$1,210").
_BETWEEN_CONVERSIONS = pattern_cache.compile(
    r"[\s\u00ad]*(?:,[\s\u00ad]*)?\bor\b[\s\u00ad]*|[\s\u00ad]*[;/][\s\u00ad]*|,[\s\u00ad]+(?=\D)",
    flags=regex.IGNORECASE)


_A_DIGIT = pattern_cache.compile(r"\d")


def _bracketed_conversions(source: Source, rule: Rule, text: str, figure: Observation) -> list[Observation]:
    """The conversions in the brackets right after the sum `figure` (see _bracketed_conversion):
    the brackets' sum, or where they hold several, each ("for £1 (US$0.82 or RM5.47)")."""
    if not (rule.kind == "time" or (rule.kind == "amount" and figure.value.unit not in NOT_A_CURRENCY)):
        return []
    bracket = _BRACKETED.match(text, figure.end)
    if bracket is None:
        return []
    start, end = bracket.span("sum")
    whole = _bracketed_conversion(source, rule, text, figure, (start, end), bracket.end())
    if whole is not None:
        return [whole]
    cuts = [start, *chain.from_iterable(cut.span() for cut in _BETWEEN_CONVERSIONS.finditer(text, start, end)), end]
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)] if len(cuts) > 2 else []
    if not all(_A_DIGIT.search(text, *part) for part in parts):  # "(0003 GMT, officials said)": words, no list
        return []
    return [c for part in parts if (c := _bracketed_conversion(source, rule, text, figure, part, bracket.end()))]


def _bracketed_conversion(source: Source, rule: Rule, text: str, figure: Observation, sum_span: tuple[int, int],
                          bracket_end: int) -> Observation | None:
    """The sum in another currency a source gives in brackets right after the sum `figure` a
    rule read, as its conversion ("diverting $11.4 million (17.4 billion naira)"), which no
    pattern reads, as {money} steps past it: read too, marked `converts`. Where the fact is
    compared in the bracket's currency and not the figure's, it is the source's one comparable
    figure, and its claim; elsewhere compare.conversions sets it aside, as a pattern's own read of
    "746 million euros, or $806 million". None where the brackets hold no sum in another currency.
    So too a time's conversion to another clock: "12:50 p.m. local time (0620 GMT)"; where both
    are on one clock (both zoned, or the rule's `unit` names the place's zone: "9:03 a.m. (0003
    GMT)" under unit = "KST"), both are the source's claims, compared with each other as with the
    rest: they agree where the writer converted right. `sum_span` is where the sum stands in the
    brackets that end at `bracket_end`."""
    start, end = sum_span
    raw = source.text[start:end]
    try:  # a bare "(2023)" is no sum, though the rule's currency would give it one
        said = _parse_undated(source, rule, start, end, _as_read(source, start, end))
    except ValueError:
        return None
    if said.unit in NOT_A_CURRENCY or not said.resolved:
        return None
    value = _in_the_rules_unit(said, rule)
    one_clock = value.unit == figure.value.unit
    if one_clock and rule.kind != "time":
        return None
    if value.is_point:
        value = _with_the_hedge_it_converts(source, rule, text, start, end, value, raw)
    if one_clock:
        step = f"in brackets after {figure.raw!r}, the same time on another clock: both are the source's claims, in {value.unit}"
    else:
        what = "time" if rule.kind == "time" else "sum"
        step = (f"in brackets after {figure.raw!r}, the same {what} in {value.unit}: the source's claim "
                f"only where the fact is compared in {value.unit} and not in {figure.value.unit}")
    value = _with_step(value, step)
    observed = make_observation(source, rule.id, figure.pattern, value, raw, (figure.start, bracket_end), start, end)
    return replace(observed, converts=True)


def _a_hedged_figure_with_a_unit(hedge: str, figure: str) -> bool:
    """Does `figure` after `hedge` read as a hedged number with a currency ("€5,000", "5,000
    euros") or a unit of a word or a few ("19,550 hectares", "30 square miles")?"""
    words = figure.replace("\u00ad", " ").split()
    for cut in range(len(words), 0, -1):  # the longest number first: "19.5 million hectares"
        unit = words[cut:]
        if len(unit) > UNIT_WORDS or not all(_UNIT_WORD.fullmatch(word) for word in unit):
            continue
        try:
            read = _parse("amount", f"{hedge} {' '.join(words[:cut])}")
        except ValueError:
            continue
        return read.qualifier in ONE_NUMBER_QUALIFIERS and bool(unit or read.unit)
    return False


def _a_hedged_time(hedge: str, figure: str) -> bool:
    """Does `figure` after `hedge` read as one hedged time of day ("7pm local time", "2am")?"""
    words = " ".join(figure.replace("\u00ad", " ").split())
    try:
        return _parse("time", f"{hedge} {words}").qualifier != "range"
    except ValueError:
        return False


def _with_step(value: Value, step: str) -> Value:
    return replace(value, steps=(*value.steps, step))


_LINE_BREAK = pattern_cache.compile(r"[^\S\n]*\n\s*")


def _read(source: Source, rule: Rule, start: int, end: int) -> Value | None:
    """The value of source.text[start:end], or None where it is none."""
    read = _as_read(source, start, end)
    try:
        if rule.kind == "date":
            value = _date_at(source, start, end, read)
        else:
            value = _parse_undated(source, rule, start, end, read)
    except ValueError:
        return None
    if (value := _in_the_rules_measure(value, rule, source.text, end, read)) is None:
        return None
    return _in_the_rules_unit(value, rule)


# "2,000 pounds", "a pound" under a rule that weighs: a weight, though "pounds" alone are sterling elsewhere
_POUNDS_AT_END = pattern_cache.compile(r"(?:(?<=\d)|(?<=\ban?))\s+(?P<unit>pounds?)$", flags=regex.IGNORECASE)
_ONE_WRITTEN_A = pattern_cache.compile(r"\ban?$", flags=regex.IGNORECASE)  # "a pound": one of it


def _in_the_rules_measure(value: Value, rule: Rule, text: str, end: int, read: str) -> Value | None:
    """An amount written in another unit of the dimension the rule's `unit` measures ("80 cm"
    under unit = "metres"), converted into the rule's unit (see values.in_another_measure); None
    for one in a unit of another dimension ("3 kg" there), which is no figure of the fact."""
    into = measure_named(rule_measure(rule))
    if into is None or value.kind != "amount":
        return value
    if into.dimension == "mass" and value.unit == "GBP" and (pounds := _POUNDS_AT_END.search(read)):
        value, text, end = parse(rule.kind, _ONE_WRITTEN_A.sub("1", read[:pounds.start()])), read, pounds.start()
    if value.unit is not None:
        return value
    written = measure_written_at(text, end)
    if written is None or written[0] == into:
        return value
    if written[0].dimension != into.dimension:
        return None
    return in_another_measure(value, written[0], rule.unit, into)


def unit_of_another_dimension(rule: Rule, text: str, end: int) -> Measure | None:
    """The unit of measurement written right after a figure ending at text[end] that measures
    another dimension than the rule's `unit` does ("3 kg" under unit = "metres"): what `explain`
    says the figure is refused for."""
    into = measure_named(rule_measure(rule))
    written = measure_written_at(text, end) if into is not None else None
    return written[0] if written is not None and written[0].dimension != into.dimension else None


def _date_at(source: Source, start: int, end: int, read: str) -> Value:
    """The date `read`, standing at source.text[start:end]: pointed by its clause's tense, or,
    "that Friday", the day the article named before it."""
    if refers_back(read):
        return _parse("date", read, _day_named_before(source, start))
    tense = _tense(source.text, start, end, clause_only=is_yearless(read)) if reads_by_tense(read) else None
    return _parse("date", read, source.published_at(start), tense)


# How far back "that Friday" looks for the day it refers to: an article's last few paragraphs.
NAMED_BEFORE_LIMIT = 4000


def _day_named_before(source: Source, start: int) -> Published:
    """The last single day the text names before `start`, which "that Friday" (and a time's
    "that night") refers back to, as the anchor NAMED_BEFORE; its day None where it names none."""
    published, opens = source.published_at(start), max(0, start - NAMED_BEFORE_LIMIT)
    dates = list(grammar_regex(PLACEHOLDERS["date"].pattern).finditer(source.text, opens, start))
    for found in reversed(dates):
        read = _as_read(source, found.start(), found.end())
        if refers_back(read):
            continue
        try:
            day = _date_at(source, found.start(), found.end(), read)
        except ValueError:
            continue
        if day.resolved and day.low == day.high:
            return replace(published, day=day.low, estimated=False, anchor=NAMED_BEFORE)
    return replace(published, day=None, estimated=False, anchor=NAMED_BEFORE)


def _parse_undated(source: Source, rule: Rule, start: int, end: int, text: str) -> Value:
    """`text`, standing at source.text[start:end], read as a value of any kind but a date: a time
    by the day it happened on ("4 p.m. ET" is summer or winter time by it: see _day_of_the_time),
    the rest by their words alone, so that one reading of "33" or "$19 billion" serves every article."""
    if rule.kind == "time":
        return _parse(rule.kind, text, _day_of_the_time(source, start, end))
    return _parse(rule.kind, text)


# A zone named by its region ("PT", "Pacific time") is summer or winter time by the day of the
# event, which the sentence may name: "5:07 p.m. Pacific time on Jan. 5" in an April article is PST.
_SEASONAL_ZONE_WRITTEN = pattern_cache.compile(
    rf"(?-i:\b(?:{alternation(SEASONAL_ZONES)}|{'|'.join(name.capitalize() for name in ZONE_NAMES)})\b)"
    rf"|\b(?:{alternation(ZONE_NAMES)})\s+time\b"
    rf"|(?-i:\b(?:{alternation(SEASONAL_CLOCK_WORDS)}))\s+(?:standard\s+)?time\b", flags=regex.IGNORECASE)


def _day_of_the_time(source: Source, start: int, end: int) -> Published:
    """The day a time at source.text[start:end] is on, to settle a zone named by its region:
    the one day its sentence names, the nearest to it where it names several ("on Jan. 5",
    "Friday, Jan. 5"); the day named before where it refers back to one ("that Friday", "that
    night"); where it names none, the one day the sentence before names in the same paragraph
    ("SVB failed on March 10. Regulators seized the bank at 11:30 a.m. ET."); else the day it
    was published (see Source.published_at)."""
    published = source.published_at(start)
    if not _SEASONAL_ZONE_WRITTEN.search(source.text, start, end):
        return published
    sentence, at = sentence_around(source.text, start, end)
    opens = sentence_start(source.text, start)
    if (day := _one_day_named(sentence, at, published, lambda: _day_named_before(source, opens))) is not None:
        return replace(published, day=day, estimated=False, anchor=SENTENCE_DATE)
    if _REFERS_BACK.search(sentence):
        named = _day_named_before(source, opens)
        return named if named.day is not None else published
    before = _sentence_before(source.text, opens)
    if before and (day := _one_day_named(before, len(before), published)) is not None:
        return replace(published, day=day, estimated=False, anchor=SENTENCE_BEFORE_DATE)
    return published


_REFERS_BACK = pattern_cache.compile(REFERS_BACK, flags=regex.IGNORECASE)


def _one_day_named(sentence: str, at: int, published: Published, named_before=None) -> date | None:
    """The one day `sentence` names nearest its character `at`, read against `published` ("that
    Friday" against the day named before it, which `named_before` gives where it is asked)."""
    dates = grammar_regex(PLACEHOLDERS["date"].pattern).finditer(sentence)
    for found in sorted(dates, key=lambda d: min(abs(d.start() - at), abs(d.end() - at))):
        back = refers_back(found.group())
        if back and named_before is None:
            continue
        try:
            day = _parse("date", found.group(), named_before() if back else published)
        except ValueError:
            continue
        if day.resolved and day.low == day.high:  # one day, not "last year"
            return day.low
    return None


_BLANK_LINE = pattern_cache.compile(r"\n[^\S\n]*\n")


def _sentence_before(text: str, opens: int) -> str | None:
    """The sentence before the one that opens at text[opens], where it is in the same paragraph."""
    last = len(text[:opens].rstrip()) - 1
    if last < 0:
        return None
    sentence, _ = sentence_around(text, last, last + 1)
    begins = sentence_start(text, last)
    return None if _BLANK_LINE.search(text, begins, opens) else sentence


def _as_read(source: Source, start: int, end: int) -> str:
    """source.text[start:end] as a value is read and shown: "Friday, 11 April" on one line,
    "nearly half a million" without the emphasis of "nearly **half** a million"."""
    raw = _LINE_BREAK.sub(" ", source.text[start:end])
    return without_markdown(raw, (0, 0))[0] if source.markdown else raw


def _in_the_rules_unit(value: Value, rule: Rule) -> Value:
    """An amount read without a currency ("Rp {amount}" reads "50 million"), or in a word the
    rule's currency shares ("Rs 1.5 million" under unit = "PKR"), is in the currency the rule's
    `unit` names; a time read without a zone, in the zone it names ("01:29" under unit = "EDT"
    is 05:29 UTC): the observation says so, for a report, an example and the JSON alike. A
    figure said bare under a unit of measurement ("414mm" under unit = "mm") is a rounding to its
    last digit (see values.in_a_measure)."""
    if zone := rule_zone(rule):
        return in_zone(value, zone)
    if measure := rule_measure(rule):
        return in_a_measure(value, measure)
    if (unit := in_the_rules_currency(value.unit, rule, value.currency_word)) == value.unit:
        return value
    why = (f"an amount without its currency is in {unit}, the rule's unit" if value.unit is None
           else f"{value.unit} are {unit} here, the rule's unit" if value.unit in SHARED_WORD_CURRENCIES
           else f"{value.currency_word!r} are {unit} here, the rule's unit, though most often {value.unit}")
    return replace(value, unit=unit, steps=(*value.steps, why))


# Two values the reader refuses as one: "by 25 basis points to 4.75%", "cut 0.25 percentage
# points to 4.75%", one sum in two currencies "($5,800 or €5,000)" (the first is read), and a
# falling pair across a spaced dash, an aside: "a crew of 4 - 3 Colombians and an Ecuadorian -".
_TWO_VALUES = pattern_cache.compile(r"(?P<first>.*?\S)\s+(?P<join>to|or|[-–])\s+(?P<second>\S.*)", flags=regex.DOTALL)


def reads_alone(kind: str, raw: str) -> bool:
    """Whether the text a value's grammar took is read as a value, whole or as one of two that
    the reader refuses as one (see _observe): "59%-41%", a vote, is not. What `explain` asks of
    a near miss, which it reads without its source."""
    two = _TWO_VALUES.match(raw)
    for text in (raw, two["first"], two["second"]) if two else (raw,):
        try:
            _parse(kind, text)
        except ValueError:
            continue
        return True
    return False


# Reading a value is pure, and a corpus repeats its values ("33", "on Friday" in one week's news).
_parse = lru_cache(maxsize=8192)(parse)


# Which way a bare weekday, or a date without its year, points is told by the tense of the words
# nearest it: "was detained on Friday" is the Friday before publication, "will rule on Friday"
# the one after; "discovered the intrusion on March 11" in November is this year's. The nearest
# tense word in the weekday's own clause decides, first before it, then after it ("On Friday, the
# court will rule"); then the nearest in its sentence. A timetable's present is the future too
# ("the trial opens on Monday", "the vote is on Sunday"), but only in verbs that are never nouns
# or adjectives: "was open on Sunday" and "the vote on Sunday" say nothing of the tense. "Would"
# reports a plan ("said its members would vote on Saturday"), but "would have" the past. No
# tense word leaves a weekday in the past (news reports events) and a year-less date nearest.
# A court's timetable is the future like a timetable ("appear in court on Friday", "faces a
# judge on Monday"), unless a word before the verb makes it something else ("did not appear").
# Up to two adverbs between an auxiliary and its verb: "was originally scheduled", "is also due".
_ADVERBS = r"(?:(?:\w+ly|also|first|once|still|not|never|already|then|now|again|all)\s+){0,2}"
# The verb of an infinitive, as far as words tell: a lower-case word that is no article, pronoun
# or number, nor a plural ("to Wayanad", "to the", "to 300", "to homes" are no infinitives).
_INFINITIVE = (r"(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|us|me|it|all|some|any"
               rf"|each|every|no|{NUMBER_WORD}|hundreds?|thousands?|millions?|billions?|dozens?)\b)"
               r"(?-i:\p{Ll}+)\b(?<![^su]s)")
# A headline's subject, from the sentence's start or a colon ("Wayanad: PM to visit"): a few
# words, none a verb, a pronoun or a preposition that would make the infinitive after it part
# of a sentence ("He went there to visit", "In a bid to win votes"), nor a verb of going
# somewhere ("Workers return to work on Friday").
_HEADLINE_SUBJECT = (
    r"(?:^|[:;—–][^\S\n]+|\s-[^\S\n]+)[\"“‘']?(?!(?:he|she|it|they|we|i|you|there|this|that|these|those|what|how|why"
    r"|where|when)\b)(?:(?!(?:in|on|at|for|with|by|from|about|into|after|before|over|under|during|since|but|or|not"
    r"|is|are|am|was|were|be|been|being|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must"
    r"|said|says|go|goes|come|comes|return|returns|head|heads|move|moves|back|turn|turns|take|takes)\b)"
    r"(?-i:(?!\p{Ll}\w*ed\b))[\w’'.&-]+[^\S\n]+){1,6}")
_TENSE = pattern_cache.compile(r"""
    \b(?:
      (?P<future>will(?!\s+of\b)|won[’']t|shall|(?<=\w)[’']ll|(?-i:may|might)|would(?!\s+have\b)
        |(?:is|are|am|[’']s|[’']re)\s+(?:{adverbs})(?:due|set|scheduled|slated|expected|poised|going|planning|preparing|about|to)
        |(?<!\b(?:was|were|been|had)\s+(?:{adverbs}))(?:scheduled|slated|planned|expected)|upcoming
        # "PM Modi set to visit Wayanad on Saturday", "a deadline set to expire": not "was set to"
        |(?<!\b(?:was|were|had(?:\s+(?:{adverbs})been)?)\s+(?:{adverbs}))set\s+to\s+{infinitive}
        # a headline drops its "is": "Prime Minister to visit Wayanad on Saturday" (see _HEADLINE_SUBJECT;
        # its "to" is looked for first, as the look back at the subject's words costs more than the rest)
        |(?=(?:due\s+)?to\s)(?<={headline_subject})(?P<heading>(?:due\s+)?to\s+{infinitive})
        |to\s+be\s+held|to\s+take\s+place|(?:plans?|intends?|aims?|hopes?|vows?|promises?)\s+to
        # the present of a timetable: "voters go to the polls on Sunday", "the trial opens on Monday"
        |(?:go(?:es)?|heads?)\s+to\s+the\s+polls|(?:is|are)\s+sworn\s+in|comes?\s+into\s+(?:force|effect)
        |takes\s+(?:office|place|effect)|kicks\s+off|(?:re)?opens|begins|starts|resumes|(?:re)?convenes
        |closes|expires
        # the court's timetable: "the four men appear in court on Friday", "faces a judge on Monday"
        |(?<!\b(?:will|would|shall|to|may|might|can|could|must|do|does|did|not|never|[’']ll)\s+)
         (?:(?:appears?\s+(?:in|before)|faces?)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:court|judge|magistrates?|jury|tribunal)\b
          |stands?\s+trial|go(?:es)?\s+on\s+trial|returns?\s+to\s+court)
        |(?:is|are)(?=\s+(?:now\s+)?(?:on\s+|this\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))
    | (?<!\b(?:will|would|shall|to|may|might|can|could|must|do|does|[’']ll)\s+)  # "will hit" is no past
      # after an article or a possessive, an adjective: "their loved ones", "the injured passengers"
      # ("this", "these" and "those" only where they open no clause: "This prompted protests")
      (?<!\b(?:the|a|an|their|his|her|its|our|my|your)\s+)
      (?<!(?<![,;:]\s+|\b(?:and|but|so|because|as|when|after|before|since|while|which|that)\s+)\b(?-i:this|these|those)\s+)
      (?P<past>was|were|had|did|been|said|told|held|took|met|began|came|went|fled|left|won|lost|struck
        |fell|rose|sent|brought|caught|found|gave|got|made|saw|spoke|wrote|led|kept|paid|sought|ago|yesterday
        |broke|swept|grew|tore|ran|spread|hit|burst|sank|shook|drove|flew|threw|blew|stole|froze|rode|arose
        |bought|taught|fought|sold|built|spent|felt|shot|lit|cut|hurt|shut|quit|stood|sat|fed|bled|slid
        |(?!hundred\b)\w{2,}(?<!ee)ed)(?<!\b(?:be|being)\s+\w+)  # "will be held" is not the past
    )\b""".replace("{adverbs}", _ADVERBS).replace("{infinitive}", _INFINITIVE)
                               .replace("{headline_subject}", _HEADLINE_SUBJECT), regex.IGNORECASE | regex.VERBOSE)
# The words a match of _TENSE can start with, besides any word ending in "ed" ("'ll", "'s" and
# "'re" start at their apostrophe): tried there alone, _TENSE costs a tenth of a search.
_TENSE_FIRST_WORDS = frozenset("""
    will won shall may might would is are am s re ll scheduled slated planned expected upcoming to set due
    plan plans intend intends aim aims hope hopes vow vows promise promises go goes head heads
    come comes takes kicks opens reopens begins starts resumes convenes reconvenes closes expires
    appear appears face faces stand stands return returns
    was were had did been said told held took met began came went fled left lost struck fell rose
    sent brought caught found gave got made saw spoke wrote led kept paid sought ago yesterday broke
    swept grew tore ran spread hit burst sank shook drove flew threw blew stole froze rode arose
    bought taught fought sold built spent felt shot lit cut hurt shut quit stood sat fed bled slid""".split())
_WORD = pattern_cache.compile(r"\w+")


def _tense_words(sentence: str, pos: int = 0, endpos: int | None = None) -> list:
    """The matches of _TENSE in sentence[pos:endpos], as finditer finds them."""
    endpos = len(sentence) if endpos is None else endpos
    found, reached = [], pos
    for word in _WORD.finditer(sentence, pos, endpos):
        at, lower = word.start(), word.group().lower()
        if at < reached or not (lower in _TENSE_FIRST_WORDS or lower.endswith("ed")):
            continue
        if lower in ("ll", "s", "re", "t") and at > reached and sentence[at - 1] in "’'":
            at -= 1
        if (match := _TENSE.match(sentence, at, endpos)) is not None:
            found.append(match)
            reached = match.end()
    return found


# Where a clause starts or ends: "..., where the toll from Tuesday's quake rose" is not "will send".
_CLAUSE_BREAK = pattern_cache.compile(r"[;:—–(),]\s|\s-\s|\b(?:and|but|where|which|who|that|when|while|as|after|before|ahead\s+of"
                              r"|since|because|although|though|if|until|whereas)\b", regex.IGNORECASE)


# The words before a date that make it what a past act aims at, not when it happened.
_AIMED_AT = pattern_cache.compile(r"\b(?:for|by|until|till|before|deadline\s+of)\s+(?:the\s+)?(?:(?:end|start|middle)\s+of\s+)?$",
                          regex.IGNORECASE)


def _remembered_per_text(function):
    """`function(text, ...)`, each answer remembered until it is called with another text: the
    rules that read one mention ask for its sentence and its tense again (with 200 rules, 53,000
    asks of 4,500 mentions at 10 MB), and a source's asks come together, so what is kept is one
    source's and goes with it."""
    remembered, of_text = {}, [None]

    @wraps(function)
    def answer(text: str, *args, **options):
        if text is not of_text[0]:
            remembered.clear()
            of_text[0] = text
        key = (args, tuple(options.items()))
        if key not in remembered:
            remembered[key] = function(text, *args, **options)
        return remembered[key]
    return answer


@_remembered_per_text
def _tense(text: str, start: int, end: int, clause_only: bool = False) -> Tense | None:
    """The nearest word that puts the clause of text[start:end] in a tense ("will", "is due
    to", "discovered"); None where no word near it has one. A date without its year heeds its
    own clause only: "found himself in a row ahead of the August 9th election" says nothing of
    when the election is, and only its plain verbs count (see _tense_of_a_yearless_date)."""
    sentence, offset = sentence_around(text, start, end)
    after = offset + len(_fold(text[start:end]))
    opens = max((b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, offset)), default=0)
    closes = next((b.start() for b in _CLAUSE_BREAK.finditer(sentence, after)), len(sentence))
    words = _tense_words(sentence, opens, closes) if clause_only else _tense_words(sentence)
    before = [w for w in reversed(words) if w.end() <= offset]  # nearest first
    behind = [w for w in words if w.start() >= after]
    in_clause = [w for w in before if w.start() >= opens] + [w for w in behind if w.end() <= closes]
    if clause_only:
        return _tense_of_a_yearless_date(sentence, offset, in_clause)
    nearest = (in_clause + before + behind)[:1]
    if not nearest:
        return None
    return Tense(_fold(nearest[0]["future"]), True) if nearest[0]["future"] else Tense(_fold(nearest[0]["past"]), False)


def _tense_of_a_yearless_date(sentence: str, offset: int, in_clause: list) -> Tense | None:
    """The tense that places a date without its year, from its clause's words nearest first, or
    None (the nearest year). Only plain verbs count, as a wrong year is a year off: a future
    word anywhere in the clause wins ("the United Nations summit on March 11 will draw"); a past
    one must be no noun or name ("a rate cut", "the Fed", "the proposed referendum") nor a
    reporting verb, and the date no aim of it ("agreed to meet on", "postponed the vote to",
    "called a vote for"); and a future does not move the period a report is about ("figures for
    June will be published")."""
    future = next((w for w in in_clause if w["future"]), None)
    participle = next((w for w in in_clause if w.end() <= offset), None)
    if participle is not None and _heads_a_participle_phrase(sentence, participle):
        return None if _AIMED_AT.search(sentence, 0, offset) else Tense(_fold(participle["past"]), False)
    if future is not None:
        if _ABOUT_A_PERIOD.search(sentence, 0, offset) or (
                future.end() <= offset and _OF_AN_EVENT.search(sentence, 0, offset)):
            return None
        return Tense(_fold(future["future"]), True)
    past = next((w for w in in_clause if _plain_past(sentence, w)), None)
    if past is None or _AIMED_AT.search(sentence, 0, offset) or (
            past.end() <= offset and _TO.search(sentence, past.end(), offset)):
        return None
    return Tense(_fold(past["past"]), False)


def _heads_a_participle_phrase(sentence: str, word) -> bool:
    """Whether a past word is a participle after a noun that opens a phrase of its own ("homes
    destroyed by the September 8 earthquake", "villages hit in the June 3 storm"): the date in it
    is past whatever the main verb says ("Morocco will rebuild homes destroyed by..."). Not after
    a verb that makes it a state to come ("will remain closed on", "will be fully reopened on")."""
    text = word.group().lower()
    if word["past"] is None or not (text.endswith("ed") or text in _IRREGULAR_PARTICIPLES):
        return False
    # a word that is a noun too ("a rate cut on March 17") is a participle only before "by"
    after = _BY_AFTER if text in _NOT_PLAIN_PAST else _PREPOSITION_AFTER
    return after.match(sentence, word.end()) is not None and _NO_NOUN_BEFORE.search(sentence, 0, word.start()) is None


def _plain_past(sentence: str, word) -> bool:
    """A past verb, not a noun, a name or a reporting verb ("said" reports now what may come)."""
    text = word.group()
    if word["past"] is None or text.lower() in _NOT_PLAIN_PAST or (text[0].isupper() and word.start() > 0):
        return False
    return _DETERMINER_BEFORE.search(sentence, max(0, word.start() - 12), word.start()) is None


_IRREGULAR_PARTICIPLES = frozenset("""held fled left won lost struck sent brought caught found made led kept paid sought
    swept spread hit built spent shot cut hurt shut bought fought sold torn broken shaken thrown stolen""".split())
_PREPOSITION_AFTER = pattern_cache.compile(r"\s+(?:by|in|on|during|at|from|near|amid)\b", flags=regex.IGNORECASE)
_BY_AFTER = pattern_cache.compile(r"\s+by\b", flags=regex.IGNORECASE)
# Before a participle, a word that makes it no phrase of its own: an auxiliary, a verb of being or
# staying, "to", a negation, or the sentence's start ("those killed in", "the injured in" are phrases).
_NO_NOUN_BEFORE = pattern_cache.compile(
    r"(?:^|\b(?:will|would|shall|may|might|can|could|must|should|be|been|being|is|are|am|was|were|has|have|had"
    r"|get|gets|got|getting|remain|remains|stay|stays|keep|keeps|become|becomes|seem|seems|to|not|never)|[’'](?:ll|s|re|ve|d))\s+(?:\w+ly\s+|also\s+|still\s+|now\s+)*$",
    flags=regex.IGNORECASE)
_NOT_PLAIN_PAST = frozenset("said told cut hit shot fed won left lost spread hurt shut quit lit led met sat set put".split())
_DETERMINER_BEFORE = pattern_cache.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those|our|your)\s+$",
                                   flags=regex.IGNORECASE)
_TO = pattern_cache.compile(r"\bto\b", flags=regex.IGNORECASE)
# A date that names an event the future's object is of or from, not when it happens: "will help
# victims of the September 8 earthquake", "will recover from the June 3 floods" (the nearest
# year); "will meet at the September 12 summit" and "the June 3 vote will decide" keep the future.
_OF_AN_EVENT = pattern_cache.compile(r"\b(?:of|from)\s+the\s+$", flags=regex.IGNORECASE)
# "Figures for June will be published", "results for the third quarter": a report about a period.
_ABOUT_A_PERIOD = pattern_cache.compile(r"\b(?:for|of)\s+(?:the\s+)?$", flags=regex.IGNORECASE)


def make_observation(source: Source, rule_id: str, index: int, value: Value, raw: str,
                     match_span: tuple[int, int], start: int, end: int) -> Observation:
    line, column = source.line_and_column(start)
    sentence, offset = sentence_around(source.text, start, end, _after_its_entrys_stamp(source, start))
    highlight = (offset, offset + len(_fold(raw)))
    if source.markdown:
        sentence, highlight = without_markdown(sentence, highlight)
    sentence = sys.intern(sentence)  # the rules that read one sentence share its copy
    return Observation(
        source=source.path, rule=rule_id, value=value, raw=raw,
        matched=_fold(source.text[match_span[0]: match_span[1]]), start=start, end=end,
        line=line, column=column, sentence=sentence, highlight=highlight, pattern=index,
        entry=source.stamp_at(start), headline=in_a_headline(source.text, start, sentence),
    )


def _after_its_entrys_stamp(source: Source, start: int) -> int:
    """Where the words begin of the live entry that `start` stands in, where its stamp opens the
    same line ("**6:40 p.m. ET** — Nearly 90% of ..."): its sentence opens there, the stamp being
    shown apart. 0 elsewhere."""
    entry = source.entry_at(start)
    if entry is None:
        return 0
    words = words_after_the_stamp(source.text, entry.start)
    return words if words is not None and words <= start else 0


def in_a_headline(text: str, start: int, sentence: str) -> bool:
    """Does the sentence at text[start] stand in a headline or a dek: above the text (see
    live_pages.above_the_text), and ending with no full stop ("Brits stranded as 4,000 flights
    axed", "4,000 FLIGHTS AXED!"), as a sentence of the text, the lede under it too, ends?"""
    return not sentence.rstrip(_CLOSING).endswith(".") and above_the_text(text, start)


def _resolve_partitive(source: Source, rule: Rule, index: int, text: str, match, paragraphs: Paragraphs,
                       starts: list[int] | None = None):
    """"all but one of the 33 detained Russians": 32 if the rule's words surround the whole
    phrase ("handed back all but one of the 33") or reach past it to what is said of it ("{count}
    ... died", "{count} people on board died" in "all but two of the 188 people on board died"),
    33 if they describe the inner number ("33 detained Russians"). A ratio ("three out of four
    staff") is a count of its part only where the words say something of the part ("14 out of
    17 co-defendants were convicted") or stand before it ("won 231 out of 460"): None elsewhere.
    `starts`, where given, are where the pattern's search may start (see _match_of_the_whole)."""
    value_start, value_end = match.span("value")
    says = _says_something_of_it if _ALL_BUT.match(text, value_start, value_end) else _says_so_of_a_part
    whole = _PARTITIVE_WHOLE.search(text, value_start, value_end)  # "of the " before 33
    inner = whole and _match_of_the_whole(source, rule, index, text, match, whole.end(), paragraphs, starts)
    # the words after the whole as the article writes them, a gap's included: "passengers and
    # six crew" only describe the 171, "passengers and six crew were hurt" say something of three
    if inner and not says(text[inner.end("value"): inner.end()]):
        return inner.start("value"), inner.end("value"), inner
    if (_RATIO.search(text, value_start, value_end) and match.start() == value_start
            and not says(text[value_end: match.end()])):
        return None  # neither number of a ratio is a count, as in "1 in 3 trains"
    return value_start, value_end, match


def _match_of_the_whole(source: Source, rule: Rule, index: int, text: str, match, whole_start: int,
                        paragraphs: Paragraphs, starts: list[int] | None = None):
    """The rule's pattern read with the whole a partitive is of as its value ("171" in "None of
    the 171 passengers and six crew"), or None: looked for from where the partitive's match
    starts, where the pattern's words before its value may stand ("(?:killed )?{count}
    passengers"), then from the whole itself, where a gap ran the first match from the part
    ("{count} ... crew" read "Three ... crew" in "Three of the 171 passengers and six crew").
    The pattern is the same text with another grammar, so its search starts where the
    pattern's may (`starts`): tried there alone, not searched through the 400 characters after."""
    plain = _without_partitive(rule.patterns[index].text, rule.kind, rule.case_sensitive, rule.unit)
    value_end = match.end("value")
    for start in (match.start(), whole_start):
        window = (start, min(len(text), match.end() + SENTENCE_LIMIT))
        inner = next(iter(_pattern_matches(plain, text, rule, source, paragraphs, window, starts)), None)
        if inner and whole_start <= inner.start("value") < value_end:
            return inner
    return None


def _says_something_of_it(words: str) -> bool:
    """Do the rule's words after a number hold a verb ("were dual nationals", "died", "people on
    board died"), rather than only describe it ("detained Russians", "men who were lost")? A
    participle that opens them describes the noun after it; a form of "be" or "have", or a verb
    alone, does not."""
    words = words.strip()
    return any(found.start() > 0 or _FINITE_VERB.fullmatch(found.group()) or found.end() == len(words)
               for found in _outside_a_relative_clause(words, _TENSE.finditer(words)))


def _says_so_of_a_part(words: str) -> bool:
    """Do the rule's words after "three of the five" say something of the three? Only a form of
    "be" or "have" or a verb that is never an adjective does ("were dual nationals", "died"):
    in "one of the 12 people killed" and "two of the five injured" the words describe the whole,
    and so does a relative clause ("two of the six men who were lost")."""
    words = words.strip()
    return bool(_FINITE_VERB.match(words)
                or _outside_a_relative_clause(words, _NEVER_AN_ADJECTIVE.finditer(words)))


def _outside_a_relative_clause(words: str, verbs) -> list:
    """The `verbs` of `words` that are not a relative clause's own: "men who were lost" describes
    the men, and only a verb after the clause's ("men who were lost were recovered") says
    something of them. The clause's verb is its first, with the auxiliaries that run into it
    ("who have died", "who had been")."""
    verbs = list(verbs)
    relative = _RELATIVE.search(words)
    if relative is None:
        return verbs
    after = [verb for verb in verbs if verb.start() >= relative.end()]
    own = 1 if after else 0
    while (own < len(after) and _AUXILIARY.fullmatch(after[own - 1].group())
           and not words[after[own - 1].end(): after[own].start()].strip()):
        own += 1
    return [verb for verb in verbs if verb.end() <= relative.start()] + after[own:]


_RELATIVE = pattern_cache.compile(r"\b(?:who|whom|whose|which|that)\b", flags=regex.IGNORECASE)
_AUXILIARY = pattern_cache.compile(r"(?:was|were|is|are|am|had|has|have|will|would|shall|been|be|[’']s|[’']re)",
                                   flags=regex.IGNORECASE)


_NEVER_AN_ADJECTIVE = pattern_cache.compile(r"\b(?:was|were|is|are|had|has|have|will|would|died|perished|survived|fled|escaped"
                                    r"|vanished|disappeared|voted|resigned)\b", flags=regex.IGNORECASE)
_ALL_BUT = pattern_cache.compile(r"all[\s\u00ad]+but\b", flags=regex.IGNORECASE)
_FINITE_VERB = pattern_cache.compile(r"(?:was|were|is|are|am|had|has|have|did|will|would|shall|[’']s|[’']re)\b.*",
                             flags=regex.IGNORECASE | regex.DOTALL)


# "out of" with no "the" after it: "three out of four" is a ratio, "three out of the four" a part.
_RATIO = pattern_cache.compile(r"\bout[\s\u00ad]+of[\s\u00ad]+(?!(?:the|these|those)\b)", flags=regex.IGNORECASE)
_PARTITIVE_WHOLE = pattern_cache.compile(r"\bof\s+(?:the\s+)?(?!.*\bof\s)", flags=regex.IGNORECASE | regex.DOTALL)


@lru_cache(maxsize=1024)
def _without_partitive(text: str, kind: str, case_sensitive: bool, unit: str | None = None) -> Pattern:
    """The pattern with a count grammar that has no "all but ... of ...": the one grammar built
    from the same parts as {count}, prepared for searched text as every pattern's is."""
    return compile_pattern(text, kind, case_sensitive, placeholder_regex={"count": COUNT_WITHOUT_PARTITIVE}, unit=unit)


# A sentence ends at . ! or ? (with any closing quotes or brackets) before a capital, or at a
# line break; not at the point of an initial or a common abbreviation ("p.m. (1430 GMT)",
# "Mr. Smith", "the U.S. Secretary", "Rear Adm. Shannon Gilreath"), nor at a line break inside
# a sentence wrapped by hand: in a text wrapped throughout, none (see as_prose); elsewhere, one
# with a lower-case word, a number or a comma before it and no capital after it ("culled
# 1.8⏎million birds"), nor one a line's words go on across (see _GOES_ON).
_ABBREVIATION = rf"(?<!\b(?:{ABBREVIATIONS}))"
# The end of a line that goes on in the next one: an article, a preposition, a conjunction; in
# lower case, as "Plan A" and "What We Know About" end headlines.
_UNFINISHED_WORDS = r"\b(?:a|an|the|of|in|into|on|at|to|for|from|with|by|about|as|than|and|or|but|nor|that|whose)"
_CAPITALS_LINE = r"[^\p{Ll}\n]*\p{Lu}{2}[^\p{Ll}\n]*"  # no lower-case letter: "EMERGENCY RELIEF FUNDS"
_MONTH_NAME = rf"(?:{alternation({m.capitalize() for m in (*MONTHS, *MONTH_ABBREVIATIONS)})})\b"
# A line break that ends no sentence before a capital, unless the next line is a block of its
# own: after an unfinished word ("died on⏎July 30"), inside a date ("died on 30th⏎July"), and
# between two lines in capitals, a headline wrapped by hand ("…$60 MILLION IN FEDERAL⏎EMERGENCY
# RELIEF FUNDS…").
_GOES_ON = (rf"(?:(?<={_UNFINISHED_WORDS}[^\S\n]*)|(?<=\b\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]*)(?=\n[^\S\n]*{_MONTH_NAME})"
            rf"|(?<=(?<![^\n]){_CAPITALS_LINE})(?=\n{_CAPITALS_LINE}(?![^\n])))\n(?!{_BLOCK_LINE})")
_LINE_GOES_ON = pattern_cache.compile(_GOES_ON)
# A sentence's end, or a line break that may be one (group "line"): see _sentence_ends. (The full
# stop and the line break are looked for before what is looked back at: a search tries every
# character of a sentence, few of which are either.)
_SENTENCE_END = pattern_cache.compile(
    rf"(?:(?P<stop>(?:[!?]|(?=\.){_ABBREVIATION}\.)[\"”’)\]]*)\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n"
    rf"|(?=\n)(?P<line>(?<![a-z0-9%,;])\n(?=\S)|\n(?=[\"“‘(]?[A-Z]|{_BLOCK_LINE})))")


def _sentence_ends(prose: str, start: int, stop: int):
    """The sentence ends in prose[start:stop], in order, each as _SENTENCE_END matches it: a line
    break the line's words go on across (_LINE_GOES_ON) ends none. That is asked at line breaks
    only: asked inside the search, it was tried at every character, its look-behind reading the
    line back to its start, so each value of a line dense with full stops ("...1...2...3") cost
    the line's length, and the line the square of it."""
    at = start
    while (end := _SENTENCE_END.search(prose, at, stop)) is not None:
        if end["line"] is None or _LINE_GOES_ON.match(prose, end.start(), stop) is None:
            yield end
            at = end.end()
        else:
            at = end.start() + 1


@_remembered_per_text
def sentence_around(text: str, start: int, end: int, floor: int = 0) -> tuple[str, int]:
    """The sentence holding text[start:end], white space folded, and where the span starts in it;
    one that opens at `floor` at the earliest."""
    text = as_prose(text)
    left = max(_sentence_left(text, start), floor)
    # A value may end with the full stop that ends its sentence too: "shares fell 60 p.c. The bank".
    stop_at = end - 1 if end > start and text[end - 1] == "." else end
    after = next(_sentence_ends(text, stop_at, min(len(text), end + SENTENCE_LIMIT)), None)
    if after is None:
        right = min(len(text), end + SENTENCE_LIMIT)
    else:
        right = after.end("stop") if after["stop"] else after.start()
    prefix = _fold(text[left:start])
    lead = prefix + (" " if prefix and text[start - 1].isspace() else "")
    return (lead + _fold(text[start:right])).strip(), len(lead)


def sentence_start(text: str, start: int) -> int:
    """Where the sentence holding text[start] begins, at its first character that is no space:
    the line `explain` cites it by, which in hand-wrapped text may be a line before the value's."""
    left = _sentence_left(as_prose(text), start)
    return left + len(text[left:start]) - len(text[left:start].lstrip())


def _sentence_left(prose: str, start: int) -> int:
    """Where the sentence holding prose[start] begins (see sentence_around), at most
    SENTENCE_LIMIT characters back."""
    window_start = max(0, start - SENTENCE_LIMIT)
    cut = 0
    # Searched a little past `start`, so a boundary right before the value sees the capital after it.
    for boundary in _sentence_ends(prose, window_start, min(len(prose), start + 2)):
        if boundary.end() <= start:
            cut = boundary.end() - window_start
    return window_start + cut


# Text wrapped by hand (wire copy, a press release sent as plain text) breaks its lines at a
# width, inside sentences: there a line break is a space, whatever opens the next line ("...to
# their parents in⏎Kaduna on Friday", "were abducted, 166⏎boys"). A line is wrapped where the
# next line's first word would have run past its paragraph's longest line, which is a width text
# is wrapped at, in a paragraph that ends its last sentence; a text is wrapped when such line
# breaks, several of them inside a sentence, are most of the single line breaks of such
# paragraphs (not of a header or a block of fields, one a line, that ends none). Elsewhere a line
# break before a capital still ends a sentence: a headline, a caption, a byline, a signature, a
# list of links ("Updated 3 March⏎Police said...").
WRAP_WIDTHS = (40, 100)  # the widths text is wrapped at by hand: 70 or 80 columns mostly
WRAP_TOLERANCE = 4  # columns a hand may wrap short of the width
WRAPPED_BREAKS = 2  # line breaks inside sentences, in wrapped paragraphs, that make a text wrapped
_CLOSING = "\"”’)]*_"  # after a sentence's full stop: quotes, brackets, emphasis


@lru_cache(maxsize=16)
def as_prose(text: str) -> str:
    """`text` with the line breaks of its hand-wrapped paragraphs as spaces (offsets unchanged):
    one text for every reader of a sentence, the evidence and the tense of a weekday alike."""
    breaks = _wrapping_breaks(text) if "\n" in text else []
    if not breaks:
        return text
    pieces, last = [], 0
    for at in breaks:
        pieces += (text[last:at], " ")
        last = at + 1
    return "".join(pieces) + text[last:]


def _wrapping_breaks(text: str) -> list[int]:
    """Where `text` breaks a line inside a hand-wrapped paragraph; none when the text is not wrapped."""
    spans = [(start, text[start:end].rstrip().split("\n")) for start, end in paragraphs(text)]
    # The width the whole text is wrapped at: a paragraph's own lines may all fall short of it.
    text_width = max((len(line.rstrip()) for start, lines in spans for _, line in _wrapped_lines(lines, start)), default=0)
    breaks, inside_sentence, single = [], 0, 0
    for start, lines in spans:
        # (only in a paragraph that could be wrapped, ending a sentence: a wire's header lines
        # and its summary block, one item a line, make no hand-wrapped text unwrapped)
        single += len(lines) - 1 if _ends_a_sentence(lines[-1]) else 0
        for at, line in _wrapped_lines(lines, start, text_width):
            breaks.append(at)
            inside_sentence += not _ends_a_sentence(line)
    return breaks if inside_sentence >= WRAPPED_BREAKS and 2 * len(breaks) >= single else []


def _wrapped_lines(lines: list[str], start: int, text_width: int = 0):
    """(where its line break stands, the line) for each line of a paragraph (at `start`) that
    is wrapped: the next line's first word would have run past the paragraph's longest line.
    In a paragraph of three lines or more the width is that of the lines after the first, which
    may be a headline above the text with no blank line between, as long as the width or longer:
    a first line longer than the rest is no wrapped one, unless it fits the width the rest of
    the text (`text_width`) is wrapped at ("…told the national assembly that at least 350⏎
    Pakistanis were on board"), ends in a word no headline ends in ("…before the prosecutor
    in⏎Kalamata on Friday") or goes on in a next line that opens in lower case, as no line
    under a headline does ("…on Friday, May 8, 2026, eleven (11)⏎inmates escaped from…")."""
    if len(lines) < 2 or not _ends_a_sentence(lines[-1]):
        return
    width = max(len(line.rstrip()) for line in (lines[1:] if len(lines) >= 3 else lines))
    first = lines[0].rstrip()
    if len(first) > max(width, text_width) and not _UNFINISHED.search(first) and not lines[1].lstrip()[:1].islower():
        lines, start = lines[1:], start + len(lines[0]) + 1
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return
    at = start
    for line, after in zip(lines, lines[1:]):
        at += len(line)
        if len(line.rstrip()) + 1 + len((after.split(None, 1) or [""])[0]) > width - WRAP_TOLERANCE:
            yield at, line
        at += 1


# The end of a line that goes on in the next one: an unfinished word or a comma.
_UNFINISHED = pattern_cache.compile(rf"(?:,|{_UNFINISHED_WORDS})$")


def _ends_a_sentence(line: str) -> bool:
    return line.rstrip().rstrip(_CLOSING).endswith((".", "!", "?", ":"))


def _fold(text: str) -> str:
    return " ".join(text.split())


def extract_text(text: str, rule: Rule, published: Published | None = None, path: str = "<example>") -> list[Observation]:
    """Run one rule over a loose text (a rule example, a notebook cell), prepared as an article
    is (format characters moved to word ends, boilerplate blanked), so it reads what an article would,
    by the route a report takes, prefilter and all: an example that passes is read in a report."""
    source = text_source(text, published, path)
    return sorted(extract_source(source, [rule]), key=observation_order)
