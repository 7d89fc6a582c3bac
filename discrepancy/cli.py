"""The command line: a thin layer over the library API.

Exit codes: 0 clean · 1 findings at or above --fail-on (or failing rule tests) ·
2 bad input (unreadable sources, broken rules, unwritable output) · 130 interrupted.
stdout carries the report and nothing else; warnings go to stderr.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import interrupt
from .errors import EXIT_BAD_INPUT, EXIT_CLEAN, EXIT_FINDINGS, EXIT_INTERRUPTED, InputError

app = typer.Typer(
    add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None,
    help="Compare what different news sources say about the same event, fact by fact.\n\n"
         "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or broken rules.",
)
rules_app = typer.Typer(no_args_is_help=True, help="Write, test and inspect rule files.")
app.add_typer(rules_app, name="rules")


class Format(str, Enum):
    terminal = "terminal"
    markdown = "markdown"
    json = "json"
    github = "github"


class DiffFormat(str, Enum):
    terminal = "terminal"
    markdown = "markdown"
    json = "json"


class ExtractFormat(str, Enum):
    terminal = "terminal"
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"


class FailOn(str, Enum):
    never = "never"
    uncorroborated = "uncorroborated"
    disagreement = "disagreement"


SourcesArg = Annotated[Optional[list[Path]], typer.Argument(
    help="Article files or folders (default: sources).", show_default=False)]
RulesOpt = Annotated[Optional[list[Path]], typer.Option(
    "--rules", "-r", help="Rule file or folder; repeatable (default: from discrepancy.toml, else rules).",
    show_default=False)]
FormatOpt = Annotated[Optional[Format], typer.Option(
    "--format", "-f", help="Report format on stdout (default: terminal); github prints workflow commands "
                           "(annotations) for GitHub Actions.", show_default=False)]
FailOnOpt = Annotated[Optional[FailOn], typer.Option(
    help="Exit 1 when a finding this serious or worse exists (default: never).", show_default=False)]
OutputOpt = Annotated[Optional[list[Path]], typer.Option(
    "--output", "-o", help="Also write the report to FILE (format from .md/.json, else --format); repeatable.",
    show_default=False)]
def _color_option(help: str):
    """--color/--no-color, which every command takes, so a script or an alias can pass it to any."""
    return Annotated[Optional[bool], typer.Option("--color/--no-color", help=help, show_default=False)]


ColorOpt = _color_option("Colour the terminal report (default: when stdout is a terminal and NO_COLOR is unset).")
# The commands that print plain text take it too: it changes nothing in what they print.
PlainColorOpt = _color_option("Accepted as every command accepts it; this command's output is plain text, never coloured.")
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on stdout (with --output).")]
JobsOpt = Annotated[Optional[int], typer.Option(
    "--jobs", "-j", min=1, help="Worker processes for large corpora (default: the number of cores).", show_default=False)]


@app.command()
def report(
    sources: SourcesArg = None,
    rules: RulesOpt = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    color: ColorOpt = None,
    quiet: QuietOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """Extract every fact from every source, compare across sources, and report.

    Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or broken rules.

    Example: discrepancy report sources --rules rules --output reports/report.md --fail-on disagreement
    """
    from . import run

    settings = _settings()
    comparison = run(_sources(sources), _rules(rules), _jobs(jobs), settings.enable, settings.disable)
    _deliver(comparison, format, output, fail_on, color, quiet, command="report")


@app.command()
def extract(
    sources: SourcesArg = None,
    rules: RulesOpt = None,
    format: Annotated[Optional[ExtractFormat], typer.Option(
        "--format", "-f", help="jsonl writes one record a line, for `discrepancy compare` (default: terminal).",
        show_default=False)] = None,
    output: OutputOpt = None,
    color: ColorOpt = None,
    quiet: QuietOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """List every value every rule finds in every source, with its evidence; no comparison.

    Example: discrepancy extract sources/000_c0c177431e9f6d24.txt --rules rules --format json
    """
    from . import run
    from .records import to_lines
    from .report import render_observations

    settings = _settings()
    comparison = run(_sources(sources), _rules(rules), _jobs(jobs), settings.enable, settings.disable)
    _warn_about(comparison, command="extract")

    def draw(fmt, use_color, width):
        if fmt == "jsonl":
            return to_lines(comparison.sources, comparison.observations, comparison.problems)
        return render_observations(comparison, fmt, color=use_color, width=width)

    _emit(draw, format or ExtractFormat.terminal, output, color, quiet)
    raise typer.Exit(EXIT_BAD_INPUT if comparison.problems else EXIT_CLEAN)


@app.command()
def compare(
    records: Annotated[list[Path], typer.Argument(help="Files written by `discrepancy extract --format jsonl`.")],
    rules: RulesOpt = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    color: ColorOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Compare observations extracted elsewhere (the reduce step); the same report as `report`.

    Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or broken rules.

    Example: discrepancy extract sources -f jsonl -o obs.jsonl -q && discrepancy compare obs.jsonl
    """
    from .compare import compare as compare_all
    from .records import read_records
    from .rules import load_rules, select_rules

    settings = _settings()
    loaded_rules = select_rules(load_rules(_rules(rules)), settings.enable, settings.disable)
    sources, observations, problems = read_records(records)
    _deliver(compare_all(sources, loaded_rules, observations, problems), format, output, fail_on, color, quiet,
             command="compare")


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(metavar="OLD.json", help="The earlier report (`report --format json`).")],
    new: Annotated[Path, typer.Argument(metavar="NEW.json", help="The later report.")],
    format: Annotated[DiffFormat, typer.Option("--format", "-f", help="Format on stdout.")] = DiffFormat.terminal,
    color: PlainColorOpt = None,
) -> None:
    """What changed between two JSON reports: new and resolved disagreements, changed values, facts and sources.

    Exit codes: 0 no new disagreements, 1 NEW.json disagrees on a fact OLD.json did not, 2 unreadable input.

    Example: discrepancy diff reports/main.json reports/pr.json --format markdown
    """
    from .diff import diff_reports, load_report
    from .report import render_diff

    changes = diff_reports(load_report(old), load_report(new))
    sys.stdout.write(render_diff(changes, format.value))
    raise typer.Exit(EXIT_FINDINGS if changes.introduces_disagreements else EXIT_CLEAN)


