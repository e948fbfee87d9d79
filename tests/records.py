"""Hand-built briefings for stage tests that need no spaCy model."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import random

from generator.models import Actor, ActorKind, Article, Briefing, Quote

P, ORG, L = ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.PLACE


def briefing(
    source: str,
    title: str,
    actors: list[Actor],
    quotes: list[Quote] | None = None,
    date: dt.date | None = None,
    text: str = "Body text.",
) -> Briefing:
    """Return a briefing with the given actors and quotes."""
    article = Article(source=source, text=text, title=title, date=date)
    return Briefing(
        article=article,
        title=title,
        summary=f"Summary of {title}.",
        actors=tuple(actors),
        quotes=tuple(quotes or ()),
        paragraphs=(text,),
    )


def person(name: str, role: str | None = None, *aliases: str, mentions: int = 1) -> Actor:
    return Actor(name, P, role, aliases, mentions)


def org(name: str, *aliases: str) -> Actor:
    return Actor(name, ORG, None, aliases)


def place(name: str, *aliases: str) -> Actor:
    return Actor(name, L, None, aliases)


VOCABULARY = 20_000
WORDS_PER_ARTICLE = 80


def _word(n: int) -> str:
    letters = "bcdfghjklmnprstvz"
    vowels = "aeiou"
    out = ""
    n += 1
    while n:
        n, r = divmod(n, len(letters) * len(vowels))
        out += letters[r % len(letters)] + vowels[r // len(letters)]
    return out + "n"


@functools.cache  # read once per test session: many tests make synthetic corpora
def _english_words(count: int) -> tuple[str, ...]:
    """The `count` commonest words of the shipped English frequency table that the text
    similarity keeps (no stop words, no short words), commonest first."""
    from generator.link.similarity import words
    from generator.link.word_rarity import read_table

    table = read_table()
    ranked = sorted(table, key=lambda w: (-table[w], w))
    kept = [w for w in ranked if words(w) == [w]]
    assert len(kept) >= count
    return tuple(kept[:count])


def synthetic_briefings(count: int, seed: int = 16) -> list[Briefing]:
    """Return `count` short briefings as the extraction cache would hand them over, no model
    needed: about 80 words each, drawn with Zipf-like frequencies from the 20,000 commonest
    English content words, commonest first (so many terms are shared by thousands of
    articles, and those weigh little, as in news), 3-8 actors each from a Zipf-like pool
    of invented names, a quote each. Deterministic for a count and seed."""
    rng = random.Random(seed)
    vocabulary = _english_words(VOCABULARY)
    word_weights = [1 / (rank + 1) for rank in range(VOCABULARY)]
    pool = max(50, count // 5)
    kinds = (ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.PLACE)
    actor_names = [f"{_word(n).title()} {_word(n + 7).title()}" for n in range(pool)]
    actor_weights = [1 / (rank + 1) for rank in range(pool)]
    start = dt.date(2015, 1, 1)
    out = []
    for i in range(count):
        text = " ".join(rng.choices(vocabulary, word_weights, k=WORDS_PER_ARTICLE))
        chosen = sorted(set(rng.choices(range(pool), actor_weights, k=rng.randint(3, 8))))
        actors = tuple(Actor(actor_names[a], kinds[a % 3], None, (), 1 + a % 4) for a in chosen)
        speaker = actors[0].name if actors[0].kind is ActorKind.PERSON else None
        title = f"Story {i} {text.split()[0]}"
        article = Article(f"a{i:06d}.md", text, title, start + dt.timedelta(days=i % 3000))
        out.append(
            Briefing(article, title, text[:120], actors, (Quote(text[:60], speaker),), paragraphs=(text,))
        )
    return out


def features(briefing: Briefing) -> set[str]:
    """The actor names of a briefing: what related ranking weighs by its rarity in the
    corpus (words weigh by their frequency in English, the same in any corpus)."""
    return {a.name for a in briefing.actors}


def moved_features(old: list[Briefing], new: list[Briefing]) -> set[str]:
    """Actor names whose rarity level, log2(articles / articles holding it) with
    both rounded down to a power of two, differs between the two corpora. Computed here,
    not with the link stage's own function, so the tests hold the stage to this contract."""

    def levels(made: list[Briefing]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for b in made:
            for key in features(b):
                counts[key] = counts.get(key, 0) + 1
        return {key: max(0, len(made).bit_length() - k.bit_length()) for key, k in counts.items()}

    before, after = levels(old), levels(new)
    return {key for key in after if before.get(key) != after[key]}


def clash_suffix(name: str) -> str:
    """The suffix of a clashing page name: six hex digits of a digest of the file's name
    (written out here, not taken from the code under test)."""
    return hashlib.blake2b(name.encode(), digest_size=3).hexdigest()
