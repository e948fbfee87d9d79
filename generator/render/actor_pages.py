"""An actor's pages: the dossier, its pages by year, the Atom feed and the neighbourhood picture.

Each is a `DeferredPage`, rendered only when its key (what it shows) changed.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..link.corpus import ActorPage, ArticlePage, Companion
from ..models import ActorKind
from . import dossier
from .deferred import DeferredPage, PageKeys, digest
from .environment import PACKAGED, Templates
from .feed import actor_feed, actor_feed_path
from .graph import NEIGHBOURS, Companions, neighbourhood

SITE_TITLE = "Briefings"
# Companions a dossier lists under "Often appears with" and under "Places".
DOSSIER_COMPANIONS = 10


def shown_companions(actor: ActorPage) -> tuple[Companion, ...]:
    """The companions the packaged templates show of `actor`, in companion order: the
    first people and organisations and the first places of its dossier, and the
    first ones of its picture."""
    people = {
        c.slug
        for c in actor.companions_of_kind(ActorKind.PERSON, ActorKind.ORGANIZATION)[:DOSSIER_COMPANIONS]
    }
    places = {c.slug for c in actor.companions_of_kind(ActorKind.PLACE)[:DOSSIER_COMPANIONS]}
    drawn = {c.slug for c in actor.companions[:NEIGHBOURS]}
    return tuple(c for c in actor.companions if c.slug in people or c.slug in places or c.slug in drawn)


def render_actor(
    actor: ActorPage,
    companions: Companions,
    articles: Mapping[str, ArticlePage],
    templates: Templates = PACKAGED,
    site_url: str | None = None,
    sentences: dossier.FirstSentences | None = None,
    keys: PageKeys | None = None,
) -> list[DeferredPage]:
    """Return the dossier of one actor, its Atom feed, and its neighbourhood picture when it
    has companions, each rendered when its text is first read; `articles` are the article
    pages by slug (for what the actor did in each, `sentences` the sentences naming actors
    found so far, shared between dossiers; `keys` the page keys, shared likewise)."""
    keys = keys or PageKeys(articles)
    # A project's own templates may show any companion: then every one is in the key.
    base = keys.actor(actor, actor.companions if templates.override else shown_companions(actor))
    feed_path = actor_feed_path(actor)

    years = dossier.years(actor)  # none when the dossier lists every article and quote

    def dossier_text() -> str:
        return templates.render(
            "actor.md.j2",
            actor=actor,
            roles=dossier.roles_latest_first(actor),
            timeline=dossier.timeline(
                actor, articles, sentences, actor.appearances[: dossier.DOSSIER_ENTRIES]
            ),
            quotes=actor.quotes[: dossier.DOSSIER_QUOTES],
            years=years,
            feed=feed_path.rpartition("/")[2],
            limit=DOSSIER_COMPANIONS,
            role_articles=dossier.ROLE_ARTICLES,
        )

    def feed_text() -> str:
        return templates.render_xml("feed.xml.j2", feed=actor_feed(actor, articles, site_url, SITE_TITLE))

    def picture_text() -> str:
        return templates.render_xml("graph.svg.j2", picture=neighbourhood(actor, companions))

    pages = [
        DeferredPage(f"actors/{actor.slug}.md", digest("dossier", base), dossier_text),
        DeferredPage(feed_path, digest("feed", base), feed_text),
    ]
    pages.extend(_actor_year(actor, year, articles, templates, sentences, keys) for year in years)
    if actor.companions:
        # The picture also draws its companions' names and kinds (sized by what they
        # share with the actor, in its record): those are in its key too.
        drawn = [companions.actors[c.slug] for c in actor.companions[:NEIGHBOURS]]
        shown = [(a.slug, a.name, a.kind) for a in drawn]
        pages.append(DeferredPage(f"actors/{actor.slug}.svg", digest("picture", base, shown), picture_text))
    return pages


def _actor_year(
    actor: ActorPage,
    year: dossier.Year,
    articles: Mapping[str, ArticlePage],
    templates: Templates,
    sentences: dossier.FirstSentences | None,
    keys: PageKeys,
) -> DeferredPage:
    """The page of one year of an actor's articles and quotes (see `dossier.years`)."""

    def make() -> str:
        timeline = dossier.timeline(actor, articles, sentences, year.appearances)
        return templates.render("actor_year.md.j2", actor=actor, year=year, timeline=timeline)

    # What its entries show: the year's appearances and quotes (an entry quotes the
    # actor's first quote of the article), and the content of those articles.
    contents = keys.contents(seen.article_slug for seen in year.appearances)
    key = digest("actor-year", actor.slug, actor.name, year, contents)
    if templates.override:  # a project's template may show anything of the actor
        key = digest(key, keys.actor(actor, actor.companions))
    return DeferredPage(f"actors/{actor.slug}/{year.slug}.md", key, make)