@app.command()
def explain(
    sources: SourcesArg = None,
    rules: RulesOpt = None,
    rule: Annotated[Optional[list[str]], typer.Option("--rule", help="Only this rule id; repeatable.",
                                                       show_default=False)] = None,
    left_out: Annotated[bool, typer.Option("--left-out", help="First list the lines no rule reads: page furniture "
                                                              "and each source's boilerplate.")] = False,
    color: PlainColorOpt = None,
) -> None:
    """Show how each rule reads each source: every match, each normalisation step, and near misses.

    Example: discrepancy explain sources/004_b7662e16b4581a0c.txt --rule election-date
    """
    from .authoring import explain as explain_matches
    from .rules import load_rules
    from .sources import load_sources

    loaded = load_rules(_rules(rules))
    unknown = [wanted for wanted in rule or () if wanted not in {r.id for r in loaded}]
    if unknown:
        raise InputError(f"no rule with id {unknown[0]!r}", hint=f"known ids: {', '.join(r.id for r in loaded)}")
    chosen = [r for r in loaded if not rule or r.id in rule]
    found, problems = load_sources(_sources(sources))
    for problem in problems:
        _warn_about_problem(problem, command="explain")
    sys.stdout.write(explain_matches(found, chosen, left_out))


@rules_app.command("test")
def rules_test(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Rule files or folders (default: rules).",
                                                          show_default=False)] = None,
    rules: RulesOpt = None,
    color: PlainColorOpt = None,
) -> None:
    """Run every rule's examples: each [[example]] must be read as its value, each [[counterexample]] not at all.

    Example: discrepancy rules test rules/russians-detained.toml
    """
    from .authoring import format_test_results, test_rules
    from .rules import load_rules

    results = test_rules(load_rules(_rule_paths(paths, rules)))
    sys.stdout.write(format_test_results(results))
    raise typer.Exit(EXIT_FINDINGS if any(not r.passed for r in results) else EXIT_CLEAN)


@rules_app.command("check")
def rules_check(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Rule files or folders (default: rules).",
                                                          show_default=False)] = None,
    rules: RulesOpt = None,
    color: PlainColorOpt = None,
) -> None:
    """Validate rule files without reading any source: syntax, fields, patterns, examples present.

    Example: discrepancy rules check rules
    """
    from .authoring import check_rules
    from .rules import load_rules, pattern_warnings

    rules = load_rules(_rule_paths(paths, rules))
    warnings = check_rules(rules) + pattern_warnings(rules)
    for warning in warnings:
        _stderr(f"warning: {warning}")
    def count(n: int, thing: str) -> str:
        return f"{n} {thing}{'' if n == 1 else 's'}"

    sys.stdout.write(f"{count(len(rules), 'rule')} OK" + (f", {count(len(warnings), 'warning')}" if warnings else "") + "\n")


