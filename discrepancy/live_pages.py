"""A live page's entries: where each starts, which day it was written on, and their order in time.

A live page (a "live blog") is updated through a day or more, each entry under a line that
says when it was written: "**01:52** – The rescue service now confirms five dead", "###
23:55 — Minister: 138 detained", "**Thursday 13 March, 16:40**", "**6:45 p.m. ET** — ...",
"### 5:48 PM Tuesday — ...", "14/06/2023, 22:15". Two things follow from those lines:

- "on Wednesday" and "last night" in an entry are counted from the day the entry was written,
  not the day the page was first published: an entry at 01:20 after an opening post at 23:35
  was written the next day;
- an earlier entry's figure is superseded by a later entry's, if they differ (see compare.py).

An entry line is a heading, or opens with its time (or date) and a dash, or is the date and
time alone. A line that opens with a date and goes on ("- 12 March 2024: the first collapse",
a timeline) and "Updated 14 March" open no entry. Entries are read from the searched text,
where Markdown's emphasis marks are blanks already (a plain text's are its own, and allowed for).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
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
_ENTRY_LINE = pattern_cache.compile(
    # (emphasis marks are blanks in a Markdown article's searched text, but a plain text's own: "**16:40**")
    r"\n[ \t]*+(?P<heading>#{1,6}[ \t]++)?[*_]{0,3}(?P<when>(?:(?P<weekday>" + _WEEKDAY + r"),?[ \t]+)?"
    rf"(?P<date>{_ORDINAL_DAY}[ \t]+{_MONTH_NAME}(?:,?[ \t]+\d{{4}})?|{_MONTH_NAME}[ \t]+{_ORDINAL_DAY}(?:,?[ \t]+\d{{4}})?"
    rf"|{_NUMERIC_DATE})?"
    # a time: "16:40", "4:40 p.m.", "6.45pm" (a full stop only before am or pm: "2.30" alone is a number)
    r"(?:(?(date),?[ \t]*(?:at[ \t]+)?|)(?P<hour>\d{1,2})(?::(?P<minute>[0-5]\d)(?:[ \t]*(?P<half>[ap])\.?m\.?)?"
    # and its zone: "ET", "(IST)", "local time"; and the weekday after it: "5:48 PM Tuesday", "5:48 PM ET Tue"
    r"|\.(?P<minute>[0-5]\d)[ \t]*(?P<half>[ap])\.?m\.?)(?:[ \t]+(?!" + _WEEKDAY + r")(?:\(?[A-Z]{2,5}\b\)?|local[ \t]+time))?"
    r"(?:,?[ \t]+(?P<weekday>" + _WEEKDAY + r"))?)?)[*_]{0,3}[ \t]*"
    r"(?P<rest>[—–|:-][^\n]*)?(?=\n|\Z)", regex.IGNORECASE)
# What an entry line opens with: tried first, as most articles have no two lines that open
# so, and the whole of _ENTRY_LINE costs three times as much.
_ENTRY_START = pattern_cache.compile(
    r"\n[ \t]*+(?:#{1,6}[ \t]++)?[*_]{0,3}(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    regex.IGNORECASE)
DAY_MINUTES = 24 * 60


class Stamp(NamedTuple):
    """Which entry of a live page a value stands in, as observations carry it."""

    rank: int  # its place in time among the page's entries: 0 is the earliest
    label: str  # when it was written, as its line says: "07:52", "Thursday 13 March, 16:40"


@dataclass(frozen=True)
class Entry:
    """One entry of a live page."""

    start: int  # the offset of the line that opens it
    stamp: Stamp
    published: Published  # the day its "on Friday" and "last night" are counted from


@dataclass(frozen=True)
class _Line:
    start: int
    day: date | None  # the date the line writes, if any
    minutes: int | None  # the time it writes, in minutes after midnight, if any
    label: str
    weekday: int | None = None  # the weekday it writes without a date ("5:48 PM Tuesday"), Monday 0


def entries_of(scan_text: str, published: Published) -> tuple[Entry, ...]:
    """A live page's entries in the order they stand in the text; none for another article.
    A page needs two entry lines to be live: one alone is a dateline or a heading."""
    text = "\n" + scan_text  # each line is found from the newline before it (see sources.WholeLines)
    starts = _ENTRY_START.finditer(text)
    if next(starts, None) is None or next(starts, None) is None:
        return ()
    lines = _entry_lines(text, published)
    if len(lines) < 2:
        return ()
    in_time = lines[::-1] if _newest_first(lines) else lines
    ranks = {line.start: rank for rank, line in enumerate(in_time)}
    days = _days_written(in_time, published.day)
    return tuple(Entry(line.start, Stamp(ranks[line.start], line.label), _published_in(line, days[line.start], published))
                 for line in lines)


def _entry_lines(text: str, published: Published) -> list[_Line]:
    written = [line for line in _ENTRY_LINE.finditer(text) if line["date"] or line["hour"]]
    dates_read_by = _numeric_order_shown(written, published)
    found = []
    for line in written:
        if line["rest"] and not line["heading"] and not line["hour"]:
            continue  # a date and more: a timeline's line, or a sentence that opens with a date
        day = day_written(line["date"], dates_read_by) if line["date"] else None
        if line["date"] and day is None:
            continue
        weekday = _WEEKDAY_NAMES[line["weekday"].rstrip(".").lower()] if line["weekday"] and not line["date"] else None
        label = " ".join(text[line.start("when"): line.end("when")].split())
        found.append(_Line(line.start(), day, _minutes(line) if line["hour"] else None, label, weekday))
    return found


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


def _minutes(line) -> int | None:
    hour, minute = int(line["hour"]), int(line["minute"])
    if line["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if line["half"].lower() == "p" else 0)
    return hour * 60 + minute if hour < 24 else None


def _newest_first(lines: list[_Line]) -> bool:
    """Does the page put its newest entry first, as most do? Told by whether consecutive
    entries mostly fall or mostly rise in time (see _minutes_between)."""
    rises = falls = 0
    for earlier, later in zip(lines, lines[1:]):
        step = _minutes_between(earlier, later)
        if step is None:
            continue
        rises += step > 0
        falls += step < 0
    return falls > rises


def _minutes_between(earlier: _Line, later: _Line) -> int | None:
    """How long after `earlier` `later` was written, as far as their lines tell: by their days,
    else by their weekdays (the nearest way: "Tuesday" then "Monday" is a day back), else by
    their times (a fall of more than half a day is midnight passing, 23:58 then 00:10 rises,
    unless both lines write the same weekday)."""
    if earlier.day and later.day and earlier.day != later.day:
        return (later.day - earlier.day).days * DAY_MINUTES
    days = _weekdays_apart(earlier, later)
    if days:
        return days * DAY_MINUTES
    if earlier.minutes is None or later.minutes is None:
        return None
    step = later.minutes - earlier.minutes
    if days == 0:
        return step
    step %= DAY_MINUTES
    return step - DAY_MINUTES if step > DAY_MINUTES // 2 else step


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


def _published_in(line: _Line, day: date | None, published: Published) -> Published:
    if day is None or (line.day is None and day == published.day):
        return published
    return Published(day, estimated=published.estimated and line.day is None, day_first=published.day_first,
                     anchor="in an entry dated")
