"""Lazy offline search: the search index split into small scripts the browser loads on demand.

Material's search worker rebuilds a Lunr index from the whole search index on
every page load, so the wait for the first result grows with the site (about
20 s at 1,000 briefings opened from disk). The `briefing` MkDocs plugin
(`plugin.py`) runs this after Material's search and offline plugins and
replaces that with an index made at build time:

    search/lazy/meta.js     number of documents, each document's page parent
    search/lazy/t/XY.js     the terms starting with XY: [document, weight, ...]
    search/lazy/d/N.js      documents N*100 ... N*100+99: location, title, text

and a worker of the same protocol (`lazy_search_worker.js`) in place of
Material's, which loads the term scripts of the typed words and the document
scripts of the best matches only. Scripts (not JSON) so that they load from
file:// too, through the same `importScripts` that the iframe-worker shim
provides. `search/search_index.json` keeps only the configuration. Every
word of every indexed section stays searchable (full text included).
"""

from __future__ import annotations

import html
import json
import math
import re
import shutil
from array import array
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

DOCS_PER_FILE = 100
TITLE_WEIGHT = 5.0
WORKER = Path(__file__).with_name("lazy_search_worker.js")
# The same words the worker splits a query into (keep the two in step).
_TERM = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TAG = re.compile(r"<[^>]+>")


def terms_of(text: str) -> list[str]:
    """Return the lowercased words of a text, as the worker splits a query."""
    # The pattern takes both apostrophes alike, so replacing one by the other
    # first gives the same words as replacing it in each word after.
    return _TERM.findall(text.lower().replace("’", "'"))


def plain(markup: str) -> str:
    """Return the visible text of an HTML fragment, on one line."""
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


def _script(call: str, *args: object) -> str:
    body = ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in args)
    return f"self.{call}({body});\n"


def shard_key(term: str) -> str:
    """Return the name of the term script a term belongs to: its first two characters, escaped."""
    return "".join(c if c.isascii() and c.isalnum() else f"_{ord(c):x}" for c in term[:2])


def round_thousandths(values: npt.NDArray[np.float64]) -> list[float]:
    """Return `round(value, 3)` of each value (finite), as Python computes it, at NumPy's speed.

    Python rounds the exact binary value to the nearest thousandth and returns
    the float nearest that decimal, which is what dividing the nearest whole
    number of thousandths by 1000 gives (IEEE division is correctly rounded).
    Scaling by 1000 may move a value across a half-way point only when it
    lies within a rounding error of one: those few are left to `round`.
    """
    thousandths = values * 1000.0
    rounded: list[float] = (np.rint(thousandths) / 1000.0).tolist()
    halfway = np.abs(thousandths - np.floor(thousandths) - 0.5) < 1e-6
    for at in np.flatnonzero(halfway).tolist():
        rounded[at] = round(float(values[at]), 3)
    return rounded


def _scaled_postings(
    numbers: dict[str, array[int]], codes: dict[str, array[int]], lengths: array[float]
) -> dict[str, list[float]]:
    """Return term -> [document, weight, ...] from each term's documents and codes (twice the
    count in the text, plus one when in the title) and each document's length.

    A weight is `TITLE_WEIGHT * in_title + sqrt(count) / length` times the
    term's rarity, rounded to thousandths; computed in one NumPy pass over
    all postings, in the same IEEE operations as in Python, hence the same bits.
    """
    terms = sorted(numbers)
    frequency = [len(numbers[term]) for term in terms]
    documents, coded = array("i"), array("i")
    for term in terms:
        documents.extend(numbers[term])
        coded.extend(codes[term])
    code = np.frombuffer(coded, dtype=np.intc)
    length = np.frombuffer(lengths, dtype=np.float64)[np.frombuffer(documents, dtype=np.intc)]
    weights = TITLE_WEIGHT * (code & 1).astype(np.float64) + np.sqrt((code >> 1).astype(np.float64)) / length
    rarity = np.array([math.log(1 + len(lengths) / n) for n in frequency], dtype=np.float64)
    rounded = round_thousandths(weights * np.repeat(rarity, frequency))
    postings: dict[str, list[float]] = {}
    start = 0
    for term, count in zip(terms, frequency, strict=True):
        pairs: list[float] = [0.0] * (2 * count)
        pairs[0::2] = numbers[term]
        pairs[1::2] = rounded[start : start + count]
        postings[term] = pairs
        start += count
    return postings


def write_lazy_index(site: Path) -> bool:
    """Split `site`'s Material search index into lazy scripts; return False if there is none.

    Postings are kept in typed arrays and documents written a hundred at a
    time, so the split stays small beside the site build (the index of 5,000
    briefings holds about 25,000 sections).
    """
    source = site / "search" / "search_index.json"
    if not source.is_file():
        return False
    index: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    docs: list[dict[str, Any]] = index.pop("docs")
    out = site / "search" / "lazy"
    shutil.rmtree(out, ignore_errors=True)
    (out / "t").mkdir(parents=True)
    (out / "d").mkdir()
    parents: list[int] = []
    page_of: dict[str, int] = {}
    numbers: dict[str, array[int]] = defaultdict(lambda: array("i"))
    codes: dict[str, array[int]] = defaultdict(lambda: array("i"))
    lengths = array("d")
    rows: list[list[str]] = []
    for number, doc in enumerate(docs):
        page = doc["location"].split("#")[0]
        parents.append(page_of.setdefault(page, number))
        title, text = plain(doc.get("title", "")), plain(doc.get("text", ""))
        title_terms = set(terms_of(title))
        words = terms_of(text)
        text_terms = Counter(words)
        lengths.append(math.sqrt(1 + len(words)))
        for term, count in text_terms.items():
            numbers[term].append(number)
            codes[term].append(2 * count + (term in title_terms))
        for term in title_terms.difference(text_terms):
            numbers[term].append(number)
            codes[term].append(1)  # in the title only: weight TITLE_WEIGHT
        rows.append([doc["location"], title, text])
        if len(rows) == DOCS_PER_FILE or number == len(docs) - 1:
            file = number // DOCS_PER_FILE
            (out / "d" / f"{file}.js").write_text(_script("lazyDocs", file, rows), encoding="utf-8")
            rows = []
    # Terms and shards in sorted order, never in the order words were first met:
    # the same documents give the same bytes whatever built them.
    by_shard: dict[str, list[str]] = defaultdict(list)
    for term in sorted(numbers):
        by_shard[shard_key(term)].append(term)
    postings = _scaled_postings(numbers, codes, lengths)
    for key in sorted(by_shard):
        shard = {term: postings[term] for term in by_shard[key]}
        (out / "t" / f"{key}.js").write_text(_script("lazyTerms", key, shard), encoding="utf-8")
    meta = {"docs": len(docs), "perFile": DOCS_PER_FILE, "parents": parents, "shards": sorted(by_shard)}
    (out / "meta.js").write_text(_script("lazyMeta", meta), encoding="utf-8")
    small = json.dumps({"config": index["config"], "docs": []}, separators=(",", ":"))
    source.write_text(small, encoding="utf-8")
    script = site / "search" / "search_index.js"
    if script.is_file():
        script.write_text(f"var __index = {small}", encoding="utf-8")
    for worker in (site / "assets" / "javascripts" / "workers").glob("search.*.min.js"):
        shutil.copyfile(WORKER, worker)
    return True
