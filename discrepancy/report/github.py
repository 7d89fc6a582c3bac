"""GitHub Actions workflow commands: findings as annotations on the source files.

One `::warning` per observation that disagrees with the other sources (in a tie, one that
sides with some tied values or agrees with none), judged by what its own line says: a
source's "at least two dozen" beside a consensus of 68 gets none, though its "26" on another
line makes the source's claim disagree. One `::notice` per observation of a fact
only one source states, one `::error` per source that could not be read and per piece of
metadata that could not be applied (a boilerplate pattern that matched no line). GitHub shows
them on the lines they point at, in the pull request's changed files. Nothing else is written:
the Markdown report goes to an artifact or the job summary.

Every untrusted string is cleaned (no terminal controls, no line breaks) and then escaped
per GitHub's rules, so article text cannot end a command or start another one.
"""

from __future__ import annotations

from ..compare import (DISAGREEMENT, DISAGREES, SIDES, UNCORROBORATED, Claim, Comparison, Verdict, compared_against,
                       standing_of)
from ..extract import Observation
from ..sources import SourceProblem
from . import content
from .escape import clean, workflow_data, workflow_property

UNREADABLE_TITLE = "Source could not be read"
WARNED_STANDINGS = (DISAGREES, SIDES)  # a claim or a line standing so gets a warning
WARNED = tuple(content.MARKS[standing] for standing in WARNED_STANDINGS)  # those claims' marks
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
        level = "warning"
        found = [(claim, obs) for claim, mark in content.claim_marks(verdict) if mark in WARNED
                 for obs in lines_at_odds(verdict, claim)]
    elif verdict.status == UNCORROBORATED:
        level, found = "notice", [(claim, obs) for claim in verdict.claims for obs in claim.observations]
    else:
        return []
    return [workflow_command(level, obs.source, obs.line, verdict.rule.question,
                             [finding_text(verdict, claim, obs), "Evidence: " + obs.sentence,
                              f"Rule: {verdict.rule.id} ({content.rule_location(verdict.rule)})"])
            for claim, obs in found]


def lines_at_odds(verdict: Verdict, claim: Claim) -> list[Observation]:
    """The observations of a disagreeing claim whose own value disagrees (in a tie, does not
    agree with every tied value): a line that agrees is not marked wrong because another line
    of its source is. Should every line agree on its own (a claim read from two figures, as
    "hundreds" and "more than 200" are 201–999), all of them, so the claim is never silent."""
    at_odds = [obs for obs in claim.observations if standing_of(obs.value, verdict) in WARNED_STANDINGS]
    return at_odds or list(claim.observations)


def finding_text(verdict: Verdict, claim: Claim, obs: Observation) -> str:
    """"This line says 32 people; the consensus is 33 people, from sources/a.txt, sources/c.txt."
    and the like, each value with the rule's unit. The value is the one read on the annotated
    line ("some 3,000"), not the claim's sharpest. A claim in another unit than the compared one
    is judged among the sources in its unit, and only they are named. A source that contradicts
    itself is not named as backing the consensus, though one of its lines says it: the
    annotation may be on its other line."""
    unit = content.unit_after_values(verdict.rule)
    says = f"This line says {content.with_unit(obs.value.display(), unit)}"
    if verdict.status == UNCORROBORATED:
        return f"{says}; no other source states this."
    against = compared_against(claim.value, verdict)  # a warned claim's unit is compared
    among = f" among the sources in {against.unit}" if against.unit != verdict.unit else ""
    if against.consensus is not None:
        consensus = f"{says}; the consensus{among} is {content.with_unit(against.consensus.display(), unit)}"
        return f"{consensus}, {backing_text(against.agreeing, verdict.self_contradicting)}."
    values = [t.value.display() for t in against.tied]
    return f"{says}; no consensus{among}: {content.tie_description(values, len(against.tied[0].backing), unit)}."


def backing_text(agreeing: tuple[str, ...], self_contradicting: tuple[str, ...]) -> str:
    """"from sources/a.txt, sources/c.txt": the sources that back a consensus and say nothing
    else; where each of them also says another figure, "from sources that also say another
    figure: ..." rather than no source at all."""
    steady = [source for source in agreeing if source not in self_contradicting]
    if steady:
        return f"from {listed(steady, ', ')}"
    return f"from sources that also say another figure: {listed(agreeing, ', ')}"


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
