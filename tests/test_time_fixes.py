"""Fixes to how {time} reads a time of day, from testers' findings: each test is one finding,
read as an example of what the tool now does (exact values and exact spans). The testers'
scratch rules and sources are copied into tests/fixtures/times."""

from __future__ import annotations

import json
from datetime import date as D

import pytest
from conftest import REPO

from discrepancy.extract import extract_source, extract_text
from discrepancy.rules import Rule, compile_pattern
from discrepancy.sources import read_source
from discrepancy.values import Published

FIXTURES = REPO / "tests" / "fixtures" / "times"


def rule(pattern: str, unit: str | None = None) -> Rule:
    return Rule(id="r", question="?", kind="time", patterns=(compile_pattern(pattern, "time"),), path="r.toml",
                unit=unit)


def read(text: str, pattern: str, published: D | None = None, unit: str | None = None) -> list[tuple[str, int, int, str]]:
    """(evidence, start, end, display) of every time the one-pattern rule reads in `text`."""
    return [(o.raw, o.start, o.end, o.value.display())
            for o in extract_text(text, rule(pattern, unit), Published(published))]


# ---------------------------------------------------------------------------
# 1. A dotted 24-hour time with a zone or "hrs" after it: "18.55 hrs", "13.15 GMT"

@pytest.mark.parametrize("text, expected", [
    ("The crash took place at 18.55 hrs on Friday.", [("18.55 hrs", 24, 33, "18:55")]),
    ("The crash took place at 18.55 IST on Friday.", [("18.55 IST", 24, 33, "18:55 IST")]),
    ("The crash took place at 22.15 local time.", [("22.15 local time", 24, 40, "22:15")]),
    ("The crash took place at 22.15 KST.", [("22.15 KST", 24, 33, "22:15 KST")]),
    # a decimal, a sum and a day of the month are none
    ("The crash took place at 12.30, police said.", []),
    ("The crash took place at 18.55 million rupees' worth of track.", []),
    ("The crash took place at 29.7 km.", []),
])
def test_a_dotted_24_hour_time_is_read_with_a_zone_or_hrs_after_it(text, expected):
    assert read(text, "took place at {time}") == expected


@pytest.mark.parametrize("name, examples", [("dotted_zoned.toml", 4), ("dotted_bst.toml", 2), ("dotted_hrs.toml", 4)])
def test_the_testers_dotted_time_rules_pass(cli, name, examples):
    result = cli("rules", "test", str(FIXTURES / name))
    assert (result.code, result.stdout.splitlines()[-1]) == (0, f"{examples} passed, 0 failed")


# ---------------------------------------------------------------------------
# 2. The US weather service's "1225 AM CST": the hour and its minutes run together, a zone after

@pytest.mark.parametrize("text, expected", [
    # its conversion in brackets names its zone too: on one clock, a second claim
    ("Otis made landfall at 1225 AM CST (0625 UTC) just west of Acapulco.",
     [("1225 AM CST", 22, 33, "00:25 CST"), ("0625 UTC", 35, 43, "06:25 UTC")]),
    ("Otis made landfall at 1100 PM EDT Tuesday.", [("1100 PM EDT", 22, 33, "23:00 EDT")]),
    ("Otis made landfall at 500 AM HST.", [("500 AM HST", 22, 32, "05:00 HST")]),
    # without a zone the digits are a count, or a radio station's frequency
    ("Otis made landfall at 500 AM listeners' homes.", []),
    ("Otis made landfall at 770 AM, the station said.", []),
])
def test_the_weather_service_s_run_together_time_is_read_with_its_zone(text, expected):
    assert read(text, "made landfall at {time}") == expected


def test_the_advisory_reads_its_landfall_time_as_the_local_clock_and_its_conversion():
    source, _ = read_source(FIXTURES / "nhc" / "01_nhc_advisory.txt")
    found = extract_source(source, [rule(r"made landfall at {time}")])
    assert [(o.raw, o.value.display(), o.value.low) for o in found] == [
        ("1225 AM CST", "00:25 CST", 385), ("0625 UTC", "06:25 UTC", 385)]


# ---------------------------------------------------------------------------
# 3. A zone named by its region is summer or winter time by the day its sentence names

APRIL_4_2024 = D(2024, 4, 4)


