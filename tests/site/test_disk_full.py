"""A full disk under docs/ fails the run with one line and a non-zero exit, and the site
is not rebuilt from the partly written docs folder; the next run, with room again, catches up."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

import generator.write.atomic as atomic
from generator.cli import main
from tests.site_build import ROOT

GOOD = ROOT / "tests" / "fixtures" / "good"


@pytest.mark.slow
def test_a_full_disk_fails_the_build_and_keeps_the_site(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(GOOD, articles)
    docs, site = tmp_path / "docs", tmp_path / "site"
    args = ["build", "--articles", str(articles), "--docs", str(docs), "--site", str(site)]
    args += ["--config", str(ROOT / "mkdocs.yml")]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    before = {p: p.read_bytes() for p in sorted(site.rglob("*.html"))}

    edited = sorted(articles.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe minister resigned on Friday.\n")
    real = atomic.write_all

    def full(fd: int, data: bytes) -> None:
        os.close(fd)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "write_all", full)
    failed = CliRunner().invoke(main, args)
    assert failed.exit_code == 1
    [error] = [line for line in failed.stderr.splitlines() if line.startswith("Error:")]
    assert error.startswith(f"Error: [B310] {docs.resolve()}/")
    assert error.endswith(": cannot write (No space left on device); the site was not rebuilt")
    assert "site built" not in failed.stderr and "site unchanged" not in failed.stderr
    assert {p: p.read_bytes() for p in sorted(site.rglob("*.html"))} == before
    assert not list(docs.rglob(".briefing-tmp-*"))

    monkeypatch.setattr(atomic, "write_all", real)
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0, again.output
    assert "site built in" in again.stderr
    assert "The minister resigned on Friday." in "".join(
        p.read_text() for p in (site / "articles").glob("*.html")
    )
