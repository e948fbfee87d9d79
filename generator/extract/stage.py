"""The extract stage's entry points (re-exported by the package, see its docstring)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby

from spacy.language import Language
from spacy.tokens import Doc

from ..language import foreign_language
from ..models import Article, Briefing
from .actors import merge_actors
from .figures import key_figures
from .mentions import find_mentions
from .paragraphs import Paragraph, split_paragraphs
from .parsed import ParsedArticle
from .parsetext import on_text, parser_texts
from .quotemarks import find_quote_spans
from .quotes import quotations
from .relative_dates import date_notes
from .speakers import attribute
from .summary import summary_sentences, summary_text
from .title import derive_title, first_words_title

__all__ = ["extract", "extract_many"]


def _briefing(article: Article, paragraphs: tuple[Paragraph, ...], docs: list[Doc]) -> Briefing:
    spans = find_quote_spans(paragraphs)
    parsed = ParsedArticle(article, paragraphs, tuple(docs), spans)
    language = foreign_language(article.text)
    if language is not None:  # the English model's actors and quotes of it would be noise
        chosen = summary_sentences(parsed)
        return Briefing(
            article=article,
            title=article.title or first_words_title(article),
            summary=summary_text(chosen),
            summary_dates=date_notes(chosen, article.date),
            paragraphs=tuple(p.text for p in paragraphs),
            language=language,
        )
    index = merge_actors(find_mentions(parsed))
    quotes = attribute(parsed, index, list(quotations(parsed)))
    title = article.title or derive_title(parsed, index)
    chosen = summary_sentences(parsed)
    return Briefing(
        article=article,
        title=title,
        summary=summary_text(chosen),
        summary_dates=date_notes(chosen, article.date),
        actors=index.actors,
        quotes=quotes,
        paragraphs=tuple(p.text for p in paragraphs),
        figures=key_figures(parsed),
    )


def extract(article: Article, nlp: Language) -> Briefing:
    """Return the briefing of one article, parsing each paragraph once with `nlp`."""
    paragraphs = split_paragraphs(article)
    docs = [
        on_text(doc, p.text) for doc, p in zip(nlp.pipe(parser_texts(paragraphs)), paragraphs, strict=True)
    ]
    return _briefing(article, paragraphs, docs)


def extract_many(articles: Iterable[Article], nlp: Language) -> Iterator[Briefing]:
    """Yield the briefing of each article, in order, batching all paragraphs
    through one `nlp.pipe` stream; the output equals calling `extract` on each."""
    pending: dict[int, tuple[Article, tuple[Paragraph, ...]]] = {}

    def stream() -> Iterator[tuple[str, int]]:
        for number, article in enumerate(articles):
            paragraphs = split_paragraphs(article)
            pending[number] = (article, paragraphs)
            if not paragraphs:
                yield "", number  # a placeholder so the article still comes out
            for text in parser_texts(paragraphs):
                yield text, number

    for number, group in groupby(nlp.pipe(stream(), as_tuples=True), key=lambda pair: pair[1]):
        article, paragraphs = pending.pop(number)
        docs = [on_text(doc, p.text) for (doc, _), p in zip(group, paragraphs, strict=False)]
        yield _briefing(article, paragraphs, docs if paragraphs else [])
