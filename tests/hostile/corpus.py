"""Hostile sources and rule sets, written into a folder at test time.

Nothing here is committed as a file: escape bytes, other encodings, binaries and 50 MB lines
make poor diffs, so each is spelled out below with Python escapes and written when a test
asks for it. Each small hostile article is a `Case` that says what the run must do with it:

* "read": the article is read, and the count rule reads exactly `values` from it
  (`line` is where the first one stands);
* "problem": the file is reported as a problem naming it (and `line`, when there is one),
  and the run goes on with the rest;
* "silent": the article is read and says nothing the rule asks about.

All of them use one count rule, `HOSTILE_RULE`: "detained {count} Russians".
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
DEMO = REPO / "sources"

ESC, BEL, RLO, PDF, ZWJ, ZWSP = "\x1b", "\x07", "\u202e", "\u202c", "\u200d", "\u200b"
NBSP, NNBSP, THIN, SHY, BOM = "\u00a0", "\u202f", "\u2009", "\u00ad", "\ufeff"

HOSTILE_RULE = """\
id = "russians-detained"
question = "How many Russians were detained?"
kind = "count"
patterns = ['detained {count} Russians']

[[example]]
text = "Police detained 33 Russians."
value = 33
"""


@dataclass(frozen=True)
class Case:
    name: str
    content: bytes
    expect: str  # "read", "problem" or "silent"
    values: tuple[str, ...] = ()  # value displays read, in order, for "read"
    line: int | None = None  # first observation's line ("read"), or the line named ("problem")
    reason: str = ""  # words the problem message must hold ("problem")


def _text(text: str) -> bytes:
    return text.encode("utf-8")


CASES = (
    Case("control.txt", _text("Police detained 33 Russians near Minsk.\n"), "read", ("33",), 1),
    Case("ansi.txt", _text(
        f"Police detained 33 Russians {ESC}[31mRED{ESC}[0m and "
        f"{ESC}]8;;http://evil.example{BEL}click{ESC}]8;;{BEL} here {ESC}[2J{ESC}[H.\n"), "read", ("33",), 1),
    # TOML has no raw ESC, but its \u001b escape puts one in the metadata all the same.
    Case("ansi-metadata.txt", _text(
        '+++\noutlet = "\\u001b[31mEvil Daily\\u001b[0m [bold red]Outlet[/] | x"\n'
        'title = "\\u001b]8;;http://evil.example\\u0007Title\\u202e"\n'
        'url = "javascript:alert(1)"\npublished = 2020-08-07\n+++\n'
        "Police detained 33 Russians.\n"), "read", ("33",), 7),
    Case("rich.txt", _text(
        "[bold red]Police[/] detained 33 Russians [link=http://evil.example]here[/link] "
        "and [blink]there[/blink] :warning:.\n"), "read", ("33",), 1),
    Case("markup.md", _text(
        "| a | b |\n|---|---|\n\nPolice | detained 32 Russians `code` <script>alert(1)</script> "
        "<!-- hidden --> **bold** _em_ [x](javascript:alert(1)).\n"), "read", ("32",), 4),
    Case("html.txt", _text(
        "<p>Police detained 33 Russians</p> <!-- never closed <script>alert(1)</script> "
        "&lt;b&gt; `tick` | pipe |\n"), "read", ("33",), 1),
    Case("zwj.txt", _text(
        f"Police detained 33 Russians, families \U0001F468{ZWJ}\U0001F469{ZWJ}\U0001F467 said.\n"), "read", ("33",), 1),
    Case("rlo.txt", _text(f"Police detained 33 Russians, {RLO}23 eulav{PDF} and {ZWSP}more.\n"), "read", ("33",), 1),
    Case("narrow-nbsp.txt", _text(f"Police detained 1{NNBSP}200 Russians.\n"), "read", ("1,200",), 1),
    Case("nbsp.txt", _text(f"Police detained 1{NBSP}200 Russians.\n"), "read", ("1,200",), 1),
    Case("thin-space.txt", _text(f"Police detained 1{THIN}200 Russians.\n"), "read", ("1,200",), 1),
    Case("nbsp-words.txt", _text(f"Police{NBSP}detained{NBSP}33{NBSP}Russians.\n"), "read", ("33",), 1),
    # Digits of other scripts are digits: they read as the number they write.
    Case("arabic-indic.txt", _text("Police detained \u0663\u0663 Russians.\n"), "read", ("33",), 1),
    Case("full-width.txt", _text("Police detained \uff13\uff13 Russians.\n"), "read", ("33",), 1),
    Case("soft-hyphen.txt", _text(f"Po{SHY}lice detained 33 Russians near Min{SHY}sk.\n"), "read", ("33",), 1),
    Case("crlf.txt", b"Intro.\r\n\r\nPolice detained 33 Russians.\r\n", "read", ("33",), 3),
    Case("lone-cr.txt", b"Intro.\rMore.\rPolice detained 33 Russians.\r", "read", ("33",), 3),
    Case("bom.txt", _text(f'{BOM}+++\noutlet = "BOM Daily"\n+++\nPolice detained 33 Russians.\r\n'), "read", ("33",), 4),
    Case("windows-1251.txt", "Intro line.\nПолиция задержала 33 россиян.\n".encode("cp1251"), "problem",
         line=2, reason="not valid UTF-8"),
    Case("latin-1.txt", "Intro.\nSecond.\nCafé owners said police detained 33 Russians.\n".encode("latin-1"),
         "problem", line=3, reason="not valid UTF-8"),
    Case("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "problem",
         reason="binary"),
    Case("empty.txt", b"", "silent"),
    Case("blank.txt", b"\n\r\n  \t\n", "silent"),
)


def write_hostile_corpus(folder: Path) -> list[Case]:
    """Every case as a file in `folder`; returns the cases."""
    folder.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        (folder / case.name).write_bytes(case.content)
    return list(CASES)


def write_rule(folder: Path, text: str = HOSTILE_RULE, name: str = "rule.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------
# Big inputs

FILLER_WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut "
                "labore et dolore magna aliqua").split()


def write_single_line(path: Path, size: int, seed: int = 0) -> Path:
    """One line of `size` bytes of filler prose: no line break, no blank line, no rule's words."""
    rng = random.Random(seed)
    chunk = (" ".join(rng.choice(FILLER_WORDS) for _ in range(20_000)) + " ").encode("ascii")
    with open(path, "wb") as out:
        written = 0
        while written < size:
            piece = chunk[: size - written]
            out.write(piece)
            written += len(piece)
    return path


