"""Link stage: actors merged across articles, related articles, slugs."""

from __future__ import annotations

import datetime as dt

from generator.link import title_slugs
from generator.link.corpus import Related
from generator.link.linker import link
from generator.models import Actor, ActorKind, Briefing, Quote
from tests.records import (
    briefing,
    clash_suffix,
    features,
    moved_features,
    org,
    person,
    place,
    synthetic_briefings,
)


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


def test_a_body_named_by_its_head_word_joins_only_the_same_countrys() -> None:
    def body(name: str, *aliases: str) -> Actor:
        return Actor(name, ActorKind.ORGANIZATION, None, aliases, 2)

    corpus = link(
        [
            briefing("a.md", "A", [body("Parliament of Ruritania", "Parliament"), place("Ruritania")]),
            briefing("b.md", "B", [body("Parliament"), place("Ruritania"), place("Zenda")]),
            briefing("c.md", "C", [body("Parliament"), place("Iraq")]),
            briefing("d.md", "D", [body("Parliament"), place("Baghdad")]),
        ]
    )
    groups = sorted(sorted(a.article_slug for a in x.appearances) for x in corpus.actors if "Parl" in x.name)
    # Ruritania's body in a and b; Iraq's in c and d (Baghdad is in Iraq): never all four.
    assert groups == [["a", "b"], ["c", "d"]]


def test_related_ranked_by_rare_shared_actors_with_reason() -> None:
    common = place("United States")
    # Texts with no word in common: the actors alone relate these articles.
    texts = iter(
        [
            "Harvest figures rose.",
            "Orchestra tickets sold.",
            "Bridge repairs began.",
            "Glacier melting measured.",
            "Rover landed safely.",
        ]
    )

    def made(slug: str, actors: list[Actor], day: int) -> Briefing:
        return briefing(f"{slug}.md", slug.upper(), actors, date=dt.date(2022, 1, day), text=next(texts))

    corpus = link(
        [
            made("a", [common, person("Ned Price")], 1),
            made("b", [common, person("Ned Price")], 2),
            made("c", [common], 3),
            made("d", [common], 4),
            made("e", [place("Mars")], 5),
        ]
    )
    page_a = next(p for p in corpus.articles if p.slug == "a")
    assert page_a.related[0].slug == "b"
    assert page_a.related[0].shared[0] == "Ned Price"
    assert "e" not in [r.slug for r in page_a.related]
    assert [p.slug for p in corpus.articles] == ["e", "d", "c", "b", "a"]  # newest first


def test_slugs_are_unique_and_avoid_index() -> None:
    made = [briefing(f"{n}.md", title, []) for n, title in (("a", "Same"), ("b", "Same"), ("c", "Index"))]
    assert title_slugs(made) == ["same", f"same-{clash_suffix('b.md')}", f"index-{clash_suffix('c.md')}"]


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


