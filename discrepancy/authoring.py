"""Rule authoring: run a rule's examples, check rule files, explain matches, scaffold new rules.

These serve the people who grow the rule set: they say *why* a rule read what it read,
and catch a wrong rule before it misleads a report.
"""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from pathlib import Path

import regex

from .compare import current_and_superseded, one_sum_twice
from .errors import InputError
from .extract import (Observation, extract_text, reads_alone, sentence_around, sentence_start, sum_scale_after,
                      unit_of_another_dimension)
from .live_pages import in_no_order, unread_times, updates_an_article
from .report.content import latest_entry
from .rules import GAP_RUN, WORD_GAP_LIMIT, Example, Pattern, Rule, compile_pattern, placeholder_sides
from .sources import Source, line_left_out, without_markdown
from .values import EITHER_WAY_ROUND, PLACEHOLDERS, SHARED_WORD_CURRENCIES, Published, a_or_an, spell

# ---------------------------------------------------------------------------
# Rule tests


@dataclass(frozen=True)
class ExampleResult:
    rule: Rule
    example: Example
    positive: bool  # an [[example]] (True) or a [[counterexample]] (False)
    found: tuple[Observation, ...]

    @property
    def passed(self) -> bool:
        """An example passes when the rule reads the expected value and nothing else (unless
        the example says `others = true`); a counterexample when the rule reads nothing."""
        if not self.positive:
            return not self.found
        if not any(self.example.expected.accepts(o.value) for o in self.found):
            return False
        return self.example.others or not self.unexpected

    @property
    def unexpected(self) -> tuple[Observation, ...]:
        """Values an example's rule read that are not the expected one, but for the expected sum
        said again in another currency beside it ("14.7 billion naira ($9.6 million)", either way
        round: see compare.one_sum_twice), which a report sets aside or compares in its own currency."""
        wanted = self.example.expected.unit
        twice = {o for pair in one_sum_twice(list(self.found)) for o in pair if o.value.unit != wanted}
        return tuple(o for o in self.found if not self.example.expected.accepts(o.value) and not (wanted and o in twice))

    def explain_failure(self) -> str:
        where = f"{self.rule.path}:{self.example.line}"
        text = _quote(self.example.text)
        if not self.positive:
            got = "; ".join(f"{o.matched!r} → {o.value.display()}" for o in self.found)
            return f"{where}: {self.rule.id}: counterexample {text} matched: {got}"
        if not self.found:
            expected = self.example.expected.describe()
            return f"{where}: {self.rule.id}: example {text}: expected {expected}, but no pattern matched{self._why_no_match()}"
        digits = self._digits_that_tell_apart()
        expected = self.example.expected.describe(digits)
        got = "; ".join(f"{spell(o.value, digits)} from {o.raw!r} (in {o.matched!r})" for o in self.found)
        if any(self.example.expected.accepts(o.value) for o in self.found):  # so it failed for the others
            return (f"{where}: {self.rule.id}: example {text}: expected only {expected}, but the rule also read "
                    f"another value; every value read: {got} (if the text states them too, set others = true)")
        return (f"{where}: {self.rule.id}: example {text}: expected {expected}, got {got}{self._unresolved_hint()}"
                f"{self._shared_word_hint()}")

    def _why_no_match(self) -> str:
        """Why no pattern matched the example, as `explain` says of a near miss (see
        _why_no_value): that a gap reaching further would have, or what stands where a
        pattern's words want the value."""
        reasons = _why_no_value(self.rule, self.example.text)
        return f"; {reasons[0]}" if reasons else ""

    def _digits_that_tell_apart(self) -> int:
        """The fewest decimals, two or more, that say the expected value and each value read in
        its place differently: "expected 66.671%, got 66.667%", never "66.67%" twice."""
        for digits in range(2, MOST_DIGITS + 1):
            expected = self.example.expected.describe(digits)
            if not any(_said_alike(spell(o.value, digits), expected) for o in self.unexpected):
                return digits
        return 2

    def _shared_word_hint(self) -> str:
        """A word several currencies share ("Rs", "pesos") is read as one of them where the rule's
        unit names it: the remedy for "expected INR 500,000, got 500,000 rupees"."""
        wanted = self.example.expected.unit
        for found in self.found:
            if wanted in SHARED_WORD_CURRENCIES.get(found.value.unit, ()):
                return (f"; {found.raw!r} is in {found.value.unit}, a word several currencies share: "
                        f"unit = \"{wanted}\" reads it as {wanted}")
        return ""

    def _unresolved_hint(self) -> str:
        """A date written without its year ("March 11") or relative to the day ("Friday", "last
        week") is counted from the publication date, which an example gives with `published`; one
        that reads either way round ("11/06/2025") is read as the example's `numeric_dates` says."""
        unresolved = [o for o in self.found if not o.value.resolved]
        either = next((o for o in unresolved if o.value.doubt == EITHER_WAY_ROUND), None)
        if either is not None and self.example.day_first is None:
            return (f"; {either.raw!r} reads either way round, day or month first: give the example "
                    'numeric_dates = "day first" or "month first", as its source would')
        if self.example.published or not unresolved:
            return ""
        return (f"; {unresolved[0].raw!r} needs a publication date to count from: give the example one, "
                "e.g. published = 2020-08-07 (no quotes)")


