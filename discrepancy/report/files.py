"""Writing report files so that an interrupted run never leaves half a report behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError


def write_atomically(path: Path, text: str | Iterable[str]) -> None:
    """Write to a temporary file beside `path`, then rename it into place.

    `text` may come in pieces (a report drawn as it is written)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise InputError(f"cannot write the report: {error.strerror}", path.as_posix(),
                         hint="choose a folder you may write to") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.writelines([text] if isinstance(text, str) else text)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; a report is not
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise InputError(f"cannot write the report: {error.strerror}", path.as_posix(),
                             hint="choose a path you may write to") from None
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
