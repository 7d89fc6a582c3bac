"""Fixes from a fact-checker's test drive on a new corpus: each test is one finding, read as
an example of what the tool now does (exact values and exact evidence spans)."""

from __future__ import annotations

from datetime import date as D

import pytest
import regex

from discrepancy.extract import extract_text
from discrepancy.rules import Rule, compile_pattern
from discrepancy.values import DATE, Published, parse_date


def examples(*rows):
    return [pytest.param(*row, id=str(row[0])) for row in rows]


def rule(pattern: str, kind: str) -> Rule:
    return Rule(id="r", question="?", kind=kind, patterns=(compile_pattern(pattern, kind),), path="r.toml")


def read(text: str, pattern: str, kind: str, published: D | None = None) -> list[tuple[str, str]]:
    """(evidence, display) of every value the one-pattern rule reads in `text`."""
    return [(o.raw, o.value.display()) for o in extract_text(text, rule(pattern, kind), Published(published))]


# ---------------------------------------------------------------------------
# 1. A weekday followed by an explicit date is that date

PUBLISHED_A_WEEK_LATER = Published(D(2026, 3, 10))  # Tuesday 10 March 2026

WEEKDAY_DATES = examples(
    ("The fire on Tuesday 3 March killed twelve.", "Tuesday 3 March"),
    ("The fire on Tuesday, March 3 killed twelve.", "Tuesday, March 3"),
    ("The fire on Tuesday (March 3) killed twelve.", "Tuesday (March 3)"),
    ("The fire on Tue 3 March 2026 killed twelve.", "Tue 3 March 2026"),
    ("The fire on Tuesday, March 3rd, 2026, killed twelve.", "Tuesday, March 3rd, 2026"),
    ("The fire on Tues. March 3 killed twelve.", "Tues. March 3"),
    ("The fire on Tuesday, 3 March killed twelve.", "Tuesday, 3 March"),
)


@pytest.mark.parametrize("sentence, phrase", WEEKDAY_DATES)
def test_a_weekday_before_a_date_is_found_with_it_and_read_as_the_date(sentence, phrase):
    assert [m[0] for m in regex.finditer(DATE, sentence, flags=regex.IGNORECASE)] == [phrase]
    value = parse_date(phrase, PUBLISHED_A_WEEK_LATER)
    assert (value.low, value.high, value.precision) == (D(2026, 3, 3), D(2026, 3, 3), "day")
    assert value.steps == (f"{phrase!r}" + (", published 2026-03-10" if "2026" not in phrase else "")
                           + " → 2026-03-03",)


def test_a_rule_reads_the_explicit_date_and_its_evidence_is_the_whole_phrase():
    text = "Twelve people were killed when fire engulfed the plant on Tuesday 3 March."
    found = extract_text(text, rule("fire engulfed the plant on {date}", "date"), PUBLISHED_A_WEEK_LATER)
    assert [(o.raw, o.start, o.end, o.value.low) for o in found] == [("Tuesday 3 March", 58, 73, D(2026, 3, 3))]
    assert found[0].sentence[slice(*found[0].highlight)] == "Tuesday 3 March"


def test_a_weekday_that_does_not_fit_the_date_is_noted_and_the_date_is_read():
    value = parse_date("Friday 3 March", PUBLISHED_A_WEEK_LATER)
    assert (value.low, value.high, value.precision) == (D(2026, 3, 3), D(2026, 3, 3), "day")
    assert value.steps == (
        "'Friday 3 March', published 2026-03-10 → 2026-03-03",
        "'Friday 3 March': the weekday says Friday, but 3 March 2026 is a Tuesday: the date is read",
    )


def test_a_weekday_and_a_date_without_a_publication_date_stay_unresolved():
    value = parse_date("Tuesday 3 March")
    assert (value.resolved, value.steps) == (
        False, ("'Tuesday 3 March' → unresolved: no year given and the source has no publication date",))


def test_a_weekday_then_a_number_that_is_not_a_date_stays_a_weekday():
    assert [m[0] for m in regex.finditer(DATE, "On Tuesday, 3 people died.", flags=regex.IGNORECASE)] == ["Tuesday"]
    assert [m[0] for m in regex.finditer(DATE, "on Tuesday. March 3 was", flags=regex.IGNORECASE)] == [
        "Tuesday", "March 3"]


# ---------------------------------------------------------------------------
# 2. Thousands separated by a space or a dot

COUNT_PATTERN = "{count} (?:people )?(?:were )?(?:killed|evacuated)"

