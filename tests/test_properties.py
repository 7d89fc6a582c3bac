"""Property tests (hypothesis) for the number and date grammars, and for extraction on any text.

* Every integer from 0 to 999,999,999 written in English words parses back to itself, with
  or without the British "and", with hyphens or spaces between tens and units; the `{count}`
  grammar finds the words whole in a sentence.
* Digits grouped in thousands, with any separator an article uses (comma, no-break space,
  narrow no-break space, thin space, apostrophe), parse back too.
* A day written in every supported style ("July 29, 2020", "29 July 2020", "2020-07-29",
  "July 29th 2020", "Jul. 29, 2020", ...) parses back to that day, and the `{date}` grammar
  finds it whole.
* No text of up to 10 kB makes extraction with the shipped rules raise, and ten times the
  text takes no more than about ten times as long.

The fuzz target over source files and rule patterns is `fuzz_extract.py`; it runs here too.
"""

from __future__ import annotations

import calendar
import time
from datetime import date

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import discrepancy
from discrepancy.values import COUNT, DATE, Published, parse_count, parse_date

from conftest import REPO
# The fuzz target's properties, collected and run with the suite from here (pytest collects
# test_*.py files only, and fuzz_extract.py keeps its name so it reads as what it is).
from fuzz_extract import (rules, test_fuzz_rule_files_load_or_are_refused_with_a_reason,  # noqa: F401
                          test_fuzz_rule_patterns_over_any_text, test_fuzz_source_files_through_the_whole_pipeline)

COUNT_FINDER = regex.compile(COUNT, regex.I)
DATE_FINDER = regex.compile(DATE, regex.I)

# ---------------------------------------------------------------------------
# Numbers in words

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def below_thousand(n: int, british: bool, joiner: str) -> str:
    hundreds, rest = divmod(n, 100)
    words = [f"{UNITS[hundreds]} hundred"] if hundreds else []
    if rest:
        if hundreds and british:
            words.append("and")
        tens, units = divmod(rest, 10)
        words.append(UNITS[rest] if rest < 20 else TENS[tens] + (joiner + UNITS[units] if units else ""))
    return " ".join(words)


def to_words(n: int, british: bool = False, joiner: str = "-") -> str:
    """An integer below a billion in English words: 1_200_033 → "one million two hundred thousand thirty-three"."""
    if n == 0:
        return "zero"
    groups = []
    for scale, name in ((10**6, " million"), (10**3, " thousand"), (1, "")):
        group, n = divmod(n, scale)
        if group:
            groups.append(below_thousand(group, british, joiner) + name)
    return " ".join(groups)


def test_to_words_itself():
    assert to_words(33) == "thirty-three"
    assert to_words(1_200_033, british=True) == "one million two hundred thousand thirty-three"
    assert to_words(999_999_999, british=True, joiner=" ") == (
        "nine hundred and ninety nine million nine hundred and ninety nine thousand nine hundred and ninety nine")


INTEGERS = st.one_of(st.integers(0, 999_999_999), st.integers(0, 1_000), st.sampled_from(
    [0, 1, 10, 12, 13, 19, 20, 21, 99, 100, 101, 110, 999, 1_000, 1_001, 10_000, 100_000, 1_000_000, 1_000_001,
     100_000_000, 999_999_999]))


VALUES = settings(max_examples=500, deadline=None)  # cheap: many examples


@VALUES
@given(INTEGERS, st.booleans(), st.sampled_from(["-", " "]), st.booleans())
def test_any_integer_in_words_parses_back(n, british, joiner, capital):
    words = to_words(n, british, joiner)
    if capital:
        words = words[0].upper() + words[1:]
    value = parse_count(words)
    assert (value.low, value.high, value.qualifier) == (n, n, "exact")


@VALUES
@given(INTEGERS, st.booleans(), st.sampled_from(["-", " "]))
def test_the_count_grammar_finds_the_words_whole(n, british, joiner):
    words = to_words(n, british, joiner)
    found = COUNT_FINDER.search(f"Police detained {words} people on Friday.")
    assert found is not None and found.group() == words


# ---------------------------------------------------------------------------
# Numbers in digits

SEPARATORS = [",", "\u00a0", "\u202f", "\u2009", "'", "\u2019"]


