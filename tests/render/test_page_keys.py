"""Page keys (generator.render.deferred): an actor's pages are keyed by the companions they
show, so a companion no page of the actor shows changes none of its keys; a project's own
templates may show any companion, so then every companion is in the keys."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from generator.link.corpus import ActorPage, Companion
from generator.models import ActorKind
from generator.render.actor_pages import DOSSIER_COMPANIONS, render_actor, shown_companions
from generator.render.environment import Templates
from generator.render.graph import Companions

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


def test_a_companion_no_page_shows_changes_no_key_unless_the_templates_are_the_projects(
    tmp_path: Path,
) -> None:
    many = _companions(90)
    last = many[-1]
    hidden = (*many[:-1], dataclasses.replace(last, name="Someone Else"))
    first = (dataclasses.replace(many[0], articles=many[0].articles + 1), *many[1:])
    packaged = Templates()
    assert _keys(_actor(many), packaged) == _keys(_actor(hidden), packaged)
    assert _keys(_actor(many), packaged) != _keys(_actor(first), packaged)
    own = Templates(str(tmp_path))
    assert _keys(_actor(many), own) != _keys(_actor(hidden), own)
