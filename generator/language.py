"""Which language an article's text is in, when it is not English.

The extraction reads English only (the spaCy model is English): on text in
another language it takes function words for names ("Что", "Nesta") and
fills the site with actors that are none. The test uses spaCy's own
stop-word lists. English news is about a third English function words (at
least 0.26 on 1,400 pages of real news and the corpus), text in another
language a few percent of them and many of its own (0.13 at most on the
same pages). An English page with little prose, such as a list of results
("Palm Bay d. Rockledge 70-44"), has few function words of any language and
stays English.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

__all__ = ["foreign_language"]

#: Below this share of English function words, a text may be in another language.
ENGLISH_MIN_SHARE = 0.2
#: Another language's function words must make at least this share of the words.
OTHER_MIN_SHARE = 0.1
#: Texts shorter than this many words are too short to tell,
MIN_WORDS = 40
#: unless this many letters are mostly of another script than Latin.
MIN_LETTERS = 40
#: Only the text's start is read: its first few hundred words tell as well as all of them.
SAMPLE_CHARS = 5000
#: Another language's function words must be this many different ones ("ab ab ab" is no Latin).
OTHER_MIN_DISTINCT = 5

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _stop_lists() -> dict[str, frozenset[str]]:
    """The stop words of every language spaCy ships a list for, by language code.

    Each list is run from its own file, spaCy itself not imported: the load stage
    runs in the main process, and importing spaCy and its language packages would
    cost it a second or more, the lists alone a hundredth."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return {}
    lists = {}
    for path in sorted(Path(spec.origin).parent.glob("lang/*/stop_words.py")):
        code = path.parent.name
        file_spec = importlib.util.spec_from_file_location(f"_stop_words_{code}", path)
        if file_spec is None or file_spec.loader is None:
            continue
        module = importlib.util.module_from_spec(file_spec)
        try:
            file_spec.loader.exec_module(module)
            lists[code] = frozenset(w.lower() for w in module.STOP_WORDS)
        except Exception:  # a list that does not load alone is left out, never stops a build
            continue
    return lists


def _language_name(code: str) -> str:
    import pycountry  # only for a text in another language

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    return str(found.name) if found is not None else code


def _script(letters: str) -> str | None:
    """The script most letters are written in, when it is not Latin ("Hangul", "Cyrillic")."""
    scripts = Counter(unicodedata.name(ch, "UNKNOWN").split()[0] for ch in letters)
    script, count = scripts.most_common(1)[0]
    if script in {"LATIN", "UNKNOWN"} or count * 2 < len(letters):
        return None
    return "Chinese" if script == "CJK" else script.title()


def foreign_language(text: str) -> str | None:
    """The name of the language `text` is written in when it is not English
    ("Portuguese", or a script: "Hangul script"), else None (English, or too short to tell)."""
    words = [w.lower() for w in _WORD.findall(text, 0, SAMPLE_CHARS)]
    lists = _stop_lists()
    if "en" not in lists:
        return None
    if len(words) < MIN_WORDS:
        # Chinese and Japanese put no spaces between words: a few long runs of letters
        return _script_name(words)
    english = sum(w in lists["en"] for w in words) / len(words)
    if english >= ENGLISH_MIN_SHARE:
        return None
    share, code = max(
        (sum(w in stops for w in words) / len(words), code)
        for code, stops in lists.items()
        if code not in {"en", "xx"}
    )
    if share >= OTHER_MIN_SHARE and share > english and len(lists[code] & set(words)) >= OTHER_MIN_DISTINCT:
        return _language_name(code)
    return _script_name(words)


def _script_name(words: list[str]) -> str | None:
    """ "Hangul script" for words mostly in that script, from MIN_LETTERS letters on."""
    letters = "".join(words)
    script = _script(letters) if len(letters) >= MIN_LETTERS else None
    return f"{script} script" if script is not None else None
