"""The candidate speakers of each quote, and what each looks like as numbers.

Pure: the parsed article, its actor index, the quote spans and the rules'
picks (`speakers.rule_picks`) in; for each quote, the people and
organisations the extraction could name as its speaker, each with a feature
vector, out. The learned ranker (`speaker_model.py`) weighs these;
`FEATURES` names them in order. Every feature is a general news signal:

- what the rules said: the candidate is their pick, and how they found it
  (a speech verb's clause, a fallback subject, the introducing clause, the
  quote before, the sentence before);
- where the candidate is named: in the quote's sentence, the sentence before
  or after, the paragraph, the paragraph before; inside the quote marks
  (a speaker seldom names themself); how far from the quote;
- how it is named: subject or passive agent of a speech verb, object of
  "according to", in apposition to such a subject, owner of a statement;
- who it is: a person or an organisation, how often and how early the
  article names it, the last person named before the quote, the previous
  quote's speaker, a platform or outlet the words went out on.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..models import Actor, ActorKind
from .actors import ActorIndex
from .namekinds import is_medium
from .parsed import ParsedArticle
from .patterns import SOURCE_NOUNS, SPEECH_VERBS
from .quotemarks import QuoteSpan
from .speakers import CLAUSE, CONTINUED, FALLBACK, PREVIOUS, VERB, RulePick

_SPEAKER_KINDS = frozenset({ActorKind.PERSON, ActorKind.ORGANIZATION})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_INVERTED_DEPS = frozenset({"dobj", "attr"})

#: Feature names, in the order of each candidate's vector.
FEATURES: tuple[str, ...] = (
    "rules_pick",
    "rules_verb",
    "rules_fallback",
    "rules_clause",
    "rules_continued",
    "rules_previous",
    "person",
    "organization",
    "same_sentence",
    "previous_sentence",
    "next_sentence",
    "same_paragraph",
    "previous_paragraph",
    "inside_quote",
    "log_distance",
    "named_before",
    "speech_subject",
    "according_to",
    "subject_apposition",
    "source_owner",
    "main_subject",
    "last_person",
    "previous_speaker",
    "log_mentions",
    "in_lead",
    "medium",
)


@dataclass(frozen=True)
class SpeakerCandidate:
    """One actor that may have said a quote, with its features (FEATURES order)."""

    actor: Actor
    features: tuple[float, ...]


@dataclass(frozen=True)
class QuoteCandidates:
    """One quote's span, the rules' pick and the candidate speakers."""

    span: QuoteSpan
    pick: RulePick
    candidates: tuple[SpeakerCandidate, ...]


def _is_speech_verb(token: Token) -> bool:
    return token.lemma_.lower() in SPEECH_VERBS and token.pos_ in {"VERB", "AUX"}


def _relations(root: Token) -> tuple[bool, bool, bool, bool]:
    """Whether a name's head word is the speaker of a speech verb (subject,
    passive agent, or named after it), the object of "according to", in
    apposition to a speech verb's subject, or the owner of a statement."""
    head = root.head
    speech = (root.dep_ in _SUBJECT_DEPS | _INVERTED_DEPS and _is_speech_verb(head)) or (
        root.dep_ == "pobj" and head.dep_ == "agent" and _is_speech_verb(head.head)
    )
    according = root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"
    apposition = root.dep_ == "appos" and head.dep_ in _SUBJECT_DEPS and _is_speech_verb(head.head)
    owner = root.dep_ == "poss" and head.lemma_.lower() in SOURCE_NOUNS
    return speech, according, apposition, owner


@dataclass
class _Signals:
    """What the mentions of one candidate near one quote show (accumulated)."""

    same_sentence: bool = False
    previous_sentence: bool = False
    next_sentence: bool = False
    same_paragraph: bool = False
    previous_paragraph: bool = False
    inside_quote: bool = False
    distance: int | None = None
    named_before: bool = False
    speech_subject: bool = False
    according_to: bool = False
    subject_apposition: bool = False
    source_owner: bool = False
    main_subject: bool = False


@dataclass(frozen=True)
class _Article:
    """Per-actor facts of the whole article (by actor number)."""

    counts: dict[int, int]
    lead: set[int]
    media: set[int]
    number: dict[int, int]


def _sentence_bounds(parsed: ParsedArticle, span: QuoteSpan) -> tuple[Span, Span] | None:
    tokens = parsed.quote_tokens(span)
    if tokens is None or len(tokens) == 0:
        return None
    return tokens[0].sent, tokens[-1].sent


