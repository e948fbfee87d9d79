"""Benchmarks of incremental builds, workers and offline search, printed as Markdown tables.

    python bench/run.py --count 1000 --count 5000 [--workdir /tmp/briefing-bench] [--workers 2]

For each corpus size (made by bench/make_corpus.py with its fixed seed):

1. full first build: extraction (next to bare spaCy on the same texts, per
   process), generation (link, render, write), site build (next to a bare
   `mkdocs build` of the same docs/), peak memory of the process tree;
2. one article added, three times in a row (three new articles, one build
   each; the median of the three is printed, since one build of a few seconds
   moves by 10% with the machine): `briefing build` and its generation step, as
   a share of the first build's and next to a bare `mkdocs build`, and the files
   rewritten (the most of the three);
3. no change: a second build extracts nothing and rewrites nothing;
4. extraction on 1 and on 2 worker processes (a 200-article slice);
5. search index size and the time until the first search result shows when
   the site is opened from disk in Chromium.

Every number comes from this run; ratios compare numbers of the same run. The
machine's other load is printed with the tables, since it moves every time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable
SLICE = 200  # articles extracted for the workers comparison
SAMPLE = 60  # articles for the extraction-vs-bare-spaCy throughput
SEARCH_WORD = "spacewalk"  # in a seed paragraph that every corpus size reuses
ADDED = 3  # articles added one after another, one build each


def _timing(step: Any, name: str, timings: dict[str, float]) -> Any:
    """`step`, recording the seconds of its (last) call as `timings[name]`."""

    def timed(*a: Any, **k: Any) -> Any:
        started = time.perf_counter()
        try:
            return step(*a, **k)
        finally:
            timings[name] = time.perf_counter() - started

    return timed


def _stage(args: list[str]) -> None:
    """Child process: run one library step and print its timings as JSON."""
    from generator.config import Config
    from generator.incremental.warm import start_warm_model

    action, articles, project, workers = args[0], Path(args[1]), Path(args[2]), int(args[3])
    config = Config(
        articles_dir=articles,
        docs_dir=project / "docs",
        site_dir=project / "site",
        mkdocs_config=ROOT / "mkdocs.yml",
        workers=workers,
        cache=action != "extract-only",
    )
    out: dict[str, Any] = {}
    started = time.perf_counter()
    if action == "extract-only":
        from generator.incremental.collect import collect_briefings
        from generator.load import discover, drop_duplicates, load_articles

        loaded, _ = load_articles(
            discover(config.articles_dir).paths, config.max_article_bytes, config.max_paragraph_chars
        )
        collected = collect_briefings(drop_duplicates(loaded)[0], config)
        out["extract"] = time.perf_counter() - started
        out["extracted"] = collected.extracted
    else:
        # As `briefing build` does: the worker that loads the model starts before the
        # pipeline is imported (the clock above runs from before both).
        stack = contextlib.ExitStack()
        warm = stack.enter_context(start_warm_model(config))  # the run stops it; closed again at exit
        import generator.pipeline as pipeline
        from generator.incremental import collect

        timings: dict[str, float] = {}
        pipeline.collect_briefings = _timing(collect.collect_briefings, "extract", timings)
        if action == "build":
            # As `briefing build` runs it: the site step is skipped when the docs
            # and settings are those of the last site build, and a run that finds
            # every article file, setting and page untouched is replayed.
            pipeline.build_site = _timing(pipeline.build_site, "site", timings)
            result = pipeline.build(config, replay=True, warm=warm)
            out["site"] = timings.get("site", 0.0)
            out["site_built"] = result.site_built
            if result.site_report is not None:
                out["site_incremental"] = result.site_report.incremental
                out["site_rendered"] = result.site_report.rendered
        else:
            result = pipeline.generate(config, replay=True, warm=warm)
        out["generate"] = time.perf_counter() - started - out.get("site", 0.0)
        out["extract"] = timings.get("extract", 0.0)  # not called when replayed
        out["extracted"] = result.extracted
        out["written"] = len(result.report.written) + len(result.report.removed)
        out["pages"] = len(result.report.written) + len(result.report.unchanged)
        stack.close()
    print(json.dumps(out))


def _bare_ratio(articles: Path) -> dict[str, float]:
    """Child process: extraction vs bare `nlp.pipe` on the same paragraphs, one process."""
    from generator.extract import extract_many
    from generator.extract.paragraphs import split_paragraphs
    from generator.incremental.nlp import load_model
    from generator.load import discover, load_article

    nlp = load_model()
    sample = [load_article(p, str(p)) for p in discover(articles).paths[:SAMPLE]]
    texts = [p.text for a in sample for p in split_paragraphs(a)]
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:50]))  # warm-up
    bare, full = [], []
    for _ in range(2):  # alternate, best of two: the machine's load moves
        t = time.perf_counter()
        for _doc in nlp.pipe(texts):
            pass
        bare.append(time.perf_counter() - t)
        t = time.perf_counter()
        list(extract_many(sample, nlp))
        full.append(time.perf_counter() - t)
    return {"bare": min(bare), "extract": min(full), "words": words}


class PeakMemory:
    """Samples the memory of a process and its children every 0.1 s.

    The tree's memory is the sum of each process's proportional set size (PSS:
    a page shared by n processes counts 1/n in each), not of resident sizes: the
    render stage forks children that share the parent's pages (copy-on-write),
    and summed resident sizes would count those pages once per process. `main`
    is the main process's resident size.
    """

    def __init__(self, pid: int) -> None:
        import psutil

        self.process = psutil.Process(pid)
        self.tree = 0
        self.main = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                main = self.process.memory_info().rss
                tree = sum(_pss(p) for p in (self.process, *self.process.children(recursive=True)))
            except psutil.Error:
                break
            self.main = max(self.main, main)
            self.tree = max(self.tree, tree)
            self._stop.wait(0.1)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def _pss(process: Any) -> int:
    """The proportional set size of a `psutil.Process` (0 when it is gone: a child may end
    between listing and reading)."""
    import psutil

    try:
        return int(process.memory_full_info().pss)
    except psutil.NoSuchProcess:
        return 0


def run_stage(action: str, articles: Path, project: Path, workers: int) -> dict[str, Any]:
    """Run `_stage` in a fresh process; return its timings, wall time and peak memory."""
    command = [PYTHON, __file__, "_stage", action, str(articles), str(project), str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=project)
    memory = PeakMemory(process.pid)
    stdout, _ = process.communicate()
    memory.stop()
    if process.returncode != 0:
        raise SystemExit(f"{action} failed ({process.returncode})")
    result: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - started
    result["peak_tree_mb"] = memory.tree / 2**20
    result["peak_main_mb"] = memory.main / 2**20
    return result


def bare_config(mkdocs_config: Path, docs: Path) -> dict[str, Any]:
    """The settings of `mkdocs_config` (inherited ones merged, as MkDocs reads them) for a build
    of `docs`, without hooks and without the `briefing` plugin: MkDocs and Material with the
    search, tags and offline plugins as configured, Material's own search index."""
    from generator.site.url import read_mkdocs_yaml

    settings = read_mkdocs_yaml(mkdocs_config)
    plugins = settings.get("plugins") or []
    if isinstance(plugins, dict):
        plugins = [{name: options} for name, options in plugins.items()]
    settings["plugins"] = [
        entry
        for entry in plugins
        if (next(iter(entry)) if isinstance(entry, dict) else entry).split("/")[0] != "briefing"
    ]
    settings["hooks"] = []
    settings.pop("INHERIT", None)
    settings["docs_dir"] = str(docs.resolve())
    return settings