def _rule_paths(paths: list[Path] | None, rules: list[Path] | None) -> list[Path]:
    """The rule files a `rules` command reads: named as arguments or with --rules, as the
    other commands take them."""
    return [*(paths or []), *(rules or [])] or _rules(None)


@rules_app.command("list")
def rules_list(
    sources: SourcesArg = None,
    rules: RulesOpt = None,
    color: PlainColorOpt = None,
) -> None:
    """List the rules: id, kind, question, file, and how many sources each matched.

    Exit codes: 0 listed, 2 bad input (a source that could not be read, a folder without articles).

    Example: discrepancy rules list sources --rules rules
    """
    from . import run
    from .authoring import format_rule_list

    comparison = run(_sources(sources), _rules(rules))
    for problem in comparison.problems:  # "rules list rules" would otherwise count 0/0 and exit 0
        _warn_about_problem(problem, command="rules list")
    sys.stdout.write(format_rule_list(comparison))
    raise typer.Exit(EXIT_BAD_INPUT if comparison.problems else EXIT_CLEAN)


@rules_app.command("schema")
def rules_schema(color: PlainColorOpt = None) -> None:
    """Print the JSON Schema of rule files (the same as schemas/rule.schema.json), for editors.

    Example: discrepancy rules schema > rule.schema.json
    """
    import json

    from .rules import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2, sort_keys=True) + "\n")


@rules_app.command("new")
def rules_new(
    rule_id: Annotated[str, typer.Argument(metavar="ID", help="The new rule's id, e.g. protesters-detained.")],
    kind: Annotated[str, typer.Option(help="count, date, duration, amount, time, or percent (an amount in %).")] = "count",
    folder: Annotated[Path, typer.Option("--dir", help="Where to write ID.toml.")] = Path("rules"),
    color: PlainColorOpt = None,
) -> None:
    """Write a commented starter rule file that passes `rules check` and `rules test`.

    Example: discrepancy rules new protesters-detained --kind count
    """
    from .authoring import scaffold_rule

    path = scaffold_rule(rule_id, kind, folder)
    _stderr(f"wrote {path}: edit its question, patterns and examples, then run `discrepancy rules test {path}`")


# ---------------------------------------------------------------------------


def _settings():
    from .config import find_settings
    return find_settings()


def _sources(given: list[Path] | None) -> list[Path]:
    """Flags win, then discrepancy.toml (or [tool.discrepancy]), then sources/."""
    return given or _settings().sources or [Path("sources")]


def _rules(given: list[Path] | None) -> list[Path]:
    return given or _settings().rules or [Path("rules")]


def _fail_on(given: FailOn | None) -> FailOn:
    return given or FailOn(_settings().fail_on or "never")


def _format(given, choices):
    return given or choices(_settings().format or "terminal")


def _jobs(requested: int | None) -> int:
    from .pipeline import default_jobs
    return requested or default_jobs()


def _use_color(explicit: bool | None) -> bool:
    """An explicit flag wins, then NO_COLOR, then whether stdout is a terminal."""
    if explicit is not None:
        return explicit
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _width() -> int:
    """The terminal's width at a keyboard; a fixed 100 columns otherwise, so CI logs are stable."""
    if sys.stdout.isatty():
        return max(60, os.get_terminal_size(sys.stdout.fileno()).columns)
    return 100


def _format_for(path: Path, default) -> str:
    """A file's format from its extension, else the --format given; only formats the command writes."""
    fmt = {".md": "markdown", ".markdown": "markdown", ".json": "json", ".jsonl": "jsonl"}.get(
        path.suffix.lower(), default.value)
    allowed = [choice.value for choice in type(default)]
    if fmt not in allowed:
        raise InputError(f"this command cannot write {fmt}", path.as_posix(),
                         hint=f"name the file .md or .json, or pass --format ({', '.join(allowed)})")
    return fmt


