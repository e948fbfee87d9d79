"""What every part of the speaker resolution reads: the parsed article and its
actors, whether a token stands outside the quote marks, whose mention a token is
in; and `noun_phrase`, the question every part may ask of a noun it finds
(answered by `noun_phrases`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from spacy.tokens import Token

from ...models import Actor, ActorKind
from ..actors import ActorIndex
from ..parsed import ParsedArticle


class _Core(ABC):
    """The article's parse and actors, and the questions every part asks of them."""

    def __init__(self, parsed: ParsedArticle, index: ActorIndex) -> None:
        self.parsed = parsed
        self.index = index

    def _outside(self, para: int, token: Token) -> bool:
        return not self.parsed.token_in_quote(para, token) and not token.is_quote

    def _a_person_at(self, para: int, token: Token) -> bool:
        actor = self.index.actor_at(para, token.i)
        return actor is not None and actor.kind is ActorKind.PERSON

    def _person_set_off(self, para: int, i: int) -> Actor | None:
        """The person whose mention starts at token `i` and is followed by a comma."""
        doc = self.parsed.docs[para]
        actor = self.index.actor_at(para, i) if i < len(doc) else None
        if actor is None or actor.kind is not ActorKind.PERSON:
            return None
        end = self._mention_end(para, i, actor)
        return actor if end < len(doc) and doc[end].text == "," else None

    def _mention_end(self, para: int, i: int, actor: Actor) -> int:
        """The end of `actor`'s mention that token `i` of paragraph `para` opens."""
        doc = self.parsed.docs[para]
        end = i
        while end < len(doc) and self.index.actor_at(para, end) is actor:
            end += 1
        return end

    @abstractmethod
    def noun_phrase(self, para: int, token: Token, before: int, depth: int = 0) -> Actor | None:
        """The actor a subject (or "according to" object) token stands for
        (`noun_phrases`)."""
