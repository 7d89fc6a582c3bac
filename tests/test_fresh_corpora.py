"""Corpora written by people who had never seen the code, from the README and the rule guide
alone: six outlets on a chemical-plant fire, seven on a rail strike and seven on an earthquake
(invented articles, with the web boilerplate, bylines, headlines and distractors real copy has). TRUTH.md beside each says
what a careful reader finds; the report must give exactly those verdicts, and every rule's
examples must pass."""

from __future__ import annotations

import json

import pytest
from conftest import REPO

CORPORA = REPO / "tests" / "corpora"

# rule → (status, consensus, disagreeing, contradicting itself, not compared), as TRUTH.md says
FIRE = {
    "burn-duration": ("disagreement", "12 hours", ["sources/05_guardian.txt"], [], []),
    "deaths": ("disagreement", "12", ["sources/04_vrt.txt"], [], []),
    "evacuated": ("agreement", "2,900", [], [], []),
    "fine-2024": ("agreement", "EUR 4.2 million", [], [], ["sources/02_ap.txt"]),
    "fire-date": ("agreement", "2026-03-03", [], [], []),
    "firefighters": ("uncorroborated", "about 150 (140–160)", [], [], []),
    "injured": ("agreement", "210", [], [], []),
}
STRIKE = {
    "deal-date": ("agreement", "2025-09-14", [], [], []),
    "deal-value": ("agreement", "GBP 800 million", [], [], ["sources/ap.txt"]),
    "dispute-length": ("agreement", "1.5 years", [], [], []),
    "pay-rise": ("agreement", "4.5%", [], [], []),
    "strike-cost": ("uncorroborated", "more than GBP 1 billion", [], [], []),
    "strike-duration": ("agreement", "3 weeks", [], [], []),
    "strike-start": ("agreement", "2025-08-25", [], [], []),
    "strikers": ("disagreement", "15,000", ["sources/bbc.txt"], ["sources/reuters.txt"], []),
}

QUAKE = {  # "two months" beside "60 days", "nearly 60 hours", "magnitude-7.1": all once misread
    "death-toll": ("agreement", "31", [], [], []),
    "emergency-duration": ("agreement", "60 days", [], [], []),
    "eu-aid": ("agreement", "EUR 1.2 million", [], [], []),
    "injured": ("disagreement", "450", ["sources/05_sur.txt"], [], []),
    "magnitude": ("disagreement", "7.1", ["sources/06_blog.md"], [], []),
    "port-damage": ("agreement", "USD 11 million", [], [], []),
    "quake-date": ("disagreement", "2024-07-16", ["sources/05_sur.txt"], [], []),
    "rescue-hours": ("disagreement", "52 hours", ["sources/05_sur.txt"], [], []),
    "uk-aid": ("uncorroborated", "GBP 800,000", [], [], []),
    "us-aid": ("disagreement", "USD 2.5 million", ["sources/06_blog.md"], [], []),
}


@pytest.mark.parametrize("corpus, expected", [("fire", FIRE), ("strike", STRIKE), ("quake", QUAKE)])
def test_the_report_gives_the_verdicts_a_careful_reader_gives(cli, corpus, expected):
    result = cli("report", "sources", "--rules", "rules", "--format", "json", cwd=CORPORA / corpus)
    assert result.code == 0, result.stderr
    verdicts = {v["rule"]: (v["status"], v["consensus"]["display"], v["disagreeing"], v["self_contradicting"],
                            v["other_unit"]) for v in json.loads(result.stdout)["verdicts"]}
    assert verdicts == expected


@pytest.mark.parametrize("corpus, examples", [("fire", 36), ("strike", 43), ("quake", 38)])
def test_every_example_the_authors_wrote_passes(cli, corpus, examples):
    result = cli("rules", "test", "rules", cwd=CORPORA / corpus)
    assert (result.code, result.stdout.splitlines()[-1]) == (0, f"{examples} passed, 0 failed")