def _deliver(comparison, format, output, fail_on, color, quiet, command: str) -> None:
    """Warn, print and write the report, add it to a CI job summary, and exit with its code."""
    from .report import render_chunks

    _warn_about(comparison, command)
    _emit(lambda fmt, use_color, width: render_chunks(comparison, fmt, color=use_color, width=width),
          _format(format, Format), output, color, quiet)
    _append_step_summary(comparison)
    raise typer.Exit(_exit_code(comparison, _fail_on(fail_on)))


def _emit(render, format: Format, outputs: list[Path] | None, color: bool | None, quiet: bool) -> None:
    from .report.files import write_atomically

    interrupt.check()  # nothing is written after a Ctrl-C
    for path in outputs or []:
        write_atomically(path, render(_format_for(path, format), False, 100))
    if not quiet:
        terminal = format.value == "terminal"
        report = render(format.value, terminal and _use_color(color), _width() if terminal else 100)
        sys.stdout.writelines([report] if isinstance(report, str) else report)  # a large report comes in pieces


STEP_SUMMARY_LIMIT = 1024 * 1024  # bytes GitHub accepts in one step's job summary


def _append_step_summary(comparison) -> None:
    """In GitHub Actions, add the Markdown report to the job's summary page (after what is there)."""
    from .report import markdown

    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    text = _up_to(STEP_SUMMARY_LIMIT, markdown.render_chunks(comparison))
    if text is None:
        text = markdown.summary_only(comparison, "The full report is too large for a job summary; "
                                                 "see the report written with --output.")
    try:
        with open(target, "a", encoding="utf-8", newline="\n") as summary:
            summary.write(("\n" if summary.tell() else "") + text)
    except OSError as error:
        raise InputError(f"cannot append to the job summary: {error.strerror}", target,
                         hint="GITHUB_STEP_SUMMARY must name a file you may write to") from None


def _up_to(limit: int, chunks) -> str | None:
    """The pieces joined, or None as soon as they pass `limit` bytes (the rest is never drawn)."""
    pieces, size = [], 0
    for chunk in chunks:
        size += len(chunk.encode("utf-8"))
        if size > limit:
            return None
        pieces.append(chunk)
    return "".join(pieces)


def _warn_about(comparison, command: str) -> None:
    for problem in comparison.problems:
        _warn_about_problem(problem, command)
    for verdict in comparison.verdicts:
        if verdict.status == "no_data":
            _stderr(f"warning: rule {verdict.rule.id!r} ({verdict.rule.path}) matched nothing in any source")


def _warn_about_problem(problem, command: str) -> None:
    """One line on stderr, saying when the file is left out of the report (metadata that could
    not be applied says in its message what became of it), and for rules given where articles
    go, the command as it should have been typed."""
    where = f"{problem.path}:{problem.line}" if problem.line else problem.path
    outcome = f"; {problem.path} is left out of the report" if problem.left_out else ""
    mend = f" (e.g. discrepancy {command} sources --rules {problem.path})" if problem.rules_given else ""
    _stderr(f"warning: {where}: {problem.message}{mend}{outcome}")


def _exit_code(comparison, fail_on: FailOn) -> int:
    if comparison.problems:
        return EXIT_BAD_INPUT
    failing = {"never": (), "uncorroborated": ("uncorroborated", "disagreement"),
               "disagreement": ("disagreement",)}[fail_on.value]
    return EXIT_FINDINGS if any(v.status in failing for v in comparison.verdicts) else EXIT_CLEAN


def _stderr(text: str) -> None:
    from .report.escape import clean
    sys.stderr.write(clean(text) + "\n")


def main() -> None:
    """The command line: maps errors to exit codes, never a traceback for bad input; Ctrl-C
    is one line and exit 130 (see interrupt.py; _discrepancy_launch.py covers start-up)."""
    interrupt.install()
    try:
        try:
            app()  # exits with the command's code; usage errors exit 2
        finally:
            interrupt.check()  # a Ctrl-C whose first raise was lost in a finalizer still wins
    except InputError as error:
        _stderr(f"error: {error}")
        sys.exit(EXIT_BAD_INPUT)
    except (interrupt.Interrupted, KeyboardInterrupt):
        interrupt.ignore()
        sys.stderr.write(interrupt.MESSAGE + "\n")
        # Out at once, past the exit handlers: the process pool's handler waits for its
        # manager thread, which a worker stopped in the middle of sending a result can leave
        # waiting for ever (or it complains of a closed pipe). Temporary files are gone already.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(EXIT_INTERRUPTED)
