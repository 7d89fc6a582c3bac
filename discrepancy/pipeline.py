"""The pipeline: sources → rules → extraction → comparison, streamed and optionally parallel.

Sources are read one at a time and dropped after extraction (only their metadata and
observations are kept), so memory follows the number of observations, not the size of
the corpus. With jobs > 1, files are spread over worker processes in chunks; results
are sorted afterwards, so the report is byte-identical whatever the number of jobs.
"""

from __future__ import annotations

import os
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import interrupt, pattern_cache
from .compare import Comparison, compare
from .extract import Observation, build_index, extract_source, observation_order
from .rules import Rule, load_rules, select_rules
from .sources import Source, SourceProblem, find_article_files, problem_order, read_article, with_metadata

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

# Below this much text, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD_BYTES = 4_000_000
FILES_PER_CHUNK = 64


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run(source_paths, rule_paths, jobs: int = 1, enable: list[str] | None = None,
        disable: list[str] = ()) -> Comparison:
    """Load rules, stream every source through extraction, and compare."""
    rules = select_rules(load_rules(list(rule_paths)), enable, disable)
    files, problems = find_article_files([Path(p) for p in source_paths])
    work, manifest_problems = with_metadata(files)
    problems += manifest_problems
    if jobs > 1 and len(work) > 1 and _total_size(files) >= PARALLEL_THRESHOLD_BYTES:
        results = _run_parallel(work, ([str(p) for p in rule_paths], enable, list(disable)), jobs)
    else:
        results = [_extract_files(work, rules)]
    sources, observations = [], []
    for chunk_sources, chunk_observations, chunk_problems in results:
        sources.extend(chunk_sources)
        observations.extend(chunk_observations)
        problems.extend(chunk_problems)
    sources.sort(key=lambda s: s.path)
    observations.sort(key=observation_order)
    problems.sort(key=problem_order)
    return compare(sources, rules, observations, problems)


def _total_size(files: list[Path]) -> int:
    total = 0
    for file in files:
        try:
            total += file.stat().st_size
        except OSError:
            pass
    return total


def _extract_files(work, rules: list[Rule]) -> tuple[list[Source], list[Observation], list[SourceProblem]]:
    """Read, extract and forget each file's text: the map step, a pure function of its inputs."""
    index = build_index(rules)
    sources, observations, problems = [], [], []
    for file, entry in work:
        interrupt.check()
        source, file_problems = read_article(file, entry)
        problems += file_problems
        if source is None:
            continue
        observations.extend(extract_source(source, rules, index))
        sources.append(replace(source, text="", scan_text=""))
    return sources, observations, problems


# ---------------------------------------------------------------------------
# Worker processes

# Ctrl-C at a terminal reaches every process of the group. Workers ignore it: the parent
# alone stops the run, cancels what is queued and ends the workers. A worker is started
# with Ctrl-C held back, so none can meet it before it ignores it.
WAIT_SECONDS = 0.25  # how often the parent looks up from waiting for the workers

_worker_rules: list[Rule] = []


def _start_worker(selection) -> None:
    global _worker_rules
    interrupt.ignore()
    interrupt.release()
    rule_paths, enable, disable = selection
    _worker_rules = select_rules(load_rules(rule_paths), enable, disable)


def _extract_chunk(work):
    extracted = _extract_files(work, _worker_rules)
    pattern_cache.save()  # a worker ends without running exit hooks
    return extracted


def _run_parallel(work, selection, jobs: int):
    # multiprocessing: 50 ms to import, and concurrent.futures (logging) 3-5 ms: for large runs only
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    chunks = [work[i: i + FILES_PER_CHUNK] for i in range(0, len(work), FILES_PER_CHUNK)]
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(selection,))
    try:
        with interrupt.Held():  # workers start here
            futures = [pool.submit(_extract_chunk, chunk) for chunk in chunks]
        pending = set(futures)
        while pending:
            _, pending = wait(pending, timeout=WAIT_SECONDS, return_when=FIRST_COMPLETED)
            interrupt.check()
        results = [future.result() for future in futures]
        pool.shutdown()
    except BaseException:
        with interrupt.Held():
            _stop(pool)
        raise
    return results


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel the queued chunks and end the workers now, not after their current chunk."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join(timeout=5)


# ---------------------------------------------------------------------------
# The map step, one file at a time, for a distributed engine (see examples/dask_extract.py)


def extract_file(path: str | Path, rule_paths: list[str]) -> list[str]:
    """One article's extraction records (JSON Lines): its metadata and observations, and its
    problems (its folder's manifest's too, which every article of the folder repeats and
    `compare_records` keeps once).

    A pure function of the file, its folder's manifest and the rules, so any engine can map it
    over a corpus; `compare_records` is the reduce step.
    """
    from .records import to_lines

    file = Path(path)
    rules = _rules_for(tuple(rule_paths))
    entries, problems = _manifest_for(file.parent)
    loaded, file_problems = read_article(file, entries.get(file.name, {}))
    problems = [*problems, *file_problems]
    if loaded is None:
        return to_lines([], [], problems).splitlines()
    observations = extract_source(loaded, rules, build_index(rules))
    return to_lines([replace(loaded, text="", scan_text="")], observations, problems).splitlines()


def compare_records(lines, rule_paths: list[str], enable=None, disable=()) -> Comparison:
    """The reduce step: records from any number of `extract_file` calls, compared."""
    from .records import from_lines

    sources, observations, problems = from_lines(lines)
    return compare(sources, select_rules(load_rules(list(rule_paths)), enable, disable), observations, problems)


@lru_cache(maxsize=8)
def _rules_for(rule_paths: tuple[str, ...]) -> list[Rule]:
    return load_rules(list(rule_paths))


@lru_cache(maxsize=1024)
def _manifest_for(folder: Path) -> tuple[dict, list[SourceProblem]]:
    from .sources import MANIFEST_NAME, read_manifest
    return read_manifest(folder / MANIFEST_NAME)
