"""Values: the grammars behind rule placeholders and the normalised values they yield.

Each placeholder (`{count}`, `{date}`, `{duration}`, `{amount}`, `{time}`, ...) expands to a regular
expression that *finds* a value; the matching `parse_*` function then reads the captured
text into a `Value`: an interval with a qualifier, a unit and, for dates, a precision.
Finding and reading are kept apart so the finder stays one cheap regular expression.
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import NamedTuple
from datetime import date, timedelta

import regex

from . import pattern_cache

# ---------------------------------------------------------------------------
# The value type


@dataclass(frozen=True, slots=True)
class Value:
    """A normalised value: the closed interval [low, high] (None = unbounded).

    Counts, amounts and durations hold numbers (durations in days), times of day minutes
    since midnight; dates hold `datetime.date`. `low_open`/`high_open` mark strict bounds ("more than $5bn").
    A date that could not be resolved (no publication date) has `resolved=False`.
    """

    kind: str
    low: float | date | None
    high: float | date | None
    qualifier: str = "exact"
    unit: str | None = None
    precision: str | None = None
    low_open: bool = False
    high_open: bool = False
    resolved: bool = True
    steps: tuple[str, ...] = field(default=(), compare=False)
    # What the text says against its own value: "Tuesday, July 15" when the 15th is a Monday.
    doubt: str | None = field(default=None, compare=False)
    # How far comparison reads the figure, where its hedge says more than its qualifier (see
    # REACH_WORDS and compared_bounds), or its rule's unit does (see in_a_measure): UPPER_ESTIMATE,
    # EXACTLY, MEASURED or None.
    reach: str | None = None
    # The currency word, written with no country, that named an amount's currency as the one it
    # names most often ("dirhams", read as AED): a rule whose unit is another currency of that
    # word reads it as that one (see DEFAULT_WORD_CURRENCIES).
    currency_word: str | None = field(default=None, compare=False)
    # The size of the last digit a count or an amount was written to, where it is a zero after a
    # decimal point that its number does not show: 0.1 for "4.0%", 100,000,000 for "$209.0
    # billion". A written zero states its step, as any last digit does (see _step_written).
    written_step: float | None = None

    @property
    def is_point(self) -> bool:
        return self.low == self.high and self.low is not None

    def display(self) -> str:
        """A short human reading, e.g. `33`, `nearly 30 (27–30)`, `2019 (year)`."""
        return _displayed(self)


@lru_cache(maxsize=8192)
def _displayed(value: Value) -> str:
    """Value.display, kept: a report shows the same few values thousands of times. (The
    reading depends only on the fields a Value compares and hashes by, not on its steps.)"""
    if not value.resolved:
        return "unresolved"
    if value.kind == "date":
        return _display_date(value)
    if value.kind == "time":
        return _display_time(value)
    return _display_number(value)


def _with_steps(value: Value, steps: tuple[str, ...]) -> Value:
    """`replace(value, steps=steps)`, without dataclasses.replace's look at every field on
    each call: a reader calls it once or twice per value."""
    return Value(kind=value.kind, low=value.low, high=value.high, qualifier=value.qualifier, unit=value.unit,
                 precision=value.precision, low_open=value.low_open, high_open=value.high_open,
                 resolved=value.resolved, steps=steps, doubt=value.doubt, reach=value.reach,
                 written_step=value.written_step)


# Verbs that state a side of the figure right after them, as a headline or a report says a total
# went past a mark: "as toll tops 1,100" and "losses exceeding US$30 billion" are more than it,
# "death toll nears 1,000" nearly it ("hits" and "reaches" state the figure). Where a verb also
# takes what it is done to, or is as often an adjective or a preposition ("the bill passed 300 to
# 200", "crossed two rivers", "the top 10", "near two hospitals", "approaching two officers",
# "surpassed 3 rivals"), it
# states a side only after a tally's noun, see TALLY_NOUNS: "the death toll passed 1,000",
# "Losses cross $30 billion", "deaths near 1,000".
HEDGE_VERBS = {"more_than": ("tops", "topped", "topping", "exceed", "exceeds", "exceeded", "exceeding"),
               "nearly": ("nears", "neared", "nearing")}
# (verbs that also act on the things counted, "approaching two officers", "surpassed 3 rivals":
# hedges only after a tally's noun, see after_a_tally; so is "past", which a verb of a figure's
# rise goes before: "the toll has climbed past 4,000", "pushed the toll past 4,000")
TALLY_VERBS = {"more_than": ("top", "pass", "passes", "passed", "passing", "cross", "crosses", "crossed", "crossing",
                             "surpass", "surpasses", "surpassed", "surpassing", "past"),
               "nearly": ("near", "approach", "approaches", "approached", "approaching")}
TALLY_NOUNS = ("toll", "tally", "total", "count", "number", "figure", "deaths", "cases", "casualties", "fatalities",
               "infections", "losses", "damage", "damages", "cost", "costs", "price", "prices", "sales")
# Nouns of the people a tally counts: "as displaced top 43,000", "missing top 10,000". They may
# themselves pass, cross or approach things ("the displaced crossed two rivers", "the injured
# approaching two officers"), so after them only "top" and "surpass" state a side of a figure.
PEOPLE_TALLY_NOUNS = ("displaced", "evacuated", "evacuees", "missing", "injured", "wounded", "dead")
PEOPLE_TALLY_VERBS = ("top", "surpass", "surpasses", "surpassed", "surpassing")
TALLY_VERB_WORDS = frozenset(verb for verbs in TALLY_VERBS.values() for verb in verbs)
VERB_WORDS = TALLY_VERB_WORDS.union(*HEDGE_VERBS.values())
# The forms of the verbs of TALLY_VERBS further on in a tally's clause (see after_a_tally): a
# finite one, or one after "has" or "is". (Not the plain "top", "near", "pass": "the players in
# the top 10", "the number of students expected to pass 3 exams".)
_TALLY_VERB_FORMS = {"finite": ("passes", "passed", "crosses", "crossed", "surpasses", "surpassed", "approaches",
                                "approached"),
                     "perfect": ("passed", "crossed", "surpassed", "approached"),
                     "progressive": ("passing", "crossing", "surpassing", "approaching")}
# Verbs of a figure's rise, which "past" follows: "climbed past 4,000", "has gone past 4,000".
_RISE_VERBS = (("climb", "climbs", "climbed", "climbed", "climbing"), ("rise", "rises", "rose", "risen", "rising"),
               ("jump", "jumps", "jumped", "jumped", "jumping"), ("go", "goes", "went", "gone", "going"),
               ("surge", "surges", "surged", "surged", "surging"), ("soar", "soars", "soared", "soared", "soaring"),
               ("creep", "creeps", "crept", "crept", "creeping"), ("edge", "edges", "edged", "edged", "edging"),
               ("inch", "inches", "inched", "inched", "inching"), ("tick", "ticks", "ticked", "ticked", "ticking"),
               ("shoot", "shoots", "shot", "shot", "shooting"), ("move", "moves", "moved", "moved", "moving"),
               ("push", "pushes", "pushed", "pushed", "pushing"))
_RISE_VERB_FORMS = {"any": tuple(form for verb in _RISE_VERBS for form in verb),
                    "finite": tuple(form for verb in _RISE_VERBS for form in verb[1:3]),
                    "perfect": tuple(verb[3] for verb in _RISE_VERBS),
                    "progressive": tuple(verb[4] for verb in _RISE_VERBS)}
RISE_VERB_FORMS = _RISE_VERB_FORMS["any"]  # (a pattern that writes one reads "past" after it: see rules)
# Verbs of change, after which "from 12 to 17" is a change from one level to another, no range,
# and "to 17" the level reached (extract's _the_level_reached and _the_whole_range); and the
# verbs a tally's own clause says it with (see _NOT_IN_A_TALLYS_NOUN_PHRASE).
CHANGE_VERBS = (r"ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|grow(?:s|n|ing)?|grew|cut(?:s|ting)?|went|gone"
                r"|go(?:es|ing)?|(?:climb|jump|drop|slip|gain|soar|slump|lower|plung|surg|tumbl|declin|increas|decreas"
                r"|rais|revis|reduc|doubl|tripl|halv|extend|shorten|lengthen|expand|shrink|slash|trim|hik|boost)\w*"
                r"|shrank|shrunk")
_PERFECT_AUXILIARIES, _PROGRESSIVE_AUXILIARIES = ("has", "have", "had"), ("is", "are", "was", "were")
_ADVERBS_BEFORE_A_TALLY_VERB = ("now", "already", "just")
# Words that end the stretch between a tally's noun and its verb (see after_a_tally): a clause's
# joints and auxiliaries, and the verbs a tally's own clause says it with ("the death toll rose
# as the bus passed 30 villages", "the toll from the floods rose the day the convoy crossed 3 rivers").
_NOT_IN_A_TALLYS_NOUN_PHRASE = (
    r"and|or|but|nor|as|while|when|whenever|where|which|who|whom|whose|that|because|since|after|before|until|till"
    r"|if|unless|though|although|than|so|yet|then|whether|is|are|was|were|be|been|being|has|have|had|will|would"
    r"|shall|should|can|could|may|might|must|do|does|did|say|says|said|told|according|stood|stands|reached"
    rf"|reaches|hit|hits|remain(?:s|ed)?|totals|total(?:l)?ed|{CHANGE_VERBS}"
    rf"|{'|'.join(_RISE_VERB_FORMS['any'])}")
# The prepositions a tally's noun phrase goes on with: "the toll from the floods in eastern Libya",
# "deaths linked to the storm", "the toll so far".
_TALLY_PREPOSITIONS = ("of", "in", "from", "at", "on", "across", "among", "amongst", "for", "throughout", "within",
                       "inside", "during", "over", "by", "with", "under", "around", "along", "so far", "to date",
                       "thus far")
# The most words a tally's noun phrase runs on for after its noun: "from the floods in eastern
# Libya" is six. Further on, the verb is as likely another clause's.
TALLY_PHRASE_WORDS = 8


def after_a_tally(verbs, space: str = r"\s+", further_on: bool = True) -> str:
    """`verbs` (of TALLY_VERBS) where one states a side of the figure after it: right after a
    tally's noun, maybe with "has", "had", "have", "is", "are", "was" or "were" and "now",
    "already" or "just" between ("the death toll has now passed", "infections are approaching");
    after a noun of the people counted only "top" and "surpass" ("as displaced top 43,000").
    `further_on`: also "past" after a verb of rise ("the toll climbed past", "has gone past"),
    and a verb further on in the tally's clause, past the words its noun phrase goes on with
    ("the death toll from the floods in eastern Libya has passed 4,000"), where the verb's form
    says it is the clause's verb (see _TALLY_VERB_FORMS) and the noun is no quantity's ("a number
    of migrants crossed"). (The value grammars take the short reach: a grammar is written out in
    every pattern, and the long one would double the time a pattern takes to compile; extraction
    reads the rest, see extract._the_tally_verb_before.)"""
    words = alternation(verbs)
    further = f"|{_further_on_in_a_tallys_clause()}" if further_on else ""
    return (rf"(?=(?:{words})\b)(?:{_right_after_a_tally(space, further_on)}|{_right_after_the_people_counted(space)}"
            rf"{further})(?:{words})")


def _auxiliary(space: str) -> str:
    return (rf"(?:(?:{alternation(_PERFECT_AUXILIARIES + _PROGRESSIVE_AUXILIARIES)}){space})?"
            rf"(?:(?:{alternation(_ADVERBS_BEFORE_A_TALLY_VERB)}){space})?")


def _right_after_a_tally(space: str, after_a_rise: bool) -> str:
    rise = rf"(?:(?:{alternation(_RISE_VERB_FORMS['any'])}){space}(?=past\b))?" if after_a_rise else ""
    return rf"(?<=\b(?:{'|'.join(TALLY_NOUNS)}){space}{_auxiliary(space)}{rise})"


def _right_after_the_people_counted(space: str) -> str:
    return (rf"(?<=\b(?:{'|'.join(PEOPLE_TALLY_NOUNS)}){space}{_auxiliary(space)}"
            rf"(?=(?:{alternation(PEOPLE_TALLY_VERBS)})\b))")


def _further_on_in_a_tallys_clause() -> str:
    within = r"\u00ad*[^\S\n]+"  # on one line: a headline's noun is no subject of the line under it
    word = rf"(?!(?:{_NOT_IN_A_TALLYS_NOUN_PHRASE})\b)[\p{{L}}\d][\p{{L}}\d’'-]*"
    prepositions = alternation(_TALLY_PREPOSITIONS, space=within)
    opening = rf"(?:(?=\p{{L}}+ed\b){word}{within}(?:to|{prepositions})|{prepositions})"  # "deaths linked to the storm"
    phrase = rf"{within}{opening}(?:{within}{word}){{0,{TALLY_PHRASE_WORDS - 1}}}"
    adverb = rf"(?:{within}(?:{alternation(_ADVERBS_BEFORE_A_TALLY_VERB)}))?"

    def then(auxiliaries: tuple[str, ...], form: str) -> str:
        auxiliary = rf"{within}(?:{alternation(auxiliaries)})" if auxiliaries else ""
        return (rf"{auxiliary}{adverb}{within}(?:(?:{alternation(_RISE_VERB_FORMS[form])}){within}(?=past\b)"
                rf"|(?=(?:{alternation(_TALLY_VERB_FORMS[form])})\b))")
    nouns = "|".join(noun for noun in TALLY_NOUNS if noun != "figure")  # (also a person: "the figure in the red coat")
    return (rf"(?<=(?<!\ban?\s+(?:[\p{{L}}-]+\s+){{0,2}})\b(?:{nouns}){phrase}"
            rf"(?:{then(_PERFECT_AUXILIARIES, 'perfect')}|{then(_PROGRESSIVE_AUXILIARIES, 'progressive')}"
            rf"|{then((), 'finite')}))")


QUALIFIER_WORDS = {
    # "released a total of 16 prisoners"; "cover just 52 per cent", "only 12 survived"
    "exact": ("a total of", "exactly", "precisely", "just", "only", "a mere", "merely", "barely", "scarcely",
              "a full"),  # "down for a full nine days"
    "approximately": ("about", "around", "approximately", "roughly", "some", "an estimated",
                      "estimated", "circa", "an approximate", "close to", "or so"),
    "nearly": ("nearly", "almost", "just shy of", "close to", *HEDGE_VERBS["nearly"], *TALLY_VERBS["nearly"]),
    "more_than": ("more than", "over", "above", "in excess of", "upwards of", "upward of",
                  "north of",  # "north of 3,000 flights": above it
                  *HEDGE_VERBS["more_than"], *TALLY_VERBS["more_than"]),
    "at_least": ("at least", "no fewer than", "no less than", "a minimum of", "as few as", "as little as",
                 "as low as", "or more", "and more", "or above"),  # "paid as little as $500": the least paid
    "fewer_than": ("fewer than", "less than", "under", "below"),
    "at_most": ("up to", "at most", "no more than", "as many as", "as much as", "as high as", "a maximum of",
                "not more than", "or fewer", "or less", "within"),  # "rescued within three days": 0–3 days
}
# Hedges that say more of a figure than their qualifier does. "As many as nine miners", "as much
# as $5 million" are an upper estimate near the figure, compared as "nearly" is (nine, or a
# little under), where "at most", "no more than" and "within three days" run down to none (as a
# duration's "up to" does, see _reach_of); "exactly 68%" is not rounded, as a bare percentage is
# (see compared_bounds).
UPPER_ESTIMATE, EXACTLY = "upper_estimate", "exact"
# A figure said bare in a unit of measurement ("414mm of rain", "51C"), which an instrument reads
# to the digit a writer gives: compared as rounded to its last digit, as a percentage is (see
# in_a_measure).
MEASURED = "rounded"
REACH_WORDS = {**dict.fromkeys(("up to", "as many as", "as much as", "as high as"), UPPER_ESTIMATE),
               **dict.fromkeys(("exactly", "precisely"), EXACTLY)}
# A word that says how far over or under a figure the value is: "well over 250", "a little over
# four weeks", "little more than a day" and "just over" are more than the figure; a shade under
# it ("just under", "slightly less than", "a little under 300") is nearly the figure; "well
# under" is fewer. (Each with what it makes of "under".)
ABOVE_WORDS, BELOW_WORDS = ("over", "above", "more than"), ("under", "below", "less than", "fewer than")
HOW_FAR = {"just": "nearly", "slightly": "nearly", "a little": "nearly", "little": "nearly", "well": "fewer_than"}
HOW_FAR_QUALIFIERS = {**{f"{far} {word}": "more_than" for far in HOW_FAR for word in ABOVE_WORDS},
                      **{f"{far} {word}": under for far, under in HOW_FAR.items() for word in BELOW_WORDS}}
# A shade over a figure reaches above it as far as "nearly" reaches below (see _nearly_from):
# "just over a third" is 33.33%–36.67% (45% is no shade over a third), "just over 1,000" 1,001–1,100,
# "a little over four weeks" 28–30.8 days. "Over" and "well over" stay open.
SHADE_OVER = frozenset(f"{far} {word}" for far, under in HOW_FAR.items() if under == "nearly" for word in ABOVE_WORDS)
PREFIX_QUALIFIERS = {**{w: q for q, ws in QUALIFIER_WORDS.items() for w in ws if not w.startswith(("or ", "and "))},
                     **HOW_FAR_QUALIFIERS}
SUFFIX_QUALIFIERS = {w: q for q, ws in QUALIFIER_WORDS.items() for w in ws if w.startswith(("or ", "and "))}
QUALIFIER_LABEL = {
    "exact": "", "approximately": "about", "nearly": "nearly", "more_than": "more than",
    "at_least": "at least", "fewer_than": "fewer than", "at_most": "at most",
    "range": "between", "either": "either", "vague": "",
}
APPROX_SPREAD = 0.1  # "about 30" reads as 27–33, "nearly 30" as 27–30
FINE_SPREAD = 0.03  # "about 2.5 million" reads as 2.4–2.6 million: a figure stated finely claims more
# A hedge on a figure written to a fine step reaches at most this many steps of its last digit:
# "about EUR 48.6 million" is 48.1–49.1 million, not 3% (47.1–50.1), which a transposed 46.8 reached.
MOST_STEPS_HEDGED = 5


@lru_cache(maxsize=None)
def _re(pattern: str, flags: int = 0) -> regex.Pattern:
    """A compiled expression, cached by its text: parsers run once per match, on hot paths."""
    return pattern_cache.compile(pattern, flags)


_I = regex.IGNORECASE


def a_or_an(word: str) -> str:
    """The word with its indefinite article, for messages: "a count", "an amount"."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def alternation(words, space: str = r"\s+") -> str:
    """A regex alternation, longest first so "more than" wins over "more", each space in a word
    `space`, and in one order whatever the words come in (a set's order changes from run to run,
    and a grammar that changed would be compiled anew, not taken from pattern_cache)."""
    return "|".join(regex.escape(w).replace(r"\ ", space) for w in sorted(words, key=lambda w: (-len(w), w)))


def factored_alternation(phrases, space: str = r"\s+") -> str:
    """`alternation` with each word that several phrases open or close with written once:
    "no\\s+(?:fewer|less|more)\\s+than", "as\\s+(?:few|many)\\s+as". It matches what `alternation`
    matches, the longest phrase first: a phrase that opens another makes the rest optional,
    "just(?:\\s+shy\\s+of)?". (For the hedges, which go before every number of a grammar written out.)"""
    return "|".join(_factored(sorted({tuple(p.split()) for p in phrases}), space))


def _factored(phrases: list[tuple[str, ...]], space: str) -> list[str]:
    """The alternatives of factored_alternation, the longest phrase's first."""
    def group(alternatives: list[str]) -> str:
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    by_first, by_last = {}, {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase[1:])
    for first, rests in by_first.items():
        if len(rests) == 1 and rests[0]:
            by_last.setdefault(rests[0][-1], []).append((first, *rests[0][:-1]))
    parts = []  # (the longest phrase's length, its regex)
    for first, rests in by_first.items():
        longest = max(len(" ".join((first, *rest))) for rest in rests)
        if len(rests) == 1 and (not rests[0] or len(by_last[rests[0][-1]]) == 1):
            parts.append((longest, alternation([" ".join((first, *rests[0]))], space)))
        elif len(rests) > 1:
            tails = [rest for rest in rests if rest]
            rest = space + group(_factored(tails, space))
            parts.append((longest, regex.escape(first) + (f"(?:{rest})?" if len(tails) < len(rests) else rest)))
    for last, heads in by_last.items():
        if len(heads) > 1:
            longest = max(len(" ".join(head)) for head in heads) + 1 + len(last)
            parts.append((longest, f"(?:{'|'.join(_factored(heads, space))}){space}{regex.escape(last)}"))
    return [text for _, text in sorted(parts, key=lambda part: (-part[0], part[1]))]


# ---------------------------------------------------------------------------
# Numbers: digits, number words and their combinations

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
# A scale in the plural after a number is the scale, as translated copy writes it ("€150
# millions", "150 millions euros"); alone, "millions" is vague (VAGUE_PLURALS).
PLURAL_SCALES = {"thousands": 10**3, "millions": 10**6, "billions": 10**9, "trillions": 10**12}
SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
          # South Asian scales: "₹500 crore" is 5 billion rupees, "2 lakh" (also "lac") 200,000
          "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "crore": 10**7, "crores": 10**7,
          "lakh crore": 10**12, **PLURAL_SCALES}
# (After a number only: "a Lac-Mégantic" holds no lakh, as "a lakh" does.)
_NO_ARTICLE_SCALES = ("lac", "lacs")
EUROPEAN_ABBREVIATIONS = {"mrd": 10**9, "mld": 10**9, "mio": 10**6}
SCALE_ABBREVIATIONS = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9,
                       "bln": 10**9, "tn": 10**12, "trn": 10**12, "tr": 10**12,
                       # Indian headlines and tables: "₹500 cr", "Rs 2 Cr.", "Rs2cr", "Rs 500 crs", "₹2 lakh cr"
                       "cr": 10**7, "crs": 10**7, "lakh cr": 10**12,
                       # Europe's, in English copy translated or quoted from it: "5 Mrd. Euro", "5 Mrd €"
                       # (Milliarden), "3 mld" (miliardi, miliardów), "2 Mio. Euro" (Millionen)
                       **EUROPEAN_ABBREVIATIONS}
# Read after a sum only (see _SUM_SCALE_WORD): Pakistani papers' "Rs3.5tr", "Rs 3.5 tr".
SUM_ONLY_ABBREVIATIONS = ("tr",)
# Wire and US sports copy abbreviate a sum's scale further: "$42 bil.", "a $5 mil contract". Read
# after a currency only (see _AMOUNT_AFTER_A_CURRENCY), unlike those: "5 mil" alone is
# thousandths of an inch.
MONEY_SCALE_ABBREVIATIONS = {"bil": 10**9, "mil": 10**6}
# Vague plurals: "dozens of", "hundreds of thousands" -> a wide interval. "A couple of dozen"
# is two dozen or so, loosely (20–30), and "a couple of hundred" two hundred so (150–299);
# "several dozen" three dozen and more, but under the hundreds, as "dozens" are; "a few hundred"
# two to five hundred and some (200–599), "several hundred" three hundred and more, under the
# thousands (300–999), and so on up the scales. "Thousands" are under ten thousand, as "tens of
# thousands" say more, and so each scale's plural: "millions" 2–9.99 million, "tens of millions",
# "hundreds of millions" 200–999.99 million, "billions", "trillions". "Lakhs of people" are under a
# crore, as Indian copy counts in lakhs up to one (20 lakh, 50 lakh), where "thousands" stop at ten thousand.
_VAGUE_SCALES = (("hundred", 100), ("thousand", 10**3), ("hundred thousand", 10**5), ("million", 10**6))
_PLURAL_SCALES = (("thousand", 10**3), ("million", 10**6), ("billion", 10**9), ("trillion", 10**12))
VAGUE_PLURALS = {
    "dozens": (24, 99), "scores": (40, 199), "hundreds": (200, 999),
    **{f"{tens}{scale}s": (2 * size, 10 * size - 1) for scale, one in _PLURAL_SCALES
       for tens, size in (("", one), ("tens of ", 10 * one), ("hundreds of ", 100 * one))},
    "lakhs": (200_000, 9_999_999), "lacs": (200_000, 9_999_999), "tens of lakhs": (10**6, 9_999_999),
    "a couple dozen": (20, 30), "a couple of dozen": (20, 30), "several dozen": (36, 99), "a few dozen": (24, 71),
    **{f"a couple{of} {scale}": (3 * size // 2, 3 * size - 1) for of in ("", " of") for scale, size in _VAGUE_SCALES},
    **{f"a few {scale}": (2 * size, 6 * size - 1) for scale, size in _VAGUE_SCALES},
    **{f"several {scale}": (3 * size, 10 * size - 1) for scale, size in _VAGUE_SCALES},
}

_WORD = rf"(?:{alternation([*UNITS, *TENS, *SCALES, 'dozen'])})"
NUMBER_WORD = rf"(?:{alternation([*UNITS, *TENS])})"  # a number's first word: "thirty" of "thirty-three"
# "and" joins only after a scale word: "one hundred and five", never "33 Russians and 12".
# A hyphen set off by spaces joins no words: "a crew of four - three Colombians and one Ecuadorian".
# A comma after a scale word joins the smaller group that follows, as legal and official copy
# writes a number out: "three thousand, four hundred and twelve", "Fourteen Billion, Seven Hundred
# and Thirty-Six Million", "One Lakh, Twenty Five Thousand". Only a group that names a scale of
# its own in its first three words, and none as large as the one before the comma, within its
# first seven: "one, two hundred", "two thousand, three thousand", "a million, two billion" and
# "two thousand, twelve of them children" are several numbers. (Written short, any word standing
# for the group's: it follows every number word, in every copy of a grammar written out.)
_GROUP_WORD = r"\pL+[\s-]+"
_TOO_LARGE_AFTER = {"thousand": r"thousand|lakh|crore|\w+illion", "(?:lakhs?|million)": r"lakh|crore|\w+illion",
                    "(?:crores?|billion)": r"crore|billion|trillion", "trillion": "trillion"}  # a lakh ranks with a million
_COMMA_JOIN = (rf",\s+(?=(?:{_GROUP_WORD}){{1,2}}(?:hundred|thousand|lakh|crore|\w+illion)\b)(?:"
               + "|".join(rf"(?<={left},\s+)(?!(?:{_GROUP_WORD}){{0,6}}?(?:{larger})\b)"
                          for left, larger in _TOO_LARGE_AFTER.items()) + ")")
_WORD_JOIN = rf"(?:-\s*|\s+-?(?!\s)|(?<=hundred|thousand|million|billion|trillion)\s+and\s+|{_COMMA_JOIN})"
_LARGE_SCALE = alternation([s for s in SCALES if s != "hundred" and s not in (*PLURAL_SCALES, *_NO_ARTICLE_SCALES)])
# "six and a half", "2 and a quarter", "nine and a half thousand", "seven-and-a-half": a part of
# one after a number, in words or digits, and the scale that may follow it.
PARTS_AFTER_AND = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75, "three quarter": 0.75}
# (Written short: it follows every number, in every copy of a grammar written out.)
_AND_A_PART = (r"[\s-]+and[\s-]+(?:a[\s-]+(?:half|quarter)|three[\s-]+quarters?)\b"
               r"(?:\s+(?:(?:thousand|million|billion|trillion)s?|lakhs?|lacs?|crores?)\b)?")
_MORE_WORDS = rf"(?:{_WORD_JOIN}{_WORD}\b)*"  # "-three" in "thirty-three", " hundred and five"


# "a quarter of a million", "three-quarters of a million", "a quarter-million", "half a million"
FRACTIONS_OF_A_NUMBER = {"a quarter": 0.25, "one quarter": 0.25, "quarter": 0.25, "three quarters": 0.75, "a third": 1 / 3,
                         "one third": 1 / 3, "two thirds": 2 / 3}
_FRACTION_OF = "|".join(w.replace(" ", r"[\s-]+") for w in FRACTIONS_OF_A_NUMBER)
_PART_OF_A_SCALE = (rf"(?:half\s+|(?:{_FRACTION_OF})\s+of\s+)?an?\s+(?:{_LARGE_SCALE}|hundred|dozen)"
                    rf"|(?:a|one)[\s-]+quarter-(?:{_LARGE_SCALE})"
                    rf"|(?<=\bthe\s)hundred(?=\s+and\s)")  # "the hundred and eighty-eight people"


# "Fourteen (14) workers", as statements and legal texts write a number: the digits say it again.
_BRACKETED_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_DIGITS_IN_BRACKETS = rf"\s*\({_BRACKETED_DIGITS}\)"


# (After a word only: "Four (4)", "2 million (2,000,000)", not "4 (4)". Outside any atomic group,
# so that a pattern may write the brackets itself: `{count} \(\d+\) men`.)
_THEN_DIGITS_IN_BRACKETS = rf"(?:\s*\((?<=[\p{{L}}\u00ad]\s*\(){_BRACKETED_DIGITS}\))?"
# And the other way round, as South Asian releases write it: "17 (Seventeen) persons", "72
# (seventy-two) hours". (The words open with a number's first word; what follows is read in parse.)
_WORDS_IN_BRACKETS = rf"\s*\((?<=\d\s*\(){NUMBER_WORD}\b[\p{{L}}\s-]{{0,40}}\)"
_THEN_IN_BRACKETS = rf"(?:{_THEN_DIGITS_IN_BRACKETS[3:-2]}|{_WORDS_IN_BRACKETS})?"


def _word_number(more_words: str) -> str:
    # (Not after "no": "no one was killed" holds no 1.)
    return (rf"(?:(?:{_PART_OF_A_SCALE})\b{more_words}"
            rf"|\b(?<!\bno\s+){NUMBER_WORD}\b{more_words})")


_WORD_NUMBER = _word_number(_MORE_WORDS)
# Thousands are separated by commas, spaces (plain, no-break, thin), dots or apostrophes, one
# kind per number: groups of exactly three digits after a head of one to three ("3 000",
# "1.200.000"). Whether a single dot separates thousands is for the reader to say (parse_number).
_HSPACE = r"[ \t\u00a0\u202f\u2009]"
_GROUP_SEPARATORS = (",", _HSPACE, r"\.", "['’]")
# India groups the digits above a thousand in twos: "5,00,000" (five lakh), "10,00,00,000".
_INDIAN_GROUPS = r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])"
_SEPARATED = _INDIAN_GROUPS + r"|\d{1,3}(?:" + "|".join(rf"(?:{sep}\d{{3}})+" for sep in _GROUP_SEPARATORS) + ")"
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}  # "4½%" is 4.5%
# ... and written with a slash after a space, as some copy does: "$1 3/4 million", "2 1/2 years",
# or after a hyphen, as wire copy does: "9-1/2 years".
SLASHED_FRACTIONS = {"1/2": "½", "1/4": "¼", "3/4": "¾"}
_SLASHED_FRACTION = r"[ \u00a0-](?:1/[24]|3/4)(?![\d/])"
# SCALES, written short: the scale follows every number, in every copy of a grammar written out.
# (a plural scale after a year is no scale: "In 2019 millions of euros were lost")
# A scale on a larger one multiplies it: "$2 thousand billion" is 2 trillion, "₹5 thousand crore"
# 50 billion rupees, "5 hundred thousand" 500,000 (and "a lakh crore", as Indian copy writes it).
_SCALES_WRITTEN = (r"(?:hundred(?:\s+(?:thousand|lakh|crore|\w+illion)\b)?|thousand\s+(?:crore|\w+illion)\b"
                   r"|(?:thousand|million|billion|trillion)"
                   r"(?:s(?<!(?<![\d,.])(?:1[89]|20)\d\d\s*-?\s*\w+))?|lakh(?:\s+cr(?:ore)?\b|s)?|lacs?|crores?)")


def _scale_word(before_an_abbreviation: str, after_a_sum: bool = False) -> str:
    """A scale word after a number ("million", "-crore", " bn"), an abbreviation after what may come before it."""
    abbreviations = [a for a in SCALE_ABBREVIATIONS if after_a_sum or a not in SUM_ONLY_ABBREVIATIONS]
    return (rf"(?:\s*-?\s*{_SCALES_WRITTEN}\b|{before_an_abbreviation}(?:{alternation(abbreviations)})\b"
            rf"{_EUROPEAN_FULL_STOP})")


# The full stop of "Mrd.", "Mio." is the abbreviation's before what it is of: a currency ("5 Mrd.
# Euro", "2 Mio. €", "5 Mrd. EUR") or a lower-case word ("2 Mio. followers", where the text searched
# may end before the pattern's next words); elsewhere it may end a sentence.
# (Written short, as it follows every number: of the abbreviations, only these end in "d" or "o".)
_EUROPEAN_FULL_STOP = r"(?:(?<=[do])\.(?=\s?(?:\p{Sc}|(?-i:\p{Ll}|[A-Z]{3}|Euro)|\Z)))?"


_SCALE_WORD = _scale_word(r"\s?")
# After a sum, an abbreviation of two letters or more may be hyphenated as the word is ("a Rs
# 450-cr package", "a $5-bn deal"); a single letter may not ("100-m" is a distance). Only a
# sum's, as are SUM_ONLY_ABBREVIATIONS: a count's grammar is long enough written out.
_SUM_SCALE_WORD = _scale_word(r"(?:\s|-(?=\pL\pL))?", after_a_sum=True)
# An "m" is metres, not million, where a length's words or forms follow it: a word of size ("the
# 400m-long ship", "a 30 m high wall", "2m tall"), "in height" and its kin ("2 m in height"), a
# second side ("2,800 m x 45 m", and the 45 m), a square or a cube ("500 m²"), the length in feet
# in brackets ("2 m (6.5 ft)"), or a runway or a race ("the 2,800m runway", "the 400m hurdles"). (A
# pattern that writes the unit reads 400 there, see before_a_unit, and one that writes the "m" reads
# 2 in "a 2m mound", see in_metres.) A guard on a bare number only: after a currency it stays
# million, "a £5m high street revamp", "a $2m runway upgrade". ("£5m long-term loans": "long-term"
# is no size.) Written once per number, after its scale, and short: it is in every copy of a
# grammar written out, and a date's or a count's grows past what pays to write out (see
# rules.Grammar). (A rule whose unit is metres reads every "m" so: see in_metres.)
_NOT_METRES = (r"(?!(?<=m)(?:[- ](?:long|wide|high|tall|deep|in (?:height|length|width|depth)|runways?|hurdles)(?![\w-])"
               r"| ?[x×] ?\d|(?<=m ?[x×] ?\d[\d.,]* ?m)|[²³]| ?\(\d[\d.,]* ?f(?:ee)?t\b))")
# A decimal comma, as much of Europe writes it, where nothing else can be meant: one or two
# digits after it and a scale word, a percent or degree sign or a euro next ("2,5 mln", "€1,5
# million", "52,3%", "48,2 °C", "4,50 €", "4,5 euros").
DECIMAL_COMMA_NUMBER = r"\d{1,3},\d{1,2}"
_DECIMAL_COMMA = (rf"{DECIMAL_COMMA_NUMBER}(?={_SCALE_WORD}|\s?(?:[%°€]|p(?:er\s*cent|\.?ct?)\b)"
                  rf"|\s+(?:degrees?|euros?|francs?|kron[aeo]r?|zlotys?|lei|forints?|rubles?|roubles?|kč)\b)")
