"""Rendering on forked processes (generator.render.parallel) gives the texts rendering here gives."""

from __future__ import annotations

import multiprocessing
import os
import threading

import pytest

from generator.link import forked
from generator.render import parallel
from generator.render.deferred import DeferredPage


def _pages(count: int, text: str = "page") -> list[DeferredPage]:
    return [
        DeferredPage(f"p/{n}.md", f"k{n}", lambda n=n: f"{text} {n} " * (n % 7 + 1)) for n in range(count)
    ]


def _pages_saying_who_rendered(count: int) -> list[DeferredPage]:
    return [DeferredPage(f"p/{n}.md", f"k{n}", lambda: str(os.getpid())) for n in range(count)]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork here")
def test_forked_rendering_gives_the_same_texts_in_order_from_children(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Threads other tests of this session leave running would keep rendering here.
    monkeypatch.setattr(forked.threading, "active_count", lambda: 1)
    pages = _pages(parallel.MIN_FORKED_PAGES * 3)
    assert parallel.render_texts(pages, 2) == [p.text for p in pages]
    here = os.getpid()
    by = [
        DeferredPage(f"p/{n}.md", f"k{n}", lambda: str(os.getpid())) for n in range(parallel.MIN_FORKED_PAGES)
    ]
    assert {int(pid) for pid in parallel.render_texts(by, 2)} - {here}, "no page was rendered by a child"


def test_few_pages_one_process_or_too_many_are_rendered_here() -> None:
    here = str(os.getpid())
    few = [DeferredPage(f"p/{n}.md", f"k{n}", lambda: str(os.getpid())) for n in range(3)]
    assert parallel.render_texts(few, 2) == [here] * 3
    many = [
        DeferredPage(f"p/{n}.md", f"k{n}", lambda: str(os.getpid())) for n in range(parallel.MIN_FORKED_PAGES)
    ]
    assert parallel.render_texts(many, 1) == [here] * len(many)
    assert parallel.render_texts(_pages(parallel.FORKED_PAGES + 1), 2) == [
        p.text for p in _pages(parallel.FORKED_PAGES + 1)
    ]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork here")
def test_an_error_in_a_child_reaches_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked.threading, "active_count", lambda: 1)

    def broken() -> str:
        raise ValueError("template failed")

    pages = [*_pages(parallel.MIN_FORKED_PAGES), DeferredPage("bad.md", "k", broken)]
    with pytest.raises(ValueError, match="template failed"):
        parallel.render_texts(pages, 2)


def test_a_process_running_other_threads_renders_here() -> None:
    here = str(os.getpid())
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)  # as MkDocs' server beside `serve`
    other.start()
    try:
        pages = [
            DeferredPage(f"p/{n}.md", f"k{n}", lambda: str(os.getpid()))
            for n in range(parallel.MIN_FORKED_PAGES)
        ]
        assert parallel.render_texts(pages, 2) == [here] * len(pages)
    finally:
        stop.set()
        other.join()