@pytest.mark.parametrize("text, published, expected, step", [
    ("Flight 1282 had taken off at 5:07 p.m. Pacific time on Jan. 5.", APRIL_4_2024,
     [("5:07 p.m. Pacific time", 29, 51, "17:07 PST")], "Pacific time on 2024-01-05 (the sentence's date) is PST"),
    ("Flight 1282 had taken off at 5:07 p.m. PT on Friday, Jan. 5.", APRIL_4_2024,
     [("5:07 p.m. PT", 29, 41, "17:07 PST")], "PT on 2024-01-05 (the sentence's date) is PST"),
    # of two days the sentence names, the nearer
    ("On April 3 the NTSB said Flight 1282 had taken off at 5:07 p.m. PT on Jan. 5.", APRIL_4_2024,
     [("5:07 p.m. PT", 54, 66, "17:07 PST")], "PT on 2024-01-05 (the sentence's date) is PST"),
    # a sentence with no day of its own: the publication's
    ("Flight 1282 had taken off at 5:07 p.m. Pacific time.", APRIL_4_2024,
     [("5:07 p.m. Pacific time", 29, 51, "17:07 PDT")], "Pacific time on 2024-04-04 (publication) is PDT"),
    ("Flight 1282 had taken off at 5:07 p.m. PT last year.", APRIL_4_2024,  # no one day
     [("5:07 p.m. PT", 29, 41, "17:07 PDT")], "PT on 2024-04-04 (publication) is PDT"),
    # a date with its year settles it where the source has no publication date
    ("Flight 1282 had taken off at 5:07 p.m. PT on July 4, 2023.", None,
     [("5:07 p.m. PT", 29, 41, "17:07 PDT")], "PT on 2023-07-04 (the sentence's date) is PDT"),
])
def test_a_region_s_zone_is_summer_or_winter_time_by_the_day_its_sentence_names(text, published, expected, step):
    assert read(text, "taken off at {time}", published) == expected
    (observed,) = extract_text(text, rule("taken off at {time}"), Published(published))
    assert step in observed.value.steps


MARCH_28_2023 = D(2023, 3, 28)  # after US summer time began, on 12 March


@pytest.mark.parametrize("text, expected, step", [
    # Found by a fact-checker: "that Friday" was the last Friday before publication (24 March, EDT)
    ("On March 10, a Friday, depositors ran. Regulators seized the bank at 11:30 a.m. ET that Friday.",
     [("11:30 a.m. ET", 69, 82, "11:30 EST")], "ET on 2023-03-10 (the sentence's date) is EST"),
    ("SVB failed on March 10. By 10 p.m. ET that night regulators held the bank.",
     [("10 p.m. ET", 27, 37, "22:00 EST")], "ET on 2023-03-10 (the day named before) is EST"),
    # a sentence with no day of its own: the one day the sentence before names, in its paragraph
    ("SVB failed on March 10. Regulators seized the bank at 11:30 a.m. ET.",
     [("11:30 a.m. ET", 54, 67, "11:30 EST")], "ET on 2023-03-10 (the date the sentence before names) is EST"),
    # not across a paragraph's end
    ("SVB failed on March 10.\n\nRegulators seized the bank at 11:30 a.m. ET.",
     [("11:30 a.m. ET", 55, 68, "11:30 EDT")], "ET on 2023-03-28 (publication) is EDT"),
])
def test_a_time_that_names_no_day_of_its_own_takes_the_day_the_text_named_before(text, expected, step):
    pattern = "(?:seized the bank at|By) {time}"
    assert read(text, pattern, MARCH_28_2023) == expected
    (observed,) = extract_text(text, rule(pattern), Published(MARCH_28_2023))
    assert step in observed.value.steps


@pytest.mark.parametrize("region, expected", [
    ("Eastern", "17:07 EST"), ("Central", "17:07 CST"), ("Mountain", "17:07 MST"), ("pacific", "17:07 PST")])
def test_each_region_s_zone_written_in_words_is_settled_by_the_sentence_s_day(region, expected):
    # the regions' names are values.ZONE_NAMES, which extract reads too: none is left to the publication's day
    text = f"Flight 1282 had taken off at 5:07 p.m. {region} time on Jan. 5."
    assert read(text, "taken off at {time}", APRIL_4_2024) == [(f"5:07 p.m. {region} time", 29, 39 + len(region) + 5, expected)]


