"""Compiled patterns kept on disk between runs, as Python keeps its .pyc files.

A rule's pattern holds a value grammar of thousands of characters, and the regex module
parses it in Python: on the demo corpus that was half the run (0.3 s of 0.6 s). A compiled
regex pattern pickles as the arguments of its last, C-level step, so loading one skips the
parsing and costs a fraction of a millisecond.

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
from pathlib import Path

import regex

CACHE_ENV = "DISCREPANCY_CACHE"
MAX_BYTES = 32_000_000  # what the file may grow to; the patterns of the last run are always kept


def compile(pattern: str, flags: int = 0) -> regex.Pattern:  # noqa: A001 - regex.compile's own name
    """regex.compile(pattern, flags), from the cache when an earlier run compiled it."""
    return _CACHE.compile(pattern, flags)


def cached(pattern: str, flags: int = 0) -> regex.Pattern | None:
    """The compiled pattern if an earlier run kept it, without compiling it now."""
    return _CACHE.lookup(pattern, flags)


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


class _Cache:
    """The entries of the cache file, each unpickled only when asked for."""

    def __init__(self):
        self._file: Path | None = None
        self._looked = False
        self._stored: dict[tuple[str, int], bytes] | None = None  # None when the cache is off
        self._used: dict[tuple[str, int], bytes] = {}  # this run's, in the order first used
        self._new = False

    def compile(self, pattern: str, flags: int) -> regex.Pattern:
        found = self.lookup(pattern, flags)
        if found is not None:
            return found
        compiled = regex.compile(pattern, flags)
        if self._read() is not None:
            key = (pattern, int(flags))
            self._used[key] = _sealed(key, compiled)
            self._new = True
        return compiled

    def lookup(self, pattern: str, flags: int) -> regex.Pattern | None:
        stored = self._read()
        key = (pattern, int(flags))  # an int, not regex's flag enum: the file holds plain data only
        data = self._used.get(key) or (stored or {}).get(key)
        if data is None:
            return None
        try:
            found = _opened(key, data)
        except Exception:  # a damaged entry: compile it afresh
            return None
        if found is not None:
            self._used[key] = data
        return found

    def save(self) -> None:
        if not self._new or self._file is None:
            return
        self._new = False
        kept, size = dict(self._used), sum(map(len, self._used.values()))
        for key, data in (self._stored or {}).items():
            if key not in kept and size + len(data) <= MAX_BYTES:
                kept[key] = data
                size += len(data)
        _write_entries(self._file, kept)

    def _read(self) -> dict[tuple[str, int], bytes] | None:
        """The stored entries (read once), or None when the cache is off."""
        if not self._looked:
            self._looked = True
            self._file = cache_file()
            self._stored = _read_entries(self._file) if self._file is not None else None
        return self._stored


def _read_entries(file: Path) -> dict[tuple[str, int], bytes]:
    try:
        entries = _unpickle(file.read_bytes())
    except Exception:  # missing, unreadable or damaged: start afresh
        return {}
    if not isinstance(entries, dict):
        return {}
    return {key: data for key, data in entries.items()
            if isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str)
            and isinstance(key[1], int) and isinstance(data, bytes)}


def _write_entries(file: Path, entries: dict[tuple[str, int], bytes]) -> None:
    """Replace the file whole, so a reader (or another writer) never sees half of it."""
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=".patterns-")
    except OSError:
        return  # a folder we may not write: run without a cache
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(entries, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, file)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


_CACHE = _Cache()
atexit.register(save)  # a process pool's worker exits without it: pipeline.py saves there
