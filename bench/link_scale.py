"""Benchmark of the link stage alone on many short synthetic briefings (no spaCy).

    python bench/link_scale.py --count 10000 --count 50000

Each count runs in a fresh process that builds `count` briefings as the
extraction cache would hand them over (about 80 words each, drawn with
Zipf-like frequencies from a 20,000-word vocabulary, so many terms are shared
by thousands of articles; 3-8 actors each from a Zipf-like pool, a quote
each), then times `link()` and reads the process's peak resident memory.
Same count, same seed: the same briefings.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.records import synthetic_briefings  # noqa: E402


def _child(count: int) -> None:
    from generator.link.linker import link

    made = synthetic_briefings(count)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    corpus = link(made)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    related = sum(len(p.related) for p in corpus.articles) / max(1, len(corpus.articles))
    result = {"count": count, "link_s": seconds, "peak_mb": peak / 1024, "before_mb": before / 1024}
    print(json.dumps({**result, "related_per_article": related, "actors": len(corpus.actors)}))


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "_child":
        _child(int(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, action="append", help="number of articles (repeatable)")
    args = parser.parse_args()
    import os

    print(f"load average at start (2 cores): {os.getloadavg()[0]:.1f}")
    print("| articles | link (s) | peak memory, whole process (MB) | memory before link (MB) |")
    print("|---:|---:|---:|---:|")
    rows = []
    for count in args.count or [10_000]:
        done = subprocess.run(
            [sys.executable, __file__, "_child", str(count)], capture_output=True, text=True, check=True
        )
        r = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(r)
        print(f"| {count:,} | {r['link_s']:.1f} | {r['peak_mb']:,.0f} | {r['before_mb']:,.0f} |", flush=True)
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(
            f"\n{last['count'] / first['count']:.1f}× the articles: "
            f"{last['link_s'] / first['link_s']:.1f}× the link time"
        )


if __name__ == "__main__":
    main()