# (".5" is a half, but the "...165" of "WINDS...165 MPH" is 165)
_DIGITS = rf"(?:{_SEPARATED}|\d+)(?:\.\d+|[½¼¾]|{_SLASHED_FRACTION})?|(?<![.…])\.\d+|{_DECIMAL_COMMA}"
# A digit run is a number only when it stands alone: not part of a word, a code, a
# decimal, a time, an ordinal or an age ("33-year-old"), nor a label ("No. 10"); nor one
# of several digit groups side by side that do not make one number ("+32 3 338 20 20",
# "in 2019 300 people"): a group right after a digit and a space is never a number of its own.
# Nor does a number open with a zero ("0842 GMT", the "07" of "2024-07-16", "0199" in a phone number).
# How every guard against a number glued to a word opens: not after a letter, a digit, a comma or
# a full stop ("3.165", ".5"), but a number after an ellipsis is read: "WINDS...165 MPH...270
# KM/H", as hurricane advisories and wire summaries write their fields, "so...5 of them".
_NOT_GLUED_AFTER = r"(?<!(?<![.…])\.|[\w,"
_NO_LETTER_AFTER = r"[\w%½¼¾]"  # the guard that keeps "3rd", "5G" and "110km" from being numbers
GLUED_HEDGE = "near-"  # "a near-four-year trial", "near-30 deaths": nearly, the hedge glued as "~" is
# (the guard in _DIGITS_ALONE that keeps "COVID-19" from being 19, but not "near-30")
_GLUED_TO_A_WORD = rf"|\p{{L}}-(?<!\b{GLUED_HEDGE})"
# A number after a label is a name or a rank, no count: "No 5", "No. 10", "NO. 10" (a headline's),
# "the no. 3 seed", "Nos. 5", "№ 5", "N° 5". (A bare lower-case "no" before a number is left to
# the reader: "no 5" is no label that copy writes.)
_A_LABEL = r"(?-i:\b(?:No|NO)s?\.?\s?|\bnos?\.\s?|№\s?|N[º°]\s?)"
_DIGITS_ALONE = (
    rf"(?<!(?<![.…])\.|[\w,/:#$€£¥₽₹₴]{_GLUED_TO_A_WORD}|{_A_LABEL}|\d{_HSPACE})(?!0\d)(?:{_DIGITS})(?:{_SCALE_WORD})?{_NOT_METRES}"
    rf"(?!{_NO_LETTER_AFTER}|[.,:/]\d|{_HSPACE}\d"
    rf"|[\s-]?(?:per[\s-]*cent|pct?|p\.c|percentage[\s-]+points?|basis[\s-]+points?|bps?)\b)"
)


def after_a_hyphen(grammar: str) -> str:
    """The grammar for a pattern that writes the hyphen itself ("magnitude-{amount}",
    "Category-{count}"): a number glued to a word is read only where the pattern asks for it."""
    return grammar.replace(_GLUED_TO_A_WORD, "")





def after_letters(grammar: str) -> str:
    """The grammar for a pattern that writes letters right before the value ("Rs{amount}",
    "Rs\\.?{amount}" on "Rs1.5 million", "Rs.15 lakh"): a number glued to a word, or to its
    full stop, is read only where the pattern asks for it."""
    return grammar.replace(_NOT_GLUED_AFTER, r"(?<![\d_,")


def before_a_unit(grammar: str) -> str:
    """The grammar for a pattern that writes a unit glued to the value ("winds of {count}km/h",
    "{amount}mph"): a number glued to letters is read only where the pattern asks for it."""
    return grammar.replace(_NO_LETTER_AFTER, r"[\d_%½¼¾]").replace(_AMOUNT_LETTER_AFTER, r"\d")


# A rule's `unit` that is a length: there "m" after a number is metres.
METRES_UNIT = r"(?:(?:square|sq\.?|cubic)\s+)?(?:m|metres?|meters?)|m[²³23]"


def in_metres(grammar: str) -> str:
    """The grammar for a rule whose unit is metres (`unit = "metres"`, "m"): there "m" after a
    number is metres, never million, glued to it or not ("Runway: 2,800m", "2 m in height" are
    2,800 and 2), unless a currency stands before it ("$2m", which no guard reads) or follows it
    ("2m euros"). The "m" is left to the pattern's words, as a unit it writes."""
    currency = r"(?&dq_currency_after)" if "(?P<dq_currency_after>" in grammar else None
    metres = rf"m\b(?!{currency})" if currency else r"m\b"
    not_million = rf"(?!(?<=m)(?!{currency}))" if currency else r"(?<!m)"
    return (grammar.replace(_NOT_METRES, not_million)
            .replace(_NO_LETTER_AFTER, rf"(?!{metres})[\w%½¼¾]")
            .replace(_AMOUNT_LETTER_AFTER, rf"(?!{_PERCENT_ABBREVIATION}|{metres})\w"))


def before_a_link(grammar: str) -> str:
    """The grammar for a pattern that writes a dash right after the value ("voted {count}[-–]\\d",
    "in a {percent}[-–]\\d"): the first number of a vote or a score ("7-2", "59%-41%") is read
    only where the pattern asks for it, and there the value runs across no dash."""
    return grammar.replace(_NOT_BEFORE_A_LINK, "").replace(_UNSPACED_DASH, "(?!)")


def before_a_ratio(grammar: str) -> str:
    """The grammar for a pattern that writes the ratio itself ("{count} out of 460 seats"): the
    first number of "231 out of 460" is read only where the pattern asks for it."""
    return grammar.replace(_RATIO_AFTER, "")


_NOT_AN_AGE = r"(?!\s*-?\s*years?\s*-?\s*old)"
_NOT_OLD = r"(?!\s*-?\s*old)"  # a duration's guard: "15 years old" is an age


def as_an_age(grammar: str) -> str:
    """The grammar for a pattern that writes the age itself ("a {count}-year-old jet", "{duration}
    old"): an age is read only where the pattern asks for it."""
    return grammar.replace(_NOT_AN_AGE, "").replace(_NOT_OLD, "")
NUMBER = rf"(?:(?>(?:{_DIGITS_ALONE}|{_WORD_NUMBER})(?:{_AND_A_PART})?){_THEN_IN_BRACKETS}{_NOT_AN_AGE})"
# What makes a longer vague plural of a shorter one: "tens of " of "tens of thousands", which a
# pattern's "of" must not cut to "thousands" (2,000–9,999): a vague plural is read whole or not at all.
_VAGUE_OPENINGS = sorted({longer[:-len(shorter)] for longer in VAGUE_PLURALS for shorter in VAGUE_PLURALS
                          if longer != shorter and longer.endswith(f" {shorter}")})
_NOT_INSIDE_A_VAGUE = rf"(?<!\b(?:{alternation(_VAGUE_OPENINGS)}))"
VAGUE = rf"\b{_NOT_INSIDE_A_VAGUE}(?:{alternation(VAGUE_PLURALS)})\b"


# Words that stress the hedge after them, which decides: "for only about 40 more hours" is about 40.
STRESS_WORDS = ("only", "just")


def _prefix(then: str = "", stressed: bool = False, verbs: bool = True) -> str:
    """A hedge before a number ("about ", "more than ", "well over ", "~", "tops "), and what must
    hold after its words. (How far over or under is written once, before its words: the hedge
    follows every number of a grammar written out, so its words are written once each, factored.)
    `verbs`: with the verbs that state a side of a figure (see HEDGE_VERBS)."""
    how_far = rf"(?:{alternation(HOW_FAR)})\s+(?:{factored_alternation(ABOVE_WORDS + BELOW_WORDS)})"
    plain = factored_alternation(w for w in PREFIX_QUALIFIERS if w not in HOW_FAR_QUALIFIERS
                                 and w not in TALLY_VERB_WORDS and (verbs or w not in VERB_WORDS))
    tally = rf"|{after_a_tally(TALLY_VERB_WORDS, further_on=False)}" if verbs else ""
    stress = rf"(?:(?:{alternation(STRESS_WORDS)})\s+)?" if stressed else ""  # (a duration's: the count's is long)
    return (rf"{stress}(?:(?:{how_far}|{plain}{tally}|{_NEAR_A_FIGURE})\s+(?:{_ABOUT_UNDER_A_HEDGE}\s+)?{then}"
            rf"|~\s?|{GLUED_HEDGE})")


# "Near" is a hedge, nearly the figure, before a figure no place is counted by: "near 3,000
# people", "winds near 165 mph", "near $5 million", "near 10%", "near two million" (as "near-30"
# is, see GLUED_HEDGE, and the tally's verb of "deaths near 1,000"); before a small count it is a
# preposition ("players near 2 hospitals", "near 10 Downing Street").
# (Written short: it is in every hedge's place, in every copy of a grammar written out.)
_NEAR_A_FIGURE = r"near(?=\s+(?:\p{Sc}|\d{3}|\d{1,3}[,.]\d|(?:\d[\d.,]*|\pL+)[\s-]?(?:%|per|\w+illion|bn)))"


# "more than about 30", "over around 30", "up to about 30%": a rough figure under another hedge is
# read as the outer hedge says of the figure ("more than 30"; an upper estimate of a rough figure,
# "up to 30%", is 27%–30%: see _read_single), never as the rough figure alone, which would say
# "about 30" where the source says more. (See _split_qualifier.)
_ABOUT_UNDER_A_HEDGE = rf"(?:{alternation(('about', 'approximately', 'around', 'roughly', 'some'))})"


_PREFIX = _prefix()
# "12,000-plus", "£800m-plus", "a £1 billion-plus deal", "12,000+", "200-odd": at least that many.
PLUS_SUFFIX = r"(?:-|‑)(?:plus|odd)\b|\+(?![\w+])"
_SUFFIX = rf"(?:\s+(?:{alternation(SUFFIX_QUALIFIERS)})\b|{PLUS_SUFFIX})"
# A dash joins a range where it is not set off by spaces: "10-12", "10–12", "10 -12". Set off
# on both sides it opens an aside ("a crew of two — four more men were arrested ashore",
# "almost four days — 92 hours — in"), unless it is a hyphen or an en dash between two numbers
# in digits, as typesetters space ranges: "10 – 12 people", "$10 – $12 million", "40 – 45%".
_UNSPACED_DASH = r"(?:[-–—]\s*|\s+[-–—](?!\s)|(?<=\d%?)\s+[-–]\s+(?=\p{Sc}?\d))"
_RANGE_JOIN = rf"(?:{_UNSPACED_DASH}|\s+to\s+)"


def _quantity(atom: str, lead: str | None = None, tail: str | None = None, prefix: str = _PREFIX,
              aside: str | None = None) -> str:
    """Wrap an atom in the qualifiers and ranges every quantity accepts.

    `lead` may open a range whose unit is written once, at its end (the "3" of "3 to 5
    years"); `tail` may close one whose unit was written at its start (the "12 million"
    of "$10-12 million"); `aside` may follow a range's first end, before its second (a
    conversion, "between €5,000 ($5,457) and €6,000"). The atom is written as few times as
    possible: every copy of it makes each rule pattern larger and slower to compile.
    """
    second = f"(?:{atom}|{tail})" if tail else atom
    first = f"{atom}(?:{aside})?" if aside else atom  # only before a second end: "€5,000 ($5,457)" alone is €5,000
    join = rf"(?:\s+(?:or|to)\s+|{_RANGE_JOIN})"
    # A lead is closed by a whole atom, never by a tail: "10-12" alone names no unit, and
    # "twenty-one" is no money.
    between = rf"{first}\s+and\s+{second}|{lead}\s+and\s+{atom}" if lead else rf"{first}\s+and\s+{second}"
    opened_by_lead = rf"|{lead}{join}{atom}" if lead else ""
    then = rf"(?:{aside})?{join}{second}" if aside else rf"{join}{second}"
    return (
        rf"(?:between\s+(?:{between})"
        rf"|(?:from\s+|{prefix})?(?:{atom}(?:{then}|{_SUFFIX})?{opened_by_lead}))"
    )


def _first_words(*phrases, also: str | None = None, word_start: bool = False) -> str:
    """A guard for where a grammar can start: a digit, a sign, one of these first words, or
    what `also` matches. It lets a failed attempt fail at once, instead of trying every
    alternative (and calling the grammar's DEFINE parts, which is slow). With `word_start`,
    only where no letter or digit stands before: a search then passes over the inside of
    every word at a glance, where the words' alternation costs more the more words it holds."""
    words = sorted({p.split()[0].lower() for group in phrases for p in group}, key=lambda w: (-len(w), w))
    starts = rf"[\d.~]|{GLUED_HEDGE}|{also + '|' if also else ''}(?:{'|'.join(map(regex.escape, words))})\b"
    return rf"(?=(?<!\w)(?:{starts}))" if word_start else rf"(?={starts})"


# The day of a date is not a count or an amount: "on 6 April", "26 February 2023", "6-8 April",
# "April 6", "Feb. 26, 2023". (A duration, money or a percentage has a unit next to the number.)
# A month is a capitalised name or its abbreviation: "33 may have died" and "some 3,000 march"
# hold no date, nor does a headline's "30 May Have Died".
_MONTHS_BUT_MAY = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
                   r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
_MONTH_AFTER_A_DAY = (rf"(?-i:(?:{_MONTHS_BUT_MAY})\b"
                      rf"|May\b(?!\s+(?i:have|be|not|never|also|still|well|soon|yet|need|face)\b))")
_MONTH_BEFORE_A_DAY = rf"\b(?-i:{_MONTHS_BUT_MAY}|May)\.?"
_DAY_DIGITS = r"(?:[12]\d|3[01]|[1-9])"
_DAY_RANGE_JOIN = r"\s*(?:-|–|—|to|and|until|through)\s*"
_NOT_A_DAY = (rf"(?!{_DAY_DIGITS}(?:{_DAY_RANGE_JOIN}{_DAY_DIGITS})?\s+{_MONTH_AFTER_A_DAY}"
              rf"|{_DAY_DIGITS}(?!\d|[.,]\d)(?<={_MONTH_BEFORE_A_DAY}\s\d\d?))")

# A year is not a count: "a fire in 2019 killed three people", "2019's fire". Four digits
# from 1800 to 2099 right after a word that places something in time, or after a month
# ("February 2023", "26 February 2023", "February 26, 2023"), are a year.
TIME_WORDS = ("in", "since", "during", "until", "till", "by", "before", "after", "from", "of",
              "early", "late", "mid")
_YEAR_DIGITS = r"(?:1[89]|20)\d\d(?![\d,.]\d)"
_PLACED_IN_TIME = (rf"\b(?i:{alternation(TIME_WORDS)})(?:\s+|-)"
                   rf"|{_MONTH_BEFORE_A_DAY}\s+(?:{_DAY_DIGITS},?\s+)?")
# (The digits are tried first: the look back is slower, and most numbers are no years.)
_NOT_A_YEAR = (rf"(?!(?={_YEAR_DIGITS}(?!\w))(?<={_PLACED_IN_TIME}))"
               rf"(?!{_YEAR_DIGITS}['’]s\b)")
# Nor is a number that is part of a fraction or a ratio: "two-thirds of commuters", "1 in 3
# trains", "three out of four", "four and a half hours"; neither number of a ratio is a count.
FRACTION_WORDS = ("halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
                  "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths")
_RATIO_WORD = r"(?:in|out\s+of)"
_NUMBER_START = rf"(?:\d|{NUMBER_WORD}\b)"
_RATIO_AFTER = rf"|\s+{_RATIO_WORD}\s+(?!{_YEAR_DIGITS}\b){_NUMBER_START}"
_NOT_A_PART = rf"(?!\s*-?\s*(?:{alternation(FRACTION_WORDS)})\b{_RATIO_AFTER})"
_NOT_A_RATIO = rf"(?!{_RATIO_AFTER[1:]})"  # "nine in 10": a share, neither its nine nor its ten an amount
_NOT_AFTER_RATIO = rf"(?<!{_NUMBER_START}\S*\s+{_RATIO_WORD}\s+)"
_COUNT_NUMBER = rf"(?:{_NOT_A_YEAR}{_NOT_A_DAY}{_NOT_AFTER_RATIO}{NUMBER}{_NOT_A_PART})"
_COUNT_FIRST = _first_words(PREFIX_QUALIFIERS, UNITS, TENS, VAGUE_PLURALS,
                            ("a", "an", "half", "hundred", "between", "from", "all", "none", "dozen"))


def _defining(body: str, **parts: str) -> str:
    """`body`, whose `(?&dq_name)` calls use parts written once, in a DEFINE group at its end.
    A grammar names a number up to five times (ranges, "between … and …", "all but … of …"):
    written out each time, it took four times as long to compile, on every run."""
    return body + "(?(DEFINE)" + "".join(f"(?P<dq_{name}>{part})" for name, part in parts.items()) + ")"


def _call(name: str) -> str:
    return f"(?&dq_{name})"


# NUMBER for a grammar with a DEFINE group: its words after the first, written twice in
# NUMBER, are a part of their own (called only once a first number word is read).
_NUMBER_PARTS = {"more_words": _MORE_WORDS,
                 "number": NUMBER.replace(_WORD_NUMBER, _word_number(_call("more_words")))}


_COUNT_PARTS = {**_NUMBER_PARTS,
                "count": rf"(?:{_NOT_A_YEAR}{_NOT_A_DAY}{_NOT_AFTER_RATIO}{_call('number')}{_NOT_A_PART})"}
# The words between a part and the whole it is of: "three of the five", "of these", "of his 17",
# "of the former minister's 17", and "14 out of 17" as "out of the 17" ("1 in 3" stays a ratio).
WHOLE_OF = (r"(?:out\s+of\s+(?:the\s+|these\s+|those\s+)?|of\s+(?:(?:the|these|those|his|her|its|their|our|my|your)\s+"
            r"|(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+))")
# "all but one of the 33", "three of the five" and "none of the 33": a part of a whole, read as the part
_PARTITIVE_CALLS = (rf"(?:all\s+but\s+{_call('number')}\s+(?:{WHOLE_OF}|of\s+)"
                    rf"|(?:(?:{_prefix(verbs=False)})?{_call('number')}|none)\s+{WHOLE_OF}){_call('number')}")
# A count is no link of a chain of numbers joined by dashes or slashes: "2024-07-16",
# "054-555-0199", "24/7" hold no count.
_NOT_AFTER_A_LINK, _NOT_BEFORE_A_LINK = r"(?<!\d[-–/])", r"(?![-–/]\d)"
# A headline drops its article: "BURIED ALIVE: Dozen miners entombed" is a dozen. Only a
# capitalised "Dozen" that opens a line (past a heading's or list item's marks) or a clause (after
# a colon, a sentence's end, a dash set off by spaces or an opening quote) is read so: mid-sentence
# a bare "dozen" is more often a slip or part of another phrase ("the dozen or so", "a baker's dozen").
_HEADLINE_DOZEN = (r"(?-i:(?=D))(?<=(?<![^\n])[^\S\n]*(?:(?:[-*+•>]|#{1,6})[^\S\n]+)*|[:;.!?]['’\"”)]?\s+|\s[-–—]\s+|[\"“‘'(])"
                   r"(?-i:Dozen|DOZEN)\b")
COUNT_WITHOUT_PARTITIVE = _defining(  # reads "33" in "all but one of the 33"
    rf"{_COUNT_FIRST}{_NOT_AFTER_A_LINK}(?:{_quantity(_call('count'))}|{_HEADLINE_DOZEN}|{VAGUE}){_NOT_BEFORE_A_LINK}",
    **_COUNT_PARTS)
# (The first-word guard stays first: rules.py reads it as the grammar's opening test.)
COUNT = _defining(rf"{_COUNT_FIRST}{_NOT_AFTER_A_LINK}(?:{_PARTITIVE_CALLS}|{_quantity(_call('count'))}|{_HEADLINE_DOZEN}"
                  rf"|{VAGUE}){_NOT_BEFORE_A_LINK}", **_COUNT_PARTS)

# "No deaths have been reported", "none of the passengers survived", "no one was hurt": a count
# of 0, where the pattern's own words follow it directly (see with_zero_words). Elsewhere "no"
# is as often no count at all: "no doubt 33 were killed", "killed no fewer than 5". Nor is it
# after a number or an article, where it names a side of a vote: "120 no votes", "the no camp".
ZERO_WORDS = ("no one", "nobody", "none", "no")
_ZERO = rf"(?<!(?:\d|\b(?:the|an?|yes))\s+)\b(?:{alternation(ZERO_WORDS)})\b"
_COUNT_OR_ZERO_FIRST = _first_words(PREFIX_QUALIFIERS, UNITS, TENS, VAGUE_PLURALS, ZERO_WORDS,
                                    ("a", "an", "half", "hundred", "between", "from", "all", "none", "dozen"))


def with_zero_words(grammar: str) -> str:
    """The count grammar for a pattern whose own words follow the value directly ("{count} deaths
    have been reported"): there "no", "none", "no one" and "nobody" are a count of 0."""
    return grammar.replace(_COUNT_FIRST, _COUNT_OR_ZERO_FIRST, 1).replace(f"|{VAGUE})", f"|{VAGUE}|{_ZERO})", 1)


_ANY_SCALE = alternation([*SCALES, *SCALE_ABBREVIATIONS])
_SCALE_READ = alternation([*SCALES, *SCALE_ABBREVIATIONS, *MONEY_SCALE_ABBREVIATIONS])  # what the grammars found
# (the reader sees "52,3" bare; "bil." with its full stop)
_DIGITS_WITH_SCALE = (rf"(?P<n>{_DIGITS}|{DECIMAL_COMMA_NUMBER})\s*-?\s*"
                      rf"(?:(?P<scale>{_SCALE_READ})(?:\s+(?P<larger>{_SCALE_READ}))?\.?)?")  # "2 thousand billion"


def _scale_size(word: str) -> int:
    """The size of a scale word or abbreviation, in lower case: "billion", "bn" and "bil" are 10⁹."""
    return SCALES.get(word) or SCALE_ABBREVIATIONS.get(word) or MONEY_SCALE_ABBREVIATIONS[word]


def parse_number(text: str, whole: bool = False) -> float:
    """Read one number written in digits, words or both ("1.2 million", "thirty-three").

    Two or more dots between groups of three digits separate thousands ("1.200.000"). A
    single one is a decimal point ("2.5", "$1.125 billion"), except in a `whole` number (a
    count) with no scale word after it: "3.000 people" are 3,000, as no count is fractional.
    """
    text = _fold(text)
    if "(" in text:  # "Fourteen (14)", "17 (Seventeen)": the first is read (see _checked_against_digits)
        text = _re(_DIGITS_IN_BRACKETS).sub("", text)
        text = _re(_WORDS_IN_BRACKETS, _I).sub("", text)
    if "/" in text:  # "1 3/4 million" is "1¾ million"
        text = _re(_SLASHED_FRACTION).sub(lambda slashed: SLASHED_FRACTIONS[slashed[0][1:]], text)
    part = _re(_AND_A_PART_AT_END, _I).search(text) if "and" in text.lower() else None
    if part:  # "six and a half", "2 and a quarter", "nine and a half thousand"
        scale = SCALES[part["scale"].lower()] if part["scale"] else 1
        share = PARTS_AFTER_AND[_re(r"[\s-]+").sub(" ", part["part"].lower())]
        return _tidy(round((parse_number(text[: part.start()], whole) + share) * scale, 6))
    digits = _re(_DIGITS_WITH_SCALE, _I).fullmatch(text)
    if digits:
        if _re(DECIMAL_COMMA_NUMBER).fullmatch(digits["n"]):  # "2,5 mln": see _DECIMAL_COMMA
            written = digits["n"].replace(",", ".")
        else:
            written = _re(r"[,\u00a0\u202f\u2009'’ \t]").sub("", digits["n"])
        if _re(r"\d{1,3}(?:\.\d{3}){2,}").fullmatch(written) or (
                whole and not digits["scale"] and _re(r"(?!0)\d{1,3}\.\d{3}").fullmatch(written)):
            written = written.replace(".", "")
        fraction = VULGAR_FRACTIONS.get(written[-1:], 0)
        number = float(written[:-1] or 0) + fraction if fraction else float(written)
        if digits["scale"]:
            scale = digits["scale"].lower()
            # Rounded, as 4.1 × 10⁹ is 4,099,999,999.9999995 in binary: "$4.1bn" must equal "$4,100,000,000".
            larger = _scale_size(digits["larger"].lower()) if digits["larger"] else 1
            number = round(number * _scale_size(scale) * larger, 6)
        return _tidy(number)
    return _words_to_number(text)


_AND_A_PART_AT_END = (r"(?:\s+|-)and(?:\s+|-)(?P<part>a(?:\s+|-)(?:half|quarter)|three(?:\s+|-)quarters?)"
                      rf"(?:\s+(?P<scale>{alternation(SCALES)}))?$")
_WORDS_THEN_DIGITS = rf"(?P<words>{_WORD_NUMBER})\s*\((?P<digits>{_BRACKETED_DIGITS})\)"
_DIGITS_THEN_WORDS = rf"(?P<digits>{_BRACKETED_DIGITS})\s*\((?P<words>{NUMBER_WORD}\b[\p{{L}}\s-]{{0,40}})\)"


def _checked_against_digits(value: Value, folded: str) -> Value:
    """"Fourteen (15)", "15 (fourteen)": where the words and the digits in brackets say two
    numbers, the first written is read, as a court reads a cheque, and the value is doubtful:
    a person should look."""
    if "(" not in folded:
        return value
    for form, first in ((_WORDS_THEN_DIGITS, "words"), (_DIGITS_THEN_WORDS, "digits")):
        for found in _re(form, _I).finditer(folded):
            try:
                words, digits = parse_number(found["words"]), parse_number(found["digits"])
            except ValueError:  # "17 (Seventeen persons)": no number in words after all
                continue
            if words != digits:
                doubt = (f"the words say {_fmt(words)}, but the digits in brackets {_fmt(digits)}" if first == "words"
                         else f"the digits say {_fmt(digits)}, but the words in brackets {_fmt(words)}")
                return replace(value, steps=(*value.steps, f"{doubt}: the {first} are read"), doubt=doubt)
    return value


_COMMA_AFTER_A_SCALE = r"(?<=\b(?:thousand|lakhs?|million|crores?|billion|trillion)),(?=\s)"  # see _COMMA_JOIN


def _words_to_number(text: str) -> float:
    text = _re(_COMMA_AFTER_A_SCALE, _I).sub("", text)
    tokens = _re(r"[a-z]+").findall(text.lower())
    if not tokens or _re(r"[^a-z\s-]").search(text.lower()):
        raise ValueError(f"not a number: {text!r}")
    if tokens[:1] == ["half"]:
        return _words_to_number(" ".join(tokens[1:])) / 2
    part = _re(rf"(?P<part>{_FRACTION_OF})(?:\s+of\s+|-)(?P<rest>.+)", _I).fullmatch(text)
    if part:
        share = FRACTIONS_OF_A_NUMBER[_re(r"[\s-]+").sub(" ", part["part"].lower())]
        return _tidy(round(_words_to_number(part["rest"]) * share, 6))
    if tokens[-2:] == ["lakh", "crore"]:
        tokens[-2:] = ["lakh crore"]
    total, current, previous, last_scale = 0, 0, None, None
    for token in tokens:
        if token in ("a", "an", "and"):
            if token != "and":
                current = current or 1
            continue
        if token in UNITS or token in TENS:
            value = UNITS.get(token, TENS.get(token))
            if previous in UNITS or (previous in TENS and token not in UNITS) or (
                    previous in TENS and UNITS[token] >= 10) or (current % 100 and token in TENS):
                raise ValueError(f"not a number: {text!r}")
            current += value
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALES and last_scale is not None and SCALES[token] > last_scale:
            # a scale on a larger one multiplies all before it: "two thousand billion" is
            # 2 trillion, "five thousand crore" 50 billion; a smaller one adds ("a million two thousand")
            total, current = (total + current) * SCALES[token], 0
            last_scale = SCALES[token]
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current, last_scale = 0, SCALES[token]
        else:
            raise ValueError(f"not a number: {text!r}")
        previous = token
    return total + current


def _tidy(number: float) -> float:
    """Integral floats become ints so 33.0 prints as 33."""
    return int(number) if float(number).is_integer() and abs(number) < 2**53 else number


def _fold(text: str) -> str:
    """Fold the typographic variants of spaces and dashes that articles use.

    A thin or non-breaking space between digit groups is a thousands separator: "1 200".
    Invisible format characters (a soft hyphen, U+00AD, inside "thirty") are not there at all.
    """
    text = _re(_FORMAT_CLASS).sub("", text)
    text = _re(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3}\b)").sub("", text.replace("\u2011", "-"))
    return _re(r"\s+").sub(" ", text).strip()


# ---------------------------------------------------------------------------
# Invisible characters inside words
#
# A soft hyphen ("thir\u00adty-three") or a zero-width space, joiner or no-break marks where
# a word may break or join; a reader does not see it, so matching must not either. Offsets
# must stay those of the article, so the text that is searched (a source's `scan_text`)
# keeps its length: each word's format characters move to the word's end, as soft hyphens
# ("thirty\u00ad-three"), and a soft hyphen counts as white space wherever a grammar or a
# pattern allows white space, and may close a value. A word then starts and ends where it
# does in the article, so the evidence of a value is exactly the article's text.

FORMAT_CHARACTERS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width (non-)joiners and spaces, BOM
_FORMAT_CLASS = f"[{FORMAT_CHARACTERS}]"
MOVED_FORMAT = "\u00ad"  # what a moved format character becomes in the searched text
SPACE = r"[\s\u00ad]"  # white space in searched text
# Words whose full stop ends no sentence: an initial, a title, a common abbreviation
# ("p.m. (1430 GMT)", "Mr. Smith", "the U.S. Secretary", "St. Louis"), the ranks and offices news
# copy writes before a name ("Rear Adm. Shannon Gilreath", "Det. Ch. Supt. Jane Smith", "Atty.
# Gen.", "the Rt. Hon.", the engineer's "Eng." of Gulf copy: "Minister of Health, Eng. Fahd
# Al-Jalajel", the air force's "Wg. Cdr.", "Sqn. Ldr.", "Flt. Lt."). Case matters: "no." is a word, except before a number, where it and the
# other references of legal copy are abbreviations: "in file no. 1843/1/2021", "pursuant to art.
# 16", "(para. 4)", "pp. 12-14". What comes before a name (a title, a rank, the saint, mount or
# fort a place is named for) is one in capitals too, as a headline writes it: "ESCAPE FROM ST.
# GERVAIS PARISH", "GOV. MOORE"; the rest ("JR.", "NO.", "CO.", "PA.") may end a sentence there.
_BEFORE_A_NAME = ("Mr|Mrs|Ms|Messrs|Mme|Mlle|Dr|Prof|St|Mt|Ft|Gen|Col|Lt|Lieut|Maj|Brig|Capt|Cpt|Cmdr|Comdr|Cdr|Adm"
                 "|Ens|Sgt|Cpl|Pvt|Pte|Spc|Supt|Insp|Det|Const|Ch|Gov|Sen|Rep|Pres|Amb|Atty|Dist|Hon|Rt|Rev|Fr|Msgr"
                 "|Asst|Dep|Cllr|Eng|Engr|Wg|Sqn|Ldr|Flt")
ABBREVIATIONS = (rf"(?-i:[A-Z]|{_BEFORE_A_NAME}|{_BEFORE_A_NAME.upper()}|Mx|Jr|Sr|No|Nos"
                 r"|Inc|Ltd|Corp|Co|vs|approx|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|Rs"  # "Rs. 5 lakh"
                 # US states as wire datelines write them: "CEDAR HOLLOW, Calif. (AP) —"
                 r"|Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Ga|Ill|Kan|Ky|Md|Mich|Minn|Mont|Neb|Nev|Okla|Ore|Pa"
                 r"|Tenn|Vt|Wis|Wyo)|(?i:a\.m|p\.m|e\.g|i\.e)"
                 r"|(?i:no|nos|nr|art|arts|para|paras|sec|secs|ch|cl|vol|vols|p|pp|fig|figs|ref)(?=\.\s?\(?\d)")


_CLASS_OR_ESCAPE = regex.compile(r"\[(?:\\.|[^\]\\])*\]|\\.")  # a [class], kept whole, or an escape


@lru_cache(maxsize=64)
def transparent(grammar: str) -> str:
    """A value grammar (or pattern) for searched text: white space (\\s) outside [ ] also
    matches a moved format character, and the value may end with some."""
    return _CLASS_OR_ESCAPE.sub(lambda m: SPACE if m[0] == "\\s" else m[0], grammar) + r"\u00ad*"


def parse_count(text: str) -> Value:
    """Read a count placeholder's text: "nearly 30", "between 10 and 12", "all but one of the 33"."""
    folded = _fold(text)
    return _checked_against_digits(_read_count(text, folded), folded)


def _read_count(text: str, folded: str) -> Value:
    partitive = _re(_PARTITIVE, _I).fullmatch(folded) if _re(r"all\s+but\s", _I).match(folded) else None
    if partitive:
        whole, but = parse_number(partitive["of"], whole=True), parse_number(partitive["but"], whole=True)
        return Value("count", whole - but, whole - but,
                     steps=(f"{text!r}: all but {but} of {whole} → {whole - but}",))
    subset = _re(_SUBSET, _I).fullmatch(folded) if _re(_SUBSET_WORDS, _I).search(folded) else None
    if subset:
        whole = parse_number(subset["of"], whole=True)
        part = 0 if subset["part"].lower() == "none" else parse_number(subset["part"], whole=True)
        hedge = _fold(subset["hedge"] or "").lower().strip()
        value = _qualified("count", part, PREFIX_QUALIFIERS.get(hedge, "exact"), None, reach=_reach_of("count", hedge))
        return _with_steps(value, (f"{text!r}: {part} of {whole} → {part}",))
    vague = VAGUE_PLURALS.get(folded.lower())
    if vague:
        return Value("count", *vague, qualifier="vague", steps=(f"{text!r} → {vague[0]}–{vague[1]}",))
    if folded.lower() in ZERO_WORDS:
        return Value("count", 0, 0, steps=(f"{text!r} → 0",))
    return _parse_quantity("count", folded, text, _read_count_atom)


# "all but one of the 33": the number written once (see _defining); read only after the
# words "all but", as compiling it is slow.
_PARTITIVE = _defining(rf"all\s+but\s+(?P<but>{_call('number')})\s+(?:{WHOLE_OF}|of\s+)(?P<of>{_call('number')})",
                       **_NUMBER_PARTS)


# "three of the five": the part (see _PARTITIVE); read only where "of" stands between numbers
_SUBSET_WORDS = r"\sof\s"
_SUBSET = _defining(rf"(?P<hedge>(?:{alternation(PREFIX_QUALIFIERS)})\s+)?(?P<part>{_call('number')}|none)\s+"
                    rf"{WHOLE_OF}(?P<of>{_call('number')})", **_NUMBER_PARTS)


def _read_count_atom(text: str) -> float:
    return parse_number(text, whole=True)


def _parse_quantity(kind: str, folded: str, original: str, read_atom, unit=None) -> Value:
    """Read one atom with its qualifier or, failing that, a range of two atoms.

    The single reading goes first so that "thirty-three" is 33, not the range 3–30.
    """
    try:
        value = _read_single(kind, folded, read_atom, unit)
    except ValueError:
        return _read_hedged_range(kind, folded, original, read_atom, unit)
    return _with_steps(value, (f"{original!r} → {value.display()}", *_how_compared(value, original)))


def _how_compared(value: Value, original: str) -> tuple[str, ...]:
    """A step saying how comparison reads a value beyond its interval, where it does: a rounded
    figure as far as its rounding, an upper estimate as "nearly" is (see compared_bounds)."""
    if rounding_reach(value):
        return (f"{original!r} is rounded to its last digit, and compared as {_rounding_span(value)}",)
    if is_an_upper_estimate(value):
        near = replace(value, qualifier="nearly").display()  # its low is where "nearly" starts (see _qualified)
        return (f"{original!r} is an upper estimate near its figure, and compared as {near}",)
    return ()


# "some 400 to 750", "about 30-35", "around 30 or 35": a hedge before two numbers.
# ("a total of 400 to 750" is the range too: a word that says the figure is exact says nothing more)
_HEDGE_BEFORE_A_RANGE = (rf"(?:{alternation(w for w, q in PREFIX_QUALIFIERS.items() if q in ('approximately', 'exact'))})"
                         rf"\s+|~\s?")


