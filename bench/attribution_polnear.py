"""Speaker agreement of direct quotes with PolNeAR's hand-made attributions.

    python bench/attribution_polnear.py PATH/TO/PolNeAR [--split dev --split test] [--by-outlet] [--quotes]

PolNeAR (Newell, Margolin and Ruths, LREC 2018; github.com/networkdynamics/PolNeAR)
annotates every attribution (source, cue, content) in 1,028 US political news
articles of 2015-16 from seven outlets (Breitbart, Huffington Post, New York
Times, Politico, USA Today, Washington Post, Western Journal). It is news the
extraction was never written on, from other outlets and years than the corpus,
with a gold speaker for each quotation; the corpus is not shipped here, so this
script takes a checkout of it.

For each quote the extraction finds, the annotated attribution whose content
holds the quote's first words gives the gold source. A quote counts as agreeing
when the gold source is named (a capitalised word) and the extracted speaker
shares a name word with it, or when the gold source is unnamed ("a source", "aides")
and no speaker is given. Quotes whose gold source is only a pronoun ("he") are left
out (the annotation does not resolve them), as are quotes no attribution holds.
The agreement is lenient where names are concerned (a shared surname counts) and
strict where conventions differ: PolNeAR gives words an outlet reports to the
outlet ("CNN reported"), the extraction to the one who spoke, so it stays below
what a reader would call right. It is a yardstick between versions, not a score
to compare with the corpus's.

Use the training split to read errors; keep dev and test for measuring.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.extract import extract_many
from generator.incremental.nlp import load_model
from generator.models import Article

_PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "him", "them", "its", "who"}
)
_NAME_STOPWORDS = frozenset(
    {"the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "mr.", "mrs.", "ms."}
)
_OUTCOMES = (
    "named, agrees",
    "named, other speaker",
    "named, no speaker",
    "unnamed, no speaker",
    "unnamed, a speaker",
)


@dataclass(frozen=True)
class Attribution:
    """One annotated attribution's content span and its source's words."""

    start: int
    end: int
    source: str


@dataclass(frozen=True)
class GoldArticle:
    name: str
    outlet: str
    text: str
    attributions: tuple[Attribution, ...]


def _annotations(path: Path) -> tuple[Attribution, ...]:
    """The (content, source) pairs of one brat .ann file."""
    spans: dict[str, tuple[list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            _kind, _, offsets = parts[1].partition(" ")
            try:
                pairs = [(int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))]
            except ValueError:
                continue
            spans[parts[0]] = (pairs, parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    found = []
    for event in events:
        content, source = spans.get(event.get("Content", "")), spans.get(event.get("Source", ""))
        if content is not None and source is not None:
            found.extend(Attribution(a, b, source[1]) for a, b in content[0])
    return tuple(found)


def load_split(root: Path, split: str) -> list[GoldArticle]:
    """The split's articles, each with the first annotator's attributions."""
    articles = []
    for text_path in sorted((root / "data" / split / "text").glob("*.txt")):
        annotations = sorted((root / "data" / split / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not annotations:
            continue
        articles.append(
            GoldArticle(
                name=f"{split}/{text_path.stem}",
                outlet=text_path.stem.split("_", 1)[0],
                text=text_path.read_text(encoding="utf-8"),
                attributions=_annotations(annotations[0]),
            )
        )
    return articles


def _as_article(gold: GoldArticle) -> Article:
    """The text as a user's folder would give it: the first line is the headline."""
    lines = gold.text.split("\n")
    body = "\n\n".join(line.strip() for line in lines[1:] if line.strip())
    return Article(source=gold.name, text=body, title=lines[0].strip())


def _name_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w.’'-]+", text.lower().replace("’", "'")) if w not in _NAME_STOPWORDS}


def judge(speaker: str | None, source: str) -> str | None:
    """The outcome of one quote (one of _OUTCOMES), or None when not judged."""
    words = re.findall(r"[\w’'-]+", source)
    if not words or all(w.lower() in _PRONOUNS for w in words):
        return None
    named = any(w[:1].isupper() and w.lower() not in {"the", "a", "an"} for w in words)
    if not named:
        return "unnamed, no speaker" if speaker is None else "unnamed, a speaker"
    if speaker is None:
        return "named, no speaker"
    return "named, agrees" if _name_words(speaker) & _name_words(source) else "named, other speaker"


def score(articles: list[GoldArticle], show: bool = False) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Outcome counts over all articles and by outlet; with `show`, each judged
    quote printed as a tab-separated line (article, outcome, speaker, gold source, quote)."""
    nlp = load_model()
    total: Counter[str] = Counter()
    by_outlet: dict[str, Counter[str]] = {}
    for gold, briefing in zip(articles, extract_many((_as_article(a) for a in articles), nlp), strict=True):
        for quote in briefing.quotes:
            at = gold.text.find(quote.text[:60])
            holding = [a for a in gold.attributions if a.start <= at < a.end] if at >= 0 else []
            if not holding:
                continue
            source = min(holding, key=lambda a: a.end - a.start).source
            outcome = judge(quote.speaker, source)
            if outcome is not None:
                if show:
                    print(gold.name, outcome, quote.speaker, source, quote.text[:80], sep="\t")
                total[outcome] += 1
                by_outlet.setdefault(gold.outlet, Counter())[outcome] += 1
    return total, by_outlet


def _row(label: str, counts: Counter[str]) -> str:
    judged = sum(counts[o] for o in _OUTCOMES)
    agree = counts["named, agrees"] + counts["unnamed, no speaker"]
    share = f"{agree / judged:.3f}" if judged else "–"
    return f"| {label} | {judged} | " + " | ".join(str(counts[o]) for o in _OUTCOMES) + f" | {share} |"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("root", type=Path, help="a checkout of github.com/networkdynamics/PolNeAR")
    parser.add_argument("--split", action="append", help="dev, test or train (default: dev and test)")
    parser.add_argument("--by-outlet", action="store_true", help="one row per outlet as well")
    parser.add_argument("--quotes", action="store_true", help="print every judged quote first")
    args = parser.parse_args()
    splits = args.split or ["dev", "test"]
    articles = [a for split in splits for a in load_split(args.root, split)]
    started = time.perf_counter()
    total, by_outlet = score(articles, show=args.quotes)
    print(f"{len(articles)} articles ({', '.join(splits)}), {time.perf_counter() - started:.1f} s\n")
    print("| articles | quotes judged | " + " | ".join(_OUTCOMES) + " | agreement |")
    print("|---|" + "---:|" * (len(_OUTCOMES) + 2))
    print(_row("all", total))
    if args.by_outlet:
        for outlet in sorted(by_outlet):
            print(_row(outlet, by_outlet[outlet]))


if __name__ == "__main__":
    main()
