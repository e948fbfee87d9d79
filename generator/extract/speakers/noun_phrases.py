"""The actor a noun phrase stands for (`noun_phrase`): the actor named at it, else by
what the word is: a pronoun (`pronouns`, `antecedents`), a relative pronoun, "one
of" a group, someone new ("a Fox executive"), a title or a relation
(`descriptions`), a statement or a spokesperson (`bodies`), "the company"; with a
person or body named in the phrase (`named_in_phrase`) first.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Actor, ActorKind
from ..gazetteer import is_known_place
from ..patterns import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    SOURCE_NOUNS,
)
from ..roles import is_title_word
from ..roletitles import names_a_national
from ..speechverbs import after_preposition
from .bodies import _Bodies
from .words import (
    _NOUNS,
    _ORGANIZATION,
    _PERSON,
    _PLURAL_PRONOUNS,
    _SPOKESPEOPLE,
    _a_person_noun,
    _definite,
    _indefinite,
)

_GROUPS = frozenset({ActorKind.ORGANIZATION, ActorKind.PLACE})
#: People who are for or against a body or a person without speaking for it ("a Trump
#: supporter", "an Acme customer"), unlike its own people ("an Acme official").
_OUTSIDERS = frozenset(
    {"supporter", "backer", "fan", "follower", "admirer", "friend", "critic", "opponent", "detractor",
     "voter", "customer", "client", "rival"}
)  # fmt: skip


class _NounPhrases(_Bodies):
    """The actor a subject, object or other noun phrase stands for."""

    def noun_phrase(self, para: int, token: Token, before: int, depth: int = 0) -> Actor | None:
        """The actor a subject (or "according to" object) token stands for."""
        actor = self.index.actor_at(para, token.i)
        if actor is not None and actor.kind is not ActorKind.PERSON:
            # "Acme Bank president Jo Bloggs said": the person named in apposition
            person = self._appositive_person(para, token)
            return person or actor
        if actor is not None:
            return actor
        low = token.lower_
        limit = min(before, self.parsed.offset(para, token))
        if _an_age(token):
            # "said the 36-year-old": a person named before, as "he" or "she" would be
            return self._most_salient_antecedent(_PERSON, limit, frozenset())
        local = _a_local(token)
        if local is not None:
            # "the Dutchman said", "says the Waterford man": as "he" or "she" would be
            return self._most_salient_antecedent(_PERSON, limit, self._other_gender(local, limit))
        if (low in PERSON_PRONOUNS or low in _PLURAL_PRONOUNS) and self._reported_by_someone_new(para, token):
            return None  # 'an unidentified poster wrote they found it "…"': that poster
        if low in PERSON_PRONOUNS:
            if self._unnamed_antecedent(para, token):
                return None
            return self._most_salient_antecedent(_PERSON, limit, self._other_gender(low, limit))
        if low in _PLURAL_PRONOUNS:
            if self._unnamed_antecedent(para, token):
                return None  # "Cameron's family issued a tribute. They said: …": the family, unnamed
            together = self._named_together(para, token)
            if together is not None:
                return together
            # "they" and "we" are a body named in this paragraph or the one before, or
            # people the article does not name ("farmers say …, they say")
            return self._most_salient_antecedent(_ORGANIZATION, limit, frozenset(), nearest=para - 1)
        if low in GROUP_PRONOUNS:
            document = self._document_before(para, token)
            if document is not None:
                # "The letter said …. It asked …": the document's issuer, or no one named
                return self.noun_phrase(document[0], document[1], before, depth) if depth < 2 else None
            # "it" speaking is far more often an organisation than a place
            return self._most_salient_antecedent(_ORGANIZATION, limit, frozenset()) or (
                self._most_salient_antecedent(_GROUPS, limit, frozenset())
            )
        if low in RELATIVE_PRONOUNS and depth < 2:
            return self._relative(para, token, before, depth)
        if token.text[:1].isupper():  # the tagger may call a surname a noun ("added Price")
            named = self.index.named(token.text) or self.index.person_named(token.text, before)
            if named is not None:
                return named
        group = _people_of(token)
        if group is not None:
            # "one of Jo Bloggs's uncles said": someone of a group, unnamed, unless set off beside
            # it ("one of the witnesses, Jo Bloggs,"); a body's own people speak for it
            person = self._appositive_person(para, token)
            if person is not None:
                return person
            return self._linked(para, group, skip_possessors=True, own_phrase=True, kinds=_ORGANIZATION)
        source = token.lemma_.lower() in SOURCE_NOUNS
        if _indefinite(token) and _a_person_noun(token) and token.lemma_.lower() not in _SPOKESPEOPLE:
            # "a Fox executive said", "a person close to Jo Bloggs said", "says a woman who
            # met Bloggs": someone new, never a person named before with a like role or
            # named in the phrase, unless set off beside it ("another witness, Jo Bloggs,");
            # a body in the phrase speaks through its own ("an Acme official said"), not
            # through a former one
            person = self._appositive_person(para, token) or self._named_in(para, token)
            if person is not None or any(c.lower_ == "former" for c in token.children):
                return person
            if token.lemma_.lower() in _OUTSIDERS:
                return None  # "said a Trump supporter", "an Acme customer": no one's voice but their own
            return self._linked(para, token, skip_possessors=True, own_phrase=True, kinds=_ORGANIZATION)
        if token.lemma_.lower() in _OUTSIDERS and not _definite(token) and _qualified_by_a_name(token):
            return self._appositive_person(para, token)  # "Bloggs critics said": not Bloggs
        if (
            _a_person_noun(token)
            and token.lemma_.lower() not in _SPOKESPEOPLE
            and self._person_before(para, token)
        ):
            # "said the former Jo Bloggs campaign adviser": someone of Bloggs's, unnamed, neither
            # Bloggs nor whoever spoke last (a spokesperson speaks for whoever the phrase names)
            return self._appositive_person(para, token)
        if _a_person_noun(token):
            named = self._appositive_person(para, token)
            if named is not None:
                return named  # "Ms. Merkel's spokesman, Steffen Seibert, wrote": the one named beside it
        linked = self._linked(para, token, skip_possessors=not source, own_phrase=source)
        described = not source and token.pos_ in _NOUNS and is_title_word(token)
        introduced = self._introduced(para, token) if described and linked is None else None
        if introduced is not None:
            # "according to a ministry official. "…," the official told Reuters": no one
            # named; "a White House official told Reuters. "…," the official said": its body
            return self.noun_phrase(introduced[0], introduced[1], before, depth + 1) if depth < 2 else None
        if described and (linked is None or linked.kind is not ActorKind.PERSON):
            # "the Acme Corp chief executive said": the person with that role
            titled = self._title_holder(para, token, before, limit)
            if titled is not None:
                return titled
        if linked is not None:
            return linked
        if described:
            return self._described(para, token, before)
        if source:
            return self._source(para, token, before, depth) if depth < 2 else None
        if token.pos_ == "NOUN":
            named = self._named_like(token.lemma_.lower(), before)
            return named or self._described_group(para, token, before)
        if token.ent_type_ == "NORP":
            # "the Ohio Democrat said", "the Kenyan added": a party or a nationality for someone named
            return self._subject_before(para, token, before, speaking=False)
        return None

    def _relative(self, para: int, token: Token, before: int, depth: int) -> Actor | None:
        """'which'/'who' as a subject: the noun the relative clause hangs on."""
        clause = token.head
        if clause.dep_ == "relcl" and clause.head is not clause:
            antecedent = self.noun_phrase(para, clause.head, before, depth + 1)
            if (
                antecedent is not None
                and antecedent.kind is ActorKind.PLACE
                and after_preposition(clause.head)
            ):
                return None  # "a speech at a summit in Orlando, Florida, which … affirmed": where
            return antecedent
        return None


def _qualified_by_a_name(token: Token) -> bool:
    """A noun a proper name qualifies ("Bloggs critics", "Acme customers")."""
    return any(c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and c.i < token.i for c in token.children)


def _an_age(token: Token) -> bool:
    """'the 36-year-old' standing alone: "old" with its "year" and the article."""
    return (
        token.lower_ == "old"
        and any(c.lower_ in {"year", "years"} for c in token.children)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def _a_local(token: Token) -> str | None:
    """'the Dutchman', 'the Irishwoman', 'the Waterford man', 'the Kenyan
    woman': a definite description of someone by their country or their
    place, which stands for a person named before; the pronoun it is like."""
    if not _definite(token):
        return None
    word = token.lower_
    if names_a_national(token.text):
        return "she" if "woman" in word or "women" in word else "he"
    placed = any(
        c.i < token.i
        and c.dep_ in {"compound", "amod", "nmod"}
        and (c.ent_type_ in {"GPE", "NORP", "LOC"} or (c.pos_ == "PROPN" and is_known_place(c.text)))
        for c in token.children
    )
    if placed and word in {"man", "boy"}:
        return "he"
    if placed and word in {"woman", "girl"}:
        return "she"
    return None


def _people_of(token: Token) -> Token | None:
    """The noun of people after "one of" ("one of the victims", "one of Jo
    Bloggs's uncles"), or None."""
    if token.lower_ != "one":
        return None
    group = next(
        (o for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None
    )
    return group if group is not None and group.tag_ == "NNS" and _a_person_noun(group) else None
