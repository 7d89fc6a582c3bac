"""A live page's entries: where each starts, which day it was written on, and their order in time.

A live page (a "live blog") is updated through a day or more, each entry under a line that
says when it was written: "**01:52** – The rescue service now confirms five dead", "###
23:55 — Minister: 138 detained", "**Thursday 13 March, 16:40**", "**6:45 p.m. ET** — ...",
"### 5:48 PM Tuesday — ...", "14/06/2023, 22:15", "UPDATE (9:30 p.m.) – ...", "**7 a.m.** – ...".
An official page that adds its final figures below its first ones under a stamp ("*Updated
28 March 2026, 14:00*", "**Update (28 March 2026):**") is one too: an original and its updates; so
is one that puts its update above the original, each under its stamp ("**Update on September 7,
2023 at 8:00AM PT, by ...:**", "**Originally published on May 22, 2023 at 02:12AM PT, by ...:**").
A page that stamps each entry so, newest first ("Updated: Jun 04, 2023 13:20 IST" over each), is a
live page, its stamps its entries' lines (see STAMPS_OF_ENTRIES).
Two things follow from those lines:

- "on Wednesday" and "last night" in an entry are counted from the day the entry was written,
  not the day the page was first published: an entry at 01:20 after an opening post at 23:35
  was written the next day;
- an earlier entry's figure is superseded by a later entry's, if they differ (see compare.py).

An entry line is a heading, or opens with its time (or date) and a dash, or is the date and
time alone. A line that opens with a date and goes on ("- 12 March 2024: the first collapse",
a timeline) and "Updated 14 March" open no entry, nor does an update's stamp alone at the top
of the page, nor the page's own stamp of its last update, a day and time alone at its top where
the entries write their times alone ("Sun 30 Oct 2022 10.05 GMT": it bounds their days, see
_page_stamp), nor a date alone on its line where no other line opens an entry by itself (a
release's dateline and the date under its signature; on a live page such a date heads a day
of its timed entries; above an original's text and its update, it dates the original, which
the update of its day follows). Where the entries' times do not show which way they run, no entry corrects
another. Entries are read from the searched text, where Markdown's emphasis marks are blanks
already (a plain text's are its own, and allowed for).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice, takewhile
from typing import NamedTuple

import regex

from . import pattern_cache
from .values import WEEKDAY_ABBREVIATIONS, WEEKDAYS, Published, day_written

_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
               r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_ORDINAL_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY_NAMES = {**WEEKDAYS, **WEEKDAY_ABBREVIATIONS}  # "tuesday", "tue", "tues"
_WEEKDAY = rf"(?:{'|'.join(sorted(_WEEKDAY_NAMES, key=len, reverse=True))})\b\.?"
# "14/06/2023", "14.06.2023", "2023-06-14", "2023/06/14": with its year, as a time such as "14.06" is not a date
_NUMERIC_DATE = r"\d{1,2}(?P<separator>[/.])\d{1,2}(?P=separator)\d{4}|\d{4}(?P<separator>[/-])\d{1,2}(?P=separator)\d{1,2}"
# A time: "16:40", "4:40 p.m.", "6.45pm", "13.56 BST", "**13.56** – All out" (a full stop only
# where what follows shows a clock, see _DOTTED_CLOCK: "2.30" and "2.30 per cent" are numbers),
# "7 a.m." (AP style writes no ":00"), "noon", "midnight"
_HALF = r"[ \t]*(?P<half>[ap])\.?m\b\.?"
# A dotted time that is a clock's, as the Guardian writes them: its hour one of a day's (the
# lookbehind), and after it a time zone in capitals ("BST", "CEST", "UTC": not "GBP"), "local
# time", a dash and a title, or nothing (the group `dotted_alone`: a time only where its line
# is a heading or bold, "### 10.02", "**10.02**", see _entry_lines)
_DOTTED_CLOCK = (r"(?<=(?<![\d.])(?:[01]?\d|2[0-3])\.[0-5]\d)"
                 r"(?=[ \t]+(?:(?-i:\(?(?:[A-Z]{1,4}T|UTC|MSK)\b)|local[ \t]+time\b)"
                 r"|[*_]{0,3}(?:[ \t]*[—–]|[ \t]+-)[ \t]+\S"
                 r"|(?P<dotted_alone>)[*_]{0,3}[ \t]*(?:\n|\Z))")
_TIME = (rf"(?:(?P<hour>\d{{1,2}})(?::(?P<minute>[0-5]\d)(?:{_HALF})?|\.(?P<minute>[0-5]\d)(?:{_HALF}|{_DOTTED_CLOCK})|{_HALF})"
         r"|(?P<noon>noon|midday|midnight)\b)")
_ENTRY_LINE = pattern_cache.compile(
    # (emphasis marks are blanks in a Markdown article's searched text, but a plain text's own: "**16:40**")
    r"\n[ \t]*+(?P<heading>#{1,6}[ \t]++)?[*_]{0,3}"
    # an update's word before the time ("UPDATE 9:30 p.m.:", "Updated on 28 March 2026 at 14:00",
    # "Editor's note, 28 March 2026:"), the original's ("Originally published on 22 May 2023 at
    # 02:12"), or a heading's words before it in brackets ("## Final results (28 March 2026, 14:00)")
    r"(?:(?P<update>(?:update[ds]?|editor['’]?s[ \t]+note)\b[ \t]*[,:]?[ \t]*(?:(?:at|on)[ \t]+)?)"
    r"|(?P<original>originally[ \t]+(?:published|posted)\b[ \t]*[,:]?[ \t]*(?:on[ \t]+)?)"
    r"|(?(heading)(?P<titled>[^\n(]{1,80}?[ \t]*(?=\())|(?!)))?"
    r"(?P<bracket>\()?(?P<when>(?:(?P<weekday>" + _WEEKDAY + r"),?[ \t]+)?"
    rf"(?P<date>{_ORDINAL_DAY}[ \t]+{_MONTH_NAME}(?:,?[ \t]+\d{{4}})?|{_MONTH_NAME}[ \t]+{_ORDINAL_DAY}(?:,?[ \t]+\d{{4}})?"
    rf"|{_NUMERIC_DATE})?"
    rf"(?:(?(date),?[ \t]*(?:at[ \t]+)?|){_TIME}"
    # and its zone: "ET", "(IST)", "local time"; and the weekday after it: "5:48 PM Tuesday", "5:48 PM ET Tue"
    r"(?:[ \t]+(?!" + _WEEKDAY + r")(?:\(?[A-Z]{2,5}\b\)?|local[ \t]+time))?"
    r"(?:,?[ \t]+(?P<weekday>" + _WEEKDAY + r"))?)?)(?(bracket)\))"
    # who wrote it, before a colon: "**Update on September 7, 2023 at 8:00AM PT, by a Meta Company Spokesperson:**"
    r"(?:,?[ \t]+by[ \t]+[^\n:]{1,120}(?=:))?"
    # what follows: a dash and the entry's first words ("– Five have died", "**Update, 28 March 2026,
    # 14:00:** Final turnout ..."), or nothing
    r"(?:(?P<rest>:?[*_]{0,3}[ \t]*[—–|:-][^\n]*|:[*_]{1,3}[^\n]*)|[*_]{0,3}[ \t]*)(?=\n|\Z)", regex.IGNORECASE)
# What an entry line opens with: tried first, as most articles have no two lines that open
# so, and the whole of _ENTRY_LINE costs three times as much. (An update's line may be the only
# one: the page's original above it is the other entry, see entries_of.) Not tried at an empty
# line, half of an article's: a try of the alternation costs more than the look at the newline.
_ENTRY_OPENING = (r"\n(?!\n)[ \t]*+(?:#{{1,6}}[ \t]++(?P<update>[^\n(]{{1,80}}?{title_end}\()?)?[*_]{{0,3}}"
                  r"(?:(?P<update>update|editor)|[\d(]|noon|originally|midday|midnight"
                  r"|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_ENTRY_START = pattern_cache.compile(_ENTRY_OPENING.format(title_end=""), regex.IGNORECASE)
# The lines _ENTRY_LINE may read a date or a time on open so too (a heading's words before a
# bracket may end in white space there): it is tried at them alone, not at each line of the
# text, most of which is prose.
_ENTRY_LINE_START = pattern_cache.compile(_ENTRY_OPENING.format(title_end=r"[ \t]*"), regex.IGNORECASE)
# An update's stamp on a line of its own ("*Updated 28 March 2026, 14:00*") heads a later part
# of the page where article text stands before it: this many lines of prose (a dek above the
# page's own stamp is one).
PROSE_BEFORE_AN_UPDATE = 2
_PROSE_LINE = pattern_cache.compile(r"\n(?=(?:\S+[ \t]+){7})[^\n]*[.!?][\"”’)]*[ \t]*(?=\n)")
DAY_MINUTES = 24 * 60
# Two entries' times alone tell which came first by the shorter way round, but a rise of more than
# this tells nothing: most pages put their newest entry first, so 21:30 then 08:30 may as well be
# 13 hours back as 11 on across midnight. (A fall is the usual way, up to half a day.)
CLOCK_TELLS = 8 * 60


class LastUpdate(NamedTuple):
    """When a page says it was last updated (its `updated`): no entry was written later."""

    day: date
    minutes: int | None = None  # its time, in minutes after midnight, if it gives one


class Stamp(NamedTuple):
    """Which entry of a live page a value stands in, as observations carry it."""

    rank: int  # its place in time among the page's entries: 0 is the earliest (all 0 where times tell no order)
    label: str  # when it was written, as its line says: "07:52", "Thursday 13 March, 16:40"
    day: date | None = None  # the day it was written on, if known


@dataclass(frozen=True)
class Entry:
    """One entry of a live page."""

    start: int  # the offset of the line that opens it
    stamp: Stamp
    published: Published  # the day its "on Friday" and "last night" are counted from
    update: bool = False  # opened by an update's stamp ("Update, 14 May 2026, 18:00:"), as an article's later part is


@dataclass(frozen=True)
class _Line:
    start: int
    day: date | None  # the date the line writes, if any
    minutes: int | None  # the time it writes, in minutes after midnight, if any
    label: str
    weekday: int | None = None  # the weekday it writes without a date ("5:48 PM Tuesday"), Monday 0
    update: bool = False  # an update's stamp: "UPDATE (9:30 p.m.) –", "*Updated 28 March 2026, 14:00*"
    alone: bool = False  # with nothing after it on its line
    # the original's stamp, below its updates ("Originally published on 22 May 2023:"), or its
    # dateline, above its text and an update ("Tuesday, 1 November 2022", see _datelines_of_originals)
    original: bool = False
    bare_date: bool = False  # a date alone on its line, no heading: "Tuesday, 17 November 2026"


def entries_of(scan_text: str, published: Published, written: str | None = None,
               last_update: LastUpdate | None = None) -> tuple[Entry, ...]:
    """A live page's entries in the order they stand in the text; none for another article.
    A page needs two entry lines to be live: one alone is a dateline or a heading. A page whose
    entry lines are all updates' stamps, the first after some article text, is an original and
    its updates: the text above the first is the original, an entry of its own, unless the
    updates run newest first (then it is an opening kept current). `written` is the text as
    written, emphasis marks and all, where `scan_text` blanks them (a bold line's time is one);
    `last_update` when the page was last updated, if known (see _not_after_the_update)."""
    text = "\n" + scan_text  # each line is found from the newline before it (see sources.WholeLines)
    starts = _ENTRY_START.finditer(text)
    first = next(starts, None)
    if first is None or not first["update"] and next(starts, None) is None:
        return ()
    written_text = "\n" + (written or scan_text)
    lines = _as_entries(_without_lone_dates(_entry_lines(text, published, written_text)), written_text)
    updated = bool(lines) and all(line.update for line in lines) and not above_the_text(text, lines[0].start + 1)
    if not updated:  # a stamp on its own line is the page's ("Updated 12 March 2026, 21:41"), not an entry's
        lines = [line for line in lines if not (line.update and line.alone)]
    page_stamp = _page_stamp(lines, text, written_text)
    if page_stamp:  # it bounds the entries' days, but the summary under it is the page's opening
        lines = lines[1:]
    bounds = [bound for bound in (last_update, page_stamp) if bound]
    lines = _datelines_of_originals(lines, text)
    rises, falls = _rises_and_falls(lines)
    ordered = max(rises, falls) > 2 * min(rises, falls)  # a pinned post out of turn leaves the others' way plain
    if updated and falls <= rises and not any(line.original for line in lines):
        # the text above the first update is the original, before them all (unless a stamp marks the original)
        ordered = ordered or len(lines) == 1
        lines = [_original(published), *lines]
    if len(lines) < 2:
        return ()
    in_time = lines[::-1] if falls > rises else lines
    ranks = {line.start: rank if ordered else 0 for rank, line in enumerate(in_time)}
    days = _days_written(in_time, published.day)
    if ordered:
        days = _not_after_the_update(in_time, days, bounds)
    return tuple(Entry(line.start, Stamp(ranks[line.start], line.label, days[line.start]),
                       _published_in(line, days[line.start], published), line.update) for line in lines)


# A live page may stamp each entry as an update, on a line of its own ("Updated: Jun 04, 2023 13:20 IST",
# then the entry's text). This many such stamps or more, each over some text, newest first, are its
# entries' stamps, the first of them too, though it stands where a page's own stamp does; fewer may be
# the page's own stamp and an update below it (see entries_of).
STAMPS_OF_ENTRIES = 3
_TEXT_LINE = pattern_cache.compile(r"\n[^\n]*\w")


def entry_stamps(text: str, published: Published) -> frozenset[int]:
    """Where the lines of `text` start that stamp a live page's entries as updates (see STAMPS_OF_ENTRIES):
    read before the page's furniture is left out, as they are no page's own stamp (see sources._page_stamps)."""
    text = "\n" + text
    return frozenset(line.start for line in _stamped_entries(_entry_lines(text, published, text), text))


def _as_entries(lines: list[_Line], written_text: str) -> list[_Line]:
    """`lines`, those that stamp a live page's entries as updates (see STAMPS_OF_ENTRIES) read as
    entries' lines, as a bold date and time is: the page is a live page, not an article's updates."""
    stamped = {line.start for line in _stamped_entries(lines, written_text)}
    return [replace(line, update=False) if line.start in stamped else line for line in lines] if stamped else lines


def _stamped_entries(lines: list[_Line], written_text: str) -> list[_Line]:
    """The update stamps alone on their lines, with a day and a time, that stamp a live page's entries:
    STAMPS_OF_ENTRIES of them or more, each over some text before the next, each older than the one
    above it. None where they are fewer or run otherwise."""
    stamps = [line for line in lines if line.update and line.alone and not line.original
              and line.day is not None and line.minutes is not None]
    if len(stamps) < STAMPS_OF_ENTRIES:
        return []
    ends = [stamp.start for stamp in stamps[1:]] + [len(written_text)]
    over_text = [stamp for stamp, end in zip(stamps, ends) if _text_between(written_text, stamp.start + 1, end)]
    steps = [_minutes_between(newer, older) for newer, older in zip(over_text, over_text[1:])]
    if len(over_text) < STAMPS_OF_ENTRIES or not all(step is not None and step < 0 for step in steps):
        return []
    return over_text


# The stamp's end on an entry's line that goes on with its words: "**6:40 p.m. ET** — Nearly 90% ...".
_STAMPS_DASH = pattern_cache.compile(r":?[*_]{0,3}[ \t]*[—–|:-][ \t*_]*(?=\S)")


@lru_cache(maxsize=256)
def words_after_the_stamp(text: str, line_start: int) -> int | None:
    """Where the words of the entry whose stamp's line starts at `line_start` begin on that line,
    past its stamp and dash: a sentence there opens with them, not with the time. None where
    the line holds the stamp alone, or is no entry's line."""
    line_end = text.find("\n", line_start)
    line = _ENTRY_LINE.match("\n" + text[line_start: line_end if line_end >= 0 else len(text)])
    if line is None or not line["rest"] or (dash := _STAMPS_DASH.match(line["rest"])) is None:
        return None
    return line_start + line.start("rest") - 1 + dash.end()


def _text_between(text: str, line_start: int, end: int) -> bool:
    """Does some line with a word on it stand after the line at `line_start`, before `end`?"""
    line_end = text.find("\n", line_start)
    return 0 <= line_end < end and _TEXT_LINE.search(text, line_end, end) is not None


# A line that looks like a live entry's time, whether or not it opens one: "### 10.02", "10.02",
# "**24.30** – ...", "9:15 am BST" alone (see unread_times)
_TIME_LIKE_LINE = pattern_cache.compile(
    r"\n[ \t]*+(?P<heading>#{1,6}[ \t]++)?[*_ \t]*(?P<time>(?P<hour>\d{1,2})(?P<mark>[.:])(?P<minute>\d{2}))(?![\d.:])"
    r"(?:[ \t]*[ap]\.?m\b\.?)?(?:[ \t]+(?-i:(?:[A-Z]{1,4}T|UTC)\b)|[ \t]+local[ \t]+time\b)?[*_ \t]*"
    r"(?:[—–|-][ \t]*\S|(?=\n|\Z))", regex.IGNORECASE)


class UnreadTime(NamedTuple):
    """A line that looks like a live entry's time but opens no entry (see unread_times)."""

    start: int  # the offset of its line
    time: str  # as written: "10.02"
    why: str  # why it opens none: "no time of day"


def unread_times(scan_text: str, entries: tuple[Entry, ...], written: str | None = None) -> list[UnreadTime]:
    """The lines of an article that look like a live entry's time and open no entry, where two
    lines or more look so: a fact-checker who sees a page read as one text, or one entry too few,
    knows which lines to rewrite. `written` as for entries_of."""
    text, written_text = "\n" + scan_text, "\n" + (written or scan_text)
    looks = list(_TIME_LIKE_LINE.finditer(text))
    if len(looks) < 2:
        return []
    opened = {entry.start for entry in entries}
    return [UnreadTime(line.start(), line["time"], _why_no_entry(line, written_text))
            for line in looks if line.start() not in opened]


def _why_no_entry(line: regex.Match, written_text: str) -> str:
    if int(line["hour"]) > 23 or int(line["minute"]) > 59:
        return "no time of day"
    if line["mark"] == "." and not (line["heading"] or _bold_line(written_text, line)):
        return 'a dotted time alone on a plain line reads as a number; make it a heading, "### 10.02", or write "10:02"'
    return "not read as entries' lines"


def in_no_order(entries: tuple[Entry, ...]) -> bool:
    """Do the page's entry times tell no order, so that no entry corrects another?"""
    return len(entries) > 1 and all(entry.stamp.rank == 0 for entry in entries)


def updates_an_article(entries: tuple[Entry, ...]) -> bool:
    """Is the page an article and its updates rather than a live page: is every entry after its
    first opened by an update's stamp? (Its first, where no stamp opens it, is the original:
    the text above the first update, or below a dateline such as "May 8, 2026".)"""
    return len(entries) > 1 and all(entry.update for entry in entries[1:])


def _original(published: Published) -> _Line:
    """The text above a page's first update: written on the page's publication day."""
    day = published.day
    return _Line(0, None, None, f"{day.day} {day:%B %Y}" if day else "the original text")


def above_the_text(text: str, start: int) -> bool:
    """Does the line at `start` of an article's text stand above the text itself (a headline, a
    dek, a byline, the page's own stamp): fewer than PROSE_BEFORE_AN_UPDATE lines of prose before
    it? A stamp there is the page's; one below may head an update."""
    return start <= _where_the_text_begins(text)


@lru_cache(maxsize=16)
def _where_the_text_begins(text: str) -> float:
    """The end of the text's PROSE_BEFORE_AN_UPDATE-th line of prose (infinite where it has
    fewer): found once a text, as every value read in it asks (see extract.in_a_headline)."""
    first_end = text.find("\n")
    ends = [first_end] if first_end >= 0 and _PROSE_LINE.match("\n" + text[:first_end + 1]) else []
    ends += [line.end() for line in islice(_PROSE_LINE.finditer(text), PROSE_BEFORE_AN_UPDATE)]
    return ends[PROSE_BEFORE_AN_UPDATE - 1] if len(ends) >= PROSE_BEFORE_AN_UPDATE else math.inf


def _entry_lines(text: str, published: Published, written_text: str) -> list[_Line]:
    lines = (_ENTRY_LINE.match(text, start.start()) for start in _ENTRY_LINE_START.finditer(text))
    written = [line for line in lines if line and (line["date"] or _has_time(line))]
    dates_read_by = _numeric_order_shown(written, published)
    found = []
    for line in written:
        if line["dotted_alone"] is not None and not (line["heading"] or _bold_line(written_text, line)):
            continue  # "2.30" alone is a number; "### 10.02" and "**10.02**" are a live page's times
        original = bool(line["original"])
        update, alone = bool(line["update"] or line["titled"]) or original, not (line["rest"] or line["heading"])
        if line["rest"] and not (line["heading"] or _has_time(line) or update):
            continue  # a date and more: a timeline's line, or a sentence that opens with a date
        if update and not (_stamps_a_part(line, alone) or original and line["date"]):
            continue
        day = day_written(line["date"], dates_read_by) if line["date"] else None
        if line["date"] and day is None:
            continue
        weekday = _WEEKDAY_NAMES[line["weekday"].rstrip(".").lower()] if line["weekday"] and not line["date"] else None
        label = " ".join(text[line.start("when"): line.end("when")].split())
        bare_date = not (_has_time(line) or update or line["heading"])
        found.append(_Line(line.start(), day, _minutes(line) if _has_time(line) else None, label, weekday, update, alone,
                           original, bare_date))
    return found


def _without_lone_dates(lines: list[_Line]) -> list[_Line]:
    """`lines`, without the dates alone on their lines unless another line opens an entry by
    itself: such a date heads a day of a live page's timed entries ("Tuesday 11 March", then
    "**07:10** – ...") or a release's original above its update ("May 8, 2026", then "Update,
    14 May 2026, 18:00:"), but alone with other dates it is a release's dateline and the date
    under its signature. (A date heading, "## 12 March", heads a day of a page by itself.)"""
    if any(_opens_by_itself(line) for line in lines):
        return lines
    return [line for line in lines if not line.bare_date]


def _page_stamp(lines: list[_Line], text: str, written_text: str) -> LastUpdate | None:
    """When the page was last updated, where its first entry line is its own stamp: a day and a time
    alone on a plain line above the text ("Sun 30 Oct 2022 10.05 GMT" under a live page's headline),
    where no entry line below writes a day with its time (they write "### 10.05 GMT"). It opens no
    entry: what stands under it ("Key events") is the page's opening. A bold or heading line
    ("**Friday 5 July 2024, 10:15**") is written as an entry's line is, and opens one."""
    first = lines[0] if lines else None
    if (first is None or first.day is None or first.minutes is None or not first.alone or first.update
            or _bold_at(written_text, first.start) or not above_the_text(text, first.start + 1)
            or any(line.day and line.minutes is not None for line in lines[1:])):
        return None
    return LastUpdate(first.day, first.minutes)


def _datelines_of_originals(lines: list[_Line], text: str) -> list[_Line]:
    """`lines`, a day written without a time over some text and then an update marked as the
    original's stamp ("Tuesday, 1 November 2022", a release's dateline, its text, then "**Update,
    1 November 2022, 23:00:** ..."): the update is later than it on the same day (see
    _minutes_between). A date heading right over an update heads the updates, and stays as it is."""
    marked = list(lines)
    for at, (line, after) in enumerate(zip(lines, lines[1:])):
        if (line.day and line.minutes is None and not line.update and after.update and not after.original
                and _text_between(text, line.start + 1, after.start)):
            marked[at] = replace(line, original=True)
    return marked


def _opens_by_itself(line: _Line) -> bool:
    """Does the line open an entry whatever other lines there are: does it write a time, or head
    an update's note? (An update's stamp alone on its line is the page's where a date line stands
    with it: see entries_of.)"""
    return not line.bare_date and not (line.update and line.alone) and (line.minutes is not None or line.update)


def _stamps_a_part(line: regex.Match, alone: bool) -> bool:
    """Does an update's line date a part of the page? "Updated 14 March" and "Updated at 21:12" are
    the page's (or an edit's); a stamp alone on its line, or a heading's, gives its day and time; a
    stamp that heads a note gives its day and a colon ("Update (14 March 2025):", "Editor's note,
    14 March 2025:")."""
    if _has_time(line):
        return bool(line["date"]) or not (alone or line["titled"])
    return bool(line["date"]) and (line["rest"] or "").startswith(":")


_BOLD_LINE = pattern_cache.compile(r"\n[ \t]*(?P<mark>\*\*|__)[^\n]+(?P=mark)[ \t]*")


def _bold_line(written_text: str, line: regex.Match) -> bool:
    """Is the entry line bold as a whole, as written: "**10.02**"?"""
    return _bold_at(written_text, line.start())


def _bold_at(written_text: str, start: int) -> bool:
    """Is the line after the newline at `start` bold as a whole, as written?"""
    end = written_text.find("\n", start + 1)
    return _BOLD_LINE.fullmatch(written_text, start, end if end >= 0 else len(written_text)) is not None


def _has_time(line: regex.Match) -> bool:
    return bool(line["hour"] or line["noon"])


def _numeric_order_shown(lines: list[regex.Match], published: Published) -> Published:
    """`published`, to read the entry lines' dates by: where the source does not say how it
    writes "08/06/2023", in the order its other entry lines show, when they show one
    ("14/06/2023" is day first), as a page writes all its entries' dates alike."""
    if published.day_first is not None:
        return published
    orders = {_day_first_shown(line["date"]) for line in lines if line["separator"]} - {None}
    return replace(published, day_first=orders.pop()) if len(orders) == 1 else published


def _day_first_shown(written: str) -> bool | None:
    """Whether a numeric date is written day first, where its numbers tell: "14/06/2023" is,
    "06/14/2023" is not, "08/06/2023" and "2023-06-14" do not tell."""
    first, second, *_ = regex.split(r"[/.-]", written)
    if len(first) > 2 or (int(first) > 12) == (int(second) > 12):
        return None
    return int(first) > 12


def _minutes(line: regex.Match) -> int | None:
    if line["noon"]:
        return 0 if line["noon"].lower() == "midnight" else 12 * 60
    hour, minute = int(line["hour"]), int(line["minute"] or 0)
    if line["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if line["half"].lower() == "p" else 0)
    return hour * 60 + minute if hour < 24 else None


def _rises_and_falls(lines: list[_Line]) -> tuple[int, int]:
    """How many consecutive entries rise in time and how many fall (see _minutes_between):
    whether the page puts its newest entry first, as most do, and whether it plainly does."""
    rises = falls = 0
    for earlier, later in zip(lines, lines[1:]):
        step = _minutes_between(earlier, later)
        if step is None:
            continue
        rises += step > 0
        falls += step < 0
    return rises, falls


def _minutes_between(earlier: _Line, later: _Line) -> int | None:
    """How long after `earlier` `later` was written, as far as their lines tell: by their days,
    else by their weekdays (the nearest way: "Tuesday" then "Monday" is a day back), else by
    their times (a fall of more than half a day is midnight passing, 23:58 then 00:10 rises,
    unless both lines write the same weekday). Times alone that rise by many hours tell nothing
    (see CLOCK_TELLS)."""
    if earlier.day and later.day and earlier.day != later.day:
        return (later.day - earlier.day).days * DAY_MINUTES
    days = _weekdays_apart(earlier, later)
    if days:
        return days * DAY_MINUTES
    if earlier.minutes is None or later.minutes is None:
        return _update_after_its_original(earlier, later)
    step = later.minutes - earlier.minutes
    if days == 0:
        return step
    step %= DAY_MINUTES
    step = step - DAY_MINUTES if step > DAY_MINUTES // 2 else step
    return step if step <= CLOCK_TELLS else None


def _update_after_its_original(earlier: _Line, later: _Line) -> int | None:
    """1 where `later` is an update and `earlier` the original's stamp or dateline, -1 the other way
    round, None for other lines: an update is written after the original it updates, though their
    lines, of one day, do not both tell the time (a minute stands for how long after, which none tells)."""
    if earlier.original and later.update and not later.original:
        return 1
    if later.original and earlier.update and not earlier.original:
        return -1
    return None


def _weekdays_apart(earlier: _Line, later: _Line) -> int | None:
    """How many days after `earlier`'s weekday `later`'s is, the nearest way (-3 to 3); None
    unless both lines write a weekday or a day."""
    first, second = _weekday_of(earlier), _weekday_of(later)
    if first is None or second is None:
        return None
    return (second - first + 3) % 7 - 3


def _weekday_of(line: _Line) -> int | None:
    return line.day.weekday() if line.day else line.weekday


def _days_written(in_time: list[_Line], first_day: date | None) -> dict[int, date | None]:
    """The day each entry was written on: the day its line writes; for a line that writes a
    weekday alone ("5:48 PM Tuesday"), the first such weekday on or after the day of the entry
    before it, as the entries run forward in time; else the day of the entry before it, the
    next day where the clock went back past midnight. The first entry's day is the page's
    publication day; a weekday written before any line writes a day or weekday is the nearest
    such weekday, three days either way, as `published` may be the day the page was opened or
    the day it was last updated."""
    days, day, clock, dated = {}, first_day, None, False
    for line in in_time:
        if line.day is not None:
            day = line.day
        elif line.weekday is not None and day is not None:
            ahead = (line.weekday - day.weekday()) % 7
            day += timedelta(days=ahead - 7 if ahead > 3 and not dated else ahead)
        elif day is not None and clock is not None and line.minutes is not None and clock - line.minutes > DAY_MINUTES // 2:
            day += timedelta(days=1)
        dated = dated or line.day is not None or line.weekday is not None
        if line.minutes is not None:
            clock = line.minutes
        days[line.start] = day
    return days


def _not_after_the_update(in_time: list[_Line], days: dict[int, date | None],
                          bounds: list[LastUpdate]) -> dict[int, date | None]:
    """The entries' days, moved back where counting forward from `published` put an entry after
    what bounds it, which cannot be: the `bounds` (the page's last update, its `updated`; the page's
    own stamp above its entries, "Sun 30 Oct 2022 10.05 GMT", see _page_stamp), or the first line after
    it in time that writes its day (a date heading above a day's entries, "**Friday 5 July 2024,
    10:15**" over the newest entry). `published` was then a later day than the page's
    opening (often the day of its last update, as a live page's top shows it): the latest entry
    counted from it is moved to the bound's day (the day before, where its time is later than the
    bound's), the others as many days back. Where `published` leaves them before the bound, it
    may be the opening day, and they stay; a day a line writes holds."""
    counted = list(takewhile(lambda line: not (line.day or line.weekday is not None), in_time))
    if not counted or days[counted[-1].start] is None or any(line.minutes is None for line in counted):
        return days  # (an article's original text, above its updates, is the publication day's)
    if len(counted) < len(in_time) and in_time[len(counted)].day:
        bounds = [*bounds, LastUpdate(in_time[len(counted)].day, in_time[len(counted)].minutes)]
    latest = counted[-1]
    last_days = [bound.day - timedelta(days=bound.minutes is not None and latest.minutes is not None
                                              and latest.minutes > bound.minutes) for bound in bounds]
    back = timedelta(days=max([(days[latest.start] - last_day).days for last_day in last_days] + [0]))
    return {**days, **{line.start: days[line.start] - back for line in counted}}


def _published_in(line: _Line, day: date | None, published: Published) -> Published:
    if day is None or (line.day is None and day == published.day):
        return published
    return Published(day, estimated=published.estimated and line.day is None, day_first=published.day_first,
                     anchor="in an update dated" if line.update else "in an entry dated")
