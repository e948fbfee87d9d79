"""Render stage: `Corpus` in, the site's files out, all through Jinja2 templates.

Two environments: Markdown pages, where every printed value is
Markdown-escaped (the `finalize` hook) unless a trusted filter built it as
`Markup`; and XML files (the Atom feed, the SVG graphs), with Jinja's XML/HTML
autoescaping and characters XML 1.0 forbids removed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from jinja2 import BaseLoader, ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined

from ..link.corpus import ActorPage, ArticlePage, Companion, Corpus, StoryPage
from ..link.stories import STORY_WINDOW_DAYS
from ..models import ActorKind
from ..write.history import BuildHistory
from . import dossier, views
from .deferred import DeferredPage, PageKeys, digest
from .feed import FEED_PATH, actor_feed, actor_feed_path, atom_feed
from .graph import NEIGHBOURS, Companions, corpus_graph, neighbourhood
from .markdown_text import (
    escape_fragment,
    finalize,
    fixed,
    front_matter,
    markdown_image,
    markdown_link,
    safe_title,
    safe_url,
)

SITE_TITLE = "Briefings"
GRAPH_PATH = "graph.svg"
KIND_PLURAL = {
    ActorKind.PERSON: "People",
    ActorKind.ORGANIZATION: "Organisations",
    ActorKind.PLACE: "Places",
}
# Companions a dossier lists under "Often appears with" and under "Places".
DOSSIER_COMPANIONS = 10
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Briefings the index page shows; every briefing is on its month's archive page.
INDEX_LATEST = views.HOME_LATEST


@dataclass(frozen=True)
class Page:
    """A generated file: its path relative to docs/ and its text."""

    path: str
    text: str


# How every page shows an article without a date.
NO_DATE = "date unknown"


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else NO_DATE


def _day(value: dt.date | None) -> str:
    return f"{value.day} {value:%b}" if value else NO_DATE


def _long_date(value: dt.date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else NO_DATE


def _plural(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def _tags(page: ArticlePage) -> dict[str, object]:
    return {"tags": [safe_title(t) for t in views.article_tags(page)]}


def _loader(override: str | None) -> BaseLoader:
    """The packaged templates, each replaced by a file of the same name in `override`."""
    packaged = PackageLoader("generator.render", "templates")
    return ChoiceLoader([FileSystemLoader(override), packaged]) if override else packaged


def _template_environment(
    autoescape: bool, final: Callable[[object], object], override: str | None = None
) -> Environment:
    """The settings both template environments share; only the escaping differs."""
    return Environment(
        loader=_loader(override),
        autoescape=autoescape,
        finalize=final,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=8)
def environment(override: str | None = None) -> Environment:
    """Return the Jinja2 environment whose every output is Markdown-escaped; templates
    in the folder `override` replace the packaged ones of the same name."""
    env = _template_environment(autoescape=False, final=finalize, override=override)
    env.filters["link"] = markdown_link
    env.filters["fixed"] = fixed
    env.filters["image"] = markdown_image
    env.filters["fragment"] = escape_fragment
    env.filters["front_matter"] = front_matter
    env.filters["title"] = safe_title
    env.filters["safe_url"] = safe_url
    env.filters["date"] = _date
    env.filters["day"] = _day
    env.filters["long_date"] = _long_date
    env.filters["plural"] = _plural
    env.filters["dated_summary"] = views.dated_summary
    env.globals["kinds"] = tuple(ActorKind)
    env.globals["kind_plural"] = KIND_PLURAL
    return env


def _xml_text(value: object) -> object:
    if value is None:
        return ""
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


@lru_cache(maxsize=8)
def xml_environment(override: str | None = None) -> Environment:
    """Return the Jinja2 environment for XML files: autoescaped, XML-safe characters only."""
    return _template_environment(autoescape=True, final=_xml_text, override=override)


@dataclass(frozen=True)
class Templates:
    """Where templates come from: the package's, or a project's folder of replacements first."""

    override: str | None = None

    def render(self, template: str, **context: object) -> str:
        """Render a Markdown template (every printed value Markdown-escaped)."""
        return environment(self.override).get_template(template).render(**context)

    def render_xml(self, template: str, **context: object) -> str:
        """Render an XML template (feed, SVG): autoescaped."""
        return xml_environment(self.override).get_template(template).render(**context)


PACKAGED = Templates()


def render_article(
    page: ArticlePage, templates: Templates = PACKAGED, keys: PageKeys | None = None
) -> DeferredPage:
    """Return the briefing page of one article (rendered when its text is first read)."""

    def make() -> str:
        return templates.render(
            "article.md.j2",
            page=page,
            tags=_tags(page),
            stories=views.story_links(page),
            reading=views.reading(page),
        )

    keys = keys or PageKeys({page.slug: page})
    return DeferredPage(f"articles/{page.slug}.md", keys.article(page), make)


def render_evaluation(evaluation: object, verbose: bool = False) -> str:
    """Return the Markdown score tables of an evaluation run; with `verbose`,
    also each article's misses."""
    return PACKAGED.render("reports/evaluation.md.j2", ev=evaluation, verbose=verbose)


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
    # A project's own templates may show any companion: then the whole record is the key.
    base = keys.actor(actor, None if templates.override else shown_companions(actor))
    feed_path = actor_feed_path(actor)

    years = dossier.years(actor)
    entries = actor.appearances[: dossier.DOSSIER_ENTRIES] if years else actor.appearances

    def dossier_text() -> str:
        return templates.render(
            "actor.md.j2",
            actor=actor,
            roles=dossier.roles_latest_first(actor),
            timeline=dossier.timeline(actor, articles, sentences, entries),
            quotes=actor.quotes[: dossier.DOSSIER_QUOTES] if years else actor.quotes,
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
    contents = [keys.content(seen.article_slug) for seen in year.appearances]
    key = digest("actor-year", actor.slug, actor.name, year, contents)
    if templates.override:  # a project's template may show anything of the actor
        key = digest(key, keys.actor(actor))
    return DeferredPage(f"actors/{actor.slug}/{year.slug}.md", key, make)


def render_story(
    story: StoryPage,
    articles: Mapping[str, ArticlePage],
    templates: Templates = PACKAGED,
    keys: PageKeys | None = None,
) -> DeferredPage:
    """Return the page of one story (rendered when its text is first read); `articles` are
    the article pages by slug (for their summaries)."""

    def make() -> str:
        return templates.render(
            "story.md.j2",
            story=story,
            timeline=views.story_timeline(story, articles),
            window=STORY_WINDOW_DAYS,
        )

    keys = keys or PageKeys(articles)
    # The timeline shows each briefing's summary: the content of its articles.
    key = digest("story", story, [keys.content(link.slug) for link in story.articles])
    return DeferredPage(f"stories/{story.slug}.md", key, make)


def render_stories(
    corpus: Corpus, templates: Templates = PACKAGED, keys: PageKeys | None = None
) -> list[Page | DeferredPage]:
    """Return the stories index and one page per story."""
    by_slug = {page.slug: page for page in corpus.articles}
    index = Page(
        "stories/index.md",
        templates.render("stories_index.md.j2", stories=corpus.stories, window=STORY_WINDOW_DAYS),
    )
    return [index, *(render_story(story, by_slug, templates, keys) for story in corpus.stories)]


def render_month(
    month: views.Month, templates: Templates = PACKAGED, keys: PageKeys | None = None
) -> DeferredPage:
    """Return one month's archive page (rendered when its text is first read)."""

    def make() -> str:
        return templates.render("archive.md.j2", month=month)

    if keys is None or templates.override:
        # A project's own template may show any field of the month's article pages.
        key = digest("archive", month)
    else:
        # The packaged list shows each briefing's title, date, publisher and summary.
        key = digest("archive", month.label, month.anchor, [keys.content(p.slug) for p in month.articles])
    return DeferredPage(f"archive/{month.anchor}.md", key, make)


def render_sources_year(year: views.SourcesYear, templates: Templates, keys: PageKeys) -> DeferredPage:
    """Return one year's page of the sources table (rendered when its text is first read)."""

    def make() -> str:
        return templates.render("sources_year.md.j2", year=year)

    if templates.override:  # a project's own template may show any field of the pages
        key = digest("sources", year)
    else:  # the table shows each article's title, publisher, license and address
        key = digest("sources", year.label, year.slug, [keys.content(p.slug) for p in year.articles])
    return DeferredPage(f"sources/{year.slug}.md", key, make)


def _quote_letter(letter: views.QuoteLetter, templates: Templates) -> DeferredPage:
    def make() -> str:
        return templates.render(
            "quotes.md.j2",
            count=letter.quote_count,
            speakers=letter.speakers,
            up="../",
            title=f"Quotes: {letter.letter}",
            per_speaker=views.QUOTES_PER_SPEAKER,
        )

    return DeferredPage(f"quotes/{letter.slug}.md", digest("quotes", letter), make)


def render_quotes(corpus: Corpus, templates: Templates = PACKAGED) -> list[Page | DeferredPage]:
    """Return the quote index: one page, or an index of initials and a page per initial."""
    speakers = views.speakers(corpus)
    count = corpus.quote_count
    if count <= views.QUOTES_ON_ONE_PAGE:
        return [
            Page(
                "quotes.md",
                templates.render(
                    "quotes.md.j2", count=count, speakers=speakers, up="", title="Quotes", per_speaker=None
                ),
            )
        ]
    letters = views.quote_letters(speakers)
    pages: list[Page | DeferredPage] = [
        Page(
            "quotes.md",
            templates.render("quotes_index.md.j2", count=count, speakers=speakers, letters=letters),
        )
    ]
    pages.extend(_quote_letter(letter, templates) for letter in letters)
    return pages


def render_corpus(
    corpus: Corpus,
    history: BuildHistory | None = None,
    site_url: str | None = None,
    templates: Templates = PACKAGED,
) -> list[Page | DeferredPage]:
    """Return every generated file of the site, in a fixed order.

    `history` says which articles are new since the previous build (all of
    them when None); `site_url` makes the feed's links absolute; `templates`
    may carry a project's replacements for packaged templates.
    """
    if history is None:
        history = BuildHistory().advance(p.slug for p in corpus.articles)
    picture = corpus_graph(corpus)
    by_month = views.months(corpus)
    shown, older = views.timeline_months(by_month)
    years = views.source_years(corpus)
    pages: list[Page | DeferredPage] = [
        Page(
            "index.md",
            templates.render(
                "index.md.j2",
                corpus=corpus,
                news=views.news(corpus, history),
                period=views.period(corpus),
                latest=views.latest(corpus, INDEX_LATEST),
                months=by_month,
            ),
        ),
        Page("timeline.md", templates.render("timeline.md.j2", corpus=corpus, months=shown, older=older)),
        Page(
            "places.md",
            templates.render(
                "places.md.j2", places=views.places(corpus), countries=views.places_by_country(corpus)
            ),
        ),
        Page(
            "graph.md",
            templates.render(
                "graph.md.j2", picture=picture, pairs=views.strongest_pairs(corpus), src=GRAPH_PATH
            ),
        ),
        Page(GRAPH_PATH, templates.render_xml("graph.svg.j2", picture=picture)),
        Page("tags.md", templates.render("tags.md.j2", limit=views.TAGS_PER_ARTICLE)),
        Page("actors/index.md", templates.render("actors_index.md.j2", corpus=corpus)),
        Page(
            "attribution.md",
            templates.render(
                "attribution.md.j2", corpus=corpus, years=years, limit=views.SOURCES_ON_ONE_PAGE
            ),
        ),
        Page(FEED_PATH, templates.render_xml("feed.xml.j2", feed=atom_feed(corpus, site_url, SITE_TITLE))),
    ]
    by_slug = {page.slug: page for page in corpus.articles}
    keys = PageKeys(by_slug)
    pages.extend(render_month(m, templates, keys) for m in by_month)
    pages.extend(render_sources_year(year, templates, keys) for year in years)
    pages.extend(render_quotes(corpus, templates))
    pages.extend(render_stories(corpus, templates, keys))
    pages.extend(render_article(p, templates, keys) for p in corpus.articles)
    companions = Companions(corpus.actors)
    sentences = dossier.FirstSentences(by_slug)
    for actor in corpus.actors:
        pages.extend(render_actor(actor, companions, by_slug, templates, site_url, sentences, keys))
    return pages