@pytest.mark.parametrize("text, expected", [
    # Found by a fact-checker: a region's name alone was no zone, and the times were local ones
    ("The FDIC took control at 12:15 p.m. Eastern on Friday.", [("12:15 p.m. Eastern", 25, 43, "12:15 EST")]),
    ("The FDIC took control at 10 a.m. Eastern before the Senate met.", [("10 a.m. Eastern", 25, 40, "10:00 EDT")]),
    ("The FDIC took control at midday Pacific.", [("midday Pacific", 25, 39, "12:00 PDT")]),
    ("The FDIC took control at 10 a.m. Central Tuesday.", [("10 a.m. Central", 25, 40, "10:00 CST")]),
    # and a time in brackets on another region's clock is the source's conversion, on one clock
    ("The FDIC took control at 9:15am Pacific (12:15pm Eastern) on Friday.",
     [("9:15am Pacific", 25, 39, "09:15 PST"), ("12:15pm Eastern", 41, 56, "12:15 EST")]),
    # the first word of a name, a hyphened word, or after four digits (a year as often): no zone
    ("The FDIC took control at 10 a.m. Pacific Gas and Electric said.", [("10 a.m.", 25, 32, "10:00")]),
    ("The FDIC took control at 4pm Eastern-style.", [("4pm", 25, 28, "16:00")]),
])
def test_a_us_region_s_name_alone_after_a_time_is_its_zone(text, expected):
    assert read(text, "took control at {time}", D(2023, 3, 13)) == expected


def test_the_testers_recaps_agree_with_the_wire_s_winter_time(cli):
    result = cli("report", str(FIXTURES / "pt"), "--rules", str(FIXTURES / "pt_dep_plain.toml"), "--format", "json")
    verdict = json.loads(result.stdout)["verdicts"][0]
    assert (result.code, verdict["status"], verdict["consensus"]["display"], verdict["disagreeing"]) == (
        0, "agreement", "17:07 PST", [])


# ---------------------------------------------------------------------------
# 4. A time's conversion in brackets takes the hedge of the time it converts

@pytest.mark.parametrize("text, expected", [
    ("The train crashed shortly before 7pm local time (1330 GMT) on Friday.",
     [("1330 GMT", 49, 57, "shortly before 13:30 GMT (13:00–13:30)")]),
    ("The train crashed at about 9pm (2100 GMT) on Friday.", [("2100 GMT", 32, 40, "about 21:00 GMT (20:45–21:15)")]),
    # a bare time leaves its conversion as it is, and a hedge of another figure is not the time's
    ("The train crashed at 7pm local time (1330 GMT) on Friday.", [("1330 GMT", 37, 45, "13:30 GMT")]),
    ("About 300 people fled the train that crashed at 7pm local time (1330 GMT).",
     [("1330 GMT", 64, 72, "13:30 GMT")]),
])
def test_a_time_s_conversion_in_brackets_takes_its_hedge(text, expected):
    assert read(text, r"local time \({time}\)") + read(text, r"9pm \({time}\)") == expected


def test_a_hedged_time_s_conversion_no_longer_narrows_the_claim(cli):
    result = cli("report", "s", "--rules", "t.toml", "--format", "json", cwd=FIXTURES / "hedged")
    verdict = json.loads(result.stdout)["verdicts"][0]
    assert (result.code, verdict["status"], verdict["consensus"]["display"], verdict["disagreeing"]) == (
        0, "agreement", "18:55 IST", [])


# ---------------------------------------------------------------------------
# 5. A time's conversion in brackets is read without a pattern of its own, and listed as a sum's is

def test_a_time_s_conversion_in_brackets_is_read_as_its_conversion():
    text = "The quake struck at 12:50 p.m. local time (0620 GMT) on Friday."
    found = extract_text(text, rule("quake struck at {time}"), Published(D(2025, 3, 28)))
    assert [(o.raw, o.start, o.end, o.value.display(), o.converts) for o in found] == [
        ("12:50 p.m. local time", 20, 41, "12:50", False), ("0620 GMT", 43, 51, "06:20 GMT", True)]
    # under a rule's zone both are on one clock: the brackets are a second claim, read with no pattern
    # of their own (fresh69, fresh71: they were dropped, and a wrong conversion went unseen)
    found = extract_text(text, rule("quake struck at {time}", unit="UTC+6:30"))
    assert [(o.raw, o.start, o.end, o.value.display(), o.value.low, o.value.steps[-1]) for o in found] == [
        ("12:50 p.m. local time", 20, 41, "12:50 UTC+6:30", 380,
         "a time without its zone is in UTC+6:30, the rule's unit: 12:50 UTC+6:30"),
        ("0620 GMT", 43, 51, "06:20 GMT", 380, "in brackets after '12:50 p.m. local time', the same time on another "
                                              "clock: both are the source's claims, in UTC")]


