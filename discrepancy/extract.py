"""Extraction: every value each rule finds in each source, with its evidence.

Extraction is a pure function of (source, rules) → observations, so it can run in any
order, in other processes, or as the map step of a distributed job.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .anchors import AnchorIndex
from .errors import InputError
from .rules import MATCH_TIMEOUT_SECONDS, Pattern, Rule, compile_pattern
from .sources import Source
from .values import _PARTITIVE, COUNT, Published, Value, parse

SENTENCE_LIMIT = 400  # characters of context kept either side of a match at most


@dataclass(frozen=True)
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
    return AnchorIndex.build([[p.anchor for p in rule.patterns] for rule in rules])


def extract_source(source: Source, rules: list[Rule], index: AnchorIndex | None = None) -> list[Observation]:
    """Every rule over one source: one anchor scan, then each pattern only where its anchor occurs."""
    text = source.scan_text or source.text
    index = index or build_index(rules)
    every_paragraph = paragraphs(text)
    windows = index.windows(text, every_paragraph)
    unanchored = set(index.unanchored)
    observations = []
    for r, rule in enumerate(rules):
        def spans(p: int, r=r) -> list[tuple[int, int]]:
            return every_paragraph if (r, p) in unanchored else windows.get((r, p), [])
        observations.extend(_extract_rule(source, text, rule, spans))
    return observations


def extract_rule(source: Source, text: str, rule: Rule) -> list[Observation]:
    """One rule over a whole text, every pattern over every paragraph (no prefilter)."""
    every_paragraph = paragraphs(text)
    return _extract_rule(source, text, rule, lambda p: every_paragraph)


_BLANK_LINE = regex.compile(r"\n(?:[^\S\n]*\n)+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: a match never runs across a blank line."""
    spans, start = [], 0
    for blank in _BLANK_LINE.finditer(text):
        if blank.start() > start:
            spans.append((start, blank.start()))
        start = blank.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


def _extract_rule(source: Source, text: str, rule: Rule, spans) -> list[Observation]:
    """Where patterns overlap on a mention, the longest reading wins."""
    chosen: list[Observation] = []
    for index, pattern in enumerate(rule.patterns):
        for match in _pattern_matches(pattern, text, rule, source, spans(index)):
            obs = _observe(source, text, rule, index, match)
            if obs is not None:
                chosen = _keep_longest(chosen, obs)
    return chosen


# How far before the words that follow it a value may start: "between one hundred and
# twenty thousand" is 40 characters; nothing a reporter writes as one value comes near this.
VALUE_REACH = 160


def _pattern_matches(pattern: Pattern, text: str, rule: Rule, source: Source, spans):
    """A pattern's matches in the given paragraphs.

    A pattern that opens with its placeholder ("{count} Russians were detained") is found
    through what follows the placeholder, then matched in full only just before it:
    a value grammar tried at every position of a text is the slowest thing there is.
    """
    rest = pattern.rest
    for start, end in spans:
        if rest is None:
            yield from _matches(pattern, text, rule, source, start, end)
            continue
        reached = start
        for follower in _bounded(rest, pattern, text, rule, source, start, end):
            window_start = max(reached, follower.start() - VALUE_REACH)
            for match in _matches(pattern, text, rule, source, window_start, follower.end()):
                reached = max(reached, match.end())
                yield match


def _matches(pattern: Pattern, text: str, rule: Rule, source: Source, start: int, end: int):
    return _bounded(pattern.regex, pattern, text, rule, source, start, end)


def _bounded(compiled, pattern: Pattern, text: str, rule: Rule, source: Source, start: int, end: int):
    """finditer with a time limit: a pattern that backtracks catastrophically is named, never hangs."""
    timeout = MATCH_TIMEOUT_SECONDS * max(1.0, (end - start) / 1_000_000)
    try:
        yield from compiled.finditer(text, start, end, timeout=timeout)
    except TimeoutError:
        raise InputError(f"pattern '{pattern.text}' took over {timeout:.0f} s on {source.path}: it backtracks "
                         "catastrophically", rule.path, pattern.line,
                         hint="avoid nested repeats such as (a+)+ and unbounded gaps; use ' ... ' for word gaps") from None


