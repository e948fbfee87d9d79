"""The two Jinja2 environments of the render stage, and where templates come from.

Markdown pages: every printed value is Markdown-escaped (the `finalize` hook)
unless a trusted filter built it as `Markup`. XML files (the Atom feeds, the
SVG graphs): Jinja's XML/HTML autoescaping, and characters XML 1.0 forbids
removed. A project's folder of templates replaces packaged ones by name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from jinja2 import BaseLoader, ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined

from ..models import ActorKind
from . import views
from .markdown_text import (
    escape_fragment,
    finalize,
    fixed,
    front_matter,
    markdown_image,
    markdown_link,
    safe_title,
    safe_url,
)

KIND_PLURAL = {
    ActorKind.PERSON: "People",
    ActorKind.ORGANIZATION: "Organisations",
    ActorKind.PLACE: "Places",
}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# How every page shows an article without a date.
NO_DATE = "date unknown"


@dataclass(frozen=True)
class Page:
    """A generated file: its path relative to docs/ and its text."""

    path: str
    text: str


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else NO_DATE


def _day(value: dt.date | None) -> str:
    return f"{value.day} {value:%b}" if value else NO_DATE


def _long_date(value: dt.date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else NO_DATE


def _plural(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def _loader(override: str | None) -> BaseLoader:
    """The packaged templates, each replaced by a file of the same name in `override`."""
    packaged = PackageLoader("generator.render", "templates")
    return ChoiceLoader([FileSystemLoader(override), packaged]) if override else packaged


def _template_environment(
    autoescape: bool, final: Callable[[object], object], override: str | None = None
) -> Environment:
    """The settings both template environments share; only the escaping differs."""
    return Environment(
        loader=_loader(override),
        autoescape=autoescape,
        finalize=final,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=8)
def environment(override: str | None = None) -> Environment:
    """Return the Jinja2 environment whose every output is Markdown-escaped; templates
    in the folder `override` replace the packaged ones of the same name."""
    env = _template_environment(autoescape=False, final=finalize, override=override)
    env.filters["link"] = markdown_link
    env.filters["fixed"] = fixed
    env.filters["image"] = markdown_image
    env.filters["fragment"] = escape_fragment
    env.filters["front_matter"] = front_matter
    env.filters["title"] = safe_title
    env.filters["safe_url"] = safe_url
    env.filters["date"] = _date
    env.filters["day"] = _day
    env.filters["long_date"] = _long_date
    env.filters["plural"] = _plural
    env.filters["dated_summary"] = views.dated_summary
    env.globals["kinds"] = tuple(ActorKind)
    env.globals["kind_plural"] = KIND_PLURAL
    return env


def _xml_text(value: object) -> object:
    if value is None:
        return ""
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


# The templates `render_xml` renders (the others are Markdown).
_XML_TEMPLATES = (".xml.j2", ".svg.j2")


@lru_cache(maxsize=8)
def xml_environment(override: str | None = None) -> Environment:
    """Return the Jinja2 environment for XML files: autoescaped, XML-safe characters only."""
    return _template_environment(autoescape=True, final=_xml_text, override=override)


@dataclass(frozen=True)
class Templates:
    """Where templates come from: the package's, or a project's folder of replacements first."""

    override: str | None = None

    def render(self, template: str, **context: object) -> str:
        """Render a Markdown template (every printed value Markdown-escaped)."""
        return environment(self.override).get_template(template).render(**context)

    def render_xml(self, template: str, **context: object) -> str:
        """Render an XML template (feed, SVG): autoescaped."""
        return xml_environment(self.override).get_template(template).render(**context)

    def compile_all(self) -> None:
        """Compile every template now (each environment keeps what it compiled), so the
        renders that follow, forked children's included, find them ready."""
        markdown, xml = environment(self.override), xml_environment(self.override)
        for name in markdown.list_templates(extensions=["j2"]):
            (xml if name.endswith(_XML_TEMPLATES) else markdown).get_template(name)


PACKAGED = Templates()
