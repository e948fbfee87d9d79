"""The library entry points: generate pages from articles, and build the site.

load -> extract -> link -> render -> write -> build. Each bad input is
reported as a `Problem` record (one line) and the rest go on: a file that
cannot be used is skipped, one that is published anyway gets a warning.

Every file is loaded (`load_path`: a container gives several articles,
sources ``path#N``), checked (paragraph limit) and deduplicated on every run;
briefings then come from the extraction cache when the article record and the
extractor are unchanged (`collect`), and only misses are extracted, here, on
worker processes or on a Dask cluster (`runners`), each within the
per-article time limit. When the articles, the extractor, the generator and
the site URL are all as at the last generation, that generation reported no
page problem and docs/ (its generated pages, manifest and history state) is
untouched since, link, render and write are skipped too: they would write
the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Config
from .errors import LoadError, WriteError, one_line
from .extract.paragraphs import split_paragraphs
from .incremental.cache import BriefingCache, extractor_fingerprint, generation_stamp, installed_version
from .incremental.collect import collect_briefings
from .incremental.progress import Progress
from .incremental.runners import extract_articles
from .link.corpus import Corpus
from .link.linker import RESERVED_SLUGS, link
from .load import discover, load_path
from .models import Article, Briefing, Problem
from .render.feed import mkdocs_site_url, normalise_site_url
from .render.pages import render_corpus
from .site.builder import build_site
from .site.lock import lock_path, project_lock
from .text import slugify
from .write.history import HISTORY_FILE, history_json, parse_history
from .write.writer import MANIFEST, Writer, WriteReport, remove_temp_files

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "GenerateResult",
    "Problem",
    "build",
    "drop_duplicates",
    "extract_articles",
    "generate",
    "load_articles",
    "problem_lines",
    "publish",
]

# Longest exception text kept in a one-line report of a file that failed to load.
_REASON_CHARS = 300


@dataclass(frozen=True)
class GenerateResult:
    """What a generation run produced, and every problem met on the way."""

    briefings: tuple[Briefing, ...]
    problems: tuple[Problem, ...]
    report: WriteReport
    extracted: int = 0
    """Articles extracted in this run (the others came from the cache)."""
    site_built: bool = True
    """False when `build` found the site already built from the same docs/ and settings."""

    @property
    def skipped(self) -> tuple[str, ...]:
        """The inputs left out of the site, sorted."""
        return tuple(sorted({p.source for p in self.problems if p.skipped}))

    @property
    def warned(self) -> tuple[str, ...]:
        """The inputs published with a warning, sorted."""
        skipped = set(self.skipped)
        return tuple(sorted({p.source for p in self.problems if p.source not in skipped}))

    def problem_lines(self) -> list[str]:
        """One line per input with problems: ``skipped: <file>: <why>`` or ``warning: ...``."""
        return problem_lines(self.problems)


def problem_lines(problems: Iterable[Problem]) -> list[str]:
    """Merge the problems of each input into one line, ordered by input."""
    by_source: dict[str, list[Problem]] = {}
    for problem in problems:
        by_source.setdefault(problem.source, []).append(problem)
    lines = []
    for source in sorted(by_source):
        found = by_source[source]
        kind = "skipped" if any(p.skipped for p in found) else "warning"
        reasons = "; ".join(dict.fromkeys(p.reason for p in sorted(found, key=lambda p: not p.skipped)))
        lines.append(one_line(f"{kind}: {source}: {reasons}"))
    return lines


def _check_paragraphs(article: Article, limit: int) -> None:
    longest = max((len(p.text) for p in split_paragraphs(article)), default=0)
    if longest > limit:
        raise LoadError(
            f"a paragraph of {longest:,} characters, above the limit of {limit:,} "
            "(is the whole text one line?)",
            article.source,
        )


def load_articles(paths: Sequence[Path], config: Config) -> tuple[list[Article], list[Problem]]:
    """Load every path; bad files (and bad entries of feeds or JSON Lines) become
    `Problem` records instead of stopping the run."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for path in paths:
        source = one_line(str(path))
        try:
            loaded = load_path(path, source, max_bytes=config.max_article_bytes)
        except LoadError as exc:
            problems.append(Problem(source, exc.reason))
            continue
        except Exception as exc:  # a bug must not stop the other articles
            problems.append(Problem(source, f"cannot load: {type(exc).__name__}: {exc}"[:_REASON_CHARS]))
            continue
        problems.extend(Problem(one_line(exc.path or source), exc.reason) for exc in loaded.errors)
        for article in loaded.articles:
            try:
                _check_paragraphs(article, config.max_paragraph_chars)
            except LoadError as exc:
                problems.append(Problem(one_line(article.source), exc.reason))
                continue
            articles.append(article)
            problems.extend(Problem(one_line(article.source), w, skipped=False) for w in article.warnings)
    return articles, problems