MOST_DIGITS = 12  # decimals a failure shows at most to tell the expected value from the one read


def _said_alike(one: str, other: str) -> bool:
    """Do two values, as `spell` says them, read alike: in their words, or in the numbers of the
    interval in brackets? "7,212 seconds (0.08 days)" and "2 hours (0.08 days)" differ in words,
    but their days say them alike until a fourth decimal: 0.0835 and 0.0833."""
    head, _, interval = one.partition(" (")
    other_head, _, other_interval = other.partition(" (")
    return head == other_head or (interval == other_interval and any(c.isdigit() for c in interval))


# ---------------------------------------------------------------------------
# Why a gap did not reach: `rules test` says it of an example, `explain` of a near miss

LONGEST_GAP_TRIED = 30  # words each ' ... ' is tried with to say that a longer gap would have matched


def gap_reason(rule: Rule, number: int, pattern: Pattern, text: str) -> str | None:
    """Why pattern `number` does not match `text` where its ` ... ` would, had it skipped more
    words ("10 words between 'derailed' and the date" is a common first mistake) or started
    past the comma after the word it follows ("toll, as confirmed by ..., stood at"). None
    where neither is why."""
    if GAP_RUN.search(pattern.text) is None:
        return None
    for crossing in (None, *_gaps_after_a_word(pattern.text)):  # the gap given a comma to cross, if any
        tried = pattern if crossing is None else replace(pattern, text=_with_comma(pattern.text, crossing))
        if (tried.with_gap(LONGEST_GAP_TRIED, any_value=True).search(text) is not None  # quick, then in full
                and (found := tried.with_gap(LONGEST_GAP_TRIED).search(text)) is not None):
            break
    else:
        return None
    runs = list(GAP_RUN.finditer(tried.text))
    skipped = [(run, len(found.captures(f"gap{n}"))) for n, run in enumerate(runs, start=1)]
    short = [(run, words) for run, words in skipped if words > _reach(run.group())]
    if crossing is None and not short:
        return None  # the gaps reach: the pattern fails elsewhere
    too_few = [f"{_gap_named(tried.text, run, text[:found.starts(f'gap{runs.index(run) + 1}')[0]], len(runs) > 1)}"
               f" skipped {words} words, and it skips at most {_reach(run.group())}" for run, words in short]
    if crossing is None:
        longer = _gap_of(short[0][1])
        return (f"pattern {number} would match if {too_few[0]}: write one of the words between into the pattern, "
                f"or {longer!r}, which skips up to {_reach(longer)}")
    skipped_from = found.starts(f"gap{crossing}")[:1]
    comma = regex.search(r"(\S+),\s*$", text[:skipped_from[0]]) if skipped_from else None
    gap = repr(runs[crossing - 1].group())
    crossed = f"{gap} crossed the comma after {comma[1]!r}" if comma else f"{gap} crossed a comma"
    mended = _lengthened(tried.text, short)
    remedy = f": '{mended}'" if _reads(rule, mended, text) else ""
    return (f"pattern {number} would match if {' and '.join([crossed, *too_few])}: a gap does not start past a "
            f"comma, which opens an aside; write the comma where the pattern crosses it{remedy}")


def _reach(run: str) -> int:
    """The words a run of ' ... ' skips at most: eight for each time it is written."""
    return WORD_GAP_LIMIT * run.count("...")


def _gap_of(words: int) -> str:
    """The shortest run of ' ... ' that skips `words` words."""
    return " ..." * math.ceil(words / WORD_GAP_LIMIT) + " "


def _gap_named(text: str, run: regex.Match, before: str, named: bool) -> str:
    """A gap as the pattern writes it, "' ... '", and where a pattern has several (`named`), the
    word it follows: the pattern's, where it is a word as written ("' ... ' after 'trial,'"), else
    the text's before the words the gap skipped (`before` ends there): "' ... ' after 'Celsius' in
    the text", where the pattern writes "(?:degrees Celsius|°C)\\b ...", a fragment of which
    would read as broken syntax."""
    written = repr(run.group())
    if not named:
        return written
    word = text[:run.start()].split()[-1:]
    if word and _PLAIN_WORD.fullmatch(word[0]):
        return f"{written} after {word[0]!r}"
    word = before.split()[-1:]
    return f"{written} after {word[0]!r} in the text" if word else written


_PLAIN_WORD = regex.compile(r"[\p{L}\p{N}'’,.:;-]+")  # a pattern's word with no regular expression's syntax


def _gaps_after_a_word(text: str) -> list[int]:
    """The numbers (from 1) of the pattern's gaps that follow a word with no comma written after
    it: a gap after a placeholder starts at a space, whatever is glued to the value."""
    return [n for n, run in enumerate(GAP_RUN.finditer(text), start=1)
            if regex.search(r"(?:[\w)\]]|\\.)$", text[:run.start()])]


def _with_comma(text: str, gap: int) -> str:
    """The pattern with an optional comma written before its gap numbered `gap` (from 1)."""
    at = list(GAP_RUN.finditer(text))[gap - 1].start()
    return f"{text[:at]},?{text[at:]}"


