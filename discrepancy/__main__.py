"""`python -m discrepancy`: the same as the `discrepancy` command."""

from .cli import main

main()
