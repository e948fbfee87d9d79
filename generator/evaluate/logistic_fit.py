"""Fitting a `Logistic`: L2-penalised logistic regression by Newton's method, deterministic.

The rows are standardised (mean 0, scale 1; a constant feature keeps scale 1),
the bias is not shrunk, and the weights are rounded so that the same rows give
byte-identical weights files on any machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

#: Newton's method stops when no weight moves more than this, or after MAX_STEPS.
TOLERANCE = 1e-10
MAX_STEPS = 100
#: Digits kept in the fitted numbers.
DECIMALS = 6
#: The bias given when every label is the same (no weight can be learned).
DEGENERATE_BIAS = 10.0


@dataclass(frozen=True)
class Fitted:
    """What a fit gives: the standardisation, the weights and the bias."""

    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float


def _rounded(values: np.ndarray) -> tuple[float, ...]:
    return tuple(round(float(v), DECIMALS) for v in values)


def fit_logistic(rows: Sequence[Sequence[float]], labels: Sequence[bool], width: int, l2: float) -> Fitted:
    """Fit `rows` (each `width` features) to `labels`: all weights zero without rows, and
    only a bias when the labels are all the same."""
    zeros = (0.0,) * width
    if not rows:
        return Fitted(zeros, (1.0,) * width, zeros, 0.0)
    x = np.array(rows, dtype=float)
    y = np.array(labels, dtype=float)
    if y.min() == y.max():
        return Fitted(zeros, (1.0,) * width, zeros, DEGENERATE_BIAS if y[0] else -DEGENERATE_BIAS)
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - means) / scales])
    penalty = l2 * np.eye(z.shape[1])
    penalty[0, 0] = 0.0  # the bias is not shrunk
    w = np.zeros(z.shape[1])
    for _ in range(MAX_STEPS):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (p - y) + penalty @ w
        hessian = z.T @ (z * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < TOLERANCE:
            break
    return Fitted(_rounded(means), _rounded(scales), _rounded(w[1:]), _rounded(w[:1])[0])
