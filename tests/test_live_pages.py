"""A live page's entries: the lines that open them, the day each was written, their order in time."""

from __future__ import annotations

from datetime import date

import pytest

from discrepancy.live_pages import LastUpdate, entries_of, entry_stamps, in_no_order
from discrepancy.sources import prepare
from discrepancy.values import Published

PUBLISHED = Published(date(2025, 3, 11))


def entries(text: str, published: Published = PUBLISHED, markdown: bool = True) -> list[tuple[int, int, date, str]]:
    """(line, rank, day, anchor) of each entry: line 1 is the text's first."""
    scan = prepare(text, markdown=markdown)[0]
    return [(scan.count("\n", 0, e.start) + 1, e.stamp.rank, e.published.day, e.published.anchor)
            for e in entries_of(scan, published, text)]


@pytest.mark.parametrize("line, day", [
    ("**Thursday 13 March, 16:40**", date(2025, 3, 13)), ("### 13 March 2025, 09:12 – Rescuers reach the men", date(2025, 3, 13)),
    ("March 14, 4:40 p.m. EDT", date(2025, 3, 14)), ("## Friday, March 14th", date(2025, 3, 14)), ("12 March", date(2025, 3, 12)),
    ("**Mar 14, 2025 22:05 (IST)**", date(2025, 3, 14)),
])
def test_a_line_that_dates_an_entry_opens_it_and_its_day_is_the_one_it_writes(line, day):
    page = f"Intro.\n\n{line}\n\nText.\n\n**Tuesday 11 March, 07:10**\n\nFirst post.\n"
    assert entries(page)[0] == (3, 1, day, "in an entry dated")


@pytest.mark.parametrize("line", [
    "- 12 March 2024: the first collapse killed 5", "13 March was the day it collapsed.", "Updated 14 March 2025",
    "2.30", "Police said 33 people were detained at 16:40 on Friday.", "**July 33, 2008**",
    "14/06/2023: the first release", "14.06.2023 was the day it sank.", "9:02 AM Tuesday, police said 33 were held.",
])
def test_a_line_that_merely_holds_a_date_or_a_time_opens_no_entry(line):
    page = f"Intro.\n\n{line}\n\nText.\n\n**07:10** – First post.\n\n**09:30** – Second post.\n"
    assert [line for line, *_ in entries(page)] == [7, 9]


@pytest.mark.parametrize("opening", ["**07:52** – According to our sources, three were held.", "### 23:55 — Minister: 138 detained",
                                     "**6:45 p.m. ET** — The plane has left.", "07:52 – UPDATE: four men were arrested."])
def test_a_time_at_the_start_of_a_line_opens_an_entry(opening):
    page = f"{opening}\n\n**Tuesday 11 March, 07:10**\n\nFirst post.\n"
    assert [line for line, *_ in entries(page)] == [1, 3]


def test_one_dated_line_makes_no_live_page():
    assert entries("**Thursday 13 March, 16:40**\n\nThe rescue went on.\n") == []


def test_a_page_that_puts_its_newest_entry_first_is_read_in_time_and_midnight_passing_starts_the_next_day():
    page = ("# LIVE: train derails\n\n**01:52** – Five have died.\n\n**00:10** – The minister is on her way.\n\n"
            "**23:58** – At least three were killed.\n\n**23:35** – The train derailed tonight.\n")
    published = Published(date(2025, 11, 16))
    assert entries(page, published) == [
        (3, 3, date(2025, 11, 17), "in an entry dated"), (5, 2, date(2025, 11, 17), "in an entry dated"),
        (7, 1, date(2025, 11, 16), "published"), (9, 0, date(2025, 11, 16), "published")]


@pytest.mark.parametrize("published, days", [
    (date(2024, 7, 4), [date(2024, 7, 5), date(2024, 7, 4), date(2024, 7, 4)]),
    # the day of its last update, as the page's top says: every entry a day late, as the guide warns
    (date(2024, 7, 5), [date(2024, 7, 6), date(2024, 7, 5), date(2024, 7, 5)]),
])
def test_entries_that_give_a_time_alone_are_dated_forward_from_published_as_the_earliest_entrys_day(published, days):
    page = ("### 01:12 BST\n\nPolls closed at 10pm yesterday.\n\n### 23:30 BST\n\nCounting.\n\n"
            "### 21:45 BST\n\nPolls close at 10pm tonight.\n")
    assert [day for _, _, day, _ in entries(page, Published(published))] == days


def test_a_page_in_the_order_it_was_written_ranks_its_entries_so():
    page = "**07:30** – Good morning.\n\n**07:52** – Three were held.\n\n**11:58** – Four were arrested.\n"
    assert [(line, rank) for line, rank, *_ in entries(page)] == [(1, 0), (3, 1), (5, 2)]


def test_an_entry_without_a_date_was_written_on_the_day_of_the_entry_before_it_in_time():
    page = ("**Friday 14 March, 09:00**\n\nLater.\n\n**23:50**\n\nLate that night.\n\n"
            "**Thursday 13 March, 08:00**\n\nA morning.\n\n**Tuesday 11 March, 07:10**\n\nFirst post.\n")
    assert [(line, rank, day) for line, rank, day, _ in entries(page)] == [
        (1, 3, date(2025, 3, 14)), (5, 2, date(2025, 3, 13)), (9, 1, date(2025, 3, 13)), (13, 0, date(2025, 3, 11))]


