"""Sources: articles on disk, their metadata, and the part of their text worth reading.

An article is a `.txt` or `.md` file. Its metadata (outlet, title, publication date, URL)
comes from TOML front matter between `+++` lines at the top of the file (or YAML
`key: value` lines between `---` lines, as Hugo and Jekyll write them), or from a
manifest `sources.toml` in the same folder; where both give a field, the front matter
wins, because it travels with the article. Web boilerplate ("Share this article",
newsletter blurbs, "You might also like:", "Read more:" and "Related Topics" lists, readers'
comments) and the lines an author's `boilerplate` patterns match are blanked out before
extraction, with offsets kept, so evidence still points at the right line of the original file.
"""

from __future__ import annotations

import difflib
import os
from array import array
from collections.abc import Iterator
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

import regex
from ahocorasick_rs import AhoCorasick

from . import pattern_cache
from .errors import InputError
from .live_pages import STAMPS_OF_ENTRIES, Entry, LastUpdate, Stamp, above_the_text, entries_of, entry_stamps
from .tomlfile import Locator, parse
from .values import FORMAT_CHARACTERS, MOVED_FORMAT, Published, day_written

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
MANIFEST_NAME = "sources.toml"
METADATA_FIELDS = {
    "outlet": "the publication, e.g. \"Euronews\"",
    "title": "the headline",
    "published": "the publication date, e.g. 2020-08-07",
    "published_estimated": "true when the publication date is an estimate",
    "updated": "when a live page was last updated, e.g. 2024-07-05T10:15: its entries are dated no later",
    "url": "where the article was published",
    "numeric_dates": 'how the source writes "08/04/2025": "day first" (8 April) or "month first" (August 4)',
    "notes": "anything a reader of the report should know about this source",
    "boilerplate": "regular expressions (one, or a list) for lines to leave out of this source",
}
# Keys saved pages and site generators keep for themselves: fields of no report, and no
# mistake either, so TOML and YAML front matter (and sources.toml) skip them alike.
SITE_KEYS = frozenset({
    "author", "authors", "byline", "tags", "keywords", "section", "category", "categories", "description",
    "summary", "subtitle", "image", "images", "lang", "language", "locale", "modified", "lastmod",
    "draft", "slug"})


@dataclass(frozen=True)
class Source:
    """One article: its text (newlines as \\n), metadata, and what extraction should skip."""

    path: str  # as reports show it: relative to the working directory, '/'-separated
    text: str
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: Published = Published(None)
    notes: str | None = None
    first_line: int = 1  # the file line of the text's first line (after front matter)
    skipped_lines: int = 0  # lines of text wholly blanked out of `scan_text` (`explain --left-out` lists them)
    scan_text: str = field(default="", repr=False)  # `text` with boilerplate blanked to spaces
    markdown: bool = False  # read as Markdown: emphasis marks and link targets are not prose
    left_out: tuple[LeftOut, ...] = field(default=(), repr=False)  # what `scan_text` leaves out, and why
    entries: tuple[Entry, ...] = ()  # a live page's entries, in the order of the text (see live_pages.py)

    @property
    def name(self) -> str:
        return Path(self.path).name

    def published_at(self, offset: int) -> Published:
        """The day "on Friday" at `offset` is counted from: the day of the live entry it stands
        in; above the first entry of a live page that puts its newest entry first, the day of
        that entry (such a page keeps its summary current, see live_pages.py); else the day the
        article was published."""
        entry = self.entry_at(offset)
        if entry is None and self.entries and self.entries[0].stamp.rank == len(self.entries) - 1:
            entry = self.entries[0]  # the newest entry comes first
        return entry.published if entry else self.published

    def stamp_at(self, offset: int) -> Stamp | None:
        """Which live entry `offset` stands in, if any (see live_pages.py)."""
        entry = self.entry_at(offset)
        return entry.stamp if entry else None

    def entry_at(self, offset: int) -> Entry | None:
        """The live page's entry that `offset` stands in; None before the first, or in an article."""
        at = bisect_right(self._entry_starts, offset) - 1
        return self.entries[at] if at >= 0 else None

    @cached_property
    def _entry_starts(self) -> list[int]:
        return [entry.start for entry in self.entries]


    def line_of(self, offset: int) -> int:
        """The line in the original file that holds character `offset` of `text`."""
        return self.first_line + bisect_left(self._newlines, offset)

    def line_and_column(self, offset: int) -> tuple[int, int]:
        """The file line and 1-based column of character `offset` of `text`, found by bisection:
        on a 50 MB article of one line, searching back for the line's start each time is quadratic."""
        before = bisect_left(self._newlines, offset)
        line_start = self._newlines[before - 1] + 1 if before else 0
        return self.first_line + before, offset - line_start + 1

    @cached_property
    def _newlines(self) -> array:
        """Where each newline of `text` stands, found once on first use: an article with
        thousands of values asks for thousands of lines. (Not a field: `replace` drops it.)
        Found with str.find, twice as fast as a regex's matches."""
        text, found = self.text, []
        at = text.find("\n")
        while at >= 0:
            found.append(at)
            at = text.find("\n", at + 1)
        return array("q", found)


@dataclass(frozen=True)
class SourceProblem:
    """Input that could not be used as written: reported, never silently dropped. Either a file
    that could not be read, which is left out of the report (`left_out`), or metadata that
    could not be applied (a boilerplate pattern that matched no line), whose source is read."""

    path: str
    message: str
    line: int | None = None
    left_out: bool = True
    rules_given: bool = False  # rule files given where articles go ("rules list rules"): the command line says how to mend it


def problem_order(problem: SourceProblem) -> tuple:
    """Problems sorted by where they stand, so the report is the same however the run was split.
    Those on one line come from reading one article and keep their order (a sort is stable):
    two patterns of one list are reported in the order they are written."""
    return problem.path, problem.line or 0


@dataclass(frozen=True)
class BoilerplatePattern:
    """An author's regular expression for lines to leave out, with the file and line it was
    written on, so a pattern that matches no line can be pointed at."""

    text: str
    path: str
    line: int | None = None


# ---------------------------------------------------------------------------
# Finding and reading files


def display_path(path: Path) -> str:
    """A stable, relative, '/'-separated path for reports."""
    path, here = Path(path), os.getcwd()
    if path.name in ("", ".", ".."):
        return _display_folder(str(path), here)
    return _joined(_display_folder(str(path.parent), here), path.name)


@lru_cache(maxsize=1024)
def _display_folder(folder: str, here: str) -> str:
    """A folder's display path from the working directory `here`, worked out once: a corpus
    has thousands of files in a few folders."""
    try:
        return Path(os.path.relpath(folder)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(folder).as_posix()


def _joined(folder: str, name: str) -> str:
    return name if folder == "." else f"{folder.rstrip('/')}/{name}"


def find_article_files(paths: list[Path]) -> tuple[list[Path], list[SourceProblem]]:
    """Expand folders to the article files below them, in sorted order."""
    files, problems, seen, visited, real_folders = [], [], set(), set(), {}
    for path in paths:
        if path.is_dir():
            seen_before = os.path.realpath(path) in visited  # reached again through a link
            candidates = _walk(path, problems, visited)
            if not candidates and not seen_before:  # "rules list rules" would otherwise read nothing, silently
                problems.append(_no_articles_in(path))
        elif _is_a_rule_file(path):  # "report rules/turnout.toml" would read the rule as an article
            problems.append(SourceProblem(display_path(path), "a rule file (.toml), not an article: give the folder "
                                          "that holds the articles, and this file with --rules", rules_given=True))
            continue
        elif path.exists():
            candidates = [path]
        else:
            problems.append(SourceProblem(display_path(path), "no such file or folder"))
            continue
        for candidate in candidates:
            key = _real_path(candidate, real_folders)
            if key not in seen:
                seen.add(key)
                files.append(candidate)
    return files, problems


def _no_articles_in(folder: Path) -> SourceProblem:
    """A folder without articles, given where articles go: a folder of rules, said so, or another."""
    if any(_is_a_rule_file(file) for file in folder.rglob("*.toml")):
        return SourceProblem(display_path(folder), "no articles (.txt, .md or .markdown files) in this folder, but "
                             "rule files (.toml): give the folder that holds the articles, and this one with --rules",
                             left_out=False, rules_given=True)
    return SourceProblem(display_path(folder), "no articles (.txt, .md or .markdown files) in this folder: give the "
                         "folder that holds the articles", left_out=False)


# .toml files that are not rules: a folder of sources has its manifest, a project its settings
_NOT_RULE_FILES = {MANIFEST_NAME, "discrepancy.toml", "pyproject.toml"}


def _is_a_rule_file(path: Path) -> bool:
    return path.suffix.lower() == ".toml" and path.name.lower() not in _NOT_RULE_FILES and path.is_file()


def _real_path(file: Path, real_folders: dict[Path, str]) -> str:
    """The file's real path: its folder's, looked up once per folder in `real_folders`, and
    its own name unless the file is a link (os.path.realpath looks up every component of
    every path it is given)."""
    if os.path.islink(file):
        return os.path.realpath(file)
    if file.parent not in real_folders:
        real_folders[file.parent] = os.path.realpath(file.parent)
    return os.path.join(real_folders[file.parent], file.name)


def _walk(folder: Path, problems: list[SourceProblem], visited: set[str]) -> list[Path]:
    """Article files below `folder`. Linked folders are followed after the real ones, so a
    file is found by its real path first; a folder already read (by its real path) is not
    read again, so a link loop ends at once and repeats nothing."""
    found, pending = [], [folder]

    def on_error(error: OSError) -> None:
        problems.append(SourceProblem(display_path(Path(error.filename or folder)), f"cannot read folder: {error.strerror}"))

    while pending:
        for root, dirs, names in os.walk(pending.pop(0), onerror=on_error, followlinks=False):
            real = os.path.realpath(root)
            if real in visited:
                dirs[:] = []
                continue
            visited.add(real)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            pending.extend(Path(root) / d for d in dirs if os.path.islink(os.path.join(root, d)))
            found.extend(Path(root) / n for n in sorted(names)
                         if n.lower().endswith(ARTICLE_SUFFIXES) and not n.startswith("."))
    return found


def load_sources(paths: list[str | Path]) -> tuple[list[Source], list[SourceProblem]]:
    """Read every article under `paths`. Unreadable files become problems; the rest load.

    Raises InputError only for a broken manifest, which would mislabel every source.
    """
    files, problems = find_article_files([Path(p) for p in paths])
    work, manifest_problems = with_metadata(files)
    problems += manifest_problems
    sources = []
    for file, entry in work:
        source, file_problems = read_article(file, entry)
        sources += [source] if source else []
        problems += file_problems
    sources.sort(key=lambda s: s.path)
    problems.sort(key=problem_order)
    return sources, problems


def with_metadata(files: list[Path]) -> tuple[list[tuple[Path, dict]], list[SourceProblem]]:
    """Each file with its manifest entry, reading each folder's manifest once; and the
    manifests' problems (an entry for a file that is not there)."""
    manifests: dict[Path, dict[str, dict]] = {}
    work, problems = [], []
    for file in files:
        if file.parent not in manifests:
            manifests[file.parent], found = read_manifest(file.parent / MANIFEST_NAME)
            problems += found
        work.append((file, manifests[file.parent].get(file.name, {})))
    return work, problems


def read_article(file: Path, entry: dict) -> tuple[Source | None, list[SourceProblem]]:
    """The article and the problems met reading it; None for an article that could not be
    read, whose problem says why. Never silently dropped."""
    try:
        return read_source(file, entry)
    except InputError as error:
        message = f"{error.message} ({error.hint})" if error.hint else error.message
        return None, [SourceProblem(error.path or display_path(file), message, error.line)]


def read_source(file: Path, manifest_entry: dict | None = None) -> tuple[Source, list[SourceProblem]]:
    """The article, and what in its metadata could not be applied (it is read all the same)."""
    shown = display_path(file)
    text = decode(_read_bytes(file, shown), shown)
    metadata, body, first_line, problems = split_front_matter(text, shown)
    merged = {**(manifest_entry or {}), **metadata}
    if "published" in metadata:  # the estimate flag goes with the date it qualifies
        merged["published_estimated"] = metadata.get("published_estimated", False)
    patterns = merged.get("boilerplate", [])
    markdown = file.suffix.lower() != ".txt"
    published = Published(_as_date(merged.get("published"), shown), bool(merged.get("published_estimated")),
                          numeric_date_order(merged.get("numeric_dates"), shown))
    prepared = prepare(body, [p.text for p in patterns], markdown=markdown, published=published)
    problems += [_unmatched_problem(patterns[index], shown) for index in prepared.unmatched]
    updated, unread = last_update(merged.get("updated"), shown, published.day)
    problems += unread
    source = Source(
        path=shown, text=body, outlet=merged.get("outlet"), title=merged.get("title"),
        url=merged.get("url"), notes=merged.get("notes"), published=published,
        first_line=first_line, skipped_lines=prepared.skipped, scan_text=prepared.scan, markdown=markdown,
        left_out=prepared.left_out, entries=entries_of(prepared.scan, published, body, updated),
    )
    return source, problems


def _unmatched_problem(pattern: BoilerplatePattern, shown: str) -> SourceProblem:
    return SourceProblem(pattern.path, f"boilerplate pattern '{pattern.text}' matched no line of {shown} "
                                       f"({UNMATCHED_PATTERN_HINT})", pattern.line, left_out=False)


UNMATCHED_PATTERN_HINT = ("each line is searched on its own, in any case, as grep does: "
                          "compare the pattern with the line it should leave out, or remove it")


def prepare(body: str, boilerplate: list[str] = (), markdown: bool = False,
            published: Published = Published(None)) -> Prepared:
    """The text extraction searches, how many lines of text it left out, which of the
    `boilerplate` patterns matched no line (their indexes), and why each stretch is left out:
    format characters moved to word ends, boilerplate blanked; the same length as `body`. `published` reads the dates of a live
    page's stamps (see _page_stamps)."""
    return blank_and_check(format_at_word_ends(body), boilerplate, markdown=markdown, published=published)


def text_source(text: str, published: Published | None = None, path: str = "<text>") -> Source:
    """A loose text (a rule example, a notebook cell) as a source, prepared as a Markdown
    article is: an example copied from a .md article, emphasis and all, reads as it does there."""
    published = published or Published(None)
    prepared = prepare(text, markdown=True, published=published)
    return Source(path=path, text=text, published=published, skipped_lines=prepared.skipped,
                  scan_text=prepared.scan, markdown=True, left_out=prepared.left_out,
                  entries=entries_of(prepared.scan, published, text))


def _read_bytes(file: Path, shown: str) -> bytes:
    try:
        return file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read file: {error.strerror}", shown,
                         hint="check that it exists and that you may read it") from None


