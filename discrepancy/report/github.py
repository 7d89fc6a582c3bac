"""GitHub Actions workflow commands: findings as annotations on the source files.

One `::warning` per observation that disagrees with the other sources (in a tie, one that
sides with some tied values or agrees with none), one `::notice` per observation of a fact
only one source states, one `::error` per source that could not be read and per piece of
metadata that could not be applied (a boilerplate pattern that matched no line). GitHub shows
them on the lines they point at, in the pull request's changed files. Nothing else is written:
the Markdown report goes to an artifact or the job summary.

Every untrusted string is cleaned (no terminal controls, no line breaks) and then escaped
per GitHub's rules, so article text cannot end a command or start another one.
"""

from __future__ import annotations

from ..compare import DISAGREEMENT, DISAGREES, SIDES, UNCORROBORATED, Claim, Comparison, Verdict, compared_in
from ..extract import Observation
from ..sources import SourceProblem
from . import content
from .escape import clean, workflow_data, workflow_property

UNREADABLE_TITLE = "Source could not be read"
WARNED = (content.MARKS[DISAGREES], content.MARKS[SIDES])  # marks whose lines get a warning
NOT_APPLIED_TITLE = "Source metadata not applied"


def render(comparison: Comparison, *, color: bool = False, width: int = 100) -> str:
    """Workflow commands for every finding; `color` and `width` do not apply."""
    commands = [command for verdict in content.report_order(comparison) for command in fact_commands(verdict)]
    commands += [problem_command(p) for p in comparison.problems]
    return "".join(line + "\n" for line in commands)


def workflow_command(level: str, path: str, line: int | None, title: str, message_lines: list[str]) -> str:
    """`::level file=path,line=N,title=T::message`, every part made safe."""
    properties = [f"file={workflow_property(clean(path))}"]
    if line:
        properties.append(f"line={line}")
    properties.append(f"title={workflow_property(clean(title))}")
    message = workflow_data("\n".join(clean(text) for text in message_lines))
    return f"::{level} {','.join(properties)}::{message}"


def fact_commands(verdict: Verdict) -> list[str]:
    """A warning for each disagreeing or tie-siding observation; a notice for each uncorroborated one."""
    if verdict.status == DISAGREEMENT:
        level, claims = "warning", [c for c, mark in content.claim_marks(verdict) if mark in WARNED]
    elif verdict.status == UNCORROBORATED:
        level, claims = "notice", list(verdict.claims)
    else:
        return []
    return [workflow_command(level, obs.source, obs.line, verdict.rule.question,
                             [finding_text(verdict, claim, obs), "Evidence: " + obs.sentence,
                              f"Rule: {verdict.rule.id} ({content.rule_location(verdict.rule)})"])
            for claim in claims for obs in claim.observations]


def finding_text(verdict: Verdict, claim: Claim, obs: Observation) -> str:
    """"This source says 32; the consensus is 33, from sources/a.txt, sources/c.txt." and the like.
    The value is the one read on the annotated line ("some 3,000"), not the claim's sharpest. A
    claim in another unit than the compared one is judged among the sources in its unit, and
    only they are named."""
    says = f"This line says {obs.value.display()}"
    if verdict.status == UNCORROBORATED:
        return f"{says}; no other source states this."
    unit = compared_in(claim.value, verdict.unit)
    other = next((o for o in verdict.other_units if o.unit == unit), None)
    consensus, tied, agreeing = (other.consensus, other.tied, other.agreeing) if other else (
        verdict.consensus, verdict.tied, verdict.agreeing)
    among = f" among the sources in {unit}" if other else ""
    if consensus is not None:
        return (f"{says}; the consensus{among} is {content.with_unit(consensus.display(), content.unit_after_values(verdict.rule))}, "
                f"from {listed(agreeing, ', ')}.")
    values = [t.value.display() for t in tied]
    return f"{says}; no consensus{among}: {content.tie_description(values, len(tied[0].backing), content.unit_after_values(verdict.rule))}."


NAMED_AT_MOST = 10  # sources named in one annotation: each disagreeing line gets its own


def listed(items, separator: str) -> str:
    """The first few items joined, then "and N more": a fact stated by thousands of sources must
    not make every annotation thousands of names long."""
    items = list(items)
    shown = separator.join(items[:NAMED_AT_MOST])
    hidden = len(items) - NAMED_AT_MOST
    return f"{shown}{separator}and {hidden:,} more" if hidden > 0 else shown


def problem_command(problem: SourceProblem) -> str:
    title = UNREADABLE_TITLE if problem.left_out else NOT_APPLIED_TITLE
    return workflow_command("error", problem.path, problem.line, title, [problem.message])
