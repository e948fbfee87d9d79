"""Benchmark of the link stage alone on many short synthetic briefings (no spaCy).

    python bench/link_scale.py --count 2000 --count 10000 --count 50000
    python bench/link_scale.py --count 1000 --count 5000 --generation

Each count runs in a fresh process that builds `count` briefings as the
extraction cache would hand them over (about 80 words each, drawn with
Zipf-like frequencies from a 20,000-word vocabulary, so many terms are shared
by thousands of articles; 3-8 actors each from a Zipf-like pool, a quote
each), then times `link()` (wall clock and the process's CPU time, which a
loaded machine inflates less) and reads the process's peak resident memory.
With `--generation` it also renders the pages and writes them into a
temporary docs/ folder (the rest of the generation step), timing each.
Same count, same seed: the same briefings. Ratios are printed against the
first count.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.records import synthetic_briefings  # noqa: E402

T = TypeVar("T")


def _timed(step: Callable[[], T]) -> tuple[T, float, float]:
    """Return what `step` returns, its wall-clock seconds and its CPU seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = step()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def _child(count: int, generation: bool, collector_on: bool) -> None:
    from generator.incremental.collector import collector_paused
    from generator.link.linker import link

    made = synthetic_briefings(count)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if collector_on:
        corpus, link_s, link_cpu = _timed(lambda: link(made))
    else:  # as the pipeline runs it
        with collector_paused():
            corpus, link_s, link_cpu = _timed(lambda: link(made))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result: dict[str, float] = {
        "count": count,
        "link_s": link_s,
        "link_cpu_s": link_cpu,
        "peak_mb": peak / 1024,
        "before_mb": before / 1024,
        "related_per_article": sum(len(p.related) for p in corpus.articles) / max(1, count),
    }
    if generation:
        from generator.render import render_corpus
        from generator.write import read_history, write_pages

        with tempfile.TemporaryDirectory() as folder:
            docs = Path(folder)
            history = read_history(docs).advance(p.slug for p in corpus.articles)
            pages, result["render_s"], _ = _timed(lambda: render_corpus(corpus, history))
            _, result["write_s"], _ = _timed(lambda: write_pages(docs, pages, history))
            result["pages"] = len(pages)
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> None:
    if len(sys.argv) > 4 and sys.argv[1] == "_child":
        _child(int(sys.argv[2]), sys.argv[3] == "generation", sys.argv[4] == "collector-on")
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, action="append", help="number of articles (repeatable)")
    parser.add_argument("--generation", action="store_true", help="also time render and write")
    parser.add_argument(
        "--collector-on",
        action="store_true",
        help="link with the garbage collector running (the pipeline pauses it, see incremental.collector)",
    )
    args = parser.parse_args()
    counts = args.count or [10_000]
    print(f"load average at start (2 cores): {os.getloadavg()[0]:.1f}")
    print(f"garbage collector during link: {'on' if args.collector_on else 'paused, as in the pipeline'}")
    head = (
        "| articles | link (s) | link CPU (s) | peak memory, whole process (MB) | memory before link (MB) |"
    )
    rule = "|---:|---:|---:|---:|---:|"
    if args.generation:
        head += " render (s) | write (s) | pages |"
        rule += "---:|---:|---:|"
    print(head)
    print(rule)
    rows = []
    for count in counts:
        done = subprocess.run(
            [
                *(sys.executable, __file__, "_child", str(count)),
                "generation" if args.generation else "link",
                "collector-on" if args.collector_on else "collector-paused",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(r)
        timing = f"| {count:,} | {r['link_s']:.1f} | {r['link_cpu_s']:.1f} |"
        line = f"{timing} {r['peak_mb']:,.0f} | {r['before_mb']:,.0f} |"
        if args.generation:
            line += f" {r['render_s']:.1f} | {r['write_s']:.1f} | {r['pages']:,} |"
        print(line, flush=True)
    first = rows[0]
    for r in rows[1:]:
        line = (
            f"\n{r['count'] / first['count']:.1f}× the articles: "
            f"{r['link_s'] / first['link_s']:.1f}× the link time "
            f"({r['link_cpu_s'] / first['link_cpu_s']:.1f}× its CPU time), "
            f"{r['peak_mb'] / first['peak_mb']:.1f}× the peak memory"
        )
        if args.generation:
            line += (
                f", {r['render_s'] / first['render_s']:.1f}× the render time, "
                f"{r['write_s'] / first['write_s']:.1f}× the write time"
            )
        print(line)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
