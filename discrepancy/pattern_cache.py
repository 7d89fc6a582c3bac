"""Compiled patterns kept on disk between runs, as Python keeps its .pyc files.

A rule's pattern holds a value grammar of thousands of characters, and the regex module
parses it in Python: on the demo corpus that was half the run (0.3 s of 0.6 s). A compiled
regex pattern pickles as the arguments of its last, C-level step, so loading one skips the
parsing and costs a fraction of a millisecond.

The file holds an index of its entries, read at start, and each entry is read only when its
pattern is asked for: a cache grown to its 32 MB is not read whole by every command.

Beside the patterns it keeps answers that take a run long to work out and depend only on
their question (see `answer`): how each rule's pattern may be split took 13,000 grammar tries,
0.15 s of every demo run.

The cache is only ever an aid. It is keyed by the pattern, its flags and the versions of
Python and regex; one that cannot be read, or a folder that cannot be written, is passed
over and the patterns are compiled as before. Each entry carries a checksum of its pattern and
its compiled program, so a damaged entry is compiled afresh, never run: regex's compile step
trusts the program it is given. Only that step may be called from the file (see
_OnlyCompiledPatterns), so nothing else can run from it; the folder is trusted as the virtual
environment is, since whoever can write there could also plant a damaged program on purpose.

DISCREPANCY_CACHE names the folder (default: $XDG_CACHE_HOME/discrepancy, else
~/.cache/discrepancy); DISCREPANCY_CACHE=off turns it off.
"""

from __future__ import annotations

import atexit
import hashlib
import io
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

import regex

CACHE_ENV = "DISCREPANCY_CACHE"
MAX_BYTES = 32_000_000  # what the file may grow to; the patterns of the last run are always kept
T = TypeVar("T")


def compile(pattern: str, flags: int = 0) -> regex.Pattern:  # noqa: A001 - regex.compile's own name
    """regex.compile(pattern, flags), from the cache when an earlier run compiled it."""
    return _CACHE.compile(pattern, flags)


def cached(pattern: str, flags: int = 0) -> regex.Pattern | None:
    """The compiled pattern if an earlier run kept it, without compiling it now."""
    return _CACHE.lookup(pattern, flags)


def answer(question: tuple[str, ...], work_out: Callable[[], T]) -> T:
    """What `work_out()` answered to `question` in an earlier run, else what it answers now,
    kept for the next run. For work that depends only on the question, whose strings name every
    input, the code that works it out included; the answer is plain data (a bool, a string, a
    tuple or frozenset of them): the file may hold nothing that runs."""
    return _CACHE.answer(question, work_out)


@lru_cache(maxsize=None)
def source_digest(*files: str) -> str | None:
    """A digest of the source files whose code works an answer out, for its question to name
    (an edit of that code must not find the answers the old code gave); None where one cannot
    be read, and nothing should be kept."""
    digest = hashlib.blake2b(digest_size=DIGEST_BYTES)
    try:
        for file in files:
            digest.update(Path(file).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def save() -> None:
    """Write what this process compiled, for the next run (done at exit by itself)."""
    _CACHE.save()


def reset() -> None:
    """Forget what this process loaded and compiled, and read the cache file afresh when next
    asked, as a new process would (for the benchmark and tests; unsaved patterns are dropped)."""
    global _CACHE
    _CACHE = _Cache()


def cache_file() -> Path | None:
    """Where the cache lives for this Python and regex, or None when it is turned off."""
    setting = os.environ.get(CACHE_ENV, "")
    if setting.lower() in {"off", "0", "no", "false"}:
        return None
    if setting:
        folder = Path(setting)
    else:
        try:
            base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        except RuntimeError:  # no home folder to be found
            return None
        folder = Path(base) / "discrepancy"
    python = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}"
    return folder / f"patterns-{python}-regex{regex.__version__}.pickle"


