"""The words of each search document as the last lazy split found them, kept in the project cache.

Splitting the search index (`lazy_search`) reads the words of every indexed
section again; after one added article almost every section is the same text
as in the last build, and finding its words is most of the split's time. This
file keeps, per section (by a digest of its plain title and text), what the
split derived from it: its terms (as numbers into a vocabulary), their codes
and the section's length. A section found here is not read again; any other is.
What is kept depends only on the section's text and the code that reads it,
so the split gives the same bytes with or without this file.

Layout: a first line naming the format, a JSON line (the key of the code
that wrote it, the vocabulary, the counts), then little-endian arrays: the
digests (16 bytes each), each section's number of terms (int32) and length
(float64), then every section's terms and codes (int32 each), in section
order, and last a digest of all that, checked before anything is read. A
file that is missing, damaged, of another key or inconsistent is ignored;
one that cannot be written is left out (the split works without it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
import unicodedata
from array import array
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .checked_file import read_checked, write_checked

MAGIC = b"briefing lazy search terms 1\n"
DIGEST_SIZE = 16
CHECK_SIZE = 32
_INT = np.dtype("<i4")
_FLOAT = np.dtype("<f8")
# What decides the terms of a text: the code that splits it and the Unicode tables of its regex.
_READERS = (Path(__file__).with_name("lazy_search.py"), Path(__file__))


def document_digest(title: str, text: str) -> bytes:
    """The key of a section: a digest of its plain title and text."""
    return hashlib.blake2b(f"{len(title)}\n{title}{text}".encode(), digest_size=DIGEST_SIZE).digest()


def _code_key() -> str:
    digest = hashlib.sha256(f"{sys.version}\n{unicodedata.unidata_version}\n".encode())
    for reader in _READERS:
        digest.update(reader.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class KnownTerms:
    """The sections of the last split: section `n`'s terms (numbers into `vocabulary`) and codes
    are `terms[starts[n]:starts[n + 1]]` and the same slice of `codes`."""

    vocabulary: list[str]
    numbers: dict[bytes, int]
    """Digest of a section -> its number."""
    starts: list[int]
    lengths: list[float]
    terms: npt.NDArray[np.int32]
    codes: npt.NDArray[np.int32]

    def find(self, digest: bytes) -> tuple[float, bytes, bytes] | None:
        """The length, terms and codes (native int32 bytes) of the section of `digest`, or None."""
        number = self.numbers.get(digest)
        if number is None:
            return None
        start, end = self.starts[number], self.starts[number + 1]
        return self.lengths[number], self.terms[start:end].tobytes(), self.codes[start:end].tobytes()


def load_terms(path: Path) -> KnownTerms | None:
    """The sections kept at `path`, or None when there is no usable file."""
    data = read_checked(path, MAGIC, CHECK_SIZE)
    if data is None:
        return None  # damaged: a flipped bit would name other terms, and change the split
    body = memoryview(data)[:-CHECK_SIZE]
    try:
        end = data.index(b"\n", len(MAGIC), len(body))
        head = json.loads(data[len(MAGIC) : end])
        if head.get("key") != _code_key():
            return None
        vocabulary, count, total = head["vocabulary"], int(head["documents"]), int(head["postings"])
        at = end + 1
        digests = data[at : at + DIGEST_SIZE * count]
        at += DIGEST_SIZE * count
        sizes = np.frombuffer(body, dtype=_INT, count=count, offset=at)
        at += 4 * count
        lengths = np.frombuffer(body, dtype=_FLOAT, count=count, offset=at)
        at += 8 * count
        terms = np.frombuffer(body, dtype=_INT, count=total, offset=at)
        codes = np.frombuffer(body, dtype=_INT, count=total, offset=at + 4 * total)
        consistent = (
            isinstance(vocabulary, list)
            and all(isinstance(term, str) for term in vocabulary)
            and len(set(vocabulary)) == len(vocabulary)
            and len(digests) == DIGEST_SIZE * count
            and at + 8 * total == len(body)
            and int(sizes.sum()) == total
            and (count == 0 or int(sizes.min()) >= 0)
            and (total == 0 or (int(terms.min()) >= 0 and int(terms.max()) < len(vocabulary)))
            and (total == 0 or int(codes.min()) > 0)
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if not consistent:
        return None
    numbers = {digests[n * DIGEST_SIZE : (n + 1) * DIGEST_SIZE]: n for n in range(count)}
    starts = [0, *np.cumsum(sizes, dtype=np.int64).tolist()]
    native = np.dtype(np.int32)
    return KnownTerms(
        vocabulary,
        numbers,
        starts,
        lengths.tolist(),
        terms.astype(native, copy=False),
        codes.astype(native, copy=False),
    )


def save_terms(
    path: Path,
    vocabulary: list[str],
    digests: list[bytes],
    sizes: array[int],
    lengths: array[float],
    terms: npt.NDArray[np.int32],
    codes: npt.NDArray[np.int32],
) -> None:
    """Keep the sections of a split at `path` (atomically); a file that cannot be written is left out."""
    head = {"key": _code_key(), "vocabulary": vocabulary, "documents": len(digests), "postings": len(terms)}
    parts: list[bytes | memoryview] = [
        MAGIC,
        json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode() + b"\n",
        b"".join(digests),
        # Written as they are on a little-endian machine, not copied.
        np.frombuffer(sizes, dtype=np.intc).astype(_INT, copy=False).data,
        np.frombuffer(lengths, dtype=np.float64).astype(_FLOAT, copy=False).data,
        terms.astype(_INT, copy=False).data,
        codes.astype(_INT, copy=False).data,
    ]
    with contextlib.suppress(OSError):
        write_checked(path, parts, CHECK_SIZE)
