"""Anchors: the literal words every match of a pattern must contain, found in one pass.

Running every pattern over every text costs one scan per pattern. Instead, each
pattern's *anchor* is read from the parsed pattern: the sets of literal strings every
match contains one of, such as ({"russian", "detainees"}, {"released", "freed"}) for
"{count} (?:Russians|detainees) were (?:released|freed)". One Aho-Corasick pass over a text
(case-folded as the regex folds case) finds the literals of all rules at once, and each
pattern then runs only in the paragraphs that hold one literal of each of its sets (a match
never crosses a paragraph). A second pass of the same kind, over the literals that patterns'
searches open with (their *leads*), says where each search can start, so it is tried there
alone. A pattern with no usable
anchor (say, a bare placeholder) is scanned in full, so results never depend on the shortcut.
"""

from __future__ import annotations

import re
import warnings
from collections import defaultdict
from dataclasses import dataclass, field

from ahocorasick_rs import AhoCorasick

try:  # the standard library's own regular-expression parser (renamed in 3.11)
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

MIN_ANCHOR_LENGTH = 3  # shorter literals ("on", "of") occur everywhere and filter nothing
# Stands in for the placeholder: a class of two characters, so no literal runs across it (the
# parser reads a class of one as a literal: "\({percent}\)" would need "(\x00)" in the text).
BREAK = "[\\x00\\x01]"
HELD_CACHE_SIZE = 4096  # distinct sets of literals a rule set remembers the patterns of

Factor = frozenset  # of strings: one of them occurs in every match
Anchor = tuple  # of Factors, the most selective first: every match holds one literal of each


def anchor_of(translated: str) -> Anchor | None:
    """The sets of literals that every match of `translated` contains one of, the most
    selective first.

    `translated` is a rule pattern after the readability translation, with BREAK where
    the placeholder stands. Returns None when no literal of MIN_ANCHOR_LENGTH is required.
    """
    parsed = _parsed(translated)
    if parsed is None:
        return None  # syntax only the `regex` module knows: scan in full
    usable = sorted(set(_usable(_factors(parsed))), key=_selectivity, reverse=True)
    return tuple(usable) or None


# Braces that are not a {m,n} repeat: the standard parser reads them as literal text, but to
# the `regex` module "(?:detained){e<=1}" is a fuzzy match, which "detaned" satisfies. The
# standard parser also misreads a POSIX class: "[[:space:]]" as "[[:space:]" and then "]".
_NOT_A_REPEAT = re.compile(r"\{(?![\d,\s]*\})[^{}]*\}")


def _parsed(pattern: str) -> list | None:
    """The pattern parsed by the standard library's parser; None for syntax only the `regex`
    module knows. Quietly: `rules check` tells the author about doubtful syntax ("[[a]")."""
    if _NOT_A_REPEAT.search(pattern) or "[:" in pattern:  # or a POSIX class, "[[:space:]]"
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return list(sre_parse.parse(pattern, re.IGNORECASE))
        except (re.error, OverflowError, RecursionError, ValueError):
            return None


def _usable(factors: list[Factor]) -> list[Factor]:
    return [f for f in factors if f and min(map(len, f)) >= MIN_ANCHOR_LENGTH]


def _selectivity(factor: Factor) -> tuple:
    """Longer literals, and fewer of them, are rarer; ties broken by the literals, for a stable order."""
    return min(map(len, factor)), -len(factor), sorted(factor)


def _best(factors: list[Factor]) -> Factor | None:
    usable = _usable(factors)
    return max(usable, key=_selectivity) if usable else None


