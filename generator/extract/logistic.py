"""A logistic regression over standardised features: the shape of every learned scorer here.

The learned components (`summary_model`, `speaker_model`) keep, per feature,
the mean and scale it is standardised with and its weight; `score` is the
log-odds, `probability` its logistic. They are fitted by
`generator.evaluate.logistic_fit`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Logistic:
    """Standardisation and weights, one entry per feature, and the bias."""

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
        """Log-odds of the positive class for a vector of these features."""
        return self.bias + sum(
            w * (x - m) / s for x, m, s, w in zip(vector, self.means, self.scales, self.weights, strict=True)
        )

    def probability(self, vector: Sequence[float]) -> float:
        """The score as a probability (0-1)."""
        return 1.0 / (1.0 + math.exp(-self.score(vector)))
