"""The places page groups places under their country, from kept gazetteers."""

from __future__ import annotations

from generator.link.linker import link
from generator.render.pages import render_corpus
from generator.render.views import places_by_country
from tests.records import briefing, person, place


def test_places_are_grouped_under_their_country_the_country_first() -> None:
    corpus = link(
        [
            briefing("a.md", "One", [person("Ann Lee"), place("Paris"), place("Chicago")]),
            briefing("b.md", "Two", [place("Lyon"), place("France"), place("Zanzibarville")]),
            briefing("c.md", "Three", [place("Marseille"), place("Europe")]),
        ]
    )
    groups = places_by_country(corpus)
    assert [(g.code, g.name, [p.name for p in g.places]) for g in groups] == [
        ("FR", "France", ["France", "Lyon", "Marseille", "Paris"]),
        ("US", "United States", ["Chicago"]),  # no page of its own: the gazetteer's name
        (None, "Other places (no one country known)", ["Europe", "Zanzibarville"]),
    ]
    assert groups[0].actor is not None and groups[1].actor is None
    assert groups[0].briefings == 3
    page = next(p.text for p in render_corpus(corpus) if p.path == "places.md")
    assert "## France {: #country-fr }" in page and "## United States {: #country-us }" in page
    assert page.index("country-fr") < page.index("country-us") < page.index("country-unknown")
