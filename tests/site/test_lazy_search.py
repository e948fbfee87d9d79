"""The lazy search index: every word of every indexed section is findable, in small scripts."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from array import array
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.site import lazy_search
from generator.site.lazy_search import plain, round_thousandths, shard_key, terms_of, write_lazy_index
from generator.site.terms_cache import document_digest, load_terms, save_terms

ROOT = Path(__file__).resolve().parents[2]


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    (site / "assets" / "javascripts" / "workers").mkdir(parents=True)
    (site / "assets" / "javascripts" / "workers" / "search.abc.min.js").write_text("lunr", encoding="utf-8")
    docs = [
        {"location": "articles/a.html", "title": "Quake in Ankara", "text": ""},
        {
            "location": "articles/a.html#full-text",
            "title": "Full text",
            "text": "<p>Rescuers &amp; Erdoğan’s aides dug.</p>",
        },
        {"location": "articles/b.html", "title": "Floods", "text": "<p>Rain in Ankara.</p>"},
    ]
    index = {"config": {"lang": ["en"]}, "docs": docs}
    (site / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    (site / "search" / "search_index.js").write_text("var __index = " + json.dumps(index), encoding="utf-8")
    return site


def _load(path: Path) -> list[object]:
    match = re.fullmatch(r"self\.\w+\((.*)\);\n", path.read_text(encoding="utf-8"), re.S)
    assert match
    return list(json.loads(f"[{match.group(1)}]"))


def test_words_split_like_the_worker() -> None:
    assert terms_of("Erdoğan’s aides, 2019-10-12!") == ["erdoğan's", "aides", "2019", "10", "12"]
    assert plain("<p>A &amp; <b>B</b></p>") == "A & B"
    assert shard_key("ankara") == "an" and shard_key("ğx") == "_11fx"


# Half-way values whose binary value lies just below or above the half (2.675 is 2.67499...).
_HALFWAY = [0.0005, 0.0015, 1.0005, 2.675, 2.6750000000000003, 0.1235, 7.0625, 1234.5675, 0.0]


@given(st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)))
def test_rounding_to_thousandths_is_pythons_round(values: list[float]) -> None:
    values = values + _HALFWAY + [v + 1e-13 for v in _HALFWAY] + [v * 3.7 for v in values]
    rounded = round_thousandths(np.array(values, dtype=np.float64))
    assert [repr(v) for v in rounded] == [repr(round(v, 3)) for v in values]


def test_every_word_is_indexed_and_the_big_index_goes(tmp_path: Path) -> None:
    site = _site(tmp_path)
    assert write_lazy_index(site)
    lazy = site / "search" / "lazy"
    meta = _load(lazy / "meta.js")[0]
    assert meta == {"docs": 3, "perFile": 100, "parents": [0, 0, 2], "shards": meta["shards"]}  # type: ignore[index]
    key, terms = _load(lazy / "t" / "an.js")
    assert key == "an"
    assert set(terms) >= {"ankara"}  # type: ignore[arg-type]
    postings = terms["ankara"]  # type: ignore[index]
    assert postings[0::2] == [0, 2]  # in the title of a, in the text of b
    assert postings[1] > postings[3]  # a title counts more than a mention
    found = {t for shard in (lazy / "t").glob("*.js") for t in _load(shard)[1]}  # type: ignore[union-attr]
    assert {"rescuers", "erdoğan's", "aides", "dug", "quake", "floods", "rain"} <= found
    number, rows = _load(lazy / "d" / "0.js")
    assert number == 0 and rows[1] == [
        "articles/a.html#full-text",
        "Full text",
        "Rescuers & Erdoğan’s aides dug.",
    ]  # type: ignore[index]
    small = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert small["docs"] == [] and small["config"] == {"lang": ["en"]}
    assert "lunr" not in (site / "assets/javascripts/workers/search.abc.min.js").read_text(encoding="utf-8")


def test_a_site_without_material_search_is_left_alone(tmp_path: Path) -> None:
    assert not write_lazy_index(tmp_path)


def _many_docs(count: int) -> list[dict[str, str]]:
    """`count` sections of pages, each with a word of its own (`wN`) and a shared word."""
    docs = []
    for n in range(count):
        page = f"articles/p{n // 3}.html"
        location = page if n % 3 == 0 else f"{page}#s{n % 3}"
        docs.append(
            {"location": location, "title": f"Title w{n}", "text": f"<p>Shared text u{n} z{n % 7}</p>"}
        )
    return docs


def test_every_posting_resolves_to_its_document_across_batches(tmp_path: Path) -> None:
    # 345 sections: four document scripts, the last one partial, so every batch
    # boundary (99/100, 199/200, 299/300) is crossed.
    site = _site(tmp_path)
    docs = _many_docs(345)
    index = {"config": {"lang": ["en"]}, "docs": docs}
    (site / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    assert write_lazy_index(site)
    lazy = site / "search" / "lazy"
    meta = _load(lazy / "meta.js")[0]
    per_file = meta["perFile"]  # type: ignore[index]
    assert meta["docs"] == len(docs)  # type: ignore[index]
    rows: dict[int, list[str]] = {}
    for path in (lazy / "d").glob("*.js"):
        number, batch = _load(path)
        for k, row in enumerate(batch):  # type: ignore[arg-type]
            rows[number * per_file + k] = row  # type: ignore[operator]
    assert sorted(rows) == list(range(len(docs)))
    for n, doc in enumerate(docs):
        assert rows[n][0] == doc["location"]
        assert meta["parents"][n] == n - n % 3  # type: ignore[index]
    resolved = 0
    for path in (lazy / "t").glob("*.js"):
        _, shard = _load(path)
        for term, flat in shard.items():  # type: ignore[union-attr]
            for number in flat[0::2]:
                location, title, text = rows[int(number)]
                assert term in terms_of(f"{title} {text}"), (term, number, location)
                resolved += 1
    assert resolved >= 4 * len(docs)  # title, wN, uN, zK at least, per document
    for n in range(len(docs)):  # each document's own words lead to it and to it only
        shard = _load(lazy / "t" / f"{shard_key(f'w{n}')}.js")[1]
        assert shard[f"w{n}"][0::2] == [n]  # type: ignore[index]


def test_the_same_documents_give_the_same_bytes_in_every_process(tmp_path: Path) -> None:
    # Python's string hashing differs per process: nothing written may follow a set's order.
    docs = [
        {"location": "a.html", "title": "Alpha ample", "text": "<p>amber amble amid among ampere</p>"},
        {"location": "b.html", "title": "Beta", "text": "<p>among amid amble amber ample azure</p>"},
    ]
    outputs = []
    for seed in ("1", "2", "3"):
        site = _site(tmp_path / seed)
        index = {"config": {"lang": ["en"]}, "docs": docs}
        (site / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
        code = (
            "import sys, pathlib; from generator.site.lazy_search import write_lazy_index; "
            "write_lazy_index(pathlib.Path(sys.argv[1]))"
        )
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code, str(site)], check=True, env=env, cwd=ROOT)
        lazy = site / "search" / "lazy"
        outputs.append({str(p.relative_to(lazy)): p.read_bytes() for p in sorted(lazy.rglob("*.js"))})
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) >= 4


def test_the_plugin_splits_the_index_again_after_a_preview_in_the_same_process(tmp_path: Path) -> None:
    """MkDocs keeps one plugin instance per process; a serve's startup must not leak into builds."""
    from mkdocs.config import load_config

    from tests.conftest import ROOT

    (tmp_path / "docs").mkdir()
    dirs = {"docs_dir": str(tmp_path / "docs"), "site_dir": str(tmp_path / "site")}
    loaded = load_config(str(ROOT / "mkdocs.yml"), **dirs)
    plugin = loaded.plugins["briefing"]
    loaded.plugins.on_startup(command="serve", dirty=True)
    assert plugin._serving  # type: ignore[attr-defined]
    loaded.plugins.on_shutdown()
    again = load_config(str(ROOT / "mkdocs.yml"), **dirs)
    assert again.plugins["briefing"] is plugin
    assert not plugin._serving  # type: ignore[attr-defined]