def decode(data: bytes, shown: str) -> str:
    """UTF-8 (with or without a BOM), newlines folded to \\n; anything else is an error."""
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file, not an article", shown,
                         hint="keep only .txt or .md articles in the sources folder")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = len(regex.findall(rb"\r\n|\r|\n", data[: error.start])) + 1
        raise InputError(f"not valid UTF-8 (byte {error.start}: 0x{data[error.start]:02x})", shown, line,
                         hint=_encoding_hint(data, error.start)) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


_HIGH_BYTE = regex.compile(rb"[\x80-\xff]")
_HIGH_LETTER_RUN = regex.compile(rb"[\xc0-\xff]{3,}")  # a word of Cyrillic letters in cp1251
_UTF8_SEQUENCE = regex.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_WINDOWS_ONLY = regex.compile(rb"[\x80-\x9f]")  # curly quotes and dashes in cp1252; controls in Latin-1


def _encoding_hint(data: bytes, at: int) -> str:
    """How to mend a file that is not UTF-8, guessed from the bytes around the error: a stray
    byte in a UTF-8 file, or a file in another encoding. In cp1251 (Windows Cyrillic) whole
    words are bytes from 0xC0 up; in Latin-1 and cp1252 an accented letter stands alone
    among ASCII ones (café is 63 61 66 e9)."""
    sample = data[max(0, at - 16_384): at + 16_384]
    high = len(_HIGH_BYTE.findall(sample))
    if 2 * sum(map(len, _UTF8_SEQUENCE.findall(sample))) > high:
        return "the rest is UTF-8: retype the character there, or re-save the file as UTF-8"
    if 2 * sum(map(len, _HIGH_LETTER_RUN.findall(sample))) >= high:
        name, what = "cp1251", "Windows Cyrillic (cp1251)"
    elif _WINDOWS_ONLY.search(sample):
        name, what = "cp1252", "Windows Western European (cp1252)"
    else:
        name, what = "latin1", "Latin-1"
    return f"it looks like {what}: re-save it as UTF-8, e.g. `iconv -f {name} -t utf-8`"


# ---------------------------------------------------------------------------
# Metadata


def split_front_matter(text: str, shown: str) -> tuple[dict, str, int, list[SourceProblem]]:
    """Split `+++` TOML or `---` YAML front matter from the body; returns (metadata, body,
    body's first line, problems with keys that are not read)."""
    if text.startswith("---\n") and _YAML_KEY.match(text, 4):
        return _split_yaml_front_matter(text, shown)
    fence = text[:3]
    # TOML between --- lines is a common slip for +++: read it, rather than lose the metadata
    # into the article text (where "published = 2020-08-05" would be read as a date).
    if not (text.startswith("+++\n") or text.startswith("---\n") and _TOML_KEY.match(text, 4)):
        return {}, text, 1, []
    end = text.find(f"\n{fence}", 3)
    if end < 0 or text[end + 4: end + 5] not in ("", "\n"):
        raise InputError(f"front matter opened with {fence} is never closed", shown, 1,
                         hint=f"end the metadata block with a line holding only {fence}")
    block = text[4: end + 1]
    metadata = parse(block, shown, first_line=2, hint="write metadata as key = \"value\" lines",
                     what="front matter is ")
    metadata = _checked_metadata(metadata, shown, Locator(block, first_line=2))
    body_start = end + 5
    return metadata, text[body_start:], text[:body_start].count("\n") + 1, []


# YAML front matter (Hugo, Jekyll): `key: value` lines, the value bare or in quotes, and
# `boilerplate` as one pattern or a list (`- pattern` lines, or `[...]`). Other keys (tags,
# author, draft...) are the site's business and are skipped, but one that is a letter or two
# from a field of ours is reported, not dropped; a field of ours written in a form not read
# here (a block, a list) is an error. The whole block is front matter, never article text.
# Common names map to ours: date is published, and so on.
YAML_ALIASES = {"date": "published", "source": "outlet", "publisher": "outlet", "site": "outlet",
                "link": "url", "permalink": "url"}
_YAML_KEY = pattern_cache.compile(r"(?:[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)|---\n)", regex.MULTILINE)
_TOML_KEY = pattern_cache.compile(r"[A-Za-z_][\w-]*[ \t]*=")
_YAML_LINE = pattern_cache.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*")
_YAML_DATE = pattern_cache.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[ \t]*[+-]\d{2}:?\d{2})?)?")
_YAML_ITEM = pattern_cache.compile(r"[ \t]*-(?:[ \t]+(?P<value>.*?))?[ \t]*")
_YAML_INDENTED = pattern_cache.compile(r"[ \t]+[^ \t#]")  # a line that belongs to the key above it
_YAML_QUOTED = pattern_cache.compile(r"'(?P<single>(?:[^']|'')*)'|\"(?P<double>(?:[^\"\\]|\\.)*)\"")
_YAML_NOTHING_MORE = pattern_cache.compile(r"[ \t]*(?:#.*)?")
_YAML_FLOW_LIST = pattern_cache.compile(r"\[(?P<items>.*)\][ \t]*(?:#.*)?")
_YAML_FLOW_ITEM = pattern_cache.compile(r"[ \t]*(?P<item>'(?:[^']|'')*'|\"(?:[^\"\\]|\\.)*\"|[^,'\"\[\]{}#\s][^,\[\]{}]*?)"
                                r"[ \t]*(?:,|$)")
_YAML_FORMS = {"[": "a list", "{": "a mapping", "|": "a block of lines", ">": "a block of lines"}
# How close a key must be to a field of ours to be taken for a misspelling of it (difflib's
# ratio): "pubished" and "boilerplates" are, "publishDate" (Hugo's own) and "author" are not.
NEAR_YAML_FIELD = 0.85
NEAR_TOML_FIELD = 0.75  # every TOML key is meant as ours, so any likely one is worth naming


def _split_yaml_front_matter(text: str, shown: str) -> tuple[dict, str, int, list[SourceProblem]]:
    end = regex.search(r"^---[ \t]*$", text[4:], flags=regex.MULTILINE)
    if end is None:
        raise InputError("front matter opened with --- is never closed", shown, 1,
                         hint="end the metadata block with a line holding only ---")
    block, body_start = text[4: 4 + end.start()], 4 + end.end() + 1
    lines = block.split("\n")
    metadata, problems, given = {}, [], {}
    for index, line in enumerate(lines):
        found = _YAML_LINE.fullmatch(line)
        if not found:
            continue  # list items, nested keys, comments: read with their key, or the site's
        written, number = found["key"], index + 2
        key = YAML_ALIASES.get(written.lower(), written.lower())
        if key not in METADATA_FIELDS:
            problems += _unread_yaml_key(written, shown, number)
            continue
        if key in given:
            raise InputError(f"front matter gives {key!r} twice: as {given[key][0]!r} on line {given[key][1]} "
                             f"and as {written!r}", shown, number, hint="keep one of them")
        given[key] = (written, number)
        value = _yaml_field(key, written, found["value"], lines, index, shown)
        if value is not None:
            metadata[key] = value
    return metadata, text[body_start:], text[:body_start].count("\n") + 1, problems


def _yaml_field(key: str, written: str, raw: str, lines: list[str], index: int, shown: str):
    """The value of one of our fields, from its line (and, for `boilerplate`, the list under
    it); None when it is empty. A form not read here is an error, never a silent skip."""
    if key == "boilerplate":
        return _yaml_patterns(raw, lines, index, shown)
    number = index + 2
    if raw[:1] in _YAML_FORMS:
        raise InputError(f"{written!r} is written as {_YAML_FORMS[raw[0]]}, which is not read", shown, number,
                         hint=f"write it as one value on its key's line: {written}: \"...\"")
    if _continues(lines, index):
        raise InputError(f"{written!r} goes on over the next lines, which are not read", shown, number + 1,
                         hint=f"write it as one value on its key's line: {written}: \"...\"")
    if not raw or raw.startswith("#"):
        return None  # an empty value: the field is not given
    value = _yaml_scalar(raw)
    if key == "published":
        date_part = _YAML_DATE.fullmatch(value)
        return _as_date(date_part[1] if date_part else value, shown, number)
    if key == "published_estimated":
        if value.lower() not in ("true", "false"):
            raise InputError("published_estimated must be true or false", shown, number)
        return value.lower() == "true"
    if key == "numeric_dates":
        numeric_date_order(value, shown, number)
    return value


def _continues(lines: list[str], index: int) -> bool:
    return index + 1 < len(lines) and _YAML_INDENTED.match(lines[index + 1]) is not None


def _yaml_patterns(raw: str, lines: list[str], index: int, shown: str) -> list[BoilerplatePattern]:
    """`boilerplate` in YAML: one pattern, a `[...]` list, or `- pattern` lines under the key."""
    number = index + 2
    if not raw or raw.startswith("#"):
        items = _yaml_block_items(lines, index)
    elif raw.startswith("["):
        items = [(item, number) for item in _yaml_flow_items(raw, shown, number)]
    elif raw[0] in _YAML_FORMS:
        raise InputError(f"boilerplate is written as {_YAML_FORMS[raw[0]]}, which is not read", shown, number,
                         hint=YAML_PATTERNS_HINT)
    else:
        items = [(_yaml_scalar(raw), number)]
    if not items and _continues(lines, index):
        raise InputError("boilerplate is followed by lines that are not a list of patterns", shown, number + 1,
                         hint=YAML_PATTERNS_HINT)
    for pattern, line in items:
        _check_pattern(pattern, shown, line)
    return [BoilerplatePattern(pattern, shown, line) for pattern, line in items]


YAML_PATTERNS_HINT = "write one pattern in single quotes, or a list: one `- '^Correction:'` line each"


def _yaml_block_items(lines: list[str], index: int) -> list[tuple[str, int]]:
    """The `- item` lines after line `index`, with their line numbers (blank lines and
    comments between them are skipped)."""
    items = []
    for at in range(index + 1, len(lines)):
        item = _YAML_ITEM.fullmatch(lines[at])
        if item:
            items.append((_yaml_scalar(item["value"] or ""), at + 2))
        elif lines[at].strip() and not lines[at].lstrip().startswith("#"):
            break
    return items


def _yaml_flow_items(raw: str, shown: str, number: int) -> list[str]:
    """The items of a one-line `[...]` list: quoted, or bare without commas or brackets."""
    listed = _YAML_FLOW_LIST.fullmatch(raw)
    items, rest = [], listed["items"] if listed else None
    while rest and rest.strip():
        item = _YAML_FLOW_ITEM.match(rest)
        if item is None:
            break
        items.append(_yaml_scalar(item["item"]))
        rest = rest[item.end():]
    if rest is None or rest.strip():
        raise InputError("boilerplate is a list that cannot be read", shown, number,
                         hint="write each pattern in single quotes, on one line: ['^Correction:', 'Read next'], "
                              "or one `- '^Correction:'` line each")
    return items


