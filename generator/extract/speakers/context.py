"""The speaker a quote with no attribution of its own takes from what comes before
it: the quote it continues, a sentence right before that only attributes ("Jo
Bloggs says."), the speaker or subject of the sentence before (of the paragraph
before, for a quote that opens its paragraph).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...models import Actor, ActorKind
from ..paragraphs import Paragraph
from ..patterns import (
    CONTINUATION_MAX_GAP,
    SPEECH_VERBS,
)
from ..quotemarks import QuoteSpan
from .own_speaker import _speech_verbs
from .resolver import _Resolver
from .words import _SUBJECT_DEPS, _a_speech_lemma

#: Past forms of speech verbs that `_a_speech_lemma` cannot undo ("Said Jo Bloggs:").
_IRREGULAR_SPEECH_FORMS = frozenset({"said", "told", "wrote", "spoke", "read"})
#: Marks that end a sentence, before an aside in brackets that opens the next.
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _bare_attribution_before(resolver: _Resolver, para: int, quote: Span, before: int) -> Actor | None:
    """The speaker of the sentence right before the quote's, in its paragraph, when that
    sentence only attributes: its root a speech verb with a subject and nothing said
    of its own (no clause, object or quote: "Jo Bloggs says.", "Or maybe so, Jo
    Bloggs says.")."""
    sent = quote[0].sent
    if sent.start == 0:
        return None
    previous = quote.doc[sent.start - 1].sent
    root = previous.root
    if root.lemma_.lower() not in SPEECH_VERBS or root.pos_ != "VERB":
        return None
    if any(t.is_quote for t in previous) or any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in root.children):
        return None
    if not any(c.dep_ in _SUBJECT_DEPS for c in root.children):
        return None
    actor = resolver.from_verb(para, root, before)
    return actor if actor is not None and actor.kind is not ActorKind.PLACE else None


def _previous_subject(resolver: _Resolver, para: int, quote: Span, before: int) -> Actor | None:
    """The speaker or subject of the sentence before the quote's; for a quote
    that opens its paragraph (its first word the paragraph's, after the mark),
    of the last sentence of the paragraph before ("X spoke to reporters on
    Monday.\n\n"…"")."""
    sent = quote[0].sent
    introducing = False  # a line ending in a colon: its main clause names who speaks next
    if sent.start > 0:
        previous = _sentence_before_an_aside(quote.doc, sent.start)
    elif quote.start <= 1 and para > 0 and _leads_on(resolver.parsed.paragraphs[para - 1]):
        introducing = not resolver.parsed.paragraphs[para - 1].is_prose
        para -= 1
        doc = resolver.parsed.docs[para]
        previous = _sentence_before_an_aside(doc, len(doc))
    else:
        return None
    if introducing:
        inverted = _inverted_label(resolver, para, previous)
        if inverted is not None:
            return inverted
    # "Strong winds hit the coast, Jo Bloggs said, adding …. "…"": the speaker of
    # the sentence before, when it reports speech, before its grammatical subject
    # the main clause's verb first: "When X asked Y about it, Y said the following."
    verbs = sorted(_speech_verbs(resolver, para, list(previous)), key=lambda v: v.dep_ != "ROOT")
    for verb in verbs:
        actor = resolver.from_verb(para, verb, before)
        if actor is not None and actor.kind in {ActorKind.PERSON, ActorKind.ORGANIZATION}:
            return actor
    for token in previous:
        if introducing and token.head.i != previous.root.i:
            continue  # "When Jo died, Ann Smith released the following statement:": not Jo
        if (
            token.dep_ in _SUBJECT_DEPS
            and resolver._outside(para, token)
            and not resolver._a_thing(para, token)
        ):
            # not a thing a name only qualifies ("the oversized Trump face hasn't hurt interest")
            actor = resolver.noun_phrase(para, token, before)
            if actor is not None and actor.kind in {ActorKind.PERSON, ActorKind.ORGANIZATION}:
                return actor
    return None


def _sentence_before_an_aside(doc: Doc, end: int) -> Span:
    """The sentence that ends before token `end`, or the one before the aside in round
    brackets that ends there ("X spoke about the case. (The law requires …. It also
    bans ….)")."""
    last = doc[end - 1].sent
    while end > 0 and doc[end - 1].is_space:
        end -= 1
    if end == 0 or doc[end - 1].text != ")":
        return last
    depth = 0
    for token in reversed(doc[:end]):
        depth += token.text == ")"
        depth -= token.text == "("
        if depth == 0:
            opened = token.i
            break
    else:
        return last
    if opened == 0 or (not doc[opened].is_sent_start and doc[opened - 1].text not in _SENTENCE_ENDS):
        return last  # brackets inside the sentence ("… on Monday (local time).")
    return doc[opened - 1].sent


def _inverted_label(resolver: _Resolver, para: int, line: Span) -> Actor | None:
    """The person or body of a line that opens with its speech verb ("Stated Jo
    Bloggs:", "Said Acme:"), which the parser reads as one name."""
    first = line[0]
    if not (_a_speech_lemma(first) or first.lower_ in _IRREGULAR_SPEECH_FORMS) or len(line) < 2:
        return None
    actor = resolver.index.actor_at(para, line[1].i)
    return actor if actor is not None and actor.kind is not ActorKind.PLACE else None


def _leads_on(paragraph: Paragraph) -> bool:
    """A paragraph whose last sentence may introduce the next one's quote: prose,
    or a line ending in a colon ("Dr. Jo Bloggs stated:")."""
    return paragraph.is_prose or paragraph.text.rstrip().endswith(":")


def _named_in_between(resolver: _Resolver, para: int, previous: QuoteSpan, quote: Span) -> Actor | None:
    """The person a name as subject brings in, in the sentence right before the quote and
    after the previous quote ('"…," Gorka said.\n\nJohn Bolton distanced himself from
    it. "…"'): the words that follow are that person's, not the last speaker's. A
    subject that only describes someone ("Her husband, Tom, died.") brings in no one."""
    sent = quote[0].sent
    if sent.start == 0:
        return None
    before = quote.doc[sent.start - 1].sent
    if resolver.parsed.offset(para, before[0]) < previous.end or any(t.is_quote for t in before):
        return None
    for token in before:
        if token.dep_ in _SUBJECT_DEPS and token.pos_ == "PROPN" and token.head.i == before.root.i:
            actor = resolver.index.actor_at(para, token.i)
            return actor if actor is not None and actor.kind is ActorKind.PERSON else None
    return None


def _previous_speaker(spans: list[QuoteSpan], speakers: list[Actor | None], n: int) -> Actor | None:
    """The speaker of the quote just before, when this one continues it."""
    span = spans[n]
    for m in range(n - 1, -1, -1):
        if spans[m].group == span.group and speakers[m] is not None:
            return speakers[m]
    if n == 0:
        return None
    previous = spans[n - 1]
    close = span.start - previous.end <= CONTINUATION_MAX_GAP
    if close and span.paragraph - previous.paragraph <= 1:
        return speakers[n - 1]
    return None