def _read_hedged_range(kind: str, folded: str, original: str, read_atom, unit) -> Value:
    """A range of two atoms, maybe hedged. A hedged range is read as the range it names: its
    ends already say how far the figure may go, and "some 400 to 750" is not 360 to 825."""
    hedge = _re(_HEDGE_BEFORE_A_RANGE, _I).match(folded)
    value = _read_range_of(kind, folded[hedge.end():] if hedge else folded, read_atom, unit)
    steps = (f"{original!r} → {value.display()}", *(f"{original!r}: {step}" for step in value.steps))
    if hedge:
        steps += (f"{original!r}: {hedge[0].strip()!r} hedges a range: read as the range it names",)
    return _with_steps(value, steps)


def _read_single(kind: str, folded: str, read_atom, unit) -> Value:
    qualifier_word, atom_text = _split_qualifier(folded)
    atom = read_atom(atom_text)
    qualifier = (PREFIX_QUALIFIERS.get(qualifier_word) or SUFFIX_QUALIFIERS.get(qualifier_word)
                 or ("approximately" if qualifier_word == "~" else "exact"))
    # A number in words is a round one, whatever its digits: "around two dozen" is 22–26; so is
    # a share, whatever its digits: "about one in 13" is 6.92%–8.46%, as the bare share is (see
    # parse_amount), not the 7.69% its fine digits would make it.
    spread = None if any(c.isdigit() for c in atom_text) and not _a_share(kind, atom_text) else APPROX_SPREAD
    step = _step_written(atom_text, _magnitude(atom)) if kind != "duration" else None
    if kind == "count" and step is not None and step < 1:
        step = None  # a count is whole: "2,400.0 people" states no tenths of one
    value = _qualified(kind, _magnitude(atom), qualifier, unit or _unit_of(atom), spread, _reach_of(kind, qualifier_word),
                       step)
    if qualifier_word in SHADE_OVER:
        value = _a_shade_over(value, _magnitude(atom), spread)
    return _rounded_in_a_scale(value, atom_text) if qualifier_word is None and kind != "duration" else value


def _a_shade_over(value: Value, n: float, spread: float | None) -> Value:
    """"Just over n": more than n, and as far above it as "nearly n" reaches below."""
    high = 2 * n - _nearly_from(value.kind, n, value.unit, _about(value.kind, n, spread, value.written_step))
    return replace(value, high=_whole_down(high) if value.kind == "count" else _tidy(round(high, 9)))


def _a_share(kind: str, text: str) -> bool:
    """Whether an amount's text is a share in words: "one in 13", "1 in 4", "nine out of 10"."""
    try:
        return kind == "amount" and _read_share(text) is not None
    except ValueError:
        return False


# The word for each scale's size: the precision of a figure written in that scale with decimals.
_SCALE_WORDS = {SCALES[word]: word for word in ("hundred", "thousand", "lakh", "million", "crore", "billion",
                                                 "trillion")}
_SCALE_AFTER_A_DIGIT = rf"\d\s*-?\s*({_SCALE_READ})\b"
_SCALE_IN_WORDS = rf"\b({alternation(SCALES)})\b"  # "eleven billion dollars"
# A whole number of billions or trillions of two digits or more ("$11 billion", "$16bn", "eleven
# billion dollars") is a newsroom's rounding of a court's or an estimate's figure ("$11.02 billion",
# "$16.3bn"): no one counts a sum that large to the billion. So is a whole number of lakh or crore
# of two digits or more ("18 lakh pilgrims", "Rs 45 crore"), South Asian copy's way of writing what
# others round to a decimal of a million ("1.8 million", "Rs 450 million"): "18 lakh" is the "1.8
# million" of a Karachi paper, and as round. Not whole millions, which may be an exact sum (a
# settlement's "$5 million", a fine's "$15 million"), nor a single digit of these scales: "$1
# billion" and "$5 billion" are no roundings of $1.2 billion or $5.4 billion, nor "5 lakh" of
# 5.4 lakh, which a writer would give as they are.
WHOLE_ROUNDED_SCALES = frozenset((SCALES["lakh"], SCALES["crore"], SCALES["billion"], SCALES["trillion"]))
WHOLE_ROUNDED_FROM = 10


def _scale_in(written: str) -> int | None:
    """The size of the scale word after a figure's digits ("$4.8m": 10⁶); None where there is none."""
    scale = _re(_SCALE_AFTER_A_DIGIT, _I).search(written)
    return _scale_size(" ".join(scale[1].lower().split())) if scale else None


def _rounded_in_a_scale(value: Value, written: str) -> Value:
    """A bare figure written with decimals before a scale word ("RON 241.6 million", "$4.8m",
    "$209.0 billion") is a rounding to its last digit, and so is a whole number of lakh, crore,
    billions or trillions of two digits or more (see WHOLE_ROUNDED_SCALES): its precision is the scale, and
    comparison reads it as far as that rounding reaches (see compared_bounds). Whole millions
    ("$5 million") may be an exact sum, and stay exact."""
    if not value.is_point:
        return value
    after_a_digit = _re(_SCALE_AFTER_A_DIGIT, _I).search(written)
    scale = after_a_digit or _re(_SCALE_IN_WORDS, _I).search(written)
    if not scale:
        return value
    size = _scale_size(" ".join(scale[1].lower().split()))
    in_scale = value.low / size
    with_decimals = after_a_digit and _last_digit(value, size) < size
    whole_and_large = in_scale.is_integer() and size in WHOLE_ROUNDED_SCALES and in_scale >= WHOLE_ROUNDED_FROM
    return replace(value, precision=_SCALE_WORDS[size]) if with_decimals or whole_and_large else value


# A decimal part that ends in a zero: "209.0", "4.0%", "12.50", "2,50 €" (not "4.200" or "5,00,000",
# groups of a thousand or a lakh).
_ZERO_ENDED_DECIMALS = r"[.,](\d?0)(?!\d|[.,]\d)"


def _step_written(written: str, n: float) -> float | None:
    """The step a figure's last digit states where it is a written zero, which its number does not
    show: 0.1 for "4.0%" and 100,000,000 for "$209.0 billion", as for "4.1%" and "$209.1 billion";
    None for any other figure."""
    zero = _re(_ZERO_ENDED_DECIMALS).search(written) if "0" in written else None
    if zero is None:
        return None
    size = _scale_in(written) or 1
    decimals = len(zero[1])
    # only where the number was read with those decimals (a group of digits it read otherwise says no step)
    if not math.isclose(abs(n) / size % 1, int(zero[1]) / 10**decimals, abs_tol=1e-9):
        return None
    return _tidy(round(size / 10**decimals, 9))


def written_digit(value: Value, written: str) -> float:
    """The size of the last digit a figure's text writes, a unit of its scale word at most: a
    million for "$71 million" and for "$70 million" (its zero is a digit written, as "$30
    billion" is rounded to the billion), 100,000 for "$71.4 million", 1 for "1,300"."""
    scale = _re(_SCALE_AFTER_A_DIGIT, _I).search(written) or _re(_SCALE_IN_WORDS, _I).search(written)
    return _last_digit(value, _scale_size(" ".join(scale[1].lower().split())) if scale else 1)


def finest_digit(value: Value) -> float:
    """The place of a figure's last digit other than a zero it may only fill with (see
    written_digit): 100,000 for "$71.4 million", a million for "$71 million", 100 for "1,300"; a
    written zero's step where it is one ("$209.0 billion")."""
    return value.written_step or _written_step(value.low)


def rounded_to(figure: float, step: float) -> float:
    """`figure` rounded half up to a multiple of `step`: 71.4 million to the million is 71 million."""
    return _tidy(round(math.copysign(math.floor(round(abs(figure) / step, 9) + 0.5) * step, figure), 9))


def _last_digit(value: Value, size: int = 1) -> float:
    """The size of a figure's last digit, a unit of its scale (`size`) at most: the step its
    written zero states, else the place of its last non-zero digit (100,000 for "241.6 million",
    a billion for "$11 billion" and "$30 billion": see _rounded_in_a_scale)."""
    return value.written_step or min(_written_step(value.low / size), 1.0) * size


_RANGE_FORMS = (  # (form, qualifier, whether it must rise: "won 2-1" is a score, not a range)
    (r"between\s+(?P<a>.+?)\s+and\s+(?P<b>.+)", "range", False),
    (r"from\s+(?P<a>.+?)\s+to\s+(?P<b>.+)", "range", False),
    (r"(?P<a>.+?)\s+or\s+(?P<b>.+)", "either", False),
    (rf"(?P<a>.*?\S){_RANGE_JOIN}(?P<b>.+)", "range", True),
)


def _read_range_of(kind: str, folded: str, read_atom, unit) -> Value:
    for form, qualifier, rising in _RANGE_FORMS:
        both = _re(form, _I).fullmatch(folded)
        if not both:
            continue
        try:
            b = read_atom(both["b"])
            a = read_atom(_borrow_unit(both["a"], both["b"], read_atom))
        except ValueError:
            continue
        if rising and _magnitude(b) < _magnitude(a):
            if _a_split(a, b):
                return Value(kind, _magnitude(a), _magnitude(a), unit="%", steps=(_SPLIT,))
            continue  # "won 2-1", "a 5-4 ruling": a score or a vote, not a range
        if kind == "amount" and _unit_of(a) and _unit_of(b) and _unit_of(a) != _unit_of(b):
            continue  # "by 25 basis points to 4.75%": a change and a level, not a range
        low, high = sorted((_magnitude(a), _magnitude(b)))
        return Value(kind, low, high, qualifier=qualifier, unit=unit or _unit_of(a) or _unit_of(b))
    raise ValueError(f"not {a_or_an(kind)}: {folded!r}")




_SPLIT = "a split of one whole, as a vote's: its first share is read"


def _a_split(a, b) -> bool:
    """"in a 59%-41% vote", "approved 59% to 41%": two shares, each with its sign, the larger
    first and no more than the whole between them, are a split, not a range (a count's "7-2"
    is read only where the pattern writes the dash: see before_a_link)."""
    return _unit_of(a) == _unit_of(b) == "%" and _magnitude(a) + _magnitude(b) <= 101  # (rounded shares)


_SCALE_AFTER_DIGITS = rf"(?<=\d)\s*-?\s*({_SCALE_READ})\b"


def _borrow_unit(first: str, second: str, read_atom) -> str:
    """"10" in "10-12 million" means 10 million; "3" in "3 to 5 years" means 3 years."""
    scale = _re(_SCALE_AFTER_DIGITS, _I).search(second)
    # Not onto a number already in thousands: "$500,000-$1 million" is not 500,000 million.
    if scale and not _re(r"[a-z]\.?\s*$", _I).search(first) and not _re(r"\d[,.\s]\d{3}\b|\d{4}").search(first):
        return f"{first} {scale[1]}"
    try:
        read_atom(first)
        return first
    except ValueError:
        if " " in second.strip():
            return f"{first} {second.split()[-1]}"
        return first + _re(r"^[\d.,]+").sub("", second)  # "10-12%": the sign follows the digits


_LEADING_QUALIFIER = rf"(?:{'|'.join(map(regex.escape, sorted(PREFIX_QUALIFIERS, key=len, reverse=True)))})(?=\s)"
_TRAILING_QUALIFIER = rf"(?<=\s)(?:{'|'.join(map(regex.escape, sorted(SUFFIX_QUALIFIERS, key=len, reverse=True)))})$"


_PLUS_AT_END = rf"(?:{PLUS_SUFFIX})$"


def _split_qualifier(folded: str) -> tuple[str | None, str]:
    lower = folded.lower()
    if lower.startswith("~"):
        return "~", folded[1:].strip()
    if lower.startswith(GLUED_HEDGE):
        return "nearly", folded[len(GLUED_HEDGE):]
    leading = _re(_LEADING_QUALIFIER).match(lower)
    if leading:  # "about 40 or so", "more than 400-plus": the word before the number decides,
        inner, rest = _split_qualifier(folded[leading.end():].strip())
        # but not a mere "about" before a floor: "some 400-plus ships" are 400 and up, none fewer
        if PREFIX_QUALIFIERS[leading[0]] == "approximately" and SUFFIX_QUALIFIERS.get(inner) == "at_least":
            return inner, rest
        if PREFIX_QUALIFIERS[leading[0]] == "exact" and inner in PREFIX_QUALIFIERS:
            return inner, rest  # "only about 40 hours", "a total of about 30": a stress, the hedge decides
        return leading[0], rest  # "more than about 30": the outer hedge, on the figure
    trailing = _re(_TRAILING_QUALIFIER).search(lower)
    if trailing:
        return trailing[0], folded[: trailing.start()].strip()
    plus = _re(_PLUS_AT_END).search(lower)
    if plus:
        return "or more", folded[: plus.start()].strip()
    return None, folded


def _magnitude(atom) -> float:
    return atom[0] if isinstance(atom, tuple) else atom


def _unit_of(atom) -> str | None:
    return atom[1] if isinstance(atom, tuple) else None


def _qualified(kind: str, n: float, qualifier: str, unit: str | None, spread: float | None = None,
               reach: str | None = None, written_step: float | None = None) -> Value:
    """The interval a qualifier makes of a number. Counts are whole, so "more than 200" is
    201+ and "nearly 33" is 30–33 (29.7 rounded up). `spread` is how far "about" reaches
    either side, a share of the number; by default as _about_reach says. `reach` and
    `written_step`: see Value."""
    whole = kind == "count"
    up, down = (_whole_up, _whole_down) if whole else (_same, _same)
    about = _about(kind, n, spread, written_step)
    low, high, low_open, high_open = {  # each a function: only the qualifier's own is worked out
        "exact": lambda: (n, n, False, False),
        "approximately": lambda: (up(n - about), down(n + about), False, False),
        "nearly": lambda: (_nearly_from(kind, n, unit, about), down(n), False, False),
        "more_than": lambda: (n + 1, None, False, False) if whole else (n, None, True, False),
        "at_least": lambda: (n, None, False, False),
        "fewer_than": lambda: (0, n - 1, False, False) if whole else (0, n, False, True),
        # an upper estimate ("as many as 7,800") is read as it is compared, near its figure (see compared_bounds)
        "at_most": lambda: (_nearly_from(kind, n, unit, about) if reach == UPPER_ESTIMATE else 0, n, False, False),
    }[qualifier]()
    return Value(kind, _tidy(low), _tidy(high) if high is not None else None, qualifier=qualifier,
                 unit=unit, low_open=low_open, high_open=high_open, reach=reach, written_step=written_step)


def _about(kind: str, n: float, spread: float | None, written_step: float | None) -> float:
    """How far "about n" reaches either side: `spread`, a share of n, where one is given (a
    number in words is a round one), else as far as its written step lets it (see _about_reach).
    A count's reaches one either side at least: "about six adults" is 5–7, never just 6, which
    would make the hedge say nothing ("about 30" reaches three, as 10% of any count from 10 does)."""
    reach = abs(n) * spread if spread is not None else _about_reach(kind, n, written_step)
    return max(reach, 1.0) if kind == "count" and n else reach


def _nearly_from(kind: str, n: float, unit: str | None, about: float) -> float:
    """Where "nearly n" starts: as far below n as "about n" reaches (`about`, see _about_reach),
    rounded up to a whole number for a count; for a duration in weeks, months or years, at least
    a quarter of one of them below (see NEARLY_A_QUARTER). A figure written to a finer step
    states that step below it as "about" does either side: "almost 56% of the vote" is
    54.32%–56%, which a wrong 51% misses, where "nearly 60%" is 54%–60% and "nearly 30" 27–30."""
    low = n - about
    if kind == "duration" and unit in NEARLY_A_QUARTER:
        low = min(low, n - DURATION_UNITS[NEARLY_A_QUARTER[unit]] / 4)
    return _whole_up(low) if kind == "count" else _tidy(round(low, 9))


# "A nearly two-month-long strike" of 53 days (1.74 months): a writer rounds a duration to its
# unit, so "nearly" a number of weeks, months or years reaches a quarter of one of them below it
# where that is more than 10% ("nearly two months" is 53.27–60.88 days, compared as from 52.5 as
# a month may be 30 days; "nearly a week" 5.25–7 days, which four or five days miss; "nearly 30
# years" 27–30 years). A fortnight's is a week's, as "nearly a fortnight" is "nearly two weeks".
# Said bare, they stay exact ("two years" is no "30 months").
NEARLY_A_QUARTER = {"week": "week", "fortnight": "week", "month": "month", "year": "year"}


def _about_reach(kind: str, n: float, written_step: float | None = None) -> float:
    """How far "about n" reaches either side. A round figure is a rough one: "about 30,000"
    reaches 10% (27,000–33,000). A figure written to a finer step states that step: "about
    2,400" reaches one hundred (2,300–2,500, so a source's 2,600 disagrees with it), "about
    2.5 million" 3%, and "about 12,410" five tens (MOST_STEPS_HEDGED), as "about $209.0 billion"
    five tenths of a billion, its written zero's step (`written_step`), as "about $209.1 billion"
    does. Durations keep 10%: their step is the unit they were written in. "Nearly n" reaches as
    far below (see _nearly_from)."""
    tenth = abs(n) * APPROX_SPREAD
    if kind == "duration" or n == 0:
        return tenth
    step = written_step or _written_step(n)
    return min(tenth, MOST_STEPS_HEDGED * step, max(step, abs(n) * FINE_SPREAD))


def _written_step(n: float) -> float:
    """The place of a number's last non-zero digit: 100 for 2,400, 0.1 for 63.4, 1 for 33."""
    digits = f"{abs(n):.6f}".rstrip("0")
    if not digits.endswith("."):
        return 10.0 ** -(len(digits) - digits.index(".") - 1)
    whole = digits[:-1]
    return 10.0 ** (len(whole) - len(whole.rstrip("0")))


def coarser_roundings(figure: float) -> list[float]:
    """The figures `figure` rounds to (half up) at each digit coarser than its last, zero left
    out: 134, 130 and 100 for 133.9; 130 and 100 for 134; 788 million, not 787, for 787.5 million."""
    found = []
    step = _written_step(figure) * 10
    while step <= abs(figure) * 2:
        rounded = rounded_to(figure, step)
        if rounded and rounded != figure:
            found.append(rounded)
        step *= 10
    return sorted(set(found))


def _whole_up(x: float) -> int:
    return math.ceil(round(x, 6))  # rounded first: 30 - 3.0000000000000004 is 27, not 28


def _whole_down(x: float) -> int:
    return math.floor(round(x, 6))


def _same(x: float) -> float:
    return x


_SCALE_NAMES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))


def _fmt(n, digits: int = 2) -> str:
    """A number as a reader writes it, to `digits` decimals: 33, 1,200, 2.5, 19 billion."""
    if n is None:
        return "∞"
    for size, name in _SCALE_NAMES:
        if abs(n) >= size and float(n * 1000 / size).is_integer():
            return f"{n / size:,.3f}".rstrip("0").rstrip(".") + f" {name}"  # "41,873.5 million"
    if isinstance(n, float) and not n.is_integer():
        return f"{n:,.{digits}f}".rstrip("0").rstrip(".")
    return f"{int(n):,}"


def stated(value: Value):
    """The number the text stated, recovered from the interval its qualifier made."""
    one = 1 if value.kind == "count" else 0
    return {
        "approximately": lambda: _tidy((value.low + value.high) / 2),
        "nearly": lambda: value.high,
        "more_than": lambda: _tidy(value.low - one),
        "at_least": lambda: value.low,
        "fewer_than": lambda: _tidy(value.high + one),
        "at_most": lambda: value.high,
    }[value.qualifier]()


def _head(value: Value, show, span) -> str:
    """What the text said, without the interval: "33", "nearly 30", "10–12", "32 or 33"."""
    if value.qualifier == "exact" or value.is_point and value.qualifier in ("range", "either", "vague"):
        return show(value.low)
    if value.qualifier in ("range", "vague"):
        return span(value.low, value.high, "–")
    if value.qualifier == "either":
        return span(value.low, value.high, " or ")
    label = "up to" if is_an_upper_estimate(value) else QUALIFIER_LABEL[value.qualifier]  # not a limit
    if value.qualifier == "fewer_than" and value.kind != "count":
        label = "less than"  # "fewer" is said of things counted: "less than $40 billion", "less than 48 hours"
    return f"{label} {show(stated(value))}"


def _display_quantity(value: Value, show, span) -> str:
    """"33", "nearly 30 (27–30)", "more than 200", "10–12", "32 or 33", "200–999" (hundreds)."""
    head = _head(value, show, span)
    if value.qualifier not in _STATED or value.high is None or value.is_point or (
            value.low == 0 and value.qualifier in ("fewer_than", "at_most")):
        return head  # "about 5" is 5 when counts are whole: no interval to add
    return f"{head} ({span(value.low, value.high, '–')})"


def _display_number(value: Value) -> str:
    return _display_quantity(value, *_formats(value))


def _formats(value: Value, digits: int = 2):
    """How a bound, and a span of two, of this value are written (to `digits` decimals):
    "USD 19 billion", "27–30"; a duration's as its clock ("2:00:12") or in the unit written (see
    _in_written_unit), a span of two in one unit, the one its stated number is whole in:
    "10.8–12 hours"."""
    if value.kind == "duration":
        if value.precision in CLOCK_FORMS:
            return partial(_clock, digits=digits), lambda a, b, join: f"{_clock(a, digits)}{join}{_clock(b, digits)}"
        if value.qualifier in _STATED:
            unit, size = _day_unit(stated(value), written=value.precision)
        elif value.qualifier == "exact" or value.is_point:
            unit, size = _day_unit(value.low, written=value.precision)
        else:
            unit, size = _day_unit(value.low, value.high, written=value.precision)
        spanned = _spanned_in_days(value, size)
        if spanned and value.qualifier == "vague":
            unit, size = "day", 1  # its ends too, as `spell` says them: "15.22 days", not "21,915 minutes"
        if spanned:
            shorter, longer = CALENDAR_SPREAD.get(value.precision, (1, 1))
            span_unit, span_size, stretch = "day", 1, (lambda a: a * shorter, lambda b: b * longer)
        else:
            span_unit, span_size, stretch = unit, size, (_same, _same)
        return (lambda n: _in_written_unit(n, value.precision, digits) or _say(n, unit, size, digits),
                lambda a, b, join: (f"{_in_unit(stretch[0](a), span_size, digits)}{join}"
                                    f"{_say(stretch[1](b), span_unit, span_size, digits)}"))

    def show(n):
        if value.unit == "%":
            return f"{_fmt(n, digits)}%"
        if value.unit in WORD_UNITS:
            return f"{_fmt(n, digits)} {value.unit}"
        if value.unit == "percentage points" and value.precision == "basis points":
            n = _tidy(round(n * 100, 6))
            return f"{_fmt(n, digits)} basis point{'' if n == 1 else 's'}"
        if value.unit == "percentage points":
            return f"{_fmt(n, digits)} percentage point{'' if n == 1 else 's'}"
        return f"{value.unit} {_fmt(n, digits)}" if value.unit else _fmt(n, digits)

    return show, lambda a, b, join: f"{show(a)}{join}{show(b)}"


def _spanned_in_days(value: Value, size: float) -> bool:
    """Whether a duration's interval is shown in days, not in its own unit (of `size` days): a
    hedged number of weeks or months, up to MOST_DAYS_SPANNED, whose ends its unit does not keep
    whole or a half, so that a fact counted in days can be read against it: "nearly 1 week
    (5.25–7 days)", where "0.9–1 week" hid why four days disagree with it. Months are shown as
    they are compared, a month being 30 to 31 days (see CALENDAR_SPREAD): "nearly 2 months
    (52.5–62 days)", which 53 days agrees with. "Nearly 10 months (9–10 months)" stays, and years
    stay years ("nearly 2 years (1.75–2 years)"). So is "the better part of a month" (15–31 days),
    which no unit from a day up keeps whole or a half (not "21,915–43,830 minutes")."""
    if value.qualifier == "vague" and value.precision in _SPANNED_IN_DAYS and size < 1:
        return True
    if (value.qualifier not in _STATED or value.precision not in _SPANNED_IN_DAYS or value.high is None
            or value.high > MOST_DAYS_SPANNED):
        return False
    return not all((round(end / size, 6) * 2).is_integer() for end in (value.low, value.high))


_SPANNED_IN_DAYS = ("week", "fortnight", "month")
MOST_DAYS_SPANNED = 100  # "about 6 months (5.4–6.6 months)", not 164.36–200.89 days: days count short spans

PRECISION_WORDS = {"day": "a day", "week": "a week", "month": "a month", "quarter": "a quarter", "year": "a year",
                   "range": "a range of days"}


def spell(value: Value, digits: int = 2) -> str:
    """A value as a rule author writes it, then the interval it stands for, in words: "12
    (exactly)", "at least 12 (12 or more, no upper limit)", "nearly 30 (27 to 30)", "12 hours
    (0.5 days)", "2026-03-02 – 2026-03-08 (a week)". `rules test` says with it both what an
    example expects and what the rule read, with more `digits` where two would say them alike."""
    if not value.resolved:
        return "unresolved"
    if value.kind == "date":
        words = _date_words(value)
        return value.display() + (f" ({words})" if words else "")
    if value.kind == "time":  # "01:29 EDT (exactly)"; a hedged time shows its interval already
        return value.display() + (" (exactly)" if value.is_point else "")
    show, span = _formats(value, digits)
    head, low, high = _head(value, show, span), value.low, value.high
    if value.is_point:
        if value.kind == "duration":  # a duration's number is in days: say so
            days = f"{_fmt(_tidy(round(low, 6)), digits)} day{'' if low == 1 else 's'}"
            return f"{head} ({days})" if head != days else f"{head} (exactly)"
        return f"{head} (exactly)" if head == show(low) else f"{head} (exactly {show(low)})"
    if low is not None and high is not None and value.qualifier in ("range", "either", "vague") and not (
            value.low_open or value.high_open):
        return head  # "10–12", "32 or 33" say their interval already
    if high is None and low is None:
        interval = "no lower or upper limit"
    elif high is None:
        interval = (f"more than {show(low)}" if value.low_open else f"{show(low)} or more") + ", no upper limit"
    elif low is None:
        interval = f"no lower limit, {'under' if value.high_open else 'up to'} {show(high)}"
    elif value.low_open or value.high_open:
        interval = (f"{show(low)}{' (not included)' if value.low_open else ''} to "
                    f"{'under ' if value.high_open else ''}{show(high)}")
    else:
        interval = span(low, high, " to ")
    return f"{head} ({interval})"


_STATED = ("approximately", "nearly", "more_than", "at_least", "fewer_than", "at_most")


def qualified(kind: str, n: float, qualifier: str, unit: str | None = None, spread: float | None = None) -> Value:
    """The interval the text would make of one number with a qualifier: "at least" 12 → 12 and up."""
    return _qualified(kind, n, qualifier, unit, spread)


# ---------------------------------------------------------------------------
# Amounts: money and percentages

# The dollar sign with a country's letters names that country's dollar or peso ("NT$", "COP$").
# (Some copy sets the country's letters apart: "a credit of US $300".)
DOLLAR_SIGNS = {"us$": "USD", "u.s.$": "USD", "us $": "USD", "u.s. $": "USD", "$": "USD", "a$": "AUD", "au$": "AUD",
                "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "sg$": "SGD", "nt$": "TWD",
                "r$": "BRL", "mex$": "MXN", "mx$": "MXN", "cop$": "COP", "col$": "COP", "clp$": "CLP", "ars$": "ARS", "ar$": "ARS",
                "rd$": "DOP", "j$": "JMD", "tt$": "TTD", "ec$": "XCD", "bz$": "BZD", "fj$": "FJD", "g$": "GYD",
                "n$": "NAD"}
CURRENCY_SYMBOLS = {**DOLLAR_SIGNS, "£": "GBP", "€": "EUR", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR", "₩": "KRW",
                    "₺": "TRY", "₪": "ILS", "₦": "NGN", "₱": "PHP", "৳": "BDT", "zł": "PLN", "kč": "CZK",
                    "₿": "BTC"}
# Symbols of letters, read in their own case: "RS 125" is a product line, "COP 28" no pesos.
# Bangladesh's papers write "Tk 4,200 crore", the Philippines' "Php 20 billion", Indonesia's
# "Rp 50 million" and "Rp50,000,000", Hungary's "Ft 4.8bn", the Gulf's "Dh2 million" and "Dhs500"
# (UAE dirhams, as Gulf News and Khaleej Times write them). "Rs" are rupees, which the papers
# of India, Pakistan, Sri Lanka, Nepal and Mauritius all write so (see WORD_UNITS), as their
# official copy writes the word before the figure: "Rupees Four Lakh".
LETTER_SYMBOLS = {"Rs.": "rupees", "Rs": "rupees", "Rupees": "rupees", "KSh": "KES", "FCFA": "CFA francs",
                  "Tk.": "BDT", "Tk": "BDT", "Php": "PHP", "Rp": "IDR", "Ft": "HUF", "Dh": "AED", "Dhs": "AED",
                  "RM": "MYR"}  # Malaysia's ringgit as its papers write it: "RM5.47", "RM1.2bil"
# Symbols that may follow the number, as much of Europe writes it: "800 000 €", "5 £".
_SUFFIX_SYMBOLS = {s: c for s, c in CURRENCY_SYMBOLS.items() if len(s) == 1 or s in ("zł", "kč")}
# ISO 4217's codes in use (2026), and those withdrawn lately that archived copy still writes
# (BGN, HRK, ANG, ZWL, SLL, CUC). Not the codes for tests and for no currency (XTS, XXX), nor
# codes that are words or acronyms in capitals: ALL, CUP, SOS, TOP ("ALL 33 MEN", "TOP 10"),
# COP ("COP 28"), PEN, SAR; their currencies are read from words ("Saudi riyals"). And BTC,
# bitcoin, no currency of ISO's but written as one ("a ransom of 75 BTC").
CURRENCY_CODES = tuple("""
    AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD
    CAD CDF CHE CHF CHW CLF CLP CNY COU CRC CUC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL
    GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW
    KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN
    NAD NGN NIO NOK NPR NZD OMR PAB PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SBD SCR SDG SEK SGD SHP SLE
    SLL SRD SSP STN SVC SYP SZL THB TJS TMT TND TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES
    VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL
    BTC
""".split())
# A code is read in capitals only: "try 5 times" holds no Turkish lira.
_CODE = rf"(?-i:{'|'.join(CURRENCY_CODES)})"
# A word names the currency it names most often in the news: dollars are the US's and pounds
# Britain's unless another country is named ("Canadian dollars"). A word that several countries'
# currencies share, none most often, is a unit of its own: "5,000 dinars" agrees with other
# dinars, but is compared with neither LYD nor TND, which it may not be; likewise pesos (Mexico,
# Colombia, Argentina, Chile, the Philippines...), francs (Switzerland and a dozen African
# countries), crowns (the Czech, Danish, Swedish, Norwegian and Icelandic currencies) and rupees
# (India, Pakistan, Sri Lanka, Nepal, Mauritius: "Rs" too).
WORD_UNITS = ("dinars", "rials", "shillings", "kwacha", "kroner", "CFA francs", "lire", "pesos", "francs", "crowns",
              "rupees")
# Each currency's words, and the country adjectives that name it before any of them: "Romanian
# lei", "Russian roubles", "Canadian dollars". A word alone names the first currency listed with
# it: a shared word's own unit (first below), else the currency the word names most often.
CURRENCY_NAMES = (
    ("dinars", (), ("dinars", "dinar")), ("rials", (), ("rials", "rial")),
    ("shillings", (), ("shillings", "shilling")), ("kwacha", (), ("kwacha",)), ("kroner", (), ("kroner", "krone")),
    ("CFA francs", (), ("CFA francs", "CFA franc", "francs CFA", "FCFA")), ("lire", (), ("lire",)),
    ("pesos", (), ("pesos", "peso")), ("francs", (), ("francs", "franc")), ("crowns", (), ("crowns",)),
    ("rupees", (), ("rupees", "rupee")),
    ("USD", ("US", "U.S.", "American"), ("dollars", "dollar")), ("AUD", ("Australian",), ("dollars", "dollar")),
    ("CAD", ("Canadian",), ("dollars", "dollar")), ("HKD", ("Hong Kong",), ("dollars", "dollar")),
    ("NZD", ("New Zealand",), ("dollars", "dollar")), ("SGD", ("Singapore",), ("dollars", "dollar")),
    ("TWD", ("Taiwan", "Taiwanese", "New Taiwan"), ("dollars", "dollar")),
    ("JMD", ("Jamaican",), ("dollars", "dollar")), ("NAD", ("Namibian",), ("dollars", "dollar")),
    ("EUR", (), ("euros", "euro")),
    ("GBP", ("British",), ("pounds sterling", "pounds", "pound", "sterling")),
    ("EGP", ("Egyptian",), ("pounds", "pound")), ("LBP", ("Lebanese",), ("pounds", "pound")),
    ("SYP", ("Syrian",), ("pounds", "pound")), ("SDG", ("Sudanese",), ("pounds", "pound")),
    ("SSP", ("South Sudanese",), ("pounds", "pound")),
    ("RUB", ("Russian",), ("roubles", "rubles", "rouble", "ruble")),
    ("BYN", ("Belarusian",), ("roubles", "rubles", "rouble", "ruble")),
    ("UAH", ("Ukrainian",), ("hryvnias", "hryvnia", "hryvnas")), ("JPY", ("Japanese",), ("yen",)),
    ("CNY", ("Chinese",), ("yuan", "renminbi")),
    ("CHF", ("Swiss",), ("francs", "franc")), ("CDF", ("Congolese",), ("francs", "franc")),
    ("RWF", ("Rwandan",), ("francs", "franc")), ("BIF", ("Burundian",), ("francs", "franc")),
    ("GNF", ("Guinean",), ("francs", "franc")),
    ("XOF", ("West African",), ("CFA francs", "CFA franc")), ("XAF", ("Central African",), ("CFA francs", "CFA franc")),
    ("PLN", ("Polish",), ("zlotys", "zloty", "złoty", "złotys")),
    ("INR", ("Indian",), ("rupees", "rupee")), ("PKR", ("Pakistani",), ("rupees", "rupee")),
    ("LKR", ("Sri Lankan",), ("rupees", "rupee")), ("NPR", ("Nepalese", "Nepali"), ("rupees", "rupee")),
    ("MUR", ("Mauritian",), ("rupees", "rupee")),
    ("KES", ("Kenyan",), ("shillings", "shilling")), ("UGX", ("Ugandan",), ("shillings", "shilling")),
    ("TZS", ("Tanzanian",), ("shillings", "shilling")), ("SOS", ("Somali",), ("shillings", "shilling")),
    ("ZAR", ("South African",), ("rand",)), ("NGN", ("Nigerian",), ("naira",)),
    ("BRL", ("Brazilian",), ("reais", "real")), ("THB", ("Thai",), ("baht",)), ("MYR", ("Malaysian",), ("ringgit",)),
    ("IDR", ("Indonesian",), ("rupiah",)), ("VND", ("Vietnamese",), ("dong",)), ("BDT", ("Bangladeshi",), ("taka",)),
    ("MMK", ("Myanmar", "Burmese"), ("kyat",)), ("ETB", ("Ethiopian",), ("birr",)), ("AFN", ("Afghan",), ("afghanis",)),
    ("GEL", ("Georgian",), ("lari",)), ("GHS", ("Ghanaian",), ("cedis", "cedi")),
    ("ZMW", ("Zambian",), ("kwacha",)), ("MWK", ("Malawian",), ("kwacha",)),
    ("KRW", ("South Korean", "Korean"), ("won",)), ("KPW", ("North Korean",), ("won",)),
    ("SAR", ("Saudi",), ("riyals", "riyal")), ("QAR", ("Qatari",), ("riyals", "riyal")),
    ("IRR", ("Iranian",), ("rials", "rial")), ("OMR", ("Omani",), ("rials", "rial")),
    ("YER", ("Yemeni",), ("rials", "rial")),
    ("LYD", ("Libyan",), ("dinars", "dinar")), ("TND", ("Tunisian",), ("dinars", "dinar")),
    ("DZD", ("Algerian",), ("dinars", "dinar")), ("IQD", ("Iraqi",), ("dinars", "dinar")),
    ("JOD", ("Jordanian",), ("dinars", "dinar")), ("KWD", ("Kuwaiti",), ("dinars", "dinar")),
    ("BHD", ("Bahraini",), ("dinars", "dinar")), ("RSD", ("Serbian",), ("dinars", "dinar")),
    ("AED", ("Emirati", "UAE"), ("dirhams", "dirham")), ("MAD", ("Moroccan",), ("dirhams", "dirham")),
    ("SEK", ("Swedish",), ("kronor", "krona", "crowns")),
    ("NOK", ("Norwegian",), ("kroner", "krone", "crowns")), ("DKK", ("Danish",), ("kroner", "krone", "crowns")),
    ("ISK", ("Icelandic",), ("kronur", "krona", "crowns")),
    ("CZK", ("Czech",), ("crowns", "crown", "koruna", "korunas", "koruny")),
    ("HUF", ("Hungarian",), ("forints", "forint")), ("RON", ("Romanian",), ("lei", "leu")),
    ("MDL", ("Moldovan",), ("lei", "leu")), ("BGN", ("Bulgarian",), ("leva", "lev")),
    ("HRK", ("Croatian",), ("kuna", "kunas")), ("TRY", ("Turkish",), ("lira", "liras")),
    ("ILS", ("Israeli",), ("shekels", "shekel")), ("KZT", ("Kazakh", "Kazakhstani"), ("tenge",)),
    ("MXN", ("Mexican",), ("pesos", "peso")), ("ARS", ("Argentine", "Argentinian"), ("pesos", "peso")),
    ("CLP", ("Chilean",), ("pesos", "peso")), ("COP", ("Colombian",), ("pesos", "peso")),
    ("PHP", ("Philippine",), ("pesos", "peso")), ("CUP", ("Cuban",), ("pesos", "peso")),
    ("DOP", ("Dominican",), ("pesos", "peso")), ("UYU", ("Uruguayan",), ("pesos", "peso")),
    ("BTC", (), ("bitcoins", "bitcoin")),
)
# Words that name a currency only after its country: "12 Crown Court cases", "a real risk",
# "30 won seats" (but "1.5 trillion won": see CURRENCY_WORDS_AFTER_A_SCALE).
_ONLY_AFTER_A_COUNTRY = ("crown", "real", "won")


