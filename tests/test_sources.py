"""Tests for `discrepancy.sources`: articles on disk, their metadata, and the text worth reading.

* Metadata comes from a `sources.toml` manifest and from `+++` front matter; where both give
  a field, the front matter wins, field by field.
* A broken manifest stops the run (it would mislabel every article); an entry for a file that
  is not there, and a broken article, are a `SourceProblem` naming the file and line, and the
  other articles still load.
* YAML front matter gives `boilerplate` as TOML does; a field of ours is read or is an error,
  and a key that looks like a misspelt field is reported.
* Whatever the bytes (BOM, CRLF, lone CR, front matter), `Source.line_of` maps an offset in
  the text to the line a person sees in the original file.
* Web boilerplate is blanked to spaces in `scan_text`, so offsets and lines do not move.
  The demo articles in sources/ show this on real pages. An author's `boilerplate` pattern
  leaves out each line it matches anywhere in, as grep does; one that matches no line is a
  problem, never silent.

Temporary corpora are written under the working directory, so paths read as `news/a.txt`.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from discrepancy import sources
from discrepancy.errors import InputError
from discrepancy.sources import (LINE_ANCHORS, Source, SourceProblem, blank_boilerplate, format_at_word_ends,
                                 line_anchored, load_sources, without_markdown)
from discrepancy.values import FORMAT_CHARACTERS

KNOWN_FIELDS = "known fields: boilerplate, notes, numeric_dates, outlet, published, published_estimated, title, updated, url"
UNMATCHED_HINT = ("each line is searched on its own, in any case, as grep does: "
                  "compare the pattern with the line it should leave out, or remove it")
from discrepancy.values import Published

ROOT = Path(__file__).resolve().parent.parent
DEMO_000 = "sources/000_c0c177431e9f6d24.txt"
DEMO_001 = "sources/001_3bedd8249bf613bf.txt"
DEMO_002 = "sources/002_7193b425b51c235d.txt"
DEMO_004 = "sources/004_b7662e16b4581a0c.txt"


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="module")
def demo() -> dict[str, Source]:
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        sources, problems = load_sources(["sources"])
    finally:
        os.chdir(here)
    assert problems == []
    return {s.path: s for s in sources}


def write(path: str, content: str | bytes) -> None:
    file = Path(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        file.write_bytes(content)
    else:
        file.write_text(content, encoding="utf-8")


def lines_of(text: str) -> list[str]:
    return text.split("\n")


def offset_of(source: Source, needle: str) -> int:
    return source.text.index(needle)


# ===========================================================================
# Metadata: manifest and front matter
# ===========================================================================

MANIFEST = """\
# Metadata for the articles in this folder.

[[source]]
file = "euronews.txt"
outlet = "Euronews"
title = "Ties between Russia and Belarus cool"
published = 2020-08-07
url = "https://www.euronews.com/2020/08/07/ties"

[[source]]
file = "analysis.txt"
outlet = "Analysis site"
published = 2020-08-05
published_estimated = true
notes = "It names August 6th as a coming date."
"""


def test_manifest_gives_metadata(workdir):
    write("news/sources.toml", MANIFEST)
    write("news/euronews.txt", "Belarus detained 33 Russians.\n")
    write("news/analysis.txt", "Belarus detained 32 Russians.\n")
    sources, problems = load_sources(["news"])
    assert problems == []
    analysis, euronews = sources
    assert (euronews.path, euronews.outlet, euronews.title, euronews.url, euronews.published) == (
        "news/euronews.txt", "Euronews", "Ties between Russia and Belarus cool",
        "https://www.euronews.com/2020/08/07/ties", Published(date(2020, 8, 7), False))
    assert (analysis.path, analysis.outlet, analysis.title, analysis.notes) == (
        "news/analysis.txt", "Analysis site", None, "It names August 6th as a coming date.")


def test_published_estimated_is_carried(workdir):
    write("news/sources.toml", MANIFEST)
    write("news/euronews.txt", "Belarus detained 33 Russians.\n")
    write("news/analysis.txt", "Belarus detained 32 Russians.\n")
    sources, _ = load_sources(["news"])
    analysis = sources[0]
    assert analysis.published == Published(date(2020, 8, 5), estimated=True)
    assert analysis.published.note() == "published 2020-08-05 (estimated)"


def test_front_matter_wins_field_by_field(workdir):
    write("news/sources.toml", MANIFEST)
    write("news/analysis.txt", "Belarus detained 32 Russians.\n")
    write("news/euronews.txt", """\
+++
outlet = "Euronews (AP)"
published = 2020-08-08
+++
Belarus detained 33 Russians.
""")
    sources, problems = load_sources(["news"])
    assert problems == []
    euronews = sources[1]
    # from the front matter
    assert euronews.outlet == "Euronews (AP)"
    assert euronews.published == Published(date(2020, 8, 8), False)
    # from the manifest, which the front matter does not mention
    assert euronews.title == "Ties between Russia and Belarus cool"
    assert euronews.url == "https://www.euronews.com/2020/08/07/ties"
    # the metadata block is not part of the article's text
    assert (euronews.text, euronews.first_line) == ("Belarus detained 33 Russians.\n", 5)


def test_front_matter_alone(workdir):
    write("news/tass.md", """\
+++
outlet = "TASS"
title = "Peskov on the detentions"
published = 2020-07-30
published_estimated = true
url = "https://tass.com/x"
notes = "Translated."
boilerplate = ['Photo: .*']
+++
Photo: ITAR-TASS
Belarus detained 33 Russians.
""")
    (tass,), problems = load_sources(["news"])
    assert problems == []
    assert (tass.outlet, tass.title, tass.url, tass.notes, tass.published) == (
        "TASS", "Peskov on the detentions", "https://tass.com/x", "Translated.",
        Published(date(2020, 7, 30), True))
    assert lines_of(tass.scan_text)[:2] == [" " * len("Photo: ITAR-TASS"), "Belarus detained 33 Russians."]


def test_article_without_metadata(workdir):
    write("news/meduza.txt", "KGB officers detained 33 Russians.\n")
    (meduza,), problems = load_sources(["news"])
    assert problems == []
    assert (meduza.path, meduza.name, meduza.outlet, meduza.published, meduza.first_line) == (
        "news/meduza.txt", "meduza.txt", None, Published(None), 1)


# ---------------------------------------------------------------------------
# A broken manifest stops the run


def manifest_error(text: str) -> InputError:
    write("news/a.txt", "Belarus detained 33 Russians.\n")
    write("news/sources.toml", text)
    with pytest.raises(InputError) as caught:
        load_sources(["news"])
    return caught.value


def test_manifest_unknown_field(workdir):
    error = manifest_error("""\
# one entry

[[source]]
file = "a.txt"
outlet = "Euronews"
paywalled = true
""")
    assert (error.path, error.line, error.message) == ("news/sources.toml", 6, "unknown metadata field 'paywalled'")
    assert error.hint == f"rename the key, or remove it; {KNOWN_FIELDS}"


def test_manifest_skips_the_keys_a_site_keeps_for_itself(workdir):
    write("news/sources.toml", '[[source]]\nfile = "a.txt"\noutlet = "Euronews"\nauthor = "Mary Colombel"\n'
                               'tags = ["Belarus"]\n')
    write("news/a.txt", "Belarus detained 33 Russians.\n")
    (source,), problems = load_sources(["news"])
    assert (source.outlet, problems) == ("Euronews", [])


def test_manifest_unknown_field_names_the_field_it_is_nearest_to(workdir):
    error = manifest_error('[[source]]\nfile = "a.txt"\npubished = 2020-08-07\n')
    assert (error.path, error.line, error.message, error.hint) == (
        "news/sources.toml", 3, "unknown metadata field 'pubished'",
        f"did you mean 'published'? Rename the key, or remove it; {KNOWN_FIELDS}")


def test_manifest_describes_a_file_twice(workdir):
    error = manifest_error("""\
[[source]]
file = "a.txt"
outlet = "Euronews"

[[source]]
file = "a.txt"
outlet = "AP"
""")
    assert (error.path, error.line, error.message, error.hint) == (
        "news/sources.toml", 5, "'a.txt' is described twice", "merge the two [[source]] tables")


def test_manifest_entry_without_file(workdir):
    error = manifest_error("""\
[[source]]
file = "a.txt"

[[source]]
outlet = "AP"
""")
    assert (error.path, error.line, error.message, error.hint) == (
        "news/sources.toml", 4, '[[source]] has no file = "..."', "name the article file this entry describes")


def test_manifest_published_not_a_date(workdir):
    error = manifest_error("""\
[[source]]
file = "a.txt"
published = "05/08/2020"
""")
    assert (error.path, error.line, error.message, error.hint) == (
        "news/sources.toml", 3, "published = '05/08/2020' is not a date",
        "write it as 2020-08-07 (year-month-day), or as a day with its month and year (7 August 2020)")


@pytest.mark.parametrize("written", ['"7 August 2020"', '"August 7, 2020"', '"Friday, 7 August 2020"',
                                     "2020-08-07T23:30:00-05:00", '"2020-08-07T10:00:00Z"', '"2020-08-07 10:00"'])
def test_a_publication_date_is_read_as_sites_write_it(workdir, written):
    write("news/a.txt", "Belarus detained 33 Russians.\n")
    write("news/sources.toml", f'[[source]]\nfile = "a.txt"\npublished = {written}\n')
    (source,), _ = load_sources(["news"])
    assert source.published.day == date(2020, 8, 7)


LIVE_NIGHT = "### 10:02 BST\n\nFinal.\n\n### 01:12 BST\n\nPolls closed at 10pm yesterday.\n\n### 21:45 BST\n\nOpening.\n"


@pytest.mark.parametrize("name, front", [
    ("a.md", "+++\npublished = 2024-07-05\nupdated = 2024-07-05T10:15:00\n+++\n"),
    ("a.md", "---\ndate: 2024-07-05\nupdated: 2024-07-05 10:15\n---\n"),
    ("a.md", '+++\npublished = 2024-07-05\nupdated = "5 July 2024"\n+++\n'),
])
def test_a_live_pages_updated_bounds_its_entries_days(workdir, name, front):
    # fresh56 #2: published the day of the last update, the entries counted from it were a day late
    write(f"news/{name}", front + LIVE_NIGHT)
    (source,), problems = load_sources(["news"])
    assert ([entry.stamp.day for entry in source.entries], problems) == (
        [date(2024, 7, 5), date(2024, 7, 5), date(2024, 7, 4)], [])


def test_an_updated_in_a_sites_own_form_is_reported_and_the_article_read_without_it(workdir):
    write("news/a.md", "---\ndate: 2024-07-05\nupdated: 3 hours ago\n---\n" + LIVE_NIGHT)
    (source,), problems = load_sources(["news"])
    assert ([entry.stamp.day for entry in source.entries], problems) == (
        [date(2024, 7, 6), date(2024, 7, 6), date(2024, 7, 5)],
        [SourceProblem("news/a.md", "updated = '3 hours ago' is not a date (write it as 2024-07-05T10:15; the "
                                    "article is read without it)", left_out=False)])


def test_an_updated_before_published_is_reported_and_the_article_read_without_it(workdir):
    # Found in review: it moved the page's entries to days before the page was published.
    write("news/a.md", "+++\npublished = 2024-07-05\nupdated = 2024-07-03\n+++\n" + LIVE_NIGHT)
    (source,), problems = load_sources(["news"])
    assert ([entry.stamp.day for entry in source.entries], problems) == (
        [date(2024, 7, 6), date(2024, 7, 6), date(2024, 7, 5)],
        [SourceProblem("news/a.md", "updated = 2024-07-03 is before published = 2024-07-05 (write the day of the "
                                    "page's last update; the article is read without it)", left_out=False)])


def test_yaml_front_matter_reads_a_date_in_words(workdir):
    write("news/a.md", "---\ntitle: Detained\ndate: 9 April 2025\n---\nBelarus detained 33 Russians.\n")
    (source,), _ = load_sources(["news"])
    assert source.published.day == date(2025, 4, 9)


def test_manifest_not_valid_toml(workdir):
    error = manifest_error("""\
