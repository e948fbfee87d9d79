"""Loading a whole folder's worth of files: checks and de-duplication.

Each bad file (and each bad entry of a feed or JSON Lines file) becomes a
`Problem` record instead of stopping the run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from pathlib import Path

from ..errors import LoadError, as_problem, one_line
from ..models import Article, Problem
from .registry import DEFAULT_MAX_BYTES, load_path


def _check_paragraphs(article: Article, limit: int) -> None:
    # The paragraphs as the extract stage will split them: that is what spaCy
    # parses. (Imported here: the extract package imports spaCy.)
    from ..extract.paragraphs import split_paragraphs

    longest = max((len(p.text) for p in split_paragraphs(article)), default=0)
    if longest > limit:
        raise LoadError(
            f"a paragraph of {longest:,} characters, above the limit of {limit:,} "
            "(is the whole text one line?)",
            article.source,
        )


def load_articles(
    paths: Sequence[Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_paragraph_chars: int | None = None,
    today: dt.date | None = None,
) -> tuple[list[Article], list[Problem]]:
    """Load every path; return the articles that passed and the problems met.

    A file above `max_bytes` is refused unread; an article with a paragraph
    longer than `max_paragraph_chars` is refused (it bounds spaCy's memory)."""
    today = today or dt.date.today()  # one reading of the clock for the whole folder
    articles: list[Article] = []
    problems: list[Problem] = []
    for path in paths:
        source = one_line(str(path))
        try:
            loaded = load_path(path, source, max_bytes=max_bytes, today=today)
        except LoadError as exc:
            problems.append(as_problem(exc, source))
            continue
        except Exception as exc:  # a bug must not stop the other articles
            problems.append(
                as_problem(LoadError(f"cannot load: {type(exc).__name__}: {exc}", source), source)
            )
            continue
        problems.extend(as_problem(exc, source) for exc in loaded.errors)
        for article in loaded.articles:
            if max_paragraph_chars is not None:
                try:
                    _check_paragraphs(article, max_paragraph_chars)
                except LoadError as exc:
                    problems.append(as_problem(exc, article.source))
                    continue
                except Exception as exc:  # a bug must not stop the other articles
                    error = LoadError(f"cannot load: {type(exc).__name__}: {exc}", article.source)
                    problems.append(as_problem(error, article.source))
                    continue
            articles.append(article)
            problems.extend(Problem(one_line(article.source), w, skipped=False) for w in article.warnings)
    return articles, problems


def drop_duplicates(articles: Sequence[Article]) -> tuple[list[Article], list[Problem]]:
    """Keep the first of articles with the same text (whitespace aside); report the others."""
    first: dict[str, str] = {}
    kept: list[Article] = []
    problems: list[Problem] = []
    for article in articles:
        # surrogatepass: a text no reader cleaned (a library caller's) must not stop the others.
        text = " ".join(article.text.split()).encode("utf-8", "surrogatepass")
        key = hashlib.sha256(text).hexdigest()
        if key in first:
            reason = f"duplicate of {first[key]} (same text), not published twice"
            problems.append(Problem(article.source, reason))
        else:
            first[key] = article.source
            kept.append(article)
    return kept, problems
