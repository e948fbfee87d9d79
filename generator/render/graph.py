"""Actor co-occurrence pictures: positions computed here, drawn by `templates/graph.svg.j2`.

Two layouts, both deterministic (no randomness, coordinates rounded):

- the corpus graph: the most present actors on a circle, ordered by the
  article they are most mentioned in so actors of one story sit together,
  joined by curved chords whose width is the number of shared articles;
- an actor's neighbourhood: the actor in the middle, its companions around.

A circle keeps every label readable at 60 actors (each gets its own radial
line, no overlap by construction), where a force layout piles labels up.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..link.corpus import ActorPage, Corpus
from ..models import ActorKind

# The corpus graph shows this many actors (the ones in most articles).
GRAPH_NODES = 60
# Every actor keeps its strongest few chords, plus every chord of 2+ shared
# articles: one article naming 18 actors would otherwise draw 153 chords.
EDGES_PER_NODE = 3
# A neighbourhood shows this many companions, and a line between two of them
# when they share at least MIN_BETWEEN articles (one article naming a dozen
# actors would otherwise join every pair).
NEIGHBOURS = 12
MIN_BETWEEN = 2
# Label geometry: characters before truncation, font size and the circle
# length each node needs (a little more than a line of text).
LABEL_CHARS = 24
FONT_SIZE = 12
NODE_SPACING = 20.0
MIN_RADIUS = 200.0
NEIGHBOURHOOD_RADIUS = 150.0
_CHAR_WIDTH = 0.62 * FONT_SIZE
_KIND_ORDER = {kind: i for i, kind in enumerate(ActorKind)}


@dataclass(frozen=True)
class Node:
    """One actor drawn as a dot with its label, linking to its dossier."""

    name: str
    label: str
    kind: ActorKind
    href: str
    articles: int
    x: float
    y: float
    r: float
    label_x: float
    label_y: float
    rotate: float
    anchor: str
    centre: bool = False


@dataclass(frozen=True)
class Edge:
    """A curve between two actors; `weight` is the number of articles they share."""

    path: str
    width: float
    weight: int
    title: str


@dataclass(frozen=True)
class Picture:
    """A whole SVG picture: size, title, edges (drawn first) and nodes."""

    title: str
    width: int
    height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    kinds: tuple[ActorKind, ...]
    font_size: int = FONT_SIZE


class Companions:
    """Shared-article counts between actors by slug, each actor's table built on first use."""

    def __init__(self, actors: Sequence[ActorPage]) -> None:
        self.actors = {a.slug: a for a in actors}
        self._tables: dict[str, dict[str, int]] = {}

    def shared(self, a: str, b: str) -> int:
        """Return how many articles name both actors `a` and `b`."""
        table = self._tables.get(a)
        if table is None:
            table = self._tables[a] = {c.slug: c.articles for c in self.actors[a].companions}
        return table.get(b, 0)


def _label(name: str) -> str:
    name = " ".join(name.split())
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


def _radius(articles: int) -> float:
    return round(min(4.0 + 2.5 * math.sqrt(articles), 14.0), 1)


def _margin() -> float:
    return 14.0 + 8.0 + LABEL_CHARS * _CHAR_WIDTH


def _ring(actors: Sequence[ActorPage], radius: float, centre: float, href: str) -> list[Node]:
    """Place `actors` on a circle starting at the top, labels pointing outwards."""
    nodes = []
    for i, actor in enumerate(actors):
        angle = -math.pi / 2 + 2 * math.pi * i / len(actors)
        r = _radius(len(actor.appearances))
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        reach = radius + r + 6.0
        lx, ly = centre + reach * math.cos(angle), centre + reach * math.sin(angle)
        degrees = math.degrees(angle)
        right = math.cos(angle) >= -1e-9
        nodes.append(
            Node(
                name=actor.name,
                label=_label(actor.name),
                kind=actor.kind,
                href=href.format(slug=actor.slug),
                articles=len(actor.appearances),
                x=round(x, 1),
                y=round(y, 1),
                r=r,
                label_x=round(lx, 1),
                label_y=round(ly, 1),
                rotate=round(degrees if right else degrees + 180.0, 1),
                anchor="start" if right else "end",
            )
        )
    return nodes


def _curve(a: Node, b: Node, centre: float, radius: float, bend: float) -> str:
    """Return SVG path data from `a` to `b`, bent towards the centre (`bend` 0 = straight).

    The bend grows with the distance between the ends: far ends curve through
    the middle like a chord diagram, close neighbours stay nearly straight
    instead of drawing a long thin loop.
    """
    mx, my = (a.x + b.x) / 2, (a.y + b.y) / 2
    pull = bend * min(math.dist((a.x, a.y), (b.x, b.y)) / (2 * radius), 1.0)
    cx, cy = centre + (mx - centre) * (1 - pull), centre + (my - centre) * (1 - pull)
    return f"M{a.x:.1f},{a.y:.1f} Q{cx:.1f},{cy:.1f} {b.x:.1f},{b.y:.1f}"