def _currency_words() -> dict[str, str]:
    """Each currency word and "country word" in lower case, with the currency it names."""
    words: dict[str, str] = {}
    for currency, countries, names in CURRENCY_NAMES:
        for name in names:
            if name not in _ONLY_AFTER_A_COUNTRY:
                words.setdefault(name.lower(), currency)
            for country in countries:
                words.setdefault(f"{country} {name}".lower(), currency)
    return words


CURRENCY_WORDS = _currency_words()
# The grammar reads any country before any currency word, and the reader refuses a pair that
# does not go together ("Canadian lei"): the pairs written out, each with its \s+, made the
# amount grammars a fifth to a third slower (a regex sets up each repeat on every match).
_COUNTRIES = {country.lower() for _, countries, _ in CURRENCY_NAMES for country in countries}
_NAMES = {name.lower() for _, _, names in CURRENCY_NAMES for name in names}
_CURRENCY_WORD = (rf"(?:{alternation(_COUNTRIES)})\s+(?:{alternation(_NAMES)})"
                  rf"|{alternation(_NAMES - set(_ONLY_AFTER_A_COUNTRY))}")
# The currencies each shared word may be, by the countries named with it: pesos are MXN, COP,
# ARS... ("Colombian pesos"); a fact that names one of them alone says which its bare pesos are.
def _is_a_code(code: str) -> bool:
    return code.isupper() and len(code) == 3


def _codes_named_with(word: str) -> frozenset[str]:
    """The currencies a word names with a country before it: "pesos" in "Colombian pesos" (COP)..."""
    return frozenset(code for name, code in CURRENCY_WORDS.items()
                     if name.endswith(" " + word.lower()) and _is_a_code(code))


SHARED_WORD_CURRENCIES = {word: _codes_named_with(word) for word in WORD_UNITS}
# The currencies each word that names one most often may name, by the countries named with it:
# "dirhams" are the UAE's, or Morocco's ("Moroccan dirhams"); "dollars" the US's, or Canada's,
# Australia's... Under a rule whose unit is one of them, the bare word is read as that one: a
# Moroccan rule's "120 billion dirhams" are MAD (see rules.in_the_rules_currency).
DEFAULT_WORD_CURRENCIES = {
    word: codes for word, default in CURRENCY_WORDS.items()
    if " " not in word and _is_a_code(default) and len(codes := _codes_named_with(word) | {default}) > 1}
_BARE_DEFAULT_WORD_AT_END = (rf"(?<!\b(?:{alternation(_COUNTRIES)})\s+)(?<![\w-])({alternation(DEFAULT_WORD_CURRENCIES)})"
                             r"['’]?$")
# Words that name a currency only after a scale word: "1.5 trillion won", but "30 won seats".
CURRENCY_WORDS_AFTER_A_SCALE = {"won": "KRW"}
# The naira as the Nigerian press writes it, with a capital N glued to the figure: "N1.2
# billion", "N1.2bn", "N1,200,000,000", "the N14.7-billion fraud"; the Philippine peso as Manila's
# papers write it, "P5 million", "P200,000"; the won as the Korea Herald writes it, "up to W15m",
# "W15 billion". Only where the figure's form makes it money, a scale
# word (spelt out after a hyphen) or thousands separated: "N95 masks", "the N1 highway", "N2",
# "N95-masks", "P5 paper" and "W15" hold no money.
GLUED_LETTERS = {"N": "NGN", "P": "PHP", "W": "KRW"}
_GLUED_LETTER = rf"(?<!(?<![.…])\.|[\w,])(?-i:[{''.join(GLUED_LETTERS)}])(?=\d)"
_GLUED_LETTER_PREFIX = (rf"{_GLUED_LETTER}(?=\d{{1,3}}(?:,\d{{3}})+(?![\d,])"
                 r"|\d+(?:\.\d+)?(?:\s|-(?=thousand|million|billion|trillion))?(?:[mbk]|[mb]n|[mb]ln|trn?|thousand|million|billion|trillion)\b)")
# A symbol that is letters ("Rs", "KSh", "R$") must not end a word: "yours 5" holds no rupees.
_CURRENCY_PREFIX = (rf"(?:(?<!\w)(?:{alternation(CURRENCY_SYMBOLS)}|(?-i:{alternation(LETTER_SYMBOLS)})){_HSPACE}?"
                    rf"|\b{_CODE}\s?|{_GLUED_LETTER_PREFIX})")
# A currency joined to its number by a hyphen makes an adjective: "a 600,000-dinar fine", "a
# 10-million-dollar deal". (Not "a 10-pound turkey": after a hyphen, pounds are a weight.)
# Translated copy writes "150 millions of euros" ("150 millions d'euros").
_CURRENCY_SUFFIX = (rf"(?:\s+of(?<=(?:illions|thousands)\s+of))?(?:\s|-(?!pounds?\b))?(?:\b(?:{_CURRENCY_WORD}|{_CODE}"
                    rf"|(?<=(?:illions?|thousands?)[\s-])(?:{alternation(CURRENCY_WORDS_AFTER_A_SCALE)}))\b"
                    rf"|(?:{alternation(_SUFFIX_SYMBOLS)})(?![\w$]))")
# "a $5,000-a-month rent", "a £2m-a-year contract": the amount, paid so often, as an adjective
# before its noun. (Not before a stop, "a deal worth £300,000-a-week.", where a pattern may say
# what follows the amount; the end of the text searched is the start of the pattern's next words.)
_PER_UNIT_WORDS = r"-(?:a|an|per)-(?!half\b|quarter\b|cent\b)[a-z]+\b"  # ("a 38-per-cent rise" is a percentage)
_PER_UNIT = rf"{_PER_UNIT_WORDS}(?=\s+\p{{L}}|\Z)"
# Percentages, percentage points and basis points are three units: "3 percentage points" is
# a change of a rate, and does not agree with a rate of "3%".
# Each may be joined to its number by hyphens, as an adjective: "a 38-percent pay rise", "a
# 38-per-cent rise", "a 25-basis-point cut", and so may its abbreviation, as wire copy writes it:
# "a 12-pct rise", "up 3.5-pct", "a 25-bp cut".
PERCENT_SIGNS = {  # (an abbreviation not at the end of a word: "250 million GBP" holds no basis points)
    "%": r"\s?%|(?:\s?|-)(?<!\p{L})(?:pct?\b|p\.c\.)|(?:\s+|-)(?:percent|per(?:\s+|-)cent)\b",
    "percentage points": r"(?:\s+|-)percentage(?:\s+|-)points?\b|(?:\s?|-)(?<!\p{L})(?:pp|ppts?)\b",
    "basis points": r"(?:\s+|-)basis(?:\s+|-)points?\b|(?:\s?|-)(?<!\p{L})bps?\b",
}
_PERCENT_SIGN = rf"(?:{'|'.join(PERCENT_SIGNS.values())})"
_PERCENT_ABBREVIATION = r"(?:pct?|pp|ppts?|bps?)\b|p\.c\."
_AMOUNT_LETTER_AFTER = rf"(?!{_PERCENT_ABBREVIATION})\w"  # as _NO_LETTER_AFTER, but "4.5pc" is a percentage
# A sign belongs to an amount: "growth of -0.2%", "−0.2%" (a minus sign), "minus 0.2%".
_SIGN = r"(?:[-−]|minus\s+)"


def _sum_digits(scale_word: str, not_before: str = "") -> str:
    """A sum's digits and their scale word, not glued to letters or to more digits, nor before `not_before`.
    Inside an amount the digits may follow a currency symbol, so only letters and digits guard
    them; right after a currency the grammar has read, nothing does ("EUR250,000", as some copy
    writes it). (A look back for a code would write the codes out once per number, and slow.)"""
    return (rf"{_SIGN}?(?:{_DIGITS})(?:{scale_word})?"
            rf"(?!{_AMOUNT_LETTER_AFTER}|[½¼¾]|[.,]\d|{_HSPACE}\d{not_before})")


_AMOUNT_DIGITS = _sum_digits(_SUM_SCALE_WORD)
# "A"/"an" is one of a unit it stands before: "more than a meter (3 feet)" is more than 1 metre,
# "for a pound" GBP 1, as "one pound" is. Not before a unit that is as often something else
# ("a yard sale", "a knot", "a ton of"), nor before a currency made an adjective ("a dollar-denominated
# bond") or weighed ("a pound of flesh").
ONE_OF_A_MEASURE = ("metre", "meter", "kilometre", "kilometer", "centimetre", "centimeter", "millimetre",
                    "millimeter", "foot", "inch", "mile", "kilogram", "kilogramme", "kilo", "gram", "tonne", "ounce",
                    "hectare", "acre", "square metre", "square meter", "square kilometre", "square mile")
ONE_OF_A_CURRENCY = ("pound", "dollar", "euro", "yen", "yuan", "rupee", "rouble", "ruble", "franc", "peso", "dinar",
                     "dirham", "riyal", "rand", "ringgit", "shilling", "lira")
_ONE_OF_A_UNIT = (rf"(?<![\w-])an?(?=\s+(?:(?:{alternation(ONE_OF_A_MEASURE)})\b"
                  rf"|(?:{alternation(ONE_OF_A_CURRENCY)})\b(?!-|\s+of\b)))")
_AMOUNT_NUMBER = (rf"{_NOT_AFTER_RATIO}(?:(?<!(?<![.…])\.|[\w,]|\d{_HSPACE}){_AMOUNT_DIGITS}{_NOT_METRES}"
                  rf"|{_word_number(_call('more_words'))}|{_ONE_OF_A_UNIT})(?:{_AND_A_PART})?{_THEN_IN_BRACKETS}"
                  rf"{_NOT_A_RATIO}")
# After a currency a sum is read with its scale abbreviated further ("$42 bil."), and never
# short of it: "$42" of "$42 bil." would be a figure a thousand million times too small.
_MONEY_SCALE = rf"\s?(?:{alternation(MONEY_SCALE_ABBREVIATIONS)})\b\.?"
_AMOUNT_AFTER_A_CURRENCY = (rf"(?:{_sum_digits(f'{_SUM_SCALE_WORD}|{_MONEY_SCALE}', f'|{_MONEY_SCALE}')}"
                            rf"|{_word_number(_call('more_words'))})(?:{_AND_A_PART})?")
# "a quarter of a percentage point", "half a percent"
FRACTIONS_OF_ONE = {"a quarter": 0.25, "quarter": 0.25, "a half": 0.5, "half": 0.5, "a third": 1 / 3,
                    "three quarters": 0.75, "two thirds": 2 / 3}
_FRACTION_WORDS = "|".join(w.replace(" ", r"[\s-]+") for w in sorted(FRACTIONS_OF_ONE, key=len, reverse=True))
_FRACTION_OF_ONE = rf"(?<!\w)(?:{_FRACTION_WORDS})(?:\s+of)?\s+(?:a|one)"
# "a quarter point", "a quarter-point cut", "half a point": of a rate, so percentage points
# ("6.2 points" alone is not: points are also said of scores and indexes).
_POINTS_AFTER_A_FRACTION = r"(?:(?:\s+of)?\s+(?:a|one))?(?:\s+|-)(?:percentage(?:\s+|-))?points?"
_FRACTION_POINTS = rf"(?<!\w)(?:{_FRACTION_WORDS}){_POINTS_AFTER_A_FRACTION}\b"
_FRACTION_POINTS_READER = rf"(?P<part>{_FRACTION_WORDS}){_POINTS_AFTER_A_FRACTION}"
# A share of a whole written in words: "a third", "two-thirds", "half", "one in three", "nine out
# of ten". It is read as a percentage, and as a rounded one ("about", see parse_amount). Only
# {percent} reads it: "half a million dollars" is no share, and in {amount} a share would win.
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
                "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
_SMALL_NUMERATOR = rf"(?:an?|[1-9]|{alternation(w for w in UNITS if 0 < UNITS[w] < 10)})"
_WHOLE = (rf"(?:\d{{1,4}}|(?:{alternation(TENS)})(?:-(?:{alternation(UNITS)}))?|{alternation(UNITS)}"
          rf"|(?:a\s+)?(?:hundred|thousand))")
_SHARE = (rf"(?<![\w-])(?<!\b(?:the|first|second|other|latter|former|last|next)\s+)"
          rf"(?:(?:{_SMALL_NUMERATOR}[\s-]+)?half|{_SMALL_NUMERATOR}[\s-]+(?:{alternation(k for k in DENOMINATORS if k != 'half')})"
          rf"|(?:[1-9]|{alternation(w for w in UNITS if UNITS[w] > 0)})\s+(?:in|out\s+of)\s+(?:every\s+)?{_WHOLE})"
          rf"(?![\w-]|\s+an?\s|\s+of\s+an?\s|[.,]\d|\s+(?:{_ANY_SCALE}|(?:percentage\s+)?points?)\b)")
_SHARE_READER = (rf"(?:(?P<top>{_SMALL_NUMERATOR})[\s-]+)?(?P<part>{alternation(DENOMINATORS)})"
                 rf"|(?P<one>.+?)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>.+)")


def _read_share(text: str) -> float | None:
    """A share in words as a percentage: "a third" 33.33, "nine out of ten" 90; None if not one."""
    found = _re(_SHARE_READER, _I).fullmatch(text)
    if not found:
        return None
    if found["part"]:
        top = found["top"]
        numerator = 1 if top is None or top.lower() in ("a", "an") else parse_number(top)
        return _tidy(round(100 * numerator / DENOMINATORS[found["part"].lower()], 10))
    whole = parse_number(_re(r"^a\s+", _I).sub("", found["whole"]))
    if not whole:
        raise ValueError(f"not a share: {text!r}")
    return _tidy(round(100 * parse_number(found["one"]) / whole, 10))


# "Fifty-nine percent (59%)", as a statement writes a share: the digits say it again (see
# _DIGITS_IN_BRACKETS), read as "fifty-nine (59) percent" is (see _digits_before_the_sign).
_PERCENT_IN_BRACKETS = rf"(?:\s*\((?<=(?:percent|cent)\s*\(){_BRACKETED_DIGITS}\s?%\))?"
_SIGN_THEN_DIGITS = rf"(?P<sign>\s+(?:percent|per\s+cent))\s*\((?P<digits>{_BRACKETED_DIGITS})\s?%\)"


def _digits_before_the_sign(folded: str) -> str:
    """"fifty-nine percent (59%)" as "fifty-nine (59) percent": the digits in brackets after the number."""
    return _re(_SIGN_THEN_DIGITS, _I).sub(lambda found: f" ({found['digits']}){found['sign']}", folded)


# The amount grammars write each part once, in a DEFINE group (see _defining): a range or a
# "between … and …" names an atom up to four times, and the atom names a number.
_AMOUNT_PARTS = {
    "amount_number": _AMOUNT_NUMBER,
    # The currencies are parts too: the codes and words are most of a money grammar's text.
    "currency_and_number": rf"{_CURRENCY_PREFIX}{_AMOUNT_AFTER_A_CURRENCY}",
    "currency_after": _CURRENCY_SUFFIX,
    "money": (rf"(?:{_call('currency_and_number')}(?:{_call('currency_after')})?"
              rf"|{_call('amount_number')}{_call('currency_after')})(?:{_PER_UNIT})?"),
    # "$10-12 million": the currency written once, at the start; "10 to 12 million dollars": at the end.
    "money_lead": rf"(?:{_call('currency_and_number')}|{_call('amount_number')})",
    "money_tail": rf"{_call('amount_number')}(?:{_MONEY_SCALE})?(?:{_call('currency_after')})?",
    "percent": (rf"(?:(?:{_FRACTION_OF_ONE}|{_call('amount_number')})"
                rf"{_PERCENT_SIGN}{_PERCENT_IN_BRACKETS}|{_FRACTION_POINTS})"),
    "share": rf"(?:{_call('percent')}|{_SHARE})",
    # no currency, no sign: maybe the day of a date
    "bare_number": rf"(?:{_NOT_A_DAY}{_NOT_AFTER_RATIO}(?:{_call('number')}|{_ONE_OF_A_UNIT}){_NOT_A_RATIO})",
    **_NUMBER_PARTS,
}
# "between €5,000 ($5,457) and €6,000": a sum's conversion in brackets, its currency first and
# maybe hedged ("(about US$5,457)"), between a range's ends; the range is read past it, in the
# currency of its ends (see parse_amount).
_CONVERSION = rf"\s*\((?:\p{{L}}+\.?\s+)?~?{_call('currency_and_number')}\)"
_MONEY_CALLS = _quantity(_call("money"), lead=_call("money_lead"), tail=_call("money_tail"), aside=_CONVERSION)
_PERCENT_CALLS = _quantity(_call("percent"), lead=_call("amount_number"))
# An amount opens with a digit, a sign, a currency or a word: elsewhere it fails at once.
# Each guard names only words of its own grammar (rules.py reads a grammar's words). A code
# is three capitals there: the guard need not tell "USD" from "NATO", only be quick.
_NUMBER_FIRST_WORDS = (PREFIX_QUALIFIERS, UNITS, TENS, ("a", "an", "half", "hundred", "between", "from", "minus"))
_CURRENCY_FIRST = (rf"[-−]|(?<!\w)(?:{alternation(CURRENCY_SYMBOLS)}|(?-i:{alternation(LETTER_SYMBOLS)}))"
                   rf"|\b(?-i:[A-Z]{{3}})|{_GLUED_LETTER}")
_MONEY_FIRST = _first_words(*_NUMBER_FIRST_WORDS, VAGUE_PLURALS, also=_CURRENCY_FIRST)
_PERCENT_FIRST = _first_words(*_NUMBER_FIRST_WORDS, FRACTIONS_OF_ONE, also="[-−]")  # shares open with these too
_AMOUNT_FIRST = _first_words(*_NUMBER_FIRST_WORDS, FRACTIONS_OF_ONE, VAGUE_PLURALS, also=_CURRENCY_FIRST)
_MONEY_PARTS = ("amount_number", "currency_and_number", "currency_after", "money", "money_lead", "money_tail",
                "more_words")
# "hundreds of millions of dollars", "billions of euros", "a few million pounds": a count's vague
# plural (VAGUE_PLURALS) with a currency is a vague sum, as wide as the count: USD 200 million–999,999,999.
_VAGUE_SUM = rf"{VAGUE}(?:\s+of)?{_call('currency_after')}"
MONEY = _defining(rf"{_MONEY_FIRST}(?:{_MONEY_CALLS}|{_VAGUE_SUM})", **{k: _AMOUNT_PARTS[k] for k in _MONEY_PARTS})
PERCENT = _defining(_PERCENT_FIRST + _quantity(_call("share"), lead=_call("amount_number")),
                    **{k: _AMOUNT_PARTS[k] for k in ("amount_number", "percent", "share", "more_words")})
# Percent first: "10-12%" is not a bare "10-12". A vague plural is read with its currency, or without
# one, as a bare number is ("cost billions").
AMOUNT = _defining(rf"{_AMOUNT_FIRST}(?:{_PERCENT_CALLS}|{_MONEY_CALLS}|{_VAGUE_SUM}|{_quantity(_call('bare_number'))}"
                   rf"|{VAGUE})", **_AMOUNT_PARTS)


# What _read_amount_atom looks for, written once: parsers run once per match.
_SYMBOLS_LONGEST_FIRST = tuple(sorted([(symbol, code, False) for symbol, code in CURRENCY_SYMBOLS.items()]
                                      + [(symbol, code, True) for symbol, code in LETTER_SYMBOLS.items()],
                                      key=lambda entry: -len(entry[0])))  # (symbol, currency, case matters)
_CODE_AT_START = rf"({_CODE})\s?"
_PERCENT_SIGNS_AT_END = tuple((unit, rf"(?:{sign})$") for unit, sign in PERCENT_SIGNS.items())
_FRACTION_PART = rf"(?P<part>{_FRACTION_WORDS})(?:\s+of)?\s+(?:a|one)"
_CURRENCY_SUFFIX_AT_END = rf"{_CURRENCY_SUFFIX}$"
_PER_UNIT_AT_END = rf"{_PER_UNIT_WORDS}$"
_SIGN_AT_START = rf"^{_SIGN}"


def _read_amount_atom(text: str) -> tuple[float, str | None]:
    text = _re(_PER_UNIT_AT_END, _I).sub("", text.strip())
    share = _read_share(text)
    if share is not None:
        return share, "%"
    points = _re(_FRACTION_POINTS_READER, _I).fullmatch(text)
    if points:
        return FRACTIONS_OF_ONE[_re(r"[\s-]+").sub(" ", points["part"].lower())], "percentage points"
    lower = text.lower()
    unit = None
    for symbol, currency, exact in _SYMBOLS_LONGEST_FIRST:
        if (text if exact else lower).startswith(symbol):
            unit, text = currency, text[len(symbol):].strip()
            break
    else:
        code = _re(_CODE_AT_START, _I).match(text)
        if code and not text[len(code[0]):][:1].isalpha():
            unit, text = code[1].upper(), text[len(code[0]):]
        elif _re(_GLUED_LETTER).match(text):  # "N1.2bn", "P5 million"
            unit, text = GLUED_LETTERS[text[0]], text[1:]
    for sign_unit, sign in _PERCENT_SIGNS_AT_END:
        percent = _re(sign, _I).search(text)
        if percent:
            unit, text = sign_unit, text[: percent.start()]
            fraction = _re(_FRACTION_PART, _I).fullmatch(text.strip())
            if fraction:
                return FRACTIONS_OF_ONE[_re(r"[\s-]+").sub(" ", fraction["part"].lower())], unit
            break
    suffix = _re(_CURRENCY_SUFFIX_AT_END, _I).search(text)
    if suffix:
        unit = unit or _currency_after(_re(r"^(?:of\s+|-)").sub("", _fold(suffix[0]).lower()))
        text = text[: suffix.start()]
    sign = _re(_SIGN_AT_START).match(text)
    if sign:
        return -_read_amount_atom(text[sign.end():])[0], unit
    # "250.000 euros", "€4.200" are thousands: no price but a dollar one has three decimals ("$3.599 a gallon").
    return parse_number(text, whole=unit not in (None, "USD", *PERCENT_SIGNS)), unit


def _currency_after(word: str) -> str:
    """The currency a word or code after the number names: "dollars" USD, "romanian lei" RON,
    "eur" EUR; a country before another's currency word names none ("canadian lei")."""
    currency = CURRENCY_WORDS.get(word) or CURRENCY_WORDS_AFTER_A_SCALE.get(word) or _SUFFIX_SYMBOLS.get(word)
    if currency is None and " " in word:
        raise ValueError(f"not a currency: {word!r}")
    return currency or word.upper()


def _in_points(value: Value) -> Value:
    """Basis points are hundredths of a percentage point, and compared as such ("25 basis
    points" is "a quarter point"); the precision keeps the unit written, for display."""
    def points(bound):
        return None if bound is None else _tidy(round(bound / 100, 10))
    return replace(value, low=points(value.low), high=points(value.high), unit="percentage points",
                   precision="basis points", written_step=points(value.written_step))


# A bracket between a range's ends, read past: a conversion ("between €5,000 ($5,457) and
# €6,000", see _CONVERSION), or a number's digits repeating its words ("fourteen (14) to twenty").
_ASIDE_BEFORE_THE_SECOND_END = rf"\s*\([^()]*\)(?=\s+(?:and|or|to)\s|{_RANGE_JOIN})"


def parse_amount(text: str) -> Value:
    """Read money or a percentage: "$19 billion", "£12bn", "US$1.2m", "80 percent", "four billion",
    "a third", "hundreds of millions of dollars"."""
    folded = _digits_before_the_sign(_fold(text)) if "(" in text else _fold(text)
    vague = _vague_sum(text, folded)
    if vague is not None:
        return _with_its_bare_currency_word(vague, folded)
    value = _parse_quantity("amount", _re(_ASIDE_BEFORE_THE_SECOND_END).sub("", folded), text, _read_amount_atom)
    if value.unit == "basis points":
        value = _in_points(value)
    if value.qualifier == "exact" and _read_share(_fold(text)) is not None:
        # A share in words is a rounded figure: "a third" is about 33.33% (30%–36.67%), as
        # "about a third" would be, so 32% and 35% agree with it and 40% does not.
        value = qualified("amount", value.low, "approximately", "%", spread=APPROX_SPREAD)
        value = _with_steps(value, (f"{text!r} → {value.display()}", f"{text!r}: a share in words is a rounded figure"))
    return _with_its_bare_currency_word(_checked_against_digits(value, folded), folded)


def _vague_sum(text: str, folded: str) -> Value | None:
    """A count's vague plural as a sum, with its currency or none ("hundreds of millions of dollars"
    is USD 200 million–999,999,999, "billions" 2–9.99 billion: see VAGUE_PLURALS); None for any other."""
    suffix = _re(_CURRENCY_SUFFIX_AT_END, _I).search(folded)
    plural = " ".join(_re(r"\s+of$", _I).sub("", folded[: suffix.start()] if suffix else folded).lower().split())
    if plural not in VAGUE_PLURALS:
        return None
    unit = _currency_after(_re(r"^(?:of\s+|-)").sub("", _fold(suffix[0]).lower())) if suffix else None
    low, high = VAGUE_PLURALS[plural]
    value = Value("amount", low, high, qualifier="vague", unit=unit)
    return _with_steps(value, (f"{text!r} → {value.display()}",))


def _with_its_bare_currency_word(value: Value, folded: str) -> Value:
    """The value, with the word that named its currency where it is written bare and names
    another currency after a country ("120 billion dirhams": see DEFAULT_WORD_CURRENCIES)."""
    word = _re(_BARE_DEFAULT_WORD_AT_END, _I).search(folded.rstrip())
    if word is None or CURRENCY_WORDS[word[1].lower()] != value.unit:
        return value
    return replace(value, currency_word=word[1].lower())


# ---------------------------------------------------------------------------
# Durations

# Each unit in seconds, so that one duration written two ways is one number of days: "2 hours"
# and "120 minutes" are both 7,200 seconds, divided once (2 × 1/24 and 120 × 1/1440 differ in
# their last bit, and would disagree). A month is a twelfth of a year of 365.25 days. A night is
# a day of a stay, as cruise and hotel copy counts them ("an 11-night voyage", "cut short by
# four nights"): compared as days, shown as nights.
UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "night": 86400, "week": 7 * 86400,
                "fortnight": 14 * 86400, "month": 2629800, "year": 31557600, "decade": 315576000,
                "century": 3155760000}
DURATION_UNITS = {unit: seconds / 86400 for unit, seconds in UNIT_SECONDS.items()}  # in days
_UNIT_WORDS = {"second": r"seconds?|secs?", "minute": r"minutes?|mins?", "hour": r"hours?|hrs?", "day": r"days?",
               "night": r"nights?",
               "week": r"weeks?|wks?", "fortnight": r"fortnights?", "month": r"months?|mths?",
               "year": r"years?|yrs?", "decade": r"decades?", "century": r"centur(?:y|ies)"}
_DURATION_UNIT = f"(?:{'|'.join(_UNIT_WORDS.values())})"
# "52 hrs", "90 mins": the abbreviations news copy uses, read as the unit they stand for.
_DURATION_ABBREVIATIONS = {"sec": "second", "min": "minute", "hr": "hour", "wk": "week", "mth": "month", "yr": "year"}
_HALF_OF_A_UNIT = r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half"  # "a year and a half" ("seven and a half years": NUMBER)

# A duration in several units, each smaller than the one before, is one duration: "seven years
# and six months", "3 hours 20 minutes", "two hours and 12 seconds", "1 hour, 59 minutes and 40
# seconds". After its first unit, the units that follow it here may follow, in this order, any
# of them left out.
_IN_TURN = ("year", "month", "week", "day", "hour", "minute", "second")
_PART_JOIN = r"(?:,\s*(?:and\s+)?|\s+(?:and\s+)?)"
_UNIT_JOIN = r"(?:\s*-\s*|\s+)"
# A later part's number is small, as the larger unit before it takes the rest: digits, or words
# up to ninety-nine, or "a" after "and" ("a year and a day"). Written short, for the same reason
# as _AND_A_PART.
# And its digits or words in brackets, as a court writes a term: "nine (9) years and six (6) months".
_PART_NUMBER = (rf"(?:(?<!(?<![.…])\.|[\w,])\d{{1,3}}(?:\.\d+)?(?![\w%]|[.,:]\d)"
                rf"|\b(?:{alternation(TENS)})(?:[\s-](?:{alternation(w for w in UNITS if 0 < UNITS[w] < 10)}))?\b"
                rf"|\b(?:{alternation(UNITS)})\b|(?<=\band\s)an?\b){_THEN_IN_BRACKETS}")


def _then_smaller(unit: str) -> str:
    """A call of the DEFINE part that reads the later parts after one in `unit` ("" if none may follow)."""
    smaller = _IN_TURN[_IN_TURN.index(unit) + 1:] if unit in _IN_TURN else ()
    return _call(f"then_{smaller[0]}") if smaller else ""


def _then_part(unit: str) -> str:
    """A DEFINE part: a later part of a duration in `unit`, if there is one, then those in smaller units."""
    return rf"(?:{_PART_JOIN}{_call('part_number')}{_UNIT_JOIN}(?:{_UNIT_WORDS[unit]})\b)?{_then_smaller(unit)}"


_THEN_PARTS = {f"then_{unit}": _then_part(unit) for unit in _IN_TURN[1:]} | {"part_number": _PART_NUMBER}
# (A unit may have "long" closed up after it, as US papers write it: "a two-weeklong strike", see _LONG.)
_UNITS_AND_THE_REST = "|".join(rf"(?:{words})(?:\b|(?=long\b)){_then_smaller(unit)}" for unit, words in _UNIT_WORDS.items())

# A race's time as a clock writes it: hours, minutes and seconds ("2:00:12", "2:00:12.5"), or
# minutes and seconds where they cannot be a time of day or an hour and minutes: 24 minutes or
# more ("59:47"), or seconds with decimals ("3:42.5"). "10:30" and "3:42" are not read.
_DIGITS_START = r"(?<!(?<![.…])\.|[\w,/:#$€£¥₽₹₴])"  # not inside a word, a number, a time or an amount
_CLOCK = (_DIGITS_START + r"(?:\d{1,3}:[0-5]\d:[0-5]\d|(?:2[4-9]|[3-9]\d|[1-9]\d\d):[0-5]\d|\d{1,2}:[0-5]\d(?=\.\d))"
          r"(?:\.\d+)?(?![\w:]|[.,]\d)(?!\s?(?:[ap]\.?m\b|(?-i:GMT|UTC)\b)|\s+local\s+time\b)")
# Hours, minutes and seconds glued to their letters, as results lists write them: "2h00m12s",
# "2h 00min 12s", "1h59m", "59m 47s"; two of them at least, as "2h" and "12m" alone may be anything.
_GLUED_HOURS, _GLUED_SECONDS = r"\d{1,3}h(?:ours?|rs?)?", r"\d{1,2}(?:\.\d+)?s(?:ec(?:ond)?s?)?"
_GLUED_MINUTES = r"\d{1,2}m(?:in(?:ute)?s?)?"
_GLUED = (rf"{_DIGITS_START}(?:{_GLUED_HOURS}\s?{_GLUED_MINUTES}(?:\s?{_GLUED_SECONDS})?"
          rf"|{_GLUED_HOURS}\s?{_GLUED_SECONDS}|{_GLUED_MINUTES}\s?{_GLUED_SECONDS})\b")
# One unit glued to its number is read where it is an abbreviation no other word shares, as
# tabloids write it: "48hrs", "48hr", "12mins", "5yrs" (not "2h" or "12m": see above).
_GLUED_ABBREVIATION = r"(?:hrs?|mins?|secs?|wks?|mths?|yrs?)\b"
_GLUED_ONE = rf"{_DIGITS_START}(?!0\d)\d+(?:\.\d+)?{_GLUED_ABBREVIATION}"  # not "0830hrs", a time of day

# A time of day on the 24-hour clock, as official handouts write it, is no duration: four digits
# that make an hour and its minutes, then "hours", right after a word that places something in
# time ("at 2130 hours", "at about 2100 hrs"), or after another such time and a range's join (the
# 1700 of "from 1400 to 1700 hours", which so fails the range too). "0830 hours" is not read
# either, as no number opens with a zero; "2130 hours of overtime" and "2,130 hours" are durations.
# (Nor is it a year: see _NOT_A_CLOCK_TIME.)
_HOUR_AND_MINUTES = r"(?:[01]\d|2[0-3])[0-5]\d"
_CLOCK_JOIN = r"\s*(?:-|–|to|and|until|till)\s*"
_PLACES_A_TIME_OF_DAY = (rf"(?<=\b(?:at|by|from|until|till|since|between)\s+(?:(?:about|around|approximately)\s+)?"
                         rf"|\b{_HOUR_AND_MINUTES}{_CLOCK_JOIN})")
_NOT_A_TIME_OF_DAY = rf"(?!(?={_HOUR_AND_MINUTES}\s*(?:hours|hrs)\b){_PLACES_A_TIME_OF_DAY})"
# Minutes east of UTC. IST is India's; ET, CT, MT and PT (and "Eastern time") are the summer or
# the winter zone by the source's publication date (see _seasonal_zone).
ZONE_OFFSETS = {"UTC": 0, "GMT": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
                "IST": 330, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660, "EST": -300, "EDT": -240,
                "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
                "AKST": -540, "AKDT": -480, "HST": -600}
SEASONAL_ZONES = {"ET": ("EST", "EDT"), "CT": ("CST", "CDT"), "MT": ("MST", "MDT"), "PT": ("PST", "PDT")}

