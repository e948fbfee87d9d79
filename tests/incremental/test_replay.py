"""Replay: a run with nothing to do loads no article, yet reports exactly what the full run
reported; any change to an article file, a setting, the day or a page makes it load again."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from generator import pipeline
from generator.config import Config
from generator.pipeline import GenerateResult, generate
from tests.site_build import ROOT

SEEDS = ROOT / "seeds"
FIRST = ("bus-carrying-children-overturns-in-babyninsky-russia-at.md", "000_4b9f4f52323e9ed6.txt")


class _Loads:
    """Counts the calls of the article loader (a replay makes none)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        real = pipeline.load_kept

        def counted(*args: object, **kwargs: object) -> object:
            self.calls += 1
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(pipeline, "load_kept", counted)


@pytest.fixture()
def project(tmp_path: Path) -> Config:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in FIRST:
        shutil.copy(SEEDS / name, articles / name)
    # One duplicate title and one unusable file: both are reported on every run.
    shutil.copy(SEEDS / FIRST[0], articles / "copy-of-the-bus-story.md")
    (articles / "empty.txt").write_text("", encoding="utf-8")
    return Config(articles_dir=articles, docs_dir=tmp_path / "docs", workers=1)


def _run(config: Config, nlp: Language) -> GenerateResult:
    return generate(config, nlp, replay=True)


def test_an_untouched_project_is_replayed_with_the_same_report(
    project: Config, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _run(project, nlp)
    assert first.replayed is None and first.problems
    loads = _Loads(monkeypatch)
    second = _run(project, nlp)
    assert loads.calls == 0
    assert second.replayed == first.article_count == second.article_count
    assert second.problem_lines() == first.problem_lines()
    assert not second.report.written and not second.report.removed
    assert set(second.report.unchanged) == set(first.report.written)


def test_without_replay_a_library_caller_gets_the_briefings(project: Config, nlp: Language) -> None:
    first = _run(project, nlp)
    again = generate(project, nlp)
    assert again.replayed is None and again.briefings == first.briefings


@pytest.mark.parametrize("change", ["touch", "same-size-edit", "new-file", "removed-file", "setting", "day"])
def test_any_change_loads_again(
    project: Config, nlp: Language, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    _run(project, nlp)
    article = project.articles_dir / FIRST[0]
    config = project
    if change == "touch":
        os.utime(article, ns=(article.stat().st_atime_ns, article.stat().st_mtime_ns + 10**9))
    elif change == "same-size-edit":  # same size, modification time put back: the change time moves
        stat = article.stat()
        text = article.read_bytes()
        article.write_bytes(text.replace(b"children", b"CHILDREN", 1))
        os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        assert article.stat().st_size == stat.st_size
    elif change == "new-file":
        shutil.copy(SEEDS / FIRST[1], project.articles_dir / "another.txt")
    elif change == "removed-file":
        (project.articles_dir / "empty.txt").unlink()
    elif change == "setting":
        config = replace(project, max_paragraph_chars=project.max_paragraph_chars - 1)
    else:
        tomorrow = dt.date.today() + dt.timedelta(days=1)
        monkeypatch.setattr(pipeline, "_today", lambda: tomorrow)
    loads = _Loads(monkeypatch)
    result = _run(config, nlp)
    assert loads.calls == 1 and result.replayed is None


def test_a_page_changed_by_hand_is_not_replayed(
    project: Config, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(project, nlp)
    index = project.docs_dir / "index.md"
    index.write_text("edited by hand\n", encoding="utf-8")
    result = _run(project, nlp)
    assert result.replayed is None and result.report.written == ("index.md",)


def test_a_run_with_a_failed_extraction_is_never_replayed(
    project: Config, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.incremental import collect

    real = collect.collect_briefings

    def failing(*args: object, **kwargs: object) -> collect.Collected:
        got = real(*args, **kwargs)  # type: ignore[arg-type]
        failed = pipeline.Problem("articles/one.txt", "extraction timed out after 30 s")
        return replace(got, problems=(*got.problems, failed))

    monkeypatch.setattr(pipeline, "collect_briefings", failing)
    _run(project, nlp)
    monkeypatch.undo()
    loads = _Loads(monkeypatch)
    result = _run(project, nlp)  # tried again, not replayed
    assert loads.calls == 1 and result.replayed is None
    assert _run(project, nlp).replayed is not None  # that clean run is replayable


def test_file_names_of_any_bytes_are_replayed(project: Config, nlp: Language) -> None:
    odd = project.articles_dir / os.fsdecode(b"caf\xe9-not-utf8.txt")
    odd.write_text("The clerk said on Monday that the pier would reopen.", encoding="utf-8")
    (project.articles_dir / "naïve-name.txt").write_text("The mayor spoke on Friday.", encoding="utf-8")
    first = _run(project, nlp)
    again = _run(project, nlp)
    assert again.replayed == first.article_count and again.problem_lines() == first.problem_lines()