def _width(weight: int, strongest: int) -> float:
    return round(0.8 + 3.2 * weight / max(strongest, 1), 2)


def corpus_graph(corpus: Corpus, limit: int = GRAPH_NODES) -> Picture:
    """Return the co-occurrence picture of the `limit` actors seen in most articles."""
    order = {page.slug: i for i, page in enumerate(corpus.articles)}
    ranked = sorted(
        (a for a in corpus.actors if a.companions),
        key=lambda a: (-len(a.appearances), -a.mentions, a.name, a.slug),
    )[:limit]

    def home(actor: ActorPage) -> tuple[int, int, int, str]:
        main = min(actor.appearances, key=lambda ap: (-ap.mentions, order[ap.article_slug]))
        return (order[main.article_slug], _KIND_ORDER[actor.kind], -len(actor.appearances), actor.name)

    placed = sorted(ranked, key=home)
    radius = max(MIN_RADIUS, len(placed) * NODE_SPACING / (2 * math.pi))
    centre = float(math.ceil(radius + _margin()))
    nodes = _ring(placed, radius, centre, "actors/{slug}.html")
    companions = Companions(corpus.actors)
    weights: dict[tuple[int, int], int] = {}
    for i, first in enumerate(placed):
        for j in range(i + 1, len(placed)):
            shared = companions.shared(first.slug, placed[j].slug)
            if shared:
                weights[(i, j)] = shared
    kept: set[tuple[int, int]] = {pair for pair, w in weights.items() if w >= 2}
    for i in range(len(placed)):
        mine = [pair for pair in weights if i in pair]
        mine.sort(
            key=lambda pair: (-weights[pair], -placed[sum(pair) - i].mentions, pair)
        )  # sum - i: the other end
        kept.update(mine[:EDGES_PER_NODE])
    strongest = max(weights.values(), default=1)
    edges = tuple(
        Edge(
            _curve(nodes[i], nodes[j], centre, radius, bend=0.75),
            _width(weights[(i, j)], strongest),
            weights[(i, j)],
            f"{placed[i].name} and {placed[j].name}: {_articles(weights[(i, j)])}",
        )
        for i, j in sorted(kept, key=lambda pair: (weights[pair], pair))
    )
    size = int(2 * centre)
    title = f"Actor co-occurrence graph: the {len(nodes)} actors seen in most articles"
    return Picture(title, size, size, tuple(nodes), edges, _kinds(placed))


def neighbourhood(actor: ActorPage, companions: Companions, limit: int = NEIGHBOURS) -> Picture:
    """Return the picture of `actor` in the middle of the companions it shares most articles with."""
    chosen = [companions.actors[c.slug] for c in actor.companions[:limit]]
    weight = {c.slug: c.articles for c in actor.companions[:limit]}
    centre = float(math.ceil(NEIGHBOURHOOD_RADIUS + _margin()))
    ring = _ring(chosen, NEIGHBOURHOOD_RADIUS, centre, "{slug}.html")
    r = _radius(len(actor.appearances))
    middle = Node(
        name=actor.name,
        label=_label(actor.name),
        kind=actor.kind,
        href=f"{actor.slug}.html",
        articles=len(actor.appearances),
        x=centre,
        y=centre,
        r=r,
        label_x=centre,
        label_y=round(centre + r + FONT_SIZE + 4, 1),
        rotate=0.0,
        anchor="middle",
        centre=True,
    )
    strongest = max(weight.values(), default=1)
    between = []
    for i, first in enumerate(chosen):
        for j in range(i + 1, len(chosen)):
            second = chosen[j]
            shared = companions.shared(first.slug, second.slug)
            if shared >= MIN_BETWEEN:
                between.append(
                    Edge(
                        _curve(ring[i], ring[j], centre, NEIGHBOURHOOD_RADIUS, bend=0.35),
                        round(0.5 + 1.5 * shared / strongest, 2),
                        shared,
                        f"{first.name} and {second.name}: {_articles(shared)}",
                    )
                )
    spokes = [
        Edge(
            _curve(middle, ring[i], centre, NEIGHBOURHOOD_RADIUS, bend=0.0),
            _width(weight[a.slug], strongest),
            weight[a.slug],
            f"{actor.name} and {a.name}: {_articles(weight[a.slug])}",
        )
        for i, a in enumerate(chosen)
    ]
    size = int(2 * centre)
    title = f"{actor.name} and the actors seen with them most often"
    return Picture(title, size, size, (*ring, middle), (*between, *spokes), _kinds([actor, *chosen]))


def _articles(n: int) -> str:
    return f"{n} shared article{'s' if n != 1 else ''}"


def _kinds(actors: Sequence[ActorPage]) -> tuple[ActorKind, ...]:
    present = {a.kind for a in actors}
    return tuple(k for k in ActorKind if k in present)
