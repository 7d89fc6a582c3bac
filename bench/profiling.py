"""Profile the pipeline on a generated corpus: where the time goes, per function and per pattern.

    python bench/profiling.py --size 10                 # cProfile, top 15 by cumulative and by own time
    python bench/profiling.py --size 1 --windows        # also: what extraction scans, per pattern
    python bench/profiling.py --size 1 --census         # also: each pattern alone over every whole source
    python bench/profiling.py --size 10 --rules /tmp/rules200 --top 25 --save /tmp/p.prof

--windows counts, per pattern, the regex scans extraction really runs (after its anchor
prefilter picks paragraphs), their length and seconds. --census scans every whole source with
every pattern once more, outside the profiler: what each pattern costs with no prefilter.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus as corpus_module  # noqa: E402
from discrepancy.compare import compare  # noqa: E402
from discrepancy.extract import extract  # noqa: E402
from discrepancy.report import render  # noqa: E402
from discrepancy.rules import load_rules  # noqa: E402
from discrepancy.sources import load_sources  # noqa: E402


def pipeline(folder: Path, rules: Path) -> None:
    sources, problems = load_sources([folder])
    loaded = load_rules([rules])
    render(compare(sources, loaded, extract(sources, loaded), problems), "markdown")


def census(folder: Path, rules: Path) -> str:
    """One line per pattern: its scans, their seconds and matches, slowest first."""
    sources, _ = load_sources([folder])
    texts = [s.scan_text or s.text for s in sources]
    chars = sum(map(len, texts))
    rows = []
    for rule in load_rules([rules]):
        for index, pattern in enumerate(rule.patterns):
            start = time.perf_counter()
            matches = sum(1 for text in texts for _ in pattern.regex.finditer(text))
            seconds = time.perf_counter() - start
            rows.append((seconds, rule.id, index, matches, pattern.text))
    rows.sort(reverse=True)
    total = sum(r[0] for r in rows)
    lines = [f"{len(rows)} patterns x {len(texts)} sources = {len(rows) * len(texts):,} scans over {chars:,} chars; "
             f"scanning alone takes {total:.2f} s ({chars * len(rows) / total / 1e6:.2f} M chars/s per pattern, "
             f"{chars / total / 1e3:.1f} k chars/s for the set)",
             f"{'seconds':>8} {'share':>6} {'k chars/s':>9} {'matches':>8}  rule#pattern: text"]
    for seconds, rule_id, index, matches, text in rows:
        lines.append(f"{seconds:8.3f} {100 * seconds / total:5.1f}% {chars / seconds / 1e3:9.0f} {matches:8,}  "
                     f"{rule_id}#{index}: {text[:90]}")
    return "\n".join(lines)


def _index_of(pattern, rule) -> int:
    """The pattern's index in its rule, by its text: the inner-count pattern is another object."""
    return next(i for i, p in enumerate(rule.patterns) if p.text == pattern.text)


