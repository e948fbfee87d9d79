"""Stories: the articles that report one developing chain of events, grouped.

Two dated articles are *linked* when all three signals agree:

1. close in time: at most `STORY_WINDOW_DAYS` apart;
2. a salient actor in common: one of the `STORY_ACTORS` most salient actors
   of each (`generator.link.salience`), matched as one actor across the
   articles or by the same name (an actor the extractor gave another kind in
   one of them still matches);
3. similar wording: the TF-IDF cosine of their texts
   (`generator.link.similarity`) at least `STORY_MIN_SIMILARITY`.

No actor is ever enough on its own, however salient, so a platform, a news
outlet or a country that many articles name cannot join their stories: their
wording must be alike too. A story is a connected group of linked articles
(two or more), cut into parts of at most `STORY_SPAN_DAYS` from each part's
first article: linked steps can chain a long-running subject (a war, an
election cycle) through years, and a page of a thousand briefings is no
story. Undated articles are in no story: a story is a timeline.

Cost and stability. Each article is compared only with the next
`STORY_NEIGHBOURS` articles, in date order, holding each of its salient
actors (one sort and a few array operations, `candidate_pairs`), so the number
of pairs is linear in the number of articles. Whether two articles are
linked depends on the two articles alone (their words are weighed by their
frequency in English at large, `similarity`; the site counts only for words in
a quarter of its articles or more, at powers of two). An added article that shares no salient
actor with a story cannot change it; one that does can only join it (or join
it to another story), never split it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .pairs import Ints, SparseRows, rounded
from .related import MIN_TEXT_SIMILARITY
from .similarity import cosine

# Most salient actors of each article that can link it to another one: the
# same number as a briefing's tags (`render.views.TAGS_PER_ARTICLE`), the
# actors of its title and lead on the seeds.
STORY_ACTORS = 5
# At most this many days between two linked articles. A story keeps going
# through longer gaps as long as each step is within the window (a chain).
# Chosen on tests/link/story_pairs.txt after labelling it (the test prints
# the precision and recall of 30, 45, 60 and 90 days): 60 keeps the labelled
# stories whose steps are six weeks apart together.
STORY_WINDOW_DAYS = 60
# Longest span of one story, from its first article: a longer chain of linked
# articles is cut into consecutive parts (in date order), so a new article
# changes the last part only.
STORY_SPAN_DAYS = 180
# The wording threshold is the one related lists use for an article sharing
# no actor (calibrated on the seeds before stories existed).
STORY_MIN_SIMILARITY = MIN_TEXT_SIMILARITY
# Candidate bound: each article is compared with the next few articles (in
# date order) that hold each of its salient actors, within the window.
STORY_NEIGHBOURS = 8


@dataclass(frozen=True)
class StoryInputs:
    """What grouping needs about each article (all sequences indexed alike)."""

    dates: Sequence[dt.date | None]
    ranks: Sequence[int]
    """A total order of the articles (their slugs' order), to break date ties."""
    actors: Sequence[frozenset[str]]
    """Keys of the article's `STORY_ACTORS` most salient actors (any hashable text key)."""
    text: Sequence[dict[str, float]]
    """Unit-length text vectors (`similarity.TextIndex.vectors`)."""


def salient_keys(groups: Sequence[int], names: Sequence[Sequence[str]]) -> frozenset[str]:
    """Return the keys of an article's most salient actors: each one's corpus-wide group
    (`groups`, most salient first) and the name keys of its names (`names`, alike)."""
    keys = {f"actor:{g}" for g in groups[:STORY_ACTORS]}
    keys.update(f"name:{n}" for forms in names[:STORY_ACTORS] for n in forms if n)
    return frozenset(keys)


def candidate_pairs(inputs: StoryInputs) -> tuple[Ints, Ints]:
    """Return the pairs (left < right) worth testing: articles holding a salient actor in
    common, each compared with the next `STORY_NEIGHBOURS` holders within the window."""
    number: dict[str, int] = {}
    feature, day, rank, article = [], [], [], []
    for ai, (date, keys) in enumerate(zip(inputs.dates, inputs.actors, strict=True)):
        if date is None:
            continue
        for key in keys:
            feature.append(number.setdefault(key, len(number)))
            day.append(date.toordinal())
            rank.append(inputs.ranks[ai])
            article.append(ai)
    f, d, r, a = (np.array(x, dtype=np.int64) for x in (feature, day, rank, article))
    order = np.lexsort((r, d, f))
    f, d, a = f[order], d[order], a[order]
    lefts, rights = [np.empty(0, np.int64)], [np.empty(0, np.int64)]
    for step in range(1, STORY_NEIGHBOURS + 1):
        near = (f[step:] == f[:-step]) & (d[step:] - d[:-step] <= STORY_WINDOW_DAYS)
        lefts.append(a[:-step][near])
        rights.append(a[step:][near])
    left, right = (
        np.concatenate([np.empty(0, np.int64), *lefts]),
        np.concatenate([np.empty(0, np.int64), *rights]),
    )
    pairs = np.unique(np.stack([np.minimum(left, right), np.maximum(left, right)], axis=1), axis=0)
    return pairs[:, 0].copy(), pairs[:, 1].copy()


def linked_pairs(inputs: StoryInputs) -> list[tuple[int, int]]:
    """Return the candidate pairs whose wording is similar enough, each (left, right)."""
    left, right = candidate_pairs(inputs)
    if not len(left):
        return []
    rows = SparseRows.of(inputs.text)
    vectors = inputs.text
    similarity = rounded(rows.dots(left, right), lambda p: cosine(vectors[left[p]], vectors[right[p]]))
    kept = similarity >= STORY_MIN_SIMILARITY
    return list(zip(left[kept].tolist(), right[kept].tolist(), strict=True))


def group_stories(inputs: StoryInputs) -> tuple[tuple[int, ...], ...]:
    """Return the stories: groups of two or more linked articles, each oldest first (ties by
    rank), the stories by their oldest article."""
    parent = list(range(len(inputs.dates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in linked_pairs(inputs):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = {}
    for ai in range(len(parent)):
        members.setdefault(root(ai), []).append(ai)

    def when(ai: int) -> tuple[int, int]:
        date = inputs.dates[ai]
        return (date.toordinal() if date else 0, inputs.ranks[ai])

    stories = [
        part
        for group in members.values()
        if len(group) > 1
        for part in _parts(sorted(group, key=when), inputs.dates)
        if len(part) > 1
    ]
    return tuple(sorted(stories, key=lambda story: when(story[0])))


def _parts(ordered: list[int], dates: Sequence[dt.date | None]) -> list[tuple[int, ...]]:
    """Cut a group of linked articles (oldest first) into parts spanning at most
    `STORY_SPAN_DAYS` from each part's first article."""
    parts: list[list[int]] = []
    start = 0
    for ai in ordered:
        day = dates[ai]
        ordinal = day.toordinal() if day else 0
        if not parts or ordinal - start > STORY_SPAN_DAYS:
            parts.append([])
            start = ordinal
        parts[-1].append(ai)
    return [tuple(part) for part in parts]
