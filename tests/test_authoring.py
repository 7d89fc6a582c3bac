"""The rule author's commands: list, new, check, test; exact output and exit codes."""

from __future__ import annotations

import shutil

import pytest

from conftest import REPO, run_cli


def test_rules_list_shows_each_rule_and_how_many_sources_it_matched():
    result = run_cli("rules", "list")
    assert result.code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "kind", "question", "file", "sources", "matched"]
    assert lines[2].split()[:2] == ["detention-date", "date"]
    assert lines[2].split()[-2:] == ["rules/detention-date.toml", "2/5"]
    assert [line.split()[-1] for line in lines[2:]] == ["2/5", "2/5", "1/5", "1/5", "1/5", "2/5", "4/5", "1/5"]


@pytest.mark.parametrize("kind", ["count", "date", "duration", "amount"])
def test_a_new_rule_of_every_kind_passes_check_and_test(tmp_path, kind):
    result = run_cli("rules", "new", f"my-{kind}", "--kind", kind, cwd=tmp_path)
    assert result.code == 0
    assert result.stderr == (f"wrote rules/my-{kind}.toml: edit its question, patterns and examples, then run "
                             f"`discrepancy rules test rules/my-{kind}.toml`\n")
    assert run_cli("rules", "check", cwd=tmp_path).stdout == "1 rule OK\n"
    assert run_cli("rules", "test", cwd=tmp_path).stdout == "2 passed, 0 failed\n"


@pytest.mark.parametrize("rule_id, kind, question", [
    ("death-toll", "count", "What was the death toll?"),
    ("protesters-detained", "count", "How many protesters detained?"),
    ("strike-cost", "amount", "How much was the strike cost?"),
])
def test_a_new_rule_asks_its_question_in_words_made_from_its_id(tmp_path, rule_id, kind, question):
    assert run_cli("rules", "new", rule_id, "--kind", kind, cwd=tmp_path).code == 0
    assert f'question = "{question}"' in (tmp_path / "rules" / f"{rule_id}.toml").read_text(encoding="utf-8")


def test_rules_test_and_check_take_rules_as_arguments_or_with_the_rules_option(tmp_path):
    shutil.copytree(REPO / "rules", tmp_path / "my-rules")
    assert run_cli("rules", "test", "--rules", "my-rules", cwd=tmp_path).stdout == "34 passed, 0 failed\n"
    assert run_cli("rules", "test", "my-rules", cwd=tmp_path).stdout == "34 passed, 0 failed\n"
    assert run_cli("rules", "check", "-r", "my-rules", cwd=tmp_path).stdout == "8 rules OK\n"