@pytest.mark.parametrize("text, unit, expected", [
    # a hedged time's conversion takes its hedge on one clock too
    ("The jet came down shortly after 9 a.m. (0003 GMT).", "KST",
     [("shortly after 9 a.m.", "shortly after 09:00 KST (09:00–09:30)"),
      ("0003 GMT", "shortly after 00:03 GMT (00:03–00:33)")]),
    # a zoned time and its conversion, with or without the rule's zone
    ("The bridge collapsed at 1:29 a.m. EDT (0529 GMT).", None, [("1:29 a.m. EDT", "01:29 EDT"), ("0529 GMT", "05:29 GMT")]),
    ("The bridge collapsed at 1:29 a.m. EDT (0529 GMT).", "EDT", [("1:29 a.m. EDT", "01:29 EDT"), ("0529 GMT", "05:29 GMT")]),
    # brackets that hold no time, or more than one, are no conversion
    ("The jet came down at 9:03 a.m. (local time).", "KST", [("9:03 a.m. (local time)", "09:03 KST")]),
    ("The jet came down at 9:03 a.m. (0003 GMT, officials said).", "KST", [("9:03 a.m.", "09:03 KST")]),
])
def test_a_time_s_conversion_on_the_same_clock_is_a_second_claim(text, unit, expected):
    assert [(raw, shown) for raw, _, _, shown in read(text, "(?:came down|collapsed) (?:at )?{time}", unit=unit)] == expected


def test_a_wrong_conversion_on_the_rule_s_clock_makes_the_source_contradict_itself(cli):
    result = cli("report", "zone_conversions", "--rules", "zone_conversions.toml", "--format", "json", cwd=FIXTURES)
    verdict = json.loads(result.stdout)["verdicts"][0]
    observations = json.loads(result.stdout)["observations"]
    assert (result.code, verdict["status"], verdict["consensus"]["display"], verdict["conversions"]) == (
        0, "disagreement", "09:03 KST", [])
    assert [(o["source"], o["raw"], o["value"]["display"]) for o in observations] == [
        ("zone_conversions/a.md", "9:03 a.m.", "09:03 KST"), ("zone_conversions/a.md", "0003 GMT", "00:03 GMT"),
        ("zone_conversions/b.md", "9:03 a.m. local time", "09:03 KST"), ("zone_conversions/b.md", "0003 GMT", "00:03 GMT"),
        ("zone_conversions/c.md", "9:03 a.m. local time", "09:03 KST"), ("zone_conversions/c.md", "0103 GMT", "01:03 GMT"),
        ("zone_conversions/d.md", "9:03 a.m.", "09:03 KST"), ("zone_conversions/d.md", "0103 GMT", "01:03 GMT")]
    assert verdict["self_contradicting"] == ["zone_conversions/c.md", "zone_conversions/d.md"]
    terminal = cli("report", "zone_conversions", "--rules", "zone_conversions.toml", cwd=FIXTURES).stdout
    assert [line for line in terminal.splitlines() if line.startswith("(also")] == ["(also line 5: 00:03 GMT)"] * 2
    assert "contradicts itself: zone_conversions/c.md says 09:03 KST and 01:03 GMT" in terminal


def test_a_time_s_conversion_is_listed_under_the_table(cli):
    result = cli("report", "converted", "--rules", "converted_rule.toml", cwd=FIXTURES)
    assert result.code == 0, result.stderr
    assert ("conversion: converted/wire.txt:5 “0620 GMT” (06:20 GMT) is the source's “12:50 p.m. local time”\n"
            "converted, beside it: not compared") in result.stdout


# ---------------------------------------------------------------------------
# 6. A clock named in words (fresh71: "7.03am Thai time" was read as the rule's KST)

