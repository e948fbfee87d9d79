"""Reading a gold directory in the format of the shared Wikinews corpus.

Layout: `<dir>/gold/<slug>.json` beside the articles (`<dir>/**/<slug>.md`
or any suffix the load stage reads). See the corpus README for the schema.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import LoadError
from ..load import load_article, supported_suffixes
from ..models import Article


@dataclass(frozen=True)
class GoldActor:
    name: str
    kind: str
    role: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class GoldQuote:
    text: str
    speaker: str | None


@dataclass(frozen=True)
class GoldArticle:
    """One article with its hand annotation."""

    slug: str
    article: Article
    actors: tuple[GoldActor, ...]
    quotes: tuple[GoldQuote, ...]
    summary: str | None
    key_sentences: tuple[str, ...]


def _gold_record(slug: str, article: Article, data: dict[str, Any]) -> GoldArticle:
    return GoldArticle(
        slug=slug,
        article=article,
        actors=tuple(
            GoldActor(a["name"], a["kind"], a.get("role"), tuple(a.get("aliases", ())))
            for a in data.get("actors", [])
        ),
        quotes=tuple(GoldQuote(q["text"], q.get("speaker")) for q in data.get("quotes", [])),
        summary=data.get("summary"),
        key_sentences=tuple(data.get("key_sentences", ())),
    )


def load_gold(folder: Path) -> list[GoldArticle]:
    """Return every gold-annotated article of `folder`, sorted by slug."""
    gold_dir = folder / "gold"
    if not gold_dir.is_dir():
        raise LoadError("no gold/ folder with annotations", str(folder))
    articles: dict[str, Path] = {}
    for path in sorted(folder.rglob("*")):
        if gold_dir in path.parents or path.suffix.lower() not in supported_suffixes():
            continue
        articles.setdefault(path.stem, path)
    found = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        slug = gold_path.stem
        if slug not in articles:
            raise LoadError(f"no article for gold annotation {gold_path.name}", str(folder))
        try:
            data = json.loads(gold_path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise LoadError(f"gold annotation is not valid JSON ({exc})", str(gold_path)) from exc
        found.append(_gold_record(slug, load_article(articles[slug]), data))
    return found
