"""Keeping Python's cyclic garbage collector out of the link step and the render stage's keys.

Both allocate millions of small records that never form reference
cycles, and every full collection walks the whole heap, briefings included:
at 50,000 articles the collector took about a fifth of the link step while
finding almost nothing to free (issue 13's link benchmark); after one added
article to 1,000, a third of the render stage's 1.0 s (the pages, their keys
and the few listings rendered every time; the other pages' texts are
rendered later, with the collector on). The heap as it is before the step is
frozen (moved out of the collector's sight) and collection is paused for the
step; both are undone afterwards, whatever happens.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector paused and today's heap frozen."""
    was_enabled = gc.isenabled()
    gc.disable()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()