def _lengthened(text: str, short: list) -> str:
    """The pattern with each gap that skips too few words written as often as it takes."""
    for run, words in sorted(short, key=lambda found: -found[0].start()):
        text = text[:run.start()] + _gap_of(words) + text[run.end():]
    return text


def _reads(rule: Rule, pattern_text: str, text: str) -> bool:
    """Does a pattern, as a remedy would write it, read a value in `text`?"""
    return _read_by(rule, pattern_text, text) is not None


def _read_by(rule: Rule, pattern_text: str, text: str) -> str | None:
    """The value's text that a pattern, as a remedy would write it, reads first in `text`, or None."""
    try:
        pattern = compile_pattern(pattern_text, rule.kind, rule.case_sensitive, unit=rule.unit)
    except InputError:
        return None
    found = extract_text(text, replace(rule, patterns=(pattern,)), Published(None))
    return found[0].raw if found else None


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def test_rules(rules: list[Rule]) -> list[ExampleResult]:
    """Every example and counterexample of every rule, in file order."""
    results = []
    for rule in rules:
        for example in rule.examples:
            results.append(ExampleResult(rule, example, True, _run(rule, example)))
        for example in rule.counterexamples:
            results.append(ExampleResult(rule, example, False, _run(rule, example)))
    return results


test_rules.__test__ = False  # not a pytest test, despite its name


def _run(rule: Rule, example: Example) -> tuple[Observation, ...]:
    return tuple(extract_text(example.text, rule, Published(example.published, day_first=example.day_first),
                              path=rule.path))


def format_test_results(results: list[ExampleResult]) -> str:
    failures = [r for r in results if not r.passed]
    lines = [f"FAIL {r.explain_failure()}" for r in failures]
    passed = len(results) - len(failures)
    lines.append(f"{passed} passed, {len(failures)} failed")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# Checks beyond loading (loading already rejects what is broken)

def check_rules(rules: list[Rule]) -> list[str]:
    """Warnings a rule author should see: missing examples or keywords, risky patterns."""
    warnings = []
    for rule in rules:
        where = f"{rule.path}:{rule.line}: {rule.id}"
        if not rule.examples:
            warnings.append(f"{where}: no [[example]]: nothing shows what the rule must find")
        if not rule.counterexamples:
            warnings.append(f"{where}: no [[counterexample]]: nothing shows what the rule must not find")
        if not rule.keywords:
            warnings.append(f"{where}: no keywords: `explain` cannot show near misses")
    return warnings


# ---------------------------------------------------------------------------
# Explain


def explain(sources: list[Source], rules: list[Rule], left_out: bool = False) -> str:
    """Every match with its reading steps, then sentences with the rule's keywords but no match;
    with `left_out`, first the lines of each source that no rule reads (page furniture and the
    source's `boilerplate`)."""
    out = _left_out(sources) if left_out else []
    for rule in rules:
        out.append(f"== {rule.id}: {rule.question} ({rule.kind}, {rule.path})")
        for source in sources:
            out.extend(_explain_source(rule, source))
        out.append("")
    return "\n".join(out) + "\n"


def _left_out(sources: list[Source]) -> list[str]:
    out = ["== lines left out as page furniture or boilerplate"]
    for source in sources:
        out.append(f"-- {source.path}")
        out.extend(f"  skip   {source.path}:{source.line_of(start)} ({why_left_out(source, start, end)}): "
                   f"{source.text[start:end].strip()}" for start, end in _left_out_spans(source))
    return out + [""]


def left_out_lines(source: Source) -> list[tuple[int, str]]:
    """The lines of `source` that extraction does not read, with their numbers (see _left_out_spans)."""
    return [(source.line_of(start), source.text[start:end].strip()) for start, end in _left_out_spans(source)]


def _left_out_spans(source: Source) -> list[tuple[int, int]]:
    """Where the lines of `source` that extraction does not read are: those that held text and
    hold none in `scan_text`, as `Source.skipped_lines` counts them. A line only partly blanked
    (a caption's gallery counter, a link target) is read, so it is not listed. Lines are split
    at newlines only, as the blanking keeps them (splitlines would also split at a line
    separator that a blanked span turned into a space)."""
    if not source.scan_text:
        return []
    spans, offset = [], 0
    for text, scanned in zip(source.text.split("\n"), source.scan_text.split("\n")):
        if line_left_out(text, scanned):
            spans.append((offset, offset + len(text)))
        offset += len(text) + 1
    return spans


def why_left_out(source: Source, start: int, end: int) -> str:
    """Why the line from `start` to `end` is left out: the first reason (the most telling, see
    sources.blank_and_check) whose stretch holds some of its text; "page trailer from line 42"
    names where the trailer starts."""
    line = source.text[start:end]
    first = start + len(line) - len(line.lstrip())
    last = start + len(line.rstrip())
    for part in source.left_out:
        if part.start < last and part.end > first:
            return part.reason if part.since is None else f"{part.reason} from line {source.line_of(part.since)}"
    return "Markdown markup"