def test_a_value_carries_the_entry_it_stands_in_and_records_keep_it(tmp_path):
    from discrepancy import records
    from discrepancy.extract import extract
    from discrepancy.rules import Rule, compile_pattern
    from discrepancy.sources import load_sources

    article = tmp_path / "live.md"
    article.write_text("---\noutlet: Live\npublished: 2026-03-11\n---\n# LIVE\n\n**11:58** – Police now confirm four men were arrested.\n\n"
                       "**07:52** – Three men were arrested, sources say.\n", encoding="utf-8")
    sources, _ = load_sources([article])
    rule = Rule(id="arrested", question="?", kind="count", path="x.toml", line=1,
                patterns=(compile_pattern("{count} men were arrested", "count"),))
    observations = extract(sources, [rule])
    day = date(2026, 3, 11)
    assert [(o.raw, o.line, o.entry) for o in observations] == [("four", 7, (1, "11:58", day)), ("Three", 9, (0, "07:52", day))]
    _, back, _ = records.from_lines(records.to_lines(sources, observations, []).splitlines(keepends=True))
    assert back == observations


@pytest.mark.parametrize("heading", ["### {time} {day} — Count rises", "### **{time} {day}** — Count rises",
                                     "### {time} ET {day} — Count rises", "### {abbreviated} {time} — Count rises",
                                     "### {day}, {time} — Count rises"])
def test_a_time_and_the_weekday_it_was_written_open_an_entry_that_the_weekday_dates(heading):
    # Found by a fresh-eyes corpus: a local TV live page's "### 9:02 AM Tuesday — Ambulance count rises
    # to 47" opened no entry, so its Monday's "Some 20" was a contradiction, not a figure superseded.
    page = (heading.format(time="5:48 PM", day="Tuesday", abbreviated="Tue") + "\n\n47 ambulances.\n\n"
            + heading.format(time="11:20 AM", day="Monday", abbreviated="Mon") + "\n\nSome 20 ambulances.\n")
    published = Published(date(2025, 10, 13))  # a Monday
    assert entries(page, published) == [(1, 1, date(2025, 10, 14), "in an entry dated"), (5, 0, date(2025, 10, 13), "published")]


def test_weekdays_run_forward_from_the_one_nearest_the_publication_day():
    # The first weekday is the nearest to `published`, which may be the page's last update (Tuesday);
    # each later one the first on or after the day of the entry before it: "Friday" after Monday is
    # four days on, not three back.
    newest_first = "### 9:02 AM Friday — Late\n\nx\n\n### 9:02 AM Tuesday — Next\n\nx\n\n### 11:20 AM Monday — First\n\nx\n"
    assert [(line, day) for line, _, day, _ in entries(newest_first, Published(date(2025, 10, 14)))] == [
        (1, date(2025, 10, 17)), (5, date(2025, 10, 14)), (9, date(2025, 10, 13))]


@pytest.mark.parametrize("written", ["14/06/2023, {time}", "14.06.2023, {time}", "### 2023-06-14 {time}"])
def test_a_numeric_date_and_time_open_an_entry(written):
    # Found by a fresh-eyes corpus: the coast guard's follow-up releases under "14/06/2023, 22:15" and
    # "14/06/2023, 13:10" made its page contradict itself ("79 and 17") instead of the later correcting the earlier.
    page = f"{written.format(time='22:15')}\n\n79 bodies.\n\n{written.format(time='13:10')}\n\n17 bodies.\n"
    assert entries(page, Published(date(2023, 6, 14)), markdown=False) == [
        (1, 1, date(2023, 6, 14), "in an entry dated"), (5, 0, date(2023, 6, 14), "in an entry dated")]


@pytest.mark.parametrize("day_first, days", [(None, [date(2023, 6, 8), date(2023, 6, 14)]),
                                             (False, [date(2023, 6, 14), date(2023, 8, 6)])])
def test_an_entry_lines_numeric_date_is_read_as_the_source_or_its_other_entry_lines_write_dates(day_first, days):
    # "08/06/2023" reads either way round: the source's numeric_dates says which, else its other entry
    # lines do where one is plain ("14/06/2023" is day first), which is read so whatever the source says.
    page = "08/06/2023, 10:00\n\nx\n\n14/06/2023, 09:00\n\nx\n\n08/06/2023, 09:00\n\nx\n"
    found = entries(page, Published(date(2023, 6, 14), day_first=day_first), markdown=False)
    assert sorted({day for _, _, day, _ in found}) == days


def test_numeric_dates_that_read_either_way_round_open_no_entry_where_nothing_says_which():
    page = "08/06/2023, 10:00\n\nx\n\n08/06/2023, 09:00\n\nx\n"
    assert entries(page, Published(date(2023, 6, 14)), markdown=False) == []


@pytest.mark.parametrize("line", ["**Thursday 13 March, 16:40**", "**07:52** – Three were held."])
def test_an_entry_line_in_bold_opens_an_entry_in_plain_text_too(line):
    # Found by a fresh-eyes corpus: the guide's own "**Thursday 13 March, 16:40**" opened an entry only in .md.
    page = f"{line}\n\nText.\n\n**Tuesday 11 March, 07:10**\n\nFirst post.\n"
    assert [line for line, *_ in entries(page, markdown=False)] == [1, 5]


