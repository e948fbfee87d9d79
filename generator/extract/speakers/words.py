"""What a word of the sentence says by itself, read by more than one part of the
speaker resolution: whether a noun is definite, indefinite or a person's, a title's
office, whose voice a spokesperson is, whether a verb is a speech verb's form; and
the word sets those parts share.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import ActorKind
from ..patterns import (
    FEMALE_NOUNS,
    MALE_NOUNS,
    PHRASAL_SPEECH_VERBS,
    SPEECH_VERBS,
    UNNAMED_PEOPLE_NOUNS,
    UNNAMED_PERSON_NOUNS,
)
from ..roles import is_title_word

_PERSON = frozenset({ActorKind.PERSON})
_ORGANIZATION = frozenset({ActorKind.ORGANIZATION})
_PLURAL_PRONOUNS = frozenset({"they", "we"})
#: Speech verbs that also say what a fact shows ("that mobility stays low suggests "…"",
#: "the deals pointed to "…"").
_EVIDENCE_VERBS = frozenset({"suggest", "show", "indicate", "mean", "point"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Verbs by which someone comes by a document another wrote ("a letter seen by Reuters",
#: "Jo Bloggs received a letter").
_ACCESS_VERBS = frozenset(
    {"see", "obtain", "review", "receive", "examine", "view", "acquire", "get", "watch", "hear", "find"}
)
#: Speech verbs whose passive subject is the one spoken to or of ("was told", "was accused").
_ADDRESSING_VERBS = frozenset(
    {"tell", "inform", "warn", "assure", "advise", "brief", "remind", "ask", "urge", "accuse"}
)
_NOUNS = frozenset({"NOUN", "PROPN"})
#: Those who speak for an organisation without being named.
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: Nouns for a person a wire cites without a name ("a source close to the inquiry told Reuters").
_SOURCE_NOUNS = frozenset({"source", "insider"})
#: Nouns for someone a source may leave unnamed, besides title words.
_PERSON_NOUNS = (
    UNNAMED_PERSON_NOUNS
    | UNNAMED_PEOPLE_NOUNS  # "said a Trump supporter": someone unnamed, not Trump
    | MALE_NOUNS
    | FEMALE_NOUNS
    | _SOURCE_NOUNS
    | {"staffer", "anchor"}
)
#: Source nouns for words said back to someone: whose they are is named with them
#: ("Kell's answer was …"), never the organisation last named.
_REPLIES = frozenset({"response", "answer", "reply", "remark", "comment"})


def _by_its_author(clause: Token) -> bool:
    """A passive clause on a document that names who made or issued it ("the
    decree signed by X", "a statement released by X"), not who got hold of it
    ("a letter seen by Reuters", "a memo obtained by the Gazette")."""
    return clause.lemma_.lower() not in _ACCESS_VERBS and any(c.dep_ == "agent" for c in clause.children)


def _whose_voice(token: Token) -> Token | None:
    """The object of "for" or "of" on a noun for someone's voice, which says whose it
    is ("a spokesman for Bloggs", "a spokeswoman of Acme", "a spokesman for the buyer")."""
    return next(
        (
            obj
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in {"for", "of"}
            for obj in prep.children
            if obj.dep_ == "pobj"
        ),
        None,
    )


def _a_person_noun(token: Token) -> bool:
    """A noun that says a person ("executive", "friend", "woman"), not a thing
    ("a survey by Jo Bloggs", "an interview with Jo Bloggs")."""
    return is_title_word(token) or token.lemma_.lower() in _PERSON_NOUNS


def _indefinite(token: Token) -> bool:
    """A noun that brings in someone new: "a ...", "another ...", "one ..."."""
    return any(
        (c.dep_ == "det" and c.lower_ in {"a", "an", "another"}) or (c.dep_ == "nummod" and c.lower_ == "one")
        for c in token.children
    )


def _definite(token: Token) -> bool:
    """A noun that refers back: "the ...", "this ...", "that ..."."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)


def _a_speech_verb(token: Token) -> bool:
    """A verb (or auxiliary) of a speech verb's lemma (`_a_speech_lemma`)."""
    return _a_speech_lemma(token) and token.pos_ in {"VERB", "AUX"}


_PARTICLE_DEPS = frozenset({"prt", "advmod"})


def _a_speech_lemma(token: Token) -> bool:
    """A speech verb's form, also when capitalised in a title-cased text ("Murphy
    … Tweeted on Friday", whose lemma the lemmatiser leaves as written) or when the
    lemmatiser takes it for another verb ("sniped" -> "snip"), or a verb that reports
    words with its particle ("fired back", `PHRASAL_SPEECH_VERBS`)."""
    lemma = token.lemma_.lower()
    if lemma in SPEECH_VERBS:
        # "X will continue to be "…"": going on with something, not with words
        going_on = lemma == "continue" and any(c.dep_ == "xcomp" for c in token.children)
        # "was shouted down by X": silenced, not said
        silenced = any(c.lower_ == "down" and c.dep_ == "prt" for c in token.children)
        return not (going_on or silenced)
    particle = PHRASAL_SPEECH_VERBS.get(lemma)
    if particle is not None and any(
        c.lower_ == particle and c.dep_ in _PARTICLE_DEPS for c in token.children
    ):
        return True
    if token.pos_ == "VERB" and any(_inflected_speech_verb(token.lower_, end) for end in ("ed", "es")):
        return True  # "sniped", "griped": lemmatised as "snip", "grip"
    return token.text[:1].isupper() and _inflected_speech_verb(token.lower_, "ed")


def _inflected_speech_verb(word: str, ending: str) -> bool:
    """A speech verb with an ending the lemmatiser did not take off ("tweeted", "notes"):
    the word less its last letter or two ("noted" -> note, "tweeted" -> tweet)."""
    return word.endswith(ending) and bool({word[:-1], word[:-2]} & SPEECH_VERBS)


def _office(title: Token) -> str | None:
    """The word of a title's "of" complement ("secretary of [state]",
    "minister of [health]"), lowercased; None without one."""
    for prep in title.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj.lower_
    return None
