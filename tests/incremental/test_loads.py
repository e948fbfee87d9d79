"""Kept loads (generator.incremental.loads): a file untouched since the last run is not read
again, and what loading gives is exactly what reading every file gives."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from generator.incremental.cache import BriefingCache, article_key
from generator.incremental.loads import LoadSettings, load_kept
from generator.load import discover, load_articles
from generator.models import Briefing
from tests.site_build import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
TODAY = dt.date(2026, 12, 5)


def _folder(tmp_path: Path) -> Path:
    """Good articles, bad files (refused, warned about), a feed of several articles and a
    year-less dateline: every kind of load outcome."""
    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES / "good", folder)
    for name in ("latin-1.txt", "empty.txt", "yaml-malformed.md", "yaml-date-yesterday.md", "utf-8-bom.txt"):
        shutil.copy(FIXTURES / "bad" / name, folder / name)
    (folder / "wire.rss").write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Port reopens</title><description>The port reopened on Monday, officials said.</description>
<pubDate>Mon, 07 Oct 2019 10:00:00 GMT</pubDate><link>https://wire.example/1</link></item>
<item><title>Dam vote</title><description>Council voted for the dam.</description>
<pubDate>Tue, 08 Oct 2019 10:00:00 GMT</pubDate><link>https://wire.example/2</link></item>
<item><title></title><description></description></item>
</channel></rss>""",
        encoding="utf-8",
    )
    (folder / "yearless.txt").write_text("March 3\n\nThe harbour froze overnight, the port said.\n")
    warned = "---\ntitle: Ferry strike\nmood: grim\n---\n\nThe ferry crews struck.\n"
    (folder / "warned.md").write_text(warned)
    return folder


def _extracted(cache: BriefingCache, folder: Path, settings: LoadSettings) -> None:
    """Store a briefing for every article of `folder`, as a finished extraction would."""
    articles, _ = load_articles(discover(folder).paths, settings.max_bytes, today=settings.today)
    cache.put_many((article_key(a, folder), Briefing(a, a.title, "")) for a in articles)


def _load(folder: Path, cache: BriefingCache | None, today: dt.date = TODAY) -> tuple[object, ...]:
    settings = LoadSettings(folder, 1_000_000, 20_000, today)
    loaded = load_kept(discover(folder).paths, settings, cache)
    return loaded.articles, loaded.problems, loaded.read


def test_kept_loads_equal_reading_every_file_and_read_only_what_changed(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    files = len(discover(folder).paths)
    expected = load_articles(discover(folder).paths, 1_000_000, 20_000, today=TODAY)
    assert expected[1], "the folder has problems to keep"
    with BriefingCache(tmp_path / "cache.sqlite", "f1") as cache:
        first = _load(folder, cache)
        assert first == (*expected, files)
        # No briefing stored yet: every file that gives an article is read again
        # (a refused file is refused again without reading).
        with_articles = len({a.source.split("#")[0] for a in expected[0]})
        assert 0 < with_articles < files
        assert _load(folder, cache) == (*expected, with_articles)
        _extracted(cache, folder, LoadSettings(folder, 1_000_000, 20_000, TODAY))
        assert _load(folder, cache) == (*expected, 0)

        edited = folder / "river-floods.md"
        edited.write_text(edited.read_text(encoding="utf-8").replace("river", "canal"), encoding="utf-8")
        touched = folder / "harbour-bridge.md"
        os.utime(touched)
        now = load_articles(discover(folder).paths, 1_000_000, 20_000, today=TODAY)
        assert now != expected
        assert _load(folder, cache) == (*now, 2)  # the edited file and the touched one

        # Another day dates year-less datelines otherwise: every file is read.
        assert _load(folder, cache, TODAY + dt.timedelta(days=1))[2] == files


def test_without_a_cache_every_file_is_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    expected = load_articles(discover(folder).paths, 1_000_000, 20_000, today=TODAY)
    assert _load(folder, None) == (*expected, len(discover(folder).paths))
