"""Hostile records: one bad record never stops a run, and no input costs unbounded time.

tests/fixtures/hostile/records/ holds escapes no file could hold as bytes (a
lone surrogate or ESC written as ``\\udfff``/``\\u001b`` in JSON Lines and
YAML, ``&#xD800;`` in a feed and a page), records that break a parser (a
number of 5,000 digits, nesting 1,000 deep), dates out of range, a YAML alias
bomb, a run of 20,000 quote marks and a 5,000-character word; the run adds
the cases too large to commit (a line nested 200,000 deep, 60,000 unknown
front-matter keys, 90,000 quote marks). One `briefing build` runs over them
and tests/fixtures/good/; every line it prints is checked exactly.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language

from generator.cli import main
from tests.site_build import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
RECORDS = FIXTURES / "hostile" / "records"
KNOWN = "added, author, date, license, metadata, publisher, source, title, url"
NOT_PROSE = "not prose, and too slow to tokenise"
UNDATED = "(1800 to a year from now); published undated"
REPLACED = "surrogate or control character(s), replaced by U+FFFD"

# Source (relative to the articles folder) -> the one line it gives, or None when published silently.
EXPECTED: dict[str, str | None] = {
    "escapes.jsonl#1": None,
    "escapes.jsonl#2": "warning: {s}: 2 lone surrogate(s) replaced by U+FFFD in text, title",
    "escapes.jsonl#3": "warning: {s}: 4 control character(s) removed in text, title, publisher",
    "escapes.jsonl#4": "skipped: {s}: a number of 5,000 digits (above the limit of 100)",
    "escapes.jsonl#5": "skipped: {s}: nested 1,001 levels deep, above the limit of 32",
    "escapes.jsonl#6": "warning: {s}: date 9999-12-01 is out of range " + UNDATED,
    "escapes.jsonl#7": "skipped: {s}: expected a JSON object, received list",
    "entities.xml#1": "warning: {s}: the feed refers to 3 " + REPLACED,
    "entities.xml#2": "warning: {s}: date '2019-13-45' cannot be read as a date; published undated",
    "entities.xml#3": (
        "warning: {s}: date 'Tue, 01 Jan 0000 00:00:00 GMT' cannot be read as a date; published undated"
    ),
    "entities.xml#4": "skipped: {s}: feed entry has no text (no content or summary)",
    "page.html": "warning: {s}: the page refers to 4 " + REPLACED,
    "alias-bomb.md": (
        "skipped: {s}: malformed YAML front matter at line 3: aliases (*name) are not allowed in front matter"
    ),
    "yaml-escapes.md": (
        "warning: {s}: 1 lone surrogate(s) replaced by U+FFFD and 2 control character(s) removed "
        "in title, author"
    ),
    "ancient-date.md": "warning: {s}: date 0001-01-01 is out of range " + UNDATED,
    "many-keys.md": (
        "warning: {s}: unknown front-matter key(s) 'extra_00', 'extra_01', 'extra_02', 'extra_03', "
        "'extra_04', 'extra_05', 'extra_06', 'extra_07', 'extra_08', 'extra_09' and 30 more ignored; "
        f"known: {KNOWN}"
    ),
    "quote-marks.txt": (
        "skipped: {s}: text has a run of 20,000 punctuation marks without a letter or space "
        f"(above the limit of 100): {NOT_PROSE}"
    ),
    "long-word.txt": (
        f"skipped: {{s}}: text has 5,000 characters without a space (above the limit of 2,000): {NOT_PROSE}"
    ),
    # Made at run time (see `_add_runtime_cases`).
    "deep.jsonl#1": None,
    "deep.jsonl#2": "skipped: {s}: nested 200,001 levels deep, above the limit of 32",
    "keys-60000.md": (
        "warning: {s}: unknown front-matter key(s) 'k00000', 'k00001', 'k00002', 'k00003', 'k00004', "
        "'k00005', 'k00006', 'k00007', 'k00008', 'k00009' and 59,990 more ignored; known: "
        f"{KNOWN}"
    ),
    "quotes-90000.txt": (
        "skipped: {s}: text has a run of 90,000 punctuation marks without a letter or space "
        f"(above the limit of 100): {NOT_PROSE}"
    ),
}
GOOD_ARTICLES = 3


@dataclass(frozen=True)
class Run:
    articles: Path
    docs: Path
    result: Result

    @property
    def lines(self) -> list[str]:
        return self.result.stderr.splitlines()


def _add_runtime_cases(articles: Path) -> None:
    good = {
        "title": "Station clock mended",
        "text": "The Port Vale station clock was mended on Monday, the porter said.",
    }
    deep = "[" * 200_000 + "]" * 200_000
    (articles / "deep.jsonl").write_text(f'{json.dumps(good)}\n{{"text": "x", "m": {deep}}}\n')
    keys = "".join(f"k{n:05d}: 1\n" for n in range(60_000))
    (articles / "keys-60000.md").write_text(
        f"---\ntitle: Bus shelter rebuilt\n{keys}---\n"
        "The Port Vale bus shelter was rebuilt on Tuesday, the driver said.\n"
    )
    (articles / "quotes-90000.txt").write_text(
        "The Port Vale band played on Sunday.\n\n" + '"' * 90_000 + "\n"
    )


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Run:
    """`briefing build` over the hostile records and the good fixtures, once for this module."""
    root = tmp_path_factory.mktemp("hostile-records")
    articles = root / "articles"
    shutil.copytree(RECORDS, articles)
    shutil.copytree(FIXTURES / "good", articles, dirs_exist_ok=True)
    _add_runtime_cases(articles)
    docs = root / "docs"
    args = ["build", "--articles", str(articles), "--docs", str(docs), "--site", str(root / "site")]
    result = CliRunner().invoke(main, [*args, "--config", str(ROOT / "mkdocs.yml")])
    return Run(articles, docs, result)


def test_the_table_covers_every_record_file() -> None:
    committed = {p.name for p in RECORDS.iterdir()}
    assert committed == {name.split("#")[0] for name in EXPECTED} - {
        "deep.jsonl",
        "keys-60000.md",
        "quotes-90000.txt",
    }


def test_every_problem_is_exactly_its_one_line(run: Run) -> None:
    assert run.result.exit_code == 0, run.result.output
    # One line per input, in the order of the inputs.
    expected = [line.format(s=f"{run.articles}/{name}") for name, line in sorted(EXPECTED.items()) if line]
    problems = [line for line in run.lines if line.startswith(("skipped: ", "warning: "))]
    assert problems == expected
    assert all(len(line) < 600 for line in run.lines)


def test_the_good_records_and_articles_publish(run: Run) -> None:
    published = (
        sum(1 for line in EXPECTED.values() if line is None or line.startswith("warning")) + GOOD_ARTICLES
    )
    assert run.lines[-2].startswith(f"{published} articles briefed, ")
    assert run.lines[-1].startswith("site built in ")
    pages = [p.read_text(encoding="utf-8") for p in (run.docs / "articles").glob("*.md")]
    assert len(pages) == published
    texts = "\n".join(pages)
    for words in [
        "Library reopens \ufffd after repairs",
        "The Port Vale choir \\[2J sang",
        "Bridge\ufffd repairs",
    ]:
        assert words in texts
    assert not any(ch in texts for ch in "\x00\x07\x1b")


def test_out_of_range_dates_leave_the_article_undated(run: Run) -> None:
    undated = (run.docs / "archive" / "undated.md").read_text(encoding="utf-8")
    for title in [
        "Market day in Port Vale",
        "Tram line extended",
        "School fair raises funds",
        "Council meets at last",
    ]:
        assert title in undated
    # Never the date a library would guess (9999-12, 2020-01 for 2019-13-45, 2000-01 for year 0000).
    months = sorted(p.stem for p in (run.docs / "archive").glob("*.md"))
    assert not {"9999-12", "2020-01", "2000-01", "0001-01"} & set(months), months


def test_extract_publishes_the_good_records_of_a_hostile_file(nlp: Language) -> None:
    source = RECORDS / "escapes.jsonl"
    result = CliRunner().invoke(main, ["extract", "--json", str(source)])
    assert result.exit_code == 1  # some records were skipped
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [f"{source}#{n}" for n in (1, 2, 3, 6)]
    expected = [line.format(s=f"{source}#{n}") for n, line in _lines_of("escapes.jsonl")]
    assert result.stderr.splitlines() == expected


def _lines_of(name: str) -> list[tuple[int, str]]:
    return [
        (int(key.split("#")[1]), line)
        for key, line in sorted(EXPECTED.items())
        if key.startswith(f"{name}#") and line
    ]


def test_add_saves_the_good_records_and_names_each_bad_one(tmp_path: Path) -> None:
    from generator.add import Status, add_sources

    report = add_sources(
        [str(RECORDS / "escapes.jsonl"), str(RECORDS / "entities.xml")], tmp_path / "articles"
    )
    assert report.count(Status.ADDED) == 7 and report.count(Status.FAILED) == 4
    failed = [str(o) for o in report.outcomes if o.status is Status.FAILED]
    assert failed == [
        f"failed: {RECORDS}/escapes.jsonl#4: a number of 5,000 digits (above the limit of 100)",
        f"failed: {RECORDS}/escapes.jsonl#5: nested 1,001 levels deep, above the limit of 32",
        f"failed: {RECORDS}/escapes.jsonl#7: expected a JSON object, received list",
        f"failed: {RECORDS}/entities.xml#4: feed entry has no text (no content or summary)",
    ]
    saved = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "articles").glob("*.md"))
    assert "\ufffd" in saved and not any(ch in saved for ch in "\x00\x07\x1b")
