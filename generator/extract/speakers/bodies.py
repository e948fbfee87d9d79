"""The organisation or document a noun phrase stands for: the issuer of a
statement, a warning or a decree (its possessor, "issued by X", "X released a
statement", the issuer of the same document named shortly before); the body a
spokesperson speaks for; "the company", "the ministry", "the newspaper" for the
organisation named before (unless an earlier use was a body the article does not
name).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Actor, ActorKind
from ..patterns import (
    GENERIC_ORG_WORDS,
    ORG_DESCRIPTION_WORDS,
    PUBLICATION_NOUNS,
    SOURCE_LOOKBACK_PARAGRAPHS,
)
from .descriptions import _Descriptions
from .pronouns import _Pronouns
from .words import (
    _ACCESS_VERBS,
    _ORGANIZATION,
    _REPLIES,
    _SPOKESPEOPLE,
    _SUBJECT_DEPS,
    _by_its_author,
    _definite,
    _indefinite,
    _office,
    _whose_voice,
)

#: Pronouns a body's own things are owned by ("its ministry", "their company").
_BODY_PRONOUNS = frozenset({"its", "their", "our"})
#: Nouns for a newspaper or a magazine, which only a press name can stand for ("the paper said").
_PRESS_NOUNS = PUBLICATION_NOUNS | {"paper"}
#: Words of newspapers' and magazines' names.
_PRESS_NAME_WORDS = frozenset(
    {
        "times", "post", "journal", "news", "herald", "tribune", "gazette", "leader", "daily",
        "chronicle", "observer", "guardian", "telegraph", "examiner", "globe", "advocate",
        "register", "review", "magazine", "inquirer", "star", "sun", "mirror", "express",
        "standard", "independent", "bulletin", "dispatch", "courier", "press", "record",
        "weekly", "monitor", "economist", "newsweek", "atlantic", "nation", "politico",
    }
)  # fmt: skip


class _Bodies(_Pronouns, _Descriptions):
    """Which organisation, or whose document, a noun phrase stands for."""

    def _source(self, para: int, token: Token, before: int, depth: int) -> Actor | None:
        """Who issued a statement, a warning, a decree: its possessor ("X's
        statement"), the agent of the participle on it ("the decree signed by
        the chancellor"), the body a noun before it names ("a ministry
        account"), the subject of the verb it is the object of ("X
        released a statement"), else, for "the statement" named again, the
        issuer of the latest earlier one (SOURCE_LOOKBACK_PARAGRAPHS)."""
        for child in token.children:
            if child.dep_ == "poss" and child.tag_ == "PRP$" and child.lower_ in {"his", "her"}:
                return self._owner(para, child, before)
            if child.dep_ == "poss":
                return self.noun_phrase(para, child, before, depth + 1)
        for child in token.children:
            if child.dep_ != "acl" or not _by_its_author(child):
                continue
            for agent in child.children:
                for obj in agent.children if agent.dep_ == "agent" else []:
                    if obj.dep_ == "pobj" and self._outside(para, obj):
                        found = self.noun_phrase(para, obj, before, depth + 1)
                        if found is not None:
                            return found
        for child in token.children:
            if child.dep_ == "compound" and child.pos_ == "NOUN" and self._outside(para, child):
                # "an official ministry account": the ministry named before
                found = self.noun_phrase(para, child, before, depth + 1)
                if found is not None:
                    return found
        if token.dep_ in {"dobj", "pobj"}:
            # "X released a statement which said": the statement's issuer; not "X received a
            # letter", "X watched a video": one who came by it
            verb = token.head if token.dep_ == "dobj" else token.head.head
            subject = self._subject(para, verb) if verb.lemma_.lower() not in _ACCESS_VERBS else None
            if subject is not None and subject.i != token.i:
                found = self.noun_phrase(para, subject, before, depth + 1)
                if found is not None:
                    return found
        if _definite(token):
            # "Jo Bloggs, a spokeswoman for Acme, … the spokeswoman said": the one named with that role
            titled = (
                self._titled(token.lemma_.lower(), before, _office(token)) if token.tag_ == "NN" else None
            )
            return titled or self._earlier_source(para, token, before, depth)
        if token.lemma_.lower() not in _SPOKESPEOPLE:
            return None
        for child in token.children:
            if child.dep_ == "compound" and child.pos_ == "PROPN" and self._outside(para, child):
                # "a Downing Street spokesman": the institution the name stands for,
                # even when the model calls it a place (a place is otherwise never the speaker)
                named = self.index.actor_at(para, child.i)
                if named is not None and named.kind is not ActorKind.PERSON:
                    return named
        voice_of = _whose_voice(token)
        if voice_of is not None and voice_of.pos_ == "PROPN":
            return None  # "a spokesman for Bloggs" with no actor for Bloggs: not the body last named
        if voice_of is not None and voice_of.pos_ == "NOUN":
            # "a spokesman for the company": that company; "for the buyer": someone unnamed
            return self.noun_phrase(para, voice_of, before, depth + 1) if depth < 2 else None
        if token.dep_ in _SUBJECT_DEPS:
            # "Acme closed the plant. "…," a spokesperson said": Acme speaks
            return self._latest_group(para, token, before)
        return None

    def _latest_group(self, para: int, token: Token, before: int) -> Actor | None:
        """The organisation last named before the token, a clause subject
        first (as for "it")."""
        limit = min(before, self.parsed.offset(para, token))
        for level in (2, 1, 0):
            found = self.index.most_recent(_ORGANIZATION, limit, min_salience=level)
            if found is not None:
                return found
        return None

    def _described_group(self, para: int, token: Token, before: int) -> Actor | None:
        """'the company said', 'the airline said' after a named organisation
        whose name lacks the word: the organisation last named before."""
        word = token.lemma_.lower()
        press = (word in _PRESS_NOUNS and not _modified(token)) or (
            word == "board" and any(c.lower_ == "editorial" for c in token.children)
        )
        generic = word in ORG_DESCRIPTION_WORDS or word in GENERIC_ORG_WORDS or press
        if not generic or token.tag_ != "NN" or not _definite(token):
            return None
        if self._unnamed_body_before(para, token):
            return None
        if word == "force" or press:
            # "the force said": the police force named before; "the newspaper", "the
            # editorial board": a newspaper's, no other body
            fits = _a_police_force if word == "force" else _a_press_name
            limit = min(before, self.parsed.offset(para, token))
            others = frozenset(
                a.name for a in self.index.actors if a.kind is ActorKind.ORGANIZATION and not fits(a.name)
            )
            return self.index.most_recent(_ORGANIZATION, limit, exclude=others)
        return self._latest_group(para, token, before)

    def _unnamed_body_before(self, para: int, token: Token) -> bool:
        """'Mexico's finance ministry will … . "…," the ministry said': the nearest earlier
        use of the noun (SOURCE_LOOKBACK_PARAGRAPHS), or the use that brought in the one a
        chain of "the ministry" goes back to, is a body the article does not name
        (someone's, or "a ministry"), so the noun is that body, not the organisation last
        named."""
        for n, (p, earlier) in enumerate(self._earlier_uses(para, token, para)):
            if n == 0 and para - p > SOURCE_LOOKBACK_PARAGRAPHS:
                return False
            if self.index.actor_at(p, earlier.i) is not None or earlier.dep_ == "attr":
                return False  # "Acme is a company that …"
            described = self.index.actor_at(p, earlier.head.i) if earlier.dep_ == "appos" else None
            if earlier.dep_ == "appos" and (described is None or described.kind is not ActorKind.PLACE):
                return False  # "Acme Corp, a company based in Ohio,"; not a place the parser hung it on
            if any(c.dep_ == "appos" for c in earlier.children):
                return False
            owner = next((c for c in earlier.children if c.dep_ == "poss"), None)
            if owner is None and _definite(earlier) and earlier.tag_ == "NN":
                continue  # "The newspaper urged …": the one an earlier use brought in
            if n > 0:  # what a chain of "the newspaper" goes back to: only "a newspaper" is unnamed
                return _indefinite(earlier)
            if owner is None or owner.lower_ in _BODY_PRONOUNS:
                return _indefinite(earlier)  # "a Chinese company"; "its ministry" is the body's own
            owners = (self.index.actor_at(p, t.i) for t in owner.subtree)
            return not any(a is not None and a.kind is ActorKind.ORGANIZATION for a in owners)
        return False

    def _earlier_source(self, para: int, token: Token, before: int, depth: int) -> Actor | None:
        """'… read the statement': the issuer of the same document named in an
        earlier sentence ("X released a statement", "the warning issued by X").
        When no earlier sentence names such a document, the organisation last
        named before ("Acme cut 500 jobs. The statement added: …"); when one
        does but its issuer is not an actor, no one."""
        named = False
        for p, earlier in self._earlier_uses(para, token, SOURCE_LOOKBACK_PARAGRAPHS, frozenset({"NOUN"})):
            named = True
            found = self.noun_phrase(p, earlier, before, depth + 1)
            if found is not None:
                return found
        if named or token.lemma_.lower() in _REPLIES:
            return None  # "(The answer: "…")": someone's, said to someone; not the last body named
        return self._latest_group(para, token, before)

    def _named_like(self, word: str, before: int) -> Actor | None:
        """'the court', 'the airline': the organisation with this word (or its
        plural) in its name mentioned most often before `before` (ties: the
        most recent)."""
        counts: dict[int, tuple[int, int]] = {}
        for n, m in enumerate(self.index.mentions):
            a = self.index.mention_actor[n]
            if a is None or m.char >= before:
                continue
            actor = self.index.actors[a]
            words = actor.name.lower().split()
            if actor.kind is ActorKind.ORGANIZATION and (word in words or f"{word}s" in words):
                seen, _ = counts.get(a, (0, 0))
                counts[a] = (seen + 1, m.char)
        if not counts:
            return None
        best = max(counts, key=lambda a: counts[a])
        return self.index.actors[best]


def _modified(noun: Token) -> bool:
    """A noun with a word that says which kind it is ("the white paper", "the research
    paper"): not the bare "the paper" a newspaper is called."""
    return any(c.dep_ in {"amod", "compound", "nmod"} for c in noun.children)


def _a_press_name(name: str) -> bool:
    """'The New York Times', 'Union Leader', 'Baton Rouge Advocate': a name a newspaper's
    or a magazine's words make (`_PRESS_NAME_WORDS`)."""
    return any(word in _PRESS_NAME_WORDS for word in name.lower().split())


def _a_police_force(name: str) -> bool:
    """'Devon and Cornwall Police', 'Kent Constabulary', 'Border Force'."""
    return name.split()[-1].lower() in {"police", "constabulary", "force", "gendarmerie", "carabinieri"}
