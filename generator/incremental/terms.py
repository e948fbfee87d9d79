"""Word counts of briefings kept in the cache, so a run counts only the new articles' words.

The related-articles ranking reads every briefing's word counts
(`link.briefing_terms`): counting them was about a fifth of the link stage
(0.4 s per 1,000 articles), the same work on every run for every unchanged
article. They are kept in the cache's `derived` table by the briefing's cache
key, under a namespace of the generator's source (which decides how words are
counted) and the stored form (marshal, whose format is Python's own).
"""

from __future__ import annotations

import marshal
import sys
from collections.abc import Mapping, Sequence

from ..link import briefing_terms
from ..models import Briefing
from .cache import BriefingCache, generation_stamp


def _namespace(cache: BriefingCache) -> str:
    stored_form = f"terms marshal {marshal.version} python {sys.version_info[0]}.{sys.version_info[1]}"
    return generation_stamp([stored_form.encode("ascii").hex()], cache.fingerprint)


def _decoded(blob: bytes) -> dict[str, int] | None:
    try:
        counts = marshal.loads(blob)
    except (ValueError, EOFError, TypeError):
        return None  # a damaged entry is counted again
    return counts if isinstance(counts, dict) else None


def kept_terms(
    briefings: Sequence[Briefing], keys: Sequence[str], cache: BriefingCache
) -> list[Mapping[str, int]]:
    """The `briefing_terms` of each briefing (`keys`: their cache keys, in the same order):
    from the cache when kept, counted and stored otherwise."""
    namespace = _namespace(cache)
    stored = cache.get_derived(namespace, keys)
    counts: list[Mapping[str, int]] = []
    new: list[tuple[str, bytes]] = []
    for briefing, key in zip(briefings, keys, strict=True):
        blob = stored.get(key)
        found = _decoded(blob) if blob is not None else None
        if found is None:
            found = briefing_terms(briefing)
            new.append((key, marshal.dumps(found)))
        counts.append(found)
    if new:
        cache.put_derived(namespace, new)
    return counts
