"""`briefing new DIR`: start a project folder that `briefing build` builds with no flags."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from ..errors import ConfigError

ARTICLES = "articles"


@dataclass(frozen=True)
class ProjectFile:
    """One file of a new project: its path in the project and its text."""

    path: str
    text: str


def project_files(site_name: str, articles: str = ARTICLES) -> list[ProjectFile]:
    """Return the files of a new project, rendered from the package's project templates."""
    env = Environment(
        loader=PackageLoader("generator.commands", "project"),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    values = {"site_name": site_name, "articles": articles}
    example = (Path(__file__).with_name("project") / "articles" / "example.md").read_text(encoding="utf-8")
    return [
        ProjectFile("mkdocs.yml", env.get_template("mkdocs.yml.j2").render(values)),
        ProjectFile(".gitignore", env.get_template("gitignore.j2").render(values)),
        ProjectFile("README.md", env.get_template("README.md.j2").render(values)),
        ProjectFile(f"{articles}/example.md", example),
    ]


def new_project(folder: Path, site_name: str | None = None) -> list[Path]:
    """Write a new project into `folder` (created; it must be absent or empty); return the files.

    Refuses, writing nothing, when `folder` exists and is not an empty folder.
    """
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ConfigError("exists and is not an empty folder; nothing written", str(folder))
    name = (
        site_name or folder.resolve().name.replace("-", " ").replace("_", " ").strip().title() or "Briefings"
    )
    files = project_files(name)
    written = []
    for item in files:
        target = folder / item.path
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8") as handle:
            handle.write(item.text)
        written.append(target)
    (folder / "docs").mkdir(exist_ok=True)
    return written
