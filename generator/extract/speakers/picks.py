"""The rules' speaker of each quote (`rule_picks`): its own attribution, else what
comes before it; a pull quote takes the speaker of the words it repeats; and the
quotes with their speakers (`quotes_with`, `attribute`).
"""

from __future__ import annotations

from ...models import Actor, Quote
from ..actors import ActorIndex
from ..parsed import ParsedArticle
from ..quotemarks import QuoteSpan
from .context import _bare_attribution_before, _named_in_between, _previous_speaker, _previous_subject
from .own_speaker import _own_speaker
from .resolver import _Resolver
from .sources import CLAUSE, CONTINUED, NONE, PREVIOUS, VERB, RulePick

#: Fewest words of a quote repeated from an earlier one (a pull quote) for it to take
#: that quote's speaker: short phrases ("a great show") recur in other mouths.
PULL_QUOTE_MIN_WORDS = 6


def rule_picks(parsed: ParsedArticle, index: ActorIndex, spans: list[QuoteSpan]) -> tuple[RulePick, ...]:
    """The rules' speaker of each quote, in text order (before the parts of a
    multi-paragraph quotation share theirs).

    A quote without an attribution of its own takes, in order: the subject of
    the clause introducing it, the previous quote's speaker when it follows
    closely, the subject of the sentence before it.
    """
    resolver = _Resolver(parsed, index)
    speakers: list[Actor | None] = []
    picks: list[RulePick] = []
    texts = [" ".join(parsed.article.text[s.start : s.end].split()).casefold() for s in spans]
    for n, span in enumerate(spans):
        speaker, source = _own_speaker(resolver, span)
        earlier = _said_elsewhere(texts, picks, range(n), n)
        if source != VERB and earlier is not None:
            # a pull quote: words quoted again on their own, with no attribution of their own
            speaker, source = earlier, CONTINUED
        tokens = parsed.quote_tokens(span)
        words = tokens if tokens is not None and len(tokens) > 0 else None
        if speaker is None and source in {NONE, CLAUSE} and words is not None:
            # "Or maybe Jeb Bush, digital consultant Phil Musser says. "…"": a sentence that only
            # attributes, right before, outweighs the last quote's speaker
            speaker = _bare_attribution_before(resolver, span.paragraph, words, span.start)
            source = PREVIOUS if speaker is not None else source
        if speaker is None and source in {NONE, CLAUSE}:
            speaker = _previous_speaker(spans, speakers, n)
            newcomer = (
                _named_in_between(resolver, span.paragraph, spans[n - 1], words) if n and words else None
            )
            # "…," Gorka said. John Bolton distanced himself from it. "…": someone who spoke
            # before in the article, named as the subject in between, takes the words up
            turn = speaker is not None and newcomer is not None and spans[n - 1].group != span.group
            if turn and any(p.source == VERB and p.actor == newcomer for p in picks):
                speaker = newcomer
            named = resolver.subject_named_before(span.paragraph, words) if words is not None else None
            other = named is not None and named != speaker
            if other:
                # "The Holocaust Museum issued a report charging X with "…"": a source named
                # in the quote's own clause, though no speaker, ends the last one's words
                speaker = None
            source = CONTINUED if speaker is not None else NONE
            if speaker is None and words is not None and not other:
                speaker = _previous_subject(resolver, span.paragraph, words, span.start)
                source = PREVIOUS if speaker is not None else NONE
        speakers.append(speaker)
        picks.append(RulePick(speaker, source))
    for n, pick in enumerate(picks):
        later = _said_elsewhere(texts, picks, range(n + 1, len(picks)), n) if pick.source != VERB else None
        if later is not None:  # a pull quote set before the words it repeats
            picks[n] = RulePick(later, CONTINUED)
    return tuple(picks)


def _said_elsewhere(texts: list[str], picks: list[RulePick], others: range, n: int) -> Actor | None:
    """The speaker that its own attribution names for another quote (of `others`)
    holding all the words of quote `n` (six or more): quote `n` repeats them."""
    if len(texts[n].split()) < PULL_QUOTE_MIN_WORDS:
        return None
    for m in others:
        if texts[n] in texts[m] and picks[m].source == VERB and picks[m].actor is not None:
            return picks[m].actor
    return None


def quotes_with(
    parsed: ParsedArticle, spans: list[QuoteSpan], speakers: list[Actor | None]
) -> tuple[Quote, ...]:
    """The quotes with these speakers; the parts of one multi-paragraph
    quotation share the speaker found for any part."""
    by_group: dict[int, Actor] = {}
    for span, speaker in zip(spans, speakers, strict=True):
        if speaker is not None:
            by_group.setdefault(span.group, speaker)
    quotes = []
    for span, speaker in zip(spans, speakers, strict=True):
        actor = speaker or by_group.get(span.group)
        name = actor.name if actor is not None else None
        quotes.append(Quote(parsed.article.text[span.start : span.end], name, span.start, span.end))
    return tuple(quotes)


def attribute(parsed: ParsedArticle, index: ActorIndex, spans: list[QuoteSpan]) -> tuple[Quote, ...]:
    """Quotes with their speakers (canonical actor names or None), in text
    order, as the rules find them (`rule_picks`)."""
    picks = rule_picks(parsed, index, spans)
    return quotes_with(parsed, spans, [p.actor for p in picks])