def windows(folder: Path, rules: Path) -> str:
    """What extraction actually scans: per pattern, its regex scans, their chars and seconds.

    Wraps the one function through which extraction runs a compiled regex (`_bounded`, or
    `_matches` in older versions), for this run only. A placeholder-led pattern may be found
    through what follows its placeholder first: those scans are counted as "rest".
    """
    extraction = sys.modules["discrepancy.extract"]  # the package exports a function of that name

    sources, _ = load_sources([folder])
    loaded = load_rules([rules])
    chars = sum(len(s.scan_text or s.text) for s in sources)
    stats: dict[tuple[str, int, str], list] = {}
    name = "_bounded" if hasattr(extraction, "_bounded") else "_matches"
    original = getattr(extraction, name)

    def record(key, source, start, end, text, matches):
        row = stats.setdefault(key, [0, 0, 0.0, 0, set()])  # scans, chars, seconds, matches, sources
        row[0] += 1
        row[1] += (len(text) if end is None else end) - start
        row[4].add(source.path)
        began = time.perf_counter()
        for match in matches:
            row[2] += time.perf_counter() - began
            row[3] += 1
            yield match
            began = time.perf_counter()
        row[2] += time.perf_counter() - began

    if name == "_bounded":
        def counted(compiled, pattern, text, rule, source, start, end, starts=None):
            kind = "full" if compiled is pattern.regex else "rest"
            if pattern not in rule.patterns:  # "all but one of the 33" read again without the partitive
                kind += " (inner count)"
            key = (rule.id, _index_of(pattern, rule), kind)
            return record(key, source, start, end, text,
                          original(compiled, pattern, text, rule, source, start, end, starts))
    else:
        def counted(pattern, text, rule, source, start=0, end=None):
            key = (rule.id, _index_of(pattern, rule), "full")
            return record(key, source, start, end, text, original(pattern, text, rule, source, start, end))

    setattr(extraction, name, counted)
    try:
        started = time.perf_counter()
        extract(sources, loaded)
        total = time.perf_counter() - started
    finally:
        setattr(extraction, name, original)
    scans = sum(r[0] for r in stats.values())
    scanning = sum(r[2] for r in stats.values())
    patterns = sum(len(r.patterns) for r in loaded)
    ran = {k[:2] for k in stats}
    lines = [f"extract: {total:.2f} s over {len(sources)} sources, {chars:,} chars; {len(loaded)} rules, {patterns} patterns, "
             f"{patterns - len(ran)} of them never ran; {scans:,} regex scans ({scans / len(sources):.1f} per source, "
             f"{scans / len(sources) / len(loaded):.2f} per rule per source), {scanning:.2f} s in them "
             f"({100 * scanning / total:.0f}% of extract)",
             f"{'seconds':>8} {'scans':>7} {'sources':>7} {'scans/src':>9} {'chars':>6} {'matches':>7}  scan rule#pattern: text"]
    by_key = {(r.id, i): p.text for r in loaded for i, p in enumerate(r.patterns)}
    for key, (count, scanned, seconds, matches, seen) in sorted(stats.items(), key=lambda kv: -kv[1][2])[:40]:
        lines.append(f"{seconds:8.3f} {count:7,} {len(seen):7,} {count / len(sources):9.2f} {100 * scanned / chars:5.1f}% "
                     f"{matches:7,}  {key[2]} {key[0]}#{key[1]}: {by_key[key[:2]][:70]}")
    if len(stats) > 40:
        lines.append(f"... and {len(stats) - 40} more")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=float, default=10, help="corpus size in MB (default 10)")
    parser.add_argument("--rules", type=Path, default=ROOT / "rules", help="rules folder (default rules)")
    parser.add_argument("--top", type=int, default=15, help="lines per listing (default 15)")
    parser.add_argument("--census", action="store_true", help="also time each pattern's scans alone")
    parser.add_argument("--windows", action="store_true",
                        help="also count what extraction scans: regex scans, chars and seconds per pattern")
    parser.add_argument("--no-profile", action="store_true", help="skip cProfile (with --census or --windows)")
    parser.add_argument("--save", type=Path, help="also write the raw profile here (for snakeviz, pstats)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    args = parser.parse_args(argv)

    folder = corpus_module.generate(args.size, seed=args.seed)
    if not args.no_profile:
        regex.purge()
        profiler = cProfile.Profile()
        start = time.perf_counter()
        profiler.runcall(pipeline, folder, args.rules)
        print(f"# pipeline on {args.size:g} MB with {args.rules}: {time.perf_counter() - start:.1f} s under cProfile\n")
        if args.save:
            profiler.dump_stats(args.save)
        for order in ("cumulative", "tottime"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(args.top)
            body = out.getvalue()
            print(f"## sorted by {order}\n")
            print(body[body.index("   ncalls"):].rstrip() if "   ncalls" in body else body.rstrip(), "\n")
    if args.windows:
        print("## what extraction scans\n")
        print(windows(folder, args.rules), "\n")
    if args.census:
        print("## pattern census (every pattern over every whole source)\n")
        print(census(folder, args.rules))


if __name__ == "__main__":
    main()
