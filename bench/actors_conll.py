"""Actors and their kinds against CoNLL-2003's hand-tagged names, article by article.

    python bench/actors_conll.py PATH/TO/eng.testa PATH/TO/eng.testb [--errors] [--limit N]

CoNLL-2003 (Tjong Kim Sang and De Meulder, 2003) tags every name of people
(PER), organisations (ORG), places (LOC) and other names (MISC) in Reuters
stories of August to December 1996, one token per line (word, part of speech,
chunk, tag in IOB1). It is news of another year and outlet than the corpus,
tagged by other hands, and the small English model was not trained on it
(its names come from OntoNotes); the data is not shipped here, so this script
takes the files (eng.train, eng.testa, eng.testb).

Each document becomes an article as a user's folder would give it: the first
sentence is the headline (the title), a dateline line ("LONDON 1996-08-30") is
left out with the byline before it, every other sentence is a paragraph, its tokens joined back into
written text. Only prose documents are kept (most of their sentences are
sentences, not tables of results). Names in the headline, the byline and the
dateline are not in the gold, since the text handed over does not hold them.

Scored at the level of the article, as a briefing lists actors: the gold
names of one kind are grouped when one is a run of another's words ("Clinton"
in "Bill Clinton"), and a group is found when an actor of the same kind has
one of its names as its name or an alias (case, dots and a leading "the"
ignored). An actor is right when it finds a group of its kind. It is a
yardstick between versions, not a score to set beside the corpus's: the
guidelines differ (CoNLL tags a team by its town as an organisation, a
nationality as MISC; an actor matching a MISC name is counted as such).

Use eng.train to read errors; keep eng.testa and eng.testb for measuring.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.extract import extract_many
from generator.incremental.nlp import load_model
from generator.models import Actor, ActorKind, Article
from generator.text import gold_key as key  # as the corpus's evaluation compares names

KINDS = {"PER": ActorKind.PERSON, "ORG": ActorKind.ORGANIZATION, "LOC": ActorKind.PLACE}
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'/-]* \d{4}-\d{2}-\d{2}$")
_SPORTS_HEADLINE = re.compile(r"^[A-Z][A-Z ]+ - [^a-z]*$")
_NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m"}
)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$"})


@dataclass(frozen=True)
class Token:
    word: str
    tag: str  # "O", "I-PER", "B-ORG", ...


@dataclass
class Document:
    name: str
    sentences: list[list[Token]] = field(default_factory=list)


@dataclass(frozen=True)
class GoldArticle:
    name: str
    title: str
    text: str
    names: dict[str, frozenset[str]]  # CoNLL type -> distinct names in the text

    @property
    def desk(self) -> str:
        """ "sports" for the sports desk's stories (an upper-case headline under a label,
        "SOCCER - ..."), where a team named by its town is an organisation; else "news"."""
        return "sports" if _SPORTS_HEADLINE.match(self.title) else "news"


def read_documents(path: Path) -> Iterator[Document]:
    """The documents of one CoNLL-2003 file, in order."""
    document: Document | None = None
    sentence: list[Token] = []
    count = 0

    def close_sentence() -> None:
        nonlocal sentence
        if sentence and document is not None:
            document.sentences.append(sentence)
        sentence = []

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            close_sentence()
            if document is not None:
                yield document
            count += 1
            document = Document(f"{path.name}#{count}")
        elif not line.strip():
            close_sentence()
        else:
            parts = line.split()
            sentence.append(Token(parts[0], parts[-1]))
    close_sentence()
    if document is not None:
        yield document


def detokenize(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The words written as text, and each word's (start, end) in it."""
    out = ""
    spans = []
    quote_open = False
    glue_next = False
    for word in words:
        glue = glue_next or not out
        glue_next = False
        if word in _NO_SPACE_BEFORE or (word == "'" and out.endswith("s")):
            glue = True
        elif word == '"':
            if quote_open:
                glue = True
            else:
                glue_next = True
            quote_open = not quote_open
        if word in _NO_SPACE_AFTER:
            glue_next = True
        if not glue:
            out += " "
        spans.append((len(out), len(out) + len(word)))
        out += word
    return out, spans


def entities(sentence: list[Token]) -> Iterator[tuple[str, int, int]]:
    """(type, first, last + 1) of each tagged name of an IOB1 sentence."""
    start = None
    kind = ""
    for i, token in enumerate([*sentence, Token("", "O")]):
        prefix, _, tag = token.tag.partition("-")
        if start is not None and (tag != kind or prefix == "B"):
            yield kind, start, i
            start = None
        if tag and start is None:
            start, kind = i, tag


def _is_prose(sentence: list[Token]) -> bool:
    words = [t.word for t in sentence]
    lower = sum(1 for w in words if w.isalpha() and w.islower())
    return len(words) >= 6 and lower >= len(words) / 3 and words[-1] in {".", '"', "'", "?", "!"}