def _explain_source(rule: Rule, source: Source) -> list[str]:
    from .extract import extract_source

    observations = extract_source(source, [rule])
    lines = [f"-- {source.path} ({source.published.note() if source.published.day else 'no publication date'})"]
    lines += _unread_times_notes(source)
    explained = set()
    current, superseded = current_and_superseded([o for o in observations if o.value.resolved], rule.tolerance)
    if superseded:  # as the report lists them: the latest entry's figures set them aside
        latest, said = latest_entry([o for o in current if o.entry is not None])
    unordered = _unordered_note(source)
    for obs in sorted(observations, key=lambda o: o.start):
        lines.append(f"  match  {source.path}:{_sentence_line(source, obs.start)}: {_mark(obs.sentence, obs.highlight)}")
        lines.append(f"         pattern {obs.pattern + 1}: {rule.patterns[obs.pattern].text}")
        if obs.entry is not None:  # a later entry's figure may set this one aside: say which entry it is in
            lines.append(f"         in {_entry_named(source, obs.start, live=True)}{_entry_day(source, obs.start)}{unordered}")
            if obs in superseded:
                lines.append(f"         superseded: {_entry_named(source, latest.start)} says {said}, "
                             "so the report sets this figure aside")
        for step in obs.value.steps:
            lines.append(f"         {step}")
        if obs.sentence not in explained:  # another pattern may have failed where this one read
            explained.add(obs.sentence)
            read_here = {o.pattern for o in observations if o.sentence == obs.sentence}
            lines += [f"         also {why}" for why in _why_no_value(rule, obs.sentence, only_unread=True, skip=read_here)]
    for line_number, sentence in _near_misses(rule, source, observations):
        lines.append(f"  near   {source.path}:{line_number}: {sentence}")
        lines += [f"         {why}" for why in _why_no_value(rule, sentence)]
    if len(lines) == 1:
        lines.append("  (no match, no sentence with the rule's keywords)" if rule.keywords else
                     "  (no match; give the rule `keywords` to see the sentences that nearly match)")
    return lines


def _entry_named(source: Source, offset: int, live: bool = False) -> str:
    """The entry that `offset` stands in, in the guide's terms: "the update of 14 May 2026,
    18:00" and "the original text (published May 8, 2026)" on an article and its updates (see
    live_pages.updates_an_article), else "the entry of 10:05 PM" ("the live page's entry of"
    with `live`)."""
    entry = source.entry_at(offset)
    if not updates_an_article(source.entries):
        entry_of = "the live page's entry of" if live else "the entry of"
        return f"{entry_of} {entry.stamp.label}"
    if entry.update:
        return f"the update of {entry.stamp.label}"
    return f"the original text (published {entry.stamp.label})" if entry.stamp.day else "the original text"


SHOWN_UNREAD_TIMES = 5  # lines named in a note on times that open no entry; the rest counted


def _unread_times_notes(source: Source) -> list[str]:
    """A note for each reason some lines that look like a live entry's time open no entry (see
    live_pages.unread_times): which lines, and whether the page is read as one text for it."""
    unread = unread_times(source.scan_text, source.entries, source.text)
    whole = ", so the page is read as one text, no entry correcting another" if not source.entries else ""
    notes = []
    for why in dict.fromkeys(time.why for time in unread):
        times = [time for time in unread if time.why == why]
        shown = ", ".join(f"{source.line_of(time.start)} ({time.time})" for time in times[:SHOWN_UNREAD_TIMES])
        more = f" and {len(times) - SHOWN_UNREAD_TIMES} more" if len(times) > SHOWN_UNREAD_TIMES else ""
        lines_look = "lines {} look like a live page's entry times but open" if len(times) > 1 else \
            "line {} looks like a live page's entry time but opens"
        notes.append(f"  note   {source.path}: {lines_look.format(shown + more)} no entry ({why}){whole}")
    return notes


def _entry_day(source: Source, offset: int) -> str:
    """The day a live page's entry is dated, as its "on Friday" and "yesterday" are counted from:
    a `published` that is not the page's opening day shows here (see live_pages._days_written)."""
    entry = source.entry_at(offset)
    if updates_an_article(source.entries) or entry.stamp.day is None:
        return ""
    return f", dated {entry.stamp.day.isoformat()}"


def _unordered_note(source: Source) -> str:
    if not in_no_order(source.entries):
        return ""
    return "; the page's entry times do not tell which way they run, so no entry is taken to correct another"


def _mark(sentence: str, span: tuple[int, int]) -> str:
    start, end = span
    return f"{sentence[:start]}«{sentence[start:end]}»{sentence[end:]}"


