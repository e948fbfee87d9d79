"""Progress of long runs on the terminal: counts, rate and time left, on stderr only.

The pipeline reports to a `Progress`; the default one says nothing. The CLI
passes a `TerminalProgress` only when stderr is a terminal and `--quiet` is
not given, so logs and pipes stay clean.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm


class Progress:
    """Silent progress: the interface the pipeline reports to."""

    def start(self, stage: str, total: int) -> None:
        """A stage of `total` steps begins (e.g. "extracting", 1000 articles)."""

    def advance(self, steps: int = 1) -> None:
        """`steps` more steps of the current stage are done."""

    def finish(self) -> None:
        """The current stage is over."""


class TerminalProgress(Progress):
    """A progress bar per stage (tqdm): done/total, rate and estimated time left."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self._bar: tqdm[None] | None = None

    def start(self, stage: str, total: int) -> None:
        from tqdm import tqdm

        self.finish()
        self._bar = tqdm(total=total, desc=stage, unit="", file=self.stream, leave=False, dynamic_ncols=True)

    def advance(self, steps: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(steps)

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def for_terminal(quiet: bool, stream: TextIO | None = None) -> Progress:
    """Return a `TerminalProgress` if `stream` (stderr) is a terminal and not `quiet`, else silence."""
    stream = stream if stream is not None else sys.stderr
    if quiet or not stream.isatty():
        return Progress()
    return TerminalProgress(stream)