def test_yesterday_in_an_entry_headed_by_its_weekday_is_counted_from_that_weekday(tmp_path):
    # Found by a fresh-eyes corpus: in "### Tuesday, 9:02 AM" on a page published Monday 13 October,
    # "the diversion ended yesterday" was read as Sunday 12 October.
    from discrepancy.extract import extract
    from discrepancy.rules import Rule, compile_pattern
    from discrepancy.sources import load_sources

    article = tmp_path / "live.md"
    article.write_text("+++\npublished = 2025-10-13\n+++\n# Live\n\n### Tuesday, 9:02 AM — Diversion over\n\n"
                       "The county said the diversion ended yesterday.\n\n### Monday, 7:10 AM — Outage\n\n"
                       "Ambulances are being diverted.\n", encoding="utf-8")
    sources, _ = load_sources([article])
    rule = Rule(id="ended", question="?", kind="date", path="x.toml", line=1,
                patterns=(compile_pattern("diversion ended {date}", "date"),))
    (observation,) = extract(sources, [rule])
    assert (observation.value.low, observation.value.steps[0]) == (
        date(2025, 10, 13), "'yesterday', in an entry dated 2025-10-14 → 2025-10-13")


@pytest.mark.parametrize("opening", ["UPDATE ({time}) – Containment grew.", "({time}) – Containment grew.",
                                     "UPDATE {time}: Containment grew.", "Update: {time} – Containment grew.",
                                     "**UPDATED {time}** – Containment grew.", "### Update at {time}"])
def test_a_time_in_brackets_or_after_update_opens_an_entry(opening):
    # Found by a fresh-eyes corpus: a local TV station's running page ("UPDATE (9:30 p.m.) –", "(7 a.m.) –")
    # opened no entry, so its morning's 47% and evening's 52% contained contradicted each other.
    page = (f"Fire coverage\n\n{opening.format(time='9:30 p.m.')}\n\nText.\n\n"
            f"{opening.format(time='8:30 a.m.')}\n\nText.\n\n{opening.format(time='7:10 a.m.')}\n\nText.\n")
    assert [(line, rank) for line, rank, *_ in entries(page)] == [(3, 2), (7, 1), (11, 0)]


def test_an_hour_without_minutes_noon_and_midnight_are_entry_times():
    # Found by a fresh-eyes corpus: AP style's "**10 a.m.** –" and "**7 a.m.** –" opened no entry, so of a
    # newest-first page only 9:30 p.m. and 8:30 a.m. counted, read as oldest first across midnight: the
    # newest figure was superseded by the oldest.
    page = ("**9:30 p.m.** – 52 percent.\n\n**Noon** – Text.\n\n**10 a.m.** – Text.\n\n**8:30 a.m.** – Text.\n\n"
            "**7 a.m.** – 47 percent.\n\n**Midnight** – Text.\n")
    published = Published(date(2025, 11, 12))
    assert [(line, rank, day) for line, rank, day, _ in entries(page, published)] == [
        (1, 5, date(2025, 11, 12)), (3, 4, date(2025, 11, 12)), (5, 3, date(2025, 11, 12)), (7, 2, date(2025, 11, 12)),
        (9, 1, date(2025, 11, 12)), (11, 0, date(2025, 11, 12))]


@pytest.mark.parametrize("times", [("9:30 p.m.", "8:30 a.m."), ("14:00", "15:00", "13:00", "16:00")])
def test_entry_times_that_tell_no_order_rank_every_entry_alike(times):
    # 21:30 then 08:30 is 11 hours on across midnight or, as most pages put the newest first, 13 back;
    # steps that rise as often as they fall tell no order either: no entry is then taken to correct
    # another, rather than the oldest the newest.
    page = "".join(f"**{time}** – Text.\n\n" for time in times)
    found = entries(page)
    assert [rank for _, rank, *_ in found] == [0] * len(times)
    assert in_no_order(entries_of(prepare(page, markdown=True)[0], PUBLISHED))


def test_an_entry_out_of_turn_leaves_the_order_the_others_show():
    # A pinned post above its newer neighbour ("21:47" above "21:50", then 18:32, 11:02 ...) is one
    # rise among four falls: the page still runs newest first, each entry ranked by its place.
    page = "".join(f"**{time}** – Text.\n\n" for time in ("21:47", "21:50", "18:32", "11:02", "08:14", "07:00"))
    assert [rank for _, rank, *_ in entries(page)] == [5, 4, 3, 2, 1, 0]


ORIGINAL = ("# Results\n\nThe commission announces the provisional results of the election held today.\n\n"
            "Of 1,693,482 voters on the roll, 1,158,538 voted, a provisional turnout of 68.41 %.\n\n")


@pytest.mark.parametrize("update", ["## Final results\n\n*Updated 28 March 2026, 14:00*", "## Final results (28 March 2026, 14:00)",
                                    "**Update, 28 March 2026, 14:00:** Final figures.", "UPDATE 28 March 2026, 2 p.m. – Final figures."])