def _factors(items) -> list[Factor]:
    """Factors of a sequence: literal runs, and the factors of required sub-parts."""
    factors: list[Factor] = []
    run: list[str] = []

    def flush():
        if run:
            factors.append(Factor({fold_case("".join(run))}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is sre.SUBPATTERN:
            factors.extend(_factors(list(av[-1])))
        elif op is sre.ATOMIC_GROUP:
            factors.extend(_factors(list(av)))
        elif op is sre.BRANCH:
            factors.extend(_branch(av[1]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            factors.extend(_factors(list(av[2])))
        # anything else (classes, anchors, lookarounds, optional parts) requires no literal
    flush()
    return factors


def _branch(alternatives) -> list[Factor]:
    """An alternation requires one literal from each alternative's best factor."""
    chosen = []
    for alternative in alternatives:
        best = _best(_factors(list(alternative)))
        if best is None:
            return []
        chosen.append(best)
    return [Factor(set().union(*chosen))]


# ---------------------------------------------------------------------------
# Leads: the literals a match starts with

LEADS_LIMIT = 64  # literals a lead may spell out ("det" + "ained|ention" ...) before it stops


def leading_of(pattern: str) -> Factor | None:
    """The literals, one of which every match of `pattern` starts with, right where the match
    starts (a lookaround or \\b before them is zero-width). A search for the pattern then needs
    to try only where they occur: the regex engine scans for an alternation of words with no
    common prefix at about 25 M chars/s, Aho-Corasick finds them ten times faster.

    None when a match may start otherwise, or a lead is shorter than MIN_ANCHOR_LENGTH."""
    parsed = _parsed(pattern)
    if parsed is None:
        return None  # syntax only the `regex` module knows: search as it is
    leads, _ = _leads(parsed)
    if not leads or min(map(len, leads)) < MIN_ANCHOR_LENGTH:
        return None
    return Factor(leads)


def _leads(items) -> tuple[set[str] | None, bool]:
    """(the literals every match of a sequence starts with, whether they spell all of it)."""
    prefixes = {""}
    for op, av in items:
        if op is sre.LITERAL:
            prefixes = {p + fold_case(chr(av)) for p in prefixes}
            continue
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT) and prefixes == {""}:
            continue  # zero-width before the first character
        parts = _alternatives(op, av)
        found = [_leads(part) for part in parts] if parts else []
        if not found or any(leads is None for leads, _ in found):
            return _nonempty(prefixes), False
        joined = {p + lead for p in prefixes for leads, _ in found for lead in leads}
        if len(joined) > LEADS_LIMIT:
            return _nonempty(prefixes), False
        prefixes = joined
        if not all(whole for _, whole in found):
            return prefixes, False
    return _nonempty(prefixes), True


def _alternatives(op, av) -> list[list]:
    """The sequences a group or an alternation may match, each in full."""
    if op is sre.SUBPATTERN:
        return [list(av[-1])]
    if op is sre.ATOMIC_GROUP:
        return [list(av)]
    if op is sre.BRANCH:
        return [list(alternative) for alternative in av[1]]
    return []


def _nonempty(prefixes: set[str]) -> set[str] | None:
    return None if prefixes == {""} else prefixes


# ---------------------------------------------------------------------------
# One scan for all anchors


Key = tuple[int, int]  # (rule index, pattern index)


@dataclass
class AnchorIndex:
    """Which patterns may match where: built once per rule set, used on every text."""

    automaton: AhoCorasick | None  # finds every literal, overlapping ones too, in one pass
    by_first: dict[str, list[Key]]  # a literal of a pattern's most selective factor → the patterns
    also_needs: dict[Key, tuple[Factor, ...]]  # the rest of each pattern's anchor
    unanchored: list[Key]  # patterns scanned in full
    lead_automaton: AhoCorasick | None = None  # finds the literals the patterns' searches start with
    lead_literals: list[str] = field(default_factory=list)
    leads: dict[Key, Factor] = field(default_factory=dict)  # the literals a pattern's search starts with
    _held: dict[frozenset[str], list[Key]] = field(default_factory=dict)  # literals found → patterns

    @classmethod
    def build(cls, anchors: list[list[Anchor | None]], leads: dict[Key, Factor] | None = None) -> "AnchorIndex":
        """`anchors[r][p]` is the anchor of pattern p of rule r; `leads[(r, p)]`, where known,
        the literals its search starts with."""
        by_first: dict[str, list[Key]] = defaultdict(list)
        also_needs, unanchored, literals = {}, [], set()
        for r, patterns in enumerate(anchors):
            for p, anchor in enumerate(patterns):
                if not anchor:
                    unanchored.append((r, p))
                    continue
                for literal in anchor[0]:
                    by_first[literal].append((r, p))
                also_needs[(r, p)] = anchor[1:]
                literals.update(*anchor)
        # Literals are case-folded and so is the text scanned (fold_case). Aho-Corasick (in Rust)
        # finds them all in one pass, 10-20x faster than a regex alternation of them.
        automaton = AhoCorasick(sorted(literals), store_patterns=True) if literals else None
        leads = {key: lead for key, lead in (leads or {}).items() if key not in unanchored}
        lead_literals = sorted(set().union(*leads.values())) if leads else []
        lead_automaton = AhoCorasick(lead_literals) if lead_literals else None
        return cls(automaton, dict(by_first), also_needs, unanchored, lead_automaton, lead_literals, leads)

    def scan(self, text: str, paragraphs: list[tuple[int, int]]) -> "Scan":
        """Where in `text` each pattern may match, and where its search may start."""
        lowered = fold_case(text) if self.automaton else text
        windows = self.windows(text, paragraphs, lowered)
        return Scan(windows, self._lead_starts(lowered, windows))

    def windows(self, text: str, paragraphs: list[tuple[int, int]], lowered: str | None = None) -> dict[Key, list[tuple[int, int]]]:
        """For each pattern that may match in `text`, the stretches of it worth scanning: runs of
        adjacent paragraphs that hold its anchor (the whole text for a pattern with no anchor)."""
        found: dict[Key, list[tuple[int, int]]] = {key: [(0, len(text))] for key in self.unanchored}
        if self.automaton is None:
            return found
        lowered = lowered or fold_case(text)
        runs: dict[Key, list[list[int]]] = defaultdict(list)
        for number, (start, end) in enumerate(paragraphs):
            present = frozenset(self.automaton.find_matches_as_strings(lowered[start:end], overlapping=True))
            for key in self._patterns_held(present):
                spans = runs[key]
                if spans and spans[-1][2] == number - 1:
                    spans[-1][1:] = [end, number]  # the run goes on: one scan serves both
                else:
                    spans.append([start, end, number])
        found.update({key: [(start, end) for start, end, _ in spans] for key, spans in runs.items()})
        return found

    def _lead_starts(self, lowered: str, windows: dict[Key, list[tuple[int, int]]]) -> dict[Key, list[int]]:
        """For each pattern with a lead that may match, every place one of its lead literals starts."""
        wanted = [key for key in windows if key in self.leads]
        if not wanted:
            return {}
        at: dict[str, list[int]] = defaultdict(list)
        for literal, start, _ in self.lead_automaton.find_matches_as_indexes(lowered, overlapping=True):
            at[self.lead_literals[literal]].append(start)
        # Many patterns share their lead ("(?:detained|arrested) ..." in many rules): each set's
        # starts are sorted once, and the patterns share the list.
        by_lead: dict[frozenset[str], list[int]] = {}
        for key in wanted:
            lead = self.leads[key]
            if lead not in by_lead:
                by_lead[lead] = sorted({start for literal in lead for start in at.get(literal, ())})
        return {key: by_lead[self.leads[key]] for key in wanted}

    def _patterns_held(self, present: frozenset[str]) -> list[Key]:
        """The patterns whose every factor has a literal in a paragraph (paragraphs of one story
        hold the same few literals, so the answer is kept)."""
        held = self._held.get(present)
        if held is None:
            candidates = {key for literal in present for key in self.by_first.get(literal, ())}
            held = sorted(key for key in candidates if all(not f.isdisjoint(present) for f in self.also_needs[key]))
            if len(self._held) < HELD_CACHE_SIZE:
                self._held[present] = held
        return held


@dataclass(frozen=True)
class Scan:
    """What one scan of a text found: where each pattern may match, and for a pattern with a
    lead, every place its search may start (its matches start nowhere else)."""

    windows: dict[Key, list[tuple[int, int]]]
    starts: dict[Key, list[int]]


# Letters the `regex` module's case-blind matching equates with letters that str.lower()
# keeps apart: "ſ" with "s", "ς" with "σ", "µ" with "μ", Cyrillic and Greek variant forms,
# Cherokee. Each becomes its case fold; "İ" (which lowers to two characters) and "ı" (which
# `regex` equates with "I") become "i". Every case letter with such a fold lies below U+2000
# or in U+AB70-U+ABBF (checked over all of Unicode when this was written).
_FOLDS = {ord(letter): folded for letter in map(chr, (*range(0x2000), *range(0xAB70, 0xABC0)))
          if (folded := letter.casefold()) != letter.lower() and len(folded) == 1}  # each folded once: 2-6 ms less a run
_FOLDS.update({ord("İ"): "i", ord("ı"): "i"})
_UNUSUAL_CASE = re.compile("[" + "".join(map(chr, _FOLDS)) + "Σ]")  # Σ: lower() makes a final ς


def fold_case(text: str) -> str:
    """`text` folded so that two strings the regex matches case-blind fold alike (or more
    strings fold alike than it matches, never fewer), with every character where it was.
    Plain lower() serves nearly every text; the few with the letters above are folded one
    letter at a time."""
    if _UNUSUAL_CASE.search(text) is None:
        return text.lower()
    return "".join(_FOLDS.get(ord(c)) or c.lower() for c in text)
