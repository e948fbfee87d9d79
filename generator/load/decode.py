"""Turning the bytes of an article file into text, or refusing with a reason.

The encoding is taken from a byte-order mark when there is one; otherwise the
bytes must be UTF-8, UTF-16 without a mark (told by its zero bytes), or
Windows-1252/Latin-1 text that reads like a Western European language. Anything
else is refused rather than guessed, so no article is published as mojibake.
Known limit: single-byte encodings that differ from Windows-1252 only in
letters (Turkish cp1254, Czech in cp1250) cannot be told from it.
"""

from __future__ import annotations

import codecs
import re

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

# UTF-16 without a byte-order mark: text in a Latin script has a zero byte in
# every other position. At least this share of the high (or low) bytes must be
# zero, and none of the others, before the bytes are read as UTF-16.
UTF16_ZERO_SHARE = 0.5

# Bytes that are not UTF-8 are read as Windows-1252 only when they look like a
# Western European language. Misread Cyrillic, Greek or Chinese bytes make
# whole words of accented letters ("Ìýð ãîðîäà"), where Western words mix
# them with ASCII letters ("été", "Größe"): at most this share of the words
# of three letters or more may be made only of non-ASCII letters (none in
# French, German, Spanish or Icelandic samples; all of them in cp1251, cp1253
# and GBK samples).
CP1252_MAX_FOREIGN_WORDS = 0.3
_LETTER_RUN = re.compile(r"[^\W\d_]{3,}")
# Central European (cp1250) letters read as Windows-1252 become symbols inside
# words ("by³o", "ma¿e"); in Western text these symbols never sit between two
# letters. (Turkish cp1254 differs from Windows-1252 only in letters and
# cannot be told apart.)
_SYMBOL_IN_WORD = re.compile(r"[^\W\d_][£¥ª¯³¹º¼¾¿][^\W\d_]")

# Characters removed from decoded text: controls other than tab and newline,
# C1 controls, stray byte-order marks and non-characters. They are invisible
# and some (ESC, NUL) would reach the page or the terminal.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")

# Control bytes that never occur in text (all of C0 but tab, newlines, form feed; DEL).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f") + b"\x7f"

# A complete multi-byte UTF-8 sequence (2, 3 or 4 bytes).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf16_without_bom(data: bytes) -> str | None:
    """Return the text when `data` is plainly UTF-16 without a mark, else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= UTF16_ZERO_SHARE * len(zeros) and others.count(0) == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _legacy_8bit(data: bytes, error: UnicodeDecodeError, path: str) -> str:
    """Read bytes that are not UTF-8 as Windows-1252, or refuse them with the reason."""
    bad = data[error.start]
    sequences = len(_UTF8_SEQUENCE.findall(data))
    invalid = len(data) - len(data.decode("utf-8", errors="ignore").encode("utf-8"))
    if sequences and sequences >= 2 * invalid:
        raise LoadError(
            f"not valid UTF-8 at byte {error.start} (0x{bad:02x}), though the rest is UTF-8; "
            "re-save the file as UTF-8",
            path,
        )
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise LoadError(
            f"neither UTF-8 nor Windows-1252/Latin-1 text (byte 0x{data[exc.start]:02x} at {exc.start}); "
            "re-save the file as UTF-8",
            path,
        ) from exc
    words = _LETTER_RUN.findall(text)
    foreign = sum(1 for word in words if not any(ch.isascii() for ch in word))
    if words and foreign > CP1252_MAX_FOREIGN_WORDS * len(words):
        raise LoadError(
            f"not UTF-8, and {foreign * 100 // len(words)}% of its words would be only accented letters "
            "if read as Windows-1252: the encoding cannot be told; re-save the file as UTF-8",
            path,
        )
    inner = _SYMBOL_IN_WORD.search(text)
    if inner is not None:
        raise LoadError(
            f"not UTF-8, and read as Windows-1252 it has symbols inside words ({inner.group()!r}): "
            "the encoding cannot be told; re-save the file as UTF-8",
            path,
        )
    return text


# C0 controls but tab and line ends, DEL and the C1 controls, for str.translate to delete.
_CONTROL_CHARACTERS = dict.fromkeys([*(c for c in range(32) if chr(c) not in "\t\n\r\f"), *range(0x7F, 0xA0)])
# The same characters, to find whether a text has any: a search runs in C at
# memory speed, a translate looks each character up in the table (0.7 ms for
# an article of 4,600 characters); most texts have none.
_CONTROL_CHARACTER = re.compile("[" + re.escape("".join(map(chr, _CONTROL_CHARACTERS))) + "]")


def decode_article_bytes(data: bytes, path: str) -> str:
    """Return the text of an article file, normalised to '\\n' line ends.

    UTF-8 (with or without BOM), BOM-marked UTF-16/32 and plain UTF-16 are
    decoded as such; other bytes that are not UTF-8 are read as Windows-1252
    (a superset of Latin-1 for printable text) when they look like Western
    European text. Binary data and unknown encodings raise `LoadError`.
    Invisible control characters are removed.
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
    if text is None and b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise LoadError("binary file, not text (contains NUL bytes)", path)
    if text is None:
        # Control bytes are the same in every encoding tried below, so binary
        # data is told apart before any guess about its encoding.
        controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
        if controls > BINARY_CONTROL_SHARE * len(data):
            raise LoadError("binary file, not text (control characters)", path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = _legacy_8bit(data, exc, path)
    has_controls = _CONTROL_CHARACTER.search(text) is not None
    controls = len(text) - len(text.translate(_CONTROL_CHARACTERS)) if has_controls else 0
    if text and controls / len(text) > BINARY_CONTROL_SHARE:
        raise LoadError("binary file, not text (control characters)", path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return _INVISIBLE.sub("", text)