[[source]]
file = "a.txt"
outlet = Euronews
""")
    assert (error.path, error.line, error.message) == ("news/sources.toml", 3, "not valid TOML: Invalid value")


def test_manifest_unknown_top_level_key(workdir):
    error = manifest_error("""\
# sources
[[sources]]
file = "a.txt"
""")
    assert (error.path, error.line, error.message, error.hint) == (
        "news/sources.toml", 2, "unknown top-level key 'sources'", "describe each article in a [[source]] table")


def test_manifest_entry_for_a_missing_file_is_a_problem_and_the_rest_still_applies(workdir):
    write("news/a.txt", "Belarus detained 33 Russians.\n")
    write("news/sources.toml", """\
[[source]]
file = "a.txt"
outlet = "Euronews"

[[source]]
file = "b.txt"
outlet = "Nobody"
""")
    (source,), problems = load_sources(["news"])
    assert (source.path, source.outlet) == ("news/a.txt", "Euronews")
    assert problems == [SourceProblem(
        "news/sources.toml", "'b.txt' does not exist next to the manifest, so this entry describes nothing "
                             "(fix the file name or remove the entry)", 6, left_out=False)]


@pytest.mark.parametrize("manifest, line", [('# one\n[source]\nfile = "a.txt"\n', 2), ('source = "a.txt"\n', 1)])
def test_manifest_source_that_is_not_a_list_of_tables(workdir, manifest, line):
    error = manifest_error(manifest)
    assert (error.path, error.line, error.message, error.hint) == (
        "news/sources.toml", line, "source is not a list of tables",
        "describe each article in a [[source]] table, with two brackets")


def test_toml_front_matter_between_dashes_is_read_not_left_in_the_text(workdir):
    # A common slip for +++: left in the body, "published = 2020-07-30" would be read as a date.
    write("news/a.md", '---\noutlet = "TASS"\npublished = 2020-07-30\n---\nBelarus detained 33 Russians.\n')
    (tass,), problems = load_sources(["news"])
    assert problems == []
    assert (tass.outlet, tass.published, tass.text) == ("TASS", Published(date(2020, 7, 30)),
                                                        "Belarus detained 33 Russians.\n")
    assert tass.line_of(tass.text.index("33")) == 5


def test_toml_front_matter_between_dashes_never_closed(workdir):
    write("news/a.md", '---\noutlet = "TASS"\nBelarus detained 33 Russians.\n')
    assert load_sources(["news"]) == ([], [SourceProblem(
        "news/a.md", "front matter opened with --- is never closed "
                     "(end the metadata block with a line holding only ---)", 1)])


# ---------------------------------------------------------------------------
# A broken article is a problem; the others still load


def test_front_matter_never_closed(workdir):
    write("news/a.txt", '+++\noutlet = "Euronews"\nBelarus detained 33 Russians.\n')
    write("news/b.txt", "Belarus detained 32 Russians.\n")
    sources, problems = load_sources(["news"])
    assert [s.path for s in sources] == ["news/b.txt"]
    assert problems == [SourceProblem(
        "news/a.txt", "front matter opened with +++ is never closed "
                      "(end the metadata block with a line holding only +++)", 1)]


def test_a_misspelt_front_matter_key_leaves_the_file_out_and_names_the_key_it_is_nearest_to(workdir):
    write("news/a.md", '+++\noutlet = "TASS"\npubished = 2020-07-30\n+++\nBelarus detained 33 Russians.\n')
    write("news/b.txt", "Belarus detained 32 Russians.\n")
    sources, problems = load_sources(["news"])
    assert [s.path for s in sources] == ["news/b.txt"]
    assert problems == [SourceProblem(
        "news/a.md", f"unknown metadata field 'pubished' (did you mean 'published'? Rename the key, or remove it; "
                     f"{KNOWN_FIELDS})", 3)]


SITE_FRONT_MATTER = {
    "toml": '+++\noutlet = "TASS"\npublished = 2020-07-30\nauthor = "A. Writer"\nbyline = "By A. Writer"\n'
            'authors = ["A. Writer", "B. Reporter"]\ntags = ["Belarus", "Wagner"]\nsection = "World"\n'
            'subtitle = "Peskov speaks"\nupdated = 2020-07-31\nlanguage = "en"\n[image]\nsrc = "a.jpg"\n+++\n',
    "yaml": '---\noutlet: TASS\npublished: 2020-07-30\nauthor: A. Writer\nbyline: By A. Writer\n'
            'authors:\n  - A. Writer\ntags: [Belarus, Wagner]\nsection: World\nsubtitle: Peskov speaks\n'
            'updated: 2020-07-31\nlanguage: en\nimage: a.jpg\n---\n',
}


@pytest.mark.parametrize("form", sorted(SITE_FRONT_MATTER))
def test_the_keys_a_site_keeps_for_itself_are_skipped_in_either_form(workdir, form):
    write("news/a.md", SITE_FRONT_MATTER[form] + "Belarus detained 33 Russians.\n")
    (source,), problems = load_sources(["news"])
    assert (source.outlet, source.published, source.text, problems) == (
        "TASS", Published(date(2020, 7, 30), False), "Belarus detained 33 Russians.\n", [])


@pytest.mark.parametrize("key, hint", [
    ("date = 2020-07-30", "did you mean 'published'? Rename the key, or remove it"),  # YAML reads date as published
    ("source = \"TASS\"", "did you mean 'outlet'? Rename the key, or remove it"),
    ("wordcount = 800", "rename the key, or remove it"),
])
def test_another_toml_key_leaves_the_file_out_and_says_which_field_it_may_be(workdir, key, hint):
    write("news/a.md", f'+++\noutlet = "TASS"\n{key}\n+++\nBelarus detained 33 Russians.\n')
    assert load_sources(["news"]) == ([], [SourceProblem(
        "news/a.md", f"unknown metadata field {key.split()[0]!r} ({hint}; {KNOWN_FIELDS})", 3)])


def test_front_matter_not_valid_toml(workdir):
    write("news/a.txt", '+++\noutlet = "Euronews"\ntitle = "Ties between\n+++\nBody.\n')
    sources, problems = load_sources(["news"])
    assert sources == []
    assert problems == [SourceProblem(
        "news/a.txt", "front matter is not valid TOML: Illegal character '\\n' "
                      '(write metadata as key = "value" lines)', 3)]


def test_invalid_utf8_names_file_and_line_and_the_run_goes_on(workdir):
    # cp1252 em dash (0x97) on the third line
    write("news/a.txt", b"Minsk, 30 July.\nBelarus detained\n33 Russians \x97 the KGB said.\n")
    write("news/b.txt", "Belarus detained 32 Russians.\n")
    sources, problems = load_sources(["news"])
    assert [s.path for s in sources] == ["news/b.txt"]
    assert problems == [SourceProblem(
        "news/a.txt", "not valid UTF-8 (byte 45: 0x97) "
        "(it looks like Windows Western European (cp1252): re-save it as UTF-8, e.g. `iconv -f cp1252 -t utf-8`)", 3)]


def test_binary_file_is_a_problem(workdir):
    write("news/photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write("news/b.txt", "Belarus detained 32 Russians.\n")
    sources, problems = load_sources(["news"])
    assert [s.path for s in sources] == ["news/b.txt"]
    assert problems == [SourceProblem(
        "news/photo.txt", "looks like a binary file, not an article "
                          "(keep only .txt or .md articles in the sources folder)", None)]


def test_missing_path_is_a_problem(workdir):
    write("news/b.txt", "Belarus detained 32 Russians.\n")
    sources, problems = load_sources(["news", "old-news"])
    assert [s.path for s in sources] == ["news/b.txt"]
    assert problems == [SourceProblem("old-news", "no such file or folder")]


def test_only_articles_are_read_in_sorted_order(workdir):
    write("news/b.md", "Two.\n")
    write("news/a.txt", "One.\n")
    write("news/notes.docx", "not an article")
    write("news/.draft.txt", "hidden")
    write("news/.hidden/c.txt", "hidden folder")
    write("news/sub/c.markdown", "Three.\n")
    sources, problems = load_sources(["news", "news/a.txt"])
    assert problems == []
    assert [s.path for s in sources] == ["news/a.txt", "news/b.md", "news/sub/c.markdown"]


# ===========================================================================
# Bytes and line numbers
# ===========================================================================

ARTICLE = "Minsk, 30 July.\nBelarus detained\n\n33 Russians, the KGB said.\n"


@pytest.mark.parametrize("name, data", [
    ("lf.txt", ARTICLE.encode()),
    ("bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode()),
    ("crlf.txt", ARTICLE.replace("\n", "\r\n").encode()),
    ("cr.txt", ARTICLE.replace("\n", "\r").encode()),
])
def test_text_and_lines_are_the_same_whatever_the_bytes(workdir, name, data):
    write(f"news/{name}", data)
    (source,), problems = load_sources(["news"])
    assert problems == []
    assert source.text == ARTICLE
    assert [source.line_of(offset_of(source, word)) for word in ("Minsk", "Belarus", "33", "KGB")] == [1, 2, 4, 4]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_lines_after_front_matter_count_the_front_matter(workdir, newline):
    text = '+++\noutlet = "Euronews"\npublished = 2020-08-07\n+++\n' + ARTICLE
    write("news/a.md", text.replace("\n", newline).encode())
    (source,), problems = load_sources(["news"])
    assert problems == []
    assert (source.first_line, source.text, source.outlet) == (5, ARTICLE, "Euronews")
    assert [source.line_of(offset_of(source, word)) for word in ("Minsk", "Belarus", "33")] == [5, 6, 8]


def test_front_matter_after_a_bom(workdir):
    write("news/a.md", b'\xef\xbb\xbf+++\noutlet = "Euronews"\n+++\nBelarus detained 33 Russians.\n')
    (source,), problems = load_sources(["news"])
    assert problems == []
    assert (source.outlet, source.first_line, source.line_of(offset_of(source, "33"))) == ("Euronews", 4, 4)


def test_line_of_at_line_edges():
    source = Source(path="a.txt", text="ab\ncd\n\nef", first_line=3)
    assert [source.line_of(i) for i in range(len(source.text) + 1)] == [3, 3, 3, 4, 4, 4, 5, 6, 6, 6]


# ===========================================================================
# Boilerplate
# ===========================================================================


def test_blanking_keeps_offsets_and_newlines():
    body = "Share this article\nBelarus detained 33 Russians.\nAdvertisement\n"
    scan, skipped = blank_boilerplate(body)
    assert len(scan) == len(body)
    assert lines_of(scan) == [" " * 18, "Belarus detained 33 Russians.", " " * 13, ""]
    assert skipped == 2


@pytest.mark.parametrize("line", ["© 2024 Andes Wire Service. All rights reserved.", "(c) 2024 AWS",
                                  "Copyright 2024 Reuters", "Andes Wire Service 2024. All Rights Reserved"])
def test_copyright_lines_are_blanked(line):
    scan, skipped = blank_boilerplate(f"Belarus detained 33 Russians.\n{line}\n")
    assert (lines_of(scan), skipped) == (["Belarus detained 33 Russians.", " " * len(line), ""], 1)


@pytest.mark.parametrize("line", ["SUBSCRIBE: Get unlimited digital access for just $1 for 6 months",
                                  "Facebook Twitter Email Share", "Share: X | LinkedIn | Copy link"])
def test_paywall_promos_and_share_bars_are_blanked(line):
    # Found by a fresh-eyes corpus: "for 6 months" was read beside the real "22 years".
    scan, skipped = blank_boilerplate(f"Belarus detained 33 Russians.\n{line}\n")
    assert (lines_of(scan), skipped) == (["Belarus detained 33 Russians.", " " * len(line), ""], 1)


@pytest.mark.parametrize("line", ["Subscribers rose 12% to 3 million.", "Twitter said 5 people left.", "X",
                                  "(c) the firm will pay $5 million to the families."])
def test_lines_that_merely_open_like_furniture_are_prose(line):
    assert blank_boilerplate(f"Belarus detained 33 Russians.\n{line}\n")[1] == 0


def test_a_long_line_that_ends_with_all_rights_reserved_is_prose():
    line = "Belarus detained 33 Russians on July 29, " * 6 + "all rights reserved."
    assert blank_boilerplate(f"{line}\n") == (f"{line}\n", 0)


def test_no_line_of_furniture_is_empty_so_empty_lines_are_passed_over():
    # WholeLines tries a furniture pattern only at lines that hold something: that is the
    # same search only while no such pattern matches an empty line.
    one_line = [sources._BOILERPLATE, sources._TRAILER,
                *(lines for _, lines in sources._WORDED_BOILERPLATE)]
    assert [lines for lines in one_line if lines._first.match("")] == []
    body = "Belarus detained 33 Russians.\n\n\nAdvertisement\n\nRelated\n\n"
    assert sources._BOILERPLATE.spans(body) == [(32, 45)]
    assert sources._TRAILER.spans(body) == [(47, 54)]


def test_an_image_line_takes_the_blank_lines_before_it():
    assert sources._IMAGE_LINE.spans("Text.\n\n\n![A photo](x.jpg)\nMore.") == [(6, 25)]


def test_lines_of_furniture_found_by_their_words_are_left_out_with_the_others_in_order():
    # "All rights reserved" and the ticker are looked for only where their words are: a line
    # that both kinds match is left out once, and the lines keep their order.
    body = ("Copyright 2026 The Ledger. All rights reserved.\nBelarus detained 33 Russians.\n"
            "FTSE 100 8,123.45 +0.3% | DAX 19,210.10 -0.1%\nShare on X\n"
            "The Ledger 2026. ALL RIGHTS RESERVED\nPolice said 12 were freed.\n")
    scan, skipped = blank_boilerplate(body)
    assert lines_of(scan) == [" " * 47, "Belarus detained 33 Russians.", " " * 45, " " * 10, " " * 36,
                              "Police said 12 were freed.", ""]
    assert skipped == 4


def test_trailer_after_a_marker_is_blanked():
    body = "Belarus detained 33 Russians.\n\nRelated stories\n\nPutin visits Minsk on July 29\n"
    scan, _ = blank_boilerplate(body)
    assert lines_of(scan) == ["Belarus detained 33 Russians.", "", " " * 15, "", " " * 29, ""]


def test_reporting_after_a_newsletter_promo_is_the_article_going_on():
    # Found by a fresh-eyes corpus: a mid-article promo hid the last two paragraphs, silently.
    lead = "A former deputy minister was jailed yesterday for five years, in a verdict hailed by his opponents.\n\n"
    rest = ("The verdict came four days after the election on 12 October, in which the party took 38.4 per cent.\n\n"
            "The court also fined him 3.5m zloty, the prosecutors said in a statement on Friday afternoon.\n")
    scan, skipped = blank_boilerplate(f"{lead}Subscribe to our newsletter\n\n{rest}")
    assert (scan, skipped) == (f"{lead}{' ' * 27}\n\n{rest}", 1)


def test_teasers_after_a_list_label_at_the_end_of_the_page_are_still_blanked():
    lead = "Belarus detained 33 Russians on Wednesday, the state news agency said in a statement on Thursday.\n" * 4
    teasers = ("Two killed in Ghent warehouse blaze last month, the fire brigade said on Monday night.\n"
               "Five killed in Liege flat fire as firefighters battled the flames for six hours on Sunday.\n")
    scan, _ = blank_boilerplate(f"{lead}\nRelated stories\n{teasers}")
    assert scan.startswith(lead) and not scan[len(lead):].strip()


def test_marker_followed_by_a_real_paragraph_is_navigation_not_the_end():
    paragraph = "Belarus detained 33 Russians. " * 14  # 420 characters: reporting, not a link list
    body = f"Read more\n{paragraph}\n"
    scan, skipped = blank_boilerplate(body)
    assert lines_of(scan) == [" " * 9, paragraph, ""]
    assert skipped == 1


def test_markdown_link_targets_and_tags_are_not_prose():
    body = "Belarus detained [33 Russians](https://example.com/2020/07/29) <br>on July 29.\n"
    scan, _ = blank_boilerplate(body, markdown=True)
    target, tag = "](https://example.com/2020/07/29)", "<br>"
    assert scan == "Belarus detained [33 Russians" + " " * len(target) + " " + " " * len(tag) + "on July 29.\n"


def test_markdown_emphasis_marks_are_not_prose_but_snake_case_keeps_its_underscores():
    # Found by a fresh-eyes corpus: "recalling **nearly half a million** fryers" read nothing.
    body = "Recalling **nearly half a million** fryers, *33* units, __12__ more; snake_case_name, 5*3.\n"
    scan, _ = blank_boilerplate(body, markdown=True)
    assert scan == "Recalling   nearly half a million   fryers,  33  units,   12   more; snake_case_name, 5*3.\n"


@pytest.mark.parametrize("text, value, prose, highlight", [
    # Found by a fresh-eyes corpus: "# Kestrel Mobile eats a «€42M» GDPR fine", "> TL;DR: …".
    ("# Kestrel Mobile eats a €42M GDPR fine", "€42M", "Kestrel Mobile eats a €42M GDPR fine", (22, 26)),
    ("> **TL;DR:** Ireland fined it €42 million.", "€42 million", "TL;DR: Ireland fined it €42 million.", (24, 35)),
    ("* **Approximately 2,400** positions affected", "Approximately 2,400", "Approximately 2,400 positions affected",
     (0, 19)),
    ("- Cut 2,400 jobs", "2,400", "Cut 2,400 jobs", (4, 9)),
    ("+ Cut 2,400 jobs", "2,400", "Cut 2,400 jobs", (4, 9)),
    ("2. Take up the monitoring for 24 months.", "24 months", "Take up the monitoring for 24 months.", (27, 36)),
    ("3) Cut 2,400 jobs", "2,400", "Cut 2,400 jobs", (4, 9)),
    ("> > - ###### 12 dead", "12", "12 dead", (0, 2)),
    ("## - 12 dead", "12", "- 12 dead", (2, 4)),  # a heading holds no list
    ("1. März 2024 begann der Streik", "1. März 2024", "1. März 2024 begann der Streik", (0, 12)),  # the value's own
    ("- 1. März 2024 begann der Streik", "1. März 2024", "1. März 2024 begann der Streik", (0, 12)),
    ("#1 app had 5 users", "5", "#1 app had 5 users", (11, 12)),  # no space: no heading
    ("-5% was the drop in 2024", "2024", "-5% was the drop in 2024", (20, 24)),
    ("####### 7 hashes", "7", "####### 7 hashes", (8, 9)),  # a heading has at most six
])
def test_markdown_block_marks_that_open_a_sentence_are_not_prose(text, value, prose, highlight):
    start = text.index(value)
    assert without_markdown(text, (start, start + len(value))) == (prose, highlight)
    assert prose[highlight[0]:highlight[1]] == value


def test_a_value_read_alone_keeps_what_looks_like_a_block_mark():
    assert without_markdown("1. März", (0, 0)) == ("1. März", (0, 0))
    assert without_markdown("- **5** more", (0, 0)) == ("- 5 more", (0, 0))


def test_demo_tail_after_you_might_also_like_is_blanked(demo):
    source = demo[DEMO_000]
    text, scan = lines_of(source.text), lines_of(source.scan_text)
    assert len(source.scan_text) == len(source.text)
    # lines 69-75: "You might also like" and the related headlines
    assert text[68] == "You might also like"
    assert text[70] == "WATCH: Putin visits Republic of Belarus amid strengthening alliances"
    assert all(line.strip() == "" for line in scan[68:75])
    # page furniture at the top: "Find Us", "Published on", the share buttons
    assert [n + 1 for n, (a, b) in enumerate(zip(text, scan)) if a != b] == [
        1, 8, 10, 11, 12, 13, 67, 69, 71, 73, 75]


def test_demo_body_text_is_kept(demo):
    source = demo[DEMO_000]
    text, scan = lines_of(source.text), lines_of(source.scan_text)
    for line in (4, 6, 7, 15, 18, 20, 42, 56, 65):
        assert scan[line - 1] == text[line - 1]
    assert scan[14].startswith("Moscow says Lukashenko and Putin expressed confidence")


def test_demo_newsletter_tail_is_blanked(demo):
    source = demo[DEMO_002]
    text, scan = lines_of(source.text), lines_of(source.scan_text)
    assert text[25] == "You have been successfully subscribed"
    assert text[33] == "May 20 – May 26"
    assert all(line.strip() == "" for line in scan[25:])
    assert scan[:24] == text[:24]


def test_demo_disclaimer_and_footer_are_blanked(demo):
    source = demo[DEMO_001]
    scan = lines_of(source.scan_text)
    assert [n + 1 for n, line in enumerate(lines_of(source.text)) if line != scan[n]] == [3, 26, 28, 31]


def test_demo_line_of_maps_offsets_to_file_lines(demo):
    euronews = demo[DEMO_000]
    assert euronews.first_line == 1
    assert euronews.line_of(offset_of(euronews, "arrest of 33 Russians")) == 15
    assert euronews.line_of(offset_of(euronews, "33 Russians were arrested on July 29")) == 18
    assert euronews.line_of(offset_of(euronews, "You might also like")) == 69
    moscow_times = demo[DEMO_004]
    assert moscow_times.line_of(offset_of(moscow_times, "all but one of the 33")) == 33


def test_demo_metadata_from_the_manifest(demo):
    assert [(s.path, s.outlet, s.published) for s in demo.values()] == [
        (DEMO_000, "Euronews (AP)", Published(date(2020, 8, 7), False)),
        (DEMO_001, "Analysis site (not recorded)", Published(date(2020, 8, 5), True)),
        (DEMO_002, "Belarus in Focus (weekly monitoring note)", Published(date(2020, 8, 3), True)),
        ("sources/003_6140f8882c5450fe.txt", "Belarus in Focus (weekly monitoring note)",
         Published(date(2020, 8, 10), True)),
        (DEMO_004, "The Moscow Times", Published(date(2020, 8, 15), False)),
    ]


def test_a_marker_near_the_top_of_a_long_article_is_navigation_not_the_end():
    paragraph = "Belarus detained 33 Russians on Wednesday, the state news agency said in a statement on Thursday."
    body = "Headline\nRelated\n" + "\n\n".join([paragraph] * 3) + "\n"
    scan, skipped = blank_boilerplate(body)
    assert (scan, skipped) == (body, 0)


@pytest.mark.parametrize("body, extra, expected", [
    ("Tags:\nBelarus detained 33 Russians.\n", r"Tags:\s.*", ("Tags:\nBelarus detained 33 Russians.\n", 0)),
    ("Photo: AP\nBelarus detained 33 Russians\non Wednesday. More.\n", r"Photo: [^.]*",
     ("         \nBelarus detained 33 Russians\non Wednesday. More.\n", 1)),
    ("Tags\n\nBelarus detained 33\n", r"tags\s*", ("    \n\nBelarus detained 33\n", 1)),
])
def test_an_authors_boilerplate_pattern_is_matched_line_by_line(body, extra, expected):
    # \s and [^.] could run on into the article's next lines; each line is matched on its own.
    assert blank_boilerplate(body, [extra]) == expected


# ---------------------------------------------------------------------------
# An author's boilerplate pattern: a line is left out when the pattern matches anywhere in it

CORRECTED = """\
The trial lasted 14 weeks, the court said.
Correction: An earlier version of this article said the trial lasted 12 weeks. It lasted 14 weeks.
Listen to our podcast: 12 minutes on the trial
Veracruz is no stranger to such storms. In 2010, Hurricane Karl killed 16 people in the state.
"""


@pytest.mark.parametrize("pattern, line", [
    ("^Correction:", 2), ("Correction", 2), ("said the trial lasted 12", 2), (r"14 weeks\.$", 2),
    ("^Listen to our podcast", 3), ("listen TO our", 3), ("Veracruz is no stranger", 4), (r"\bKarl\b", 4),
])
def test_an_authors_pattern_leaves_out_each_line_it_matches_anywhere_in(pattern, line):
    scan, skipped = blank_boilerplate(CORRECTED, [pattern])
    expected = [" " * len(text) if number == line else text for number, text in enumerate(lines_of(CORRECTED), 1)]
    assert (lines_of(scan), skipped) == (expected, 1)


@pytest.mark.parametrize("pattern", [
    "^Correction:$",  # $ anchors at the line's end
    "^Karl",  # ^ at its start
    r"14 weeks\.$\n^Listen",  # a pattern never runs on into the next line
    r"weeks\. It lasted 14 weeks\.\sListen", r"podcast\W+12 minutes on the trial\s+Veracruz",
])
def test_anchors_hold_at_the_lines_ends_and_no_pattern_crosses_a_line_break(pattern):
    assert blank_boilerplate(CORRECTED, [pattern]) == (CORRECTED, 0)


CAPTIONED = """\
The death toll rose to 115 on Monday.
*The historic Lahaina banyan tree survived the blaze that killed 114 people (Image: Getty)*
- **Photo:** the tree in 2022, before the fire (x^2 views)
## What we know so far
"""


@pytest.mark.parametrize("pattern, line", [
    (r"\(Image: Getty\)$", 2), ("^The historic Lahaina", 2), ("^[^*]+Getty", 2), ("^Photo:", 3), (r"\(x\^2 views\)$", 3),
    ("^What we know so far$", 4),
])
def test_an_authors_anchors_hold_past_emphasis_and_list_marks_as_a_rules_do(pattern, line):
    # Found by a fresh-eyes corpus: '\(Image: Getty\)$' and '^The historic' matched no line of a tabloid's
    # Markdown caption "*The historic Lahaina banyan tree ... (Image: Getty)*", though a rule's anchors skip
    # the emphasis and the marks of a list item or heading.
    scan, skipped = blank_boilerplate(CAPTIONED, [pattern])
    expected = [" " * len(text) if number == line else text for number, text in enumerate(lines_of(CAPTIONED), 1)]
    assert (lines_of(scan), skipped) == (expected, 1)


@pytest.mark.parametrize("pattern", ["^Lahaina", "^survived", "tree$", "^Image", "^2022", r"\$", "^\\^"])
def test_an_authors_anchors_skip_no_words(pattern):
    assert blank_boilerplate(CAPTIONED, [pattern]) == (CAPTIONED, 0)


START, END = LINE_ANCHORS["^"], LINE_ANCHORS["$"]


@pytest.mark.parametrize("pattern, anchored", [
    ("^Photo:$", f"{START}Photo:{END}"),
    ("(?:^|; )Photo|Credit$", f"(?:{START}|; )Photo|Credit{END}"),
    (r"\(x\^2 views\) \$5", r"\(x\^2 views\) \$5"),  # escaped: the characters
    (r"^\\$", rf"{START}\\{END}"),  # an escaped backslash escapes no anchor after it
    ("[^*]+[$£]5", "[^*]+[$£]5"),  # in a class: the class's
    (r"[\]^]^x[$\]]$", rf"[\]^]{START}x[$\]]{END}"),  # an escaped ] closes no class
    ("Share", "Share"),
])
def test_line_anchored_puts_line_anchors_in_place_of_the_anchors_only(pattern, anchored):
    assert line_anchored(pattern) == anchored


def test_an_authors_pattern_leaves_out_a_line_longer_than_furniture_is():
    paragraph = "By comparison, in 2023, 441 officers were injured on a single day of protests. " * 5
    body = f"Belarus detained 33 Russians.\n{paragraph}\n"
    scan, skipped = blank_boilerplate(body, ["^By comparison, in 2023"])
    assert (scan, skipped) == (f"Belarus detained 33 Russians.\n{' ' * len(paragraph)}\n", 1)


def test_a_pattern_in_front_matter_that_matches_no_line_is_a_problem_naming_its_line(workdir):
    write("news/a.md", """\
