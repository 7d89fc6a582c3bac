"""Anchors: the literal words every match of a pattern must contain, found in one pass.

Running every pattern over every text costs one scan per pattern. Instead, each
pattern's *anchor* is read from the parsed pattern: the sets of literal strings every
match contains one of, such as ({"russian", "detainees"}, {"released", "freed"}) for
"{count} (?:Russians|detainees) were (?:released|freed)". One combined scan of a text finds
the literals of all rules at once, and each pattern then runs only in the paragraphs that
hold one literal of each of its sets (a match never crosses a paragraph). A pattern with no
usable anchor (say, a bare placeholder) is scanned in full, so results never depend on the
shortcut.
"""

from __future__ import annotations

import re
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
BREAK = "[\\x00]"  # stands in for the placeholder: a class, so no literal runs across it
HELD_CACHE_SIZE = 4096  # distinct sets of literals a rule set remembers the patterns of

Factor = frozenset  # of strings: one of them occurs in every match
Anchor = tuple  # of Factors, the most selective first: every match holds one literal of each


def anchor_of(translated: str) -> Anchor | None:
    """The sets of literals that every match of `translated` contains one of, the most
    selective first.

    `translated` is a rule pattern after the readability translation, with BREAK where
    the placeholder stands. Returns None when no literal of MIN_ANCHOR_LENGTH is required.
    """
    try:
        parsed = sre_parse.parse(translated, re.IGNORECASE)
    except (re.error, OverflowError, RecursionError, ValueError):
        return None  # syntax only the `regex` module knows: scan in full
    usable = sorted(set(_usable(_factors(list(parsed)))), key=_selectivity, reverse=True)
    return tuple(usable) or None


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
            factors.append(Factor({"".join(run).lower()}))
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
# One scan for all anchors


Key = tuple[int, int]  # (rule index, pattern index)


@dataclass
class AnchorIndex:
    """Which patterns may match where: built once per rule set, used on every text."""

    automaton: AhoCorasick | None  # finds every literal, overlapping ones too, in one pass
    by_first: dict[str, list[Key]]  # a literal of a pattern's most selective factor → the patterns
    also_needs: dict[Key, tuple[Factor, ...]]  # the rest of each pattern's anchor
    unanchored: list[Key]  # patterns scanned in full
    _held: dict[frozenset[str], list[Key]] = field(default_factory=dict)  # literals found → patterns

    @classmethod
    def build(cls, anchors: list[list[Anchor | None]]) -> "AnchorIndex":
        """`anchors[r][p]` is the anchor of pattern p of rule r."""
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
        # Literals are lower case and so is the text scanned. Aho-Corasick (in Rust) finds them
        # all in one pass, 10-20x faster than a regex alternation of them.
        automaton = AhoCorasick(sorted(literals), store_patterns=True) if literals else None
        return cls(automaton, dict(by_first), also_needs, unanchored)

    def windows(self, text: str, paragraphs: list[tuple[int, int]]) -> dict[Key, list[tuple[int, int]]]:
        """For each pattern that may match in `text`, the stretches of it worth scanning: runs of
        adjacent paragraphs that hold its anchor (the whole text for a pattern with no anchor)."""
        found: dict[Key, list[tuple[int, int]]] = {key: [(0, len(text))] for key in self.unanchored}
        if self.automaton is None:
            return found
        lowered = _lower_in_place(text)
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


def _lower_in_place(text: str) -> str:
    """`text` in lower case with every character where it was. str.lower() keeps offsets for
    nearly all text; the few letters it expands ("İ" → "i̇") are lowered one by one instead."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
