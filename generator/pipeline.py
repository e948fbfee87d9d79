"""The library entry points: generate pages from articles, and build the site.

load -> extract -> link -> render -> write -> build. Briefings come from the
extraction cache when articles and extractor are unchanged (`collect`); when
the articles, the extractor and the generator are all as they were at the
last generation and docs/ is untouched since, link, render and write are
skipped too. Each bad article is reported as a `Skipped` record and the rest
go on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import BriefingCache, extractor_fingerprint, generation_stamp, installed_version
from .collect import collect_briefings
from .config import Config
from .errors import LoadError
from .link import link
from .load import load_article
from .models import Article, Briefing, Skipped
from .progress import Progress
from .render import render_corpus
from .runners import extract_articles
from .site import build_site
from .write import MANIFEST, Writer, WriteReport

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["GenerateResult", "Skipped", "build", "extract_articles", "generate", "load_articles"]


@dataclass(frozen=True)
class GenerateResult:
    """What a generation run produced."""

    briefings: tuple[Briefing, ...]
    skipped: tuple[Skipped, ...]
    report: WriteReport
    extracted: int = 0
    """Articles extracted in this run (the others came from the cache)."""
    site_built: bool = True
    """False when `build` found the site already built from the same docs/ and settings."""


def load_articles(paths: Sequence[Path], config: Config) -> tuple[list[Article], list[Skipped]]:
    """Load every path; bad files become `Skipped` records instead of stopping the run."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for path in paths:
        try:
            articles.append(load_article(path, str(path), max_bytes=config.max_article_bytes))
        except LoadError as exc:
            skipped.append(Skipped(str(path), exc.message))
    return articles, skipped


def _open_cache(config: Config) -> BriefingCache | None:
    if not config.cache:
        return None
    return BriefingCache(config.cache_path, extractor_fingerprint(config.model))


def _file_states(docs: Path, relpaths: Sequence[str]) -> dict[str, tuple[int, int]]:
    states = {}
    for relpath in relpaths:
        try:
            stat = (docs / relpath).stat()
        except OSError:
            continue
        states[relpath] = (stat.st_size, stat.st_mtime_ns)
    return states


def _untouched_since(cache: BriefingCache, name: str, root: Path, stamp: str) -> list[str] | None:
    """Return the files of the last step recorded as `name` if it had this stamp and
    its files under `root` all still have their size and mtime; else None."""
    last = cache.last_stamp(name)
    if last is None or last[0] != stamp:
        return None
    recorded = {path: (size, mtime) for path, (size, mtime) in last[1].items()}
    if _file_states(root, list(recorded)) != recorded:
        return None
    return sorted(recorded)


def _site_stamp(config: Config) -> tuple[str, dict[str, tuple[int, int]]]:
    """What a site build depends on: every file of docs/ (size, mtime), mkdocs.yml, the
    options, the lazy-search hook and the versions of the site builders."""
    docs = config.docs_dir
    files = _file_states(docs, [str(p.relative_to(docs)) for p in sorted(docs.rglob("*")) if p.is_file()])
    builders = [installed_version(name) for name in ("mkdocs", "mkdocs-material", "zensical")]
    described = [sorted(files.items()), config.engine, config.strict, builders]
    digest = hashlib.sha256(json.dumps(described).encode())
    hook = Path(__file__).with_name("lazy_search.py")  # not imported: it imports MkDocs
    for path in (config.mkdocs_config, hook, hook.with_name("lazy_search_worker.js")):
        digest.update(path.read_bytes())
    return digest.hexdigest(), files


def _write_pages(briefings: Sequence[Briefing], docs: Path, progress: Progress) -> WriteReport:
    pages = render_corpus(link(briefings))
    writer = Writer(docs)
    progress.start("writing pages", len(pages))
    for page in pages:
        writer.write(page.path, page.text)
        progress.advance()
    progress.finish()
    return writer.finish()


def generate(config: Config, nlp: Language | None = None, progress: Progress | None = None) -> GenerateResult:
    """Write the briefing pages for every article of `config.articles_dir` into `config.docs_dir`.

    Only changed pages are rewritten; pages of removed articles are deleted.
    `nlp`, if given, is the loaded pipeline named by `config.model`.
    """
    progress = progress or Progress()
    cache = _open_cache(config)
    try:
        collected = collect_briefings(config, cache, nlp, progress)
        report = None
        name = f"generate {config.docs_dir.resolve()}"
        if cache is not None:
            stamp = generation_stamp(collected.keys, cache.fingerprint)
            same = _untouched_since(cache, name, config.docs_dir, stamp)
            if same is not None and MANIFEST in same:
                report = WriteReport((), tuple(p for p in same if p != MANIFEST), ())
        if report is None:
            report = _write_pages(collected.briefings, config.docs_dir, progress)
            if cache is not None:
                files = [*report.written, *report.unchanged, MANIFEST]
                cache.record_stamp(name, stamp, _file_states(config.docs_dir, files))
    finally:
        if cache is not None:
            cache.close()
    ordered = tuple(sorted(collected.briefings, key=lambda b: b.article.source))
    return GenerateResult(ordered, collected.skipped, report, collected.extracted)


def build(config: Config, nlp: Language | None = None, progress: Progress | None = None) -> GenerateResult:
    """Generate the pages, then build the site (MkDocs or Zensical; atomically replaced).

    The site build is skipped when docs/, mkdocs.yml and the options are as at
    the last successful build into a site folder that still has its index page.
    """
    result = generate(config, nlp, progress)
    name = f"site {config.site_dir.resolve()}"
    cache = _open_cache(config)
    try:
        stamp, files = _site_stamp(config) if cache is not None else ("", {})
        built = cache is not None and (config.site_dir / "index.html").is_file()
        if built and cache is not None and _untouched_since(cache, name, config.docs_dir, stamp) is not None:
            return replace(result, site_built=False)
        build_site(
            config.mkdocs_config, config.docs_dir, config.site_dir, strict=config.strict, engine=config.engine
        )
        if cache is not None:
            cache.record_stamp(name, stamp, files)
    finally:
        if cache is not None:
            cache.close()
    return result