def as_article(document: Document) -> GoldArticle | None:
    """The document as an article with its gold names, or None when it is no prose."""
    if len(document.sentences) < 3:
        return None
    headline, body = document.sentences[0], document.sentences[1:]
    for n, sentence in enumerate(body[:2]):  # a dateline, after a byline or not
        if _DATELINE.match(detokenize([t.word for t in sentence])[0]):
            body = body[n + 1 :]
            break
    prose = sum(1 for s in body if _is_prose(s))
    if prose < 3 or prose < 0.6 * len(body):
        return None
    names: dict[str, set[str]] = {}
    paragraphs = []
    for sentence in body:
        text, spans = detokenize([t.word for t in sentence])
        paragraphs.append(text)
        for kind, first, last in entities(sentence):
            names.setdefault(kind, set()).add(text[spans[first][0] : spans[last - 1][1]])
    title = detokenize([t.word for t in headline])[0]
    return GoldArticle(
        document.name, title, "\n\n".join(paragraphs), {k: frozenset(v) for k, v in names.items()}
    )


def groups(names: frozenset[str]) -> list[frozenset[str]]:
    """Names of one kind grouped: a name whose words run inside a longer one's joins it."""
    ordered = sorted(names, key=lambda n: (-len(n.split()), n))
    found: list[set[str]] = []
    for name in ordered:
        words = key(name).split()
        for group in found:
            if any(_runs_inside(words, key(other).split()) for other in group):
                group.add(name)
                break
        else:
            found.append({name})
    return [frozenset(g) for g in found]


def _runs_inside(words: list[str], longer: list[str]) -> bool:
    n = len(words)
    return any(longer[i : i + n] == words for i in range(len(longer) - n + 1))


@dataclass
class Tally:
    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    other_kind: Counter[str] = field(default_factory=Counter)
    misc: Counter[str] = field(default_factory=Counter)

    def __add__(self, other: Tally) -> Tally:
        """Both tallies' counts together (the news desk's and the sports desk's: all)."""
        return Tally(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})


def _actor_keys(actor: Actor) -> set[str]:
    return {key(actor.name), *(key(a) for a in actor.aliases)}


def score_article(gold: GoldArticle, actors: tuple[Actor, ...], tally: Tally, show: bool) -> None:
    gold_groups = {kind: groups(gold.names.get(tag, frozenset())) for tag, kind in KINDS.items()}
    group_keys = {kind: [{key(n) for n in g} for g in gs] for kind, gs in gold_groups.items()}
    misc = {key(n) for n in gold.names.get("MISC", frozenset())}
    for kind, kind_groups in gold_groups.items():
        tally.gold[kind.value] += len(kind_groups)
        for group, keys in zip(kind_groups, group_keys[kind], strict=True):
            if any(a.kind is kind and keys & _actor_keys(a) for a in actors):
                tally.found[kind.value] += 1
            elif show:
                print(gold.name, "missed", kind.value, " / ".join(sorted(group)), sep="\t")
    for actor in actors:
        if actor.kind not in gold_groups:
            continue
        tally.predicted[actor.kind.value] += 1
        keys = _actor_keys(actor)
        if any(keys & g for g in group_keys[actor.kind]):
            tally.right[actor.kind.value] += 1
            continue
        other = [k for k, gs in group_keys.items() if any(keys & g for g in gs)]
        if other:
            tally.other_kind[actor.kind.value] += 1
            label = f"wrong kind (gold {other[0].value})"
        elif keys & misc:
            tally.misc[actor.kind.value] += 1
            label = "a MISC name"
        else:
            label = "extra"
        if show:
            print(gold.name, label, actor.kind.value, actor.name, sep="\t")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", type=Path, nargs="+", help="eng.train, eng.testa, eng.testb")
    parser.add_argument("--errors", action="store_true", help="print each missed group and wrong actor first")
    parser.add_argument("--limit", type=int, help="only the first N prose articles")
    args = parser.parse_args()
    golds = [a for path in args.files for d in read_documents(path) if (a := as_article(d)) is not None]
    golds = golds[: args.limit] if args.limit else golds
    started = time.perf_counter()
    nlp = load_model()
    tallies = {"news": Tally(), "sports": Tally()}
    articles = (Article(source=g.name, text=g.text, title=g.title) for g in golds)
    for gold, briefing in zip(golds, extract_many(articles, nlp), strict=True):
        score_article(gold, briefing.actors, tallies[gold.desk], args.errors)
    tallies = {"all": tallies["news"] + tallies["sports"], **tallies}
    names = ", ".join(p.name for p in args.files)
    desks = Counter(g.desk for g in golds)
    print(
        f"\n{len(golds)} prose articles ({names}; {desks['news']} news, {desks['sports']} sports), "
        f"{time.perf_counter() - started:.1f} s\n"
    )
    print(
        "| articles | kind | gold groups | found | actors | right | other kind | MISC name "
        "| precision | recall | F1 |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for desk, tally in tallies.items():
        for kind in KINDS.values():
            k = kind.value
            p = tally.right[k] / tally.predicted[k] if tally.predicted[k] else 0.0
            r = tally.found[k] / tally.gold[k] if tally.gold[k] else 0.0
            print(
                f"| {desk} | {k} | {tally.gold[k]} | {tally.found[k]} | {tally.predicted[k]} "
                f"| {tally.right[k]} | {tally.other_kind[k]} | {tally.misc[k]} "
                f"| {p:.3f} | {r:.3f} | {_f1(p, r):.3f} |"
            )


if __name__ == "__main__":
    main()