def _keep_longest(chosen: list[Observation], new: Observation) -> list[Observation]:
    overlapping = [o for o in chosen if o.start < new.end and new.start < o.end]
    if any(o.end - o.start >= new.end - new.start for o in overlapping):
        return chosen
    return [o for o in chosen if o not in overlapping] + [new]


def _observe(source: Source, text: str, rule: Rule, index: int, match) -> Observation | None:
    start, end = match.span("value")
    if rule.kind == "count" and regex.match(r"all\s+but\b", text[start:end], flags=regex.IGNORECASE):
        start, end, match = _resolve_partitive(rule, index, text, match)
    raw = source.text[start:end]
    try:
        value = parse(rule.kind, raw, source.published)
    except ValueError:
        return None  # the finder was broader than the reader: not a value after all
    return make_observation(source, rule.id, index, value, raw, match.span(), start, end)


def make_observation(source: Source, rule_id: str, index: int, value: Value, raw: str,
                     match_span: tuple[int, int], start: int, end: int) -> Observation:
    line = source.line_of(start)
    line_start = source.text.rfind("\n", 0, start) + 1
    sentence, offset = sentence_around(source.text, start, end)
    return Observation(
        source=source.path, rule=rule_id, value=value, raw=raw,
        matched=_fold(source.text[match_span[0]: match_span[1]]), start=start, end=end,
        line=line, column=start - line_start + 1, sentence=sentence,
        highlight=(offset, offset + len(_fold(raw))), pattern=index,
    )


def _resolve_partitive(rule: Rule, index: int, text: str, match):
    """"all but one of the 33 detained Russians": 32 if the rule's words surround the whole
    phrase ("handed back all but one of the 33"), 33 if they attach to the inner number
    ("33 detained Russians")."""
    plain = _without_partitive(rule.patterns[index].text, rule.kind, rule.case_sensitive)
    inner = plain.regex.search(text, match.start(), match.end() + SENTENCE_LIMIT)
    if inner and match.start("value") < inner.start("value") < match.end("value"):
        return inner.start("value"), inner.end("value"), inner
    return match.start("value"), match.end("value"), match


@lru_cache(maxsize=1024)
def _without_partitive(text: str, kind: str, case_sensitive: bool) -> Pattern:
    plain_count = COUNT.replace(f"{_PARTITIVE}|", "", 1)
    return compile_pattern(text, kind, case_sensitive, placeholder_regex={"count": plain_count})


# A sentence ends at . ! or ? (with any closing quotes or brackets) before a capital, or at a line break.
_SENTENCE_END = regex.compile(r"(?:(?P<stop>[.!?][\"”’)\]]*)\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\S))")


def sentence_around(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence holding text[start:end], white space folded, and where the span starts in it."""
    window_start = max(0, start - SENTENCE_LIMIT)
    cut = 0
    for boundary in _SENTENCE_END.finditer(text, window_start, start):
        cut = boundary.end() - window_start
    left = window_start + cut
    after = _SENTENCE_END.search(text, end, min(len(text), end + SENTENCE_LIMIT))
    if after is None:
        right = min(len(text), end + SENTENCE_LIMIT)
    else:
        right = after.end("stop") if after["stop"] else after.start()
    prefix = _fold(text[left:start])
    lead = prefix + (" " if prefix and text[start - 1].isspace() else "")
    return (lead + _fold(text[start:right])).strip(), len(lead)


def _fold(text: str) -> str:
    return " ".join(text.split())


def extract_text(text: str, rule: Rule, published: Published | None = None, path: str = "<example>") -> list[Observation]:
    """Run one rule over a loose text (a rule example, a notebook cell)."""
    source = Source(path=path, text=text, scan_text=text, published=published or Published(None))
    return sorted(extract_rule(source, text, rule), key=observation_order)
