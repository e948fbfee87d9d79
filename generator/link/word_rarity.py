"""How rare a word is in English at large, from a table shipped with the package.

Text similarity weighs a word by its rarity. Counted in the site's own
articles (inverse document frequency), that weight moves whenever an added
article changes how many articles hold a word: one heavy article moved the
weights of words held by hundreds of others and reordered the related lists
of about a tenth of a 1,000-article site, none of which named it. Weighed by
English at large, an article's words weigh the same whatever else is in the
site (the site counts only for its commonest words, `similarity.site_level`),
so an added article changes the lists it enters and hardly any others.

The table is wordfreq's English word frequencies (the `large` list,
https://github.com/rspeer/wordfreq, data CC BY-SA 4.0), kept for words at or
above `RARE_ZIPF` (about 29,000 words) and shipped in `word_rarity.json` so
that the 57 MB library is needed only to rebuild it; a test checks that the
shipped table equals a fresh build when wordfreq is installed (it is in the
`test` extra). Rebuild it after upgrading wordfreq or changing the cut:

    python -m generator.link.word_rarity
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from functools import cache, lru_cache
from pathlib import Path

from ..extras import installed_version

SHIPPED = Path(__file__).with_name("word_rarity.json")

# Zipf frequency: log10 of a word's occurrences per billion words. A word
# at `COMMON_ZIPF` or above ("the", "of", "and") is in about every news
# article of a few hundred words and weighs nothing; a word at `RARE_ZIPF`
# or below (one in a million words, and every name or word the table does
# not hold) weighs the most. Between the two the weight is the distance to
# `COMMON_ZIPF`, which is about what the logarithm of an inverse document
# frequency would be for such a word in a large news corpus.
COMMON_ZIPF = 6.3
RARE_ZIPF = 3.0
WORDLIST = "large"
FORMAT = 1


def built_from() -> dict[str, object]:
    """What the table is made from: wordfreq's version (None when not installed) and the cut."""
    return {
        "format": FORMAT,
        "wordfreq": installed_version("wordfreq"),
        "wordlist": WORDLIST,
        "rare_zipf": RARE_ZIPF,
    }


def build_table() -> dict[str, float]:
    """Each English word of wordfreq's list at or above `RARE_ZIPF`, with its Zipf frequency
    (two decimals, as wordfreq reports it)."""
    import wordfreq

    frequencies: Mapping[str, float] = wordfreq.get_frequency_dict("en", wordlist=WORDLIST)
    table: dict[str, float] = {}
    for word, frequency in frequencies.items():
        zipf = round(math.log10(frequency) + 9, 2)
        if zipf >= RARE_ZIPF:
            table[word] = zipf
    return table


def table_text(table: Mapping[str, float]) -> str:
    """The shipped file's text: the words of each frequency on one line, in order."""
    by_zipf: dict[str, list[str]] = {}
    for word, zipf in table.items():
        by_zipf.setdefault(f"{zipf:.2f}", []).append(word)
    lines = {zipf: " ".join(sorted(words)) for zipf, words in sorted(by_zipf.items())}
    shipped = {"built_from": built_from(), "source": "wordfreq (CC BY-SA 4.0)", "zipf": lines}
    return json.dumps(shipped, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def read_table(path: Path = SHIPPED) -> dict[str, float]:
    """The shipped table: each word with its Zipf frequency."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {word: float(zipf) for zipf, words in data["zipf"].items() for word in words.split(" ")}


@cache
def _table() -> dict[str, float]:
    return read_table()


@lru_cache(maxsize=1 << 18)  # most words recur in many texts of a site
def rarity(word: str) -> float:
    """How much `word` (lower-cased) weighs: 0.0 for the commonest English words, up to
    `COMMON_ZIPF - RARE_ZIPF` for rare words and words the table does not hold."""
    zipf = _table().get(word.replace("’", "'"), RARE_ZIPF)
    return max(0.0, COMMON_ZIPF - max(zipf, RARE_ZIPF))


def main() -> None:
    SHIPPED.write_text(table_text(build_table()), encoding="utf-8")
    print(f"wrote {SHIPPED}")


if __name__ == "__main__":
    main()
