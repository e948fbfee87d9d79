"""The site state file: written piece by piece, read back as it was; a damaged one is not read."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.site.state import PAGES_PER_PIECE, PageRecord, SiteState, load_state, save_state


def _state(pages: dict[str, PageRecord]) -> SiteState:
    return SiteState(
        fingerprint="f" * 64,
        docs={"index.md": (12, 1_700_000_000_000_000_000, "a" * 64), "é/b.md": (3, 4, "b" * 64)},
        outputs={"index.md": "index.html", "é/b.md": "é/b.html"},
        pages=pages,
        layout="l" * 64,
        site={"index.html": (100, 5), "é/b.html": (7, 8)},
    )


_PAGES = {
    "index.md": PageRecord("Briefings", '{"title": "Briefings"}', ({"location": "", "text": "“x”"},), ("a",)),
    "é/b.md": PageRecord(None, "", (), (), listing=True),
}
# More pages than one piece holds: the pieces follow one another.
_MANY = {
    f"articles/{n}.md": PageRecord(f"T{n}", "{}", ({"location": f"{n}.html"},), ("x",)) for n in range(1234)
}


@pytest.mark.parametrize("pages", [_PAGES, {}, _MANY], ids=["two", "none", "many"])
def test_the_state_reads_back_as_it_was(tmp_path: Path, pages: dict[str, PageRecord]) -> None:
    assert len(_MANY) > 2 * PAGES_PER_PIECE
    state = _state(pages)
    path = tmp_path / "site-state"
    save_state(path, state)
    assert load_state(path) == state
    assert list(load_state(path).pages) == list(pages)  # type: ignore[union-attr]  # in page order
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site-state"]  # no temporary file left


def test_a_value_marshal_cannot_write_is_kept_as_json_gives_it_back(tmp_path: Path) -> None:
    day = datetime.date(2026, 1, 2)
    entry = {"location": "a.html", "boost": day, "tags": ("x", "y")}
    path = tmp_path / "site-state"
    save_state(path, _state({"a.md": PageRecord("A", "", (entry,), ())}))
    loaded = load_state(path)
    assert loaded is not None
    assert loaded.pages["a.md"].search == (json.loads(json.dumps(entry, default=str)),)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: data[:-1],
        lambda data: data[:40] + bytes([data[40] ^ 1]) + data[41:],
        lambda data: b"",
        lambda data: b'{"version":1}',
    ],
    ids=["half", "short", "one-bit", "empty", "json-of-before"],
)
def test_a_damaged_state_is_not_read(tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    path = tmp_path / "site-state"
    save_state(path, _state(_PAGES))
    path.write_bytes(damage(path.read_bytes()))
    assert load_state(path) is None
    assert load_state(tmp_path / "missing") is None
