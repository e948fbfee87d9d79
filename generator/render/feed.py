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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..link.corpus import ActorPage, ArticlePage, Corpus
from .views import article_tags, dated_summary

FEED_PATH = "feed.xml"
# Newest briefings in the feed; readers poll it, so it stays small. Each entry's
# categories are its page's tags (`views.article_tags`).
FEED_ENTRIES = 50
# The time of an empty feed (a fixed instant, so output never depends on the clock).
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


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


def _instant(moment: dt.datetime) -> str:
    return f"{moment.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}"


def entry_time(page: ArticlePage) -> dt.datetime | None:
    """Return when an article entered the news: its date (midnight UTC), else the
    time it was added to the collection, else None (neither is recorded)."""
    if page.date:
        return dt.datetime(page.date.year, page.date.month, page.date.day, tzinfo=dt.UTC)
    return page.briefing.article.added


def _urn(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def atom_feed(corpus: Corpus, site_url: str | None, title: str, limit: int = FEED_ENTRIES) -> Feed:
    """Return the site's feed of the `limit` newest briefings (see `feed_of`)."""
    return feed_of(corpus.articles, site_url, title, FEED_PATH, site_url or "index.html", limit)


def actor_feed(
    actor: ActorPage, articles: Mapping[str, ArticlePage], site_url: str | None, site_title: str
) -> Feed:
    """Return the feed of the briefings that name `actor`, at `actors/<slug>.xml`."""
    pages = [articles[a.article_slug] for a in actor.appearances if a.article_slug in articles]
    home = f"{site_url}actors/{actor.slug}.html" if site_url else f"{actor.slug}.html"
    return feed_of(pages, site_url, f"{site_title}: {actor.name}", actor_feed_path(actor), home)


def actor_feed_path(actor: ActorPage) -> str:
    """Where an actor's feed is written, relative to docs/."""
    return f"actors/{actor.slug}.xml"


def feed_of(
    pages: Sequence[ArticlePage],
    site_url: str | None,
    title: str,
    path: str,
    home_href: str,
    limit: int = FEED_ENTRIES,
) -> Feed:
    """Return the feed at `path` (relative to docs/) of the `limit` newest of `pages`; links
    are absolute when `site_url` is set, else relative to the feed's own address.

    Entries are ordered by their time (`entry_time`), newest first; an undated
    article is placed at the time it was added and has no `published` time.
    One with neither (a plain-text file dropped into the folder) comes after
    the others, with the feed's own time, which Atom requires.
    """
    base = site_url or "../" * path.count("/")
    namespace = site_url or "briefing:"
    timed = [(entry_time(p), p) for p in pages]
    known = [t for t, _ in timed if t]
    updated = _instant(max(known) if known else EPOCH)
    newest_first = sorted(timed, key=lambda tp: (tp[0] is None, -(tp[0] or EPOCH).timestamp(), tp[1].slug))
    entries = tuple(
        Entry(
            id=_urn(f"{namespace}articles/{page.slug}"),
            title=" ".join(page.title.split()),
            href=f"{base}articles/{page.slug}.html",
            updated=_instant(time) if time else updated,
            published=_instant(time) if page.date and time else None,
            summary=" ".join(dated_summary(page.briefing).split()),
            categories=article_tags(page),
        )
        for time, page in newest_first[:limit]
    )
    return Feed(
        id=_urn(f"{namespace}{path}"),
        title=title,
        updated=updated,
        self_href=f"{site_url}{path}" if site_url else path.rpartition("/")[2],
        home_href=home_href,
        entries=entries,
    )
