"""The actors named inside a noun phrase or set off beside it: a person in
apposition ("one of the witnesses, Jo Bloggs,"), a person named before the noun
("the Jo Bloggs campaign adviser"), one a description says is named so ("a student
named Jo Bloggs"), a person or body in the phrase ("a Fox executive"), a place a
spokesperson speaks for.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Actor, ActorKind
from ..namekinds import is_medium
from ..patterns import (
    SOURCE_NOUNS,
)
from .core import _Core
from .words import _ORGANIZATION, _PERSON, _SPOKESPEOPLE, _by_its_author


class _NamedInPhrase(_Core):
    """The actors a noun phrase names inside it or beside it."""

    def _appositive_person(self, para: int, token: Token) -> Actor | None:
        for child in token.children:
            if child.dep_ == "appos" and self._outside(para, child):
                actor = self.index.actor_at(para, child.i)
                if actor is not None and actor.kind is ActorKind.PERSON:
                    return actor
        return None

    def _person_before(self, para: int, token: Token) -> bool:
        """True when a person is named among the words before the noun that
        modify it ("the Jo Bloggs campaign adviser"), not by its possessor."""
        return any(
            self._a_person_at(para, child)
            for modifier in token.lefts
            if modifier.dep_ in {"compound", "amod", "nmod"}
            for child in modifier.subtree
        )

    def _named_in(self, para: int, token: Token) -> Actor | None:
        """The person a description says is named so ("a student named Jo Bloggs")."""
        for child in token.children:
            if child.dep_ == "acl" and child.lemma_.lower() in {"name", "call"}:
                for t in child.subtree:
                    actor = self.index.actor_at(para, t.i)
                    if actor is not None and actor.kind is ActorKind.PERSON and self._outside(para, t):
                        return actor
        return None

    def _linked(
        self,
        para: int,
        token: Token,
        skip_possessors: bool,
        own_phrase: bool = False,
        kinds: frozenset[ActorKind] = _PERSON | _ORGANIZATION,
    ) -> Actor | None:
        """An actor named inside the phrase: a person first, then an
        organisation. A place in it is where, not who ("officials in Kyiv",
        "the mayor at a rally in Porto"); a platform the words went out on ("a
        Twitter account") is not one either, nor whom the noun is sent or
        attached to ("the mission to the United Nations", "an adviser to X"),
        unless a spokesperson's; with `own_phrase`, neither is an actor of a
        clause on the noun ("a statement saying the Acme Corp ...") other than
        its author ("issued by X"), nor the one it is addressed to ("a letter to X")."""
        if token.ent_type_ == "NORP":
            kinds = kinds & _PERSON  # "the top Democrat on the committee": a member, not the body
        skipped: set[int] = set()
        for child in token.children:
            clause = child.dep_ in {"acl", "relcl"} and not _by_its_author(child)
            # "a letter to Jo Bloggs"; "the mission to the United Nations said", "an adviser to
            # Jo Bloggs": whom it is sent or attached to, not who speaks
            addressee = child.dep_ == "prep" and child.lower_ == "to"
            attached = addressee and token.lemma_.lower() not in _SPOKESPEOPLE
            if (
                (skip_possessors and child.dep_ == "poss")
                or (own_phrase and (clause or addressee))
                or attached
                or _related_to(token, child)
            ):
                skipped.update(t.i for t in child.subtree)
        linked = [
            actor
            for child in token.subtree
            if child.i != token.i and child.i not in skipped and self._outside(para, child)
            and not is_medium(child)
            for actor in [self.index.actor_at(para, child.i)]
            if actor is not None
        ]  # fmt: skip
        for kind in (ActorKind.PERSON, ActorKind.ORGANIZATION):
            for actor in linked:
                if actor.kind is kind and kind in kinds:
                    return actor
        return self._represented_place(para, token)

    def _represented_place(self, para: int, token: Token) -> Actor | None:
        """The place a spokesperson speaks for or a statement comes from ("a
        spokesperson for Buckingham Palace", "a statement from the Kremlin"
        when the model calls it a place): the institution the name stands for.
        Only right after "for"/"from" on such a noun; "officials in Kyiv" stay where."""
        word = token.lemma_.lower()
        if word not in _SPOKESPEOPLE and word not in SOURCE_NOUNS:
            return None
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"for", "from"}:
                continue
            for obj in prep.children:
                actor = self.index.actor_at(para, obj.i) if obj.dep_ == "pobj" else None
                if actor is not None and actor.kind is ActorKind.PLACE and self._outside(para, obj):
                    return actor
        return None


def _related_to(noun: Token, child: Token) -> bool:
    """An adjective after `noun` with its own object ("a source close to Acme", "a
    person familiar with Acme's inquiry", "a lawmaker loyal to Jo Bloggs"): whom
    the noun stands near, not whom it is one of."""
    return child.dep_ == "amod" and child.i > noun.i and any(c.dep_ == "prep" for c in child.children)
