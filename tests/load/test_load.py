"""Load stage: readers by suffix, front matter, decoding, refusals."""

from __future__ import annotations

import codecs
import datetime as dt
import os
from pathlib import Path

import pytest

from generator.errors import LoadError
from generator.load import discover, load_article, supported_suffixes
from generator.load.decode import decode_article_bytes
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


def test_discover_sorts_and_reports_what_it_will_not_read(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("B text.")
    (tmp_path / "a.md").write_text("A text.")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("not an article")
    (tmp_path / "notes.docx").write_text("x")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "folder.txt" / "inner.md").write_text("Inner text.")
    found = discover(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in found.paths] == [
        "a.md",
        "b.txt",
        "folder.txt/inner.md",
        "notes.docx",
    ]
    assert [(Path(e.path or "").name, e.reason) for e in found.refused] == [
        (".hidden.txt", "hidden file (name starts with '.'), not read"),
        ("folder.txt", "is a folder, not an article file"),
    ]
    with pytest.raises(LoadError, match=r"unsupported file type '\.docx'"):
        load_article(tmp_path / "notes.docx")


def test_symlink_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("Secret text outside.")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    [found] = discover(folder).paths
    with pytest.raises(LoadError, match="symbolic link"):
        load_article(found)


def test_symlinked_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret text outside.")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "linked").symlink_to(outside)
    found = discover(folder)
    assert found.paths == (folder / "linked",)
    with pytest.raises(LoadError, match="symbolic link, not followed"):
        load_article(found.paths[0])


def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(LoadError, match="not a regular file"):
        load_article(fifo)


def test_too_large_file_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(20_000_000)  # sparse: 20 MB on paper, nothing on disk
    opened: list[object] = []
    monkeypatch.setattr(os, "open", lambda *args, **kw: opened.append(args))
    with pytest.raises(LoadError, match=r"20,000,000 bytes, above the limit of 1,000,000"):
        load_article(path)
    assert not opened


def test_file_names_in_messages_stay_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "evil\nname\x1b[31m.txt"
    path.write_text("")
    with pytest.raises(LoadError) as info:
        load_article(path)
    assert "\n" not in info.value.format_message() and "\x1b" not in info.value.format_message()
    assert "evil\\nname\\x1b[31m.txt" in info.value.message


TEXT = "“Peace,” she said. Café déjà vu, über alles."


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), id="utf-32-bom"),
        pytest.param(TEXT.encode("utf-16-le"), id="utf-16-le-no-bom"),
        pytest.param(TEXT.encode("utf-16-be"), id="utf-16-be-no-bom"),
        pytest.param(TEXT.encode("cp1252"), id="windows-1252"),
    ],
)
def test_encodings_that_can_be_told_are_decoded(data: bytes) -> None:
    assert decode_article_bytes(data, "a.txt") == TEXT


@pytest.mark.parametrize(
    "text",
    [
        "Le président a déclaré à Genève: « Ça suffit ». Prix: 5 £, 3 m³, 1º.",
        "Ça été déjà.",
        "El niño comió piña en Málaga, ¿verdad? ¡Sí!",
        "Þórður og Ásdís fóru í ferð til Íslands.",
    ],
)
def test_latin1_is_decoded(text: str) -> None:
    assert decode_article_bytes(text.encode("latin-1"), "a.txt") == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(
            ("Привет, мир. " * 20).encode("cp1251"), "encoding cannot be told", id="cyrillic-windows-1251"
        ),
        pytest.param(("中文新闻报道。" * 20).encode("gbk"), "encoding cannot be told", id="chinese-gbk"),
        pytest.param("Мэр заявил.".encode("cp1251"), "encoding cannot be told", id="short-cyrillic"),
        pytest.param(
            "Burmistrz powiedział, że most było małe.".encode("cp1250"),
            r"symbols inside words \('y³o'\)",
            id="polish-windows-1250",
        ),
        pytest.param(
            TEXT.encode("utf-8") + b" \xa0 " + TEXT.encode("utf-8"),
            "not valid UTF-8 at byte",
            id="broken-utf-8",
        ),
        pytest.param(b"Text with \x81 byte.", "neither UTF-8 nor Windows-1252", id="undefined-byte"),
        pytest.param(codecs.BOM_UTF8 + b"\xff\xfe bad", "despite its byte-order mark", id="bad-after-bom"),
        pytest.param(b"\x00\x01\x02\x03binary\x00", "binary", id="nul-bytes"),
        pytest.param(b"\x1b\x02\x03\x04" * 10 + b"some text", "binary", id="control-bytes"),
    ],
)
def test_undecidable_encodings_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(LoadError, match=reason):
        decode_article_bytes(data, "a.txt")


