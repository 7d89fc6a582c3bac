"""Tests for `discrepancy.report`: the same comparison drawn as terminal text, Markdown and JSON.

Comparisons are built the way the command line builds them (rules and articles written to a
temporary folder, then loaded, extracted and compared), so the reports are tested on real
observations. Two corpora:

* CALM: three outlets on the detention of Russians in Belarus; the exact reports are spelled
  out in full, so any change to what a fact-checker reads shows up here.
* HOSTILE: an article (and its metadata, file name and rule) full of terminal escapes, rich
  markup, Markdown and HTML; the reports must show all of it as literal, harmless text.
  LONG_HOSTILE does the same in a sentence long enough to be folded into <details>.
"""

from __future__ import annotations

import html
import json
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from discrepancy.compare import compare
from discrepancy.extract import extract
from discrepancy.report import FORMATS, OBSERVATION_FORMATS, render, render_observations
from discrepancy.report.content import with_unit
from discrepancy.report.escape import clean, http_url, json_text, markdown_cell
from discrepancy.rules import load_rules
from discrepancy.sources import load_sources

COUNT_RULE = """\
id = "russians-detained"
question = "How many Russians were detained?"
kind = "count"
patterns = ['detained {count} Russians']

[[example]]
text = "Police detained 33 Russians."
value = 33
"""
DATE_RULE = """\
id = "arrest-date"
question = "When were they arrested?"
kind = "date"
patterns = ['arrested on {date}']
"""
DURATION_RULE = """\
id = "sentence-length"
question = "How long a sentence do they face?"
kind = "duration"
patterns = ['face {duration} in prison']
"""

CALM = {
    "euronews.md": '+++\noutlet = "Euronews"\ntitle = "Belarus detains Russians"\n'
                   'url = "https://www.euronews.com/2020/07/30/belarus"\npublished = 2020-07-30\n+++\n'
                   "Belarus police detained 33 Russians near Minsk. They were arrested on July 29.\n",
    "meduza.txt": "KGB officers detained 33 Russians at a sanatorium.\n\nThey were arrested on Wednesday.\n",
    "tass.txt": "Belarusian authorities detained 32 Russians, TASS reports.\n",
}

ESC, BEL, RLO = "\x1b", "\x07", "\u202e"
HOSTILE_SENTENCE = (
    "\u202eevil \u200bhidden police detained 33 Russians \x1b[31mRED\x1b[0m "
    "\x1b]8;;http://evil\x07click\x1b]8;;\x07 [bold red]x[/] "
    "[link=http://x]y[/link] | pipe | `code` <script>alert(1)</script> <!-- **bold** _em_ ~~del~~."
)
# Windows forbids control characters, | and * in file names; elsewhere the name is hostile too.
HOSTILE_FILE = "evil\x1b[31m|*name*.txt" if sys.platform != "win32" else "evil [x](y) name.txt"
HOSTILE = {
    HOSTILE_FILE: '+++\noutlet = "<b>Outlet</b> | \\u001b[31m"\ntitle = "**T** [x](javascript:alert(1))"\n'
                  'url = "javascript:alert(1)"\n+++\n' + HOSTILE_SENTENCE + "\n",
    "plain.txt": '+++\nurl = "https://example.com/a(b)|c"\n+++\nThe army detained 32 Russians.\n',
}
HOSTILE_RULE = COUNT_RULE.replace("How many Russians were detained?",
                                  "How many [bold]Russians[/bold] | were <em>detained</em>?")


def build(folder, monkeypatch, articles: dict[str, str], rules: dict[str, str]):
    """Write articles and rules under `folder`, then load, extract and compare them."""
    folder.mkdir()
    monkeypatch.chdir(folder)
    (folder / "sources").mkdir()
    (folder / "rules").mkdir()
    for name, text in articles.items():
        (folder / "sources" / name).write_text(text, encoding="utf-8")
    for name, text in rules.items():
        (folder / "rules" / name).write_text(text, encoding="utf-8")
    loaded_rules = load_rules(["rules"])
    sources, problems = load_sources(["sources", "missing.txt"])
    return compare(sources, loaded_rules, extract(sources, loaded_rules), problems)


def build_dated(folder, monkeypatch, rule: str, sentence: str, said: dict[str, tuple[str, str]]):
    """Articles that each say `sentence` with their own figure, each published on its own day
    (`said`: name → (day, figure)), read with `rule`."""
    articles = {name: f"+++\npublished = {day}\n+++\n{sentence.format(figure)}\n" for name, (day, figure) in said.items()}
    return build(folder, monkeypatch, articles, {"rule.toml": rule})


@pytest.fixture
def calm(tmp_path, monkeypatch):
    return build(tmp_path / "calm", monkeypatch, CALM,
                 {"count.toml": COUNT_RULE, "date.toml": DATE_RULE, "duration.toml": DURATION_RULE})


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    return build(tmp_path / "hostile", monkeypatch, HOSTILE, {"count.toml": HOSTILE_RULE})


def html_of(markdown: str) -> tuple[str, list]:
    """The Markdown rendered as GitHub would (tables, strikethrough, raw HTML allowed), and its tokens."""
    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    return parser.render(markdown), parser.parse(markdown)


def all_tokens(tokens):
    for token in tokens:
        yield token
        yield from all_tokens(token.children or [])


# ---------------------------------------------------------------------------
# One interface


def test_formats_are_terminal_markdown_json_and_github_for_facts():
    assert FORMATS == ("terminal", "markdown", "json", "github")
    assert OBSERVATION_FORMATS == ("terminal", "markdown", "json")


def test_github_format_is_for_facts_only(calm):
    with pytest.raises(ValueError, match="unknown report format 'github'; choose one of terminal, markdown, json"):
        render_observations(calm, "github")


def drawings(fmt):
    """The renderers that exist in `fmt`: facts always, observations except for github."""
    return [render, render_observations] if fmt in OBSERVATION_FORMATS else [render]


def test_unknown_format_is_refused(calm):
    with pytest.raises(ValueError, match="unknown report format 'html'"):
        render(calm, "html")
    with pytest.raises(ValueError, match="choose one of terminal, markdown, json"):
        render_observations(calm, "yaml")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_byte_identical_across_runs(calm, fmt):
    for draw in drawings(fmt):
        assert draw(calm, fmt) == draw(calm, fmt)
    assert render(calm, fmt, color=True) == render(calm, fmt, color=True)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_environment_does_not_change_a_report(calm, fmt, monkeypatch):
    plain, coloured = render(calm, fmt), render(calm, fmt, color=True)
    for name, value in {"FORCE_COLOR": "1", "NO_COLOR": "1", "COLUMNS": "30", "TERM": "dumb"}.items():
        monkeypatch.setenv(name, value)
    assert render(calm, fmt) == plain
    assert render(calm, fmt, color=True) == coloured


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_report_ends_with_one_newline(calm, fmt):
    for report in (draw(calm, fmt) for draw in drawings(fmt)):
        assert report.endswith("\n") and not report.endswith("\n\n")


# ---------------------------------------------------------------------------
# Terminal

CALM_TERMINAL = """\
3 sources · 3 facts · 1 disagreement · 0 agreements · 1 uncorroborated · 1 with no data

DISAGREEMENT  How many Russians were detained?  (russians-detained)
consensus: 33
Source                  Value   Evidence
────────────────────────────────────────────────────────────────────────────────────────────
Euronews                ✓ 33    Belarus police detained «33» Russians near Minsk.
sources/euronews.md:7
sources/meduza.txt:1    ✓ 33    KGB officers detained «33» Russians at a sanatorium.
sources/tass.txt:1      ✗ 32    Belarusian authorities detained «32» Russians, TASS reports.

UNCORROBORATED  When were they arrested?  (arrest-date)
Source                  Value        Evidence
─────────────────────────────────────────────────────────────────────
Euronews                2020-07-29   They were arrested on «July 29».
sources/euronews.md:7
silent: sources/tass.txt
unresolved: sources/meduza.txt:3 “Wednesday” (no publication date)

NO DATA  How long a sentence do they face?  (sentence-length)
no pattern matched in any source (`discrepancy explain` shows why)

could not read: missing.txt: no such file or folder
matched nothing: rule sentence-length (rules/duration.toml:1)
"""


def test_terminal_report_in_full(calm):
    assert render(calm, "terminal") == CALM_TERMINAL


CALM_TERMINAL_OBSERVATIONS = """\
3 sources · 3 rules · 5 values

sources/euronews.md  Euronews · Belarus detains Russians · published 2020-07-30
Rule                Value        Evidence                                            Line
─────────────────────────────────────────────────────────────────────────────────────────
arrest-date         2020-07-29   They were arrested on «July 29».                    7
russians-detained   33           Belarus police detained «33» Russians near Minsk.   7

sources/meduza.txt
Rule                Value        Evidence                                               Line
────────────────────────────────────────────────────────────────────────────────────────────
arrest-date         unresolved   They were arrested on «Wednesday».                     3
russians-detained   33           KGB officers detained «33» Russians at a sanatorium.   1

sources/tass.txt
Rule                Value   Evidence                                                       Line
───────────────────────────────────────────────────────────────────────────────────────────────
russians-detained   32      Belarusian authorities detained «32» Russians, TASS reports.   1

could not read: missing.txt: no such file or folder
matched nothing: rule sentence-length (rules/duration.toml:1)
"""


def test_terminal_observations_in_full(calm):
    assert render_observations(calm, "terminal") == CALM_TERMINAL_OBSERVATIONS


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_terminal_lines_fit_the_width_given(calm, hostile, width):
    for comparison in (calm, hostile):
        for draw in (render, render_observations):
            report = draw(comparison, "terminal", width=width)
            assert max(len(line) for line in report.splitlines()) <= width


def test_terminal_without_colour_has_no_escape_codes_and_marks_values_with_guillemets(calm):
    report = render(calm, "terminal")
    assert ESC not in report
    assert "detained «33» Russians" in report


def test_terminal_in_colour_highlights_the_value_instead(calm):
    report = render(calm, "terminal", color=True)
    assert "detained \x1b[1;7m33\x1b[0m Russians" in report
    assert "«" not in report
    assert "\x1b[1;31mDISAGREEMENT\x1b[0m" in report


def test_terminal_trims_a_long_sentence_around_the_value(tmp_path, monkeypatch):
    padding = " ".join(["word"] * 80)
    article = f"Start {padding} police detained 33 Russians {padding} end.\n"
    comparison = build(tmp_path / "corpus", monkeypatch, {"long.txt": article}, {"count.toml": COUNT_RULE})
    report = render_observations(comparison, "terminal", width=400)
    evidence = next(line for line in report.splitlines() if "«33»" in line)
    assert "Start" not in evidence and "end." not in evidence
    assert "…word word" in evidence and "word word…" in evidence


MIXED = {"a.txt": "Police detained 33 Russians.\n\nLater they said they had detained 32 Russians.\n",
         "b.txt": "Guards detained 33 Russians.\n\nIn all, officers detained thirty-three Russians.\n",
         "c.txt": "Officers detained nearly 34 Russians.\n"}


def test_terminal_names_a_self_contradiction_and_each_repeated_mention(tmp_path, monkeypatch):
    comparison = build(tmp_path / "corpus", monkeypatch, MIXED, {"count.toml": COUNT_RULE})
    report = render(comparison, "terminal", width=120)
    assert "contradicts itself: sources/a.txt says 33 and 32" in report
    rows = [re.split(r"\s{2,}", line)[:2] for line in report.splitlines() if line.startswith("sources/")]
    assert rows == [["sources/a.txt:1", "✓ 33"], ["sources/a.txt:3", "✗ 32"],
                    ["sources/b.txt:1 (also line 3)", "✓ 33"], ["sources/c.txt:1", "✓ nearly 34 (33–34)"]]


LONG_NAMES = {  # found by a fresh-eyes corpus: "sources/003_aldor_press_release.md:1" over "6"
    "003_aldor_press_release.md": '+++\noutlet = "Aldor Automobil AG (press release)"\n+++\n' + "\n" * 12
                                  + "Police detained 33 Russians.\n\nGuards detained 33 Russians.\n",
    "05_business_ledger_india.txt": "\n" * 24 + "Officers detained 33 Russians.\n",
    "an_article_whose_file_name_runs_on_well_past_any_column.txt": "Soldiers detained 32 Russians.\n",
}
LONG_NAMES_TERMINAL = """\
3 sources · 1 fact · 1 disagreement · 0 agreements · 0 uncorroborated · 0 with no data

DISAGREEMENT  How many Russians were detained?  (russians-detained)
consensus: 33
Source                                                                  Value   Evidence
────────────────────────────────────────────────────────────────────────────────────────────────────
Aldor Automobil AG (press release)                                      ✓ 33    Police detained «33»
sources/003_aldor_press_release.md:16 (also line 18)                            Russians.
sources/05_business_ledger_india.txt:25                                 ✓ 33    Officers detained
                                                                                «33» Russians.
sources/an_article_whose_file_name_runs_on_well_past_any_column.txt:1   ✗ 32    Soldiers detained
                                                                                «32» Russians.

could not read: missing.txt: no such file or folder
"""


@pytest.fixture
def long_names(tmp_path, monkeypatch):
    return build(tmp_path / "long", monkeypatch, LONG_NAMES, {"count.toml": COUNT_RULE})


def test_terminal_widens_the_source_column_to_show_a_long_location_whole(long_names):
    # Found by a fresh-eyes corpus: "…rces/03_bohemia_express_statement.md:20" could not be copied.
    assert render(long_names, "terminal") == LONG_NAMES_TERMINAL


@pytest.mark.parametrize("width", [40, 60, 80, 140])
def test_terminal_never_cuts_nor_splits_a_location_at_any_width(long_names, width):
    report = render(long_names, "terminal", width=width)
    rows = [re.split(r"\s{2,}", line)[0] for line in report.splitlines() if line.startswith("sources/")]
    assert rows == ["sources/003_aldor_press_release.md:16 (also line 18)", "sources/05_business_ledger_india.txt:25",
                    "sources/an_article_whose_file_name_runs_on_well_past_any_column.txt:1"]


@pytest.mark.parametrize(("width", "widest"), [(40, 96), (80, 96), (100, 100), (140, 112)])
def test_a_table_runs_past_a_narrow_width_only_as_far_as_its_longest_location_needs(long_names, width, widest):
    # 96: the 69-cell location, 3 cells between columns, "Value", 3 more and the evidence's least 16 cells
    table = [line for line in render(long_names, "terminal", width=width).splitlines() if set(line) == {"─"}]
    assert [len(line) for line in table] == [widest]


# ---------------------------------------------------------------------------
# Markdown