def _yaml_scalar(raw: str) -> str:
    """A bare or quoted YAML value: 'it''s', "a \"b\"", or text up to a ` #` comment."""
    quoted = _YAML_QUOTED.match(raw)
    if quoted and _YAML_NOTHING_MORE.fullmatch(raw, quoted.end()):
        if quoted["single"] is not None:
            return quoted["single"].replace("''", "'")
        return regex.sub(r'\\(["\\])', r"\1", quoted["double"])
    return regex.sub(r"[ \t]+#.*$", "", raw)


def _unread_yaml_key(written: str, shown: str, number: int) -> list[SourceProblem]:
    """A key the site may use for itself is skipped; one that looks like a misspelt field of
    ours is reported, as the metadata it was meant to give would be missing."""
    near = None if written.lower() in SITE_KEYS else _nearest_field(written.lower(), NEAR_YAML_FIELD)
    if near is None:
        return []
    return [SourceProblem(shown, f"front matter key {written!r} is not read (did you mean {near!r}? "
                                 f"rename it to {near}; the article is read without it)", number, left_out=False)]


def _nearest_field(key: str, cutoff: float) -> str | None:
    near = difflib.get_close_matches(key, sorted(METADATA_FIELDS), n=1, cutoff=cutoff)
    return near[0] if near else None


def read_manifest(path: Path) -> tuple[dict[str, dict], list[SourceProblem]]:
    """`sources.toml`: one `[[source]]` table per article, keyed by `file`; and, as problems,
    entries for files that are not there (the other entries still apply)."""
    if not path.is_file():
        return {}, []
    shown = display_path(path)
    raw = decode(_read_bytes(path, shown), shown)
    data = parse(raw, shown)
    locator = Locator(raw)
    unknown = sorted(set(data) - {"source"})
    if unknown:
        raise InputError(f"unknown top-level key {unknown[0]!r}", shown, locator.key(unknown[0]) or locator.line,
                         hint="describe each article in a [[source]] table")
    tables = data.get("source", [])
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        raise InputError("source is not a list of tables", shown, locator.key("source") or locator.line,
                         hint="describe each article in a [[source]] table, with two brackets")
    entries: dict[str, dict] = {}
    problems, described = [], set()
    for index, entry in enumerate(tables):
        where = locator.within("source", index)
        name = entry.get("file")
        if not isinstance(name, str):
            raise InputError("[[source]] has no file = \"...\"", shown, where.line,
                             hint="name the article file this entry describes")
        if name in described:
            raise InputError(f"{name!r} is described twice", shown, where.line, hint="merge the two [[source]] tables")
        described.add(name)
        fields = _checked_metadata({k: v for k, v in entry.items() if k != "file"}, shown, where)
        if (path.parent / name).is_file():
            entries[name] = fields
        else:
            problems.append(SourceProblem(shown, f"{name!r} does not exist next to the manifest, so this entry "
                                                 "describes nothing (fix the file name or remove the entry)",
                                          where.key("file") or where.line, left_out=False))
    return entries, problems


def _checked_metadata(metadata: dict, shown: str, where: Locator) -> dict:
    """The metadata of a TOML table, checked, less the site's own keys (SITE_KEYS), with
    `boilerplate` as patterns that know the line they were written on (a list is looked up
    item by item, each after the one before)."""
    metadata = {key: value for key, value in metadata.items() if key.lower() not in SITE_KEYS}
    _check_metadata(metadata, shown, where)
    if "boilerplate" not in metadata:
        return metadata
    patterns, line = [], where.key("boilerplate") or where.line
    for pattern in _as_list(metadata["boilerplate"]):
        line = where.text(pattern, after=line) or line
        patterns.append(BoilerplatePattern(pattern, shown, line))
    return {**metadata, "boilerplate": patterns}


def _check_metadata(metadata: dict, shown: str, where: Locator) -> None:
    for key, value in metadata.items():
        line = where.key(key) or where.line
        if key not in METADATA_FIELDS:
            raise InputError(f"unknown metadata field {key!r}", shown, line, hint=_unknown_field_hint(key))
        if key == "published":
            _as_date(value, shown, line)
        elif key == "published_estimated" and not isinstance(value, bool):
            raise InputError("published_estimated must be true or false", shown, line)
        elif key == "numeric_dates":
            numeric_date_order(value, shown, line)
        elif key == "updated":
            continue  # read where the source is, a site's own form of it a problem, not an error (see last_update)
        elif key == "boilerplate":
            _check_patterns(value, shown, line)
        elif key != "published_estimated" and not isinstance(value, str):
            raise InputError(f"metadata field {key!r} must be text in quotes", shown, line)


NUMERIC_DATE_ORDERS = {"day first": True, "month first": False}


def numeric_date_order(order, shown: str, line: int | None = None) -> bool | None:
    """`numeric_dates` as Published.day_first: "day first" → True, "month first" → False."""
    if order is None:
        return None
    written = " ".join(order.lower().replace("-", " ").split()) if isinstance(order, str) else None
    if written in NUMERIC_DATE_ORDERS:
        return NUMERIC_DATE_ORDERS[written]
    raise InputError(f"numeric_dates = {order!r} is not an order", shown, line,
                     hint='write numeric_dates = "day first" (08/04/2025 is 8 April) or "month first" (August 4)')


def _unknown_field_hint(key: str) -> str:
    near = YAML_ALIASES.get(key.lower()) or _nearest_field(key, NEAR_TOML_FIELD)  # `date` is our published
    mend = f"did you mean {near!r}? Rename the key, or remove it" if near else "rename the key, or remove it"
    return f"{mend}; known fields: {', '.join(sorted(METADATA_FIELDS))}"


def _as_list(patterns: str | list[str]) -> list[str]:
    return [patterns] if isinstance(patterns, str) else patterns


def _check_patterns(value, shown: str, line: int | None) -> None:
    patterns = _as_list(value)
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise InputError("boilerplate must be a pattern in quotes, or a list of them", shown, line,
                         hint="e.g. boilerplate = ['^Correction:', 'Listen to this article']")
    for pattern in patterns:
        _check_pattern(pattern, shown, line)


def _check_pattern(pattern: str, shown: str, line: int | None) -> None:
    try:
        compiled = _authored_pattern(pattern)
    except regex.error as error:
        raise InputError(f"boilerplate pattern '{pattern}' is not a valid regular expression: {error}",
                         shown, line) from None
    if compiled.search(""):  # "(?:Photo: )?.*" would match every line
        raise InputError(f"boilerplate pattern '{pattern}' matches empty text, so it would leave out "
                         "lines it was not written for",
                         shown, line, hint="make it need some text, e.g. 'Photo: .*' rather than '(?:Photo: )?.*'")


def _as_date(value, shown: str, line: int | None = None) -> date | None:
    """A publication date as sites write it: a day, a timestamp (its day as written, time
    zone and all: "2025-04-09T23:30:00-05:00" is 9 April), or a day in words with its year
    ("9 April 2025", "April 9, 2025"). A day that could be read two ways ("05/04/2025") is not."""
    if value is None or isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if hasattr(value, "hour"):
        return value.date()
    if isinstance(value, str) and (day := _day_written(value.strip())) is not None:
        return day
    raise InputError(f"published = {value!r} is not a date", shown, line,
                     hint="write it as 2020-08-07 (year-month-day), or as a day with its month and year "
                          "(7 August 2020)")


def last_update(value, shown: str, published: date | None = None) -> tuple[LastUpdate | None, list[SourceProblem]]:
    """When a page says it was last updated (`updated`): a day, or a day and time ("2024-07-05T10:15",
    a TOML date-time, "2024-07-05 10:15"), its time as written; one in another form, or before the
    page was `published`, is reported and not used, as a site may keep the key for itself ("3 hours
    ago")."""
    update, problems = _last_update(value, shown)
    if update is not None and published is not None and update.day < published:
        return None, [SourceProblem(shown, f"updated = {update.day.isoformat()} is before published = "
                                           f"{published.isoformat()} (write the day of the page's last update; "
                                           "the article is read without it)", left_out=False)]
    return update, problems


def _last_update(value, shown: str) -> tuple[LastUpdate | None, list[SourceProblem]]:
    if value is None:
        return None, []
    if hasattr(value, "hour"):
        return LastUpdate(value.date(), value.hour * 60 + value.minute), []
    if isinstance(value, date):
        return LastUpdate(value), []
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            return LastUpdate(moment.date(), moment.hour * 60 + moment.minute if _HAS_TIME.search(value) else None), []
        except ValueError:
            if (day := day_written(value.strip())) is not None:
                return LastUpdate(day), []
    return None, [SourceProblem(shown, f"updated = {value!r} is not a date (write it as 2024-07-05T10:15; the "
                                       "article is read without it)", left_out=False)]


_HAS_TIME = pattern_cache.compile(r"\d[T ]\d")


