"""The article's full text split into segments, so the first mention of each actor can be linked."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .corpus import Segment


def first_mentions(
    paragraphs: Sequence[str], surfaces: Sequence[tuple[str, str]]
) -> tuple[tuple[Segment, ...], ...]:
    """Split `paragraphs` so the first occurrence of each actor is its own linked segment.

    `surfaces` pairs each written form of an actor (name or alias) with the
    actor's slug; earlier pairs win when one form names two actors. Matches
    are case-sensitive whole words, longest form first ("Antony Blinken"
    before "Blinken"); each actor is linked once, where it first appears.
    """
    owner: dict[str, str] = {}
    for surface, slug in surfaces:
        if surface.strip():
            owner.setdefault(surface, slug)
    if not owner:
        return tuple((Segment(p),) for p in paragraphs)
    forms = sorted(owner, key=lambda s: (-len(s), s))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
    linked: set[str] = set()
    out: list[tuple[Segment, ...]] = []
    for paragraph in paragraphs:
        segments: list[Segment] = []
        start = 0
        for match in pattern.finditer(paragraph):
            slug = owner[match.group()]
            if slug in linked:
                continue
            linked.add(slug)
            if match.start() > start:
                segments.append(Segment(paragraph[start : match.start()]))
            segments.append(Segment(match.group(), slug))
            start = match.end()
        if start < len(paragraph) or not segments:
            segments.append(Segment(paragraph[start:]))
        out.append(tuple(segments))
    return tuple(out)
