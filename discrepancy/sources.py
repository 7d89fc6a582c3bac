"""Sources: articles on disk, their metadata, and the part of their text worth reading.

An article is a `.txt` or `.md` file. Its metadata (outlet, title, publication date, URL)
comes from TOML front matter between `+++` lines at the top of the file (or simple YAML
`key: value` lines between `---` lines, as Hugo and Jekyll write them), or from a
manifest `sources.toml` in the same folder; where both give a field, the front matter
wins, because it travels with the article. Web boilerplate ("Share this article",
newsletter blurbs, "You might also like:", "Read more:" and "Related Topics" lists) is blanked out before extraction, with
offsets kept, so evidence still points at the right line of the original file.
"""

from __future__ import annotations

import os
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

import regex

from .errors import InputError
from .tomlfile import Locator, parse
from .values import FORMAT_CHARACTERS, MOVED_FORMAT, Published

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
MANIFEST_NAME = "sources.toml"
METADATA_FIELDS = {
    "outlet": "the publication, e.g. \"Euronews\"",
    "title": "the headline",
    "published": "the publication date, e.g. 2020-08-07",
    "published_estimated": "true when the publication date is an estimate",
    "url": "where the article was published",
    "notes": "anything a reader of the report should know about this source",
    "boilerplate": "a list of extra regular expressions for lines to skip in this source",
}


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
    skipped_lines: int = 0  # boilerplate lines blanked out of `scan_text`
    scan_text: str = field(default="", repr=False)  # `text` with boilerplate blanked to spaces

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def markdown(self) -> bool:
        return self.path.lower().endswith((".md", ".markdown"))

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
        thousands of values asks for thousands of lines. (Not a field: `replace` drops it.)"""
        return array("q", (m.start() for m in _NEWLINE.finditer(self.text)))


_NEWLINE = regex.compile("\n")


@dataclass(frozen=True)
class SourceProblem:
    """A file that could not be read as an article: reported, never silently dropped."""

    path: str
    message: str
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
            candidates = _walk(path, problems, visited)
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
    sources = []
    for file, entry in with_metadata(files):
        loaded = read_or_report(file, entry)
        (sources if isinstance(loaded, Source) else problems).append(loaded)
    sources.sort(key=lambda s: s.path)
    problems.sort(key=lambda p: (p.path, p.line or 0))
    return sources, problems


def with_metadata(files: list[Path]):
    """Each file with its manifest entry, reading each folder's manifest once."""
    manifests: dict[Path, dict[str, dict]] = {}
    for file in files:
        if file.parent not in manifests:
            manifests[file.parent] = read_manifest(file.parent / MANIFEST_NAME)
        yield file, manifests[file.parent].get(file.name, {})


def read_or_report(file: Path, entry: dict) -> Source | SourceProblem:
    """The article, or the problem that stops it from being read: never silently dropped."""
    try:
        return read_source(file, entry)
    except InputError as error:
        message = f"{error.message} ({error.hint})" if error.hint else error.message
        return SourceProblem(error.path or display_path(file), message, error.line)


def read_source(file: Path, manifest_entry: dict | None = None) -> Source:
    shown = display_path(file)
    text = decode(_read_bytes(file, shown), shown)
    metadata, body, first_line = split_front_matter(text, shown)
    merged = {**(manifest_entry or {}), **metadata}
    if "published" in metadata:  # the estimate flag goes with the date it qualifies
        merged["published_estimated"] = metadata.get("published_estimated", False)
    scan_text, skipped = prepare(body, merged.get("boilerplate", []), markdown=file.suffix != ".txt")
    return Source(
        path=shown, text=body, outlet=merged.get("outlet"), title=merged.get("title"),
        url=merged.get("url"), notes=merged.get("notes"),
        published=Published(_as_date(merged.get("published"), shown), bool(merged.get("published_estimated"))),
        first_line=first_line, skipped_lines=skipped, scan_text=scan_text,
    )


def prepare(body: str, boilerplate: list[str] = (), markdown: bool = False) -> tuple[str, int]:
    """The text extraction searches, and how many boilerplate lines it blanked: format
    characters moved to word ends, boilerplate blanked; the same length as `body`."""
    return blank_boilerplate(format_at_word_ends(body), boilerplate, markdown=markdown)


