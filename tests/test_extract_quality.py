"""Quality of the extract stage on the hand-annotated Wikinews corpus.

Run as a script for the score table:
    .venv/bin/python -m tests.test_extract_quality
The test pins loose floors, well below the measured scores, to catch
regressions without making every tuning step a test change.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from spacy.language import Language

from generator.extract import extract_many
from generator.extract.actors import name_key
from generator.models import Article, Briefing

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
KINDS = ("person", "organization", "place")
_ROLE_STOP = frozenset({"the", "of", "a", "an", "to", "for", "and", ","})


def load_corpus() -> list[tuple[Article, dict[str, Any]]]:
    """Each corpus article with its gold annotation."""
    pairs = []
    for path in sorted((CORPUS / "wikinews").glob("*.md")):
        raw = path.read_text(encoding="utf-8")
        _, front, body = raw.split("---", 2)
        meta = yaml.safe_load(front)
        date = meta.get("date")
        article = Article(
            source=str(path),
            text=body.strip("\n"),
            title=meta.get("title"),
            date=date if isinstance(date, dt.date) else None,
        )
        gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        pairs.append((article, gold))
    return pairs


@dataclass
class Tally:
    """True positives, predictions and gold items for one measure."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def f1(self) -> float:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, name: str) -> str:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return f"| {name} | {p:.3f} | {r:.3f} | {self.f1():.3f} | {self.tp}/{self.pred}/{self.gold} |"


def _keys(names: Iterable[str]) -> set[str]:
    return {name_key(n).removeprefix("the ") for n in names}


def _role_words(role: str) -> Counter[str]:
    return Counter(w for w in role.lower().replace(",", " ").split() if w not in _ROLE_STOP)


def role_close(pred: str | None, gold: str) -> bool:
    """Lenient role match: content-word F1 of at least 0.5."""
    if not pred:
        return False
    a, b = _role_words(pred), _role_words(gold)
    common = sum((a & b).values())
    if not common:
        return False
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r) >= 0.5


def _overlap(a: str, b: str) -> bool:
    wa, wb = Counter(a.lower().split()), Counter(b.lower().split())
    common = sum((wa & wb).values())
    return common >= 0.5 * sum(wa.values()) and common >= 0.5 * sum(wb.values())


@dataclass
class Scores:
    """Every measure over the corpus."""

    actors: dict[str, Tally]
    roles: Tally  # tp exact, pred lenient-correct, gold = matched persons with a role
    quotes: Tally
    exact: int
    speaker: int
    attribution: Tally


def score(pairs: list[tuple[Briefing, dict[str, Any]]], log: bool = False) -> Scores:
    actors = {k: Tally() for k in KINDS}
    roles = Tally()
    quotes, attribution = Tally(), Tally()
    exact = speaker_ok = 0
    for briefing, gold in pairs:
        gold_actors = gold["actors"]
        gold_alias = {a["name"]: _keys([a["name"], *a["aliases"]]) for a in gold_actors}
        for kind in KINDS:
            pred = [a for a in briefing.actors if a.kind.value == kind]
            want = [a for a in gold_actors if a["kind"] == kind]
            actors[kind].pred += len(pred)
            actors[kind].gold += len(want)
            used: set[int] = set()
            for p in pred:
                pk = _keys([p.name, *p.aliases])
                for n, g in enumerate(want):
                    if n not in used and pk & gold_alias[g["name"]]:
                        used.add(n)
                        actors[kind].tp += 1
                        if kind == "person" and g["role"]:
                            roles.gold += 1
                            roles.tp += bool(p.role and p.role.lower() == g["role"].lower())
                            roles.pred += role_close(p.role, g["role"])
                            if log and not role_close(p.role, g["role"]):
                                print(f"  role {g['name']}: {p.role!r} want {g['role']!r}")
                        break
                else:
                    if log:
                        print(f"  extra {kind}: {p.name} {p.aliases}")
            for n, g in enumerate(want):
                if log and n not in used:
                    print(f"  missed {kind}: {g['name']} {g['aliases']}")
        quotes.pred += len(briefing.quotes)
        quotes.gold += len(gold["quotes"])
        attribution.pred += len(briefing.quotes)
        attribution.gold += len(gold["quotes"])
        used = set()
        for q in briefing.quotes:
            for n, g in enumerate(gold["quotes"]):
                if n in used or not _overlap(q.text, g["text"]):
                    continue
                used.add(n)
                quotes.tp += 1
                exact += q.text.strip() == g["text"].strip()
                if g["speaker"] is None:
                    ok = q.speaker is None
                else:
                    ok = q.speaker is not None and name_key(q.speaker) in gold_alias.get(g["speaker"], set())
                speaker_ok += ok
                attribution.tp += ok
                if log and not ok:
                    print(f"  speaker {q.speaker!r} want {g['speaker']!r}: {q.text[:50]!r}")
                break
            else:
                if log:
                    print(f"  extra quote ({q.speaker}): {q.text[:70]!r}")
        for n, g in enumerate(gold["quotes"]):
            if log and n not in used:
                print(f"  missed quote ({g['speaker']}): {g['text'][:70]!r}")
    return Scores(actors, roles, quotes, exact, speaker_ok, attribution)


def table(s: Scores) -> str:
    lines = ["| measure | P | R | F1 | tp/pred/gold |", "|---|---:|---:|---:|---|"]
    lines += [s.actors[k].row(k) for k in KINDS]
    lines.append(s.quotes.row("quote detection"))
    lines.append(s.attribution.row("attribution (end to end)"))
    matched = s.quotes.tp or 1
    lines.append(f"| quote exact text | {s.exact / matched:.3f} | | | {s.exact}/{s.quotes.tp} |")
    lines.append(f"| speaker accuracy | {s.speaker / matched:.3f} | | | {s.speaker}/{s.quotes.tp} |")
    g = s.roles.gold or 1
    lines.append(f"| role exact | {s.roles.tp / g:.3f} | | | {s.roles.tp}/{s.roles.gold} |")
    lenient = s.roles.pred
    lines.append(f"| role lenient (word F1≥.5) | {lenient / g:.3f} | | | {lenient}/{s.roles.gold} |")
    return "\n".join(lines)


def run(nlp: Language, log: bool = False) -> Scores:
    pairs = load_corpus()
    briefings = list(extract_many([a for a, _ in pairs], nlp))
    if log:
        for b, (_, g) in zip(briefings, pairs, strict=True):
            print(f"## {g['id']}")
            score([(b, g)], log=True)
    return score(list(zip(briefings, [g for _, g in pairs], strict=True)))


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_corpus_floors(nlp: Language) -> None:
    s = run(nlp)
    assert s.quotes.f1() >= 0.80
    assert s.attribution.f1() >= 0.60
    assert s.actors["person"].f1() >= 0.75


if __name__ == "__main__":
    from generator.nlp import load_model

    result = run(load_model(), log="-v" in sys.argv)
    print(table(result))