def grouped(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


@VALUES
@given(st.integers(0, 10**12), st.sampled_from(SEPARATORS))
@example(1_200, "\u202f")
@example(1_000_000, ",")
def test_digits_with_thousands_separators_parse_back(n, separator):
    written = grouped(n, separator)
    value = parse_count(written)
    assert (value.low, value.high) == (n, n)
    found = COUNT_FINDER.search(f"Police detained {written} people.")
    assert found is not None and found.group() == written


@given(st.integers(0, 10**9), st.integers(1, 9), st.sampled_from([",", "\u00a0", "\u202f", "\u2009"]))
def test_digits_with_separators_and_a_decimal_parse_back(n, tenth, separator):
    written = f"{grouped(n, separator)}.{tenth}"
    value = parse_count(written)
    assert value.low == value.high == pytest.approx(n + tenth / 10)


# ---------------------------------------------------------------------------
# Dates

ABBREVIATED = {1: "Jan.", 2: "Feb.", 3: "Mar.", 4: "Apr.", 5: "May", 6: "Jun.", 7: "Jul.", 8: "Aug.", 9: "Sept.",
               10: "Oct.", 11: "Nov.", 12: "Dec."}


def ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def styles(day: date) -> dict[str, str]:
    month = calendar.month_name[day.month]
    return {
        "month day, year": f"{month} {day.day}, {day.year}",
        "day month year": f"{day.day} {month} {day.year}",
        "iso": day.isoformat(),
        "month dayth year": f"{month} {ordinal(day.day)} {day.year}",
        "abbreviated": f"{ABBREVIATED[day.month]} {day.day}, {day.year}",
        "abbreviated, no dot": f"{ABBREVIATED[day.month].rstrip('.')[:3]} {day.day}, {day.year}",
        "dayth of month year": f"{ordinal(day.day)} of {month} {day.year}",
        "day month, year": f"{day.day} {month}, {day.year}",
        "lower case": f"{month.lower()} {day.day}, {day.year}",
    }


DAYS = st.dates(date(1800, 1, 1), date(2099, 12, 31))  # the years the grammar reads: 18xx, 19xx, 20xx


def test_styles_itself():
    assert styles(date(2020, 7, 29))["month dayth year"] == "July 29th 2020"
    assert styles(date(2020, 7, 29))["abbreviated"] == "Jul. 29, 2020"


@VALUES
@given(DAYS, st.sampled_from(sorted(styles(date(2020, 1, 1)))))
@example(date(2020, 7, 29), "month day, year")
@example(date(2020, 2, 29), "abbreviated")
def test_a_day_in_every_style_parses_back_to_that_day(day, style):
    written = styles(day)[style]
    value = parse_date(written)
    assert (value.low, value.high, value.precision) == (day, day, "day")
    # with a publication date, an explicit year still wins
    anchored = parse_date(written, Published(date(2020, 8, 15)))
    assert (anchored.low, anchored.high) == (day, day)


@VALUES
@given(DAYS, st.sampled_from(sorted(styles(date(2020, 1, 1)))))
def test_the_date_grammar_finds_the_day_whole(day, style):
    written = styles(day)[style]
    found = DATE_FINDER.search(f"The vote was held on {written} in Minsk.")
    assert found is not None and found.group() == written


# ---------------------------------------------------------------------------
# Extraction on any text

@pytest.fixture(scope="module")
def shipped_rules():
    return discrepancy.load_rules([REPO / "rules"])


NEWS_WORDS = (
    "detained arrested Russians Russian nationals citizens were held had been thirty-three 33 32 1,200 1 200 "
    "nearly about more than between and or all but one of the dozens July 29th 29 2020 2020-07-29 Friday on "
    "last week year ago in power for 26 years presidential election August 9 Pompeo visit February 1st "
    "extradition extradite Ukraine sought 28 mercenaries fighters $19 billion % percent Lukashenko's rule "
    "handed back hundreds a dozen The Police said").split()
PUNCTUATION = list(". , ; : ! ? - – — ' \" ’ “ ” ( ) [ ] | ` < > * _ # $ € £") + ["\n", "\n\n", "\r\n", "\t"]
ODD_CHARACTERS = ["\x1b[31m", "\x07", "\u202e", "\u200b", "\u200d", "\u00a0", "\u202f", "\u2009", "\u00ad",
                  "\ufeff", "\x00", "\u0663", "\uff13", "\U0001F468"]
TOKEN = st.one_of(st.sampled_from(NEWS_WORDS), st.sampled_from(PUNCTUATION), st.sampled_from(ODD_CHARACTERS),
                  st.text(max_size=12))


@st.composite
def news_like_text(draw, min_size: int = 0, max_size: int = 10_000) -> str:
    """Text of `min_size` to `max_size` characters, mostly the words and signs the rules look for."""
    pieces, size = [], 0
    target = draw(st.integers(min_size, max_size))
    while size < target:
        piece = draw(TOKEN) + draw(st.sampled_from([" ", " ", "", "\n"]))
        pieces.append(piece)
        size += len(piece)
    return "".join(pieces)[:max_size]


PUBLISHED = st.one_of(st.none(), st.builds(Published, st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.booleans()))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=st.one_of(news_like_text(), st.text(max_size=2_000)), published=PUBLISHED)
def test_extraction_never_raises_on_any_text(shipped_rules, text, published):
    for rule in shipped_rules:
        for obs in discrepancy.extract_text(text, rule, published):
            assert 0 <= obs.start <= obs.end <= len(text)
            assert text[obs.start:obs.end] == obs.raw
            assert obs.line == text.count("\n", 0, obs.start) + 1


def best_of(runs: int, work) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=news_like_text(min_size=1_000, max_size=1_000))
def test_extraction_time_grows_about_linearly(shipped_rules, text):
    for rule in shipped_rules:  # compile every pattern first: that is not the text's cost
        discrepancy.extract_text(text, rule)

    def extract(sample: str):
        return lambda: [discrepancy.extract_text(sample, rule) for rule in shipped_rules]

    one_kb = best_of(3, extract(text))
    ten_kb = best_of(2, extract(text * 10))
    # linear would be 10x; the allowance covers timer noise on a few milliseconds and a busy machine
    assert ten_kb < 30 * one_kb + 1.0, (one_kb, ten_kb)
