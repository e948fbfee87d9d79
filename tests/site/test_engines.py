"""Both site builders build seeds/' pages from the same mkdocs.yml, into the same atomic swap."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.site.builder import build_site
from tests.site_build import ROOT


@pytest.mark.slow
def test_zensical_builds_the_committed_docs(tmp_path: Path) -> None:
    pytest.importorskip("zensical")
    docs = shutil.copytree(ROOT / "docs", tmp_path / "docs")
    site = tmp_path / "site"
    build_site(ROOT / "mkdocs.yml", docs, site, strict=True, engine="zensical")
    assert (site / "index.html").is_file()
    articles = sorted(p.stem for p in (site / "articles").glob("*.html"))
    assert articles == sorted(p.stem for p in (docs / "articles").glob("*.md"))
    assert "Stepanakert" in (
        site / "articles" / "nikol-pashinyan-held-a-telephone-conversation-with-antony.html"
    ).read_text(encoding="utf-8")
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith((".zensical", ".site"))]
    assert not leftovers


@pytest.mark.slow
def test_zensical_with_docs_elsewhere_copies_them_beside_the_site(tmp_path: Path) -> None:
    pytest.importorskip("zensical")
    site = tmp_path / "out" / "site"
    build_site(ROOT / "mkdocs.yml", ROOT / "docs", site, engine="zensical")
    assert (site / "attribution.html").is_file()
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.name != ".cache") == ["site"]


def test_a_failed_zensical_build_keeps_the_previous_site(tmp_path: Path) -> None:
    pytest.importorskip("zensical")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous", encoding="utf-8")
    broken = tmp_path / "mkdocs.yml"
    broken.write_text("site_name: [unclosed\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    with pytest.raises(BuildError, match="Zensical build failed"):
        build_site(broken, tmp_path / "docs", site, engine="zensical")
    assert (site / "index.html").read_text(encoding="utf-8") == "previous"
