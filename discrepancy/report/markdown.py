"""The Markdown report (GitHub-flavoured), for pasting into an issue, a wiki or a story doc.

Every untrusted string goes through `escape.markdown_cell` (evidence, pieced around its value,
through `markdown_inline` and then `safe_line_start` whole), so article text shows as
literal text: no HTML, no links, no emphasis, no broken tables. The only Markdown the
report writes itself is its headings, lists, tables, the `**bold**` around each value
in its evidence, and links to sources whose URL is plain http(s). The only HTML is the
`<details><summary>` that folds long evidence: it sits inline in a table cell, where
GitHub still reads Markdown, so what it wraps is escaped like any other cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from itertools import chain

from ..compare import STATUS_ORDER, Comparison, Verdict
from ..extract import Observation
from ..sources import Source, SourceProblem
from . import content
from .escape import http_url, markdown_cell, markdown_inline, safe_line_start


def render(comparison: Comparison, *, color: bool = False, width: int = 100) -> str:
    """The report on every fact; `color` and `width` do not apply to Markdown."""
    return "".join(render_chunks(comparison))


def render_chunks(comparison: Comparison) -> Iterator[str]:
    """The report piece by piece: a report on a million articles is written as it is drawn,
    with one table in memory at a time, never the whole text."""
    return joined(chain(["# Discrepancy report", summary_table(content.summary_counts(comparison))],
                        fact_sections(comparison), diagnostic_sections(comparison),
                        ["## Sources", sources_table(comparison.sources)]))


def render_observations(comparison: Comparison, *, color: bool = False, width: int = 100) -> str:
    """Every extracted value, one section per source."""
    counts = [("sources", len(comparison.sources)), ("rules", len(comparison.rules)),
              ("values", len(comparison.observations))]
    blocks = ["# Extracted values", summary_table(counts)]
    for source, observations in content.observations_by_source(comparison):
        blocks += source_section(source, observations)
    blocks += diagnostic_sections(comparison)
    return join(blocks)


def join(blocks: Iterable[str | Table]) -> str:
    """Blocks separated by blank lines, ending in one newline."""
    return "".join(joined(blocks))


def joined(blocks: Iterable[str | Table]) -> Iterator[str]:
    """`join`, piece by piece; empty blocks are left out."""
    first = True
    for block in blocks:
        if not block:
            continue
        if not first:
            yield "\n\n"
        first = False
        if isinstance(block, Table):
            yield from block.chunks()
        else:
            yield block
    yield "\n"


def summary_table(counts: list[tuple[str, int]]) -> Table:
    """One row of counts under their labels: "| Sources | Facts | ... |"."""
    return Table([label.capitalize() for label, _ in counts], [[str(count) for _, count in counts]])


def summary_only(comparison: Comparison, note: str) -> str:
    """The title and summary with a note in place of the rest, for where the report does not fit."""
    return join(["# Discrepancy report", summary_table(content.summary_counts(comparison)), markdown_cell(note)])


class Table:
    """A GitHub table of already-escaped cells, laid out as tabulate's "github" format does:
    each column as wide as its widest cell, and at least its header and two spaces.

    Drawn here rather than by tabulate so that a table of a hundred thousand rows is written
    line by line (tabulate holds several copies of it), and so that widths never depend on
    whether some other package (wcwidth) happens to be installed."""

    def __init__(self, headers: list[str], rows: list[list[str]]):
        self.headers, self.rows = headers, rows

    def __bool__(self) -> bool:
        return True  # a table always has its header line

    def chunks(self) -> Iterator[str]:
        widths = [len(header) + 2 for header in self.headers]
        for row in self.rows:
            widths = [max(width, len(cell)) for width, cell in zip(widths, row)]
        yield self._line(self.headers, widths)
        yield "\n|" + "|".join("-" * (width + 2) for width in widths) + "|"
        for row in self.rows:
            yield "\n" + self._line(row, widths)

    @staticmethod
    def _line(cells: list[str], widths: list[int]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths)) + " |"

    def __str__(self) -> str:
        return "".join(self.chunks())


def table(headers: list[str], rows: list[list[str]]) -> str:
    return str(Table(headers, rows))


# ---------------------------------------------------------------------------
# Facts


def fact_sections(comparison: Comparison) -> Iterator[str | Table]:
    """"## Disagreements", "## Uncorroborated", ... each with its facts; empty sections left out.
    A generator: each fact's table is drawn only when the writer reaches it."""
    ordered = content.report_order(comparison)
    sources = {s.path: s for s in comparison.sources}
    published = {path: source.published.day for path, source in sources.items()}  # once, not per fact
    for status in STATUS_ORDER:
        verdicts = [v for v in ordered if v.status == status]
        if verdicts:
            yield f"## {content.SECTION_TITLE[status]}"
            for verdict in verdicts:
                yield from fact_blocks(verdict, sources, published)


def fact_blocks(verdict: Verdict, sources: dict[str, Source], published: dict[str, date | None]) -> list[str | Table]:
    status_line = f"**Status:** {content.STATUS_LABEL[verdict.status]} · **Rule:** {markdown_cell(verdict.rule.id)}"
    consensus = content.consensus_text(verdict) if verdict.claims else None
    if consensus:
        status_line += f" · **Consensus:** {markdown_cell(consensus)}"
        tolerance = content.tolerance_text(verdict.rule)
        if tolerance:
            status_line += f" · **Tolerance:** {markdown_cell(tolerance)}"
    blocks = [f"### {markdown_cell(verdict.rule.question)}", status_line]
    if verdict.claims:
        blocks.append(claims_table(verdict, sources))
    else:
        said = content.no_claims_text(verdict)  # the tool's own words: its `code` is meant as Markdown
        blocks.append(f"{said[0].upper()}{said[1:]}.")
    blocks.append(fact_notes(verdict, published))
    return blocks


