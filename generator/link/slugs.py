"""Page names: a unique slug per article and per actor, and the clashes to report."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Briefing, Problem
from ..text import slugify

# Slugs that index pages use in the same folder.
RESERVED_SLUGS = frozenset({"index"})


def assign_slugs(titles: Sequence[str], reserved: frozenset[str] = RESERVED_SLUGS) -> list[str]:
    """Return a unique slug per title, in order; clashes get -2, -3, ..."""
    used: set[str] = set(reserved)
    slugs: list[str] = []
    for title in titles:
        base = slugify(title)
        slug, n = base, 1
        while slug in used:
            n += 1
            slug = f"{base}-{n}"
        used.add(slug)
        slugs.append(slug)
    return slugs


def article_order(briefings: Sequence[Briefing]) -> list[Briefing]:
    """Return the briefings in the order their slugs are assigned: by source."""
    return sorted(briefings, key=lambda b: b.article.source)


def slug_clashes(briefings: Sequence[Briefing]) -> list[Problem]:
    """Warn about articles whose title gives the page name another article already has.

    A function of the briefings alone (the link stage assigns slugs the same
    way), so a run that skips linking reports the same clashes.
    """
    ordered = article_order(briefings)
    slugs = assign_slugs([b.title for b in ordered])
    by_slug = dict(zip(slugs, ordered, strict=True))
    problems = []
    for briefing, slug in zip(ordered, slugs, strict=True):
        wanted = slugify(briefing.title)
        first = by_slug.get(wanted)
        if first is None or first is briefing or wanted in RESERVED_SLUGS:
            continue
        same = "same title as" if first.title == briefing.title else "title gives the same page name as"
        problems.append(
            Problem(
                briefing.article.source,
                f"{same} {first.article.source}; published as articles/{slug}.md",
                skipped=False,
            )
        )
    return problems
