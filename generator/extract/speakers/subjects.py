"""The subjects of a speech verb: its own, or those of the clause it hangs on when
the parser hung it lower ("…," X said, adding "…"), past clauses whose subject is a
thing or what someone else reported; a passive verb's agent; the nearest subject
before a verb with none.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import ActorKind
from ..mentions import verb_of_a_root_name
from ..patterns import (
    ORG_DESCRIPTION_WORDS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
)
from ..personnames import is_agent_noun
from ..speechverbs import (
    as_saying,
)
from .core import _Core
from .words import _ADDRESSING_VERBS, _EVIDENCE_VERBS, _NOUNS, _SUBJECT_DEPS, _a_person_noun, _a_speech_verb

#: Nouns for groups of people that speak as one ("the jury asked", "the board said").
_COLLECTIVES = frozenset(
    {
        "board", "panel", "jury", "court", "government", "administration", "campaign",
        "staff", "family", "crowd", "audience", "police", "people", "public",
        "delegation", "leadership", "opposition", "prosecution", "defence", "defense",
    }
)  # fmt: skip


def _inverted_object(verb: Token) -> Token | None:
    """The name after a speech verb right after a quotation closed on a comma (or "?",
    "!") that the parser made the verb's object, the verb having no subject ("“…,” mused
    Blaze co-host Jo Bloggs"): the speaker, as in "“…,” said Jo Bloggs". Not a verb of telling, whose
    object is who heard."""
    if verb.i < 2 or not verb.doc[verb.i - 1].is_quote or verb.lemma_.lower() in _ADDRESSING_VERBS:
        return None
    if verb.doc[verb.i - 2].text not in {",", "?", "!"}:
        return None  # 'that “honest” describes Jo Bloggs': no quotation the verb attributes
    # a subject before the verb, or a name, is the speaker ("“…,” Jo Bloggs said"); a common
    # noun after it is the front of the same phrase ("mused Blaze co-host Jo Bloggs")
    if any(c.dep_ in _SUBJECT_DEPS and (c.i < verb.i or c.ent_type_) for c in verb.children):
        return None
    names = [
        c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.ent_type_ in {"PERSON", "ORG"}
    ]
    return names[0] if names else None


class _Subjects(_Core):
    """Which tokens are the subjects (or the agent) of a speech verb."""

    def _subject(self, para: int, verb: Token) -> Token | None:
        subjects = self._subjects(para, verb)
        return subjects[0] if subjects else None

    def _subjects(self, para: int, verb: Token) -> list[Token]:
        """The subjects of the speech verb, or of the clause it hangs on ("…,"
        X said, adding "…"; "…" costs Y," X said, further saying …). Clauses
        inside the quote marks are passed over: their subjects are quoted words."""
        quoting = as_saying(verb)
        if quoting is not None:
            # "Reuters quoted Jo Bloggs as saying": the one quoted, not the quoter
            quoted = [c for c in quoting.children if c.dep_ == "dobj"]
            if quoted:
                return quoted
        if _a_verb_made_a_modifier(verb):
            return [verb.head]  # "a man yelled "…"" parsed as a man who was yelled
        said_before = _said_in_the_sentence_before(verb)
        if said_before is not None:
            return self._subjects(para, said_before)  # "X stated that …. Adding, "…""
        inverted = _inverted_object(verb)
        if inverted is not None:
            return [inverted]  # "“…,” mused Blaze co-host Jo Bloggs" with the name parsed an object
        current = _coordinated_participle(verb) or verb
        for _ in range(4):
            inside = current is not verb and not self._outside(para, current)
            found = [] if inside else [c for c in current.children if c.dep_ in _SUBJECT_DEPS]
            found = [t for s in found for t in _past_a_topic(s)]
            if found and current.lemma_.lower() in _ADDRESSING_VERBS and found[0].dep_ == "nsubjpass":
                found = []  # "X says the council was told that …": the one told, not the speaker
            if found and current is not verb and all(_an_empty_it(s) for s in found):
                # "It was a potent punch, as Mrs. Clinton echoed the criticism, saying …": the
                # participle goes on from the clause right before it, not the empty "it"
                found = _subject_of_the_clause_before(current, verb) or found
            if found and current is not verb and all(_reported_it(s) for s in found):
                current = current.head  # "X said it was early but added, "…"": X's words go on
                continue
            if (
                found
                and current is not verb
                and verb.lemma_.lower() not in _EVIDENCE_VERBS
                and all(self._a_thing(para, s) for s in found)
            ):
                # "X said Rubio's plan would give money to …, and called him "…"", "X denied the
                # notion that a shakeup is coming, explaining …": the parser hung the speech verb
                # on the nearer clause, whose subject is a thing; whoever speaks above it spoke
                found = self._speaking_above(para, current) or found
            if found and current is not verb and _turns_on_the_reported(verb, current):
                # "X said Trump is responsible … and accused him of "…"": the parser joined the
                # verb to the reported clause; one does not accuse oneself, the reporter does
                found = self._reporters(para, current.head) or found
            if found and current is not verb and self._reported_content(para, verb, current):
                # "a strategist said Jo will have to choose, saying "…"": the participle
                # goes on with the reporter's words, not with the one reported on
                found = self._reporters(para, current.head) or found
            if found:
                return found
            if verb_of_a_root_name(current):  # "Mr. Bloggs, the Ohio Democrat, called it "…"" misparsed
                return [current.head]
            if current is not verb and current.dep_ == "ROOT" and self._names_a_person(para, current):
                return [current]  # "Trump defended it, calling it "…"" with the name made the root
            controller = _object_controller(current) if _holds_a_quote(verb) else None
            if controller is not None:
                return [controller]  # "That prompted Rubio to make a joke and call Trump "…"": Rubio
            if current.dep_ in {"conj", "xcomp", "advcl", "ccomp"} and current.head is not current:
                current = current.head
            else:
                break
        return []

    def _reporters(self, para: int, verb: Token) -> list[Token]:
        """The subjects of a speech verb; for one that describes a noun ("a statement
        saying"), the nearest subject before it (who released the statement)."""
        found = self._subjects(para, verb)
        if not found and verb.dep_ == "acl":
            nearest = self._nearest_subject(para, verb)
            found = [nearest] if nearest is not None else []
        return found

    def _reported_content(self, para: int, verb: Token, clause: Token) -> bool:
        """Whether `verb` is a participle set off by a comma ("…, saying", "…, calling
        it") hung on `clause`, a clause that is itself what a speech verb reports."""
        comma = verb.i - 1
        while comma > 0 and verb.doc[comma].is_quote:
            comma -= 1  # 'represents "New York values," stating'
        return (
            verb.tag_ == "VBG"
            and verb.dep_ == "advcl"
            and comma >= 0
            and verb.doc[comma].text == ","
            and clause.dep_ == "ccomp"
            and not _a_speech_verb(clause)  # "…," Jo added, saying: Jo's own words
            and _a_speech_verb(clause.head)
            and clause.head.i < clause.i  # "…, saying …, CNN reported": who spoke, not the outlet
            and clause.head.lemma_.lower() != "report"
            and self._outside(para, clause.head)
        )

    def _a_thing(self, para: int, token: Token) -> bool:
        """A common noun for no one who could speak ("the plan", "a shakeup"): not an
        actor, a person, a body, a document or a group of people."""
        word = token.lemma_.lower()
        return (
            token.pos_ == "NOUN"
            and self.index.actor_at(para, token.i) is None
            and not _a_person_noun(token)
            and not is_agent_noun(token)
            and not word.endswith(("man", "men", "person", "people"))  # "a cameraman", "townspeople"
            and word not in SOURCE_NOUNS
            and word not in ORG_DESCRIPTION_WORDS
            and word not in _COLLECTIVES
        )

    def _speaking_above(self, para: int, clause: Token) -> list[Token]:
        """The subjects of the nearest verb above `clause` (a few steps) that names
        someone who could speak; none when there is no such verb, or a relative
        clause is in between (its subject is the noun it describes: "Jo, whose
        vote could help decide its fate", is no speaker of what holds it)."""
        node = clause
        for _ in range(4):
            if node.dep_ == "relcl" or node.head.i == node.i:
                return []
            node = node.head
            if node.dep_ == "relcl" or node.pos_ not in {"VERB", "AUX"} or not self._outside(para, node):
                continue  # a relative clause's verb: the next step stops
            found = [c for c in node.children if c.dep_ in _SUBJECT_DEPS]
            if found and not all(self._a_thing(para, s) for s in found):
                return found
        return []

    def _nearest_subject(self, para: int, verb: Token) -> Token | None:
        """The closest subject before the verb in its sentence (parser fallback)."""
        for token in reversed(verb.doc[verb.sent.start : verb.i]):
            if token.dep_ in _SUBJECT_DEPS and self._outside(para, token):
                return token
        return None

    def _agent(self, para: int, verb: Token) -> Token | None:
        """'was told by X': the agent of a passive speech verb, its speaker;
        when the parser hangs "by X" on the quoted words ('was called "…" by
        X'), the object of the first "by" after the verb outside the quote marks."""
        for child in verb.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj" and self._outside(para, obj):
                        return obj
        if not any(c.dep_ == "auxpass" for c in verb.children):
            return None
        for token in verb.doc[verb.i + 1 : verb.sent.end]:
            if token.lower_ == "by" and self._outside(para, token):
                return next((obj for obj in token.children if obj.dep_ == "pobj"), None)
        return None

    def _names_a_person(self, para: int, token: Token) -> bool:
        """A person's name or alias, though the recogniser left this use of it untagged."""
        if self._a_person_at(para, token):
            return True
        if token.pos_ not in _NOUNS or not token.text[:1].isupper():
            return False
        named = self.index.named(token.text) or self.index.person_named(
            token.text, self.parsed.offset(para, token)
        )
        return named is not None and named.kind is ActorKind.PERSON


def _coordinated_participle(verb: Token) -> Token | None:
    """'with X tweeting that it was a "…" and asking, "…"': a participle the parser
    joined to a finite verb inside what another participle of saying reports; it goes
    with that participle, whose subject speaks."""
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or verb.head.tag_ == "VBG":
        return None
    node = verb.head
    for _ in range(3):
        if node.dep_ not in {"ccomp", "conj"} or node.head.i == node.i:
            return None
        node = node.head
        if node.tag_ == "VBG" and _a_speech_verb(node):
            return node
    return None


def _turns_on_the_reported(verb: Token, clause: Token) -> bool:
    """A speech verb the parser joined to `clause`, what another speech verb reports, whose
    object is a pronoun for someone ("and accused him of", "and called her"): the pronoun
    stands for the clause's subject, so the verb is the reporter's, not the subject's."""
    return (
        verb.dep_ == "conj"
        and verb.head.i == clause.i
        and clause.dep_ == "ccomp"
        and _a_speech_verb(clause.head)
        and any(c.dep_ == "dobj" and c.lower_ in {"him", "her", "them"} for c in verb.children)
    )


def _past_a_topic(subject: Token) -> list[Token]:
    """The subject, or, for a name a fronted preposition makes the topic ("Of
    Carson, Jo Bloggs said", parsed with Carson the subject and Bloggs joined to
    it), the names joined to it."""
    if subject.tag_ == "IN":  # "Of" made the subject, the topic its object, the speaker set off beside it
        beside = [
            n for obj in subject.children if obj.dep_ == "pobj" for n in obj.children if n.dep_ == "appos"
        ]
        return beside or [subject]
    before = subject.left_edge.i - 1
    if before < 0 or subject.doc[before].tag_ != "IN" or not subject.doc[before].is_sent_start:
        return [subject]
    return list(subject.conjuncts) or [subject]


def _reported_it(subject: Token) -> bool:
    """ "it" or "there" as the subject of what a speech verb reports ("Jo said it
    takes time but added, "…""): a speech verb the parser joined to that clause
    is the reporter's, not the pronoun's."""
    clause = subject.head
    return (
        subject.lower_ in {"it", "there"}
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in SPEECH_VERBS
    )


def _an_empty_it(subject: Token) -> bool:
    """ "It" as the subject of "be" with a noun after it ("It was a potent punch"): no one."""
    verb = subject.head
    return subject.lower_ == "it" and verb.lemma_ == "be" and any(c.dep_ == "attr" for c in verb.children)


def _subject_of_the_clause_before(head: Token, participle: Token) -> list[Token]:
    """The subjects of the adverbial clause of `head` that ends right before the
    participle (only a comma between): the clause the participle goes on from."""
    for clause in head.children:
        if clause.dep_ != "advcl" or not clause.i < participle.i:
            continue
        between = clause.doc[clause.right_edge.i + 1 : participle.i]
        if all(t.is_punct for t in between):
            return [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
    return []


def _a_verb_made_a_modifier(verb: Token) -> bool:
    """A past tense right after its noun that the parser hung on the noun as a modifier
    ("a man yelled "Stay there!"" read as "a man [who was] yelled"): the noun is its subject."""
    head = verb.head
    return (
        verb.dep_ == "acl" and verb.tag_ == "VBD" and head.pos_ in {"NOUN", "PROPN"} and head.i == verb.i - 1
    )


def _holds_a_quote(verb: Token) -> bool:
    """True when quotation marks stand among the verb's words ("call Trump "very
    flexible""), not for a verb of other words ("to call a debate; one lawmaker called …")."""
    return any(t.is_quote for t in verb.subtree)


def _object_controller(infinitive: Token) -> Token | None:
    """The object of the verb an infinitive with no subject hangs on ("prompted [Rubio] to
    call Trump "…""): who does what the infinitive says. Not after a speech verb ("urged
    voters to chant "…"", "asked Jo to say "…""), whose subject proposes the words."""
    if infinitive.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in infinitive.children):
        return None
    if infinitive.head.lemma_.lower() in SPEECH_VERBS:
        return None
    # someone ("prompted Rubio", "led the senator"), not a thing used ("use the speech to …")
    return next(
        (
            c
            for c in infinitive.head.children
            if c.dep_ == "dobj" and (c.pos_ == "PROPN" or _a_person_noun(c)) and c.i < infinitive.i
        ),
        None,
    )


def _said_in_the_sentence_before(verb: Token) -> Token | None:
    """For a participle that opens a sentence of its own with no subject ("Adding, "…""),
    the speech verb at the root of the sentence before, which it goes on from."""
    sent = verb.sent
    # the parser may hang it on the quote's own verb ("Adding, "Now, … what they do is …"")
    quoted = (
        verb.dep_ == "advcl"
        and verb.head.i > verb.i
        and any(t.is_quote for t in verb.doc[verb.i : verb.head.i])
    )
    if verb.tag_ != "VBG" or not (verb.dep_ == "ROOT" or quoted) or verb.i != sent.start or sent.start == 0:
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    previous = verb.doc[sent.start - 1].sent.root
    return previous if previous.lemma_.lower() in SPEECH_VERBS and previous.pos_ == "VERB" else None
