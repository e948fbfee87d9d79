"""A damaged or unwritable cache never fails a build: it is moved aside, or dropped, with one line."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from generator.cli import main
from generator.config import Config
from generator.incremental.cache import BriefingCache
from generator.pipeline import generate
from tests.site_build import ROOT

GOOD = ROOT / "tests" / "fixtures" / "good"
SUMMARY = "3 articles briefed, 0 skipped, 0 with warnings (3 extracted, 0 from the cache)"


def _project(tmp_path: Path, nlp: Language) -> Config:
    articles = tmp_path / "articles"
    shutil.copytree(GOOD, articles)
    config = Config(articles_dir=articles, docs_dir=tmp_path / "docs")
    assert generate(config, nlp).extracted == 3
    return config


def _generate(config: Config) -> list[str]:
    args = ["generate", "--articles", str(config.articles_dir), "--docs", str(config.docs_dir)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.stderr.splitlines()


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def _half_truncated(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def _a_folder(path: Path) -> None:
    path.unlink()
    (path / "inside").mkdir(parents=True)


@pytest.mark.parametrize(
    ("damage", "why"),
    [
        (_random_bytes, "file is not a database"),
        (_half_truncated, "database disk image is malformed"),
        (_a_folder, "a folder or special file, not a file"),
    ],
)
def test_a_damaged_cache_is_moved_aside_and_the_build_goes_on(
    tmp_path: Path, nlp: Language, damage: object, why: str
) -> None:
    config = _project(tmp_path, nlp)
    cache = config.cache_path
    damage(cache)  # type: ignore[operator]
    lines = _generate(config)
    [aside] = cache.parent.glob("cache.sqlite.corrupt-*")
    assert (
        lines[0]
        == f"{cache}: cache unreadable ({why}); moved aside to {aside.name}, building as if it were empty"
    )
    assert lines[1].startswith(SUMMARY)
    assert len(lines) == 2
    # The new cache works: the next run extracts nothing.
    again = _generate(config)
    assert again[0].startswith(
        "3 articles briefed, 0 skipped, 0 with warnings (0 extracted, 3 from the cache)"
    )


def test_a_cache_that_cannot_be_opened_is_dropped_with_one_line(
    tmp_path: Path, nlp: Language, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "cache-folder"
    blocker.write_text("a file where the cache folder should be")
    articles = tmp_path / "articles"
    shutil.copytree(GOOD, articles)
    config = Config(articles_dir=articles, docs_dir=tmp_path / "docs", cache_dir=blocker)
    for _ in range(2):
        caplog.clear()
        result = generate(config, nlp)
        assert len(result.briefings) == 3 and result.extracted == 3
        [warning] = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
        assert warning.startswith(f"{config.cache_path}: cache cannot be used (")
        assert warning.endswith("); building without it")
    assert blocker.read_text() == "a file where the cache folder should be"


def test_a_cache_that_fails_while_writing_is_dropped_with_one_line(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import sqlite3

    config = _project(tmp_path, nlp)
    (config.articles_dir / "new.txt").write_text(
        "The Port Vale pier was painted blue on Monday, the mayor said."
    )

    def full(self: BriefingCache, items: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(
        BriefingCache, "put_many", lambda self, items: self._run(lambda db: full(self, items), None)
    )
    result = generate(config, nlp)
    assert len(result.briefings) == 4 and result.extracted == 1
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == [
        f"{config.cache_path}: cache cannot be used (database or disk is full); building without it"
    ]