def _why_no_value(rule: Rule, sentence: str, only_unread: bool = False, skip: AbstractSet[int] = frozenset()) -> list[str]:
    """Why a near miss is none: where a pattern would match had its gap reached further (see
    gap_reason), that, as `rules test` says it; else, where a pattern's words before its
    placeholder match, what stands where the value should: "pattern 1: 'stops the clock at'
    matches, but what follows, '2:00:12!', is not read as a duration", which points at the
    value's form, not at the pattern's words; or, where the value reads, that the words after it
    do not match. Of the pattern that would match, else of the one that got furthest into the
    sentence, the first on a tie: a pattern that read its value and failed after it says more
    than one whose words matched earlier on. With `only_unread` (a sentence that another pattern
    read), only a value that is not read is worth saying; not of the patterns in `skip` (their
    indexes), which read a value there ("for (?:a )?{duration}" has read "a month", though its
    words' longest reading, "for a", leaves "month")."""
    reasons = [reason for number, pattern in enumerate(rule.patterns, start=1) if number - 1 not in skip
               and (reason := _why_this_pattern(rule, number, pattern, sentence, only_unread)) is not None]
    return [max(reasons, key=lambda reason: reason[0])[1]] if reasons else []


def _why_this_pattern(rule: Rule, number: int, pattern: Pattern, sentence: str,
                      only_unread: bool) -> tuple[tuple[bool, int], str] | None:
    """((whether a longer gap would match, how far into the sentence the pattern got), why it
    stopped there), or None where its words before the placeholder do not match, or say too
    little (see _says_enough)."""
    if not only_unread and (reason := gap_reason(rule, number, pattern, sentence)) is not None:
        return (True, 0), reason
    sides = pattern.sides
    if sides is not None and sides.left is None and sides.right is not None and not only_unread:
        return _why_not_before_the_words(rule.kind, number, pattern, sides, sentence)
    reason = _why_after_the_words(rule, number, pattern, sides, sentence, only_unread)
    if (reason is None and sides is not None and sides.left is not None and sides.left.fullmatch("")
            and sides.right is not None and not only_unread):  # words that may be left out: "(?:a |the )?{duration}"
        return _why_not_before_the_words(rule.kind, number, pattern, sides, sentence)
    return reason


def _why_after_the_words(rule: Rule, number: int, pattern: Pattern, sides, sentence: str,
                         only_unread: bool) -> tuple[tuple[bool, int], str] | None:
    """Why a pattern whose words before its placeholder match stops after them (see _why_this_pattern)."""
    found = sides.left.search(sentence) if sides is not None and sides.left is not None else None
    if found is None and sides is not None and sides.left is not None:
        return _why_a_mark_comes_between(rule, number, pattern, sides, sentence)
    if found is None or not _says_enough(found.group()):
        return None
    kind = a_or_an(PLACEHOLDERS[pattern.placeholder].kind)
    value = sides.value.match(sentence, found.end())
    words = found.group().strip()
    if value is None:
        if (later := _value_a_word_or_two_later(sides, sentence, found.end())) is not None:
            between, value = later
            return (False, found.end()), (f"pattern {number}: {words!r} matches, and {value!r} is {kind}, but the "
                                          f"pattern wants it right after {words!r}: {between!r} comes between")
        after = " ".join(sentence[found.end():].split()[:3])
        return (False, found.end()), f"pattern {number}: {words!r} matches, but what follows, {after!r}, is not read as {kind}"
    if not reads_alone(rule.kind, value.group()):
        return (False, value.end()), _one_value_that_is_none(rule, number, pattern, words, value.group().strip(), sentence)
    if scale := sum_scale_after(sentence, value.end()):
        return (False, value.end()), (f"pattern {number}: {words!r} matches, but {value.group().strip()!r} is "
                                      f"followed by {scale!r}, a scale read only in a sum with its currency "
                                      f"(\"Rs 3.5 tr\"): nothing is read")
    if (other := unit_of_another_dimension(rule, sentence, value.end())) is not None:
        return (False, value.end()), (f"pattern {number}: {words!r} matches, but {value.group().strip()!r} is in "
                                      f"{other.name}, a unit of {other.dimension}, which the rule's unit, "
                                      f"{rule.unit!r}, is not: nothing is read")
    if only_unread or sides.right is None:
        return None
    after = " ".join(sentence[value.end():].split()[:3])
    shorter = _cut_short(sides, sentence, value)
    whole = (f"; they would follow {sentence[value.start():shorter].strip()!r}, but a value is read whole, "
             f"{sentence[shorter:value.end()].strip()!r} and all" if shorter else "")
    return (False, value.end()), (f"pattern {number}: {words!r} matches and {value.group().strip()!r} reads as "
                                  f"{kind}, but what follows it, {after!r}, does not match the words the pattern "
                                  f"writes after {{{pattern.placeholder}}}{whole}")


def _cut_short(sides, sentence: str, value: regex.Match) -> int | None:
    """Where a shorter reading of the value would end that the words after the placeholder
    follow, the latest: the reading a value read whole never gives ("Rs 12" of "Rs 12 lakh in
    all" under 'will get {money}(?! in all)', or under 'will get {money} lakh')."""
    for end in range(value.end() - 1, value.start(), -1):
        if sentence[end - 1].isspace() or not sides.right.match(sentence, end):
            continue
        shorter = sides.value.match(sentence, value.start(), end)
        if shorter is not None and shorter.end() == end:
            return end
    return None


# A punctuation mark between a pattern's words and the value, as a fact box or a data line
# writes it: "Magnitude: 6.8", "Depth - 18.5 km", "Toll — 2,960".
_MARK_BETWEEN = regex.compile(r"[^\S\n]*(?P<mark>[:;,.=|/—–-])[^\S\n]*")