@pytest.mark.parametrize("markdown", [True, False])
def test_an_update_stamp_after_the_article_opens_an_entry_and_the_text_above_is_the_original(update, markdown):
    # Found by a fresh-eyes corpus: an election commission's provisional 68.41% and, under "*Updated 28 March
    # 2026, 14:00*", its final 68.93% made the commission contradict itself, and the stale figure the consensus.
    page = f"{ORIGINAL}{update}\n\nFinal turnout was 68.93 %.\n"
    published = Published(date(2026, 3, 22))
    found = entries_of(prepare(page, markdown=markdown)[0], published)
    stamp_line = ORIGINAL.count("\n") + 1 + update.count("\n") if "Updated" in update else ORIGINAL.count("\n") + 1
    assert [(e.start, e.stamp, e.published.day) for e in found] == [
        (0, (0, "22 March 2026", date(2026, 3, 22)), date(2026, 3, 22)),
        (found[1].start, (1, found[1].stamp.label, date(2026, 3, 28)), date(2026, 3, 28))]
    assert page.count("\n", 0, found[1].start) + 1 == stamp_line
    assert found[1].stamp.label in ("28 March 2026, 14:00", "28 March 2026, 2 p.m.")


@pytest.mark.parametrize("page", [
    "# Results\n\n*Updated 28 March 2026, 14:00*\n\n" + ORIGINAL.replace("# Results\n\n", ""),  # the page's own stamp
    ORIGINAL + "Updated 28 March 2026\n\nFinal turnout was 68.93 %.\n",  # no time
    ORIGINAL + "Share\nUpdated at 21:12\n\nFinal turnout was 68.93 %.\n",  # an edit's time alone
    "# Results\n\nTurnout was 68.41 %, the commission said on Sunday night.\n\n*Updated 28 March 2026, 14:00*\n\n"
    "Final turnout was 68.93 %.\n",  # one line of prose above: a standfirst
])
def test_an_update_stamp_that_heads_no_later_part_of_the_article_opens_no_entry(page):
    assert entries(page, Published(date(2026, 3, 22))) == []


def test_updates_that_run_newest_first_leave_the_text_above_them_an_opening():
    page = ("Intro: the fire has burned thousands of acres in Ventura County since Thursday.\n\n"
            "Here are the latest figures from the fire officials in charge of the response.\n\n"
            "UPDATE (9:30 p.m.) – 52 percent.\n\nUPDATE (10 a.m.) – Text.\n\nUPDATE (7 a.m.) – 47 percent.\n")
    assert [(line, rank) for line, rank, *_ in entries(page)] == [(5, 2), (7, 1), (9, 0)]


META_ORIGINAL = ("# Our Response to the Decision\n\n"
                 "The ability for data to be transferred across borders is fundamental to how the internet works.\n\n"
                 "Today, the Irish Data Protection Commission (DPC) published a decision ordering Meta to suspend transfers.\n\n")


@pytest.mark.parametrize("stamp", [
    "**Update on September 7, 2023 at 8:00AM PT, by a Meta Company Spokesperson:**",
    "Updated on September 7, 2023 at 8:00 a.m.", "**Update (September 7, 2023):**", "Update (7 September 2023): Meta moves.",
    "*Editor's note, 7 September 2023:* Meta moves.", "Editor’s Note (September 7, 2023): Meta moves."])
@pytest.mark.parametrize("markdown", [True, False])
def test_an_update_stamp_that_says_on_what_day_and_by_whom_opens_an_entry(stamp, markdown):
    # Found by a fresh-eyes corpus: Meta's newsroom heads its update "**Update on September 7, 2023 at 8:00AM PT,
    # by a Meta Company Spokesperson:**", which opened no entry, so "Today" under it was read as the day the
    # post was first published. A stamp without its time opens one where a colon after its day heads a note.
    page = f"{META_ORIGINAL}{stamp}\n\nToday, Meta started to rely on the new Data Privacy Framework.\n"
    found = entries_of(prepare(page, markdown=markdown)[0], Published(date(2023, 5, 22)))
    assert [(e.start, e.stamp.rank, e.published.day) for e in found] == [
        (0, 0, date(2023, 5, 22)), (len(META_ORIGINAL), 1, date(2023, 9, 7))]


def test_the_originals_stamp_below_its_update_dates_the_text_under_it(tmp_path):
    # Found by a fresh-eyes corpus (about.fb.com): the update above, "**Originally published on May 22, 2023 at
    # 02:12AM PT, by ...:**" above the original text. A scraper records the page's last change as `published`;
    # "Today" under the original's stamp is still 22 May.
    from discrepancy.extract import extract
    from discrepancy.rules import Rule, compile_pattern
    from discrepancy.sources import load_sources

    article = tmp_path / "meta.md"
    article.write_text(
        "+++\npublished = 2023-09-07\n+++\n# Our Response\n\n"
        "- From 7 September, Facebook user data will be certified under the new Data Privacy Framework.\n"
        "- The DPF ends long-standing uncertainty for thousands of organisations, including Meta.\n\n"
        "**Update on September 7, 2023 at 8:00AM PT, by a Meta Company Spokesperson:**\n\n"
        "Today, Meta started to rely on the new Data Privacy Framework for Facebook user data.\n\n"
        "**Originally published on May 22, 2023 at 02:12AM PT, by Nick Clegg, President, Global Affairs:**\n\n"
        "Today, the Irish Data Protection Commission (DPC) published a decision ordering Meta to suspend transfers.\n",
        encoding="utf-8")
    sources, _ = load_sources([article])
    assert [(e.stamp, e.published.day) for e in sources[0].entries] == [
        ((1, "September 7, 2023 at 8:00AM PT", date(2023, 9, 7)), date(2023, 9, 7)),
        ((0, "May 22, 2023 at 02:12AM PT", date(2023, 5, 22)), date(2023, 5, 22))]
    rule = Rule(id="d", question="?", kind="date", path="x.toml", line=1,
                patterns=(compile_pattern("{date}, Meta started to rely", "date"),
                          compile_pattern("{date}, the Irish Data Protection Commission", "date")))
    assert [(o.line, o.column, o.raw, o.value.low, o.entry.rank) for o in extract(sources, [rule])] == [
        (11, 1, "Today", date(2023, 9, 7), 1), (15, 1, "Today", date(2023, 5, 22), 0)]


