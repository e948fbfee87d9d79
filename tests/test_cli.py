"""The command-line interface, through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import SEED


@pytest.mark.parametrize("command", [[], ["build"], ["generate"], ["extract"], ["serve"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    assert len(result.output.splitlines()) > 3


def test_extract_json_on_the_seed(nlp: object) -> None:
    result = CliRunner().invoke(main, ["extract", "--json", str(SEED)])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    record = json.loads(line)
    assert list(record)[:8] == ["source", "id", "title", "date", "url", "summary", "actors", "quotes"]
    assert record["source"] == str(SEED) and record["date"] is None
    names = {a["name"] for a in record["actors"]}
    speakers = [q["speaker"] for q in record["quotes"]]
    assert len(record["quotes"]) == 4
    assert all(s in names for s in speakers)
    assert speakers.count("Ned Price") == 2
    people = {a["name"]: a["role"] for a in record["actors"] if a["kind"] == "person"}
    assert len(people) == 7 and all(people.values())


def test_missing_file_is_one_clear_line(tmp_path: Path, nlp: object) -> None:
    missing = tmp_path / "nope.txt"
    result = CliRunner().invoke(main, ["extract", "--json", str(missing)])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(missing) in lines[0]
    assert "Traceback" not in result.output


def test_generate_reports_bad_files_and_goes_on(tmp_path: Path, nlp: object) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text('Jane Roe, the mayor, spoke. "We will rebuild," Roe said.')
    (articles / "empty.txt").write_text("")
    docs = tmp_path / "docs"
    result = CliRunner().invoke(main, ["generate", "--articles", str(articles), "--docs", str(docs)])
    assert result.exit_code == 0, result.output
    assert f"{articles / 'empty.txt'}: article has no text" in result.stderr
    assert "1 articles briefed, 1 skipped" in result.stderr
    assert len(list((docs / "articles").glob("*.md"))) == 1
    strict = CliRunner().invoke(
        main, ["generate", "--strict", "--articles", str(articles), "--docs", str(docs)]
    )
    assert strict.exit_code != 0


def test_generate_is_quiet_when_asked_and_reports_the_cache(tmp_path: Path, nlp: object) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text('Jane Roe, the mayor, spoke. "We will rebuild," Roe said.')
    args = ["generate", "--articles", str(articles), "--docs", str(tmp_path / "docs"), "--workers", "1"]
    first = CliRunner().invoke(main, args)
    assert "1 articles briefed, 0 skipped (1 extracted, 0 from the cache)" in first.stderr
    again = CliRunner().invoke(main, [*args, "--quiet"])
    assert again.exit_code == 0 and again.stderr == "" and again.stdout == ""


def test_bad_option_values_are_one_clear_line() -> None:
    result = CliRunner().invoke(main, ["generate", "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.stderr
    result = CliRunner().invoke(main, ["build", "--engine", "hugo"])
    assert result.exit_code == 2 and "--engine" in result.stderr
