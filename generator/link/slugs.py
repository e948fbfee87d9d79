"""Page names: a unique slug per article and per actor, and the clashes to report."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Sequence

from ..models import Briefing, Problem
from ..text import slugify

# Slugs that index pages use in the same folder.
RESERVED_SLUGS = frozenset({"index"})


def assign_stable_slugs(
    names: Sequence[str], origins: Sequence[str], reserved: frozenset[str] = RESERVED_SLUGS
) -> list[str]:
    """Return a unique slug per name, in order, a clash suffixed by a digest of the name's
    `origin` (what it was first met as) rather than by its place among the clashing names.

    Numbered slugs (-2, -3, ...) move whenever a name that clashes enters ahead of
    others: actors known only as "Garcia" in forty unrelated articles are forty
    groups, and one more of them renumbered every later one, so their pages and
    every page linking them were rewritten (issue 13's benchmark, 1,138 files for
    one added article at 5,000). A digest of the origin stays as long as the origin
    does; a digest that clashes too is numbered.
    """
    used: set[str] = set(reserved)
    slugs: list[str] = []
    for name, origin in zip(names, origins, strict=True):
        slug = slugify(name)
        if slug in used:
            digest = hashlib.blake2b(origin.encode("utf-8", "surrogatepass"), digest_size=3)
            slug = f"{slug}-{digest.hexdigest()}"
        slugs.append(_claim(slug, used))
    return slugs


def _claim(stem: str, used: set[str]) -> str:
    """`stem`, or the first of `stem`-2, -3, ... not in `used`; added to `used`."""
    slug, n = stem, 1
    while slug in used:
        n += 1
        slug = f"{stem}-{n}"
    used.add(slug)
    return slug


def article_order(briefings: Sequence[Briefing]) -> list[Briefing]:
    """Return the briefings in the order the link stage numbers them: by source."""
    return sorted(briefings, key=lambda b: b.article.source)


def first_seen(briefing: Briefing) -> tuple[dt.date, dt.datetime, str]:
    """When an article's names were first met, for deciding who keeps a clashing slug: its
    date (undated ones after every dated one), then when it was added (`briefing add`
    records it), then its source.

    The plain slug goes to the one met first. News is mostly added newest last,
    so the newcomer takes the suffixed slug and the pages already published keep
    their names (by source alone, a new file named ahead of the others took the
    plain slug and renamed a page and every page linking it: hashed names of a wire
    feed, or `briefing add`'s "title-2.md", which sorts before "title.md").
    """
    article = briefing.article
    added = article.added or dt.datetime.max.replace(tzinfo=dt.UTC)
    return (article.date or dt.date.max, added, article.source)


def title_slugs(ordered: Sequence[Briefing]) -> list[str]:
    """Return the slug of each of `ordered`'s articles, in its order: the title's, and for a
    title already taken by an article met earlier (`first_seen`), the title's suffixed by a
    digest of the source's file name (`assign_stable_slugs`; the name, not the path, so that
    moving the articles folder renames nothing), so that an added article never renames
    the other articles of the same title (numbered slugs renamed every later one)."""
    claims = sorted(range(len(ordered)), key=lambda n: first_seen(ordered[n]))
    slugs = assign_stable_slugs(
        [ordered[n].title for n in claims], [os.path.basename(ordered[n].article.source) for n in claims]
    )
    out = [""] * len(ordered)
    for n, slug in zip(claims, slugs, strict=True):
        out[n] = slug
    return out


def slug_clashes(briefings: Sequence[Briefing]) -> list[Problem]:
    """Warn about articles whose title gives the page name another article already has.

    A function of the briefings alone (the link stage assigns slugs the same
    way), so a run that skips linking reports the same clashes.
    """
    ordered = sorted(briefings, key=first_seen)
    slugs = title_slugs(ordered)
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
