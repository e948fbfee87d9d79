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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .terms_cache import KnownTerms, document_digest, load_terms, save_terms

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
    """Return `round(value, 3)` of each value (finite), as Python computes it, at NumPy's speed
    (see `_rounded_thousandths`)."""
    rounded: list[float] = _rounded_thousandths(values).tolist()
    return rounded


def _rounded_thousandths(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """`round(value, 3)` of each value (finite), as Python computes it, in an array.

    Python rounds the exact binary value to the nearest thousandth and returns
    the float nearest that decimal, which is what dividing the nearest whole
    number of thousandths by 1000 gives (IEEE division is correctly rounded).
    Scaling by 1000 may move a value across a half-way point only when it
    lies within a rounding error of one: those few are left to `round`.
    """
    thousandths = values * 1000.0
    rounded = np.rint(thousandths) / 1000.0
    halfway = np.abs(thousandths - np.floor(thousandths) - 0.5) < 1e-6
    for at in np.flatnonzero(halfway).tolist():
        rounded[at] = round(float(values[at]), 3)
    return rounded


def _json_texts(values: npt.NDArray[Any]) -> list[str]:
    """`json.dumps` of each value, made once per distinct value: documents and weights
    rounded to thousandths repeat (854,066 postings, 6,682 distinct weights at 1,000
    briefings), and their text was most of the term scripts' time. A list of shared
    strings also takes far less memory than one of numbers."""
    if not len(values):
        return []
    if values.dtype.kind == "f":
        thousandths = np.rint(values * 1000.0)
        # Each weight is the float nearest a whole number of thousandths: numbered by it.
        exact = thousandths.min() >= 0 and thousandths.max() < 2**24 and not np.signbit(values).any()
        if exact and np.array_equal(thousandths / 1000.0, values):
            return _by_number(thousandths.astype(np.int64), lambda k: json.dumps(k / 1000))
        distinct, inverse = np.unique(values, return_inverse=True)
        texts = np.array([json.dumps(v) for v in distinct.tolist()], dtype=object)
        listed: list[str] = texts[inverse].tolist()
        return listed
    return _by_number(values.astype(np.int64), json.dumps)


def _by_number(numbers: npt.NDArray[np.int64], text: Callable[[int], str]) -> list[str]:
    """`text(n)` of each of `numbers` (whole, not negative), made once per distinct number."""
    table = np.empty(int(numbers.max()) + 1, dtype=object)
    present = np.flatnonzero(np.bincount(numbers))
    table[present] = [text(n) for n in present.tolist()]
    listed: list[str] = table[numbers].tolist()
    return listed


class _Vocabulary(dict[str, int]):
    """Term -> number, a new term numbered as it is first looked up (`map(v.__getitem__, ...)`
    numbers a document's terms without a Python call per known term)."""

    def __missing__(self, term: str) -> int:
        number = self[term] = len(self)
        return number


class _Postings:
    """Each document's terms, gathered into flat arrays: per (document, term) a code, twice the
    count in the text, plus one when in the title (see `_scaled_postings`); with `known`, the
    documents of the last split are taken from it instead of being read again."""

    def __init__(self, known: KnownTerms | None = None) -> None:
        self.known = known
        self.vocabulary = _Vocabulary({term: n for n, term in enumerate(known.vocabulary)} if known else {})
        self.digests: list[bytes] = []
        self.read = 0
        """Documents whose words were read (not found in `known`)."""
        self.terms = array("i")
        self.codes = array("i")
        self.sizes = array("i")
        """How many of `terms` each document added, in document order."""
        self.lengths = array("d")

    def add(self, title: str, text: str) -> None:
        """Add the next document, of plain `title` and `text`."""
        digest = document_digest(title, text)
        self.digests.append(digest)
        found = self.known.find(digest) if self.known is not None else None
        if found is not None:
            length, terms, codes = found
            self.lengths.append(length)
            self.terms.frombytes(terms)
            self.codes.frombytes(codes)
            self.sizes.append(len(codes) // self.codes.itemsize)
            return
        self.read += 1
        words = terms_of(text)
        counted = Counter(words)
        title_terms = set(terms_of(title))
        self.lengths.append(math.sqrt(1 + len(words)))
        look_up = self.vocabulary.__getitem__
        self.terms.extend(map(look_up, counted))
        self.codes.extend([2 * count for count in counted.values()])
        self.terms.extend(map(look_up, title_terms))
        self.codes.extend([1] * len(title_terms))  # summed with the text's code of the same term
        self.sizes.append(len(counted) + len(title_terms))


@dataclass(frozen=True)
class _Scaled:
    """Every term's postings: `terms` sorted, the postings of `terms[n]` at
    `starts[n]:starts[n + 1]` of `numbers` (documents, increasing) and `weights`, each as
    its JSON text."""

    terms: list[str]
    starts: list[int]
    numbers: list[str]
    weights: list[str]

    def shard_json(self, ats: list[int]) -> str:
        """The JSON text of {term: [document, weight, ...]} for the terms `ats`, as `json.dumps`
        with `_script`'s settings writes it."""
        parts = []
        for at in ats:
            start, end = self.starts[at], self.starts[at + 1]
            texts: list[str] = [""] * (2 * (end - start))
            texts[0::2] = self.numbers[start:end]
            texts[1::2] = self.weights[start:end]
            parts.append(f"{json.dumps(self.terms[at], ensure_ascii=False)}:[{','.join(texts)}]")
        return "{" + ",".join(parts) + "}"


@dataclass(frozen=True)
class _Ranked:
    """The terms some document has, sorted, and each vocabulary number's place among them (-1:
    none has it; the vocabulary of the last split may hold terms of documents gone)."""

    terms: list[str]
    rank: npt.NDArray[np.int32]


def _ranked(gathered: _Postings) -> _Ranked:
    names = list(gathered.vocabulary)
    used = np.zeros(len(names), dtype=bool)
    used[np.frombuffer(gathered.terms, dtype=np.intc)] = True
    order = sorted(np.flatnonzero(used).tolist(), key=names.__getitem__)
    rank = np.full(len(names), -1, dtype=np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    return _Ranked([names[at] for at in order], rank)


def _scaled_postings(gathered: _Postings, ranked: _Ranked) -> _Scaled:
    """Return the postings of every term of `ranked`, with their weights.

    A weight is `TITLE_WEIGHT * in_title + sqrt(count) / length` times the
    term's rarity, `log(1 + documents / documents with the term)`, rounded to
    thousandths; computed in NumPy over all postings at once (sorted by term,
    then document), in the same IEEE operations as in Python, hence the same bits.
    """
    documents = len(gathered.lengths)
    sizes = np.frombuffer(gathered.sizes, dtype=np.intc)
    keys = ranked.rank[np.frombuffer(gathered.terms, dtype=np.intc)].astype(np.int64)
    keys *= documents
    keys += np.repeat(np.arange(documents, dtype=np.int64), sizes)
    sorting = np.argsort(keys, kind="stable")
    keys = keys[sorting]
    first = np.empty(len(keys), dtype=bool)
    first[:1] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    code = (
        np.add.reduceat(np.frombuffer(gathered.codes, dtype=np.intc)[sorting], starts)
        if len(starts)
        else starts
    )
    del sorting, first
    term, document = np.divmod(keys[starts], documents) if documents else (starts, starts)
    del keys, starts
    frequency = np.bincount(term, minlength=len(ranked.terms))
    length = np.frombuffer(gathered.lengths, dtype=np.float64)[document]
    weights = TITLE_WEIGHT * (code & 1).astype(np.float64) + np.sqrt((code >> 1).astype(np.float64)) / length
    rarity = np.array([math.log(1 + documents / n) for n in frequency.tolist()], dtype=np.float64)
    weights *= np.repeat(rarity, frequency)
    del code, length, term
    bounds = [0, *np.cumsum(frequency).tolist()]
    rounded = _rounded_thousandths(weights)
    del weights
    return _Scaled(ranked.terms, bounds, _json_texts(document), _json_texts(rounded))


def write_lazy_index(site: Path, cache: Path | None = None, docs: list[dict[str, Any]] | None = None) -> bool:
    """Split `site`'s Material search index into lazy scripts; return False if there is none.

    Postings are kept in typed arrays and documents written a hundred at a
    time, so the split stays small beside the site build (the index of 5,000
    briefings holds about 25,000 sections). With `cache` (a file in the
    project cache, see `terms_cache`), the words of the sections the last
    split read are taken from it, and it is updated; the bytes are the same.
    With `docs`, the sections are those (the written index then holds none).
    """
    source = site / "search" / "search_index.json"
    if not source.is_file():
        return False
    index: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    written: list[dict[str, Any]] = index.pop("docs")
    if docs is None:
        docs = written
    out = site / "search" / "lazy"
    shutil.rmtree(out, ignore_errors=True)
    (out / "t").mkdir(parents=True)
    (out / "d").mkdir()
    parents: list[int] = []
    page_of: dict[str, int] = {}
    gathered = _Postings(load_terms(cache) if cache is not None else None)
    rows: list[list[str]] = []
    for number, doc in enumerate(docs):
        page = doc["location"].split("#")[0]
        parents.append(page_of.setdefault(page, number))
        title, text = plain(doc.get("title", "")), plain(doc.get("text", ""))
        gathered.add(title, text)
        rows.append([doc["location"], title, text])
        if len(rows) == DOCS_PER_FILE or number == len(docs) - 1:
            file = number // DOCS_PER_FILE
            (out / "d" / f"{file}.js").write_text(_script("lazyDocs", file, rows), encoding="utf-8")
            rows = []
    # Terms and shards in sorted order, never in the order words were first met:
    # the same documents give the same bytes whatever built them.
    gathered.known = None  # let go of the last split's words before the postings are made
    ranked = _ranked(gathered)
    if cache is not None:  # before the postings' lists are made: the memory's peak
        terms = ranked.rank[np.frombuffer(gathered.terms, dtype=np.intc)]
        codes = np.frombuffer(gathered.codes, dtype=np.intc)
        save_terms(cache, ranked.terms, gathered.digests, gathered.sizes, gathered.lengths, terms, codes)
        del terms, codes
    scaled = _scaled_postings(gathered, ranked)
    del gathered
    by_shard: dict[str, list[int]] = defaultdict(list)
    for at, term in enumerate(scaled.terms):
        by_shard[shard_key(term)].append(at)
    for key in sorted(by_shard):
        # One shard's text at a time, not every term's lists at once.
        shard = scaled.shard_json(by_shard[key])
        text = f"self.lazyTerms({json.dumps(key, ensure_ascii=False)},{shard});\n"
        (out / "t" / f"{key}.js").write_text(text, encoding="utf-8")
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
