"""Scoring summaries against the gold `summary` and `key_sentences` (issue 7).

Definitions:
- sentences are spaCy's, run paragraph by paragraph over the body, with
  whitespace normalised (`generator.extract.sentences.split_sentences`);
- lead-3, the baseline, is the first three of those sentences as the article
  has them, whatever they are (legends, captions, datelines included);
- a system summary is cut back into the article sentences it is made of (it
  is whole sentences joined by single spaces); text that is no article
  sentence counts as one extra, unmatched sentence;
- key-sentence precision and recall: a chosen sentence counts when it equals
  a gold key sentence after whitespace normalisation;
- ROUGE-1/2/L F1 (`rouge-score`, Porter stemming) against the written
  `summary` and against the key sentences joined by spaces, averaged over
  articles;
- readability violations: chosen sentences with a defect (caption or legend,
  byline, half-sentence, bare or broken quote) or that lean on a sentence not
  chosen (`generator.extract.sentences`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rouge_score import rouge_scorer
from spacy.language import Language

from ..extract.paragraphs import split_paragraphs
from ..extract.parsed import ParsedArticle
from ..extract.parsetext import on_text, parser_texts
from ..extract.quotemarks import find_quote_spans
from ..extract.sentences import Sentence, defects, split_sentences, unresolved
from ..models import Article, Briefing
from .gold import GoldArticle

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
LEAD_SENTENCES = 3
#: The violation name of a chosen sentence that leans on one left out.
NO_ANTECEDENT = "no antecedent"
#: The violation name of a sentence given with its wire dateline.
DATELINE = "dateline"
#: The violation name of summary text that is no sentence of the article.
NOT_A_SENTENCE = "not an article sentence"


@lru_cache(maxsize=1)
def _scorer() -> rouge_scorer.RougeScorer:
    return rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)


def rouge_f1(prediction: str, reference: str) -> dict[str, float]:
    """ROUGE-1/2/L F1 of `prediction` against `reference` (stemmed)."""
    scores = _scorer().score(reference, prediction)
    return {name: float(scores[name].fmeasure) for name in ROUGE_TYPES}


def _norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class SummaryTally:
    """Summary measures summed over articles (ROUGE as sums of per-article F1)."""

    articles: int = 0
    key_tp: int = 0
    key_pred: int = 0
    key_gold: int = 0
    words: int = 0
    rouge_ref: dict[str, float] = field(default_factory=lambda: dict.fromkeys(ROUGE_TYPES, 0.0))
    rouge_key: dict[str, float] = field(default_factory=lambda: dict.fromkeys(ROUGE_TYPES, 0.0))
    violations: Counter[str] = field(default_factory=Counter)
    unreadable: int = 0

    @property
    def key_precision(self) -> float:
        return self.key_tp / self.key_pred if self.key_pred else 0.0

    @property
    def key_recall(self) -> float:
        return self.key_tp / self.key_gold if self.key_gold else 0.0

    @property
    def key_f1(self) -> float:
        p, r = self.key_precision, self.key_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def avg_words(self) -> float:
        return self.words / self.articles if self.articles else 0.0

    @property
    def readable(self) -> float:
        """Share of summaries with no readability violation."""
        return 1 - self.unreadable / self.articles if self.articles else 0.0

    def avg_rouge(self, against: str, name: str) -> float:
        """Mean F1 of ROUGE `name` against "ref" (written summary) or "key"."""
        sums = self.rouge_ref if against == "ref" else self.rouge_key
        return sums[name] / self.articles if self.articles else 0.0

    def add(self, other: SummaryTally) -> None:
        self.articles += other.articles
        self.key_tp += other.key_tp
        self.key_pred += other.key_pred
        self.key_gold += other.key_gold
        self.words += other.words
        for name in ROUGE_TYPES:
            self.rouge_ref[name] += other.rouge_ref[name]
            self.rouge_key[name] += other.rouge_key[name]
        self.violations.update(other.violations)
        self.unreadable += other.unreadable


def violations(chosen: Sequence[Sentence], parsed: ParsedArticle, raw: bool = False) -> Counter[str]:
    """Readability violations of a summary made of `chosen`, by name; with
    `raw`, the sentences are taken as the article has them (datelines kept)."""
    found: Counter[str] = Counter()
    for sentence in chosen:
        found.update(set(defects(sentence, parsed)))
        if raw and sentence.dateline:
            found[DATELINE] += 1
    found[NO_ANTECEDENT] += len(unresolved(chosen, parsed))
    return +found


def segment(summary: str, sentences: Sequence[Sentence]) -> tuple[list[Sentence], list[str]]:
    """Cut `summary` back into the article sentences it is made of, in order.

    Returns the sentences found and any left-over text that is not one.
    """
    found: list[Sentence] = []
    text = _norm(summary)
    pos = 0
    for sentence in sentences:
        end = pos + len(sentence.text)
        if text.startswith(sentence.text, pos) and (end == len(text) or text[end] == " "):
            found.append(sentence)
            pos = end + 1
    rest = text[pos:].strip()
    return found, [rest] if rest else []


def score_summary(
    chosen: Sequence[Sentence],
    gold: GoldArticle,
    parsed: ParsedArticle,
    extra: Sequence[str] = (),
    raw: bool = False,
) -> SummaryTally:
    """Score one summary: `chosen` article sentences plus `extra` unmatched
    text; with `raw`, sentences as the article has them (lead-3)."""
    texts = [s.raw if raw else s.text for s in chosen] + list(extra)
    summary = " ".join(texts)
    keys = [_norm(k) for k in gold.key_sentences]
    tally = SummaryTally(articles=1, key_pred=len(texts), key_gold=len(keys))
    remaining = list(keys)
    for text in texts:
        if text in remaining:
            remaining.remove(text)
            tally.key_tp += 1
    tally.words = len(summary.split())
    if gold.summary:
        tally.rouge_ref = rouge_f1(summary, gold.summary)
    if keys:
        tally.rouge_key = rouge_f1(summary, " ".join(keys))
    tally.violations = violations(chosen, parsed, raw)
    tally.violations[NOT_A_SENTENCE] += len(extra)
    tally.violations = +tally.violations
    tally.unreadable = int(bool(tally.violations))
    return tally


def parse_article(article: Article, nlp: Language) -> ParsedArticle:
    """The article parsed paragraph by paragraph, as the extract stage does."""
    paragraphs = split_paragraphs(article)
    docs = tuple(
        on_text(d, p.text) for d, p in zip(nlp.pipe(parser_texts(paragraphs)), paragraphs, strict=True)
    )
    return ParsedArticle(article, paragraphs, docs, tuple(find_quote_spans(paragraphs)))


def parse_articles(gold: Sequence[GoldArticle], nlp: Language) -> list[ParsedArticle]:
    """Each gold article parsed paragraph by paragraph."""
    return [parse_article(item.article, nlp) for item in gold]


def score_summaries(
    briefings: Sequence[Briefing], gold: Sequence[GoldArticle], parsed_articles: Sequence[ParsedArticle]
) -> tuple[SummaryTally, SummaryTally]:
    """Return the tallies of the briefings' summaries and of lead-3, in one run
    (`parsed_articles`: the gold articles parsed, see `parse_articles`)."""
    system, lead = SummaryTally(), SummaryTally()
    for briefing, item, parsed in zip(briefings, gold, parsed_articles, strict=True):
        sentences = split_sentences(parsed)
        chosen, extra = segment(briefing.summary, sentences)
        system.add(score_summary(chosen, item, parsed, extra))
        lead.add(score_summary(sentences[:LEAD_SENTENCES], item, parsed, raw=True))
    return system, lead