def _why_a_mark_comes_between(rule: Rule, number: int, pattern: Pattern, sides, sentence: str):
    """Why a pattern whose words end in a space ('magnitude {amount}') is no match where its
    words and a value are there with a punctuation mark between them ("Magnitude: 6.8"): the
    mark, and the pattern that writes it, where that reads the value."""
    before, after = placeholder_sides(pattern.text)
    words = before.rstrip(" ")
    if words == before or not words.strip():
        return None
    try:
        left = compile_pattern(f"{words}{{{pattern.placeholder}}}", rule.kind, rule.case_sensitive,
                               unit=rule.unit).sides.left
    except (InputError, AttributeError):
        return None
    for found in left.finditer(sentence) if left is not None else ():
        mark = _MARK_BETWEEN.match(sentence, found.end())
        if mark is None or not _says_enough(found.group()):
            continue
        mended = f"{words}{_written_between(sentence, mark)}{{{pattern.placeholder}}}{after}"
        value = sides.value.match(sentence, mark.end())
        # a number glued to a word by a hyphen is read only where the pattern writes the hyphen
        read = _read_by(rule, mended, sentence)
        raw = read or (value.group().strip() if value is not None and reads_alone(rule.kind, value.group()) else None)
        if raw is None:
            continue
        remedy = f": '{mended}'" if read else ""
        return (False, mark.end() + len(raw)), (
            f"pattern {number}: {found.group().strip()!r} matches, and {raw!r} after it is "
            f"{a_or_an(PLACEHOLDERS[pattern.placeholder].kind)}, but {mark['mark']!r} comes between, which the "
            f"pattern does not write; write it into the pattern{remedy}")
    return None


def _written_between(sentence: str, mark: regex.Match) -> str:
    """The mark as a pattern writes it between its words and the value, with the spaces the
    sentence has: ":? " for "Magnitude: 6.8", "[- ]" for "magnitude-6.8"."""
    if not sentence[mark.end() - 1].isspace():  # glued to the value: the mark or a space
        return f"[{mark['mark']} ]" if mark["mark"] in "-—–" else f"(?:{regex.escape(mark['mark'])}| )"
    return (" ?" if sentence[mark.start()].isspace() else "") + regex.escape(mark["mark"]) + "? "


def _why_not_before_the_words(kind: str, number: int, pattern: Pattern, sides, sentence: str):
    """Why a pattern that opens with its value ("{duration} imprisonment") is no match, where its
    words match: where a value reads a word or two before them, what comes between ("seven years
    of imprisonment"); else that what stands before them is no value ("After a lengthy trial"), as
    a pattern's words before its value say what follows them is none. Not where a value reads
    right before them, which something else refused, nor of words that say too little."""
    unread = None
    for words in sides.right.finditer(sentence):
        written = words.group().strip()
        before = _last_value_before(kind, sides, sentence, words.start())
        between = sentence[before.end():words.start()].strip() if before is not None else None
        if before is not None and between and len(between.split()) <= WORDS_BETWEEN:
            return (False, before.end()), (f"pattern {number}: {written!r} matches, and {before.group().strip()!r} before it "
                                           f"is {a_or_an(PLACEHOLDERS[pattern.placeholder].kind)}, but the pattern wants "
                                           f"it right before {written!r}: {between!r} comes between")
        refused = before is not None and not between  # a value right before the words, which something else refused
        if unread is None and not refused and _says_enough(written) and (ahead := sentence[:words.start()].split()):
            what = " ".join(ahead[-3:])
            unread = (False, words.start()), (f"pattern {number}: {written!r} matches, but what comes before it, {what!r}, "
                                              f"is not read as {a_or_an(PLACEHOLDERS[pattern.placeholder].kind)}")
    return unread


def _last_value_before(kind: str, sides, sentence: str, end: int):
    """The last value the grammar reads in the sentence before `end`, or None."""
    last, at = None, 0
    while (value := sides.value.search(sentence, at, end)) is not None:
        if reads_alone(kind, value.group()):
            last = value
        at = max(value.end(), at + 1)
    return last


# A value's text that runs on across a dash to a second number ("59%-41%", "7-2"): the numbers
# of each side, as far as their digits say them.
_TWO_NUMBERS = regex.compile(r"\D*(?P<first>\d+(?:\.\d+)?)[^-–\d]*?(?P<rest>[-–]\D*(?P<second>\d+(?:\.\d+)?).*)")


def _one_value_that_is_none(rule: Rule, number: int, pattern: Pattern, words: str, raw: str, sentence: str) -> str:
    """Why a value the grammar took whole is none: where it is a vote or a score ("59%-41%"),
    that, and that its first number is read where the pattern writes the dash and the second
    number after it."""
    pair = _TWO_NUMBERS.fullmatch(raw)
    if pair is None or float(pair["first"]) <= float(pair["second"]):
        return (f"pattern {number}: {words!r} matches, but what follows, {raw!r}, is taken as one value, which is "
                f"not {a_or_an(rule.kind)}")
    before, after = placeholder_sides(pattern.text)
    written = after[_DASH_WRITTEN.match(after).end():]
    second = r"[-–]\d+%" if raw.endswith("%") else r"[-–]\d+"
    mended = f"{before}{{{pattern.placeholder}}}{second}{written}"
    remedy = f": '{mended}'" if _reads(rule, mended, sentence) else ""
    return (f"pattern {number}: {words!r} matches, but {raw!r} is read as one value, whose span takes in "
            f"{pair['rest']!r}: a dash from a larger number to a smaller one makes a score or a vote, which is no "
            f"{rule.kind}; to read its first number, write the dash and the second number after the placeholder{remedy}")


