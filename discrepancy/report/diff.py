"""`discrepancy diff` drawn as plain text, Markdown or JSON.

Facts are grouped by what happened to them (new disagreements first), each with its status,
consensus and the values of the sources that changed. Untrusted text (questions, paths,
values) goes through `clean` or `markdown_cell`, as in the reports.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from ..diff import CATEGORIES, FactChange, ReportDiff, SourceValues
from . import content
from .escape import clean, json_text, markdown_cell
from .markdown import join, table

ABSENT = "—"


class Wording(NamedTuple):
    title: str  # Markdown section and summary column: "New disagreements"
    one: str  # "1 new disagreement"; upper-cased, a fact's heading in the terminal
    many: str  # "2 new disagreements"


WORDING = {
    "new_disagreement": Wording("New disagreements", "new disagreement", "new disagreements"),
    "resolved": Wording("Resolved disagreements", "resolved disagreement", "resolved disagreements"),
    "changed": Wording("Changed facts", "changed fact", "changed facts"),
    "added": Wording("Facts added", "fact added", "facts added"),
    "removed": Wording("Facts removed", "fact removed", "facts removed"),
    "sources_added": Wording("Sources added", "source added", "sources added"),
    "sources_removed": Wording("Sources removed", "source removed", "sources removed"),
}


def render(diff: ReportDiff, fmt: str) -> str:
    return {"terminal": render_terminal, "markdown": render_markdown, "json": render_json}[fmt](diff)


def counts(diff: ReportDiff) -> dict[str, int]:
    """How many facts fell in each category, then how many sources came and went."""
    return {category: len(diff.of(category)) for category in CATEGORIES} | {
        "sources_added": len(diff.sources_added), "sources_removed": len(diff.sources_removed)}


def summary_phrases(diff: ReportDiff) -> list[str]:
    """"1 new disagreement", "0 resolved disagreements", ..."""
    return [f"{count} {WORDING[key].one if count == 1 else WORDING[key].many}" for key, count in counts(diff).items()]


def source_changes(diff: ReportDiff) -> list[tuple[str, tuple[str, ...]]]:
    """("sources_added", paths) and ("sources_removed", paths), each only when not empty."""
    return [(key, paths) for key, paths in (("sources_added", diff.sources_added),
                                            ("sources_removed", diff.sources_removed)) if paths]


def transition(old: str | None, new: str | None) -> str | None:
    """"agreement → disagreement", or the one value when it did not change."""
    return old if old == new else f"{old or ABSENT} → {new or ABSENT}"


def status_text(status: str | None) -> str | None:
    return content.STATUS_LABEL.get(status, status) if status else None


def values_text(values: tuple[str, ...]) -> str:
    return " and ".join(values) or ABSENT


def fact_details(fact: FactChange) -> list[tuple[str, str]]:
    """("status", "agreement → disagreement"), ("consensus", "33"): the fact's lines, raw."""
    details = [("status", transition(status_text(fact.old_status), status_text(fact.new_status)))]
    consensus = transition(fact.old_consensus, fact.new_consensus)
    if consensus:
        details.append(("consensus", consensus))
    if fact.old_tolerance != fact.new_tolerance:  # a mark may have changed by it alone
        details.append(("tolerance", transition(fact.old_tolerance or "none", fact.new_tolerance or "none")))
    return details


# ---------------------------------------------------------------------------
# Terminal


def render_terminal(diff: ReportDiff) -> str:
    lines = [" · ".join(summary_phrases(diff))]
    if diff.is_empty:
        lines.append("nothing changed")
    for category in CATEGORIES:
        for fact in diff.of(category):
            lines += ["", f"{WORDING[category].one.upper()}  {clean(fact.question)}  ({clean(fact.rule)})"]
            lines += [f"{label}: {clean(text)}" for label, text in fact_details(fact)]
            lines += [f"{clean(v.source)}: {clean(values_text(v.old))} → {clean(values_text(v.new))}"
                      for v in fact.values]
    for key, sources in source_changes(diff):
        lines += ["", WORDING[key].many.upper()] + [clean(s) for s in sources]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# Markdown


def render_markdown(diff: ReportDiff) -> str:
    summary = counts(diff)
    blocks = ["# Changes between reports",
              table([WORDING[key].title for key in summary], [[str(n) for n in summary.values()]])]
    if diff.is_empty:
        blocks.append("Nothing changed.")
    for category in CATEGORIES:
        facts = diff.of(category)
        if facts:
            blocks.append(f"## {WORDING[category].title}")
            blocks += [block for fact in facts for block in fact_markdown(fact)]
    for key, sources in source_changes(diff):
        blocks += [f"## {WORDING[key].title}", "\n".join(f"- {markdown_cell(s)}" for s in sources)]
    return join(blocks)


def fact_markdown(fact: FactChange) -> list[str]:
    about = [f"**Rule:** {markdown_cell(fact.rule)}"]
    about += [f"**{label.capitalize()}:** {markdown_cell(text)}" for label, text in fact_details(fact)]
    blocks = [f"### {markdown_cell(fact.question)}", " · ".join(about)]
    if fact.values:
        blocks.append(table(["Source", "Before", "After"], [values_row(v) for v in fact.values]))
    return blocks


def values_row(values: SourceValues) -> list[str]:
    return [markdown_cell(values.source), markdown_cell(values_text(values.old)), markdown_cell(values_text(values.new))]


# ---------------------------------------------------------------------------
# JSON


def render_json(diff: ReportDiff) -> str:
    document = {
        "schema_version": 1, "tool": "discrepancy", "kind": "diff", "summary": counts(diff),
        "introduces_disagreements": diff.introduces_disagreements,
        "facts": [fact_json(f) for f in diff.facts],
        "sources_added": list(diff.sources_added), "sources_removed": list(diff.sources_removed),
    }
    return json_text(json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False)) + "\n"


def fact_json(fact: FactChange) -> dict:
    return {"rule": fact.rule, "question": fact.question, "change": fact.category,
            "status": {"old": fact.old_status, "new": fact.new_status},
            "consensus": {"old": fact.old_consensus, "new": fact.new_consensus},
            "tolerance": {"old": fact.old_tolerance, "new": fact.new_tolerance},
            "values": [{"source": v.source, "old": list(v.old), "new": list(v.new)} for v in fact.values]}
