"""Generate many distinct rules from the shipped ones, to time extraction with a large rule set.

Each generated rule is a shipped rule file with its content words swapped, consistently in
its patterns, question, keywords and examples: other nationalities, countries, leaders,
verbs, nouns. "detained {count} Russians" becomes "seized {count} Georgians" and its example
"Belarus detained 33 Russians" becomes "Moldova seized 33 Georgians", so every generated rule
still passes its own examples (`discrepancy rules test DIR` checks them) and no two rules
have the same patterns.

    python bench/manyrules.py --count 200 --out /tmp/rules200
"""

from __future__ import annotations

import argparse
import itertools
import tomllib
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent

# A family is a set of words that change together; its first entry is the shipped wording.
NATIONS = [("Russians", "Russian"), ("Ukrainians", "Ukrainian"), ("Georgians", "Georgian"),
           ("Americans", "American"), ("Germans", "German"), ("Lithuanians", "Lithuanian"),
           ("Armenians", "Armenian"), ("Latvians", "Latvian"), ("Estonians", "Estonian"), ("Italians", "Italian")]
COUNTRIES = [("Belarus", "Belarusian", "Minsk"), ("Moldova", "Moldovan", "Chisinau"), ("Kazakhstan", "Kazakh", "Astana"),
             ("Serbia", "Serbian", "Belgrade"), ("Hungary", "Hungarian", "Budapest"), ("Azerbaijan", "Azerbaijani", "Baku"),
             ("Kyrgyzstan", "Kyrgyz", "Bishkek"), ("Tajikistan", "Tajik", "Dushanbe")]
LEADERS = ["Lukashenko", "Tokayev", "Aliyev", "Vucic", "Orban", "Pashinyan", "Sandu", "Japarov"]
VISITORS = ["Pompeo", "Blinken", "Lavrov", "Borrell", "Rubio", "Kerry", "Tillerson", "Guterres"]
# (past, gerund, noun) of verbs that take a person as object.
VERBS = [("detained", "detaining", "detention"), ("arrested", "arresting", "arrest"),
         ("imprisoned", "imprisoning", "imprisonment"), ("seized", "seizing", "seizure"),
         ("captured", "capturing", "capture"), ("abducted", "abducting", "abduction"),
         ("interrogated", "interrogating", "interrogation"), ("expelled", "expelling", "expulsion"),
         ("indicted", "indicting", "indictment"), ("convicted", "convicting", "conviction"),
         ("evacuated", "evacuating", "evacuation"), ("recruited", "recruiting", "recruitment"),
         ("rescued", "rescuing", "rescue"), ("executed", "executing", "execution")]
ELECTION_KINDS = ["presidential", "parliamentary", "municipal", "regional", "local", "general", "snap",
                  "legislative", "mayoral", "gubernatorial"]
ELECTION_NOUNS = [("election", "vote", "poll"), ("ballot", "referendum", "runoff"), ("contest", "race", "primary"),
                  ("campaign", "debate", "inauguration"), ("caucus", "plebiscite", "recount"),
                  ("elections", "votes", "polls")]
HANDING_NOUNS = ["extradition", "deportation", "transfer", "repatriation", "expulsion", "handover", "surrender",
                 "exchange", "pardon", "evacuation", "release", "return"]
HANDING_VERBS = [("extradite", "extradited"), ("deport", "deported"), ("transfer", "transferred"),
                 ("repatriate", "repatriated"), ("expel", "expelled"), ("surrender", "surrendered"),
                 ("exchange", "exchanged"), ("pardon", "pardoned"), ("evacuate", "evacuated"), ("free", "freed"),
                 ("release", "released"), ("return", "returned")]
GROUPS = [("mercenaries", "fighters", "militants"), ("soldiers", "troops", "officers"),
          ("protesters", "activists", "demonstrators"), ("journalists", "reporters", "bloggers"),
          ("diplomats", "envoys", "officials"), ("hackers", "spies", "agents"), ("workers", "migrants", "students"),
          ("tourists", "travellers", "visitors")]


