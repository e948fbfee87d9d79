"""Incremental generation: unchanged articles are not extracted again, unchanged pages keep
their bytes and modification time, and pages follow added, edited and removed articles."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from spacy.language import Language

from generator.config import Config
from generator.pipeline import GenerateResult, generate
from tests.site_build import ROOT

SEEDS = ROOT / "seeds"
FIRST = ("bus-carrying-children-overturns-in-babyninsky-russia-at.md", "000_4b9f4f52323e9ed6.txt")
# Shares Vladimir Putin / Russia with nothing above but Russia: the actor pages it touches change.
ADDED = "magnitogorsk-apartment-building-collapses-after-explosion.md"


class _NoModel:
    """Stands in for spaCy where nothing may be extracted: any use fails the test."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"the model was used ({name}) although every briefing was cached")


def _pages(docs: Path) -> dict[str, tuple[bytes, int]]:
    """Every generated file (pages, feed, pictures), not the dot-file state beside them."""
    return {
        str(p.relative_to(docs)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(docs.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


@pytest.fixture()
def project(tmp_path: Path) -> Config:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in FIRST:
        shutil.copy(SEEDS / name, articles / name)
    return Config(articles_dir=articles, docs_dir=tmp_path / "docs", workers=1)


def _run(config: Config, nlp: object) -> GenerateResult:
    return generate(config, nlp)  # type: ignore[arg-type]


def test_second_run_extracts_nothing_and_rewrites_nothing(project: Config, nlp: Language) -> None:
    first = _run(project, nlp)
    assert first.extracted == 2 and first.report.written
    before = _pages(project.docs_dir)
    second = _run(project, _NoModel())
    assert second.extracted == 0
    assert not second.report.written and not second.report.removed
    assert second.briefings == first.briefings
    assert _pages(project.docs_dir) == before  # same bytes, same mtimes


def test_added_edited_and_removed_articles(project: Config, nlp: Language) -> None:
    _run(project, nlp)
    before = _pages(project.docs_dir)
    shutil.copy(SEEDS / ADDED, project.articles_dir / ADDED)
    added = _run(project, nlp)
    assert added.extracted == 1
    after = _pages(project.docs_dir)
    written = set(added.report.written)
    new_page = "articles/magnitogorsk-apartment-building-collapses-after-explosion.md"
    assert new_page in written and "index.md" in written and "actors/russia.md" in written
    # Exactly the pages whose bytes changed were written; the others kept their mtime.
    assert written == {p for p in after if before.get(p, (b"", 0))[0] != after[p][0]}
    assert all(after[p][1] == before[p][1] for p in after if p not in written)

    edited = project.articles_dir / FIRST[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\nA new closing paragraph.\n", encoding="utf-8")
    assert _run(project, nlp).extracted == 1

    (project.articles_dir / ADDED).unlink()
    removed = _run(project, _NoModel())
    assert removed.extracted == 0
    assert new_page in removed.report.removed
    assert not (project.docs_dir / new_page).exists()
    assert "index.md" in removed.report.written


def test_no_cache_extracts_again_and_leaves_no_cache(project: Config, nlp: Language) -> None:
    from dataclasses import replace

    config = replace(project, cache=False)
    assert _run(config, nlp).extracted == 2
    assert _run(config, nlp).extracted == 2
    assert not config.cache_path.exists()


def test_cache_lives_beside_docs_unless_told(tmp_path: Path) -> None:
    assert Config(docs_dir=tmp_path / "docs").cache_path == tmp_path / ".briefing" / "cache.sqlite"
    assert Config(docs_dir=Path("docs")).cache_path == Path(".briefing/cache.sqlite")
    assert Config(cache_dir=tmp_path / "c").cache_path == tmp_path / "c" / "cache.sqlite"


def test_an_interrupted_run_keeps_what_it_extracted(
    project: Config, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    import functools

    from generator.incremental import collect
    from generator.incremental.runners import Runner

    calls = {"n": 0}

    class Interrupting:
        def __getattr__(self, name: str) -> object:
            calls["n"] += 1
            if calls["n"] > 1:
                raise KeyboardInterrupt
            return getattr(nlp, name)

    monkeypatch.setattr(collect, "Runner", functools.partial(Runner, chunk_size=1))
    with pytest.raises(KeyboardInterrupt):
        _run(project, Interrupting())
    assert _run(project, nlp).extracted == 1


def test_mtime_of_unchanged_pages_survives_a_touch_of_the_article(project: Config, nlp: Language) -> None:
    _run(project, nlp)
    before = _pages(project.docs_dir)
    article = project.articles_dir / FIRST[0]
    os.utime(article, ns=(article.stat().st_atime_ns, article.stat().st_mtime_ns + 10**9))
    result = _run(project, _NoModel())
    assert result.extracted == 0 and _pages(project.docs_dir) == before


def test_an_untouched_project_skips_link_render_and_write(
    project: Config, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import pipeline

    _run(project, nlp)
    before = _pages(project.docs_dir)

    def no_render(*args: object) -> object:
        raise AssertionError("pages were rendered although nothing changed")

    monkeypatch.setattr(pipeline, "render_corpus", no_render)
    result = _run(project, _NoModel())
    assert result.extracted == 0 and not result.report.written
    assert set(result.report.unchanged) == {p for p in before}
    # A generated page deleted by hand is noticed and written again.
    monkeypatch.undo()
    (project.docs_dir / "index.md").unlink()
    again = _run(project, _NoModel())
    assert again.report.written == ("index.md",)
    assert _pages(project.docs_dir) == {**before, "index.md": _pages(project.docs_dir)["index.md"]}


@pytest.mark.slow
def test_build_skips_the_site_when_nothing_changed(project: Config, nlp: Language) -> None:
    from dataclasses import replace

    from generator.pipeline import build

    docs = project.docs_dir
    (docs / "assets").mkdir(parents=True)
    config = replace(project, site_dir=docs.parent / "site", mkdocs_config=ROOT / "mkdocs.yml")
    assert build(config, nlp).site_built
    index = config.site_dir / "index.html"
    stamp = index.stat().st_mtime_ns
    again = build(config, nlp)
    assert not again.site_built and index.stat().st_mtime_ns == stamp
    (docs / "assets" / "extra.css").write_text("/* a hand-written change */\n", encoding="utf-8")
    assert build(config, nlp).site_built


def test_an_added_article_renders_again_only_the_pages_whose_records_changed(
    project: Config, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pipeline keeps what the writer knows between runs (in the cache): a guard on the
    wiring, since a lost record would still write the same bytes, only slower."""
    from generator.render.deferred import DeferredPage

    rendered: list[str] = []
    make = DeferredPage.text.fget
    assert make is not None
    monkeypatch.setattr(DeferredPage, "text", property(lambda page: rendered.append(page.path) or make(page)))
    _run(project, nlp)
    keyed = len(rendered)
    assert keyed > 10
    rendered.clear()
    shutil.copy(SEEDS / ADDED, project.articles_dir / ADDED)
    _run(project, nlp)
    new_page = "articles/magnitogorsk-apartment-building-collapses-after-explosion.md"
    assert new_page in rendered
    # The new briefing, its actors' files and the briefings of actors it shares; not the rest.
    assert len(rendered) < keyed, (len(rendered), keyed)
    untouched = "articles/bus-carrying-children-overturns-in-babyninsky-russia-at.md"
    assert untouched not in rendered or "Magnitogorsk" in (project.docs_dir / untouched).read_text()
    rendered.clear()
    edited = next(project.docs_dir.glob("actors/*.md"))
    edited.write_text("edited by hand\n", encoding="utf-8")
    _run(project, _NoModel())
    assert rendered == [str(edited.relative_to(project.docs_dir))]
    assert edited.read_text(encoding="utf-8") != "edited by hand\n"
