"""The shipped word-rarity table and what it gives the text similarity."""

from __future__ import annotations

import pytest

from generator.link import word_rarity
from generator.link.similarity import index_texts


def test_shipped_table_equals_a_fresh_build_from_wordfreq() -> None:
    pytest.importorskip("wordfreq")  # in the `test` extra: skipped only outside it
    # After upgrading wordfreq or changing the cut: `python -m generator.link.word_rarity`.
    assert word_rarity.SHIPPED.read_text(encoding="utf-8") == word_rarity.table_text(
        word_rarity.build_table()
    )


def test_common_words_weigh_nothing_and_rare_words_and_names_weigh_most() -> None:
    rarity = word_rarity.rarity
    assert rarity("the") == 0.0
    assert 0.0 < rarity("government") < rarity("spillway") == rarity("karsova")
    assert rarity("karsova") == word_rarity.COMMON_ZIPF - word_rarity.RARE_ZIPF
    assert rarity("don’t") == rarity("don't")  # typographic apostrophes read as the table's


UNRELATED = [
    "Orchestra tickets sold out for the spring concert season.",
    "Glacier melting was measured by satellite over the summer.",
    "The rover landed safely and sent its first photographs.",
    "Wheat harvest figures rose after a mild winter.",
    "A new library opened with a reading room for children.",
    "The marathon route was changed because of roadworks.",
    "Vaccination clinics extended their opening hours.",
    "Fishing quotas were cut for the coming year.",
]


def test_an_articles_vector_does_not_depend_on_the_other_articles_words() -> None:
    dam = "The Karsova dam reservoir flooded again as engineers opened the spillway."
    alone = index_texts([dam, *UNRELATED]).vectors[0]
    more = [text.replace(".", " again.") for text in UNRELATED]  # other words, more articles
    assert index_texts([dam, *UNRELATED, *more]).vectors[0] == alone
    same_story = "Engineers at the Karsova dam said the reservoir and the spillway held."
    index = index_texts([dam, same_story, *UNRELATED])
    assert index.similarity(0, 1) > 0.13 > max(index.similarity(0, n) for n in range(2, 10))


def test_a_word_in_half_the_sites_articles_weighs_nothing_and_in_a_quarter_half() -> None:
    # A local site: the town's name is in most articles and says nothing about which are alike.
    texts = [f"Port Alder news: {text}" for text in UNRELATED]
    vector = index_texts(texts).vectors[0]
    assert "alder" not in vector and "orchestra" in vector
    # In 4 of 10 articles (a quarter to a half, counted in powers of two): half its weight.
    quarter = [f"Port Alder news: {t}" if n < 4 else t for n, t in enumerate([*UNRELATED, *UNRELATED[:2]])]
    halved, full = index_texts(quarter).vectors[0], index_texts([quarter[0], *UNRELATED]).vectors[0]
    assert halved["alder"] / halved["orchestra"] == pytest.approx(full["alder"] / full["orchestra"] / 2)
