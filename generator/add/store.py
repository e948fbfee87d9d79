"""Saving an added article into the articles folder as normalised Markdown with front matter.

The file holds everything a rebuild needs (title, date, source URL,
publisher, author, license, when it was added, extra metadata, the text), so
the site can be rebuilt offline from what is on disk. Writes are atomic and
never leave the articles folder.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..errors import WriteError
from ..load.readers import read_markdown
from ..models import Article
from ..text import slugify
from ..write.atomic import move_into_place, write_temp

# Words of the text a file name is made of when the article has no title.
SLUG_WORDS_WITHOUT_TITLE = 10

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def normalised_body(article: Article, line_per_paragraph: bool) -> str:
    """The article text with exactly one blank line between paragraphs.

    Paragraphs are found as the extract stage finds them: every line of a
    plain-text article (or of a text without blank lines) is a paragraph,
    otherwise blank lines separate them.
    """
    text = article.text
    if line_per_paragraph or _BLANK_LINE.search(text) is None:
        blocks = text.split("\n")
    else:
        blocks = _BLANK_LINE.split(text)
    return "\n\n".join(block.strip() for block in blocks if block.strip())


def _publisher(article: Article) -> str | None:
    if article.publisher:
        return article.publisher
    host = urlsplit(article.url).hostname if article.url else None
    return host.removeprefix("www.") if host else None


def front_matter(article: Article, added: dt.datetime) -> dict[str, Any]:
    """The front-matter mapping of a saved article (keys without a value are left out)."""
    fields: dict[str, Any] = {
        "title": article.title,
        "date": article.date,
        "source": article.url,
        "publisher": _publisher(article),
        "author": article.author,
        "license": article.license,
        "added": added.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "metadata": dict(article.metadata) or None,
    }
    return {key: value for key, value in fields.items() if value is not None}


def article_markdown(article: Article, added: dt.datetime, line_per_paragraph: bool = False) -> str:
    """The Markdown file of an article: YAML front matter, a blank line, the paragraphs."""
    header = yaml.safe_dump(
        front_matter(article, added),
        sort_keys=False,
        allow_unicode=True,
        width=10_000,
        default_flow_style=False,
    )
    return f"---\n{header}---\n\n{normalised_body(article, line_per_paragraph)}\n"


def _file_stem(article: Article) -> str:
    if article.title:
        return slugify(article.title)
    return slugify(" ".join(article.text.split()[:SLUG_WORDS_WITHOUT_TITLE]))


def save_article(
    article: Article, folder: Path, added: dt.datetime, line_per_paragraph: bool = False
) -> Path:
    """Write `article` as `<folder>/<slug>.md` (`<slug>-2.md`, ... if taken); return the path.

    The file is checked to read back as the same article before it is put in
    place; the write is atomic (temporary file, then rename).
    """
    text = article_markdown(article, added, line_per_paragraph)
    back = read_markdown(text, article.source, added.date())
    if (back.title, back.date, back.url) != (article.title, article.date, article.url):
        raise WriteError("the saved front matter would not read back the same", article.source)
    folder.mkdir(parents=True, exist_ok=True)
    root = folder.resolve()
    stem = _file_stem(article)
    # Written before a name is claimed, so the claimed (empty) name is visible
    # to a concurrent build only for the instant of the rename.
    temp = write_temp(root, text.encode("utf-8"), ".adding-")
    try:
        target = _reserve_name(root, stem)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    try:
        move_into_place(temp, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def _reserve_name(root: Path, stem: str) -> Path:
    """Create `<stem>.md` (else `<stem>-2.md`, ...) empty and exclusively; return its path.

    Exclusive creation claims a name even against another process saving into
    the same folder at the same moment, so no file is ever overwritten.
    """
    number = 1
    while True:
        target = root / (f"{stem}.md" if number == 1 else f"{stem}-{number}.md")
        if target.parent != root:
            raise WriteError(f"refusing to write outside the articles folder: {target}")
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644))
        except FileExistsError:
            number += 1
            continue
        return target
