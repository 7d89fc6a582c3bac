"""Shared helpers: run the real command line, as a user would, from the repository root."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Compiled patterns are kept for the tests' own processes in a folder of the session's (and
# dropped with it), so a run starts as on a fresh machine and leaves the user's cache alone.
_PATTERNS = tempfile.TemporaryDirectory(prefix="discrepancy-test-patterns-")
os.environ["DISCREPANCY_CACHE"] = _PATTERNS.name


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    def json(self):
        return json.loads(self.stdout)


def run_cli(*args: str, cwd: Path = REPO, env: dict | None = None) -> Result:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("NO_COLOR", "FORCE_COLOR", "GITHUB_STEP_SUMMARY", "GITHUB_ACTIONS")}
    environment.update(env or {})
    done = subprocess.run([sys.executable, "-m", "discrepancy", *args], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", env=environment, timeout=120)
    return Result(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def empty_pattern_cache(tmp_path, monkeypatch):
    """Compiled patterns kept in an empty folder of the test's own, as on a first run (see
    discrepancy/pattern_cache.py); the session's folder again afterwards."""
    from discrepancy import pattern_cache

    folder = tmp_path / "patterns"
    monkeypatch.setenv(pattern_cache.CACHE_ENV, str(folder))
    pattern_cache.reset()
    yield folder
    pattern_cache.reset()
