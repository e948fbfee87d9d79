"""The Atom feed of the briefings: entries computed here, drawn by `templates/feed.xml.j2`.

Atom rather than RSS because Atom allows relative links: when no site URL is
configured the links are relative to the feed's own address (`feed.xml` sits
at the site root), which feed readers resolve, and the feed stays valid. With
a site URL (`--site-url`, or `site_url` in mkdocs.yml) every link is absolute.
Ids are `urn:uuid:` names derived from the slug, so they never depend on time.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ..link.corpus import Corpus
from .views import article_tags

FEED_PATH = "feed.xml"
# Newest briefings in the feed; readers poll it, so it stays small. Each entry's
# categories are its page's tags (`views.article_tags`).
FEED_ENTRIES = 50
# The time given to undated articles and to an empty feed (a fixed instant,
# so output never depends on the clock).
EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True)
class Entry:
    """One briefing in the feed."""

    id: str
    title: str
    href: str
    updated: str
    published: str | None
    summary: str
    categories: tuple[str, ...]


@dataclass(frozen=True)
class Feed:
    """The whole feed: its own id, links and time, and the newest entries first."""

    id: str
    title: str
    updated: str
    self_href: str
    home_href: str
    entries: tuple[Entry, ...]


def _instant(date: dt.date) -> str:
    return f"{date.isoformat()}T00:00:00Z"


def _urn(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def atom_feed(corpus: Corpus, site_url: str | None, title: str, limit: int = FEED_ENTRIES) -> Feed:
    """Return the feed of the `limit` newest briefings; links are absolute when `site_url` is set."""
    base = site_url or ""
    namespace = site_url or "briefing:"
    dated = [p.date for p in corpus.articles if p.date]
    updated = _instant(max(dated) if dated else EPOCH)
    entries = tuple(
        Entry(
            id=_urn(f"{namespace}articles/{page.slug}"),
            title=" ".join(page.title.split()),
            href=f"{base}articles/{page.slug}.html",
            updated=_instant(page.date) if page.date else updated,
            published=_instant(page.date) if page.date else None,
            summary=" ".join(page.briefing.summary.split()),
            categories=article_tags(page),
        )
        for page in corpus.articles[:limit]
    )
    return Feed(
        id=_urn(f"{namespace}{FEED_PATH}"),
        title=title,
        updated=updated,
        self_href=f"{base}{FEED_PATH}",
        home_href=base or "index.html",
        entries=entries,
    )