# "30-odd hours", "24-plus hours", "72+ hours": at least that long, as "200-odd" is at least 200.
_PLUS_BEFORE_A_UNIT = rf"(?:{PLUS_SUFFIX})(?=(?:\s*-\s*|\s+){_DURATION_UNIT}\b)"
# "a two-day-long strike", "a 48-hour-long strike": the adjective is read with its duration, and
# so it is closed up, as US papers write it: "a two-weeklong strike", "a three-monthlong trial".
_LONG = r"(?:-long\b|(?<=\pL)long\b)?"
# "nine straight days", "two consecutive weeks", "a full week", "three long years": a word between
# the number and its unit that says the time ran unbroken changes nothing of it. Nor does one that
# says the time is added to some before, as "for 40 more hours" is a time of 40 hours, as "for
# another 40 hours" and "a further two weeks" are (the pattern says what the time is of).
UNBROKEN_WORDS = ("straight", "consecutive", "full", "whole", "long")
ADDED_WORDS = ("more", "further", "additional", "extra")
_UNBROKEN = rf"(?:(?:{alternation(UNBROKEN_WORDS + ADDED_WORDS)})\s+)?"
ANOTHER_WORDS = ("another", "a further", "an additional", "an extra")
_ANOTHER = rf"(?:{alternation(ANOTHER_WORDS)})"
# "in the day and a half after", "the week after": a unit alone is one of it where the pattern
# writes "the" or a possessive right before the value (see after_the_or_a_possessive); elsewhere
# "the day" is seldom a duration, and "this week" or "that month" name a time, not a length.
_ONE_UNIT_WORDS = "|".join(unit for unit in _UNIT_WORDS if unit != "night")  # "the night" is a date's
_ONE_UNIT_ALONE = rf"(?:{_ONE_UNIT_WORDS})\b(?:{_HALF_OF_A_UNIT}\b)?"
_NO_UNIT_ALONE = "(?!)"  # what after_the_or_a_possessive takes away
# "his month-long trial", "a monthlong trial", "the weeklong strike", "a yearlong inquiry": a unit
# made an adjective with "long", hyphened or closed up as US papers write it, is one of it wherever
# it stands, as it says a length and nothing else. Not glued by a hyphen to a word before it
# ("a half-hour-long show", "a two-week-long": the whole is read, or nothing), nor in the plural
# ("months-long", "yearslong" say no number); "lifelong", "daily" and "yearly" hold no unit.
_ONE_UNIT_LONG = rf"(?<![\w-])(?:{_ONE_UNIT_WORDS})-?long\b"
# "The $9.6bn-a-day blockage", "£2m-a-year deal", "twice-a-week": "a" glued after a hyphen
# opens a rate, no duration.
_NOT_A_RATE = r"(?<![-‑])"
# "a", "half a", "a quarter of an" say one unit, or a part of one: "a years-long inquiry" and "a
# months-long strike" are of several, unsaid (nor is "another hours" one). A unit's plural, and
# only its plural, ends in "s": "hours", "hrs", "centuries".
_PART_OF_ONE = (rf"(?:{_ANOTHER}|{_NOT_A_RATE}an?|half\s+an?|a\s+quarter(?:\s+of\s+an?)?)"
                rf"(?!{_UNIT_JOIN}{_UNBROKEN}{_DURATION_UNIT}(?<=s)\b)")
DURATION_ATOM = (rf"{_NOT_A_TIME_OF_DAY}(?:{_CLOCK}|{_GLUED}|{_GLUED_ONE}|(?:(?:{_ANOTHER}\s+)?{NUMBER}(?:{PLUS_SUFFIX})?|{_PART_OF_ONE}){_UNIT_JOIN}"
                 rf"{_UNBROKEN}(?:{_UNITS_AND_THE_REST}){_NOT_OLD}(?:{_HALF_OF_A_UNIT}\b)?"  # "a week-and-a-half"
                 rf"|{_NO_UNIT_ALONE}{_ONE_UNIT_ALONE}){_LONG}|(?:{_NOT_A_RATE}an?\s+)?{_ONE_UNIT_LONG}")
# "the better part of a week", "the best part of a decade": more than half of it, up to all of it.
_MOST_OF = r"(?:the\s+)?(?:better|best)\s+part\s+of\s+"
# Where a duration can start (see _first_words): most places fail this at once, which makes the
# grammar several times faster where a pattern runs it at every word.
_DURATION_FIRST_WORDS = (PREFIX_QUALIFIERS, UNITS, TENS,
                         ("a", "an", "another", "half", "hundred", "between", "from", "better", "best"))
_THE_MOST_OF = r"the\s+(?:better|best)\s"  # "the" is everywhere: the guard asks for what follows it
_DURATION_ALSO = rf"{_THE_MOST_OF}|{_ONE_UNIT_LONG}"  # a unit's word opens a duration only so, or after "the"
_DURATION_FIRST = _first_words(*_DURATION_FIRST_WORDS, also=_DURATION_ALSO)
# Before such an adjective, "under", "over", "below" and "above" are prepositions, no hedges:
# "under a decade-long sentence" is a sentence of ten years.
_NO_HEDGE_BEFORE_AN_ADJECTIVE = r"(?!(?<=\b(?:under|over|below|above)\s+)an?\s+[\w-]+long\b)"
# "given five and six months respectively", "five- and six-month deadlines": a number that shares
# its unit with the next, each of its own thing; the first is read (see _shared_unit), so that a
# pattern's words before it read it, and a gap before the second does not. (Not after "between",
# where "five and six months" is a range.)
_SHARED_UNIT = rf"(?<!\bbetween\s+){_call('number')}-?\s+and\s+{_call('duration')}"
# "seven years' imprisonment", "two weeks' notice", "a month's pay": a duration owns its possessive,
# so that a pattern's space follows it ("{duration} imprisonment").
_POSSESSIVE_MARK = r"(?:(?<=[a-z]s)['’]|(?<=[a-rt-z])['’]s)"
_POSSESSIVE = rf"{_POSSESSIVE_MARK}(?=\s|\Z)"  # (the end: where extraction cuts the text before the words)
DURATION = _defining(_DURATION_FIRST + rf"(?:{_MOST_OF}{_call('duration')}|{_SHARED_UNIT}|"
                     + _quantity(_call("duration"), lead=_call("number"),
                                 prefix=_prefix(then=_NO_HEDGE_BEFORE_AN_ADJECTIVE, stressed=True)) + f")(?:{_POSSESSIVE})?",
                     **_NUMBER_PARTS, **_THEN_PARTS, duration=DURATION_ATOM.replace(NUMBER, _call("number")))


# The words before a unit alone that make it one of it, where the pattern writes them: "the week
# after", "his day in court"; and "a", where the pattern asks for it ("after a week of talks"), as
# "after (?:a )?{duration}" reads "a week" whole.
UNIT_ALONE_AFTER = ("the", "his", "her", "its", "their", "our", "your", "my")
UNIT_ALONE_AFTER_A = ("a", "an")


def after_the_or_a_possessive(grammar: str, after_a: bool = False) -> str:
    """The duration grammar for a pattern that writes "the" or a possessive right before the
    value ("in the {duration} after", "during his {duration}"), or with `after_a` "a" ("after a
    {duration} of talks"): there a unit alone is one of it, "day and a half" 1.5 days, "week" one week."""
    words = UNIT_ALONE_AFTER + (UNIT_ALONE_AFTER_A if after_a else ())
    after = rf"(?<={_NOT_A_RATE}\b(?:{alternation(words)})\s+)"  # not "$9.6bn-a-day"
    return (grammar.replace(_NO_UNIT_ALONE + _ONE_UNIT_ALONE, after + _ONE_UNIT_ALONE)
            .replace(_DURATION_FIRST, _first_words(*_DURATION_FIRST_WORDS, _ONE_UNIT_WORDS.split("|"),
                                                   also=_DURATION_ALSO), 1))


_DURATION_READER = (rf"(?:(?P<n>.+?)(?:{_UNIT_JOIN}{_UNBROKEN}|(?<=\d)(?={_GLUED_ABBREVIATION})))?(?P<unit>{_DURATION_UNIT})"
                    rf"(?P<half>{_HALF_OF_A_UNIT})?")
# Where one part of a duration ends and the next begins: after a unit, not before "a half".
_NEXT_PART = rf"(?<=\b{_DURATION_UNIT}){_PART_JOIN}(?!and\b|a(?:\s+|-)half\b)(?=\S)"
_CLOCK_READER = r"(?:(?P<hours>\d+):)?(?P<minutes>\d+):(?P<seconds>\d+(?:\.\d+)?)"
_GLUED_PART = r"(?P<n>\d+(?:\.\d+)?)(?P<unit>[hms])"
_GLUED_UNITS = {"h": "hour", "m": "minute", "s": "second"}
# A duration written as a clock keeps that form as its precision, and is shown in it.
CLOCK_FORMS = ("h:mm:ss", "m:ss")


def _read_duration_atom(text: str) -> tuple[float, str]:
    """A duration in days, and the unit it was written in: the first of several ("7 years and 6
    months" is in years), or the clock's form ("h:mm:ss")."""
    text = text.strip()
    clock = _re(_CLOCK_READER).fullmatch(text)
    if clock:
        seconds = int(clock["hours"] or 0) * 3600 + int(clock["minutes"]) * 60 + float(clock["seconds"])
        return _in_days(seconds), CLOCK_FORMS[0] if clock["hours"] else CLOCK_FORMS[1]
    if _re(_GLUED, _I).fullmatch(text):  # "2h00m12s": units glued to their numbers
        parts = [(float(n), _GLUED_UNITS[unit.lower()]) for n, unit in _re(_GLUED_PART, _I).findall(text)]
    else:
        parts = [_read_one_unit(part) for part in _re(_NEXT_PART, _I).split(text)]
    return _in_days(sum(amount * UNIT_SECONDS[unit] for amount, unit in parts)), parts[0][1]


def _in_days(seconds: float) -> float:
    return _tidy(round(seconds, 6) / 86400)


# The words before a unit that name a part of one: "a day", "half an hour", "a quarter-century",
# "a quarter of an hour".
PARTS_OF_ONE_UNIT = {"a": 1, "an": 1, "half a": 0.5, "half an": 0.5, "a quarter": 0.25, "a quarter of a": 0.25,
                     "a quarter of an": 0.25}


def _read_one_unit(text: str) -> tuple[float, str]:
    """One part of a duration: the number of its unit, and the unit."""
    found = _re(_DURATION_READER, _I).fullmatch(text.strip())
    if not found:
        raise ValueError(f"not a duration: {text!r}")
    amount_text, half = found["n"], bool(found["half"])
    if amount_text is None and not _re(_ONE_UNIT_WORDS, _I).fullmatch(found["unit"]):
        raise ValueError(f"not a duration: {text!r}")  # "the days after" are no number of them
    if amount_text is not None:  # "another 40 hours" are 40 hours, "another hour" one
        amount_text = _re(rf"^{_ANOTHER}(?:\s+|$)", _I).sub("", amount_text) or "a"
    amount = 1 if amount_text is None else PARTS_OF_ONE_UNIT.get(_fold(amount_text.lower()))
    if amount is None:
        amount = parse_number(amount_text)
    unit = found["unit"].lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else _DURATION_ABBREVIATIONS.get(unit, unit)
    return amount + (0.5 if half else 0), unit


def parse_duration(text: str) -> Value:
    """Read a duration in days: "26 years", "nearly 30 years", "two and a half weeks", "2 hours
    12 seconds", "2:00:12". Its precision is the unit it was written in ("month"; the first of
    several) or its clock's form ("h:mm:ss"), which says how it is shown and compared."""
    # "a two-day-long strike" lasts two days, "a monthlong trial" a month
    folded = _re(rf"-long$|(?<={_ONE_UNIT_WORDS})long$|{_POSSESSIVE_MARK}$", _I).sub("", _fold(text))
    most = _re(_MOST_OF, _I).match(folded)
    if most:
        return _most_of(text, folded[most.end():])
    plus = _re(_PLUS_BEFORE_A_UNIT, _I).search(folded)
    if plus:  # "30-odd hours" is read as "30 hours or more"
        folded = f"{folded[:plus.start()]}{folded[plus.end():]} or more"
    try:
        value = _parse_quantity("duration", folded, text, _read_duration_atom)
    except ValueError:
        value = _shared_unit(text, folded)
    value = replace(value, unit="days", precision=value.unit)
    # the first step says the reading as reports show it: in the unit written, "14 days", not "2 weeks"
    value = _with_steps(value, (f"{text!r} → {value.display()}", *value.steps[1:]))
    return _checked_against_digits(value, folded)


def _shared_unit(text: str, folded: str) -> Value:
    """"five and six months", "five- and six-month": the first number, in the unit after the
    second (see _SHARED_UNIT)."""
    found = _re(r"(?P<first>.+?)-?\s+and\s+(?P<second>.+)", _I).fullmatch(folded)
    if found is None:
        raise ValueError(f"not a duration: {text!r}")
    unit = _read_duration_atom(found["second"])[1]
    first = parse_number(found["first"])
    value = Value("duration", _in_days(first * UNIT_SECONDS[unit]), _in_days(first * UNIT_SECONDS[unit]), unit=unit)
    read = f"{_fmt(first)} {unit}{'' if first == 1 else 's'}"
    # (its first step, the reading as shown, parse_duration writes, as for every duration)
    return _with_steps(value, ("", f"{text!r}: a number that shares its unit with the next, each of its own thing "
                                   f"(\"respectively\"): the first, {read}, is read"))


def _most_of(text: str, whole: str) -> Value:
    """"the better part of a week": more than half of the duration named, up to all of it
    (3.5 to 7 days), a vague span as "dozens" is."""
    days, unit = _read_duration_atom(whole)
    value = Value("duration", _tidy(days / 2), days, qualifier="vague", unit="days", precision=unit, low_open=True)
    return _with_steps(value, (f"{text!r} → {value.display()}",
                               f"{text!r}: more than half of {whole!r}, up to all of it"))


# A month is 28 to 31 days and a year 365 or 366, and news copy counts them as 30 days and
# 52 weeks ("a 60-day, two-month emergency"): a duration written in months or years is
# compared as reaching that far either way (factors of its days). "Two months" is 60–62
# days; "a year" 364–366, which "12 months" (360–372) and "52 weeks" agree with.
CALENDAR_SPREAD = {"month": (30 / DURATION_UNITS["month"], 31 / DURATION_UNITS["month"]),
                   "year": (364 / DURATION_UNITS["year"], 366 / DURATION_UNITS["year"])}
CALENDAR_SPREAD.update(decade=CALENDAR_SPREAD["year"], century=CALENDAR_SPREAD["year"])


def _as_number(bound, unbounded: float) -> float:
    if bound is None:
        return unbounded
    return bound.toordinal() if isinstance(bound, date) else bound


def is_an_upper_estimate(value: Value) -> bool:
    """"As many as nine miners", "up to $5 million": a count or a sum near its figure (see _reach_of)."""
    return value.reach == UPPER_ESTIMATE and value.qualifier == "at_most"


def _reach_of(kind: str, hedge: str | None) -> str | None:
    """What a hedge says of its figure's reach (see REACH_WORDS). Not a duration's "up to": "closed
    for up to a fortnight" and "up to 10 years in prison" set a limit, which ten days or a
    three-year sentence keep."""
    reach = REACH_WORDS.get(hedge)
    return None if reach == UPPER_ESTIMATE and kind == "duration" else reach


def compared_bounds(value: Value) -> tuple[float, float]:
    """A value's interval as comparison sees it, in numbers (dates as day numbers, an unbounded
    end as ±inf). An upper estimate ("as many as nine", see is_an_upper_estimate) reaches down as
    "nearly" does (read so, see _qualified); a duration in months or years reaches as far as the calendar lets it; and a
    rounded figure as far as its rounding (see rounding_reach): "241.6 million" is 241.55 up to
    241.65 million, "68.4%" 68.35% up to 68.45% (see compared_open for the end left out)."""
    low, high = _as_number(value.low, -math.inf), _as_number(value.high, math.inf)
    if value.kind == "duration" and value.precision in CALENDAR_SPREAD:
        shorter, longer = CALENDAR_SPREAD[value.precision]
        return low * shorter, high * longer
    half = rounding_reach(value)
    if not half:
        return float(low), float(high)
    return round(low - half, 9), round(high + half, 9)  # 68.35, not 68.4 - 0.05 = 68.35000000000001


def compared_open(value: Value) -> tuple[bool, bool]:
    """Whether comparison leaves out each end of a value's interval (see compared_bounds): the
    ends the value leaves out ("more than 4 days"), and the top of a rounding, so that two
    figures rounded alike do not meet there: "68.4%" (68.35% up to 68.45%) disagrees with "68.5%"
    (from 68.45%), as "$4.8m" does with "$4.9m"."""
    return value.low_open, value.high_open or rounding_reach(value) > 0


def rounding_reach(value: Value) -> float:
    """How far either side a figure said bare reaches as a rounding to its last digit: a figure
    with decimals before a scale word ("RON 241.6 million": 50,000), a whole number of lakh,
    crore, billions or trillions of two digits or more ("$11 billion": half a billion, see
    _rounded_in_a_scale), a percentage and a figure in a unit of measurement (see in_a_measure;
    half a unit of its last digit: 0.05 for 68.4%, 0.5 for 68%, 70% and 414 mm, whose units digit
    is written); 0 for anything else. "0%" and "100%" say none and all, and "exactly 68%" says it is not rounded."""
    if not value.is_point or value.kind not in ("count", "amount"):
        return 0.0
    if value.precision in SCALES:
        return _last_digit(value, SCALES[value.precision]) / 2
    percentage = value.unit == "%" and value.reach != EXACTLY and value.low not in (0, 100)
    if value.qualifier == "exact" and (percentage or value.reach == MEASURED):
        return value.written_step / 2 if value.written_step else _half_unit_step(value.low)
    return 0.0


# A whole or half number of days, weeks or months said bare is a writer's rounding of a figure
# counted in a finer unit: "three weeks" for 20 days, "six and a half days" for 158 hours. A
# writer rounds to the unit, or counts the units completed ("a seven-week strike" of 53 days, 7
# weeks and 4 days), so against a figure in a finer unit such a figure reaches half its unit
# below and a whole unit above (a half above a half: "six and a half"), each no more than 10% of
# it: "a week" is no 8 days, "three days" no 48 hours. Not years, which courts and contracts
# count exactly ("two years" is no 22 months), nor hours, which clocks time ("two hours" is no
# 1:55:00), nor against a figure in its own unit ("three weeks" and "four weeks", "20 days" and
# "21 days" still disagree).
UNITS_ROUNDED_TO = ("day", "week", "fortnight", "month")
UNIT_ROUNDING_SPREAD = 0.1


@lru_cache(maxsize=8192)  # asked of each pair of a fact's values that may agree
def unit_rounding_reach(value: Value) -> tuple[float, float]:
    """How far, in days, below and above, a duration said bare as a whole or half number of its
    unit (see UNITS_ROUNDED_TO) reaches against a figure in a finer unit: (2.1, 2.1) for "three
    weeks", (3.5, 4.9) for "seven weeks"; (0, 0) for anything else, and for "exactly 3 weeks"."""
    if (value.kind != "duration" or value.precision not in UNITS_ROUNDED_TO or value.qualifier != "exact"
            or not value.is_point or value.reach == EXACTLY or not value.low):
        return 0.0, 0.0
    unit = DURATION_UNITS[value.precision]
    count = round(value.low / unit, 6)
    if not (count * 2).is_integer():
        return 0.0, 0.0  # "two weeks and three days" names its days
    tenth = value.low * UNIT_ROUNDING_SPREAD
    above = unit if count.is_integer() else unit / 2
    return _tidy(round(min(tenth, unit / 2), 9)), _tidy(round(min(tenth, above), 9))


def in_a_finer_unit(value: Value, than: Value) -> bool:
    """Was `value` written in a smaller unit than `than` (a clock counting seconds)? "20 days"
    than "three weeks", "158 hours" than "six and a half days"; a night is a day."""
    return unit_seconds(value) < unit_seconds(than)


def unit_seconds(value: Value) -> float:
    """The size of the unit a duration was written in, in seconds (a clock's is a second)."""
    if value.precision in CLOCK_FORMS:
        return 1
    return UNIT_SECONDS.get(value.precision, 0)


def rounded_bounds(value: Value) -> tuple[float, float]:
    """A duration's compared bounds (see compared_bounds) as far as its rounding to its unit
    reaches (see unit_rounding_reach), whichever reaches further: "three weeks" is 18.9 to 23.1
    days, "two months" 54.79 to 66.96 (60 to 62 days by the calendar)."""
    low, high = compared_bounds(value)
    below, above = unit_rounding_reach(value)
    return min(low, round(value.low - below, 9)), max(high, round(value.high + above, 9))


def rounding_note(value: Value) -> str:
    """How far a figure rounded to its unit reaches (see unit_rounding_reach), "18.9–23.1 days",
    or any other rounding to its last digit (see rounding_reach), "USD 10.5 billion–USD 11.5
    billion" for "$11 billion", "413.5–414.5" for "414mm"."""
    if value.kind != "duration":
        return _rounding_span(value)
    low, high = rounded_bounds(value)
    return f"{_fmt(_tidy(round(low, 2)))}–{_fmt(_tidy(round(high, 2)))} days"


def _rounding_span(value: Value) -> str:
    """"68.35%–68.45%", "USD 10.5 billion–USD 11.5 billion": a rounded figure's compared bounds."""
    low, high = compared_bounds(value)
    ends = replace(value, low=_tidy(low), high=_tidy(high), qualifier="range")
    return _display_quantity(ends, *_formats(ends, digits=4))  # "68.405%–68.415%": a digit past the figure's


def whole_in_its_scale(value: Value) -> bool:
    """Is the value a whole number of lakh, crore, billions or trillions read as rounded to its
    scale ("$11 billion", "18 lakh", see _rounded_in_a_scale), not a figure with decimals ("$11.02bn")?"""
    return (value.precision in SCALES and bool(rounding_reach(value)) and not value.written_step
            and (value.low / SCALES[value.precision]).is_integer())  # ("$209.0 billion" writes a decimal)


def as_exact(value: Value) -> Value:
    """The value read as the exact figure it writes, not as a rounding of one (see rounding_reach):
    "$11 billion" as 11,000,000,000, "68%" as 68%, "414mm" as 414 mm. Any other value as it is."""
    if not rounding_reach(value):
        return value
    return replace(value, precision=None) if value.precision in SCALES else replace(value, reach=EXACTLY)


@lru_cache(maxsize=4096)
def _half_unit_step(figure: float) -> float:
    """Half the size of a percentage's or a measure's last digit, a unit at most: 0.05 for 68.4%,
    0.5 for 70% and for 400 mm."""
    return min(_written_step(figure), 1.0) / 2


_DAY_UNITS = (("year", 365.25), ("month", 365.25 / 12), ("week", 7), ("day", 1), ("night", 1), ("hour", 1 / 24),
              ("minute", 1 / 1440), ("second", 1 / 86400))  # (nights only where written: days come first)


def _human_days(days: float) -> str:
    """Days in the largest unit that keeps the number whole (or a half): 9496.5 → "26 years"."""
    unit, size = _day_unit(days)
    return _say(days, unit, size)


def _day_unit(*days: float, written: str | None = None) -> tuple[str, float]:
    """The unit the text used, where it keeps every number whole (or a half): "60 hours", not
    "2.5 days". Else the largest unit that does, else the first number's largest."""
    units = [(u, z) for u, z in _DAY_UNITS if u == written] + list(_DAY_UNITS)
    for unit, size in units:
        counts = [round(d / size, 6) for d in days]
        if all(count >= 1 and (count * 2).is_integer() for count in counts):
            return unit, size
    return next(((u, z) for u, z in _DAY_UNITS if days[0] >= z * 0.999), _DAY_UNITS[-1])


def _in_unit(days: float, size: float, digits: int = 2) -> str:
    return _fmt(_tidy(round(days / size, digits)), digits)


def _say(days: float, unit: str, size: float, digits: int = 2) -> str:
    return _of_unit(round(days / size, digits), unit, digits)


def _of_unit(number: float, unit: str, digits: int = 2) -> str:
    return f"{_fmt(_tidy(number), digits)} {unit}{'' if number == 1 else 's'}"


# The units a duration's rest is said in, after the unit it was written in: "1 year 10 days",
# never "1 year 1 week 3 days" (weeks only where the text wrote them first).
_UNITS_OF_THE_REST = tuple(unit for unit in _IN_TURN if unit != "week")
MOST_PARTS_SHOWN = 4  # "1 day 2 hours 3 minutes 4 seconds"; 1.2 years, in five, is shown as "1.2 years"


def _in_written_unit(days: float, written: str | None, digits: int = 2) -> str | None:
    """A duration the unit it was written in does not keep whole or a half, in that unit with
    the rest in smaller ones: "2 hours 12 seconds", "1 hour 59 minutes 40 seconds", "7 years 3
    months" (as the text wrote it); else in that unit with its decimals ("1.2 years"). None
    where neither says it exactly, or the unit keeps it whole or a half (`_say` says it so)."""
    if written not in UNIT_SECONDS:
        return None
    count = round(days / DURATION_UNITS[written], 6)
    if count < 1 or (count * 2).is_integer():
        return None
    seconds = round(days * 86400, 6)
    parts, rest = [], seconds
    for unit in (written, *(u for u in _UNITS_OF_THE_REST if UNIT_SECONDS[u] < UNIT_SECONDS[written])):
        number = rest if unit == "second" else math.floor(round(rest / UNIT_SECONDS[unit], 6))  # seconds take the rest
        if number:
            parts.append(_of_unit(number, unit, digits))
            rest = round(rest - number * UNIT_SECONDS[unit], 6)
    if len(parts) <= MOST_PARTS_SHOWN and round(seconds, digits) == seconds:
        return " ".join(parts)
    return _of_unit(count, written, digits) if round(count, digits) == count else None


def _clock(days: float, digits: int = 2) -> str:
    """A duration as a clock writes it: "2:00:12", "2:00:12.5", "59:47" (under an hour)."""
    seconds = round(days * 86400, digits)
    minutes, second = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    second_text = f"{second:0{3 + digits}.{digits}f}".rstrip("0").rstrip(".")  # "05", "12.5"
    return f"{hours}:{minutes:02d}:{second_text}" if hours else f"{minutes}:{second_text}"


# ---------------------------------------------------------------------------
# Dates

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                       "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH_WORDS = frozenset({**MONTHS, **MONTH_ABBREVIATIONS})  # "march", "mar"
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH = rf"(?:(?:{alternation(MONTHS)})\b|(?:{alternation(MONTH_ABBREVIATIONS)})(?:\.|\b))"
# A bare month name ("in March") is a date only when capitalised: "may" and "march" are verbs.
_BARE_MONTH = rf"(?-i:{'|'.join(m.capitalize() for m in MONTHS)})\b"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[89]\d\d|20\d\d)\b"
# A year written alone is no time of day on the 24-hour clock, alone or a range's end: four digits
# that make an hour and its minutes, then "hrs", "h" or a zone of three letters or more ("1900
# hrs", "1830 GMT", "from 1800 to 1900 hrs", "2000 IST"), or "hours" or any zone after a word that
# places a time of day ("at 1900 hours", "at 2030 ET", "between 1800 and 1900 hours"). "In 1950
# hours of footage were shot" and "In 2021 PT Freeport paid" keep their years, and so does a year
# after its day and month ("14 September 2025 AEST"); "0830 hrs" is none anyway.
_CLOCK_RANGE = rf"{_HOUR_AND_MINUTES}(?:{_CLOCK_JOIN}{_HOUR_AND_MINUTES})?"
_NOT_A_CLOCK_TIME = (rf"(?!{_CLOCK_RANGE}\s?(?:hrs?|(?-i:h|{alternation(ZONE_OFFSETS)}))\b"
                     rf"|(?={_CLOCK_RANGE}\s?(?:hours|(?-i:{alternation([*ZONE_OFFSETS, *SEASONAL_ZONES])})|local\s+time)\b)"
                     rf"{_PLACES_A_TIME_OF_DAY})")
_DASH = r"\s*(?:-|–|—|to|until|through)\s*"
# The date grammar writes a month, a day and "July 29" or "29 July" once each, in a DEFINE
# group (see _defining), and calls them where they stand.
_DATE_PARTS = {"month": _MONTH, "day": _DAY, **_NUMBER_PARTS}
# "March 3", "March the 3rd", "3 March", "3rd of March", "the 3rd of March"
_THE_ORDINAL = r"(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)\b))?"  # "the 3rd", never "the 12 member states"
_MDY = rf"{_call('month')}\s+{_THE_ORDINAL}{_call('day')}(?:,?\s+{_YEAR})?"
_DMY = rf"{_THE_ORDINAL}{_call('day')}(?:\s+of)?\s+{_call('month')}(?:,?\s+{_YEAR})?"
_DATE_PARTS["day_month"] = rf"(?:{_MDY}|{_DMY})"
_ISO = r"\d{4}-[01]\d-[0-3]\d\b"
# Numeric dates are read only when they cannot be misread: "14/09" and "14.09.2025" are
# day-first (14 is no month), "09/14/2025" and "09/14/25" month-first, "2025/09/14" year-first;
# "05/06/2025" and "05/06" (5 June or May 6?) only where the source says which comes first. Dots need a year: "14.09" is a decimal; so do dashes,
# as South Asian copy writes them ("06-03-2025"): "10-12" is a range, and a year from 1800 to
# 2099 keeps a phone number's "12-10-1234" out.
_NUMERIC_DAY, _NUMERIC_MONTH = r"(?:1[3-9]|2\d|3[01])", r"(?:0?[1-9]|1[0-2])"
_SLASHED_YEAR = r"(?:/(?:\d{4}|\d\d))"  # "3/10/2023", and "03/10/23" as US copy writes it
_NUMERIC_DATE = (
    rf"(?:\d{{4}}/{_NUMERIC_MONTH}/(?:0?[1-9]|[12]\d|3[01])"
    rf"|(?:{_NUMERIC_DAY}/{_NUMERIC_MONTH}|{_NUMERIC_MONTH}/{_NUMERIC_DAY}){_SLASHED_YEAR}?"
    rf"|(?:{_NUMERIC_DAY}\.{_NUMERIC_MONTH}|{_NUMERIC_MONTH}\.{_NUMERIC_DAY})\.\d{{4}}"
    rf"|(?:{_NUMERIC_DAY}-{_NUMERIC_MONTH}|{_NUMERIC_MONTH}-(?:{_NUMERIC_DAY}|{_NUMERIC_MONTH}))-(?:1[89]|20)\d\d(?![-–]\d)"
    # both numbers 12 or less, with a year: read where the source says which comes first
    # and both without a year ("3/10"), read only there: elsewhere a score or a fraction
    rf"|{_NUMERIC_MONTH}/{_NUMERIC_MONTH}{_SLASHED_YEAR}?|{_NUMERIC_MONTH}\.{_NUMERIC_MONTH}\.\d{{4}})"
    rf"(?![\w/]|[.,]\d)"
)
# A range of days: "April 28 – May 12, 2025", "28-30 April", "April 28, 2025 through May 12,
# 2025", "December 28, 2024 to January 3, 2025", "from mid-April to late May". "From" and
# "between" are read with it, and "and" joins two dates only after "between" (read with the
# range, or written just before it by the pattern): "on April 28 and May 12" are two days.
_BETWEEN = "date_between"  # a group that is set where "between" opens the range
_RANGE_OPENING = rf"(?:from\s+|the\s+week(?:end)?\s+of\s+|(?:between\s+|(?<=\bbetween\s))(?P<{_BETWEEN}>))?"
_ENDS_JOIN = rf"(?:,?{_DASH}|(?({_BETWEEN}),?\s+and\s+|(?!)))"
_PART_OF = r"(?:early|mid|late)(?:\s*-\s*|\s+)"
_MONTH_OR_PART = rf"(?:{_PART_OF}{_MONTH}|{_BARE_MONTH})"  # "mid-April", "May"
# The second end names its month: a day ("May 12", "12 May 2025") or a month ("late May").
_DATE_PARTS["range_end"] = (rf"(?:{_MONTH}\s+{_THE_ORDINAL}{_DAY}|{_THE_ORDINAL}{_DAY}(?:\s+of)?\s+{_MONTH}"
                            rf"|{_MONTH_OR_PART})(?:,?\s+{_YEAR})?")
# The first end is read once, its month and day written out, not called: this part of the
# grammar is tried at every number and month in an article, and a call costs more than the
# text it saves. A day alone takes the month after it ("28-30 April"), and a day after a month
# and a day takes theirs ("April 28-30"), unless a year stands between.
_DATE_RANGE = (
    rf"{_RANGE_OPENING}(?:{_MONTH}\s+{_THE_ORDINAL}{_DAY}"
    rf"(?:(?:,?\s+{_YEAR})?{_ENDS_JOIN}{_call('range_end')}|{_ENDS_JOIN}{_DAY}(?:,?\s+{_YEAR})?)"
    rf"|{_THE_ORDINAL}{_DAY}(?:(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?{_ENDS_JOIN}{_call('range_end')}"
    rf"|{_ENDS_JOIN}{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?)"
    rf"|{_MONTH_OR_PART}(?:,?\s+{_YEAR})?{_ENDS_JOIN}{_call('range_end')})"
)
# "the first week of March", "the last weekend of May 2025", "the week of March 3", "the
# weekend of 7–8 March": the days they name, not the month or the latest weekend.
WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}
_WEEK_OF = (rf"the\s+(?:(?:{'|'.join(WEEK_ORDINALS)})\s+week(?:end)?\s+of\s+{_call('month')}(?:,?\s+{_YEAR})?"
            rf"|week(?:end)?\s+of\s+{_call('day_month')})")
_WEEKDAY = rf"(?:{alternation(WEEKDAYS)})\b"
# "On the 12th, voters ...": a day of the month alone, written as an ordinal, and not before a
# word, a hyphen or a range ("the 21st century", "the 1st Armoured Division", "the 5th-floor").
_ORDINAL = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?![-‑–—/]|\s*[-–—/]\s*\d)"
# "the 12th", and "the 23rd of last month", "the 5th of this month", "the 3rd of next month"
_DAY_OF_MONTH = rf"the\s+{_ORDINAL}(?:\s+of\s+(?:last|this|next)\s+month\b|(?!\s+\p{{L}}))"
WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                         "fri": 4, "sat": 5, "sun": 6}
# A weekday named before an explicit date ("Tuesday 3 March", "Tue, March 3rd, 2026",
# "Tuesday (March 3)") is read as that date; the weekday only checks it.
_WEEKDAY_NAME = rf"(?:{_WEEKDAY}|(?:{alternation(WEEKDAY_ABBREVIATIONS)})(?:\.|\b))"
# "Friday the 13th", "on Friday, the 13th", "Thursday 6th": a weekday with a day of the month
# alone, written as an ordinal, is that day in a month where it falls on that weekday.
_ORDINAL_DAY = rf"(?:the\s+)?{_ORDINAL}"
# "on Wednesday's deadline day, June 7th": a weekday's event, a few words, then the date it names.
_WEEKDAYS_EVENT = r"['’]s(?:\s+[\p{L}-]+){1,4}?,"
_WEEKDAY_DATE = (rf"(?:(?:early|late|last|this|next)\s+)?{_WEEKDAY_NAME}"
                 rf"(?:,?\s+{_call('day_month')}|,?\s*\({_call('day_month')}\)|,?\s+{_ORDINAL_DAY}"
                 rf"|{_WEEKDAYS_EVENT}\s+{_call('day_month')})")
_PERIOD = r"(?:week|weekend|month|quarter|year)\b"
# A day is not the hour of a clock ("May 2:30"), but a colon may end it: "on January 2: it was".
_NOT_ON_THE_CLOCK = r"(?!\d|:\d)"
# "sank in the night from Tuesday to Wednesday": a night named by its two days is those two
# days, as "the night of 13 to 14 June" is, and "the night of 29/30 July" and "the intervening
# night of July 29 and 30", as Indian official copy writes it. (Elsewhere "from Monday to Friday"
# is read end by end, and "July 29 and 30" are two days.) The date reads "the night of" itself
# ("struck on {date}"), as it reads "the week of"; or the pattern writes it ("night of {date}").
_OVERNIGHT_JOIN = r"(?:\s*[-–—/]\s*|\s+(?:to|into|and)\s+)"
_OVERNIGHT_PAIRS = "|".join(rf"{day}{_OVERNIGHT_JOIN}{calendar.day_name[(i + 1) % 7].lower()}\b"
                            for i, day in enumerate(WEEKDAYS))
