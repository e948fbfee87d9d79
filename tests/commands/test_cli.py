"""The command-line interface, through click's CliRunner."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import SEED

COMMANDS = ["add", "build", "evaluate", "extract", "generate", "gh-deploy", "new", "serve"]


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
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
    written = re.search(r"(\d+) pages written", result.stderr)
    assert written is not None
    strict = CliRunner().invoke(
        main, ["generate", "--strict", "--articles", str(articles), "--docs", str(docs)]
    )
    assert strict.exit_code == 1
    assert strict.stderr.splitlines() == [
        f"skipped: {articles / 'empty.txt'}: article has no text",
        "1 articles briefed, 1 skipped, 0 with warnings (0 extracted, 1 from the cache);"
        f" 0 pages written, {written.group(1)} unchanged, 0 removed",
        "Error: --strict: 1 input(s) skipped, 0 with warnings",
    ]


def test_python_dash_m_generator_runs_the_cli() -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    assert "Usage: briefing" in proc.stdout
    for command in ("build", "generate", "extract", "evaluate", "serve", "add"):
        assert command in proc.stdout


def test_evaluate_verbose_lists_misses_per_article(tmp_path: Path, nlp: object) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "one.txt").write_text('Jane Roe, the mayor, spoke. "We will rebuild," Roe said.')
    gold = {
        "actors": [
            {"name": "Jane Roe", "kind": "person", "role": "the mayor", "aliases": ["Roe"]},
            {"name": "Ruritania", "kind": "place", "role": None, "aliases": []},
        ],
        "quotes": [{"text": "We will rebuild,", "speaker": "Jane Roe"}],
    }
    (tmp_path / "gold" / "one.json").write_text(json.dumps(gold))
    plain = CliRunner().invoke(main, ["evaluate", "--no-speed", str(tmp_path)])
    assert plain.exit_code == 0, plain.output
    assert "missed place" not in plain.output
    verbose = CliRunner().invoke(main, ["evaluate", "--no-speed", "--verbose", str(tmp_path)])
    assert verbose.exit_code == 0, verbose.output
    assert "## one" in verbose.output
    assert "- missed place: Ruritania" in verbose.output


def test_an_unexpected_failure_is_one_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.pipeline

    def broken(config: object, **options: object) -> None:
        warnings.warn("something odd\nover two lines", UserWarning, stacklevel=1)
        raise TypeError("a bug\nwith a newline")

    monkeypatch.setattr(generator.pipeline, "generate", broken)
    result = CliRunner().invoke(main, ["generate", "--docs", str(tmp_path / "docs")])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "warning: UserWarning: something odd\\nover two lines",
        "Error: [B900] unexpected TypeError: a bug\\nwith a newline",
    ]


def test_generate_is_quiet_when_asked_and_reports_the_cache(tmp_path: Path, nlp: object) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text('Jane Roe, the mayor, spoke. "We will rebuild," Roe said.')
    args = ["generate", "--articles", str(articles), "--docs", str(tmp_path / "docs"), "--workers", "1"]
    first = CliRunner().invoke(main, args)
    assert "1 articles briefed, 0 skipped, 0 with warnings (1 extracted, 0 from the cache)" in first.stderr
    again = CliRunner().invoke(main, [*args, "--quiet"])
    assert again.exit_code == 0 and again.stderr == "" and again.stdout == ""


def test_bad_option_values_are_one_clear_line() -> None:
    result = CliRunner().invoke(main, ["generate", "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.stderr
    result = CliRunner().invoke(main, ["build", "--engine", "hugo"])
    assert result.exit_code == 2 and "--engine" in result.stderr


def test_command_summaries_are_whole_and_every_command_has_an_example() -> None:
    listing = CliRunner().invoke(main, ["--help"]).output
    commands = COMMANDS
    rows = [line for line in listing.splitlines() if line.strip().split(" ")[0] in commands]
    assert len(rows) == len(commands)
    assert not [row for row in rows if row.rstrip().endswith("...")], rows
    for name in commands:
        assert "Example" in CliRunner().invoke(main, [name, "--help"]).output, name


def _captured_config(monkeypatch: pytest.MonkeyPatch, command: str) -> list[object]:
    import generator.pipeline

    seen: list[object] = []

    def capture(config: object, progress: object = None, replay: bool = False, warm: object = None) -> None:
        seen.append(config)
        raise SystemExit(0)

    monkeypatch.setattr(generator.pipeline, command, capture)
    return seen


def test_mkdocs_option_spellings_model_and_environment_reach_the_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen = _captured_config(monkeypatch, "build")
    args = ["build", "-f", str(tmp_path / "m.yml"), "-d", str(tmp_path / "out"), "-s", "--model", "x_model"]
    result = CliRunner().invoke(main, args, env={"BRIEFING_BUILD_SITE_URL": "https://example.org/news"})
    assert result.exit_code == 0, result.output
    (config,) = seen
    assert config.mkdocs_config == tmp_path / "m.yml"  # type: ignore[attr-defined]
    assert config.site_dir == tmp_path / "out"  # type: ignore[attr-defined]
    assert config.strict is True  # type: ignore[attr-defined]
    assert config.model == "x_model"  # type: ignore[attr-defined]
    assert config.site_url == "https://example.org/news/"  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", ["build", "generate"])
def test_folders_default_to_mkdocs_yml_relative_to_that_file_whatever_the_working_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: str
) -> None:
    project = tmp_path / "desk"
    (project / "content").mkdir(parents=True)
    (project / "mkdocs.yml").write_text("site_name: Desk\ndocs_dir: content\nsite_dir: public\n")
    monkeypatch.chdir(project / "content")  # as MkDocs does: folders follow the config, not the shell
    seen = _captured_config(monkeypatch, command)
    assert CliRunner().invoke(main, [command, "-f", "../mkdocs.yml"]).exit_code == 0
    (config,) = seen
    assert config.docs_dir.resolve() == project / "content"  # type: ignore[attr-defined]
    if command == "build":
        assert config.site_dir.resolve() == project / "public"  # type: ignore[attr-defined]
    (project / "mkdocs.yml").write_text("site_name: Desk\n")  # MkDocs' defaults: beside the file
    seen.clear()
    assert CliRunner().invoke(main, [command, "-f", "../mkdocs.yml"]).exit_code == 0
    assert seen[0].docs_dir.resolve() == project / "docs"  # type: ignore[attr-defined]
    seen.clear()
    assert CliRunner().invoke(main, [command, "-f", "../mkdocs.yml", "--docs", "here"]).exit_code == 0
    assert seen[0].docs_dir == Path("here")  # an option is taken as given  # type: ignore[attr-defined]
