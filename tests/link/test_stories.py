"""Stories: grouping on invented records (no spaCy model)."""

from __future__ import annotations

import datetime as dt

from generator.link.linker import link
from generator.link.stories import (
    STORY_NEIGHBOURS,
    STORY_SPAN_DAYS,
    STORY_WINDOW_DAYS,
    StoryInputs,
    candidate_pairs,
    group_stories,
)
from generator.models import Actor, ActorKind, Briefing
from tests.records import briefing

DAM = "The Karsova dam reservoir flooded again as engineers opened the spillway; the flood gates held. "
VOTE = "Dunmere election ballots were counted; turnout at the polling stations surprised candidates. "
OTHER = "Astronomers measured a comet's orbit with a new telescope array in the southern desert. "
PLATFORM = "Officials posted the news on Chirper."


def _salient(name: str, kind: ActorKind) -> Actor:
    return Actor(name, kind, in_lead=True, mentions=3, subject_mentions=2)


def _article(source: str, title: str, day: int | None, *actors: Actor, text: str) -> Briefing:
    date = None if day is None else dt.date(2020, 1, 1) + dt.timedelta(days=day)
    return briefing(source, title, list(actors), date=date, text=text)


def _dam(n: int, day: int | None) -> Briefing:
    return _article(
        f"dam{n}.md",
        f"Karsova dam update {n}",
        day,
        _salient("Karsova", ActorKind.PLACE),
        _salient("Anna Brel", ActorKind.PERSON),
        _salient("Chirper", ActorKind.ORGANIZATION),
        text=DAM * 3 + PLATFORM,
    )


def _vote(n: int, day: int | None) -> Briefing:
    return _article(
        f"vote{n}.md",
        f"Dunmere election update {n}",
        day,
        _salient("Dunmere", ActorKind.PLACE),
        _salient("Tom Vesk", ActorKind.PERSON),
        _salient("Chirper", ActorKind.ORGANIZATION),
        text=VOTE * 3 + PLATFORM,
    )


def _comet(day: int) -> Briefing:
    return _article(
        "comet.md", "Comet orbit measured", day, _salient("Oskar Lind", ActorKind.PERSON), text=OTHER * 3
    )


# Other news in the corpus: the stories are told apart from it.
BACKGROUND = [_comet(300), _vote(7, 400), _vote(8, 500)]


def _members(briefings: list[Briefing]) -> list[list[str]]:
    corpus = link(briefings)
    return sorted([a.title for a in s.articles] for s in corpus.stories)


def test_two_interleaved_stories_stay_apart_though_a_platform_is_salient_in_all() -> None:
    articles = [_dam(1, 0), _vote(1, 2), _dam(2, 5), _vote(2, 8), _dam(3, 12)]
    corpus = link(articles)
    assert all("Chirper" in [a.name for a in page.main_actors(3)] for page in corpus.articles)
    assert _members(articles) == [
        ["Dunmere election update 1", "Dunmere election update 2"],
        ["Karsova dam update 1", "Karsova dam update 2", "Karsova dam update 3"],
    ]


def test_an_actor_alone_never_makes_a_story() -> None:
    # The same salient people and places, different wording: no story.
    texts = [DAM, VOTE, OTHER]
    articles = [
        _article(
            f"a{i}.md",
            f"Report {i}",
            i,
            _salient("Chirper", ActorKind.ORGANIZATION),
            _salient("Ruritania", ActorKind.PLACE),
            text=texts[i] * 3,
        )
        for i in range(3)
    ]
    assert link(articles).stories == ()


def test_an_unrelated_addition_does_not_regroup_the_stories() -> None:
    articles = [_dam(1, 0), _vote(1, 2), _dam(2, 5), _vote(2, 8), _dam(3, 12)]
    before = link(articles).stories
    after = link([*articles, _comet(6)]).stories
    assert after == before  # the same stories, pages and all


def test_an_addition_on_the_story_joins_it() -> None:
    articles = [_dam(1, 0), _vote(1, 2), _dam(2, 5)]
    grown = link([*articles, _dam(3, 9)])
    dam = next(s for s in grown.stories if s.title.startswith(("Karsova", "Anna Brel")))
    assert [a.title for a in dam.articles] == [f"Karsova dam update {n}" for n in (1, 2, 3)]
    page = next(p for p in grown.articles if p.title == "Karsova dam update 2")
    assert page.story is not None
    assert not page.story.first and page.story.since == dt.date(2020, 1, 1)
    first = next(p for p in grown.articles if p.title == "Karsova dam update 1")
    assert first.story is not None and first.story.first
    # The related list marks the briefings of the same story, and only those.
    marked = {r.title: r.same_story for r in page.related}
    assert marked.get("Karsova dam update 1") is marked.get("Karsova dam update 3") is True
    assert not any(same for title, same in marked.items() if not title.startswith("Karsova"))
    assert page.story.previous is not None and page.story.previous.title == "Karsova dam update 1"
    assert page.story.next is not None and page.story.next.title == "Karsova dam update 3"