_NIGHT_OF = r"(?:the\s+)?(?:intervening\s+)?night\s+(?:of|from|between)\s+"
_AFTER_NIGHT_OF = r"(?<=\bnight\s+(?:of|from|between)\s+)"
_NIGHT_DAYS_JOIN = r"\s*(?:/|&|-|–|to|and)\s*"
# Each day may have its weekday before it: "the night of Friday 8 to Saturday 9 September".
_NIGHT_WEEKDAY = rf"(?:{_WEEKDAY_NAME},?\s+)?"
_NIGHT_DAYS = (rf"(?:{_NIGHT_WEEKDAY}{_DAY}{_NIGHT_DAYS_JOIN}{_NIGHT_WEEKDAY}{_DAY}(?:\s+of)?\s+{_call('month')}"
               rf"|{_call('month')}\s+{_DAY}{_NIGHT_DAYS_JOIN}{_DAY}"
               # across a month's end: "31 July/1 August", "July 31-August 1"
               rf"|{_NIGHT_WEEKDAY}{_DAY}(?:\s+of)?\s+{_call('month')}(?:,?\s+{_YEAR})?{_NIGHT_DAYS_JOIN}"
               rf"{_NIGHT_WEEKDAY}{_DAY}(?:\s+of)?\s+{_call('month')}"
               rf"|{_call('month')}\s+{_DAY}(?:,?\s+{_YEAR})?{_NIGHT_DAYS_JOIN}{_call('month')}\s+{_DAY})(?:,?\s+{_YEAR})?")
_NIGHT = (rf"{_NIGHT_OF}(?:{_NIGHT_DAYS}|{_OVERNIGHT_PAIRS}"
          rf"|(?<=\bof\s+)(?:{_WEEKDAY_DATE}|{_call('day_month')}|{_DAY_OF_MONTH}|{_WEEKDAY}){_NOT_ON_THE_CLOCK})"
          # (after the pattern's own "night of", a word in "-day" or a digit or a month first: the
          # look back costs more, and is seldom needed)
          rf"|(?=\w+day\b){_AFTER_NIGHT_OF}(?:{_OVERNIGHT_PAIRS})"
          rf"|(?=\d|\p{{L}}+\.?\s+\d){_AFTER_NIGHT_OF}{_NIGHT_DAYS}")
# "the morning of Aug. 8th", "the afternoon of Monday", "the evening of the 12th": a part of one
# day is that day, read by the date itself as "the night of" is; so is an hour named in words,
# "midday Friday", "noon on Friday", as wire copy writes them, and "midnight Friday", which is
# Friday as "Friday night" is (the midnight that ends it).
HOURS_IN_WORDS = ("midday", "noon", "midnight")
_DAYTIME_OF = (r"(?:(?:the\s+)?(?:morning|afternoon|evening)\s+of"
               rf"|(?:{alternation(HOURS_IN_WORDS)})(?:\s+on)?)\s+")
_ONE_DAY = rf"(?:{_WEEKDAY_DATE}|{_call('day_month')}|{_DAY_OF_MONTH}|{_WEEKDAY}){_NOT_ON_THE_CLOCK}"
_DAYTIME = rf"{_DAYTIME_OF}{_ONE_DAY}"
# "early on Friday", "late on Thursday", "early on the morning of June 3": that day, as "on
# Friday" and wire style's "early Friday" are. (No date opens with "on", so "(?:on )?{date}" still
# matches by parts: see rules._optional_at_end.)
_EARLY_OR_LATE_ON = r"(?:early|late)\s+on\s+"
# "Q3 2020", "Q3 of 2020", "Q3'20", "the third quarter of 2020", "fourth-quarter", "the final quarter"
QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
# Not a quarter-final, "Q1-Q3", a fiscal year ("Q1 FY24", "Q4 of 2019-20").
_QUARTER = (rf"(?:Q[1-4](?:['’]\d\d\b|(?:,?\s+(?:of\s+)?|-){_YEAR})?"
            rf"|(?:the\s+)?(?:{'|'.join(QUARTER_ORDINALS)})(?:\s+|-)quarter\b(?:,?\s+(?:of\s+)?{_YEAR})?)"
            rf"(?![\w‑]|-\w|\s*[-–/]\s*(?:Q\d|\d)|,?\s+(?:of\s+)?\d{{4}}\s*[-–/]\s*\d|\s+(?:FY\d*|fiscal)\b)")
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)\b"
# "nearly two weeks ago", "about a month ago": the days as far back as the hedge reaches (see
# _hedged_ago); "just two weeks ago" is two weeks ago. (Not "more than", which names no far end;
# and a few hedges only, as the date grammar's opening test looks for them at every word.)
AGO_HEDGES = {w: PREFIX_QUALIFIERS[w] for w in ("nearly", "almost", "just under", "about", "around", "roughly", "some",
                                                  "approximately", "just", "only")}
_AGO_HEDGE = alternation(AGO_HEDGES)
# "the end of last month" is "late last month", "the beginning of this year" "early this year"
EDGE_PARTS = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}
# (the word before is the pattern's: a date that opened with "in" would keep "(?:in )?{date}" from
# matching by parts, which is quicker)
_WITHIN_A_WEEK = r"(?<=\b(?:within|in|over)\s+)the\s+next\s+(?:seven\s+days|week)\b"
_RELATIVE = (
    rf"(?:(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)\b"
    rf"|(?:(?:early|late|earlier|later)\s+)?(?:yesterday|today|tomorrow)\b(?:\s+{_PART_OF_DAY})?|tonight"
    rf"|this\s+(?:morning|afternoon|evening)\b|last\s+night\b"
    # not "the last week of March" nor "the last week of the campaign", but "warned last week of a surge"
    # "within the next week", "in the next week": the seven days from publication, not the calendar week
    rf"|{_WITHIN_A_WEEK}"
    rf"|(?:last|this|next)\s+{_PERIOD}(?!(?<=\bthe\s+(?:last|this|next)\s+\w+)\s+of\b)|past\s+{_PERIOD}"
    rf"|(?:last|this|next)\s+{_BARE_MONTH}"  # "last November"
    # "late last month", "early this year", "the end of last month"
    rf"|(?:{_PART_OF}|the\s+(?:{'|'.join(EDGE_PARTS)})\s+of\s+)(?:last|this|next)\s+(?:month|year)\b"
    # "a week ago Friday": the Friday a week before the latest one
    rf"|(?:{_call('number')}|an?)\s+weeks?\s+ago\s+{_WEEKDAY}"
    rf"|earlier\s+this\s+(?:week|month|year)\b|later\s+this\s+(?:week|month|year)\b"
    rf"|{_WEEKDAY}\s+(?:of\s+)?(?:last|this|next)\s+week\b"  # "on Friday last week"
    # "early Tuesday", wire style; not "a Friday", any Friday ("on March 10, a Friday,")
    rf"|(?:(?:last|this|next|early|late)\s+|(?<!\ba\s+)){_WEEKDAY}"
    # "underwent a medical over the weekend", "over the weekend of protests"; not "the weekend of
    # 7-8 March" nor "the weekend of the election", an event's
    rf"|the\s+weekend\b(?!\s+of\s+(?:\d|{_MONTH}|(?:the|a|an|his|her|its|their|our)\b))"
    rf"|(?:(?:{_AGO_HEDGE})\s+)?(?:{_call('number')}|an?)\s+(?:days?|weeks?|fortnights?|months?|years?)\s+ago\b)"
)
# "that Friday" refers back to a day the article named before ("On March 10, ... that Friday"),
# not to the latest Friday: see _read_that_weekday.
_THAT_WEEKDAY = rf"that\s+{_WEEKDAY}"
_OF_A_NAMED_YEAR = r"(?:\s+of)?\s+(?:last|this|next)\s+year\b"  # "June next year", "June 30 of last year"
_DATE_FIRST = _first_words(MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS, WEEKDAY_ABBREVIATIONS, UNITS, TENS,
                           ("yesterday", "today", "tomorrow", "tonight", "last", "this", "next", "past", "earlier",
                            "later", "early", "mid", "late", "a", "an", "q1", "q2", "q3", "q4", "day"),
                           # "the", "first", "from" and "between" are everywhere: the guard asks for what follows them
                            also=rf"{_NIGHT_OF}|{_DAYTIME_OF}|the\s+\d|the\s+day\s+(?:before|after)\s|the\s+(?:{'|'.join(EDGE_PARTS)})\s+of\s+(?:last|this|next)\s|the\s+(?:(?:{'|'.join(WEEK_ORDINALS)})\s+)?week|(?:the\s+)?(?:{'|'.join(QUARTER_ORDINALS)})[\s-]+quarter"
                                rf"|that\s+(?:{'|'.join(WEEKDAYS)})\b"
                                rf"|the\s+next\s+(?:seven|week)"
                                rf"|(?:from|between)\s+(?:\d|the\s|early|mid|late|{'|'.join(m[:3] for m in MONTHS)})"
                                # a hedge is everywhere too: only before a time "ago"
                                rf"|(?:{_AGO_HEDGE})\s+(?:[\w-]+\s+){{1,4}}?ago\b")
DATE = _defining(
    rf"{_DATE_FIRST}"
    rf"(?:(?<!\w)(?:{_NIGHT}|{_DAYTIME})"
    rf"|(?<!\w){_EARLY_OR_LATE_ON}(?:{_DAYTIME}|{_ONE_DAY})"
    rf"|(?<![\w-]){_ISO}"
    rf"|(?<!(?<![.…])\.|[\w/,-])(?!24/7\b){_NUMERIC_DATE}"  # "24/7" is round the clock
    rf"|(?<!\w)(?:{_DATE_RANGE})"
    rf"|(?<!\w){_call('day_month')}(?:{_OF_A_NAMED_YEAR}|{_NOT_ON_THE_CLOCK})"
    rf"|(?<!\w){_DAY_OF_MONTH}"
    rf"|(?<!\w){_WEEKDAY_DATE}{_NOT_ON_THE_CLOCK}"
    rf"|(?<!\w)(?:{_PART_OF})?(?:{_call('month')}|{_BARE_MONTH}),?\s+{_YEAR}"
    rf"|(?<!\w)(?:{_PART_OF}){_call('month')}(?:{_OF_A_NAMED_YEAR})?"
    rf"|(?<![\w\-–/]){_QUARTER}"  # not the Q3 of "Q1-Q3"
    rf"|(?<!\w){_WEEK_OF}"
    rf"|(?<!\w){_THAT_WEEKDAY}"
    rf"|\b{_RELATIVE}"
    rf"|(?<!\w){_BARE_MONTH}(?:{_OF_A_NAMED_YEAR}|(?!\s+\d))"
    rf"|(?<!(?<![.…])\.|[\w,$£€/-])(?:{_PART_OF})?{_NOT_A_CLOCK_TIME}{_YEAR}(?![\w%-]|[.,]\d|\s*-?\s*years?\b))",
    **_DATE_PARTS)


SENTENCE_DATE = "the sentence's date"  # Published.anchor of the day a time's sentence names
NAMED_BEFORE = "the day named before"  # Published.anchor of the day "that Friday" refers back to
SENTENCE_BEFORE_DATE = "the date the sentence before names"  # Published.anchor: see extract._day_of_the_time
DAYS_NAMED = (SENTENCE_DATE, NAMED_BEFORE, SENTENCE_BEFORE_DATE)  # anchors the text names, not publication


@dataclass(frozen=True)
class Published:
    """A source's publication date, which anchors "last year", "on Friday" and year-less dates."""

    day: date | None
    estimated: bool = False
    # How the source writes a numeric date both of whose numbers could be the month
    # ("08/04/2025"): True day first, False month first, None not said (such a date is not read).
    day_first: bool | None = None
    # what the day is: "published", "in an entry dated" on a live page, or SENTENCE_DATE, the day a
    # time's sentence names (see extract._day_of_the_time), or NAMED_BEFORE, the day the article
    # named before "that Friday" (see extract._day_named_before), or SENTENCE_BEFORE_DATE
    anchor: str = "published"

    def note(self) -> str:
        return f"{self.anchor} {self.day.isoformat()}{' (estimated)' if self.estimated else ''}"


class Tense(NamedTuple):
    """The word that puts a date's clause in a tense: "will" (the future), "discovered" (the past)."""

    word: str
    future: bool

    def note(self) -> str:
        return (f"{self.word!r} puts it in the future tense: on or after publication" if self.future
                else f"{self.word!r} puts it in the past tense: on or before publication")


def parse_date(text: str, published: Published | None = None, tense: Tense | None = None) -> Value:
    """Read a date placeholder's text into a day, week, month or year interval.

    A missing year, and every relative expression, is resolved against `published`;
    without it the value is returned unresolved, saying why. `tense` is the word that puts
    the date's clause in a tense (see reads_by_tense): a bare weekday looks forward in the
    future tense, and a date without its year is the one on or before publication in the past
    tense, on or after it in the future tense, and otherwise the nearest.
    """
    published = published or Published(None)
    folded = _fold(text)
    lower = _re(rf"^(?:{_EARLY_OR_LATE_ON}|on\s+)").sub("", folded.lower())
    night = _re(_NIGHT_OF).match(lower)  # "the night of 29/30 July", "the night of Nov. 4"
    lower = lower[night.end():] if night else lower
    daytime = None if night else _re(_DAYTIME_OF).match(lower)  # "the morning of Aug. 8th"
    lower = lower[daytime.end():] if daytime else lower
    # A night's days are read here, once: where they are written as a night's but are none, the
    # text is no date at all ("the night of 13 and 15 June").
    night_days = _read_night_days(lower, published) if night else None
    if night and night_days is None and _written_as_night_days(lower):
        raise ValueError(f"not a night: {text!r}")
    by_tense = (partial(_read_weekday_date, tense=tense), partial(_read_week_of, tense=tense),
                partial(_read_day, tense=tense), partial(_read_day_of_month, tense=tense), partial(_read_month, tense=tense),
                partial(_read_quarter, tense=tense), partial(_read_overnight, tense=tense),
                partial(_read_relative, tense=tense)) if tense else (
                _read_weekday_date, _read_week_of, _read_day, _read_day_of_month, _read_month, _read_quarter,
                _read_overnight, _read_relative)
    weekday_date, week_of, day, day_of_month, month, quarter, overnight, relative = by_tense
    night_reader = (lambda *_: night_days) if night else _read_night_days
    for reader in (_read_iso, _read_numeric, night_reader, weekday_date, _read_range, week_of,
                   day, day_of_month, month, quarter, _read_year, overnight, _read_last_weekday, _read_that_weekday,
                   relative):
        value = reader(lower, published)
        if value is not None:
            if night and value.precision == "day":
                value = _with_steps(value, (*value.steps, _ONE_NIGHT))
            elif daytime:
                value = _with_steps(value, (*value.steps, _daytime_step(daytime[0])))
            anchored, notes = _ANCHORED in value.steps, tuple(s for s in value.steps if s != _ANCHORED)
            if not value.resolved:
                return _with_steps(value, (f"{text!r} → unresolved: {notes[0]}",))
            return _with_steps(value, (f"{text!r}" + (f", {published.note()}" if published.day and anchored else "")
                                       + f" → {value.display()}", *(f"{text!r}: {note}" for note in notes)))
    raise ValueError(f"not a date: {text!r}")


_ONE_NIGHT = "the night of a day is read as that day, whose evening it opens"
_A_NIGHT = "a night, from the evening of one day to the morning of the next"


def _daytime_step(written: str) -> str:
    """What a date's part of a day or hour in words says: "the morning of a day is read as that day"."""
    part = _re(rf"morning|afternoon|evening|{alternation(HOURS_IN_WORDS)}").search(written)[0]
    if part == "midnight":
        return "midnight is read as the day named with it, as that day's night is"
    return f"{part} on a day is read as that day" if part in HOURS_IN_WORDS else f"the {part} of a day is read as that day"


_NIGHT_DAYS_READER = (rf"(?:(?P<m>[a-z]+\.?)\s+)?(?P<a>\d{{1,2}})(?:st|nd|rd|th)?{_NIGHT_DAYS_JOIN}"
                      rf"(?P<b>\d{{1,2}})(?:st|nd|rd|th)?(?:(?:\s+of)?\s+(?P<m2>[a-z]+\.?))?(?P<year>,?\s+\d{{4}})?")


_A_DAY_OF_A_MONTH = r"(?:[a-z]+\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+[a-z]+\.?)"
_NIGHT_ACROSS_READER = (rf"(?P<first>{_A_DAY_OF_A_MONTH}(?:,?\s+\d{{4}})?){_NIGHT_DAYS_JOIN}"
                        rf"(?P<second>{_A_DAY_OF_A_MONTH}(?:,?\s+\d{{4}})?)")


_WEEKDAY_BEFORE_A_DAY = rf"\b(?P<weekday>{alternation([*WEEKDAYS, *WEEKDAY_ABBREVIATIONS])})\.?,?\s+(?=\d)"


def _without_weekdays(lower: str) -> tuple[str, tuple[int, ...]]:
    """A night's days without the weekdays written before them ("friday 8 to saturday 9
    september"), and those weekdays (Monday 0)."""
    named = tuple(WEEKDAYS.get(w, WEEKDAY_ABBREVIATIONS.get(w)) for w in _re(_WEEKDAY_BEFORE_A_DAY).findall(lower))
    return _re(_WEEKDAY_BEFORE_A_DAY).sub("", lower), named


def _written_as_night_days(lower: str) -> bool:
    """Two days written as a night's are ("13 and 15 June", "Friday 8 to Saturday 9 September"),
    whether or not they are one night's."""
    days = _without_weekdays(lower)[0]
    return bool(_re(_NIGHT_DAYS_READER).fullmatch(days) or _re(_NIGHT_ACROSS_READER).fullmatch(days))


def _read_night_days(lower: str, published: Published) -> Value | None:
    """"29/30 July", "July 29 and 30", "13 to 14 June", "31 July/1 August", "Friday 8 to Saturday
    9 September" (of a night): the two days, where the second is the day after the first (see
    _NIGHT_DAYS); weekdays written before them check them, as a weekday before a date does."""
    lower, weekdays = _without_weekdays(lower)
    value = _night_days(lower, published)
    if value is None or not weekdays or not value.resolved:
        return value
    written = (value.low, value.high) if len(weekdays) == 2 else (value.low,)
    wrong = [(w, day) for w, day in zip(weekdays, written) if day.weekday() != w]
    if not wrong:
        return value
    doubt = "; ".join(f"the weekday says {calendar.day_name[w]}, but {day.day} {day:%B %Y} is a "
                      f"{calendar.day_name[day.weekday()]}" for w, day in wrong)
    return replace(value, steps=(*value.steps, f"{doubt}: the dates are read"), doubt=doubt)


def _night_days(lower: str, published: Published) -> Value | None:
    found = _re(_NIGHT_DAYS_READER).fullmatch(lower)
    if found:
        if (found["m"] is None) == (found["m2"] is None) or int(found["b"]) != int(found["a"]) + 1:
            return None
        value = _read_range(f"{found['a']}-{found['b']} {found['m'] or found['m2']}{found['year'] or ''}", published)
    else:
        across = _re(_NIGHT_ACROSS_READER).fullmatch(lower)
        value = across and _read_range(f"{across['first']} - {across['second']}", published)
        if not value or value.resolved and value.high != value.low + timedelta(days=1):
            return None
    return value and _with_steps(value, (*value.steps, _A_NIGHT))


def day_written(text: str, published: Published | None = None) -> date | None:
    """The one day `text` writes ("9 April 2025", "Thursday 13 March" counted from `published`),
    or None where it writes no day, or none that is ("July 33")."""
    try:
        value = parse_date(text, published)
    except ValueError:
        return None
    return value.low if value.resolved and value.precision == "day" and value.low == value.high else None


_ANCHORED = "anchored"  # a reader's mark: the value was counted from the publication date


def _date_value(low: date, high: date, precision: str, needs_anchor: bool = False) -> Value:
    return Value("date", low, high, precision=precision, steps=(_ANCHORED,) if needs_anchor else ())


def _unresolved(precision: str, why: str) -> Value:
    return Value("date", None, None, precision=precision, resolved=False, steps=(why,))


_NO_ANCHOR = "the source has no publication date"


def _month_number(word: str) -> int:
    word = word.rstrip(".")
    number = MONTHS.get(word) or MONTH_ABBREVIATIONS.get(word)
    if number is None:
        raise ValueError(f"not a month: {word!r}")
    return number


def _nearest_year(month: int, day: int, published: date) -> int:
    """A year-less date belongs to the year that puts it nearest the publication date."""
    def distance(year):
        try:
            return abs((date(year, month, day) - published).days)
        except ValueError:
            return math.inf
    return min((published.year - 1, published.year, published.year + 1), key=distance)


def _year_by_tense(span_in, published: date, tense: Tense | None, nearest: int) -> int:
    """The year of a year-less day, month or quarter (`span_in(year)` gives its first and last
    day, or None where the year has no such day): in the past tense the latest that has begun
    by publication ("discovered the intrusion on March 11" in November is this year's March),
    in the future tense the first that has not ended by then, else `nearest`."""
    if tense is None:
        return nearest
    spans = [(year, span) for year in (published.year - 1, published.year, published.year + 1)
             if (span := span_in(year)) is not None]
    if tense.future:
        return next((year for year, (_, last) in spans if last >= published), nearest)
    return next((year for year, (first, _) in reversed(spans) if first <= published), nearest)


def _one_day(month: int, day: int):
    """span_in for a day of a month: None in a year without it (29 February)."""
    def span_in(year):
        try:
            return (date(year, month, day),) * 2
        except ValueError:
            return None
    return span_in


def _day_of(month: int, day: int, year: int | None, published: Published, tense: Tense | None = None) -> date | None:
    if year is None:
        if published.day is None:
            return None
        year = _year_by_tense(_one_day(month, day), published.day, tense,
                              _nearest_year(month, day, published.day))
    return date(year, month, day)


def _read_iso(lower: str, published: Published) -> Value | None:
    if _re(_ISO).fullmatch(lower):
        day = date.fromisoformat(lower)
        return _date_value(day, day, "day")
    return None


# Why "08/04/2025" is not read where the source does not say how it writes dates.
EITHER_WAY_ROUND = 'day and month could be either way round: give the source numeric_dates = "day first" or "month first"'


def _read_numeric(lower: str, published: Published) -> Value | None:
    """"14/09", "14/09/2025", "14.09.2025", "14-09-2025", "09/14/2025", "2025/09/14": the number over 12 is
    the day; when neither is ("08/04/2025"), the source's `numeric_dates` says which is, and
    without it the date is ambiguous and not read."""
    found = (_re(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})").fullmatch(lower)
             or _re(r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|(?<=/\d*)\d\d))?").fullmatch(lower)
             or _re(r"(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{4})").fullmatch(lower))  # "06-03-2025": never without its year
    if not found:
        return None
    if "m" in found.groupdict():
        month, day = int(found["m"]), int(found["d"])
    else:
        a, b = int(found["a"]), int(found["b"])
        if a > 12 and b > 12 or a <= 12 and b <= 12 and not found["y"] and published.day_first is None:
            raise ValueError(f"an ambiguous numeric date: {lower!r}")  # "3/10", a score as often
        if a <= 12 and b <= 12 and a != b and published.day_first is None:  # "08/04/2025": said, so not silent
            return replace(_unresolved("day", EITHER_WAY_ROUND), doubt=EITHER_WAY_ROUND)
        day_first = a > 12 if (a > 12) != (b > 12) else bool(published.day_first)
        day, month = (a, b) if day_first else (b, a)
    year = _full_year(found["y"], published) if found["y"] else None
    try:
        when = _day_of(month, day, year, published)
    except ValueError:
        raise ValueError(f"not a date: {lower!r}") from None
    if when is None:
        return _unresolved("day", f"no year given and {_NO_ANCHOR}")
    return _date_value(when, when, "day", needs_anchor=year is None)


def _full_year(written: str, published: Published) -> int:
    """A year of four digits, or of two ("03/10/23"): the one of that century nearest publication,
    or of this century without a publication date."""
    if len(written) == 4:
        return int(written)
    around = published.day.year if published.day else 2000 + int(written)
    return min((century + int(written) for century in (1900, 2000, 2100)), key=lambda year: abs(year - around))


_DAY_NUMBER = r"(?P<{}>\d{{1,2}})(?:st|nd|rd|th)?"
_MONTH_WORD = r"(?P<{}>[a-z]+\.?)"
_YEAR_OR_RELATIVE = r"(?:,?\s+(?P<y>\d{4})|(?:\s+of)?\s+(?P<rel>last|this|next)\s+year)?"  # "June 30 next year"
_MONTH_DAY = rf"{_MONTH_WORD.format('m')}\s+(?:the\s+)?{_DAY_NUMBER.format('d')}{_YEAR_OR_RELATIVE}"
_DAY_MONTH = rf"(?:the\s+)?{_DAY_NUMBER.format('d')}(?:\s+of)?\s+{_MONTH_WORD.format('m')}{_YEAR_OR_RELATIVE}"


def _read_day(lower: str, published: Published, tense: Tense | None = None) -> Value | None:
    found = _re(_MONTH_DAY).fullmatch(lower) or _re(_DAY_MONTH).fullmatch(lower)
    if not found or found["m"].rstrip(".") not in _MONTH_WORDS:
        return None  # "the 12th" is a day of the month alone
    month, day = _month_number(found["m"]), int(found["d"])
    year = int(found["y"]) if found["y"] else None
    if year is None and found["rel"] and published.day:  # "June 30 next year"
        year = published.day.year + _STEP[found["rel"]]
    when = _day_of(month, day, year, published, tense)
    if when is None:
        return _unresolved("day", f"no year given and {_NO_ANCHOR}")
    return _tensed(_date_value(when, when, "day", needs_anchor=not found["y"]), tense if year is None else None)


def _tensed(value: Value, tense: Tense | None) -> Value:
    """The value, its steps naming the word whose tense placed it."""
    return _with_steps(value, (*value.steps, tense.note())) if tense else value


_STEP = {"last": -1, "this": 0, "next": 1}  # a year, month or week back or on: "last year", "the 23rd of last month"


def _read_day_of_month(lower: str, published: Published, tense: Tense | None = None) -> Value | None:
    """"the 12th": the 12th of the month that puts it nearest the publication date (the
    earlier one on a tie), as a year-less date takes the nearest year; in the past tense the
    latest on or before publication, in the future tense the first on or after it. "The 23rd
    of last month": the 23rd of the month before publication's."""
    found = _re(r"the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?P<which>last|this|next)\s+month)?").fullmatch(lower)
    if not found:
        return None
    if published.day is None:
        return _unresolved("day", f"no month given and {_NO_ANCHOR}")
    day, anchor = int(found["d"]), published.day
    if found["which"]:
        year, month = _month_shifted(anchor, _STEP[found["which"]])
        if day > calendar.monthrange(year, month)[1]:
            raise ValueError(f"not a date: {lower!r}")  # "the 31st of last month" in a 30-day month
        return _date_value(date(year, month, day), date(year, month, day), "day", needs_anchor=True)
    candidates = []
    for step in (-1, 0, 1):
        year, month = _month_shifted(anchor, step)
        if day <= calendar.monthrange(year, month)[1]:
            candidates.append(date(year, month, day))
    fitting = [d for d in candidates if tense is None or (d >= anchor if tense.future else d <= anchor)]
    when = min(fitting or candidates, key=lambda d: (abs((d - anchor).days), d))
    return _tensed(_date_value(when, when, "day", needs_anchor=True), tense)


def _read_weekday_date(lower: str, published: Published, tense: Tense | None = None) -> Value | None:
    """"Tuesday 3 March", "Tue, March 3rd, 2026", "Tuesday (March 3)", "Wednesday's deadline
    day, June 7th": the date decides; a
    weekday that does not fit it is noted in the steps, never silently followed. A date without
    its year takes the year its clause's tense gives it, as it does without the weekday; where
    no word has a tense, the weekday decides between the years next to publication (news names
    a weekday to say which day it means). Where the weekday still does not fit, the date is read
    and doubted. "Friday the 13th": see _weekday_of_the_month."""
    found = _re(rf"(?:(?P<which>early|late|last|this|next)\s+)?(?P<weekday>[a-z]+)(?:{_WEEKDAYS_EVENT})?\.?,?\s*"
                r"(?:\((?P<inner>[^()]+)\)|(?P<date>\S.*))").fullmatch(lower)
    if not found:
        return None
    named = WEEKDAYS.get(found["weekday"], WEEKDAY_ABBREVIATIONS.get(found["weekday"]))
    if named is None:
        return None
    ordinal = _re(r"(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)").fullmatch(found["date"] or "")
    if ordinal:
        return _weekday_of_the_month(named, int(ordinal["d"]), found["which"], published, tense)
    value = _read_day((found["inner"] or found["date"]).strip(), published, tense)
    if value is None or not value.resolved or value.low.weekday() == named:
        return value
    said, actual = calendar.day_name[named], calendar.day_name[value.low.weekday()]
    # (not after "last" or "next": "last Thursday, 22 January", a year off, is a slip in the day)
    if tense is None and _ANCHORED in value.steps and not found["which"]:
        fits = _year_the_weekday_fits(named, value.low, published)
        if fits is not None:
            return _with_steps(_date_value(fits, fits, "day", needs_anchor=True),
                               (_ANCHORED, f"no word near it has a tense, and {fits.day} {fits:%B %Y} is a {said}, "
                                           f"as the weekday says: that year is read"))
    doubt = f"the weekday says {said}, but {value.low.day} {value.low:%B %Y} is a {actual}"
    return replace(value, steps=(*value.steps, f"{doubt}: the date is read"), doubt=doubt)


def _year_the_weekday_fits(weekday: int, day: date, published: Published) -> date | None:
    """The day and month of `day` in the year before, of or after publication where it falls on
    `weekday` (in three years running it falls on three weekdays: at most one fits)."""
    for year in (published.day.year - 1, published.day.year, published.day.year + 1):
        try:
            when = date(year, day.month, day.day)
        except ValueError:  # 29 February
            continue
        if when.weekday() == weekday:
            return when
    return None


MONTHS_SEARCHED = 48  # how far either way "Friday the 31st" is looked for: it may be years off


def _weekday_of_the_month(weekday: int, day: int, which: str | None, published: Published,
                          tense: Tense | None) -> Value | None:
    """"Friday the 13th": the 13th of the month, nearest publication, whose 13th is a Friday,
    looking back as a bare weekday does ("the strike began Friday the 13th"), forward after
    "next" or in the future tense ("the vote will be held on Friday the 13th")."""
    if published.day is None:
        return _unresolved("day", f"no month given and {_NO_ANCHOR}")
    ahead = which == "next" or (which != "last" and tense is not None and tense.future)
    when = _nth_falling_on(weekday, day, published.day, ahead)
    if when is None:
        return None
    where = f"the {'first on or after' if ahead else 'latest on or before'} publication"
    value = _with_steps(_date_value(when, when, "day", needs_anchor=True),
                        (_ANCHORED, f"the {day}{_ordinal_suffix(day)} that is a {calendar.day_name[weekday]}, {where}"))
    return value if which else _with_steps(value, (*value.steps, tense.note() if tense else _NO_TENSE))


def _nth_falling_on(weekday: int, day: int, anchor: date, ahead: bool) -> date | None:
    """The `day` of a month that falls on `weekday`, the first on or after `anchor` or the latest
    on or before it (None within MONTHS_SEARCHED)."""
    for step in range(0, MONTHS_SEARCHED + 1) if ahead else range(0, -MONTHS_SEARCHED - 1, -1):
        year, month = _month_shifted(anchor, step)
        if day <= calendar.monthrange(year, month)[1]:
            when = date(year, month, day)
            if when.weekday() == weekday and (when >= anchor if ahead else when <= anchor):
                return when
    return None


