"""Reports: one module per format behind one interface.

`render(comparison, fmt)` draws the comparison of facts; `render_observations(comparison,
fmt)` draws what `discrepancy extract` found, grouped per source; `render_diff(diff, fmt)`
draws what changed between two JSON reports. Each returns the whole report as text,
byte-identical for the same input. "github" (workflow commands) exists for facts only.
Format modules are imported only when asked for, so the command line starts fast.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..compare import Comparison
    from ..diff import ReportDiff

FORMATS = ("terminal", "markdown", "json", "github")
OBSERVATION_FORMATS = ("terminal", "markdown", "json")
DIFF_FORMATS = ("terminal", "markdown", "json")


def _format_module(fmt: str, formats: tuple[str, ...] = FORMATS):
    if fmt not in formats:
        raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(formats)}")
    return import_module(f"{__name__}.{fmt}")


def render(comparison: Comparison, fmt: str, *, color: bool = False, width: int = 100) -> str:
    """The report on every fact in `fmt` ("terminal", "markdown", "json" or "github").

    `color` and `width` matter to the terminal format only.
    """
    return _format_module(fmt).render(comparison, color=color, width=width)


def render_chunks(comparison: Comparison, fmt: str, *, color: bool = False, width: int = 100) -> Iterator[str]:
    """`render`, piece by piece, for writing a large report without holding all of it."""
    module = _format_module(fmt)
    if hasattr(module, "render_chunks"):
        return module.render_chunks(comparison)
    return iter([module.render(comparison, color=color, width=width)])


def render_observations(comparison: Comparison, fmt: str, *, color: bool = False, width: int = 100) -> str:
    """Every value extracted, grouped per source, in `fmt`."""
    return _format_module(fmt, OBSERVATION_FORMATS).render_observations(comparison, color=color, width=width)


def render_diff(diff: ReportDiff, fmt: str) -> str:
    """What changed between two reports, in `fmt` ("terminal", "markdown" or "json")."""
    if fmt not in DIFF_FORMATS:
        raise ValueError(f"unknown diff format {fmt!r}; choose one of {', '.join(DIFF_FORMATS)}")
    from .diff import render

    return render(diff, fmt)
