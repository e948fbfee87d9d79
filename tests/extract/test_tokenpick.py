"""The vectorised word pickers give exactly the words a scan of every word would keep."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from generator.extract.tokenpick import has_word, in_capitals, title_cased, with_dep, with_pos

_SEED = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def docs(nlp: Language) -> list[Doc]:
    texts = [p for f in sorted(_SEED.glob("*.md"))[:3] for p in f.read_text(encoding="utf-8").split("\n\n")]
    texts.append("The NGO said A. J. Bloggs of the OECD met a PAC in Paris. Hurricane Lorenzo hit.")
    return list(nlp.pipe(texts))


def _indices(tokens: Iterable[Token]) -> list[int]:
    return [t.i for t in tokens]


def test_pickers_keep_what_a_full_scan_keeps(docs: list[Doc]) -> None:
    picked = 0
    for doc in docs:
        assert _indices(with_pos(doc, "PROPN")) == [t.i for t in doc if t.pos_ == "PROPN"]
        assert _indices(with_pos(doc, "VERB")) == [t.i for t in doc if t.pos_ == "VERB"]
        assert _indices(with_dep(doc, "nsubj")) == [t.i for t in doc if t.dep_ == "nsubj"]
        assert _indices(in_capitals(doc)) == [t.i for t in doc if t.text.isupper() and t.text.isalpha()]
        assert _indices(title_cased(doc)) == [t.i for t in doc if t.is_title]
        picked += len(_indices(with_pos(doc, "PROPN")))
    assert picked > 20  # the sample has names to pick


def test_has_word_ignores_case(docs: list[Doc]) -> None:
    doc = docs[-1]
    assert has_word(doc, frozenset({"hurricane"}))
    assert not has_word(doc, frozenset({"bureau", "cabinet"}))
