"""The one exception type for bad input, and the exit codes it maps to."""

from __future__ import annotations

from dataclasses import dataclass

EXIT_CLEAN = 0  # nothing at or above --fail-on
EXIT_FINDINGS = 1  # findings at or above --fail-on
EXIT_BAD_INPUT = 2  # bad sources, broken rules, unwritable output
EXIT_INTERRUPTED = 130  # SIGINT


@dataclass
class InputError(Exception):
    """Bad input a person must mend: printed as one line, never a traceback.

    `path` and `line` point at the offending place; `hint` says how to mend it.
    """

    message: str
    path: str | None = None
    line: int | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text
