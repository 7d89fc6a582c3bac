"""TOML files people write by hand: parse with errors at a line, and find the line of a key.

tomllib gives values but not positions, so `Locator` finds where a key or a `[[table]]`
stands in the text; every error about a rule or a manifest can then name its line.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache

import regex

from . import pattern_cache
from .errors import InputError

_HEADER = pattern_cache.compile(r"^\s*\[\[?\s*[A-Za-z0-9_.\-\"' ]+\s*\]\]?\s*(?:#.*)?$")


def parse(raw: str, shown: str, *, first_line: int = 1, hint: str | None = None, what: str = "") -> dict:
    """The TOML document in `raw`; a syntax error names the line (counting from `first_line`)."""
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        found = regex.search(r"\s*\(at line (\d+), column \d+\)$", str(error))
        message = str(error)[: found.start()] if found else str(error)
        line = int(found[1]) + first_line - 1 if found else None
        raise InputError(f"{what}not valid TOML: {message}", shown, line, hint=hint) from None


@lru_cache(maxsize=256)
def _key_pattern(key: str) -> regex.Pattern:
    name = regex.escape(key)
    return pattern_cache.compile(rf"\s*(?:(?:{name}|\"{name}\")\s*=|\[\[?\s*{name}\s*\]\]?\s*(?:#.*)?$)")


class Locator:
    """The lines of one TOML text, or of one table in it, where keys can be looked up."""

    def __init__(self, raw: str | list[str], start: int = 0, end: int | None = None, prefix: str = "",
                 first_line: int = 1):
        self.lines = raw.split("\n") if isinstance(raw, str) else raw
        self.start, self.end = start, len(self.lines) if end is None else end
        self.prefix, self.first_line = prefix, first_line

    def within(self, table: str, index: int) -> "Locator":
        """The part of the text that belongs to the `index`-th [[table]]."""
        name = f"{self.prefix}{table}"
        headers = [i for i in range(self.start, self.end) if self.lines[i].strip() == f"[[{name}]]"]
        if index >= len(headers):
            return Locator(self.lines, self.start, self.end, f"{name}.", self.first_line)
        begin = headers[index]
        later = (i for i in range(begin + 1, self.end)
                 if _HEADER.match(self.lines[i]) and not self.lines[i].strip().startswith(f"[[{name}."))
        return Locator(self.lines, begin, next(later, self.end), f"{name}.", self.first_line)

    @property
    def line(self) -> int:
        """The line of the table's header (or of the text's start)."""
        return self.start + self.first_line

    def key(self, key: str) -> int | None:
        pattern = _key_pattern(key)
        return next((i + self.first_line for i in range(self.start, self.end) if pattern.match(self.lines[i])), None)

    def text(self, needle: str, after: int | None = None) -> int | None:
        """The first line at or after `after` that holds `needle` (as written, or TOML-escaped)."""
        first = max(self.start, after - self.first_line if after else self.start)
        forms = (needle, needle.replace("\\", "\\\\").replace('"', '\\"'))
        return next((i + self.first_line for i in range(first, self.end) if any(f in self.lines[i] for f in forms)),
                    None)
