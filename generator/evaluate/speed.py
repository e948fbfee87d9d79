"""Extraction speed next to the bare spaCy pipeline, measured in the same run."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.language import Language

from ..extract import extract_many
from ..models import Article

# Each timing is the best of this many passes, alternating the two pipelines,
# so that a busy moment on the machine does not land on one side only.
SPEED_PASSES = 3


@dataclass(frozen=True)
class Speed:
    """Words per second of the full extraction and of bare `nlp.pipe`."""

    words: int
    extract_seconds: float
    bare_seconds: float

    @property
    def extract_wps(self) -> float:
        return self.words / self.extract_seconds if self.extract_seconds else 0.0

    @property
    def bare_wps(self) -> float:
        return self.words / self.bare_seconds if self.bare_seconds else 0.0

    @property
    def ratio(self) -> float:
        """Extraction throughput as a share of the bare pipeline's."""
        return self.extract_wps / self.bare_wps if self.bare_wps else 0.0


def _best(run: Callable[[], object], passes: int) -> float:
    best = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def measure_speed(articles: Sequence[Article], nlp: Language, passes: int = SPEED_PASSES) -> Speed:
    """Time extraction and the bare pipeline over the same article texts."""
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:2]))  # warm up caches before either timing
    bare = extract = float("inf")
    for _ in range(passes):
        bare = min(bare, _best(lambda: list(nlp.pipe(texts)), 1))
        extract = min(extract, _best(lambda: list(extract_many(articles, nlp)), 1))
    return Speed(words=words, extract_seconds=extract, bare_seconds=bare)
