"""briefing: a folder of news articles in, a searchable static site of briefings out.

The public API is `build`, `generate` and `Config`; they are imported lazily so
that `import generator` (and `briefing --help`) do not load spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import Config
    from .pipeline import build, generate

__all__ = ["Config", "build", "generate"]


def __getattr__(name: str) -> Any:
    if name == "Config":
        from .config import Config

        return Config
    if name in {"build", "generate"}:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'generator' has no attribute {name!r}")
