"""Story threads on the shared corpus: pairwise precision and recall against hand labels.

tests/link/story_pairs.txt lists the pairs of corpus articles a person groups
as one developing story (labelled from titles, dates and leads before the
grouping existed; see its header). Every pair of articles the grouping puts
in one story is a predicted pair; precision is the share of predicted pairs
labelled `same`, recall the share of `same` pairs predicted; `unsure` pairs
count neither way. Run with `-s` to see the scores, the stories and how the
window changes them:

    PYTHONPATH=. python -m pytest tests/link/test_story_quality.py -s -p no:cacheprovider
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
from spacy.language import Language

from generator.evaluate.scoring import Tally
from generator.extract import extract_many
from generator.link import stories
from generator.link.corpus import Corpus, StoryPage
from generator.link.linker import link
from generator.load import load_article
from generator.models import Briefing
from tests.conftest import CORPUS, ROOT

LABELS = Path(__file__).with_name("story_pairs.txt")
# Floors measured at commit time (precision 0.750, recall 1.000 on 12 `same`
# pairs, 16 predicted), less one pair's worth of each: the window and the
# wording threshold were chosen looking at these labels, so the scores are
# training scores on a small set, not a held-out estimate.
PRECISION_FLOOR = 0.70
RECALL_FLOOR = 0.90

needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
Pair = frozenset[str]


@dataclass(frozen=True)
class Labels:
    same: frozenset[Pair]
    unsure: frozenset[Pair]


def read_labels(path: Path = LABELS) -> Labels:
    same: set[Pair] = set()
    unsure: set[Pair] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, first, second = line.split()
        (same if label == "same" else unsure).add(frozenset((first, second)))
    return Labels(frozenset(same), frozenset(unsure))


def predicted_pairs(corpus: Corpus) -> set[Pair]:
    """Pairs of source stems (the corpus slugs) the grouping puts in one story."""
    stem = {page.slug: Path(page.briefing.article.source).stem for page in corpus.articles}
    return {
        frozenset((stem[a.slug], stem[b.slug]))
        for story in corpus.stories
        for a, b in itertools.combinations(story.articles, 2)
    }


def score(pairs: Iterable[Pair], labels: Labels) -> Tally:
    judged = set(pairs) - labels.unsure
    return Tally(tp=len(judged & labels.same), pred=len(judged), gold=len(labels.same))


@pytest.fixture(scope="module")
def corpus_briefings(nlp: Language) -> list[Briefing]:
    paths = sorted((CORPUS / "wikinews").glob("*.md"))
    return list(extract_many([load_article(p) for p in paths], nlp))


def test_labels_name_corpus_articles_and_never_disagree() -> None:
    labels = read_labels()
    assert labels.same and not labels.same & labels.unsure
    if CORPUS.exists():
        slugs = {p.stem for p in (CORPUS / "wikinews").glob("*.md")}
        assert set().union(*labels.same, *labels.unsure) <= slugs


@needs_corpus
def test_story_pairs_precision_and_recall_stay_above_floors(
    corpus_briefings: list[Briefing], monkeypatch: pytest.MonkeyPatch
) -> None:
    labels = read_labels()
    corpus = link(corpus_briefings)
    measured = score(predicted_pairs(corpus), labels)
    print(f"\nstory pairs: precision {measured.precision:.3f}, recall {measured.recall:.3f}", end=" ")
    print(f"({measured.tp} of {measured.pred} predicted, {measured.gold} labelled)")
    for story in corpus.stories:
        print(f"  {story.title}: {', '.join(a.slug for a in story.articles)}")
    for days in (30, 45, 60, 90):
        monkeypatch.setattr(stories, "STORY_WINDOW_DAYS", days)
        other = score(predicted_pairs(link(corpus_briefings)), labels)
        print(f"  window {days} days: precision {other.precision:.3f}, recall {other.recall:.3f}")
    assert measured.precision >= PRECISION_FLOOR
    assert measured.recall >= RECALL_FLOOR


@needs_corpus
def test_adding_an_unrelated_article_leaves_the_other_stories_alone(corpus_briefings: list[Briefing]) -> None:
    """The seed articles, then each other corpus article added on its own: every story
    the added article did not join is the same page as before."""
    seeds = {p.stem for p in (ROOT / "seeds").glob("*.md")}
    base = [b for b in corpus_briefings if Path(b.article.source).stem in seeds]
    before = set(link(base).stories)
    changed = []
    for extra in corpus_briefings:
        if Path(extra.article.source).stem in seeds:
            continue
        after = link([*base, extra]).stories
        untouched = {s for s in after if extra.title not in [a.title for a in s.articles]}
        changed.extend(sorted(s.slug for s in before - untouched - _joined(before, after, extra)))
    assert len(base) == len(seeds)
    assert not changed, changed


def _joined(before: set[StoryPage], after: Iterable[StoryPage], extra: Briefing) -> set[StoryPage]:
    """The stories of `before` that the added article joined (each has grown by it)."""
    grown = [s for s in after if extra.title in [a.title for a in s.articles]]
    kept = {a.slug for s in grown for a in s.articles}
    return {s for s in before if {a.slug for a in s.articles} <= kept}
