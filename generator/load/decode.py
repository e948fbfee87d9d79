"""Turning the bytes of an article file into text, or refusing with a reason."""

from __future__ import annotations

import codecs

from ..errors import LoadError

# Byte-order marks we can tell an encoding from, longest first.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Share of control characters above which bytes are taken as binary, not text.
# Real articles have none besides tab/newline; a PNG or PDF has many.
BINARY_CONTROL_SHARE = 0.01


def decode_article_bytes(data: bytes, path: str) -> str:
    """Return the text of an article file, normalised to '\\n' line ends.

    UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are decoded as such;
    other bytes that are not UTF-8 are read as Windows-1252 (a superset of
    Latin-1 for printable text). Binary data raises `LoadError`.
    """
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise LoadError(
                    f"not valid {encoding} despite its byte-order mark ({exc.reason})", path
                ) from exc
            break
    if text is None:
        if b"\x00" in data:
            raise LoadError("binary file, not text (contains NUL bytes)", path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as exc:
                raise LoadError("text is neither UTF-8 nor Windows-1252", path) from exc
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if text and controls / len(text) > BINARY_CONTROL_SHARE:
        raise LoadError("binary file, not text (control characters)", path)
    return text.replace("\r\n", "\n").replace("\r", "\n")
