"""The speaker a speech verb names (`verb_speaker`): the object of "according to",
a passive verb's agent, the name right after it ('"…," said Jo Bloggs'), its
subjects (`subjects`) with the person named right before the verb first, the name
before it when the parser gave it no subject; and whether its own clause names
that speaker or it is only the nearest subject before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...models import Actor, ActorKind
from ..mentions import read_as_an_adverb
from ..patterns import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    SOURCE_NOUNS,
    UNNAMED_PERSON_NOUNS,
    WORD_DASHES,
)
from ..personnames import is_agent_noun, tag_opening
from ..roles import is_title_word
from ..sentences import split_dateline
from ..speechverbs import (
    after_preposition,
    is_listener,
    name_head,
    preposition_of,
)
from .named_in_phrase import _NamedInPhrase
from .subjects import _Subjects
from .words import (
    _ADDRESSING_VERBS,
    _EVIDENCE_VERBS,
    _NOUNS,
    _ORGANIZATION,
    _PERSON,
    _SPOKESPEOPLE,
    _SUBJECT_DEPS,
    _a_person_noun,
    _indefinite,
    _whose_voice,
)

#: Where the parser puts the speaker written after its verb ('said the minister').
_INVERTED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
#: Who speaks for the one a phrase after them names ("a spokeswoman for Jo Bloggs").
_SPEAKING_FOR = _SPOKESPEOPLE | {"representative"}
#: Most words of an aside set off by commas between a name and its speech verb.
_ASIDE_MAX_TOKENS = 20


@dataclass(frozen=True)
class _VerbSpeaker:
    """The speaker a speech verb names, and whether its own clause names it."""

    actor: Actor | None
    structural: bool


class _VerbSpeakers(_Subjects, _NamedInPhrase):
    """The speaker a speech verb (or "according to") names."""

    def _after(self, para: int, verb: Token, before: int) -> Actor | None:
        """'…," added Smith': the actor named after the verb, in the phrase up
        to the next punctuation; a person before an organisation before a place
        ("tweeted Mayor of London Jo Bloggs", "said study co-author Jo Bloggs").
        A participle's words after it are its complement, not its speaker
        ("Speaking in Brussels, …"), and a place after a preposition is where,
        not who ("said at a rally in Leeds")."""
        doc = verb.doc
        found: list[Actor] = []
        if verb.tag_ == "VBG":
            return None
        for token in doc[verb.i + 1 : verb.sent.end]:
            inner_dash = token.text in WORD_DASHES and token.whitespace_ == ""
            if (token.is_punct and not inner_dash) or not self._outside(para, token):
                break
            if token.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS and not found:
                return self.noun_phrase(para, token, before)
            if is_listener(token) or _a_possessor(token):
                continue  # "called Jo Bloggs's plan "…"": whose, not who
            actor = self.index.actor_at(para, token.i)
            if actor is None and (token.pos_ == "PROPN" or (token.is_title and token.is_alpha)):
                # a surname the tagger took for another word ("said Skelly", an adverb)
                actor = self.index.person_named(token.text, before)
            if actor is not None and actor.kind is ActorKind.PLACE and _describes_someone(token):
                continue  # "added a Florida Democrat": where the speaker is from, not who
            if actor is not None and _at_an_occasion(token):
                continue  # "said at a recent POLITICO event": whose event, not who spoke
            if actor is not None and not (actor.kind is ActorKind.PLACE and after_preposition(token)):
                found.append(actor)
        if not found:
            # '…," read the statement' / 'said the minister': the noun after the verb
            for token in verb.children:
                inverted = token.i > verb.i and token.dep_ in _INVERTED_DEPS and token.pos_ in _NOUNS
                if inverted and self._outside(para, token) and not is_listener(token):
                    return self.noun_phrase(para, token, before)
        return _best_speaker(found)

    def _person_before_verb(
        self, para: int, verb: Token, subjects: list[Token] | None, before: int
    ) -> Actor | None:
        """The person named right before the verb, inside its subject phrase
        ("Longtime X in the Morning writer Jo Bloggs tweeted", however the
        parser hangs the words): the last word of a subject phrase is its head.
        With `subjects` None (the parser gave the verb none), wherever the
        parser hangs the name."""
        i = verb.i - 1
        surname: Actor | None = None
        while i >= verb.sent.start and verb.doc[i].dep_ in {"advmod", "aux", "neg"}:
            surname = self._surname_read_as_adverb(verb.doc[i], before)
            if surname is not None:
                break  # "Skelly called Braynard "…"": the speaker, not an adverb
            i -= 1  # "Jo Bloggs also said", "Jo Bloggs has written"
        if subjects is None and i > verb.sent.start and verb.doc[i].text == ")":
            opening = tag_opening(verb.doc, i, verb.sent.start)
            if opening is not None:
                i = opening - 1  # "Sen. Jo Bloggs (D-MA) said": the name before the party and state
        if subjects is None and i > verb.sent.start and verb.doc[i].text == ",":
            i = self._before_aside(para, verb, i)  # "Jo Bloggs, asked about it, had said"
        if i < verb.sent.start or not self._outside(para, verb.doc[i]):
            return None
        token = verb.doc[i]
        while token.dep_ == "conj" and token.head.i < token.i and self._a_person_at(para, token.head):
            token = token.head  # "Smith and Biggs wrote": the first of them, as with two subjects
        actor = self.index.actor_at(para, token.i) or (surname if token.i == i else None)
        if actor is None or actor.kind is not ActorKind.PERSON:
            return None
        if subjects is None:
            # "sent a letter to Jo Bloggs demanding …": the one written to did not speak
            return None if is_listener(token) else actor
        holding = [s for s in subjects if s.left_edge.i <= i <= s.right_edge.i]
        if any(_indefinite(s) and _a_person_noun(s) and self._named_in(para, s) != actor for s in holding):
            return None  # "a person close to Jo Bloggs said": someone new (noun_phrase)
        if any(self._someone_of(para, token, s, actor) for s in holding):
            return None  # "one of the prosecutors for Jo Bloggs said": not Bloggs
        return actor if holding else None

    def _surname_read_as_adverb(self, token: Token, before: int) -> Actor | None:
        """The person a capitalised word the tagger took for an adverb names: a surname
        ending like one ("Skelly", "Kelly") of a person named earlier in the article."""
        if not read_as_an_adverb(token) or not token.is_alpha:
            return None
        return self.index.person_named(token.text, before)

    def _before_aside(self, para: int, verb: Token, comma: int) -> int:
        """For the comma closing an aside right before the verb ("Jo Bloggs, asked about
        it, had said", "Jo Bloggs, 70, said", "Jo Bloggs, the club's president, said", "Jo
        Bloggs, who …, said"), the last word before the aside's opening comma (and before
        an adverb set off before it: ", meanwhile,") when the aside is a participle's
        clause, an age, a description of that word or a relative clause; else `comma`
        itself (no name there)."""
        doc = verb.doc
        start = max(verb.sent.start, comma - _ASIDE_MAX_TOKENS)
        opening = next((k for k in range(comma - 1, start - 1, -1) if doc[k].text == ","), None)
        if opening is None or opening + 1 >= comma or not self._outside(para, doc[opening]):
            return comma
        first = doc[opening + 1]
        participle = first.tag_ in {"VBN", "VBG"} or (first.tag_ == "VBD" and first.dep_ in {"advcl", "acl"})
        age = opening + 2 == comma and first.like_num  # "Jo Bloggs, 70, said"
        # "Jo Bloggs, the club's president, suggested" with the name hung on a phrase before it
        described = any(t.dep_ == "appos" and t.head.i == opening - 1 for t in doc[opening + 1 : comma])
        relative = first.tag_ in {"WP", "WP$"}  # "Jo Bloggs, who sits on the board, said"
        if not (participle or age or described or relative) or not _marks_paired(doc[opening:comma]):
            return comma
        word = opening - 1
        if word - 1 > start and doc[word].pos_ == "ADV" and doc[word - 1].text == ",":
            return word - 2  # "Jo Bloggs, meanwhile, who …, said"
        return word

    def _someone_of(self, para: int, name: Token, subject: Token, actor: Actor) -> bool:
        """True when the name is, inside the subject's phrase, the whole object of a
        preposition after a noun for someone else ("one of the prosecutors for Jo
        Bloggs", "a lawyer for Jo Bloggs"): that someone is the subject, not the
        one named. Not "Secretary of State Jo Bloggs" or "ambassador to China Jo
        Bloggs", whose object holds more than the name; a spokesperson or
        representative for someone speaks for them."""
        node = name_head(name)
        while node.i != subject.i and node.head.i != node.i:
            if node.dep_ == "pobj" and node.head.lower_ in {"for", "of", "to"}:
                words = node.doc[node.left_edge.i : node.i + 1]
                holder = node.head.head
                whole = all(self.index.actor_at(para, t.i) is actor for t in words)
                if whole and (
                    holder.lower_ == "one"
                    or (_a_person_noun(holder) and holder.lemma_.lower() not in _SPEAKING_FOR)
                ):
                    return True
            node = node.head
        return False

    def _named_before(self, para: int, verb: Token) -> Actor | None:
        """'…, Jo Bloggs, said' parsed without a subject: the person or
        organisation named right before the verb."""
        i = verb.i - 1
        while i >= verb.sent.start and verb.doc[i].text in {",", "—", "–"}:
            i -= 1
        if i < verb.sent.start or not self._outside(para, verb.doc[i]) or is_listener(verb.doc[i]):
            return None
        actor = self.index.actor_at(para, i)
        return actor if actor is not None and actor.kind is not ActorKind.PLACE else None

    def from_verb(self, para: int, verb: Token, before: int) -> Actor | None:
        """The speaker of a speech verb (or of "according to")."""
        return self.verb_speaker(para, verb, before).actor

    def verb_speaker(self, para: int, verb: Token, before: int) -> _VerbSpeaker:
        """The speaker of a speech verb, and whether the sentence structure names
        it (subject, agent, object of "according to", name after the verb) or it
        is only the nearest subject before a verb that has none of its own."""
        doc = verb.doc
        if verb.lower_ == "according":
            for child in verb.subtree:
                if child.dep_ == "pobj" and self._outside(para, child):
                    source = self.noun_phrase(para, child, before) or self._named_after_noun(para, child)
                    return _VerbSpeaker(source, True)
            if verb.i + 2 < len(doc):
                return _VerbSpeaker(self.noun_phrase(para, doc[verb.i + 2], before), True)
            return _VerbSpeaker(None, True)
        agent = self._agent(para, verb)
        if agent is not None:
            # "X was criticised by campaigners": whoever the agent is, X did not speak
            return _VerbSpeaker(self.noun_phrase(para, agent, before), True)
        inverted = self._named_right_after(para, verb)
        if inverted is not None:
            return _VerbSpeaker(inverted, True)
        subjects = self._subjects(para, verb)
        structural = bool(subjects)
        addressed = verb.lemma_.lower() in _ADDRESSING_VERBS and any(
            c.dep_ == "nsubjpass" for c in verb.children
        )
        if not subjects and addressed:
            return _VerbSpeaker(None, True)  # "X was advised by aides that …": X listened, no actor spoke
        noun = self._infinitive_subject(para, verb) if not subjects else None
        if noun is not None:
            # "all it took was one person to say, "…"": the noun the infinitive is about
            return _VerbSpeaker(self.noun_phrase(para, noun, before), True)
        if not subjects:
            # "…, White House spokeswoman Jo Bloggs said:" with the name hung on a
            # preposition before it: the person right before the verb, not a farther subject
            adjacent = self._person_before_verb(para, verb, None, before)
            if adjacent is not None:
                return _VerbSpeaker(adjacent, True)
            nearest = self._nearest_subject(para, verb)
            subjects = [nearest] if nearest is not None else []
        # the wire dateline the parser made a subject is where, not who: its apposition,
        # if any, is the subject ("WASHINGTON -- President Obama, …, said")
        subjects = [
            s
            for s in map(_past_the_dateline, subjects)
            if s is not None and self._outside(para, s) and not is_listener(s)
        ]
        subjects = _inverted_subjects(verb, subjects)
        if not subjects:
            named = self._named_before(para, verb)
            if named is not None:
                return _VerbSpeaker(named, True)
        if subjects:
            # "Niger's president Mahamadou Issoufou said": the parser may give the
            # verb two subjects, the description and the name; the named speaker wins
            adjacent = self._person_before_verb(para, verb, subjects, before)
            if adjacent is not None:
                return _VerbSpeaker(adjacent, structural)
            found = [a for s in subjects for a in [self.noun_phrase(para, s, before)] if a is not None]
            return _VerbSpeaker(_best_speaker(found), structural)
        return _VerbSpeaker(self._after(para, verb, before), True)

    def _infinitive_subject(self, para: int, verb: Token) -> Token | None:
        """The noun right before "to" of an infinitive speech verb with no
        subject of its own ("one person to say", "for the court to declare"):
        whom the infinitive is about."""
        to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
        if to is None or to.i != verb.i - 1 or to.i == 0:
            return None
        noun = verb.doc[to.i - 1]
        return noun if noun.pos_ in {"NOUN", "PROPN"} and self._outside(para, noun) else None

    def _named_right_after(self, para: int, verb: Token) -> Actor | None:
        """'"…," said Jo Bloggs, deputy editor at PC Pro. …, he said.': the
        person named right after a bare speech verb with no subject of its own,
        when the parser, misled by a period inside the phrase, hangs the name
        on another verb and this one on that verb's clause."""
        doc = verb.doc
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        # "Any reading of it, said Jo Bloggs, an expert, would …": set off by commas, with
        # the parser's subject a thing
        set_off = verb.i > 0 and doc[verb.i - 1].text == "," and all(self._a_thing(para, s) for s in subjects)
        if verb.i + 1 >= len(doc) or (subjects and not set_off):
            return None
        if verb.i == 0 or not (doc[verb.i - 1].is_quote or set_off):
            return None  # only the inverted attribution right after a closing mark or set off
        if verb.lemma_.lower() in _ADDRESSING_VERBS:
            return None  # '"…," told Jo Bloggs': the one told
        actor = self.index.actor_at(para, verb.i + 1)
        if actor is None or actor.kind is not ActorKind.PERSON:
            return None
        end = self._mention_end(para, verb.i + 1, actor)
        if set_off and (end >= len(doc) or doc[end].text != ","):
            return None  # ", said Jo Bloggs's lawyer": someone of Bloggs's
        # '“honest” describes Jo Bloggs': the verb's own object, not its speaker
        return None if doc[verb.i + 1 : end].root.head.i == verb.i else actor

    def _named_after_noun(self, para: int, noun: Token) -> Actor | None:
        """'according to his aunt, Jo Bloggs, "…"': the person named right after the
        common noun and its comma, however the parser hangs the name."""
        doc = noun.doc
        i = noun.i + 1
        if noun.pos_ != "NOUN" or i >= len(doc) or doc[i].text != ",":
            return None
        # set off by a second comma, not the subject of the main clause ("According to
        # reports, Jo Bloggs beat …")
        return self._person_set_off(para, i + 1)

    def subject_is_no_actor(self, para: int, verb: Token) -> bool:
        """True when the verb's subject speaks but names no actor: a common noun ("a
        witness said", "its source said": an anonymous speaker), or a proper name of the
        verb's own that no actor has (one the recogniser missed or took for something else)."""
        subject = self._subject(para, verb)
        if subject is None or not self._outside(para, subject):
            return False
        if subject.pos_ == "NOUN":
            # "a witness said", "officials say"; a fact a verb of showing reports is no
            # speaker ("that mobility remains low suggests "…"", "that fact speaks volumes")
            word = subject.lemma_.lower()
            evidence = verb.lemma_.lower() in _EVIDENCE_VERBS | {"speak"} and not (
                is_title_word(subject) or is_agent_noun(subject) or word in UNNAMED_PERSON_NOUNS
            )
            agent = any(c.dep_ == "agent" for c in verb.children)
            voice_of = _whose_voice(subject) if word in _SPOKESPEOPLE else None
            unknown = voice_of is not None and voice_of.pos_ == "PROPN"  # "a spokesman for Bloggs"
            return unknown or (not evidence and word not in SOURCE_NOUNS and not agent)
        return (
            subject.pos_ == "PROPN"
            and subject.head.i == verb.i
            and self.noun_phrase(para, subject, self.parsed.offset(para, subject)) is None
        )


def _marks_paired(words: Span) -> bool:
    """True when the words hold no quote mark, or only whole quoted words ("wearing
    “Ted Cruz” pins"): no quotation opened or closed there."""
    marks = [t for t in words if t.is_quote]
    return len(marks) % 2 == 0 and all(
        opening.i < closing.i - 1 and opening.whitespace_ == "" and closing.nbor(-1).whitespace_ == ""
        for opening, closing in zip(marks[::2], marks[1::2], strict=True)
    )


def _describes_someone(token: Token) -> bool:
    """A name modifying a noun for a person ("a Florida Democrat", "an Iowa
    Republican", "the Ohio senator"), not heading its own phrase."""
    head = token.head
    while token.dep_ == "compound" and head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "a New York City councillor"
    return (
        token.dep_ in {"compound", "amod", "nmod"}
        and head.i > token.i
        and head.pos_ in _NOUNS
        and (_a_person_noun(head) or head.ent_type_ == "NORP")
    )


def _a_possessor(token: Token) -> bool:
    """A word of a possessor's name ("Jo Bloggs's plan")."""
    return name_head(token).dep_ == "poss"


def _inverted_subjects(verb: Token, subjects: list[Token]) -> list[Token]:
    """'X has been "…," said a source': the parser gave the verb the quoted clause's subject
    too; with a subject after the verb and a quote mark between an earlier one and the verb,
    the attribution is inverted and only the subjects after the verb speak (an unnamed one
    names no one)."""
    after = [s for s in subjects if s.i > verb.i]
    if not after or len(after) == len(subjects):
        return subjects
    first = min(s.i for s in subjects)
    if not any(t.is_quote for t in verb.doc[first : verb.i]):
        return subjects
    return after


def _best_speaker(found: list[Actor]) -> Actor | None:
    """The first person among candidate speakers, else the first organisation,
    else the first candidate."""
    for kinds in (_PERSON, _ORGANIZATION):
        for actor in found:
            if actor.kind in kinds:
                return actor
    return found[0] if found else None


def _past_the_dateline(subject: Token) -> Token | None:
    """The subject, unless it is a word of the wire dateline that opens the paragraph
    ("WASHINGTON (Reuters) -"), which the parser may make the subject of the first verb:
    then the name it set in apposition to it after the dateline, if any."""
    dateline, _ = split_dateline(subject.doc.text)
    if subject.idx >= len(dateline):
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.idx >= len(dateline)), None)


def _at_an_occasion(token: Token) -> bool:
    """A word of the object of "at" or "during" ("said at a POLITICO event", "during a CNN
    interview"): where or when the words were said."""
    preposition = preposition_of(token)
    return preposition is not None and preposition.lower_ in {"at", "during"}
