"""How the rules found a quote's speaker (`SOURCES`), and the record of one quote's
pick (`RulePick`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...models import Actor


@dataclass(frozen=True)
class RulePick:
    """The hand-written rules' speaker of one quote and how they found it (one
    of SOURCES)."""

    actor: Actor | None
    source: str


#: How the rules found a quote's speaker: its own attribution (VERB: a speech
#: verb's clause names it; FALLBACK: the nearest subject of a verb with none;
#: CLAUSE: the subject of the introducing clause), the quote before it
#: (CONTINUED), the sentence before it (PREVIOUS), or not at all (NONE).
VERB, FALLBACK, CLAUSE, CONTINUED, PREVIOUS, NONE = (
    "verb",
    "fallback",
    "clause",
    "continued",
    "previous",
    "none",
)
SOURCES = (VERB, FALLBACK, CLAUSE, CONTINUED, PREVIOUS, NONE)