THOUSANDS = examples(
    ("Officials said 3 000 people were evacuated.", [("3 000", "3,000")]),
    ("Officials said 3.000 people were evacuated.", [("3.000", "3,000")]),
    ("Officials said 1.200.000 people were evacuated.", [("1.200.000", "1.2 million")]),
    ("Officials said 1 200 000 people were evacuated.", [("1 200 000", "1.2 million")]),
    ("Officials said 3.5 million people were evacuated.", [("3.5 million", "3.5 million")]),
    ("Officials said 1.125 million people were evacuated.", [("1.125 million", "1.125 million")]),
    ("Officials said nearly 3 000 people were evacuated.", [("nearly 3 000", "nearly 3,000 (2,700–3,000)")]),
    ("Between 2.000 and 3.000 people were evacuated.", [("Between 2.000 and 3.000", "2,000–3,000")]),
    # digit groups side by side that are not one number: nothing is read from them
    ("In 2019 300 people were evacuated.", []),
    ("Call +32 3 338 20 20 if people were evacuated.", []),
    ("A 3 0001 people were evacuated.", []),
    # a comma and a space are not one number
    ("In 2019, 300 people were evacuated.", [("300", "300")]),
)


@pytest.mark.parametrize("sentence, found", THOUSANDS)
def test_thousands_separated_by_a_space_or_a_dot_in_a_count(sentence, found):
    assert read(sentence, COUNT_PATTERN, "count") == found


def test_a_digit_group_after_a_digit_and_a_space_is_never_a_number_of_its_own():
    text = "Officials said 3 000 people were evacuated."
    (obs,) = extract_text(text, rule(COUNT_PATTERN, "count"))
    assert (obs.start, obs.end, obs.value.low, obs.value.high) == (15, 20, 3000, 3000)


AMOUNTS_WITH_DOTS = examples(
    # two dots or more: thousands, whatever the kind
    ("The company was fined €4.200.000.", [("€4.200.000", "EUR 4.2 million")]),
    # one dot before three digits: thousands in money with no scale, but not in dollars
    ("The company was fined €4.200.", [("€4.200", "EUR 4,200")]),
    ("The company was fined 250.000 euros.", [("250.000 euros", "EUR 250,000")]),
    # a decimal point before a scale word, or in dollars
    ("The company was fined $1.125 billion.", [("$1.125 billion", "USD 1.125 billion")]),
    ("The company was fined €1.125 billion.", [("€1.125 billion", "EUR 1.125 billion")]),
    ("The company was fined $3.599.", [("$3.599", "USD 3.6")]),
    ("The company was fined $3 000.", [("$3 000", "USD 3,000")]),
)


@pytest.mark.parametrize("sentence, found", AMOUNTS_WITH_DOTS)
def test_a_dot_before_three_digits_separates_thousands_in_money_but_dollars(sentence, found):
    assert read(sentence, "fined {money}", "amount") == found


# ---------------------------------------------------------------------------
# 3. A year is not a count

YEARS_NOT_COUNTS = examples(
    ("A fire at the same site in 2019 killed three people.", []),
    ("In 2019 people were evacuated from the same site.", []),
    ("IN 2019 PEOPLE WERE EVACUATED.", []),
    ("Since 2000 people were evacuated twice.", []),
    ("The blaze of 1998 killed 24.", []),
    ("After 2015, 12 people were killed.", [("12", "12")]),
    ("Until mid-2019 people were evacuated yearly.", []),
    ("In early 2020 people were evacuated.", []),
    ("2019's fire: 12 people were killed.", [("12", "12")]),
    # still counts: no word of time before them, a comma, or not a year's number
    ("2019 people were evacuated.", [("2019", "2,019")]),
    ("In 2,019 homes people were evacuated.", []),
    ("Officials say 2,019 people were evacuated.", [("2,019", "2,019")]),
    ("In 1799 people were evacuated.", [("1799", "1,799")]),
    ("In 33 villages 40 people were killed.", [("40", "40")]),
)


@pytest.mark.parametrize("sentence, found", YEARS_NOT_COUNTS)
def test_a_year_after_a_word_of_time_is_not_a_count(sentence, found):
    assert read(sentence, "{count} (?:people )?(?:were )?(?:killed|evacuated)", "count") == found


def test_the_year_guard_holds_in_a_case_sensitive_rule():
    pattern = Rule(id="r", question="?", kind="count", path="r.toml",
                   patterns=(compile_pattern("{count} people were evacuated", "count", case_sensitive=True),))
    assert extract_text("In 2019 people were evacuated.", pattern) == []


# ---------------------------------------------------------------------------
# 4. Counts are whole: a qualified count has whole ends