CALM_MARKDOWN = """\
# Discrepancy report

| Sources   | Facts   | Disagreements   | Agreements   | Uncorroborated   | No data   |
|-----------|---------|-----------------|--------------|------------------|-----------|
| 3         | 3       | 1               | 0            | 1                | 1         |

## Disagreements

### How many Russians were detained?

**Status:** disagreement · **Rule:** russians-detained · **Consensus:** 33

| Source                                                                | Value   | Evidence                                                       | Location              |
|-----------------------------------------------------------------------|---------|----------------------------------------------------------------|-----------------------|
| [Euronews — euronews.md](https://www.euronews.com/2020/07/30/belarus) | ✓ 33    | Belarus police detained **33** Russians near Minsk.            | sources/euronews.md:7 |
| meduza.txt                                                            | ✓ 33    | KGB officers detained **33** Russians at a sanatorium.         | sources/meduza.txt:1  |
| tass.txt                                                              | ✗ 32    | Belarusian authorities detained **32** Russians, TASS reports. | sources/tass.txt:1    |

## Uncorroborated

### When were they arrested?

**Status:** uncorroborated · **Rule:** arrest-date

| Source                                                                | Value      | Evidence                           | Location              |
|-----------------------------------------------------------------------|------------|------------------------------------|-----------------------|
| [Euronews — euronews.md](https://www.euronews.com/2020/07/30/belarus) | 2020-07-29 | They were arrested on **July 29**. | sources/euronews.md:7 |

- Silent: sources/tass.txt
- Unresolved: sources/meduza.txt:3 “Wednesday” (no publication date)

## No data

### How long a sentence do they face?

**Status:** no data · **Rule:** sentence-length

No pattern matched in any source (`discrepancy explain` shows why).

## Source problems

- could not read: missing.txt: no such file or folder

## Rules that matched nothing

- sentence-length (rules/duration.toml:1)

## Sources

| Path                                                               | Outlet   | Title                    | Published   | Lines skipped   |
|--------------------------------------------------------------------|----------|--------------------------|-------------|-----------------|
| [sources/euronews.md](https://www.euronews.com/2020/07/30/belarus) | Euronews | Belarus detains Russians | 2020-07-30  | 0               |
| sources/meduza.txt                                                 |          |                          |             | 0               |
| sources/tass.txt                                                   |          |                          |             | 0               |
"""


def test_markdown_report_in_full(calm):
    assert render(calm, "markdown") == CALM_MARKDOWN


def test_a_fact_no_pattern_read_says_so_not_that_the_sources_are_silent(tmp_path, monkeypatch):
    # Found by a fact-checker: "no source states this" of a rule that could not read the clock
    # times every source gave; where values were read but none could be placed, it says that.
    comparison = build(tmp_path / "unread", monkeypatch, {"a.txt": "They face 12 years behind bars. They were arrested "
                                                          "on Wednesday.\n"},
                       {"date.toml": DATE_RULE, "duration.toml": DURATION_RULE})
    terminal, markdown = render(comparison, "terminal"), render(comparison, "markdown")
    assert ("NO DATA  How long a sentence do they face?  (sentence-length)\nno pattern matched in any source "
            "(`discrepancy explain` shows why)\n") in terminal
    assert "\nNo pattern matched in any source (`discrepancy explain` shows why).\n" in markdown
    assert ("NO DATA  When were they arrested?  (arrest-date)\nno value that can be compared (see unresolved below)\n"
            "unresolved: sources/a.txt:1 “Wednesday” (no publication date)\n") in terminal
    assert "\nNo value that can be compared (see unresolved below).\n" in markdown


def test_markdown_observations_have_one_section_per_source(calm):
    report = render_observations(calm, "markdown")
    assert re.findall(r"^## .*", report, flags=re.MULTILINE) == [
        "## sources/euronews.md", "## sources/meduza.txt", "## sources/tass.txt", "## Source problems",
        "## Rules that matched nothing"]
    assert ("**Outlet:** Euronews · **Title:** Belarus detains Russians · **Published:** 2020-07-30"
            in report)
    assert "| arrest-date       | unresolved | They were arrested on **Wednesday**." in report


def test_markdown_marks_an_estimated_publication_date(tmp_path, monkeypatch):
    article = "+++\npublished = 2020-07-30\npublished_estimated = true\n+++\nPolice detained 33 Russians.\n"
    comparison = build(tmp_path / "corpus", monkeypatch, {"a.txt": article}, {"count.toml": COUNT_RULE})
    assert "| 2020-07-30 (estimated) |" in render(comparison, "markdown")


RECORDS_RULE = 'id = "records"\nquestion = "How many records?"\nkind = "count"\npatterns = [\'{count} records\']\n'
RECORDS = {"a.txt": "13.5 million records were stolen.\n", "b.txt": "Attackers stole about 13.5 million records.\n",
           "c.txt": "-5 records, said a typo.\n"}
RECORDS_MARKDOWN = """\
**Status:** disagreement · **Rule:** records · **Consensus:** 13.5 million

| Source   | Value                                                | Evidence                                        | Location        |
|----------|------------------------------------------------------|-------------------------------------------------|-----------------|
| a.txt    | ✓ 13.5 million                                       | **13.5 million** records were stolen.           | sources/a.txt:1 |
| b.txt    | ✓ about 13.5 million (13.095 million–13.905 million) | Attackers stole **about 13.5 million** records. | sources/b.txt:1 |
| c.txt    | ✗ 5                                                  | -**5** records, said a typo.                    | sources/c.txt:1 |
"""


def test_markdown_escapes_a_value_the_same_wherever_it_stands(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "**13\\.5 million**" in one row, "**about 13.5 million**" in the next.
    comparison = build(tmp_path / "records", monkeypatch, RECORDS, {"records.toml": RECORDS_RULE})
    assert RECORDS_MARKDOWN in render(comparison, "markdown")


def test_markdown_tables_render_with_the_value_in_bold(calm):
    html, tokens = html_of(render(calm, "markdown"))
    assert "<td>Belarus police detained <strong>33</strong> Russians near Minsk.</td>" in html
    assert '<a href="https://www.euronews.com/2020/07/30/belarus">Euronews — euronews.md</a>' in html
    assert '<a href="https://www.euronews.com/2020/07/30/belarus">sources/euronews.md</a>' in html
    assert sum(t.type == "table_open" for t in tokens) == 4  # summary, two facts, sources


def test_markdown_summary_is_a_table_of_counts(calm):
    html, _ = html_of(render(calm, "markdown"))
    headers = re.findall(r"<th>(.*?)</th>", html)[:6]
    counts = re.findall(r"<td>(.*?)</td>", html)[:6]
    assert dict(zip(headers, counts)) == {"Sources": "3", "Facts": "3", "Disagreements": "1", "Agreements": "0",
                                          "Uncorroborated": "1", "No data": "1"}


# ---------------------------------------------------------------------------
# JSON


def test_json_document_shape(calm):
    document = json.loads(render(calm, "json"))
    assert document["schema_version"] == 1 and document["tool"] == "discrepancy"
    assert set(document) == {"schema_version", "tool", "summary", "sources", "rules", "observations",
                             "verdicts", "problems"}
    assert document["summary"] == {"sources": 3, "facts": 3, "observations": 5, "problems": 1, "disagreement": 1,
                                   "uncorroborated": 1, "agreement": 0, "no_data": 1}
    assert [v["rule"] for v in document["verdicts"]] == ["arrest-date", "russians-detained", "sentence-length"]
    assert document["problems"] == [{"path": "missing.txt", "line": None, "message": "no such file or folder",
                                     "left_out": True}]
    assert document["sources"][0] == {
        "path": "sources/euronews.md", "outlet": "Euronews", "title": "Belarus detains Russians",
        "url": "https://www.euronews.com/2020/07/30/belarus", "published": "2020-07-30",
        "published_estimated": False, "notes": None, "first_line": 7, "skipped_lines": 0}
    assert document["rules"][1] == {
        "id": "russians-detained", "question": "How many Russians were detained?", "kind": "count", "unit": None,
        "path": "rules/count.toml", "line": 1, "patterns": ["detained {count} Russians"],
        "tolerance": {"absolute": 0.0, "relative": 0.0}, "case_sensitive": False}


def test_json_verdict_points_at_its_observations(calm):
    document = json.loads(render(calm, "json"))
    verdict = document["verdicts"][1]
    thirty_three = {"kind": "count", "low": 33, "high": 33, "low_open": False, "high_open": False,
                    "qualifier": "exact", "unit": None, "precision": None, "resolved": True, "display": "33",
                    "doubt": None, "reach": None, "written_step": None}
    assert verdict == {
        "rule": "russians-detained", "question": "How many Russians were detained?", "status": "disagreement",
        "consensus": thirty_three, "tie": False, "tied": [],
        "claims": [
            {"source": "sources/euronews.md", "value": thirty_three, "standing": "agrees", "observations": [1],
             "locations": ["sources/euronews.md:7"]},
            {"source": "sources/meduza.txt", "value": thirty_three, "standing": "agrees", "observations": [3],
             "locations": ["sources/meduza.txt:1"]},
            {"source": "sources/tass.txt", "value": thirty_three | {"low": 32, "high": 32, "display": "32"},
             "standing": "disagrees", "observations": [4], "locations": ["sources/tass.txt:1"]},
        ],
        "agreeing": ["sources/euronews.md", "sources/meduza.txt"], "siding": [], "disagreeing": ["sources/tass.txt"],
        "silent": [], "self_contradicting": [], "compared_unit": None, "other_unit": [], "also_other_unit": [],
        "other_units": [],
        "unresolved": [], "superseded": [], "conversions": [], "flagged": ["sources/tass.txt"], "published_notes": [],
        "one_outlet": None, "named_units": [], "rounded": []}
    assert document["observations"][1] == {
        "source": "sources/euronews.md", "rule": "russians-detained", "raw": "33", "matched": "detained 33 Russians",
        "start": 24, "end": 26, "line": 7, "column": 25, "sentence": "Belarus police detained 33 Russians near Minsk.",
        "highlight": [24, 26], "pattern": 0, "value": thirty_three, "entry": None}


def test_json_dates_are_iso_strings_and_unresolved_values_null(calm):
    document = json.loads(render(calm, "json"))
    arrest = document["verdicts"][0]
    assert arrest["consensus"]["low"] == "2020-07-29" and arrest["consensus"]["precision"] == "day"
    unresolved = document["observations"][arrest["unresolved"][0]]
    assert unresolved["raw"] == "Wednesday"
    assert (unresolved["value"]["low"], unresolved["value"]["resolved"]) == (None, False)


def test_json_open_ended_values_have_null_bounds(tmp_path, monkeypatch):
    comparison = build(tmp_path / "corpus", monkeypatch, {"a.txt": "Police detained more than 30 Russians.\n"},
                       {"count.toml": COUNT_RULE})
    value = json.loads(render(comparison, "json"))["observations"][0]["value"]
    assert (value["low"], value["high"], value["qualifier"]) == (31, None, "more_than")
    assert value["display"] == "more than 30"


def test_json_observations_document_has_no_verdicts(calm):
    document = json.loads(render_observations(calm, "json"))
    assert "verdicts" not in document
    assert document["summary"] == {"sources": 3, "rules": 3, "observations": 5, "problems": 1}
    assert document["observations"] == json.loads(render(calm, "json"))["observations"]


# ---------------------------------------------------------------------------
# Hostile text: everything shown, nothing obeyed


@pytest.mark.parametrize("color", [False, True])
def test_hostile_terminal_report_cannot_steer_the_terminal(hostile, color):
    for report in (render(hostile, "terminal", color=color), render_observations(hostile, "terminal", color=color)):
        assert BEL not in report and RLO not in report and "\u200b" not in report
        if not color:
            assert ESC not in report
        else:  # only the report's own styles: ESC [ digits ; m
            assert re.sub(r"\x1b\[[0-9;]*m", "", report).count(ESC) == 0
        assert "␛[31mRED␛[0m" in report and "␛]8;;http://evil␇click" in report
        assert "⟨U+202E⟩evil" in report and "⟨U+200B⟩hidden" in report


def test_hostile_rich_markup_stays_literal(hostile):
    report = render(hostile, "terminal", width=400)
    assert "[bold red]x[/] [link=http://x]y[/link]" in report
    assert "How many [bold]Russians[/bold] | were <em>detained</em>?" in report
    assert clean("sources/" + HOSTILE_FILE) in report
    assert "detained «33» Russians" in report


def test_hostile_markdown_has_no_control_characters(hostile):
    for report in (render(hostile, "markdown"), render_observations(hostile, "markdown")):
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b]", report)


def test_hostile_markdown_renders_as_literal_text(hostile):
    html, tokens = html_of(render(hostile, "markdown"))
    types = {t.type for t in all_tokens(tokens)}
    assert not types & {"html_block", "html_inline", "em_open", "s_open", "code_inline", "image"}
    assert "<script" not in html and "<!--" not in html and "<em>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- **bold** _em_ ~~del~~" in html
    assert "[bold red]x[/] [link=http://x]y[/link] | pipe | `code`" in html
    assert "<h3>How many [bold]Russians[/bold] | were &lt;em&gt;detained&lt;/em&gt;?</h3>" in html
    assert "<td>**T** [x](javascript:alert(1))</td>" in html


def table_shapes(markdown: str) -> list[list[int]]:
    """Cells per row, per table, as a Markdown parser sees them."""
    tables: list[list[int]] = []
    for token in html_of(markdown)[1]:
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            tables[-1].append(0)
        elif token.type in ("td_open", "th_open"):
            tables[-1][-1] += 1
    return tables


def test_hostile_markdown_tables_keep_their_shape(hostile):
    report = render(hostile, "markdown")
    # summary: header + counts; facts: header + 2 sources; Sources likewise
    assert table_shapes(report) == [[6, 6], [4, 4, 4], [5, 5, 5]]
    assert table_shapes(render_observations(hostile, "markdown")) == [[3, 3], [4, 4], [4, 4]]
    unescaped_pipes = [len(re.findall(r"(?<!\\)\|", line)) for line in report.splitlines() if line.startswith("|")]
    assert unescaped_pipes == [7] * 3 + [5] * 4 + [6] * 4


def test_hostile_markdown_links_only_to_http_urls(hostile):
    html, tokens = html_of(render(hostile, "markdown"))
    links = [t.attrs["href"] for t in all_tokens(tokens) if t.type == "link_open"]
    assert links and set(links) == {"https://example.com/a%28b%29%7Cc"}
    assert "javascript:" not in " ".join(links)
    bold = re.findall(r"<strong>(.*?)</strong>", html)
    assert bold == ["Status:", "Rule:", "Consensus:", "33", "32"]


# ---------------------------------------------------------------------------
# Long evidence, folded into <details> (inline HTML in a table cell, where GitHub still reads Markdown)

LONG_HOSTILE_SENTENCE = (
    "Officials said </summary></details><script>alert(1)</script> <!-- and `code` | a | b | **not bold** "
    "*nor this* ~~struck~~ [link](javascript:alert(1)) <details open> &amp; &#60;tag&#62; then "
    "police detained 33 Russians near Minsk | ``` fence ``` $x$ \\ while " + "more words " * 8 + "end <!--")
FOLD_TAGS = ["<details>", "<summary>", "</summary>", "</details>"]


@pytest.fixture
def long_hostile(tmp_path, monkeypatch):
    articles = {"long.txt": LONG_HOSTILE_SENTENCE + "\n", "short.txt": "Guards detained 32 Russians.\n"}
    return build(tmp_path / "long", monkeypatch, articles, {"count.toml": COUNT_RULE})


def folds(html_text: str) -> list[tuple[str, str]]:
    """(summary, body) of every <details> block, as rendered HTML."""
    return re.findall(r"<details><summary>(.*?)</summary>(.*?)</details>", html_text)


def test_short_evidence_is_not_folded(calm):
    assert "<details>" not in render(calm, "markdown")


