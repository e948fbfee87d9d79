"""Load stage: readers by suffix, front matter, decoding, refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.errors import LoadError
from generator.load import discover, load_article, supported_suffixes
from tests.conftest import CORPUS, SEED


def test_seed_txt_has_no_title_or_date() -> None:
    article = load_article(SEED)
    assert article.title is None and article.date is None
    assert article.text.startswith("Prime Minister Nikol Pashinyan")
    assert "“" in article.text  # curly quotes kept as they are


def test_markdown_front_matter_is_typed() -> None:
    path = CORPUS / "wikinews" / "cosmonaut-alexei-leonov-dies-at-age-85.md"
    article = load_article(path)
    assert article.title == "Cosmonaut Alexei Leonov dies at age 85"
    assert article.date == dt.date(2019, 10, 12)
    assert article.url and article.url.startswith("https://en.wikinews.org/wiki/")
    assert article.publisher == "Wikinews" and article.license == "CC BY 2.5"
    assert article.text.startswith("Yesterday, Roscosmos")


def test_unknown_suffix_lists_supported(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_text("Some text here.")
    with pytest.raises(LoadError) as info:
        load_article(path)
    assert str(path) in info.value.message
    for suffix in supported_suffixes():
        assert suffix in info.value.message


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "no text"),
        (b"   \n\n  ", "no text"),
        (b"1 2 3\n4 5 6\n", "no sentences"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_files_are_refused_with_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(LoadError, match=reason):
        load_article(path)


def test_encodings(tmp_path: Path) -> None:
    text = "“Peace,” she said. Café."
    for encoding, prefix in [("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1252", b"")]:
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(prefix + text.encode(encoding))
        assert load_article(path).text == text


def test_malformed_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: [unclosed\n---\nBody text here.\n")
    with pytest.raises(LoadError, match="malformed YAML"):
        load_article(path)
    path.write_text("---\ntitle: T\ndate: yesterday\n---\nBody text here.\n")
    with pytest.raises(LoadError, match="'date'"):
        load_article(path)
    path.write_text("---\ntitle: [1, 2]\n---\nBody text here.\n")
    with pytest.raises(LoadError, match="'title'"):
        load_article(path)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Word. " * 100)
    with pytest.raises(LoadError, match="above the limit"):
        load_article(path, max_bytes=100)


def test_discover_skips_hidden_and_sorts(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("B text.")
    (tmp_path / "a.md").write_text("A text.")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "notes.docx").write_text("x")
    assert [p.name for p in discover(tmp_path)] == ["a.md", "b.txt"]


def test_symlink_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("Secret text outside.")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    [found] = discover(folder)
    with pytest.raises(LoadError, match="symbolic link"):
        load_article(found)