def test_invisible_controls_are_removed() -> None:
    data = ("A \x1b[31mred\x07 word,\r\nand\u00ad\ufeff more. " + "Plain words. " * 20).encode()
    assert decode_article_bytes(data, "a.txt").startswith("A [31mred word,\nand\u00ad more. Plain")


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        ("title: [unclosed", "malformed YAML front matter at line 3: expected ',' or ']'"),
        ("date: 2019-02-30", "malformed YAML front matter: ValueError"),
        ("title: " + "[" * 3000 + "]" * 3000, "malformed YAML"),
        ("title: !!python/object/apply:os.system [echo pwned]", "malformed YAML"),
        ("- a list", "front matter must be a mapping, received list"),
        ("title: {a: 1}", "'title': expected text, received {'a': 1}"),
        ("title: yes", "'title': expected text, received True"),
        ("date: 2019-10-12 but later", "'date': expected YYYY-MM-DD"),
    ],
)
def test_bad_front_matter_is_refused(tmp_path: Path, front: str, reason: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\n{front}\n---\nBody text here.\n")
    with pytest.raises(LoadError) as info:
        load_article(path)
    assert reason in info.value.reason


def test_front_matter_edges(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\n---\nBody text here.\n")
    assert load_article(path).text == "Body text here."
    path.write_text("---\ntitle: T\ndate: 2019-10-12T08:30:00Z\n...\nBody text.\n")
    article = load_article(path)
    assert article.title == "T" and article.date == dt.date(2019, 10, 12) and article.text == "Body text."
    # Only a line that is exactly '---' closes it.
    path.write_text("---\ntitle: T\n----\n--- not a fence\n")
    with pytest.raises(LoadError, match="never closes"):
        load_article(path)


def test_unknown_front_matter_keys_are_warnings(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: T\ntags: [x]\ncolour: red\n---\nBody text here.\n")
    article = load_article(path)
    assert article.title == "T"
    [warning] = article.warnings
    assert warning.startswith("unknown front-matter key(s) 'colour', 'tags' ignored; known: added, author")


_PAGE = (
    "<html><head><title>Harbour bridge to close</title><script>{script}</script></head>"
    "<body><article><h1>Harbour bridge to close</h1>{paragraphs}</article></body></html>"
)


def test_a_saved_web_page_heavy_with_scripts_loads_its_text_is_what_the_limit_holds(tmp_path: Path) -> None:
    # A saved news page is mostly scripts and markup (the Guardian's: 1.2 MB for a few KB of text).
    paragraphs = "".join(
        f"<p>The harbour bridge will close for repairs on Monday, the council said in statement {n}.</p>"
        for n in range(6)
    )
    page = tmp_path / "page.html"
    page.write_text(_PAGE.format(script="var x = 1;\n" * 150_000, paragraphs=paragraphs), encoding="utf-8")
    assert page.stat().st_size > 1_000_000
    article = load_article(page)
    assert "harbour bridge will close" in article.text
    with pytest.raises(LoadError, match=r"file is [\d,]+ bytes, above the limit of 1,600 "):
        load_article(page, max_bytes=200)  # a page is read up to 8 times the limit, no more
    small = tmp_path / "small.html"
    small.write_text(_PAGE.format(script="", paragraphs=paragraphs), encoding="utf-8")
    with pytest.raises(LoadError, match=r"article text is [\d,]+ bytes, above the limit of 300"):
        load_article(small, max_bytes=300)


def test_soft_hyphens_are_dropped_so_a_name_stays_one_name(tmp_path: Path) -> None:
    path = tmp_path / "hyphens.txt"
    path.write_text("Prime Minister Benjamin Netan\u00adyahu met Vladi\u00admir Putin in Moscow on Monday.\n")
    article = load_article(path)
    assert "Netanyahu" in article.text and "Vladimir" in article.text and "\u00ad" not in article.text
    assert not article.warnings
