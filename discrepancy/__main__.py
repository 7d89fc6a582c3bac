"""`python -m discrepancy`: the same as the `discrepancy` command."""

try:
    from _discrepancy_launch import main
except ImportError:  # a source tree that was never installed
    from .cli import main

main()
