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
the same bytes. The commands go one step further (`replay`): when every
article file is the same file as at the last run (lstat identity), as are the
day, the settings and the pages, nothing is loaded and that run's problems
and count are reported again (`incremental.replay`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Config
from .errors import LoadError, OutputError, as_problem, problem_lines
from .incremental.cache import BriefingCache, extractor_fingerprint, generation_stamp
from .incremental.collect import collect_briefings
from .incremental.collector import collector_paused
from .incremental.loads import LoadSettings, load_kept
from .incremental.progress import Progress
from .incremental.replay import Outcome, forget, inputs_stamp, record_outcome, replayable
from .incremental.stamps import file_states, site_stamp, untouched_since
from .incremental.terms import kept_terms
from .incremental.warm import WarmModel, start_warm_model
from .link import Corpus, link, load_place_tables, slug_clashes
from .load import discover, drop_duplicates
from .models import Briefing, Problem
from .render import Templates, render_corpus
from .render.parallel import render_texts
from .site import SiteCopy, SiteReport, build_site, lock_path, project_lock, resolve_site_url, state_file
from .write import HISTORY_FILE, MANIFEST, WriteReport, read_history, remove_temp_files, write_pages
from .write.known import KnownPages

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["GenerateResult", "Problem", "build", "generate", "publish"]


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
    site_url: str | None = None
    """The checked public address of the site (option or mkdocs.yml), if any."""
    replayed: int | None = None
    """When the run was replayed (asked for with ``replay=True``: no article file, setting or
    page changed since the last run), the number of articles that run briefed; `briefings`
    is then empty, as nothing was loaded."""
    site_report: SiteReport | None = None
    """How `build` built the site (None when it did not build it)."""

    @property
    def article_count(self) -> int:
        """How many articles are published (briefed in this run, or in the run it replayed)."""
        return len(self.briefings) if self.replayed is None else self.replayed

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


@contextlib.contextmanager
def _opened_cache(config: Config) -> Iterator[BriefingCache | None]:
    """The run's cache (opened once, so a broken one is reported once), or None without one."""
    if not config.cache:
        yield None
        return
    cache = BriefingCache(config.cache_path, extractor_fingerprint(config.model))
    try:
        yield cache if cache.usable else None
    finally:
        cache.close()


def _generate(
    config: Config,
    nlp: Language | None,
    progress: Progress | None,
    cache: BriefingCache | None,
    replay: bool = False,
    warm: WarmModel | None = None,
    while_waiting: Callable[[], None] | None = None,
) -> GenerateResult:
    progress = progress or Progress()
    if not config.articles_dir.is_dir():
        raise LoadError("articles folder does not exist", str(config.articles_dir))
    site_url = resolve_site_url(config.site_url, config.mkdocs_config)  # a bad one fails before extraction
    templates = _templates(config)
    found = discover(config.articles_dir)
    refused = [as_problem(error, str(config.articles_dir)) for error in found.refused]
    today = _today()  # one reading of the clock for the run (year-less dates)
    name = f"generate {config.docs_dir.resolve()}"
    replay_name = f"replay {config.docs_dir.resolve()}"
    inputs = ""
    if cache is not None:
        settings = [repr(config), today.isoformat(), f"site_url {site_url or ''}", *_template_keys(templates)]
        inputs = inputs_stamp(found.paths, settings, cache.fingerprint)
        replayed = _replayed(cache, config.docs_dir, name, replay_name, inputs) if replay else None
        if replayed is not None:
            unchanged, outcome = replayed
            again = tuple(sorted([*refused, *outcome.problems], key=lambda p: p.source))
            return GenerateResult((), again, unchanged, 0, site_url=site_url, replayed=outcome.articles)
    problems: list[Problem] = []
    starting: contextlib.AbstractContextManager[WarmModel | None] = warm or start_warm_model(config, nlp)
    with starting as warm:  # stopped after extraction: it holds no memory during the rest
        limits = LoadSettings(
            config.articles_dir, config.max_article_bytes, config.max_paragraph_chars, today
        )
        loaded = load_kept(found.paths, limits, cache)
        articles, duplicates = drop_duplicates(loaded.articles)
        problems += loaded.problems + duplicates
        known: KnownPages | None = None
        if warm is not None and len(loaded.briefings) < len(articles):
            known = _while_the_model_loads(cache, config.docs_dir, site_url, templates)
            if while_waiting is not None:
                while_waiting()
        elif warm is not None:
            warm.close()  # every article kept with its briefing: nothing to extract
        collected = collect_briefings(articles, config, cache, nlp, progress, warm, loaded.briefings)
    problems += collected.problems
    briefings = list(collected.briefings)
    # Clashing titles are a warning that follows from the articles alone:
    # reported on every run, and no reason to redo an unchanged generation.
    problems += slug_clashes(briefings)
    report: WriteReport | None = None
    stamp = ""
    page_problems: list[Problem] = []
    if cache is not None:
        keys = [*collected.keys, f"site_url {site_url or ''}", *_template_keys(templates)]
        stamp = generation_stamp(keys, cache.fingerprint)
        report = _unchanged(cache, name, config.docs_dir, stamp)
    if report is None:
        with collector_paused():
            if cache is None:
                corpus = link(briefings)
            else:
                corpus = link(briefings, collected.keys, kept_terms(briefings, collected.keys, cache))
        known = known or _known_pages(cache, config.docs_dir, site_url, templates)
        report = _publish(
            corpus, config.docs_dir, site_url, page_problems, progress, templates, known, config.worker_count
        )
        if cache is not None and known is not None:
            cache.record_text(_known_name(config.docs_dir), known.namespace, known.to_json())
        problems += page_problems
        if cache is not None and not page_problems:
            # Recorded only when the writer refused no page, so a skipped
            # run never hides one (a hand-written page in the way).
            files = [*report.written, *report.unchanged, MANIFEST, HISTORY_FILE]
            cache.record_stamp(name, stamp, _states(config.docs_dir, files, known))
    if cache is not None:
        if collected.problems or page_problems:  # a second run could end otherwise: never replay it
            forget(cache, replay_name)
        else:
            record_outcome(cache, replay_name, inputs, Outcome(stamp, len(briefings), tuple(problems)))
    problems_sorted = tuple(sorted([*refused, *problems], key=lambda p: p.source))
    return GenerateResult(tuple(briefings), problems_sorted, report, collected.extracted, site_url=site_url)


@contextlib.contextmanager
def _site_copy(config: Config, cache: BriefingCache | None) -> Iterator[SiteCopy | None]:
    """A `SiteCopy` for an incremental MkDocs build (one with the cache), removed at the end
    if no build took it."""
    ahead = SiteCopy(config.site_dir) if cache is not None and config.engine == "mkdocs" else None
    try:
        yield ahead
    finally:
        if ahead is not None:
            ahead.discard()


def _while_the_model_loads(
    cache: BriefingCache | None, docs_dir: Path, site_url: str | None, templates: Templates
) -> KnownPages | None:
    """What the rest of the run needs that no briefing decides, done while the worker
    loads its model: the place tables the link stage groups actors with, the compiled
    templates (which the forked renderers then share), and the last run's pages."""
    load_place_tables()
    templates.compile_all()
    return _known_pages(cache, docs_dir, site_url, templates)


def _states(docs_dir: Path, relpaths: list[str], known: KnownPages | None) -> dict[str, tuple[int, int]]:
    """Size and mtime of each of `relpaths`: of a keyed page as the writer found or left it
    (`known.now`, this run's lstat), of the others from the disk."""
    found = known.now if known is not None else {}
    states = file_states(docs_dir, [p for p in relpaths if p not in found])
    states.update((p, (found[p][1], found[p][2])) for p in relpaths if p in found)
    return states


def _today() -> dt.date:
    return dt.date.today()


def _replayed(
    cache: BriefingCache, docs_dir: Path, name: str, replay_name: str, inputs: str
) -> tuple[WriteReport, Outcome] | None:
    """The report and outcome of the last run, when its inputs are untouched and so are its pages."""
    outcome = replayable(cache, replay_name, inputs)
    report = None if outcome is None else _unchanged(cache, name, docs_dir, outcome.generation)
    return None if report is None or outcome is None else (report, outcome)


def _unchanged(cache: BriefingCache, name: str, docs_dir: Path, stamp: str) -> WriteReport | None:
    """The report of a generation that need not run: the last one had `stamp` and its
    pages are untouched since (a stale temporary file of a killed run is removed)."""
    same = untouched_since(cache, name, docs_dir, stamp)
    if same is None or MANIFEST not in same:
        return None
    remove_temp_files(docs_dir)
    return WriteReport((), tuple(p for p in same if p not in (MANIFEST, HISTORY_FILE)), ())


def _known_name(docs_dir: Path) -> str:
    return f"pages {docs_dir.resolve()}"


def _known_pages(
    cache: BriefingCache | None, docs_dir: Path, site_url: str | None, templates: Templates
) -> KnownPages | None:
    """What the last generation wrote into `docs_dir` from which keys (see
    `generator.write.known`), under a namespace of everything else that decides the pages:
    the generator's code and templates, the project's templates, the site URL."""
    if cache is None:
        return None
    settings = [f"site_url {site_url or ''}", *_template_keys(templates)]
    namespace = generation_stamp(settings, cache.fingerprint)
    last = cache.last_text(_known_name(docs_dir))
    return KnownPages.from_json(namespace, last[1] if last is not None else None)


def _templates(config: Config) -> Templates:
    overrides = config.template_overrides
    return Templates(str(overrides.resolve())) if overrides is not None else Templates()


def _template_keys(templates: Templates) -> list[str]:
    """Stamp keys of a project's own templates: a change to one regenerates the pages."""
    if templates.override is None:
        return []
    folder = Path(templates.override)
    return [
        f"template {path.relative_to(folder)} {hashlib.sha256(path.read_bytes()).hexdigest()}"
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    ]


def _publish(
    corpus: Corpus,
    docs_dir: Path,
    site_url: str | None,
    problems: list[Problem] | None,
    progress: Progress | None,
    templates: Templates,
    known: KnownPages | None = None,
    processes: int = 1,
) -> WriteReport:
    history = read_history(docs_dir).advance(p.slug for p in corpus.articles)
    with collector_paused():  # the pages and their keys: records without cycles, as the link's
        pages = render_corpus(corpus, history, site_url=site_url, templates=templates)
    render_many = functools.partial(render_texts, processes=processes)
    return write_pages(docs_dir, pages, history, problems, progress, known, render_many)


def publish(
    corpus: Corpus, config: Config, problems: list[Problem] | None = None, progress: Progress | None = None
) -> WriteReport:
    """Render `corpus` and write it into `config.docs_dir`; return what the writer did.

    "New since the previous build" comes from the history state in docs/,
    advanced only when the set of articles changed, so rerunning on the same
    inputs rewrites nothing. A page the writer refuses becomes a `Problem`
    (or raises, when `problems` is None); a failure of the folder itself
    (`OutputError`: a full disk) stops the run.
    """
    site_url = resolve_site_url(config.site_url, config.mkdocs_config)
    return _publish(corpus, config.docs_dir, site_url, problems, progress, _templates(config))


def generate(
    config: Config,
    nlp: Language | None = None,
    progress: Progress | None = None,
    replay: bool = False,
    warm: WarmModel | None = None,
) -> GenerateResult:
    """Write the briefing pages for every article of `config.articles_dir` into `config.docs_dir`.

    Only changed pages are rewritten; pages of removed articles are deleted.
    `nlp`, if given, is the loaded pipeline named by `config.model` (else it is
    loaded only if something needs extracting here). Holds the project lock
    (see `generator.site.lock`) while it runs. With `replay`, a run that finds
    every article file, setting and page as the last run left them loads
    nothing and returns that run's problems and count (`GenerateResult.replayed`).
    `warm`, a worker already loading the model (`incremental.warm.start_warm_model`,
    started by a caller before its own imports and settings), is used and stopped.
    """
    with (
        warm or contextlib.nullcontext(),  # stopped on leaving, a replayed run's unused one too
        project_lock(lock_path(config.docs_dir), wait=config.wait_for_lock),
        _opened_cache(config) as cache,
    ):
        return _generate(config, nlp, progress, cache, replay, warm)


def build(
    config: Config,
    nlp: Language | None = None,
    progress: Progress | None = None,
    replay: bool = False,
    warm: WarmModel | None = None,
) -> GenerateResult:
    """Generate the pages, then build the site (MkDocs or Zensical; atomically replaced).

    The project lock is held for both steps, so two builds never interleave.
    The site build is skipped when docs/, mkdocs.yml and the options are as at
    the last successful build into a site folder that still has its index page;
    with the cache on, it renders only the pages whose Markdown changed (see
    `generator.site.builder`). `replay` and `warm` as for `generate`.
    """
    with (
        project_lock(lock_path(config.docs_dir), wait=config.wait_for_lock),
        _opened_cache(config) as cache,
        _site_copy(config, cache) as ahead,
    ):
        try:
            with warm or contextlib.nullcontext():  # stopped before the site step, whatever happened
                # While a worker loads the model for an added article, the site step's copy
                # of the published site is made (`SiteCopy`).
                result = _generate(config, nlp, progress, cache, replay, warm, ahead.make if ahead else None)
        except OutputError as exc:
            raise OutputError(f"{exc.reason}; the site was not rebuilt", exc.path) from exc
        name = f"site {config.site_dir.resolve()}"
        stamp, files = (
            site_stamp(config.docs_dir, config.mkdocs_config, config.engine, config.strict, result.site_url)
            if cache is not None
            else ("", {})
        )
        built = cache is not None and (config.site_dir / "index.html").is_file()
        if built and cache is not None and untouched_since(cache, name, config.docs_dir, stamp) is not None:
            return replace(result, site_built=False)
        site = build_site(
            config.mkdocs_config,
            config.docs_dir,
            config.site_dir,
            strict=config.strict,
            engine=config.engine,
            site_url=result.site_url,
            state_path=state_file(lock_path(config.docs_dir).parent, config.site_dir)
            if cache is not None
            else None,
            ahead=ahead,
        )
        if cache is not None:
            cache.record_stamp(name, stamp, files)
    return replace(result, site_report=site)
