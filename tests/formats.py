"""Test inputs written on the fly: a news page full of boilerplate, RSS and Atom feeds, JSON Lines."""

from __future__ import annotations

import html
import json
import re

from generator.models import Article

BOILERPLATE = (
    "We use cookies to personalise content and ads",
    "Accept all cookies",
    "Home",
    "Subscribe now and save",
    "Related stories",
    "Officials respond to growing pressure",
    "Great reporting, thank you",
    "This is an outrage",
    "Sign up for our newsletter",
    "All rights reserved",
    "Share this article",
    "Buy the new phone today",
)

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Example Times</title>
{meta}
</head><body>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to personalise content and ads.
By continuing you agree to our use of cookies.</p><button>Accept all cookies</button></div>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/science">Science</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="ad advertisement"><p>Subscribe now and save 50% on your first year of digital access!</p></div>
<main><article class="story">
<h1 class="headline">{title}</h1>
<div class="byline">By Staff Reporter | {date_text}</div>
<div class="story-body">
{paragraphs}
</div>
<div class="share">Share this article: <a href="#">Facebook</a> <a href="#">Email</a></div>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/x1">Officials respond to growing pressure over the policy change</a></li>
<li><a href="/x2">What we know so far about the investigation and the next steps</a></li></ul></aside>
<section class="comments" id="comments"><h3>Comments (2)</h3>
<div class="comment"><p>This is an outrage, I can't believe they let this happen again.
Nobody is held to account.</p></div>
<div class="comment"><p>Great reporting, thank you for covering this story in such detail.
Please follow it up.</p></div>
</section></main>
<aside class="sidebar"><div class="newsletter"><h3>Sign up for our newsletter</h3>
<p>Get the best stories delivered to your inbox every morning.</p></div></aside>
<footer><p>© 2019 Example Times Ltd. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""

IN_BODY_AD = (
    '<div class="ad-slot advertisement"><span>Advertisement</span>'
    "<p>Buy the new phone today, only $99 with a two-year contract.</p></div>"
)


def paragraphs(article: Article) -> list[str]:
    """The article's paragraphs (blank-line separated), whitespace-normalised as HTML shows them."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", article.text) if p.strip()]


def news_page(article: Article, with_meta: bool = True) -> str:
    """A web page carrying `article` among navigation, cookie banner, ads, comments and related stories."""
    assert article.title and article.date
    meta = ""
    if with_meta:
        meta = (
            f'<meta property="article:published_time" content="{article.date.isoformat()}T10:00:00Z">'
            f'<meta name="author" content="Staff Reporter">'
            f'<meta property="og:site_name" content="Example Times">'
        )
        if article.url:
            meta += f'<link rel="canonical" href="{html.escape(article.url)}">'
    body: list[str] = []
    for number, text in enumerate(paragraphs(article)):
        body.append(f"<p>{html.escape(text)}</p>")
        if number == 1:
            body.append(IN_BODY_AD)
    return PAGE.format(
        title=html.escape(article.title),
        meta=meta,
        date_text=article.date.strftime("%d %B %Y"),
        paragraphs="\n".join(body),
    )


def rss_feed(articles: list[Article], title: str = "Example Times") -> str:
    """An RSS 2.0 feed with each article's full text in content:encoded and a short description."""
    items = []
    for a in articles:
        assert a.title and a.date
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(a))
        link = f"<link>{html.escape(a.url)}</link>" if a.url else ""
        items.append(
            f"<item><title>{html.escape(a.title)}</title>{link}"
            f"<pubDate>{a.date.strftime('%a, %d %b %Y')} 22:30:00 -0500</pubDate>"
            f"<description>{html.escape(paragraphs(a)[0][:80])}</description>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{html.escape(title)}</title><link>https://example.org/</link><description>News</description>"
        f"{''.join(items)}</channel></rss>"
    )


def atom_feed(articles: list[Article], title: str = "Example Times") -> str:
    """An Atom feed whose entries carry only an HTML summary."""
    entries = []
    for a in articles:
        assert a.title and a.date
        summary = html.escape("".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(a)))
        entries.append(
            f"<entry><title>{html.escape(a.title)}</title>"
            f'<link href="{html.escape(a.url or "")}"/><id>{html.escape(a.url or a.title)}</id>'
            f"<published>{a.date.isoformat()}T10:00:00Z</published>"
            f"<updated>{a.date.isoformat()}T12:00:00Z</updated>"
            f'<summary type="html">{summary}</summary></entry>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{html.escape(title)}</title><id>urn:example</id><updated>2019-12-01T00:00:00Z</updated>"
        f"{''.join(entries)}</feed>"
    )


def json_lines(articles: list[Article]) -> str:
    """One JSON object per article, with an extra key kept as metadata."""
    return "\n".join(
        json.dumps(
            {
                "title": a.title,
                "date": a.date.isoformat() if a.date else None,
                "text": a.text,
                "url": a.url,
                "section": "world",
            }
        )
        for a in articles
    )
