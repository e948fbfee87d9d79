"""The learned sentence scorer of the summary: a logistic regression.

A `SummaryModel` holds, for each feature of `summary_features.FEATURES`, the
mean and scale it standardises with and its weight; `score` gives a
candidate's log-odds of being a sentence an editor would pick. It is trained
on the gold `key_sentences` of the corpus by `generator.evaluate.train_summary`
(`briefing evaluate --folds K` retrains it without each held-out fold).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class SummaryModel:
    """Standardisation and weights of the learned scorer, one entry per feature."""

    features: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def __post_init__(self) -> None:
        sizes = {len(self.features), len(self.means), len(self.scales), len(self.weights)}
        if len(sizes) != 1:
            raise ValueError(
                f"expected one mean, scale and weight per feature, received sizes {sorted(sizes)}"
            )

    def score(self, vector: Sequence[float]) -> float:
        """Log-odds that the sentence with these features belongs in the summary."""
        return self.bias + sum(
            w * (x - m) / s for x, m, s, w in zip(vector, self.means, self.scales, self.weights, strict=True)
        )

    def probability(self, vector: Sequence[float]) -> float:
        """The score as a probability (0-1)."""
        return 1.0 / (1.0 + math.exp(-self.score(vector)))
