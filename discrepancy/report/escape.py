"""The one place untrusted text is made safe to show.

Article sentences, matched text, rule questions and ids, source metadata and file names
all come from outside. A sentence holding an ANSI or OSC escape could recolour a
fact-checker's terminal or plant a hyperlink; a right-to-left override could make "32"
display as "23"; a pipe or `<script>` could break or hijack a Markdown table. Human formats
pass every such string through `clean` (terminal) or `markdown_cell` (Markdown; pieces of one
line through `markdown_inline`, then `safe_line_start` on the line they make). JSON keeps
the raw text, since a JSON report must not lose data: `json.dumps` escapes C0 controls and
`json_text` the other characters a terminal would act on.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote, urlsplit

# Line breaks of every kind (and tabs) become one space: a report cell or line is one line.
LINE_BREAKS = "\n\r\t\v\f\x1c\x1d\x1e\x85\u2028\u2029"
# Characters that change how the text around them is drawn (bidi) or that cannot be seen
# (zero-width): shown by name so a reader notices them. Zero-width (non-)joiners are left
# alone: Persian, Indic scripts and emoji sequences need them.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = "\u180e\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\ufff9\ufffa\ufffb"
_TAGS = (0xE0000, 0xE007F)  # invisible "tag" letters, a known way to smuggle hidden text

_C0_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}  # ESC -> ␛, BEL -> ␇
_DEL_PICTURE = "\u2421"  # ␡
_REPLACEMENT = "\ufffd"  # for C1 controls, which have no picture


def _named(char: str) -> str:
    return f"⟨U+{ord(char):04X}⟩"


def _safe_char(char: str) -> str:
    code = ord(char)
    if char in LINE_BREAKS:
        return " "
    if code < 0x20:
        return _C0_PICTURES[code]
    if code == 0x7F:
        return _DEL_PICTURE
    if 0x80 <= code <= 0x9F:
        return _REPLACEMENT
    if char in BIDI_CONTROLS or char in INVISIBLE or _TAGS[0] <= code <= _TAGS[1]:
        return _named(char)
    return char


_UNSAFE = re.compile(
    f"[\x00-\x1f\x7f-\x9f{LINE_BREAKS}{BIDI_CONTROLS}{INVISIBLE}\U000e0000-\U000e007f]")


def clean(text: str | None) -> str:
    """Text that cannot steer a terminal or reorder what is shown around it.

    Control characters (ESC, BEL, ...) become their visible pictures (␛, ␇) or U+FFFD,
    line breaks become spaces, bidi and zero-width characters are shown as ⟨U+202E⟩.
    """
    if not text:
        return ""
    return _UNSAFE.sub(lambda m: _safe_char(m.group()), text)


_INVISIBLE_IN_JSON = re.compile(f"[\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}{INVISIBLE}\U000e0000-\U000e007f]")


def _json_escape(char: str) -> str:
    encoded = char.encode("utf-16-be")  # astral characters become a surrogate pair, as JSON wants
    return "".join(f"\\u{int.from_bytes(encoded[i:i + 2], 'big'):04x}" for i in range(0, len(encoded), 2))


def json_text(dumped: str) -> str:
    """JSON text from `json.dumps(..., ensure_ascii=False)` with the characters it leaves raw
    but a terminal would act on (DEL, C1 controls such as CSI, bidi overrides, invisible
    characters, line separators) written as \\uXXXX escapes: same data, safe to `cat`."""
    return _INVISIBLE_IN_JSON.sub(lambda m: _json_escape(m.group()), dumped)


# Characters Markdown (CommonMark and GitHub's extensions) reads as syntax anywhere in a
# line: < > & become entities so no HTML (tags, comments, entities) survives; the rest get a
# backslash, which CommonMark allows before any ASCII punctuation. `$` because GitHub reads
# $...$ as maths ("US$5 and US$6"); `#` because a heading drops a trailing " #". An `_`
# between two letters or digits cannot start or end emphasis, so file names such as
# "000_c0c1.txt" keep it bare. ( ) ! + - are left alone: without an unescaped [ ] they make
# no link or image, and away from the start of a line no list, so "2020-07-29" stays readable.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# (Each alternative opens with its character, so the scan skips to those characters; with the
# underscore's look-behind first, it was tried at every character, and escaping took 2-3x longer.)
_MARKDOWN_SYNTAX = re.compile(r"[\\`*\[\]|~$#&<>]|_(?<![^\W_]_)|_(?![^\W_])")
# What would start a block at the beginning of a line: a list item ("- ", "+ ", "1. ", "1)"), or
# a line of "-" or "=" alone (a setext heading's underline, a thematic break). Nothing else does,
# so a value reads the same wherever it stands: "13.5 million", "-5%", "2020-07-29".
_BLOCK_START = re.compile(r"^(?P<indent>\s*)(?:(?P<bullet>[-+])(?=[ \t]|$)|(?P<number>\d{1,9})(?=[.)](?:[ \t]|$))"
                          r"|(?P<line>[-=])(?=[-= \t]*$))")


@lru_cache(maxsize=16384)
def markdown_cell(text: str | None) -> str:
    """Untrusted text as literal inline Markdown: safe in a table cell, a heading or a list item.
    (Kept: a report repeats its outlets, values and locations row after row.)"""
    return safe_line_start(markdown_inline(text))


def markdown_inline(text: str | None) -> str:
    """Untrusted text as literal Markdown in the middle of a line: `markdown_cell` without the
    escapes only the start of a line needs. For pieces of a line put together (a sentence
    around its value in **bold**), then given to `safe_line_start` whole."""
    return _MARKDOWN_SYNTAX.sub(lambda m: _ENTITIES.get(m.group(), "\\" + m.group()), clean(text))


def safe_line_start(escaped: str) -> str:
    """Escaped inline Markdown with what would start a block at the start of a line ("- ",
    "1. ") escaped too; judged on the whole line, so "-**5**" (no list) stays as it is."""
    if _BLOCK_START.match(escaped) is None:  # most text: no need for a substitution
        return escaped
    return _BLOCK_START.sub(_escape_block_start, escaped, count=1)


def _escape_block_start(match: re.Match) -> str:
    if match["number"]:  # "1." or "1)" starts an ordered list: escape the punctuation after it
        return match["indent"] + match["number"] + "\\"
    return match["indent"] + "\\" + (match["bullet"] or match["line"])


_URL_SAFE_CHARACTERS = "/:?#&=%~.,;@!$+-_"


def http_url(url: str | None) -> str | None:
    """`url` if it is a plain http(s) address, made safe as a Markdown link target; else None.

    Anything else (javascript:, data:, relative paths, text with spaces or controls) is
    refused, so a source's metadata cannot turn a report link into a script.
    """
    if not url or clean(url) != url or " " in url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=_URL_SAFE_CHARACTERS)


# GitHub Actions workflow commands (`::warning file=...,line=...::message`) are read from
# the start of each line of a job's log, so a raw line break in untrusted text could start a
# second command (`\n::error::...`). GitHub's own toolkit escapes `%`, CR and LF in the
# message, and also `:` and `,` in property values, where they would end the value.
_WORKFLOW_DATA = {"%": "%25", "\r": "%0D", "\n": "%0A"}
_WORKFLOW_PROPERTY = _WORKFLOW_DATA | {":": "%3A", ",": "%2C"}


def workflow_data(text: str) -> str:
    """A workflow command's message: one line, whatever `text` holds."""
    return "".join(_WORKFLOW_DATA.get(char, char) for char in text)


def workflow_property(text: str) -> str:
    """A workflow command's property value (file=, line=, title=)."""
    return "".join(_WORKFLOW_PROPERTY.get(char, char) for char in text)
