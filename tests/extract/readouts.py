"""What the extraction reads off an invented text, for the tests: its speakers and its people's roles."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract
from generator.models import ActorKind, Article


def speakers(nlp: Language, text: str) -> list[str | None]:
    """The speaker of each quote, in text order (None where no one is named)."""
    return [q.speaker for q in extract(Article(source="test.md", text=text), nlp).quotes]


def roles(nlp: Language, text: str) -> dict[str, str | None]:
    """Each person's role, by name."""
    briefing = extract(Article(source="test.md", text=text), nlp)
    return {a.name: a.role for a in briefing.actors if a.kind is ActorKind.PERSON}