def test_undated_articles_are_in_no_story() -> None:
    articles = [_dam(1, 0), _dam(2, None), _dam(3, 4), *BACKGROUND]
    corpus = link(articles)
    assert [[a.title for a in s.articles] for s in corpus.stories][-1] == [
        "Karsova dam update 1",
        "Karsova dam update 3",
    ]
    undated = next(p for p in corpus.articles if p.date is None)
    assert undated.story is None


def test_steps_further_apart_than_the_window_split_unless_a_step_bridges_them() -> None:
    far = STORY_WINDOW_DAYS + 1
    dams = [
        [a for a in story if a.startswith("Karsova")]
        for story in _members([_dam(1, 0), _dam(2, far), *BACKGROUND])
    ]
    assert not any(dams)
    bridged = _members([_dam(1, 0), _dam(2, far), _dam(3, far // 2), *BACKGROUND])
    assert [f"Karsova dam update {n}" for n in (1, 3, 2)] in bridged


def test_a_chain_longer_than_the_span_is_cut_into_parts_and_an_addition_changes_the_last() -> None:
    step = 50  # each step within the window, six steps past one span
    assert step <= STORY_WINDOW_DAYS and 3 * step <= STORY_SPAN_DAYS < 4 * step
    chain = [_dam(n, n * step) for n in range(6)]
    others = [*BACKGROUND, *(_vote(n, 700 + 9 * n) for n in range(10, 16))]  # the dam's words stay rare

    def dams(stories: list[list[str]]) -> list[list[str]]:
        return [found for story in stories if (found := [a for a in story if a.startswith("Karsova")])]

    first = dams(_members([*chain, *others]))
    assert first == [[f"Karsova dam update {n}" for n in part] for part in ((0, 1, 2, 3), (4, 5))]
    later = dams(_members([*chain, _dam(6, 6 * step), *others]))
    assert later == [first[0], [*first[1], "Karsova dam update 6"]]  # the last part alone grows


def test_stories_and_their_order_do_not_depend_on_input_order() -> None:
    articles = [_dam(1, 0), _vote(1, 2), _dam(2, 5), _vote(2, 8), _dam(3, 12)]
    assert link(articles).stories == link(list(reversed(articles))).stories


def test_candidates_are_bounded_by_the_neighbours_per_salient_actor() -> None:
    count = 200
    vector = {"shared": 1.0}
    inputs = StoryInputs(
        dates=[dt.date(2020, 1, 1)] * count,
        ranks=list(range(count)),
        actors=[frozenset({"actor:0"})] * count,
        text=[vector] * count,
    )
    left, right = candidate_pairs(inputs)
    assert len(left) <= count * STORY_NEIGHBOURS
    assert (left < right).all()
    # Every article is still reached: the chain of neighbours holds one story.
    assert group_stories(inputs) == (tuple(range(count)),)


def test_related_needs_an_actor_salient_in_both_or_close_wording() -> None:
    def lead(*names: str) -> list[Actor]:
        return [_salient(n, ActorKind.PERSON) for n in names]

    outlet = Actor("Newswire", ActorKind.ORGANIZATION)  # cited once, never in the lead
    first = _article(
        "a.md", "First", 0, *lead("Ann Ash", "Bo Birch", "Cy Cole", "Di Dunn", "Ed Eck"), outlet, text=DAM
    )
    second = _article(
        "b.md",
        "Second",
        1,
        *lead("Fay Fox", "Gil Gray", "Hal Hunt", "Ivy Ives", "Jo Judd"),
        outlet,
        text=VOTE,
    )
    third = _article("c.md", "Third", 2, *lead("Ann Ash", "Kit Kent"), text=OTHER)
    corpus = link([first, second, third, *BACKGROUND])
    page = next(p for p in corpus.articles if p.title == "First")
    assert [(r.title, r.shared) for r in page.related] == [("Third", ("Ann Ash",))]


def test_a_story_is_named_by_its_place_then_its_people_and_bodies() -> None:
    from generator.link.corpus import StoryActor
    from generator.link.story_pages import story_title

    def actor(name: str, kind: ActorKind) -> StoryActor:
        return StoryActor(name.lower(), name, kind, 2, 2)

    karsova, brel = actor("Karsova", ActorKind.PLACE), actor("Anna Brel", ActorKind.PERSON)
    board, dunmere = actor("Dam Board", ActorKind.ORGANIZATION), actor("Dunmere", ActorKind.PLACE)
    assert story_title([karsova, brel, dunmere, board]) == "Karsova: Anna Brel, Dam Board"
    assert story_title([brel, board]) == "Anna Brel, Dam Board"
    assert story_title([karsova, dunmere]) == "Karsova, Dunmere"
    assert story_title([]) == ""


def test_an_addition_to_a_story_changes_the_story_records_of_its_neighbour_only() -> None:
    # A briefing's page key digests its StoryRef: an article joining the story must leave
    # the records of the story's other briefings alone, save the one now before it.
    articles = [_dam(n, 3 * n) for n in range(1, 6)] + BACKGROUND
    before = {p.title: p.story for p in link(articles).articles}
    after = {p.title: p.story for p in link([*articles, _dam(6, 18)]).articles}
    changed = sorted(t for t in before if before[t] != after[t])
    assert after["Karsova dam update 6"] is not None
    assert changed == ["Karsova dam update 5"]