@pytest.mark.parametrize("page", [
    META_ORIGINAL + "**Correction, September 7, 2023:** An earlier version misnamed the regulator.\n\nText.\n",
    META_ORIGINAL + "Updated September 7, 2023\n\nText.\n",  # the page's edit, no time nor a note's colon
    META_ORIGINAL + "**Originally published on May 22, 2023:**\n\nText.\n",  # an original's stamp without an update
])
def test_a_correction_and_a_stamp_that_heads_no_part_open_no_entry(page):
    # A correction leaves the figure it corrects in the text: the source contradicts itself (see the guide).
    assert entries(page, Published(date(2023, 5, 22))) == []


RELEASE_SIGNED = ("# Court Jails Ex-Bank Director\n\n{dateline}\n\nThe Commission on Tuesday secured the conviction of the "
                  "director, who was jailed for diverting N14.7 billion.\n\nDele Oyewale\nHead, Media & Publicity\n"
                  "{signed}\n\nBackground: when he was first arraigned in 2021, the EFCC accused him of diverting N11.2 billion.\n")


@pytest.mark.parametrize("dateline, signed", [("Tuesday, 17 November 2026", "18th November, 2026"),
                                              ("**Tuesday, 17 November 2026**", "*18th November, 2026*"),
                                              ("### Tuesday, 17 November 2026", "18th November, 2026"),
                                              ("17/11/2026", "18/11/2026")])
@pytest.mark.parametrize("markdown", [True, False])
def test_a_releases_dateline_and_the_date_under_its_signature_open_no_entry(dateline, signed, markdown):
    # Found by a fresh-eyes corpus: an EFCC release's "Tuesday, 17 November 2026" and, under its signature,
    # "18th November, 2026" made it a live page, and a background line below the signature ("accused him
    # of diverting N11.2 billion") superseded the release's own N14.7 billion.
    page = RELEASE_SIGNED.format(dateline=dateline, signed=signed)
    assert entries(page, Published(date(2026, 11, 18), day_first=True), markdown=markdown) == []


def test_a_page_stamp_above_a_release_leaves_its_dateline_and_signature_date_no_entries():
    page = "*Updated 18 November 2026, 10:00*\n\n" + RELEASE_SIGNED.format(dateline="17 November 2026", signed="18 November 2026")
    assert entries(page, Published(date(2026, 11, 18))) == []


@pytest.mark.parametrize("day_line", ["Wednesday 12 March", "**Wednesday 12 March**", "## Wednesday 12 March"])
def test_a_date_alone_heads_a_day_of_a_live_pages_timed_entries(day_line):
    page = (f"# Live\n\n{day_line}\n\n**08:10** – Second morning.\n\n**Tuesday 11 March, 21:10**\n\nLate.\n\n"
            "**07:10** – First post.\n")
    assert entries(page) == [(3, 3, date(2025, 3, 12), "in an entry dated"), (5, 2, date(2025, 3, 12), "in an entry dated"),
                             (7, 1, date(2025, 3, 11), "in an entry dated"), (11, 0, date(2025, 3, 11), "published")]


def test_date_headings_alone_divide_a_page_into_days():
    page = "# Diary\n\n## 13 March\n\nSecond day.\n\n## 12 March\n\nFirst day.\n"
    assert entries(page) == [(3, 1, date(2025, 3, 13), "in an entry dated"), (7, 0, date(2025, 3, 12), "in an entry dated")]


@pytest.mark.parametrize("written", ["### {time} BST — All out", "### {time} (BST)", "**{time}** – All out", "{time} – All out",
                                     "{time} BST", "{time} local time", "**{time} GMT**"])
@pytest.mark.parametrize("markdown", [True, False])
def test_a_dotted_time_that_a_zone_or_a_dash_and_a_title_follows_opens_an_entry(written, markdown):
    # Found by a fresh-eyes corpus: the Guardian's "### 13.56 BST — All out" opened no entry, where
    # "### 13:56 BST — All out" did, so its morning's 17 days contradicted its afternoon's 18.
    page = f"# Live\n\n{written.format(time='13.56')}\n\n18 days.\n\n{written.format(time='09.15')}\n\n17 days.\n"
    assert [(line, rank) for line, rank, *_ in entries(page, markdown=markdown)] == [(3, 1), (7, 0)]


