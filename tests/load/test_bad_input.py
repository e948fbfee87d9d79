"""Bad input: each bad file in tests/fixtures/bad/ (plus the few that git cannot
hold, made at run time) gives exactly one clear line on stderr naming it and
the problem, the other articles still build, and the exit status is 0 unless
--strict is given.

One `briefing build` runs over the whole set (with tests/fixtures/good/) and
the tests below read its output.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language

from generator.cli import main
from tests.records import clash_suffix
from tests.site_build import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
GOOD_ARTICLES = 3

# File (relative to the articles folder) -> (kind of line, part of the reason),
# or None when the file is published without any line.


EXPECTED: dict[str, tuple[str, str] | None] = {
    "empty.txt": ("skipped", "article has no text"),
    "whitespace-only.txt": ("skipped", "article has no text"),
    "list-of-numbers.txt": ("skipped", "article has no sentences"),
    "photo-renamed.txt": ("skipped", "binary file, not text"),
    "report-renamed.md": ("skipped", "binary file, not text"),
    "article-folder.md": ("skipped", "is a folder, not an article file"),
    "article-folder.md/nested-article.txt": None,
    "windows-1252-curly-quotes.txt": None,
    "latin-1.txt": None,
    "utf-8-bom.txt": None,
    "utf-16-bom.txt": None,
    "utf-16-no-bom.txt": None,
    "cyrillic-windows-1251.txt": ("skipped", "the encoding cannot be told; re-save the file as UTF-8"),
    "broken-utf-8.txt": ("skipped", "not valid UTF-8 at byte 37 (0xe9)"),
    "yaml-malformed.md": ("skipped", "malformed YAML front matter at line 3"),
    "yaml-never-closes.md": ("skipped", "front matter opens with '---' but never closes"),
    "yaml-date-yesterday.md": ("skipped", "front matter 'date': expected YYYY-MM-DD, received 'yesterday'"),
    "yaml-title-list.md": ("skipped", "front matter 'title': expected text, received [1, 2]"),
    "yaml-impossible-date.md": ("skipped", "malformed YAML front matter: ValueError: day is out of range"),
    "yaml-python-object.md": ("skipped", "could not determine a constructor for the tag"),
    "yaml-not-a-mapping.md": ("skipped", "front matter must be a mapping, received list"),
    "yaml-unknown-keys.md": ("warning", "unknown front-matter key(s) 'colour', 'tags' ignored"),
    "quote-never-closes.txt": None,
    "quote-alone.txt": None,
    # The first published keeps the plain page name; the later ones a digest of their file name.
    "same-slug-c.md": (
        "warning",
        "title gives the same page name as {articles}/same-title-a.md; "
        f"published as articles/storm-warning-{clash_suffix('same-slug-c.md')}.md",
    ),
    "same-title-a.md": None,
    "same-title-b.md": (
        "warning",
        f"published as articles/storm-warning-{clash_suffix('same-title-b.md')}.md",
    ),
    "school-board copy.txt": None,
    "school-board.txt": (
        "skipped",
        "duplicate of {articles}/school-board copy.txt (same text), not published twice",
    ),
    "name with spaces.txt": None,
    "ümlaut-ñame-日本.txt": None,
    "dots..in..name.txt": None,
    ".hidden-draft.txt": ("skipped", "hidden file (name starts with '.'), not read"),
    "notes.docx": (
        "skipped",
        "unsupported file type '.docx'; "
        "supported: .atom, .htm, .html, .jsonl, .markdown, .md, .rss, .txt, .xml",
    ),
    # Made at run time (see `_add_runtime_cases`).
    "huge-20mb.txt": ("skipped", "file is 20,000,000 bytes, above the limit of 1,000,000 (see --max-bytes)"),
    "one-long-line.txt": ("skipped", "a paragraph of 191,999 characters, above the limit of 100,000"),
    "link-outside.txt": ("skipped", "symbolic link, not followed"),
    "link-to-folder": ("skipped", "symbolic link, not followed"),
    "named-pipe.txt": ("skipped", "not a regular file (a pipe, socket or device)"),
    "new\\nline.txt": None,
    "not-utf8-\\udcff-name.txt": None,
}


@dataclass(frozen=True)
class Run:
    articles: Path
    docs: Path
    site: Path
    result: Result

    @property
    def lines(self) -> list[str]:
        return self.result.stderr.splitlines()


def _add_runtime_cases(articles: Path, outside: Path) -> None:
    """Cases git cannot hold: a 20 MB file, links, a pipe, odd file-name bytes."""
    line = "The harbour master spoke about the pier on Monday. " * 20 + "\n"
    with (articles / "huge-20mb.txt").open("w") as handle:
        handle.write(line * (20_000_000 // len(line)))
        handle.write("x" * (20_000_000 - handle.tell()))
    (articles / "one-long-line.txt").write_text("The harbour master spoke again. " * 6000)
    secret = outside / "secret.txt"
    secret.write_text("Secret text outside the articles folder, said the clerk.")
    (articles / "link-outside.txt").symlink_to(secret)
    (articles / "link-to-folder").symlink_to(outside, target_is_directory=True)
    os.mkfifo(articles / "named-pipe.txt")
    (articles / "new\nline.txt").write_text("A file name with a newline in it, the clerk said on Monday.")
    name = os.fsdecode(b"not-utf8-\xff-name.txt")
    (articles / name).write_text("A file name that is not UTF-8 at all, the clerk said on Tuesday.")


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Run:
    """`briefing build` over the bad and good fixtures, once for this module."""
    root = tmp_path_factory.mktemp("bad-input")
    articles = root / "articles"
    shutil.copytree(FIXTURES / "bad", articles, symlinks=True)
    shutil.copytree(FIXTURES / "good", articles, dirs_exist_ok=True)
    outside = root / "outside"
    outside.mkdir()
    _add_runtime_cases(articles, outside)
    docs = root / "docs"
    site = root / "site"
    args = ["build", "--articles", str(articles), "--docs", str(docs), "--site", str(site)]
    result = CliRunner().invoke(main, [*args, "--config", str(ROOT / "mkdocs.yml")])
    return Run(articles, docs, site, result)


def test_the_fixture_table_covers_every_file() -> None:
    committed = {
        p.relative_to(FIXTURES / "bad").as_posix() for p in (FIXTURES / "bad").rglob("*") if p.is_file()
    }
    committed |= {p.name for p in (FIXTURES / "bad").iterdir() if p.is_dir()}
    assert committed <= set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_file_gives_exactly_one_clear_line(run: Run, name: str) -> None:
    shown = f"{run.articles}/{name}"
    own = [line for line in run.lines if re.match(rf"(skipped|warning): {re.escape(shown)}: ", line)]
    expected = EXPECTED[name]
    if expected is None:
        assert not own
        return
    kind, reason = expected
    assert len(own) == 1, own
    assert own[0].startswith(f"{kind}: {shown}: ")
    assert reason.format(articles=run.articles) in own[0]


def test_no_traceback_and_exit_zero(run: Run) -> None:
    assert run.result.exit_code == 0, run.result.output
    assert "Traceback" not in run.result.output
    problem_lines = [line for line in run.lines if line.startswith(("skipped: ", "warning: "))]
    assert len(problem_lines) == sum(1 for e in EXPECTED.values() if e is not None)
    others = [line for line in run.lines if line not in problem_lines]
    assert len(others) == 2 and others[1] == f"site built in {run.site}"
    assert re.fullmatch(
        rf"{_published()} articles briefed, {_count('skipped')} skipped, {_count('warning')} with warnings "
        rf"\({_published()} extracted, 0 from the cache\); "
        r"\d+ pages written, 0 unchanged, 0 removed",
        others[0],
    )


def _count(kind: str) -> int:
    return sum(1 for e in EXPECTED.values() if e is not None and e[0] == kind)


def _published() -> int:
    return sum(1 for e in EXPECTED.values() if e is None) + _count("warning") + GOOD_ARTICLES


def test_the_other_articles_are_published(run: Run) -> None:
    # Every file without a line, those with a warning, and tests/fixtures/good/.
    assert _published() == 21
    assert len(list((run.docs / "articles").glob("*.md"))) == _published()
    assert len(list((run.site / "articles").glob("*.html"))) == _published()
    pages = [p.read_text(encoding="utf-8") for p in (run.docs / "articles").glob("*.md")]
    texts = "\n".join(pages)
    # Decoded, not mojibake.
    assert "“We will rebuild the café and the crèche.” Critics called it a naïve plan." in texts
    assert "la crèche rouvrira à Noël" in texts
    assert "Farmers near the River Wend" in texts and "The library of Port Alder" in texts
    assert "Ã" not in texts and "\ufffd" not in texts
    # The duplicate once, the three storm warnings each on their own page.
    headings = [next(line for line in page.splitlines() if line.startswith("# ")) for page in pages]
    assert sum("The school board of Port Alder elected a new chair" in h for h in headings) == 1
    storms = sorted(p.name for p in (run.docs / "articles").glob("storm-warning*.md"))
    assert storms == sorted(
        [
            "storm-warning.md",
            *(f"storm-warning-{clash_suffix(n)}.md" for n in ("same-title-b.md", "same-slug-c.md")),
        ]
    )
    # Nothing from outside the articles folder, nothing hidden.
    assert "Secret text outside" not in texts and "hidden draft" not in texts


def test_strict_makes_the_same_run_fail(run: Run, nlp: Language) -> None:
    strict = CliRunner().invoke(
        main, ["generate", "--strict", "--articles", str(run.articles), "--docs", str(run.docs)]
    )
    assert strict.exit_code == 1
    assert strict.stderr.splitlines()[:-2] == run.lines[:-2]
    assert strict.stderr.splitlines()[-1] == "Error: --strict: 23 input(s) skipped, 3 with warnings"


def test_extract_command_reports_bad_files_the_same_way(run: Run, nlp: Language) -> None:
    files = [run.articles / "empty.txt", run.articles / "quote-alone.txt", run.articles / "named-pipe.txt"]
    result = CliRunner().invoke(main, ["extract", "--json", *map(str, files)])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.splitlines() == [
        f"skipped: {files[0]}: article has no text",
        f"skipped: {files[2]}: not a regular file (a pipe, socket or device)",
    ]


def test_a_larger_limit_is_an_option(run: Run, tmp_path: Path, nlp: Language) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "long.txt").write_text("The harbour master spoke about the pier on Monday.\n" * 40)
    args = ["generate", "--articles", str(articles), "--docs", str(tmp_path / "docs")]
    refused = CliRunner().invoke(main, [*args, "--max-bytes", "1k"])
    assert refused.stderr.splitlines()[0] == (
        f"skipped: {articles / 'long.txt'}: file is 2,040 bytes, above the limit of 1,000 (see --max-bytes)"
    )
    assert CliRunner().invoke(main, [*args, "--max-bytes", "3k"]).stderr.startswith("1 articles briefed")
    bad = CliRunner().invoke(main, [*args, "--max-bytes", "lots"])
    assert bad.exit_code == 2 and "expected a size such as" in bad.stderr


def test_an_article_that_makes_extraction_slow_is_stopped(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time
    from collections.abc import Iterable, Iterator

    import generator.extract
    from generator.models import Article, Briefing

    articles = tmp_path / "articles"
    shutil.copytree(FIXTURES / "good", articles)
    # Whatever makes an article slow to extract (once: quote marks by the thousand,
    # until extraction learned to pass over them quickly), the limit must stop it.
    (articles / "quote-storm.txt").write_text("“ab” " * 3000)
    real = generator.extract.extract_many
    real_one = generator.extract.extract

    def slow_on_the_storm(batch: Iterable[Article], model: Language) -> Iterator[Briefing]:
        for article in batch:
            if article.source.endswith("quote-storm.txt"):
                time.sleep(30)  # interrupted by the time limit's signal
            yield from real([article], model)

    def slow_one(article: Article, model: Language) -> Briefing:
        # the article retried alone after the batch ran out of time: as slow again
        if article.source.endswith("quote-storm.txt"):
            time.sleep(30)
        return real_one(article, model)

    monkeypatch.setattr(generator.extract, "extract_many", slow_on_the_storm)
    monkeypatch.setattr(generator.extract, "extract", slow_one)
    args = ["generate", "--articles", str(articles), "--docs", str(tmp_path / "docs"), "--max-seconds", "1.5"]
    args += ["--workers", "1"]  # in this process, where the slow extraction is patched in
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0] == f"skipped: {articles / 'quote-storm.txt'}: extraction took longer than 1.5 s, stopped"
    assert lines[1].startswith("3 articles briefed, 1 skipped, 0 with warnings (")
