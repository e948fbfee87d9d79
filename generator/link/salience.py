"""Salience: an article's actors ordered by how much the article is about them.

A pure function of one extracted `Briefing`. The order follows what an editor
looks at, each signal only breaking the ties of the ones before it:

1. prominence: named in the title (the article's own headline, or the one the
   extract stage derived) and in the lead (the first paragraph), one point each;
2. quotes: how many of the article's direct quotes the actor spoke;
3. subjects: how many of its mentions outside quotes are the subject of a main
   clause or a cited source (`Actor.subject_mentions`, counted by extraction);
4. mentions;
5. then the name, so the order is total and the output deterministic.

Tiers rather than a weighted sum: no weight to calibrate, and the reason an
actor comes first can be said in one sentence. An incidental actor mentioned
often ("UTC" in every timestamp) cannot outrank one in the headline.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..models import Actor, Briefing
from ..text import name_key


@lru_cache(maxsize=1 << 16)  # the same names and titles recur across thousands of articles
def _words(text: str) -> str:
    """The text's name-key words, space-joined and padded, for whole-word search."""
    return " " + " ".join(re.findall(r"\w+", name_key(text))) + " "


def in_title(actor: Actor, title: str) -> bool:
    """True when the title names the actor by its name or one of its aliases (whole words)."""
    headline = _words(title)
    forms = (_words(form) for form in (actor.name, *actor.aliases))
    return any(form.strip() and form in headline for form in forms)


def salience_key(actor: Actor, title: str, quotes: int) -> tuple[int, int, int, int, str]:
    """Return the sort key of one actor (smaller sorts first); `quotes` is how many it spoke."""
    prominence = int(in_title(actor, title)) + int(actor.in_lead)
    return (-prominence, -quotes, -actor.subject_mentions, -actor.mentions, actor.name)


def salience_order(briefing: Briefing) -> tuple[int, ...]:
    """Return the indexes of `briefing.actors`, most salient first."""
    spoken = Counter(q.speaker for q in briefing.quotes if q.speaker)
    keys = [salience_key(a, briefing.title, spoken[a.name]) for a in briefing.actors]
    return tuple(sorted(range(len(keys)), key=lambda i: (keys[i], i)))


@dataclass(frozen=True)
class CorpusSalience:
    """Every article's actors most salient first: their indexes in the briefing
    (`orders`) and their corpus-wide groups (`groups`, alike; the link stage's)."""

    orders: list[tuple[int, ...]]
    groups: list[list[int]]

    def distinct(self, ai: int) -> list[int]:
        """Return article `ai`'s actor groups, most salient first, each once."""
        return list(dict.fromkeys(self.groups[ai]))
