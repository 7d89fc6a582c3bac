"""The anchor prefilter (anchors.py) is a shortcut only: with it, extraction reads exactly
what every rule reads when it runs over the whole text.

* `anchor_of` gives every set of literals a match must contain, the most selective first.
* A paragraph runs a pattern only when it holds one literal of each of those sets.
* `leading_of` gives the literals a match starts with; a search tried only where they
  occur finds what the regex search finds.
* On any mix of the shipped and the fresh-corpora rules' words, the prefiltered extraction
  equals each rule run over the whole text with no prefilter.
"""

from __future__ import annotations

import sys
from datetime import date

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy.anchors import BREAK, AnchorIndex, anchor_of, fold_case, leading_of
from discrepancy.errors import InputError
from discrepancy.extract import Paragraphs, _bounded, extract_rule, extract_source
from discrepancy.rules import load_rules, translate
from discrepancy.sources import text_source
from discrepancy.values import Published

from conftest import REPO

RULE_SETS = [REPO / "rules", REPO / "tests/corpora/fire/rules", REPO / "tests/corpora/strike/rules",
             REPO / "tests/corpora/quake/rules"]


def anchor(pattern: str):
    return anchor_of(translate(pattern, BREAK))


def test_anchor_is_every_required_set_of_literals_most_selective_first():
    assert anchor("{count} (?:Russians|detainees) were (?:released|freed)") == (
        frozenset({"russians", "detainees"}), frozenset({"released", "freed"}), frozenset({"were"}))


@pytest.mark.parametrize("pattern, expected", [
    ("(?<!the )(?:detained|arrested) ... (?:on )?{date}", (frozenset({"detained", "arrested"}),)),
    ("{count} of (?:the|them|these) ... extradited", (frozenset({"extradited"}), frozenset({"the"}))),
    ("Pompeo, who (?:visited|met) ... {date}", (frozenset({"pompeo,"}), frozenset({"who"}),
                                                 frozenset({"met", "visited"}))),
])
def test_a_gap_keeps_the_words_on_both_sides_as_anchors(pattern, expected):
    # A gap's own syntax must stay readable to the standard parser: once, a "[:" in it read as
    # a POSIX class, and every pattern with a gap ran over every paragraph (five times slower).
    assert anchor(pattern) == expected


def test_every_shipped_pattern_has_an_anchor():
    assert [p.text for r in load_rules([REPO / "rules"]) for p in r.patterns if p.anchor is None] == []


def test_optional_parts_and_short_literals_are_not_required():
    assert anchor("(?:about )?{count} (?:of )?troops") == (frozenset({"troops"}),)
    assert anchor("{count} of them") == (frozenset({"them"}),)  # "of" is too short to filter anything
    assert anchor("{count}") is None


def test_a_paragraph_runs_a_pattern_only_with_one_literal_of_each_set():
    index = AnchorIndex.build([[anchor("{count} Russians were (?:released|freed)")]])
    text = "33 Russians were detained.\n\nThey were freed later.\n\n32 Russians were freed."
    paragraphs = Paragraphs(text).spans
    assert index.windows(text, paragraphs) == {(0, 0): [paragraphs[2]]}


def test_literals_inside_and_across_other_literals_are_all_found():
    # "arrested" holds "arrest" and "rest"; "restaurant" overlaps "arrest" in "arrestaurant".
    index = AnchorIndex.build([[(frozenset({"rest"}),)], [(frozenset({"restaurant"}),)], [(frozenset({"arrested"}),)]])
    text = "arrestaurant"
    assert sorted(index.windows(text, [(0, len(text))])) == [(0, 0), (1, 0)]


WORDS = ["Belarus", "detained", "arrested", "33", "thirty-three", "Russians", "Russian citizens", "were", "released",
         "handed back", "all but one of the", "on", "Friday", "July 29", "last week", "presidential election",
         "nearly 30", "mercenaries", "other", "Pompeo", "Lukashenko", "has ruled", "for 26 years", "$19 billion",
         "workers", "evacuated", "fire", "strike", "days", "of", "the", "and", ",", ".", "\n", "\n\n", "- ", "İstanbul"]


