"""The terminal report: a summary line, then one table per fact, most serious first.

Drawn with rich, but only from `Text` objects built from cleaned strings, never from markup
strings, so an article that says "[bold red]" prints those characters. The console ignores
the environment (COLUMNS, FORCE_COLOR, NO_COLOR): the caller decides colour and width, and
the same comparison always gives the same bytes.
"""

from __future__ import annotations

import io
from datetime import date
from typing import NamedTuple

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segments
from rich.table import Table
from rich.text import Text

from ..compare import AGREEMENT, AGREES, DISAGREEMENT, DISAGREES, NO_DATA, SIDES, UNCORROBORATED, Comparison, Verdict
from ..extract import Observation
from ..sources import Source, SourceProblem
from . import content
from .escape import clean

STATUS_STYLE = {DISAGREEMENT: "bold red", UNCORROBORATED: "yellow", AGREEMENT: "green", NO_DATA: "dim"}
MARK_STYLE = {content.MARKS[AGREES]: "green", content.MARKS[SIDES]: "bold yellow", content.MARKS[DISAGREES]: "bold red"}
HIGHLIGHT_STYLE = "bold reverse"
EVIDENCE_CONTEXT = 160  # characters of sentence kept either side of the value
SEPARATOR = " · "


def make_console(color: bool, width: int) -> Console:
    """A console writing to memory, with nothing left to the environment."""
    return Console(
        file=io.StringIO(), width=width, force_terminal=color, color_system="standard" if color else None,
        no_color=not color, highlight=False, emoji=False, markup=False, legacy_windows=False,
        force_jupyter=False, force_interactive=False, soft_wrap=False, _environ={},
    )


def finish(console: Console) -> str:
    """The console's output with trailing spaces trimmed from each line."""
    lines = console.file.getvalue().split("\n")
    return "\n".join(line.rstrip() for line in lines).rstrip("\n") + "\n"


def render(comparison: Comparison, *, color: bool = False, width: int = 100) -> str:
    console = make_console(color, width)
    console.print(Text(SEPARATOR.join(content.summary_phrases(comparison))))
    outlets = {s.path: s.outlet for s in comparison.sources if s.outlet}
    published = {s.path: s.published.day for s in comparison.sources}
    for verdict in content.report_order(comparison):
        console.print()
        print_fact(console, verdict, color, outlets, published)
    print_source_notes(console, comparison)
    print_diagnostics(console, comparison)
    return finish(console)


def render_observations(comparison: Comparison, *, color: bool = False, width: int = 100) -> str:
    console = make_console(color, width)
    console.print(Text(SEPARATOR.join(content.observation_phrases(comparison))))
    for source, observations in content.observations_by_source(comparison):
        console.print()
        console.print(source_heading(source))
        if observations:
            console.print(observations_table(observations, color))
        else:
            console.print(Text("no values found", style="dim"))
    print_diagnostics(console, comparison)
    return finish(console)


# ---------------------------------------------------------------------------
# One fact


def print_fact(console: Console, verdict: Verdict, color: bool, outlets: dict[str, str],
               published: dict[str, date | None] | None = None) -> None:
    console.print(fact_heading(verdict))
    if verdict.claims:
        consensus = content.consensus_text(verdict)
        if consensus:
            tolerance = content.tolerance_text(verdict.rule)
            console.print(Text.assemble(note("consensus", consensus), *(
                (SEPARATOR, note("tolerance", tolerance)) if tolerance else ())))
        table, table_width = claims_table(verdict, color, outlets, console.width)
        print_wide(console, table, table_width)
    else:
        console.print(Text(content.no_claims_text(verdict), style="dim"))
    for line in fact_notes(verdict, published or {}):
        console.print(line)


def print_wide(console: Console, table: Table, width: int) -> None:
    """The table drawn `width` cells wide, past the console's width where it must be: a location
    longer than the room left beside the value and the evidence runs on, never cut."""
    if width <= console.width:
        console.print(table)
    else:
        console.print(Segments(console.render(table, console.options.update_width(width))), crop=False)


def fact_heading(verdict: Verdict) -> Text:
    """"DISAGREEMENT  How many Russians were detained?  (russians-detained)"."""
    return Text.assemble(
        (content.STATUS_LABEL[verdict.status].upper(), STATUS_STYLE[verdict.status]), "  ",
        (clean(verdict.rule.question), "bold"), "  ", (f"({clean(verdict.rule.id)})", "dim"))


def note(label: str, text: str) -> Text:
    """A "label: text" line; `text` is untrusted and cleaned here."""
    return Text.assemble((label + ": ", "dim"), clean(text))


def claims_table(verdict: Verdict, color: bool, outlets: dict[str, str], width: int) -> tuple[Table, int]:
    """One row per claim, and the width to draw it in. The source column gives the outlet over
    file:line, so a long path is not shown twice."""
    rows = [(claim, mark, content.evidence_of(claim)) for claim, mark in content.claim_marks(verdict)]
    sources = [SourceLines(clean(outlets.get(claim.source)), clean(shown.location), content.also_text(claim, shown))
               for claim, _, shown in rows]
    column = source_column_width(sources, location_room(width))
    header = clean(content.value_header(verdict))
    values = [value_cell(claim.value.display(), mark) for claim, mark, _ in rows]
    table = new_table(("Source", header, "Evidence"), fixed={"Source": column})
    for (claim, mark, shown), lines, value in zip(rows, sources, values):
        table.add_row(source_cell(lines, column), value, evidence_cell(shown, color))
    return table, max(width, column + narrowest_rest([header, *(v.plain for v in values)]))


class SourceLines(NamedTuple):
    """What a source cell says, cleaned: "Euronews (AP)", "sources/000.txt:13", "(also line 20)"."""
    outlet: str
    location: str
    also: str


