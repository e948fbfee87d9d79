"""Pages kept without rendering (generator.write.known): after any change the folder equals
what rendering every page gives, byte for byte, and only pages whose records changed are
rendered."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from generator.link import link
from generator.models import Actor, Briefing
from generator.render import render_corpus, views
from generator.render.deferred import DeferredPage
from generator.write import read_history, write_pages
from generator.write.known import KnownPages
from tests.link.test_stories import BACKGROUND, _dam, _vote
from tests.records import synthetic_briefings


class Run:
    """One generation into `docs`, with the keys the last one left (as the pipeline keeps them)."""

    def __init__(self, docs: Path, namespace: str = "code-1", source_keys: bool = False) -> None:
        self.docs = docs
        self.namespace = namespace
        self.source_keys = source_keys
        self.recorded: str | None = None
        self.rendered: list[str] = []
        self.keyed = 0

    def publish(self, made: Sequence[Briefing], known: bool = True) -> None:
        # As the pipeline gives the extraction cache's keys: one per briefing, changing
        # whenever what it was extracted from does (here: whenever the briefing does).
        keys = [hashlib.sha256(repr(b).encode()).hexdigest() for b in made] if self.source_keys else None
        corpus = link(made, keys)
        history = read_history(self.docs).advance(p.slug for p in corpus.articles)
        self.rendered = []
        pages = [self._counted(p) for p in render_corpus(corpus, history)]
        self.keyed = sum(isinstance(p, DeferredPage) for p in pages)
        if not known:
            write_pages(self.docs, pages, history)
            return
        kept = KnownPages.from_json(self.namespace, self.recorded)
        # With source keys, as the pipeline does: the pages to render rendered all at once
        # before any is written (in order here, so the count above sees them).
        at_once = (lambda wanted: [page.text for page in wanted]) if self.source_keys else None
        write_pages(self.docs, pages, history, known=kept, render_many=at_once)
        self.recorded = kept.to_json()

    def _counted(self, page: object) -> object:
        if not isinstance(page, DeferredPage):
            return page
        make = page.make

        def counted() -> str:
            self.rendered.append(page.path)
            return make()

        return dataclasses.replace(page, make=counted)


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def _rendered_all(docs: Path, made: Sequence[Briefing], copy: Path) -> dict[str, bytes]:
    """What the same step gives from the same folder when every page is rendered."""
    shutil.copytree(docs, copy)
    Run(copy).publish(made, known=False)
    return _files(copy)


def _edited(b: Briefing) -> Briefing:
    """The same article with its first actor renamed and a new summary (as after an edit)."""
    first = b.actors[0]
    renamed = Actor(first.name + " Junior", first.kind, "adviser", (), first.mentions)
    return dataclasses.replace(b, summary=b.summary + " More.", actors=(renamed, *b.actors[1:]))


@pytest.mark.parametrize("source_keys", [False, True], ids=["briefings digested", "source keys"])
def test_every_change_gives_the_clean_generation_and_renders_only_changed_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source_keys: bool
) -> None:
    monkeypatch.setattr(views, "QUOTES_ON_ONE_PAGE", 40)  # a quote index split by initials
    made = synthetic_briefings(161, seed=9)
    run = Run(tmp_path / "docs", source_keys=source_keys)
    run.publish(made[:160])
    assert len(run.rendered) == run.keyed  # nothing known yet: everything rendered
    for kept in ("archive", "quotes", "articles", "actors"):  # kept pages of each kind
        assert any(page.startswith(f"{kept}/") for page in run.rendered), kept

    steps = {
        "added": made,
        "removed": made[1:],
        "edited": [*made[1:80], _edited(made[80]), *made[81:]],
        "retitled": [
            *made[1:80],
            dataclasses.replace(_edited(made[80]), title="A New Title"),
            *made[81:],
        ],
        "summary only": [
            *made[1:80],
            dataclasses.replace(_edited(made[80]), title="A New Title", summary="Only this changed."),
            *made[81:],
        ],
        "same": [
            *made[1:80],
            dataclasses.replace(_edited(made[80]), title="A New Title", summary="Only this changed."),
            *made[81:],
        ],
    }
    for step, now in steps.items():
        expected = _rendered_all(run.docs, now, tmp_path / f"all-{step}")
        run.publish(now)
        assert _files(run.docs) == expected, step
        if step == "same":
            assert run.rendered == [], step
        else:
            # Each of these changes touches one article, its actors and its neighbours:
            # a small part of the 160 briefings' and their actors' pages is rendered.
            assert 0 < len(run.rendered) < 0.25 * run.keyed, (step, len(run.rendered), run.keyed)


def test_story_pages_follow_their_briefings(tmp_path: Path) -> None:
    news = [_vote(n, 400 + 100 * n) for n in range(10, 16)]
    first = [_dam(1, 0), _dam(2, 3), *BACKGROUND, *news]
    run = Run(tmp_path / "docs")
    run.publish(first)
    assert any(page.startswith("stories/") for page in run.rendered)
    steps = {
        "grown": [*first, _dam(3, 5)],
        "summary edited": [dataclasses.replace(_dam(1, 0), summary="The dam held."), *first[1:], _dam(3, 5)],
        "other news": [
            dataclasses.replace(_dam(1, 0), summary="The dam held."),
            *first[1:],
            _dam(3, 5),
            _vote(20, 2000),
        ],
    }
    for step, now in steps.items():
        expected = _rendered_all(run.docs, now, tmp_path / f"all-{step}")
        run.publish(now)
        assert _files(run.docs) == expected, step
        stories = [
            page for page in run.rendered if page.startswith("stories/") and page != "stories/index.md"
        ]
        assert bool(stories) == (step != "other news"), (step, stories)


def test_a_page_changed_on_disk_is_rendered_and_restored(tmp_path: Path) -> None:
    made = synthetic_briefings(40, seed=3)
    run = Run(tmp_path / "docs")
    run.publish(made)
    target = next(run.docs.glob("actors/*.md"))
    original = target.read_bytes()
    target.write_bytes(original.replace(b"#", b"##", 1))
    run.publish(made)
    assert run.rendered == [str(target.relative_to(run.docs))]
    assert target.read_bytes() == original


def test_another_namespace_renders_everything_again(tmp_path: Path) -> None:
    made = synthetic_briefings(40, seed=3)
    run = Run(tmp_path / "docs")
    run.publish(made)
    run.namespace = "code-2"  # another generator version, templates or site URL
    run.publish(made)
    assert len(run.rendered) == run.keyed


def test_an_unreadable_record_is_nothing_known() -> None:
    def recorded(pages: str, namespace: str = "n") -> str:
        return f'{{"namespace": "{namespace}", "pages": {pages}}}'

    bad = ["[1, 2]", '{"a.md": ["k", 1, 2, 3]}', '{"a.md": ["k", 1, 2, 3, "x"]}', '{"a.md": 1}']
    for text in (None, "", "not json", "[]", *(recorded(p) for p in bad)):
        assert KnownPages.from_json("n", text).last == {}
    good = recorded('{"a.md": ["k", 1, 2, 3, 4]}')
    assert KnownPages.from_json("n", good).last == {"a.md": ("k", 1, 2, 3, 4)}
    assert KnownPages.from_json("other", good).last == {}
