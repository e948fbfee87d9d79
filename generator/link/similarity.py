"""Text similarity between articles: TF-IDF cosine over plain words, in pure Python.

Briefings carry no tokens, so the words are found with a regular expression;
no second model is loaded. Each article keeps only its `TERMS_KEPT` heaviest
terms.

Two choices keep related lists still when unrelated articles are added, and
the cost linear in the number of articles:

- a word weighs by its rarity in English at large (`word_rarity.rarity`);
  the site's own articles count only for words held by a quarter of them or
  more (half weight; none from half), counted in powers of two
  (`site_level`): an article's vector moves only when such a word, or the
  number of articles, reaches a power of two, not with every added article
  (weighed by the site's articles alone, the words of one added article
  reordered the related lists of a tenth of a 1,000-article site);
- candidates are bounded (`Postings.candidates`): an article is compared with
  the heaviest few holders of its heaviest few features, never with every
  article sharing a frequent term.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Generic, TypeVar

from .word_rarity import rarity

# The heaviest terms kept per article. 40 keeps what an article is about
# (names, places, topic words) and drops the long tail that makes pairs of
# unrelated articles look alike.
TERMS_KEPT = 40
# A word held by half the site's articles or more weighs nothing (the town of a
# local site, the subject of a topical one), by a quarter to a half half its weight:
# `rarity_level` capped at this. Rarer words weigh by their English rarity alone.
SITE_LEVELS = 2
MIN_WORD_LENGTH = 3
# Candidate bound: an article looks for related ones among the
# `POSTINGS_KEPT` heaviest holders of each of its `FEATURES_SEARCHED`
# heaviest features (terms or actors), so at most their product per article.
# The heaviest holders of a rare feature are all its holders; only frequent
# features (which weigh little) are cut.
FEATURES_SEARCHED = 6
POSTINGS_KEPT = 12
# Cosines are compared at this many decimals: a difference below it is a tie
# broken by slug, not a reason to reorder a list.
SCORE_DECIMALS = 4

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = ("'s", "’s")
# Function words and newswire verbs: most weigh little by their English
# frequency already; the list keeps them out of the reasons shown.
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

K = TypeVar("K", bound=Hashable)


@lru_cache(maxsize=1 << 18)
def _content_word(word: str) -> str:
    """Return a matched word without its possessive "'s"; "" for a stop word or a short word.
    Cached: most words recur in many texts of a corpus."""
    if word.endswith(_POSSESSIVE):
        word = word[:-2]
    return word if len(word) >= MIN_WORD_LENGTH and word not in STOP_WORDS else ""


def words(text: str) -> list[str]:
    """Return the lower-cased content words of `text` (no stop words, no short words)."""
    return [word for word in map(_content_word, _WORD.findall(text.casefold())) if word]


def rarity_level(count: int, total: int) -> int:
    """Return how many powers of two rarer than the whole corpus a feature is.

    `log2(total / count)` with both rounded down to a power of two: 0 for a
    feature in (about) every text, one more each time the count halves. An
    added article changes a level only when it makes `count` or `total`
    reach a power of two.
    """
    return max(0, total.bit_length() - count.bit_length())


def unit(weights: Mapping[K, float]) -> dict[K, float]:
    """Return `weights` scaled to unit length (empty stays empty)."""
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {key: w / norm for key, w in weights.items()}


def cosine(a: Mapping[K, float], b: Mapping[K, float]) -> float:
    """Return the dot product of two unit vectors, rounded to `SCORE_DECIMALS`.

    Summed with `math.fsum` (correctly rounded): the result does not depend on the
    order of the shared keys, which for strings changes with the process's hash seed.
    """
    return round(math.fsum([a[key] * b[key] for key in a.keys() & b.keys()]), SCORE_DECIMALS)


@dataclass(frozen=True)
class Postings(Generic[K]):
    """For each feature, the texts holding it, heaviest first, cut to `POSTINGS_KEPT`."""

    heads: Mapping[K, tuple[int, ...]]

    @classmethod
    def of(cls, vectors: Sequence[Mapping[K, float]], kept: int = POSTINGS_KEPT) -> Postings[K]:
        """Return the postings of `vectors` (ties by text number, so deterministic)."""
        holders: dict[K, list[tuple[float, int]]] = defaultdict(list)
        for i, vector in enumerate(vectors):
            for key, weight in vector.items():
                holders[key].append((-weight, i))
        return cls({key: tuple(i for _, i in sorted(found)[:kept]) for key, found in holders.items()})

    def candidates(self, vector: Mapping[K, float], searched: int = FEATURES_SEARCHED) -> set[int]:
        """Return the texts holding one of the `searched` heaviest features of `vector`
        among its heaviest holders: at most `searched * POSTINGS_KEPT` texts."""
        heaviest = sorted([(-weight, str(key), key) for key, weight in vector.items()])[:searched]
        return {i for _, _, key in heaviest for i in self.heads.get(key, ())}


@dataclass(frozen=True)
class TextIndex:
    """Unit-length TF-IDF vectors of a set of texts, and their bounded postings."""

    vectors: tuple[dict[str, float], ...]

    @cached_property
    def postings(self) -> Postings[str]:
        """The bounded postings of the vectors (built on first use)."""
        return Postings.of(self.vectors)

    def similarity(self, i: int, j: int) -> float:
        """Return the cosine between texts `i` and `j` (0.0 when they share no kept term)."""
        return cosine(self.vectors[i], self.vectors[j])

    def candidates(self, i: int) -> set[int]:
        """Return the texts worth comparing with text `i` (it included), a bounded set."""
        return self.postings.candidates(self.vectors[i])

    def shared_terms(
        self, i: int, j: int, limit: int, exclude: frozenset[str] = frozenset()
    ) -> tuple[str, ...]:
        """Return the terms that add most to the cosine of `i` and `j`, heaviest first."""
        a, b = self.vectors[i], self.vectors[j]
        common = [t for t in a.keys() & b.keys() if t not in exclude]
        common.sort(key=lambda t: (-round(a[t] * b[t], SCORE_DECIMALS), t))
        return tuple(common[:limit])


def _weights(counts: Mapping[str, int], level: Mapping[str, int], kept: int) -> dict[str, float]:
    # A word in (about) every English text, or in half the site's, says nothing about
    # which texts are alike: weight 0, dropped.
    weighed = ((-(1 + math.log(k)) * rarity(t) * level[t], t) for t, k in counts.items())
    top = sorted([(w, t) for w, t in weighed if w < 0.0])
    return unit({t: -negative for negative, t in top[:kept]})


def text_terms(text: str) -> dict[str, int]:
    """Return how often each content word occurs in `text` (what `index_terms` reads)."""
    return dict(Counter(words(text)))


def index_texts(texts: Iterable[str], kept: int = TERMS_KEPT) -> TextIndex:
    """Return the TF-IDF vectors of `texts` (deterministic, linear)."""
    return index_terms([text_terms(t) for t in texts], kept)


def index_terms(counts: Sequence[Mapping[str, int]], kept: int = TERMS_KEPT) -> TextIndex:
    """Return the TF-IDF vectors of texts given by their `text_terms` (deterministic, linear):
    words weighed by `word_rarity.rarity` and, when common in the site, by `site_level`."""
    df = Counter(term for c in counts for term in c)
    level = {term: site_level(k, len(counts)) for term, k in df.items()}
    return TextIndex(tuple(_weights(c, level, kept) for c in counts))


def site_level(count: int, total: int) -> int:
    """How rare a word held by `count` of `total` texts is in the site, capped at `SITE_LEVELS`."""
    return min(SITE_LEVELS, rarity_level(count, total))