@pytest.mark.parametrize("text, expected", [
    # a place whose clock keeps one offset all year: the table's zone, or the offset
    ("The plane crashed at 7.03am Thai time, two hours behind Seoul.",
     [("7.03am Thai time", 21, 37, "07:03 UTC+7", 3, "'Thai time' is UTC+7")]),
    ("The plane crashed at 9.03am Korean time (7.03am Thai time).",
     [("9.03am Korean time", 21, 39, "09:03 KST", 3, "'Korean time' is KST"),
      ("7.03am Thai time", 41, 57, "07:03 UTC+7", 3, "in brackets after '9.03am Korean time', the same time on another "
                                                     "clock: both are the source's claims, in UTC")]),
    ("The plane crashed at 5.33am India time.", [("5.33am India time", 21, 38, "05:33 IST", 3, "'India time' is IST")]),
    ("The plane crashed at 9am Korea Standard Time.",
     [("9am Korea Standard Time", 21, 44, "09:00 KST", 0, "'Korea Standard Time' is KST")]),
    ("The plane crashed at 4.03am Gulf time.", [("4.03am Gulf time", 21, 37, "04:03 UTC+4", 3, "'Gulf time' is UTC+4")]),
    ("The plane crashed at 3.03am Moscow time.", [("3.03am Moscow time", 21, 39, "03:03 MSK", 3, "'Moscow time' is MSK")]),
    ("The plane crashed at 08:03 Beijing time.", [("08:03 Beijing time", 21, 39, "08:03 UTC+8", 3, "'Beijing time' is UTC+8")]),
    # one that keeps summer time, by its region's rule and the day (29 December: winter)
    ("The plane crashed at 12.03am UK time.", [("12.03am UK time", 21, 36, "00:03 GMT", 3,
                                                "UK time on 2024-12-29 (publication) is GMT")]),
    ("The plane crashed at 2.03am Kyiv time.", [("2.03am Kyiv time", 21, 37, "02:03 EET", 3,
                                                  "Kyiv time on 2024-12-29 (publication) is EET")]),
    # a clock the reader does not know is not taken for the rule's zone: the time is left unplaced
    ("The plane crashed at 7.03pm Lima time.", [("7.03pm Lima time", 21, 37, "unresolved", None,
                                                  "'7.03pm Lima time': “Lima time” names a clock the reader does not "
                                                  "know: the time is not placed")]),
    # capitalised words that name no clock, and "local time", are no clock in words
    ("The plane crashed at 9:03 a.m. The time was confirmed later.", [("9:03 a.m.", 21, 30, "09:03 KST", 3,
                                                                        "a time without its zone is in KST, the rule's "
                                                                        "unit: 09:03 KST")]),
    ("The plane crashed at 9:03 a.m. local time.", [("9:03 a.m. local time", 21, 41, "09:03 KST", 3,
                                                      "a time without its zone is in KST, the rule's unit: 09:03 KST")]),
])
def test_a_clock_named_in_words_is_read_as_its_zone_or_left_unplaced(text, expected):
    found = extract_text(text, rule("crashed at {time}", unit="KST"), Published(D(2024, 12, 29)))
    assert [(o.raw, o.start, o.end, o.value.display(), o.value.low if o.value.resolved else None, o.value.steps[-1])
            for o in found] == [(raw, start, end, shown, None if low is None else low, step)
                                for raw, start, end, shown, low, step in expected]


def test_seven_minutes_past_nine_korean_time_agrees_with_seven_past_seven_thai_time():
    found = extract_text("At 9.07am Korean time the jet hit; at 7.07am Thai time it was over.",
                         rule(r"(?:At|at) {time}", unit="KST"), Published(D(2024, 12, 29)))
    assert [(o.value.low, o.value.high) for o in found] == [(7, 7), (7, 7)]


def test_an_unplaced_time_is_listed_with_why_under_the_table(cli):
    result = cli("report", "clock_words", "--rules", "zone_conversions.toml", "--format", "json", cwd=FIXTURES)
    report = json.loads(result.stdout)
    verdict = report["verdicts"][0]
    assert (result.code, verdict["status"], verdict["consensus"]["display"], verdict["agreeing"]) == (
        0, "agreement", "09:03 KST", ["clock_words/a.md", "clock_words/b.md"])
    assert [report["observations"][i]["raw"] for i in verdict["unresolved"]] == ["7.03pm Lima time"]
    terminal = cli("report", "clock_words", "--rules", "zone_conversions.toml", cwd=FIXTURES).stdout
    assert ("unresolved: clock_words/c.md:5 “7.03pm Lima time” (“Lima time” names a clock the reader does not\n"
            "know: the time is not placed)") in terminal
