"""What is new since the previous build: derived from a state file, deterministic on reruns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.config import Config
from generator.link.linker import link
from generator.pipeline import publish
from generator.write.history import HISTORY_FILE, BuildHistory, history_json, parse_history
from tests.records import briefing, person


def test_a_rerun_on_the_same_articles_changes_nothing() -> None:
    first = BuildHistory().advance(["a", "b"])
    assert first.change == 1 and first.new_slugs == {"a", "b"} and first.is_first_build
    assert first.advance(["b", "a"]) == first


def test_new_means_first_seen_in_the_latest_change() -> None:
    second = BuildHistory().advance(["a", "b"]).advance(["a", "b", "c"])
    assert second.new_slugs == {"c"} and not second.is_first_build
    assert second.advance(["a", "b", "c"]).new_slugs == {"c"}
    removal = second.advance(["a", "c"])
    assert removal.new_slugs == frozenset() and removal.slugs == {"a", "c"}


def test_state_round_trips_and_bad_state_is_an_empty_history() -> None:
    history = BuildHistory().advance(["a"]).advance(["a", "b"])
    assert parse_history(history_json(history)) == history
    for bad in (None, "", "{", "[]", '{"version": 99, "change": 1, "first_seen": {}}'):
        assert parse_history(bad) == BuildHistory()


def _corpus(*titles: str):  # type: ignore[no-untyped-def]
    return link(
        [
            briefing(f"{t}.md", t, [person("Ann Lee")], date=dt.date(2024, 1, i + 1))
            for i, t in enumerate(titles)
        ]
    )


def test_home_page_lists_the_new_articles_and_reruns_are_byte_identical(tmp_path: Path) -> None:
    config = Config(docs_dir=tmp_path / "docs", mkdocs_config=tmp_path / "absent.yml")
    publish(_corpus("Alpha", "Beta"), config)
    assert "First build: all 2 briefings are new." in (config.docs_dir / "index.md").read_text()
    publish(_corpus("Alpha", "Beta", "Gamma"), config)
    snapshot = {p: p.read_bytes() for p in sorted(config.docs_dir.rglob("*")) if p.is_file()}
    home = (config.docs_dir / "index.md").read_text()
    news = home[home.index("New since") : home.index("## Most mentioned")]
    assert "[Gamma](articles/gamma.md)" in news and "Alpha" not in news
    report = publish(_corpus("Alpha", "Beta", "Gamma"), config)
    assert not report.written and not report.removed
    assert snapshot == {p: p.read_bytes() for p in sorted(config.docs_dir.rglob("*")) if p.is_file()}
    assert (config.docs_dir / HISTORY_FILE).is_file()
