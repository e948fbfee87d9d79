"""The co-occurrence pictures: readable at 60+ actors, deterministic, self-contained SVG."""

from __future__ import annotations

import itertools
import math
import re
import xml.etree.ElementTree as ET

from generator.link.linker import link
from generator.render.graph import FONT_SIZE, GRAPH_NODES, Companions, corpus_graph, neighbourhood
from generator.render.pages import render_corpus
from generator.render.views import strongest_pairs
from tests.records import briefing, org, person, place, synthetic_briefings

SVG = "{http://www.w3.org/2000/svg}"


def _corpus():  # type: ignore[no-untyped-def]
    # 12 articles of 9 actors each (71 in all); neighbouring articles share two actors.
    articles = []
    for a in range(12):
        actors = [person(f"Person {a}-{k} Longname") for k in range(5)]
        actors += [org(f"Org {a % 6}"), place(f"Place {a % 4}"), place(f"Place {(a + 1) % 4}")]
        actors.append(person("<script>alert('x')</script> & Co"))
        articles.append(briefing(f"{a:02d}.md", f"Story {a}", actors))
    return link(articles)


def test_sixty_actors_get_non_overlapping_labels_inside_the_picture() -> None:
    picture = corpus_graph(_corpus())
    assert len(picture.nodes) == GRAPH_NODES
    centre = picture.width / 2
    angles = sorted(math.atan2(n.y - centre, n.x - centre) for n in picture.nodes)
    radius = math.dist((picture.nodes[0].x, picture.nodes[0].y), (centre, centre))
    gaps = [b - a for a, b in itertools.pairwise(angles)]
    assert min(gaps) * radius >= 1.4 * FONT_SIZE  # neighbouring radial labels never touch
    reach = max(len(n.label) for n in picture.nodes) * 0.62 * FONT_SIZE
    for n in picture.nodes:
        assert reach <= min(n.label_x, n.label_y, picture.width - n.label_x, picture.height - n.label_y) + 1


def test_svg_is_escaped_self_contained_and_deterministic() -> None:
    corpus = _corpus()
    files = {p.path: p.text for p in render_corpus(corpus) if p.path.endswith(".svg")}
    assert files == {p.path: p.text for p in render_corpus(corpus) if p.path.endswith(".svg")}
    assert "graph.svg" in files and len(files) > 50
    for path, text in files.items():
        root = ET.fromstring(text)  # well-formed XML
        assert root.tag == f"{SVG}svg"
        assert not list(root.iter(f"{SVG}script"))
        assert "<script" not in text and "@import" not in text and "url(" not in text, path
        external = re.findall(r'(?:href|src)="(?:https?:)?//', text)
        assert not external, path
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co" in files["graph.svg"]


def test_neighbourhood_puts_the_actor_in_the_middle_of_its_companions() -> None:
    corpus = _corpus()
    org0 = next(a for a in corpus.actors if a.name == "Org 0")
    picture = neighbourhood(org0, Companions(corpus.actors))
    centre = [n for n in picture.nodes if n.centre]
    assert [n.name for n in centre] == ["Org 0"] and centre[0].x == picture.width / 2
    assert len(picture.nodes) == 13
    assert all(n.href.endswith(".html") and "/" not in n.href for n in picture.nodes)


def test_a_neighbourhood_changes_only_with_the_articles_of_its_actor() -> None:
    # Org X appears with Place A and Place B; a new article names A and B without X:
    # X's picture is drawn from X's own articles only, so it keeps its bytes.
    def story(n: int, *names: str):  # type: ignore[no-untyped-def]
        actors = [org(name) if name.startswith("Org") else place(name) for name in names]
        return briefing(f"{n:02d}.md", f"Story {n}", actors)

    before = [story(n, "Org X", "Place A", "Place B") for n in range(3)] + [story(3, "Place A", "Place B")]
    after = [*before, story(4, "Place A", "Place B", "Org Y")]

    def picture(articles):  # type: ignore[no-untyped-def]
        files = {p.path: p.text for p in render_corpus(link(articles))}
        return files["actors/org-x.svg"], files["actors/place-a.svg"]

    x_before, a_before = picture(before)
    x_after, a_after = picture(after)
    assert x_after == x_before
    assert a_after != a_before  # A's own picture does change: the new article names A
    assert "Place A (place, 3 articles with Org X)" in x_before
    assert "Place A and Place B: 3 shared articles with Org X" in x_before


def test_strongest_pairs_are_the_first_of_all_pairs_sorted() -> None:
    """The pairs found by stopping at each actor's first once-shared companion and keeping
    the strongest few equal the definition: every pair sharing two or more articles, sorted."""
    corpus = link(synthetic_briefings(300, seed=5))
    by_slug = {a.slug: a for a in corpus.actors}
    every = sorted(
        (-c.articles, actor.name, c.name, actor.slug, c.slug)
        for actor in corpus.actors
        for c in actor.companions
        if actor.slug < c.slug and c.articles >= 2
    )
    for limit in (1, 25, len(every) + 5):
        expected = [(by_slug[a].slug, by_slug[b].slug, -n) for n, _, _, a, b in every[:limit]]
        found = strongest_pairs(corpus, limit)
        assert [(p.first.slug, p.second.slug, p.articles) for p in found] == expected
    assert len(every) > 25
