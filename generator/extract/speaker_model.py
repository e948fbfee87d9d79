"""The learned speaker ranker: a logistic regression over candidate speakers.

A `SpeakerModel` holds, for each feature of `speaker_features.FEATURES`, the
mean and scale it standardises with and its weight. `choose` gives a quote
the candidate with the highest score when its probability reaches the
model's threshold, else no speaker; a speaker the rules found in one of the
`keep` ways (`speakers.SOURCES`, e.g. read from a speech verb's own clause)
is kept, and the ranker decides only the other quotes (a hybrid). It is trained on the corpus quotes by
`generator.evaluate.train_speakers` (`briefing evaluate --folds K` retrains
it without each held-out fold).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..models import Actor
from .logistic import Logistic
from .speaker_features import QuoteCandidates


@dataclass(frozen=True)
class SpeakerModel(Logistic):
    """Standardisation and weights of the ranker, one entry per feature; `score` is the
    log-odds that a candidate said the quote."""

    threshold: float = 0.5
    keep: tuple[str, ...] = ()

    def choose(self, quote: QuoteCandidates) -> Actor | None:
        """The speaker of one quote under this model (see the module docstring)."""
        if quote.pick.source in self.keep and quote.pick.actor is not None:
            return quote.pick.actor
        best: tuple[float, Actor] | None = None
        for candidate in quote.candidates:  # in actor order: ties keep the first
            p = self.probability(candidate.features)
            if best is None or p > best[0]:
                best = (p, candidate.actor)
        return best[1] if best is not None and best[0] >= self.threshold else None

    def to_json(self) -> str:
        """The model as JSON (what `from_json` reads)."""
        data = {
            "features": list(self.features),
            "means": list(self.means),
            "scales": list(self.scales),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
            "keep": list(self.keep),
        }
        return json.dumps(data, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> SpeakerModel:
        """The model written by `to_json`."""
        data: Mapping[str, Any] = json.loads(text)
        return cls(
            tuple(str(f) for f in data["features"]),
            tuple(float(v) for v in data["means"]),
            tuple(float(v) for v in data["scales"]),
            tuple(float(v) for v in data["weights"]),
            float(data["bias"]),
            float(data["threshold"]),
            tuple(str(k) for k in data["keep"]),
        )
