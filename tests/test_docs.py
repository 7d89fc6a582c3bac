"""The rule guide cannot go stale: every command it shows is run here, and its output compared.

A ```toml block whose info string names a file (```toml file=rules/x.toml) is written before
the commands after it run. In a ```console block, `$ discrepancy ...` lines are commands and
the lines after them their exact output (stdout, then stderr) and, last, `[exit N]` when not 0.
Run with UPDATE_DOCS=1 to rewrite the outputs in place after a deliberate change.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys

from conftest import REPO

GUIDE = REPO / "docs" / "rules.md"
BLOCK = re.compile(r"^```(?P<info>[^\n]*)\n(?P<body>.*?)^```\n", re.MULTILINE | re.DOTALL)


def _run(command: str, cwd) -> str:
    args = shlex.split(command)
    assert args[0] == "discrepancy", f"the guide may only run discrepancy commands: {command}"
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "FORCE_COLOR", "GITHUB_STEP_SUMMARY", "GITHUB_ACTIONS")}
    done = subprocess.run([sys.executable, "-m", "discrepancy", *args[1:]], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)
    output = done.stdout + done.stderr
    if done.returncode:
        output += f"[exit {done.returncode}]\n"
    return output


def _render(guide: str, workdir) -> tuple[str, list[tuple[str, str, str]]]:
    """The guide with fresh outputs, and (command, shown, actual) for every command."""
    checks, pieces, last = [], [], 0
    for block in BLOCK.finditer(guide):
        info, body = block["info"].strip(), block["body"]
        pieces.append(guide[last: block.start()])
        last = block.end()
        file = re.search(r"file=(\S+)", info)
        if file:
            (workdir / file[1]).parent.mkdir(parents=True, exist_ok=True)
            (workdir / file[1]).write_text(body, encoding="utf-8")
        if info == "console":
            body = _run_console(body, workdir, checks)
        pieces.append(f"```{block['info']}\n{body}```\n")
    pieces.append(guide[last:])
    return "".join(pieces), checks


def _run_console(body: str, workdir, checks) -> str:
    out = []
    sections = re.split(r"^(\$ .*\n)", body, flags=re.MULTILINE)
    for i in range(1, len(sections), 2):
        command, shown = sections[i], sections[i + 1]
        actual = _run(command[2:].strip(), workdir)
        checks.append((command.strip(), shown, actual))
        out.append(command + actual)
    return "".join(out)


def _workdir(tmp_path):
    for folder in ("sources", "rules"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    return tmp_path


def test_every_command_in_the_rule_guide_prints_what_the_guide_shows(tmp_path):
    guide = GUIDE.read_text(encoding="utf-8")
    fresh, checks = _render(guide, _workdir(tmp_path))
    if os.environ.get("UPDATE_DOCS"):
        GUIDE.write_text(fresh, encoding="utf-8")
        return
    assert len(checks) >= 6
    for command, shown, actual in checks:
        assert shown == actual, f"docs/rules.md is stale for `{command}` (run UPDATE_DOCS=1 pytest tests/test_docs.py)"


def test_the_placeholder_reference_lists_every_placeholder():
    from discrepancy.values import PLACEHOLDERS

    guide = GUIDE.read_text(encoding="utf-8")
    for placeholder in PLACEHOLDERS.values():
        assert f"| `{{{placeholder.name}}}` | {placeholder.kind} | {placeholder.accepts} |" in guide


def test_the_readme_lists_the_front_matter_keys_a_site_keeps_for_itself():
    from discrepancy.sources import SITE_KEYS

    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    listed = re.search(r"in `sources.toml` alike: (.*?)\. In TOML", readme)[1]
    assert sorted(listed.replace("`", "").split(", ")) == sorted(SITE_KEYS)


def test_the_shipped_schema_is_the_one_the_loader_is_made_from():
    from discrepancy.rules import json_schema

    shipped = json.loads((REPO / "schemas" / "rule.schema.json").read_text(encoding="utf-8"))
    assert shipped == json_schema(), "run `discrepancy rules schema > schemas/rule.schema.json`"


def test_every_command_has_help_with_an_example():
    for command in (["report"], ["extract"], ["compare"], ["diff"], ["explain"], ["rules", "test"], ["rules", "check"], ["rules", "list"],
                    ["rules", "new"], ["rules", "schema"]):
        output = _run(shlex.join(["discrepancy", *command, "--help"]), REPO)
        assert "Example: discrepancy " in output, command


def _anchor(heading: str) -> str:
    """The link GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_the_guides_contents_and_common_questions_link_to_headings_it_has():
    guide = BLOCK.sub("", GUIDE.read_text(encoding="utf-8"))  # a TOML comment in a block is no heading
    headings = re.findall(r"^#{2,3} (.+)$", guide, re.MULTILINE)
    anchors = {_anchor(h) for h in headings}
    links = re.findall(r"\]\(#([^)]+)\)", guide)
    assert len(links) > 30
    assert sorted(set(links) - anchors) == []
    contents = guide.split("## Contents\n", 1)[1].split("\n## ", 1)[0]
    top_level = [_anchor(h) for h in re.findall(r"^## (.+)$", guide, re.MULTILINE) if h != "Contents"]
    assert [a for a in top_level if f"(#{a})" not in contents] == []
