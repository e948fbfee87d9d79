"""Pages that list briefings or quotes by story, month, year or speaker's initial.

Each page of a listing split in parts is a `DeferredPage`, rendered only when
what it shows changed; the listings' own index pages are rendered every time.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..link.corpus import ArticlePage, Corpus, StoryPage
from ..link.stories import STORY_WINDOW_DAYS
from . import views
from .deferred import DeferredPage, PageKeys, digest
from .environment import PACKAGED, Page, Templates


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
    key = digest("story", story, keys.contents(link.slug for link in story.articles))
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


def render_month(month: views.Month, templates: Templates, keys: PageKeys) -> DeferredPage:
    """Return one month's archive page (rendered when its text is first read)."""

    def make() -> str:
        return templates.render("archive.md.j2", month=month)

    if templates.override:
        # A project's own template may show any field of the month's article pages.
        key = digest("archive", month)
    else:
        # The packaged list shows each briefing's title, date, publisher and summary.
        key = digest("archive", month.label, month.anchor, keys.contents(p.slug for p in month.articles))
    return DeferredPage(f"archive/{month.anchor}.md", key, make)


def render_sources_year(year: views.SourcesYear, templates: Templates, keys: PageKeys) -> DeferredPage:
    """Return one year's page of the sources table (rendered when its text is first read)."""

    def make() -> str:
        return templates.render("sources_year.md.j2", year=year)

    if templates.override:  # a project's own template may show any field of the pages
        key = digest("sources", year)
    else:  # the table shows each article's title, publisher, license and address
        key = digest("sources", year.label, year.slug, keys.contents(p.slug for p in year.articles))
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