def test_long_evidence_folds_with_the_value_in_view(long_hostile):
    rendered, _ = html_of(render(long_hostile, "markdown"))
    [(summary, body)] = folds(rendered)
    assert summary.startswith("…&lt;details open&gt; &amp;amp; &amp;#60;tag&amp;#62; then police detained "
                              "<strong>33</strong> Russians near Minsk | ``` fence ``` $x$ \\ while more words…")
    assert html.unescape(body.replace("<strong>33</strong>", "33")) == LONG_HOSTILE_SENTENCE


def test_long_hostile_evidence_renders_as_text_inside_an_intact_fold(long_hostile):
    for report in (render(long_hostile, "markdown"), render_observations(long_hostile, "markdown")):
        rendered, tokens = html_of(report)
        raw_html = [t.content for t in all_tokens(tokens) if t.type in ("html_inline", "html_block")]
        assert raw_html == FOLD_TAGS  # the report's own tags, once, and nothing from the article
        assert "<script" not in rendered and "<!--" not in rendered and "<em>" not in rendered
        assert "<code>" not in rendered and "<s>" not in rendered and "<a " not in rendered
        assert rendered.count("<details>") == rendered.count("</details>") == 1
    assert table_shapes(render(long_hostile, "markdown")) == [[6, 6], [4, 4, 4], [5, 5, 5]]
    assert table_shapes(render_observations(long_hostile, "markdown")) == [[3, 3], [4, 4], [4, 4]]


SENTENCE_ALPHABET = "ab3 _*`[]()|~$#<>&!-+=.:/\\\n\t\x1b"


@given(st.text(alphabet=SENTENCE_ALPHABET, min_size=100, max_size=150),
       st.text(alphabet=SENTENCE_ALPHABET, min_size=100, max_size=150))
def test_folded_evidence_always_renders_as_the_literal_sentence(before, after):
    """Whatever surrounds the value, the fold stays one cell, whole, with the sentence as text."""
    from discrepancy.extract import Observation
    from discrepancy.report.markdown import evidence_cell
    from discrepancy.values import Value

    sentence = f"{before} 33 {after}"
    obs = Observation(source="a.txt", rule="r", value=Value("count", 33, 33), raw="33", matched="33",
                      start=0, end=2, line=1, column=1, sentence=sentence,
                      highlight=(len(before) + 1, len(before) + 3), pattern=0)
    rendered, tokens = html_of(f"| h | v |\n|---|---|\n| {evidence_cell(obs)} | x |\n")
    assert [t.content for t in all_tokens(tokens) if t.type.startswith("html")] == FOLD_TAGS
    assert re.findall(r"<td>", rendered) == ["<td>", "<td>"]
    [(summary, body)] = folds(rendered)
    assert html.unescape(body.replace("<strong>33</strong>", "33")) == clean(sentence)
    assert "<strong>33</strong>" in summary


def test_hostile_json_keeps_the_raw_text_and_stays_safe_to_print(hostile):
    report = render(hostile, "json")
    assert ESC not in report and BEL not in report and RLO not in report and "\u200b" not in report
    assert "\\u001b[31mRED" in report and "\\u202eevil" in report
    document = json.loads(report)
    sentence = next(o["sentence"] for o in document["observations"] if o["raw"] == "33")
    assert sentence == HOSTILE_SENTENCE
    assert document["sources"][0]["path"] == "sources/" + HOSTILE_FILE
    assert document["sources"][0]["url"] == "javascript:alert(1)"
    assert document["rules"][0]["question"] == "How many [bold]Russians[/bold] | were <em>detained</em>?"


# ---------------------------------------------------------------------------
# The escapes themselves


@pytest.mark.parametrize(("text", "shown"), [
    ("plain text", "plain text"),
    ("\x1b[31mred\x1b[0m", "␛[31mred␛[0m"),
    ("\x1b]8;;http://evil\x07link", "␛]8;;http://evil␇link"),
    ("\x9b31m", "\ufffd31m"),
    ("del\x7f", "del␡"),
    ("one\ntwo\r\nthree\tfour\u2028five", "one two  three four five"),
    ("\u202eevil\u2066x\u2069", "⟨U+202E⟩evil⟨U+2066⟩x⟨U+2069⟩"),
    ("zero\u200bwidth\ufeff", "zero⟨U+200B⟩width⟨U+FEFF⟩"),
    ("hidden\U000e0041tag", "hidden⟨U+E0041⟩tag"),
    ("نامه\u200cای", "نامه\u200cای"),  # a zero-width non-joiner is part of Persian spelling
    (None, ""),
])
def test_clean(text, shown):
    assert clean(text) == shown


@pytest.mark.parametrize(("text", "escaped"), [
    ("2020-07-29", "2020-07-29"),
    ("a | b", "a \\| b"),
    ("**bold** _em_ ~~del~~", "\\*\\*bold\\*\\* \\_em\\_ \\~\\~del\\~\\~"),
    ("sources/000_c0c1.txt", "sources/000_c0c1.txt"),  # an underscore inside a word is never emphasis
    # at a word's edge it may be: escaped at the text's ends, beside a space, a mark or another "_"
    ("_a", "\\_a"), ("a_", "a\\_"), ("x__y", "x\\_\\_y"), ("é_1", "é_1"), ("a _ b", "a \\_ b"), ("*_*", "\\*\\_\\*"),
    ("[x](http://evil)", "\\[x\\](http://evil)"),
    ("`code`", "\\`code\\`"),
    ("<script>&amp;", "&lt;script&gt;&amp;amp;"),
    ("back\\slash", "back\\\\slash"),
    ("US$5 and US$6", "US\\$5 and US\\$6"),
    ("Question #", "Question \\#"),
    ("- item", "\\- item"),
    ("1. item", "1\\. item"),
    ("line\nbreak", "line break"),
    # Only what would start a block is escaped at the start: a value reads the same wherever it stands.
    ("13.5 million", "13.5 million"),
    ("-5%", "-5%"),
    ("+5", "+5"),
    ("=5", "=5"),
    ("1.", "1\\."),
    ("1) item", "1\\) item"),
    ("+ item", "\\+ item"),
    ("  - item", "  \\- item"),
    ("--", "\\--"),
    ("- - -", "\\- - -"),
    ("==", "\\=="),
    ("1234567890. item", "1234567890. item"),  # a list's number has at most nine digits
])
def test_markdown_cell(text, escaped):
    assert markdown_cell(text) == escaped


@pytest.mark.parametrize(("url", "safe"), [
    ("https://example.com/a", "https://example.com/a"),
    ("http://example.com/a?b=1&c=2#d", "http://example.com/a?b=1&c=2#d"),
    ("https://example.com/a(b)|c", "https://example.com/a%28b%29%7Cc"),
    ("HTTPS://example.com/", "HTTPS://example.com/"),
    ("javascript:alert(1)", None),
    ("data:text/html,<script>", None),
    ("//example.com/a", None),
    ("sources/a.txt", None),
    ("https://example.com/a b", None),
    ("https://example.com/\x1b[31m", None),
    ("https://", None),
    (None, None),
])
def test_http_url(url, safe):
    assert http_url(url) == safe


def test_json_text_escapes_what_a_terminal_would_act_on_without_losing_it():
    text = "a\u202eb\x9bc\U000e0041d\u2028e"
    dumped = json_text(json.dumps(text, ensure_ascii=False))
    assert dumped == '"a\\u202eb\\u009bc\\udb40\\udc41d\\u2028e"'
    assert json.loads(dumped) == text


MARKDOWN_ALPHABET = "ab1 _*`[]()|~$#<>&!-+=.:/\\\n\t\x1b"


@given(st.text(alphabet=MARKDOWN_ALPHABET, max_size=40))
def test_markdown_cell_always_renders_as_the_literal_text(text):
    """Whatever the text, a parser shows exactly it, as one cell, one heading or one list item."""
    expected = html.escape(clean(text).strip(" "), quote=False)
    cell = re.search(r"<td>(.*)</td>", html_of(f"| h |\n|---|\n| {markdown_cell(text)} |\n")[0])
    assert cell and cell[1] == expected
    heading = html_of(f"### {markdown_cell(text)}\n")[0]
    assert heading == f"<h3>{expected}</h3>\n"
    item = html_of(f"- Note: {markdown_cell(text)}\n")[0]
    assert item == f"<ul>\n<li>{html.escape(('Note: ' + clean(text)).rstrip(' '), quote=False)}</li>\n</ul>\n"


@pytest.mark.parametrize(("parts", "escaped"), [
    # Found by a fresh-eyes corpus: "**13\\.5 million**" in one row, "**about 13.5 million**" in the next.
    (("", "13.5 million", " records were stolen."), "**13.5 million** records were stolen."),
    (("Attackers stole ", "about 13.5 million", " records."), "Attackers stole **about 13.5 million** records."),
    (("-", "5", " records"), "-**5** records"),  # no list: the line is judged whole
    (("- ", "5", " records"), "\\- **5** records"),
    (("1. ", "5", " records"), "1\\. **5** records"),
    (("It was ", "5", " - a record."), "It was **5** - a record."),
    (("<b>", "5", "</b> | `x`"), "&lt;b&gt;**5**&lt;/b&gt; \\| \\`x\\`"),
])
def test_evidence_markdown(parts, escaped):
    from discrepancy.report.markdown import evidence_markdown

    assert evidence_markdown(parts) == escaped


@given(st.text(alphabet=MARKDOWN_ALPHABET, max_size=30), st.text(alphabet=MARKDOWN_ALPHABET, max_size=30))
def test_evidence_always_renders_as_the_literal_sentence_with_its_value_in_bold(before, after):
    """In a table cell and at the start of a line alike (text indented as code aside)."""
    from discrepancy.report.markdown import evidence_markdown

    evidence = evidence_markdown((before, "33", after))
    expected = clean(f"{before}33{after}").strip(" ")
    cell = re.search(r"<td>(.*)</td>", html_of(f"| h |\n|---|\n| {evidence} |\n")[0])
    assert cell and html.unescape(cell[1].replace("<strong>33</strong>", "33", 1)) == expected
    if not clean(before).startswith("    "):
        paragraph = re.fullmatch(r"<p>(.*)</p>\n", html_of(f"{evidence}\n")[0])
        assert paragraph and html.unescape(paragraph[1].replace("<strong>33</strong>", "33", 1)) == expected


