"""Hardening fixes, each pinned by a test that failed before the fix.

* `Source.line_of` answers from an index of newlines, not by counting from the start.
* In Markdown, "lines skipped" counts lines left with no text, not tags blanked.
* A file that is not UTF-8 gets a hint that fits its bytes; linked folders are followed, once.
* A pattern that can match empty text anywhere (not only in an empty text) is refused at load.
* A pattern a later regex version reads differently (`[[`, `&&` in a set) is a `rules check`
  warning in the project's words, never a raw Python FutureWarning.
* Matching by parts reads exactly what the whole pattern reads: shapes where it would not
  (the value could run on into the words after it, a wildcard beside the value, a gap the
  words after the value search with) run whole.
* A soft hyphen or another invisible format character inside a word ("thir\u00adty-three")
  is read through, and the evidence is exactly the article's text, format character included.
* Ctrl-C while the command is still starting (importing the library, typer) is one line and
  exit 130, like Ctrl-C during the run (see test_hardening.py for that, workers included).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from discrepancy.sources import Source, SourceProblem, blank_boilerplate, load_sources


def write_rule(folder: Path, pattern: str, rule_id: str = "r") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{rule_id}.toml").write_text(
        f'id = "{rule_id}"\nquestion = "How many?"\nkind = "count"\npatterns = [\'{pattern}\']\n', encoding="utf-8")


def write_news(folder: Path, text: str = "Police detained 33 Russians.\n") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# ===========================================================================
# Source.line_of: an index of newlines, built once
# ===========================================================================


def test_line_of_is_not_quadratic_in_a_huge_article_with_many_values():
    text = "Police detained 33 Russians near Minsk on Wednesday.\n" * 40_000  # 2.1 MB, 40,000 lines
    source = Source(path="news/huge.txt", text=text, first_line=3)
    offsets = range(0, len(text), len(text) // 20_000)
    start = time.monotonic()
    lines = [source.line_of(offset) for offset in offsets]
    assert time.monotonic() - start < 2  # counting from 0 each time took 14 s
    assert lines[:3] == [3, 5, 7] and lines[-1] == 40_001
    assert lines == [3 + text.count("\n", 0, offset) for offset in offsets]


def test_line_of_is_the_same_at_every_offset_and_survives_pickling():
    source = Source(path="a.txt", text="ab\n\ncd\n", first_line=3)
    assert [source.line_of(i) for i in range(len(source.text) + 2)] == [3, 3, 3, 4, 5, 5, 5, 6, 6]
    copy = pickle.loads(pickle.dumps(source))
    assert copy == source and hash(copy) == hash(source)
    assert [copy.line_of(i) for i in range(len(copy.text) + 1)] == [3, 3, 3, 4, 5, 5, 5, 6]


# ===========================================================================
# Markdown: boilerplate lines, not tags
# ===========================================================================

MARKDOWN_PAGE = (
    '<div class="share">\n'  # a tag alone on its line: skipped
    "Belarus detained [33 Russians](https://example.com/x) <br>on July 29.\n"  # prose: kept
    "<p><b>\n"  # two tags, one line
    "![photo](https://example.com/p.jpg)\n"  # an image: skipped
    "Share this article\n"  # furniture: skipped
)


def test_markdown_boilerplate_lines_are_counted_once_each_and_not_for_tags_in_prose(workdir):
    Path("news").mkdir()
    Path("news/a.md").write_text(MARKDOWN_PAGE, encoding="utf-8")
    Path("news/a.txt").write_text(MARKDOWN_PAGE, encoding="utf-8")  # no Markdown noise in .txt
    sources, problems = load_sources(["news"])
    assert problems == []
    assert [(s.path, s.skipped_lines) for s in sources] == [("news/a.md", 4), ("news/a.txt", 1)]
    kept = [line.split() for line in sources[0].scan_text.split("\n")]
    assert kept == [[], ["Belarus", "detained", "[33", "Russians", "on", "July", "29."], [], [], [], []]


def test_a_trailer_counts_each_line_of_text_it_blanks_and_not_the_blank_lines_between():
    # Found by a fact-checker: the count said 9 where `explain --left-out` listed 7 lines.
    body = "Belarus detained 33 Russians.\n\nRelated stories\n\nPutin visits Minsk on July 29\n"
    assert blank_boilerplate(body)[1] == 2
    assert blank_boilerplate(body, markdown=True)[1] == 2


# ===========================================================================
# Encodings: a hint that fits the bytes
# ===========================================================================

ICONV = "re-save it as UTF-8, e.g. `iconv -f {} -t utf-8`"


@pytest.mark.parametrize(("data", "line", "byte", "hint"), [
    ("Intro.\nCafé owners said police detained 33 Russians.\n".encode("latin-1"), 2, "10: 0xe9",
     "it looks like Latin-1: " + ICONV.format("latin1")),
    ("Zürich: Müller über Öl, à côté.\n".encode("latin-1"), 1, "1: 0xfc",
     "it looks like Latin-1: " + ICONV.format("latin1")),
    ("Intro line.\nПолиция задержала 33 россиян.\n".encode("cp1251"), 2, "12: 0xcf",
     "it looks like Windows Cyrillic (cp1251): " + ICONV.format("cp1251")),
    ("“33 Russians” – détenus\n".encode("cp1252"), 1, "0: 0x93",
     "it looks like Windows Western European (cp1252): " + ICONV.format("cp1252")),
    ("Москва — «Вагнер»: 33\n".encode() + b"caf\xe9\n", 2, "41: 0xe9",
     "the rest is UTF-8: retype the character there, or re-save the file as UTF-8"),
], ids=["latin-1", "latin-1-accents", "cp1251", "cp1252", "stray-byte-in-utf-8"])
def test_a_file_that_is_not_utf8_gets_a_hint_that_fits_its_bytes(workdir, data, line, byte, hint):
    Path("news").mkdir()
    Path("news/a.txt").write_bytes(data)
    sources, problems = load_sources(["news"])
    assert sources == []
    assert problems == [SourceProblem("news/a.txt", f"not valid UTF-8 (byte {byte}) ({hint})", line)]


# ===========================================================================
# Linked folders: followed, each folder once
# ===========================================================================


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_linked_folders_are_followed_once_each_and_loops_end(workdir):
    for path, number in [("news/a.txt", 33), ("news/sub/c.txt", 32), ("archive/b.txt", 31)]:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(f"Police detained {number} Russians.\n", encoding="utf-8")
    os.symlink("../archive", "news/more")  # a folder outside: followed
    os.symlink("sub", "news/alias")  # a folder inside: read once, by its real path
    os.symlink("..", "news/sub/up")  # a loop
    os.symlink(".", "news/here")  # another
    os.symlink("missing", "news/gone")  # a link to nothing: not an article, not a folder
    start = time.monotonic()
    sources, problems = load_sources(["news"])
    assert time.monotonic() - start < 10
    assert problems == []
    assert [s.path for s in sources] == ["news/a.txt", "news/more/b.txt", "news/sub/c.txt"]


# ===========================================================================
# Patterns that match empty text somewhere
# ===========================================================================


# Each matches nothing in an empty text, but empty text at a word boundary, after "detained ",
# before a digit, at a line's start: the old check (a search of "") let them all through.
@pytest.mark.parametrize("pattern", ["\\b{count}?", "(?<=detained ){count}?", "(?=\\d){count}*", "^{count}?",
                                     "(?:\\b|x)(?:{count})?"])
@pytest.mark.parametrize("command", [("rules", "check", "rules"), ("report", "news", "--rules", "rules")])
def test_a_pattern_that_matches_empty_text_anywhere_is_refused_at_load(tmp_path, pattern, command):
    write_rule(tmp_path / "rules", pattern, "empty")
    write_news(tmp_path / "news")
    result = run_cli(*command, cwd=tmp_path)
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == f"error: rules/empty.toml:4: pattern '{pattern}' matches empty text " \
                            "(a pattern must require some words)\n"


@pytest.mark.parametrize("pattern", ["(?<=detained ){count}", "\\b{count}\\b", "(?:police )?detained {count}",
                                     "^(?:detained )?{count}"])
def test_a_pattern_that_needs_its_value_is_accepted(tmp_path, pattern):
    write_rule(tmp_path / "rules", pattern)
    result = run_cli("rules", "check", "rules", cwd=tmp_path)
    assert (result.code, result.stdout) == (0, "1 rule OK, 3 warnings\n"), result.stderr


# ===========================================================================
# Ambiguous sets: a rule-check warning, not a Python warning
# ===========================================================================

NESTED = "[[a] {count}"
NESTED_WARNING = ("warning: rules/nested.toml:4: nested: pattern '[[a] {count}' has a [ inside [ ] at character 2: "
                  "[⟶[a] {count}, which a later regex version reads as a nested set (escape it as \\[)")


def test_rules_check_warns_about_a_set_inside_a_set_in_its_own_words(tmp_path):
    write_rule(tmp_path / "rules", NESTED, "nested")
    result = run_cli("rules", "check", "rules", cwd=tmp_path)
    assert (result.code, result.stdout) == (0, "1 rule OK, 4 warnings\n")
    assert result.stderr.splitlines()[-1] == NESTED_WARNING
    assert "FutureWarning" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("pattern", [NESTED, "x[0&&1] {count}", "{count} [a||b]"])
@pytest.mark.parametrize("command", [("report", "news", "--rules", "rules"), ("rules", "test", "rules"),
                                     ("explain", "news", "--rules", "rules")])
def test_no_python_warning_reaches_stderr(tmp_path, pattern, command):
    write_rule(tmp_path / "rules", pattern)
    write_news(tmp_path / "news", "Police detained 33 Russians. a 33 [ 5\n")
    result = run_cli(*command, cwd=tmp_path)
    assert result.code in (0, 1), result.stderr
    assert "Warning" not in result.stderr, result.stderr


# ===========================================================================
# Matching by parts reads what the whole pattern reads
# ===========================================================================

# (pattern, text, what the whole pattern reads: (raw, start, end) of each value)
BY_PARTS = [
    # the words after the value open with a group whose words the value can take ("33 b" is 33 billion)
    ("{count} (?:a|b)", "33 b one .. y thirty-three a. the 10 b", [("thirty-three", 14, 26)]),
    ("{count} (?:a|b)", "b 33 b   . on. the", []),
    ("{count} b", "the the 10 10 b on.", []),
    ("{count} and", "one hundred and five", []),
    # ("x {count} or more" reads "1 or more" whole, the hedge the pattern writes with the value:
    # see test_extract's test_a_hedge_the_pattern_writes_before_its_placeholder_...)
    ("{count} per cent", "x 1 per cent", []),
    # words the value can hold: "on" inside "one"
    ("{count} on", "thirty-three one", []),
    # wildcards beside the value
    ("{count}.. ", "Russians thirty-three a a a", [("thirty-three", 9, 21)]),
    ("{count}.. ", "x 2 . a . b and", [("2", 2, 3)]),
    # an optional part before a gap, and a gap in the words a search starts from
    ("{count}(?:on )? ... on", "a. 2 on", [("2", 3, 4)]),
    ("{count}(?:on )? ... on", "and 33 hundred b and on", [("33 hundred", 4, 14)]),
    ("{count} Russians ... detained", "Russians said 33 Russians were detained", [("33", 14, 16)]),
    ("{count} of (?:the|them|these) ... extradited",  # a shipped pattern (rules/russians-extradited.toml)
     "Some of the 33 Russians said 5 of them were extradited", [("5", 29, 30)]),
]


def _whole_reading(compiled, text):
    from datetime import date

    from discrepancy.values import Published, parse
    found = []
    for match in compiled.regex.finditer(text):
        try:
            parse("count", match.group("value"), Published(date(2020, 8, 15)))
        except ValueError:
            continue
        found.append((match.group("value"), *match.span("value")))
    return found


@pytest.mark.parametrize(("pattern", "text", "whole"), BY_PARTS)
def test_matching_by_parts_reads_what_the_whole_pattern_reads_in_every_shape(pattern, text, whole):
    from datetime import date

    from discrepancy.extract import extract_text
    from discrepancy.rules import Rule, compile_pattern
    from discrepancy.values import Published

    compiled = compile_pattern(pattern, "count")
    rule = Rule(id="x", question="?", kind="count", patterns=(compiled,), path="x.toml")
    assert _whole_reading(compiled, text) == whole
    assert [(o.raw, o.start, o.end) for o in extract_text(text, rule, Published(date(2020, 8, 15)))] == whole


@pytest.mark.parametrize("pattern", ["{count} (?:a|b)", "{count}(?:a|b)", "{count}.. ", "{count} . on", ".{count}",
                                     "{count}(?:on )? ... on", "on (?:a )? ... {count}", "{count} x ... on"])
def test_shapes_that_would_read_otherwise_run_whole(pattern):
    from discrepancy.rules import compile_pattern

    assert compile_pattern(pattern, "count").split is None


@pytest.mark.parametrize(("pattern", "kind", "text", "read"), [
    # an optional word a value opens with: the whole pattern reads the value with it or without it
    ("struck (?:between )?{time}", "time", "It struck between 9pm and 10pm.", ("9pm and 10pm", "21:00–22:00")),
    ("struck (?:about )?{time}", "time", "It struck about 2am.", ("about 2am", "about 02:00 (01:45–02:15)")),
    ("struck (?:from )?{time}", "time", "It struck from 9 to 10pm.", ("9 to 10pm", "21:00–22:00")),
    ("struck (?:early )?{date}", "date", "It struck early on Friday.", ("early on Friday", "2024-06-07")),
])
def test_an_optional_word_a_value_opens_with_makes_the_pattern_run_whole(pattern, kind, text, read):
    from datetime import date

    from discrepancy.extract import extract_text
    from discrepancy.rules import Rule, compile_pattern
    from discrepancy.values import Published

    compiled = compile_pattern(pattern, kind)
    assert compiled.split is None
    rule = Rule(id="x", question="?", kind=kind, patterns=(compiled,), path="x.toml")
    assert [(o.raw, o.value.display()) for o in extract_text(text, rule, Published(date(2024, 6, 7)))] == [read]


@pytest.mark.parametrize(("pattern", "kind"), [
    ("{count} Russians were detained", "count"),
    ("{count} (?:Russians|Russian (?:citizens|nationals|men|mercenaries|fighters|contractors)) (?:were|had been|have "
     "been|was|are) (?:detained|arrested|held)", "count"),  # the shipped shapes keep the fast way
    ("{count} (?:other|more|additional|further) (?:Russian )?(?:mercenaries|fighters)", "count"),
    ("detained {count} Russians", "count"),
    ("{date} (?:arrest|detention)s? of", "date"),
    ("{date} presidential (?:election|vote|poll)", "date"),
    ("on {date}, ... (?:detained|arrested)", "date"),
    # a grammar that came to hold "on" (as "late on Monday" did) made these run whole, 30% slower
    ("(?<!the )(?:detained|arrested) ... (?:on )?{date}", "date"),  # no date opens with "on"
    ("(?:meeting|talks|met) with ... Pompeo (?:in |on )?{date}", "date"),
    # the time grammar spells "at" ("ten at night") and "to", but no time opens with them
    ("(?:quake|earthquake) struck (?:at )?{time}", "time"),
    ("collapsed (?:at )?{time}", "time"),
    ("{time} (?:on|local)", "time"),  # "local" is a pattern's word: "2200 local" reads 2200
])
def test_shapes_that_read_the_same_still_match_by_parts(pattern, kind):
    from discrepancy.rules import compile_pattern

    assert compile_pattern(pattern, kind).split is not None


# ===========================================================================
# Ctrl-C while the command starts
# ===========================================================================

# Runs the console script's entry point as the installed `discrepancy` command does, after
# planting a Ctrl-C: the moment the command first imports `trigger`, it signals itself.
START_WITH_CTRL_C = """
import importlib, importlib.abc, os, signal, sys
trigger, entry = sys.argv[1], sys.argv[2]
class CtrlC(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == trigger:
            os.kill(os.getpid(), signal.SIGINT)
        return None
sys.meta_path.insert(0, CtrlC())
module, function = entry.split(":")
sys.argv = ["discrepancy", *sys.argv[3:]]
sys.exit(getattr(importlib.import_module(module), function)())
"""


def console_entry_point() -> str:
    with open(REPO / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]["scripts"]["discrepancy"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(("command", "trigger"), [
    *((("report", "sources", "--rules", "rules", "-o", "{tmp}/r.md"), trigger)
      for trigger in ("regex", "discrepancy.values", "discrepancy.cli", "typer")),
    # --help imports no stage of the library (nor regex): see tests/test_api.py
    *((("--help",), trigger) for trigger in ("discrepancy.cli", "typer")),
])
def test_ctrl_c_while_starting_is_one_line_and_exit_130(tmp_path, trigger, command):
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in command]
    done = subprocess.run([sys.executable, "-c", START_WITH_CTRL_C, trigger, console_entry_point(), *args],
                          cwd=REPO, capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "interrupted: no report written\n")
    assert list(tmp_path.iterdir()) == []


def test_the_console_entry_point_imports_nothing_heavy_before_it_runs():
    module, _ = console_entry_point().split(":")
    done = subprocess.run([sys.executable, "-c", f"import sys, {module}; print(sorted(m for m in sys.modules "
                           "if m.split('.')[0] in ('discrepancy', 'typer', 'rich', 'regex')))"],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.stdout == "[]\n", done.stderr


# ===========================================================================
# Invisible format characters inside words
# ===========================================================================

SHY, ZWSP, ZWNJ, ZWJ, WJ, BOM = "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"
ROUTES = {  # one pattern for each way a pattern is matched: by parts from the left, from the right, whole
    "left": "detained {count} Russians",
    "right": "{count} detained Russians",
    "whole": "{count} Russians were (?:detained|arrested)",
}


@pytest.mark.parametrize("mark", [SHY, ZWSP, ZWNJ, ZWJ, WJ, BOM], ids=["shy", "zwsp", "zwnj", "zwj", "wj", "bom"])
@pytest.mark.parametrize(("route", "text", "raw"), [
    ("whole", "Police said thir{m}ty-three Russians were detained.", "thir{m}ty-three"),
    ("whole", "Police said thirty-thr{m}ee Russians were ar{m}rested.", "thirty-thr{m}ee"),
    ("left", "Police de{m}tained thir{m}ty-three Rus{m}sians.", "thir{m}ty-three"),
    ("left", "Police detained thirty-thr{m}ee Russians.", "thirty-thr{m}ee"),
    ("right", "There were thir{m}ty-three de{m}tained Russians.", "thir{m}ty-three"),
    ("right", "There were thirty-thr{m}ee detained Rus{m}sians.", "thirty-thr{m}ee"),
    ("right", "There were {m}thirty-three{m} detained Russians.", "{m}thirty-three{m}"),
], ids=lambda value: value if value in ROUTES else None)
def test_a_format_character_inside_a_word_is_read_through_with_exact_evidence(workdir, mark, route, text, raw):
    from discrepancy.extract import extract
    from discrepancy.rules import load_rules

    text, raw = text.replace("{m}", mark), raw.replace("{m}", mark)
    write_rule(Path("rules"), ROUTES[route])
    write_news(Path("news"), f"Minsk, 30 July.\n{text}\n")
    sources, problems = load_sources(["news"])
    assert problems == [] and len(sources[0].scan_text) == len(sources[0].text)
    [observation] = extract(sources, load_rules(["rules"]))
    start = sources[0].text.index(raw)
    assert (observation.value.display(), observation.raw) == ("33", raw)
    assert (observation.start, observation.end, observation.line, observation.column) == (
        start, start + len(raw), 2, start - len("Minsk, 30 July.\n") + 1)


def test_the_brief_example_reads_33_through_the_shipped_rule(workdir):
    from discrepancy.extract import extract
    from discrepancy.rules import load_rules

    write_news(Path("news"), "thir\u00adty-three Russians were detained\n")
    sources, _ = load_sources(["news"])
    [observation] = extract(sources, load_rules([REPO / "rules" / "russians-detained.toml"]))
    assert (observation.value.display(), observation.raw, observation.start, observation.end) == (
        "33", "thir\u00adty-three", 0, 13)


def test_format_characters_move_to_the_end_of_their_word_and_nothing_else_moves():
    from discrepancy.sources import format_at_word_ends

    assert format_at_word_ends("thir\u00adty-three Rus\u200bsians") == "thirty\u00ad-three Russians\u00ad"
    assert format_at_word_ends("\ufeffPolice said \u200b 33.") == "Police\u00ad said \u00ad 33."
    assert format_at_word_ends("Police detained 33 Russians.") == "Police detained 33 Russians."


def test_reading_a_value_skips_format_characters():
    from discrepancy.values import parse_count

    assert parse_count("thir\u00adty-three").low == 33
    assert parse_count("\u200bone hun\u00addred and twen\u2060ty\ufeff").low == 120