class _OnlyCompiledPatterns(pickle.Unpickler):
    """Unpickles a compiled regex pattern and nothing else that could run."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


def _unpickle(data: bytes):
    return _OnlyCompiledPatterns(io.BytesIO(data)).load()


CHECKSUM_BYTES = 16


def _checksum(key: tuple[str, int], program: bytes) -> bytes:
    return hashlib.blake2b(f"{key[1]}:{key[0]}".encode("utf-8", "surrogatepass") + b"\0" + program,
                           digest_size=CHECKSUM_BYTES).digest()


def _sealed(key: tuple[str, int], compiled: regex.Pattern) -> bytes:
    """The compiled pattern as the file keeps it: its checksum, then its pickle."""
    program = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
    return _checksum(key, program) + program


def _opened(key: tuple[str, int], data: bytes) -> regex.Pattern | None:
    """The compiled pattern an entry holds, or None where its checksum does not match."""
    checksum, program = data[:CHECKSUM_BYTES], data[CHECKSUM_BYTES:]
    if checksum != _checksum(key, program):
        return None
    found = _unpickle(program)
    return found if isinstance(found, regex.Pattern) and found.pattern == key[0] else None


# An answer's digests are made apart from a pattern's (blake2b's personalisation), so that no
# question can stand for a pattern, nor a pattern for a question.
ANSWER = b"answer"


def _question_bytes(question: tuple[str, ...]) -> bytes:
    return repr(tuple(question)).encode("utf-8", "surrogatepass")


def _answer_digest(question: tuple[str, ...]) -> bytes:
    return hashlib.blake2b(_question_bytes(question), digest_size=DIGEST_BYTES, person=ANSWER).digest()


def _answer_checksum(digest: bytes, kept: bytes) -> bytes:
    """Of the question's digest (which stands for the question: a grammar asked of is 20,000
    characters, hashed once) and the answer."""
    return hashlib.blake2b(digest + kept, digest_size=CHECKSUM_BYTES, person=ANSWER).digest()


def _sealed_answer(digest: bytes, found) -> bytes:
    """An answer as the file keeps it: its checksum, then its pickle."""
    kept = pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)
    return _answer_checksum(digest, kept) + kept


def _opened_answer(digest: bytes, data: bytes) -> tuple[bool, object]:
    """(True, the answer an entry holds), or (False, None) where its checksum does not match."""
    checksum, kept = data[:CHECKSUM_BYTES], data[CHECKSUM_BYTES:]
    if checksum != _answer_checksum(digest, kept):
        return False, None
    return True, _unpickle(kept)


class _Cache:
    """The cache file's index, read at once, and its entries, each read and unpickled only when
    asked for: a process needs a hundred patterns of the thousands a cache of 32 MB keeps, and
    reading the whole file cost every command, `--help` too, 0.1-0.2 s."""

    def __init__(self):
        self._file: Path | None = None
        self._looked = False
        self._index: dict[bytes, tuple[int, int]] | None = None  # None when the cache is off
        self._version: tuple | None = None  # which file the index is of (see _file_version)
        self._used: dict[bytes, bytes] = {}  # this run's entries by their key's digest, in the order first used
        self._new = False

    def compile(self, pattern: str, flags: int) -> regex.Pattern:
        found = self.lookup(pattern, flags)
        if found is not None:
            return found
        compiled = regex.compile(pattern, flags)
        if self._read() is not None:
            key = (pattern, int(flags))
            self._used[_digest(key)] = _sealed(key, compiled)
            self._new = True
        return compiled

    def lookup(self, pattern: str, flags: int) -> regex.Pattern | None:
        if self._read() is None:
            return None
        key = (pattern, int(flags))  # an int, not regex's flag enum: the file holds plain data only
        digest = _digest(key)
        data = self._used.get(digest) or self._stored(digest)
        if data is None:
            return None
        try:
            found = _opened(key, data)
        except Exception:  # a damaged entry: compile it afresh
            return None
        if found is not None:
            self._used[digest] = data
        return found

    def answer(self, question: tuple[str, ...], work_out: Callable[[], T]) -> T:
        if self._read() is None:
            return work_out()
        digest = _answer_digest(question)
        data = self._used.get(digest) or self._stored(digest)
        if data is not None:
            try:
                opened, found = _opened_answer(digest, data)
            except Exception:  # a damaged entry: work it out afresh
                opened = False
            if opened:
                self._used[digest] = data
                return found
        found = work_out()
        self._used[digest] = _sealed_answer(digest, found)
        self._new = True
        return found

    def save(self) -> None:
        if not self._new or self._file is None:
            return
        self._new = False
        kept, size = dict(self._used), sum(map(len, self._used.values()))
        for digest, data in stored_entries(self._file).items():  # the file as it is now: another run's too
            if digest not in kept and size + len(data) <= MAX_BYTES:
                kept[digest] = data
                size += len(data)
        _write_entries(self._file, kept)

    def _read(self) -> dict[bytes, tuple[int, int]] | None:
        """Where the stored entries are (read once), or None when the cache is off."""
        if not self._looked:
            self._looked = True
            self._file = cache_file()
            if self._file is not None:
                self._index, self._version = _read_index(self._file)
        return self._index

    def _stored(self, digest: bytes) -> bytes | None:
        """The entry the file keeps under `digest`, if any; where another run has replaced the
        file since its index was read, looked up in the new file's index."""
        if self._index is None or (digest not in self._index and self._version is None):
            return None
        try:
            with open(self._file, "rb") as handle:
                if (version := _file_version(handle)) != self._version:
                    self._index, self._version = _index_of(handle), version
                place = self._index.get(digest)
                if place is None:
                    return None
                handle.seek(place[0])
                data = handle.read(place[1])
        except Exception:  # unreadable or damaged: compile it afresh
            return None
        return data if len(data) == place[1] else None