WHOLE_COUNTS = examples(
    ("nearly 47", 46, 47, "nearly 47 (46–47)"),  # 45.59 rounded up: as far below as "about 47" reaches
    ("about 30", 27, 33, "about 30 (27–33)"),
    ("about 33", 32, 34, "about 33 (32–34)"),
    ("some 3,000", 2700, 3300, "about 3,000 (2,700–3,300)"),
    ("about 1,234", 1229, 1239, "about 1,234 (1,229–1,239)"),  # five steps of its last digit, not 3%
    ("almost a dozen", 11, 12, "nearly 12 (11–12)"),
    ("about 5", 4, 6, "about 5 (4–6)"),  # a count's "about" reaches one at least
    ("nearly 70", 63, 70, "nearly 70 (63–70)"),  # 70 × 0.9 is 62.99999999999999 in floating point
)


@pytest.mark.parametrize("text, low, high, shown", WHOLE_COUNTS)
def test_a_qualified_count_has_whole_ends(text, low, high, shown):
    from discrepancy.values import parse_count

    value = parse_count(text)
    assert (value.low, value.high, value.display()) == (low, high, shown)
    assert type(value.low) is int and type(value.high) is int


def test_amounts_keep_exact_ends():
    from discrepancy.values import parse_amount

    value = parse_amount("nearly $47")
    assert (value.low, value.high, value.display()) == (45.59, 47, "nearly USD 47 (USD 45.59–USD 47)")


# ---------------------------------------------------------------------------
# 5. A duration's interval is shown in the unit its number is written in

DURATION_DISPLAYS = examples(
    ("nearly 12 hours", "nearly 12 hours (10.8–12 hours)"),
    ("nearly 30 years", "nearly 30 years (27–30 years)"),
    ("about 26 years", "about 26 years (23.4–28.6 years)"),
    ("between 10 and 12 hours", "10–12 hours"),
    ("3 or 4 years", "3 or 4 years"),
    ("2 days to 3 weeks", "2–21 days"),
    ("more than 11 hours", "more than 11 hours"),
    ("48 hours", "48 hours"),
    ("nearly 60 hours", "nearly 60 hours (54–60 hours)"),  # not "nearly 2.5 days (2.25–2.5 days)"
)


@pytest.mark.parametrize("text, shown", DURATION_DISPLAYS)
def test_a_duration_interval_is_shown_in_one_readable_unit(text, shown):
    from discrepancy.values import parse_duration

    assert parse_duration(text).display() == shown


# ---------------------------------------------------------------------------
# 6. Labels of related-article lists, with or without a colon, in any case

ARTICLE = "Fire at plant\n\nTwelve people were killed in the fire.\n\n"
RELATED = "Two killed in Ghent warehouse blaze last month\nFive killed in Liege flat fire\n"


@pytest.mark.parametrize("marker", [
    "You might also like:", "You might also like", "Read more:", "READ MORE", "Related:", "Related Topics",
    "More on this story", "Related articles:", "Most read", "Recommended", "recommended:", "## Related Topics",
    "**Read more:**",
])
def test_a_related_headline_list_after_a_marker_is_not_read(marker):
    from discrepancy.sources import blank_boilerplate

    body = f"{ARTICLE}{marker}\n{RELATED}"
    scan, _ = blank_boilerplate(body)
    assert scan == ARTICLE + "".join(" " * len(line) + "\n" for line in f"{marker}\n{RELATED}".splitlines())
    assert read(scan, "{count} (?:people )?(?:were )?killed", "count") == [("Twelve", "12")]


def test_a_link_after_its_label_on_one_line_is_blanked_and_the_article_after_it_kept():
    from discrepancy.sources import blank_boilerplate

    link = "Read more: Two killed in Ghent warehouse blaze last month"
    after = "Firefighters said 14 people were killed in all."
    body = f"{ARTICLE}{link}\n\n{after}\n"
    scan, skipped = blank_boilerplate(body)
    assert (scan, skipped) == (f"{ARTICLE}{' ' * len(link)}\n\n{after}\n", 1)


def test_read_more_inside_a_sentence_is_reporting():
    from discrepancy.sources import blank_boilerplate

    kept = "Readers can read more: the 14 people killed are named on the city's site."
    scan, _ = blank_boilerplate(f"{ARTICLE}{kept}\nRead more\n")
    assert scan == f"{ARTICLE}{kept}\n{' ' * 9}\n"


# ---------------------------------------------------------------------------
# 7. `rules test` says values the way an author writes them

def rule_file(tmp_path, kind: str, pattern: str, example: str):
    from discrepancy.rules import load_rules

    path = tmp_path / "r.toml"
    path.write_text(f'id = "r"\nquestion = "?"\nkind = "{kind}"\npatterns = [\'{pattern}\']\n\n[[example]]\n{example}',
                    encoding="utf-8")
    return load_rules([path])


