"""The anchor prefilter (anchors.py) is a shortcut only: with it, extraction reads exactly
what every rule reads when it runs over the whole text.

* `anchor_of` gives every set of literals a match must contain, the most selective first.
* A paragraph runs a pattern only when it holds one literal of each of those sets.
* On any mix of the shipped and the fresh-corpora rules' words, the prefiltered extraction
  equals each rule run over the whole text with no prefilter.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy.anchors import BREAK, AnchorIndex, anchor_of
from discrepancy.extract import Paragraphs, extract_rule, extract_source
from discrepancy.rules import load_rules, translate
from discrepancy.sources import text_source
from discrepancy.values import Published

from conftest import REPO

RULE_SETS = [REPO / "rules", REPO / "tests/corpora/fire/rules", REPO / "tests/corpora/strike/rules"]


def anchor(pattern: str):
    return anchor_of(translate(pattern, BREAK))


def test_anchor_is_every_required_set_of_literals_most_selective_first():
    assert anchor("{count} (?:Russians|detainees) were (?:released|freed)") == (
        frozenset({"russians", "detainees"}), frozenset({"released", "freed"}), frozenset({"were"}))


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