def write_small_files(folder: Path, count: int) -> None:
    """`count` one-sentence articles; every tenth says 32 where the others say 33."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"{i:05d}.txt").write_text(
            f"+++\npublished = 2020-08-{1 + i % 28:02d}\n+++\n"
            f"Police detained {32 if i % 10 == 0 else 33} Russians on Friday.\n", encoding="utf-8")


def write_demo_copies(folder: Path, count: int, per_folder: int = 500) -> int:
    """`count` copies of the demo articles, numbers varied so none repeats; returns bytes written."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt"))]
    total = 0
    for i, text in zip(range(count), itertools.cycle(texts)):
        sub = folder / f"{i // per_folder:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        body = text.replace("33", str(30 + i % 9)).replace("2020", str(2000 + i % 25))
        data = f"Copy {i}.\n\n{body}".encode("utf-8")
        (sub / f"article-{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


# ---------------------------------------------------------------------------
# Many rules

_KINDS = {
    "count": ("{count}", "Russians", "How many Russians were detained?"),
    "date": ("{date}", "election", "When was the election?"),
    "duration": ("{duration}", "power", "How long has he ruled?"),
    "amount": ("{amount}", "worth", "How much was it worth?"),
}
_PATTERNS = {
    "count": ["(?:detained|arrested|detention of) {count} (?:Russians|Russian nationals|{word}s)",
              "{count} (?:Russians|{word}s) (?:were|had been) (?:detained|arrested)"],
    "date": ["(?:presidential|{word}) (?:election|vote) (?:on|of) {date}", "{word} ... on {date}"],
    "duration": ["(?:in power|ruled Belarus|{word}) for {duration}", "{duration} (?:in power|of {word})"],
    "amount": ["(?:worth|cost|{word} of) {amount}", "{amount} (?:in|of) {word}"],
}


def write_many_rules(folder: Path, count: int) -> list[str]:
    """`count` distinct rule files, of every kind, each with a word of its own; most also
    carry wording that occurs in the demo articles, so they run there. Returns their ids."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    kinds = list(_KINDS)
    for i in range(count):
        kind = kinds[i % len(kinds)]
        word = f"zq{i:04d}word"
        patterns = ", ".join("'" + p.replace("{word}", word) + "'" for p in _PATTERNS[kind])
        rule_id = f"{kind}-{i:04d}"
        (folder / f"{rule_id}.toml").write_text(
            f'id = "{rule_id}"\nquestion = "{_KINDS[kind][2]} ({i})"\nkind = "{kind}"\n'
            f"patterns = [{patterns}]\n", encoding="utf-8")
        ids.append(rule_id)
    return ids