def failures(rules) -> list[str]:
    from discrepancy.authoring import test_rules

    return [r.explain_failure().split(": ", 1)[1] for r in test_rules(rules) if not r.passed]


def test_a_failure_says_both_values_in_words_with_the_interval_each_stands_for(tmp_path):
    rules = rule_file(tmp_path, "count", "{count} people were killed",
                      'text = "At least 12 people were killed."\nvalue = 12\n')
    assert failures(rules) == ["r: example 'At least 12 people were killed.': expected 12 (exactly), got at least "
                               "12 (12 or more, no upper limit) from 'At least 12' (in 'At least 12 people were killed')"]


def test_a_duration_failure_says_its_unit(tmp_path):
    rules = rule_file(tmp_path, "duration", "burned for {duration}",
                      'text = "The fire burned for nearly 12 hours."\nvalue = 0.5\n')
    assert failures(rules) == ["r: example 'The fire burned for nearly 12 hours.': expected 12 hours (0.5 days), got "
                               "nearly 12 hours (10.8 to 12 hours) from 'nearly 12 hours' (in 'burned for nearly 12 hours')"]


@pytest.mark.parametrize("value, qualifier, low, high", [
    ("12", "at_least", 12, None),
    ('"12"', "at_least", 12, None),
    ("12", "more_than", 13, None),
    ("30", "nearly", 27, 30),
    ("30", "approximately", 27, 33),
    ("10", "fewer_than", 0, 9),
    ('"at least 12"', "at_least", 12, None),
])
def test_one_number_with_a_qualifier_is_the_interval_the_text_would_make(tmp_path, value, qualifier, low, high):
    from discrepancy.authoring import test_rules

    rules = rule_file(tmp_path, "count", "{count} people were killed",
                      f'text = "{qualifier.replace("_", " ")} 12 people were killed."\n'
                      f'value = {value}\nqualifier = "{qualifier}"\n')
    expected = rules[0].examples[0].expected
    assert (expected.low, expected.high, expected.qualifier) == (low, high, qualifier)
    if value in ("12", '"12"', '"at least 12"') and qualifier == "at_least":
        assert [r.passed for r in test_rules(rules)] == [True]


def test_a_range_qualifier_with_one_number_is_an_error_at_load(tmp_path):
    from discrepancy.errors import InputError

    with pytest.raises(InputError) as raised:
        rule_file(tmp_path, "count", "{count} people", 'text = "10 to 12 people"\nvalue = 12\nqualifier = "range"\n')
    assert (raised.value.line, raised.value.message, raised.value.hint) == (
        9, 'qualifier = "range" needs two numbers, but value is one', "write value = [low, high], e.g. value = [10, 12]")


def test_an_unknown_qualifier_is_an_error_at_load(tmp_path):
    from discrepancy.errors import InputError

    with pytest.raises(InputError) as raised:
        rule_file(tmp_path, "count", "{count} people", 'text = "12 people"\nvalue = 12\nqualifier = "atleast"\n')
    assert (raised.value.line, raised.value.message, raised.value.hint) == (
        9, "qualifier = 'atleast' is not one of the known qualifiers", "did you mean 'at_least'?")


def test_an_amount_written_with_its_currency_expects_that_currency(tmp_path):
    rules = rule_file(tmp_path, "amount", "fined {money}", 'text = "It was fined $4.2 million."\nvalue = "€4.2 million"\n')
    assert failures(rules) == ["r: example 'It was fined $4.2 million.': expected EUR 4.2 million (exactly), got "
                               "USD 4.2 million (exactly) from '$4.2 million' (in 'fined $4.2 million')"]


SPELLED = examples(
    ("count", "nearly 30", "nearly 30 (27 to 30)"),
    ("count", "between 10 and 12", "10–12"),
    ("count", "fewer than 10", "fewer than 10 (0 to 9)"),
    ("amount", "more than $5bn", "more than USD 5 billion (more than USD 5 billion, no upper limit)"),
    ("amount", "fewer than 5%", "less than 5% (0% to under 5%)"),  # "fewer" is said of a count only
    ("amount", "less than $40 billion", "less than USD 40 billion (USD 0 to under USD 40 billion)"),
    ("duration", "less than 48 hours", "less than 48 hours (0 hours to under 48 hours)"),
    ("duration", "48 hours", "48 hours (2 days)"),
    ("duration", "2 days", "2 days (exactly)"),
    ("duration", "at least 12 hours", "at least 12 hours (12 hours or more, no upper limit)"),
)


