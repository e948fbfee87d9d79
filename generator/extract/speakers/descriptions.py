"""The person a description stands for ("the commissioner", "the father", "the Acme
professor"): the one whose role holds its word, the person last named as a
speaking subject in its paragraph, the latest man or woman for a noun that says a
gender; or someone new an earlier use of the same word brought in ("a ministry
official … the official").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...models import Actor, ActorKind
from ..gazetteer import country_code
from ..mentions import MAIN_CLAUSE_SUBJECT
from ..patterns import (
    FEMALE_NOUNS,
    HEAD_OF_STATE_WORDS,
    HONORIFIC_TITLES,
    MALE_NOUNS,
    SPEECH_VERBS,
)
from ..roletitles import country_of_word
from .antecedents import _Antecedents
from .named_in_phrase import _NamedInPhrase
from .words import _NOUNS, _PERSON, _SUBJECT_DEPS, _definite, _indefinite, _office

#: Words that set a description apart from the person named before ("the other doctor").
_OTHER_WORDS = frozenset({"other", "second", "third", "fellow", "another"})
#: Parties' names and adjectives that qualify a politician's title ("the Republican nominee").
PARTY_WORDS = frozenset({"democratic", "republican", "gop", "labour", "tory", "conservative", "liberal"})
#: Nouns for whoever leads a country, whatever their title ("the Russian leader").
LEADER_WORDS = frozenset({"leader"})


class _Descriptions(_Antecedents, _NamedInPhrase):
    """Which person a description by title or relation stands for."""

    def _introduced(self, para: int, token: Token) -> tuple[int, Token] | None:
        """For a definite noun ("the official"), the nearest earlier use of its
        word, in its paragraph or the one before, with its paragraph, when that
        brought in someone new and unnamed ("a foreign ministry official"): the
        same one. None when that use named its person, or was not new."""
        if not _definite(token) or token.tag_ != "NN":
            return None
        found = next(self._earlier_uses(para, token, 1, frozenset({"NOUN"})), None)
        if found is None:
            return None
        p, earlier = found
        named = self._appositive_person(p, earlier) or self._named_in(p, earlier)
        return (p, earlier) if _indefinite(earlier) and named is None else None

    def _earlier_uses(
        self, para: int, token: Token, paragraphs: int, tags: frozenset[str] = _NOUNS
    ) -> Iterator[tuple[int, Token]]:
        """The earlier uses (outside quote marks) of the noun's word, nearest first, in its
        paragraph and up to `paragraphs` before, each with its paragraph."""
        lemma = token.lemma_.lower()
        for p in range(para, max(-1, para - paragraphs - 1), -1):
            doc = self.parsed.docs[p]
            end = token.i if p == para else len(doc)
            for earlier in reversed(doc[:end]):
                if earlier.lemma_.lower() == lemma and earlier.pos_ in tags and self._outside(p, earlier):
                    yield p, earlier

    def _described(self, para: int, token: Token, before: int) -> Actor | None:
        """A person described by a title or relation that names no one ("the
        minister", "the father said"): the person last named before whose role
        has the word; else, for a definite singular noun that says a gender
        ("the father", "the mother"), the person last named before (the subject
        of a clause first, like a pronoun) whose given name does not say the
        other gender. Other descriptions ("the official", "the witnesses") may
        stand for someone never named: no speaker."""
        word = token.lemma_.lower()
        titled = self._title_holder(para, token, before, before)
        if titled is None and word in LEADER_WORDS and _a_nations(token):
            titled = self._head_of_state(before)
        if titled is not None:
            return titled
        definite = _definite(token)
        gender = "male" if word in MALE_NOUNS else "female" if word in FEMALE_NOUNS else None
        if not definite or gender is None or token.tag_ != "NN":
            return None  # "the officials", "the witness": no one named
        limit = min(before, self.parsed.offset(para, token))
        other = self._of_gender("female" if gender == "male" else "male")
        for level in (2, 1, 0):
            found = self.index.most_recent(_PERSON, limit, min_salience=level, exclude=other)
            if found is not None:
                return found
        return None

    def _subject_before(self, para: int, token: Token, before: int, speaking: bool = True) -> Actor | None:
        """'"…," said study co-author Jo Bloggs. The Acme professor added, "…"':
        a definite singular title ("the professor", "the Acme professor") names
        again the person last named as a clause subject earlier in its own
        paragraph (or, with none there, in the one before, for a title a name
        qualifies: "the Florida senator", the last there who spoke) when that
        person spoke (the subject of a speech verb: "Jo Bloggs was arrested.
        "…," the officer said" is someone else); with `speaking` False,
        whatever the verb ("Rep. Jo Bloggs voted …, the Ohio Democrat said"). A
        description that no such person precedes may stand for someone never
        named."""
        if token.tag_ not in {"NN", "NNP"} or not _definite(token) or token.dep_ not in _SUBJECT_DEPS:
            return None
        if any(c.lower_ in _OTHER_WORDS for c in token.children):
            return None  # "the other professor said": not the one named
        limit = min(before, self.parsed.offset(para, token))
        # "the Florida senator", "the Acme professor": a title a name qualifies may also name
        # again the speaker of the paragraph before; not one with its office ("the U.S.
        # secretary of state"), which no one named with another office holds
        qualified = (
            speaking
            and _office(token) is None
            and any(
                c.dep_ in {"compound", "amod", "nmod"}
                and (c.pos_ == "PROPN" or c.ent_type_ in {"NORP", "GPE"})
                for c in token.children
            )
        )
        for n in range(len(self.index.mentions) - 1, -1, -1):
            m, a = self.index.mentions[n], self.index.mention_actor[n]
            if a is None or m.char >= limit or m.in_quote or m.salience < 1:
                continue
            if m.para != para and (m.para != para - 1 or not qualified):
                return None
            root = self.parsed.docs[m.para][m.start : m.end].root
            if root.dep_ == "compound" and root.head.pos_ == "NOUN":
                continue  # "the Trump supporter said": the name qualifies the subject, it is not it
            if self.index.actors[a].kind is ActorKind.PERSON:
                spoke = _speech_subject(root)
                if m.para != para and not spoke:
                    continue  # "X said … had Y congratulated him.\n\n"…," the Republican nominee said"
                return self.index.actors[a] if spoke or not speaking else None
        return None

    def _named_where_qualified(
        self, para: int, token: Token, before: int, written: bool = True
    ) -> Actor | None:
        """'Marco Rubio is launching his campaign in Florida.\n\nThe Florida senator is telling
        reporters …': for a title a place qualifies, the person the paragraph before names as
        its main subject, when that paragraph writes the place (whatever it writes, with
        `written` False: a party's title); None when a person is named as a subject in the
        title's own paragraph before it."""
        limit = min(before, self.parsed.offset(para, token))
        for n in range(len(self.index.mentions) - 1, -1, -1):
            m, a = self.index.mentions[n], self.index.mention_actor[n]
            if a is None or m.char >= limit or m.in_quote or m.salience < 1:
                continue
            actor = self.index.actors[a]
            if m.para == para and actor.kind is not ActorKind.PERSON:
                continue  # the place that qualifies the title ("the [Florida] senator")
            if m.para != para - 1:
                return None
            if actor.kind is ActorKind.PERSON and m.salience >= MAIN_CLAUSE_SUBJECT:
                return actor if not written or self._qualifier_named(token, m.para) else None
        return None

    def _qualifier_named(self, title: Token, para: int) -> bool:
        """True when a proper-name word that qualifies the title ("Florida" of "the Florida
        senator") is written in paragraph `para`."""
        words = {
            c.text for c in title.children if c.dep_ in {"compound", "amod", "nmod"} and c.pos_ == "PROPN"
        }
        return bool(words) and any(t.text in words for t in self.parsed.docs[para])

    def _title_holder(self, para: int, token: Token, before: int, limit: int) -> Actor | None:
        """The person a title stands for ("the senator"): the one whose role holds it, else
        the speaker named before (`_subject_before`); for a title a place qualifies ("the
        Florida senator"), first the one the paragraph before names there."""
        word, office = token.lemma_.lower(), _office(token)
        placed = self._named_where_qualified(para, token, before) if _qualified_by_a_place(token) else None
        found = placed or self._titled(word, limit, office) or self._subject_before(para, token, before)
        if found is None and _qualified_by_a_party(token):
            # "Hillary Clinton wants D.C. to be a state.\n\nThe Democratic frontrunner wrote …"
            found = self._named_where_qualified(para, token, before, written=False)
        return found

    def _head_of_state(self, before: int) -> Actor | None:
        """'the Russian leader said' after "President Vladimir Putin": the one person named
        before `before` whose title heads a state or government; None when there are more."""
        heads = {
            a
            for m, a in zip(self.index.mentions, self.index.mention_actor, strict=True)
            if a is not None and m.char < before and _heads_a_state(self.index.actors[a])
        }
        return self.index.actors[heads.pop()] if len(heads) == 1 else None

    def _titled(self, word: str, before: int, office: str | None = None) -> Actor | None:
        """'the commissioner said': the person last mentioned before `before`
        whose role has this word (and the word of its office: "the secretary
        of state" is no foreign secretary), or whose mention follows the
        honorific of that title ("Dr. Jo Bloggs … the doctor said")."""
        honorifics = HONORIFIC_TITLES.get(word, frozenset())
        for n in range(len(self.index.mentions) - 1, -1, -1):
            m, a = self.index.mentions[n], self.index.mention_actor[n]
            if a is None or m.char >= before:
                continue
            actor = self.index.actors[a]
            role = (actor.role or "").lower().replace("-", " ").split()
            held = office is None or office in role
            if actor.kind is ActorKind.PERSON and (word in role or f"{word}s" in role) and held:
                return actor
            doc = self.parsed.docs[m.para]
            if actor.kind is ActorKind.PERSON and m.start > 0 and doc[m.start - 1].lower_ in honorifics:
                return actor
        return None


def _speech_subject(token: Token) -> bool:
    """True for the subject of a speech verb ("Jo Bloggs said", "said Jo Bloggs")."""
    root = token
    while root.dep_ in {"compound", "flat", "appos"} and root.head.i != root.i:
        root = root.head
    # "X was called a pirate by …", "X was told …": spoken about or to, not speaking
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS


def _heads_a_state(actor: Actor) -> bool:
    """A person whose title heads a state or a government ("President", "Prime Minister of X")."""
    words = (actor.role or "").lower().split()
    return actor.kind is ActorKind.PERSON and bool(words) and words[0] in HEAD_OF_STATE_WORDS


def _a_nations(noun: Token) -> bool:
    """'the Russian leader', 'the North Korean leader': a noun its nation's adjective
    qualifies, and nothing else ("the opposition leader", "the party's leader")."""
    qualifiers = [c for c in noun.children if c.dep_ not in {"det", "punct"} and c.i < noun.i]
    words = " ".join(t.text for c in qualifiers for t in c.subtree)
    return (
        bool(qualifiers)
        and all(c.dep_ in {"amod", "compound"} for c in qualifiers)
        and (country_of_word(words) is not None)
    )


def _qualified_by_a_party(title: Token) -> bool:
    """A title a party's name qualifies ("the Democratic nominee", "the GOP front-runner",
    "the Republican presidential candidate"): someone the paragraph before named."""
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in PARTY_WORDS for c in title.children)


def _qualified_by_a_place(title: Token) -> bool:
    """A title a state's or a city's name qualifies ("the Florida senator"), not a
    country's ("the U.S. president", whose holder `_titled` finds by the role), a party's
    ("the Republican president") or a body's ("the Acme professor")."""
    return any(
        c.dep_ in {"compound", "amod", "nmod"} and c.ent_type_ == "GPE" and country_code(c.text) is None
        for c in title.children
    )