def drop_duplicates(articles: Sequence[Article]) -> tuple[list[Article], list[Problem]]:
    """Keep the first of articles with the same text (whitespace aside); report the others."""
    first: dict[str, str] = {}
    kept: list[Article] = []
    problems: list[Problem] = []
    for article in articles:
        key = hashlib.sha256(" ".join(article.text.split()).encode("utf-8")).hexdigest()
        if key in first:
            reason = f"duplicate of {first[key]} (same text), not published twice"
            problems.append(Problem(article.source, reason))
        else:
            first[key] = article.source
            kept.append(article)
    return kept, problems


def slug_clashes(corpus: Corpus) -> list[Problem]:
    """Warn about articles whose title gives the page name another article already has."""
    by_slug = {page.slug: page for page in corpus.articles}
    problems = []
    for page in corpus.articles:
        wanted = slugify(page.title)
        first = by_slug.get(wanted)
        if first is None or first is page or wanted in RESERVED_SLUGS:
            continue
        same = "same title as" if first.title == page.title else "title gives the same page name as"
        problems.append(
            Problem(
                page.briefing.article.source,
                f"{same} {first.briefing.article.source}; published as articles/{page.slug}.md",
                skipped=False,
            )
        )
    return problems


def _open_cache(config: Config) -> BriefingCache | None:
    if not config.cache:
        return None
    return BriefingCache(config.cache_path, extractor_fingerprint(config.model))


def _file_states(root: Path, relpaths: Iterable[str]) -> dict[str, tuple[int, int]]:
    states = {}
    for relpath in relpaths:
        try:
            stat = (root / relpath).stat()
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
    if _file_states(root, recorded) != recorded:
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
    hook = Path(__file__).parent / "site" / "lazy_search.py"  # not imported: it imports MkDocs
    for path in (config.mkdocs_config, hook, hook.with_name("lazy_search_worker.js")):
        digest.update(path.read_bytes())
    return digest.hexdigest(), files


def _generate(config: Config, nlp: Language | None, progress: Progress | None = None) -> GenerateResult:
    progress = progress or Progress()
    if not config.articles_dir.is_dir():
        raise LoadError("articles folder does not exist", str(config.articles_dir))
    found = discover(config.articles_dir)
    problems = [Problem(error.path or "", error.reason) for error in found.refused]
    loaded, load_problems = load_articles(found.paths, config)
    articles, duplicates = drop_duplicates(loaded)
    problems += load_problems + duplicates
    cache = _open_cache(config)
    try:
        collected = collect_briefings(articles, config, cache, nlp, progress)
        problems += collected.problems
        briefings = list(collected.briefings)
        report = None
        name = f"generate {config.docs_dir.resolve()}"
        stamp = ""
        if cache is not None:
            site_url = _site_url(config) or ""
            stamp = generation_stamp([*collected.keys, f"site_url {site_url}"], cache.fingerprint)
            same = _untouched_since(cache, name, config.docs_dir, stamp)
            if same is not None and MANIFEST in same:
                remove_temp_files(config.docs_dir)
                pages = tuple(p for p in same if p not in (MANIFEST, HISTORY_FILE))
                report = WriteReport((), pages, ())
        if report is None:
            corpus = link(briefings)
            page_problems = slug_clashes(corpus)
            report = publish(corpus, config, page_problems, progress)
            problems += page_problems
            if cache is not None and not page_problems:
                # Recorded only when no page had a problem, so a skipped run
                # never hides one (a clash, a hand-written page in the way).
                files = [*report.written, *report.unchanged, MANIFEST, HISTORY_FILE]
                cache.record_stamp(name, stamp, _file_states(config.docs_dir, files))
    finally:
        if cache is not None:
            cache.close()
    problems_sorted = tuple(sorted(problems, key=lambda p: p.source))
    return GenerateResult(tuple(briefings), problems_sorted, report, collected.extracted)


