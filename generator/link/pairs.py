"""Candidates and cosines of many pairs of sparse unit vectors at once, with numpy.

Ranking related articles compares each article with up to a hundred or so
candidates; done one pair at a time in Python, finding the candidates and
their cosines was most of the link stage's time. Here the vectors become one
sparse matrix per kind of feature, the bounded candidates of every article
come from a few sorts (`candidate_pairs`, the bound of `similarity.Postings`)
and the dot products of a whole block of pairs are a few array operations.

The results equal `similarity.cosine` to the last bit: numpy sums in another
order than `math.fsum`, which can move the last bit of a sum, and that only
matters to a value within a hair of a rounding boundary at `SCORE_DECIMALS`;
those few values are recomputed one by one in Python (`rounded`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from .similarity import SCORE_DECIMALS

K = TypeVar("K", bound=Hashable)
Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

# The dense block a batch of rows is scattered into holds at most this many
# cells (8 bytes each), whatever the number of distinct features.
BLOCK_CELLS = 1 << 22
# A value whose scaled fraction lies this close to one half is rounded by Python.
# Another summation order moves a sum of 40 products by under 1e-11 once scaled.
NEAR_HALF = 1e-7


@dataclass(frozen=True)
class SparseRows:
    """Vectors as a compressed sparse row matrix: row i's features are
    `columns[starts[i]:starts[i + 1]]`, with their `weights`."""

    starts: Ints
    columns: Ints
    weights: Floats
    width: int
    key_order: Ints
    """Each column's place when the features are sorted by `str` (the tie-break of equal weights)."""

    @classmethod
    def of(cls, vectors: Sequence[Mapping[K, float]]) -> SparseRows:
        """Return the matrix of `vectors` (features numbered in order of first appearance)."""
        number: defaultdict[K, int] = defaultdict()
        number.default_factory = number.__len__  # a new feature gets the next number
        columns = list(map(number.__getitem__, chain.from_iterable(vectors)))
        weights = list(chain.from_iterable(vector.values() for vector in vectors))
        starts = np.zeros(len(vectors) + 1, dtype=np.int64)
        np.cumsum([len(vector) for vector in vectors], out=starts[1:])
        key_order = np.zeros(len(number), dtype=np.int64)
        key_order[[number[key] for key in sorted(number, key=str)]] = np.arange(len(number))
        return cls(
            starts,
            np.array(columns, dtype=np.int64),
            np.array(weights, dtype=np.float64),
            max(1, len(number)),
            key_order,
        )

    def heaviest_holders(self, kept: int) -> Ints:
        """Return a (width, kept) array: for each feature, the rows holding it with the
        largest weights (ties by row), then -1s."""
        rows = np.repeat(np.arange(len(self.starts) - 1), np.diff(self.starts))
        chosen = _first_per_group((rows, -self.weights, self.columns), kept)
        held = np.full((self.width, kept), -1, dtype=np.int64)
        columns = self.columns[chosen]
        held[columns, np.arange(len(chosen)) - np.searchsorted(columns, columns)] = rows[chosen]
        return held

    def heaviest_features(self, searched: int) -> Ints:
        """Return a (rows, searched) array: each row's features of largest weight
        (ties by key as text), then -1s."""
        rows = np.repeat(np.arange(len(self.starts) - 1), np.diff(self.starts))
        chosen = _first_per_group((self.key_order[self.columns], -self.weights, rows), searched)
        heaviest = np.full((len(self.starts) - 1, searched), -1, dtype=np.int64)
        owners = rows[chosen]
        heaviest[owners, np.arange(len(chosen)) - np.searchsorted(owners, owners)] = self.columns[chosen]
        return heaviest

    def dots(self, left: Ints, right: Ints) -> Floats:
        """Return the dot product of rows `left[p]` and `right[p]` for every pair p.

        `left` must be sorted. Its rows are scattered, a block of consecutive
        rows at a time, into a dense array (`BLOCK_CELLS`), where the features
        of the matching right rows are looked up.
        """
        out = np.zeros(len(left), dtype=np.float64)
        if not len(left):
            return out
        rows = len(self.starts) - 1
        block = max(1, min(BLOCK_CELLS // self.width, rows))
        dense = np.zeros(block * self.width, dtype=np.float64)
        lengths = np.diff(self.starts)
        lo = 0
        while lo < len(left):
            first = int(left[lo])
            last = min(first + block, rows)
            hi = int(np.searchsorted(left, last, side="left"))
            # The left rows' cells: the block's entries are consecutive in columns/weights.
            entries = slice(int(self.starts[first]), int(self.starts[last]))
            cells = (
                np.repeat(np.arange(last - first) * self.width, lengths[first:last]) + self.columns[entries]
            )
            dense[cells] = self.weights[entries]
            # Every feature of every right row, with the pair it belongs to.
            counts = lengths[right[lo:hi]]
            pair = np.repeat(np.arange(hi - lo), counts)
            at = np.repeat(self.starts[right[lo:hi]] - (np.cumsum(counts) - counts), counts)
            at += np.arange(len(at))
            looked_up = np.repeat((left[lo:hi] - first) * self.width, counts) + self.columns[at]
            products = dense[looked_up] * self.weights[at]
            out[lo:hi] = np.bincount(pair, weights=products, minlength=hi - lo)
            dense[cells] = 0.0
            lo = hi
        return out


def _first_per_group(keys: tuple[npt.NDArray[np.generic], ...], limit: int) -> Ints:
    """Return the entries sorted by `keys` (the last one the group), the first `limit` of each group."""
    order = np.lexsort(keys)
    group = keys[-1][order]
    place = np.arange(len(order)) - np.searchsorted(group, group)
    chosen: Ints = order[place < limit]
    return chosen


def candidate_pairs(kinds: Sequence[SparseRows], searched: int, kept: int) -> tuple[Ints, Ints]:
    """Return the pairs (left, right) of each row and its candidates: the `kept`
    heaviest holders of each of its `searched` heaviest features, for every kind of
    feature (one matrix each, same rows). Sorted by left row; no row is its own
    candidate, none is listed twice."""
    found = []
    for rows in kinds:
        heaviest = rows.heaviest_features(searched)
        holders = rows.heaviest_holders(kept)[np.maximum(heaviest, 0)]
        holders[heaviest < 0] = -1
        found.append(holders.reshape(len(heaviest), searched * kept))
    candidates = np.sort(np.concatenate(found, axis=1), axis=1)
    own = np.arange(len(candidates))[:, None]
    fresh = np.ones(candidates.shape, dtype=bool)
    fresh[:, 1:] = candidates[:, 1:] != candidates[:, :-1]
    keep = fresh & (candidates >= 0) & (candidates != own)
    return np.broadcast_to(own, candidates.shape)[keep], candidates[keep]


def rounded(values: Floats, exact: Callable[[int], float]) -> Floats:
    """Return `values` rounded to `SCORE_DECIMALS` places as Python's `round` does.

    `np.round` scales, rounds and unscales, which agrees with `round` except
    for a value next to a boundary; those (and only those) are taken from
    `exact(index)`, the value computed and rounded in Python.
    """
    scaled = values * 10**SCORE_DECIMALS
    out: Floats = np.rint(scaled) / 10**SCORE_DECIMALS
    for i in np.flatnonzero(np.abs(scaled - np.floor(scaled) - 0.5) < NEAR_HALF):
        out[i] = exact(int(i))
    return out