# What a pattern may write of a vote's dash and second number after its placeholder ("[-–]\d").
_DASH_WRITTEN = regex.compile(r"(?:\[-–\]|\\?[-–])?(?:\\d\+?%?)?")


WORDS_BETWEEN = 2  # words between a pattern's words and a value that `explain` looks past


def _value_a_word_or_two_later(sides, sentence: str, at: int) -> tuple[str, str] | None:
    """(the words between, the value) where a value reads a word or two after `at` in the
    sentence, not right there: "turnout of 68.41 %" for 'turnout {percent}'."""
    words = list(_WORD_AFTER.finditer(sentence, at))
    for count, word in enumerate(words[:WORDS_BETWEEN], start=1):
        if count < len(words) and (value := sides.value.match(sentence, words[count].start())) is not None:
            return " ".join(sentence[at:word.end()].split()), value.group().strip()
    return None


_WORD_AFTER = regex.compile(r"\S+")


def _says_enough(words: str) -> bool:
    """Do a pattern's words before its value say enough that a value should follow them? Two
    words do ("pledges cover"), and so does one of four letters or more ("cover"); "the" or
    "of" alone is met everywhere."""
    found = words.split()
    return len(found) >= 2 or (len(found) == 1 and len(found[0]) >= 4)


def _near_misses(rule: Rule, source: Source, observations: list[Observation]) -> list[tuple[int, str]]:
    if not rule.keywords:
        return []
    text = source.scan_text or source.text
    words = regex.compile("|".join(_keyword_regex(k) for k in rule.keywords), regex.IGNORECASE)
    # Sentences as the source writes them: an observation quotes a Markdown one as prose.
    matched_sentences = {sentence_around(source.text, o.start, o.end)[0] for o in observations}
    seen, misses = set(), []
    for hit in words.finditer(text):
        sentence, _ = sentence_around(source.text, hit.start(), hit.end())
        if sentence not in matched_sentences and sentence not in seen:
            seen.add(sentence)
            shown = without_markdown(sentence, (0, 0))[0] if source.markdown else sentence
            misses.append((_sentence_line(source, hit.start()), shown))
    return misses


def _keyword_regex(keyword: str) -> str:
    """A keyword as a whole word or its plural ("basis point" finds "basis points"): bounded
    only where it opens or ends with a letter or digit, so "a.m." and "U.S." are found before a
    space, as "1:30 a.m. on Tuesday" writes them."""
    opening = r"\b" if regex.match(r"\w", keyword) else ""
    ending = r"(?:e?s)?\b" if regex.search(r"\w$", keyword) else ""
    return f"{opening}{regex.escape(keyword)}{ending}"


def _sentence_line(source: Source, offset: int) -> int:
    """The line the sentence holding `offset` starts on: `explain` cites a match and a near miss
    alike by it, where a hand-wrapped sentence runs over several lines."""
    return source.line_of(sentence_start(source.text, offset))


# ---------------------------------------------------------------------------
# Listing and scaffolding


def format_rule_list(comparison) -> str:
    from tabulate import tabulate

    matched = {v.rule.id: len(v.sources_stating) for v in comparison.verdicts}
    rows = [(r.id, r.kind, r.question, r.path, f"{matched.get(r.id, 0)}/{len(comparison.sources)}")
            for r in comparison.rules]
    return tabulate(rows, headers=("id", "kind", "question", "file", "sources matched"), tablefmt="simple") + "\n"


@dataclass(frozen=True)
class Starter:
    """A worked example of a kind of rule that passes its own tests, to be replaced by the author."""

    question: str
    keyword: str
    pattern: str
    text: str  # an example's text
    value: str  # and its value, as TOML writes it
    counter: str  # a counterexample's text
    kind: str | None = None  # the rule's kind, where the starter's name is not one ("percent" is an amount)
    unit: str | None = None
    unit_hint: str | None = None  # a unit left commented out, to be set by the author where it holds
    tolerance: str = '0            # how far apart two values may be and still agree: 2, "5%" or "3 days"'


# The question a new rule asks is its kind's opening, unfinished on purpose ("How long …?"):
# English made from an id read "How long was the hours known?", and the author knows what the
# fact is. It leaves the id out, as every report's title shows it after the question.
QUESTIONS = {"count": "How many", "date": "When", "duration": "How long", "amount": "How much",
             "percent": "What percentage", "time": "At what time"}
