"""A deterministic extractive summary: the lead sentence and up to two more.

The summary is whole sentences of the article, in article order, joined by
single spaces. The first sentence that reads on its own is always taken (in
news the lead carries who, what, where and when). Up to two more come from
the sentences that follow it, scored on general signals:

- position: the nearer the lead, the better (news is written top-down);
- the headline: sentences that share words with the title carry the story;
- background: "X is/was a Y" or "X was considered Y" sentences say what
  something is, not what happened, and rarely belong in a summary;
- quotes: a sentence that is mostly quotation reads badly without its context.

A sentence is never taken when it has a defect (caption, legend, byline,
half-sentence, bare or broken quote) or when it leans on a sentence before
it that is not taken too ("He added ...", "The two discussed ...").
See `sentences.py` for those checks and `patterns.py` for every threshold.

A learned scorer can replace the hand-set scores: `summary_sentences(parsed,
model)` weighs the next `SUMMARY_CANDIDATES` usable sentences with a logistic
regression (`summary_model.py`) over the signals of `summary_features.py`,
trained on the editors' picks by `generator.evaluate.train_summary`, under
the same constraints. It is not shipped: cross-validated over the corpus it
did not beat these rules (`briefing evaluate --folds 5` prints both).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import combinations

from spacy.lang.en.stop_words import STOP_WORDS

from ..text import SENTENCE_END
from .parsed import ParsedArticle
from .patterns import (
    BACKGROUND_PENALTY,
    QUOTED_PENALTY,
    QUOTED_SHARE,
    STEM_CHARS,
    SUMMARY_CANDIDATES,
    SUMMARY_MAX_SENTENCES,
    SUMMARY_MAX_WORDS,
    SUMMARY_MIN_SCORE,
    SUMMARY_MIN_WORDS,
    SUMMARY_POSITION_DECAY,
    SUMMARY_WINDOW,
    TITLE_WEIGHT,
)
from .sentences import Sentence, defects, needs_antecedent, split_sentences, unresolved
from .summary_features import Candidate, candidate_features, is_background, quoted_share
from .summary_model import SummaryModel

_QUOTE_START = ('"', "“", "„", "«", "'", "‘")
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_WORD = re.compile(r"[^\W\d_]+")


def real_sentences(parsed: ParsedArticle) -> Iterator[str]:
    """Prose sentences of the article in order, as plain text (for titles)."""
    for para, doc in zip(parsed.paragraphs, parsed.docs, strict=True):
        if not para.is_prose:
            continue
        for sent in doc.sents:
            text = " ".join(sent.text.split())
            if (
                len(text.split()) >= SUMMARY_MIN_WORDS
                and SENTENCE_END.search(text)
                and not text.startswith(_QUOTE_START)
            ):
                yield text


def _stem(word: str) -> str:
    return word.lower()[:STEM_CHARS]


def title_words(title: str | None) -> frozenset[str]:
    """Stems of the title's content words (empty without a title)."""
    words = _WORD.findall(title or "")
    return frozenset(_stem(w) for w in words if len(w) > 2 and w.lower() not in STOP_WORDS)


def sentence_score(sentence: Sentence, lead: Sentence, parsed: ParsedArticle, title: frozenset[str]) -> float:
    """How much a sentence after the lead adds to the summary (higher is better)."""
    score: float = SUMMARY_POSITION_DECAY ** (sentence.index - lead.index)
    if title:
        stems = {_stem(t.text) for t in sentence.span if t.pos_ in _CONTENT_POS and not t.is_stop}
        score += TITLE_WEIGHT * len(stems & title) / len(title)
    if is_background(sentence):
        score -= BACKGROUND_PENALTY
    if quoted_share(sentence, parsed) > QUOTED_SHARE:
        score -= QUOTED_PENALTY
    return score


def lead_sentence(parsed: ParsedArticle) -> tuple[Sentence | None, list[Sentence]]:
    """The lead (the first usable sentence that needs no antecedent; None if
    none reads alone) and every usable sentence (no defect), in order."""
    usable = [s for s in split_sentences(parsed) if not defects(s, parsed)]
    return next((s for s in usable if not needs_antecedent(s, parsed)), None), usable


def summary_sentences(parsed: ParsedArticle, model: SummaryModel | None = None) -> tuple[Sentence, ...]:
    """The sentences of the summary, in article order (empty if none reads alone).

    The lead is the first sentence with no defect that needs no antecedent;
    then the set of at most two of the next `SUMMARY_WINDOW` usable sentences
    with the highest total of (score - SUMMARY_MIN_SCORE) is added, within
    SUMMARY_MAX_WORDS and with every antecedent present. Ties keep the
    smaller, earlier set, so the result is deterministic. With a learned
    `model`, `learned_choice` picks the sentences after the lead instead.
    """
    lead, usable = lead_sentence(parsed)
    if lead is None:
        return ()
    if model is not None:
        return learned_choice(parsed, lead, candidates(parsed, lead, usable), model)
    following = [s for s in usable if s.index > lead.index][:SUMMARY_WINDOW]
    title = title_words(parsed.article.title)
    gain = {s.index: sentence_score(s, lead, parsed, title) - SUMMARY_MIN_SCORE for s in following}
    best: tuple[Sentence, ...] = (lead,)
    best_gain = 0.0
    for size in range(1, SUMMARY_MAX_SENTENCES):
        for extra in combinations(following, size):
            total = sum(gain[s.index] for s in extra)
            chosen = (lead, *extra)
            if (
                total > best_gain
                and sum(s.words for s in chosen) <= SUMMARY_MAX_WORDS
                and not unresolved(chosen, parsed)
            ):
                best, best_gain = chosen, total
    return best


def candidates(parsed: ParsedArticle, lead: Sentence, usable: Sequence[Sentence]) -> tuple[Candidate, ...]:
    """The learned scorer's candidates: the first `SUMMARY_CANDIDATES` usable
    sentences after the lead, with their features."""
    following = [s for s in usable if s.index > lead.index][:SUMMARY_CANDIDATES]
    return candidate_features(parsed, lead, following, usable)


def learned_choice(
    parsed: ParsedArticle, lead: Sentence, found: Sequence[Candidate], model: SummaryModel
) -> tuple[Sentence, ...]:
    """The lead and the set of at most two candidates with the highest summed
    probability under `model` that fits: sets are tried best first (ties:
    fewer sentences, then earlier ones) and the first within
    SUMMARY_MAX_WORDS with every antecedent present is taken, else the lead
    alone."""
    chance = [model.probability(c.features) for c in found]
    options: list[tuple[float, int, tuple[int, ...]]] = []
    for size in range(1, SUMMARY_MAX_SENTENCES):
        for extra in combinations(range(len(found)), size):
            options.append((-sum(chance[i] for i in extra), size, extra))
    options.sort()
    for _, _, extra in options:
        chosen = (lead, *(found[i].sentence for i in extra))
        if sum(s.words for s in chosen) <= SUMMARY_MAX_WORDS and not unresolved(chosen, parsed):
            return chosen
    return (lead,)


def summary_text(chosen: Sequence[Sentence]) -> str:
    """The summary text of the chosen sentences: joined by single spaces."""
    return " ".join(s.text for s in chosen)


def summarize(parsed: ParsedArticle) -> str:
    """The summary text: the chosen sentences joined by single spaces."""
    return summary_text(summary_sentences(parsed))
