"""Extract stage: `Article -> Briefing` (actors with roles, quotes with speakers).

Pure: no file or network I/O; the spaCy pipeline is loaded by the caller and
passed in. Each paragraph is parsed once (`nlp.pipe`), then:

    paragraphs -> quote marks -> mentions (namekinds) -> actors -> speakers
                                                    -> title, summary

The package imports spaCy only when `extract` or `extract_many` is first
used: the loader's paragraph check (`extract.paragraphs`) and a run that
finds every article in the cache never pay for importing it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .stage import extract, extract_many

__all__ = ["extract", "extract_many"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import stage

        return getattr(stage, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