RULES = {folder: load_rules([folder]) for folder in RULE_SETS}
# The rules' own example sentences, so that most texts hold real matches, cut into pieces.
SENTENCES = sorted({e.text for rules in RULES.values() for r in rules for e in (*r.examples, *r.counterexamples)})
PIECES = sorted({piece for sentence in SENTENCES for piece in sentence.split(", ")})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS) | st.sampled_from(SENTENCES) | st.sampled_from(PIECES), max_size=30))
def test_prefiltered_extraction_reads_what_every_rule_reads_over_the_whole_text(parts):
    source = text_source(" ".join(parts), Published(date(2020, 8, 7)), "article.txt")
    for rules in RULES.values():
        shortcut = extract_source(source, rules)
        whole = [obs for rule in rules for obs in extract_rule(source, source.scan_text, rule)]
        assert sorted(shortcut, key=repr) == sorted(whole, key=repr)


def test_leads_are_the_literals_a_match_starts_with():
    assert leading_of(r"(?<!the\s+)(?:detained|arrested)\s+") == frozenset({"detained", "arrested"})
    assert leading_of(r"\bPompeo's\s+(?:visit|trip)") == frozenset({"pompeo's"})
    assert leading_of(r"presidential\s+(?:election|vote)") == frozenset({"presidential"})
    assert leading_of(r"(?:other|more)\s+men") == frozenset({"other", "more"})
    assert leading_of(r"Lukashenk[oa]") == frozenset({"lukashenk"})


def test_no_lead_where_a_match_may_start_otherwise():
    assert leading_of(r"(?:about\s+)?troops") is None  # optional: "troops" starts a match too
    assert leading_of(r"on\s+") is None  # too short to be worth a scan
    assert leading_of(r"[A-Z]\w+ said") is None
    assert leading_of(r"(?:another|a\s+further)\s+") is None  # "a" is too short


def test_a_search_from_the_leads_finds_what_the_regex_search_finds():
    text = "They were detained; the detained men, arrested later, were ARRESTED again."
    compiled = regex.compile(r"(?<!the\s)(?:detained|arrested)", regex.IGNORECASE)
    lead = leading_of(compiled.pattern)
    starts = sorted(i for literal in lead for i in range(len(text)) if text.lower().startswith(literal, i))
    source = text_source(text)
    rule = load_rules([REPO / "rules"])[0]
    by_leads = list(_bounded(compiled, rule.patterns[0], text, rule, source, 0, len(text), starts))
    assert [m.span() for m in by_leads] == [m.span() for m in compiled.finditer(text)] == [(10, 18), (38, 46), (59, 67)]


def test_patterns_that_share_a_lead_get_its_starts_and_only_patterns_that_may_match_get_any():
    words = frozenset({"detained"}), frozenset({"arrested"})
    leads = {(0, 0): frozenset({"detained", "arrested"}), (1, 0): frozenset({"detained", "arrested"}),
             (1, 1): frozenset({"arrested"}), (2, 0): frozenset({"freed"})}
    index = AnchorIndex.build([[words[:1]], [words[:1], words[1:]], [(frozenset({"freed"}),)]], leads)
    text = "Police detained 33; they had ARRESTED 12.\n\nThe detained men were arrested again."
    scan = index.scan(text, Paragraphs(text).spans)
    assert scan.starts == {(0, 0): [7, 29, 47, 65], (1, 0): [7, 29, 47, 65], (1, 1): [29, 65]}
    assert scan.starts[(0, 0)] is scan.starts[(1, 0)]


def test_a_fuzzy_pattern_runs_without_the_shortcut_and_reads_the_misspelling(tmp_path):
    # To the standard parser "{e<=1}" is literal text; to `regex` it allows one typo.
    assert anchor("(?:detained){e<=1} {count} Russians") is None
    rule_file = tmp_path / "held.toml"
    rule_file.write_text("id = 'held'\nkind = 'count'\nquestion = 'How many?'\n"
                         "patterns = ['(?:detained){e<=1} {count} Russians']\n", encoding="utf-8")
    rule = load_rules([rule_file])[0]
    source = text_source("Police detaned 33 Russians on Wednesday.")
    assert [(o.raw, o.value.display()) for o in extract_source(source, [rule])] == [("33", "33")]


