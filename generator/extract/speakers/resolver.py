"""The speaker resolution for one article: every part in one object, so that each
can ask the others (a noun phrase's speaker may need a verb's subjects, and a
verb's speaker a noun phrase's).
"""

from __future__ import annotations

from .noun_phrases import _NounPhrases
from .quote_shapes import _QuoteShapes
from .verb_speakers import _VerbSpeakers


class _Resolver(_NounPhrases, _VerbSpeakers, _QuoteShapes):
    """Speaker resolution for one article (actors and docs at hand)."""
