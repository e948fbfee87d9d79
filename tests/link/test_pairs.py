"""Batched cosines equal the one-pair-at-a-time ones, to the last bit."""

from __future__ import annotations

import random

import numpy as np
import pytest

from generator.link import pairs
from generator.link.pairs import SparseRows, rounded
from generator.link.similarity import SCORE_DECIMALS, cosine, unit


def _vectors(count: int, seed: int) -> list[dict[str, float]]:
    rng = random.Random(seed)
    return [
        unit({f"t{rng.randrange(60)}": rng.random() + 0.01 for _ in range(rng.randint(0, 12))})
        for _ in range(count)
    ]


def test_dots_of_pairs_rounded_equal_cosine(monkeypatch: pytest.MonkeyPatch) -> None:
    vectors = _vectors(300, seed=1)
    rng = random.Random(2)
    left = np.sort(np.array([rng.randrange(300) for _ in range(5000)], dtype=np.int64))
    right = np.array([rng.randrange(300) for _ in range(5000)], dtype=np.int64)
    rows = SparseRows.of(vectors)
    expected = [cosine(vectors[a], vectors[b]) for a, b in zip(left.tolist(), right.tolist(), strict=True)]
    got = rounded(rows.dots(left, right), lambda p: cosine(vectors[left[p]], vectors[right[p]]))
    assert got.tolist() == expected
    # The same with dense blocks of a few rows each (many blocks, some rows never on the left).
    monkeypatch.setattr(pairs, "BLOCK_CELLS", rows.width * 7)
    again = rounded(rows.dots(left, right), lambda p: cosine(vectors[left[p]], vectors[right[p]]))
    assert again.tolist() == expected


def test_rounding_matches_python_round_next_to_boundaries() -> None:
    rng = random.Random(3)
    values = [rng.random() for _ in range(2000)]
    # Values on and next to the half-way points between 4-decimal numbers.
    halves = [(k + 0.5) / 10**SCORE_DECIMALS for k in range(0, 10**SCORE_DECIMALS, 37)]
    values += halves + [np.nextafter(h, 0.0) for h in halves] + [np.nextafter(h, 1.0) for h in halves]
    array = np.array(values, dtype=np.float64)
    got = rounded(array, lambda i: round(float(array[i]), SCORE_DECIMALS))
    assert got.tolist() == [round(float(v), SCORE_DECIMALS) for v in values]