def text_source(text: str, published: Published | None = None, path: str = "<text>") -> Source:
    """A loose text (a rule example, a notebook cell) as a source, prepared as an article file is."""
    scan_text, skipped = prepare(text)
    return Source(path=path, text=text, published=published or Published(None), skipped_lines=skipped,
                  scan_text=scan_text)


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


def split_front_matter(text: str, shown: str) -> tuple[dict, str, int]:
    """Split `+++` TOML or `---` YAML front matter from the body; returns (metadata, body,
    body's first line)."""
    if text.startswith("---\n") and _YAML_KEY.match(text, 4):
        return _split_yaml_front_matter(text, shown)
    fence = text[:3]
    # TOML between --- lines is a common slip for +++: read it, rather than lose the metadata
    # into the article text (where "published = 2020-08-05" would be read as a date).
    if not (text.startswith("+++\n") or text.startswith("---\n") and _TOML_KEY.match(text, 4)):
        return {}, text, 1
    end = text.find(f"\n{fence}", 3)
    if end < 0 or text[end + 4: end + 5] not in ("", "\n"):
        raise InputError(f"front matter opened with {fence} is never closed", shown, 1,
                         hint=f"end the metadata block with a line holding only {fence}")
    block = text[4: end + 1]
    metadata = parse(block, shown, first_line=2, hint="write metadata as key = \"value\" lines",
                     what="front matter is ")
    _check_metadata(metadata, shown, Locator(block, first_line=2))
    body_start = end + 5
    return metadata, text[body_start:], text[:body_start].count("\n") + 1


# YAML front matter (Hugo, Jekyll): only simple `key: value` lines are read, with the value
# bare or in quotes; lists, nested keys and other keys are skipped, but the whole block is
# front matter, never article text. Common names map to ours: date is published, and so on.
YAML_ALIASES = {"date": "published", "source": "outlet", "publisher": "outlet", "site": "outlet",
                "link": "url", "permalink": "url"}
_YAML_KEY = regex.compile(r"(?:[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)|---\n)", regex.MULTILINE)
_TOML_KEY = regex.compile(r"[A-Za-z_][\w-]*[ \t]*=")
_YAML_LINE = regex.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*")
_YAML_DATE = regex.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[ \t]*[+-]\d{2}:?\d{2})?)?")


def _split_yaml_front_matter(text: str, shown: str) -> tuple[dict, str, int]:
    end = regex.search(r"^---[ \t]*$", text[4:], flags=regex.MULTILINE)
    if end is None:
        raise InputError("front matter opened with --- is never closed", shown, 1,
                         hint="end the metadata block with a line holding only ---")
    block, body_start = text[4: 4 + end.start()], 4 + end.end() + 1
    metadata = {}
    for number, line in enumerate(block.split("\n"), start=2):
        found = _YAML_LINE.fullmatch(line)
        if not found or not found["value"] or found["value"].startswith(("[", "{", "|", ">", "#")):
            continue  # a list, a nested or multi-line value, a comment: not metadata we read
        key = YAML_ALIASES.get(found["key"].lower(), found["key"].lower())
        if key not in METADATA_FIELDS or key == "boilerplate" or key in metadata:
            continue  # other keys (tags, draft, author...) are the site's business
        value = _yaml_scalar(found["value"])
        if key == "published":
            date_part = _YAML_DATE.fullmatch(value)
            value = _as_date(date_part[1] if date_part else value, shown, number)
        elif key == "published_estimated":
            if value.lower() not in ("true", "false"):
                raise InputError("published_estimated must be true or false", shown, number)
            value = value.lower() == "true"
        metadata[key] = value
    return metadata, text[body_start:], text[:body_start].count("\n") + 1


def _yaml_scalar(raw: str) -> str:
    """A bare or quoted YAML value: 'it''s', "a \"b\"", or text up to a ` #` comment."""
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return regex.sub(r'\\(["\\])', r"\1", raw[1:-1])
    return regex.sub(r"[ \t]+#.*$", "", raw)


