"""The Atom feed: valid for feedparser, links relative or absolute, hostile text stays text."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest

from generator.errors import ConfigError
from generator.link.linker import link
from generator.render.pages import render_corpus
from generator.site.url import mkdocs_site_url, normalise_site_url
from tests.records import briefing, person

ATOM = "{http://www.w3.org/2005/Atom}"


def _feed(site_url: str | None) -> str:
    corpus = link(
        [
            briefing(
                "a.md",
                "Talks <b>resume</b> & \x0bend",
                [person("<script>alert(1)</script>")],
                date=dt.date(2024, 3, 2),
            ),
            briefing("b.md", "Undated wire", [person("Ann Lee")]),
        ]
    )
    return next(p.text for p in render_corpus(corpus, site_url=site_url) if p.path == "feed.xml")


@pytest.mark.parametrize("site_url", [None, "https://example.org/briefings/"])
def test_feed_parses_cleanly(site_url: str | None) -> None:
    text = _feed(site_url)
    parsed = feedparser.parse(text)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    titles = [e.title for e in parsed.entries]
    assert titles == ["Talks <b>resume</b> & end", "Undated wire"]
    assert parsed.entries[0].tags[0].term == "<script>alert(1)</script>"
    root = ET.fromstring(text.encode())
    for entry in root.iter(f"{ATOM}entry"):
        for required in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{required}") is not None
        assert entry.findtext(f"{ATOM}id", "").startswith("urn:uuid:")
    hrefs = [e.get("href", "") for e in root.iter(f"{ATOM}link")]
    if site_url:
        assert all(h.startswith(site_url) for h in hrefs), hrefs
    else:
        assert "articles/talks-b-resume-b-end.html" in hrefs


def test_feed_is_deterministic_and_ids_do_not_depend_on_time() -> None:
    assert _feed(None) == _feed(None)
    assert "<updated>2024-03-02T00:00:00Z</updated>" in _feed(None)


def test_site_url_is_checked_and_read_from_mkdocs_yml(tmp_path: Path) -> None:
    assert normalise_site_url("https://example.org/x") == "https://example.org/x/"
    with pytest.raises(ConfigError):
        normalise_site_url("javascript:alert(1)")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: X\nsite_url: !ENV [SITE, 'https://a.example/']\n")
    assert mkdocs_site_url(config) is None  # an !ENV value cannot be resolved here
    config.write_text("site_name: X\nsite_url: https://b.example/\nhooks: !!python/name:os.getcwd\n")
    assert mkdocs_site_url(config) == "https://b.example/"
    assert mkdocs_site_url(tmp_path / "missing.yml") is None
