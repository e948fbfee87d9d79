"""What a pronoun stands for besides the latest mention (`antecedents`): someone new
and unnamed the sentence before brought in ("A witness ran …. She said"), or a
speech verb's unnamed subject reports ("a witness said she saw"); the document or
body "it" goes on with ("The letter said …. It added"); the people "they" goes on
with when named together; whom "his" or "her" before a statement stands for.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...models import Actor, ActorKind
from ..patterns import (
    COLLECTIVE_PERSON_NOUNS,
    FEMALE_NOUNS,
    MALE_NOUNS,
    ORG_DESCRIPTION_WORDS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    UNNAMED_PEOPLE_NOUNS,
    UNNAMED_PERSON_NOUNS,
)
from .antecedents import _Antecedents
from .subjects import _Subjects
from .words import (
    _PERSON,
    _PLURAL_PRONOUNS,
    _SOURCE_NOUNS,
    _SPOKESPEOPLE,
    _SUBJECT_DEPS,
    _definite,
    _indefinite,
)

#: Modifiers a clause may open with before its subject pronoun ("Speaking by phone, she said").
_FRONTED_DEPS = frozenset({"advcl", "prep", "advmod", "npadvmod"})
#: How many sentences back a chain of one pronoun ("She …. She …. she said") is followed.
_PRONOUN_CHAIN = 3
#: Documents "it" may stand for when one is the subject of the sentence before.
_DOCUMENTS = SOURCE_NOUNS - _SPOKESPEOPLE - {"representative", "account", "website", "interview"}


class _Pronouns(_Antecedents, _Subjects):
    """Whom a pronoun stands for, from the sentences before it."""

    def _reported_by_someone_new(self, para: int, pronoun: Token) -> bool:
        """True for the subject pronoun of a clause that a speech verb reports
        whose own subject is someone new and unnamed ("a witness said she saw
        …", "an unidentified poster wrote they found …"): the pronoun is that
        someone, not a person named earlier."""
        clause = pronoun.head
        if pronoun.dep_ not in _SUBJECT_DEPS or clause.dep_ != "ccomp":
            return False
        verb = clause.head
        if verb.lemma_.lower() not in SPEECH_VERBS:
            return False
        subjects = [s for s in self._subjects(para, verb) if self._outside(para, s)]
        return bool(subjects) and all(
            s.pos_ == "NOUN"
            and _indefinite(s)
            and not any(self.index.actor_at(para, t.i) is not None for t in s.subtree)
            for s in subjects
        )

    def _owner(self, para: int, pronoun: Token, before: int) -> Actor | None:
        """Whom "his" or "her" before a statement or an office stands for, whatever the
        gender ("her" is also an object pronoun): the person subject of the sentence
        before ("Ryan took issue with Trump's talk. His office said": Ryan), else the
        person named last ("McCain's admission to hospital …. His office said")."""
        limit = min(before, self.parsed.offset(para, pronoun))
        other = self._other_gender("he" if pronoun.lower_ == "his" else "she", limit)
        found = self._preceding_sentence(para, pronoun.sent)
        para, previous = found if found is not None else (para, None)
        subjects = [t for t in previous.root.children if t.dep_ == "nsubj"] if previous is not None else []
        for subject in subjects:
            actor = self.index.actor_at(para, subject.i)
            if actor is not None and actor.kind is ActorKind.PERSON and actor.name not in other:
                return actor
        return self.index.most_recent(_PERSON, limit, min_salience=0, exclude=other)

    def _unnamed_antecedent(self, para: int, pronoun: Token) -> bool:
        """True when a pronoun that is its sentence's first word outside quote
        marks ("She said …", "“…,” she said") follows a sentence (in its
        paragraph or ending the one before) whose subject is a person the
        article does not name ("One of the victims decided …", "A witness ran
        …") and whose noun does not say the other sex: the pronoun stands for
        that person, not for someone named earlier; through sentences whose
        subject is the same pronoun ("Jo's sister says …. She added …. "…," she
        said"). Not when that sentence names its subject after all ("The first
        witness was Jo Bloggs.")."""
        for _ in range(_PRONOUN_CHAIN):
            before = self._sentence_before(para, pronoun)
            if before is None:
                return False
            para, previous = before
            subjects = [t for t in previous.root.children if t.dep_ in _SUBJECT_DEPS]
            cited = self._trailing_source(para, previous)
            if cited is not None:
                subjects = [cited]  # "X made a steep climb …, a source close to it told Reuters."
            if not subjects and previous.root.lemma_.lower() in SPEECH_VERBS:
                # "…, said Jo Bloggs's mother, now 81." with the subject hung on a later clause
                after = next((t for t in previous if t.i > previous.root.i and t.dep_ in _SUBJECT_DEPS), None)
                subjects = [after] if after is not None else []
            subject = subjects[0] if subjects else None
            if subject is None or subject.lower_ != pronoun.lower_ or not self._outside(para, subject):
                break
            pronoun = subject  # "Jo's sister says …. She added …. "…," she said": the sister
        if subject is None or not self._outside(para, subject) or subject.pos_ == "PRON":
            return False
        # named, by itself or beside it ("Mr Eavis' daughter Emily said"), not only by its owner
        # ("Jo Bloggs's family" is no one named; a spokesman speaks for his, named, owner)
        spokesperson = subject.lemma_.lower() in _SPOKESPEOPLE
        owners = {t.i for c in subject.children if c.dep_ == "poss" and not spokesperson for t in c.subtree}
        named = (t for s in subjects for t in s.subtree if t.i not in owners)
        if any(self.index.actor_at(para, t.i) is not None for t in named):
            return False
        if any(  # "The first witness was Jo Bloggs.": named after all
            self.index.actor_at(para, t.i) is not None
            for c in previous.root.children
            if c.dep_ == "attr"
            for t in c.subtree
        ):
            return False
        head = subject
        if subject.lower_ == "one":  # "one of the victims"
            of = [o for c in subject.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
            head = of[0] if of else subject
        elif subject.tag_ != "NN" and not (subject.tag_ == "NNS" and pronoun.lower_ in _PLURAL_PRONOUNS):
            return False
        word = head.lemma_.lower()
        low = pronoun.lower_
        if low in _PLURAL_PRONOUNS:
            plural = head.tag_ == "NNS" and (word in UNNAMED_PERSON_NOUNS or word in UNNAMED_PEOPLE_NOUNS)
            return plural or (head.tag_ == "NN" and word in COLLECTIVE_PERSON_NOUNS)
        if (word in MALE_NOUNS and low in {"she", "her"}) or (word in FEMALE_NOUNS and low in {"he", "him"}):
            return False  # "A masked man shouted … "…," she adds": not the man
        return (
            word in UNNAMED_PERSON_NOUNS
            or word in MALE_NOUNS
            or word in FEMALE_NOUNS
            or word in _SOURCE_NOUNS
        )

    def _trailing_source(self, para: int, sent: Span) -> Token | None:
        """The subject of a speech verb after the main clause of a sentence that is no
        speech itself ("X made a steep climb …, a source close to the investigation has
        told Reuters."): whoever the wire cites for the whole sentence."""
        root = sent.root
        if root.lemma_.lower() in SPEECH_VERBS:
            return None
        for verb in sent:
            if verb.i <= root.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
                continue
            if not self._outside(para, verb):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "NOUN":
                return subject
        return None

    def _sentence_before(self, para: int, pronoun: Token) -> tuple[int, Span] | None:
        """The sentence before a subject pronoun that is its sentence's first word
        outside quote marks ("She said …", "“…,” she said"), or the main clause's
        first after a modifier set before it ("Speaking by phone, she said …"),
        in its paragraph or ending the one before, with that sentence's
        paragraph; else None."""
        doc = pronoun.doc
        sent = pronoun.sent
        if pronoun.dep_ not in _SUBJECT_DEPS:
            return None
        leading = [t for t in doc[sent.start : pronoun.i] if self._outside(para, t) and not t.is_punct]
        if leading:
            # "Speaking by phone from Tashkent, she told …": only a modifier set before the clause
            fronted = {
                t.i
                for c in pronoun.head.children
                if c.dep_ in _FRONTED_DEPS and c.i < pronoun.i
                for t in c.subtree
            }
            if pronoun.head.dep_ != "ROOT" or any(t.i not in fronted for t in leading):
                return None
        found = self._preceding_sentence(para, sent)
        # '"So far, …. This rate of climb is too high," he said': the quote's own first
        # sentences say no one; the sentence before the quote does
        while found is not None and not any(self._outside(found[0], t) for t in found[1] if not t.is_punct):
            found = self._preceding_sentence(*found)
        return found

    def _preceding_sentence(self, para: int, sent: Span) -> tuple[int, Span] | None:
        """The sentence before `sent`, in its paragraph or ending the one before, with
        that sentence's paragraph; None at the article's start."""
        if sent.start > 0:
            return para, sent.doc[sent.start - 1].sent
        if para > 0 and len(self.parsed.docs[para - 1]) > 0:  # the paragraph's first words
            return para - 1, self.parsed.docs[para - 1][-1].sent
        return None

    def _subject_before_pronoun(self, para: int, pronoun: Token) -> tuple[int, Token] | None:
        """The active subject of the main clause of `_sentence_before`, with its paragraph."""
        before = self._sentence_before(para, pronoun)
        if before is None:
            return None
        para, previous = before
        subject = next((t for t in previous.root.children if t.dep_ == "nsubj"), None)
        return (para, subject) if subject is not None else None

    def _document_before(self, para: int, pronoun: Token) -> tuple[int, Token] | None:
        """'The letter said …. It added …. It asked …': the document (or the body
        described, "the newspaper") that "it" stands for, the subject of the
        sentences before it, with its paragraph."""
        for _ in range(3):
            found = self._subject_before_pronoun(para, pronoun)
            if found is None:
                return None
            para, subject = found
            if not self._outside(para, subject):
                return None
            if subject.pos_ == "NOUN" and subject.lemma_.lower() in _DOCUMENTS:
                return para, subject
            if (
                subject.pos_ == "NOUN"
                and _definite(subject)
                and subject.lemma_.lower() in ORG_DESCRIPTION_WORDS
            ):
                return para, subject  # '"…," the newspaper said. "…," it added': the same body
            if subject.lower_ != "it":
                return None
            pronoun = subject
        return None

    def _named_together(self, para: int, pronoun: Token) -> Actor | None:
        """'Jo Bloggs and Ann Smith pledged …. "…," they said': the first of the
        people named together as the subject of the sentence before, as when
        they are the speech verb's own subjects."""
        found = self._subject_before_pronoun(para, pronoun)
        if found is None:
            return None
        para, subject = found
        if not any(c.dep_ == "conj" for c in subject.children):
            return None
        people = [self.index.actor_at(para, t.i) for t in (subject, *subject.conjuncts)]
        if not all(p is not None and p.kind is ActorKind.PERSON for p in people):
            return None
        return people[0]
