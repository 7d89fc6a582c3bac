"""Reports for CI: workflow commands, the job summary, the JSON schema, `diff`, and snapshots.

Snapshots in tests/snapshots/ are the exact output on the demo corpus; after a deliberate
change, rewrite them with `UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/test_report_ci.py`.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator

import jsonschema
import pytest
from conftest import REPO, run_cli
from test_report import COUNT_RULE, all_tokens, build, folds, html_of, table_shapes
from test_report import calm, hostile, long_hostile, tie  # noqa: F401 - fixtures, shared with the report tests

from discrepancy import cli as cli_module
from discrepancy.diff import diff_reports
from discrepancy.report import render, render_diff, render_observations
from discrepancy.report.escape import workflow_data, workflow_property

SNAPSHOTS = REPO / "tests" / "snapshots"
SCHEMA = json.loads((REPO / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
E, A, F, M, T = (f"sources/{name}.txt" for name in (
    "000_c0c177431e9f6d24", "001_3bedd8249bf613bf", "002_7193b425b51c235d", "003_6140f8882c5450fe",
    "004_b7662e16b4581a0c"))


@pytest.fixture(autouse=True)
def outside_github_actions(monkeypatch):
    """Tests run the CLI with this process's environment: never write to a real job summary."""
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def matches_snapshot(name: str, actual: str) -> bool:
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
    return path.read_bytes() == actual.encode("utf-8")


# ---------------------------------------------------------------------------
# Snapshots of the demo corpus


def test_demo_markdown_report_matches_the_snapshot(cli):
    result = cli("report", "sources", "--rules", "rules", "--format", "markdown")
    assert result.code == 0
    assert matches_snapshot("demo-report.md", result.stdout), "run UPDATE_SNAPSHOTS=1 pytest tests/test_report_ci.py"


def test_demo_markdown_report_renders_with_intact_tables_and_folds():
    report = (SNAPSHOTS / "demo-report.md").read_text(encoding="utf-8")
    rendered, tokens = html_of(report)
    # the summary, eight facts and the sources: every row as wide as its header
    assert [len(set(rows)) for rows in table_shapes(report)] == [1] * 10
    raw_html = [t.content for t in all_tokens(tokens) if t.type.startswith("html")]
    assert raw_html == ["<details>", "<summary>", "</summary>", "</details>"] * 3
    assert len(folds(rendered)) == 3 and "<script" not in rendered


def test_demo_github_report_matches_the_snapshot(cli):
    result = cli("report", "sources", "--rules", "rules", "--format", "github", "--fail-on", "disagreement")
    assert result.code == 1
    assert matches_snapshot("demo-report.github.txt", result.stdout)


def test_compare_prints_the_same_workflow_commands_as_report(cli, tmp_path):
    records = tmp_path / "obs.jsonl"
    assert cli("extract", "--format", "jsonl", "--output", str(records), "--quiet").code == 0
    assert cli("compare", str(records), "--format", "github").stdout == cli("report", "--format", "github").stdout


DEMO_WARNINGS = [
    f"::warning file={E},line=56,title=When did Mike Pompeo visit Belarus?::This line says 2019; "
    "no consensus: 2019 and 2020-02-01 tie, 1 source each.%0AEvidence: A meeting with US Secretary of State Mike Pompeo last year "
    "was seen as a potential new opening for Belarus.%0ARule: pompeo-visit (rules/pompeo-visit.toml:2)",
    f"::warning file={A},line=11,title=When did Mike Pompeo visit Belarus?::This line says 2020-02-01; "
    "no consensus: 2019 and 2020-02-01 tie, 1 source each.%0AEvidence: In 2020, however, things are different as an energy dispute led to "
    "Secretary of State Mike Pompeo’s visit to Belarus on February 1st 2020.%0ARule: pompeo-visit "
    "(rules/pompeo-visit.toml:2)",
    f"::warning file={A},line=13,title=How many Russians were detained in Belarus?::This line says 32 people; "
    f"the consensus is 33 people, from {E}, {F}, {T}.%0AEvidence: On July 29th, Belarus’ KGB and OMON special forces "
    "detained 32 Russians outside Minsk with alleged ties to Moscow’s Wagner Group, a shadowy Russian private "
    "military company that operates in active conflict zones.%0ARule: russians-detained "
    "(rules/russians-detained.toml:2)",
]


