"""Link stage: actors merged across articles, related articles, slugs."""

from __future__ import annotations

import datetime as dt

from generator.link import assign_slugs, link
from generator.models import Quote
from tests.records import briefing, org, person, place


def _actor(corpus, name):  # type: ignore[no-untyped-def]
    return next(a for a in corpus.actors if a.name == name)


def test_surname_in_one_article_joins_full_name_in_another() -> None:
    corpus = link(
        [
            briefing("a.md", "A", [person("Antony Blinken", "Secretary of State", "Blinken")]),
            briefing("b.md", "B", [person("Blinken")], [Quote("We agree.", "Blinken")]),
        ]
    )
    blinken = _actor(corpus, "Antony Blinken")
    assert [a.article_slug for a in blinken.appearances] == ["a", "b"]
    assert "Blinken" in blinken.aliases
    assert [q.text for q in blinken.quotes] == ["We agree."]
    assert len(corpus.actors) == 1


def test_people_sharing_a_surname_stay_apart() -> None:
    corpus = link(
        [
            briefing("a.md", "A", [person("Joe Biden", None, "Biden")]),
            briefing("b.md", "B", [person("Hunter Biden", None, "Biden")]),
            briefing("c.md", "C", [person("Biden")]),
        ]
    )
    names = sorted(a.name for a in corpus.actors)
    assert names == ["Biden", "Hunter Biden", "Joe Biden"]


def test_accents_and_aliases_merge_but_kinds_never_do() -> None:
    corpus = link(
        [
            briefing("a.md", "A", [person("Recep Tayyip Erdoğan"), org("Islamic State", "ISIS")]),
            briefing("b.md", "B", [person("Recep Tayyip Erdogan"), org("ISIS")]),
            briefing("c.md", "C", [place("Georgia"), person("Georgia")]),
        ]
    )
    kinds = sorted((a.name, a.kind.value, len(a.appearances)) for a in corpus.actors)
    assert ("Islamic State", "organization", 2) in kinds
    assert sum(1 for n, _, c in kinds if n.startswith("Recep") and c == 2) == 1
    georgia = [a for a in corpus.actors if a.name == "Georgia"]
    assert sorted(a.kind.value for a in georgia) == ["person", "place"]
    assert len({a.slug for a in georgia}) == 2


def test_related_ranked_by_rare_shared_actors_with_reason() -> None:
    common = place("United States")
    corpus = link(
        [
            briefing("a.md", "A", [common, person("Ned Price")], date=dt.date(2022, 1, 1)),
            briefing("b.md", "B", [common, person("Ned Price")], date=dt.date(2022, 1, 2)),
            briefing("c.md", "C", [common], date=dt.date(2022, 1, 3)),
            briefing("d.md", "D", [common], date=dt.date(2022, 1, 4)),
            briefing("e.md", "E", [place("Mars")], date=dt.date(2022, 1, 5)),
        ]
    )
    page_a = next(p for p in corpus.articles if p.slug == "a")
    assert page_a.related[0].slug == "b"
    assert page_a.related[0].shared[0] == "Ned Price"
    assert "e" not in [r.slug for r in page_a.related]
    assert [p.slug for p in corpus.articles] == ["e", "d", "c", "b", "a"]  # newest first


def test_slugs_are_unique_and_avoid_index() -> None:
    assert assign_slugs(["Same", "Same", "Index"]) == ["same", "same-2", "index-2"]


def test_link_is_deterministic_whatever_the_input_order() -> None:
    items = [
        briefing("b.md", "Same title", [person("Ann Lee")]),
        briefing("a.md", "Same title", [person("Ann Lee")]),
    ]
    assert link(items) == link(list(reversed(items)))


def test_lone_surname_with_accent_joins_full_name_elsewhere() -> None:
    corpus = link(
        [
            briefing("a.md", "A", [person("Recep Tayyip Erdoğan", "President of Turkey", "Erdoğan")]),
            briefing("b.md", "B", [person("Erdogan")], [Quote("We will act.", "Erdogan")]),
        ]
    )
    [erdogan] = corpus.actors
    assert erdogan.name == "Recep Tayyip Erdoğan" and len(erdogan.appearances) == 2
    assert [q.text for q in erdogan.quotes] == ["We will act."]


def test_acronym_alone_joins_the_one_organisation_it_spells() -> None:
    corpus = link(
        [
            briefing("a.md", "A", [org("International Association of Athletics Federations")]),
            briefing("b.md", "B", [org("IAAF"), person("Ian Aaron Fitz")]),
            briefing("c.md", "C", [place("United Kingdom"), org("UK")]),
        ]
    )
    names = sorted((a.name, a.kind.value, len(a.appearances)) for a in corpus.actors)
    assert names == [
        ("Ian Aaron Fitz", "person", 1),
        ("International Association of Athletics Federations", "organization", 2),
        ("UK", "organization", 1),
        ("United Kingdom", "place", 1),
    ]


def test_acronym_spelling_two_groups_stays_apart() -> None:
    corpus = link(
        [
            briefing("a.md", "A", [org("Democratic Party")]),
            briefing("b.md", "B", [org("Defence Procurement")]),
            briefing("c.md", "C", [org("DP")]),
        ]
    )
    assert sorted(len(a.appearances) for a in corpus.actors) == [1, 1, 1]
