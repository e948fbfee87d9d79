"""The library entry points: generate pages from articles, and build the site.

load -> extract -> link -> render -> write -> build. Each bad input is
reported as a `Problem` record (one line) and the rest go on: a file that
cannot be used is skipped, one that is published anyway gets a warning.
"""

from __future__ import annotations

import contextlib
import hashlib
import signal
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from spacy.language import Language

from .config import Config
from .corpus import Corpus
from .errors import LoadError, WriteError, one_line
from .extract import extract, extract_many
from .extract.paragraphs import split_paragraphs
from .feed import mkdocs_site_url, normalise_site_url
from .history import HISTORY_FILE, history_json, parse_history
from .link import RESERVED_SLUGS, link
from .load import discover, load_path
from .lock import lock_path, project_lock
from .models import Article, Briefing
from .nlp import load_model
from .render import render_corpus
from .site import build_site
from .slug import slugify
from .write import Writer, WriteReport

# Longest exception text kept in a one-line report of a failed extraction.
_REASON_CHARS = 300


@dataclass(frozen=True)
class Problem:
    """What was wrong with one input: skipped (not published) or a warning."""

    source: str
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class GenerateResult:
    """What a generation run produced, and every problem met on the way."""

    briefings: tuple[Briefing, ...]
    problems: tuple[Problem, ...]
    report: WriteReport

    @property
    def skipped(self) -> tuple[str, ...]:
        """The inputs left out of the site, sorted."""
        return tuple(sorted({p.source for p in self.problems if p.skipped}))

    @property
    def warned(self) -> tuple[str, ...]:
        """The inputs published with a warning, sorted."""
        skipped = set(self.skipped)
        return tuple(sorted({p.source for p in self.problems if p.source not in skipped}))

    def problem_lines(self) -> list[str]:
        """One line per input with problems: ``skipped: <file>: <why>`` or ``warning: ...``."""
        return problem_lines(self.problems)


def problem_lines(problems: Iterable[Problem]) -> list[str]:
    """Merge the problems of each input into one line, ordered by input."""
    by_source: dict[str, list[Problem]] = {}
    for problem in problems:
        by_source.setdefault(problem.source, []).append(problem)
    lines = []
    for source in sorted(by_source):
        found = by_source[source]
        kind = "skipped" if any(p.skipped for p in found) else "warning"
        reasons = "; ".join(dict.fromkeys(p.reason for p in sorted(found, key=lambda p: not p.skipped)))
        lines.append(one_line(f"{kind}: {source}: {reasons}"))
    return lines


def _check_paragraphs(article: Article, limit: int) -> None:
    longest = max((len(p.text) for p in split_paragraphs(article)), default=0)
    if longest > limit:
        raise LoadError(
            f"a paragraph of {longest:,} characters, above the limit of {limit:,} "
            "(is the whole text one line?)",
            article.source,
        )