def test_a_weekday_that_does_not_fit_its_date_is_listed_as_doubtful_in_every_report(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: only `explain` said so, and a reader of the report missed it.
    struck = 'id = "struck"\nquestion = "When?"\nkind = "date"\npatterns = [\'struck on {date}\']\n'
    dated = "+++\npublished = 2024-07-19\n+++\n"
    comparison = build(tmp_path / "quake", monkeypatch, {"a.txt": f"{dated}It struck on Tuesday, July 15.\n",
                                                          "b.txt": f"{dated}It struck on July 15.\n"}, {"s.toml": struck})
    doubt = "sources/a.txt:4 “Tuesday, July 15”: the weekday says Tuesday, but 15 July 2024 is a Monday"
    assert f"- Doubtful: {doubt}" in render(comparison, "markdown")
    assert f"doubtful: {doubt}" in " ".join(render(comparison, "terminal").split())
    values = [o["value"]["doubt"] for o in json.loads(render(comparison, "json"))["observations"]]
    assert values == ["the weekday says Tuesday, but 15 July 2024 is a Monday", None]


def test_a_fact_whose_one_source_contradicts_itself_says_so_not_that_values_tie(tmp_path, monkeypatch):
    fine = 'id = "fine"\nquestion = "How much was the fine?"\nkind = "amount"\npatterns = [\'fined {money}\']\n'
    comparison = build(tmp_path / "one", monkeypatch, {"a.txt": "It was fined €4.2m. Later it was fined €5m.\n"},
                       {"fine.toml": fine})
    assert "**Consensus:** none (its one source contradicts itself)" in render(comparison, "markdown")


def test_with_one_source_per_currency_the_note_names_no_consensus(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: the report showed no consensus, yet the note named one.
    fine = 'id = "fine"\nquestion = "How much was the fine?"\nkind = "amount"\npatterns = [\'fined {money}\']\n'
    comparison = build(tmp_path / "two", monkeypatch, {"a.txt": "It was fined $9.5 million.\n",
                                                        "b.txt": "It was fined £7.1m.\n"}, {"fine.toml": fine})
    markdown = render(comparison, "markdown")
    assert "**Consensus:**" not in markdown
    assert "the other figure is in GBP (no exchange rate is assumed)" in markdown


def test_a_sum_a_source_converts_is_shown_as_its_conversion_and_not_compared(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: the wire's "746 million euros, or $806 million" tied with
    # another outlet's $887 million, and every report called a unanimous fact a disagreement.
    record = ('id = "record"\nquestion = "Amazon record fine?"\nkind = "amount"\n'
              'patterns = [\'record of {money}\', \'euros, or {money}, set\']\n')
    comparison = build(tmp_path / "record", monkeypatch, {
        "a.md": "It tops the record of 746 million euros, or $806 million, set by Amazon.\n",
        "b.md": "It tops the record of €746 million set by Amazon.\n",
        "c.md": "It tops the record of $887 million set by Amazon.\n"}, {"record.toml": record})
    terminal = render(comparison, "terminal", width=200)
    assert terminal.startswith("3 sources · 1 fact · 0 disagreements · 1 agreement")
    assert ("\nconversion: sources/a.md:1 “$806 million” (USD 806 million) is the source's “746 million euros” "
            "converted, beside it: not compared\n") in terminal
    assert ("- Conversion: sources/a.md:1 “\\$806 million” (USD 806 million) is the source's “746 million euros” "
            "converted, beside it: not compared\n") in render(comparison, "markdown")
    document = json.loads(render(comparison, "json"))
    (verdict,) = document["verdicts"]
    (conversion,) = verdict["conversions"]
    assert [document["observations"][conversion[key]]["raw"] for key in ("observation", "of")] == [
        "$806 million", "746 million euros"]
    assert (verdict["status"], verdict["other_units"], verdict["other_unit"], verdict["flagged"]) == (
        "agreement", [], ["sources/c.md"], [])
    assert [claim["source"] for claim in verdict["claims"]] == ["sources/a.md", "sources/b.md", "sources/c.md"]


def test_a_conversion_in_brackets_that_no_pattern_reads_is_listed_as_a_conversion(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: the README said "$5.5 billion (€5.02 billion)" is listed as a
    # conversion, but {money} stepped past the euros and nothing was listed. The bracket is read,
    # so a reader sees the tool saw it and why it is compared with nothing.
    cost = 'id = "cost"\nquestion = "Rebuild cost?"\nkind = "amount"\npatterns = [\'estimated at {money}\']\n'
    comparison = build(tmp_path / "cost", monkeypatch, {
        "a.md": "Rebuilding is estimated at $5.5 billion (€5.02 billion), officials said.\n",
        "b.md": "Rebuilding is estimated at $5.52 billion.\n"}, {"cost.toml": cost})
    markdown = render(comparison, "markdown")
    assert "| ✓ USD 5.5 billion  |" in markdown and "EUR 5.02 billion |" not in markdown
    assert ("- Conversion: sources/a.md:1 “€5.02 billion” (EUR 5.02 billion) is the source's “\\$5.5 billion” "
            "converted, beside it: not compared\n") in markdown
    document = json.loads(render(comparison, "json"))
    (conversion,) = document["verdicts"][0]["conversions"]
    assert [document["observations"][conversion[key]]["raw"] for key in ("observation", "of")] == [
        "€5.02 billion", "$5.5 billion"]


def test_a_rate_beside_a_change_of_a_rate_is_not_compared_for_its_unit_not_an_exchange_rate(tmp_path, monkeypatch):
    lead = 'id = "lead"\nquestion = "How big is the lead?"\nkind = "amount"\npatterns = [\'lead of {percent}\']\n'
    comparison = build(tmp_path / "lead", monkeypatch, {"a.txt": "A lead of 3 percentage points.\n",
                                                         "b.txt": "A lead of 3pp.\n", "c.txt": "A lead of 3%.\n"},
                       {"lead.toml": lead})
    assert ("- Not compared: sources/c.txt states it in %; the consensus is in percentage points "
            "(a rate and a change of a rate are different units)") in render(comparison, "markdown")


def test_a_compared_sources_figure_in_a_unit_no_one_else_uses_is_said_to_be_not_compared(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "some £355m ($480m)" showed the pounds with no mark and no word why.
    fine = 'id = "fine"\nquestion = "How much?"\nkind = "amount"\npatterns = [\'fined {money}\', \'some {money}\']\n'
    comparison = build(tmp_path / "fine", monkeypatch, {"a.txt": "It was fined €4.2m.\n",
                                                         "b.txt": "It was fined €4.2 million. That is some £3.6m.\n"},
                       {"fine.toml": fine})
    assert ("- Not compared: sources/b.txt also states it in GBP; the consensus is in EUR (no exchange rate is "
            "assumed)") in render(comparison, "markdown")
    # Found by a fresh-eyes corpus: the JSON gave this note no field of its own, only the claim's standing.
    verdict = json.loads(render(comparison, "json"))["verdicts"][0]
    assert (verdict["other_unit"], verdict["also_other_unit"], verdict["agreeing"]) == (
        [], ["sources/b.txt"], ["sources/a.txt", "sources/b.txt"])


def test_a_sum_in_another_currency_is_listed_as_not_compared_without_a_mark(tmp_path, monkeypatch):
    fine = 'id = "fine"\nquestion = "How much was the fine?"\nkind = "amount"\npatterns = [\'fined {money}\']\n'
    comparison = build(tmp_path / "fine", monkeypatch, {"a.txt": "It was fined €4.2m.\n", "b.txt": "It was fined €4.2 million.\n",
                                                         "c.txt": "It was fined $4.5 million.\n"}, {"fine.toml": fine})
    markdown = render(comparison, "markdown")
    assert "- Not compared: sources/c.txt states it in USD; the consensus is in EUR (no exchange rate is assumed)" in markdown
    assert "| USD 4.5 million " in markdown and "✗" not in markdown
    terminal = render(comparison, "terminal")
    assert "not compared: sources/c.txt states it in USD; the consensus is in EUR" in " ".join(terminal.split())
    verdict = json.loads(render(comparison, "json"))["verdicts"][0]
    assert (verdict["other_unit"], verdict["also_other_unit"]) == (["sources/c.txt"], [])


def test_sums_in_another_currency_are_compared_among_themselves_and_said_so(tmp_path, monkeypatch):
    fee = 'id = "fee"\nquestion = "What did each pay?"\nkind = "amount"\npatterns = [\'paid {money}\']\n'
    articles = {"a.txt": "Each paid $4,000.\n", "b.txt": "Each paid $4,000.\n", "c.txt": "Each paid $4,000.\n",
                "d.txt": "Each paid €3,500.\n", "e.txt": "Each paid 4.000 euro.\n"}
    comparison = build(tmp_path / "fee", monkeypatch, articles, {"fee.toml": fee})
    said = ("none (EUR 3,500 and EUR 4,000 tie, 1 source each): its sources are marked ✓ when they agree with every "
            "one of these values, ⇄ with some, ✗ with none")
    assert f"- In EUR: {said}" in render(comparison, "markdown")
    terminal = render(comparison, "terminal")
    assert f"in EUR: {said}" in " ".join(terminal.split())
    assert "⇄ EUR 3,500" in terminal and "✓ USD 4,000" in terminal
    (verdict,) = json.loads(render(comparison, "json"))["verdicts"]
    assert [(o["unit"], o["consensus"], [t["backing"] for t in o["tied"]]) for o in verdict["other_units"]] == [
        ("EUR", None, [["sources/d.txt"], ["sources/e.txt"]])]


BLOCKS = {"kestrel.md": "# Kestrel Mobile eats a €42M GDPR fine\n\n"
                        "> **TL;DR:** Ireland's DPC fined Kestrel Mobile €42 million today.\n\n"
                        "* Approximately 2,400 positions affected\n1. Some 2,400 positions go.\n"}
FINE_RULE = """\
id = "fine"
question = "How much was the fine?"
kind = "amount"
patterns = ['eats a {money}', 'fined Kestrel Mobile {money}']
"""
BLOCKS_TERMINAL = """\
1 source · 2 rules · 4 values

sources/kestrel.md
Rule   Value                      Evidence                                                      Line
────────────────────────────────────────────────────────────────────────────────────────────────────
fine   EUR 42 million             Kestrel Mobile eats a «€42M» GDPR fine                        1
fine   EUR 42 million             TL;DR: Ireland's DPC fined Kestrel Mobile «€42 million»       3
                                  today.
jobs   about 2,400                «Approximately 2,400» positions affected                      5
       (2,300–2,500)
jobs   about 2,400                «Some 2,400» positions go.                                    6
       (2,300–2,500)

could not read: missing.txt: no such file or folder
"""
POSITIONS_RULE = 'id = "jobs"\nquestion = "How many positions?"\nkind = "count"\npatterns = [\'{count} positions\']\n'


def test_evidence_from_a_markdown_article_leaves_out_its_block_marks(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "# Kestrel Mobile eats a «€42M» GDPR fine" in the terminal, "\\# …" and
    # "&gt; TL;DR:" in Markdown, while emphasis was already left out.
    comparison = build(tmp_path / "blocks", monkeypatch, BLOCKS, {"fine.toml": FINE_RULE, "jobs.toml": POSITIONS_RULE})
    assert render_observations(comparison, "terminal") == BLOCKS_TERMINAL
    markdown = render_observations(comparison, "markdown")
    assert [line.split(" | ")[2].strip() for line in markdown.splitlines() if "sources/kestrel.md:" in line] == [
        "Kestrel Mobile eats a **€42M** GDPR fine",
        "TL;DR: Ireland's DPC fined Kestrel Mobile **€42 million** today.",
        "**Approximately 2,400** positions affected",
        "**Some 2,400** positions go."]
    observations = json.loads(render_observations(comparison, "json"))["observations"]
    assert [(o["sentence"], o["highlight"]) for o in observations] == [
        ("Kestrel Mobile eats a €42M GDPR fine", [22, 26]),
        ("TL;DR: Ireland's DPC fined Kestrel Mobile €42 million today.", [42, 53]),
        ("Approximately 2,400 positions affected", [0, 19]),
        ("Some 2,400 positions go.", [0, 10])]


# ---------------------------------------------------------------------------
# Ties, units and source notes

EVACUATED_RULE = """\
id = "evacuated"
question = "How many people were evacuated?"
kind = "count"
unit = "people"
patterns = ['{count} people (?:were )?evacuated']
"""
TIE = {  # 195,000 and 200,000 are backed by two sources each; "nearly 200,000" agrees with both
    "a.txt": '+++\noutlet = "Wire"\n+++\nNearly 200,000 people were evacuated.\n',
    "b.txt": "195,000 people were evacuated.\n",
    "c.txt": "Two hundred thousand people evacuated.\n",
    "d.txt": "About 60,000 people were evacuated.\n",
}
TIE_TERMINAL = """\
4 sources · 1 fact · 1 disagreement · 0 agreements · 0 uncorroborated · 0 with no data

DISAGREEMENT  How many people were evacuated?  (evacuated)
consensus: none (195,000 and 200,000 people tie, 2 sources each)
Source            Value (people)             Evidence
─────────────────────────────────────────────────────────────────────────────────────
Wire              ✓ nearly 200,000           «Nearly 200,000» people were evacuated.
sources/a.txt:4   (180,000–200,000)
sources/b.txt:1   ⇄ 195,000                  «195,000» people were evacuated.
sources/c.txt:1   ⇄ 200,000                  «Two hundred thousand» people evacuated.
sources/d.txt:1   ✗ about 60,000             «About 60,000» people were evacuated.
                  (54,000–66,000)
tie: ✓ agrees with both 195,000 and 200,000 people; ⇄ with only one; ✗ with neither

could not read: missing.txt: no such file or folder
"""


@pytest.fixture
def tie(tmp_path, monkeypatch):
    return build(tmp_path / "tie", monkeypatch, TIE, {"evacuated.toml": EVACUATED_RULE})


def test_a_tie_marks_who_agrees_with_every_tied_value_who_sides_with_one_and_who_with_none(tie):
    # Found by a fresh-eyes corpus: every source was marked ✗, the one outlier (60,000) among them.
    assert render(tie, "terminal") == TIE_TERMINAL


def test_a_tie_in_markdown(tie):
    markdown = render(tie, "markdown")
    assert "**Consensus:** none (195,000 and 200,000 people tie, 2 sources each)\n" in markdown
    assert [line.split(" | ")[1].strip() for line in markdown.splitlines() if line.startswith("| ") and ".txt:" in line] == [
        "✓ nearly 200,000 (180,000–200,000)", "⇄ 195,000", "⇄ 200,000", "✗ about 60,000 (54,000–66,000)"]
    assert "- Tie: ✓ agrees with both 195,000 and 200,000 people; ⇄ with only one; ✗ with neither\n" in markdown


def test_a_tie_in_json(tie):
    document = json.loads(render(tie, "json"))
    (verdict,) = document["verdicts"]
    assert (verdict["consensus"], verdict["tie"]) == (None, True)
    assert [(t["value"]["display"], t["backing"]) for t in verdict["tied"]] == [
        ("195,000", ["sources/a.txt", "sources/b.txt"]), ("200,000", ["sources/a.txt", "sources/c.txt"])]
    assert [(c["source"], c["standing"]) for c in verdict["claims"]] == [
        ("sources/a.txt", "agrees"), ("sources/b.txt", "sides"), ("sources/c.txt", "sides"), ("sources/d.txt", "disagrees")]
    assert (verdict["agreeing"], verdict["siding"], verdict["disagreeing"]) == (
        ["sources/a.txt"], ["sources/b.txt", "sources/c.txt"], ["sources/d.txt"])


def test_a_tie_of_many_values_names_the_first_few_and_counts_the_rest(tmp_path, monkeypatch):
    articles = {f"{n}.txt": f"{100 + n} people were evacuated.\n" for n in range(6)}
    comparison = build(tmp_path / "many", monkeypatch, articles, {"evacuated.toml": EVACUATED_RULE})
    assert "**Consensus:** none (6 values tie, 1 source each: 100, 101, 102, 103 people and 2 more)" in render(
        comparison, "markdown")
    assert "tie: ✓ agrees with every tied value; ⇄ with some; ✗ with none" in render(comparison, "terminal")


def test_the_rule_unit_follows_the_consensus_and_heads_the_values(tmp_path, monkeypatch):
    articles = {"a.txt": "It moved at 110 km/h.\n", "b.txt": "It moved at 110 km/h.\n"}
    speed = 'id = "speed"\nquestion = "How fast?"\nkind = "count"\nunit = "km/h"\npatterns = [\'at {count} km/h\']\n'
    comparison = build(tmp_path / "speed", monkeypatch, articles, {"speed.toml": speed})
    terminal = render(comparison, "terminal")
    assert "consensus: 110 km/h\nSource            Value (km/h)   Evidence\n" in terminal
    assert "**Consensus:** 110 km/h\n" in render(comparison, "markdown")
    assert "| Source   | Value (km/h)   | Evidence" in render(comparison, "markdown")


TURNOUT_RULE = """\
id = "turnout"
question = "What was the turnout?"
kind = "amount"
unit = "%"
patterns = ['turnout was {percent}']
"""
CONVENE_RULE = """\
id = "convene"
question = "Within how many days must it convene?"
kind = "duration"
unit = "days"
patterns = ['convene within {duration}']
"""
UNIT_STATED = {  # 63.3% and 63.41% tie; 20 days is the consensus
    "a.txt": "Turnout was 63.3%. It must convene within 20 days.\n",
    "b.txt": "Turnout was 63.41 per cent. It must convene within twenty days.\n",
    "c.txt": "Turnout was 63.3 percent. It must convene within 30 days.\n",
    "d.txt": "Turnout was 63.41%.\n",
}


def test_a_unit_the_value_states_is_not_said_again_in_any_report(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "consensus: 38.2% %", "63.3% and 63.41% % tie", "20 days days".
    comparison = build(tmp_path / "stated", monkeypatch, UNIT_STATED,
                       {"turnout.toml": TURNOUT_RULE, "convene.toml": CONVENE_RULE})
    terminal = render(comparison, "terminal")
    assert "consensus: 20 days\nSource            Value (days)   Evidence\n" in terminal
    assert "consensus: none (63.3% and 63.41% tie, 2 sources each)\n" in terminal
    assert "\ntie: ✓ agrees with both 63.3% and 63.41%; ⇄ with only one; ✗ with neither\n" in terminal
    markdown = render(comparison, "markdown")
    assert "**Consensus:** 20 days\n" in markdown
    assert "**Consensus:** none (63.3% and 63.41% tie, 2 sources each)\n" in markdown
    assert "- Tie: ✓ agrees with both 63.3% and 63.41%; ⇄ with only one; ✗ with neither\n" in markdown
    github = render(comparison, "github").splitlines()
    assert github[0] == ("::warning file=sources/c.txt,line=1,title=Within how many days must it convene?::"
                         "This line says 30 days; the consensus is 20 days, from sources/a.txt, sources/b.txt."
                         "%0AEvidence: It must convene within 30 days.%0ARule: convene (rules/convene.toml:1)")
    assert github[1] == ("::warning file=sources/a.txt,line=1,title=What was the turnout?::This line says 63.3%25; "
                         "no consensus: 63.3%25 and 63.41%25 tie, 2 sources each.%0AEvidence: Turnout was 63.3%25."
                         "%0ARule: turnout (rules/turnout.toml:1)")


@pytest.mark.parametrize(("text", "unit", "shown"), [
    ("110", "km/h", "110 km/h"),
    ("195,000 and 200,000", "people", "195,000 and 200,000 people"),
    ("38.2%", "%", "38.2%"),
    ("38.2%", "percent", "38.2%"),
    ("38.2%", "Per Cent", "38.2%"),
    ("about 38% (34.2%–41.8%)", "%", "about 38% (34.2%–41.8%)"),  # the range's bracket ends it
    ("63.3% and 63.41%", "%", "63.3% and 63.41%"),
    ("20 days", "days", "20 days"),
    ("1 day", "days", "1 day"),
    ("5 DAYS", "day", "5 DAYS"),
    ("3 weeks", "days", "3 weeks"),  # a duration is shown in the unit its number is whole in
    ("2:00:12", "seconds", "2:00:12"),  # a clock says its units itself
    ("about 2:05:00 (1:52:30–2:17:30)", "days", "about 2:05:00 (1:52:30–2:17:30)"),
    ("2 hours 12 seconds", "hours", "2 hours 12 seconds"),
    ("25 basis points", "percentage points", "25 basis points"),
    ("2.9%", "% y/y", "2.9% y/y"),  # the words the value says are not said twice
    ("22 years", "years of age", "22 years of age"),
    ("3 holidays", "days", "3 holidays days"),  # a unit is a word of its own
    ("7", None, "7"),
    # fresh75: "more than 1 metres"; a unit's singular for the figure 1
    ("more than 1", "metres", "more than 1 metre"),
    ("1", "feet", "1 foot"),
    ("1", "degrees Celsius", "1 degree Celsius"),
    ("1", "km/h", "1 km/h"),
    ("21", "metres", "21 metres"),
    ("1.1", "metres", "1.1 metres"),
])
def test_with_unit(text, unit, shown):
    assert with_unit(text, unit) == shown


HOSTILE_UNIT = "[bold]x[/] \\u001b[31m| <b>y</b> *z*"


def test_a_hostile_unit_is_shown_as_literal_text(tmp_path, monkeypatch):
    rule = COUNT_RULE.replace('kind = "count"\n', f'kind = "count"\nunit = "{HOSTILE_UNIT}"\n')
    comparison = build(tmp_path / "unit", monkeypatch, {"a.txt": "Police detained 33 Russians.\n",
                                                         "b.txt": "Police detained 33 Russians.\n"}, {"count.toml": rule})
    terminal = render(comparison, "terminal", width=200)
    assert "consensus: 33 [bold]x[/] ␛[31m| <b>y</b> *z*\n" in terminal and ESC not in terminal
    markdown = render(comparison, "markdown")
    assert "**Consensus:** 33 \\[bold\\]x\\[/\\] ␛\\[31m\\| &lt;b&gt;y&lt;/b&gt; \\*z\\*\n" in markdown
    assert table_shapes(markdown)[1] == [4, 4, 4]  # the unit's pipe does not split the heading
    html = html_of(markdown)[0]
    assert "<b>" not in html and "<em>" not in html
    assert "<th>Value ([bold]x[/] ␛[31m| &lt;b&gt;y&lt;/b&gt; *z*)</th>" in html


def test_source_notes_are_shown_once_in_the_terminal_and_in_the_markdown_sources_table(tmp_path, monkeypatch):
    noted = ('+++\nnotes = "Rewrites [bold]agency[/] copy | <b>x</b> \\u001b[31m"\n+++\n'
             "Police detained 33 Russians.\n")
    comparison = build(tmp_path / "notes", monkeypatch, {"a.txt": noted, "b.txt": "Police detained 33 Russians.\n"},
                       {"count.toml": COUNT_RULE})
    terminal = render(comparison, "terminal")
    assert terminal.endswith("\nsource note: sources/a.txt: Rewrites [bold]agency[/] copy | <b>x</b> ␛[31m\n\n"
                             "could not read: missing.txt: no such file or folder\n")
    assert ESC not in terminal
    markdown = render(comparison, "markdown")
    assert "| Lines skipped   | Notes " in markdown
    assert "| Rewrites \\[bold\\]agency\\[/\\] copy \\| &lt;b&gt;x&lt;/b&gt; ␛\\[31m |" in markdown
    assert table_shapes(markdown)[-1] == [6, 6, 6]
    assert json.loads(render(comparison, "json"))["sources"][0]["notes"] == (
        "Rewrites [bold]agency[/] copy | <b>x</b> \x1b[31m")


def test_without_notes_the_sources_table_has_no_notes_column(calm):
    assert "| Notes" not in render(calm, "markdown") and "source note" not in render(calm, "terminal")


def test_a_sum_in_another_currency_beside_a_tie_names_the_unit_of_the_tied_values(tmp_path, monkeypatch):
    fine = 'id = "fine"\nquestion = "How much was the fine?"\nkind = "amount"\npatterns = [\'fined {money}\']\n'
    comparison = build(tmp_path / "tied", monkeypatch, {"a.txt": "It was fined €4.2m.\n", "b.txt": "It was fined €5m.\n",
                                                         "c.txt": "It was fined $5m.\n"}, {"fine.toml": fine})
    markdown = render(comparison, "markdown")
    assert "**Consensus:** none (EUR 4.2 million and EUR 5 million tie, 1 source each)" in markdown
    assert "- Not compared: sources/c.txt states it in USD; the tied values are in EUR (no exchange rate is assumed)" in markdown
    assert "| USD 5 million " in markdown  # no mark: neither side


def test_a_source_that_disagrees_but_was_published_later_is_said_to_be(tmp_path, monkeypatch):
    # Found by fresh-eyes corpora: a wildfire's acres and an outbreak's toll grow over days, and
    # the tables show no dates, so a later report's ✗ read as an error.
    burned = 'id = "burned"\nquestion = "How many acres?"\nkind = "count"\npatterns = [\'{count} acres\']\n'
    comparison = build_dated(tmp_path / "fire", monkeypatch, burned, "The fire has burned {} acres.",
                             {"a.txt": ("2025-07-12", "12,400"), "b.txt": ("2025-07-13", "12,400"),
                              "c.txt": ("2025-07-15", "14,000")})
    said = ("sources/c.txt (2025-07-15) was published after every source that agrees (the latest 2025-07-13): "
            "where the fact changes over time, its figure may be a later one")
    assert f"- Published later: {said}" in render(comparison, "markdown")
    assert f"published later: {said}" in " ".join(render(comparison, "terminal").split())


def test_a_source_that_disagrees_but_was_published_earlier_is_said_to_be(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: a tabloid's stale toll of 12, a day before the others' 17.
    killed = 'id = "killed"\nquestion = "How many died?"\nkind = "count"\npatterns = [\'{count} dead\']\n'
    comparison = build_dated(tmp_path / "toll", monkeypatch, killed, "The toll: {} dead.",
                             {"a.txt": ("2025-07-16", "12"), "b.txt": ("2025-07-17", "17"), "c.txt": ("2025-07-17", "17"),
                              "d.txt": ("2025-07-18", "18")})
    markdown = render(comparison, "markdown")
    assert ("- Published earlier: sources/a.txt (2025-07-16) was published before every source that agrees (the "
            "earliest 2025-07-17): where the fact changes over time, its figure may be an earlier one") in markdown
    assert "- Published later: sources/d.txt (2025-07-18) was published after" in markdown


ILL = 'id = "ill"\nquestion = "How many fell ill?"\nkind = "count"\nunit = "passengers"\npatterns = [\'{count} passengers\']\n'


@pytest.mark.parametrize("wire", ["147", "At least 147"])
def test_a_later_source_that_repeats_an_earlier_sources_figure_is_not_said_to_have_a_later_one(tmp_path, monkeypatch,
                                                                                                wire):
    # Found by a fresh-eyes corpus: La Voz (20 January) repeats the wire's 147 of 16 January
    # against a consensus of 212, and was said to be "published later: ... its figure may be a
    # later one" beside the wire's "published earlier: ... may be an earlier one", of one figure.
    comparison = build_dated(tmp_path / "ill", monkeypatch, ILL, "{} passengers fell ill.",
                             {"wire.txt": ("2026-01-16", wire), "cdc.txt": ("2026-01-18", "212"),
                              "ledger.txt": ("2026-01-18", "212"), "live.txt": ("2026-01-19", "212"),
                              "voz.txt": ("2026-01-20", "147")})
    notes = [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")]
    repeats = ("- Published later: sources/voz.txt (2026-01-20) was published after every source that agrees (the "
               "latest 2026-01-19), but repeats 147 passengers, which sources/wire.txt (2026-01-16) gave before it: it "
               "may be that earlier figure, not a later one")
    if wire == "147":
        assert notes == [repeats, "- Published earlier: sources/wire.txt (2026-01-16) was published before every source "
                                  "that agrees (the earliest 2026-01-18): where the fact changes over time, its figure "
                                  "may be an earlier one"]
    else:  # "at least 147" agrees with 212, and is dated as a lower bound
        assert notes == [repeats, "- Published earlier: sources/wire.txt (2026-01-16) says at least 147, and was "
                                  "published before every other source that agrees (the earliest 2026-01-18): where the "
                                  "fact changes over time, its figure may be an earlier one"]


def test_two_lower_bounds_of_the_first_day_are_both_earlier_figures_that_a_later_source_repeats(tmp_path, monkeypatch):
    # Found by a code review: the wire's and the radio's "at least 147" of the same first day were
    # each "published before every other source that agrees", yet neither counted as given before
    # the rest, so La Voz's later 147 was said to be "a later one" rather than their repeat.
    comparison = build_dated(tmp_path / "ill", monkeypatch, ILL, "{} passengers fell ill.",
                             {"wire.txt": ("2026-01-16", "At least 147"), "radio.txt": ("2026-01-16", "At least 147"),
                              "cdc.txt": ("2026-01-18", "212"), "ledger.txt": ("2026-01-18", "212"),
                              "live.txt": ("2026-01-19", "212"), "voz.txt": ("2026-01-20", "147")})
    notes = [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")]
    assert notes == [
        "- Published later: sources/voz.txt (2026-01-20) was published after every source that agrees (the latest "
        "2026-01-19), but repeats 147 passengers, which sources/radio.txt (2026-01-16) and sources/wire.txt "
        "(2026-01-16) gave before it: it may be that earlier figure, not a later one",
        *(f"- Published earlier: sources/{source}.txt (2026-01-16) says at least 147, and was published before every "
          f"other source that agrees (the earliest 2026-01-18): where the fact changes over time, its figure may be "
          f"an earlier one" for source in ("radio", "wire"))]


def test_a_later_source_that_repeats_a_figure_first_given_after_the_sources_that_agree_may_have_a_later_one(
        tmp_path, monkeypatch):
    # A commission's final 68.93% of 28 March, after a provisional 68.41% every other source
    # gave, and an analysis of the 29th that repeats it: both may state the later figure (fresh41);
    # and a radio's 40% contained, of the day of the latest 15%, repeated two days later (fresh12).
    turnout = 'id = "turnout"\nquestion = "Turnout?"\nkind = "amount"\nunit = "%"\npatterns = [\'turnout was {percent}\']\n'
    comparison = build_dated(tmp_path / "turnout", monkeypatch, turnout, "The turnout was {}.",
                             {"a.txt": ("2026-03-23", "68.41%"), "b.txt": ("2026-03-24", "68.41%"),
                              "c.txt": ("2026-03-24", "68.41%"), "commission.txt": ("2026-03-28", "68.93%"),
                              "analysis.txt": ("2026-03-29", "68.93%")})
    notes = [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")]
    assert notes == ["- Published later: sources/analysis.txt (2026-03-29), sources/commission.txt (2026-03-28) were "
                     "published after every source that agrees (the latest 2026-03-24): where the fact changes over "
                     "time, their figures may be later ones"]
    contained = 'id = "contained"\nquestion = "Contained?"\nkind = "amount"\nunit = "%"\npatterns = [\'{percent} contained\']\n'
    comparison = build_dated(tmp_path / "fire", monkeypatch, contained, "The fire is {} contained.",
                             {"a.txt": ("2025-07-12", "15%"), "b.txt": ("2025-07-13", "15%"), "c.txt": ("2025-07-13", "15%"),
                              "radio.txt": ("2025-07-13", "40%"), "newsletter.txt": ("2025-07-15", "40%")})
    notes = [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")]
    assert notes == ["- Published later: sources/newsletter.txt (2025-07-15) was published after every source that "
                     "agrees (the latest 2025-07-13): where the fact changes over time, its figure may be a later one"]


def test_the_json_report_gives_the_published_notes_as_fields(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: the terminal and Markdown reports dated the sources that
    # disagree, and the JSON report, which CI reads, said nothing of it.
    comparison = build_dated(tmp_path / "ill", monkeypatch, ILL, "{} passengers fell ill.",
                             {"wire.txt": ("2026-01-16", "147"), "cdc.txt": ("2026-01-18", "212"),
                              "ledger.txt": ("2026-01-18", "212"), "live.txt": ("2026-01-18", "212"),
                              "voz.txt": ("2026-01-20", "147"), "late.txt": ("2026-01-21", "230")})
    text = render(comparison, "json")
    assert text == render(comparison, "json")  # byte for byte
    (verdict,) = json.loads(text)["verdicts"]
    notes = verdict["published_notes"]
    assert [(n["kind"], n["label"], [s["source"] for s in n["sources"]], [s["published"] for s in n["sources"]],
             n["against"], n["may_be"]) for n in notes] == [
        ("later", "published later", ["sources/late.txt"], ["2026-01-21"], "2026-01-18", "later"),
        ("repeats_earlier", "published later", ["sources/voz.txt"], ["2026-01-20"], "2026-01-18", "earlier"),
        ("earlier", "published earlier", ["sources/wire.txt"], ["2026-01-16"], "2026-01-18", "earlier")]
    repeat = notes[1]
    assert (repeat["value"]["display"], [(r["source"], r["published"], r["value"]["display"]) for r in repeat["repeats"]]) == (
        "147", [("sources/wire.txt", "2026-01-16", "147")])
    markdown_notes = [line[2:] for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")]
    assert [f"{n['label'].capitalize()}: {n['text']}" for n in notes] == markdown_notes  # the same words


def test_the_json_report_dates_a_tie_by_its_tied_values(tmp_path, monkeypatch):
    deaths = 'id = "deaths"\nquestion = "How many died?"\nkind = "count"\nunit = "dead"\npatterns = [\'{count} people died\']\n'
    comparison = build_dated(tmp_path / "deaths", monkeypatch, deaths, "{} people died.",
                             {"a.txt": ("2025-03-31", "9"), "b.txt": ("2025-03-31", "9"), "c.txt": ("2025-04-01", "At least 8"),
                              "d.txt": ("2025-04-01", "12"), "e.txt": ("2025-04-02", "12")})
    (note,) = json.loads(render(comparison, "json"))["verdicts"][0]["published_notes"]
    assert (note["kind"], note["may_be"], note["sources"], note["against"]) == ("tie_later", "later", [], None)
    assert [(t["value"]["display"], t["sources"], t["first"], t["last"]) for t in note["values"]] == [
        ("12", ["sources/d.txt", "sources/e.txt"], "2025-04-01", "2025-04-02"),
        ("9", ["sources/a.txt", "sources/b.txt"], "2025-03-31", "2025-03-31")]


def test_a_later_source_of_a_duration_or_an_amount_is_named_without_saying_its_figure_may_be_later(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "its figure may be a later one" of a captivity's length and
    # a ransom paid, which do not grow once the event is over: the note gives the dates alone.
    held = 'id = "held"\nquestion = "How long were they held?"\nkind = "duration"\npatterns = [\'freed after {duration}\']\n'
    comparison = build_dated(tmp_path / "held", monkeypatch, held, "They were freed after {}.",
                             {"a.txt": ("2025-04-08", "32 days"), "b.txt": ("2025-04-09", "32 days"),
                              "c.txt": ("2025-04-14", "33 days")})
    markdown = render(comparison, "markdown")
    assert ("- Published later: sources/c.txt (2025-04-14) was published after every source that agrees (the latest "
            "2025-04-09)\n") in markdown
    assert "may be a later one" not in markdown


def test_a_percentage_published_earlier_or_later_is_said_to_be_perhaps_an_earlier_or_later_figure(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: a fire's containment, the figure that moves most from one
    # update to the next, got only the dates, as an amount; so did two stale sources at once,
    # whose note now says "their figures may be earlier ones".
    contained = ('id = "contained"\nquestion = "How far is the fire contained?"\nkind = "amount"\nunit = "%"\n'
                 'patterns = [\'{percent} contained\']\n')
    comparison = build_dated(tmp_path / "fire", monkeypatch, contained, "The fire is {} contained.",
                             {"a.txt": ("2025-11-12", "47%"), "b.txt": ("2025-11-19", "92%"),
                              "c.txt": ("2025-11-20", "100%"), "d.txt": ("2025-11-20", "100 percent")})
    assert [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")] == [
        "- Published earlier: sources/a.txt (2025-11-12), sources/b.txt (2025-11-19) were published before every "
        "source that agrees (the earliest 2025-11-20): where the fact changes over time, their figures may be "
        "earlier ones"]


def test_a_later_source_with_another_day_of_an_event_is_not_said_to_be_published_later(tmp_path, monkeypatch):
    # Found by three fresh-eyes corpora: "its figure may be a later one" of a crash's date.
    crash = 'id = "crash"\nquestion = "When?"\nkind = "date"\npatterns = [\'derailed on {date}\']\n'
    comparison = build_dated(tmp_path / "crash", monkeypatch, crash, "The train derailed on {}.",
                             {"a.txt": ("2025-11-17", "16 November"), "b.txt": ("2025-11-17", "16 November"),
                              "c.txt": ("2025-11-20", "15 November")})
    markdown = render(comparison, "markdown")
    assert "| ✗ 2025-11-15 " in markdown and "Published later" not in markdown


def test_a_lower_bound_published_before_every_source_that_states_the_consensus_is_named(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: a sports site's morning "at least 74" agreed with the 131 of
    # the next day's reports, and nothing said it was the toll of that morning.
    deaths = 'id = "deaths"\nquestion = "How many died?"\nkind = "count"\npatterns = [\'{count} people have died\']\n'
    comparison = build_dated(tmp_path / "deaths", monkeypatch, deaths, "{} people have died.",
                             {"a.txt": ("2025-09-14", "At least 74"), "b.txt": ("2025-09-15", "131"),
                              "c.txt": ("2025-09-16", "131"), "d.txt": ("2025-09-16", "at least 100")})
    notes = [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published earlier")]
    assert notes == ["- Published earlier: sources/a.txt (2025-09-14) says at least 74, and was published before every "
                     "other source that agrees (the earliest 2025-09-15): where the fact changes over time, its figure "
                     "may be an earlier one"]  # not d.txt's "at least 100", published after a 131


DAMAGE = 'id = "damage"\nquestion = "How much damage?"\nkind = "amount"\npatterns = [\'put the damage at {money}\']\n'
HELD = 'id = "held"\nquestion = "How long?"\nkind = "duration"\npatterns = [\'(?:held|been held) for {duration}\']\n'
COLLAPSE = 'id = "collapse"\nquestion = "When?"\nkind = "time"\npatterns = [\'collapsed at {time}\']\n'


@pytest.mark.parametrize("rule, sentence, early, note", [
    # Found by a fresh-eyes corpus: an early estimate's "more than $10bn" beside the $30bn of two
    # months later got no note, where a count's early "more than 10" did. A sum is dated by its
    # days alone, as a sum that disagrees is: the sum of an event over is no figure of its day.
    pytest.param(DAMAGE, "Officials put the damage at {}.", "more than $10bn",
                 "- Published earlier: sources/a.txt (2022-08-30) says more than USD 10 billion, and was published "
                 "before every other source that agrees (the earliest 2022-10-28)", id="sum"),
    # a duration likewise, unless its sentence says it was still running when written
    pytest.param(HELD, "He was held for {}.", "more than 40 days",
                 "- Published earlier: sources/a.txt (2022-08-30) says more than 40 days, and was published before "
                 "every other source that agrees (the earliest 2022-10-28)", id="duration"),
    pytest.param(HELD, "He has been held for {} so far.", "more than 40 days",
                 "- Published earlier: sources/a.txt (2022-08-30) says more than 40 days, and was published before "
                 "every other source that agrees (the earliest 2022-10-28): where the fact changes over time, its "
                 "figure may be an earlier one", id="duration still running"),
])
def test_a_lower_bound_published_early_is_dated_for_every_kind_whose_figures_are(tmp_path, monkeypatch, rule, sentence,
                                                                                 early, note):
    later = "$30bn" if rule is DAMAGE else "60 days"
    dated = {"a.txt": ("2022-08-30", early), "b.txt": ("2022-10-28", later), "c.txt": ("2022-10-29", later)}
    assert dated_notes_of(tmp_path, monkeypatch, rule, sentence, dated) == [note]


def test_a_time_of_day_given_as_after_a_time_is_not_dated_as_an_early_figure(tmp_path, monkeypatch):
    # "shortly after 2am" is how a time is given, not a figure of its day.
    dated = {"a.txt": ("2022-08-30", "shortly after 2am GMT"), "b.txt": ("2022-08-31", "02:17 GMT"),
             "c.txt": ("2022-08-31", "02:17 GMT")}
    assert dated_notes_of(tmp_path, monkeypatch, COLLAPSE, "The bridge collapsed at {}.", dated) == []


HAVE_DIED = 'id = "deaths"\nquestion = "How many died?"\nkind = "count"\npatterns = [\'{count} people have died\']\n'


def dated_notes_of(tmp_path, monkeypatch, rule: str, sentence: str, dated: dict) -> list[str]:
    """The Markdown report's dating notes ("- Published …") on one fact, its sources dated."""
    comparison = build_dated(tmp_path / "fact", monkeypatch, rule, sentence, dated)
    return [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")]


LOWER_BOUND_EARLIER = ("- Published earlier: sources/a.txt (2023-08-12) says at least 89, and was published before every "
                       "other source that agrees (the earliest {}): where the fact changes over time, its figure may be "
                       "an earlier one")


@pytest.mark.parametrize("dated, notes", [
    # Found by a fresh-eyes corpus: "At least 89" (12 August) agreed with the 115 of the 22nd, and
    # set the earliest agreeing day, so the 80 and 99 of the 12th and 14th were never named as
    # published before every source that states 115.
    ({"b.txt": ("2023-08-12", "80"), "c.txt": ("2023-08-14", "99"), "d.txt": ("2023-08-22", "115"),
      "e.txt": ("2023-08-25", "115")},
     ["- Published earlier: sources/b.txt (2023-08-12), sources/c.txt (2023-08-14) were published before every "
      "source that agrees, other than by a lower bound (the earliest 2023-08-22): where the fact changes over "
      "time, their figures may be earlier ones", LOWER_BOUND_EARLIER.format("2023-08-22")]),
    # the counter-case: "115" on the 13th states the consensus, so the 99 of the 14th is no earlier figure
    ({"b.txt": ("2023-08-13", "115"), "c.txt": ("2023-08-14", "99"), "d.txt": ("2023-08-22", "115")},
     [LOWER_BOUND_EARLIER.format("2023-08-13")]),
])
def test_a_stale_count_is_dated_against_the_sources_that_state_the_consensus_not_a_lower_bound(
        tmp_path, monkeypatch, dated, notes):
    lower_bound = {"a.txt": ("2023-08-12", "At least 89")}
    assert dated_notes_of(tmp_path, monkeypatch, HAVE_DIED, "{} people have died.", lower_bound | dated) == notes


def test_a_hedge_with_a_top_is_no_lower_bound_the_notes_date_stale_figures_against(tmp_path, monkeypatch):
    # fresh63: "just after 10pm" (22:00–22:15) was dated as a lower bound; so was a count's "just
    # over 150" (151–165), which states a figure near 160, as "about 155" would, and bounds nothing
    notes = dated_notes_of(tmp_path, monkeypatch, HAVE_DIED, "{} people have died.",
                           {"a.txt": ("2023-08-12", "80"), "b.txt": ("2023-08-14", "Just over 150"),
                            "c.txt": ("2023-08-22", "160"), "d.txt": ("2023-08-25", "160")})
    assert notes == ["- Published earlier: sources/a.txt (2023-08-12) was published before every source that agrees "
                     "(the earliest 2023-08-14): where the fact changes over time, its figure may be an earlier one"]


CRUSH_TIME = ('id = "crush-time"\nquestion = "When did the crush begin?"\nkind = "time"\nunit = "KST"\n'
              'patterns = [\'crush began (?:at )?{time}\']\n')


@pytest.mark.parametrize("dated", [
    {"a.txt": ("2022-10-30", "about 10:22 p.m."), "b.txt": ("2022-10-31", "just after 10pm"),
     "c.txt": ("2022-11-01", "10:15 p.m."), "d.txt": ("2022-11-02", "10:15 p.m."), "e.txt": ("2022-11-05", "10:40 p.m.")},
    # a tie, its sides published days apart
    {"a.txt": ("2022-10-30", "10:22 p.m."), "b.txt": ("2022-10-30", "10:22 p.m."),
     "c.txt": ("2022-11-02", "10:15 p.m."), "d.txt": ("2022-11-02", "10:15 p.m.")},
], ids=["earlier and later", "a tie"])
def test_the_time_of_day_of_an_event_is_not_dated_as_a_figure_that_grows(tmp_path, monkeypatch, dated):
    # fresh63: a live page's "about 10.22pm" was "published earlier … other than by a lower bound",
    # the bound a tabloid's "just after 10pm". The hour of an event does not grow, as its day does not:
    # a later source's other hour is another reading, and the dates add nothing.
    comparison = build_dated(tmp_path / "fact", monkeypatch, CRUSH_TIME, "The crush began at {}.", dated)
    (verdict,) = comparison.verdicts
    assert (verdict.status, verdict.disagreeing or verdict.siding) == (
        "disagreement", ("sources/a.txt", "sources/e.txt") if "e.txt" in dated else ("sources/a.txt", "sources/b.txt",
                                                                                     "sources/c.txt", "sources/d.txt"))
    assert [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")] == []
    assert json.loads(render(comparison, "json"))["verdicts"][0]["published_notes"] == []


def test_a_tie_dates_a_vague_figure_among_those_that_agree_only_with_one_tied_value(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "the sources that say only 388 people were published from
    # 2023-08-13" named a wire that wrote "Hundreds of people" (200 to 999), which agrees with 388
    # and not with 1,100, but never said 388.
    missing = ('id = "missing"\nquestion = "How many missing?"\nkind = "count"\nunit = "people"\n'
               'patterns = [\'{count} (?:of )?people are missing\']\n')
    notes = dated_notes_of(tmp_path, monkeypatch, missing, "{} people are missing.",
                           {"a.txt": ("2023-08-13", "Hundreds of"), "b.txt": ("2023-08-25", "388"),
                            "c.txt": ("2023-08-20", "1,100"), "d.txt": ("2023-08-22", "1,100")})
    assert notes == ["- Published: the sources that agree only with 388 people were published from 2023-08-13 to "
                     "2023-08-25; the sources that agree only with 1,100 people were published from 2023-08-20 to "
                     "2023-08-22"]


def test_a_tie_of_two_counts_said_on_days_apart_is_named_as_a_count_that_may_have_grown(tmp_path, monkeypatch):
    # Found by three fresh-eyes corpora: "consensus: none (9 and 12 dead tie)" where every 9 came
    # out before every 12, and the tie hid the dates that told a rising toll.
    deaths = 'id = "deaths"\nquestion = "How many died?"\nkind = "count"\nunit = "dead"\npatterns = [\'{count} people died\']\n'
    comparison = build_dated(tmp_path / "deaths", monkeypatch, deaths, "{} people died.",
                             {"a.txt": ("2025-03-31", "9"), "b.txt": ("2025-03-31", "9"), "c.txt": ("2025-04-01", "At least 8"),
                              "d.txt": ("2025-04-01", "12"), "e.txt": ("2025-04-02", "12")})
    notes = [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published later")]
    assert notes == ["- Published later: every source that agrees only with 12 dead (the earliest 2025-04-01) was published "
                     "after every source that agrees only with 9 dead (the latest 2025-03-31): where the fact changes over "
                     "time, 12 dead may be the later figure"]  # c.txt's "at least 8" backs both


def test_a_tie_of_two_durations_still_running_said_on_days_apart_may_be_a_growing_figure(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: an outage "more than 24 hours" old on 13 October, "five days"
    # on the 17th and "nine days" on the 24th ended as "none (5 days and 9 days tie)", no dates;
    # "have been down for" says the outage was still running, so the later figure may be a later one.
    down = 'id = "down"\nquestion = "How long?"\nkind = "duration"\npatterns = [\'down for {duration}\']\n'
    comparison = build_dated(tmp_path / "down", monkeypatch, down, "Systems have been down for {}.",
                             {"a.txt": ("2025-10-13", "more than 24 hours"), "b.txt": ("2025-10-14", "more than 2 days"),
                              "c.txt": ("2025-10-17", "five days"), "d.txt": ("2025-10-24", "nine days")})
    notes = [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")]
    assert notes == ["- Published later: every source that agrees only with 9 days (the earliest 2025-10-24) was published "
                     "after every source that agrees only with 5 days (the latest 2025-10-17): where the fact changes over "
                     "time, 9 days may be the later figure"]


def test_a_tie_of_durations_whose_earlier_sources_say_it_was_running_may_be_a_growing_figure(tmp_path, monkeypatch):
    # The earlier figure, written while the outage ran, is what makes the later one perhaps later.
    down = 'id = "down"\nquestion = "How long?"\nkind = "duration"\npatterns = [\'down for {duration}\']\n'
    articles = {f"{name}.txt": f"+++\npublished = {day}\n+++\n{text}\n" for name, day, text in [
        ("a", "2025-10-16", "Systems have now been down for five days."), ("b", "2025-10-17", "Systems were down for five days."),
        ("c", "2025-10-24", "Systems were down for nine days."), ("d", "2025-10-25", "Systems were down for nine days.")]}
    comparison = build(tmp_path / "down", monkeypatch, articles, {"down.toml": down})
    notes = [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")]
    assert notes == ["- Published later: every source that agrees only with 9 days (the earliest 2025-10-24) was published "
                     "after every source that agrees only with 5 days (the latest 2025-10-17): where the fact changes over "
                     "time, 9 days may be the later figure"]


def test_a_tie_of_a_finished_durations_roundings_gives_each_values_days_not_one_published_later(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "published later: every source that says only 6.5 days (the
    # earliest 2026-05-15) was published after every source that says only 158 hours", of a siege
    # that was over: two roundings of one length, not a length that grew. (158 hours and 6.5 days
    # now agree, 6.5 days being rounded to its unit; 170 hours is past its half a day.)
    siege = 'id = "siege"\nquestion = "How long?"\nkind = "duration"\npatterns = [\'siege lasted {duration}\']\n'
    comparison = build_dated(tmp_path / "siege", monkeypatch, siege, "The siege lasted {}.",
                             {"a.txt": ("2026-05-10", "170 hours"), "b.txt": ("2026-05-11", "170 hours"),
                              "c.txt": ("2026-05-15", "6.5 days"), "d.txt": ("2026-05-16", "6.5 days")})
    notes = [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")]
    assert notes == ["- Published: the sources that agree only with 6.5 days were published from 2026-05-15 to 2026-05-16; "
                     "the sources that agree only with 170 hours were published from 2026-05-10 to 2026-05-11"]
    (note,) = json.loads(render(comparison, "json"))["verdicts"][0]["published_notes"]
    assert (note["kind"], note["may_be"]) == ("tie_days", None)


def test_days_rounded_from_the_hours_agree_and_the_report_says_why(tmp_path, monkeypatch):
    siege = 'id = "siege"\nquestion = "How long?"\nkind = "duration"\npatterns = [\'siege lasted {duration}\']\n'
    comparison = build_dated(tmp_path / "siege", monkeypatch, siege, "The siege lasted {}.",
                             {"a.txt": ("2026-05-10", "158 hours"), "b.txt": ("2026-05-11", "158 hours"),
                              "c.txt": ("2026-05-15", "six and a half days"), "d.txt": ("2026-05-16", "6.5 days")})
    lines = render(comparison, "markdown").splitlines()
    assert [line for line in lines if line.startswith(("- Published", "- Rounded"))] == [
        "- Rounded: sources/c.txt:4 “six and a half days” (6.5 days) is a round number of days: against 158 hours, "
        "in a smaller unit, it reaches 6–7 days",
        "- Rounded: sources/d.txt:4 “6.5 days” (6.5 days) is a round number of days: against 158 hours, "
        "in a smaller unit, it reaches 6–7 days"]
    (verdict,) = json.loads(render(comparison, "json"))["verdicts"]
    assert (verdict["status"], verdict["consensus"]["display"], verdict["disagreeing"]) == ("agreement", "158 hours", [])
    assert [(r["observation"], r["agrees_with"]["display"]) for r in verdict["rounded"]] == [(2, "158 hours"),
                                                                                         (3, "158 hours")]


def test_an_exact_figure_that_agrees_only_with_a_rounded_consensus_is_explained_in_every_format(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus (fresh70 #1, #3): beside "1.8 million" and "1,800,000", the
    # ministry's 1,833,164 was marked ✓ under "consensus: 1.8 million" with no note, and the
    # JSON's "rounded" was empty, though no figure as written holds it.
    pilgrims = ('id = "pilgrims"\nquestion = "How many pilgrims?"\nkind = "count"\nunit = "pilgrims"\n'
                'patterns = [\'{count} pilgrims performed\']\n')
    said = {"a.md": "1.8 million", "b.md": "1,833,164", "c.md": "1,800,000"}  # the last, the first spelt out
    articles = {path: f"In all, {figure} pilgrims performed the Hajj.\n" for path, figure in said.items()}
    comparison = build(tmp_path / "hajj", monkeypatch, articles, {"pilgrims.toml": pilgrims})
    note = ("sources/b.md:1 “1,833,164” (1,833,164 pilgrims) agrees with 1.8 million pilgrims only as its rounding: "
            "1.8 million pilgrims is read as rounded to its last digit, and reaches 1.75 million–1.85 million pilgrims")
    assert f"- Rounded: {note}" in render(comparison, "markdown").splitlines()
    assert " ".join(render(comparison, "terminal").split()).count(f"rounded: {note}") == 1
    (verdict,) = json.loads(render(comparison, "json"))["verdicts"]
    assert (verdict["status"], verdict["consensus"]["display"], verdict["agreeing"]) == (
        "agreement", "1.8 million", ["sources/a.md", "sources/b.md", "sources/c.md"])
    assert [(r["observation"], r["agrees_with"]["display"], r["text"]) for r in verdict["rounded"]] == [
        (1, "1.8 million", note)]


def test_a_duration_its_sentence_says_is_still_running_published_earlier_may_be_an_earlier_figure(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "have now been on the ground for almost a week", written before
    # a three-week grounding ended, got only its date, where a count gets what that may mean; a
    # finished "two weeks" published as early is named apart, with its date alone.
    grounded = ('id = "grounded"\nquestion = "How long were they grounded?"\nkind = "duration"\n'
                'patterns = [\'on the ground for {duration}\']\n')
    comparison = build(tmp_path / "grounded", monkeypatch, {
        "a.txt": "+++\npublished = 2024-02-01\n+++\nThe jets were on the ground for three weeks.\n",
        "b.txt": "+++\npublished = 2024-02-02\n+++\nThe jets were on the ground for three weeks.\n",
        "c.txt": "+++\npublished = 2024-01-12\n+++\nAll 171 jets have now been on the ground for almost a week.\n",
        "d.txt": "+++\npublished = 2024-01-13\n+++\nThe jets were on the ground for two weeks.\n"}, {"g.toml": grounded})
    notes = [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")]
    assert notes == [
        "- Published earlier: sources/c.txt (2024-01-12) was published before every source that agrees (the earliest "
        "2024-02-01): where the fact changes over time, its figure may be an earlier one",
        "- Published earlier: sources/d.txt (2024-01-13) was published before every source that agrees (the earliest "
        "2024-02-01)"]
    notes = json.loads(render(comparison, "json"))["verdicts"][0]["published_notes"]
    assert [(n["kind"], n["may_be"], [s["source"] for s in n["sources"]]) for n in notes] == [
        ("earlier", "earlier", ["sources/c.txt"]), ("earlier", None, ["sources/d.txt"])]


def test_a_duration_still_running_published_on_the_day_of_the_sources_that_agree_gets_no_note(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: the guide said such a source "is named in a note of its own",
    # of any day; the note is a dating note, and no date sets apart a figure of the same day, as
    # of a count. The guide now says so; the sentence in the table shows "so far".
    trapped = ('id = "trapped"\nquestion = "How long?"\nkind = "duration"\n'
               'patterns = [\'trapped for {duration}\', \'{duration} trapped\']\n')
    ended = ("2018-07-11", "In all, the boys spent 17 days trapped underground.")
    comparison = build_dated(tmp_path / "trapped", monkeypatch, trapped, "{}", {
        "a.md": ended, "b.md": ended, "c.md": ("2018-07-11", "The boys have been trapped for 10 days so far.")})
    verdict = json.loads(render(comparison, "json"))["verdicts"][0]
    assert (verdict["status"], verdict["disagreeing"], verdict["published_notes"]) == (
        "disagreement", ["sources/c.md"], [])


def test_a_duration_said_with_so_far_and_counting_or_still_is_still_running():
    from discrepancy.report.content import STILL_RUNNING
    running = ["The strike has been going on for 40 days.", "It has lasted 12 days so far.",
               "Crews have worked for the past 36 hours.", "Day 40 and counting.", "The hostages are still held after 3 weeks."]
    over = ["The jets were on the ground for three weeks.", "It had been grounded for 20 days.", "The siege lasted 6.5 days."]
    assert [bool(STILL_RUNNING.search(text)) for text in running + over] == [True] * 5 + [False] * 3


@pytest.mark.parametrize("sentence, value, running", [
    # fresh69: the sailors' "still" made the channel's finished closure a figure that may be a later one
    ("The channel was fully reopened on Monday after nearly three months, but the sailors are still not allowed "
     "to go home.", "nearly three months", False),
    ("The channel reopened after 11 weeks; the sailors are still aboard.", "11 weeks", False),
    ("The channel was closed for 11 weeks while the crew were still aboard.", "11 weeks", False),
    ("The crew are still aboard, whereas the channel reopened after 11 weeks.", "11 weeks", False),
    ("Still, the closure lasted 11 weeks.", "11 weeks", False),  # "nevertheless"
    # the duration's own clause says it is running
    ("The sailors are still aboard after 11 weeks, but the channel has reopened.", "11 weeks", True),
    ("Though the channel reopened, the sailors have been stuck for 11 weeks.", "11 weeks", True),
    ("The channel reopened, but the sailors have been stuck for 11 weeks so far.", "11 weeks", True),
])
def test_only_the_durations_own_clause_says_whether_it_is_still_running(sentence, value, running):
    from discrepancy.report.content import STILL_RUNNING, own_clause
    start = sentence.index(value)
    assert bool(STILL_RUNNING.search(own_clause(sentence, (start, start + len(value))))) is running


def test_a_finished_duration_published_later_beside_another_clauses_still_gets_its_dates_alone(tmp_path, monkeypatch):
    closure = 'id = "closure"\nquestion = "How long?"\nkind = "duration"\npatterns = [\'reopened ... after {duration}\']\n'
    comparison = build_dated(tmp_path / "closure", monkeypatch, closure, "{}", {
        "a.md": ("2024-06-10", "The channel reopened on Monday after 76 days."),
        "b.md": ("2024-06-11", "The channel reopened on Monday after 76 days."),
        "c.md": ("2024-06-12", "The channel was fully reopened on Monday after nearly three months, but the sailors "
                               "are still not allowed to go home.")})
    notes = [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")]
    assert notes == ["- Published later: sources/c.md (2024-06-12) was published after every source that agrees "
                     "(the latest 2024-06-11)"]


def test_a_tie_names_the_days_of_each_tied_value_and_a_later_source_that_agrees_with_neither(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: bodies "78" (two sources), "79" (two, one the earliest),
    # "at least 77" (backing both; the corpus's "at least 78" now counts for the 78 it writes)
    # and a later "at least 82": "none (78 and 79 bodies tie, 3 sources each)", and no word of
    # when any of them was published.
    bodies = ('id = "bodies"\nquestion = "How many bodies?"\nkind = "count"\nunit = "bodies"\n'
              'patterns = [\'{count} bodies have been recovered\']\n')
    comparison = build_dated(tmp_path / "bodies", monkeypatch, bodies, "{} bodies have been recovered.",
                             {"a.txt": ("2023-06-15", "At least 77"), "b.txt": ("2023-06-15", "78"),
                              "c.txt": ("2023-06-14", "79"), "d.txt": ("2023-06-15", "78"), "e.txt": ("2023-06-16", "79"),
                              "f.txt": ("2023-06-23", "At least 82")})
    notes = [line for line in render(comparison, "markdown").splitlines() if line.startswith("- Published")]
    assert notes == [
        "- Published: the sources that agree only with 79 bodies were published from 2023-06-14 to 2023-06-16; the sources "
        "that agree only with 78 bodies were published on 2023-06-15",
        "- Published later: sources/f.txt (2023-06-23) was published after every source that agrees with a tied value "
        "(the latest 2023-06-16): where the fact changes over time, its figure may be a later one"]


def test_a_tie_whose_sources_were_all_published_on_one_day_gives_no_dates(tmp_path, monkeypatch):
    killed = 'id = "killed"\nquestion = "How many died?"\nkind = "count"\npatterns = [\'{count} dead\']\n'
    comparison = build_dated(tmp_path / "one-day", monkeypatch, killed, "The toll: {} dead.",
                             {"a.txt": ("2025-07-16", "12"), "b.txt": ("2025-07-16", "17")})
    assert "- Published" not in render(comparison, "markdown") and "none (12 and 17 tie" in render(comparison, "markdown")


def test_also_names_the_value_of_a_line_that_says_another_that_agrees(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "✗ 2,100 … :33 (also 17)" where line 17 said "more than 1,200".
    cases = 'id = "cases"\nquestion = "How many cases?"\nkind = "count"\npatterns = [\'{count} cases\']\n'
    comparison = build(tmp_path / "cases", monkeypatch,
                       {"a.txt": "More than 1,200 cases.\n\nThen 2,100 cases.\n\nAgain 2,100 cases.\n"},
                       {"cases.toml": cases})
    assert "sources/a.txt:3 (also line 1: more than 1,200; line 5)" in render(comparison, "markdown")


def test_also_names_a_second_value_on_the_shown_line_that_agrees_within_the_tolerance(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "early on Sunday AEST, ... late on Saturday in Java" was shown
    # as Sunday alone, and the Saturday that agrees with the consensus nowhere.
    crush = ('id = "crush"\nquestion = "When?"\nkind = "date"\ntolerance = "1 day"\n'
             'patterns = [\'(?:early|late) on {date}\']\n')
    comparison = build(tmp_path / "crush", monkeypatch,
                       {"a.txt": "The crush happened early on 14 September 2025 AEST, late on 13 September 2025 in Java.\n",
                        "b.txt": "The crush happened late on 13 September 2025.\n"}, {"crush.toml": crush})
    assert "sources/a.txt:1 (also line 1: 2025-09-13)" in render(comparison, "markdown")


def test_a_later_source_is_named_against_the_agreeing_sources_of_its_own_unit(tmp_path, monkeypatch):
    fee = 'id = "fee"\nquestion = "What did each pay?"\nkind = "amount"\npatterns = [\'paid {money}\']\n'
    articles = {"a.txt": ("2025-07-10", "$4,000"), "b.txt": ("2025-07-10", "$4,000"), "c.txt": ("2025-07-10", "$4,000"),
                "d.txt": ("2025-07-12", "$4,500"), "e.txt": ("2025-07-14", "€3,500"), "f.txt": ("2025-07-14", "€3,500")}
    comparison = build_dated(tmp_path / "fee", monkeypatch, fee, "Each paid {}.", articles)
    assert ("- Published later: sources/d.txt (2025-07-12) was published after every source that agrees (the latest "
            "2025-07-10)") in render(comparison, "markdown")


def test_also_says_line_before_each_line_number_so_it_is_not_read_as_a_value(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "sources/01_continental_wire.txt:1 (also 5)" in a table of counts.
    cases = 'id = "cases"\nquestion = "How many cases?"\nkind = "count"\npatterns = [\'{count} cases\']\n'
    comparison = build(tmp_path / "cases", monkeypatch,
                       {"a.txt": "2,100 cases.\n\nAgain 2,100 cases.\n", "b.txt": "2,100 cases.\n\nThen 2,100 cases.\n\n"
                                                                               "Again 2,100 cases.\n",
                        "c.txt": "2,100 cases.\n\nAt least 2,000 cases.\n"}, {"cases.toml": cases})
    locations = ["sources/a.txt:1 (also line 3)", "sources/b.txt:1 (also lines 3, 5)",
                 "sources/c.txt:1 (also line 3: at least 2,000)"]
    markdown = render(comparison, "markdown")
    assert [location in markdown for location in locations] == [True, True, True]
    terminal = render(comparison, "terminal")
    # beside the location where it fits, else on the line under it
    assert [line.split("  ")[0] for line in terminal.splitlines() if line.startswith(("sources/", "(also"))] == [
        "sources/a.txt:1 (also line 3)", "sources/b.txt:1 (also lines 3, 5)", "sources/c.txt:1",
        "(also line 3: at least 2,000)"]


CURRENCIES_RULE = 'id = "per-family"\nquestion = "How much per family?"\nkind = "amount"\npatterns = [\'{money} per family\']\n'


def test_a_self_contradiction_lists_only_the_figures_in_one_unit(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "contradicts itself: … says EUR 150,000 and USD 160,000 and EUR 50,000".
    comparison = build(tmp_path / "family", monkeypatch,
                       {"a.txt": "The state pays €150,000 per family ($160,000 per family). "
                                 "The firm adds €50,000 per family.\n",
                        "b.txt": "The state pays €150,000 per family.\n"}, {"per-family.toml": CURRENCIES_RULE})
    said = "sources/a.txt says EUR 150,000 and EUR 50,000"
    assert f"- Contradicts itself: {said}\n" in render(comparison, "markdown")
    assert f"\ncontradicts itself: {said}\n" in render(comparison, "terminal")


@pytest.mark.parametrize("unit", ["EUR", "euros"])
def test_a_rules_currency_is_not_said_again_after_values_that_say_their_own(tmp_path, monkeypatch, unit):
    # Found by a fresh-eyes corpus: "consensus: EUR 100,000 EUR", and "USD 250,000 euros tie".
    bonus = f'id = "bonus"\nquestion = "What bonus?"\nkind = "amount"\nunit = "{unit}"\npatterns = [\'bonus of {{money}}\']\n'
    articles = {"a.txt": "The bonus of €100,000 was paid.\n", "b.txt": "The bonus of €100,000 was paid.\n",
                "c.txt": "The bonus of $117,000 was paid.\n", "d.txt": "The bonus of $250,000 was paid.\n"}
    terminal = render(build(tmp_path / "bonus", monkeypatch, articles, {"bonus.toml": bonus}), "terminal")
    assert "\nconsensus: EUR 100,000\n" in terminal
    assert "\nin USD: none (USD 117,000 and USD 250,000 tie, 1 source each)" in terminal


def test_a_shared_currency_word_read_as_the_currency_the_fact_names_is_said_to_be(tmp_path, monkeypatch):
    pay = 'id = "pay"\nquestion = "How much per family?"\nkind = "amount"\npatterns = [\'pay {money} per family\']\n'
    articles = {"a.txt": "They pay 150 million Colombian pesos per family.\n",
                "b.txt": "They pay 150 million Colombian pesos per family.\n", "c.txt": "They pay 100 million pesos per family.\n"}
    markdown = render(build(tmp_path / "pesos", monkeypatch, articles, {"pay.toml": pay}), "markdown")
    assert "- Read as: “pesos” as COP, the only pesos named for this fact\n" in markdown
    assert "| ✗ COP 100 million " in markdown


def test_a_fact_one_outlets_articles_alone_state_is_said_to_be_so(tmp_path, monkeypatch):
    article = "+++\noutlet = \"The Ledger\"\n+++\n{text}\n"
    comparison = build(tmp_path / "ledger", monkeypatch,
                       {"a.txt": article.format(text="Police detained 33 Russians."),
                        "b.txt": article.format(text="Belarus detained 33 Russians, it emerged.")},
                       {"detained.toml": COUNT_RULE})
    said = "the 2 sources that agree are all The Ledger's: an outlet that repeats itself corroborates nothing"
    assert f"- One outlet: {said}\n" in render(comparison, "markdown")
    assert "**Status:** uncorroborated" in render(comparison, "markdown")
    assert json.loads(render(comparison, "json"))["verdicts"][0]["one_outlet"] == "The Ledger"


def test_a_live_pages_corrected_figure_is_listed_as_superseded_in_every_report(tmp_path, monkeypatch):
    crew = 'id = "crew"\nquestion = "How many were arrested?"\nkind = "count"\npatterns = [\'{count} men were arrested\']\n'
    live = ("**11:58** – Police now confirm four men were arrested.\n\n"
            "**07:52** – Sources say three men were arrested, *not* [all](https://x.example) crew.\n")
    comparison = build(tmp_path / "live", monkeypatch, {"live.md": live, "wire.txt": "Four men were arrested.\n"},
                       {"crew.toml": crew})
    said = "sources/live.md:3 “three” (3), in the entry of 07:52: the entry of 11:58 says 4"
    assert f"- Superseded: {said}\n" in render(comparison, "markdown")
    assert f"\nsuperseded: {said}\n" in render(comparison, "terminal")
    document = json.loads(render(comparison, "json"))
    (verdict,) = document["verdicts"]
    assert (verdict["status"], verdict["self_contradicting"]) == ("agreement", [])
    assert [(document["observations"][s["observation"]]["raw"], document["observations"][s["observation"]]["entry"])
            for s in verdict["superseded"]] == [("three", {"rank": 0, "label": "07:52", "day": None})]


def test_the_json_reports_superseded_names_the_entry_and_figures_that_correct_it(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "superseded": [6], a bare index, where the terminal says why
    # ("the entry of 10:05 PM says 171").
    crew = 'id = "crew"\nquestion = "How many were arrested?"\nkind = "count"\npatterns = [\'{count} men were arrested\']\n'
    live = ("**11:58** – Police now confirm four men were arrested.\n\n"
            "**07:52** – Sources say three men were arrested.\n")
    comparison = build(tmp_path / "live", monkeypatch, {"live.md": live, "wire.txt": "Four men were arrested.\n"},
                       {"crew.toml": crew})
    document = json.loads(render(comparison, "json"))
    (superseded,) = document["verdicts"][0]["superseded"]
    observations = document["observations"]
    assert (superseded["entry"], superseded["text"]) == (
        {"rank": 1, "label": "11:58", "day": None},
        "sources/live.md:3 “three” (3), in the entry of 07:52: the entry of 11:58 says 4")
    assert [(observations[i]["raw"], observations[i]["line"]) for i in [superseded["observation"], *superseded["by"]]] == [
        ("three", 3), ("four", 1)]


def test_an_official_pages_update_supersedes_its_original_and_counts_from_its_own_day(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: a commission's provisional 68.41% and, under "*Updated 28 March 2026,
    # 14:00*", its final 68.93%: the page contradicted itself, the stale figure was the consensus, and
    # "published later" went by the page's date of 22 March.
    turnout = 'id = "turnout"\nquestion = "Turnout?"\nkind = "amount"\npatterns = [\'turnout (?:was|of) {percent}\']\n'
    commission = ("+++\npublished = 2026-03-22\n+++\n# Results\n\nThe commission announces the provisional results of the "
                  "election held today.\n\nOf 1,693,482 voters on the roll, 1,158,538 voted, a provisional turnout of 68.41 %.\n\n"
                  "## Final results\n\n*Updated 28 March 2026, 14:00*\n\nFinal turnout was 68.93 %.\n")
    wire = "+++\npublished = 2026-03-23\n+++\nThe provisional turnout was 68.41 %.\n"
    comparison = build(tmp_path / "results", monkeypatch, {"commission.md": commission, "wire.txt": wire, "paper.txt": wire},
                       {"turnout.toml": turnout})
    markdown = render(comparison, "markdown")
    assert ("- Superseded: sources/commission.md:8 “68.41 %” (68.41%), in the entry of 22 March 2026: the entry of "
            "28 March 2026, 14:00 says 68.93%\n") in markdown
    assert ("- Published later: sources/commission.md (2026-03-28) was published after every source that agrees "
            "(the latest 2026-03-23): where the fact changes over time, its figure may be a later one\n") in markdown
    assert "Contradicts itself" not in markdown


def test_the_superseded_note_names_what_the_latest_entry_says_not_the_pages_opening(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "a later entry of the page says 104 and 9", where the 104 was
    # the opening's "Key points", not an entry, and the latest entry said 9 alone.
    survivors = 'id = "s"\nquestion = "How many survivors?"\nkind = "count"\npatterns = [\'{count} survivors\']\n'
    live = ("# Live\n\n- 104 survivors in all\n\n### 23:05 – Arrests\n\nNine survivors were arrested.\n\n"
            "### 12:30 – Moved\n\nThe 104 survivors were moved.\n")
    comparison = build(tmp_path / "live", monkeypatch, {"live.md": live}, {"s.toml": survivors})
    said = "sources/live.md:11 “104” (104), in the entry of 12:30: the entry of 23:05 says 9"
    assert f"\nsuperseded: {said}\n" in render(comparison, "terminal")


def test_the_github_note_names_only_the_sources_compared_in_the_consensus_unit(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "the consensus is EUR 150 million, from …, 06_ocean_security_review.md",
    # a source that said only "some $160 million".
    value = 'id = "value"\nquestion = "What is it worth?"\nkind = "amount"\npatterns = [\'worth {money}\']\n'
    # (b.txt's dollars in a sentence of their own: right after its euros, they would be their conversion)
    articles = {"a.txt": "It is worth €150 million.\n", "b.txt": "It is worth €150 million. It is worth $163 million.\n",
                "c.txt": "It is worth €200 million.\n", "d.txt": "It is worth some $160 million.\n"}
    comparison = build(tmp_path / "value", monkeypatch, articles, {"value.toml": value})
    warning, _ = render(comparison, "github").splitlines()  # and the error for missing.txt
    assert warning.startswith("::warning file=sources/c.txt,line=1,title=What is it worth?::This line says EUR 200 "
                              "million; the consensus is EUR 150 million, from sources/a.txt, sources/b.txt.%0A")
    verdict = json.loads(render(comparison, "json"))["verdicts"][0]
    assert (verdict["agreeing"], verdict["disagreeing"], verdict["other_unit"]) == (
        ["sources/a.txt", "sources/b.txt"], ["sources/c.txt"], [])
    assert [{key: other[key] for key in ("unit", "agreeing", "siding", "disagreeing")}
            for other in verdict["other_units"]] == [
        {"unit": "USD", "agreeing": ["sources/b.txt", "sources/d.txt"], "siding": [], "disagreeing": []}]


def test_the_github_note_on_a_figure_in_another_unit_names_that_units_consensus(tmp_path, monkeypatch):
    fee = 'id = "fee"\nquestion = "What did each pay?"\nkind = "amount"\npatterns = [\'paid {money}\']\n'
    articles = {**{f"{n}.txt": "Each paid $4,000.\n" for n in range(4)},
                "d.txt": "Each paid €3,500.\n", "e.txt": "Each paid €3,500.\n", "f.txt": "Each paid €4,000.\n"}
    comparison = build(tmp_path / "fee", monkeypatch, articles, {"fee.toml": fee})
    warning, _ = render(comparison, "github").splitlines()  # and the error for missing.txt
    assert warning.startswith("::warning file=sources/f.txt,line=1,title=What did each pay?::This line says EUR 4,000; "
                              "the consensus among the sources in EUR is EUR 3,500, from sources/d.txt, sources/e.txt.%0A")


def test_the_tolerance_is_shown_beside_the_consensus_where_it_is_not_zero(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: "consensus: 2025-03-06" over a ✓ 2025-03-07, with nothing
    # saying that the rule lets dates a day apart agree.
    seized = ('id = "seized"\nquestion = "When?"\nkind = "date"\ntolerance = "1 day"\n'
              'patterns = [\'seized on {date}\']\n')
    crowd = ('id = "crowd"\nquestion = "How many marched?"\nkind = "count"\nunit = "people"\ntolerance = "5%"\n'
             'patterns = [\'{count} marched\']\n')
    share = ('id = "share"\nquestion = "What share?"\nkind = "amount"\ntolerance = 0.5\n'
             'patterns = [\'share of {percent}\']\n')
    held = 'id = "held"\nquestion = "How long?"\nkind = "duration"\ntolerance = "12 hours"\npatterns = [\'held {duration}\']\n'
    exact = COUNT_RULE
    text = ("They were seized on 6 March 2025. 1,000 marched. A share of 31%. They were held 3 days. "
            "Police detained 33 Russians.\n")
    comparison = build(tmp_path / "tolerant", monkeypatch,
                       {"a.txt": text, "b.txt": text.replace("6 March", "7 March").replace("1,000", "1,040")},
                       {"seized.toml": seized, "crowd.toml": crowd, "share.toml": share, "held.toml": held,
                        "count.toml": exact})
    terminal = render(comparison, "terminal")
    # (1,040 before the 1,000 that rounds it: see compare._rounding_a_finer_figure)
    assert [line for line in terminal.splitlines() if line.startswith("consensus:")] == [
        "consensus: 1,040 people · tolerance: 5% of the larger value (values that far apart agree)",
        "consensus: 3 days · tolerance: 12 hours (values that far apart agree)",
        "consensus: 33",
        "consensus: 2025-03-06 · tolerance: 1 day (values that far apart agree)",
        "consensus: 31% · tolerance: 0.5 percentage points (values that far apart agree)"]
    markdown = render(comparison, "markdown")
    assert ("**Rule:** seized · **Consensus:** 2025-03-06 · **Tolerance:** 1 day (values that far apart agree)\n"
            in markdown)
    assert "**Rule:** russians-detained · **Consensus:** 33\n" in markdown


def test_the_json_report_gives_a_counts_values_the_rules_unit(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: under unit = "feet", "consensus": {"unit": null, ...}, where a
    # sum's consensus says its currency ("USD"); the terminal says "16,000 feet".
    feet = ('id = "altitude"\nquestion = "At what altitude?"\nkind = "count"\nunit = "feet"\n'
            "patterns = ['climbed to {count} ?(?:feet|ft)']\n")
    comparison = build(tmp_path / "feet", monkeypatch, {"a.txt": "It climbed to 16,000 feet.\n",
                                                         "b.txt": "It climbed to 16,000ft.\n"}, {"feet.toml": feet})
    document = json.loads(render(comparison, "json"))
    (verdict,) = document["verdicts"]
    assert (verdict["consensus"]["unit"], verdict["compared_unit"]) == ("feet", "feet")
    assert [c["value"]["unit"] for c in verdict["claims"]] == ["feet", "feet"]
    assert [o["value"]["unit"] for o in document["observations"]] == ["feet", "feet"]
    assert document["rules"][0]["unit"] == "feet"


def test_the_json_report_leaves_a_count_without_a_rule_unit_unitless(tmp_path, monkeypatch):
    comparison = build(tmp_path / "bare", monkeypatch, {"a.txt": "Police detained 33 Russians.\n",
                                                         "b.txt": "Belarus detained 33 Russians.\n"},
                       {"detained.toml": COUNT_RULE})
    (verdict,) = json.loads(render(comparison, "json"))["verdicts"]
    assert (verdict["consensus"]["unit"], verdict["compared_unit"]) == (None, None)


def test_a_live_page_that_stamps_its_entries_as_updates_supersedes_its_older_figures(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus (fresh60 #5): a newest-first live page stamping each entry "Updated: Jun 04,
    # 2023 13:20 IST" lost its two newest stamps as the page's own, so "contradicts itself: 275 and 288"
    # where its bold-stamped twin set the older 288 and 261 aside.
    toll = ('id = "toll"\nquestion = "Dead?"\nkind = "count"\n'
            "patterns = ['toll (?:is|was|climbs to) {count}', '{count} dead', 'toll revised to {count}']\n")
    live = ("+++\npublished = 2023-06-02\n+++\n[Home](/) / [Odisha](/odisha) / Train accident LIVE updates\n\n"
            "# Train accident LIVE updates: toll revised to 275\n\n**Key points**\n\n- The death toll has been revised to 275\n\n"
            "Updated: Jun 04, 2023 23:05 IST\n\nDown-line restored. Train services on the section resumed.\n\n"
            "Updated: Jun 04, 2023 13:20 IST\n\nToll revised. The chief secretary says the toll is 275, not 288.\n\n"
            "Updated: Jun 03, 2023 19:30 IST\n\nRailways confirm 288 dead.\n\n"
            "Updated: Jun 03, 2023 11:05 IST\n\nToll climbs to 261, says the railway.\n")
    comparison = build(tmp_path / "live", monkeypatch, {"live.md": live}, {"toll.toml": toll})
    (verdict,) = json.loads(render(comparison, "json"))["verdicts"]
    assert (verdict["self_contradicting"], [superseded["text"] for superseded in verdict["superseded"]]) == ([], [
        "sources/live.md:22 “288” (288), in the entry of Jun 03, 2023 19:30 IST: the entry of Jun 04, 2023 13:20 IST says 275",
        "sources/live.md:26 “261” (261), in the entry of Jun 03, 2023 11:05 IST: the entry of Jun 04, 2023 13:20 IST says 275"])
