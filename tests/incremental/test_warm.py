"""The worker that loads the model while a build loads its articles (generator.incremental.warm):
what it extracts is what this process extracts, and a worker that cannot load the model or
is not needed leaves the build to go on as without it."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path

import pytest
from spacy.language import Language

from generator.config import Config
from generator.incremental.nlp import DEFAULT_MODEL
from generator.incremental.runners import Result, extract_articles
from generator.incremental.warm import WarmModel, start_warm_model
from generator.load import discover, load_article
from generator.models import Article
from generator.pipeline import generate
from tests.site_build import ROOT


def test_the_worker_extracts_what_this_process_extracts(nlp: Language) -> None:
    paths = discover(ROOT / "seeds").paths[:2]
    articles = [load_article(p, p.name) for p in paths]
    with WarmModel(DEFAULT_MODEL) as warm:
        assert warm.extract(articles) == list(extract_articles(articles, nlp))
        assert warm.extract(articles[:1]) == list(extract_articles(articles[:1], nlp))  # served again
    assert not multiprocessing.active_children()


def test_a_worker_without_its_model_hands_the_work_back() -> None:
    article = load_article(discover(ROOT / "seeds").paths[0], "a.md")
    with WarmModel("no_such_model") as warm:
        assert warm.extract([article]) is None
        assert warm.extract([article]) is None
    assert not multiprocessing.active_children()


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_build_extracts_a_new_article_in_the_warm_worker_with_the_same_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[int] = []
    extract = WarmModel.extract

    def counted(self: WarmModel, chunk: list[Article]) -> list[Result] | None:
        done = extract(self, chunk)
        served.append(-1 if done is None else len(done))
        return done

    monkeypatch.setattr(WarmModel, "extract", counted)
    seeds = discover(ROOT / "seeds").paths
    docs = {}
    for workers in (2, 1):
        articles = tmp_path / f"articles-{workers}"
        articles.mkdir()
        shutil.copy(seeds[0], articles)
        config = Config(
            articles_dir=articles, docs_dir=tmp_path / f"docs-{workers}", workers=workers, cache=True
        )
        generate(config)
        shutil.copy(seeds[1], articles)
        assert generate(config).extracted == 1
        docs[workers] = _files(config.docs_dir)
    assert served == [1, 1]  # both runs with two workers extracted in the warm worker, none with one
    assert docs[2] == docs[1]
    assert not multiprocessing.active_children()


def test_a_worker_the_caller_started_is_used_then_stopped_by_the_run_even_a_replayed_one(
    tmp_path: Path,
) -> None:
    seeds = discover(ROOT / "seeds").paths
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(seeds[0], articles)
    config = Config(articles_dir=articles, docs_dir=tmp_path / "docs", workers=2, cache=True)
    for expected_extracted, replayed in ((1, None), (0, 1)):  # a first run, then a replay
        with start_warm_model(config) as warm:
            assert warm is not None
            result = generate(config, replay=True, warm=warm)
            assert (result.extracted, result.replayed) == (expected_extracted, replayed)
            assert not multiprocessing.active_children()  # stopped by the run, not by this block
    with start_warm_model(Config(workers=1)) as none:
        assert none is None  # one worker process asked for: no warm worker


def test_a_run_with_nothing_to_extract_stops_the_worker_before_collecting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every article kept with its briefing: the worker's core goes to the link stage at once."""
    import generator.pipeline as pipeline

    seeds = discover(ROOT / "seeds").paths
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in seeds[:2]:
        shutil.copy(path, articles)
    config = Config(articles_dir=articles, docs_dir=tmp_path / "docs", workers=2, cache=True)
    generate(config)
    (articles / seeds[1].name).unlink()  # a removed article: nothing new to extract
    running: list[bool] = []
    collect = pipeline.collect_briefings

    def watched(*args: object, **kwargs: object) -> object:
        warm = args[5]
        running.append(isinstance(warm, WarmModel) and warm._process is not None)
        return collect(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "collect_briefings", watched)
    with start_warm_model(config) as warm:
        assert generate(config, warm=warm).extracted == 0
    assert running == [False]


def test_while_the_worker_loads_the_site_steps_copy_of_the_site_is_made_and_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.pipeline import build
    from generator.site.builder import SiteCopy

    made: list[bool] = []
    make = SiteCopy.make

    def counted(self: SiteCopy) -> None:
        make(self)
        made.append(self.folder is not None)

    monkeypatch.setattr(SiteCopy, "make", counted)
    seeds = discover(ROOT / "seeds").paths
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(seeds[0], articles)
    docs = tmp_path / "docs"
    config = Config(
        articles_dir=articles,
        docs_dir=docs,
        site_dir=tmp_path / "site",
        mkdocs_config=ROOT / "mkdocs.yml",
        workers=2,
        cache=True,
    )
    build(config)
    assert made == [False]  # no site to copy yet
    shutil.copy(seeds[1], articles)
    result = build(config)
    assert result.extracted == 1 and made == [False, True]
    assert result.site_report is not None and result.site_report.incremental
    assert sorted(p.name for p in tmp_path.iterdir()) == [".briefing", "articles", "docs", "site"]
