"""Merging a second recogniser's organisations into the base entities: each
rule on token spans, and the two components on a hand-built Doc (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from generator.evaluate.org_entities import BASE_ENTS, OrgMerger, merge_orgs, stash_ents

# "The Office of the Vell Harbour Commissioner met Jo Bloggs in Vell on Monday ."
#   0    1    2  3    4    5       6           7   8  9     10 11  12 13     14
Entities = list[tuple[int, int, str]]

BASE: Entities = [(0, 5, "ORG"), (8, 10, "PERSON"), (11, 12, "GPE"), (13, 14, "DATE")]


@pytest.mark.parametrize(
    ("tuned", "rule", "expected"),
    [
        # a gap is filled by every rule
        ([(5, 7, "ORG")], "fill", [*BASE[:1], (5, 7, "ORG"), *BASE[1:]]),
        # a whole name over a cut one: only rules that may replace
        ([(1, 7, "ORG")], "fill", BASE),
        ([(1, 7, "ORG")], "widen", BASE),  # does not cover "The"
        ([(0, 7, "ORG")], "widen", [(0, 7, "ORG"), *BASE[1:]]),
        ([(1, 7, "ORG")], "actors", [(1, 7, "ORG"), *BASE[1:]]),
        # a date is replaced by "all" only
        ([(11, 14, "ORG")], "actors", BASE),
        ([(11, 14, "ORG")], "all", [BASE[0], BASE[1], (11, 14, "ORG")]),
        # other labels of the second recogniser are never taken
        ([(5, 7, "PERSON")], "all", BASE),
        # "orgs": the base organisations go, the second recogniser's come
        ([(9, 10, "ORG")], "orgs", [(9, 10, "ORG"), BASE[2], BASE[3]]),
    ],
)
def test_merge_rules(tuned: Entities, rule: str, expected: Entities) -> None:
    assert merge_orgs(BASE, tuned, rule) == expected


def test_unknown_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="merge rule"):
        merge_orgs(BASE, [], "most")


WORDS = [
    *["The", "Office", "of", "the", "Vell", "Harbour", "Commissioner", "met"],
    *["Jo", "Bloggs", "in", "Vell", "on", "Monday", "."],
]


def test_components_keep_base_entities_and_add_organisations() -> None:
    doc = Doc(Vocab(), words=WORDS)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in BASE]
    stash_ents(doc)
    assert list(doc.ents) == []
    assert [(s.start, s.end) for s in doc.spans[BASE_ENTS]] == [(s, e) for s, e, _ in BASE]
    # what the second recogniser would set: a whole name and a wrong person
    doc.ents = [Span(doc, 1, 7, label="ORG"), Span(doc, 8, 9, label="PERSON")]
    OrgMerger("actors")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Office of the Vell Harbour Commissioner", "ORG"),
        ("Jo Bloggs", "PERSON"),
        ("Vell", "GPE"),
        ("Monday", "DATE"),
    ]
    assert BASE_ENTS not in doc.spans