# The file: MAGIC, the length of the index, the index (each entry's key digest and its place
# after the index), then the entries one after another.
MAGIC = b"discrepancy compiled patterns, indexed\n"
LENGTH_BYTES = 8
DIGEST_BYTES = 16


def _digest(key: tuple[str, int]) -> bytes:
    return hashlib.blake2b(f"{key[1]}:{key[0]}".encode("utf-8", "surrogatepass"), digest_size=DIGEST_BYTES).digest()


def _read_index(file: Path) -> tuple[dict[bytes, tuple[int, int]], tuple | None]:
    """Each entry's key digest and (offset, length) in the file, and which file that is (see
    _file_version); {} for a file that is missing, unreadable, damaged or of another kind (an
    older cache's is compiled afresh and replaced)."""
    try:
        with open(file, "rb") as handle:
            return _index_of(handle), _file_version(handle)
    except Exception:  # missing, unreadable or damaged: start afresh
        return {}, None


def _index_of(handle) -> dict[bytes, tuple[int, int]]:
    head = handle.read(len(MAGIC) + LENGTH_BYTES)
    if len(head) != len(MAGIC) + LENGTH_BYTES or not head.startswith(MAGIC):
        return {}
    length = int.from_bytes(head[len(MAGIC):], "big")
    index = _unpickle(handle.read(length))
    if not isinstance(index, dict):
        return {}
    start = len(MAGIC) + LENGTH_BYTES + length
    return {digest: (start + place[0], place[1]) for digest, place in index.items()
            if isinstance(digest, bytes) and isinstance(place, tuple) and len(place) == 2
            and all(isinstance(number, int) and number >= 0 for number in place)}


def _file_version(handle) -> tuple:
    """Which file an open handle reads: another run replaces the file whole, never in place."""
    found = os.fstat(handle.fileno())
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns


def stored_entries(file: Path) -> dict[bytes, bytes]:
    """Every entry a cache file keeps, by its key's digest (see _digest), read through one
    handle, so all from one version of the file; {} where it cannot be read."""
    entries = {}
    try:
        with open(file, "rb") as handle:
            for digest, (offset, length) in _index_of(handle).items():
                handle.seek(offset)
                data = handle.read(length)
                if len(data) == length:
                    entries[digest] = data
    except Exception:  # missing, unreadable or damaged: nothing kept
        return {}
    return entries


def _write_entries(file: Path, entries: dict[bytes, bytes]) -> None:
    """Replace the file whole, so a reader (or another writer) never sees half of it."""
    index, offset = {}, 0
    for digest, data in entries.items():
        index[digest] = (offset, len(data))
        offset += len(data)
    header = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=".patterns-")
    except OSError:
        return  # a folder we may not write: run without a cache
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(MAGIC + len(header).to_bytes(LENGTH_BYTES, "big") + header)
            for data in entries.values():
                out.write(data)
        os.replace(temporary, file)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


_CACHE = _Cache()
atexit.register(save)  # a process pool's worker exits without it: pipeline.py saves there
