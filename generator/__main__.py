"""`python -m generator` runs the command-line interface."""

from .cli import main

main(prog_name="briefing")
