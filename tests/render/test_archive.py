"""Listings stay small: the index shows the latest briefings, monthly pages list them all."""

from __future__ import annotations

import datetime as dt

from generator.link.linker import link
from generator.render.pages import INDEX_LATEST, render_corpus
from tests.records import briefing, place


def test_index_lists_the_latest_and_every_month_has_its_page() -> None:
    count = 60
    items = [
        briefing(f"{n:03d}.md", f"Story {n}", [place("Ankara")], date=dt.date(2024, 1 + n % 3, 1 + n % 28))
        for n in range(count)
    ]
    items.append(briefing("undated.md", "Undated story", [place("Ankara")]))
    pages = {p.path: p.text for p in render_corpus(link(items))}
    index = pages["index.md"]
    assert index.count("\n### [") == INDEX_LATEST  # the latest, under "Latest briefings"
    assert "- [March 2024](archive/2024-03.md) (20)" in index
    assert index.index("March 2024") < index.index("January 2024") < index.index("Date unknown")
    archived = [path for path in pages if path.startswith("archive/")]
    assert sorted(archived) == [
        "archive/2024-01.md",
        "archive/2024-02.md",
        "archive/2024-03.md",
        "archive/undated.md",
    ]
    assert sum(pages[p].count("\n## [") for p in archived) == count + 1
    assert "(../articles/story-1.md) {: #story-1 }" in pages["archive/2024-02.md"]
    assert all(
        p.startswith("---\nsearch:\n  exclude: true\n---") for p in (index, pages["archive/undated.md"])
    )