def _swap(keys, choices):
    """A family: the words `keys` (as shipped) and, per choice, what replaces them."""
    return keys, [c if isinstance(c, tuple) else (c,) * len(keys) for c in choices]


FAMILIES = [
    _swap(("Russians", "Russian"), NATIONS),
    _swap(("Belarus", "Belarusian", "Minsk"), COUNTRIES),
    _swap(("Lukashenk[oa]", "Lukashenko", "Lukashenka"), LEADERS),
    _swap(("Pompeo",), VISITORS),
    _swap(("detained", "detaining", "detention"), VERBS),
    _swap(("arrested", "arresting", "arrest"), [VERBS[1], VERBS[0], *VERBS[2:]]),
    _swap(("presidential",), ELECTION_KINDS),
    _swap(("election", "vote", "poll"), ELECTION_NOUNS),
    _swap(("extradition",), HANDING_NOUNS),
    _swap(("extradite", "extradited"), HANDING_VERBS),
    _swap(("mercenaries", "fighters", "militants"), GROUPS),
]


def _word(key: str) -> str:
    return rf"(?<!\w){regex.escape(key)}(?!\w)"


def _families_in(patterns: list[str]) -> list[int]:
    """The families whose words the patterns use: only those make distinct variants."""
    text = "\n".join(patterns)
    return [i for i, (keys, _) in enumerate(FAMILIES)
            if any(regex.search(_word(k), text, flags=regex.IGNORECASE) for k in keys)]


def _same_case(new: str, old: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def variant(raw: str, families: list[int], number: int) -> str:
    """The rule file text with the `number`-th combination of the families' choices swapped in."""
    mapping = {}
    for family in families:
        keys, choices = FAMILIES[family]
        number, index = divmod(number, len(choices))
        mapping.update({k.lower(): c for k, c in zip(keys, choices[index])})
    pattern = regex.compile("|".join(_word(k) for k in sorted(mapping, key=len, reverse=True)), regex.IGNORECASE)
    lines = []
    for line in raw.split("\n"):
        if regex.match(r"\s*id\s*=", line):
            lines.append(line)
        else:
            lines.append(pattern.sub(lambda m: _same_case(mapping[m[0].lower()], m[0]), line))
    return "\n".join(lines)


def generate(count: int, out: Path, rules: Path = ROOT / "rules") -> list[Path]:
    """Write `count` rule files into `out`, spread evenly over the shipped rules; returns their paths."""
    shipped = []
    for path in sorted(rules.glob("*.toml")):
        raw = path.read_text(encoding="utf-8")
        data = tomllib.loads(raw)
        if "rule" in data:  # files of several [[rule]] tables are left out: one rule per file here
            continue
        families = _families_in(data["patterns"] if isinstance(data["patterns"], list) else [data["patterns"]])
        if families:
            shipped.append((data["id"], raw, families))
    if not shipped:
        raise SystemExit(f"no single-rule files with known words in {rules}")
    out.mkdir(parents=True, exist_ok=True)
    written, seen = [], set()
    for n in itertools.count(1):
        for rule_id, raw, families in shipped:
            if len(written) == count:
                return written
            text = variant(raw, families, n)
            patterns = tuple(tomllib.loads(text)["patterns"])
            if patterns in seen:  # the families ran out of combinations for this rule
                continue
            seen.add(patterns)
            new_id = f"{rule_id}-v{n:03d}"
            text = regex.sub(r'(?m)^(\s*id\s*=\s*)"[^"]*"', lambda m: f'{m[1]}"{new_id}"', text, count=1)
            path = out / f"{new_id}.toml"
            path.write_text(text, encoding="utf-8")
            written.append(path)
        if n > 10 * count:
            raise SystemExit(f"only {len(written)} distinct rules could be made")
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200, help="how many rules (default 200)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the rule files into")
    parser.add_argument("--rules", type=Path, default=ROOT / "rules", help="the rules to vary (default rules/)")
    args = parser.parse_args(argv)
    paths = generate(args.count, args.out, args.rules)
    print(f"{len(paths)} rules in {args.out}")


if __name__ == "__main__":
    main()
