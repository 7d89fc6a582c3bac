"""Anchors: the literal words every match of a pattern must contain, found in one pass.

Running every pattern over every text costs one scan per pattern. Instead, each
pattern's *anchor* — a set of literal strings one of which every match contains, such
as {"detained", "arrested"} — is read from the parsed pattern; one combined scan of a
text finds all anchors of all rules at once, and each pattern then runs only in the
paragraphs where its anchor occurs. A pattern with no usable anchor (say, a bare
placeholder) is scanned in full, so results never depend on the shortcut.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

try:  # the standard library's own regular-expression parser (renamed in 3.11)
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

MIN_ANCHOR_LENGTH = 3  # shorter literals ("on", "of") occur everywhere and filter nothing
BREAK = "[\\x00]"  # stands in for the placeholder: a class, so no literal runs across it

Factor = frozenset  # of strings: one of them occurs in every match


def anchor_of(translated: str) -> Factor | None:
    """The most selective set of literals that every match of `translated` contains.

    `translated` is a rule pattern after the readability translation, with BREAK where
    the placeholder stands. Returns None when no literal of MIN_ANCHOR_LENGTH is required.
    """
    try:
        parsed = sre_parse.parse(translated, re.IGNORECASE)
    except (re.error, OverflowError, RecursionError, ValueError):
        return None  # syntax only the `regex` module knows: scan in full
    return _best(_factors(list(parsed)))


def _best(factors: list[Factor]) -> Factor | None:
    usable = [f for f in factors if f and min(map(len, f)) >= MIN_ANCHOR_LENGTH]
    if not usable:
        return None
    return max(usable, key=lambda f: (min(map(len, f)), -len(f)))


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


def trie_pattern(words) -> str:
    """An alternation of `words` shaped as a trie, so a scan tests each position once."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@dataclass
class AnchorIndex:
    """Which patterns may match where: built once per rule set, used on every text."""

    scanner: re.Pattern | None
    by_literal: dict[str, list[tuple[int, int]]]  # literal → (rule index, pattern index)
    unanchored: list[tuple[int, int]]  # patterns scanned in full

    @classmethod
    def build(cls, anchors: list[list[Factor | None]]) -> "AnchorIndex":
        """`anchors[r][p]` is the anchor of pattern p of rule r."""
        by_literal: dict[str, list[tuple[int, int]]] = defaultdict(list)
        unanchored = []
        for r, patterns in enumerate(anchors):
            for p, anchor in enumerate(patterns):
                if anchor is None:
                    unanchored.append((r, p))
                for literal in anchor or ():
                    by_literal[literal].append((r, p))
        scanner = None
        if by_literal:
            # A lookahead reports every start position, so anchors inside others are not skipped.
            # Literals are lower case and so is the text scanned: a case-blind scan is 4x slower.
            scanner = re.compile(f"(?=({trie_pattern(by_literal)}))")
        return cls(scanner, dict(by_literal), unanchored)

    def windows(self, text: str, paragraphs: list[tuple[int, int]]) -> dict[tuple[int, int], list[tuple[int, int]]]:
        """For each pattern that may match in `text`, the stretches of it worth scanning: runs of
        adjacent paragraphs that hold its anchor (the whole text for a pattern with no anchor)."""
        found: dict[tuple[int, int], list[tuple[int, int]]] = {key: [(0, len(text))] for key in self.unanchored}
        if self.scanner is None:
            return found
        lowered = _lower_in_place(text)
        literals_in = _literal_lookup(self.by_literal)
        runs: dict[tuple[int, int], list[list[int]]] = defaultdict(list)
        for number, (start, end) in enumerate(paragraphs):
            present = set(self.scanner.findall(lowered, start, end))  # one C call a paragraph
            for key in {key for hit in present for key in literals_in(hit)}:
                spans = runs[key]
                if spans and spans[-1][2] == number - 1:
                    spans[-1][1:] = [end, number]  # the run goes on: one scan serves both
                else:
                    spans.append([start, end, number])
        found.update({key: [(start, end) for start, end, _ in spans] for key, spans in runs.items()})
        return found


def _lower_in_place(text: str) -> str:
    """`text` in lower case with every character where it was. str.lower() keeps offsets for
    nearly all text; the few letters it expands ("İ" → "i̇") are lowered one by one instead."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _literal_lookup(by_literal: dict[str, list[tuple[int, int]]]):
    """Patterns whose anchor occurs within a hit: the hit is the longest literal at its
    position, and shorter literals that start there are its prefixes."""
    cache: dict[str, list[tuple[int, int]]] = {}

    def lookup(hit: str) -> list[tuple[int, int]]:
        if hit not in cache:
            cache[hit] = [key for literal, keys in by_literal.items() if hit.startswith(literal) for key in keys]
        return cache[hit]

    return lookup
