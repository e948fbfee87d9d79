"""Pages rendered only when the writer needs their text, each keyed by what it is made from.

A briefing page, a dossier, an actor's feed and picture are each a function
of a few records of the linked corpus. Their `key` digests those records
(their `repr`, which is by value and stable across runs), so the writer can
leave a page it wrote from the same key untouched without rendering it again
(`generator.write.known`): after one article is added, only the pages whose
records changed are rendered. The key covers the records only; what else
decides the text (the generator's code, its templates, the site URL) is
covered by the namespace the writer keeps the keys under.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..link.corpus import ActorPage, ArticlePage, Companion


@dataclass(frozen=True)
class DeferredPage:
    """A generated file whose text is rendered on first use; `key` digests its inputs."""

    path: str
    key: str
    make: Callable[[], str] = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.make()


def digest(*parts: object) -> str:
    """A short stable digest of `parts` (by their `repr`)."""
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@dataclass
class PageKeys:
    """The keys of the deferred pages of one corpus; each article's own content digested once.

    An article's content (its briefing, slug and actor links, which decide
    its linked text and its feed entry) is what a dossier, a feed or a
    picture shows of it; its related lists and threads are not, so a new
    article that only changes another's related list leaves that other
    article's actors' pages alone.
    """

    articles: Mapping[str, ArticlePage]
    _content: dict[str, str] = field(default_factory=dict)

    def content(self, slug: str) -> str:
        found = self._content.get(slug)
        if found is None:
            page = self.articles.get(slug)
            found = digest(slug, *self._briefing(page), page.actors) if page is not None else digest(slug)
            self._content[slug] = found
        return found

    @staticmethod
    def _briefing(page: ArticlePage) -> tuple[object, ...]:
        """What stands for the page's briefing in its keys: the extraction key with the
        fields it leaves out, when the page has one (digesting it is much shorter than
        digesting the briefing's full text); else the briefing itself."""
        if page.source_key is None:
            return (page.briefing,)
        article = page.briefing.article
        return ("extracted from", page.source_key, article.source, article.warnings)

    def contents(self, slugs: Iterable[str]) -> list[str]:
        """The content of each of these articles: what a listing of them shows."""
        return [self.content(slug) for slug in slugs]

    def article(self, page: ArticlePage) -> str:
        """The key of a briefing page: its content, related lists, threads and story. (Its
        quotes are not digested: the link stage makes them from the briefing and the
        actor links, both in the content.)"""
        return digest("article", self.content(page.slug), page.related, page.threads, page.story)

    def actor(self, actor: ActorPage, companions: Sequence[Companion] = ()) -> str:
        """What every file of an actor is made from.

        The link stage makes every field of an actor's record (aliases, roles,
        quotes, appearances, companions and how many articles each shares) from
        the articles the actor appears in: their briefings and actor links, which
        their content digests. The record itself is therefore not digested (a
        frequent actor has thousands of appearances and companions), only its
        slug, name and kind, those contents, and the slug and kind of the
        `companions` its pages show: a companion's kind is its group's, which an
        article elsewhere can change.
        """
        shown = [(c.slug, c.kind.value) for c in companions]
        contents = self.contents(seen.article_slug for seen in actor.appearances)
        return digest("actor", actor.slug, actor.name, actor.kind.value, shown, contents)
