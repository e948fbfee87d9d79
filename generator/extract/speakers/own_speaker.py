"""The speaker a quote's own attribution names, and how it was found: a label, a
possessive, the speech verbs in the attribution window in the order
`speechverbs.rank_verbs` gives (or the verb of one who judged the thing with the
quoted words), a name, dash or clause after it, a noun for words before it, the
subject of the clause that introduces it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Actor
from ..patterns import (
    JUDGING_VERBS,
)
from ..quotemarks import QuoteSpan
from ..quotes import judging_verb
from ..speechverbs import (
    according_to,
    attribution_window,
    puts_it,
    rank_verbs,
)
from .resolver import _Resolver
from .sources import CLAUSE, FALLBACK, NONE, VERB
from .words import _REPLIES, _a_person_noun, _a_speech_lemma, _a_speech_verb, _indefinite


def _speech_verbs(resolver: _Resolver, para: int, tokens: list[Token]) -> list[Token]:
    verbs = []
    for token in tokens:
        if not resolver._outside(para, token):
            continue
        if _a_speech_verb(token) or according_to(token) or puts_it(token):
            verbs.append(token)
    return verbs


def _judging_speaker_verb(verb: Token | None) -> Token | None:
    """The verb of the one who judged a thing with the quoted words (`judging_verb`) when it
    reports words (a speech verb or one of JUDGING_VERBS: not 'the U.S. is training groups
    as "…"', a misparse), no speech verb above it reports it in turn ('the ministry said
    it viewed the move as "…"' is the ministry's) and its subject is a name or "who"."""
    if verb is None or not (_a_speech_lemma(verb) or verb.lemma_.lower() in JUDGING_VERBS):
        return None
    if any(_a_speech_verb(above) for above in verb.ancestors):
        return None
    # a name or a relative pronoun ("Trump, who referred to …"): a personal pronoun or a
    # description ("he viewed Obama as", "the first lady had referred to") is left to the
    # other attributions of the sentence, which resolve it better
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    return verb if subject.pos_ == "PROPN" or subject.tag_ in {"WP", "WDT"} else None


def _judged_by_someone_unnamed(verb: Token | None) -> bool:
    """The verb of a judgement (`judging_verb`) by someone described but not named ('A
    friend referred to him as "…"', 'one resident described it as "…"'): the words of no
    one named."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return subject is not None and subject.pos_ == "NOUN" and _a_person_noun(subject) and _indefinite(subject)


def _own_speaker(resolver: _Resolver, span: QuoteSpan) -> tuple[Actor | None, str]:
    """The speaker named by the quote's own attribution, and how it was found:
    VERB (a speech verb's clause names it), FALLBACK (a verb lends the nearest
    subject, or names no one), CLAUSE (the subject of the introducing clause)
    or NONE (no attribution of its own)."""
    tokens = resolver.parsed.quote_tokens(span)
    if tokens is None or len(tokens) == 0:
        return None, NONE
    label = resolver.label(span.paragraph, tokens)
    if label is not None:
        labelled = resolver.labelled(span.paragraph, label)
        if labelled is not None:
            return labelled, VERB
        if label[0].pos_ == "PROPN":
            # "KEITH LERNER, CHIEF MARKET STRATEGIST …:", a name no actor has (the recogniser
            # missed it): someone speaks, not whoever spoke before
            return None, VERB
        if label[-1].lemma_.lower() in _REPLIES:
            return resolver.the_one_asked(span.paragraph, label, span.start), VERB
    owner = resolver.possessor(span.paragraph, tokens)
    if owner is not None:
        return owner, VERB
    if resolver.cried_by_no_one_named(tokens):
        return None, VERB  # "the cries of "…"": a crowd's, not whoever spoke last
    window = attribution_window(resolver.parsed.docs[span.paragraph], tokens)
    verbs = rank_verbs(_speech_verbs(resolver, span.paragraph, window), tokens)
    judge = judging_verb(tokens)
    judging = _judging_speaker_verb(judge)
    if judging is not None and judging not in verbs:
        # 'and Trump, who referred to Kim as "little rocket man,"': the one who judged
        # speaks, before any speech verb elsewhere in the sentence ("Kim, who has called …")
        verbs.insert(0, judging)
    # a verb with no subject of its own ("… by pleading guilty") only lends the
    # nearest subject before it: a farther verb whose clause names its speaker wins
    fallback: Actor | None = None
    structural = False
    for verb in verbs:
        found = resolver.verb_speaker(span.paragraph, verb, span.start)
        structural = structural or found.structural
        if found.actor is not None and found.structural:
            return found.actor, VERB
        if found.actor is not None:
            fallback = fallback or found.actor
        elif resolver.subject_is_no_actor(span.paragraph, verb):
            # the nearest attribution names an anonymous source, or someone the article's
            # actors miss: not a farther actor ('"…," Jo told the court, according to Reuters')
            break
    if not verbs and _judged_by_someone_unnamed(judge):
        return None, VERB  # 'A friend referred to him as "…"': not the last speaker's words
    if fallback is None and verbs:
        after = resolver.named_after_quote(span.paragraph, tokens)
        if after is not None:  # '"…," Jo Bloggs, who …, told X' with its subject lost by the parser
            return after, VERB
    signed = resolver.signed_with_a_dash(span.paragraph, tokens)
    if signed is not None:
        return signed, VERB
    if resolver.signed_by_someone_unknown(span.paragraph, tokens):
        return None, VERB
    trailing = resolver.trailing_subject(span.paragraph, tokens, span.start)
    if trailing is not None:
        return trailing.actor, VERB
    named = resolver.named_source(span.paragraph, tokens, span.start) or resolver.quote_from(
        span.paragraph, tokens
    )
    if named is not None:
        return named, VERB
    if verbs:
        return fallback, FALLBACK
    clause = resolver.clause_subject(span.paragraph, tokens, span.start)
    if clause is None and resolver.introduced_by_someone_unnamed(span.paragraph, tokens):
        return None, VERB  # 'a question came from a member of the audience: "…"': not the last speaker
    return clause, CLAUSE if clause is not None else NONE
