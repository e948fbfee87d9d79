"""Where extraction runs: in this process, on local worker processes, or on a Dask cluster.

Every runner takes articles in chunks and yields one `Briefing` or `Problem`
per article, in input order, whatever the number of workers: a briefing
depends on its article alone, so the output is the same on any runner. Each
worker process loads the spaCy model once (`load_model` is cached per
process). Only a bounded window of chunks is in flight, so memory does not
grow with the corpus; no spaCy `Doc` outlives its article.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import ConfigError, ExtractError, as_problem
from ..models import Article, Briefing, Problem
from .timelimit import TimedOut, time_limit

if TYPE_CHECKING:
    from spacy.language import Language

    from .warm import WarmModel

# Articles per task sent to a worker: large enough for spaCy's batching, small
# enough to balance two workers on a few hundred articles.
CHUNK_SIZE = 32
# Chunks in flight per worker: one running, one queued.
CHUNKS_PER_WORKER = 2


Result = Briefing | Problem


def available_cores() -> int:
    """Return the number of CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _extract_one(article: Article, nlp: Language, max_seconds: float) -> Result:
    from ..extract import extract

    try:
        with time_limit(max_seconds):
            return extract(article, nlp)
    except TimedOut:
        error = ExtractError(f"extraction took longer than {max_seconds:g} s, stopped", article.source)
    except Exception as exc:
        error = ExtractError(f"extraction failed: {type(exc).__name__}: {exc}", article.source)
    return as_problem(error, article.source)


def extract_articles(articles: Sequence[Article], nlp: Language, max_seconds: float = 0) -> Iterator[Result]:
    """Extract each article, in order, turning a failure on one article into a `Problem`.

    With `max_seconds`, an article whose extraction runs longer is stopped
    and reported (a safety net against inputs that make extraction slow).
    """
    from ..extract import extract_many

    done = 0
    stream = extract_many(articles, nlp)
    try:
        while True:
            with time_limit(max_seconds):
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


def extract_chunk(model: str, articles: Sequence[Article], max_seconds: float = 0) -> list[Result]:
    """Extract one chunk with the model `model`, loaded once per process (the task workers run)."""
    from .nlp import load_model

    return list(extract_articles(articles, load_model(model), max_seconds))


def chunked(articles: Iterable[Article], size: int = CHUNK_SIZE) -> Iterator[list[Article]]:
    """Yield lists of at most `size` articles, in order."""
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _Future(Protocol):
    def result(self) -> Any: ...


def _in_order(
    chunks: Iterable[list[Article]], submit: Callable[[list[Article]], _Future], window: int
) -> Iterator[Result]:
    """Submit chunks keeping at most `window` in flight; yield their results in submission order."""
    pending: deque[_Future] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


@dataclass(frozen=True)
class Runner:
    """How to run extraction: `workers` local processes, or the Dask scheduler at `scheduler`."""

    model: str
    workers: int = 1
    scheduler: str | None = None
    chunk_size: int = CHUNK_SIZE
    connect_timeout: float = 20.0
    max_seconds: float = 0
    """Time budget of one article's extraction (0: none); see `extract_articles`."""

    def uses_this_process(self, misses: int) -> bool:
        """True when extraction of `misses` articles runs here (so the model loads here)."""
        return self.scheduler is None and (self.workers <= 1 or misses <= self.chunk_size)

    def run(
        self,
        articles: Iterable[Article],
        misses: int,
        nlp: Callable[[], Language],
        warm: WarmModel | None = None,
    ) -> Iterator[Result]:
        """Yield the result of each article, in order; `nlp` gives this process's model if
        needed, `warm` a worker already loading it (used instead, while it can serve)."""
        chunks = chunked(articles, self.chunk_size)
        if warm is not None and not self.uses_this_process(misses):
            warm.close()  # worker processes or a cluster extract: its model would only hold memory
        if self.scheduler is not None:
            yield from self._on_dask(chunks)
        elif self.uses_this_process(misses):
            model: Language | None = None
            for chunk in chunks:
                done = warm.extract(chunk) if warm is not None else None  # None once it failed
                if done is not None:
                    yield from done
                    continue
                if model is None:  # loaded only when something needs extracting
                    model = nlp()
                yield from extract_articles(chunk, model, self.max_seconds)
        else:
            yield from self._on_processes(chunks, min(self.workers, -(-misses // self.chunk_size)))

    def _on_processes(self, chunks: Iterable[list[Article]], workers: int) -> Iterator[Result]:
        from concurrent.futures import ProcessPoolExecutor

        # spawn: workers start clean (no copy of this process's threads or model).
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            yield from _in_order(
                chunks,
                lambda chunk: pool.submit(extract_chunk, self.model, chunk, self.max_seconds),
                workers * CHUNKS_PER_WORKER,
            )

    def _on_dask(self, chunks: Iterable[list[Article]]) -> Iterator[Result]:
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - a pinned dependency
            raise ConfigError("--scheduler needs dask.distributed (pip install 'dask[distributed]')") from exc
        try:
            client = Client(self.scheduler, timeout=self.connect_timeout, set_as_default=False)  # type: ignore[no-untyped-call]
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from exc
        try:
            workers = max(1, sum(client.nthreads().values()))  # type: ignore[no-untyped-call]
            yield from _in_order(
                chunks,
                lambda chunk: client.submit(extract_chunk, self.model, chunk, self.max_seconds, pure=False),
                workers * CHUNKS_PER_WORKER,
            )
        finally:
            client.close()  # type: ignore[no-untyped-call]