# Found by a review of the shortcuts: each input once read differently with the prefilter.

def _rules_from(tmp_path, pattern: str, case_sensitive: bool = False):
    (tmp_path / "r.toml").write_text(
        "id = 'r'\nquestion = 'How many?'\nkind = 'count'\n" + ("case_sensitive = true\n" if case_sensitive else "")
        + f"patterns = ['''{pattern}''']\n", encoding="utf-8")
    return load_rules([tmp_path])


def _both_ways(text: str, rules) -> tuple[list, list]:
    source = text_source(text, Published(date(2020, 8, 7)), "a.txt")
    key = lambda found: sorted((o.rule, o.start, o.end, o.raw, o.pattern) for o in found)  # noqa: E731
    whole = [o for rule in rules for o in extract_rule(source, source.scan_text, rule)]
    return key(extract_source(source, rules)), key(whole)


@pytest.mark.parametrize("pattern, text, case_sensitive", [
    ("detained {count} Russians", "Belarus detained 33 Ruſſians.", False),  # the regex equates ſ with s
    ("{count} istanbul residents", "33 İstanbul residents", False),  # and İ with i
    ("{count} İstanbul residents", "33 İstanbul residents", True),  # "İ".lower() is two characters
    ("police in İstanbul detained {count}", "Police in İstanbul detained 33", False),
    ("ΠΟΛΙΤΕΣ {count}", "ΠΟΛΙΤΕΣ 33", False),  # lower() makes the last Σ a final ς
    ("{count}[[:space:]]Russians", "33 Russians", False),  # a POSIX class the standard parser misreads
])
def test_the_prefilter_folds_case_as_the_regex_does(tmp_path, pattern, text, case_sensitive):
    shortcut, whole = _both_ways(text, _rules_from(tmp_path, pattern, case_sensitive))
    assert shortcut == whole and [raw for *_, raw, _ in whole] == ["33"]


@pytest.mark.parametrize("pattern, text", [
    (r"votes \({count}\)", "Civic Renewal won 236 seats (8,224,466 votes (33) in all)."),
    (r"\({count}, to be exact\)", "Many seats (33, to be exact) were won."),
    ('"{count}"', 'The count was "33" at noon.'),
    ("seats-{count}-total", "The seats-33-total line."),
])
def test_a_placeholder_right_between_two_literals_is_not_one_literal_to_the_prefilter(tmp_path, pattern, text):
    # Found by a fresh-eyes corpus: the anchor of "\({percent}\)" was "(\x00)", which no text holds, so
    # `rules test` and `explain` read 38.41% and the report read nothing.
    assert all("\x00" not in literal for factor in anchor(pattern) or () for literal in factor)
    shortcut, whole = _both_ways(text, _rules_from(tmp_path, pattern))
    assert shortcut == whole and [raw for *_, raw, _ in whole] == ["33"]


def test_words_after_the_value_that_would_cross_a_blank_line_are_read_within_the_paragraph(tmp_path):
    rules = _rules_from(tmp_path, "{count} Russians(?: were)?")
    for text in ("Belarus held 33 Russians\n\nwere released.", "Belarus held 33 Russians\n\nwere released, 5 Russians said."):
        shortcut, whole = _both_ways(text, rules)
        assert shortcut == whole and whole[0][1:4] == (13, 15, "33")


def test_case_folding_keeps_every_offset():
    for text in ("Ruſſians", "İstanbul", "ΠΟΛΙΤΕΣ 33", "ꭰᏸ", "Straße STRASSE", "plain"):
        assert len(fold_case(text)) == len(text)
    assert fold_case("ΠΟΛΙΤΕΣ") == fold_case("πολιτες") == "πολιτεσ"
    assert fold_case("Ruſſians İstanbul") == "russians istanbul"


