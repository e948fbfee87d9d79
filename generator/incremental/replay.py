"""Replay: a run whose inputs are untouched since the last one reports its outcome without loading.

Loading every article (reading, parsing front matter, normalising) is most of
what a run with nothing to do costs: about 2 ms an article. A replay skips it
when the article files are the same files as at the last completed generation
(same size, modification time, change time and inode, read with ``lstat``:
content cannot change without changing the change time), the clock shows the
same day (year-less datelines are dated by it), and the settings, the
extractor and the generator's own source are the same; the pages in docs/
must also be untouched since (the generation's own stamp says so). The
replayed outcome is the problem lines and the article count of that run.

A run is recorded for replay only when nothing in it could come out
differently a second time: no article failed or timed out in extraction and
no page was refused.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..models import Problem
from .cache import BriefingCache, generation_stamp
from .stamps import lstat_identity


@dataclass(frozen=True)
class Outcome:
    """What a completed generation reported, enough to report it again."""

    generation: str
    """The generation's own stamp (its pages are checked against it)."""
    articles: int
    problems: tuple[Problem, ...]

    def to_json(self) -> str:
        rows = [[p.source, p.reason, p.skipped] for p in self.problems]
        return json.dumps({"generation": self.generation, "articles": self.articles, "problems": rows})

    @classmethod
    def from_json(cls, text: str) -> Outcome | None:
        try:
            data = json.loads(text)
            problems = tuple(Problem(str(s), str(r), bool(k)) for s, r, k in data["problems"])
            return cls(str(data["generation"]), int(data["articles"]), problems)
        except (ValueError, TypeError, KeyError):
            return None


def file_identity(path: Path) -> str:
    """`path` with its `lstat_identity` (or why it cannot be read), as one text."""
    try:
        identity = lstat_identity(path)
    except OSError as exc:
        return f"{path}\0unreadable {exc.errno}"
    return "\0".join([str(path), *map(str, identity)])


def inputs_stamp(paths: Sequence[Path], settings: Iterable[str], fingerprint: str) -> str:
    """What decides a generation's outcome, read without opening an article: the identity of
    every article file, the `settings` (options, day, site URL, templates), the extractor
    fingerprint and the generator's source."""
    keys = [f"file {file_identity(p)}" for p in paths]
    keys += [f"setting {s}" for s in settings]
    keys.append(f"files {len(paths)}")
    # Paths may hold any character, undecodable bytes included: the stamp takes ASCII.
    return generation_stamp((key.encode("utf-8", "surrogatepass").hex() for key in keys), fingerprint)


def replayable(cache: BriefingCache, name: str, stamp: str) -> Outcome | None:
    """The outcome recorded under `name` with this inputs stamp, if any."""
    recorded = cache.last_text(name)
    if recorded is None or recorded[0] != stamp:
        return None
    return Outcome.from_json(recorded[1])


def record_outcome(cache: BriefingCache, name: str, stamp: str, outcome: Outcome) -> None:
    """Record `outcome` as the result of a run with this inputs stamp."""
    cache.record_text(name, stamp, outcome.to_json())


def forget(cache: BriefingCache, name: str) -> None:
    """Drop the recorded outcome (a run that cannot be replayed)."""
    cache.record_text(name, "", "")
