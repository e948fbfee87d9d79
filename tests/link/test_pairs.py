"""Batched cosines equal the one-pair-at-a-time ones, to the last bit."""

from __future__ import annotations

import random

import numpy as np
import pytest

from generator.link import pairs
from generator.link.pairs import SparseRows, candidate_pairs, rounded
from generator.link.similarity import FEATURES_SEARCHED, POSTINGS_KEPT, SCORE_DECIMALS, Postings, cosine, unit


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


def test_candidate_pairs_equal_the_bounded_postings() -> None:
    # Weights from a few values, so ties (broken by key, then by row) are common;
    # some rows have no feature of one kind or none at all.
    rng = random.Random(4)
    words = [
        unit({f"w{rng.randrange(40)}": float(rng.randint(1, 3)) for _ in range(rng.randint(0, 9))})
        for _ in range(400)
    ]
    actors = [
        unit({rng.randrange(25): float(rng.randint(1, 2)) for _ in range(rng.randint(0, 4))})
        for _ in range(400)
    ]
    left, right = candidate_pairs(
        (SparseRows.of(actors), SparseRows.of(words)), FEATURES_SEARCHED, POSTINGS_KEPT
    )
    by_words, by_actors = Postings.of(words), Postings.of(actors)
    expected = [
        (i, j)
        for i in range(400)
        for j in sorted((by_actors.candidates(actors[i]) | by_words.candidates(words[i])) - {i})
    ]
    assert list(zip(left.tolist(), right.tolist(), strict=True)) == expected
