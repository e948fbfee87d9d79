"""A worker process that loads the spaCy model while this process loads the articles.

After one article is added, most of a run's extraction time is importing spaCy
and loading the model (about 2.5 s), not extracting the article. With two or
more cores, a run that may have something to extract starts one worker process
first: it loads the model (and the extractor's lazily built tables) while this
process reads the articles and looks them up in the cache. If a few articles
miss the cache, that worker extracts them; if none do, or so many that worker
processes take over (see `runners.Runner`), it is stopped. A briefing depends
on its article alone, so where it is extracted changes nothing in the output.

The worker answers each request with the results of `runners.extract_articles`
(one `Briefing` or `Problem` per article, in order). If it cannot load the
model or dies, this process extracts the articles itself, as it would have
without it (and reports the same errors).
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING

from ..config import Config
from ..models import Article
from .runners import Result

if TYPE_CHECKING:
    from spacy.language import Language

# An article the worker extracts once after loading, so the extractor's lazily
# built tables (place names, role titles) are ready before a real one arrives.
_WARM_UP = Article(
    source="warm-up", text='Ada Lovelace, a mathematician, said in Paris: "It works."', title="Warm-up"
)


# How long a build waits for the worker's model before extracting in its own process.
READY_SECONDS = 60.0


def _serve(model: str, max_seconds: float, connection: Connection) -> None:
    """The worker: load the model, say so, then extract each chunk received until None."""
    from .runners import extract_chunk  # the task worker processes run; the model is loaded once

    try:
        extract_chunk(model, [_WARM_UP], max_seconds)
    except Exception as exc:  # reported by this process's own load (see `WarmModel.extract`)
        connection.send(f"cannot load: {type(exc).__name__}")
        return
    connection.send("ready")
    while (chunk := connection.recv()) is not None:
        connection.send(extract_chunk(model, chunk, max_seconds))


class WarmModel:
    """One worker process loading `model` from the moment it is made; `close` stops it."""

    def __init__(self, model: str, max_seconds: float = 0) -> None:
        # spawn: the worker starts clean (no copy of this process's threads or open cache).
        context = multiprocessing.get_context("spawn")
        self._connection, theirs = context.Pipe()
        self._process: BaseProcess | None = context.Process(
            target=_serve, args=(model, max_seconds, theirs), name="briefing-warm-model", daemon=True
        )
        self._process.start()
        theirs.close()
        self._ready: bool | None = None  # known once the worker reports

    def extract(self, articles: Sequence[Article]) -> list[Result] | None:
        """The results of `articles`, extracted by the worker once its model is loaded; None
        when it cannot serve (the model did not load, the worker died): extract here then."""
        if self._process is None:
            return None
        try:
            if self._ready is None:
                # A worker that cannot start (a script without a main guard, run again by
                # the spawned process, waits for this build's lock) must not stop the build.
                started = self._connection.poll(READY_SECONDS)
                self._ready = started and self._connection.recv() == "ready"
            if not self._ready:
                self.close()
                return None
            self._connection.send(list(articles))
            results: list[Result] = self._connection.recv()
            return results
        except (EOFError, OSError):
            self.close()
            return None

    def close(self) -> None:
        """Stop the worker, at once: it holds nothing worth a wait (it may still be loading)."""
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        process.join()
        self._connection.close()

    def __enter__(self) -> WarmModel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def start_warm_model(config: Config, nlp: Language | None = None) -> Iterator[WarmModel | None]:
    """A `WarmModel` for a run of `config`, when extraction would otherwise load the model
    in this process and another core is free (None otherwise); stopped on leaving.

    Started as early as the run's settings are known (the CLI starts it before
    importing the pipeline), so the model's load overlaps everything before extraction.
    """
    if nlp is not None or config.scheduler is not None or config.worker_count < 2:
        yield None
        return
    with WarmModel(config.model, config.max_extract_seconds) as warm:
        yield warm