def publish(
    corpus: Corpus, config: Config, problems: list[Problem] | None = None, progress: Progress | None = None
) -> WriteReport:
    """Render `corpus` and write it into `config.docs_dir`; return what the writer did.

    "New since the previous build" comes from the history state in docs/,
    advanced only when the set of articles changed, so rerunning on the same
    inputs rewrites nothing. A page the writer refuses becomes a `Problem`.
    """
    progress = progress or Progress()
    writer = Writer(config.docs_dir)
    history = parse_history(writer.read_state(HISTORY_FILE)).advance(p.slug for p in corpus.articles)
    pages = render_corpus(corpus, history, site_url=_site_url(config))
    progress.start("writing pages", len(pages))
    for page in pages:
        try:
            writer.write(page.path, page.text)
        except WriteError as exc:
            if problems is None:
                raise
            problems.append(Problem(one_line(str(config.docs_dir / page.path)), exc.reason))
        progress.advance()
    progress.finish()
    writer.write_state(HISTORY_FILE, history_json(history))
    return writer.finish()


def _site_url(config: Config) -> str | None:
    url = config.site_url or mkdocs_site_url(config.mkdocs_config)
    return normalise_site_url(url) if url else None


def generate(config: Config, nlp: Language | None = None, progress: Progress | None = None) -> GenerateResult:
    """Write the briefing pages for every article of `config.articles_dir` into `config.docs_dir`.

    Only changed pages are rewritten; pages of removed articles are deleted.
    `nlp`, if given, is the loaded pipeline named by `config.model` (else it is
    loaded only if something needs extracting here). Holds the project lock
    (see `generator.site.lock`) while it runs.
    """
    with project_lock(lock_path(config.docs_dir), wait=config.wait_for_lock):
        return _generate(config, nlp, progress)


def build(config: Config, nlp: Language | None = None, progress: Progress | None = None) -> GenerateResult:
    """Generate the pages, then build the site (MkDocs or Zensical; atomically replaced).

    The project lock is held for both steps, so two builds never interleave.
    The site build is skipped when docs/, mkdocs.yml and the options are as at
    the last successful build into a site folder that still has its index page.
    """
    with project_lock(lock_path(config.docs_dir), wait=config.wait_for_lock):
        result = _generate(config, nlp, progress)
        name = f"site {config.site_dir.resolve()}"
        cache = _open_cache(config)
        try:
            stamp, files = _site_stamp(config) if cache is not None else ("", {})
            built = cache is not None and (config.site_dir / "index.html").is_file()
            if (
                built
                and cache is not None
                and _untouched_since(cache, name, config.docs_dir, stamp) is not None
            ):
                return replace(result, site_built=False)
            build_site(
                config.mkdocs_config,
                config.docs_dir,
                config.site_dir,
                strict=config.strict,
                engine=config.engine,
            )
            if cache is not None:
                cache.record_stamp(name, stamp, files)
        finally:
            if cache is not None:
                cache.close()
    return result
