"""A dossier lists an actor's roles once each, however cased, the latest first with its date."""

from __future__ import annotations

import datetime as dt

from generator.link.linker import link
from generator.render.dossier import roles_latest_first
from generator.render.pages import render_corpus
from tests.records import briefing, person


def test_roles_are_merged_by_case_and_article_and_the_latest_comes_first() -> None:
    corpus = link(
        [
            briefing("a.md", "Old", [person("Ann Lee", "MP")], date=dt.date(2019, 5, 1)),
            briefing("b.md", "Mid", [person("Ann Lee", "the Prime Minister")], date=dt.date(2020, 5, 1)),
            briefing("c.md", "New", [person("Ann Lee", "prime minister")], date=dt.date(2021, 5, 1)),
            briefing("d.md", "Wire", [person("Ann Lee", "party leader")]),
        ]
    )
    (actor,) = [a for a in corpus.actors if a.name == "Ann Lee"]
    roles = roles_latest_first(actor)
    assert [(r.role, r.latest, [s.article_title for s in r.seen]) for r in roles] == [
        ("prime minister", dt.date(2021, 5, 1), ["New", "Mid"]),
        ("MP", dt.date(2019, 5, 1), ["Old"]),
        ("party leader", None, ["Wire"]),  # undated: never taken for the latest
    ]
    page = next(p.text for p in render_corpus(corpus) if p.path == f"actors/{actor.slug}.md")
    assert "**Latest role:** prime minister (2021-05-01)\n\n- prime minister (2021-05-01) — in [New]" in page


def test_each_timeline_entry_says_what_the_actor_said_or_did_there() -> None:
    from generator.models import Quote
    from generator.render.dossier import timeline

    text = (
        "The mayor, Ann Lee, opened the pier on Monday. Mr. Bob Roe of the U.S. Navy watched it. "
        "Cal Poe sang. Lee left."
    )
    long_quote = " ".join(["word"] * 40)
    corpus = link(
        [
            briefing(
                "a.md",
                "Pier",
                [person("Ann Lee"), person("Bob Roe"), person("Cal Poe")],
                text=text,
                date=dt.date(2020, 1, 2),
            ),
            briefing(
                "b.md", "Talk", [person("Ann Lee")], [Quote(long_quote, "Ann Lee")], date=dt.date(2020, 2, 3)
            ),
        ]
    )
    articles = {page.slug: page for page in corpus.articles}
    by_name = {a.name: a for a in corpus.actors}
    lee = timeline(by_name["Ann Lee"], articles)
    assert [(e.appearance.article_title, e.said, e.sentence) for e in lee] == [
        ("Talk", " ".join(["word"] * 30) + " …", None),
        ("Pier", None, "The mayor, Ann Lee, opened the pier on Monday."),
    ]
    (roe,) = timeline(by_name["Bob Roe"], articles)
    assert roe.sentence == "Mr. Bob Roe of the U.S. Navy watched it."  # "Mr." and "U.S." end no sentence
    (poe,) = timeline(by_name["Cal Poe"], articles)
    assert poe.sentence == "Cal Poe sang."  # a name that opens its sentence: that sentence alone
    page = next(p.text for p in render_corpus(corpus) if p.path == f"actors/{by_name['Bob Roe'].slug}.md")
    assert "(1 mention) — “Mr. Bob Roe of the U.S. Navy watched it.”" in page


def test_a_timeline_entry_shows_the_name_of_a_long_sentence_that_names_it_late() -> None:
    from generator.render.dossier import timeline

    opening = " ".join(f"word{n}" for n in range(40))
    text = f"{opening} and then Dee Fox spoke at length. Next."
    corpus = link([briefing("a.md", "Talk", [person("Dee Fox")], text=text, date=dt.date(2020, 1, 2))])
    (fox,) = timeline(corpus.actors[0], {page.slug: page for page in corpus.articles})
    assert fox.sentence == "… word34 word35 word36 word37 word38 word39 and then Dee Fox spoke at length."


def test_a_bare_title_joins_the_one_fuller_form_that_only_adds_a_place() -> None:
    corpus = link(
        [
            briefing("a.md", "Old", [person("Ann Lee", "Prime Minister")], date=dt.date(2019, 5, 1)),
            briefing(
                "b.md", "Mid", [person("Ann Lee", "Prime Minister of Ruritania")], date=dt.date(2019, 4, 1)
            ),
            briefing("c.md", "New", [person("Ann Lee", "former Prime Minister")], date=dt.date(2021, 5, 1)),
            briefing("d.md", "Wire", [person("Ann Lee", "Deputy Prime Minister")], date=dt.date(2018, 5, 1)),
        ]
    )
    (actor,) = [a for a in corpus.actors if a.name == "Ann Lee"]
    roles = roles_latest_first(actor)
    assert [(r.role, r.latest, [s.article_title for s in r.seen]) for r in roles] == [
        ("former Prime Minister", dt.date(2021, 5, 1), ["New"]),  # "former" changes the office
        ("Prime Minister of Ruritania", dt.date(2019, 5, 1), ["Old", "Mid"]),
        ("Deputy Prime Minister", dt.date(2018, 5, 1), ["Wire"]),
    ]