def bare_mkdocs(docs: Path, site: Path) -> float:
    """Seconds of a plain `mkdocs build` of `docs` into `site` with the project's mkdocs.yml
    but neither its hooks nor the `briefing` plugin (`bare_config`): Material's own search,
    a Lunr index built in the browser.

    The plugin's packaged assets (the iframe-worker shim Material's search needs
    under file://) are copied into `site` after the timed build, so that the
    search of both sites can be measured from disk."""
    from generator.site.plugin import ASSETS

    with tempfile.TemporaryDirectory(dir=docs.parent) as tmp:
        config = Path(tmp) / "mkdocs.yml"
        text = json.dumps(bare_config(ROOT / "mkdocs.yml", docs), ensure_ascii=False)
        config.write_text(text, encoding="utf-8")  # JSON is YAML
        shutil.rmtree(site, ignore_errors=True)
        started = time.perf_counter()
        subprocess.run(
            [PYTHON, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)], check=True
        )
        elapsed = time.perf_counter() - started
    for path in sorted(p for p in ASSETS.rglob("*") if p.is_file()):
        target = site / "assets" / path.relative_to(ASSETS)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    return elapsed


def search_numbers(site: Path) -> dict[str, float]:
    """Index size (MB) and seconds to the first search result of a built site."""
    lazy = site / "search" / "lazy"
    if lazy.is_dir():
        size = sum(p.stat().st_size for p in lazy.rglob("*.js"))
        largest = max(p.stat().st_size for p in (lazy / "t").glob("*.js"))
        return {
            "mb": size / 2**20,
            "largest_mb": largest / 2**20,
            "s": first_search_result(site, SEARCH_WORD),
        }
    size = (site / "search" / "search_index.json").stat().st_size
    return {"mb": size / 2**20, "s": first_search_result(site, SEARCH_WORD)}