def _day_written(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return day_written(text)


# ---------------------------------------------------------------------------
# Invisible characters (see values.py): "thir\u00adty-three" is searched as "thirty\u00ad-three"

_FORMAT = pattern_cache.compile(f"[{FORMAT_CHARACTERS}]")
_WORD_WITH_FORMAT = pattern_cache.compile(
    rf"(?<![\w{FORMAT_CHARACTERS}])[^\W{FORMAT_CHARACTERS}]*(?:[{FORMAT_CHARACTERS}]+[^\W{FORMAT_CHARACTERS}]*)+")


def format_at_word_ends(text: str) -> str:
    """`text` with each word's format characters moved to its end as soft hyphens: the same
    length, and every word starts and ends where it did."""
    # (a find of each character is fifteen times faster than a search for their class)
    if not any(character in text for character in FORMAT_CHARACTERS):
        return text

    def moved(word: regex.Match) -> str:
        letters = _FORMAT.sub("", word[0])
        return letters + MOVED_FORMAT * (len(word[0]) - len(letters))

    return _WORD_WITH_FORMAT.sub(moved, text)


# ---------------------------------------------------------------------------
# Boilerplate

# Labels that introduce links to other articles: "Read more:", "Related Topics", "Most read".
LINK_LABELS = (
    r"you might also like", r"you may also like", r"related(?: articles| stories| news| topics| content| coverage)?",
    # "More from The Ledger", "More in News", "More on this story", "More stories from DW"
    r"more (?:on this (?:story|topic)|(?:(?:stories|articles|news|videos)[ \t]+)?(?:from .*|in [\w&'’ ]{1,30}))",
    r"read more", r"read also",
    # "Most read", "MOST READ IN MONEY", "Most Read World"; "Also in Local"; "Sponsored stories"
    r"most (?:read|popular|viewed|shared)(?:[ \t]+[\w&'’ ]{1,30})?", r"also in [\w&'’ ]{1,30}",
    r"(?:sponsored|promoted|partner)(?: stories| content| links)",
    r"also read", r"see also", r"recommended(?: for you| articles| stories)?", r"top stories", r"read next",
    r"trending(?: now| stories| news| topics| in [\w&'’ ]{1,30})?", r"latest (?:news|stories)", r"editor'?s picks?",
    r"you (?:may|might) also be interested in", r"suggested (?:topics|reading|stories|articles)",
    r"explore more(?: on (?:these|this) topics?)?",  # then the article's tags, one a line or "Spain | Heatwaves"
)
# The labels of a list of links that may stand in the middle of an article, each link a line of
# its own under it: "RELATED COVERAGE", "More on this story", "Read more:". Not "Latest news" nor
# "Top stories": a live page's list under them may be its own news.
LINK_LIST_LABELS = (
    r"related(?: articles| stories| news| topics| content| coverage| links| reading)?",
    r"more (?:on|about) this (?:story|topic)", r"more (?:stories|articles|news)(?: from [\w&'’ ]{1,30})?",
    r"read more", r"read also", r"also read", r"see also", r"read next", r"you (?:might|may) also like",
    r"recommended(?: for you| articles| stories| reading)?", r"most (?:read|popular|viewed|shared)",
    r"suggested (?:reading|stories|articles)",
)
# A link under such a label: a line that opens with a bullet or an arrow ("➤ What we know about
# the five people aboard the missing sub", "• Titanic tourism: ...", "- [Title](https://...)")
# and is as short as a headline, or a Markdown link alone ("[Title](https://...)"). Not a
# Markdown rule ("---", "* * *"), which parts the article from its footer: after the prose that
# follows a list, it is no link that carries the list on.
_MARKDOWN_RULE = r"(?:(?:-[ \t\u00a0]*){3,}|(?:\*[ \t\u00a0]*){3,}|(?:_[ \t\u00a0]*){3,})(?:\n|\Z)"
LINK_LIST_ITEM = (rf"[ \t\u00a0]*(?!{_MARKDOWN_RULE})(?:[➤►▶▸‣•»›→◆■*+-][ \t\u00a0]*\S[^\n]{{0,200}}"
                  r"|\[[^\]\n]{1,200}\]\([^)\n]*\)[ \t\u00a0]*(?=\n|\Z))")
# Headings of readers' comments: "3 comments", "Comments (214)", "Leave a comment". Each holds
# one of COMMENT_WORDS ("Comment", "comment", "COMMENT"), so they are found with str.find: a
# scan of every line for them, as WholeLines does, costs a tenth of all blanking.
COMMENT_MARKERS = (r"comments?(?:[ \t]*\(\d[\d,]*\))?", r"\d[\d,]* comments?", r"leave a comment")
COMMENT_WORDS = ("omment", "OMMENT")
SHARE_BUTTONS = ("share", "facebook", "twitter", "x", "linkedin", "e-?mail", "whatsapp", "print", "copy link",
                 "reddit", "pinterest", "telegram", "threads", "bluesky", "messenger", "read later", "save",
                 "gift(?: this)? article", "syndicate", "rss", "comments?")
_SHARE_ON = rf"share[ \t]+(?:on|via|to)[ \t]+(?:{'|'.join(SHARE_BUTTONS)})"  # "Share on X", "Share via Email"
# "[Facebook](#)", "[Share on X](#)", and a button's label alone: "[LinkedIn]"
_SHARE_LINK = rf"\[(?:{_SHARE_ON}|{'|'.join(SHARE_BUTTONS)})\](?:\([^)\n]*\))?"  # and "[Comments](#c)"
# A share bar's label: "Share:", "Share this:", "Share this live page:", "Share the story"
_SHARE_LABEL = r"share(?:[ \t]+(?:this|the)(?:[ \t]+[\w-]+){0,2})?[ \t]*:?[*_]{0,2}[ \t]*"
# After that label, a button of any network, as a page links it: "Share: [Facebook] [X] [Weibo]",
# "Share this: [VK](#) · [Line](#)" (networks come and go; the label says what the buttons are)
_ANY_SHARE_LINK = r"\[[^\[\]\n]{1,30}\](?:\([^)\n]*\))?"
# A button's count in a share bar: "Comment 214", "Comments (87)", "Share 1.4k" (two buttons at
# least make a bar: "Gift Article · Share · Comment 214"; "Share 3" alone may be prose's end).
_BUTTON_COUNT = r"(?:[ \t]*\(\d[\d,.]*[kKmM]?\)|[ \t]+\d[\d,.]*[kKmM]?)?"
# Whole lines that are page furniture, not reporting; each may end with a colon.
BOILERPLATE_LINES = (
    r"share (?:or comment on )?this article.*", *COMMENT_MARKERS, r"leave a reply", r"copy/paste the article.*",
    r"copy to clipboard.*", r"click here.*", r"find us", r"published on", r"copyright\b.*", r"©.*",
    # "(c) CEN Wire 2026. All rights reserved. Republication or" (a notice that wraps: see LEAST_WORDS_RUNNING_ON)
    r"\(c\)[ \t]*\d{4}\b.*",
    r"\d{1,3}[ \t-]*min(?:ute)?s?\.?[ \t]+read",  # "3 min read", "4-minute read" (a line that opens with a digit costs little)
    r"support the moscow times!?", r"subscribe[ \t]*[:!—–-].*",  # "SUBSCRIBE: unlimited access for $1 for 6 months"
    # a share bar: "Facebook Twitter Email Share", "Share: X | LinkedIn | Copy link", "Share on X",
    # "Share on WhatsApp · Share on X · Copy link", "Share: [X](#) · [Email](#)" (each kind apart,
    # opening with a word of its own: optional words in front are tried on every line)
    rf"(?:{_SHARE_LABEL})?(?:(?:{'|'.join(SHARE_BUTTONS)}){_BUTTON_COUNT}[ \t|·,/]*){{2,}}",
    rf"{_SHARE_ON}(?:[ \t|·,/]+(?:{_SHARE_ON}|{'|'.join(SHARE_BUTTONS)}))*+",
    rf"{_SHARE_LABEL}(?:{_ANY_SHARE_LINK}[ \t|·,/]*){{2,}}", rf"(?:{_SHARE_LINK}[ \t|·,/]*){{2,}}",
    # newsletter promos: "SUBSCRIBE to our newsletter and receive ...", "Get our Europe Briefing
    # newsletter — ...", and the lines of a sign-up box: "Free weekly newsletter", "Privacy Notice:
    # Newsletters may contain ...", "after newsletter promotion" (see _newsletter_pitches)
    r"subscribe(?: to (?:us|our newsletter))?", r"subscribe to our newsletters?\b.*", r"get our\b.*newsletter\b.*",
    r"newsletters?[ \t]*:.*",  # "**Newsletter:** Get the Herald's Morning Briefing ..."
    r"(?:free[ \t]+)?(?:(?:daily|weekly|monthly|morning|evening)[ \t]+)?newsletters?", r"privacy notice[ \t]*:.*newsletter.*",
    # "Support local journalism. Subscribe to the Tribune for as little as $1 for your first 3 months."
    r"support (?:local|independent|quality|trusted|our)[ \t]+journalism\b.*",
    r"after newsletter promotion", r"sign up.*", r"follow us.*", r"advertisement",
    r"sign in[ \t]*[|/·][ \t]*(?:subscribe|register)\b.*",  # "Sign in | Subscribe @ ₹99/month"
    r"view all", r"read more", r"en", r"be/ru", r"cc, modified.*", r"back to top", r"lost your password\??",
    r"the views expressed in this article are those of the authors? alone.*",
    # "Listen to this article (4 min)", after a screen reader's "Skip next section"
    r"(?:skip (?:next|to) (?:section|content)[ \t]+)?listen to (?:this|the) (?:article|story)\b.*",
    r"share this", r"like this", r"loading\.{0,3}",  # a blog's "Share this:" and "Like this: Loading..."
    # betting ads: "Bet £10 get £30 in free bets" (others in WORDED_BOILERPLATE_LINES)
    r"(?:bet|stake)[ \t]+\S*\d.*free bets?\b.*",
    # cookie banners: "Cookies: we and our 142 partners use cookies ...", "We use cookies to ..."
    r"cookies?(?:[ \t]+(?:notice|policy|settings|consent|preferences))?[ \t]*:.*",  # "Cookie notice: We use ..."
    r"we(?: and our [\d,]+ partners)? use cookies\b.*", r"we value your privacy",
    r"cookies? on (?:the|our)[\w'’ ]{0,30}:.*",  # "Cookies on the Clarion: we and our partners use cookies ..."
    r"(?:this|our) (?:web)?site uses cookies\b.*",
    # "Watch IDF 24 live on channel 31", "Watch K1 live on channel 4 and on k1tv.example", "Watch
    # live", "📻 Listen to Açores Hoje Radio live on 94.6 FM", "Watch WBAL-TV 11 live on channel 11 and
    # stream on the WBAL-TV 11 app."
    r"(?:\p{So}[ \t]*)?(?:watch|listen to) (?:\S+[ \t]+){0,4}live(?:[ \t]+(?:on[ \t]+(?:channel|ch\.?)[ \t]*\d+"
    r"|on[ \t]+\d+(?:\.\d+)?[ \t]*(?:FM|AM|MHz|kHz)|now)(?:[ \t]+and[ \t]+(?:\S+[ \t]+){0,6}\S+)?)?\.?",
    # a link on a line of its own, after its label: "Read more: Two killed in Ghent warehouse blaze",
    # "Also Read | Kurla: Two killed as portion of old chawl caves in"
    rf"(?:{'|'.join(LINK_LABELS)})[ \t\u00a0]*[:|][ \t\u00a0]*\S.*",
)
# Lines of boilerplate whose words may stand anywhere in them, each with a word it holds (in
# any case). Each is tried only in an article that holds its word: tried on every line, as
# BOILERPLATE_LINES are, their scans through the line (and the ticker's backtracking over
# every line's words) cost half of that search. A line any of them matches is furniture as
# a line of BOILERPLATE_LINES is.
WORDED_BOILERPLATE_LINES = {
    # "© 2026 The Ledger. All rights reserved."
    r".*all rights reserved\b[^\d\n]*": "all rights reserved",
    # betting ads: "18+ | T&Cs apply | BeGambleAware.org"
    r".*t&cs apply.*": "t&cs apply", r".*gambleaware.*": "gambleaware",
    r".*please gamble responsibly.*": "please gamble responsibly",
    # a market ticker: "FTSE 100 8,123.45 +0.3% | DAX 19,210.10 -0.1%", and a quote's arrow alone
    # among them: "FCNCA 587.70 ▲ 53.7%   SIVBQ 0.39 ▼   KBW 81.20 ▲ 1.1%"
    r"(?:[A-Z][\w&.]*(?:[ \t]+[\w&.]+){0,3}[ \t]+[\d,]+(?:\.\d+)?[ \t]+(?:[-+−▲▼]?[ \t]?\d+(?:\.\d+)?%|[▲▼])"
    r"[ \t|·,]*){1,8}": "%",
}
# What opens a pitch: a call to subscribe, to support the paper (not "support for", nor the
# strike: see _OFFER), to join or sign up, to become a member; a sentence of news that opens
# otherwise ("The union asked members to support the strike for just one more month.") is none.
# A call for the paper's own access (_ACCESS_CALL) may name its price per week or month too.
_ACCESS_CALL = (r"(?:subscribe|become[ \t]+a[ \t]+(?:member|subscriber|supporter)|get[ \t]+(?:unlimited|full|digital)[ \t]+access"
                r"|start[ \t]+your[ \t]+(?:free[ \t]+)?trial)\b")
_PITCH_CALL = rf"(?:{_ACCESS_CALL}|(?:support[ \t]+(?:us|our|the|independent|local)|join|sign[ \t]+up)\b)"
# What a pitch offers: a price ("for just $1", "from as little as £1", "for only 99p": a sum, not
# "for just one more month" nor "for just 2 days"), a first month with a sum or "free" in its line, "cancel anytime",
# "it only takes a minute"
_OFFER_SUM = r"(?:(?:[$£€¥₹]|[A-Z]{1,3}\$|(?-i:[A-Z]{3})[ \t]?)\d|\d{1,3}(?:p\b|[ \t]?¢))"
_OFFER = (rf"(?:(?:for[ \t]+(?:just|only)|(?:from|for)[ \t]+as[ \t]+little[ \t]+as)[ \t]+{_OFFER_SUM}"
          r"|(?<=(?=[^\n]*(?:[$£€¥₹]\d|\d+p\b|\bfree\b))[^\n]*)\bfirst[ \t]+(?:\d+[ \t]+)?(?:month|week|year)s?\b"
          r"|\bcancel[ \t]+(?:any[ \t]?time|at[ \t]+any[ \t]+time)|\bonly[ \t]+takes[ \t]+a[ \t]+minute)")
# A price per period: "$4 every 4 weeks", "25¢ a week", "£1.99 per month"
_PRICE_PER_PERIOD = rf"{_OFFER_SUM}[\d.,]*[ \t]+(?:a|an|per|every|each)[ \t]+(?:\d+[ \t]+)?(?:day|week|month|year)s?\b"
# A call for the outlet's app or channel ("Download the KGW app", "Join ST's WhatsApp Channel",
# "Follow The Ledger on Google News") that promises its news: "... to get breaking news alerts",
# "... and get the latest news and must-reads". "The app was downloaded 2 million times" opens
# with no call; "Download the app, officials urged" promises no news.
_PRODUCT = (r"(?:app|(?:whatsapp|telegram|viber|signal|google[ \t]+news|youtube|instagram|facebook|tiktok|line"
            r"|kakaotalk|wechat|threads)(?:[ \t]+(?:channel|community|group|page|(?:official[ \t]+)?account))?)\b")
_PRODUCT_CALL = rf"(?:download|get|install|join|follow|subscribe[ \t]+to)[ \t]+(?:[^\s]+[ \t]+){{0,4}}?(?:on[ \t]+)?{_PRODUCT}"
_NEWS_PROMISE = (r"\b(?:(?:breaking|latest|top)[ \t]+(?:news|stories|headlines|updates)|news[ \t]+alerts?|must-reads"
                 r"|watch[ \t]+(?:[^\s]+[ \t]+){1,3}live)\b")
# A newsletter's pitch that ends in its sign-up link or call: "**Subscribe to K1 Morning** – the 7
# news stories you need before 7am. [Sign up](https://...)", "... every Friday. Subscribe to our
# newsletter." Looked for only in an article that holds the words (see _lines_holding_any): as lines
# of BOILERPLATE_LINES they would cost a sixth of all blanking.
PITCH_LINES = (r".*\[(?:sign[ \t]+up|subscribe|donate|join(?:[ \t]+(?:now|us))?)[^\]\n]{0,20}\](?:\([^)\n]*\))?[ \t.]*",
               # (no figure before the call: "Police said 33 were detained. For updates, subscribe to
               # our newsletter." is a paragraph of the article that ends with a plug)
               r"[^\d\n]*subscribe to our newsletters?[ \t.!]*",
               # an offer without a link: "Subscribe to Markets Daily Premium for just $1 for the first
               # month.", "Support the Chronicle from as little as £1 - it only takes a minute.", "Get
               # unlimited access to The Washington Post for $4 every 4 weeks. Subscribe."; its sums
               # and months are no news (see _PITCH_CALL, _OFFER)
               rf"{_PITCH_CALL}[^\n]*?{_OFFER}[^\n]*", rf"{_ACCESS_CALL}[^\n]*?{_PRICE_PER_PERIOD}[^\n]*",
               # a call alone after the pitch, with no figure before it: "... straight to your inbox. Sign up now."
               r"[^\d\n]*?[.!?][\"”’)]*[ \t]+(?:subscribe|sign[ \t]+up|join|donate)(?:[ \t]+(?:now|today|here))?[ \t]*[.!]?",
               rf"{_PRODUCT_CALL}[^\n]*?{_NEWS_PROMISE}[^\n]*")  # an app's or a channel's
# (and a plea: "... support The Wire. [Donate](#)", "Follow Onmanorama on WhatsApp ... [Join now](#)"; and
# an offer's words, as _OFFER writes them; and the product's call)
PITCH_WORDS = ("ubscribe", "UBSCRIBE", "ign up", "ign Up", "IGN UP", "Donate", "Join",
               "as little as", "for just", "for only", "irst month", "ancel any", "takes a minute",
               "ownload", "OWNLOAD", "nstall", " app ", " App ", "hatsApp", "elegram", "oogle News")  # in the cases written
# Hand-wrapped copy wraps a pitch too ("Get the Boeing & aerospace newsletter: the latest on the
# region's biggest⏎employer, delivered every Wednesday. [Sign up](#)"): the lines before its call
# that its sentence runs on from (of some words, see LEAST_WORDS_RUNNING_ON) are the pitch's, where
# they hold no figure and the first of them opens it (after a blank line or a finished sentence).
# A share bar stacked one button a line, as the AP's page shows it ("Share", "Copy Link copied",
# "Email", "Facebook", "X", "Reddit"): a run of such lines that holds the bar's "Share". One such
# word alone ("X", "Email") may be the article's, and stays.
_SHARE_BUTTON_LINE = pattern_cache.compile(
    rf"[ \t\u00a0]*(?:{'|'.join(SHARE_BUTTONS)}|copy link[ \t]+copied|share this)[ \t\u00a0]*:?[ \t\u00a0]*", regex.IGNORECASE)
_SHARE_STACK_LABEL = pattern_cache.compile(r"[ \t\u00a0]*share(?: this)?[ \t\u00a0]*:?[ \t\u00a0]*", regex.IGNORECASE)
SHARE_STACK_WORDS = ("hare", "HARE")
# The labels of a page's widgets: a video player's "EMBED </>More Videos" and "EMBED More News Videos",
# "Report a Typo", "Reading time 3 min.", "Article reserved for subscribers". Found from
# the words they hold (see _lines_holding), each in the cases written: as lines of BOILERPLATE_LINES
# they would cost a tenth more of its search.
WIDGET_LINES = (
    r"embed[ \t]*(?:</>)?[ \t]*more(?:[ \t]+\w+)?[ \t]+videos", r"report a typo",
    r"(?:estimated[ \t]+)?reading time[ \t]*:?[ \t]*\d{1,3}[ \t-]*min(?:ute)?s?\.?",
    r"(?:this[ \t]+)?(?:article|story|content)[ \t]+(?:is[ \t]+)?(?:reserved[ \t]+)?for[ \t]+(?:our[ \t]+)?"
    r"subscribers(?:[ \t]+only)?\.?", r"(?:for[ \t]+)?subscribers[ \t]+only\.?",
)
WIDGET_WORDS = ("EMBED", "ypo", "eading time", "ubscribers")  # (each find costs 1% of blanking)
# A press office's contact: "Media contact:", "Contact: IAM District 751 Communications, (206) 763-1300",
# "**Media queries:** media@dataprotection.ie · +353 (0)1 765 0100"; under a label alone, its block
# (see _contact_blocks)
CONTACT_LABEL = r"(?:(?:media|press|news)[ \t]+)?(?:contacts?|inquiries|enquiries|queries)[ \t]*:"
# What a site puts around every article that may hold a figure: its breadcrumb, which repeats the
# headline ("Home / International / Fox News settles defamation case for $787.5 million", "[Home](/) /
# World News / Pakistan floods: ..."), and a press office's contact. Found, as the widgets are, from
# the words they hold.
SITE_LINES = (r"(?:home|\[home\]\([^)\n]*\))[ \t]*[/›>»][^\n]*", rf"{CONTACT_LABEL}.*")
SITE_WORDS = ("Home", "HOME", "ontact", "ONTACT", "nquiries", "ueries")
# When the page was published or updated, as its head or foot says: "Updated 12:42 AM EST, November
# 5, 2024", "PUBLISHED: March 28, 2024 at 8:14 p.m. | UPDATED: March 28, 2024 at 9:02 p.m.", "By Jeremy
# Barr · April 18, 2023 · Updated 9:14 p.m. ET", "By Marisol Ocampo • Published March 13, 2023 • Updated
# on March 13, 2023 at 11:26 am", "**Syed Irfan Raza** | Published August 26, 2022 - Updated about 5
# hours ago", "October 28, 2022 5:12 PM UTC Updated ago" (a saved page's "Updated 3 hours ago" without
# its hours), "Page last reviewed: January 18, 2026", "Published in The Daily Meridian, April 20th,
# 2023", "First published on Thu 4 Jul 2024 21.45 BST". Its date is the page's, not the event's. An
# update's stamp after the article's first lines may head an update (see live_pages.py), and stays,
# unless the text ends with it; so does one that heads a note with its colon ("**Updated on 7
# September 2023:**"), and a live page's entry stamps (live_pages.entry_stamps). Found from the words
# they hold.
_ZONE = (r"(?:utc|gmt|bst|cet|cest|eet|eest|ist|pkt|jst|kst|hkt|sgt|pht|wib|eat|wat|cat|sast|msk|aest|aedt|awst"
         r"|nzst|nzdt|hst|akst|akdt|[ecmpa][sd]?t)")
_STAMP_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# (a zone may carry its offset, "GMT-3", "GMT+9"; a date may be written in figures, "2024.12.29")
_ZONE_OFFSET = rf"{_ZONE}(?:[+\-−]\d{{1,2}}(?::?\d{{2}})?)?"
_STAMP_WORD = (rf"(?:\d{{1,4}}(?:st|nd|rd|th|(?:[./\-]\d{{1,2}}){{2}}(?<=\d{{4}}[./\-]\d{{1,2}}[./\-]\d{{1,2}}))?"
               rf"(?:[:.]\d{{2}})?|[ap]\.?m\.?|at|on|{_ZONE_OFFSET}|\({_ZONE_OFFSET}\)"
               rf"|{_STAMP_MONTH}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)"
               r"(?=[ \t,·•|*_]|\.?$)")  # (the full stop a sentence ends with: see _FIRST_PUBLISHED)
_STAMP_WORDS = rf"(?:{_STAMP_WORD}(?:[ \t,·•]|[ \t][\-–—](?=[ \t]))*)"  # ("Dec. 31, 2024 - 11:52")
# how long ago, as a page counts it: "about 5 hours ago", "2 days ago", "just now", "ago" (its number lost)
_AGO = (r"(?:(?:(?:about|around|over|nearly|almost|just|an?|\d{1,3})[ \t]+){0,2}"
        r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)[ \t]+)?ago\b|just[ \t]+now\b")
