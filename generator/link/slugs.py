"""Page names: a unique slug per article and per actor, and the clashes to report."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Problem
from ..text import slugify
from .corpus import Corpus

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


def slug_clashes(corpus: Corpus) -> list[Problem]:
    """Warn about articles whose title gives the page name another article already has."""
    by_slug = {page.slug: page for page in corpus.articles}
    problems = []
    for page in corpus.articles:
        wanted = slugify(page.title)
        first = by_slug.get(wanted)
        if first is None or first is page or wanted in RESERVED_SLUGS:
            continue
        same = "same title as" if first.title == page.title else "title gives the same page name as"
        problems.append(
            Problem(
                page.briefing.article.source,
                f"{same} {first.briefing.article.source}; published as articles/{page.slug}.md",
                skipped=False,
            )
        )
    return problems
