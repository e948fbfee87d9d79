"""Link stage: the only stage that sees every briefing at once (actor merging,
slugs, related, threads, full text)."""

from .actors import load_place_tables
from .corpus import Corpus
from .linker import briefing_terms, link
from .slugs import RESERVED_SLUGS, slug_clashes, title_slugs

__all__ = [
    "RESERVED_SLUGS",
    "Corpus",
    "briefing_terms",
    "link",
    "load_place_tables",
    "slug_clashes",
    "title_slugs",
]
