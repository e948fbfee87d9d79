"""Text similarity between articles: TF-IDF cosine over plain words, in pure Python.

Briefings carry no tokens, so the words are found with a regular expression;
no second model is loaded. Each article keeps only its `TERMS_KEPT` heaviest
terms, so the pairwise comparison goes through an inverted index and stays
cheap for a thousand articles.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

# The heaviest terms kept per article. 40 keeps what an article is about
# (names, places, topic words) and drops the long tail that makes pairs of
# unrelated articles look alike.
TERMS_KEPT = 40
MIN_WORD_LENGTH = 3

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Function words and newswire verbs; IDF already discounts them in a large
# corpus, the list keeps small corpora (two or three articles) sensible.
_STOP_WORDS_TEXT = """
    about above after again against all also among and another any are around back be because been
    before being between both but can could did does doing down during each even every few for from
    further had has have having her here hers herself him himself his how however into its itself just
    least less made make many may might more most much must near never new not now off once one only
    onto other our ours out over own said same say says she should since some still such than that the
    their theirs them themselves then there these they this those though through thus told too two
    under until upon very was way were what when where whether which while who whom whose why will with
    within without would year years yet you your yours
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


def words(text: str) -> list[str]:
    """Return the lower-cased content words of `text` (no stop words, no short words)."""
    found = []
    for match in _WORD.finditer(text.casefold()):
        word = re.sub(r"['’]s$", "", match.group())
        if len(word) >= MIN_WORD_LENGTH and word not in STOP_WORDS:
            found.append(word)
    return found


@dataclass(frozen=True)
class TextIndex:
    """Unit-length TF-IDF vectors of a set of texts, and their pairwise cosines."""

    vectors: tuple[dict[str, float], ...]
    neighbours: tuple[dict[int, float], ...]
    """For each text, the other texts with a non-zero cosine, by index."""

    def similarity(self, i: int, j: int) -> float:
        """Return the cosine between texts `i` and `j` (0.0 when they share no kept term)."""
        return self.neighbours[i].get(j, 0.0)

    def shared_terms(
        self, i: int, j: int, limit: int, exclude: frozenset[str] = frozenset()
    ) -> tuple[str, ...]:
        """Return the terms that add most to the cosine of `i` and `j`, heaviest first."""
        a, b = self.vectors[i], self.vectors[j]
        common = [t for t in a.keys() & b.keys() if t not in exclude]
        common.sort(key=lambda t: (-a[t] * b[t], t))
        return tuple(common[:limit])


def index_texts(texts: Sequence[str], kept: int = TERMS_KEPT) -> TextIndex:
    """Return the TF-IDF vectors of `texts` and every pair's cosine (deterministic)."""
    counts = [Counter(words(t)) for t in texts]
    n = len(texts)
    df = Counter(term for c in counts for term in c)
    vectors: list[dict[str, float]] = []
    for c in counts:
        # A term in every text says nothing about which texts are alike: idf 0.
        weights = {t: (1 + math.log(k)) * math.log(n / df[t]) for t, k in c.items()}
        top = sorted((t for t, w in weights.items() if w > 0), key=lambda t: (-weights[t], t))[:kept]
        norm = math.sqrt(sum(weights[t] ** 2 for t in top)) or 1.0
        vectors.append({t: weights[t] / norm for t in top})
    postings: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(vectors):
        for term in v:
            postings[term].append(i)
    dots: list[dict[int, float]] = [defaultdict(float) for _ in texts]
    for term in sorted(postings):
        docs = postings[term]
        for x, i in enumerate(docs):
            for j in docs[x + 1 :]:
                product = vectors[i][term] * vectors[j][term]
                dots[i][j] += product
                dots[j][i] += product
    neighbours = tuple({j: round(s, 6) for j, s in sorted(d.items())} for d in dots)
    return TextIndex(tuple(vectors), neighbours)