@pytest.mark.parametrize("kind, text, spelled", SPELLED)
def test_spell_says_a_value_and_its_interval(kind, text, spelled):
    from discrepancy.values import parse, spell

    assert spell(parse(kind, text)) == spelled


def test_spell_says_a_date_with_its_precision():
    from discrepancy.values import spell

    assert spell(parse_date("last week", PUBLISHED_A_WEEK_LATER)) == "2026-03-02 – 2026-03-08 (a week)"
    assert spell(parse_date("on Friday")) == "unresolved"


# ---------------------------------------------------------------------------
# 8. The column of a value on a huge single line is found by bisection

def test_line_and_column_agree_with_counting_by_hand_at_every_offset():
    from discrepancy.sources import Source

    text = "ab\ncd\n\nef"
    source = Source(path="a.txt", text=text, first_line=3)
    by_hand = [(3 + text.count("\n", 0, i), i - (text.rfind("\n", 0, i) + 1) + 1) for i in range(len(text) + 1)]
    assert [source.line_and_column(i) for i in range(len(text) + 1)] == by_hand == [
        (3, 1), (3, 2), (3, 3), (4, 1), (4, 2), (4, 3), (5, 1), (6, 1), (6, 2), (6, 3)]


class _NoSearchBack(str):
    """A text that fails if anything searches it backwards (what made columns quadratic)."""

    def rfind(self, *args):
        raise AssertionError("searched the text back for the line's start")


def test_an_observation_on_a_huge_single_line_takes_its_column_from_the_newline_index():
    import time

    from discrepancy.extract import make_observation
    from discrepancy.sources import Source
    from discrepancy.values import Value

    text = _NoSearchBack("x " * 10_000_000 + "33 Russians")  # 20 MB on one line
    source = Source(path="big.txt", text=text, scan_text=text)
    value = Value("count", 33, 33)
    start = time.monotonic()
    for n in range(5000):
        obs = make_observation(source, "r", 0, value, "33", (20_000_000, 20_000_011), 20_000_000, 20_000_002)
    assert time.monotonic() - start < 1  # searching back 20 MB each time took about 4 s
    assert (obs.line, obs.column, obs.sentence[obs.highlight[0]:obs.highlight[1]]) == (1, 20_000_001, "33")


# ---------------------------------------------------------------------------
# 9. A rule example is prepared as an article is

SOFT = "\u00ad"


@pytest.mark.parametrize("sentence, pattern, found", [
    (f"They handed back thir{SOFT}ty-three Russians.", "handed back {count} Russians", [(f"thir{SOFT}ty-three", "33")]),
    (f"They handed back all but one of the thir{SOFT}ty-three Russians.", "handed back {count} Russians",
     [(f"all but one of the thir{SOFT}ty-three", "32")]),
    (f"They handed back all but one of the thir{SOFT}ty-three detained Russians.", "{count} detained Russians",
     [(f"thir{SOFT}ty-three", "33")]),
    (f"Police de{SOFT}tained 33 Russians.", "detained {count} Russians", [("33", "33")]),
])
def test_an_example_reads_what_the_same_text_in_an_article_reads(tmp_path, sentence, pattern, found):
    from discrepancy.extract import extract_source
    from discrepancy.sources import load_sources

    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    (article,), _ = load_sources([tmp_path / "a.txt"])
    in_article = [(o.raw, o.value.display(), o.start, o.end) for o in extract_source(article, [rule(pattern, "count")])]
    in_example = [(o.raw, o.value.display(), o.start, o.end) for o in extract_text(sentence, rule(pattern, "count"))]
    assert in_example == in_article
    assert [(raw, shown) for raw, shown, _, _ in in_example] == found


def test_an_example_that_is_page_furniture_is_skipped_as_in_an_article():
    text = "Twelve people were killed in the fire.\n\nRead more: Two people were killed in Ghent"
    assert read(text, "{count} people were killed", "count") == [("Twelve", "12")]


def test_without_partitive_reads_the_inner_number_with_the_prepared_grammar():
    from discrepancy.extract import _without_partitive
    from discrepancy.values import COUNT_WITHOUT_PARTITIVE

    from discrepancy.sources import format_at_word_ends

    pattern = _without_partitive("{count} detained", "count", False)
    assert pattern.grammar == COUNT_WITHOUT_PARTITIVE
    searched = format_at_word_ends(f"all but one of the thir{SOFT}ty-three detained")
    assert searched == f"all but one of the thirty{SOFT}-three detained"
    assert [m.span("value") for m in pattern.regex.finditer(searched)] == [(19, 32)]