STARTERS = {
    "count": Starter("How many people were detained?", "detained", "detained {count} (?:people|protesters)",
                     "Police detained 120 protesters on Sunday.", "120", "A 33-year-old man was detained."),
    "date": Starter("When did the vote take place?", "election", "(?:vote|election) (?:held |took place )?on {date}",
                    "The election held on August 9, 2020 was disputed.", "2020-08-09",
                    "The election result was disputed."),
    "duration": Starter("How long has the leader been in power?", "in power", "in power for (?:the past )?{duration}",
                        "He has been in power for 26 years.", '"26 years"', "He came to power in 1994."),
    # An amount's unit is a currency, or a unit of measurement: left commented out, as the worked
    # example's sum says its currency itself.
    "amount": Starter("How much was the loan?", "loan", "loan of {money}", "Moscow granted a loan of $1.5 billion.",
                      '"$1.5 billion"', "The loan was discussed at length.",
                      unit_hint='"USD"   # the currency the fact is compared in, wherever sources convert it ("EUR", '
                                '"dinars"),\n#   or a unit of measurement ("mm", "°C", "km/h"): then write the unit '
                                "into the pattern\n#   and read the figure with {amount} ('{amount} ?mm of rain'), "
                                'and a figure said bare is compared\n#   as rounded to its last digit ("414mm" agrees '
                                'with "414.1 mm"): see "Currencies and other units"'),
    # A rate is an amount in %, whose tolerance is in percentage points: "5%" would be 5% of 68%.
    # It is seldom needed, as a percentage is a rounding: the comment says so before an author adds one.
    "percent": Starter("What was the turnout?", "turnout", "turnout (?:was|of|reached) {percent}",
                       "Turnout was 68.4 percent, the commission said.", '"68.4%"',
                       "Turnout at 4pm was 47.92%, the commission said.", kind="amount", unit="%",
                       tolerance='1            # in percentage points ("5%" would be 5% of the value), and '
                                 "seldom needed:\n#   a percentage is compared as rounded to its last digit, so "
                                 '"63 per cent" already agrees with "63.4%"\n#   (and "68.4%" with "68.41%"): '
                                 "see \"Roundings\" in the rule guide"),
    # A time written without a zone is in the rule's unit, the place's zone, where one is set:
    # left commented out, as a worked example's zone kept by mistake would move every time read.
    "time": Starter("At what time did the bridge collapse?", "collapsed", "collapsed (?:at )?{time}",
                    "The bridge collapsed at 1:29 a.m. Tuesday, police said.", '"01:29"',
                    "The bridge collapsed on Tuesday.",
                    unit_hint='"EDT"   # the zone of the place where the fact happened: "CET", "UTC+1", "EDT"...\n'
                              "#   A time written without a zone is then read in it (\"1:29 a.m.\" under \"EDT\" is "
                              "05:29 UTC),\n#   and compared with times written with theirs. Without it, such a time "
                              "is local time,\n#   compared only with other times written without a zone.",
                    tolerance='"5 minutes"  # in minutes: 5, or "5 minutes" (a zone-less time is in the unit\'s zone, if set)'),
}


def scaffold_rule(rule_id: str, kind: str, folder: Path) -> Path:
    """Write a commented starter rule that passes `rules check` and `rules test`. `kind` is a
    rule's kind, or "percent": an amount rule in %."""
    from .rules import ID_SHAPE

    if kind not in STARTERS:
        raise InputError(f"unknown kind {kind!r}", hint=f"use one of: {', '.join(STARTERS)}")
    if not regex.fullmatch(ID_SHAPE, rule_id):
        raise InputError(f"rule id {rule_id!r} should be lower-case letters, digits, '-', '_' or '.'",
                         hint="e.g. protesters-detained")
    path = folder / f"{rule_id}.toml"
    if path.exists():
        raise InputError("a rule file with this id exists already", path.as_posix(), hint="choose another id")
    starter = STARTERS[kind]
    question = f"{QUESTIONS[kind]} …?"
    unit = (f'unit = "{starter.unit}"\n' if starter.unit
            else f"# unit = {starter.unit_hint}\n" if starter.unit_hint else "")
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(f"""# {rule_id}: one fact, the patterns that find it, and examples that prove them.
# Check it with `discrepancy rules check {path.as_posix()}`, run its examples with
# `discrepancy rules test {path.as_posix()}`, and see what it reads in your articles with
# `discrepancy explain sources --rules {folder.as_posix()} --rule {rule_id}` (your articles' folder for "sources").

id = "{rule_id}"
question = "{question}"   # the fact as a question, shown as the report's title: say what "…" is
kind = "{starter.kind or kind}"
{unit}# tolerance = {starter.tolerance}

# The keywords, pattern and examples below are a worked example ({starter.question!r}) that
# passes: replace them with how the articles state your fact.
keywords = ["{starter.keyword}"]   # words that signal the fact: `explain` shows near misses

# One placeholder per pattern marks where the value stands. A space matches any white space;
# ' ... ' skips up to eight words. Write patterns in 'single quotes' so backslashes stay as typed.
patterns = [
  '{starter.pattern}',
]

# A text the rule must read, and the value it must read from it.
[[example]]
text = "{starter.text}"
value = {starter.value}

# A text the rule must not match at all.
[[counterexample]]
text = "{starter.counter}"
""", encoding="utf-8")
    return path
