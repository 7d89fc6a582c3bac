"""Reports: one module per format behind one interface.

`render(comparison, fmt)` draws the comparison of facts; `render_observations(comparison,
fmt)` draws what `discrepancy extract` found, grouped per source. Both return the whole
report as text, byte-identical for the same comparison. Format modules are imported only
when asked for, so the command line starts fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..compare import Comparison

FORMATS = ("terminal", "markdown", "json")


def _format_module(fmt: str):
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return import_module(f"{__name__}.{fmt}")


def render(comparison: Comparison, fmt: str, *, color: bool = False, width: int = 100) -> str:
    """The report on every fact in `fmt` ("terminal", "markdown" or "json").

    `color` and `width` matter to the terminal format only.
    """
    return _format_module(fmt).render(comparison, color=color, width=width)


def render_observations(comparison: Comparison, fmt: str, *, color: bool = False, width: int = 100) -> str:
    """Every value extracted, grouped per source, in `fmt`."""
    return _format_module(fmt).render_observations(comparison, color=color, width=width)
