"""One normalisation for every text a reader produces, whatever it came from.

File bytes are cleaned when they are decoded (`decode`), but YAML and JSON
escapes (``"\\udfff"``, ``"\\u001b"``), feed and HTML character references
(``&#xD800;``) and library output make characters no file could hold: lone
UTF-16 surrogates, which cannot even be encoded as UTF-8 (hashing or writing
such an article fails), and control characters, which would reach the page
or the terminal. Every field of every `Article` passes through
`normalise_article` on its way out of the load stage: surrogate pairs are
joined, a lone surrogate becomes U+FFFD, control characters are removed, and
the article carries one warning saying what was changed and where (soft hyphens,
invisible line-break hints that split names, are dropped silently). A date
outside the plausible range is dropped with a warning, never replaced.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..errors import one_line
from ..models import Article
from .dates import date_out_of_range

_SURROGATE = re.compile("[\ud800-\udfff]")
# Controls other than tab and newline (C0, DEL, C1), stray byte-order marks and non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufdd0-\ufdef\ufffe\uffff]")
_TEXT_FIELDS = ("text", "title", "url", "publisher", "license", "author")
# Soft hyphens: invisible hints where a line may break ("Netan\u00adyahu" on a
# news site's page), which would make two names of one. Dropped without a warning.
_SOFT_HYPHEN = "\u00ad"


@dataclasses.dataclass
class _Tally:
    surrogates: int = 0
    controls: int = 0
    fields: list[str] = dataclasses.field(default_factory=list)

    def clean(self, value: str, field: str) -> str:
        """Return `value` without surrogates and control characters, counting what went."""
        text = value.replace("\r\n", "\n").replace("\r", "\n").replace(_SOFT_HYPHEN, "")
        surrogates = len(_SURROGATE.findall(text))
        if surrogates:
            # A pair escaped as two halves ("\ud83d\ude00") is one character; a lone half is not.
            joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
            surrogates = joined.count("\ufffd") - text.count("\ufffd")
            text = joined
        text, controls = _CONTROL.subn("", text)
        if surrogates or controls:
            self.surrogates += surrogates
            self.controls += controls
            if field not in self.fields:
                self.fields.append(field)
        return text

    def warning(self) -> str | None:
        if not self.fields:
            return None
        changes = []
        if self.surrogates:
            changes.append(f"{self.surrogates:,} lone surrogate(s) replaced by U+FFFD")
        if self.controls:
            changes.append(f"{self.controls:,} control character(s) removed")
        return f"{' and '.join(changes)} in {', '.join(self.fields)}"


# A numeric character reference (&#55296; or &#xD800;).
_CHAR_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def _character(match: re.Match[str]) -> str:
    hexadecimal, decimal = match.groups()
    code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    allowed = code in (9, 10, 13) or 0x20 <= code < 0xD800 or 0xE000 <= code <= 0x10FFFF
    return match.group() if allowed and not 0x7F <= code <= 0x9F else "&#xFFFD;"


def replace_bad_references(text: str) -> tuple[str, int]:
    """Return `text` with references to characters no XML or HTML document may hold
    (surrogates, controls) made U+FFFD references, and how many there were.

    Parsers fail on them (feedparser's fallback parser) or lose the page over
    them (trafilatura), so readers of markup replace them before parsing.
    """
    replaced = 0

    def character(match: re.Match[str]) -> str:
        nonlocal replaced
        kept = _character(match)
        replaced += kept != match.group()
        return kept

    return _CHAR_REFERENCE.sub(character, text), replaced


def bad_references_warning(what: str, replaced: int) -> str:
    """The warning of an article whose document referred to `replaced` bad characters."""
    return f"the {what} refers to {replaced:,} surrogate or control character(s), replaced by U+FFFD"


def clean_text(value: str) -> str:
    """Return `value` with surrogate pairs joined, lone surrogates replaced and controls removed."""
    return _Tally().clean(value, "")


def normalise_article(article: Article, today: dt.date) -> Article:
    """Return `article` with every text field cleaned (see the module) and a date out of
    range (as of `today`) dropped, each change noted in one warning; the same article when
    nothing changed."""
    tally = _Tally()
    changes: dict[str, object] = {}
    for field in _TEXT_FIELDS:
        value = getattr(article, field)
        if value is not None:
            cleaned = tally.clean(value, field)
            if cleaned != value:
                changes[field] = cleaned
    metadata = tuple((tally.clean(k, "metadata"), tally.clean(v, "metadata")) for k, v in article.metadata)
    if metadata != article.metadata:
        changes["metadata"] = metadata
    source = one_line(article.source)
    if source != article.source:
        changes["source"] = source
    warnings = [clean_text(w) for w in article.warnings]
    found = tally.warning()
    if found:
        warnings.append(found)
    if article.date is not None and (reason := date_out_of_range(article.date, today)):
        warnings.append(reason)
        changes["date"] = None
    if not changes and tuple(warnings) == article.warnings:
        return article
    return dataclasses.replace(article, warnings=tuple(warnings), **changes)  # type: ignore[arg-type]