_STAMP = (r"(?:(?:page[ \t]+)?last[ \t]+|first[ \t]+|originally[ \t]+)?(?:updated|published|posted|modified|reviewed)"
          rf"[ \t]*[:\-–—]?[ \t]*(?:{_STAMP_WORDS}{{1,12}}|{_AGO}[ \t]*)")
# "This article was first published on 12 June 2023.", as a syndicated article's foot says
_FIRST_PUBLISHED = rf"this[ \t]+(?:article|story|piece|report)[ \t]+was[ \t]+{_STAMP}\."
# (a date before the first stamp, with its month or year: "October 28, 2022 5:12 PM UTC Updated ago")
_DATE_BEFORE_STAMP = rf"(?:(?={_STAMP_WORDS}{{0,11}}?(?:\b{_STAMP_MONTH}|\d{{4}})[ \t,]){_STAMP_WORDS}{{1,12}}+)?"
PAGE_STAMP_LINES = (rf"(?:[^\n|·•]{{1,60}}[|·•][ \t]*){{0,3}}{_DATE_BEFORE_STAMP}{_STAMP}(?:[|·•\-–—]?[ \t]*{_STAMP})*",
                    _FIRST_PUBLISHED,
                    rf"published[ \t]+in[ \t]+[^\n,|·]{{1,60}},[ \t]*(?:{_STAMP_WORD}[ \t,]*){{1,6}}")
STAMP_WORDS = ("pdated", "PDATED", "ublished", "UBLISHED", "osted", "odified", "eviewed")
# A call for readers' tips, with the address to send them to: "**Have a news tip?** Contact the Baltimore
# Sun newsroom at newstips@baltsun.com.", "Do you know someone caught up in the bridge collapse? Email
# tips@dailymail.com" (found from its "@")
TIP_LINES = (r"[^\n?]{1,100}\?[*_ \t]*(?:e-?mail|contact|call|write to|message|whatsapp)\b[^\n]*@[^\n]*",)
# A page's navigation written as links: "[Home](/) › [News](/news) › [Operations](/news/operations)",
# "[Inicio](/) | **English** | [Cozumel](/cozumel)", and a breadcrumb of links that ends in the
# headline, plain: "[Home](/) › [Pakistan](/pakistan) › Govt declares national emergency as ...".
# Two crumbs open it, the first a link and the second a link or a section's name ("[News](/news) /
# World / …"), so a sentence after one link ("[Reuters](…) / Ipsos poll: 33% …") or after bold words
# ("**Kyiv** / **Moscow** / Russia fired …") is read. (found from its "](")
_LINK = r"\[[^\]\n]{1,60}\]\([^)\n]*\)"
_NAVIGATION_LINK = rf"(?:{_LINK}|\*\*[^*\n]{{1,40}}\*\*)"
_CRUMB = rf"(?:{_NAVIGATION_LINK}|[\p{{L}}&'’ \t]{{1,30}}?)"
_CRUMB_SEPARATOR = r"[ \t]*[›>»/][ \t]*"
_NAVIGATION_LINE = pattern_cache.compile(
    rf"[ \t]*(?:{_LINK}(?:{_CRUMB_SEPARATOR}{_CRUMB})+{_CRUMB_SEPARATOR}\S[^\n]*"
    rf"|{_NAVIGATION_LINK}(?:[ \t]*[›>»|·/][ \t]*{_NAVIGATION_LINK})+)[ \t]*")
# What may be done with an article: "This material may not be published, broadcast, rewritten or redistributed"
_REUSE = (r"(?:reproduced|republished|published|broadcast|rewritten|redistributed|distributed|copied|transmitted"
          r"|stored|displayed|modified|reused|translated)")