def candidates_of(
    parsed: ParsedArticle, index: ActorIndex, spans: Sequence[QuoteSpan], picks: Sequence[RulePick]
) -> tuple[QuoteCandidates, ...]:
    """Each quote's candidate speakers: the people and organisations named in
    its paragraph or the one before, the rules' pick and the rules' pick for
    the quote before, with their features."""
    counts: dict[int, int] = {}
    lead: set[int] = set()
    media: set[int] = set()
    for m, a in zip(index.mentions, index.mention_actor, strict=True):
        if a is not None:
            counts[a] = counts.get(a, 0) + 1
            if m.para == 0:
                lead.add(a)
            if m.end - m.start == 1 and is_medium(parsed.docs[m.para][m.start]):
                media.add(a)
    number = {id(actor): n for n, actor in enumerate(index.actors)}
    out: list[QuoteCandidates] = []
    for n, (span, pick) in enumerate(zip(spans, picks, strict=True)):
        previous = picks[n - 1].actor if n > 0 else None
        out.append(
            QuoteCandidates(
                span,
                pick,
                _quote_candidates(parsed, index, span, pick, previous, _Article(counts, lead, media, number)),
            )
        )
    return tuple(out)


def _quote_candidates(
    parsed: ParsedArticle,
    index: ActorIndex,
    span: QuoteSpan,
    pick: RulePick,
    previous: Actor | None,
    known: _Article,
) -> tuple[SpeakerCandidate, ...]:
    number = known.number
    bounds = _sentence_bounds(parsed, span)
    para = span.paragraph
    signals: dict[int, _Signals] = {}
    last_person: int | None = None
    for m, a in zip(index.mentions, index.mention_actor, strict=True):
        if a is None:
            continue
        actor = index.actors[a]
        if actor.kind is ActorKind.PERSON and m.char < span.start and not m.in_quote:
            last_person = a
        if actor.kind not in _SPEAKER_KINDS or m.para not in {para, para - 1}:
            continue
        s = signals.setdefault(a, _Signals())
        inside = span.start <= m.char < span.end
        s.inside_quote |= inside
        if inside or m.in_quote:
            continue
        s.same_paragraph |= m.para == para
        s.previous_paragraph |= m.para == para - 1
        gap = span.start - m.char if m.char < span.start else m.char - span.end
        s.distance = gap if s.distance is None else min(s.distance, gap)
        s.named_before |= m.char < span.start
        s.main_subject |= m.salience >= 2
        doc = parsed.docs[m.para]
        root = doc[m.start : m.end].root
        near = False
        if bounds is not None:
            first, last = bounds
            if m.para == para:
                same = first.start <= m.start < last.end
                before = first.start > 0 and doc[first.start - 1].sent.start <= m.start < first.start
                after = last.end < len(doc) and last.end <= m.start < doc[last.end].sent.end
                s.same_sentence |= same
                s.previous_sentence |= before
                s.next_sentence |= after
                near = same or before or after
            elif first.start == 0 and m.start >= doc[len(doc) - 1].sent.start:
                s.previous_sentence = True  # the last sentence of the paragraph before
                near = True
        if near:
            speech, according, apposition, owner = _relations(root)
            s.speech_subject |= speech
            s.according_to |= according
            s.subject_apposition |= apposition
            s.source_owner |= owner
    chosen = [a for a in signals if not (signals[a].inside_quote and signals[a].distance is None)]
    for extra in (pick.actor, previous):
        if extra is not None and number[id(extra)] not in chosen:
            chosen.append(number[id(extra)])
            signals.setdefault(number[id(extra)], _Signals())
    result = []
    for a in sorted(chosen):
        actor = index.actors[a]
        s = signals[a]
        is_pick = pick.actor is actor
        vector = (
            float(is_pick),
            float(is_pick and pick.source == VERB),
            float(is_pick and pick.source == FALLBACK),
            float(is_pick and pick.source == CLAUSE),
            float(is_pick and pick.source == CONTINUED),
            float(is_pick and pick.source == PREVIOUS),
            float(actor.kind is ActorKind.PERSON),
            float(actor.kind is ActorKind.ORGANIZATION),
            float(s.same_sentence),
            float(s.previous_sentence),
            float(s.next_sentence),
            float(s.same_paragraph),
            float(s.previous_paragraph),
            float(s.inside_quote),
            math.log1p(s.distance if s.distance is not None else 2000),
            float(s.named_before),
            float(s.speech_subject),
            float(s.according_to),
            float(s.subject_apposition),
            float(s.source_owner),
            float(s.main_subject),
            float(a == last_person),
            float(previous is actor),
            math.log1p(known.counts.get(a, 0)),
            float(a in known.lead),
            float(a in known.media),
        )
        result.append(SpeakerCandidate(actor, vector))
    return tuple(result)