@pytest.mark.parametrize("name, text, values", [
    ("count", "Police said nearly thirty-three of the 33 men were held.", ["nearly", "33"]),
    ("duration", "He ran 2:00:12, nearly two hours and 12 seconds, in 2h00m12s.", ["2:00:12", "nearly", "2h00m12s"]),
])
def test_the_opening_test_of_a_grammar_is_its_leading_lookahead_alone(name, text, values):
    from discrepancy.rules import grammar_regex, opening_regex
    from discrepancy.values import PLACEHOLDERS, transparent

    grammar = grammar_regex(transparent(PLACEHOLDERS[name].pattern)).pattern
    opening = opening_regex(grammar)
    assert grammar.startswith(opening.pattern) and opening.pattern.startswith("(?=")
    can_start = {i for i in range(len(text)) if opening.match(text, i)}
    starts = {i for i in range(len(text)) if grammar_regex(grammar).match(text, i)}
    assert starts <= can_start and {text.index(value) for value in values} <= starts


class _StallsOnce:
    """A compiled pattern whose searches time out `stalls` times before they answer."""

    def __init__(self, pattern: str, stalls: int):
        self.compiled, self.stalls = regex.compile(pattern), stalls

    def search(self, text, start, end, timeout):
        if self.stalls:
            self.stalls -= 1
            raise TimeoutError("regex timed out")
        return self.compiled.search(text, start, end, timeout=timeout)

    match = search  # the same stall, the same answer, for a search held to its start


def test_a_search_that_stalls_once_is_tried_again_and_one_that_stalls_twice_names_its_pattern():
    text = "33 detained, then 32 detained"
    source, rule = text_source(text), load_rules([REPO / "rules"])[0]
    found = list(_bounded(_StallsOnce(r"\d+", stalls=1), rule.patterns[0], text, rule, source, 0, len(text)))
    assert [m.group() for m in found] == ["33", "32"]
    with pytest.raises(InputError) as stopped:
        list(_bounded(_StallsOnce(r"\d+", stalls=2), rule.patterns[0], text, rule, source, 0, len(text)))
    assert f"pattern '{rule.patterns[0].text}' took over" in str(stopped.value)
    assert stopped.value.line == rule.patterns[0].line


@pytest.mark.parametrize("pattern, read", [
    # words first: tried only where they start, as the split patterns are
    ("(?:handed back|released) {count}(?: (?:Ukrainians|men))?", ["3", "5", "7"]),
    # the value first: its words after it say nothing of where a match starts
    ("{count} ... Ukrainians", ["3"]),
])
def test_a_pattern_that_runs_whole_reads_what_it_reads_without_the_prefilter(tmp_path, pattern, read):
    rules = _rules_from(tmp_path, pattern)
    assert rules[0].patterns[0].split is None  # an optional end, or a gap after the value, keeps it whole
    text = "Unreleased figures: Belarus released 3 men, then handed back 5 Ukrainians and released 7 later."
    shortcut, whole = _both_ways(text, rules)
    assert shortcut == whole and [raw for *_, raw, _ in whole] == read


@pytest.mark.parametrize("pattern", [
    "handed back (?:all )?{count}(?: (?:of the )?Russians)?",  # runs whole
    "handed back {count} Russians",  # by its parts, from its words
    "{count} Russians were handed back",  # by its parts, from the words after its value
])
def test_the_inner_count_of_a_part_of_a_whole_is_tried_where_the_patterns_search_starts(tmp_path, monkeypatch, pattern):
    # "all but one of the 33": the plain pattern is looked for again, for the inner 33 (see
    # _resolve_partitive). Its words are the pattern's, so it starts where the pattern's
    # search may: tried there alone, never searched through the 400 characters after the match.
    extraction = sys.modules["discrepancy.extract"]
    searched = []

    def bounded(compiled, pattern, text, rule, source, start, end, starts=None):
        searched.append(starts is not None)
        return _bounded(compiled, pattern, text, rule, source, start, end, starts)

    text = ("Belarus handed back all but one of the 33 Russians on Friday. All but two of the 12 Russians were "
            "handed back, and handed back 4 of the 9 Russians too.")
    shortcut, whole = _both_ways(text, _rules_from(tmp_path, pattern))
    assert shortcut == whole and whole
    monkeypatch.setattr(extraction, "_bounded", bounded)
    source = text_source(text, Published(date(2020, 8, 7)), "a.txt")
    assert extract_source(source, _rules_from(tmp_path, pattern)) and searched and all(searched)