def read_manifest(path: Path) -> dict[str, dict]:
    """`sources.toml`: one `[[source]]` table per article, keyed by `file`."""
    if not path.is_file():
        return {}
    shown = display_path(path)
    raw = decode(_read_bytes(path, shown), shown)
    data = parse(raw, shown)
    locator = Locator(raw)
    unknown = sorted(set(data) - {"source"})
    if unknown:
        raise InputError(f"unknown top-level key {unknown[0]!r}", shown, locator.key(unknown[0]) or locator.line,
                         hint="describe each article in a [[source]] table")
    entries: dict[str, dict] = {}
    for index, entry in enumerate(data.get("source", [])):
        where = locator.within("source", index)
        name = entry.get("file")
        if not isinstance(name, str):
            raise InputError("[[source]] has no file = \"...\"", shown, where.line,
                             hint="name the article file this entry describes")
        if name in entries:
            raise InputError(f"{name!r} is described twice", shown, where.line, hint="merge the two [[source]] tables")
        if not (path.parent / name).is_file():
            raise InputError(f"{name!r} does not exist next to the manifest", shown, where.key("file") or where.line,
                             hint="fix the file name or remove the entry")
        fields = {k: v for k, v in entry.items() if k != "file"}
        _check_metadata(fields, shown, where)
        entries[name] = fields
    return entries


def _check_metadata(metadata: dict, shown: str, where: Locator) -> None:
    for key, value in metadata.items():
        line = where.key(key) or where.line
        if key not in METADATA_FIELDS:
            known = ", ".join(sorted(METADATA_FIELDS))
            raise InputError(f"unknown metadata field {key!r}", shown, line, hint=f"known fields: {known}")
        if key == "published":
            _as_date(value, shown, line)
        elif key == "published_estimated" and not isinstance(value, bool):
            raise InputError("published_estimated must be true or false", shown, line)
        elif key == "boilerplate":
            _check_patterns(value, shown, line)
        elif key != "published_estimated" and not isinstance(value, str):
            raise InputError(f"metadata field {key!r} must be text in quotes", shown, line)


def _check_patterns(value, shown: str, line: int | None) -> None:
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise InputError("boilerplate must be a list of patterns in quotes", shown, line)
    for pattern in value:
        try:
            regex.compile(pattern)
        except regex.error as error:
            raise InputError(f"boilerplate pattern {pattern!r} is not a valid regular expression: {error}",
                             shown, line) from None


def _as_date(value, shown: str, line: int | None = None) -> date | None:
    if value is None or isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(f"published = {value!r} is not a date", shown, line,
                     hint="write it as 2020-08-07 (year-month-day), without quotes")


# ---------------------------------------------------------------------------
# Invisible characters (see values.py): "thir\u00adty-three" is searched as "thirty\u00ad-three"

_FORMAT = regex.compile(f"[{FORMAT_CHARACTERS}]")
_WORD_WITH_FORMAT = regex.compile(
    rf"(?<![\w{FORMAT_CHARACTERS}])[^\W{FORMAT_CHARACTERS}]*(?:[{FORMAT_CHARACTERS}]+[^\W{FORMAT_CHARACTERS}]*)+")


def format_at_word_ends(text: str) -> str:
    """`text` with each word's format characters moved to its end as soft hyphens: the same
    length, and every word starts and ends where it did."""
    if not _FORMAT.search(text):
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
    r"more on this (?:story|topic)", r"more from .*", r"most (?:read|popular|viewed)", r"read more", r"read also",
    r"also read", r"see also", r"recommended(?: for you| articles| stories)?", r"top stories",
)
SHARE_BUTTONS = ("share", "facebook", "twitter", "x", "linkedin", "e-?mail", "whatsapp", "print", "copy link",
                 "reddit", "pinterest", "telegram", "threads", "bluesky", "messenger")
