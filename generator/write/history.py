"""What is new since the previous build, kept deterministic.

The state is a small JSON file beside the generated pages
(`docs/.briefing-history.json`, committed with docs/). It records the
current set of article slugs and, for each, the number of the *change* that
first saw it. A change is a generation run whose set of articles differs from
the recorded one; a run on the same inputs is not a change, so it leaves the
state, and every page, byte-identical. "New" means first seen in the latest
change: after adding two articles, the home page lists those two until the
next time the set of articles changes, however many times it is rebuilt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

HISTORY_FILE = ".briefing-history.json"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class BuildHistory:
    """The number of the latest change, and the change that first saw each current article."""

    change: int = 0
    first_seen: tuple[tuple[str, int], ...] = ()

    @property
    def slugs(self) -> frozenset[str]:
        return frozenset(slug for slug, _ in self.first_seen)

    @property
    def new_slugs(self) -> frozenset[str]:
        """The articles first seen in the latest change."""
        return frozenset(slug for slug, seen in self.first_seen if seen == self.change)

    @property
    def is_first_build(self) -> bool:
        return self.change <= 1

    def advance(self, slugs: Iterable[str]) -> BuildHistory:
        """Return the history after a run over `slugs`: unchanged if the set is the same."""
        current = frozenset(slugs)
        if current == self.slugs and self.change > 0:
            return self
        change = self.change + 1
        seen = dict(self.first_seen)
        return BuildHistory(change, tuple(sorted((s, seen.get(s, change)) for s in current)))


def parse_history(text: str | None) -> BuildHistory:
    """Return the history stored in `text`; an absent or unreadable file is an empty history."""
    if not text:
        return BuildHistory()
    try:
        data = json.loads(text)
        change = int(data["change"])
        pairs = tuple(sorted((str(slug), int(seen)) for slug, seen in data["first_seen"].items()))
    except (ValueError, KeyError, TypeError, AttributeError):
        return BuildHistory()
    if data.get("version") != FORMAT_VERSION or change < 0:
        return BuildHistory()
    return BuildHistory(change, pairs)


def history_json(history: BuildHistory) -> str:
    """Return the stable JSON text of `history` (sorted keys, one slug per line)."""
    data = {"version": FORMAT_VERSION, "change": history.change, "first_seen": dict(history.first_seen)}
    return json.dumps(data, indent=1, sort_keys=True) + "\n"
