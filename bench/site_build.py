"""Benchmark of the incremental site build: one article added to N, against clean builds.

    python bench/site_build.py --count 200 [--workdir /tmp/briefing-bench-site] [--workers 2]

On a corpus made by bench/make_corpus.py (as bench/run.py makes it), from one run:

1. a first `briefing build` (whole process; its site step is a clean build);
2. one article added: `briefing build` again (whole process; its site step is
   incremental), with the pages it rendered;
3. a clean site build of the same docs/ in a fresh process (no state), and
   whether its files are byte-identical to the incremental site;
4. a bare `mkdocs build` of the same docs/ (Material's own search, no lazy split);

then the ratios issue 13 sets targets for: the +1 build against the first
build and against the bare `mkdocs build`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import bare_mkdocs, ensure_corpus, fresh_project, run_stage  # noqa: E402

PYTHON = sys.executable


def _clean(docs: Path, site: Path) -> None:
    """Child process: a clean site build of `docs` into `site` (no state); print its seconds."""
    from generator.site.builder import build_site

    shutil.rmtree(site, ignore_errors=True)
    started = time.perf_counter()
    report = build_site(ROOT / "mkdocs.yml", docs, site)
    print(json.dumps({"site": time.perf_counter() - started, "rendered": report.rendered}))


def tree_digest(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under `folder`."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def bench(count: int, workdir: Path, workers: int) -> dict[str, Any]:
    corpus, (extra,) = ensure_corpus(workdir, count)
    project = fresh_project(workdir, count)
    r: dict[str, Any] = {"count": count, "load": os.getloadavg()[0]}
    print(f"[{count}] first build ...", file=sys.stderr, flush=True)
    r["first"] = run_stage("build", corpus, project, workers)
    print(f"[{count}] one article added ...", file=sys.stderr, flush=True)
    shutil.copy(extra, corpus / extra.name)
    try:
        r["added"] = run_stage("build", corpus, project, workers)
    finally:
        (corpus / extra.name).unlink()
    print(f"[{count}] clean site build of the same docs ...", file=sys.stderr, flush=True)
    clean_site = project / "clean-site"
    command = [PYTHON, __file__, "_clean", str(project / "docs"), str(clean_site)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=project)
    r["clean"] = json.loads(done.stdout.strip().splitlines()[-1])
    r["identical"] = tree_digest(clean_site) == tree_digest(project / "site")
    print(f"[{count}] bare mkdocs build ...", file=sys.stderr, flush=True)
    r["bare_mkdocs"] = bare_mkdocs(project / "docs", project / "material-site")
    return r


def table(r: dict[str, Any]) -> str:
    """Return the Markdown table of one run."""
    first, added, clean, bare = r["first"], r["added"], r["clean"]["site"], r["bare_mkdocs"]
    whole = added["wall"]
    rows = [
        ("first `briefing build`, whole process (s)", f"{first['wall']:.1f}"),
        ("first build: site step, clean (s)", f"{first['site']:.2f} ({first['site'] / bare:.2f}× bare)"),
        ("clean site build of the +1 docs/, fresh process (s)", f"{clean:.2f} ({clean / bare:.2f}× bare)"),
        ("bare `mkdocs build` of the +1 docs/ (s)", f"{bare:.2f}"),
        (
            "+1 article: site step, incremental (s)",
            f"{added['site']:.2f} ({added['site'] / clean:.1%} of clean; {added['site'] / bare:.3f}× bare)",
        ),
        (
            "+1 article: pages rendered / pages of a clean build",
            f"{added.get('site_rendered')} / {r['clean']['rendered']}",
        ),
        ("+1 article: generation step (s)", f"{added['generate']:.2f}"),
        (
            "+1 article: `briefing build`, whole process (s)",
            f"{whole:.2f} ({whole / first['wall']:.1%} of first; {whole / bare:.3f}× bare)",
        ),
        ("incremental site byte-identical to the clean one", "yes" if r["identical"] else "**no**"),
        ("load average at start (2 cores)", f"{r['load']:.1f}"),
    ]
    body = "\n".join(f"| {label} | {value} |" for label, value in rows)
    return f"| measure | {r['count']:,} articles |\n|---|---:|\n{body}"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_clean":
        _clean(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200, help="corpus size")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench-site")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    result = bench(args.count, args.workdir, args.workers)
    (args.workdir / f"site-{args.count}.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(table(result))


if __name__ == "__main__":
    main()
