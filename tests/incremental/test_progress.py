"""Progress goes to a terminal only, never to a pipe or with --quiet."""

from __future__ import annotations

import io
import time

from generator.incremental.progress import Progress, TerminalProgress, for_terminal


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_unless_a_terminal_and_not_quiet() -> None:
    assert type(for_terminal(quiet=False, stream=io.StringIO())) is Progress
    assert type(for_terminal(quiet=True, stream=_Terminal())) is Progress
    assert isinstance(for_terminal(quiet=False, stream=_Terminal()), TerminalProgress)


def test_terminal_progress_shows_counts_and_time_left() -> None:
    stream = _Terminal()
    progress = for_terminal(quiet=False, stream=stream)
    progress.start("extracting", 4)
    progress.advance(2)
    time.sleep(0.15)  # tqdm redraws at most every 0.1 s
    progress.advance(1)
    progress.finish()
    shown = stream.getvalue()
    assert "extracting" in shown and "3/4" in shown
    assert "00:00<00:00" in shown  # elapsed<time left