# Whole lines that are page furniture, not reporting; each may end with a colon.
BOILERPLATE_LINES = (
    r"share this article.*", r"comments", r"copy/paste the article.*", r"copy to clipboard.*",
    r"click here.*", r"find us", r"published on", r"copyright\b.*", r"©.*", r"\(c\)[ \t]*\d{4}\b.*", r".*all rights reserved\.?",
    r"support the moscow times!?", r"subscribe[ \t]*[:!—–-].*",  # "SUBSCRIBE: unlimited access for $1 for 6 months"
    # a share bar: "Facebook Twitter Email Share", "Share: X | LinkedIn | Copy link"
    rf"(?:share[ \t]*:?[ \t]*)?(?:(?:{'|'.join(SHARE_BUTTONS)})[ \t|·,/]*){{2,}}",
    r"subscribe(?: to (?:us|our newsletter))?", r"sign up.*", r"follow us.*", r"advertisement",
    r"view all", r"read more", r"en", r"be/ru", r"cc, modified.*", r"back to top", r"lost your password\??",
    r"the views expressed in this article are those of the authors? alone.*",
    # a link on a line of its own, after its label: "Read more: Two killed in Ghent warehouse blaze"
    rf"(?:{'|'.join(LINK_LABELS)})[ \t\u00a0]*:[ \t\u00a0]*\S.*",
)
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
# Both are searched from the newline that ends a marker's line, so each line after it is
# found from the newline before it (a scan that tests every position is several times slower).
_PROSE_LINE = regex.compile(r"\n(?=(?:\S+\s+){11}).*[.!?][\"”’)]*\s*$", regex.MULTILINE)
_LONG_LINE = regex.compile(rf"\n[^\n]{{{LONGEST_TRAILER_LINE}}}")


class WholeLines:
    """Lines that are wholly one of some patterns, in any case, and no longer than `longest`.

    Searched as a newline followed by the line, plus the text's first line on its own: a scan
    for `^` tests every position of the text, one that looks for newlines skips between them
    (five times faster over an article). A pattern of ours stays on one line, so its length
    is checked after it matched. An author's pattern might run on into the next lines
    (`Tags:\\s.*`), so each line is matched on its own, as if it were the whole text."""

    def __init__(self, line_pattern: str, longest: int | None = None, authored: bool = False):
        flags = regex.IGNORECASE | regex.MULTILINE
        self._longest = longest
        self._authored = authored
        if authored:
            self._line = regex.compile(rf"^{line_pattern}$", flags)
            self._lines = regex.compile(rf"^[^\n]{{0,{longest}}}$" if longest else r"^[^\n]*$", regex.MULTILINE)
        else:
            self._first = regex.compile(rf"{line_pattern}$", flags)
            self._after_newline = regex.compile(rf"\n{line_pattern}$", flags)

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self._authored:
            return [line.span() for line in self._lines.finditer(text) if self._line.fullmatch(text, *line.span())]
        first = self._first.match(text)
        found = [first.span()] if first else []
        found += [(m.start() + 1, m.end()) for m in self._after_newline.finditer(text)]
        if self._longest:
            found = [(start, end) for start, end in found if end - start <= self._longest]
        return found


def _whole_lines(patterns, furniture: bool = False, longest: int | None = None, authored: bool = False) -> WholeLines:
    """Lines that are wholly one of `patterns`. The furniture lines known here may also end
    with a colon and be a Markdown heading or bold ("## Related Topics", "**Read more:**")."""
    if furniture:
        return WholeLines(rf"[ \t\u00a0]*(?:#{{1,6}}[ \t]+)?[*_]{{0,2}}[ \t\u00a0]*(?:{'|'.join(patterns)})"
                          rf"[ \t\u00a0]*:?[*_]{{0,2}}:?[ \t\u00a0]*", longest)
    return WholeLines(rf"[ \t\u00a0]*(?:{'|'.join(patterns)})[ \t\u00a0]*", longest, authored)


