"""The article's full text split into segments, so the first mention of each actor can be linked."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .corpus import Segment


def _is_word_char(char: str) -> bool:
    """True for what the regular expression `\\w` matches (str patterns): letters, digits, "_"."""
    return char.isalnum() or char == "_"


def _whole_word_matches(paragraph: str, forms: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of the matches `re.finditer` would give for the alternation of
    `forms` (in that order of preference) between non-word characters: leftmost first, the
    first form that fits at a place wins, and the next search starts after it.

    Found with `str.find` per form, not a compiled alternation: every article has its
    own forms, and compiling a pattern per article cost more than the rest of the
    function (and grew with the corpus, as re's pattern cache holds 512).
    """
    found: list[tuple[int, int, int]] = []
    size = len(paragraph)
    for order, form in enumerate(forms):
        start = paragraph.find(form)
        while start != -1:
            end = start + len(form)
            if not (start and _is_word_char(paragraph[start - 1])) and not (
                end < size and _is_word_char(paragraph[end])
            ):
                found.append((start, order, end))
            start = paragraph.find(form, start + 1)
    found.sort()
    after = 0
    for start, _, end in found:
        if start >= after:
            yield start, end
            after = end


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
    actors = len(set(owner.values()))
    linked: set[str] = set()
    out: list[tuple[Segment, ...]] = []
    for paragraph in paragraphs:
        if len(linked) == actors:  # every actor linked: the rest is plain text
            out.append((Segment(paragraph),))
            continue
        segments: list[Segment] = []
        start = 0
        for match_start, match_end in _whole_word_matches(paragraph, forms):
            slug = owner[paragraph[match_start:match_end]]
            if slug in linked:
                continue
            linked.add(slug)
            if match_start > start:
                segments.append(Segment(paragraph[start:match_start]))
            segments.append(Segment(paragraph[match_start:match_end], slug))
            start = match_end
        if start < len(paragraph) or not segments:
            segments.append(Segment(paragraph[start:]))
        out.append(tuple(segments))
    return tuple(out)