+++
outlet = "The Financial Ledger"
boilerplate = [
  '^Listen to this article',
  '^Corection:',
]
+++
Listen to this article (4 min)
Correction: An earlier version of this article said the trial lasted 12 weeks.
""")
    (source,), problems = load_sources(["news"])
    assert (source.outlet, source.skipped_lines) == ("The Financial Ledger", 1)
    assert problems == [SourceProblem(
        "news/a.md", f"boilerplate pattern '^Corection:' matched no line of news/a.md ({UNMATCHED_HINT})", 5,
        left_out=False)]


def test_a_pattern_in_the_manifest_that_matches_no_line_names_the_manifest_and_its_line(workdir):
    write("news/a.txt", "Belarus detained 33 Russians.\nShare\n")
    write("news/sources.toml", """\
[[source]]
file = "a.txt"
boilerplate = ['^Share$', 'Updated at \\d\\d:\\d\\d$']
""")
    (source,), problems = load_sources(["news"])
    assert lines_of(source.scan_text) == ["Belarus detained 33 Russians.", "     ", ""]
    assert problems == [SourceProblem(
        "news/sources.toml", f"boilerplate pattern 'Updated at \\d\\d:\\d\\d$' matched no line of news/a.txt "
                             f"({UNMATCHED_HINT})", 3, left_out=False)]


def test_a_pattern_that_matches_no_line_is_shown_as_written_in_the_file(workdir):
    # Found by a fresh-eyes corpus: the warning showed '\\(Image: Getty\\)$' (a repr), as if TOML had
    # doubled the pattern's backslashes.
    write("news/a.md", "+++\nboilerplate = ['\\(Image: Getty\\)$']\n+++\nThe toll rose to 115.\n")
    _, (problem,) = load_sources(["news"])
    assert problem.message == (r"boilerplate pattern '\(Image: Getty\)$' matched no line of news/a.md "
                               f"({UNMATCHED_HINT})")


def test_a_single_pattern_in_quotes_is_read_as_a_list_of_one(workdir):
    write("news/a.md", "+++\nboilerplate = 'Photo: '\n+++\nPhoto: AP\nBelarus detained 33 Russians.\n")
    (source,), problems = load_sources(["news"])
    assert problems == []
    assert lines_of(source.scan_text) == [" " * 9, "Belarus detained 33 Russians.", ""]


@pytest.mark.parametrize("pattern", ["(?:Photo: )?.*", "x*", "^$"])
def test_a_pattern_that_matches_empty_text_is_refused_as_it_would_leave_out_any_line(workdir, pattern):
    write("news/a.md", f"+++\noutlet = \"AP\"\nboilerplate = ['{pattern}']\n+++\nBelarus detained 33 Russians.\n")
    assert load_sources(["news"]) == ([], [SourceProblem(
        "news/a.md", f"boilerplate pattern '{pattern}' matches empty text, so it would leave out lines it was not "
                     "written for (make it need some text, e.g. 'Photo: .*' rather than '(?:Photo: )?.*')", 3)])


# ---------------------------------------------------------------------------
# YAML front matter: boilerplate as in TOML; no field of ours silently dropped


@pytest.mark.parametrize("front_matter, written", [
    ("boilerplate:\n  - '^Listen to this'\n  - \"Photo: \"\n", [(4, "^Listen to this"), (5, "Photo: ")]),
    ("boilerplate:\n- '^Listen to this'\n\n# the caption\n- Photo\n", [(4, "^Listen to this"), (7, "Photo")]),
    ("boilerplate: ['^Listen to this', \"Photo: \"]  # two\n", [(3, "^Listen to this"), (3, "Photo: ")]),
    ("Boilerplate: [^Listen to this, 'Photo: ']\n", [(3, "^Listen to this"), (3, "Photo: ")]),
])
def test_yaml_boilerplate_is_a_list_of_patterns(workdir, front_matter, written):
    write("news/a.md", f"---\ntitle: Strike\n{front_matter}---\nListen to this article\nPhoto: AP\n"
                       "Belarus detained 33 Russians.\n")
    (source,), problems = load_sources(["news"])
    assert problems == []
    assert (source.title, source.skipped_lines) == ("Strike", 2)
    assert lines_of(source.scan_text)[2] == "Belarus detained 33 Russians."
    write("news/a.md", f"---\ntitle: Strike\n{front_matter}---\nBelarus detained 33 Russians.\n")
    _, problems = load_sources(["news"])  # in the order written, on one line too
    assert problems == [SourceProblem("news/a.md", f"boilerplate pattern '{pattern}' matched no line of news/a.md "
                                                   f"({UNMATCHED_HINT})", line, left_out=False)
                        for line, pattern in written]


def test_yaml_boilerplate_may_be_one_pattern(workdir):
    write("news/a.md", "---\nboilerplate: '^Correction:'\n---\nCorrection: it was 12.\nThe trial lasted 14 weeks.\n")
    (source,), problems = load_sources(["news"])
    assert (problems, source.skipped_lines) == ([], 1)


@pytest.mark.parametrize("front_matter, line, message", [
    ("title: >\n  Strike ends\n", 2, "'title' is written as a block of lines, which is not read "
                                     "(write it as one value on its key's line: title: \"...\")"),
    ("notes: |\n  Translated.\n", 2, "'notes' is written as a block of lines, which is not read "
                                     "(write it as one value on its key's line: notes: \"...\")"),
    ("Title: [a, b]\n", 2, "'Title' is written as a list, which is not read "
                           "(write it as one value on its key's line: Title: \"...\")"),
    ("title: Strike\n  ends after three weeks\n", 3, "'title' goes on over the next lines, which are not read "
                                                     "(write it as one value on its key's line: title: \"...\")"),
    ("date: 2025-09-17\npublished: 2025-09-18\n", 3, "front matter gives 'published' twice: as 'date' on line 2 "
                                                     "and as 'published' (keep one of them)"),
    ("boilerplate: |\n  ^Listen\n", 2, "boilerplate is written as a block of lines, which is not read "
                                       "(write one pattern in single quotes, or a list: one `- '^Correction:'` "
                                       "line each)"),
    ("boilerplate: ['^Listen', 'Photo\n", 2, "boilerplate is a list that cannot be read (write each pattern in "
                                             "single quotes, on one line: ['^Correction:', 'Read next'], or one "
                                             "`- '^Correction:'` line each)"),
    ("boilerplate:\n  ^Listen\n", 3, "boilerplate is followed by lines that are not a list of patterns "
                                     "(write one pattern in single quotes, or a list: one `- '^Correction:'` "
                                     "line each)"),
    ("boilerplate:\n  - '(unclosed'\n", 3, "boilerplate pattern '(unclosed' is not a valid regular expression: "
                                           "missing ) at position 9"),
])
def test_a_field_of_ours_in_a_yaml_form_not_read_is_an_error_naming_its_line(workdir, front_matter, line, message):
    write("news/a.md", f"---\n{front_matter}---\nBelarus detained 33 Russians.\n")
    assert load_sources(["news"]) == ([], [SourceProblem("news/a.md", message, line)])


def test_a_yaml_key_that_looks_like_a_misspelt_field_is_reported_and_the_article_read(workdir):
    write("news/a.md", "---\ntitle: Strike\npubished: 2025-09-17\nboilerplates: ['^Listen']\ntags: [a]\n"
                       "author: A. Writer\npublishDate: 2025-09-17\n---\nBelarus detained 33 Russians.\n")
    (source,), problems = load_sources(["news"])
    assert (source.title, source.published) == ("Strike", Published(None))
    assert problems == [
        SourceProblem("news/a.md", "front matter key 'pubished' is not read (did you mean 'published'? rename it to "
                                   "published; the article is read without it)", 3, left_out=False),
        SourceProblem("news/a.md", "front matter key 'boilerplates' is not read (did you mean 'boilerplate'? rename "
                                   "it to boilerplate; the article is read without it)", 4, left_out=False),
    ]


def test_an_empty_yaml_field_is_not_given(workdir):
    write("news/a.md", "---\ntitle:\noutlet: AP # the wire\n---\nBelarus detained 33 Russians.\n")
    (source,), problems = load_sources(["news"])
    assert (problems, source.title, source.outlet) == ([], None, "AP")


def test_a_quoted_yaml_value_may_be_followed_by_a_comment(workdir):
    write("news/a.md", "---\ntitle: \"Strike: deal agreed\" # from the site\n---\nBelarus detained 33 Russians.\n")
    (source,), _ = load_sources(["news"])
    assert source.title == "Strike: deal agreed"


# ---------------------------------------------------------------------------
# More page furniture: single lines, list labels, comment sections

LEAD = ("Belarus detained 33 Russians on Wednesday, the state news agency said in a statement on Thursday.\n\n"
        "The men were held at a sanatorium outside Minsk, and 32 of them were later handed back to Russia.\n\n")


@pytest.mark.parametrize("line", [
    "Listen to this article (4 min)", "Listen to this article · 5 min",
    "Cookies: we and our 142 partners use cookies. Accept | Refuse",
    "We and our 842 partners use cookies and similar technologies to store and access information on your device.",
    "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
    "We value your privacy", "Watch IDF 24 live on channel 31", "Watch live", "(1 of 12)", "3 comments",
    "Leave a comment", "Share this:", "Like this:", "Loading...", "Bet £10 get £30 in free bets",
    "18+ | New customers only | T&Cs apply | BeGambleAware.org",
    "FTSE 100 8,123.45 +0.3% | DAX 19,210.10 -0.1%", "S&P 500 5,870.62 −0.6%",
    "Sign in | Subscribe @ ₹99/month", "Sign in / Register",
    # found by fact-checkers' corpora: share buttons one a line, sign-up promos, cookie banners
    # in a quotation, weather widgets
    "Share on Facebook", "Share on X", "Share via Email", "Share on WhatsApp · Share on X · Copy link",
    "Share: [X](#) · [Facebook](#) · [Email](#)", "- Share on X",
    "SUBSCRIBE to our newsletter and receive every morning the most important news of Andalucía.",
    "**Get our Europe Briefing newsletter** — the day's top stories, every weekday morning. Subscribe",
    "Free weekly newsletter", "after newsletter promotion",
    "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
    "This website uses cookies to improve your experience. [Accept all] [Manage preferences]",
    "> This website uses cookies to improve your experience. By continuing to browse you accept their use.",
    "> > We use cookies to personalise content and ads.", "Córdoba 39 °C ☀", "Washington, D.C. 91°F · Phoenix 104°F",
    "Monday, 13 July 2026 · Córdoba 39 °C ☀ · Sevilla 41 °C ☀ · Málaga 31 °C ⛅",
    # a ticker's labels before its readings (fresh68 N3)
    "LIVE TV | Benghazi 27°C ☀ | Tripoli 29°C ☀", "Weather · Córdoba 39 °C ☀", "Breaking | Seville 44 °C | Córdoba 46 °C",
    "New York 68°F | London 59°F",
    # share bars of links and bare labels, radio and TV plugs, newsletter pitches ending in
    # their sign-up link or call, a cookie notice
    "[Share on X](#) · [Share on Facebook](#) · [Print](#)", "[Share](#) [Share on X](#) [WhatsApp](#)",
    "Share: [Facebook] [X] [LinkedIn] [Email]", "📻 Listen to Açores Hoje Radio live on 94.6 FM",
    # any network's buttons after a share bar's label; a ticker's quote with its arrow alone
    "Share: [Facebook] [X] [Weibo]", "Share this: [VK](#) · [Line](#)",
    "FCNCA 587.70 ▲ 53.7%   SIVBQ 0.39 ▼   KBW 81.20 ▲ 1.1%",
    "> Watch K1 live on channel 4 and on k1tv.example",
    "Subscribe to K1 Morning – the 7 news stories you need before 7am, straight to your inbox. [Sign up](https://k1tv.example/n)",
    "Newsletter: Get the Herald's Morning Briefing in your inbox every weekday. [Sign up free](#)",
    "> The Eastern Review Weekly – our best analysis every Friday. Subscribe to our newsletter.",
    "Cookie notice: We use cookies to personalise content and analyse our traffic. [Accept all] [Manage preferences]",
    "Share this: [WhatsApp](#) [Facebook](#) [X](#)", "Skip next section Listen to this article (3 min)",
    "Also Read | Kurla: Two killed as portion of old chawl caves in after heavy rain",
    "Cookies on the Clarion: we and our partners use cookies to improve your experience. [Manage settings](#) · [Accept all](#)",
    # a subscription pitch with its price, a newsletter's name on a line of its own
    "> Support local journalism. Subscribe to the Columbia Daily Tribune for as little as $1 for your first 3 months.",
    # a pitch with its offer and no link (fresh52): its sum and its month are no news
    "- Subscribe to Markets Daily Premium for just $1 for the first month.",
    "Support the Chronicle from as little as £1 - it only takes a minute.", "**Subscribe for only 99p a week**",
    "Join today and get your first month free.", "Become a member for just US$5 a month. Cancel anytime.",
    "Daily newsletter",
    "[Share on Facebook](#) · [Share on X](#) · [Email](#) · [Comments](#comments)",
    # a share bar under a longer label; a newsletter box's fine print and pitch; a wire's rights notice
    "Share this live page: [Facebook](#) · [X](#) · [WhatsApp](#)", "Share this story: Facebook · X · Email",
    "By signing up you are agreeing to our Terms of Service and Privacy Policy.",
    "We use your sign-up to provide content in ways you've consented to. Privacy notice.",
    "Stories from the field, once a month. You can unsubscribe at any time.",
    "Our free newsletter brings the week's best reporting straight to your inbox.",
    "This material may not be published, broadcast, rewritten or redistributed without permission.",
    "No part of this publication may be reproduced, stored or transmitted in any form without the prior written permission",
    # a video player's and a gallery's labels, a typo button, reading times, a paywall's notice, an
    # embedded post's signature (its date is the post's), from fresh-eyes corpora of real pages
    "EMBED </>More Videos", "EMBED More News Videos", "1 of 87", "Report a Typo", "Reading time 3 min.", "3 min read",
    "4 MIN READ", "Reading time: 3 minutes", "Article reserved for subscribers",
    "— CAL FIRE SLO (@CALFIRE_SLO) November 13, 2025", "> — VCFD PIO (@VCFD_PIO) November 12, 2025",
    # a pitch for the paper's access with its price per period, for its app or channel with the news it
    # promises, one that ends in its call; a share bar with a comment button (fresh61 #5)
    "Get unlimited access to The Washington Post for $4 every 4 weeks. Subscribe.",
    "Subscribe for 25¢ a week: unlimited digital access to The Seattle Times.", "Subscribe for $1.99 per month.",
    "Download the KGW app to get breaking news alerts and watch KGW live.",
    "Download the WBAL-TV 11 app to watch WBAL-TV 11 live.", "Get the NBC News app for breaking news and alerts.",
    "Join ST's WhatsApp Channel and get the latest news and must-reads.",
    "Follow The Hindu on Google News for the latest updates.", "Our reporters cover the city every day. Subscribe now.",
    "Join our LINE Official account and get the latest news straight to your phone.",  # fresh71 #7
    "Share · Comment · Save",
    # a share bar whose buttons show their counts (fresh69 #5)
    "Gift Article · Share · Comment 214", "Share 1.4k · Comments (87) · Save", "Facebook | Twitter | Comments 12",
])
def test_more_furniture_lines_are_blanked(line):
    scan, skipped = blank_boilerplate(f"{LEAD}{line}\n\n{LEAD}")
    assert (scan, skipped) == (f"{LEAD}{' ' * len(line)}\n\n{LEAD}", 1)


def test_the_words_of_furniture_lines_are_looked_for_in_each_article_afresh():
    # An article's words are found in one pass and kept for its next kind of line, never for another article.
    notice = "This material may not be published, broadcast, rewritten or redistributed without permission."
    plain = f"{LEAD}Police said 33 people were detained.\n\n{LEAD}"
    with_notice = f"{LEAD}{notice}\n\n{LEAD}"
    for body, blanked in ((plain, plain), (with_notice, f"{LEAD}{' ' * len(notice)}\n\n{LEAD}"), (plain, plain)):
        assert blank_boilerplate(body)[0] == blanked


@pytest.mark.parametrize("line", ["Watch the 12 senators who could swing the vote live on Thursday",
                                  "Cookies sold out: 3,000 boxes in an hour.",
                                  "The FTSE 100 rose 0.3% on Tuesday as inflation came in at 3.2%.",
                                  "Most people read the report on Tuesday, and 12% shared it.",
                                  "Punters bet £10m on the final, bookmakers said.",
                                  "Trending upward, prices rose 3% in May.",
                                  "Sign in to vote: 2,000 people queued on Sunday.",
                                  "Share on Facebook fell 3% in May, the company said.",
                                  # a button's word with a count, alone, or in a sentence
                                  "Save 20", "Comments 214", "Share 12 · 3 dead",
                                  "Share prices fell 3 · 2 per cent in a day, print shows",
                                  "Facebook and X removed 33 accounts.", "Shares in X rose 12% on Friday.",
                                  "Share the [2] rooms with 40 [others], said the note.",
                                  "Apple 5 ▲ after the 12% rally, traders said.",
                                  "Subscribers to the newsletter rose 12% to 3 million.",
                                  "Free newsletters drew 12,000 readers in May.",
                                  "Privacy notices went to 12,000 newsletter readers.",
                                  "The website uses cookies that tracked 12,000 users, the regulator said.",
                                  "> The minister said 33 people died.", "- Sign in to vote: 2,000 people queued.",
                                  "Montoro 48.2 °C", "Córdoba recorded 47 °C on Sunday.", "Seville 44 °C",
                                  "Washington, D.C. 91°F", "Heatwave | Seville 44 °C",
                                  "Temperatures rose | Seville 44 °C on Sunday, a record.",
                                  "| Benghazi | 27°C ☀ |", "| LIVE TV | Benghazi 27°C ☀ | Tripoli 29°C ☀ |",
                                  "Temperatures in Seville hit 44 °C, the highest since 2021.",
                                  "Explore more than 12 trails on these topics, the guide says.",
                                  "Police urged the 33 residents to subscribe to text alerts.",
                                  "Listen to the 30 survivors and you hear the same story.",
                                  "Cookie makers said 300 jobs would go.", "The newsletter said 40 people died.",
                                  "About 1,200 people signed up to subscribe to our newsletter, it said, in May.",
                                  "Police said 33 people were detained. For live updates, subscribe to our newsletter.",
                                  "The court ruled the 33 photos may not be published or broadcast without permission.",
                                  "By clicking the link, 12 staff let the hackers in, the auditors agree.",
                                  "The newsletter reached 40,000 readers, straight to your inbox every day.",
                                  "By signing up, volunteers agreed to work without pay.",
                                  "34 of 90", "1 of 87 wards had reported by midnight.", "3 min read the report aloud.",
                                  "The union asked members to support the strike for just one more month.",
                                  "Support the strike for just one more month, the union said.",
                                  "Support for Labour in the first month rose to 45%, the poll found.",
                                  "Subscribers pay just $1 for the first month, the company said.",
                                  "Join the 40 workers on strike for just 2 days.",
                                  "Subscribers only paid 12 euros.", "Police asked @Kovac to report a typo in 3 forms.",
                                  "— the mayor (@mayor) said 12 died on November 13, 2025, before the count.",
                                  # no call that opens the line, no news promised, a figure before the call
                                  "Subscribers to the service lost $4 million.", "The app was downloaded 2 million times.",
                                  "Join the 33 detained protesters, the union urged its members.",
                                  "Subscription fees rose to $4 every 4 weeks.", "He urged voters to subscribe for $4 a month.",
                                  "Support the strike fund with $5 a week, the union asked members.",
                                  "Download speeds fell 12% in May, the regulator said.",
                                  "Get the app, officials urged the 33 residents.",
                                  "Download the Red Cross app, officials urged, to find 12 shelters.",
                                  "Follow the 12 candidates on Telegram, the commission said.",
                                  "The company said 2 million people had downloaded the app to get breaking news alerts.",
                                  "Police said 33 people were detained. Sign up now.",
                                  "Officials said the 12 rebels had asked them to join."])
def test_lines_that_merely_mention_furniture_words_are_prose(line):
    assert blank_boilerplate(f"{LEAD}{line}\n") == (f"{LEAD}{line}\n", 0)


def test_a_gallery_counter_ending_a_caption_is_blanked_but_a_count_in_parentheses_is_not():
    caption = "Demonstrators in Paris, 19 January 2027. Photo: RTP / Léa Morel (1 of 12)"
    vote = "The bill passed the Senate (62 of 100)"
    scan, skipped = blank_boilerplate(f"{caption}\n{vote}\n")
    assert (scan, skipped) == (f"{caption[:-9]}{' ' * 9}\n{vote}\n", 0)


def test_an_embedded_posts_signature_after_its_words_is_blanked_and_its_words_read():
    # Found by a fresh-eyes corpus: a loose date rule could read the post's date, the next UTC day, as the article's.
    post = "Hopper Fire now 52% contained pic.twitter.com/Qm4TzR8aLp"
    signature = "— CAL FIRE SLO (@CALFIRE_SLO) November 13, 2025"
    scan, skipped = blank_boilerplate(f"{LEAD}{post}{signature}\n")
    assert (scan, skipped) == (f"{LEAD}{post}{' ' * len(signature)}\n", 0)


@pytest.mark.parametrize("label", ["Read next", "READ NEXT:", "You may also be interested in",
                                   "YOU MAY ALSO BE INTERESTED IN:", "Suggested Topics:", "## Read next",
                                   "MOST READ IN MONEY", "Most Read World", "Also in Local", "Sponsored Stories",
                                   "Trending Stories", "TRENDING NOW", "Trending in Business", "Latest News",
                                   "Editor's Picks", "Explore more on these topics",
                                   # a Markdown heading that opens with a label, as the label alone
                                   "### Related bulletins", "## Related situation reports", "## More from The Ledger",
                                   "## Most read", "## Most read this week on The Ledger", "> ## Related coverage",
                                   "### More in News",
                                   # DW's labels, found by a fresh-eyes corpus (05_dw.txt:54, 63)
                                   "Explore more", "More stories from DW"])
def test_new_list_labels_end_the_article(label):
    teasers = "- Storm in 2013 left 12 dead in Veracruz: a look back\nTyphoon in the Philippines kills 14\n"
    scan, _ = blank_boilerplate(f"{LEAD}{label}\n{teasers}")
    assert scan.startswith(LEAD) and not scan[len(LEAD):].strip()


COMMENTS = ("**RioBravoWx** · Sept 3, 2025\n"
            "Great write-up. My cousin in Tuxpan says more than 60 people died, the official count is too low.\n\n"
            "**Kate Lindqvist** · Sept 3, 2025\n"
            "I have only used the official figures here, but thanks for the report from your cousin in Tuxpan.\n")


@pytest.mark.parametrize("heading", ["### 3 comments", "Comments", "## Comments", "Comments (214)",
                                     "Leave a comment", "1 Comment"])
def test_readers_comments_at_the_end_of_the_page_end_the_article(heading):
    scan, _ = blank_boilerplate(f"{LEAD}{LEAD}{heading}\n\n{COMMENTS}")
    assert scan.startswith(LEAD + LEAD) and not scan[len(LEAD + LEAD):].strip()


def test_a_comment_count_under_the_byline_is_blanked_and_the_article_read():
    body = f"Storm kills 43\nBy Kate Lindqvist\n3 comments\n\n{LEAD}{LEAD}{COMMENTS}"
    scan, skipped = blank_boilerplate(body)
    assert (scan, skipped) == (body.replace("3 comments", " " * 10), 1)


def test_a_comment_heading_late_on_the_page_but_before_any_prose_ends_nothing():
    dateline = "Minsk, 30 July\n" * 40
    body = f"{dateline}Comments\n{LEAD}"
    scan, skipped = blank_boilerplate(body)
    assert (scan, skipped) == (f"{dateline}{' ' * 8}\n{LEAD}", 1)


def test_a_related_list_before_the_comments_still_starts_the_trailer():
    related = "Related\nPutin visits Minsk on July 29\n\n"
    scan, _ = blank_boilerplate(f"{LEAD}{LEAD}{related}3 comments\n\n{COMMENTS}")
    assert scan.startswith(LEAD + LEAD) and not scan[len(LEAD + LEAD):].strip()


def _blank(text: str) -> str:
    return "".join(c if c == "\n" else " " for c in text)


@pytest.mark.parametrize("links", [
    # fresh58: the two headlines were read as one sentence of the article, and its "five" as a fact
    "RELATED COVERAGE\n➤ What we know about the five people aboard the missing sub\n"
    "➤ Titanic tourism: why the wreck still draws the wealthy",
    "More on this story:\n► Five killed as storm hits coast\n► Three missing after flood",
    "Related\n\n• Five killed as storm hits coast\n• Three missing after flood",
    "**Read more**\n» Five killed as storm hits coast",
    "## Related coverage\n- [Five killed as storm hits coast](https://example.com/a)\n- [Three missing](/b)",
    # links alone on their lines, with no bullet
    "Related coverage\n[Five killed as storm hits coast](https://example.com/a)\n[Three missing](/b)",
])
def test_a_list_of_links_under_its_label_mid_article_is_left_out(links):
    scan, skipped = blank_boilerplate(f"{LEAD}{links}\n\n{LEAD}")
    assert (scan, skipped) == (f"{LEAD}{_blank(links)}\n\n{LEAD}", links.count("\n") + 1 - links.count("\n\n"))


# fresh67: a "RELATED COVERAGE" list in the middle of the page took the paragraph after it (and a
# caption between them) into the page's trailer, up to "Explore more" at the end
WATZKE = ("Dortmund CEO Hans-Joachim Watzke said the midfielder had played 132 competitive matches for the\n"
          "club and that BVB had done \"everything possible\" to keep him for another season.\n")
RELATED = ("RELATED COVERAGE\n➤ Bellingham made 100 appearances for Dortmund before turning 19\n"
           "➤ How Dortmund agreed the deal on Monday\n")
EXPLORE = "Explore more\n- Bundesliga: Dortmund's title collapse explained\n- Opinion: Bellingham sale is a sign of the times\n"


@pytest.mark.parametrize("between", ["", "*Bellingham, who made 131 appearances for BVB, waves goodbye (Image: Imago)*\n\n"])
def test_prose_after_a_list_of_links_is_read_though_a_trailer_follows(between):
    article = f"{between}{WATZKE}\n"
    scan, skipped = blank_boilerplate(f"{LEAD}{RELATED}\n{article}{EXPLORE}")
    assert (scan, skipped) == (f"{LEAD}{_blank(RELATED)}\n{article}{_blank(EXPLORE)}", 6)


def test_a_one_line_paragraph_after_a_list_of_links_is_read():
    paragraph = "Watzke said the midfielder had played 132 competitive matches for the club in three years.\n"
    scan, _ = blank_boilerplate(f"{LEAD}{RELATED}\n{paragraph}")
    assert scan == f"{LEAD}{_blank(RELATED)}\n{paragraph}"


# fresh69: a "RELATED COVERAGE" list on a live page took the entry after it into the page's trailer
# when the page ended with a footer, as its "---" was read as one more link after the entry's prose;
# and a list of the article's own after the prose carried the list of links on as well
LIVE_RELATED = ("RELATED COVERAGE\n- ► What we know about the Dali, the ship that hit the Key Bridge\n"
                "- ► Traffic alternatives: How to get around the Key Bridge closure\n")
ENTRY = ("### 6:40 AM Tuesday — Crew aboard\n\nAccording to a federal alert, there were 22 crew members aboard the "
         "ship, including the pilot, and none were injured.\n")


@pytest.mark.parametrize("rule", ["---", "- - -", "* * *", "___", "-----"])
def test_prose_after_a_list_of_links_is_read_though_the_page_ends_with_a_rule_and_a_footer(rule):
    tip, rights = "Have a news tip? Contact the newsroom at newstips@wcbl11.com", "© 2024 WCBL-TV. All rights reserved."
    scan, skipped = blank_boilerplate(f"{LEAD}{LIVE_RELATED}\n{ENTRY}\n{rule}\n\n{tip}\n\n{rights}\n")
    assert (scan, skipped) == (f"{LEAD}{_blank(LIVE_RELATED)}\n{ENTRY}\n{rule}\n\n{_blank(tip)}\n\n{_blank(rights)}\n", 5)


@pytest.mark.parametrize("own_list", ["- 22 crew members were aboard\n- The pilot was unhurt\n",
                                      "\n• 22 crew members were aboard\n", "\n[Federal alert](https://example.com/a)\n"])
def test_prose_after_a_list_of_links_is_read_though_a_list_of_another_kind_follows_it(own_list):
    scan, _ = blank_boilerplate(f"{LEAD}{LIVE_RELATED}\n{ENTRY}{own_list}")
    assert scan == f"{LEAD}{_blank(LIVE_RELATED)}\n{ENTRY}{own_list}"


@pytest.mark.parametrize("rest", [
    # teasers under each link: the list goes on after the prose, so it is all the trailer
    "- Two killed in Ghent warehouse blaze\nThe fire brigade said on Monday night that the blaze began in a shed.\n"
    "- Five killed in Liege flat fire\nFirefighters battled the flames for six hours on Sunday, the mayor said.\n"
    "- Three missing after flood\n",
    # teasers under links of their own, with blank lines between
    "- [Two killed in Ghent warehouse blaze](/a)\n\nThe fire brigade said on Monday night that the blaze began "
    "in a shed.\n\n- [Five killed in Liege flat fire](/b)\n- [Three missing after flood](/c)\n",
    # headlines after the links, no prose: still links
    "➤ How Dortmund agreed the deal on Monday\n\nTyphoon in the Philippines kills 14\n",
])
def test_a_list_of_links_at_the_end_with_no_prose_after_it_is_still_the_trailer(rest):
    scan, _ = blank_boilerplate(f"{LEAD}{LEAD}Related stories\n{rest}")
    assert scan.startswith(LEAD + LEAD) and not scan[len(LEAD + LEAD):].strip()


@pytest.mark.parametrize("facts", [
    # a list of the article's own facts, under its own label or none, is read
    "Key facts:\n• Five people were aboard the sub\n• The dive began on Sunday",
    "• Five people were aboard the sub\n• The dive began on Sunday",
    "Latest news\n➤ Five people were aboard the sub",
    # a label with no list after it leaves the paragraph after it alone
    "Related\nFive people were aboard the sub, officials said.",
])
def test_a_bulleted_list_that_is_no_list_of_links_is_still_read(facts):
    scan, _ = blank_boilerplate(f"{LEAD}{facts}\n\n{LEAD}")
    assert "Five people were aboard the sub" in scan


@pytest.mark.parametrize("box", [
    "Sign up to Global Dispatch\nFree weekly newsletter\nGet a different world view with a roundup of the best "
    "news, features and pictures\nPrivacy Notice: Newsletters may contain info about charities, online ads, and "
    "content funded by outside parties.\nafter newsletter promotion",
    "Sign up to Business Today\nFree daily newsletter\nGet set for the working day – we'll point you to all the "
    "business news and analysis you need every morning",
])
def test_a_newsletter_sign_up_box_is_blanked_with_its_pitch(box):
    # Found by fact-checkers' corpora: only the "Sign up to ..." line was left out.
    scan, skipped = blank_boilerplate(f"{LEAD}{box}\n\n{LEAD}")
    blanked = "".join(c if c == "\n" else " " for c in box)
    assert (scan, skipped) == (f"{LEAD}{blanked}\n\n{LEAD}", box.count("\n") + 1)


@pytest.mark.parametrize("notice", [
    # Found by fresh-eyes corpora: only the first line of each was left out
    "Copyright 2025 Continental Press Wire. All rights reserved. This material may not be\n"
    "published, broadcast, rewritten or redistributed without permission.",
    "We use your sign-up to provide content in ways you've consented to and to improve our\n"
    "understanding of you. This may include adverts from us and 3rd parties based on our\n"
    "understanding. You can unsubscribe at any time. More info",
    "Enter your information below to receive our weekly newsletters with the latest insights,\n"
    "opinion pieces and current events straight to your inbox.",
    "(c) CEN Wire 2026. All rights reserved. Republication or\n"
    "redistribution of CEN content is expressly prohibited.",
])
def test_a_notice_wrapped_over_lines_is_left_out_whole(notice):
    scan, skipped = blank_boilerplate(f"{LEAD}{notice}\n\n{LEAD}")
    blanked = "".join(c if c == "\n" else " " for c in notice)
    assert (scan, skipped) == (f"{LEAD}{blanked}\n\n{LEAD}", notice.count("\n") + 1)


@pytest.mark.parametrize("body", [
    "Police said on Sunday that\nAdvertisement\nthe 33 men were detained near Minsk.\n",
    "Copyright 2025 Continental Press Wire. All rights reserved.\nthe 33 men were detained near Minsk, police said.\n",
    "Copyright 2025 Continental Press Wire. All rights reserved. This material may not be\n"
    "Police said 33 men were detained near Minsk.\n",
])
def test_a_line_after_furniture_that_does_not_go_on_with_its_sentence_is_read(body):
    # A word of furniture in a wrapped paragraph, a notice that ends its sentence, a line that opens a new one.
    scan, _ = blank_boilerplate(body)
    assert "33 men were detained near Minsk" in scan


@pytest.mark.parametrize("after", [
    "Police said 33 people were detained on Sunday.\nThe army said 12 died.\n",
    "Free weekly newsletter\nPolice said 33 people were detained on Sunday.\nThe army said 12 died.\n",
])
def test_reporting_right_after_a_sign_up_line_is_read(after):
    # Paragraphs one a line, no blank line between: a pitch is known only by where it stands.
    body = f"{LEAD}Sign up for our newsletter\n{after}"
    scan, _ = blank_boilerplate(body)
    assert "Police said 33 people were detained" in scan and "The army said 12 died." in scan


@pytest.mark.parametrize("body", [f"## Related party deals\n\n{LEAD}{LEAD}",
                                  f"{LEAD}{LEAD}{LEAD}## Latest news from Kharkiv, where 33 died\n\n{LEAD}"])
def test_a_heading_that_opens_with_a_list_label_and_goes_on_with_reporting_is_read(body):
    assert blank_boilerplate(body, markdown=True) == (body, 0)


@pytest.mark.parametrize("files", [[], ["sources.toml", "discrepancy.toml", "notes.json"]])
def test_a_folder_without_articles_is_reported_not_read_as_empty(tmp_path, files):
    (tmp_path / "empty").mkdir()
    for name in files:
        (tmp_path / "empty" / name).write_text("", encoding="utf-8")
    sources, problems = load_sources([tmp_path / "empty"])
    assert sources == [] and [(p.message, p.left_out, p.rules_given) for p in problems] == [
        ("no articles (.txt, .md or .markdown files) in this folder: give the folder that holds the articles", False,
         False)]


def test_a_folder_of_rules_given_for_articles_is_said_to_hold_rules(tmp_path):
    (tmp_path / "rules" / "court").mkdir(parents=True)
    (tmp_path / "rules" / "court" / "a.toml").write_text("id = 'a'\n", encoding="utf-8")
    sources, problems = load_sources([tmp_path / "rules"])
    assert sources == [] and [(p.message, p.left_out, p.rules_given) for p in problems] == [
        ("no articles (.txt, .md or .markdown files) in this folder, but rule files (.toml): give the folder that "
         "holds the articles, and this one with --rules", False, True)]


def test_a_rule_file_given_for_an_article_is_left_out_not_read_as_one(tmp_path):
    (tmp_path / "turnout.toml").write_text("id = 'turnout'\n", encoding="utf-8")
    sources, problems = load_sources([tmp_path / "turnout.toml"])
    assert sources == [] and [(p.message, p.left_out, p.rules_given) for p in problems] == [
        ("a rule file (.toml), not an article: give the folder that holds the articles, and this file with --rules",
         True, True)]


@pytest.mark.parametrize("written, day_first", [('"day first"', True), ('"Month-first"', False)])
def test_a_source_says_how_it_writes_numeric_dates(workdir, written, day_first):
    write("news/a.txt", f"+++\nnumeric_dates = {written}\n+++\nBelarus detained 33 Russians on 08/04/2025.\n")
    (source,), _ = load_sources(["news"])
    assert source.published.day_first is day_first


def test_a_numeric_date_order_that_is_none_is_refused_with_the_two_it_may_be(workdir):
    write("news/a.md", "---\nnumeric_dates: dd/mm/yyyy\n---\nBelarus detained 33 Russians.\n")
    _, problems = load_sources(["news"])
    assert [(p.path, p.line, p.message) for p in problems] == [
        ("news/a.md", 2, "numeric_dates = 'dd/mm/yyyy' is not an order (write numeric_dates = \"day first\" "
                         "(08/04/2025 is 8 April) or \"month first\" (August 4))")]


SEATTLE_PITCH = ("Get the Boeing & aerospace newsletter: the latest on the region's biggest\n"
                 "employer, delivered every Wednesday. [Sign up](#)")


def test_a_pitch_wrapped_by_hand_is_left_out_from_its_first_line():
    # Found by a fresh-eyes corpus (02_seattle_local.md:54-55): only the line with "[Sign up](#)" was left out.
    scan, skipped = blank_boilerplate(f"{LEAD}{SEATTLE_PITCH}\n\n{LEAD}")
    blanked = "".join(c if c == "\n" else " " for c in SEATTLE_PITCH)
    assert (scan, skipped) == (f"{LEAD}{blanked}\n\n{LEAD}", 2)


@pytest.mark.parametrize("body", [
    # the lines before hold a figure, or the pitch's sentence opens inside the article's paragraph
    "Strikers were paid $250 a week and went without paychecks for\nseven weeks. Get our newsletter. [Sign up](#)\n",
    "The union paid $250 a\nweek in strike pay. Get the newsletter: the latest on the region's\nbiggest employer. [Sign up](#)\n",
])
def test_the_lines_before_a_pitch_that_are_the_articles_are_read(body):
    scan, skipped = blank_boilerplate(f"{LEAD}{body}")
    kept = body[:body.rindex("\n", 0, -1) + 1]
    assert (scan[:len(LEAD) + len(kept)], skipped) == (LEAD + kept, 1)


AP_SHARE_LINES = "Share\nCopy Link copied\nEmail\nFacebook\nX\nReddit"


def test_a_share_bar_stacked_one_button_a_line_is_left_out():
    # Found by a fresh-eyes corpus (01_wire_ap.txt:12-17): the AP's page gives each share button its own line.
    scan, skipped = blank_boilerplate(f"{LEAD}{AP_SHARE_LINES}\n\n{LEAD}")
    blanked = "".join(c if c == "\n" else " " for c in AP_SHARE_LINES)
    assert (scan, skipped) == (f"{LEAD}{blanked}\n\n{LEAD}", 6)


@pytest.mark.parametrize("lines", ["X", "Email", "Facebook\nX\nTelegram", "Share", "- Facebook\n- X\n- Share"])
def test_one_word_lines_without_a_share_bars_label_are_the_articles(lines):
    # a platform named alone, the platforms a ban closed, a "Share" with no button under it
    body = f"{LEAD}The regulator blocked:\n{lines}\n\n{LEAD}"
    assert blank_boilerplate(body) == (body, 0)


@pytest.mark.parametrize("stamp", [
    # found by fresh-eyes corpora (fresh43 to fresh47): when the page was published or updated, under its headline
    "Updated 12:42 AM EST, November 5, 2024", "*Updated: 9:58 PM EDT Mar 26, 2024*", "**Updated January 18, 2026**",
    "PUBLISHED: March 28, 2024 at 8:14 p.m. | UPDATED: March 28, 2024 at 9:02 p.m.",
    "Published: 12:48 GMT, 26 March 2024 | Updated: 13:55 GMT, 26 March 2024",
    "By Jeremy Barr and Sarah Ellis · April 18, 2023 · Updated 9:14 p.m. ET", "Last updated 7:52 p.m. ET, April 18, 2023",
    "*Nov. 4, 2024 at 9:14 pm · Updated Nov. 5, 2024 at 6:02 am*", "PTI | Updated: Jul 31, 2024 21:48 IST",
    "Updated - August 02, 2024 09:52 pm IST - Published - August 02, 2024 08:15 am IST",
    "Published: August 08, 2024 08:05 AM IST Updated: August 08, 2024 06:12 PM IST", "*Updated 3:02 PM UTC · May 22, 2023*",
    "Updated 4:48 PM EST, Sat January 17, 2026", "Last modified on Wed 9 Apr 2025 11.02 BST", "Posted June 6, 2025 at 4:00 PM ET",
    # fresh64 #10 and fresh62 #6: a date before the stamp, how long ago, a byline's "•"
    "October 28, 2022 5:12 PM UTC Updated ago", "**Syed Irfan Raza** | Published August 26, 2022 - Updated about 5 hours ago",
    "By Marisol Ocampo • Published March 13, 2023 • Updated on March 13, 2023 at 11:26 am", "Updated 3 hours ago",
    "*Published 2 days ago*", "Updated just now",
    # fresh71 #7, fresh72 #8: a zone with its offset, a dash between date and time, a date in figures
    "November 19, 2023 11:58 PM GMT-3 Updated 2 hours ago", "December 29, 2024 8:41 PM GMT+9 Updated 2 hours ago",
    "Published: Dec. 31, 2024 - 11:52 | Updated: Dec. 31, 2024 - 14:05", "By Kim Min-ji · Updated 2024.12.29 13:40",
])
def test_the_pages_own_stamp_under_its_headline_is_left_out(stamp):
    # Its date is the page's: a rule such as `published {date}` read it as the event's.
    body = f"Six presumed dead after cargo ship topples Baltimore's Key Bridge\nBy LEA SKENE\n{stamp}\n\n{LEAD}"
    assert blank_boilerplate(body) == (body.replace(stamp, " " * len(stamp)), 1)


@pytest.mark.parametrize("stamp", ["Published - August 02, 2024 08:15 am IST", "Page last reviewed: January 18, 2026",
                                   "Published in The Daily Meridian, April 20th, 2023",
                                   # a page's first publication, as the Guardian and syndicated copy write it
                                   "First published on 12 June 2023", "First published on Thu 4 Jul 2024 21.45 BST",
                                   "*Originally published June 12, 2023*",
                                   "This article was first published on 12 June 2023."])
def test_a_stamp_that_dates_the_pages_publication_is_left_out_at_its_foot_too(stamp):
    # found by fresh-eyes corpora: The Hindu's, the CDC's and Dawn's footers (fresh47, fresh46, fresh44)
    assert blank_boilerplate(f"{LEAD}{stamp}\n") == (f"{LEAD}{' ' * len(stamp)}\n", 1)
    assert blank_boilerplate(f"{LEAD}{stamp}\n\n{LEAD}") == (f"{LEAD}{' ' * len(stamp)}\n\n{LEAD}", 1)


@pytest.mark.parametrize("stamp", ["Last updated: 13 June 2023", "*Updated 28 March 2026, 14:00*",
                                   "Last modified on Wed 14 Jun 2023 14.05 BST"])
def test_an_update_stamp_that_ends_the_text_heads_no_update_and_is_left_out(stamp):
    assert blank_boilerplate(f"{LEAD}{stamp}\n\n") == (f"{LEAD}{' ' * len(stamp)}\n\n", 1)


@pytest.mark.parametrize("body", [
    f"{LEAD}*Updated 28 March 2026, 14:00*\n\nFinal turnout was 68.93 %.\n",  # heads an update (see live_pages.py)
    "# Our Response\n**Updated on September 7, 2023 at 8:00 AM PT:**\n\nToday, Meta started to rely on the DPF.\n",
    f"Published reports said 33 people died on Friday, March 3, 2024.\n{LEAD}",
    "Updated figures: 12 dead\nPosted 33 times\n" + LEAD,
    "Updated - 5 people were hurt in the blaze.\nUpdated 2024.12 figures: 33 dead.\n" + LEAD,
    "October 28, 2022 5:12 PM UTC\nOn Friday posted 33\nUpdated 3 hours ago, police said 33 died.\n" + LEAD,
    f"{LEAD}Last updated: 13 June 2023\n\nThe toll rose to 12, officials said on Tuesday morning.\n",  # may head one
    f"First published reports said 33 people died on Friday, March 3, 2024.\n{LEAD}",
])
def test_an_update_stamp_in_the_text_a_note_s_stamp_and_sentences_that_open_so_are_read(body):
    assert blank_boilerplate(body) == (body, 0)


@pytest.mark.parametrize("line", [
    # found by fresh-eyes corpora (fresh43 to fresh48): a breadcrumb (one that repeats the headline's figure), a
    # site's navigation of links, a press office's contact, a call for tips, share bars with a count or a
    # button more, a plea to donate or join, a newsletter's footer, a TV plug that goes on
    "Home / International / Fox News settles defamation case for $787.5 million", "HOME > NEWS > POLITICS",
    "[Home](/) › [News](/news) › [Operations](/news/operations)",
    "[Meta](/) · [Newsroom](/news/) · [Company News](/news/category/company-news/)",
    "[Inicio](/) | **English** | [Cozumel](/cozumel) | [Cancún](/cancun)",
    # a breadcrumb that opens with links and ends in the headline, plain (fresh64 #1)
    "[Home](/) / World News / Pakistan floods: Losses cross $30 billion, rebuilding to cost $16.3 billion, says report",
    "[Home](/) › [Pakistan](/pakistan) › Govt declares national emergency as monsoon death toll nears 1,000",
    "[News](/news) / World / Pakistan floods: 1,000 dead", "[World](/world) » [Asia](/asia) » Floods: 1,000 dead",
    "Contact: IAM District 751 Communications, (206) 763-1300",
    "Media Contact: Office of Communications, press.office@maryland.gov",
    "**Media queries:** media@dataprotection.ie · +353 (0)1 765 0100",
    "**Have a news tip?** Contact the Baltimore Sun newsroom at newstips@baltsun.com.",
    "Do you know someone caught up in the bridge collapse? Email tips@dailymail.com",
    "Share or comment on this article: [Facebook](#) [X](#) [Email](#) 1.4k shares", "**Share or comment on this article:**",
    "[Share on Facebook](#) · [Share on X](#) · [Email](#) · [Gift this article](#)",
    "READ LATER · Copy link · Email · Facebook · Twitter · Telegram · LinkedIn · WhatsApp · Reddit",
    "[Facebook](#) [X](#) [LinkedIn](#) [Syndicate](#)",
    "*If you value independent journalism, support The Wire. [Donate](#)*",
    "> 📲 Follow Onmanorama on WhatsApp for the latest updates from Wayanad. [Join now](#)",
    "You're receiving this because you subscribed to The Transfer Brief. [Unsubscribe](#) · [Forward to a colleague](#)",
    "*Watch WBAL-TV 11 live on channel 11 and stream on the WBAL-TV 11 app.*",
])
def test_a_sites_navigation_contacts_and_pleas_are_left_out(line):
    assert blank_boilerplate(f"{LEAD}{line}\n\n{LEAD}") == (f"{LEAD}{' ' * len(line)}\n\n{LEAD}", 1)


def test_a_press_offices_contact_under_its_label_is_left_out_with_its_lines():
    # found by a fresh-eyes corpus (fresh44 04_dominion_statement.txt:38-40): the telephone number was kept
    contact = "Media contact:\npress@dominionvoting.example\n+1 303 555 0142"
    blanked = "".join(c if c == "\n" else " " for c in contact)
    assert blank_boilerplate(f"{LEAD}{contact}\n\n###\n") == (f"{LEAD}{blanked}\n\n###\n", 3)


@pytest.mark.parametrize("line", ["Contact with the crew was lost at 21:40, police said.",
                                  "Home to 33,000 people, the town lost its bridge.", "Homes / 33 destroyed",
                                  # a sentence with a link or a slash in it is no breadcrumb
                                  "[Reuters](https://r.example) / Ipsos poll: 33% back the plan.",
                                  "[Reuters](https://r.example) reported 33 dead / 40 injured.",
                                  "**Kyiv** / **Moscow** / Russia fired 33 missiles overnight.",
                                  "[Home Office](/ho) figures show 33 / 40 held › more to come.",
                                  "The ratio of deaths / injuries was 33 / 100, officials said.",
                                  "Queries about the 33 detainees went unanswered, the family said.",
                                  "Who paid? Police said 33 officers were on duty."])
def test_lines_that_merely_open_like_a_sites_furniture_are_prose(line):
    assert blank_boilerplate(f"{LEAD}{line}\n") == (f"{LEAD}{line}\n", 0)


def test_a_stamp_and_a_breadcrumb_are_not_read_as_the_articles_values(tmp_path):
    # Found by fresh-eyes corpora: the breadcrumb's "$787.5 million" (fresh44 05_foreign.txt:7) was read
    # as a second mention, and a `published {date}` rule would read the page's own stamp.
    from discrepancy.extract import extract
    from discrepancy.rules import Rule, compile_pattern

    article = tmp_path / "clarion.txt"
    article.write_text("+++\npublished = 2026-01-19\n+++\nHome / International / Fox settles for $787.5 million\n"
                       "Published 19 January 2026, 06:00 | Updated 19 January 2026, 09:42\n\n"
                       "Fox settles for $787.5 million, its lawyers said on Sunday.\n\n"
                       "The CDC published its figures on 17 January 2026, a day before the ship docked.\n",
                       encoding="utf-8")
    sources, _ = load_sources([article])
    rules = [Rule(id=kind, question="?", kind=kind, path="x.toml", line=1, patterns=(compile_pattern(pattern, kind),))
             for kind, pattern in [("amount", "settles for {money}"), ("date", "published (?:its figures on )?{date}")]]
    assert [(o.rule, o.line, o.raw) for o in sorted(extract(sources, rules), key=lambda o: o.start)] == [
        ("amount", 7, "$787.5 million"), ("date", 9, "17 January 2026")]


@pytest.mark.parametrize("breadcrumb", ["[Home](/) / World News / Pakistan floods: rebuilding to cost $16.3 billion, says report",
                                        "[Home](/) › [World News](/world-news) › Pakistan floods: rebuilding to cost $16.3 "
                                        "billion, says report"])
def test_a_breadcrumb_of_links_is_not_read_as_the_articles_value(tmp_path, breadcrumb):
    # Found by a fresh-eyes corpus (fresh64 #1): a breadcrumb that opens with a link and ends in the headline
    # was read, and its "$16.3 billion" beside the text's "$16.5 billion" made the source contradict itself.
    from discrepancy.extract import extract
    from discrepancy.rules import Rule, compile_pattern

    article = tmp_path / "c.md"
    article.write_text(f"+++\npublished = 2022-10-29\n+++\n{breadcrumb}\n\nThe text says rebuilding will cost $16.5 billion.\n",
                       encoding="utf-8")
    sources, _ = load_sources([article])
    rule = Rule(id="needs", question="?", kind="amount", path="x.toml", line=1,
                patterns=(compile_pattern("rebuilding (?:will |to )?cost {money}", "amount"),))
    assert [(o.line, o.raw) for o in extract(sources, [rule])] == [(6, "$16.5 billion")]
    assert sources[0].skipped_lines == 1


@pytest.mark.parametrize("character", list(FORMAT_CHARACTERS))
def test_each_format_character_is_moved_to_its_words_end(character):
    # Each is looked for on its own before the words are rewritten: none may be passed over.
    assert format_at_word_ends(f"Belarus freed thir{character}ty-three men.") == "Belarus freed thirty\u00ad-three men."
    assert format_at_word_ends("Belarus freed thirty-three men.") == "Belarus freed thirty-three men."
