"""Shared helpers: run the real command line, as a user would, from the repository root."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


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
