"""A call computed on a forked child gives what the call gives here, errors included."""

from __future__ import annotations

import os

import pytest

from generator.link import forked
from generator.link.forked import Later


@pytest.fixture(autouse=True)
def _single_threaded(monkeypatch: pytest.MonkeyPatch) -> None:
    # Threads other tests of this session leave running would keep every call here.
    monkeypatch.setattr(forked.threading, "active_count", lambda: 1)


FORK = pytest.mark.skipif("fork" not in forked.multiprocessing.get_all_start_methods(), reason="no fork here")


def _pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n


@FORK
def test_the_call_runs_on_a_child_and_its_result_comes_back() -> None:
    pid, square = Later(lambda: _pid_and_square(12), fork=True).result()
    assert square == 144
    assert pid != os.getpid()  # computed in the child, not here


def test_without_fork_the_call_runs_here() -> None:
    pid, square = Later(lambda: _pid_and_square(3), fork=False).result()
    assert (pid, square) == (os.getpid(), 9)


@pytest.mark.parametrize("fork", [True, False])
def test_an_error_of_the_call_is_raised_here(fork: bool) -> None:
    def fails() -> int:
        raise ValueError("no ranking")

    later = Later(fails, fork=fork)
    with pytest.raises(ValueError, match="no ranking"):
        later.result()


@FORK
def test_a_child_that_dies_leaves_the_call_to_this_process() -> None:
    calls: list[int] = []

    def dies_in_child() -> int:
        calls.append(os.getpid())
        if len(calls) == 1 and os.getpid() != parent:
            os._exit(3)  # killed before it can answer
        return 7

    parent = os.getpid()
    assert Later(dies_in_child, fork=True).result() == 7


def test_link_ranks_related_articles_on_a_child_as_it_would_here(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.link import linker
    from tests.records import synthetic_briefings

    briefings = synthetic_briefings(linker.MIN_ARTICLES)
    forked = linker.link(briefings)
    monkeypatch.setattr(linker, "MIN_ARTICLES", len(briefings) + 1)
    here = linker.link(briefings)
    assert forked == here
    assert any(page.related for page in here.articles)
