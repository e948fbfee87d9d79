"""Keeping Python's cyclic garbage collector out of the link step.

It allocates millions of small records that never form reference
cycles, and every full collection walks the whole heap, briefings included:
at 50,000 articles the collector took about a fifth of the link step while
finding almost nothing to free (issue 13's link benchmark). The heap as it is
before the step is frozen (moved out of the collector's sight) and collection
is paused for the step; both are undone afterwards, whatever happens.
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
