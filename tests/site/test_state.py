"""The site state file: written piece by piece, read back as it was."""

from __future__ import annotations

import json
from pathlib import Path

from generator.site.state import PageRecord, SiteState, load_state, save_state


def _state(pages: dict[str, PageRecord]) -> SiteState:
    return SiteState(
        fingerprint="f" * 64,
        docs={"index.md": (12, 1_700_000_000_000_000_000, "a" * 64), "é/b.md": (3, 4, "b" * 64)},
        outputs={"index.md": "index.html", "é/b.md": "é/b.html"},
        pages=pages,
        layout="l" * 64,
        site={"index.html": (100, 5), "é/b.html": (7, 8)},
    )


def _one_text(state: SiteState) -> str:
    """The state as one JSON text, as it was written before it was written in pieces."""
    pages = {
        k: {"title": p.title, "meta": p.meta, "search": p.search, "refs": p.refs, "listing": p.listing}
        for k, p in state.pages.items()
    }
    data = {
        "version": 1,
        "fingerprint": state.fingerprint,
        "docs": dict(state.docs),
        "outputs": dict(state.outputs),
        "pages": pages,
        "layout": state.layout,
        "site": dict(state.site),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)


def test_the_state_is_one_json_text_and_reads_back(tmp_path: Path) -> None:
    pages = {
        "index.md": PageRecord(
            "Briefings", '{"title": "Briefings"}', ({"location": "", "text": "“x”"},), ("a",)
        ),
        "é/b.md": PageRecord(None, "", (), (), listing=True),
    }
    for state in (_state(pages), _state({})):
        path = tmp_path / "site-state.json"
        save_state(path, state)
        assert path.read_text(encoding="utf-8") == _one_text(state)
        assert load_state(path) == state
        assert sorted(p.name for p in tmp_path.iterdir()) == ["site-state.json"]  # no temporary file left