def _ordinal_suffix(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _range_end(side: str) -> str:
    """One end of a range, as _DATE_RANGE finds it: a month ("mid-april"), a day of a month
    ("april 28, 2025", "the 28th of april") or a day alone, whose month the other end names."""
    year = rf"(?:,?\s+(?P<{side}_y>\d{{4}}))?"
    day, month = _DAY_NUMBER.format(f"{side}_d"), _MONTH_WORD.format(f"{side}_m")
    return (rf"(?:(?P<{side}_part>early|mid|late)(?:\s*-\s*|\s+))?{month}{year}"
            rf"|{month}\s+(?:the\s+)?{day}{year}"
            rf"|(?:the\s+)?{day}(?:(?:\s+of)?\s+{month})?{year}")


_RANGE_READER = (rf"(?:from\s+|between\s+)?(?:{_range_end('a')}),?(?:{_DASH}|\s+and\s+)"
                 rf"(?:{_range_end('b')})")


class _End(NamedTuple):
    """An end of a range as written: its month (or None, where the other end names it), its
    day (None for a whole month or a part of one), "early", "mid" or "late", and its year."""

    month: int | None
    day: int | None
    part: str | None
    year: int | None

    def days(self, year: int) -> tuple[date, date]:
        """The first and last day it names in `year`."""
        if self.day is not None:
            return (date(year, self.month, self.day),) * 2
        return _part_of(self.part, *_month_of(year, self.month))


def _end_of(found, side: str) -> _End | None:
    month = found[f"{side}_m"]
    if month is not None and month.rstrip(".") not in _MONTH_WORDS:
        return None
    return _End(month and _month_number(month), found[f"{side}_d"] and int(found[f"{side}_d"]),
                found[f"{side}_part"], found[f"{side}_y"] and int(found[f"{side}_y"]))


def _read_range(lower: str, published: Published) -> Value | None:
    """"April 28 – May 12, 2025", "from 28 to 30 April", "between December 28, 2024 and January
    3, 2025", "from mid-April to late May": from the first day of its first end to the last of
    its second. A month or a year written at one end serves both: the year written after the
    second is the first's too, a year earlier where the range crosses New Year."""
    found = _re(_RANGE_READER).fullmatch(lower)
    if not found:
        return None
    first, last = _end_of(found, "a"), _end_of(found, "b")
    if first is None or last is None or first.month is None and last.month is None:
        return None
    first, last = first._replace(month=first.month or last.month), last._replace(month=last.month or first.month)
    crosses = first.month > last.month  # "December 28 – January 3": into the next year
    if last.year is None and first.year is not None:
        last = last._replace(year=first.year + crosses)
    if last.year is None:
        if published.day is None:
            return _unresolved("range", f"no year given and {_NO_ANCHOR}")
        nearest = (_nearest_year(last.month, last.day, published.day) if last.day
                   else _nearest_year(last.month, 15, published.day))
        last = last._replace(year=nearest)
    year = first.year if first.year is not None else last.year - crosses
    start, end = first.days(year)[0], last.days(last.year)[1]
    if start > end:
        return None  # "May 12 – April 28, 2025" names no range
    span = (end - start).days + 1
    precision = "week" if span == 7 else "month" if start.day == 1 and (end + timedelta(1)).day == 1 and start.month == end.month else "range"
    return _date_value(start, end, precision, needs_anchor=found["a_y"] is None and found["b_y"] is None)


def _read_week_of(lower: str, published: Published, tense: Tense | None = None) -> Value | None:
    """"the first week of March", "the last weekend of May", "the week of March 3", "the weekend
    of March 7" (see _nth_of_month and _week_holding); "the weekend of 7–8 March" is its range."""
    found = _re(rf"the\s+(?:(?P<nth>{'|'.join(WEEK_ORDINALS)})\s+)?(?P<unit>week|weekend)\s+of\s+(?P<what>.+)").fullmatch(lower)
    if not found:
        return None
    unit, nth = found["unit"], WEEK_ORDINALS.get(found["nth"])
    if nth is None and (days := _read_range(found["what"], published)) is not None:
        return days
    read = (_read_month if nth else _read_day)(found["what"], published, tense)
    precision = "week" if unit == "week" else "range"
    if read is None or not read.resolved:
        return read and replace(read, precision=precision)
    low, high = _nth_of_month(nth, unit, read.low, read.high) if nth else _week_holding(read.low, unit)
    return Value("date", low, high, precision=precision, steps=read.steps)


def _nth_of_month(nth: int, unit: str, first: date, last: date) -> tuple[date, date]:
    """The `nth` week of a month (its 1st to 7th, 8th to 14th, …; the last, its last seven days)
    or weekend (its `nth` Saturday, or its last, and the Sunday after)."""
    if unit == "week":
        low = first + timedelta(7 * (nth - 1)) if nth > 0 else last - timedelta(6)
        return low, low + timedelta(6)
    saturday = first + timedelta((5 - first.weekday()) % 7 + 7 * (nth - 1)) if nth > 0 else (
        last - timedelta((last.weekday() - 5) % 7))
    return saturday, saturday + timedelta(1)


def _week_holding(day: date, unit: str) -> tuple[date, date]:
    """"The week of" a day: Monday to Sunday, or Sunday to Saturday from a Sunday (a week that
    opens on Sunday is named by it); "the weekend of" a day: that week's Saturday and Sunday."""
    monday = _week_of(day)[0]
    if unit == "weekend":
        return monday + timedelta(5), monday + timedelta(6)
    return (day, day + timedelta(6)) if day.weekday() == 6 else (monday, monday + timedelta(6))


def _read_month(lower: str, published: Published, tense: Tense | None = None) -> Value | None:
    """"March", "mid-March 2025", "March next year", "last November": a month without its year
    is placed as a year-less day is (see _year_by_tense); "last" and "next" name the one
    before or after the month of publication, whatever the tense."""
    found = _re(r"(?:(?P<which>last|this|next)\s+)?(?:(?P<part>early|mid|late)(?:\s*-\s*|\s+))?(?P<m>[a-z]+\.?)"
                r"(?:,?\s+(?P<y>\d{4})|(?:\s+of)?\s+(?P<rel>last|this|next)\s+year)?").fullmatch(lower)
    if not found or found["m"].rstrip(".") not in _MONTH_WORDS:
        return None
    month = _month_number(found["m"])
    if found["y"]:
        year = int(found["y"])
    elif published.day is None:
        return _unresolved("month", f"no year given and {_NO_ANCHOR}")
    elif found["rel"]:
        year = published.day.year + _STEP[found["rel"]]
    elif found["which"]:
        year = _year_of_named_month(month, found["which"], published.day)
    else:
        year = _year_by_tense(lambda y: _month_of(y, month), published.day, tense,
                              _nearest_year(month, 15, published.day))
    low, high = _part_of(found["part"], *_month_of(year, month))
    value = _date_value(low, high, "month", needs_anchor=not found["y"])
    if found["which"] == "last" and published.day and month < published.day.month:
        name = found["m"].capitalize()
        doubt = (f"'last {name}' in {published.day:%B %Y} may mean {name} {published.day.year}, which a writer"
                 f" more often calls 'this {name}' or 'in {name}'")
        value = replace(value, steps=(*value.steps, f"{doubt}: the year before is read"), doubt=doubt)
    return _tensed(value, tense if not (found["y"] or found["rel"] or found["which"]) else None)


def _year_of_named_month(month: int, which: str, published: date) -> int:
    """"last November": November of the year before publication, as an editor writes "this
    June" for the June of the year in hand, however far past ("last June", in an article of
    August 2023, is June 2022); "next June" the first after the month of publication; "this
    March" the publication year's."""
    if which == "this":
        return published.year
    if which == "last":
        return published.year - 1
    return published.year if month > published.month else published.year + 1


def _month_shifted(day: date, months: int) -> tuple[int, int]:
    """(year, month) of the month `months` after `day`'s (before it, when negative)."""
    year, index = divmod(day.year * 12 + day.month - 1 + months, 12)
    return year, index + 1


def _month_of(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _quarter_of(year: int, quarter: int) -> tuple[date, date]:
    return _month_of(year, 3 * quarter - 2)[0], _month_of(year, 3 * quarter)[1]


def _read_quarter(lower: str, published: Published, tense: Tense | None = None) -> Value | None:
    """"Q3 2020", "Q3'20", "the third quarter of 2020"; without a year, the one that puts the
    quarter nearest the publication date."""
    found = _re(rf"(?:q(?P<q>[1-4])|(?:the\s+)?(?P<ordinal>{'|'.join(QUARTER_ORDINALS)})(?:\s+|-)quarter)"
                rf"(?:['’](?P<yy>\d\d)|(?:,?\s+(?:of\s+)?|-)(?P<y>\d{{4}}))?").fullmatch(lower)
    if not found:
        return None
    quarter = int(found["q"]) if found["q"] else QUARTER_ORDINALS[found["ordinal"]]
    if found["y"] or found["yy"]:
        year = int(found["y"]) if found["y"] else (1900 if int(found["yy"]) >= 70 else 2000) + int(found["yy"])
    elif published.day is None:
        return _unresolved("quarter", f"no year given and {_NO_ANCHOR}")
    else:
        year = _year_by_tense(lambda y: _quarter_of(y, quarter), published.day, tense,
                              _nearest_year(3 * quarter - 1, 15, published.day))
    value = _date_value(*_quarter_of(year, quarter), "quarter", needs_anchor=not (found["y"] or found["yy"]))
    return _tensed(value, tense if not (found["y"] or found["yy"]) else None)


def _part_of(part: str | None, low: date, high: date) -> tuple[date, date]:
    """"early/mid/late" keep the first, middle or last third of a month or year, as a calendar
    cuts it: of a month the 1st–10th, 11th–20th and 21st to its end ("mid-April" is 11–20 April),
    of a year January–April, May–August and September–December ("mid-2021")."""
    if not part:
        return low, high
    if (low.year, low.month) == (high.year, high.month):
        cuts = (low, low.replace(day=10), low.replace(day=11), low.replace(day=20), low.replace(day=21), high)
    else:
        cuts = (low, date(low.year, 4, 30), date(low.year, 5, 1), date(low.year, 8, 31), date(low.year, 9, 1), high)
    index = {"early": 0, "mid": 1, "late": 2}[part]
    return cuts[2 * index], cuts[2 * index + 1]


def _read_year(lower: str, published: Published) -> Value | None:
    found = _re(r"(?:(?P<part>early|mid|late)(?:\s*-\s*|\s+))?(?P<y>\d{4})").fullmatch(lower)
    if not found:
        return None
    year = int(found["y"])
    low, high = _part_of(found["part"], date(year, 1, 1), date(year, 12, 31))
    return _date_value(low, high, "year")


def _week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(day.weekday())
    return monday, monday + timedelta(6)


def _read_relative(lower: str, published: Published, tense: Tense | None = None) -> Value | None:
    anchor = published.day
    ahead = tense.word if tense and tense.future else None
    hedged = _re(rf"(?P<reach>(?P<hedge>{_AGO_HEDGE})\s+.+?)\s+ago").fullmatch(lower)
    if hedged and AGO_HEDGES[hedged["hedge"]] == "exact":  # "just two weeks ago" is "two weeks ago"
        lower, hedged = lower[hedged.end("hedge"):].lstrip(), None
    reach = parse_duration(hedged["reach"]) if hedged else None
    shape = _hedged_ago(reach) if reach else _relative_shape(lower, ahead)
    if shape is None:
        return None
    precision, resolve = shape
    if anchor is None:
        return _unresolved(precision, f"relative date and {_NO_ANCHOR}")
    low, high = resolve(anchor)
    value = _date_value(low, high, precision, needs_anchor=True)
    if reach:
        return _with_steps(value, (*value.steps, f"{reach.display()} before publication: the days that far back"))
    if _BY_TENSE.fullmatch(lower) is None:
        return value
    return _with_steps(value, (*value.steps, tense.note() if tense else _NO_TENSE))


# Said of a bare weekday when no word near it has a tense.
_NO_TENSE = "no word near it has a tense: news reports what happened, so on or before publication"


def reads_by_tense(text: str) -> bool:
    """Does the tense of its clause say which way this date points? So it does for "on
    Friday", "early Tuesday" and "the weekend", which say neither "last" nor "next", and for a
    date without its year: "March 11", "the 12th", "in June", "the third quarter"."""
    return _BY_TENSE.fullmatch(text) is not None or is_yearless(text)


def is_yearless(text: str) -> bool:
    """A calendar date written without its year: "March 11", "the 12th", "in June", "Q3"."""
    return _YEARLESS.fullmatch(text) is not None


_BY_TENSE = regex.compile(rf"(?:{_EARLY_OR_LATE_ON}|on\s+)?(?:{_NIGHT_OF}|{_DAYTIME_OF})?(?:(?:early|late)\s+)?{_WEEKDAY}(?:{_OVERNIGHT_JOIN}{_WEEKDAY})?"
                          rf"|the\s+weekend",
                          regex.IGNORECASE)
_YEARLESS = regex.compile(rf"(?!.*(?:\d{{4}}|['’]\d\d\b|\b(?:last|this|next|past|year)\b))"
                          rf".*(?:\b{_MONTH}|\b\d{{1,2}}(?:st|nd|rd|th)\b|\bq[1-4]\b|\bquarter\b).*",
                          regex.IGNORECASE | regex.DOTALL)


def _relative_shape(lower: str, ahead: str | None = None):
    """(precision, function of the anchor day → (low, high)) for a relative expression."""
    one_day = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "this": 0, "last": -1}
    # "early today", "yesterday evening", "this morning", "last night" (the night before publication)
    day = _re(rf"(?:(?:early|late|earlier|later)\s+)?(?P<day>yesterday|today|tonight|tomorrow|this|last)"
              rf"(?:\s+{_PART_OF_DAY})?").fullmatch(lower)
    if day and (day["day"] not in ("this", "last") or lower.endswith(("morning", "afternoon", "evening", "night"))):
        return "day", lambda a: (a + timedelta(one_day[day["day"]]),) * 2
    if lower == "the weekend":  # the latest, or in the future tense the coming one: this week's when it is one
        return "range", lambda a: _period_shape("this" if ahead or a.weekday() >= 5 else "last", "weekend")[1](a)
    part = _re(rf"(?:(?P<part>early|mid|late)(?:\s*-\s*|\s+)|the\s+(?P<edge>{'|'.join(EDGE_PARTS)})\s+of\s+)"
               r"(?P<which>last|this|next)\s+(?P<unit>month|year)").fullmatch(lower)
    if part:  # "late last month": the last third of it, as "late October" is
        step = _STEP[part["which"]]
        third = part["part"] or EDGE_PARTS[part["edge"]]
        return part["unit"], lambda a: _part_of(third, *_period_of(part["unit"], a, step))
    if _re(r"the\s+next\s+(?:seven\s+days|week)").fullmatch(lower):
        return "range", lambda a: (a, a + timedelta(7))  # "within the next week": seven days on from publication
    period = _re(r"(?P<which>last|this|next|past|earlier this|later this)\s+(?P<unit>week|weekend|month|quarter|year)").fullmatch(lower)
    if period:
        return _period_shape(period["which"], period["unit"])
    in_week = _re(r"(?P<day>[a-z]+)\s+(?:of\s+)?(?P<which>last|this|next)\s+week").fullmatch(lower)
    if in_week and in_week["day"] in WEEKDAYS:  # "Friday last week": that day of the week named
        step = _STEP[in_week["which"]]
        return "day", lambda a: (_week_of(a + timedelta(7 * step))[0] + timedelta(WEEKDAYS[in_week["day"]]),) * 2
    weekday = _re(r"(?:(?P<which>this|next)\s+|(?:early|late)\s+)?(?P<day>[a-z]+)").fullmatch(lower)  # "last": _read_last_weekday
    if weekday and weekday["day"] in WEEKDAYS:
        which = weekday["which"] or ("coming" if ahead else None)
        return "day", lambda a: (_weekday_near(a, WEEKDAYS[weekday["day"]], which),) * 2
    weeks_before = _re(r"(?P<n>.+?)\s+weeks?\s+ago\s+(?P<day>[a-z]+)").fullmatch(lower)
    if weeks_before and weeks_before["day"] in WEEKDAYS:  # "a week ago Friday": a week before the latest Friday
        n = 1 if weeks_before["n"] in ("a", "an") else int(parse_number(weeks_before["n"]))
        return "day", lambda a: (_weekday_near(a, WEEKDAYS[weeks_before["day"]], None) - timedelta(7 * n),) * 2
    ago = _re(r"(?P<n>.+?)\s+(?P<unit>day|week|fortnight|month|year)s?\s+ago").fullmatch(lower)
    if ago:
        n = 1 if ago["n"] in ("a", "an") else int(parse_number(ago["n"]))
        if ago["unit"] == "fortnight":  # "a fortnight ago" is "two weeks ago"
            return _ago_shape(2 * n, "week")
        return _ago_shape(n, ago["unit"])
    two_days = _re(r"(?:the\s+)?day\s+(?P<which>before\s+yesterday|after\s+tomorrow)").fullmatch(lower)
    if two_days:  # "the day before yesterday": two days before publication
        step = -2 if two_days["which"].startswith("before") else 2
        return "day", lambda a: (a + timedelta(step),) * 2
    return None


def _read_last_weekday(lower: str, published: Published) -> Value | None:
    """"last Monday": the latest Monday before publication, strictly. Where that Monday is in the
    publication's own calendar week (Monday to Sunday), a writer may mean it or the one a week
    before, as "last Monday" in a Tuesday's article most often means the week before's (the day
    before is "yesterday"): both are read, either of two days, and the value is doubtful."""
    found = _re(r"last\s+(?P<day>[a-z]+)").fullmatch(lower)
    if not found or found["day"] not in WEEKDAYS:
        return None
    if published.day is None:
        return _unresolved("day", f"relative date and {_NO_ANCHOR}")
    latest = _weekday_near(published.day, WEEKDAYS[found["day"]], "last")
    if _week_of(latest) != _week_of(published.day):
        return _date_value(latest, latest, "day", needs_anchor=True)
    earlier, name = latest - timedelta(7), found["day"].capitalize()
    doubt = (f"written on a {published.day:%A}, 'last {name}' may mean {name} {latest.day} {latest:%B}, in that week, "
             f"or {name} {earlier.day} {earlier:%B}, the week before")
    value = replace(_date_value(earlier, latest, "range", needs_anchor=True), qualifier="either", doubt=doubt)
    return _with_steps(value, (*value.steps, f"{doubt}: either is read"))


# Words that name a day by referring back to one the article named before: "11:30 a.m. ET that
# Friday", "10 p.m. Eastern that night" (see extract._day_of_the_time).
REFERS_BACK = rf"\bthat\s+(?:{alternation(WEEKDAYS)}|day|night|morning|afternoon|evening)\b"


def refers_back(text: str) -> bool:
    """Is this date's text "that Friday", a day named before it (see _read_that_weekday)?"""
    return _re(_THAT_WEEKDAY).fullmatch(_fold(text).lower()) is not None


def _read_that_weekday(lower: str, published: Published) -> Value | None:
    """"that Friday": the day the article named before it, given as `published` with the anchor
    NAMED_BEFORE, where it is a Friday; else unresolved, never the latest Friday: an article of
    28 March that says "On March 10 ... that Friday" means 10 March, not 24 March."""
    found = _re(r"that\s+(?P<day>[a-z]+)").fullmatch(lower)
    if not found or found["day"] not in WEEKDAYS:
        return None
    said = found["day"].capitalize()
    if published.anchor != NAMED_BEFORE or published.day is None:
        return _unresolved("day", f"'that {said}' refers back to a day the article named before it, and it names none")
    named = published.day
    if named.weekday() != WEEKDAYS[found["day"]]:
        return _unresolved("day", f"'that {said}' refers back to the day named before it, "
                                  f"{named.day} {named:%B %Y}, a {named:%A}")
    return _date_value(named, named, "day", needs_anchor=True)


def _read_overnight(lower: str, published: Published, tense: Tense | None = None) -> Value | None:
    """"Tuesday to Wednesday", of a night: the first day as a bare weekday is read (see
    _weekday_near), and the day after it."""
    found = _re(rf"(?P<first>[a-z]+){_OVERNIGHT_JOIN}(?P<second>[a-z]+)").fullmatch(lower)
    if not found or found["first"] not in WEEKDAYS or found["second"] not in WEEKDAYS:
        return None
    if published.day is None:
        return _unresolved("range", f"relative date and {_NO_ANCHOR}")
    first = _weekday_near(published.day, WEEKDAYS[found["first"]], "coming" if tense and tense.future else None)
    value = _date_value(first, first + timedelta(1), "range", needs_anchor=True)
    return _with_steps(value, (*value.steps, _A_NIGHT, tense.note() if tense else _NO_TENSE))


def _hedged_ago(reach: Value):
    """"nearly two weeks" (ago): the days from the furthest back the hedged duration reaches to
    the nearest (12.6 to 14 days: from 14 days before publication to 12), as a day's hours are
    not known."""
    back = (_whole_up(reach.high), _whole_down(reach.low))
    return ("day" if back[0] == back[1] else "range"), lambda a: (a - timedelta(back[0]), a - timedelta(back[1]))


def _weekday_near(anchor: date, weekday: int, which: str | None) -> date:
    """A bare weekday in news copy is the latest such day on or before publication; in the
    future tense ("coming"), the first on or after it."""
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if which == "last":
        return anchor - timedelta(back or 7)
    if which == "next":
        return anchor + timedelta(forward or 7)
    if which == "coming":
        return anchor + timedelta(forward)
    if which == "this":
        return _week_of(anchor)[0] + timedelta(weekday)
    return anchor - timedelta(back)


def _period_of(unit: str, anchor: date, step: int) -> tuple[date, date]:
    """The calendar week (weekend, month, quarter, year) `step` of them after the one that holds `anchor`."""
    if unit in ("week", "weekend"):
        monday, sunday = _week_of(anchor + timedelta(7 * step))
        return (monday + timedelta(5), sunday) if unit == "weekend" else (monday, sunday)
    if unit == "month":
        return _month_of(*_month_shifted(anchor, step))
    if unit == "quarter":
        year, quarter = divmod(anchor.year * 4 + (anchor.month - 1) // 3 + step, 4)
        return _quarter_of(year, quarter + 1)
    return date(anchor.year + step, 1, 1), date(anchor.year + step, 12, 31)


def _period_shape(which: str, unit: str):
    precision = "day" if unit == "weekend" else unit
    if which == "past":
        length = {"week": 7, "weekend": 3, "month": 30, "quarter": 91, "year": 365}[unit]
        return precision, lambda a: (a - timedelta(length), a)
    if which == "earlier this":
        return precision, lambda a: (_period_of(unit, a, 0)[0], a)
    if which == "later this":
        return precision, lambda a: (a, _period_of(unit, a, 0)[1])
    step = _STEP[which]
    return ("range" if unit == "weekend" else precision), lambda a: _period_of(unit, a, step)


def _ago_shape(n: int, unit: str):
    if unit == "day":
        return "day", lambda a: (a - timedelta(n),) * 2
    if unit == "week":
        return "week", lambda a: _week_of(a - timedelta(7 * n))
    if unit == "month":
        return "month", lambda a: _month_of(*_month_shifted(a, -n))
    return "year", lambda a: (date(a.year - n, 1, 1), date(a.year - n, 12, 31))


def _display_date(value: Value) -> str:
    low, high = value.low, value.high
    if value.precision == "year" and low.month == 1 and low.day == 1 and high.month == 12 and high.day == 31 and low.year == high.year:
        return f"{low.year}"
    if value.precision == "month" and low.day == 1 and high == date(low.year, low.month, calendar.monthrange(low.year, low.month)[1]):
        return f"{low.year}-{low.month:02d}"
    if value.precision == "quarter" and (low, high) == _quarter_of(low.year, (low.month + 2) // 3):
        return f"{low.year}-Q{(low.month + 2) // 3}"
    if low == high:
        return low.isoformat()
    return f"{low.isoformat()}{' or ' if value.qualifier == 'either' else ' – '}{high.isoformat()}"


def _date_words(value: Value) -> str | None:
    """What a date's interval is, in words: "a month" for a whole month, "the middle of a
    month" for "mid-April", "part of a week" for "earlier this week", "a range of days" for
    "the past week" (eight days), as its precision alone would not say."""
    if value.qualifier == "either":
        return "either day, or any between when compared"
    words = PRECISION_WORDS.get(value.precision, value.precision)
    whole, days = _period_holding(value.precision, value.low), (value.low, value.high)
    if whole is None or days == whole or value.precision == "week" and (value.high - value.low).days == 6:
        return words  # (any seven days are a week: "July 27 – August 2")
    part = next((part for part in PART_WORDS if _part_of(part, *whole) == days), None)
    if part is not None:
        return PART_WORDS[part].format(words)
    return f"part of {words}" if whole[0] <= value.low and value.high <= whole[1] else PRECISION_WORDS["range"]


PART_WORDS = {"early": "early in {}", "mid": "the middle of {}", "late": "late in {}"}  # see _part_of


def _period_holding(precision: str | None, day: date) -> tuple[date, date] | None:
    """The calendar week, month, quarter or year that holds `day`, for a date of that precision."""
    return _period_of(precision, day, 0) if precision in ("week", "month", "quarter", "year") else None


# ---------------------------------------------------------------------------
# Times of day: "1:29 a.m.", "0117 GMT", "4pm EDT", "shortly after 2am", "around midnight"
#
# A time is a number of minutes since midnight. One written with a zone is held in UTC (unit
# "UTC"), its zone as written kept as its precision, so that it is shown as written ("01:29 EDT")
# and compared with any other zoned time; one without ("04:17 local time", "13:29") is in
# LOCAL_TIME, a unit of its own, compared only with others like it (no place's zone is guessed),
# unless the rule's `unit` names the zone its times are in (see in_zone).

MINUTES_A_DAY, HALF_A_DAY = 1440, 720
LOCAL_TIME = "local time"
ZONE_NAMES = {"eastern": "ET", "central": "CT", "mountain": "MT", "pacific": "PT"}  # "4 p.m. Eastern time"
# A place's clock named in words, as copy names a country's or a city's ("7.03am Thai time", "9.03am
# Korean time", "11 am India time", "Korea Standard Time"), where it keeps one offset all year: the
# zone of the table it is ("KST"), or its offset ("UTC+7").
FIXED_CLOCK_WORDS = {
    **dict.fromkeys(("Korean", "Korea", "South Korean", "Seoul"), "KST"),
    **dict.fromkeys(("Japan", "Japanese", "Tokyo"), "JST"),
    **dict.fromkeys(("India", "Indian", "Delhi", "New Delhi", "Mumbai"), "IST"),
    "Moscow": "MSK",
    **dict.fromkeys(("China", "Chinese", "Beijing", "Hong Kong", "Taiwan", "Taipei", "Singapore", "Manila",
                     "Philippine", "Malaysia", "Malaysian", "Kuala Lumpur", "Perth"), "UTC+8"),
    **dict.fromkeys(("Thai", "Thailand", "Bangkok", "Vietnam", "Vietnamese", "Hanoi", "Jakarta", "Cambodia",
                     "Phnom Penh"), "UTC+7"),
    **dict.fromkeys(("Myanmar", "Yangon"), "UTC+6:30"),
    **dict.fromkeys(("Bangladesh", "Dhaka"), "UTC+6"),
    **dict.fromkeys(("Nepal", "Kathmandu"), "UTC+5:45"),
    **dict.fromkeys(("Sri Lanka", "Colombo"), "UTC+5:30"),
    **dict.fromkeys(("Pakistan", "Pakistani", "Islamabad", "Karachi"), "UTC+5"),
    **dict.fromkeys(("Afghan", "Afghanistan", "Kabul"), "UTC+4:30"),
    **dict.fromkeys(("Gulf", "UAE", "Dubai", "Abu Dhabi"), "UTC+4"),
    **dict.fromkeys(("Iran", "Iranian", "Tehran"), "UTC+3:30"),
    **dict.fromkeys(("Saudi", "Riyadh", "Qatar", "Doha", "Kuwait", "Iraq", "Iraqi", "Baghdad", "Turkey", "Turkish",
                     "Istanbul", "Ankara", "Kenya", "Nairobi", "East Africa"), "UTC+3"),
    **dict.fromkeys(("South Africa", "South African", "Johannesburg"), "UTC+2"),
    **dict.fromkeys(("Nigeria", "Nigerian", "Lagos", "West Africa"), "UTC+1"),
    **dict.fromkeys(("Argentina", "Argentine", "Buenos Aires", "Brasilia"), "UTC-3"),
    "Hawaii": "HST",
    # the table's zones written out: "Greenwich Mean Time", "Central European Summer Time"
    "Greenwich Mean": "GMT", "Universal": "UTC", "Coordinated Universal": "UTC", "British Summer": "BST",
    "Central European": "CET", "Central European Summer": "CEST", "Eastern European": "EET",
    "Eastern European Summer": "EEST",
}
# Clocks named in words that keep summer time, by their region's rule: Britain's and the EU's from
# the last Sunday of March to the last of October ("3pm UK time", "10am Kyiv time"), North
# America's (see _us_summer_time) for its cities.
SEASONAL_CLOCK_WORDS = {
    **dict.fromkeys(("UK", "British", "Britain", "London"), "UK"),
    **dict.fromkeys(("Paris", "French", "Berlin", "German", "Brussels", "Rome", "Italian", "Madrid", "Spanish",
                     "Amsterdam", "Dutch", "Vienna", "Warsaw", "Polish", "Prague", "Stockholm", "Oslo", "Copenhagen",
                     "Swiss", "Geneva", "Budapest", "Belgrade"), "CE"),
    **dict.fromkeys(("Kyiv", "Kiev", "Ukraine", "Ukrainian", "Athens", "Greek", "Helsinki", "Bucharest",
                     "Romanian", "Sofia"), "EE"),
    **dict.fromkeys(("New York", "Washington"), "ET"), "Chicago": "CT", "Denver": "MT",
    **dict.fromkeys(("Los Angeles", "California", "San Francisco"), "PT"),
}
# Capitalised words before "time" that name no clock: "at 9 a.m. The time...", "Prime Time", "Friday".
_NO_CLOCK_WORDS = (r"Th(?:e|is|at|ese|ose)|An?|Any|Each|Every|Next|Last|Same|No|Our|Their|His|Her|Its|Prime|Extra"
                   r"|Half|Full|Injury|Summer|Winter|Standard|Daylight|\p{L}+day")
# "UTC+3", "GMT-05:00": a zone written as its offset
_OFFSET_ZONE = r"(?:UTC|GMT)\s?(?P<sign>[+−-])\s?(?P<hours>\d{1,2})(?::?(?P<minutes>[0-5]\d))?"
# Hedges on a time, each with its qualifier and how many minutes it reaches: "about 2:00" is 01:45–02:15
# (a time off the quarter hour, "about 01:47", 5 minutes either side), "shortly before 2am" 01:30–02:00,
# "just after midnight" 00:00–00:15. ("Nearly" and "almost" are as "just before", as a count's are.)
JUST_REACH, SHORTLY_REACH = 15, 30  # minutes
TIME_HEDGES = {**dict.fromkeys(("about", "around", "approximately", "roughly", "circa", "some time around"),
                               ("approximately", None)),
               **dict.fromkeys(("nearly", "almost", "just before", "a little before"), ("nearly", JUST_REACH)),
               "shortly before": ("nearly", SHORTLY_REACH),
               **dict.fromkeys(("just after", "just past", "a little after"), ("at_least", JUST_REACH)),
               **dict.fromkeys(("shortly after", "soon after"), ("at_least", SHORTLY_REACH))}
ABOUT_A_ROUND_TIME, ABOUT_A_TIME = 15, 5  # minutes "about" reaches either side of 02:00, of 01:47
# A hedged time is shown with the hedge of its reach: "just after 02:00 (02:00–02:15)", "shortly
# after 02:00 (02:00–02:30)", whichever of the hedges of one reach the text wrote ("soon after").
TIME_LABEL = {"approximately": "about", "nearly": "just before", "at_least": "just after"}
WIDE_TIME_LABEL = {**TIME_LABEL, "nearly": "shortly before", "at_least": "shortly after"}
# "a.m.", "am", "PM", "p.m" ("a.m." ends no sentence: see ABBREVIATIONS; the full stop after "am." does),
# not inside a word ("am-ateurs"), but before the dash of a range: "9pm-10pm"
_MERIDIEM = r"[ap](?:\.\s?m(?!\w|-(?!\d))\.?|\s?m(?!\w|-(?!\d)))"
# A part of the day after a 12-hour time says which half of the day it is in, as "a.m." and
# "p.m." do: "2:30 in the morning", "ten to six that evening". At night is the evening from 6,
# midnight at 12 and the small hours up to 5: "10 at night" is 22:00, "2 at night" 02:00.
AT_NIGHT = "night"
_HALVES = {"morning": "a", "afternoon": "p", "evening": "p"}
_DAYS_OF_A_HALF = ("this", "that", "yesterday", "tomorrow")
DAY_PARTS = {**{f"in the {part}": half for part, half in _HALVES.items()},
             **{f"{day} {part}": half for day in _DAYS_OF_A_HALF for part, half in _HALVES.items()},
             **dict.fromkeys(("at night", "that night", "last night", "tonight"), AT_NIGHT)}
# DAY_PARTS as the grammar writes them, each word once: an alternation of the phrases whole is
# slow where it is written out at every hour a grammar reads
_HALF = alternation(_HALVES)
_DAY_PART = (rf"(?:in\s+the\s+(?:{_HALF})|(?:{alternation(_DAYS_OF_A_HALF)})\s+(?:{_HALF})|at\s+night|(?:that|last)\s+night"
             rf"|tonight)\b")
# "one" to "twelve": "ten o'clock", "half past two", "ten p.m."
HOUR_WORDS = {word: n for word, n in UNITS.items() if 1 <= n <= 12}
# The minutes said before "past", "after" or "to" an hour: "half past two", "a quarter to nine",
# "ten past six", "twenty-five minutes to midnight" (see _SAID_CLOCK).
CLOCK_MINUTES = {"quarter": 15, "a quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20,
                 "twenty-five": 25, "twenty five": 25}
# Zones in capitals, as the table writes them, and in lower case where they have three letters
# or more ("10pm est", "0800 gmt"): "et" and "pt" are words.
_ZONE_CODE = (rf"(?-i:{_OFFSET_ZONE}|{alternation([*ZONE_OFFSETS, *SEASONAL_ZONES])}"
              rf"|{alternation(zone.lower() for zone in ZONE_OFFSETS if len(zone) > 2)})")
# A clock in words: up to three capitalised words before "time", which _zone_of reads as a clock it
# knows ("Thai time", "Central European Summer Time") or leaves unplaced ("10am Lima time": no time of
# the rule's zone, nor local time). (Written short: the zone follows every time a grammar writes out.)
_CLOCK_IN_WORDS = (rf"(?-i:(?!(?:{_NO_CLOCK_WORDS})\s)\p{{Lu}}[\p{{L}}’'.-]*(?:\s+\p{{Lu}}[\p{{L}}’'.-]*){{0,2}})"
                   r"\s+(?:standard\s+)?time\b")
# A US region's name alone, capitalised, as US copy writes it: "12:15 p.m. Eastern", "9:15am Pacific
# (12:15pm Eastern)"; not the first word of a name ("10 a.m. Pacific Gas", "3 p.m. Central Park")
# nor of a hyphened word, but before a day ("10 a.m. Eastern Tuesday"); nor after four digits, as
# often a year's ("in 2023 Pacific nations") as a time's.
_BARE_REGION = (rf"(?<!\b\d{{4}}\s?)(?-i:{'|'.join(name.capitalize() for name in ZONE_NAMES)})\b"
                rf"(?![-‑]|\s+(?!(?:{alternation(WEEKDAYS)}|{alternation(MONTHS)})\b)(?-i:\p{{Lu}}))")
_ZONE = (rf"{_ZONE_CODE}(?![\w+−-])"
         rf"|(?:{alternation(ZONE_NAMES)})\s+(?:(?:standard|daylight)\s+)?time\b|local\s+time\b|{_CLOCK_IN_WORDS}"
         rf"|{_BARE_REGION}")
# "2200 local", as wire copy writes it: four digits are a time before "local" too, where no word
# but a preposition or a conjunction follows it ("2200 local residents" holds no time). The word
# is left to the pattern ("{time} local" reads 2200), and "10pm local" is 10pm, local time as
# any time without a zone is.
_LOCAL_ALONE = r"local\b(?!-|\s+(?!(?:on|in|at|and|or|but|when|as|after|before|from|until|near)\b)\p{L})"
# Not inside a number, a score, a date or a clock of more parts: "1,329", "2-1", "29.7", "2:00:12";
# nor right after another number ("in 2019 300 people"), unless it ends a date in digits, as a
# seismic agency's header writes a time after its date: "2023-09-08 22:11:01 (UTC)".
_TIME_START = r"(?<!(?<![.…])\.|[\w,:/#$€£¥₽₹₴+−-]|\d(?<!\b\d{4}-[01]\d-[0-3]\d|\b\d{1,2}/\d{1,2}/\d{4})\s)"
# A zone in brackets after a time, as the same header writes it: "22:11:01 (UTC)"; or "(local time)".
_BRACKETED_ZONE = rf"\((?:{_ZONE_CODE}|(?-i:Z)|local\s+time)\)"
# The time grammar writes its zone, its half of the day and one time once each, in a DEFINE
# group (see _defining), and calls them where they stand: a range names two times.
_A_ZONE, _A_CUE, _A_TIME = _call("time_zone"), _call("time_cue"), _call("time")
# Seconds are read where the hour has two digits ("22:11:01", "04:17:30"), or a zone follows
# ("2:11:01 UTC"): "2:00:12" alone is a race's clock (see _CLOCK), no time of day.
_SECONDS = rf"(?:(?<=\b\d\d:\d\d):[0-5]\d|:[0-5]\d(?=\s?(?:{_A_ZONE}|{_BRACKETED_ZONE})))(?:\.\d+)?"
# "23h11", "7h05", as French copy writes a time; "23h" alone only where a zone follows ("23h
# GMT", "23h local time"): elsewhere "12h" is as often a duration.
_FRENCH_TIME = rf"(?:[01]?\d|2[0-3])[hH](?:[0-5]\d|(?=\s?{_A_ZONE}))(?![\w:]|[.,]\d)"
_TWELVE_HOUR = r"(?:1[0-2]|0?[1-9])"
_HOUR_WORD = rf"(?:{alternation(HOUR_WORDS)})\b"
_O_CLOCK = r"\s+o['’]clock\b"
_CUE = rf"(?:\s?{_MERIDIEM}|\s+{_DAY_PART})"  # which half of the day: "p.m.", "that evening"
# "half past two", "a quarter to nine", "ten past six", "twenty minutes to midnight". "Ten to
# six" and "ten after six" are a range or a sum of counts as often: a time where "at" stands
# before them ("at ten to six"), or "o'clock", a half of the day or a zone after them, but not
# after "from" ("from five to six p.m." is 17:00–18:00).
_SAID_HOUR = rf"(?:{_TWELVE_HOUR}\b|{_HOUR_WORD}|noon\b|midday\b|midnight\b)"
_FEW_MINUTES = r"(?:five|ten|twenty(?:[\s-]five)?)"
_SAID_CLOCK = (
    rf"(?:(?:a\s+)?quarter\s+(?:past|after|to)|half\s+past|{_FEW_MINUTES}\s+past"
    rf"|(?:[1-5]\d|[1-9]|{_FEW_MINUTES})\s+minutes?\s+(?:past|to))\s+{_SAID_HOUR}"
    # (the word first: the look behind runs only where one of these words stands)
    rf"|{_FEW_MINUTES}(?<=\bat\s+(?:(?:{alternation(TIME_HEDGES)})\s+)?{_FEW_MINUTES})\s+(?:to|after)\s+{_SAID_HOUR}"
    rf"|{_FEW_MINUTES}(?<!\bfrom\s+{_FEW_MINUTES})\s+(?:to|after)\s+(?:(?:noon|midday|midnight)\b"
    rf"|(?:{_TWELVE_HOUR}\b|{_HOUR_WORD})(?={_O_CLOCK}|{_A_CUE}|\s?{_A_ZONE}))"
    # "half two", as British copy says half past two: a time after "at" ("at half two", "at about
    # half two") or before its half of the day or a zone ("half seven in the evening"); "half" alone,
    # and "half two" elsewhere ("cut by half two years ago"), are none
    rf"|half(?<=\bat\s+(?:(?:{alternation(TIME_HEDGES)})\s+)?half)\s+{_HOUR_WORD}(?!\s*-?\s*{_DURATION_UNIT}\b)"
    rf"|half\s+{_HOUR_WORD}(?={_A_CUE}|\s?{_A_ZONE})")
_TIME_ATOM = (
    rf"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:{_SECONDS})?(?![\d:]|[.,]\d){_A_CUE}?"  # 1:29 a.m., 13:29, 01:29
    rf"|{_FRENCH_TIME}"
    rf"|{_TWELVE_HOUR}\.[0-5]\d{_A_CUE}"  # 1.29am, 8.15 that evening (a decimal has neither after it)
    # 18.55 IST, 13.15 GMT, 22.15 local time, 18.55 hrs: a dotted 24-hour time only with a zone after
    # it, or "hrs" after two digits of an hour ("2.25 hours" is a duration, "12.30" alone a decimal)
    rf"|(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s?{_A_ZONE}|(?-i:Z)\b|\s{_LOCAL_ALONE}|(?<=\b\d\d\.\d\d)\s?(?:hrs?|hours)\b)"
    rf"|(?:{_TWELVE_HOUR}|{_HOUR_WORD})(?:{_O_CLOCK}{_A_CUE}?|{_A_CUE})"  # 4 p.m., 4pm, ten o'clock, 10 at night
    rf"|(?:{_SAID_CLOCK})(?:{_O_CLOCK})?{_A_CUE}?"  # half past two, a quarter to nine
    # 1329 GMT, 0117Z, 0830 hrs, 2200 local: four digits make a time only with a zone or "hours" after them
    rf"|{_HOUR_AND_MINUTES}(?=\s?{_A_ZONE}|(?-i:Z)\b|\s?(?:hrs?|hours)\b|\s{_LOCAL_ALONE})"
    # 1225 AM CST, 500 AM HST: the hour and its minutes run together, as the US weather service
    # writes them, only with a zone after them ("770 AM" is a radio station, "500 AM listeners" a count)
    rf"|{_TWELVE_HOUR}[0-5]\d\s?{_MERIDIEM}(?=\s?{_A_ZONE})"
    rf"|(?:(?:12|twelve)\s+)?(?:noon|midday|midnight)\b)"
    rf"(?:\s?(?:hrs?|hours)\b)?(?:\s?(?:{_A_ZONE}|{_BRACKETED_ZONE})|(?-i:(?<=\d)Z)\b)?")
# A range of times, one value as a count's range is: "between 9pm and 10pm", "from 10 p.m. to 11
# p.m.", "9-10pm", "between 1:30 and 2 a.m.". Its first end may leave "p.m." and the zone to the
# second ("9" of "9-10pm"), and "between" may be the pattern's ("between {time}"). After
# "between" the ends are joined by "and", elsewhere by a dash, "to" or "until"; after "between",
# "from" or an hour alone, the second end must follow. An hour in words may stand alone after
# "between" or "from" ("between nine and ten p.m."): elsewhere "five to six" is a time.
_TIME_LEAD = (rf"(?P<time_lead>{_TWELVE_HOUR}(?:[:.][0-5]\d)?(?![\d:])"
              rf"|(?(time_between)|(?(time_from)|(?!))){_HOUR_WORD})")
_TIME_ENDS_JOIN = r"(?:\s?[-–]\s?|—|\s+(?:to|until|till)\s+)"
_TIME_JOIN = rf"(?(time_between)\s+and\s+|{_TIME_ENDS_JOIN})"
# A hedge before a range widens it as it does one time: "around 9-10pm", "shortly after 9-10pm"
# (see _parse_time_range).
_TIME_HEDGE = rf"(?:(?:{alternation(TIME_HEDGES)})\s+)?"
TIME = _defining(
    _first_words(TIME_HEDGES, HOUR_WORDS, CLOCK_MINUTES, ("noon", "midday", "midnight", "between", "from"), word_start=True)
    + rf"(?<!\w){_TIME_HEDGE}"
      rf"(?:(?:between\s+|(?<=\bbetween\s))(?P<time_between>)|from\s+(?P<time_from>))?{_TIME_START}"
      rf"(?:{_TIME_LEAD}(?={_TIME_JOIN})|{_A_TIME})"
      rf"(?:{_TIME_JOIN}{_A_TIME}|(?(time_lead)(?!)|(?(time_between)(?!)|(?(time_from)(?!)|))))",
    time=_TIME_ATOM, time_zone=f"(?:{_ZONE})", time_cue=_CUE)

_HEDGE_READER = rf"(?P<hedge>{alternation(TIME_HEDGES)})\s+"
# One time as written, without its hedge: the minutes it says before an hour, the hour (or noon
# or midnight), its minutes and seconds, its half of the day, and its zone (checked in _read_clock).
_TIME_OF_DAY_READER = (
    rf"(?:(?:(?P<said>{alternation(CLOCK_MINUTES)})(?:\s+minutes?)?|(?P<said>\d{{1,2}})\s+minutes?)"
    rf"\s+(?P<relation>past|after|to)\s+|(?P<half>half)\s+(?=\p{{L}}))?"  # "half two" is half past two
    rf"(?:(?:12\s+|twelve\s+)?(?P<word>noon|midday|midnight)|(?P<hour>\d{{1,2}}|{_HOUR_WORD})"
    rf"(?:[:.h]?(?P<minute>\d\d)(?P<second>:\d\d(?:\.\d+)?)?|h(?=\s|$))?(?!\d))(?:{_O_CLOCK})?"
    rf"(?:\s?(?P<meridiem>[ap])\.?\s?m\b\.?|\s+(?P<part>{_DAY_PART}))?"
    rf"(?:\s?(?:hrs?|hours)\b)?\s?(?:\((?P<bracketed>[^()]+)\)|(?P<zone>\S.*))?")


class _Clock(NamedTuple):
    """One time as written: its minutes since midnight, whether it said its half of the day
    ("p.m.", "in the morning"), and the zone it wrote."""

    minutes: int
    halved: bool
    twelve_hour: bool  # an hour from 1 to 12 without its half: "9:30" of "9:30-10:30pm"
    bare: bool  # an hour alone, no time by itself: "9" of "9-10pm"
    zone: str | None
    seconds: bool


def _read_clock(text: str) -> _Clock:
    """One time, or one end of a range, as written (see _Clock); ValueError where it is none."""
    found = _re(_TIME_OF_DAY_READER, _I).fullmatch(text)
    if found is None:
        raise ValueError(f"not a time: {text!r}")
    zone = found["zone"] or found["bracketed"]
    if zone is not None and not _re(rf"{_ZONE}|(?-i:Z)", _I).fullmatch(zone):
        raise ValueError(f"not a time: {text!r}")  # "01:29 XYZ", or the rest of a range: "9-10pm"
    minutes = _minutes_of(found)
    halved = bool(found["meridiem"] or found["part"])
    said = found["relation"] or found["half"]  # "half past two", "half two": no hour alone
    twelve_hour = not halved and not found["word"] and 1 <= minutes // 60 <= 12 and not said
    bare = found["hour"] is not None and not said and found.end("hour") == len(text)
    return _Clock(minutes, halved, twelve_hour, bare, zone, bool(found["second"]))


def parse_time(text: str, published: "Published | None" = None) -> Value:
    """Read a time of day: "1:29 a.m." (89 minutes, local), "0117 GMT" (77, UTC), "4 p.m. EDT"
    (20:00 UTC), "around midnight" (23:45–00:15), "half past two" (02:30), "9-10pm" (21:00–22:00).
    ET, CT, MT and PT are summer or winter time by the day `published` gives (the publication's,
    or the day the time's sentence names: see extract._day_of_the_time); without one such a time
    is unresolved."""
    folded = " ".join(_fold(text).split())
    hedged = _re(_HEDGE_READER, _I).match(folded)
    hedge = " ".join(hedged["hedge"].lower().split()) if hedged else ""
    written = folded[hedged.end():] if hedged else folded
    try:
        clock = _read_clock(written)
    except ValueError:
        clock = None
    if clock is None or clock.bare:
        return _parse_time_range(text, written, hedge, published)
    zone, offset, note = _zone_of(clock.zone, published)
    if zone == "" and offset is None:
        return _unzoned(text, clock.zone, note)
    notes = (note,) if note else ()
    if clock.seconds:  # a time is compared to the minute, as "22:11" is written of 22:11:01
        notes += (f"{text!r}: its seconds are dropped, as a clock shows the minute",)
    low, high, qualifier = _hedged_minutes(clock.minutes, hedge)
    value = Value("time", low, high, qualifier=qualifier, unit=LOCAL_TIME, precision=None)
    if zone is not None:
        value = _in_utc(value, zone, offset)
    return _with_steps(value, (f"{text!r} → {value.display()}", *notes))


def _unzoned(text: str, written_zone: str, unknown: str | None = None) -> Value:
    """A time whose zone cannot be placed: one summer or winter time by the day, in a source
    without a publication date, or a clock the reader does not know (`unknown` says so)."""
    if unknown:
        return Value("time", None, None, resolved=False, unit="UTC", precision=written_zone, doubt=unknown,
                     steps=(f"{text!r}: {unknown}",))
    return Value("time", None, None, resolved=False, unit="UTC", precision=written_zone,
                 steps=(f"{text!r}: {written_zone} is summer or winter time by the day, and the "
                        "source has no publication date",))


# (The grammar joins the ends by "and" only after "between", the pattern's or its own.)
_TIME_RANGE_JOIN = rf"{_TIME_ENDS_JOIN}|\s+and\s+"


def _parse_time_range(text: str, written: str, hedge: str, published: "Published | None") -> Value:
    """A range of times ("between 9pm and 10pm", "9-10pm"), its first end in the half of the day
    and the zone of its second where it writes neither: "9" of "9-10pm" is 21:00, "11" of "11-1am"
    23:00. A range that runs past midnight ends the next day. A hedge before it widens it as it
    widens one time: "around 9-10pm" is 20:45–22:15, "shortly after 9-10pm" 21:00–22:30."""
    opening = _re(r"(?:between|from)\s+", _I).match(written)
    begin = opening.end() if opening else 0
    for join in _re(_TIME_RANGE_JOIN, _I).finditer(written, begin):  # each place the ends may meet
        try:
            first, second = _read_clock(written[begin:join.start()]), _read_clock(written[join.end():])
        except ValueError:
            continue
        if second.bare or (first.bare and not second.halved) or (first.zone and second.zone and first.zone != second.zone):
            continue  # "9 to 10:30": "9" alone is no time; nor is a range of two zones
        if first.twelve_hour and second.halved:  # the latest reading of it at or before the second end
            first = first._replace(minutes=(second.minutes - (second.minutes - first.minutes) % HALF_A_DAY) % MINUTES_A_DAY)
        written_zone = first.zone or second.zone
        zone, offset, note = _zone_of(written_zone, published)
        if zone == "" and offset is None:
            return _unzoned(text, written_zone, note)
        high = second.minutes + (MINUTES_A_DAY if second.minutes < first.minutes else 0)
        named = Value("time", first.minutes, high, qualifier="range", unit=LOCAL_TIME, precision=None)
        value = _widened_by(named, hedge, first.minutes, second.minutes)
        if zone is not None:
            named, value = _in_utc(named, zone, offset), _in_utc(value, zone, offset)
        steps = (f"{text!r} → {value.display()}", *((note,) if note else ()))
        if hedge:
            steps += (f"{text!r}: {hedge!r} widens the range it names, {named.display()}, as it widens one time",)
        return _with_steps(value, steps)
    raise ValueError(f"not a time: {text!r}")


def _widened_by(value: Value, hedge: str, first: int, second: int) -> Value:
    """A range of times as a hedge before it widens it: each end as far as the hedge reaches
    from it ("about" 15 minutes from an end on the quarter hour, 5 from another; "shortly after"
    30 minutes past the second end, "just before" 15 before the first)."""
    if not hedge:
        return value
    low = _hedged_minutes(first, hedge)[0]
    high = value.high + _hedged_minutes(second, hedge)[1] - second
    return replace(value, low=low, high=high)


def _minutes_of(found) -> int:
    """The minutes since midnight a clock reader's match says, on the 24-hour clock."""
    if found["word"]:
        hour, minute = (12 if found["word"].lower() in ("noon", "midday") else 0), 0
    else:
        hour = HOUR_WORDS.get(found["hour"].lower()) or int(found["hour"])
        minute = int(found["minute"] or 0)
        if hour > 23 or minute > 59:
            raise ValueError(f"not a time: {found[0]!r}")
        hour = _in_its_half(hour, found)
    minutes = hour * 60 + minute
    if found["relation"]:  # "half past two", "a quarter to nine"
        said = " ".join(found["said"].lower().split())
        moved = CLOCK_MINUTES.get(said) or int(said)
        if found["minute"] or moved > 59:
            raise ValueError(f"not a time: {found[0]!r}")
        minutes = (minutes + (-moved if found["relation"].lower() == "to" else moved)) % MINUTES_A_DAY
    elif found["half"]:  # "half two": 02:30
        if found["minute"] or found["word"]:
            raise ValueError(f"not a time: {found[0]!r}")
        minutes += CLOCK_MINUTES["half"]
    return minutes


def _in_its_half(hour: int, found) -> int:
    """The hour on the 24-hour clock, in the half of the day its "a.m.", "p.m." or part of the
    day says (12 a.m. is midnight); one written past 12 keeps its part of the day ("14:30 in the
    afternoon"), but not its "a.m." or "p.m." ("13:29 p.m." is no time)."""
    if found["meridiem"]:
        if not 1 <= hour <= 12:
            raise ValueError(f"not a time: {found[0]!r}")  # "13:29 p.m."
        return hour % 12 + (12 if found["meridiem"].lower() == "p" else 0)
    if not found["part"] or not 1 <= hour <= 12:
        return hour
    half = DAY_PARTS[" ".join(found["part"].lower().split())]
    if half == AT_NIGHT:
        return 0 if hour == 12 else hour + 12 if hour >= 6 else hour
    return hour % 12 + (12 if half == "p" else 0)


def _hedged_minutes(minutes: int, hedge: str) -> tuple[int, int, str]:
    """The interval a hedge makes of a time, and its qualifier (see TIME_HEDGES)."""
    if not hedge:
        return minutes, minutes, "exact"
    qualifier, reach = TIME_HEDGES[hedge]
    if qualifier == "approximately":
        reach = ABOUT_A_ROUND_TIME if minutes % ABOUT_A_ROUND_TIME == 0 else ABOUT_A_TIME
        return minutes - reach, minutes + reach, qualifier
    return (minutes - reach, minutes, qualifier) if qualifier == "nearly" else (minutes, minutes + reach, qualifier)


def _zone_of(written: str | None, published: "Published | None") -> tuple[str | None, int | None, str | None]:
    """(zone, its minutes east of UTC, a step saying how it was chosen) for the zone a time
    writes; (None, None, None) for none or "local time"; ("", None, None) for a summer-or-winter
    zone that no publication date settles, and ("", None, why) for a clock in words the reader
    does not know ("Lima time"), which it does not take for the rule's zone nor for local time."""
    if written is None or written.lower().split() == ["local", "time"]:
        return None, None, None
    if written.islower() and written.upper() in ZONE_OFFSETS:  # "10pm est"
        written = written.upper()
    words = written.split()
    clock = _clock_named(words)
    if clock in ZONE_OFFSETS or _re(_OFFSET_ZONE).fullmatch(clock or ""):  # "Thai time" is UTC+7
        return clock, zone_offset(clock), f"{written!r} is {clock}"
    if clock is None and words[-1].lower() == "time" and words[0].lower() not in (*ZONE_NAMES, "local"):
        return "", None, f"“{written}” names a clock the reader does not know: the time is not placed"
    seasonal = clock or (written if written in SEASONAL_ZONES else ZONE_NAMES.get(words[0].lower()))
    if seasonal and len(words) == 3 and clock is None:  # "Eastern Daylight Time"
        zone = SEASONAL_ZONES[seasonal][words[1].lower() == "daylight"]
        return zone, ZONE_OFFSETS[zone], None
    if seasonal:
        if published is None or published.day is None:
            return "", None, None
        zones, in_summer = SEASONAL_CLOCKS[seasonal]
        zone = zones[in_summer(published.day)]
        said = published.anchor if published.anchor in DAYS_NAMED else "publication"
        return zone, ZONE_OFFSETS[zone], f"{written} on {published.day.isoformat()} ({said}) is {zone}"
    if written == "Z":
        return "UTC", 0, None
    if (offset := zone_offset(written)) is None:
        raise ValueError(f"not a time zone: {written!r}")  # value = "01:29 XYZ" in an example
    return written, offset, None


def zone_offset(zone: str) -> int | None:
    """A zone's minutes east of UTC: "EDT" -240, "UTC+5:30" 330; None for a zone not known."""
    if zone in ZONE_OFFSETS:
        return ZONE_OFFSETS[zone]
    offset = _re(_OFFSET_ZONE).fullmatch(zone)
    if offset is None or int(offset["hours"]) > 14:
        return None
    sign = -1 if offset["sign"] in "-−" else 1
    return sign * (int(offset["hours"]) * 60 + int(offset["minutes"] or 0))


def _clock_named(words: list[str]) -> str | None:
    """The zone ("KST", "UTC+7") or the region of summer time ("UK", "ET") a clock in words names:
    "Thai time", "Korea Standard Time", "London time"; None for any other words."""
    if len(words) < 2 or words[-1].lower() != "time":
        return None
    name = " ".join(words[:-2] if words[-2].lower() == "standard" else words[:-1])
    return FIXED_CLOCK_WORDS.get(name) or SEASONAL_CLOCK_WORDS.get(name)


def _sunday(year: int, month: int, nth: int) -> date:
    """The `nth` Sunday of a month, counted from its end where `nth` is negative."""
    if nth < 0:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(1)
        return last - timedelta((last.weekday() + 1) % 7)
    first = date(year, month, 1)
    return first + timedelta((6 - first.weekday()) % 7 + 7 * (nth - 1))


def _us_summer_time(day: date) -> bool:
    """Is `day` in North America's summer time: the second Sunday of March to the first of November?"""
    return _sunday(day.year, 3, 2) <= day < _sunday(day.year, 11, 1)


def _european_summer_time(day: date) -> bool:
    """Is `day` in Britain's and the EU's summer time: the last Sunday of March to the last of October?"""
    return _sunday(day.year, 3, -1) <= day < _sunday(day.year, 10, -1)


# Each region's winter and summer zones, and the rule of its summer.
SEASONAL_CLOCKS = {**{region: (zones, _us_summer_time) for region, zones in SEASONAL_ZONES.items()},
                   "UK": (("GMT", "BST"), _european_summer_time), "CE": (("CET", "CEST"), _european_summer_time),
                   "EE": (("EET", "EEST"), _european_summer_time)}


def _in_utc(value: Value, zone: str, offset: int) -> Value:
    """A time on a zone's clock, held in UTC, its zone kept to show it as written."""
    low, high = value.low - offset, value.high - offset
    days = math.floor((low + high) / 2 / MINUTES_A_DAY)  # on UTC's clock of the same day, its middle at least
    return replace(value, low=low - days * MINUTES_A_DAY, high=high - days * MINUTES_A_DAY, unit="UTC",
                   precision=zone)


def in_a_measure(value: Value, unit: str) -> Value:
    """An amount said bare without a unit of its own under a rule whose `unit` is one of
    measurement ("mm", "°C", "km/h": see rules.rule_measure), marked MEASURED: compared as
    rounded to its last digit, as a percentage is ("414mm" is 413.5–414.5 mm, and agrees with
    "414.1 mm"; "51C" is 50.5–51.5, and disagrees with "51.8C"), where it has decimals or two
    digits or more. Any other value as it is: a single whole digit ("a 2-metre wall"), as with
    billions, which a writer who knew better would give as it is, and which read so would reach
    further than "about" it does (1.5–2.5 against 1.8–2.2); a hedged one ("some 414mm"), which
    says how far it reaches itself; "exactly 414mm"; and one read with a scale word, rounded as
    its scale says ("4.2 million km")."""
    if (value.kind != "amount" or value.unit is not None or value.qualifier != "exact" or not value.is_point
            or value.reach is not None or value.precision in SCALES):
        return value
    if float(value.low).is_integer() and not value.written_step and abs(value.low) < WHOLE_ROUNDED_FROM:
        return value
    measured = replace(value, reach=MEASURED)
    return _with_steps(measured, (*value.steps, f"a figure in {unit}, a unit of measurement, is rounded to its last "
                                                f"digit, and compared as {_rounding_span(measured)} {unit}"))


class Measure(NamedTuple):
    """A unit of measurement a figure may be written in: its name, its dimension, and its size in
    that dimension's base unit (metres, kilograms, km/h, square metres)."""
    name: str
    one: str  # its name after the figure 1: "1 foot"
    dimension: str
    size: float
    words: str  # the words and symbols that write it, a regex


_METRE = r"met(?:re|er)s?"
MEASURES = tuple(Measure(*unit) for unit in (
    ("millimetres", "millimetre", "length", 0.001, rf"mm|milli{_METRE}"),
    ("centimetres", "centimetre", "length", 0.01, rf"cm|centi{_METRE}"),
    ("metres", "metre", "length", 1, rf"m|{_METRE}"),
    ("kilometres", "kilometre", "length", 1000, rf"km|kilo{_METRE}"),
    ("inches", "inch", "length", 0.0254, r"inch(?:es)?"),  # never "in", a preposition
    ("feet", "foot", "length", 0.3048, r"ft\.?|feet|foot"),
    ("yards", "yard", "length", 0.9144, r"yds?\.?|yards?"),
    ("miles", "mile", "length", 1609.344, r"miles?"),
    ("milligrams", "milligram", "mass", 0.000001, r"mg|milligram(?:me)?s?"),
    ("grams", "gram", "mass", 0.001, r"g|gram(?:me)?s?"),
    ("kilograms", "kilogram", "mass", 1, r"kgs?|kilo(?:gram(?:me)?)?s?"),
    ("tonnes", "tonne", "mass", 1000, r"tonnes?|metric\s+tons?"),  # a bare "ton" may be a short or a long one
    ("ounces", "ounce", "mass", 0.028349523125, r"oz|ounces?"),
    ("pounds", "pound", "mass", 0.45359237, r"lbs?\.?|pounds?"),
    ("km/h", "km/h", "speed", 1, rf"km/h|kph|kmh|kilo{_METRE}\s+(?:per|an)\s+hour"),
    ("mph", "mph", "speed", 1.609344, r"mph|miles?\s+(?:per|an)\s+hour"),
    ("knots", "knot", "speed", 1.852, r"knots?|kts?"),
    ("square metres", "square metre", "area", 1, rf"m²|m2|sq\.?\s?m|square\s+{_METRE}"),
    ("hectares", "hectare", "area", 10_000, r"ha|hectares?"),
    ("acres", "acre", "area", 4046.8564224, r"acres?"),
    ("square kilometres", "square kilometre", "area", 1_000_000, rf"km²|km2|sq\.?\s?km|square\s+kilo{_METRE}"),
    ("square miles", "square mile", "area", 2_589_988.110336, r"sq\.?\s?mi|square\s+miles?"),
))
_MEASURE_WRITTEN = {measure: rf"(?:{measure.words})(?![\w²³/]|\.\w)" for measure in MEASURES}


@lru_cache(maxsize=256)  # asked of the rule's unit at every figure it reads
def measure_named(unit: str | None) -> Measure | None:
    """The unit of measurement a rule's `unit` names ("metres", "m", "km/h", "square miles"), or None."""
    if not unit:
        return None
    return next((m for m, words in _MEASURE_WRITTEN.items() if _re(words, _I).fullmatch(unit.strip())), None)


def measure_written_at(text: str, at: int) -> tuple[Measure, int] | None:
    """The unit of measurement written right after a figure ending at text[at] ("80 cm", "a
    4-foot wave", "6ft"), and where its words end: the longest ("square metres", not "sq"), or None."""
    found = [(m, hit.end()) for m, words in _MEASURE_WRITTEN.items()
             if (hit := _re(rf"[ \t\u00a0\u00ad]?-?(?:{words})", _I).match(text, at))]
    return max(found, key=lambda unit: unit[1], default=None)


def in_another_measure(value: Value, written: Measure, rule_unit: str, into: Measure) -> Value:
    """An amount written in one unit of measurement (`written`: "80 cm", "4 feet") under a rule
    whose `unit` is another of its dimension (`into`, named `rule_unit`), converted into it:
    0.8 metres and about 1.22 metres. Said bare, it is read as rounded to its last digit, and its
    rounding converted too: "4 feet", 3.5–4.5 feet, is compared as 1.07–1.37 metres, neither
    exactly 1.2192 nor a rounding to the centimetre that no writer made (see in_a_measure)."""
    factor = written.size / into.size
    bare = (value.qualifier == "exact" and value.is_point and value.reach is None and value.precision not in SCALES)
    step = value.written_step or (min(_written_step(value.low), 1.0) if value.low else 1.0)
    converted = replace(value, low=_converted(value.low, factor), high=_converted(value.high, factor),
                        reach=MEASURED if bare else value.reach,
                        written_step=_tidy(round(step * factor, 12)) if bare else value.written_step)
    shown = value.display()  # "4", "more than 1", "1–2"
    name = written.one if _re(r"(?<![\d.,])1$").search(shown) else written.name
    why = f"{shown} {name} → {converted.display()} {rule_unit}, the rule's unit"
    if bare:
        why += f"; as rounded to its last digit, compared as {_rounding_span(converted)} {rule_unit}"
    return _with_steps(converted, (*value.steps, why))


def _converted(n: float | None, factor: float) -> float | None:
    return None if n is None else _tidy(round(n * factor, 9))


def in_zone(value: Value, zone: str) -> Value:
    """A time written without a zone, read in `zone` (a rule's `unit`): "01:29" under unit =
    "EDT" is 05:29 UTC. Any other value as it is."""
    offset = zone_offset(zone)
    if value.kind != "time" or value.unit != LOCAL_TIME or offset is None:
        return value
    zoned = _in_utc(value, zone, offset)
    return _with_steps(zoned, (*value.steps, f"a time without its zone is in {zone}, the rule's unit: {zoned.display()}"))


def on_one_clock(values: list[Value]) -> list[Value]:
    """Times moved by whole days so that each lies within twelve hours of where the others in its
    unit lie (their mean on the clock's circle): 23:50 and "around midnight" (23:45–00:15) are
    then ten minutes apart, not a day less ten minutes. Any other value as it is."""
    centres = {}
    for unit in sorted({v.unit for v in values if v.kind == "time" and v.resolved}):
        angles = [2 * math.pi * (v.low + v.high) / 2 / MINUTES_A_DAY for v in values
                  if v.kind == "time" and v.resolved and v.unit == unit]
        turn = math.atan2(sum(map(math.sin, angles)), sum(map(math.cos, angles)))
        centres[unit] = turn * MINUTES_A_DAY / (2 * math.pi) % MINUTES_A_DAY  # on the day's clock: 12:50 stays 770
    return [_near(v, centres[v.unit]) if v.kind == "time" and v.resolved else v for v in values]


def _near(value: Value, centre: float) -> Value:
    days = round(((value.low + value.high) / 2 - centre) / MINUTES_A_DAY)
    return value if not days else replace(value, low=value.low - days * MINUTES_A_DAY,
                                          high=value.high - days * MINUTES_A_DAY)


def _display_time(value: Value) -> str:
    """"01:29 EDT", "13:29" (local), "about 02:00 (01:45–02:15)", "01:45–02:15 GMT" (a range)."""
    zone = f" {value.precision}" if value.unit != LOCAL_TIME and value.precision else ""
    offset = (zone_offset(value.precision) or 0) if zone else 0

    def clock(minutes: float) -> str:  # on the zone's own clock
        return _clock_time(minutes + offset)

    if value.is_point:
        return f"{clock(value.low)}{zone}"
    span = f"{clock(value.low)}–{clock(value.high)}"
    if value.qualifier in TIME_LABEL:
        labels = WIDE_TIME_LABEL if value.high - value.low > JUST_REACH else TIME_LABEL
        return f"{labels[value.qualifier]} {clock(stated(value))}{zone} ({span})"
    return f"{span}{zone}"


def _clock_time(minutes: float) -> str:
    """Minutes as a 24-hour clock shows them, whatever day they fall on: 1530 is "01:30"."""
    whole = round(minutes) % MINUTES_A_DAY
    return f"{whole // 60:02d}:{whole % 60:02d}"


# ---------------------------------------------------------------------------
# What a value may leave to the words a pattern writes after it.
#
# A placeholder reads the longest value the text writes at its place, and the words after it
# accept or refuse that value: "Rs 12 lakh in all" is refused by `{money}(?! in all)`, never read
# as "Rs 12". Only words that the pattern itself writes right after the placeholder may take back
# from the value what it reads after a whole value of its own: a second end joined by a dash,
# "to", "through" or "out of" (`from {date} to`, `voted {count}[-–]\d`, `won {count} out of 460`),
# or a word, such as a unit's or currency's (`{amount} crowns`, `{amount}-dinar fine`,
# `{duration}-long`). Never a part of the number or of its hedge, which would make it another
# value: its scale ("lakh", "million", "bn"), a number word, a hedge after it ("or more",
# "-plus", "and a half"), a meridiem ("pm"), nor what follows a comma or a space without a word
# (a date's year, a duration's minutes).
_NUMBER_GOES_ON = (rf"\s*-?\s*(?:{_SCALES_WRITTEN}|{alternation(SCALE_ABBREVIATIONS)}|dozens?|{NUMBER_WORD}"
                   rf"|or|and|plus|odd)\b|\s?{_MERIDIEM}")
_A_SECOND_END_OR_A_WORD = r"\s*(?:[-–—]|(?:to|through|until|till|out\s+of)\b)|[\s-]\p{L}"
GIVEN_BACK = rf"(?!{_NUMBER_GOES_ON})(?={_A_SECOND_END_OR_A_WORD})"


# ---------------------------------------------------------------------------
# The placeholder table: what a rule may write, and what reads it.


@dataclass(frozen=True)
class Placeholder:
    name: str
    kind: str
    pattern: str
    accepts: str  # one line for the reference table


PLACEHOLDERS = {p.name: p for p in (
    Placeholder("count", "count", COUNT,
                "33 · 1,200 · 1 200 · 1.2 million · thirty-three · a dozen · nearly 30 · more than 200 · "
                "between 10 and 12 · 32 or 33 · some 400 to 750 · 12,000-plus · nine and a half thousand · "
                "six and a half · Fourteen (14) · three thousand, four hundred and twelve · 150 millions · hundreds · all but one of the 33 · well over 250 · "
                "a little under 300 · north of 3,000 · tops 1,100 · nears 1,000 · several dozen · a couple of dozen · a couple of hundred · lakhs · a few hundred · several hundred · "
                "2 1/2 million · near 3,000 · more than about 30"),
    Placeholder("date", "date", DATE,
                "July 29 · July 29th · 29 July 2020 · the 3rd of March · March the 3rd · the 12th · 2020-07-29 · 14/09/2025 · 14.09.2025 · 14-09-2025 · 14/09 · 09/14/25 · February 1st 2020 · July 2020 · 2019 · "
                "July 27 – August 2, 2020 · between April 28 and May 12, 2025 · from mid-April to late May · "
                "the first week of March · the night of 29/30 July · the night of 31 July/1 August · the morning of Aug. 8th · the 23rd of last month · Q3 2020 · the third quarter of 2020 · Friday · early Tuesday · midday Friday · noon on Friday · late on Thursday · early on the morning of June 3 · Tuesday, March 3 · Friday the 13th · last week · last year · "
                "late last month · the end of last month · early this month · a week ago Friday · yesterday · "
                "three days ago · nearly two weeks ago"),
    Placeholder("duration", "duration", DURATION,
                "26 years · nearly 30 years · two weeks · a decade · 48 hours · four nights · 11-night · 52 hrs · 26-year · 30-odd hours · "
                "two and a half years · 9-1/2 years · three (3) years · seven years and six months · "
                "nine (9) years and six (6) months · 3 hours 20 minutes · 1 hour, 59 minutes and 40 seconds · 2h00m12s · "
                "48hrs · 12mins · two-day-long · two-weeklong · monthlong · a quarter-century · nine straight days · a full week · 40 more hours · another 40 hours · near-four-year · "
                "the better part of a week · 2:00:12 · 2:00:12.5 · 59:47 · 3:42.5"),
    Placeholder("amount", "amount", AMOUNT,
                "$19 billion · 19 billion dollars · £12bn · US$1.2m · $42 bil. · $5 mil · €5 · 800 000 € · R$ 5 million · COP$150 million · "
                "USD 5 million · LYD 15,000 · 15,000 Libyan dinars · 5,000 dinars · 2 million Czech crowns · Kč 2 million · "
                "450,000 Romanian lei · ₹500 crore · ₹500 cr · Rs3.5tr · $30 bln · 2.3 mn · 5 Mrd. Euro · 2 Mio € · €3 mld · $2 thousand billion · Rs 15 lakh · Rs 4 lac · Dh2 million · 75 BTC · €150 millions · six and a half euros · "
                "600,000-dinar · $5,000-a-month · £800m-plus · as much as $5,000 · exceeding US$30 billion · 2.5% · 80 percent · four billion · "
                "N1.2bn · N1,200,000,000 · N14.7-billion · W15m · RM5.47 · a pound · $1 3/4 million · hundreds of millions of dollars · "
                "billions of euros · a few million pounds · billions"),
    Placeholder("money", "amount", MONEY, "like {amount}, but a currency is required (a range names it once: "
                "$10-12 million · 10 to 12 million dollars)"),
    Placeholder("percent", "amount", PERCENT,
                "2.5% · 80 percent · 4.5pc · 60.4 pct · 60pct · 60.4 p.c. · 12-pct · 4½% · two and a half percent · -0.2% · minus 0.2% · "
                "3 percentage points · 25 basis points · a quarter of a percentage point · a third · "
                "two-thirds · one in three · nine out of ten · half"),
    Placeholder("time", "time", TIME,
                "1:29 a.m. · 1.29am · 1:29 AM · 01:29 · 13:29 · 22:11:01 UTC · 22:11 (UTC) · 23h11 · 23h GMT · 1329 GMT · 0117Z · "
                "0830 hrs · 4 p.m. · 4pm · noon · "
                "midnight · 12 noon · 4 p.m. EDT · 04:17 local time · 9 a.m. Eastern time · 12:15 p.m. Eastern · 9:15am Pacific · 7.03am Thai time · 3pm UK time · "
                "10:00 UTC+3 · "
                "about 2am · around midnight · shortly after 2am · just before 9 p.m. · nearly 11 p.m. · "
                "half past two · a quarter to nine · half seven in the evening · ten o'clock at night · 8.15 that evening · 10:30 in the evening · "
                "between 9pm and 10pm · from 10 p.m. to 11 p.m. · 9-10pm · shortly after 9-10pm · between 1:30 and 2 a.m. · 10pm est · 0800 gmt · "
                "10 p.m. (local time)"),
)}


def parse(kind: str, text: str, published: Published | None = None, tense: Tense | None = None) -> Value:
    """Read a placeholder's captured text as a value of `kind` (`tense`: see parse_date)."""
    if kind == "date":
        return parse_date(text, published, tense)
    if kind == "time":
        return parse_time(text, published)
    try:
        return {"count": parse_count, "amount": parse_amount, "duration": parse_duration}[kind](text)
    except OverflowError:  # number words that multiply past any float: "one hundred one hundred ..."
        raise ValueError(f"{' '.join(text.split()[:6])!r}... is too large a number to read") from None
