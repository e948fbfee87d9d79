"""Attributing each quotation to a speaker among the article's actors.

The attribution is read from the structure of the sentence(s) around the
quote, outside the quote marks. The candidate speech verbs are tried in the
order `speechverbs.rank_verbs` gives (the verb introducing the quote, then the
one whose clause holds it, then the nearest); a verb's speaker is its subject
or passive agent ("…," said X; X said: "…"; "…," added X; 'was called "…" by
X'; "quoted X as saying"), the object of "according to X", or the noun after
it ("read the statement"). A verb with no subject of its own only lends the
nearest subject before it when no verb names one; a verb whose subject is
anonymous ("a witness said") or a name no actor has (one the recogniser
missed) stops the search: no farther verb's actor spoke those words. A quote ending on a comma,
"?" or "!" inside its marks and followed by a clause of its own ('"…," Jo
Bloggs conceded') is attributed by that clause's subject, whatever its verb;
a quote introduced by a noun for words or a document ('the Jo Bloggs quote
that "…"', 'its statement: "…"') by that noun's source.

A noun phrase stands for: the person named in it (the name right before the
verb first), else an organisation named in it (never a place in it, nor a
platform the words went out on); the issuer of a statement, warning or decree
(its possessor, "issued by X", "X released a statement", or the issuer of the
same document named shortly before; "the spokeswoman" the one named with that
role, "a spokesperson" with no one named the organisation last named); a
pronoun's latest compatible person (by the gender of given names; a main
clause's subject first, "while Y wrote" counting as one) or organisation; a
title's holder ("the commissioner"), else the person who last spoke as a
subject in its paragraph ("said co-author Jo Bloggs. The Acme professor
added"); a party or a nationality ("the Ohio Democrat", "the Kenyan") the
person last named as a subject in its paragraph; "the
father"/"the mother" the latest man/woman named; "the ministry" the
organisation with that word in its name. A quote with no attribution of its
own continues the previous quote or is given to the speaker or subject of the
sentence before it (or of the paragraph before, for
a quotation that opens its paragraph).

The parts, each named for what it resolves (`resolver._Resolver` joins them):

    picks.py            rule_picks, quotes_with, attribute: each quote's speaker, in text order
    sources.py          how the rules found a speaker (VERB, FALLBACK, …) and RulePick
    own_speaker.py      the speaker a quote's own attribution names
    context.py          the speaker a quote with none takes from the quote or sentence before
    quote_shapes.py     labels, dashes, names and nouns for words around a quote
    verb_speakers.py    the speaker a speech verb names
    subjects.py         a speech verb's subjects and agent
    noun_phrases.py     the actor a noun phrase stands for
    bodies.py           the organisation, or a document's issuer, a noun stands for
    descriptions.py     the person a title or relation stands for
    pronouns.py         whom a pronoun stands for, from the sentences before it
    antecedents.py      the latest earlier mention of the right kind and salience
    named_in_phrase.py  the actors named inside a noun phrase or beside it
    core.py             the article's parse and actors, read by every part
    words.py            what a word says by itself, and the word sets the parts share
"""

from __future__ import annotations

from .picks import PULL_QUOTE_MIN_WORDS, attribute, quotes_with, rule_picks
from .sources import CLAUSE, CONTINUED, FALLBACK, NONE, PREVIOUS, SOURCES, VERB, RulePick

__all__ = [
    "CLAUSE",
    "CONTINUED",
    "FALLBACK",
    "NONE",
    "PREVIOUS",
    "PULL_QUOTE_MIN_WORDS",
    "SOURCES",
    "VERB",
    "RulePick",
    "attribute",
    "quotes_with",
    "rule_picks",
]
