"""The machine interface: one JSON object per briefing (keys are stable)."""

from __future__ import annotations

import json
from typing import Any

from ..models import Briefing
from ..text import slugify


def briefing_record(briefing: Briefing) -> dict[str, Any]:
    """Return the stable JSON-ready mapping of one briefing."""
    article = briefing.article
    return {
        "source": article.source,
        "id": slugify(briefing.title),
        "title": briefing.title,
        "date": article.date.isoformat() if article.date else None,
        "url": article.url,
        "summary": briefing.summary,
        "actors": [
            {
                "name": actor.name,
                "kind": actor.kind.value,
                "role": actor.role,
                "aliases": list(actor.aliases),
                "mentions": actor.mentions,
            }
            for actor in briefing.actors
        ],
        "quotes": [{"text": q.text, "speaker": q.speaker} for q in briefing.quotes],
        "figures": [{"text": f.text, "number": f.number} for f in briefing.figures],
        "language": briefing.language,
    }


def briefing_json(briefing: Briefing) -> str:
    """Return one JSON Lines row (no trailing newline)."""
    return json.dumps(briefing_record(briefing), ensure_ascii=False, sort_keys=False)
