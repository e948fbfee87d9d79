"""A project's templates/ folder replaces packaged templates by name, and a change to one
regenerates the pages even when the articles did not change."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from generator.pipeline import generate
from tests.site.test_build_safety import small_project


def test_a_project_template_replaces_the_packaged_one_and_its_edits_count(
    tmp_path: Path, nlp: Language
) -> None:
    config = small_project(tmp_path)
    packaged = generate(config, nlp)
    original = (config.docs_dir / "attribution.md").read_text(encoding="utf-8")
    assert "Our own sources page" not in original

    templates = tmp_path / "templates"  # beside mkdocs.yml
    templates.mkdir()
    (templates / "attribution.md.j2").write_text(
        "# Sources\n\nOur own sources page: {{ corpus.articles | length }}.\n"
    )
    generate(config, nlp)
    count = len(packaged.briefings)
    assert (
        config.docs_dir / "attribution.md"
    ).read_text() == f"# Sources\n\nOur own sources page: {count}.\n"
    assert (config.docs_dir / "index.md").is_file()  # the other pages still come from the package

    (templates / "attribution.md.j2").write_text("# Sources\n\nEdited.\n")
    edited = generate(config, nlp)
    assert edited.report.written == ("attribution.md",)
    assert (config.docs_dir / "attribution.md").read_text() == "# Sources\n\nEdited.\n"

    (templates / "attribution.md.j2").unlink()
    generate(config, nlp)
    assert (config.docs_dir / "attribution.md").read_text(encoding="utf-8") == original