def test_acronym_spelling_a_name_past_a_lowercase_joiner_joins_it() -> None:
    """ "OTCA" spells "Organisation for Trade and Cooperation in Asia" without its "in"."""
    corpus = link(
        [
            briefing("a.md", "A", [org("Organisation for Trade and Cooperation in Asia")]),
            briefing("b.md", "B", [org("OTCA")]),
        ]
    )
    assert [(a.name, len(a.appearances)) for a in corpus.actors] == [
        ("Organisation for Trade and Cooperation in Asia", 2)
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


def test_related_by_wording_alone_and_the_words_are_the_reason() -> None:
    marathon = "Kipchoge ran the marathon in Vienna, a record marathon pace under two hours."
    corpus = link(
        [
            briefing("a.md", "A", [person("Eliud Kipchoge")], text=marathon),
            briefing("b.md", "B", [person("Brigid Kosgei")], text="Kosgei broke the marathon record pace."),
            briefing("c.md", "C", [place("Mars")], text="Rover lands on the red planet."),
            briefing("d.md", "D", [place("Venus")], text="Clouds of acid cover the hot planet."),
        ]
    )
    page_b = next(p for p in corpus.articles if p.slug == "b")
    assert [r.slug for r in page_b.related] == ["a"]
    assert page_b.related[0].shared == ()
    assert set(page_b.related[0].terms) <= {"marathon", "record", "pace"}
    assert page_b.related[0].terms


def test_previous_and_next_article_on_each_actor() -> None:
    day = dt.date(2022, 1, 1)
    ned = person("Ned Price")
    corpus = link(
        [
            briefing(f"{n}.md", n.upper(), [ned, place(f"Place {n}")], date=day + dt.timedelta(days=i))
            for i, n in enumerate(["a", "b", "c"])
        ]
    )
    middle = next(p for p in corpus.articles if p.slug == "b")
    (thread,) = middle.threads  # the places are in one article each: no thread
    assert thread.actor_name == "Ned Price"
    assert thread.previous is not None and thread.previous.slug == "a"
    assert thread.next is not None and thread.next.slug == "c"
    oldest = next(p for p in corpus.articles if p.slug == "a")
    assert oldest.threads[0].previous is None and oldest.threads[0].next is not None


def test_companions_count_shared_articles() -> None:
    corpus = link(
        [
            briefing("a.md", "A", [person("Ann Lee"), place("Baku"), org("NATO")]),
            briefing("b.md", "B", [person("Ann Lee"), place("Baku")]),
        ]
    )
    ann = _actor(corpus, "Ann Lee")
    assert [(c.name, c.articles) for c in ann.companions] == [("Baku", 2), ("NATO", 1)]
    assert [c.name for c in ann.companions_of_kind(ActorKind.PLACE)] == ["Baku"]


def test_full_text_links_the_first_mention_of_each_actor_once() -> None:
    text = "Blinken met Antony Blinken's aides. Antony Blinken left; USA and US-led talks."
    corpus = link(
        [briefing("a.md", "A", [person("Antony Blinken", None, "Blinken"), place("US")], text=text)]
    )
    (paragraph,) = corpus.articles[0].text
    linked = [(s.text, s.actor_slug) for s in paragraph if s.actor_slug]
    assert linked == [("Blinken", "antony-blinken"), ("US", "us")]
    assert "".join(s.text for s in paragraph) == text


def _shown(related: tuple[Related, ...]) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(r.slug, r.shared, r.terms) for r in related]


def test_an_added_article_changes_only_the_related_lists_that_now_name_it() -> None:
    # 300 articles sharing many words and actors, then one more (300 -> 301 crosses
    # no power of two, where every rarity level moves by design). A list may change
    # only to name the new article, or because an article in it, or its own
    # article, holds an actor whose rarity level moved (words weigh the same in
    # any corpus: by their English frequency).
    made = synthetic_briefings(301, seed=3)
    before = {p.slug: p.related for p in link(made[:300]).articles}
    after = link(made)
    [new] = [p.slug for p in after.articles if p.briefing is made[300]]
    moved = moved_features(made[:300], made)
    holds = {p.slug for p in after.articles if moved & features(p.briefing)}
    changed = {
        p.slug for p in after.articles if p.slug != new and _shown(p.related) != _shown(before[p.slug])
    }
    naming = {p.slug for p in after.articles if p.slug != new and new in [r.slug for r in p.related]}
    explained = {
        p.slug
        for p in after.articles
        if holds & ({p.slug} | {r.slug for r in p.related} | {r.slug for r in before.get(p.slug, ())})
    }
    assert naming and len(holds) < 60  # the new article is listed; few articles hold a moved level
    assert changed - naming <= explained
    assert len(changed - naming) <= 5


def test_related_candidates_are_bounded_per_article() -> None:
    # Every article shares its most frequent words with most others: candidates
    # still come from at most FEATURES_SEARCHED * POSTINGS_KEPT per kind of feature.
    from generator.link.similarity import FEATURES_SEARCHED, POSTINGS_KEPT, index_texts

    index = index_texts(["common words here and there " + f"own{i} ward{i % 3}" for i in range(500)])
    assert max(len(index.candidates(i)) for i in range(500)) <= FEATURES_SEARCHED * POSTINGS_KEPT


