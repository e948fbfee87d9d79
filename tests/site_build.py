"""Helpers to generate docs/ and build a site from seeds/ into a temporary folder."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from generator.config import Config
from generator.pipeline import GenerateResult, build

ROOT = Path(__file__).resolve().parent.parent
# Hand-written files under docs/ (the favicon at the root spares browsers and feed
# readers a 404 when they ask for /favicon.ico, e.g. while showing feed.xml).
HAND_WRITTEN = ("favicon.ico",)


@dataclass(frozen=True)
class BuiltSite:
    docs: Path
    site: Path
    result: GenerateResult


def build_from(articles: Path, workdir: Path, nlp: Language, strict: bool = True) -> BuiltSite:
    """Copy the hand-written docs into `workdir`, generate and build there."""
    docs = workdir / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for name in HAND_WRITTEN:
        source = ROOT / "docs" / name
        if source.is_dir():
            shutil.copytree(source, docs / name, dirs_exist_ok=True)
        else:
            shutil.copy(source, docs / name)
    site = workdir / "site"
    config = Config(
        articles_dir=articles,
        docs_dir=docs,
        site_dir=site,
        mkdocs_config=ROOT / "mkdocs.yml",
        strict=strict,
    )
    result = build(config, nlp)
    return BuiltSite(docs, site, result)
