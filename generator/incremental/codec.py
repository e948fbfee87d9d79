"""The stored form of a briefing: compressed JSON, decoded back into the same records.

This module is part of the extractor fingerprint (see `cache`): changing it
invalidates every cached briefing, as a change of the stored form must.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from typing import Any

from ..models import Actor, ActorKind, Article, Briefing, DateNote, KeyFigure, Quote

__all__ = ["decode_briefing", "encode_briefing"]


def encode_briefing(briefing: Briefing) -> bytes:
    """Return the stored form of a briefing: compressed JSON."""
    a = briefing.article
    record = {
        "article": [
            *(a.source, a.text, a.title, a.date.isoformat() if a.date else None),
            *(a.url, a.publisher, a.license, a.author),
            [list(pair) for pair in a.metadata],
            list(a.warnings),
            a.added.isoformat() if a.added else None,
        ],
        "title": briefing.title,
        "summary": briefing.summary,
        "actors": [
            [x.name, x.kind.value, x.role, list(x.aliases), x.mentions, x.in_lead, x.subject_mentions]
            for x in briefing.actors
        ],
        "quotes": [[q.text, q.speaker, q.start, q.end] for q in briefing.quotes],
        "paragraphs": list(briefing.paragraphs),
        "summary_dates": [[n.end, n.date.isoformat()] for n in briefing.summary_dates],
        "figures": [[f.text, f.start, f.end] for f in briefing.figures],
        "language": briefing.language,
    }
    return zlib.compress(json.dumps(record, ensure_ascii=False).encode("utf-8"), 1)


def decode_briefing(blob: bytes) -> Briefing:
    """Return the briefing of a stored form made by `encode_briefing`."""
    record: dict[str, Any] = json.loads(zlib.decompress(blob))
    source, text, title, date, url, publisher, license_, author, metadata, warnings, added = record["article"]
    article = Article(
        source=source,
        text=text,
        title=title,
        date=dt.date.fromisoformat(date) if date else None,
        url=url,
        publisher=publisher,
        license=license_,
        author=author,
        added=dt.datetime.fromisoformat(added) if added else None,
        metadata=tuple((key, value) for key, value in metadata),
        warnings=tuple(warnings),
    )
    return Briefing(
        article=article,
        title=record["title"],
        summary=record["summary"],
        actors=tuple(
            Actor(name, ActorKind(kind), role, tuple(aliases), mentions, in_lead, subjects)
            for name, kind, role, aliases, mentions, in_lead, subjects in record["actors"]
        ),
        quotes=tuple(Quote(text, speaker, start, end) for text, speaker, start, end in record["quotes"]),
        paragraphs=tuple(record["paragraphs"]),
        summary_dates=tuple(
            DateNote(end, dt.date.fromisoformat(day)) for end, day in record["summary_dates"]
        ),
        figures=tuple(KeyFigure(text, start, end) for text, start, end in record["figures"]),
        language=record["language"],
    )
