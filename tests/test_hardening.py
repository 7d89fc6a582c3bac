"""Hardening: hostile sources, broken rules, huge inputs, and Ctrl-C, through the real command line.

Sources come from the open web and rules from many contributors, and CI runs them unattended.
Whatever they hold, a run either reads a file correctly or reports it (file, line, reason) and
goes on with the rest; it never prints a traceback, never hangs, and never lets input take
over what it prints:

* the terminal report holds no escape byte of the input, and rich markup in an article is
  shown as the text it is;
* Markdown tables keep their shape and no HTML of the input survives;
* JSON parses, and keeps the input's text exactly.

The hostile articles are written at test time by `tests/hostile/corpus.py`, each with what
the run must do with it. Sizes and times below are generous bounds, not benchmarks.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from conftest import REPO, Result, run_cli
from discrepancy.values import parse_count
from hostile.corpus import (BEL, CASES, ESC, RLO, ZWJ, ZWSP, Case, write_demo_copies, write_hostile_corpus,
                            write_many_rules, write_rule, write_single_line, write_small_files)

SHIPPED_RULES = str(REPO / "rules")
OWN_STYLES = re.compile(r"\x1b\[[0-9;]*m")  # the terminal report's own colours: ESC [ digits ; m
# What must never reach a terminal or a Markdown file from the input: C0 controls other than
# line feed, DEL, C1 controls, bidi overrides and isolates, zero-width space.
UNSAFE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b]")


def no_traceback(result: Result) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr


def timed(*args: str, cwd: Path = REPO) -> tuple[Result, float]:
    start = time.monotonic()
    result = run_cli(*args, cwd=cwd)
    return result, time.monotonic() - start


# ===========================================================================
# The hostile corpus: every run, every format
# ===========================================================================


@dataclass
class Hostile:
    root: Path
    runs: dict[str, Result]

    def report(self, name: str) -> Result:
        return self.runs[name]


RUNS = {
    "terminal": ("report", "--no-color"),
    "terminal-color": ("report", "--color"),
    "markdown": ("report", "--format", "markdown"),
    "json": ("report", "--format", "json"),
    "github": ("report", "--format", "github"),
    "extract-terminal": ("extract", "--no-color"),
    "extract-markdown": ("extract", "--format", "markdown"),
    "extract-json": ("extract", "--format", "json"),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Hostile:
    root = tmp_path_factory.mktemp("hostile")
    write_hostile_corpus(root / "news")
    write_rule(root / "rules")
    runs = {name: run_cli(command, "news", "--rules", "rules", *options, cwd=root)
            for name, (command, *options) in RUNS.items()}
    return Hostile(root, runs)


def cases(expect: str) -> list[Case]:
    return [case for case in CASES if case.expect == expect]


@pytest.mark.parametrize("run", RUNS)
def test_every_run_exits_2_without_a_traceback(hostile, run):
    result = hostile.report(run)
    no_traceback(result)
    assert result.code == 2  # unreadable sources, and the report is still produced
    assert result.stdout


@pytest.mark.parametrize("run", ["terminal", "markdown", "json"])
@pytest.mark.parametrize("case", cases("problem"), ids=lambda c: c.name)
def test_an_unreadable_file_is_named_with_its_line_and_the_run_goes_on(hostile, run, case):
    where = f"news/{case.name}:{case.line}" if case.line else f"news/{case.name}"
    warnings = [line for line in hostile.report(run).stderr.splitlines() if line.startswith(f"warning: {where}: ")]
    assert len(warnings) == 1 and case.reason in warnings[0]
    assert warnings[0].endswith(f"; news/{case.name} is left out of the report")
    assert f"news/{case.name}" in hostile.report(run).stdout  # and in the report itself


def test_the_json_report_reads_every_readable_file_and_lists_every_problem(hostile):
    report = hostile.report("json").json()
    read = defaultdict(list)
    for obs in report["observations"]:
        read[obs["source"]].append((obs["line"], obs["value"]["display"]))
    expected = {f"news/{c.name}": [(c.line, v) for v in c.values] for c in cases("read")}
    assert dict(read) == expected
    sources = {s["path"] for s in report["sources"]}
    assert sources == {f"news/{c.name}" for c in cases("read") + cases("silent")}
    assert [(p["path"], p["line"]) for p in report["problems"]] == sorted(
        (f"news/{c.name}", c.line) for c in cases("problem"))


def test_silent_sources_are_listed_as_silent(hostile):
    verdict = hostile.report("json").json()["verdicts"][0]
    assert verdict["silent"] == sorted(f"news/{c.name}" for c in cases("silent"))


@pytest.mark.parametrize("run", ["terminal", "markdown", "extract-terminal", "extract-markdown"])
def test_no_escape_byte_or_invisible_control_reaches_human_output(hostile, run):
    out = hostile.report(run).stdout + hostile.report(run).stderr
    assert ESC not in out and BEL not in out and RLO not in out and ZWSP not in out and "\r" not in out
    assert not UNSAFE.search(out)


@pytest.mark.parametrize("run", ["terminal", "extract-terminal"])
def test_the_escapes_are_shown_as_harmless_pictures(hostile, run):
    out = hostile.report(run).stdout
    assert "␛[31mRED␛[0m" in out and "␛]8;;http://evil.example␇click" in out and "␛[2J␛[H" in out
    unwrapped = "".join(out.split())  # the table may fold a long word anywhere
    assert "⟨U+202E⟩23eulav⟨U+202C⟩" in unwrapped and "⟨U+200B⟩more" in unwrapped


def test_a_colour_report_carries_only_its_own_styles(hostile):
    out = hostile.report("terminal-color").stdout
    assert OWN_STYLES.search(out)  # it is coloured
    assert ESC not in OWN_STYLES.sub("", out)  # and nothing else: no OSC 8 link, no cursor moves
    assert "␛]8;;http://evil.example␇click" in out


@pytest.mark.parametrize("run", ["terminal", "terminal-color", "extract-terminal"])
def test_rich_markup_in_an_article_is_shown_as_written(hostile, run):
    words = " ".join(OWN_STYLES.sub("", hostile.report(run).stdout).split())
    for markup in ("[bold red]Police[/]", "[link=http://evil.example]here[/link]", "[blink]there[/blink]",
                   ":warning:"):
        assert markup in words
    assert "⚠" not in words  # no emoji code was read either


def test_zero_width_joiners_are_kept_in_what_they_join(hostile):
    family = f"\U0001F468{ZWJ}\U0001F469{ZWJ}\U0001F467"  # one emoji, not three
    assert family in hostile.report("terminal").stdout and family in hostile.report("markdown").stdout
    assert any(family in o["sentence"] for o in hostile.report("json").json()["observations"])


def table_shapes(markdown: str) -> list[list[int]]:
    """Cells per row, per table, as a Markdown parser sees them."""
    tables: list[list[int]] = []
    for token in MarkdownIt().enable("table").parse(markdown):
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            tables[-1].append(0)
        elif token.type in ("td_open", "th_open"):
            tables[-1][-1] += 1
    return tables


def all_tokens(tokens):
    for token in tokens:
        yield token
        yield from all_tokens(token.children or [])


@pytest.mark.parametrize("run", ["markdown", "extract-markdown"])
def test_markdown_tables_keep_their_shape(hostile, run):
    markdown = hostile.report(run).stdout
    shapes = table_shapes(markdown)
    assert shapes and all(len(set(rows)) == 1 for rows in shapes), shapes
    blocks = re.split(r"\n(?!\|)", markdown)  # runs of table lines
    for block in blocks:
        rows = [line for line in block.splitlines() if line.startswith("|")]
        assert len({len(re.findall(r"(?<!\\)\|", row)) for row in rows}) <= 1, block


@pytest.mark.parametrize("run", ["markdown", "extract-markdown"])
def test_markdown_holds_no_html_and_links_only_to_the_web(hostile, run):
    tokens = list(all_tokens(MarkdownIt().enable("table").parse(hostile.report(run).stdout)))
    assert not {t.type for t in tokens} & {"html_block", "html_inline", "image", "code_inline", "fence"}
    links = [t.attrs["href"] for t in tokens if t.type == "link_open"]
    assert all(link.startswith(("http://", "https://")) for link in links), links
    html = MarkdownIt().enable("table").render(hostile.report(run).stdout)
    assert "<script" not in html and "<!--" not in html and "javascript:" not in " ".join(links)


@pytest.mark.parametrize("run", ["json", "extract-json"])
def test_json_parses_keeps_the_text_and_prints_no_raw_control(hostile, run):
    result = hostile.report(run)
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2028\u2029]",
                         result.stdout.replace("\n", ""))
    report = result.json()
    sentences = {o["source"]: o["sentence"] for o in report["observations"]}
    assert f"{ESC}[31mRED{ESC}[0m" in sentences["news/ansi.txt"]
    assert f"{RLO}23 eulav" in sentences["news/rlo.txt"]
    assert "<script>alert(1)</script>" in sentences["news/html.txt"]
    outlets = {s["path"]: s["outlet"] for s in report["sources"]}
    assert outlets["news/ansi-metadata.txt"] == f"{ESC}[31mEvil Daily{ESC}[0m [bold red]Outlet[/] | x"
    assert outlets["news/bom.txt"] == "BOM Daily"


def test_github_annotations_are_one_command_a_line(hostile):
    lines = hostile.report("github").stdout.splitlines()
    assert lines and all(line.startswith("::") for line in lines)
    assert not UNSAFE.search(hostile.report("github").stdout)
    errors = [line for line in lines if line.startswith("::error ")]
    assert len(errors) == len(cases("problem"))


def test_a_bom_and_any_line_ending_leave_lines_where_an_editor_shows_them(hostile):
    out = hostile.report("terminal").stdout
    for case in ("crlf.txt", "lone-cr.txt", "bom.txt", "markup.md"):
        line = next(c.line for c in cases("read") if c.name == case)
        assert f"news/{case}:{line}" in out
    assert "\ufeff" not in out


# ===========================================================================
# Huge and odd corpora
# ===========================================================================


def test_a_50_mb_single_line_file_is_read_in_bounded_time(tmp_path):
    write_single_line(tmp_path / "huge.txt", 50_000_000)
    (tmp_path / "short.txt").write_text("Police detained 33 Russians near Minsk.\n", encoding="utf-8")
    result, seconds = timed("report", "huge.txt", "short.txt", "--rules", SHIPPED_RULES, "--format", "json",
                            cwd=tmp_path)
    no_traceback(result)
    assert result.code == 0, result.stderr
    assert seconds < 60
    report = result.json()
    assert [s["path"] for s in report["sources"]] == ["huge.txt", "short.txt"]
    assert [(o["source"], o["raw"]) for o in report["observations"]] == [("short.txt", "33")]


def test_ten_thousand_small_files_in_bounded_time(tmp_path):
    write_small_files(tmp_path / "news", 10_000)
    result, seconds = timed("report", "news", "--rules", SHIPPED_RULES, "--format", "json", cwd=tmp_path)
    no_traceback(result)
    assert result.code == 0, result.stderr
    assert seconds < 120
    report = result.json()
    assert len(report["sources"]) == 10_000
    verdict = next(v for v in report["verdicts"] if v["rule"] == "russians-detained")
    assert verdict["status"] == "disagreement" and verdict["consensus"]["display"] == "33"
    assert len(verdict["disagreeing"]) == 1_000 and len(verdict["agreeing"]) == 9_000


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_symlink_loops_neither_hang_nor_repeat_and_are_named(tmp_path):
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    (news / "a.txt").write_text("Police detained 33 Russians.\n", encoding="utf-8")
    (news / "sub" / "up").symlink_to("..")  # a folder loop: news/sub/up/sub/up/...
    (news / "sub" / "again").symlink_to("../sub")
    (news / "self.txt").symlink_to("self.txt")  # a file loop
    (news / "ping.txt").symlink_to("pong.txt")
    (news / "pong.txt").symlink_to("ping.txt")
    result, seconds = timed("report", "news", "news/sub/up", "--rules", SHIPPED_RULES, "--format", "json",
                            cwd=tmp_path)
    no_traceback(result)
    assert seconds < 30
    assert result.code == 2
    report = result.json()
    assert [s["path"] for s in report["sources"]] == ["news/a.txt"]  # once, though reachable twice
    problems = {p["path"]: p["message"] for p in report["problems"]}
    assert sorted(problems) == ["news/ping.txt", "news/pong.txt", "news/self.txt"]
    assert all("symbolic links" in message for message in problems.values())


def test_an_unreadable_file_is_named_and_the_run_goes_on(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Police detained 33 Russians.\n", encoding="utf-8")
    locked = news / "locked.txt"
    locked.write_text("Police detained 32 Russians.\n", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root (as in CI containers): chmod 000 does not stop root from reading")
        result = run_cli("report", "news", "--rules", SHIPPED_RULES, "--format", "json", cwd=tmp_path)
    finally:
        locked.chmod(0o644)
    no_traceback(result)
    assert result.code == 2
    report = result.json()
    assert [s["path"] for s in report["sources"]] == ["news/a.txt"]
    assert [(p["path"], p["message"].split(" (")[0]) for p in report["problems"]] == [
        ("news/locked.txt", "cannot read file: Permission denied")]
    assert "warning: news/locked.txt: cannot read file" in result.stderr


# ===========================================================================
# Broken and excessive rules
# ===========================================================================

# Refused when the rule loads (a repeat inside a repeat), or stopped while it runs (an
# alternation whose branches overlap): either way one line naming the rule's file, line and pattern.
@pytest.mark.parametrize("pattern", ["(a+)+b {count}", "(?:a|aa)+b {count}"])
def test_a_catastrophic_pattern_is_stopped_and_named_within_seconds(tmp_path, pattern):
    write_rule(tmp_path / "rules", f'id = "catastrophic"\nquestion = "How many?"\nkind = "count"\n'
                                   f"patterns = ['{pattern}']\n", "catastrophic.toml")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Police detained 33 Russians.\n", encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text("a" * 5_000 + "\n", encoding="utf-8")
    result, seconds = timed("report", "news", "--rules", "rules", cwd=tmp_path)
    no_traceback(result)
    assert seconds < 15
    assert result.code == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: rules/catastrophic.toml:4: pattern '{pattern}' ")
    assert "catastroph" in line or "repeat" in line


@pytest.mark.parametrize("pattern", ["{count}?", "(?:{count})?", "{count}|", "|{count}", "(?:x)?{count}*",
                                     "(?:{count}|x)*", "(?:detained )?{count}{0}"])
@pytest.mark.parametrize("command", [("rules", "check", "rules"), ("report", "news", "--rules", "rules")])
def test_a_pattern_that_matches_empty_text_is_refused_at_load(tmp_path, pattern, command):
    write_rule(tmp_path / "rules", f'id = "empty"\nquestion = "How many?"\nkind = "count"\npatterns = [\'{pattern}\']\n',
               "empty.toml")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Police detained 33 Russians.\n", encoding="utf-8")
    result = run_cli(*command, cwd=tmp_path)
    no_traceback(result)
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr == f"error: rules/empty.toml:4: pattern '{pattern}' matches empty text " \
                            "(a pattern must require some words)\n"


@pytest.mark.parametrize("pattern", [".{count}", "(?s:.){count}", "{count}.*", "{count}[\\s\\S]*", "\\W{count}\\W"])
def test_a_pattern_that_matches_any_character_ends_with_a_report(tmp_path, pattern):
    write_rule(tmp_path, f'id = "anything"\nquestion = "How many?"\nkind = "count"\npatterns = [\'{pattern}\']\n',
               "anything.toml")
    result, seconds = timed("report", "sources", "--rules", str(tmp_path / "anything.toml"), "--format", "json")
    no_traceback(result)
    assert result.code == 0, result.stderr
    assert seconds < 60
    observations = result.json()["observations"]
    assert observations
    for obs in observations:
        assert parse_count(obs["raw"]).display() == obs["value"]["display"]


def test_a_thousand_rules_load_and_run_on_the_demo_corpus(tmp_path):
    ids = write_many_rules(tmp_path / "many", 1_000)
    assert len(set(ids)) == 1_000
    checked, _ = timed("rules", "check", str(tmp_path / "many"))
    assert checked.code == 0 and checked.stdout.startswith("1000 rules OK"), checked.stderr
    result, seconds = timed("report", "sources", "--rules", str(tmp_path / "many"), "--format", "json")
    no_traceback(result)
    assert result.code == 0, result.stderr[-2000:]
    assert seconds < 120
    verdicts = {v["rule"]: v for v in result.json()["verdicts"]}
    assert sorted(verdicts) == sorted(ids)
    detained = verdicts["count-0000"]  # "detained {count} Russians" and the like
    assert detained["status"] == "disagreement" and detained["consensus"]["display"] == "33"


# ===========================================================================
# Ctrl-C
# ===========================================================================


@pytest.fixture(scope="module")
def large_corpus(tmp_path_factory) -> Path:
    """About 11 MB of demo-like articles: a run takes far longer than the moment we wait."""
    root = tmp_path_factory.mktemp("large")
    assert write_demo_copies(root / "news", 3_000) > 10_000_000
    return root


def startup_seconds() -> float:
    """How long the command takes to start (import, parse arguments): Ctrl-C is sent after it."""
    start = time.monotonic()
    subprocess.run([sys.executable, "-m", "discrepancy", "--help"], capture_output=True, cwd=REPO, check=True)
    return time.monotonic() - start


def interrupt(root: Path, *args: str, group: bool) -> tuple[int, str, str, int]:
    """Run `discrepancy report` in `root`, press Ctrl-C once it has started; returns
    (exit code, stdout, stderr, process group id)."""
    # After the start-up (`python -m discrepancy` imports the package before any handler is
    # set), with room for a loaded machine; a run over the large corpus takes several seconds.
    delay = max(1.0, 3 * startup_seconds())
    process = subprocess.Popen([sys.executable, "-m", "discrepancy", "report", "news", "--rules", SHIPPED_RULES,
                                *args], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               encoding="utf-8", start_new_session=True)
    try:
        time.sleep(delay)
        if group:  # as a terminal does: the whole foreground process group, workers included
            os.killpg(process.pid, signal.SIGINT)
        else:
            process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
    return process.returncode, stdout, stderr, process.pid


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name != "news")


# Ctrl-C at a terminal signals the whole process group, worker processes (--jobs 2) included:
# workers ignore it and the parent stops them (test_ctrl_c_to_the_group_stops_the_workers
# below presses it while they are working).
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(("jobs", "group"), [("1", False), ("1", True), ("2", False), ("2", True)])
def test_ctrl_c_exits_130_with_one_line_and_writes_nothing(large_corpus, jobs, group):
    code, stdout, stderr, pid = interrupt(large_corpus, "-o", "report.md", "-o", "report.json", "--jobs", jobs,
                                          group=group)
    assert code == 130
    assert stderr == "interrupted: no report written\n"
    assert stdout == ""
    assert leftovers(large_corpus) == []  # no report, no temporary file
    assert not group_alive(pid)  # no worker process is left behind either


def group_alive(pgid: int) -> bool:
    for _ in range(20):
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        time.sleep(0.1)
    return True


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_leaves_an_earlier_report_as_it_was(large_corpus):
    earlier = large_corpus / "report.md"
    earlier.write_text("# the report from yesterday\n", encoding="utf-8")
    try:
        code, _, stderr, _ = interrupt(large_corpus, "-o", "report.md", "--jobs", "1", group=False)
        assert code == 130 and stderr == "interrupted: no report written\n"
        assert earlier.read_text(encoding="utf-8") == "# the report from yesterday\n"
        assert leftovers(large_corpus) == ["report.md"]
    finally:
        earlier.unlink()


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


# As a terminal does: Ctrl-C to the whole process group while the two workers are extracting,
# early and late in their work. Neither a worker nor a finalizer may swallow it or print.
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to see the worker processes")
@pytest.mark.parametrize("after", [0.0, 0.2, 0.5])
def test_ctrl_c_to_the_group_stops_the_workers(large_corpus, after):
    process = subprocess.Popen([sys.executable, "-m", "discrepancy", "report", "news", "--rules", SHIPPED_RULES,
                                "-o", "report.md", "-o", "report.json", "--jobs", "2"], cwd=large_corpus,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while len(children(process.pid)) < 2:
            assert process.poll() is None and time.monotonic() < deadline, "the workers never started"
            time.sleep(0.02)
        time.sleep(after)
        os.killpg(process.pid, signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
    assert (process.returncode, stdout, stderr) == (130, "", "interrupted: no report written\n")
    assert leftovers(large_corpus) == []
    assert not group_alive(process.pid)


@pytest.mark.parametrize("written, value", [
    ("٣٣", 33),  # Arabic-Indic digits
    ("۳۳", 33),  # Extended Arabic-Indic (Persian) digits
    ("３３", 33),  # full-width digits
    ("３,３００", 3300),
    ("1\u202f234", 1234),  # narrow no-break space between thousands
    ("1\u00a0234", 1234),
])
def test_digits_of_other_scripts_read_as_their_number_with_the_text_kept_as_written(written, value):
    from discrepancy.extract import extract_text
    from discrepancy.rules import load_rules

    (rule,) = [r for r in load_rules([REPO / "rules"]) if r.id == "russians-detained"]
    text = f"Belarus detained {written} Russians."
    (obs,) = extract_text(text, rule)
    assert (obs.value.low, obs.value.high, obs.raw, text[obs.start:obs.end]) == (value, value, written, written)