@pytest.mark.parametrize("written", ["{number}", "{number} per cent of voters", "### {number} per cent", "{number} GBP",
                                     "**{number} per cent**", "{number}-{number} – the range", "{number}: the rate",
                                     "The rate rose to **{number}**", "**{number}** per cent", "### Up {number}"])
def test_a_dotted_number_that_is_no_clocks_opens_no_entry(written):
    page = "".join(f"{written.format(number=number)}\n\nText.\n\n" for number in ("2.30", "1.45", "0.15"))
    assert entries(page) == []


@pytest.mark.parametrize("written", ["### {time}", "## {time}", "**{time}**", "__{time}__", "### **{time}**"])
@pytest.mark.parametrize("markdown", [True, False])
def test_a_dotted_time_that_is_a_whole_heading_or_bold_line_opens_an_entry(written, markdown):
    # Found by a fresh-eyes corpus: the Guardian heads entries "### 10.02" as well as "### 10.02 BST";
    # the former opened no entry, so the page's 10.02 figure did not set aside its 04.31 one.
    page = f"# Live\n\n{written.format(time='10.02')}\n\n59.7%.\n\n{written.format(time='04.31')}\n\n59.9%.\n"
    assert [(line, rank) for line, rank, *_ in entries(page, markdown=markdown)] == [(3, 1), (7, 0)]


@pytest.mark.parametrize("number", ["24.30", "9.75", "12.5", "102.30"])
@pytest.mark.parametrize("written", ["### {number} BST — All out", "### {number}", "**{number}**"])
def test_a_dotted_number_past_a_clocks_hours_or_minutes_alone_opens_no_entry(number, written):
    line = written.format(number=number)
    assert entries(f"{line}\n\nText.\n\n{line}\n\nText.\n") == []


NIGHT = ("### 10:02 BST\n\nFinal turnout.\n\n### 01:12 BST\n\nPolls closed at 10pm yesterday.\n\n"
         "### 21:45 BST\n\nPolls close at 10pm tonight.\n")


@pytest.mark.parametrize("top, opens", [("Fri 5 Jul 2024 10.15 BST", False), ("**Friday 5 July 2024, 10:15**", True),
                                       ("## 5 July", True)])
def test_a_day_the_page_writes_above_its_newest_entry_bounds_the_entries_counted_from_published(top, opens):
    # Found by a fresh-eyes corpus (fresh56 #2): a Guardian page opened on 4 July at 21:45 and given
    # published = 2024-07-05, the day its top shows, dated its 01:12 entry 6 July and "yesterday" 5 July;
    # its own "Fri 5 Jul 2024 10.15 BST" above the 10:02 entry says no entry below it is later. The page's
    # own stamp opens no entry (see the next test); a bold line or a date heading, as entries' lines are written, does.
    found = entries(f"{top}\n\n{NIGHT}", Published(date(2024, 7, 5)))
    assert [(line, day) for line, _, day, _ in found] == [(1, date(2024, 7, 5))] * opens + [
        (3, date(2024, 7, 5)), (7, date(2024, 7, 5)), (11, date(2024, 7, 4))]


GUARDIAN_TOP = ("# Crush live\n\nSun 30 Oct 2022 10.05 GMT\n\n## Key events\n\n- At least 154 people were killed.\n\n"
                "### 10.05 GMT — Toll rises\n\nThe toll has risen to 153.\n\n### 01.30 GMT — Earlier\n\nThe toll has risen to 151.\n")


@pytest.mark.parametrize("published", [date(2022, 10, 30), date(2022, 10, 31)])
def test_the_pages_own_stamp_above_its_summary_opens_no_entry_but_bounds_the_entries_days(published):
    # Found by a fresh-eyes corpus (fresh63 #2): the Guardian's "Sun 30 Oct 2022 10.05 GMT" under its headline,
    # the time of its last update, opened an entry, so its Key events summary ("At least 154") was the newest
    # entry and set the real newest entry's 153 aside. It is the page's opening, which corrects nothing.
    assert entries(GUARDIAN_TOP, Published(published)) == [
        (9, 1, date(2022, 10, 30), "in an entry dated" if published != date(2022, 10, 30) else "published"),
        (13, 0, date(2022, 10, 30), "in an entry dated" if published != date(2022, 10, 30) else "published")]


@pytest.mark.parametrize("page, lines", [
    # every entry stamped so: the first is the newest entry's line, not the page's
    ("Sun 30 Oct 2022 10.05 GMT\n\n153 dead.\n\nSun 30 Oct 2022 01.30 GMT\n\n151 dead.\n\n"
     "Sat 29 Oct 2022 23.55 BST\n\n149 dead.\n", [1, 5, 9]),
    # written as an entry's line: bold, a heading
    (GUARDIAN_TOP.replace("Sun 30 Oct 2022 10.05 GMT", "**Sun 30 Oct 2022, 10:05**"), [3, 9, 13]),
    (GUARDIAN_TOP.replace("Sun 30 Oct 2022 10.05 GMT", "### Sun 30 Oct 2022 10.05 GMT"), [3, 9, 13]),
    # below the article's first paragraphs
    ("# Crush live\n\nCrowds had gathered in the narrow alleys of Itaewon for the first Halloween in years.\n\n"
     "Emergency workers said they had never seen so many people in one place before the crush.\n\n"
     + GUARDIAN_TOP.replace("# Crush live\n\n", ""), [7, 13, 17]),
])
def test_a_day_and_time_alone_that_is_no_pages_own_stamp_opens_an_entry(page, lines):
    assert [line for line, *_ in entries(page, Published(date(2022, 10, 30)))] == lines


