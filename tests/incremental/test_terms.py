"""Word counts kept in the cache (generator.incremental.terms): counted once per briefing,
and linking with them gives the corpus linking without them gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.incremental import terms as terms_module
from generator.incremental.cache import BriefingCache
from generator.incremental.terms import kept_terms
from generator.link import briefing_terms, link
from tests.records import synthetic_briefings


def test_terms_are_counted_once_then_read_and_give_the_same_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = synthetic_briefings(60, seed=3)
    keys = [f"key-{n}" for n in range(len(made))]
    counted: list[str] = []

    def counting(briefing: object) -> dict[str, int]:
        counted.append(str(briefing))
        return briefing_terms(briefing)  # type: ignore[arg-type]

    monkeypatch.setattr(terms_module, "briefing_terms", counting)
    with BriefingCache(tmp_path / "cache.sqlite", "f1") as cache:
        first = kept_terms(made, keys, cache)
        assert len(counted) == len(made)
        assert first == [briefing_terms(b) for b in made]
        again = kept_terms(made, keys, cache)
        assert again == first and len(counted) == len(made)  # nothing counted twice
        # A new briefing (a new key) is the only one counted.
        kept_terms([*made, made[0]], [*keys, "key-new"], cache)
        assert len(counted) == len(made) + 1
        # A damaged entry is counted again.
        cache.put_derived(terms_module._namespace(cache), [("key-1", b"\xff")])
        assert kept_terms(made, keys, cache) == first
        assert len(counted) == len(made) + 2
    # Reversed input order: the counts follow their briefings into the link stage.
    backwards = list(reversed(made))
    assert link(backwards, keys[::-1], first[::-1]) == link(made, keys)


def test_another_fingerprint_counts_again(tmp_path: Path) -> None:
    made = synthetic_briefings(5, seed=4)
    keys = [f"k{n}" for n in range(5)]
    with BriefingCache(tmp_path / "cache.sqlite", "f1") as cache:
        kept_terms(made, keys, cache)
    with BriefingCache(tmp_path / "cache.sqlite", "f2") as cache:
        assert cache.get_derived(terms_module._namespace(cache), keys) == {}
