"""A live page's entries: where each starts, which day it was written on, and their order in time.

A live page (a "live blog") is updated through a day or more, each entry under a line that
says when it was written: "**01:52** – The rescue service now confirms five dead", "###
23:55 — Minister: 138 detained", "**Thursday 13 March, 16:40**", "**6:45 p.m. ET** — ...". Two
things follow from those lines:

- "on Wednesday" and "last night" in an entry are counted from the day the entry was written,
  not the day the page was first published: an entry at 01:20 after an opening post at 23:35
  was written the next day;
- an earlier entry's figure is superseded by a later entry's, if they differ (see compare.py).

An entry line is a heading, or opens with its time (or date) and a dash, or is the date and
time alone. A line that opens with a date and goes on ("- 12 March 2024: the first collapse",
a timeline) and "Updated 14 March" open no entry. Entries are read from the searched text,
where Markdown's emphasis marks are blanks already.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

import regex

from . import pattern_cache
from .values import Published, day_written

_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
               r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_ORDINAL_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_ENTRY_LINE = pattern_cache.compile(
    r"\n[ \t]*+(?P<heading>#{1,6}[ \t]++)?(?P<when>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?"
    rf"(?P<date>{_ORDINAL_DAY}[ \t]+{_MONTH_NAME}(?:,?[ \t]+\d{{4}})?|{_MONTH_NAME}[ \t]+{_ORDINAL_DAY}(?:,?[ \t]+\d{{4}})?)?"
    # a time: "16:40", "4:40 p.m.", "6.45pm" (a full stop only before am or pm: "2.30" alone is a number)
    r"(?:(?(date),?[ \t]*(?:at[ \t]+)?|)(?P<hour>\d{1,2})(?::(?P<minute>[0-5]\d)(?:[ \t]*(?P<half>[ap])\.?m\.?)?"
    # and its zone: "ET", "(IST)", "local time"
    r"|\.(?P<minute>[0-5]\d)[ \t]*(?P<half>[ap])\.?m\.?)(?:[ \t]+(?:\(?[A-Z]{2,5}\b\)?|local[ \t]+time))?)?)[ \t]*"
    r"(?P<rest>[—–|:-][^\n]*)?(?=\n|\Z)", regex.IGNORECASE)
# What an entry line opens with: tried first, as most articles have no two lines that open
# so, and the whole of _ENTRY_LINE costs three times as much.
_ENTRY_START = pattern_cache.compile(
    r"\n[ \t]*+(?:#{1,6}[ \t]++)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
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
    found = []
    for line in _ENTRY_LINE.finditer(text):
        if not (line["date"] or line["hour"]):
            continue
        if line["rest"] and not line["heading"] and not line["hour"]:
            continue  # a date and more: a timeline's line, or a sentence that opens with a date
        day = day_written(line["date"], published) if line["date"] else None
        if line["date"] and day is None:
            continue
        label = " ".join(text[line.start("when"): line.end("when")].split())
        found.append(_Line(line.start(), day, _minutes(line) if line["hour"] else None, label))
    return found


def _minutes(line) -> int | None:
    hour, minute = int(line["hour"]), int(line["minute"])
    if line["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if line["half"].lower() == "p" else 0)
    return hour * 60 + minute if hour < 24 else None


def _newest_first(lines: list[_Line]) -> bool:
    """Does the page put its newest entry first, as most do? Told by whether the times of
    consecutive entries mostly fall or mostly rise (a fall of more than half a day is midnight
    passing: 23:58 then 00:10 rises)."""
    rises = falls = 0
    for earlier, later in zip(lines, lines[1:]):
        if earlier.day and later.day and earlier.day != later.day:
            step = (later.day - earlier.day).days * DAY_MINUTES
        elif earlier.minutes is not None and later.minutes is not None:
            step = (later.minutes - earlier.minutes) % DAY_MINUTES
            step = step - DAY_MINUTES if step > DAY_MINUTES // 2 else step
        else:
            continue
        rises += step > 0
        falls += step < 0
    return falls > rises


def _days_written(in_time: list[_Line], first_day: date | None) -> dict[int, date | None]:
    """The day each entry was written on: the day its line writes, else the day of the entry
    before it, the next day where the clock went back past midnight (the first entry's day is
    the page's publication day)."""
    days, day, clock = {}, first_day, None
    for line in in_time:
        if line.day is not None:
            day = line.day
        elif day is not None and clock is not None and line.minutes is not None and clock - line.minutes > DAY_MINUTES // 2:
            day += timedelta(days=1)
        if line.minutes is not None:
            clock = line.minutes
        days[line.start] = day
    return days


def _published_in(line: _Line, day: date | None, published: Published) -> Published:
    if day is None or (line.day is None and day == published.day):
        return published
    return Published(day, estimated=published.estimated and line.day is None, day_first=published.day_first,
                     anchor="in an entry dated")
