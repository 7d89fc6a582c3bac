"""Records: extraction's output as JSON Lines, and back, so extraction can run anywhere.

Extraction is a pure function of (source, rules) → observations. `discrepancy extract
--format jsonl` writes one record a line (a source's metadata, an observation, or a
problem); `discrepancy compare FILE.jsonl...` reads any number of such files — written by
one run or by the map step of a distributed job — and compares them. Same records, same
rules: the same report, byte for byte, as `discrepancy report`.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from .errors import InputError
from .extract import Observation, observation_order
from .live_pages import Stamp
from .report.json import observation_json, problem_json, source_json
from .sources import Source, SourceProblem, display_path, problem_order
from .values import Published, Value

# 2: a duration's precision is the unit it was written in, and comparison reads it ("two
# months" reaches 62 days); version-1 records lack it, so they would compare differently.
# 3: basis points are kept as percentage points (precision "basis points"), comparable with them.
# 5: a figure written with decimals before a scale word has that scale as its precision, and is
# compared as rounded to its last digit ("241.6 million"); version-4 records lack it.
# 6: a value's reach: "as many as nine" is an upper estimate, compared as "nearly 9" is.
# 7: an observation read from the brackets after a sum is marked `converts` (version-6 records
# lack it, and would compare it as a claim).
# 8: an observation in a headline is marked `headline` (version-7 records lack it, and would read
# its bare figure as the source's own beside the text's hedge of it).
# 9: a figure whose last digit written is a zero after a decimal point ("4.0%", "$209.0
# billion") keeps that digit's size (`written_step`), and is compared as rounded to it
# (version-8 records lack it, and would compare "4.0%" as the rounder "4%").
# 10: a figure said bare in a unit of measurement has the reach "rounded", and is compared as
# rounded to its last digit ("414mm" under unit = "mm"); a whole number of lakh or crore of two
# digits or more has that scale as its precision (version-9 records lack both, and would compare
# them as exact).
RECORD_VERSION = 10


def to_lines(sources, observations, problems) -> str:
    """One JSON object per line, sources first, in a stable order."""
    records = ([{"record": "source", **source_json(s)} for s in sources]
               + [{"record": "observation", **observation_json(o), "converts": o.converts,
                  "headline": o.headline} for o in observations]
               + [{"record": "problem", **problem_json(p)} for p in problems])
    return "".join(json.dumps({"version": RECORD_VERSION, **r}, sort_keys=True, ensure_ascii=False) + "\n"
                   for r in records)


def read_records(paths: list[Path]) -> tuple[list[Source], list[Observation], list[SourceProblem]]:
    """Every record in `paths`; a malformed line is an error naming file and line."""
    return from_lines((display_path(path), number, line) for path in paths for number, line in _lines(path))


def from_lines(lines) -> tuple[list[Source], list[Observation], list[SourceProblem]]:
    """Records back into objects. `lines` holds JSON texts, or (file, line number, text) triples
    so that an error can say where the bad record came from."""
    sources: dict[str, Source] = {}
    observations, problems = [], []
    for number, item in enumerate(lines, start=1):
        shown, line_number, line = item if isinstance(item, tuple) else ("<records>", number, item)
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            if record.get("version") != RECORD_VERSION:
                raise InputError(f"extraction record version {record.get('version')}, but this discrepancy reads "
                                 f"version {RECORD_VERSION}", shown, line_number,
                                 hint="run `discrepancy extract --format jsonl` again with this version")
            kind = record.pop("record")
            if kind == "source":
                source = _source(record)
                sources[source.path] = source
            elif kind == "observation":
                observations.append(_observation(record))
            elif kind == "problem":
                # records written before `left_out` held only files that were left out
                problems.append(SourceProblem(record["path"], record["message"], record["line"],
                                              bool(record.get("left_out", True))))
            else:
                raise ValueError(f"unknown record type {kind!r}")
        except (ValueError, KeyError, TypeError) as error:
            problem = f"missing field {error}" if isinstance(error, KeyError) else str(error)
            raise InputError(f"not an extraction record: {problem}", shown, line_number,
                             hint="pass files written by `discrepancy extract --format jsonl`") from None
    observations.sort(key=observation_order)
    problems = sorted(dict.fromkeys(problems), key=problem_order)  # a manifest's, once from each article of its folder
    return sorted(sources.values(), key=lambda s: s.path), observations, problems


def _lines(path: Path):
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, line
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", display_path(path)) from None
    except UnicodeDecodeError:
        raise InputError("not valid UTF-8", display_path(path)) from None


def _source(record: dict) -> Source:
    published = date.fromisoformat(record["published"]) if record["published"] else None
    return Source(path=record["path"], text="", outlet=record["outlet"], title=record["title"], url=record["url"],
                  published=Published(published, record["published_estimated"]), notes=record["notes"],
                  first_line=record["first_line"], skipped_lines=record["skipped_lines"])


def _observation(record: dict) -> Observation:
    return Observation(source=record["source"], rule=record["rule"], value=_value(record["value"]),
                       raw=record["raw"], matched=record["matched"], start=record["start"], end=record["end"],
                       line=record["line"], column=record["column"], sentence=record["sentence"],
                       highlight=tuple(record["highlight"]), pattern=record.get("pattern", 0),
                       entry=_stamp(record["entry"]) if record["entry"] else None, converts=record["converts"],
                       headline=record["headline"])


def _stamp(record: dict) -> Stamp:
    return Stamp(record["rank"], record["label"], date.fromisoformat(record["day"]) if record["day"] else None)


def _value(record: dict) -> Value:
    def bound(raw):
        if raw is None:
            return None
        return date.fromisoformat(raw) if record["kind"] == "date" else raw

    return Value(kind=record["kind"], low=bound(record["low"]), high=bound(record["high"]),
                 qualifier=record["qualifier"], unit=record["unit"], precision=record["precision"],
                 low_open=record["low_open"], high_open=record["high_open"], resolved=record["resolved"],
                 doubt=record.get("doubt"), reach=record["reach"], written_step=record["written_step"])
