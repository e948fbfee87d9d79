"""Time and peak memory of `briefing build` over the hostile records, beside the good articles alone.

    python bench/hostile.py [--workdir /tmp/briefing-hostile] [--max-seconds 20]

The hostile set is tests/fixtures/hostile/records/ plus inputs too large to
commit, made here: a JSON Lines line nested 200,000 deep, a number of 5,000
digits, 60,000 unknown front-matter keys, a 10-level YAML alias bomb, 90,000
quote marks in a row, a 100,000-character word, a feed with surrogate and
control character references, and a paragraph of 4,000 spaced curly quotes
(“a” “a” ..., which the extract stage takes quadratic time over and only the
per-article time limit stops). Both runs also hold the good articles
(seeds/ and tests/fixtures/good/). Each build runs as its own process,
without the cache; peak memory is the largest resident set of that process
and its workers.

Prints one Markdown table: wall time, peak memory, articles published, lines
printed, the longest line; and checks that every good article was published.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORDS = ROOT / "tests" / "fixtures" / "hostile" / "records"
GOOD = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "good"]


def _good(articles: Path) -> int:
    count = 0
    for folder in GOOD:
        for path in sorted(folder.iterdir()):
            if path.is_file():
                shutil.copy(path, articles / f"good-{folder.name}-{path.name}")
                count += 1
    return count


def _hostile(articles: Path) -> None:
    shutil.copytree(RECORDS, articles / "records")
    big = articles / "big"
    big.mkdir()
    good = {"title": "Station clock mended", "text": "The Port Vale station clock was mended on Monday."}
    lines = [
        json.dumps(good),
        '{"text": "x", "m": ' + "[" * 200_000 + "]" * 200_000 + "}",
        '{"text": "The bakery sold out.", "views": ' + "9" * 5000 + "}",
        '{"text": "The ferry \\udfff ran late\\u001b on Friday.", "title": "Ferry \\ud800"}',
    ]
    (big / "records.jsonl").write_text("\n".join(lines) + "\n")
    keys = "".join(f"k{n:05d}: 1\n" for n in range(60_000))
    (big / "keys.md").write_text(
        f"---\ntitle: Bus shelter\n{keys}---\nThe bus shelter was rebuilt on Tuesday.\n"
    )
    levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    levels += [f"a{n}: &a{n} [{','.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    (big / "bomb.md").write_text("---\n" + "\n".join(levels) + "\ntitle: *a9\n---\nThe keeper retired.\n")
    (big / "quote-run.txt").write_text("The band played on Sunday.\n\n" + '"' * 90_000 + "\n")
    (big / "long-word.txt").write_text("The museum opened a wing.\n\n" + "ab" * 50_000 + "\n")
    (big / "quote-storm.txt").write_text("The choir sang on Monday.\n\n" + "“a” " * 4000 + "\n")
    item = (
        "<item><title>Bridge&#xD800; {n}</title><description>Repairs on bridge {n} began on Monday&#xD800;, "
        "the engineer said&#x1b;.</description><pubDate>{date}</pubDate></item>"
    )
    dates = ["Mon, 04 Mar 2024 09:00:00 GMT", "2019-13-45", "Tue, 01 Jan 0000 00:00:00 GMT", "99999-12-01"]
    items = "".join(item.format(n=n, date=date) for n, date in enumerate(dates))
    (big / "feed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>G</title>{items}</channel></rss>'
    )


def _build(workdir: Path, articles: Path, max_seconds: float) -> dict[str, object]:
    docs = workdir / "docs"
    command = [sys.executable, "-m", "generator", "build", "--articles", str(articles), "--docs", str(docs)]
    command += [
        "--site",
        str(workdir / "site"),
        "--config",
        str(ROOT / "mkdocs.yml"),
        "--no-cache",
        "--quiet",
    ]
    command += ["--max-seconds", str(max_seconds)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"}
    )
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    lines = done.stderr.splitlines()
    published = {
        p.read_text(encoding="utf-8").split("\n# ", 1)[-1].split(" {:", 1)[0]
        for p in (docs / "articles").glob("*.md")
    }
    return {
        "exit": done.returncode,
        "seconds": seconds,
        "peak_mb": max(peak, before) / 1024,  # ru_maxrss is in KiB on Linux; a later run can only raise it
        "pages": len(list((docs / "articles").glob("*.md"))),
        "lines": len(lines),
        "longest": max((len(line) for line in lines), default=0),
        "titles": published,
        "stderr": done.stderr,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--max-seconds", type=float, default=20.0)
    options = parser.parse_args()
    workdir = options.workdir or Path(tempfile.mkdtemp(prefix="briefing-hostile-"))
    runs = {}
    for name in ("good only", "good + hostile"):
        folder = workdir / name.replace(" ", "").replace("+", "-")
        articles = folder / "articles"
        articles.mkdir(parents=True)
        good = _good(articles)
        if "hostile" in name:
            _hostile(articles)
        runs[name] = _build(folder, articles, options.max_seconds)
    limit = f"--max-seconds {options.max_seconds:g}"
    print(f"| build (no cache, {limit}) | exit | wall s | peak MB | pages | lines | longest line |")
    print("|---|---|---|---|---|---|---|")
    for name, run in runs.items():
        print(
            f"| {name} | {run['exit']} | {run['seconds']:.1f} | {run['peak_mb']:.0f} | {run['pages']} "
            f"| {run['lines']} | {run['longest']} |"
        )
    good_titles = runs["good only"]["titles"]
    hostile_titles = runs["good + hostile"]["titles"]
    missing = sorted(good_titles - hostile_titles)  # type: ignore[operator]
    ratio = runs["good + hostile"]["seconds"] / runs["good only"]["seconds"]  # type: ignore[operator]
    print(
        f"\ngood articles: {good}; their pages published beside the hostile set: "
        f"{len(good_titles) - len(missing)} of {len(good_titles)}; wall-time ratio hostile/good: {ratio:.2f}"
    )
    if missing:
        print(f"MISSING: {missing}")
    print("\nlines printed by the hostile build:\n")
    print(runs["good + hostile"]["stderr"])


if __name__ == "__main__":
    main()