# The fine print of a newsletter box or a copyright notice: their sentences have no form of
# their own, so each is known by a phrase only such notices use, and holds no figure.
NOTICE_LINES = (
    # "This material may not be published, broadcast, rewritten or redistributed without permission."
    rf"(?:(?:this|the|no part of this)[^\d\n]{{0,30}}?\bmay(?:[ \t]+not)?[ \t]+be[ \t]+)?{_REUSE}"
    rf"(?:(?:,|,?[ \t]+(?:and/or|or|and))[ \t]+{_REUSE})+[^\d\n]{{0,40}}?\bwithout[ \t]+(?:the[ \t]+)?"
    r"(?:(?:prior|express)[ \t]+)?(?:written[ \t]+)?(?:permission|consent)\b[^\d\n]*",
    # "By signing up you are agreeing to our Terms of Service and Privacy Policy." (said to the reader)
    r"by (?:signing up|subscribing|registering|clicking|submitting|entering)\b[^\d\n]*?\byou\b[^\d\n]*?"
    r"\b(?:terms|privacy|agree|consent|accept)[^\d\n]*",
    # "We use your sign-up to provide content in ways you've consented to ...", "You can unsubscribe at any time."
    r"we use your sign-?up\b.*", r"[^\d\n]*\byou (?:can|may) unsubscribe at any ?time\b[^\d\n]*",
    # "Enter your information below to receive our weekly newsletters ...", "... newsletter, straight to your inbox"
    r"enter your (?:e-?mail(?: address)?|information|details)\b[^\d\n]*\b(?:newsletters?|inbox)\b[^\d\n]*",
    r"(?=[^\d\n]*\bnewsletters?\b)(?=[^\d\n]*\byour inbox\b)[^\d\n]*",
    # "You're receiving this because you subscribed to The Transfer Brief. [Unsubscribe](#)"
    r"you(?:['’]re| are) receiving this\b[^\d\n]*",
)
# All but the rights notice speak to the reader, so a few words find them all: a search of
# the text for each word costs more than a look at each line that holds one.
NOTICE_WORDS = ("ermission", "you", "You")
# Hand-wrapped copy wraps a notice over lines ("... This material may not be" / "published,
# broadcast, rewritten or redistributed without permission."): a line of furniture that is a
# sentence of some words and ends unfinished (no closing punctuation) goes on in the lines
# after it that open in lower case, up to one that finishes it. ("Advertisement" in the middle
# of a wrapped paragraph is one word, and the paragraph after it is the article's.)
LEAST_WORDS_RUNNING_ON = 6
# Lines after which the rest is page furniture: related links, newsletter blurbs.
TRAILER_MARKERS = (
    *LINK_LABELS, r"you have been successfully subscribed", r"subscribe to our newsletter", r"back to top",
    r"lost your password\??",
)
# A trailer is link lists and blurbs: no line of it is a long paragraph, and it holds at most
# one line of prose (a newsletter blurb) unless it is the small end of the page and opens with
# a list's label (teasers of related stories are prose). A marker followed by the article's
# paragraphs is navigation at the top, not the end: after "Subscribe to our newsletter", two
# paragraphs of reporting are the article going on.
LONGEST_TRAILER_LINE = 400
PROSE_LINES_IN_A_TRAILER = 1
SMALL_TRAILER_SHARE = 0.4
# Readers' comments are prose, so they end the article by where they stand instead: a comment
# heading ends it in the second half of the page, after some prose; in the first half it is a
# count under the byline ("3 comments"), and the article follows.
COMMENTS_AFTER_SHARE = 0.5
# Both are searched from the newline that ends a marker's line, so each line after it is
# found from the newline before it (a scan that tests every position is several times slower).
_PROSE_LINE = pattern_cache.compile(r"\n(?=(?:\S+\s+){11}).*[.!?][\"”’)]*\s*$", regex.MULTILINE)
_LONG_LINE = pattern_cache.compile(rf"\n[^\n]{{{LONGEST_TRAILER_LINE}}}")


class WholeLines:
    """Lines that are wholly one of some patterns of ours, in any case, and no longer than `longest`.

    Searched as a newline followed by the line, plus the text's first line on its own: a scan
    for `^` tests every position of the text, one that looks for newlines skips between them
    (five times faster over an article). A pattern of ours stays on one line, so its length
    is checked after it matched.

    A pattern that stays on its line and matches no empty one (`one_line`) is not tried at the
    empty lines, half the lines of a text: each try of a long alternation costs about a
    microsecond even where its first character fails. An image line's pattern takes the blank
    lines before it, and is tried at every newline."""

    def __init__(self, line_pattern: str, longest: int | None = None, one_line: bool = True):
        flags = regex.IGNORECASE | regex.MULTILINE
        self._longest = longest
        self._first = pattern_cache.compile(rf"{line_pattern}$", flags)
        not_empty = r"(?!\n)" if one_line else ""
        self._after_newline = pattern_cache.compile(rf"\n{not_empty}{line_pattern}$", flags)

    def spans(self, text: str) -> list[tuple[int, int]]:
        first = self._first.match(text)
        found = [first.span()] if first else []
        found += [(m.start() + 1, m.end()) for m in self._after_newline.finditer(text)]
        if self._longest:
            found = [(start, end) for start, end in found if end - start <= self._longest]
        return found


def _whole_lines(patterns, furniture: bool = False, longest: int | None = None) -> WholeLines:
    """Lines that are wholly one of `patterns`."""
    if furniture:
        return WholeLines(_furniture_line(patterns), longest)
    return WholeLines(rf"[ \t\u00a0]*(?:{'|'.join(patterns)})[ \t\u00a0]*", longest)


# Markdown marks that may open a line of furniture: a quotation's ">", a list item's bullet ("*"
# is read as bold's), a heading's #s ("> We use cookies ...", "- Share on X", "## Related
# Topics"). One class of characters, not a group for each mark: a group costs a fifth more.
_FURNITURE_MARKS = r"[ \t\u00a0>+-]*(?P<heading>#{1,6}[ \t]+)?"


def _furniture_line(patterns, heading_opens: bool = False) -> str:
    """A line that is one of `patterns`; the furniture lines known here may also end with a
    colon, be bold ("**Read more:**") and follow the marks of a Markdown quotation, list item
    or heading. With `heading_opens`, a heading need only open with one of them: "### Related
    bulletins" and "## More from The Ledger" end the article as "Related" does; one that goes on
    to a figure or a sentence ("## Latest news from Kharkiv, where 33 died") is the article's own."""
    ending = r"[ \t\u00a0]*:?[*_]{0,2}:?[ \t\u00a0]*"
    if heading_opens:
        ending = rf"(?(heading)\b[^\n\d.!?]{{0,60}}|{ending})"
    return rf"{_FURNITURE_MARKS}[*_]{{0,2}}[ \t\u00a0]*(?:{'|'.join(patterns)}){ending}"


# `^` and `$` in a rule's or a `boilerplate` pattern anchor it at a line's start and end, past
# the spaces, emphasis and the marks of a list item, quotation or heading that open the line, and
# the emphasis that closes it: "^{count} men arrested" reads the second line of an article as it
# reads the first, "*Four men arrested*" too (a Markdown article's emphasis is blanked to spaces
# for rules, but a boilerplate pattern reads the line as written), and "^Finishers: {count}"
# reads "- Finishers: 48,263".
LINE_ANCHORS = {"^": r"(?:(?<![^\n])[^\S\n]*(?:(?:[-*+•>]|\d{1,3}[.)]|#{1,6})[^\S\n]+)*[*_]{0,3})",
                "$": r"(?:[*_]{0,3}[^\S\n]*(?![^\n]))"}


@lru_cache(maxsize=1024)
def _authored_pattern(pattern: str) -> regex.Pattern:
    return pattern_cache.compile(line_anchored(pattern), regex.IGNORECASE)


def line_anchored(pattern: str) -> str:
    """`pattern`, its `^` and `$` anchoring as LINE_ANCHORS says, for a rule's pattern (see
    rules.translate) and a boilerplate pattern alike. An escaped one (`\\^`, `\\$`) is the
    character, and one inside a class (`[^.]`, `[$£]`) is the class's, as regex_syntax says."""
    if "^" not in pattern and "$" not in pattern:
        return pattern
    out, position = [], 0
    for i, char in regex_syntax(pattern):
        if char in LINE_ANCHORS:
            out += [pattern[position:i], LINE_ANCHORS[char]]
            position = i + 1
    return "".join([*out, pattern[position:]])


def regex_syntax(text: str):
    """(index, character) for each character of a pattern that is regex syntax:
    not escaped by a backslash and not inside a [character class]."""
    in_class, i = False, 0
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            yield i, char
        i += 1


def authored_lines(body: str, patterns: list[str]) -> tuple[list[tuple[int, int]], list[int]]:
    """The lines an author's pattern matches anywhere in, as grep does, and the indexes of the
    patterns that matched no line. Each line is searched on its own, as if it were the whole
    text: `^` and `$` anchor at its ends (past its marks, see LINE_ANCHORS), and no pattern runs
    on into the next line (`Tags:\\s.*` stops at the line's end)."""
    compiled = [_authored_pattern(pattern) for pattern in patterns]
    unmatched, matched = list(range(len(compiled))), []
    spans, start = [], 0
    for line in body.split("\n"):
        newly = [index for index in unmatched if compiled[index].search(line)]
        if newly or any(compiled[index].search(line) for index in matched):
            spans.append((start, start + len(line)))
        if newly:
            unmatched = [index for index in unmatched if index not in newly]
            matched += newly
        start += len(line) + 1
    return spans, unmatched


# Boilerplate lines are short: a long line that opens with "Copyright" is prose.
LONGEST_BOILERPLATE_LINE = 240
_BOILERPLATE = _whole_lines(BOILERPLATE_LINES, furniture=True, longest=LONGEST_BOILERPLATE_LINE)
# (a literal looked for alone is found fast in any case; an alternation of them is not)
_WORDED_BOILERPLATE = [(pattern_cache.compile(regex.escape(word), regex.IGNORECASE),
                        _whole_lines([line], furniture=True, longest=LONGEST_BOILERPLATE_LINE))
                       for line, word in WORDED_BOILERPLATE_LINES.items()]
_PITCH_LINE = pattern_cache.compile(_furniture_line(PITCH_LINES), regex.IGNORECASE)
_NOTICE_LINE = pattern_cache.compile(_furniture_line(NOTICE_LINES), regex.IGNORECASE)
_WIDGET_LINE = pattern_cache.compile(_furniture_line(WIDGET_LINES), regex.IGNORECASE)
# (a stamp that ends in a colon heads a note: "**Updated on 7 September 2023:**")
_PAGE_STAMP_LINE = pattern_cache.compile(r"(?![^\n]*:[*_ \t]*$)" + _furniture_line(PAGE_STAMP_LINES), regex.IGNORECASE)
_TIP_LINE = pattern_cache.compile(_furniture_line(TIP_LINES), regex.IGNORECASE)
_SITE_LINE = pattern_cache.compile(_furniture_line(SITE_LINES), regex.IGNORECASE)
_CONTACT_LABEL = pattern_cache.compile(_furniture_line([CONTACT_LABEL]), regex.IGNORECASE)
_TRAILER = WholeLines(_furniture_line(TRAILER_MARKERS, heading_opens=True))
# (a list's label is looked for only at the trailer's markers, a few lines, as it is one of them)
_LIST_LABEL = pattern_cache.compile(rf"{_furniture_line(LINK_LABELS, heading_opens=True)}$",
                                    regex.IGNORECASE | regex.MULTILINE)
_LINK_LIST_LABEL = pattern_cache.compile(_furniture_line(LINK_LIST_LABELS), regex.IGNORECASE)
_LINK_LIST_ITEM_START = pattern_cache.compile(rf"\n(?={LINK_LIST_ITEM})")
_LINK_LIST_ITEMS = pattern_cache.compile(rf"\n(?:[ \t\u00a0]*\n)?(?:{LINK_LIST_ITEM}(?:\n|\Z))*{LINK_LIST_ITEM}(?=\n|\Z)")
_COMMENT_HEADING = pattern_cache.compile(_furniture_line(COMMENT_MARKERS), regex.IGNORECASE)
# A photo gallery's counter, "(1 of 12)", at the end of a caption or on a line of its own; one
# after other words is a count ("voted in favour (62 of 100)"), and stays. Without brackets, only
# the first slide's on a line of its own ("1 of 87", as a saved page shows it; found from its
# words): "34 of 90" alone may be a fact box's line.
_GALLERY_COUNTER = pattern_cache.compile(r"\(\d{1,3} of \d{1,3}\)(?=[ \t]*(?:\n|\Z))")
_FIRST_SLIDE = pattern_cache.compile(r"[ \t]*1 of \d{1,3}[ \t]*")
# A weather widget: "Córdoba 39 °C ☀", "Washington, D.C. 91°F": a place's capitalised words, a
# temperature in whole degrees (a reading to a tenth, "Montoro 48.2 °C", is a record and stays),
# with a weather symbol, or several joined by "·" or "|", or after the day's date ("Monday,
# 13 July 2026 · Córdoba 39 °C ☀ · Sevilla 41 °C ☀"). One reading alone with no symbol
# ("Seville 44 °C") may be a fact sheet's line, and stays. Each holds a "°", so widgets are
# found from it with str.find: tried on every line, as the patterns above are, it cost a third
# of all blanking.
_PLACE = r"\p{Lu}[\p{L}.'’-]*(?:,?[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}"
_WEATHER_SYMBOL = r"[ \t]*[\u2600-\u27bf\U0001f300-\U0001f32c\ufe0f]+"
_WEATHER = rf"{_PLACE}[ \t]+-?\d{{1,3}}[ \t]?°[ \t]?[CFcf]?(?:{_WEATHER_SYMBOL})?"
_DAY = r"(?:\p{L}+,?[ \t]+){0,2}\d{1,2}(?:[ \t]+\p{L}+)?,?[ \t]+\d{4}"
# A ticker shows them among its labels, words with no figure: "LIVE TV | Benghazi 27°C ☀ |
# Tripoli 29°C ☀". (Each widget and label atomic: on a line that is not one, backtracking into
# them costs three times more.)
_TICKER_LABEL = r"(?>\p{L}[\p{L}'’&\t -]{0,24})[ \t]*[·|][ \t]*"
_WEATHER_LINE = pattern_cache.compile(_furniture_line(
    [rf"(?:{_TICKER_LABEL}){{0,3}}(?:"
     rf"{_DAY}[ \t]*[·|][ \t]*(?>{_WEATHER})(?:[ \t]*[·|][ \t]*(?>{_WEATHER})){{0,9}}+"
     rf"|(?>{_WEATHER})(?:[ \t]*[·|][ \t]*(?>{_WEATHER})){{1,9}}+"
     rf"|(?>{_PLACE}[ \t]+-?\d{{1,3}}[ \t]?°[ \t]?[CFcf]?{_WEATHER_SYMBOL}))"]))