RELEASE = ("# Itaewon: casualty figures\n\n{dateline}\n\nThe ministry said the number of deaths stood at 155 on "
           "Tuesday morning.\n\nFunding has been arranged for all bereaved families.\n\n{update} bringing the number of deaths to 156.\n")


@pytest.mark.parametrize("dateline", ["Tuesday, 1 November 2022", "**Tuesday, 1 November 2022**", "1 November 2022",
                                      "## Tuesday, 1 November 2022", "01/11/2022"])
@pytest.mark.parametrize("update", ["**Update, 1 November 2022, 23:00:** One injured person died,",
                                    "**Update (1 November 2022):** One injured person died,",
                                    "UPDATE 11 p.m. – One injured person died,"])
@pytest.mark.parametrize("markdown", [True, False])
def test_an_update_of_the_day_the_originals_dateline_gives_is_later_than_the_original(dateline, update, markdown):
    # Found by a fresh-eyes corpus (fresh63 #1): a ministry's release dated "Tuesday, 1 November 2022" on a line of
    # its own and updated "**Update, 1 November 2022, 23:00:**" below its text: the dateline, of the same day and no
    # time, told no order, so no entry corrected another and the ministry contradicted itself (155 and 156).
    published = Published(date(2022, 11, 1), day_first=True)
    scan = prepare(RELEASE.format(dateline=dateline, update=update), markdown=markdown)[0]
    found = entries_of(scan, published)
    assert [(scan.count("\n", 0, e.start) + 1, e.stamp.rank, e.stamp.day, e.update) for e in found] == [
        (3, 0, date(2022, 11, 1), False), (9, 1, date(2022, 11, 1), True)]


def test_a_date_right_above_updates_that_run_newest_first_heads_them_and_leaves_their_order():
    page = ("# Casualty figures\n\nTuesday, 1 November 2022\n\n**Update, 1 November 2022, 23:00:** 156 deaths.\n\n"
            "**Update, 1 November 2022, 15:00:** 155 deaths.\n\n**Update, 1 November 2022, 09:00:** 154 deaths.\n\n"
            "The ministry said the number of deaths stood at 153 on Tuesday morning.\n")
    assert [(line, rank) for line, rank, *_ in entries(page, Published(date(2022, 11, 1)))] == [
        (3, 3), (5, 2), (7, 1), (9, 0)]


@pytest.mark.parametrize("published, update, days", [
    # published the day of the last update, its time after the latest entry's: the latest entry is on its day
    (date(2024, 7, 5), LastUpdate(date(2024, 7, 5), 10 * 60 + 15), [date(2024, 7, 5), date(2024, 7, 5), date(2024, 7, 4)]),
    (date(2024, 7, 5), LastUpdate(date(2024, 7, 5)), [date(2024, 7, 5), date(2024, 7, 5), date(2024, 7, 4)]),
    # an update at 09:00 comes before a 10:02 entry of that day: the entry is the day before's
    (date(2024, 7, 5), LastUpdate(date(2024, 7, 5), 9 * 60), [date(2024, 7, 4), date(2024, 7, 4), date(2024, 7, 3)]),
    # published the opening day, and an edit two days later: counting forward puts nothing after it, so it holds
    (date(2024, 7, 4), LastUpdate(date(2024, 7, 7), 12 * 60), [date(2024, 7, 5), date(2024, 7, 5), date(2024, 7, 4)]),
])
def test_the_pages_last_update_bounds_the_entries_counted_from_published(published, update, days):
    scan = prepare(NIGHT, markdown=True)[0]
    assert [entry.stamp.day for entry in entries_of(scan, Published(published), NIGHT, update)] == days


def test_a_day_a_line_writes_holds_whatever_the_last_update():
    page = "**Friday 5 July, 10:02**\n\nFinal.\n\n**Thursday 4 July, 21:45**\n\nOpening.\n"
    scan = prepare(page, markdown=True)[0]
    found = entries_of(scan, Published(date(2024, 7, 4)), page, LastUpdate(date(2024, 7, 4), 22 * 60))
    assert [entry.stamp.day for entry in found] == [date(2024, 7, 5), date(2024, 7, 4)]


def stamped_page(times: list[str], key_points: str = "**Key points**\n\n- The toll has been revised to 275\n\n") -> str:
    """A live page that stamps each entry "Updated: Jun 04, 2023 13:20 IST" on a line of its own."""
    return "# Train accident LIVE\n\n" + key_points + "".join(f"Updated: {time} IST\n\nText {n}.\n\n" for n, time in enumerate(times))


NEWEST_FIRST = ["Jun 04, 2023 23:05", "Jun 04, 2023 13:20", "Jun 03, 2023 19:30", "Jun 03, 2023 11:05"]