def _split(tmp_path: Path, name: str, docs: list[dict[str, str]], cache: Path | None) -> dict[str, bytes]:
    site = _site(tmp_path / name)
    index = {"config": {"lang": ["en"]}, "docs": docs}
    (site / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    assert write_lazy_index(site, cache)
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_the_words_kept_from_the_last_split_give_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sections removed (with words no other section has), added, edited and moved: the split
    that takes the other sections' words from the cache writes what a split without it writes,
    and reads only the sections it has not seen."""
    cache = tmp_path / "terms"
    before = _many_docs(250)
    _split(tmp_path, "first", before, cache)
    after = before[3:120] + before[121:]  # w0..w2, u0..u2 and w120 gone from every section
    after[7] = {**after[7], "text": after[7]["text"] + " <em>edited</em> Quake"}
    after.insert(
        40, {"location": "articles/new.html", "title": "Ünïcode new", "text": "<p>Brand-new word</p>"}
    )
    after.append(after.pop(0))  # a known section at another number
    read = []
    counting = lazy_search.terms_of

    def count(text: str) -> list[str]:
        read.append(text)
        return counting(text)

    monkeypatch.setattr(lazy_search, "terms_of", count)
    cached = _split(tmp_path, "cached", after, cache)
    assert len(read) == 2 * 2  # title and text of the edited and the new section
    monkeypatch.undo()
    assert cached == _split(tmp_path, "uncached", after, None)
    assert cached == _split(tmp_path, "again", after, cache)  # the cache as the last split left it


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: data[:-4],
        lambda data: data.replace(b'"key":"', b'"key":"0', 1),
        lambda data: b"not a cache",
        lambda data: data[:-4] + bytes(4),  # the check's end
        lambda data: data[:-40] + bytes([data[-40] ^ 1]) + data[-39:],  # one bit of the last code
    ],
    ids=["half", "short", "other-key", "garbage", "bad-check", "one-bit"],
)
def test_a_damaged_cache_is_ignored(tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    cache = tmp_path / "terms"
    docs = _many_docs(30)
    _split(tmp_path, "first", docs[:20], cache)
    cache.write_bytes(damage(cache.read_bytes()))
    assert load_terms(cache) is None
    assert _split(tmp_path, "damaged", docs, cache) == _split(tmp_path, "clean", docs, None)
    assert load_terms(cache) is not None  # written again, whole


@pytest.mark.parametrize(
    ("vocabulary", "term"), [(["a"], 1), (["a", "a"], 0), (["a"], -1)], ids=["beyond", "twice", "negative"]
)
def test_a_cache_naming_terms_it_does_not_hold_is_ignored(
    tmp_path: Path, vocabulary: list[str], term: int
) -> None:
    cache = tmp_path / "terms"
    terms, codes = np.array([term], dtype=np.int32), np.array([2], dtype=np.int32)
    save_terms(
        cache, vocabulary, [document_digest("", "a")], array("i", [1]), array("d", [1.0]), terms, codes
    )
    assert load_terms(cache) is None
    save_terms(cache, ["a"], [document_digest("", "a")], array("i", [1]), array("d", [1.0]), terms * 0, codes)
    assert load_terms(cache) is not None


@given(
    st.lists(
        st.tuples(st.text(min_size=1), st.lists(st.integers(0, 10**6)), st.floats(0, 1e4)),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from([1e-3, 1.0, 1e3, -1.0]),
)
def test_a_shard_is_the_json_text_of_its_terms(
    rows: list[tuple[str, list[int], float]], scale: float
) -> None:
    """Weights of thousandths (as the split makes them) and any others alike."""
    terms = sorted({term for term, _, _ in rows})
    postings: dict[str, tuple[list[int], list[float]]] = {}
    for term, numbers, weight in rows:
        postings[term] = (numbers, [round(weight * n, 3) * scale for n in range(len(numbers))])
    starts, documents, weights = [0], [], []
    for term in terms:
        documents += postings[term][0]
        weights += postings[term][1]
        starts.append(len(documents))
    numbers = lazy_search._json_texts(np.array(documents, dtype=np.int64))
    texts = lazy_search._json_texts(np.array(weights, dtype=np.float64))
    assert numbers == [json.dumps(n) for n in documents] and texts == [json.dumps(w) for w in weights]
    scaled = lazy_search._Scaled(terms, starts, numbers, texts)
    expected = {}
    for term in terms:
        pairs: list[float] = [0.0] * (2 * len(postings[term][0]))
        pairs[0::2], pairs[1::2] = postings[term]
        expected[term] = pairs
    text = json.dumps(expected, ensure_ascii=False, separators=(",", ":"))
    assert scaled.shard_json(list(range(len(terms)))) == text


def _preview_build(tmp_path: Path) -> None:
    """A dirty build as a preview server makes: MkDocs keeps Material's search plugin,
    and the index it built, for the rest of the process."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    docs = tmp_path / "preview-docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Preview\n\nStale words.\n", encoding="utf-8")
    config = tmp_path / "preview.yml"
    config.write_text(
        "site_name: P\ntheme:\n  name: material\nplugins:\n  - search\n  - briefing\n", encoding="utf-8"
    )
    loaded = load_config(str(config), docs_dir=str(docs), site_dir=str(tmp_path / "preview-site"))
    loaded.plugins.on_startup(command="serve", dirty=True)
    try:
        build(loaded, dirty=True)
    finally:
        loaded.plugins.on_shutdown()


@pytest.mark.parametrize("after_a_preview", [False, True], ids=["alone", "after a preview build"])
def test_the_plugin_splits_the_sections_from_memory_and_material_writes_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, after_a_preview: bool
) -> None:
    """Guards the reliance on Material's search plugin keeping its sections in
    `search_index.entries`: taken before it writes its index, so it writes (and the offline
    plugin inlines) an index of none, and the split has every section all the same; also
    after a preview's dirty build left the process's search plugin an index of its own."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import generator.site.plugin as plugin_module

    if after_a_preview:
        _preview_build(tmp_path)

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\nAnkara quake.\n\n## Later\n\nRescuers dug.\n", encoding="utf-8")
    (docs / "other.md").write_text("# Other\n\nFloods in Ankara.\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: T\ntheme:\n  name: material\nuse_directory_urls: false\n"
        "plugins:\n  - search\n  - offline\n  - briefing\n",
        encoding="utf-8",
    )
    seen: list[tuple[int, list[object]]] = []
    real = plugin_module.write_lazy_index

    def watched(site: Path, cache: Path | None = None, docs: list[dict[str, str]] | None = None) -> bool:
        written = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
        seen.append((len(docs or []), written["docs"]))
        return real(site, cache, docs)

    monkeypatch.setattr(plugin_module, "write_lazy_index", watched)
    loaded = load_config(str(config), docs_dir=str(docs), site_dir=str(tmp_path / "site"))
    loaded.plugins.on_startup(command="build", dirty=False)
    try:
        build(loaded)
    finally:
        loaded.plugins.on_shutdown()
    assert seen == [(3, [])]  # three sections, none in the index Material wrote
    meta = _load(tmp_path / "site" / "search" / "lazy" / "meta.js")[0]
    assert meta["docs"] == 3  # type: ignore[index]
    script = (tmp_path / "site" / "search" / "search_index.js").read_text(encoding="utf-8")
    assert script.endswith('"docs":[]}') and "Rescuers" not in script
