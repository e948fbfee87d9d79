"""Scoring extracted briefings against gold annotations (pure functions).

Definitions (issue 3):
- actors: a predicted actor matches an unmatched gold actor of the same kind
  when its name or any alias equals the gold name or any gold alias after
  normalisation (case, accents, dots, apostrophes); one-to-one, in order.
- roles: over matched persons whose gold role is not null; "exact" is equal
  after normalisation, "accurate" also accepts a content-word F1 >= 0.5
  ("Prime Minister" for "Prime Minister of the United Kingdom").
- quotes: a predicted quote matches an unmatched gold quote when their shared
  words cover at least half of each; exact text compares stripped strings.
- speakers: on matched quotes, the predicted speaker's name or aliases match
  the gold speaker's name or aliases (null matches null).
- attribution: a predicted quote counts only when matched with the right speaker.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..models import Briefing
from ..text import gold_key
from .gold import GoldArticle
from .summaries import ROUGE_TYPES, SummaryTally

KINDS = ("person", "organization", "place")
# Role words that carry no meaning on their own when comparing roles.
ROLE_STOPWORDS = frozenset({"the", "of", "a", "an", "to", "for", "and", "in"})
# Content-word F1 at which a predicted role counts as the gold role.
ROLE_MATCH_F1 = 0.5
# Share of each quote's words the other must cover to be the same quote.
QUOTE_OVERLAP = 0.5


def _keys(names: Iterable[str]) -> set[str]:
    return {gold_key(n) for n in names}


@dataclass
class Tally:
    """True positives, predictions and gold items of one measure."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold


@dataclass
class Rate:
    """Hits out of a number of trials."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def add(self, other: Rate) -> None:
        self.hits += other.hits
        self.total += other.total


@dataclass
class Scores:
    """Every extraction measure, summed over articles."""

    actors: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    role_exact: Rate = field(default_factory=Rate)
    role_accuracy: Rate = field(default_factory=Rate)
    quotes: Tally = field(default_factory=Tally)
    exact_text: Rate = field(default_factory=Rate)
    speaker: Rate = field(default_factory=Rate)
    attribution: Tally = field(default_factory=Tally)
    summary: SummaryTally = field(default_factory=SummaryTally)
    lead3: SummaryTally = field(default_factory=SummaryTally)
    #: What went wrong, per article id: missed and extra actors, wrong roles,
    #: missed and extra quotes, wrong speakers (for `evaluate --verbose`).
    misses: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def add(self, other: Scores) -> None:
        for kind in KINDS:
            self.actors[kind].add(other.actors[kind])
        self.role_exact.add(other.role_exact)
        self.role_accuracy.add(other.role_accuracy)
        self.quotes.add(other.quotes)
        self.exact_text.add(other.exact_text)
        self.speaker.add(other.speaker)
        self.attribution.add(other.attribution)
        self.summary.add(other.summary)
        self.lead3.add(other.lead3)
        self.misses.update(other.misses)

    def floors(self) -> dict[str, float]:
        """The figures a quality gate pins, by stable name."""
        out = {f"{k}_f1": round(self.actors[k].f1, 4) for k in KINDS}
        out.update(
            role_accuracy=round(self.role_accuracy.value, 4),
            quote_f1=round(self.quotes.f1, 4),
            quote_exact_text=round(self.exact_text.value, 4),
            speaker_accuracy=round(self.speaker.value, 4),
            attribution_f1=round(self.attribution.f1, 4),
        )
        if self.summary.articles:
            out["summary_key_f1"] = round(self.summary.key_f1, 4)
            out["summary_readable"] = round(self.summary.readable, 4)
            for name in ROUGE_TYPES:
                out[f"summary_{name}_ref"] = round(self.summary.avg_rouge("ref", name), 4)
                out[f"summary_{name}_key"] = round(self.summary.avg_rouge("key", name), 4)
        return out


def _role_words(role: str) -> Counter[str]:
    words = gold_key(role).replace(",", " ").split()
    return Counter(w for w in words if w not in ROLE_STOPWORDS)


def role_matches(predicted: str | None, gold: str) -> bool:
    """True when the predicted role shares enough content words with the gold role."""
    if not predicted:
        return False
    a, b = _role_words(predicted), _role_words(gold)
    common = sum((a & b).values())
    if not common:
        return False
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r) >= ROLE_MATCH_F1


def quotes_overlap(a: str, b: str) -> bool:
    """True when the words two quotes share cover at least half of each."""
    wa, wb = Counter(a.casefold().split()), Counter(b.casefold().split())
    common = sum((wa & wb).values())
    return common >= QUOTE_OVERLAP * sum(wa.values()) and common >= QUOTE_OVERLAP * sum(wb.values())


def _forms(name: str, aliases: Sequence[str]) -> str:
    return f"{name} (also {', '.join(aliases)})" if aliases else name


def score_article(briefing: Briefing, gold: GoldArticle) -> Scores:
    """Return the scores of one briefing against its gold annotation."""
    s = Scores()
    misses: list[str] = []
    gold_keys = {g.name: _keys([g.name, *g.aliases]) for g in gold.actors}
    for kind in KINDS:
        predicted = [a for a in briefing.actors if a.kind.value == kind]
        wanted = [g for g in gold.actors if g.kind == kind]
        tally = s.actors[kind]
        tally.pred, tally.gold = len(predicted), len(wanted)
        used: set[int] = set()
        for actor in predicted:
            keys = _keys([actor.name, *actor.aliases])
            for n, g in enumerate(wanted):
                if n in used or not keys & gold_keys[g.name]:
                    continue
                used.add(n)
                tally.tp += 1
                if kind == "person" and g.role:
                    s.role_exact.total += 1
                    s.role_accuracy.total += 1
                    s.role_exact.hits += bool(actor.role and gold_key(actor.role) == gold_key(g.role))
                    s.role_accuracy.hits += role_matches(actor.role, g.role)
                    if not role_matches(actor.role, g.role):
                        misses.append(f"role {g.name}: {actor.role!r}, gold {g.role!r}")
                break
            else:
                misses.append(f"extra {kind}: {_forms(actor.name, actor.aliases)}")
        misses.extend(
            f"missed {kind}: {_forms(g.name, g.aliases)}" for n, g in enumerate(wanted) if n not in used
        )
    s.quotes.pred = s.attribution.pred = len(briefing.quotes)
    s.quotes.gold = s.attribution.gold = len(gold.quotes)
    predicted_keys = {a.name: _keys([a.name, *a.aliases]) for a in briefing.actors}
    matched: set[int] = set()
    for quote in briefing.quotes:
        for n, gq in enumerate(gold.quotes):
            if n in matched or not quotes_overlap(quote.text, gq.text):
                continue
            matched.add(n)
            s.quotes.tp += 1
            s.exact_text.total += 1
            s.exact_text.hits += quote.text.strip() == gq.text.strip()
            if gq.speaker is None:
                right = quote.speaker is None
            else:
                mine = predicted_keys.get(quote.speaker, set()) if quote.speaker else set()
                right = bool(mine & gold_keys.get(gq.speaker, {gold_key(gq.speaker)}))
            s.speaker.total += 1
            s.speaker.hits += right
            s.attribution.tp += right
            if not right:
                misses.append(f"speaker {quote.speaker!r}, gold {gq.speaker!r}: {quote.text[:60]!r}")
            break
        else:
            misses.append(f"extra quote ({quote.speaker}): {quote.text[:60]!r}")
    misses.extend(
        f"missed quote ({g.speaker}): {g.text[:60]!r}" for n, g in enumerate(gold.quotes) if n not in matched
    )
    s.misses = {gold.slug: tuple(misses)}
    return s


def score_all(pairs: Sequence[tuple[Briefing, GoldArticle]]) -> Scores:
    """Return the scores summed over every (briefing, gold) pair."""
    total = Scores()
    for briefing, gold in pairs:
        total.add(score_article(briefing, gold))
    return total