# An embedded post's signature, "— CAL FIRE SLO (@CALFIRE_SLO) November 13, 2025", on a line of its
# own or after the post's words ("... pic.twitter.com/Qm4TzR8aLp— CAL FIRE SLO (@CALFIRE_SLO) ..."):
# its date is the post's, not the article's. Found from its "(@"; the post's words stay.
_POST_SIGNATURE = pattern_cache.compile(
    r"[—–-]{1,2}[ \t]*[^\n()—–]{1,60}?\(@\w{1,30}\)[ \t]+\p{Lu}\p{L}{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t*_]*")
_POST_SIGNATURE_BEFORE = pattern_cache.compile(r"[ \t>*_]*")  # the marks before a signature on a line of its own
# A newsletter's sign-up box is a block of a few short lines that opens with its sign-up line.
NEWSLETTER_BOX_LINES = 5
_SIGN_UP = pattern_cache.compile(rf"{_FURNITURE_MARKS}[*_]{{0,2}}sign up\b", regex.IGNORECASE)
_CAPTION_WORD = pattern_cache.compile(r"\b(?:photo|image|picture|gallery|slide|credit)|©", regex.IGNORECASE)
# Markdown that is not prose: link targets, HTML tags, and image lines (with any blank lines
# before them). Images are found apart, after a newline, for the speed WholeLines explains.
_LINK_TARGET_OR_TAG = pattern_cache.compile(r"\]\([^)\n]*\)|<[^>\n]*>")
# Emphasis marks around words ("recalling **nearly half a million** fryers"): not prose, and a
# pattern's words must meet the value across them.
_LINK_OPENING = pattern_cache.compile(r"\[(?=[^\[\]\n]*\]\()")  # the "[" of "[Reuters](https://...)"
_EMPHASIS = pattern_cache.compile(r"(?<![\w*])\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?![\w*])"
                          r"|(?<![\w_])_{1,3}(?=[^\s_])|(?<=[^\s_])_{1,3}(?![\w_])")
_IMAGE_LINE = WholeLines(r"\s*!\[[^\n]*", one_line=False)
# A mark that opens a Markdown block: a quotation's ">", a list item's bullet or number, or a
# heading's #s, after which no other block opens. A sentence holds such marks only at its start
# ("> - ## "), as a line that opens a block also ends the sentence before it.
_BLOCK_MARK = pattern_cache.compile(r"(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|(?P<heading>#{1,6})(?=[ \t]|$))[ \t]*")


