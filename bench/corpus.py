"""Generate a benchmark corpus from the demo articles: many plausible articles, none repeated.

Each generated article is one of the five demo articles (sources/*.txt) with its numbers,
number words, month and weekday names replaced by random but plausible ones (a day stays
1–28, a year stays 1995–2024, "thirty-three" stays a number word), a paragraph sometimes
dropped or borrowed from another article, and `+++` front matter with an outlet, a title and
a random publication date. The same size and seed always give the same files, and no two
articles are the same text, so no cache can help a run.

    python bench/corpus.py --size 10            # bench/corpus/10/ (10 MB)
    python bench/corpus.py --size 1 --out /tmp/c --seed 7

Articles are 2–6 kB, 500 to a folder. A `.corpus.json` stamp records what was generated;
a folder whose stamp matches is kept as it is.
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import json
import random
import shutil
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "sources"
DEFAULT_OUT = ROOT / "bench" / "corpus"
MB = 1_000_000
FILES_PER_FOLDER = 500
SMALLEST, LARGEST = 2_000, 6_000  # bytes of article body
STAMP = ".corpus.json"

UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = "hundred thousand million billion".split()
MONTHS = [m for m in calendar.month_name if m]
WEEKDAYS = list(calendar.day_name)

_ORDINAL = r"(?:st|nd|rd|th)"
_MONTH = "|".join(MONTHS)
# One pass over the text; the first alternative that matches a token decides how it changes.
_TOKEN = regex.compile(
    rf"(?P<month_day>\b(?:{_MONTH})\s+)(?P<md>\d{{1,2}})(?P<mdo>{_ORDINAL})?\b"
    rf"|\b(?P<dm>\d{{1,2}})(?P<dmo>{_ORDINAL})?(?P<day_month>(?:\s+of)?\s+(?:{_MONTH})\b)"
    rf"|\b(?P<year>(?:19|20)\d\d)\b"
    rf"|(?P<digits>\d+)"
    rf"|\b(?P<month>{_MONTH})\b"
    rf"|\b(?P<weekday>{'|'.join(WEEKDAYS)})\b"
    rf"|\b(?P<tens_unit>(?i:{'|'.join(TENS)})-(?i:{'|'.join(UNITS[:9])}))\b"
    rf"|\b(?P<word>(?i:{'|'.join(UNITS + TENS + SCALES)}))\b"
)


def ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def same_case(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def vary(text: str, rng: random.Random) -> str:
    """The text with every number, number word, month and weekday replaced by a plausible other."""

    def day(suffix: str | None) -> str:
        new = rng.randint(1, 28)
        return f"{new}{ordinal(new) if suffix else ''}"

    def replace(m: regex.Match) -> str:
        kind = m.lastgroup
        if m["md"] is not None:
            gap = m["month_day"][len(m["month_day"].rstrip()):]
            return f"{rng.choice(MONTHS)}{gap}{day(m['mdo'])}"
        if m["dm"] is not None:
            return f"{day(m['dmo'])}{regex.sub(_MONTH, lambda _: rng.choice(MONTHS), m['day_month'])}"
        if kind == "year":
            return str(rng.randint(1995, 2024))
        if kind == "digits":
            digits = m["digits"]
            first = str(rng.randint(1, 9)) if len(digits) > 1 else str(rng.randint(2, 9))
            return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])
        if kind == "month":
            return rng.choice(MONTHS)
        if kind == "weekday":
            return rng.choice(WEEKDAYS)
        if kind == "tens_unit":
            return same_case(f"{rng.choice(TENS)}-{rng.choice(UNITS[:9])}", m[kind])
        word = m["word"].lower()
        if word == "one" and regex.search(r"(?i:\b(?:the|no|any|every)\s+)$", m.string[max(0, m.start() - 8):m.start()]):
            return m["word"]  # "on the one hand", "no one": a pronoun, not a count
        pool = UNITS if word in UNITS else TENS if word in TENS else SCALES
        return same_case(rng.choice(pool), m["word"])

    return _TOKEN.sub(replace, text)


# ---------------------------------------------------------------------------
# The demo articles


def read_demo(folder: Path = DEMO) -> list[dict]:
    """The demo articles: body paragraphs plus outlet and title from sources.toml."""
    manifest = {}
    if (folder / "sources.toml").is_file():
        data = tomllib.loads((folder / "sources.toml").read_text(encoding="utf-8"))
        manifest = {entry["file"]: entry for entry in data.get("source", [])}
    articles = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        if text.startswith("+++\n"):
            text = text[text.find("\n+++", 3) + 5:]
        entry = manifest.get(path.name, {})
        articles.append({
            "name": path.name,
            "paragraphs": text.split("\n\n"),
            "outlet": entry.get("outlet", "Unknown outlet"),
            "title": entry.get("title", text.strip().split("\n", 1)[0]),
        })
    if not articles:
        sys.exit(f"no demo articles (*.txt) in {folder}")
    return articles


def article(articles: list[dict], rng: random.Random) -> tuple[str, str, str]:
    """(outlet, title, body) of one new article of 2–6 kB."""
    base = rng.choice(articles)
    paragraphs = list(base["paragraphs"])
    if len(paragraphs) > 6 and rng.random() < 0.5:  # drop a middle paragraph
        del paragraphs[rng.randrange(2, len(paragraphs) - 2)]
    if rng.random() < 0.5:  # borrow one from another article
        other = rng.choice(articles)["paragraphs"]
        paragraphs.insert(rng.randrange(1, len(paragraphs)), rng.choice(other))
    body = vary("\n\n".join(paragraphs), rng)
    while len(body.encode()) > LARGEST and len(paragraphs) > 3:
        del paragraphs[rng.randrange(1, len(paragraphs) - 1)]
        body = vary("\n\n".join(paragraphs), rng)
    while len(body.encode()) < SMALLEST:
        body += "\n\n" + vary(rng.choice(rng.choice(articles)["paragraphs"]), rng)
    return base["outlet"], vary(base["title"], rng), body


def front_matter(outlet: str, title: str, published: date) -> str:
    return (f"+++\noutlet = {json.dumps(outlet, ensure_ascii=False)}\ntitle = {json.dumps(title, ensure_ascii=False)}\n"
            f"published = {published.isoformat()}\n+++\n")


def random_day(rng: random.Random) -> date:
    first = date(2019, 1, 1)
    return first + timedelta(rng.randrange((date(2024, 12, 31) - first).days + 1))


# ---------------------------------------------------------------------------
# Writing a corpus


def label(size_mb: float) -> str:
    return f"{size_mb:g}"


def fingerprint(size_mb: float, seed: int, demo: Path) -> dict:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in sorted(demo.glob("*")):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return {"size_mb": size_mb, "seed": seed, "generator": digest.hexdigest()[:16]}


def generate(size_mb: float, out: Path | None = None, seed: int = 0, demo: Path = DEMO) -> Path:
    """Write a corpus of about `size_mb` MB (10^6 bytes) into `out`; returns the folder."""
    out = Path(out) if out else DEFAULT_OUT / label(size_mb)
    stamp = fingerprint(size_mb, seed, demo)
    if (out / STAMP).is_file():
        found = json.loads((out / STAMP).read_text())
        if {k: found.get(k) for k in stamp} == stamp:
            return out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    articles = read_demo(demo)
    target, written, count = int(size_mb * MB), 0, 0
    while written < target:
        rng = random.Random(f"{seed}:{count}")  # each file on its own: any one can be regenerated alone
        outlet, title, body = article(articles, rng)
        text = front_matter(outlet, title, random_day(rng)) + body + "\n"
        folder = out / f"{count // FILES_PER_FOLDER:03d}"
        folder.mkdir(exist_ok=True)
        data = text.encode("utf-8")
        (folder / f"{count:06d}.txt").write_bytes(data)
        written += len(data)
        count += 1
    (out / STAMP).write_text(json.dumps({**stamp, "files": count, "bytes": written}, sort_keys=True) + "\n")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=float, default=1, help="corpus size in MB (10^6 bytes); default 1")
    parser.add_argument("--out", type=Path, help="folder to write (default bench/corpus/<size>/)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    folder = generate(args.size, args.out, args.seed)
    facts = json.loads((folder / STAMP).read_text())
    print(f"{folder}: {facts['files']} articles, {facts['bytes']:,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