def test_demo_github_report_warns_once_per_disagreeing_observation(cli):
    lines = cli("report", "--format", "github").stdout.splitlines()
    assert [line for line in lines if line.startswith("::warning ")] == DEMO_WARNINGS
    notices = [re.match(r"::notice file=([^,]*),line=(\d+),", line).groups() for line in lines[3:]]
    assert notices == [(A, "19"), (T, "23"), (A, "15"), (T, "33")]  # the four uncorroborated facts


# ---------------------------------------------------------------------------
# Workflow commands from hostile text

COMMAND = re.compile(r"^::(warning|notice|error) ((?:[a-z]+=[^:,]*)(?:,[a-z]+=[^:,]*)*)::([^\r\n]*)$")
UNESCAPES = {"%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ",", "%25": "%"}


def unescape(text: str) -> str:
    return re.sub(r"%(?:0D|0A|3A|2C|25)", lambda m: UNESCAPES[m.group()], text)


def parse_commands(stdout: str) -> list[tuple[str, dict[str, str], str]]:
    """(level, properties, message) for each line; fails if any line is not one well-formed command."""
    commands = []
    for line in stdout.split("\n")[:-1]:
        match = COMMAND.match(line)
        assert match, f"not one workflow command: {line!r}"
        properties = dict(p.split("=", 1) for p in match[2].split(","))
        commands.append((match[1], {k: unescape(v) for k, v in properties.items()}, unescape(match[3])))
    return commands


INJECTING_QUESTION = "How many?\n::error::from the question,%0A::error::encoded"
INJECTING_ARTICLE = ("Police detained 33 Russians. ::error file=x::mid-line %0A::error::encoded %0D%25 100% sure,"
                     " a: b\r::error::after a carriage return\n")
INJECTING_FILE = "a\n::error::from the file name, a:b.txt" if sys.platform != "win32" else "a, b%0A.txt"


@pytest.fixture
def injecting(tmp_path, monkeypatch):
    rule = COUNT_RULE.replace('"How many Russians were detained?"', json.dumps(INJECTING_QUESTION))
    articles = {INJECTING_FILE: INJECTING_ARTICLE, "b.txt": "Guards detained 32 Russians.\n"}
    return build(tmp_path / "injecting", monkeypatch, articles, {"count.toml": rule})


def test_untrusted_text_cannot_start_a_second_workflow_command(injecting):
    report = render(injecting, "github")
    commands = parse_commands(report)
    assert [(level, props["file"]) for level, props, _ in commands] == [
        ("warning", "sources/" + INJECTING_FILE.replace("\n", " ")), ("warning", "sources/b.txt"),
        ("error", "missing.txt")]
    assert all(line.startswith(("::warning file=", "::error file=")) for line in report.splitlines())
    level, properties, message = commands[0]
    assert properties["title"] == INJECTING_QUESTION.replace("\n", " ")
    evidence = message.split("\n")[1]  # the line after the carriage return goes on the sentence, as data
    assert evidence == ("Evidence: Police detained 33 Russians. ::error file=x::mid-line %0A::error::encoded %0D%25 "
                        "100% sure, a: b ::error::after a carriage return")


def test_carriage_returns_and_percent_signs_survive_as_data(tmp_path, monkeypatch):
    article = "Police detained 33 Russians, 100% sure, 50%0A::error::x as: planned.\n"
    comparison = build(tmp_path / "c", monkeypatch, {"a,b:c%.txt": article, "b.txt": "They detained 32 Russians.\n"},
                       {"count.toml": COUNT_RULE})
    level, properties, message = parse_commands(render(comparison, "github"))[0]
    assert properties["file"] == "sources/a,b:c%.txt"
    assert message.split("\n")[1] == "Evidence: Police detained 33 Russians, 100% sure, 50%0A::error::x as: planned."


def test_hostile_corpus_gives_only_well_formed_commands(hostile):
    report = render(hostile, "github")
    assert "\x1b" not in report and "\u202e" not in report
    assert [level for level, _, _ in parse_commands(report)] == ["warning", "warning", "error"]  # 33 and 32 tie


@pytest.mark.parametrize(("text", "data", "prop"), [
    ("plain", "plain", "plain"),
    ("100%", "100%25", "100%25"),
    ("a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"),
    ("a: b, c", "a: b, c", "a%3A b%2C c"),
    ("%0A::error::x", "%250A::error::x", "%250A%3A%3Aerror%3A%3Ax"),
])
def test_workflow_escapes(text, data, prop):
    assert workflow_data(text) == data
    assert workflow_property(text) == prop


def test_no_findings_no_commands(tmp_path, monkeypatch):
    comparison = build(tmp_path / "c", monkeypatch, {"a.txt": "Police detained 33 Russians.\n",
                                                     "b.txt": "Guards detained 33 Russians.\n"},
                       {"count.toml": COUNT_RULE})
    assert render(comparison, "github") == "::error file=missing.txt,title=Source could not be read::no such file or folder\n"


# ---------------------------------------------------------------------------
# The job summary


@pytest.mark.parametrize("fmt", ["github", "json", "terminal"])
def test_the_markdown_report_is_appended_to_the_job_summary(cli, tmp_path, fmt):
    summary = tmp_path / "summary.md"
    summary.write_text("# Earlier step\n", encoding="utf-8")
    markdown = cli("report", "--format", "markdown").stdout
    for _ in range(2):
        result = cli("report", "--format", fmt, env={"GITHUB_STEP_SUMMARY": str(summary)})
        assert result.code == 0
        assert "# Discrepancy report" not in result.stdout or fmt == "markdown"
    assert summary.read_text(encoding="utf-8") == "# Earlier step\n" + ("\n" + markdown) * 2


def test_compare_appends_to_the_job_summary_too(cli, tmp_path):
    records, summary = tmp_path / "obs.jsonl", tmp_path / "summary.md"
    cli("extract", "--format", "jsonl", "--output", str(records), "--quiet")
    assert cli("compare", str(records), "-q", env={"GITHUB_STEP_SUMMARY": str(summary)}).code == 0
    assert summary.read_text(encoding="utf-8") == cli("report", "--format", "markdown").stdout


def test_an_empty_summary_variable_writes_nothing(cli):
    assert cli("report", "--format", "github", env={"GITHUB_STEP_SUMMARY": ""}).code == 0


def test_an_unwritable_job_summary_is_a_clear_error(cli, tmp_path):
    target = tmp_path / "missing" / "summary.md"
    result = cli("report", "--format", "github", env={"GITHUB_STEP_SUMMARY": str(target)})
    assert result.code == 2
    assert result.stderr.splitlines()[-1] == (f"error: {target}: cannot append to the job summary: "
                                              "No such file or directory (GITHUB_STEP_SUMMARY must name a file you "
                                              "may write to)")


def test_a_report_too_large_for_the_job_summary_leaves_its_summary_table(calm, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setattr(cli_module, "STEP_SUMMARY_LIMIT", 500)
    cli_module._append_step_summary(calm)
    assert summary.read_text(encoding="utf-8") == render(calm, "markdown").split("## Disagreements")[0] + (
        "The full report is too large for a job summary; see the report written with --output.\n")


# ---------------------------------------------------------------------------
# The JSON schema

VALIDATOR = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def schema_errors(document) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(document)]


def test_the_schema_is_valid_draft_07():
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert SCHEMA["definitions"]["report"]["properties"]["schema_version"]["const"] == 1


@pytest.mark.parametrize("command", [("report",), ("extract",), ("report", T), ("extract", M)])
def test_demo_output_matches_the_schema(cli, command):
    result = cli(*command, "--format", "json")
    assert schema_errors(result.json()) == []


@pytest.mark.parametrize("corpus", ["calm", "hostile", "long_hostile", "tie"])
def test_test_corpora_match_the_schema(request, corpus):
    comparison = request.getfixturevalue(corpus)
    for draw in (render, render_observations):
        assert schema_errors(json.loads(draw(comparison, "json"))) == []


def described_fields(node, where: str = "") -> Iterator[tuple[str, bool]]:
    """Each field the schema defines, by its path, and whether it says what it holds."""
    if not isinstance(node, dict):
        return
    for name, field in node.get("properties", {}).items():
        yield f"{where}.{name}", "description" in field
        yield from described_fields(field, f"{where}.{name}")
    yield from described_fields(node.get("items"), f"{where}[]")
    for branch in node.get("oneOf", []) + node.get("allOf", []):
        yield from described_fields(branch, where)


def test_the_schema_says_what_every_field_holds():
    """A script's author reads the schema, not the code: start and end say what they count from."""
    fields = dict(item for name, definition in SCHEMA["definitions"].items()
                  for item in described_fields(definition, name))
    assert len(fields) > 100  # the walk reaches nested fields
    assert [name for name, described in fields.items() if not described] == []
    assert "counting from 0" in SCHEMA["definitions"]["observation"]["properties"]["pattern"]["description"]


def test_the_schema_notices_a_missing_or_unknown_field(cli):
    document = cli("report", "--format", "json").json()
    del document["verdicts"][0]["tie"]
    document["observations"][0]["extra"] = True
    assert schema_errors(document)
    reasons = {e.message for error in VALIDATOR.iter_errors(document) for e in error.context}  # why each branch failed
    assert "'tie' is a required property" in reasons
    assert "Additional properties are not allowed ('extra' was unexpected)" in reasons


# ---------------------------------------------------------------------------
# diff


@pytest.fixture
def reports(cli, tmp_path):
    """The demo report without the analysis piece (old), and with it (new)."""
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(cli("report", E, F, M, T, "--format", "json").stdout, encoding="utf-8")
    new.write_text(cli("report", "--format", "json").stdout, encoding="utf-8")
    return str(old), str(new)


DIFF_TERMINAL = f"""\
2 new disagreements · 0 resolved disagreements · 4 changed facts · 0 facts added · 0 facts removed · \
1 source added · 0 sources removed

NEW DISAGREEMENT  When did Mike Pompeo visit Belarus?  (pompeo-visit)
status: uncorroborated → disagreement
consensus: — → none (2019 and 2020-02-01 tie, 1 source each)
{A}: — → 2020-02-01

NEW DISAGREEMENT  How many Russians were detained in Belarus?  (russians-detained)
status: agreement → disagreement
consensus: 33
{A}: — → ✗ 32

CHANGED FACT  When were the Russians detained?  (detention-date)
status: uncorroborated → agreement
consensus: — → 2020-07-29
{A}: — → 2020-07-29

CHANGED FACT  When was the Belarusian presidential election?  (election-date)
status: uncorroborated → agreement
consensus: — → 2020-08-09
{A}: — → 2020-08-09

CHANGED FACT  How many of the detainees did Ukraine seek to have extradited?  (extradition-sought)
status: no data → uncorroborated
{A}: — → 28

CHANGED FACT  How many more Russian mercenaries were suspected to be in Belarus?  (mercenaries-suspected)
status: no data → uncorroborated
{A}: — → 170

SOURCES ADDED
{A}
"""


def test_diff_shows_what_a_new_source_changed_and_fails_on_new_disagreements(cli, reports):
    result = cli("diff", *reports)
    assert (result.code, result.stdout, result.stderr) == (1, DIFF_TERMINAL, "")


DIFF_MARKDOWN_REVERSED = f"""\
# Changes between reports

| New disagreements   | Resolved disagreements   | Changed facts   | Facts added   | Facts removed   | Sources added   | Sources removed   |
|---------------------|--------------------------|-----------------|---------------|-----------------|-----------------|-------------------|
| 0                   | 2                        | 4               | 0             | 0               | 0               | 1                 |

## Resolved disagreements

### When did Mike Pompeo visit Belarus?

**Rule:** pompeo-visit · **Status:** disagreement → uncorroborated · **Consensus:** none (2019 and 2020-02-01 tie, 1 source each) → —

| Source                           | Before     | After   |
|----------------------------------|------------|---------|
| {A} | 2020-02-01 | —       |

### How many Russians were detained in Belarus?

**Rule:** russians-detained · **Status:** disagreement → agreement · **Consensus:** 33

| Source                           | Before   | After   |
|----------------------------------|----------|---------|
| {A} | ✗ 32     | —       |
"""


def test_diff_the_other_way_resolves_them_and_passes(cli, reports):
    result = cli("diff", *reversed(reports), "--format", "markdown")
    assert result.code == 0
    assert result.stdout.startswith(DIFF_MARKDOWN_REVERSED)
    assert result.stdout.endswith(f"## Sources removed\n\n- {A}\n")
    assert re.findall(r"^##+ .*", result.stdout, flags=re.MULTILINE) == [
        "## Resolved disagreements", "### When did Mike Pompeo visit Belarus?",
        "### How many Russians were detained in Belarus?", "## Changed facts", "### When were the Russians detained?",
        "### When was the Belarusian presidential election?",
        "### How many of the detainees did Ukraine seek to have extradited?",
        "### How many more Russian mercenaries were suspected to be in Belarus?", "## Sources removed"]


def test_diff_as_json(cli, reports):
    result = cli("diff", *reports, "--format", "json")
    document = result.json()
    assert result.code == 1
    assert document["summary"] == {"new_disagreement": 2, "resolved": 0, "changed": 4, "added": 0, "removed": 0,
                                   "sources_added": 1, "sources_removed": 0}
    assert document["introduces_disagreements"] is True
    assert document["sources_added"] == [A] and document["sources_removed"] == []
    assert [(f["rule"], f["change"]) for f in document["facts"]] == [
        ("detention-date", "changed"), ("election-date", "changed"), ("extradition-sought", "changed"),
        ("mercenaries-suspected", "changed"), ("pompeo-visit", "new_disagreement"),
        ("russians-detained", "new_disagreement")]
    assert document["facts"][-1] == {
        "rule": "russians-detained", "question": "How many Russians were detained in Belarus?",
        "change": "new_disagreement", "status": {"old": "agreement", "new": "disagreement"},
        "consensus": {"old": "33", "new": "33"}, "tolerance": {"old": None, "new": None},
        "values": [{"source": A, "old": [], "new": ["✗ 32"]}]}


def test_diff_of_a_report_with_itself_is_empty(cli, reports):
    for fmt, expected in (("terminal", "nothing changed\n"), ("markdown", "Nothing changed.\n")):
        result = cli("diff", reports[1], reports[1], "--format", fmt)
        assert result.code == 0 and result.stdout.endswith(expected)


def test_diff_help_gives_its_exit_codes_and_an_example(cli):
    result = cli("diff", "--help")
    text = " ".join(result.stdout.split())
    assert "Exit codes: 0 no new disagreements, 1 NEW.json disagrees on a fact OLD.json did not, 2 unreadable input." in text
    assert "Example: discrepancy diff " in text


def test_diff_names_an_unreadable_report(cli, reports, tmp_path):
    broken, extract = tmp_path / "broken.json", tmp_path / "extract.json"
    broken.write_text('{"verdicts": [\n', encoding="utf-8")
    extract.write_text(cli("extract", "--format", "json").stdout, encoding="utf-8")
    for path, message in ((tmp_path / "nope.json", "cannot read the report: No such file or directory"),
                          (broken, "2: not JSON: Expecting value (column 1)"),
                          (extract, 'not a discrepancy report: no "verdicts" (an extract document?) '
                                    "(pass files written by `discrepancy report --format json`)")):
        result = cli("diff", str(path), reports[1])
        assert (result.code, result.stdout) == (2, ""), path
        assert result.stderr.startswith(f"error: {path.as_posix()}") and message in result.stderr, result.stderr


def verdict(rule: str, status: str, claims: dict[str, str], consensus: str | None = None) -> dict:
    return {"rule": rule, "question": f"{rule}?", "status": status, "tie": False,
            "consensus": {"display": consensus} if consensus else None,
            "claims": [{"source": s, "value": {"display": v}} for s, v in claims.items()]}


def document(*verdicts: dict, sources=("a.txt", "b.txt")) -> dict:
    return {"schema_version": 1, "tool": "discrepancy", "sources": [{"path": p} for p in sources],
            "verdicts": list(verdicts)}


def test_each_changed_fact_falls_in_exactly_one_category():
    old = document(verdict("kept", "agreement", {"a.txt": "1", "b.txt": "1"}, "1"),
                   verdict("fixed", "disagreement", {"a.txt": "1", "b.txt": "2"}),
                   verdict("dropped", "disagreement", {"a.txt": "1", "b.txt": "2"}),
                   verdict("still-disputed", "disagreement", {"a.txt": "1", "b.txt": "2"}))
    new = document(verdict("kept", "agreement", {"a.txt": "1", "b.txt": "1"}, "1"),
                   verdict("fixed", "agreement", {"a.txt": "1", "b.txt": "1"}, "1"),
                   verdict("still-disputed", "disagreement", {"a.txt": "1", "b.txt": "3"}),
                   verdict("disputed-from-the-start", "disagreement", {"a.txt": "1", "b.txt": "2"}),
                   verdict("new-and-calm", "uncorroborated", {"a.txt": "1"}, "1"), sources=("a.txt", "c.txt"))
    changes = diff_reports(old, new)
    assert {f.rule: f.category for f in changes.facts} == {
        "fixed": "resolved", "dropped": "removed", "still-disputed": "changed",
        "disputed-from-the-start": "new_disagreement", "new-and-calm": "added"}
    assert changes.introduces_disagreements
    assert (changes.sources_added, changes.sources_removed) == (("c.txt",), ("b.txt",))
    assert not diff_reports(old, old).facts and diff_reports(old, old).is_empty
    assert "FACT REMOVED  dropped?  (dropped)\nstatus: disagreement → —\n" in render_diff(changes, "terminal")


def test_diff_names_a_claim_whose_standing_changed_though_its_value_did_not():
    # Found by a fresh-eyes corpus: a tolerance made the court's RON figure agree among the
    # sources in RON, and `diff` listed no change for the fact.
    def damage(court: str) -> dict:
        fact = verdict("damage", "disagreement", {}, "EUR 48.6 million")
        fact["claims"] = [claim("court.txt", "RON 241,612,300", court), claim("court.txt", "about EUR 48.6 million", "agrees"),
                          claim("paper.txt", "RON 241.6 million", "agrees"), claim("paper.txt", "EUR 48.6 million", "agrees"),
                          claim("live.txt", "EUR 46.8 million", "disagrees")]
        return fact

    changes = diff_reports(document(damage("disagrees")), document(damage("agrees")))
    assert [(f.rule, f.category) for f in changes.facts] == [("damage", "changed")]
    assert ("court.txt: ✗ RON 241,612,300 and ✓ about EUR 48.6 million → ✓ RON 241,612,300 and ✓ about EUR 48.6 million"
            in render_diff(changes, "terminal"))


def test_diff_does_not_name_a_mark_that_came_only_with_a_second_source():
    alone = verdict("fine", "uncorroborated", {"a.txt": "1"}, "1")
    alone["claims"][0]["standing"] = "agrees"
    both = verdict("fine", "agreement", {}, "1")
    both["claims"] = [claim("a.txt", "1", "agrees"), claim("b.txt", "1", "agrees")]
    fact = diff_reports(document(alone), document(both)).facts[0]
    assert [(v.source, v.old, v.new) for v in fact.values] == [("b.txt", (), ("1",))]


def test_diff_names_a_rule_whose_tolerance_changed():
    # Found by a fresh-eyes corpus: a rule given `tolerance = 0.05` turned two ✗ into ✓, and
    # `diff` did not say why.
    def turnout(wire: str, tolerance: dict) -> tuple[dict, dict]:
        fact = verdict("turnout", "disagreement", {}, "68.41%")
        fact["claims"] = [claim("a.txt", "68.41%", "agrees"), claim("b.txt", "68.4%", wire),
                          claim("c.txt", "62.3%", "disagrees")]
        rule = {"id": "turnout", "kind": "amount", "unit": "%", "patterns": ["turnout was {percent}"],
                "tolerance": tolerance}
        return fact, rule

    def report(wire: str, tolerance: dict) -> dict:
        fact, rule = turnout(wire, tolerance)
        return document(fact, sources=("a.txt", "b.txt", "c.txt")) | {"rules": [rule]}

    none, points = {"absolute": 0.0, "relative": 0.0}, {"absolute": 0.05, "relative": 0.0}
    changes = diff_reports(report("disagrees", none), report("agrees", points))
    assert [(f.rule, f.old_tolerance, f.new_tolerance) for f in changes.facts] == [
        ("turnout", None, "0.05 percentage points")]
    assert ("consensus: 68.41%\ntolerance: none → 0.05 percentage points\nb.txt: ✗ 68.4% → ✓ 68.4%\n"
            in render_diff(changes, "terminal"))
    assert "**Tolerance:** none → 0.05 percentage points" in render_diff(changes, "markdown")
    # a tolerance that changed alone is a change too: it may hide the next disagreement
    widened = diff_reports(report("agrees", none), report("agrees", {"absolute": 0.0, "relative": 0.01}))
    assert [(f.category, f.new_tolerance) for f in widened.facts] == [("changed", "1% of the larger value")]


def test_diff_says_an_amount_rules_tolerance_as_the_report_does(tmp_path, monkeypatch):
    # An amount rule's tolerance in a unit that is no currency is "2 feet" beside the report's
    # consensus, and `diff` said "2". A currency, which the values say themselves, is not added.
    articles = {"a.txt": "The wave was 30 feet high. Fined 100 dinars.\n",
                "b.txt": "The wave was 31 feet high. Fined 101 dinars.\n"}

    def comparison(name: str, tolerance: int):
        rules = {"rules.toml": (f'[[rule]]\nid = "wave"\nquestion = "How high?"\nkind = "amount"\nunit = "feet"\n'
                                f'tolerance = {tolerance}\npatterns = ["wave was {{amount}} feet"]\n'
                                f'[[rule]]\nid = "fine"\nquestion = "How much?"\nkind = "amount"\nunit = "dinars"\n'
                                f'tolerance = {tolerance}\npatterns = ["fined {{money}}"]\n')}
        return build(tmp_path / name, monkeypatch, articles, rules)

    exact, loose = comparison("exact", 0), comparison("loose", 2)
    changes = diff_reports(json.loads(render(exact, "json")), json.loads(render(loose, "json")))
    assert [(f.rule, f.old_tolerance, f.new_tolerance) for f in changes.facts] == [
        ("fine", None, "2"), ("wave", None, "2 feet")]
    report = render(loose, "markdown")
    assert "**Tolerance:** 2 feet (values" in report and "**Tolerance:** 2 (values" in report


def claim(source: str, display: str, standing: str) -> dict:
    return {"source": source, "value": {"display": display}, "standing": standing}


def test_unknown_diff_format_is_refused():
    with pytest.raises(ValueError, match="unknown diff format 'github'"):
        render_diff(diff_reports(document(), document()), "github")


# ---------------------------------------------------------------------------
# The workflow file and the README


def test_the_workflow_runs_the_report_uploads_it_and_fails_on_disagreements():
    workflow = (REPO / ".github" / "workflows" / "report.yml").read_text(encoding="utf-8")
    assert re.search(r"^on:\n  push:\n  pull_request:\n", workflow, flags=re.MULTILINE)
    assert 'python-version: "3.11"' in workflow and "run: pip install ." in workflow
    command = ("discrepancy report sources --rules rules --output reports/report.md --format github "
               "--fail-on disagreement")
    assert f"run: {command}" in workflow
    assert re.search(r"if: always\(\)\n\s+uses: actions/upload-artifact@v4\n(?:.*\n)*\s+path: reports/report.md",
                     workflow)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert command in readme and ".ci/run" in readme



def test_an_annotation_says_what_its_own_line_says_and_a_source_no_one_contradicts_gets_none(tmp_path, monkeypatch):
    articles = {"a.txt": "Police detained 33 Russians.\n\nLater, police detained between 33 and 35 Russians.\n",
                "b.txt": "Guards detained 32 Russians.\n", "c.txt": "They detained 32 or 33 Russians.\n"}
    comparison = build(tmp_path / "lines", monkeypatch, articles, {"count.toml": COUNT_RULE})
    commands = parse_commands(render(comparison, "github"))
    assert [(props["file"], props["line"], message.split(";")[0])
            for level, props, message in commands if level == "warning"] == [
        ("sources/a.txt", "1", "This line says 33"),
        ("sources/a.txt", "3", "This line says 33–35"),
        ("sources/b.txt", "1", "This line says 32")]  # c.txt's "32 or 33" contradicts no one


def test_a_line_that_agrees_gets_no_warning_though_another_line_of_its_source_disagrees(tmp_path, monkeypatch):
    # Found by fresh-eyes corpora: "at least two dozen" (at least 24) beside a consensus of 68
    # was annotated "This line says at least 24; the consensus is 68", because the same
    # source's "26" on another line made its claim disagree.
    sick = 'id = "sick"\nquestion = "How many were sickened?"\nkind = "count"\npatterns = [\'made {count} people sick\']\n'
    articles = {"a.txt": "The outbreak has made 68 people sick.\n", "b.txt": "The outbreak has made 68 people sick.\n",
                "c.txt": "The outbreak has made 26 people sick.\n\nIt has made at least two dozen people sick.\n"}
    comparison = build(tmp_path / "sick", monkeypatch, articles, {"sick.toml": sick})
    commands = parse_commands(render(comparison, "github"))
    assert [(props["file"], props["line"], message.split(";")[0])
            for level, props, message in commands if level == "warning"] == [("sources/c.txt", "1", "This line says 26")]
    assert "✗ 26" in render(comparison, "terminal")  # the source's claim still disagrees, both lines in it


def test_a_line_at_odds_with_the_consensus_gets_a_warning_though_its_source_also_agrees(tmp_path, monkeypatch):
    # A source that says 26 and 68 contradicts itself and agrees with the consensus of 68: the
    # line that says 26 is the one at odds with the consensus, and the only one annotated.
    articles = {"a.txt": "Police detained 68 Russians.\n", "b.txt": "Police detained 68 Russians.\n",
                "c.txt": "Police detained 26 Russians.\n\nIn all, police detained 68 Russians.\n"}
    comparison = build(tmp_path / "both", monkeypatch, articles, {"count.toml": COUNT_RULE})
    commands = parse_commands(render(comparison, "github"))
    assert [(props["file"], props["line"], message.split(";")[0])
            for level, props, message in commands if level == "warning"] == [("sources/c.txt", "1", "This line says 26")]


def test_an_annotation_does_not_name_a_source_that_contradicts_itself_as_backing_the_consensus(tmp_path, monkeypatch):
    # Found by a fresh-eyes corpus: on the commission's "final turnout was 68.93%", the annotation
    # said "the consensus is 68.41%, from sources/01_commission.md, …", the very source warned.
    articles = {"a.txt": "Police detained 68 Russians.\n", "b.txt": "Police detained 68 Russians.\n",
                "c.txt": "Police detained 26 Russians.\n\nIn all, police detained 68 Russians.\n"}
    comparison = build(tmp_path / "both", monkeypatch, articles, {"count.toml": COUNT_RULE})
    (message,) = [message for level, _, message in parse_commands(render(comparison, "github")) if level == "warning"]
    assert message.split("\n")[0] == "This line says 26; the consensus is 68, from sources/a.txt, sources/b.txt."
    # the JSON still counts it among those backing the consensus, and names it as contradicting itself
    fact = json.loads(render(comparison, "json"))["verdicts"][0]
    assert (fact["agreeing"], fact["self_contradicting"]) == (["sources/a.txt", "sources/b.txt", "sources/c.txt"],
                                                             ["sources/c.txt"])


def test_a_consensus_only_sources_that_contradict_themselves_back_names_them_as_such(tmp_path, monkeypatch):
    articles = {"a.txt": "Police detained 26 Russians.\n\nIn all, police detained 68 Russians.\n",
                "b.txt": "Police detained 30 Russians.\n\nIn all, police detained 68 Russians.\n"}
    comparison = build(tmp_path / "both", monkeypatch, articles, {"count.toml": COUNT_RULE})
    assert [message.split("\n")[0] for level, _, message in parse_commands(render(comparison, "github"))
            if level == "warning"] == [
        "This line says 26; the consensus is 68, from sources that also say another figure: sources/a.txt, sources/b.txt.",
        "This line says 30; the consensus is 68, from sources that also say another figure: sources/a.txt, sources/b.txt."]


def test_in_a_tie_each_side_and_each_outlier_is_annotated_and_a_source_agreeing_with_both_is_not(tie):
    commands = parse_commands(render(tie, "github"))
    assert [(level, props["file"], message.split("\n")[0]) for level, props, message in commands if level == "warning"] == [
        ("warning", "sources/b.txt", "This line says 195,000 people; no consensus: 195,000 and 200,000 people tie, 2 sources each."),
        ("warning", "sources/c.txt", "This line says 200,000 people; no consensus: 195,000 and 200,000 people tie, 2 sources each."),
        ("warning", "sources/d.txt",
         "This line says about 60,000 (54,000–66,000) people; no consensus: 195,000 and 200,000 people tie, 2 sources each.")]


def test_diff_names_tied_values_and_still_reads_a_report_written_before_it_did():
    old = verdict("fine", "disagreement", {"a.txt": "1", "b.txt": "2"}) | {"tie": True}  # no "tied" in it
    new = old | {"tied": [{"value": {"display": "1"}, "backing": ["a.txt"]},
                          {"value": {"display": "2"}, "backing": ["b.txt"]}]}
    (change,) = diff_reports(document(old), document(new)).facts
    assert (change.category, change.old_consensus, change.new_consensus) == (
        "changed", "none (values tie)", "none (1 and 2 tie, 1 source each)")


def test_a_time_report_matches_the_schema_and_gives_minutes_since_midnight(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "rules").mkdir()
    for name, text in (("a", "The bridge collapsed at 1:29 a.m. EDT."), ("b", "The bridge collapsed at 0529 GMT.")):
        (tmp_path / "sources" / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    (tmp_path / "rules" / "collapse.toml").write_text(
        'id = "collapse"\nquestion = "When?"\nkind = "time"\ntolerance = "5 minutes"\n'
        "patterns = ['collapsed at {time}']\n", encoding="utf-8")
    result = run_cli("report", "sources", "--rules", "rules", "--format", "json", cwd=tmp_path)
    document = json.loads(result.stdout)
    assert (result.code, schema_errors(document)) == (0, [])
    (verdict,) = document["verdicts"]
    assert {k: verdict["consensus"][k] for k in ("kind", "low", "high", "unit", "precision", "display")} == {
        "kind": "time", "low": 329, "high": 329, "unit": "UTC", "precision": "EDT", "display": "01:29 EDT"}
    assert (verdict["status"], verdict["agreeing"], document["rules"][0]["tolerance"]) == (
        "agreement", ["sources/a.txt", "sources/b.txt"], {"absolute": 5.0, "relative": 0.0})