LOCATION_SHARE = 0.4  # of the width, the most the source column takes, unless a location is longer
COLUMN_GAP = 3  # cells between two columns of a table: padding, the rule, padding


def location_room(width: int) -> int:
    return int(width * LOCATION_SHARE)


def narrowest_rest(values: list[str]) -> int:
    """The fewest cells the value and evidence columns take beside the source column: the value's
    longest word (rich folds a value no narrower) and the evidence's least width."""
    longest_word = max((cell_len(word) for text in values for word in text.split()), default=0)
    return COLUMN_GAP + min(longest_word, COLUMN_MAX_WIDTH["Value"]) + COLUMN_GAP + EVIDENCE_MIN_WIDTH


def source_column_width(sources: list[SourceLines], room: int) -> int:
    """As wide as the widest line it holds, up to COLUMN_MAX_WIDTH (less when the terminal is
    narrow) but never narrower than its widest location: a file:line is never cut nor folded,
    so that it can be copied. The width is fixed, so rich, short of room, narrows the value and
    evidence columns rather than fold a location in two."""
    widest_location = max(cell_len(s.location) for s in sources)
    widest_line = max(cell_len(line) for s in sources for line in (s.outlet, f"{s.location} {s.also}".rstrip()))
    return min(max(widest_line, len("Source")), max(min(COLUMN_MAX_WIDTH["Source"], room), widest_location))


def source_cell(lines: SourceLines, column: int) -> Text:
    """"Euronews (AP)" in bold over "sources/000.txt:13 (also line 20)", the location alone without
    an outlet; "(also line 20)" starts a line of its own when it does not fit beside the location."""
    text = Text.assemble((lines.outlet, "bold"), "\n") if lines.outlet else Text()
    text.append(lines.location)
    if lines.also:
        fits = cell_len(lines.location) + 1 + cell_len(lines.also) <= column
        text.append((" " if fits else "\n") + lines.also)
    return text


def fact_notes(verdict: Verdict, published: dict[str, date | None] | None = None) -> list[Text]:
    """What the marks mean in a tie, silent sources, self-contradictions, sources not compared,
    doubtful and unresolved values, sources that disagree but were published later, under a
    fact's table."""
    return [note(label, text) for label, text in content.fact_note_items(verdict, published or {})]


# ---------------------------------------------------------------------------
# Cells


# The evidence column takes what the others leave; these caps keep it readable when narrow.
COLUMN_MAX_WIDTH = {"Source": 36, "Value": 24, "Rule": 24}
EVIDENCE_MIN_WIDTH = 16


def new_table(headers: tuple[str, ...], fixed: dict[str, int] | None = None) -> Table:
    """A table with these columns; `fixed` gives the columns whose width rich must not change."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False, highlight=False)
    for header in headers:
        if header == "Evidence":
            table.add_column(header, overflow="fold", ratio=1, min_width=EVIDENCE_MIN_WIDTH)
        elif fixed and header in fixed:
            table.add_column(header, overflow="fold", width=fixed[header])
        else:  # "Value (people)" is capped as "Value" is
            table.add_column(header, overflow="fold", max_width=COLUMN_MAX_WIDTH.get(header.partition(" ")[0]))
    return table


def value_cell(display: str, mark: str) -> Text:
    text = Text()
    if mark:
        text.append(mark + " ", style=MARK_STYLE[mark])
    text.append(clean(display))
    return text


def evidence_cell(obs: Observation, color: bool) -> Text:
    """The sentence with the value picked out: reverse video in colour, «guillemets» without."""
    before, value, after = content.evidence_parts(obs, EVIDENCE_CONTEXT)
    if color:
        return Text.assemble(clean(before), (clean(value), HIGHLIGHT_STYLE), clean(after))
    return Text(clean(before) + "«" + clean(value) + "»" + clean(after))


def source_heading(source: Source) -> Text:
    """"src/a.txt  Euronews · published 2020-07-30" for the extract view."""
    details = [d for d in (source.outlet, source.title) if d]
    published = content.published_text(source)
    if published:
        details.append("published " + published)
    heading = Text(clean(source.path), style="bold")
    if details:
        heading.append("  " + clean(SEPARATOR.join(details)), style="dim")
    return heading


def observations_table(observations: list[Observation], color: bool) -> Table:
    table = new_table(("Rule", "Value", "Evidence", "Line"))
    for obs in observations:
        table.add_row(Text(clean(obs.rule)), Text(clean(obs.value.display())), evidence_cell(obs, color),
                      Text(str(obs.line), style="dim"))
    return table


# ---------------------------------------------------------------------------
# After the facts


def print_source_notes(console: Console, comparison: Comparison) -> None:
    """Each source's `notes`, what its metadata tells a reader about it: once, after the facts."""
    notes = content.source_notes(comparison)
    if notes:
        console.print()
    for path, text in notes:
        console.print(note("source note", f"{path}: {text}"))


def print_diagnostics(console: Console, comparison: Comparison) -> None:
    """Files that could not be read and rules that matched nothing: never silently dropped."""
    lines = [problem_line(p) for p in comparison.problems]
    lines += [Text.assemble(("matched nothing: ", "yellow"), clean(f"rule {rule.id} ({content.rule_location(rule)})"))
              for rule in content.rules_without_matches(comparison)]
    if lines:
        console.print()
    for line in lines:
        console.print(line)


def problem_line(problem: SourceProblem) -> Text:
    style = "bold red" if problem.left_out else "yellow"
    return Text.assemble((f"{content.problem_label(problem)}: ", style),
                         clean(f"{content.problem_location(problem)}: {problem.message}"))