def test_explain_without_keywords_says_how_to_see_near_misses(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "x.toml").write_text(
        'id = "x"\nquestion = "How many?"\nkind = "count"\npatterns = [\'detained {count} people\']\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Nothing happened.\n", encoding="utf-8")
    result = run_cli("explain", "a.txt", cwd=tmp_path)
    assert result.stdout.splitlines()[1:3] == [
        "-- a.txt (no publication date)",
        "  (no match; give the rule `keywords` to see the sentences that nearly match)"]


def test_explain_shows_a_markdown_line_it_read_as_a_match_only_and_a_near_miss_as_prose(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "fine.toml").write_text(
        'id = "fine"\nquestion = "?"\nkind = "amount"\nkeywords = ["penalty"]\npatterns = [\'the {money} penalty\']\n',
        encoding="utf-8")
    (tmp_path / "a.md").write_text("*The operator says the €42m penalty is unfair.*\n\nThe **penalty** was huge.\n",
                                   encoding="utf-8")
    result = run_cli("explain", "a.md", cwd=tmp_path)
    assert result.stdout.splitlines()[1:] == [
        "-- a.md (no publication date)",
        "  match  a.md:1: The operator says the «€42m» penalty is unfair.",
        "         pattern 1: the {money} penalty",
        "         '€42m' → EUR 42 million",
        "  near   a.md:3: The penalty was huge.",
        ""]


def test_explain_left_out_lists_the_lines_no_rule_reads_with_their_numbers(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "x.toml").write_text(
        'id = "x"\nquestion = "?"\nkind = "count"\npatterns = [\'detained {count} people\']\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Police detained 33 people.\nShare this article\n\nTrending Stories\n"
                                    "Gold slips 400 a gram\n", encoding="utf-8")
    result = run_cli("explain", "a.txt", "--left-out", cwd=tmp_path)
    assert result.stdout.splitlines()[:6] == [
        "== lines left out as page furniture or boilerplate",
        "-- a.txt",
        "  skip   a.txt:2: Share this article",
        "  skip   a.txt:4: Trending Stories",
        "  skip   a.txt:5: Gold slips 400 a gram",
        ""]


def test_explain_finds_a_keyword_in_its_plural_as_a_near_miss(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "x.toml").write_text(
        'id = "x"\nquestion = "?"\nkind = "amount"\nkeywords = ["basis point"]\npatterns = [\'cut of {percent}\']\n',
        encoding="utf-8")
    (tmp_path / "a.txt").write_text("Rates fell by 25 basis points.\nA pointless line.\n", encoding="utf-8")
    result = run_cli("explain", "a.txt", cwd=tmp_path)
    assert result.stdout.splitlines()[2:] == ["  near   a.txt:1: Rates fell by 25 basis points.", ""]


def test_rules_new_refuses_to_overwrite_and_unknown_kinds(tmp_path):
    assert run_cli("rules", "new", "x", cwd=tmp_path).code == 0
    again = run_cli("rules", "new", "x", cwd=tmp_path)
    assert (again.code, again.stderr) == (2, "error: rules/x.toml: a rule file with this id exists already "
                                             "(choose another id)\n")
    odd = run_cli("rules", "new", "y", "--kind", "weight", cwd=tmp_path)
    assert (odd.code, odd.stderr) == (2, "error: unknown kind 'weight' (use one of: count, date, duration, amount)\n")


def test_rules_check_warns_about_a_rule_without_examples_or_keywords(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "x.toml").write_text(
        'id = "x"\nquestion = "How many?"\nkind = "count"\npatterns = [\'detained {count} people\']\n', encoding="utf-8")
    result = run_cli("rules", "check", cwd=tmp_path)
    assert result.code == 0
    assert result.stdout == "1 rule OK, 3 warnings\n"
    assert result.stderr == (
        "warning: rules/x.toml:1: x: no [[example]]: nothing shows what the rule must find\n"
        "warning: rules/x.toml:1: x: no [[counterexample]]: nothing shows what the rule must not find\n"
        "warning: rules/x.toml:1: x: no keywords: `explain` cannot show near misses\n")


def test_rules_test_names_each_failure_and_exits_1(tmp_path):
    shutil.copytree(REPO / "rules", tmp_path / "rules")
    rule = tmp_path / "rules" / "russians-detained.toml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("value = 33\n", "value = 34\n", 1), encoding="utf-8")
    result = run_cli("rules", "test", cwd=tmp_path)
    assert result.code == 1
    assert result.stdout.splitlines() == [
        "FAIL rules/russians-detained.toml:16: russians-detained: example 'Belarus detained 33 Russians on "
        "suspicion of planning riots.': expected 34 (exactly), got 33 (exactly) from '33' (in 'detained 33 Russians')",
        "33 passed, 1 failed"]


def test_explain_shows_the_reading_steps_of_a_relative_date():
    result = run_cli("explain", "sources/004_b7662e16b4581a0c.txt", "--rule", "election-date")
    assert result.code == 0
    assert "         'Sunday', published 2020-08-15 → 2020-08-09\n" in result.stdout
    assert "  match  sources/004_b7662e16b4581a0c.txt:9: The phone call came after Belarus leader who claims to " \
           "have won a disputed presidential election on «Sunday» said he needed to contact Moscow over growing " \
           "protests against his rule.\n" in result.stdout


def test_explain_an_unknown_rule_is_a_clear_error():
    result = run_cli("explain", "--rule", "nope")
    assert result.code == 2
    assert result.stderr.startswith("error: no rule with id 'nope' (known ids: detention-date, election-date,")
