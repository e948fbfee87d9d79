"""What each candidate sentence of a summary looks like, as numbers.

Pure: the parsed article, its lead and the sentences that may follow it in,
one feature vector per candidate out. The learned scorer (`summary_model.py`)
weighs these; `FEATURES` names them in
order. Every feature is a general news signal, none names a word of a
particular story:

- where the sentence stands: how far after the lead, whether it opens its
  paragraph, how far down the article;
- what it shares: with the headline, with the lead, with the rest of the
  article (a sentence that repeats the article's main words is central);
- what it carries: names of people, organisations and places (and new ones,
  not in the lead), numbers, dates;
- what kind of sentence it is: mostly quotation, reported speech, a
  background statement ("X is a Y"), one that leans on the sentence before.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from .parsed import ParsedArticle
from .patterns import CLASSIFYING_VERBS, SPEECH_VERBS, STEM_CHARS
from .sentences import Sentence, needs_antecedent

_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
_WORD = re.compile(r"[^\W\d_]+")

#: Feature names, in the order of each candidate's vector.
FEATURES: tuple[str, ...] = (
    "first after lead",
    "second after lead",
    "closeness to lead",
    "opens paragraph",
    "depth in article",
    "title overlap",
    "lead overlap",
    "centrality",
    "names",
    "new names",
    "numbers",
    "dates",
    "quoted share",
    "length",
    "reported speech",
    "background",
    "leans on previous",
)


@dataclass(frozen=True)
class Candidate:
    """A sentence that may join the summary after the lead, with its features."""

    sentence: Sentence
    features: tuple[float, ...]


def stem(word: str) -> str:
    """A crude stem: the word's first `STEM_CHARS` letters, lowercased."""
    return word.lower()[:STEM_CHARS]


def content_stems(span: Span) -> frozenset[str]:
    """Stems of the span's content words (no stop words, no punctuation)."""
    return frozenset(stem(t.text) for t in span if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha)


def title_stems(title: str | None) -> frozenset[str]:
    """Stems of the title's content words (empty without a title)."""
    words = _WORD.findall(title or "")
    return frozenset(stem(w) for w in words if len(w) > 2 and w.lower() not in STOP_WORDS)


def is_background(sentence: Sentence) -> bool:
    """True for a statement of what something is rather than what happened:
    a copula with a noun predicate and a non-pronoun subject ("The court is
    the highest civil court"), or "X was considered/known as Y"."""
    root = sentence.span.root
    deps = {c.dep_: c for c in root.children}
    subject = deps.get("nsubj") or deps.get("nsubjpass")
    if subject is None or subject.pos_ == "PRON":
        return False
    if root.lemma_ == "be":
        return "attr" in deps
    return root.lemma_ in CLASSIFYING_VERBS and "oprd" in deps and "nsubjpass" in deps


def quoted_share(sentence: Sentence, parsed: ParsedArticle) -> float:
    """Share of the sentence's characters that lie between quote marks."""
    inside = sum(
        min(q.end, sentence.end) - max(q.start, sentence.start)
        for q in parsed.quotes
        if q.paragraph == sentence.paragraph and q.start < sentence.end and q.end > sentence.start
    )
    return inside / max(1, sentence.end - sentence.start)


def _names(span: Span) -> frozenset[str]:
    return frozenset(e.text.lower() for e in span.ents if e.label_ in _NAME_LABELS)


def _count(span: Span, labels: frozenset[str]) -> int:
    return sum(1 for e in span.ents if e.label_ in labels)


def _overlap(words: frozenset[str], other: frozenset[str]) -> float:
    return len(words & other) / len(words) if words else 0.0


def _centrality(words: frozenset[str], frequency: Counter[str]) -> float:
    """Mean number of other sentences each of the words appears in, damped."""
    if not words:
        return 0.0
    return sum(math.log1p(frequency[w] - 1) for w in words) / len(words)


def candidate_features(
    parsed: ParsedArticle,
    lead: Sentence,
    candidates: Sequence[Sentence],
    everything: Sequence[Sentence],
) -> tuple[Candidate, ...]:
    """The feature vector (in `FEATURES` order) of each candidate sentence.

    `everything` is the article's usable sentences (for centrality and depth);
    `candidates` those after the lead that may join it, in article order.
    """
    title = title_stems(parsed.article.title)
    stems = {s.index: content_stems(s.span) for s in everything}
    frequency: Counter[str] = Counter(w for words in stems.values() for w in words)
    lead_words = stems.get(lead.index, content_stems(lead.span))
    lead_names = _names(lead.span) | {n.lower() for n in _title_names(parsed)}
    depth = max(1, len(everything) - 1)
    position = {s.index: n for n, s in enumerate(everything)}
    found: list[Candidate] = []
    for rank, sentence in enumerate(candidates):
        words = stems.get(sentence.index, content_stems(sentence.span))
        names = _names(sentence.span)
        features = (
            float(rank == 0),
            float(rank == 1),
            1.0 / (rank + 1),
            float(sentence.span.start == 0),
            position.get(sentence.index, depth) / depth,
            _overlap(title, words) if title else 0.0,
            _overlap(words, lead_words),
            _centrality(words, frequency),
            math.log1p(len(names)),
            math.log1p(len(names - lead_names)),
            math.log1p(_count(sentence.span, _NUMBER_LABELS)),
            float(_count(sentence.span, _TIME_LABELS) > 0),
            quoted_share(sentence, parsed),
            math.log(max(1, sentence.words)),
            float(sentence.span.root.lemma_ in SPEECH_VERBS),
            float(is_background(sentence)),
            float(needs_antecedent(sentence, parsed)),
        )
        found.append(Candidate(sentence, features))
    return tuple(found)


def _title_names(parsed: ParsedArticle) -> list[str]:
    """Capitalised words of the title (names the reader already has)."""
    title = parsed.article.title or ""
    return [w.strip(".,:;'\"’‘“”") for w in title.split()[1:] if w[:1].isupper()]