def claims_table(verdict: Verdict, sources: dict[str, Source]) -> Table:
    rows = []
    for claim, mark in content.claim_marks(verdict):
        shown = content.evidence_of(claim)
        rows.append([claim_source_cell(claim.source, sources.get(claim.source)),
                     (mark + " " if mark else "") + markdown_cell(claim.value.display()),
                     evidence_cell(shown), markdown_cell(content.location_text(claim, shown))])
    return Table(["Source", markdown_cell(content.value_header(verdict)), "Evidence", "Location"], rows)


def fact_notes(verdict: Verdict, published: dict[str, date | None] | None = None) -> str:
    """The notes under a fact's table (see content.fact_note_items), as a list."""
    return "\n".join(f"- {label[0].upper()}{label[1:]}: {markdown_cell(text)}"
                     for label, text in content.fact_note_items(verdict, published or {}))


# ---------------------------------------------------------------------------
# Cells


LONG_EVIDENCE = 200  # characters: a longer sentence is folded into <details>
FOLDED_CONTEXT = 60  # characters kept either side of the value in the fold's summary


def evidence_cell(obs: Observation) -> str:
    """The sentence with the value in **bold**; a long one folded, the value still in view."""
    full = evidence_markdown(content.evidence_parts(obs))
    if len(obs.sentence) <= LONG_EVIDENCE:
        return full
    excerpt = evidence_markdown(content.evidence_parts(obs, FOLDED_CONTEXT))
    return f"<details><summary>{excerpt}</summary>{full}</details>"


@lru_cache(maxsize=16384)
def evidence_markdown(parts: tuple[str, str, str]) -> str:
    """(before, value, after) escaped, the value in **bold**. The start of a line is judged on
    the whole sentence, so a value is escaped as it would be anywhere else. (Kept: the rules
    that read one sentence show it alike; with 200 rules at 10 MB, 40,000 cells held 2,600.)"""
    before, value, after = parts
    middle = f"**{markdown_inline(value.strip())}**" if value.strip() else ""
    return safe_line_start(markdown_inline(before) + middle + markdown_inline(after))


def source_cell(path: str, source: Source | None) -> str:
    """The source's path, linked to its URL when that is a plain http(s) address."""
    return linked(markdown_cell(path), source)


def claim_source_cell(path: str, source: Source | None) -> str:
    """"Euronews (AP) — 000_c0c1.txt" (the file's name alone without an outlet), linked like the path."""
    name = path.rstrip("/").rpartition("/")[2]  # what PurePosixPath(path).name gives, without its parsing
    label = f"{source.outlet} — {name}" if source and source.outlet else name
    return linked(markdown_cell(label), source)


def linked(text: str, source: Source | None) -> str:
    url = http_url(source.url) if source else None
    return f"[{text}]({url})" if url else text


# ---------------------------------------------------------------------------
# Sources and diagnostics


def sources_table(sources: tuple[Source, ...]) -> Table:
    """One row per source, with a Notes column when any source's metadata gives `notes`."""
    headers = ["Path", "Outlet", "Title", "Published", "Lines skipped"]
    rows = [[source_cell(s.path, s), markdown_cell(s.outlet), markdown_cell(s.title),
             markdown_cell(content.published_text(s)), str(s.skipped_lines)] for s in sources]
    if any(s.notes for s in sources):
        headers.append("Notes")
        for row, source in zip(rows, sources):
            row.append(markdown_cell(source.notes))
    return Table(headers, rows)


def diagnostic_sections(comparison: Comparison) -> list[str]:
    """Files that could not be read and rules that matched nothing."""
    blocks = []
    if comparison.problems:
        blocks += ["## Source problems", "\n".join(f"- {markdown_cell(problem_text(p))}" for p in comparison.problems)]
    silent_rules = content.rules_without_matches(comparison)
    if silent_rules:
        blocks += ["## Rules that matched nothing",
                   "\n".join(f"- {markdown_cell(f'{r.id} ({content.rule_location(r)})')}" for r in silent_rules)]
    return blocks


def problem_text(problem: SourceProblem) -> str:
    return f"{content.problem_label(problem)}: {content.problem_location(problem)}: {problem.message}"


def source_section(source: Source, observations: list[Observation]) -> list[str]:
    """One source in the extract view: heading, metadata line, and its values."""
    details = [("Outlet", source.outlet), ("Title", source.title), ("Published", content.published_text(source))]
    # Each item starts with a label, so no untrusted text begins the line (where "1." or "-" would make a list).
    about = " · ".join(f"**{label}:** {markdown_cell(text)}" for label, text in details if text)
    blocks = [f"## {markdown_cell(source.path)}", about]
    if observations:
        rows = [[markdown_cell(o.rule), markdown_cell(o.value.display()), evidence_cell(o), markdown_cell(o.location)]
                for o in observations]
        blocks.append(Table(["Rule", "Value", "Evidence", "Location"], rows))
    else:
        blocks.append("No values found.")
    return blocks
