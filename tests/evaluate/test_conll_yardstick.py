"""The CoNLL-2003 yardstick's reading and matching (bench/actors_conll.py), on invented lines."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.models import Actor, ActorKind

_PATH = Path(__file__).resolve().parents[2] / "bench" / "actors_conll.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("actors_conll", _PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["actors_conll"] = module
    spec.loader.exec_module(module)
    return module


conll = _load()

_FILE = """-DOCSTART- -X- O O

RUGBY NNP I-NP O
- : O O
ACME NNP I-NP I-ORG
WIN NNP I-NP O
. . O O

CARDIFF NNP I-NP I-LOC
1996-08-30 CD I-NP O

Jo NNP I-NP I-PER
Bloggs NNP I-NP I-PER
told VBD I-VP O
Acme NNP I-NP I-ORG
Holdings NNP I-NP I-ORG
in IN I-PP O
Cardiff NNP I-NP I-LOC
that IN I-SBAR O
" " O O
we PRP I-NP O
won VBD I-VP O
" " O O
. . O O

Bloggs NNP I-NP I-PER
said VBD I-VP O
the DT I-NP O
players NNS I-NP O
' POS B-NP O
union NN I-NP O
( ( O O
Acme NNP I-NP I-ORG
) ) O O
agreed VBD I-VP O
. . O O

Ann NNP I-NP I-PER
Smith NNP I-NP I-PER
Sam NNP I-NP B-PER
Lee NNP I-NP I-PER
and CC O O
Welsh JJ I-NP I-MISC
fans NNS I-NP O
were VBD I-VP O
there RB I-ADVP O
today NN I-NP O
. . O O
"""


def _article(tmp_path: Path) -> Any:
    path = tmp_path / "eng.sample"
    path.write_text(_FILE, encoding="utf-8")
    [document] = list(conll.read_documents(path))
    article = conll.as_article(document)
    assert article is not None
    return article


def test_a_document_is_read_back_as_written_text(tmp_path: Path) -> None:
    article = _article(tmp_path)
    assert article.title == "RUGBY - ACME WIN."
    assert article.desk == "sports"
    # the dateline line is left out; every other sentence is a paragraph
    assert article.text.split("\n\n") == [
        'Jo Bloggs told Acme Holdings in Cardiff that "we won".',
        "Bloggs said the players' union (Acme) agreed.",
        "Ann Smith Sam Lee and Welsh fans were there today.",
    ]


def test_names_come_from_iob1_tags_with_b_splitting_neighbours(tmp_path: Path) -> None:
    names = _article(tmp_path).names
    assert names["PER"] == {"Jo Bloggs", "Bloggs", "Ann Smith", "Sam Lee"}
    assert names["ORG"] == {"Acme Holdings", "Acme"}
    assert names["LOC"] == {"Cardiff"}  # the headline's and the dateline's names are no gold
    assert names["MISC"] == {"Welsh"}


def test_a_name_inside_another_joins_its_group() -> None:
    groups = conll.groups(frozenset({"Jo Bloggs", "Bloggs", "Ann Smith"}))
    assert sorted(map(sorted, groups)) == [["Ann Smith"], ["Bloggs", "Jo Bloggs"]]


def test_actors_score_by_name_or_alias_and_kind(tmp_path: Path) -> None:
    article = _article(tmp_path)
    actors = (
        Actor("Jo Bloggs", ActorKind.PERSON, aliases=("Bloggs",)),
        Actor("Acme Holdings", ActorKind.ORGANIZATION, aliases=("Acme",)),
        Actor("Cardiff", ActorKind.ORGANIZATION),  # the right name, the wrong kind
        Actor("Welsh", ActorKind.PLACE),  # a MISC name
    )
    tally = conll.Tally()
    conll.score_article(article, actors, tally, show=False)
    assert tally.gold == {"person": 3, "organization": 1, "place": 1}
    assert tally.found == {"person": 1, "organization": 1}
    assert tally.predicted == {"person": 1, "organization": 2, "place": 1}
    assert tally.right == {"person": 1, "organization": 1}
    assert tally.other_kind == {"organization": 1}
    assert tally.misc == {"place": 1}
    both = tally + tally  # the desks' tallies summed for the "all" rows
    assert both.gold == {"person": 6, "organization": 2, "place": 2} and both.misc == {"place": 2}
