"""The lazy search index: every word of every indexed section is findable, in small scripts."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.site.lazy_search import plain, shard_key, terms_of, write_lazy_index


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
