"""Page keys (generator.render.deferred): an actor's pages are keyed by its articles'
contents and the kinds of the companions they show, so a companion no page of the actor
shows changes none of its keys (a project's own templates may show any companion: then
every one is in the keys); an unchanged key means an unchanged record."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from generator.link import link
from generator.link.corpus import ActorPage, Companion, Corpus
from generator.models import Actor, ActorKind, Briefing
from generator.render.actor_pages import DOSSIER_COMPANIONS, render_actor, shown_companions
from generator.render.deferred import PageKeys
from generator.render.environment import Templates
from generator.render.graph import Companions
from tests.records import synthetic_briefings

KINDS = (ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.PLACE)


def _actor(companions: tuple[Companion, ...]) -> ActorPage:
    return ActorPage("ada", "Ada", ActorKind.PERSON, (), (), (), (), companions)


def _companions(count: int) -> tuple[Companion, ...]:
    # Most shared first, as the link stage orders them.
    return tuple(Companion(f"c{n:03d}", f"C {n}", KINDS[n % 3], count - n) for n in range(count))


def _keys(actor: ActorPage, templates: Templates) -> list[str]:
    others = [ActorPage(c.slug, c.name, c.kind, (), (), (), ()) for c in actor.companions]
    return [page.key for page in render_actor(actor, Companions((actor, *others)), {}, templates)]


def test_the_shown_companions_are_the_first_of_each_list_of_the_dossier_and_picture() -> None:
    many = _companions(90)
    shown = shown_companions(_actor(many))
    people = [c for c in shown if c.kind is not ActorKind.PLACE]
    places = [c for c in shown if c.kind is ActorKind.PLACE]
    assert len(people) == DOSSIER_COMPANIONS and len(places) == DOSSIER_COMPANIONS
    assert list(shown) == sorted(shown, key=lambda c: -c.articles)  # companion order kept
    assert shown_companions(_actor(many[:5])) == many[:5]


def _other(kind: ActorKind) -> ActorKind:
    return KINDS[(KINDS.index(kind) + 1) % len(KINDS)]


def test_a_companion_no_page_shows_changes_no_key_unless_the_templates_are_the_projects(
    tmp_path: Path,
) -> None:
    many = _companions(90)
    last = many[-1]
    # A companion's kind is its group's, which an article elsewhere can change.
    hidden = (*many[:-1], last._replace(kind=_other(last.kind)))
    first = (many[0]._replace(kind=_other(many[0].kind)), *many[1:])
    packaged = Templates()
    assert _keys(_actor(many), packaged) == _keys(_actor(hidden), packaged)
    assert _keys(_actor(many), packaged) != _keys(_actor(first), packaged)
    own = Templates(str(tmp_path))
    assert _keys(_actor(many), own) != _keys(_actor(hidden), own)


def _linked(made: list[Briefing], source_keys: bool) -> Corpus:
    keys = [hashlib.sha256(repr(b).encode()).hexdigest() for b in made] if source_keys else None
    return link(made, keys)


def _renamed(b: Briefing) -> Briefing:
    first = b.actors[0]
    renamed = Actor(first.name + " Junior", first.kind, "adviser", (), first.mentions)
    return dataclasses.replace(b, summary=b.summary + " More.", actors=(renamed, *b.actors[1:]))


@pytest.mark.parametrize("source_keys", [False, True], ids=["briefings digested", "source keys"])
def test_an_unchanged_key_means_an_unchanged_record_whatever_changed_elsewhere(source_keys: bool) -> None:
    """Keys digest an actor's articles' contents, not its record, and a briefing page's
    content, not its quotes, because the link stage makes those from the contents: after
    an article is added, removed, edited or retitled, every actor and briefing page whose
    key is unchanged has an equal record (every companion included)."""
    made = synthetic_briefings(161, seed=9)
    before = _linked(made[:160], source_keys)
    changes = {
        "added": made,
        "removed": made[1:160],
        "edited": [*made[:80], _renamed(made[80]), *made[81:160]],
        "retitled": [*made[:80], dataclasses.replace(made[80], title="A New Title"), *made[81:160]],
    }
    old_keys = PageKeys({p.slug: p for p in before.articles})
    old_actors = {a.slug: a for a in before.actors}
    old_pages = {p.slug: p for p in before.articles}
    for change, now in changes.items():
        after = _linked(now, source_keys)
        keys = PageKeys({p.slug: p for p in after.articles})
        same = changed = 0
        for actor in after.actors:
            old = old_actors.get(actor.slug)
            if old is None:
                continue
            if old_keys.actor(old, old.companions) == keys.actor(actor, actor.companions):
                assert old == actor, (change, actor.slug)
                same += 1
            else:
                changed += 1
        assert same > changed > 0, (change, same, changed)
        for page in after.articles:
            old_page = old_pages.get(page.slug)
            if old_page is not None and old_keys.article(old_page) == keys.article(page):
                assert old_page == page, (change, page.slug)
