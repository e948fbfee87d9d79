"""The actor an earlier mention gives a pronoun or a description: the latest of the
right kinds at a salience level (a main clause's subject, any clause's, any
mention), counting a contrasting clause's subject as a main clause's, a reported
subject as any clause's, a name asked about as no subject; and the people a "he"
or a "she" cannot stand for by the gender of their given names.
"""

from __future__ import annotations

from ...models import Actor, ActorKind
from ..namekinds import is_medium
from ..patterns import (
    DASHES,
    PERSON_PRONOUNS,
    SPEECH_VERBS,
)
from ..personnames import given_name_gender
from .core import _Core
from .words import _PERSON, _SUBJECT_DEPS

#: Verbs whose clause reports what their subject holds true, as a speech verb's does.
_BELIEF_VERBS = frozenset({"believe", "think", "feel", "suspect", "fear"})
#: Conjunctions that set a second clause beside the main one rather than under it.
_CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


class _Antecedents(_Core):
    """The latest earlier mention a pronoun or a description can stand for."""

    def _most_salient_antecedent(
        self, kinds: frozenset[ActorKind], before: int, exclude: frozenset[str], nearest: int = -1
    ) -> Actor | None:
        """`_antecedent` at the highest salience that finds one: a main clause's
        subject, then any clause's, then any mention."""
        for level in (2, 1, 0):
            found = self._antecedent(kinds, before, level, exclude, nearest)
            if found is not None:
                return found
        return None

    def _antecedent(
        self, kinds: frozenset[ActorKind], before: int, level: int, exclude: frozenset[str], nearest: int = -1
    ) -> Actor | None:
        """The actor of these kinds last mentioned before `before` at least
        `level` salient (`ActorIndex.most_recent`), where the subject of a
        contrasting clause on a main verb ("X said …, while Y wrote …") counts
        as a main clause's: it reports a second speaker side by side; and the
        subject of what someone else said is reported, not speaking ("X said
        that Y understands …. "…," he said": X)."""
        for n in range(len(self.index.mentions) - 1, -1, -1):
            m, a = self.index.mentions[n], self.index.mention_actor[n]
            if m.para < nearest:
                break
            if a is None or m.char >= before or m.in_quote or self.index.actors[a].name in exclude:
                continue
            if self.index.actors[a].kind not in kinds:
                continue  # before the salience reads below, which parse the mention's sentence
            if m.end - m.start == 1 and is_medium(self.parsed.docs[m.para][m.start]):
                continue  # "an image she posted to Facebook. It says …": where, not who
            salience = m.salience
            if salience and self._asked_about(m.para, m.start):
                salience = 0
            elif salience == 1 and self._contrasting_subject(m.para, m.start, m.end):
                salience = 2
            elif salience == 2 and self._reported_subject(m.para, m.start, m.end):
                salience = 1
            elif salience == 0 and self._named_predicate(m.para, m.start, m.end):
                salience = 2
            if salience >= level:
                return self.index.actors[a]
        return None

    def _asked_about(self, para: int, start: int) -> bool:
        """True for a name in the writer's own question, as an interview asks
        it ("Is Starmer a good leader?", "Was she a fan of Fey's before?"): the
        one asked about, not the one who answers."""
        sent = self.parsed.docs[para][start].sent
        words = [t for t in sent if not t.is_space]
        if any(t.is_quote or not self._outside(para, t) for t in words):
            return False
        return bool(words) and words[-1].text == "?"

    def _named_predicate(self, para: int, start: int, end: int) -> bool:
        """True for a name that a main clause's subject is ("The first witness
        was [Jo Bloggs]"): it stands for the subject."""
        root = self.parsed.docs[para][start:end].root
        verb = root.head
        return root.dep_ == "attr" and verb.lemma_ == "be" and verb.dep_ == "ROOT"

    def _reported_subject(self, para: int, start: int, end: int) -> bool:
        """True for the subject of a clause that a speech verb, or a verb of
        belief, with a subject of its own reports ("X said that [Y] understands
        …", "X believes [Y] caught him …")."""
        root = self.parsed.docs[para][start:end].root
        verb = root.head
        if root.dep_ not in _SUBJECT_DEPS or verb.dep_ != "ccomp":
            return False
        speech = verb.head
        reporting = speech.lemma_.lower() in SPEECH_VERBS | _BELIEF_VERBS
        # "Yet X has amended his testimony — "…," he said", "X fired back: "…," he wrote": the
        # narration a dash or a colon breaks off for the quote, which the parser hung on the
        # verb after it, is not what it reports
        dashed = speech.i > verb.i and any(
            (c.text in DASHES or c.text == ":") and c.i > root.i for c in verb.children
        )
        return reporting and not dashed and any(c.dep_ in _SUBJECT_DEPS for c in speech.children)

    def _contrasting_subject(self, para: int, start: int, end: int) -> bool:
        """True for the subject of a "while"/"whereas" clause on a main clause's
        verb, or on the verb of what a main clause reports ('X said the victims
        were …, while Y wrote …'); and for the subject of the news idiom "… came
        as X did …" ("His words came as Cardinal Jo Bloggs backed …", "The
        comments came as Jo Bloggs said …"), whose "as" clause tells the news."""
        root = self.parsed.docs[para][start:end].root
        verb = root.head
        if root.dep_ not in _SUBJECT_DEPS or verb.dep_ != "advcl":
            return False
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if "as" in marks and verb.head.dep_ == "ROOT" and verb.head.lemma_ == "come":
            return True
        return verb.head.dep_ in {"ROOT", "ccomp", "conj"} and bool(marks & _CONTRAST_MARKS)

    def _other_gender(self, pronoun: str, before: int) -> frozenset[str]:
        """People "he"/"she" (at offset `before`) cannot stand for: those whose
        given name is of the other gender, or mostly so unless they are the
        person named last ("said pollster Kim Bloggs. … he added": Kim is not
        only a woman's name); gender-guesser, unknown and either-gender names
        stay candidates."""
        if pronoun not in PERSON_PRONOUNS:
            return frozenset()
        gender = "female" if pronoun in {"he", "him"} else "male"
        last = self.index.most_recent(_PERSON, before)
        mostly = self._of_gender(gender) - self._of_gender(gender, mostly=False)
        return self._of_gender(gender) - ({last.name} & mostly if last is not None else set())

    def _of_gender(self, gender: str, mostly: bool = True) -> frozenset[str]:
        """The people whose given name is (`mostly`: or mostly) of this gender."""
        genders = {gender, f"mostly_{gender}"} if mostly else {gender}
        return frozenset(
            a.name
            for a in self.index.actors
            if a.kind is ActorKind.PERSON and given_name_gender(a.name.split()[0]) in genders
        )