def test_same_named_actors_keep_their_pages_when_another_of_that_name_comes_ahead() -> None:
    # Two Okafors with first names keep every lone "Okafor" apart: one group per article.
    known = [
        briefing("b.md", "B", [person("Ada Okafor")]),
        briefing("c.md", "C", [person("Chidi Okafor")]),
        *(briefing(f"{n}.md", f"Story {n}", [person("Okafor")]) for n in ("d", "e", "f")),
    ]

    def lone(corpus) -> dict[str, str]:  # type: ignore[no-untyped-def]
        return {a.appearances[0].article_slug: a.slug for a in corpus.actors if a.name == "Okafor"}

    before = lone(link(known))
    after = lone(link([briefing("a.md", "A", [person("Okafor")]), *known]))
    assert len(set(before.values())) == 3 and len(set(after.values())) == 4
    # The one met first keeps the plain slug; the newcomer ahead of them takes it, and
    # of the others only that one moves (numbered slugs moved all three).
    moved = [story for story in before if before[story] != after[story]]
    assert moved == ["story-d"] and after["a"] == "okafor"
    assert all(slug.startswith("okafor-") for story, slug in after.items() if story != "a")


def test_stable_slugs_tell_clashes_apart_by_origin_and_number_a_clashing_digest() -> None:
    from generator.link.slugs import assign_stable_slugs

    slugs = assign_stable_slugs(["Same", "Same", "Same", "Index"], ["x", "y", "y", "z"])
    assert slugs[0] == "same" and slugs[1].startswith("same-") and slugs[2] == f"{slugs[1]}-2"
    assert slugs[3].startswith("index-") and len(set(slugs)) == 4
    assert assign_stable_slugs(["Same", "Same"], ["p", "y"])[1] == slugs[1]  # its origin alone


def test_a_later_namesake_or_same_title_leaves_published_page_names_alone() -> None:
    # News comes newest last, but its file names need not sort last (hashed names of a wire
    # feed): a newer article named ahead, whose title and whose organisation's name clash with
    # published ones, takes the suffixed names; the published pages keep theirs.
    known = [
        briefing("m.md", "Talks resume", [person("Daniel Kuznetsov")], date=dt.date(2024, 3, 1)),
        briefing("n.md", "Other news", [person("Daniel Kuznetsov")], date=dt.date(2024, 3, 2)),
    ]
    before = link(known)
    newer = briefing("a.md", "Talks resume", [org("Daniel Kuznetsov")], date=dt.date(2024, 4, 1))
    after = link([newer, *known])

    def pages(corpus):  # type: ignore[no-untyped-def]
        people = {a.slug for a in corpus.actors if a.kind is ActorKind.PERSON}
        return people, {p.briefing.article.source: p.slug for p in corpus.articles}

    people, articles = pages(before)
    assert pages(after)[0] == people and pages(after)[1] == {**articles, "a.md": pages(after)[1]["a.md"]}
    [org_page] = [a for a in after.actors if a.kind is ActorKind.ORGANIZATION]
    assert org_page.slug.startswith("daniel-kuznetsov-") and after_slug(after, "a.md") != "talks-resume"
    # A third article of that title leaves the second's name alone too (numbered slugs moved).
    third = briefing("0.md", "Talks resume", [], date=dt.date(2024, 5, 1))
    assert after_slug(link([third, newer, *known]), "a.md") == after_slug(after, "a.md")
    # An older article (a backfill) does take the plain names: the page names follow the
    # order the articles were published in, whatever their files are called.
    older = briefing("z.md", "Talks resume", [org("Daniel Kuznetsov")], date=dt.date(2024, 1, 1))
    backfilled = link([*known, older])
    assert after_slug(backfilled, "z.md") == "talks-resume"


def after_slug(corpus, source: str) -> str:  # type: ignore[no-untyped-def]
    return next(p.slug for p in corpus.articles if p.briefing.article.source == source)