def first_search_result(site: Path, word: str, timeout: float = 120) -> float:
    """Seconds from opening site/index.html from disk until a search for `word` shows a result."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    from tests.browser import ARGS, CHROMIUM

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page()
        started = time.perf_counter()
        page.goto((site / "index.html").as_uri(), wait_until="commit")
        box = page.locator("input.md-search__input")
        box.wait_for()
        while time.perf_counter() - started < timeout:
            box.click()
            box.fill("")
            box.press_sequentially(word)  # typed before the index is ready, it is dropped: type again
            try:
                page.wait_for_selector(".md-search-result__item a", timeout=250)
                elapsed = time.perf_counter() - started
                break
            except PlaywrightTimeout:
                continue
        else:
            elapsed = float("nan")
        browser.close()
    return elapsed


def ensure_corpus(workdir: Path, count: int, added: int = 1) -> tuple[Path, list[Path]]:
    """Return the corpus of `count` articles and the files of the `added` articles after them
    (numbers `count`, `count + 1`, ...: the ones added)."""
    from bench.make_corpus import write_corpus

    corpus = workdir / f"corpus-{count}"
    extra = workdir / f"extra-{count}"
    names = [f"a{n:05d}.md" for n in range(count, count + added)]
    if not (corpus / f"a{count - 1:05d}.md").is_file():
        shutil.rmtree(corpus, ignore_errors=True)
        write_corpus(corpus, count)
    if not all((extra / name).is_file() for name in names):
        shutil.rmtree(extra, ignore_errors=True)
        with tempfile.TemporaryDirectory() as tmp:
            write_corpus(Path(tmp), count + added)  # same seed: the first `count` are the same files
            extra.mkdir(parents=True)
            for name in names:
                shutil.copy(Path(tmp) / name, extra)
    return corpus, [extra / name for name in names]


def fresh_project(workdir: Path, count: int) -> Path:
    project = workdir / f"project-{count}"
    shutil.rmtree(project, ignore_errors=True)
    (project / "docs").mkdir(parents=True)
    shutil.copy(ROOT / "docs" / "favicon.ico", project / "docs" / "favicon.ico")
    return project


def bench(count: int, workdir: Path, workers: int, search: bool) -> dict[str, Any]:
    corpus, extras = ensure_corpus(workdir, count, ADDED)
    project = fresh_project(workdir, count)
    r: dict[str, Any] = {"count": count, "workers": workers, "load": os.getloadavg()[0]}
    print(f"[{count}] first build ...", file=sys.stderr, flush=True)
    r["first"] = run_stage("build", corpus, project, workers)
    print(f"[{count}] bare spaCy sample, bare mkdocs ...", file=sys.stderr, flush=True)
    ratio = subprocess.run(
        [PYTHON, __file__, "_bare", str(corpus)], capture_output=True, text=True, check=True
    )
    r["bare"] = json.loads(ratio.stdout.strip().splitlines()[-1])
    r["bare_mkdocs"] = bare_mkdocs(project / "docs", project / "material-site")
    r["added"] = []
    try:
        for extra in extras:
            print(f"[{count}] one article added ({extra.name}) ...", file=sys.stderr, flush=True)
            shutil.copy(extra, corpus / extra.name)
            r["added"].append(run_stage("build", corpus, project, workers))
        print(f"[{count}] no change ...", file=sys.stderr, flush=True)
        r["same"] = run_stage("build", corpus, project, workers)
    finally:
        for extra in extras:
            (corpus / extra.name).unlink(missing_ok=True)
    if search:
        print(f"[{count}] search in Chromium ...", file=sys.stderr, flush=True)
        r["search_material"] = search_numbers(project / "material-site")
        r["search_lazy"] = search_numbers(project / "site")
    print(f"[{count}] workers 1 vs 2 ...", file=sys.stderr, flush=True)
    sliced = workdir / f"slice-{SLICE}"
    if not sliced.is_dir():
        sliced.mkdir()
        for path in sorted(corpus.glob("*.md"))[:SLICE]:
            shutil.copy(path, sliced)
    scratch = fresh_project(workdir, 0)
    runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
    for _ in range(2):  # alternate, best of two: other load on the machine comes and goes
        for n in (1, 2):
            runs[n].append(run_stage("extract-only", sliced, scratch, n))
    r["w1"], r["w2"] = (min(runs[n], key=lambda s: float(s["extract"])) for n in (1, 2))
    shutil.rmtree(scratch)
    return r


def tables(results: list[dict[str, Any]]) -> str:
    """Return the Markdown tables of a run."""
    head = "| measure | " + " | ".join(f"{r['count']:,} articles" for r in results) + " |"
    rule = "|---|" + "---:|" * len(results)
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, fn: Any) -> None:
        rows.append((label, [fn(r) for r in results]))

    def gen(stage: dict[str, Any]) -> float:
        return float(stage["generate"] - stage["extract"])

    def ratio(a: float, b: float, fmt: str = ".2f") -> str:
        return f"{a / b:{fmt}}"

    def extraction(r: dict[str, Any]) -> str:
        return f"{r['first']['extract']:.1f} on {r['workers']} processes"

    def versus_bare(r: dict[str, Any]) -> str:
        bare, words = r["bare"], r["bare"]["words"]
        return (
            f"{ratio(bare['bare'], bare['extract'])}× ({SAMPLE}-article sample: "
            f"{words / bare['extract']:,.0f} vs {words / bare['bare']:,.0f} words/s)"
        )

    def site(r: dict[str, Any]) -> str:
        first, bare = r["first"]["site"], r["bare_mkdocs"]
        return f"{first:.1f} vs {bare:.1f} ({ratio(first, bare)}×)"

    def median(r: dict[str, Any], key: str) -> float:
        return float(statistics.median(float(a[key]) for a in r["added"]))

    def added_wall(r: dict[str, Any]) -> str:
        wall = median(r, "wall")
        return (
            f"{wall:.1f} ({ratio(wall, r['first']['wall'], '.1%')} of first, "
            f"{ratio(wall, r['bare_mkdocs'])}× bare `mkdocs build`)"
        )

    def added_generate(r: dict[str, Any]) -> str:
        generate = median(r, "generate")
        share = ratio(generate, r["first"]["generate"], ".1%")
        return f"{generate:.2f} ({share} of first)"

    def added_each(r: dict[str, Any]) -> str:
        return " / ".join(f"{a['wall']:.1f}, {a['generate']:.2f}" for a in r["added"])

    def added_site(r: dict[str, Any]) -> str:
        rendered = statistics.median_low(int(a.get("site_rendered", 0)) for a in r["added"])
        return f"{median(r, 'site'):.1f}, {rendered}"

    def added_written(r: dict[str, Any]) -> str:
        most = max(r["added"], key=lambda a: int(a["written"]))
        return f"{most['extracted']} / {most['written']:,} of {most['pages']:,}"

    def same(r: dict[str, Any]) -> str:
        s = r["same"]
        return f"{s['generate']:.2f} ({s['extracted']} extracted, {s['written']} rewritten)"

    def workers(r: dict[str, Any]) -> str:
        one, two = r["w1"]["extract"], r["w2"]["extract"]
        return f"{one:.1f} → {two:.1f} ({ratio(one, two)}×)"

    row("1. extraction, all articles (s)", extraction)
    row("1. extraction vs bare spaCy, per process", versus_bare)
    row("1. generation: link + render + write (s)", lambda r: f"{gen(r['first']):.1f}")
    row("1. pages written", lambda r: f"{r['first']['written']:,}")
    row("1. site build vs bare `mkdocs build` (s)", site)
    row(
        "1. peak memory, all processes, PSS (main process, RSS)",
        lambda r: f"{r['first']['peak_tree_mb']:,.0f} MB ({r['first']['peak_main_mb']:,.0f} MB)",
    )
    row("2. +1 article: `briefing build`, whole process (s, median)", added_wall)
    row("2. +1 article: generation step (s, median)", added_generate)
    row("2. +1 article: site step (s, median), pages MkDocs rendered", added_site)
    row("2. +1 article: each build, whole and generation (s)", added_each)
    row("2. +1 article: extracted / files rewritten (most)", added_written)
    row(
        "2. +1 article: peak memory, all processes, PSS (most)",
        lambda r: f"{max(a['peak_tree_mb'] for a in r['added']):,.0f} MB",
    )
    row("3. no change: generation step (s)", same)
    row("3. no change: `briefing build`, whole process (s)", lambda r: f"{r['same']['wall']:.1f}")
    row(f"4. extraction of {SLICE} articles, 1 → 2 processes (s)", workers)
    if all("search_lazy" in r for r in results):
        row("5. Material's search: index (MB)", lambda r: f"{r['search_material']['mb']:.1f}")
        row(
            "5. Material's search: first result from file:// (s)",
            lambda r: f"{r['search_material']['s']:.1f}",
        )
        row(
            "5. lazy search: index, all scripts (largest term script) (MB)",
            lambda r: f"{r['search_lazy']['mb']:.1f} ({r['search_lazy']['largest_mb']:.2f})",
        )
        row("5. lazy search: first result from file:// (s)", lambda r: f"{r['search_lazy']['s']:.1f}")
    row("load average at start (2 cores)", lambda r: f"{r['load']:.1f}")
    body = "\n".join(f"| {label} | " + " | ".join(cells) + " |" for label, cells in rows)
    return f"{head}\n{rule}\n{body}"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_stage":
        _stage(sys.argv[2:])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "search":
        # bench/run.py search SITE: both kinds of search on a site built with Material's only.
        site = Path(sys.argv[2])
        lazy = site.parent / f"{site.name}-lazy"
        shutil.rmtree(lazy, ignore_errors=True)
        shutil.copytree(site, lazy)
        from generator.site.lazy_search import write_lazy_index

        started = time.perf_counter()
        write_lazy_index(lazy)
        split = time.perf_counter() - started
        material = search_numbers(site)
        print(json.dumps({"material": material, "lazy": search_numbers(lazy), "split_s": split}))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "_bare":
        print(json.dumps(_bare_ratio(Path(sys.argv[2]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, action="append", help="corpus size (repeatable)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-search", action="store_true", help="skip the Chromium search timing")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    results = []
    for count in args.count or [1000]:
        results.append(bench(count, args.workdir, args.workers, not args.no_search))
        (args.workdir / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(tables(results))


if __name__ == "__main__":
    main()