def load_articles(paths: Sequence[Path], config: Config) -> tuple[list[Article], list[Problem]]:
    """Load every path; bad files (and bad entries of feeds or JSON Lines) become
    `Problem` records instead of stopping the run."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for path in paths:
        source = one_line(str(path))
        try:
            loaded = load_path(path, source, max_bytes=config.max_article_bytes)
        except LoadError as exc:
            problems.append(Problem(source, exc.reason))
            continue
        except Exception as exc:  # a bug must not stop the other articles
            problems.append(Problem(source, f"cannot load: {type(exc).__name__}: {exc}"[:_REASON_CHARS]))
            continue
        problems.extend(Problem(one_line(exc.path or source), exc.reason) for exc in loaded.errors)
        for article in loaded.articles:
            try:
                _check_paragraphs(article, config.max_paragraph_chars)
            except LoadError as exc:
                problems.append(Problem(one_line(article.source), exc.reason))
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
        key = hashlib.sha256(" ".join(article.text.split()).encode("utf-8")).hexdigest()
        if key in first:
            reason = f"duplicate of {first[key]} (same text), not published twice"
            problems.append(Problem(article.source, reason))
        else:
            first[key] = article.source
            kept.append(article)
    return kept, problems


class _TimedOut(Exception):
    """Extraction of one article ran over its time budget."""


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise `_TimedOut` in the block after `seconds` (main thread only; 0: no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise _TimedOut

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _extract_one(article: Article, nlp: Language, max_seconds: float) -> Briefing | Problem:
    try:
        with _time_limit(max_seconds):
            return extract(article, nlp)
    except _TimedOut:
        return Problem(article.source, f"extraction took longer than {max_seconds:g} s, stopped")
    except Exception as exc:
        reason = f"extraction failed: {type(exc).__name__}: {exc}"
        return Problem(article.source, one_line(reason)[:_REASON_CHARS])


def extract_articles(
    articles: Sequence[Article], nlp: Language, max_seconds: float = 0
) -> Iterator[Briefing | Problem]:
    """Extract each article, turning a failure on one article into a `Problem`.

    With `max_seconds`, an article whose extraction runs longer is stopped
    and reported (a safety net against inputs that make extraction slow).
    """
    done = 0
    stream = extract_many(articles, nlp)
    try:
        while True:
            with _time_limit(max_seconds):
                briefing = next(stream, None)
            if briefing is None:
                return
            done += 1
            yield briefing
    except Exception:
        # Batched extraction failed or ran out of time: go on one by one from
        # the first article not yet extracted, to find the one that fails
        # (each with its own budget) and keep the others.
        for article in articles[done:]:
            yield _extract_one(article, nlp, max_seconds)


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


def _generate(config: Config, nlp: Language | None) -> GenerateResult:
    if not config.articles_dir.is_dir():
        raise LoadError("articles folder does not exist", str(config.articles_dir))
    found = discover(config.articles_dir)
    problems = [Problem(error.path or "", error.reason) for error in found.refused]
    loaded, load_problems = load_articles(found.paths, config)
    articles, duplicates = drop_duplicates(loaded)
    problems += load_problems + duplicates
    model = nlp if nlp is not None else load_model(config.model)
    briefings: list[Briefing] = []
    for item in extract_articles(articles, model, config.max_extract_seconds):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            briefings.append(item)
    corpus = link(briefings)
    problems += slug_clashes(corpus)
    report = publish(corpus, config, problems)
    return GenerateResult(tuple(briefings), tuple(sorted(problems, key=lambda p: p.source)), report)


def publish(corpus: Corpus, config: Config, problems: list[Problem] | None = None) -> WriteReport:
    """Render `corpus` and write it into `config.docs_dir`; return what the writer did.

    "New since the previous build" comes from the history state in docs/,
    advanced only when the set of articles changed, so rerunning on the same
    inputs rewrites nothing. A page the writer refuses becomes a `Problem`.
    """
    writer = Writer(config.docs_dir)
    history = parse_history(writer.read_state(HISTORY_FILE)).advance(p.slug for p in corpus.articles)
    for page in render_corpus(corpus, history, site_url=_site_url(config)):
        try:
            writer.write(page.path, page.text)
        except WriteError as exc:
            if problems is None:
                raise
            problems.append(Problem(one_line(str(config.docs_dir / page.path)), exc.reason))
    writer.write_state(HISTORY_FILE, history_json(history))
    return writer.finish()


def _site_url(config: Config) -> str | None:
    url = config.site_url or mkdocs_site_url(config.mkdocs_config)
    return normalise_site_url(url) if url else None


def generate(config: Config, nlp: Language | None = None) -> GenerateResult:
    """Write the briefing pages for every article of `config.articles_dir` into `config.docs_dir`.

    Holds the project lock (see `generator.lock`) while it runs.
    """
    with project_lock(lock_path(config.docs_dir), wait=config.wait_for_lock):
        return _generate(config, nlp)


def build(config: Config, nlp: Language | None = None) -> GenerateResult:
    """Generate the pages, then build the site with MkDocs (atomically replaced).

    The project lock is held for both steps, so two builds never interleave.
    """
    with project_lock(lock_path(config.docs_dir), wait=config.wait_for_lock):
        result = _generate(config, nlp)
        build_site(config.mkdocs_config, config.docs_dir, config.site_dir, strict=config.strict)
    return result
