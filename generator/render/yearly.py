"""Years as the pages that split a listing by year name and order them: the latest year
first, undated items last, under the label the monthly archive gives them."""

from __future__ import annotations

from collections.abc import Iterable

# The section of undated items (the monthly archive's too).
UNDATED_LABEL = "Date unknown"
UNDATED_SLUG = "undated"


def latest_first(years: Iterable[int | None]) -> list[int | None]:
    """The distinct years, the latest first, None (undated) last."""
    return sorted(set(years), key=lambda year: (year is None, -(year or 0)))


def label(year: int | None) -> str:
    return str(year) if year is not None else UNDATED_LABEL


def slug(year: int | None) -> str:
    return str(year) if year is not None else UNDATED_SLUG