def without_markdown(text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """`text` with the Markdown that is not prose taken out (emphasis marks, link targets,
    tags, the marks that open a heading, quotation or list item), and where `span` of it lies
    now: a Markdown article's evidence reads as its prose ("> **43 dead**" is "43 dead"), and
    its values are read without the marks."""
    noise = _merged(_markdown_noise(text) + [m.span() for m in _LINK_OPENING.finditer(text)]
                    + _block_opening(text, span))
    if not noise:
        return text, span

    def moved(offset: int) -> int:
        return offset - sum(min(end, offset) - start for start, end in noise if start < offset)

    pieces, position = [], 0
    for start, end in noise:
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return "".join(pieces), (moved(span[0]), moved(span[1]))


def _block_opening(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Where the marks that open `text`'s block are, up to the start of `span`: a value that
    opens its line ("1. März") keeps its number, and a value read alone, with an empty span at
    its start, keeps all of itself."""
    end = 0
    while (mark := _BLOCK_MARK.match(text, end)) and mark.end() <= span[0]:
        end = mark.end()
        if mark["heading"]:
            break
    return [(0, end)] if end else []


def _markdown_noise(body: str) -> list[tuple[int, int]]:
    """Spans of Markdown that is not prose; they may overlap (an image's link target), and
    are merged with the rest."""
    return ([m.span() for m in _LINK_TARGET_OR_TAG.finditer(body)] + [m.span() for m in _EMPHASIS.finditer(body)]
            + _IMAGE_LINE.spans(body))


def _weather_widgets(body: str) -> list[tuple[int, int]]:
    """The lines that are weather widgets, found from their "°" signs."""
    return _lines_holding(body, "°", _WEATHER_LINE)


def _lines_holding(body: str, word: str, line: regex.Pattern) -> list[tuple[int, int]]:
    """The lines that hold `word` and are wholly `line` (of furniture's length)."""
    return [(line_start, line_end) for line_start, line_end in _lines_with(body, word)
            if line_end - line_start <= LONGEST_BOILERPLATE_LINE and line.fullmatch(body, line_start, line_end)]


def _lines_with(body: str, word: str, after: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each line that holds `word` at or after `after`, in order, each once:
    str.find skips to them, where a scan of every line would try each."""
    at = body.find(word, after)
    while at >= 0:
        line_start = body.rfind("\n", 0, at) + 1
        line_end = body.find("\n", at)
        line_end = len(body) if line_end < 0 else line_end
        yield line_start, line_end
        at = body.find(word, line_end)


def _newsletter_pitches(body: str, furniture: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pitch of each newsletter sign-up box: the lines of its block (no blank line between)
    after its "Sign up to ..." line, up to its last furniture line ("Free weekly newsletter",
    "Privacy Notice: ..."), or up to the block's end when one line follows that (the pitch after
    "Free daily newsletter"). A pitch has no form of its own ("The planet's most important
    stories. Get all the week's environment news"), so it is known only by where it stands; a
    line after a blank line, or two after the box's last furniture line, is the article going on."""
    furniture_starts = {start for start, _ in furniture}
    pitches = []
    for start, end in furniture:
        # (the words are looked for first: a regex call on every furniture line costs five times more)
        if "sign up" not in body[start:end].lower() or not _SIGN_UP.match(body, start):
            continue
        line_ends, last_furniture = _block_after(body, end), None
        for index, line_end in enumerate(line_ends[:NEWSLETTER_BOX_LINES]):
            line_start = end + 1 if index == 0 else line_ends[index - 1] + 1
            if line_start in furniture_starts:
                last_furniture = index
        if last_furniture is None:
            continue
        if last_furniture + 2 == len(line_ends) <= NEWSLETTER_BOX_LINES:
            last_furniture += 1  # the pitch closes the block
        pitches.append((end, line_ends[last_furniture]))
    return pitches


def _lines_holding_any(body: str, words: tuple[str, ...], line: regex.Pattern) -> list[tuple[int, int]]:
    """The lines that hold any of `words` and are wholly `line`, each once, in order: a newsletter's
    pitch (PITCH_WORDS), a notice's fine print (NOTICE_WORDS), a widget's label (WIDGET_WORDS)."""
    held = _words_held(body)
    return sorted({span for word in words if word not in _ONE_PASS_WORDS or word in held
                   for span in _lines_holding(body, word, line)})


# The words furniture lines are found from, looked for in one pass over an article: most stand in
# no article (9 in 10 of the finds at 10 MB), and a find of a word that is not there reads the
# whole body, so the finds of each word alone cost more than all the lines they found.
_ONE_PASS_WORDS = (*NOTICE_WORDS, *PITCH_WORDS, *SITE_WORDS, *WIDGET_WORDS, *STAMP_WORDS, *SHARE_STACK_WORDS)
_ONE_PASS = AhoCorasick(_ONE_PASS_WORDS)


@lru_cache(maxsize=1)  # one article's words, asked for by each kind of line in turn
def _words_held(body: str) -> frozenset[str]:
    """Which of _ONE_PASS_WORDS `body` holds, in the cases written."""
    return frozenset(_ONE_PASS_WORDS[index] for index, _, _ in _ONE_PASS.find_matches_as_indexes(body, overlapping=True))


def _page_stamps(body: str, published: Published) -> list[tuple[int, int]]:
    """The page's own stamps (see PAGE_STAMP_LINES): in its head, above the article's text, at its
    end, where it heads no update ("Last updated: 13 June 2023"), or wherever one stands that dates
    the page ("Published - August 02, 2024 08:15 am IST"); not a live page's stamps of its entries,
    in its head too ("Updated: Jun 04, 2023 23:05 IST" over the newest entry: see
    live_pages.STAMPS_OF_ENTRIES)."""
    stamps = _lines_holding_any(body, STAMP_WORDS, _PAGE_STAMP_LINE)
    of_entries = entry_stamps(body, published) if len(stamps) >= STAMPS_OF_ENTRIES else frozenset()
    return [(start, end) for start, end in stamps
            if start not in of_entries
            and (_dates_the_page(body[start:end]) or above_the_text(body, start) or not body[end:].strip())]


def _dates_the_page(stamp: str) -> bool:
    """Is a stamp the page's publication's, with its year, where no update's stamp is?"""
    written = stamp.lower()
    return (("published" in written or "reviewed" in written) and "updated" not in written
            and "modified" not in written and _YEAR.search(stamp) is not None)


_YEAR = pattern_cache.compile(r"\d{4}")


def _contact_blocks(body: str, site: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a press office's contact under its label alone ("Media contact:", then its
    address and telephone number), up to a blank line, as many as a newsletter box holds; found
    among the `site` lines."""
    spans = []
    for start, end in site:
        if not _CONTACT_LABEL.fullmatch(body, start, end):
            continue
        line_ends = _block_after(body, end)
        if line_ends and len(line_ends) <= NEWSLETTER_BOX_LINES:
            spans.append((end + 1, line_ends[-1]))
    return spans


def _pitches_running_into(body: str, pitches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines before each pitch that its sentence runs on from (see the note under PITCH_WORDS),
    at most as many as a newsletter box holds."""
    spans = []
    for start, _ in pitches:
        opening = start
        for _ in range(NEWSLETTER_BOX_LINES):
            before = _line_before(body, opening)
            line = body[before[0]:before[1]] if before else ""
            if len(line.split()) < LEAST_WORDS_RUNNING_ON or not _unfinished(line):
                break
            opening = before[0]
        before = _line_before(body, opening)
        opens = before is None or not body[before[0]:before[1]].strip() or not _unfinished(body[before[0]:before[1]])
        if opening < start and opens and not any(c.isdigit() for c in body[opening:start]) \
                and start - opening <= LONGEST_BOILERPLATE_LINE * NEWSLETTER_BOX_LINES:
            spans.append((opening, start - 1))
    return spans


def _stacked_share_bars(body: str) -> list[tuple[int, int]]:
    """The share bars stacked one button a line (see _SHARE_BUTTON_LINE), found from their label."""
    spans = []
    for start, end in _lines_holding_any(body, SHARE_STACK_WORDS, _SHARE_STACK_LABEL):
        first, last = (start, end), (start, end)
        while (above := _line_before(body, first[0])) and _SHARE_BUTTON_LINE.fullmatch(body, *above):
            first = above
        while (below := _line_after(body, last[1])) and _SHARE_BUTTON_LINE.fullmatch(body, *below):
            last = below
        if first[0] < start or last[1] > end:
            spans.append((first[0], last[1]))
    return spans


def _line_before(body: str, start: int) -> tuple[int, int] | None:
    """The span of the line before the one that starts at `start`; None on the first line."""
    if start == 0:
        return None
    return body.rfind("\n", 0, start - 1) + 1, start - 1


def _line_after(body: str, end: int) -> tuple[int, int] | None:
    """The span of the line after the one that ends at `end`; None on the last line."""
    if end >= len(body):
        return None
    line_end = body.find("\n", end + 1)
    return end + 1, len(body) if line_end < 0 else line_end


def _notices_running_on(body: str, furniture: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines that go on with a notice a line of `furniture` leaves unfinished (see
    LEAST_WORDS_RUNNING_ON), at most as many as a newsletter box holds."""
    spans = []
    for start, end in furniture:
        line = body[start:end]
        if len(line.split()) < LEAST_WORDS_RUNNING_ON or not _unfinished(line):
            continue
        for _ in range(NEWSLETTER_BOX_LINES):
            if (after := _line_after(body, end)) is None:
                break
            start, end = after
            line = body[start:end].lstrip()
            if not line[:1].islower() or end - start > LONGEST_BOILERPLATE_LINE:
                break
            spans.append((start, end))
            if not _unfinished(line):
                break
    return spans


def _unfinished(line: str) -> bool:
    """Does the line end in the middle of a sentence: on a word or a comma, not on a full stop,
    a closing bracket or an emphasis mark?"""
    end = line.rstrip()[-1:]
    return end.isalnum() or end in (",", ";")


def _block_after(body: str, end: int) -> list[int]:
    """Where each line of the block after the line that ends at `end` ends: the lines up to the
    next blank line, at most one more than a newsletter box holds."""
    line_ends = []
    while end < len(body) and len(line_ends) <= NEWSLETTER_BOX_LINES:
        line_start, end = end + 1, body.find("\n", end + 1)
        end = len(body) if end < 0 else end
        if not body[line_start:end].strip():
            break
        line_ends.append(end)
    return line_ends


def _post_signatures(body: str) -> list[tuple[int, int]]:
    """The signatures of embedded posts (see _POST_SIGNATURE), with the marks before one on a
    line of its own ("> — VCFD PIO (@VCFD_PIO) November 12, 2025")."""
    spans = []
    for line_start, line_end in _lines_with(body, "(@"):
        signature = _POST_SIGNATURE.search(body, line_start, line_end)
        if signature and signature.end() == line_end:
            alone = _POST_SIGNATURE_BEFORE.fullmatch(body, line_start, signature.start())
            spans.append((line_start if alone else signature.start(), line_end))
    return spans


def _gallery_counters(body: str) -> list[tuple[int, int]]:
    spans = _lines_holding(body, "1 of ", _FIRST_SLIDE)
    for counter in _GALLERY_COUNTER.finditer(body):
        before = body[body.rfind("\n", 0, counter.start()) + 1: counter.start()]
        if not before.strip() or _CAPTION_WORD.search(before):
            spans.append(counter.span())
    return spans


def _link_lists(body: str) -> list[tuple[int, int]]:
    """Each list of links under its label, label and links, wherever it stands ("RELATED
    COVERAGE" then "➤ What we know about the five people aboard the missing sub"): its headlines
    are other articles', not this one's reporting. A list under any other line ("Key facts:",
    "The victims:") is the article's own."""
    spans, reached = [], 0
    for item in _LINK_LIST_ITEM_START.finditer(body):  # from the items up: most pages have no label
        if item.start() < reached:
            continue
        end = item.start()
        if body[:end].endswith("\n") or end == 0:  # one blank line between the label and its list
            end = max(end - 1, 0)
        start = body.rfind("\n", 0, end) + 1
        if _LINK_LIST_LABEL.fullmatch(body, start, end) and (items := _LINK_LIST_ITEMS.match(body, end)) is not None:
            spans.append((start, items.end()))
            reached = items.end()
    return spans


def _boilerplate_lines(body: str) -> list[tuple[int, int]]:
    """The lines that are wholly furniture (BOILERPLATE_LINES, WORDED_BOILERPLATE_LINES), in order."""
    spans = _BOILERPLATE.spans(body)
    worded = [span for word, lines in _WORDED_BOILERPLATE if word.search(body) for span in lines.spans(body)]
    return sorted({*spans, *worded}) if worded else spans


def blank_boilerplate(body: str, extra: list[str] = (), markdown: bool = False,
                      published: Published = Published(None)) -> tuple[str, int]:
    """Blank out boilerplate with spaces (offsets and newlines kept); count the lines of text left out.
    `extra` are an author's patterns: a line is left out when one matches anywhere in it."""
    prepared = blank_and_check(body, extra, markdown, published)
    return prepared.scan, prepared.skipped


class LeftOut(NamedTuple):
    """A stretch of an article left out, and why: `reason` names its kind ("list of links",
    "page stamp"); a trailer's names the line it starts on, the offset `since`."""
    start: int
    end: int
    reason: str
    since: int | None = None


class Prepared(NamedTuple):
    scan: str  # the text extraction searches, as long as the article's
    skipped: int  # the lines of text left out
    unmatched: list[int]  # the indexes of the `boilerplate` patterns that matched no line
    left_out: tuple[LeftOut, ...]  # what was left out, and why, the most telling reason first


def blank_and_check(body: str, extra: list[str] = (), markdown: bool = False,
                    published: Published = Published(None)) -> Prepared:
    """`blank_boilerplate`, the indexes of the `extra` patterns that matched no line (`published`
    reads the dates of a live page's stamps, see _page_stamps), and why each stretch is left out."""
    unmatched, authored = [], []
    if extra:
        authored, unmatched = authored_lines(body, list(extra))
    link_lists = _link_lists(body)
    left_out = [LeftOut(start, end, reason) for reason, spans in
                (("boilerplate pattern", authored), ("list of links", link_lists), *_furniture(body, published))
                for start, end in spans]
    noise = _markdown_noise(body) if markdown else []  # link targets and HTML tags are not prose
    left_out += [LeftOut(start, end, "image") for start, end in _IMAGE_LINE.spans(body)] if markdown else []
    trailer = _trailer(body, dict(link_lists))
    if trailer is not None:
        left_out.append(trailer)
    if not left_out and not noise:
        return Prepared(body, 0, unmatched, ())
    merged, pieces, position = _merged([(part.start, part.end) for part in left_out] + noise), [], 0
    fill = _MARK if markdown else " "  # marks stay known apart from spaces until closed up
    for start, end in merged:
        pieces += [body[position:start], _blanked(body[start:end], fill)]
        position = end
    pieces.append(body[position:])
    scan = "".join(pieces)
    if markdown:
        scan = _closed_up(scan)
    return Prepared(scan, _lines_left_out(body, scan, merged), unmatched, tuple(left_out))


def _furniture(body: str, published: Published) -> list[tuple[str, list[tuple[int, int]]]]:
    """The lines of page furniture by kind: the kinds known by their place or their words first."""
    furniture = _boilerplate_lines(body)
    notices = _lines_holding_any(body, NOTICE_WORDS, _NOTICE_LINE)
    pitches = _lines_holding_any(body, PITCH_WORDS, _PITCH_LINE)
    site = _lines_holding_any(body, SITE_WORDS, _SITE_LINE)
    return [
        ("share bar", _stacked_share_bars(body)), ("weather widget", _weather_widgets(body)),
        ("page stamp", _page_stamps(body, published)), ("embedded post's signature", _post_signatures(body)),
        ("gallery counter", _gallery_counters(body)), ("news tip", _lines_holding(body, "@", _TIP_LINE)),
        ("navigation", _lines_holding(body, "](", _NAVIGATION_LINE)),
        ("newsletter pitch", _newsletter_pitches(body, furniture) + pitches + _pitches_running_into(body, pitches)),
        ("notice", notices + _notices_running_on(body, furniture + notices)),
        ("widget", _lines_holding_any(body, WIDGET_WORDS, _WIDGET_LINE)),
        ("press contact", _contact_blocks(body, site)), ("the site's own line", site),
        ("page furniture", furniture),
    ]


# Where an emphasis mark was blanked between a word and the punctuation after it ("the **fee**,
# a record"), the punctuation moves back onto the word ("the   fee,   a record"), so a pattern
# that writes "fee," meets it; likewise "(**3**" becomes "  (3". Only letters and digits keep
# their places, and it is they that values and evidence are read from. Only blanks that were
# marks move (written as _MARK until then): the space after a closing quote ('"a dozen" police')
# is the writer's own.
_MARK = "\x00"
_BLANK_BEFORE_PUNCTUATION = pattern_cache.compile(r"(?<=\w)(\x00{1,3})([,.;:!?)\]”’\"']+)")
_BLANK_AFTER_OPENING = pattern_cache.compile(r"([(\[“‘\"']+)(\x00{1,3})(?=\w)")


def _closed_up(scan: str) -> str:
    scan = _BLANK_BEFORE_PUNCTUATION.sub(lambda m: m[2] + m[1], scan)
    scan = _BLANK_AFTER_OPENING.sub(lambda m: m[2] + m[1], scan)
    return scan.replace(_MARK, " ")


def _lines_left_out(body: str, scan: str, spans: list[tuple[int, int]]) -> int:
    """Lines a blanked span touched that held text and hold none any more: the lines `explain
    --left-out` lists. A line is counted once, however many tags it held; not when only part
    of it was blanked (a tag inside prose, a caption's gallery counter), as the rest is read;
    and not when it was blank already (the blank lines of a trailer)."""
    count, counted_to = 0, 0
    for start, end in spans:
        first = max(scan.rfind("\n", 0, start) + 1, counted_to)
        last = scan.find("\n", end)
        last = len(scan) if last < 0 else last
        if first > last:
            continue  # on a line already counted
        count += sum(1 for kept, written in zip(scan[first:last].split("\n"), body[first:last].split("\n"))
                     if line_left_out(written, kept))
        counted_to = last + 1
    return count


def line_left_out(written: str, kept: str) -> bool:
    """Is a line left out of extraction: it held text, and its scanned form holds none?"""
    return not kept.strip() and bool(written.strip())


def _blanked(text: str, fill: str = " ") -> str:
    """`text` with every character but newlines `fill` (a regex sub per character is 60x slower)."""
    return "\n".join(fill * len(line) for line in text.split("\n"))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _trailer(body: str, link_lists: dict[int, int]) -> LeftOut | None:
    """The page's trailer to its end, or its readers' comments (see _trailer_start)."""
    comments = _comments_start(body)
    start = _trailer_start(body, link_lists, comments)
    if start is None:
        return None
    return LeftOut(start, len(body), "readers' comments" if start == comments else "page trailer", start)


def _trailer_start(body: str, link_lists: dict[int, int], comments: int | None) -> int | None:
    """Where the trailer begins: the earliest marker after which everything looks like one,
    or else where readers' comments begin (at `comments`).

    A marker that qualifies makes every later one qualify too, so the markers are walked
    from the last, adding the text between them, until one does not. Comments end the page
    for this walk: a "Related" list before them is still the trailer's start. `link_lists`
    maps the start of each label of a list of links (_link_lists) to the list's end: prose
    after such a list is the article going on (_article_goes_on_after).
    """
    markers = [start for start, _ in _TRAILER.spans(body)]
    if not markers:
        return comments
    page_end = len(body) if comments is None else comments
    start, end_of_rest, long_line, prose = None, page_end, False, 0
    for marker in reversed([m for m in markers if m < page_end]):
        line_end = body.find("\n", marker)
        after_marker = line_end if line_end >= 0 else len(body)
        long_line = long_line or _LONG_LINE.search(body, after_marker, end_of_rest) is not None
        prose += len(_PROSE_LINE.findall(body, after_marker, end_of_rest))
        small_end = (page_end - marker <= SMALL_TRAILER_SHARE * page_end
                     and _LIST_LABEL.match(body, marker) is not None)
        if long_line or (prose > PROSE_LINES_IN_A_TRAILER and not small_end):
            break
        if marker in link_lists and _article_goes_on_after(body, link_lists[marker], end_of_rest):
            break
        start, end_of_rest = marker, marker
    return comments if start is None else start


def _article_goes_on_after(body: str, list_end: int, rest_end: int) -> bool:
    """Does a line of prose that is no teaser follow a list of links (which ends at `list_end`,
    its last link line), before `rest_end`? "RELATED COVERAGE", two "➤" headlines, then
    "Dortmund CEO Hans-Joachim Watzke said ...": the list was in the middle of the page, and the
    paragraph is the article's. A teaser is a line of prose under which the list goes on: the
    next line that holds text is a link opened as the list's are ("- ► ..."). The article's own
    bulleted list after its paragraph ("- 22 crew were aboard" after "- ► ..." links), a rule
    ("---") or a footer carries no list on."""
    kind = _item_marks(body, body.rfind("\n", 0, list_end) + 1)
    position = list_end
    while (prose := _PROSE_LINE.search(body, position, rest_end)) is not None:
        next_line = _NEXT_TEXT_LINE.search(body, prose.start() + 1, rest_end)
        items = next_line and _LINK_LIST_ITEMS.match(body, next_line.start(), rest_end)
        if not items or _item_marks(body, next_line.start() + 1) != kind:
            return True
        position = items.end()
    return False


def _item_marks(body: str, line_start: int) -> str:
    """The marks that open a list's item at `line_start`, spaces aside: "-►" for "- ► What we
    know ...", "-[" for "- [Five killed](...)", "➤" for "➤ How Dortmund ..."."""
    marks = _ITEM_MARKS.match(body, line_start)
    return "".join(marks[0].split()) if marks else ""


_NEXT_TEXT_LINE = pattern_cache.compile(r"\n(?=[^\S\n]*\S)")  # the newline before the next line that holds text
_ITEM_MARKS = pattern_cache.compile(r"[ \t\u00a0]*(?:[➤►▶▸‣•»›→◆■*+-][ \t\u00a0]*)*\[?")


def _comments_start(body: str) -> int | None:
    """The first comment heading in the second half of the page with prose before it."""
    half = int(COMMENTS_AFTER_SHARE * len(body))
    for heading in _comment_headings(body, half):
        if _PROSE_LINE.search(body, 0, heading):
            return heading
    return None


def _comment_headings(body: str, after: int) -> list[int]:
    """Where the lines that are a comment heading start, at or after `after`, found from the
    words they hold."""
    return sorted({line_start for word in COMMENT_WORDS for line_start, line_end in _lines_with(body, word, after)
                   if line_start >= after and _COMMENT_HEADING.fullmatch(body, line_start, line_end)})
