"""Ctrl-C: one line on stderr, exit 130, no report written, whatever the run was doing.

The command line installs `on_interrupt` for SIGINT. It records the interruption and raises
`Interrupted` once, which unwinds the run (temporary files removed, worker processes stopped).
Python cannot raise out of a finalizer (it prints "Exception ignored" and goes on), so the
record is kept too: `check()`, called where the run waits or is about to write, raises again,
and the unraisable hook keeps that case quiet.
"""

from __future__ import annotations

import signal
import sys

MESSAGE = "interrupted: no report written"


class Interrupted(Exception):
    """Raised from the SIGINT handler: not a KeyboardInterrupt, so no library swallows it."""


_interrupted = False


def on_interrupt(signum=None, frame=None) -> None:
    """Record the interruption and raise, once: a second Ctrl-C must not break the unwinding."""
    global _interrupted
    if _interrupted:
        return
    _interrupted = True
    raise Interrupted()


def install() -> None:
    """Handle SIGINT for the rest of the run (from the main thread)."""
    signal.signal(signal.SIGINT, on_interrupt)
    previous = sys.unraisablehook

    def quiet_about_interruptions(unraisable) -> None:
        if not isinstance(unraisable.exc_value, Interrupted):  # else recorded: check() raises it again
            previous(unraisable)

    sys.unraisablehook = quiet_about_interruptions


def check() -> None:
    """Raise Interrupted if Ctrl-C was pressed, even when its first raise was lost."""
    if _interrupted:
        raise Interrupted()


def ignore() -> None:
    """From here on Ctrl-C does nothing: in worker processes, and while the run stops."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Held:
    """Hold Ctrl-C back for a moment (where the OS allows): it is delivered on leaving."""

    def __enter__(self):
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        return self

    def __exit__(self, *exc) -> None:
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def release() -> None:
    """In a process started while Ctrl-C was held: let go of it (after `ignore()`)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