@pytest.mark.parametrize("markdown", [True, False])
def test_update_stamps_that_run_newest_first_over_each_entry_are_a_live_pages_entries(markdown):
    # Found by a fresh-eyes corpus (fresh60 #5): a live page stamped each entry "Updated: Jun 04, 2023 13:20 IST";
    # the two newest stamps, above any prose, were taken for the page's own stamp and left out, so the
    # newest entry's 275 was read as the opening's, and the page contradicted itself (275 and 288).
    page = stamped_page(NEWEST_FIRST)
    published = Published(date(2023, 6, 2))
    scan = prepare(page, markdown=markdown, published=published)[0]
    found = entries_of(scan, published, page)
    assert [(page.count("\n", 0, e.start) + 1, e.stamp, e.update) for e in found] == [
        (7, (3, "Jun 04, 2023 23:05 IST", date(2023, 6, 4)), False), (11, (2, "Jun 04, 2023 13:20 IST", date(2023, 6, 4)), False),
        (15, (1, "Jun 03, 2023 19:30 IST", date(2023, 6, 3)), False), (19, (0, "Jun 03, 2023 11:05 IST", date(2023, 6, 3)), False)]
    assert "Updated: Jun 04, 2023 23:05 IST" in scan  # no page's own stamp, which is left out


ARTICLE = ORIGINAL.replace("# Results\n\n", "")


@pytest.mark.parametrize("page, updates", [
    # the page's own stamp under its headline, then two updates of the article below it, oldest first
    ("# Results\n\nUpdated: Jun 04, 2023 13:20 IST\n\n" + stamped_page(["Jun 03, 2023 11:05", "Jun 04, 2023 13:20"], ARTICLE),
     ["Jun 03, 2023 11:05 IST", "Jun 04, 2023 13:20 IST"]),
    # the page's own stamp and one update
    ("# Results\n\nUpdated: Jun 04, 2023 13:20 IST\n\n" + stamped_page(["Jun 03, 2023 11:05"], ARTICLE),
     ["Jun 03, 2023 11:05 IST"]),
    # updates oldest first, below the article
    (stamped_page(NEWEST_FIRST[::-1], ORIGINAL), [f"{time} IST" for time in NEWEST_FIRST[::-1]]),
])
def test_update_stamps_that_are_the_pages_own_or_an_articles_updates_stay_so(page, updates):
    published = Published(date(2023, 6, 2))
    found = entries_of(prepare(page, markdown=True, published=published)[0], published, page)
    assert [(e.stamp.label, e.update) for e in found] == [("2 June 2023", False)] + [(label, True) for label in updates]


@pytest.mark.parametrize("page", [
    # stamps with no text under them: a page's log of its edits
    "# Results\n\nUpdated: Jun 04, 2023 23:05 IST\nUpdated: Jun 04, 2023 13:20 IST\nUpdated: Jun 03, 2023 19:30 IST\n\n"
    "Turnout was 68.41 %.\n",
    # times that run no one way
    stamped_page(["Jun 04, 2023 13:20", "Jun 03, 2023 11:05", "Jun 04, 2023 23:05"]),
])
def test_update_stamps_that_do_not_run_over_entries_newest_first_are_no_live_pages(page):
    published = Published(date(2023, 6, 2))
    assert entry_stamps(page, published) == frozenset()
    assert all(entry.update for entry in entries_of(prepare(page, markdown=True, published=published)[0], published, page)[1:])
GUARDIAN_LIVE = ("# UK election live: polls close\n\nFri 5 Jul 2024 10.15 BST\nFirst published on Thu 4 Jul 2024 21.45 BST\n\n"
                 "### 10.15 BST\n\nLabour has now won 410 seats, the latest count shows.\n\n"
                 "### 01:12 BST\n\nLabour has won 326 seats, after results came in yesterday.\n\n"
                 "### 21.45 BST\n\nPolls have closed. An exit poll says Labour will win 410 seats.\n\n"
                 "Last updated: 5 July 2024\n")


def test_a_live_pages_first_published_and_last_updated_lines_are_its_stamps_and_change_no_entry(tmp_path):
    # "First published on ..." was read by a rule's `on {date}` as the event's date; left out as the page's
    # stamp, with the "Last updated" line that ends the page, the entries and their days are as they were
    from discrepancy.authoring import left_out_lines
    from discrepancy.extract import extract
    from discrepancy.rules import Rule, compile_pattern
    from discrepancy.sources import load_sources

    # (the page's own top stamp, line 3, bounds the entries' days but opens no entry)
    assert entries(GUARDIAN_LIVE, Published(date(2024, 7, 4))) == [
        (6, 2, date(2024, 7, 5), "in an entry dated"), (10, 1, date(2024, 7, 5), "in an entry dated"),
        (14, 0, date(2024, 7, 4), "published")]
    page = tmp_path / "live.md"
    page.write_text('+++\npublished = 2024-07-04\n+++\n' + GUARDIAN_LIVE, encoding="utf-8")
    sources, _ = load_sources([page])
    assert left_out_lines(sources[0]) == [
        (7, "First published on Thu 4 Jul 2024 21.45 BST"), (21, "Last updated: 5 July 2024")]
    rule = Rule(id="d", question="?", kind="date", path="x.toml", line=1,
                patterns=(compile_pattern("(?:on|came in) {date}", "date"),))
    assert [(o.line, o.raw, o.value.display()) for o in extract(sources, [rule])] == [(15, "yesterday", "2024-07-04")]
