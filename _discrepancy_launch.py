"""The `discrepancy` command's entry point (see [project.scripts] in pyproject.toml).

It lives outside the package on purpose: importing discrepancy.cli loads typer before cli.py
can install its own handler (the library itself is imported later, by the command that needs
it: see discrepancy/__init__.py). A Ctrl-C in that time would print a Python traceback. So
Ctrl-C is handled here before anything is imported: one line, exit 130 (nothing can have
been written yet).
"""

import os
import signal


def main():
    signal.signal(signal.SIGINT, _stop_while_starting)
    from discrepancy.cli import main as command_line  # installs its own handler for the run

    return command_line()


def _stop_while_starting(signum, frame):
    os.write(2, b"interrupted: no report written\n")
    os._exit(130)
