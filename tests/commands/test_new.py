"""`briefing new`: a project folder that builds with no options, and the repository's own
mkdocs.yml is the same template (so the two cannot drift apart)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.commands.new import project_files
from tests.conftest import ROOT


def test_new_writes_a_project_and_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    folder = tmp_path / "city-desk"
    result = CliRunner().invoke(main, ["new", str(folder)])
    assert result.exit_code == 0, result.output
    names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert names == [".gitignore", "README.md", "articles/example.md", "mkdocs.yml"]
    assert (folder / "docs").is_dir()
    settings = yaml.load((folder / "mkdocs.yml").read_text(), Loader=yaml.Loader)
    assert settings["site_name"] == "City Desk"
    assert {"briefing": {"articles": "articles"}} in settings["plugins"]

    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    again = CliRunner().invoke(main, ["new", str(folder)])
    assert again.exit_code == 1
    assert again.output.strip().splitlines() == [
        f"Error: [B500] {folder}: exists and is not an empty folder; nothing written"
    ]
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


def test_the_repository_mkdocs_yml_is_the_project_template() -> None:
    (mkdocs_yml,) = [f for f in project_files("Briefings", "seeds") if f.path == "mkdocs.yml"]
    assert (ROOT / "mkdocs.yml").read_text(encoding="utf-8") == mkdocs_yml.text


@pytest.mark.parametrize("name", ['Quote " and : colon', "Ünïcode & <b>"])
def test_a_site_name_is_written_as_yaml_data(tmp_path: Path, name: str) -> None:
    CliRunner().invoke(main, ["new", str(tmp_path / "p"), "--name", name])
    settings = yaml.load((tmp_path / "p" / "mkdocs.yml").read_text(), Loader=yaml.Loader)
    assert settings["site_name"] == name
