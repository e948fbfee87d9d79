"""Rendering the pages a run must render on forked processes, when there are a few hundred.

After one added article, the pages whose records changed (the briefing, the
dossiers of its actors with their timelines, the month, the listings: a few
hundred of thousands) are most of the render stage's time, and the core that
extracted the article is idle by then. Forked children share the linked corpus
with this process (copy-on-write, after `gc.freeze` so their collector leaves
its objects alone) and send back only the texts, in page order, so the result
equals rendering them here.

Only a bounded number of pages is rendered this way (`FORKED_PAGES`): a first
build renders every page, and children touching the whole corpus would copy
most of it, which the memory budget of a large build does not allow; below
`MIN_FORKED_PAGES` starting the children costs more than it saves. Where
processes cannot be forked safely (Windows, macOS), or this process runs
other threads (`briefing serve` generates beside MkDocs' server threads, and a
lock one of them held would stay locked in a child), pages are rendered here.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Sequence
from typing import Protocol

from ..link.forked import can_fork

MIN_FORKED_PAGES = 64
FORKED_PAGES = 4000


class Renderable(Protocol):
    @property
    def text(self) -> str: ...


_pages: Sequence[Renderable] = ()


def _text(index: int) -> str:
    return _pages[index].text


def render_texts(pages: Sequence[Renderable], processes: int) -> list[str]:
    """The text of each of `pages`, in order: on `processes` forked children when that pays."""
    global _pages
    if processes < 2 or not can_fork() or not MIN_FORKED_PAGES <= len(pages) <= FORKED_PAGES:
        return [page.text for page in pages]
    _pages = pages
    processes = min(processes, len(pages) // (MIN_FORKED_PAGES // 2))  # a child for 32 pages or more
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            # Small chunks: a dossier of a frequent actor costs a hundred briefings' pages.
            return pool.map(_text, range(len(pages)), chunksize=max(1, len(pages) // (processes * 8)))
    finally:
        gc.unfreeze()
        _pages = ()