# Boilerplate lines are short: a long line that opens with "Copyright" is prose.
LONGEST_BOILERPLATE_LINE = 240
_BOILERPLATE = _whole_lines(BOILERPLATE_LINES, furniture=True, longest=LONGEST_BOILERPLATE_LINE)
_TRAILER = _whole_lines(TRAILER_MARKERS, furniture=True)
_LIST_LABEL = _whole_lines(LINK_LABELS, furniture=True)
# Markdown that is not prose: link targets, HTML tags, and image lines (with any blank lines
# before them). Images are found apart, after a newline, for the speed WholeLines explains.
_LINK_TARGET_OR_TAG = regex.compile(r"\]\([^)\n]*\)|<[^>\n]*>")
# Emphasis marks around words ("recalling **nearly half a million** fryers"): not prose, and a
# pattern's words must meet the value across them.
_LINK_OPENING = regex.compile(r"\[(?=[^\[\]\n]*\]\()")  # the "[" of "[Reuters](https://...)"
_EMPHASIS = regex.compile(r"(?<![\w*])\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?![\w*])"
                          r"|(?<![\w_])_{1,3}(?=[^\s_])|(?<=[^\s_])_{1,3}(?![\w_])")
_IMAGE_LINE = WholeLines(r"\s*!\[[^\n]*")


def without_markdown(text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """`text` with the Markdown that is not prose taken out (emphasis marks, link targets,
    tags), and where `span` of it lies now: a Markdown article's evidence reads as its prose
    ("**43 dead**" is "43 dead"), and its values are read without the marks."""
    noise = _merged(_markdown_noise(text) + [m.span() for m in _LINK_OPENING.finditer(text)])
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


def _markdown_noise(body: str) -> list[tuple[int, int]]:
    """Spans of Markdown that is not prose; they may overlap (an image's link target), and
    are merged with the rest."""
    return ([m.span() for m in _LINK_TARGET_OR_TAG.finditer(body)] + [m.span() for m in _EMPHASIS.finditer(body)]
            + _IMAGE_LINE.spans(body))


def blank_boilerplate(body: str, extra: list[str] = (), markdown: bool = False) -> tuple[str, int]:
    """Blank out boilerplate with spaces (offsets and newlines kept); count blanked lines."""
    spans = _BOILERPLATE.spans(body)
    if extra:
        spans += _whole_lines(extra, longest=LONGEST_BOILERPLATE_LINE, authored=True).spans(body)
    if markdown:  # link targets and HTML tags are not prose
        spans += _markdown_noise(body)
    trailer = _trailer_start(body)
    if trailer is not None:
        spans.append((trailer, len(body)))
    if not spans:
        return body, 0
    merged, pieces, position = _merged(spans), [], 0
    for start, end in merged:
        pieces += [body[position:start], _blanked(body[start:end])]
        position = end
    pieces.append(body[position:])
    scan = "".join(pieces)
    return scan, _blank_lines_touched(scan, merged)


def _blank_lines_touched(scan: str, spans: list[tuple[int, int]]) -> int:
    """Lines a blanked span touched that hold no text any more: a line is counted once,
    however many tags it held, and not at all when only a tag inside prose was blanked."""
    count, counted_to = 0, 0
    for start, end in spans:
        first = max(scan.rfind("\n", 0, start) + 1, counted_to)
        last = scan.find("\n", end)
        last = len(scan) if last < 0 else last
        if first > last:
            continue  # on a line already counted
        count += sum(1 for line in scan[first:last].split("\n") if not line.strip())
        counted_to = last + 1
    return count


def _blanked(text: str) -> str:
    """`text` with every character but newlines a space (a regex sub per character is 60x slower)."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _trailer_start(body: str) -> int | None:
    """Where the trailer begins: the earliest marker after which everything looks like one.

    A marker that qualifies makes every later one qualify too, so the markers are walked
    from the last, adding the text between them, until one does not.
    """
    markers = [start for start, _ in _TRAILER.spans(body)]
    list_labels = {start for start, _ in _LIST_LABEL.spans(body)} if markers else set()
    start, end_of_rest, long_line, prose = None, len(body), False, 0
    for marker in reversed(markers):
        line_end = body.find("\n", marker)
        after_marker = line_end if line_end >= 0 else len(body)
        long_line = long_line or _LONG_LINE.search(body, after_marker, end_of_rest) is not None
        prose += len(_PROSE_LINE.findall(body, after_marker, end_of_rest))
        small_end = marker in list_labels and len(body) - marker <= SMALL_TRAILER_SHARE * len(body)
        if long_line or (prose > PROSE_LINES_IN_A_TRAILER and not small_end):
            break
        start, end_of_rest = marker, marker
    return start
