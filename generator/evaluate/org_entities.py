"""Organisations from a second entity recogniser, merged into the base model's entities.

The small model's recogniser cuts and misses organisation names; one
fine-tuned on the corpus finds them far better but loses people and places
(`evaluate/train_ner.py`). The hybrid keeps the base model's entities and
takes only the organisations of the second recogniser, by one of the
`MERGE_RULES`:

- `fill`: an organisation is added where the base model has no entity;
- `widen`: also replaces the base actor entities it covers (a name the base
  model cut: "[Office] of the UN High Commissioner");
- `actors`: also replaces any base actor entity it overlaps (a person, an
  organisation or a place), never a date, a sum or a law;
- `all`: replaces whatever base entities it overlaps;
- `orgs`: the second recogniser's organisations replace the base model's
  (which are dropped), overriding what they overlap.

As spaCy components: `briefing_stash_ents` (after the base `ner`) moves the
entities into the span group `BASE_ENTS` and clears them, so that the second
recogniser (whose presets would otherwise constrain it) predicts freely;
`briefing_org_ents` (after it) writes the merged entities back.

Not in the shipped pipeline: only the experiment `evaluate/hybrid_ner.py`
adds these components, and the hybrid did not win held out (see there).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc, Span

#: The span group holding the base model's entities between the two recognisers.
BASE_ENTS: Final = "briefing_base_ents"
#: The base entity labels the extraction reads as actors (`patterns.KIND_BY_LABEL`).
ACTOR_LABELS: Final = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
MERGE_RULES: Final = ("fill", "widen", "actors", "all", "orgs")

#: An entity as token offsets and label: (start, end, label).
Entity = tuple[int, int, str]


def _overlaps(a: Entity, b: Entity) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _replaceable(org: Entity, base: Entity, rule: str) -> bool:
    """Whether the organisation `org` may replace the overlapping `base` entity."""
    if rule in ("all", "orgs"):
        return True
    if rule == "actors":
        return base[2] in ACTOR_LABELS
    if rule == "widen":
        return base[2] in ACTOR_LABELS and org[0] <= base[0] and base[1] <= org[1]
    return False


def merge_orgs(base: Sequence[Entity], tuned: Iterable[Entity], rule: str) -> list[Entity]:
    """The base entities with the organisations (label ORG) among `tuned`
    merged in by `rule` (one of `MERGE_RULES`), in token order, none overlapping."""
    if rule not in MERGE_RULES:
        raise ValueError(f"expected a merge rule among {', '.join(MERGE_RULES)}, received {rule!r}")
    kept = [e for e in base if not (rule == "orgs" and e[2] == "ORG")]
    for org in (e for e in tuned if e[2] == "ORG"):
        clashing = [e for e in kept if _overlaps(org, e)]
        if all(_replaceable(org, e, rule) for e in clashing):
            kept = [e for e in kept if not _overlaps(org, e)] + [org]
    return sorted(kept)


@Language.component("briefing_stash_ents", assigns=["doc.spans"], requires=["doc.ents"])
def stash_ents(doc: Doc) -> Doc:
    """Move the entities into the span group `BASE_ENTS`, leaving none."""
    doc.spans[BASE_ENTS] = list(doc.ents)
    doc.set_ents([], default="missing")
    return doc


class OrgMerger:
    """The component writing back the base entities with the merged organisations."""

    def __init__(self, rule: str) -> None:
        if rule not in MERGE_RULES:
            raise ValueError(f"expected a merge rule among {', '.join(MERGE_RULES)}, received {rule!r}")
        self.rule = rule

    def __call__(self, doc: Doc) -> Doc:
        base = [(s.start, s.end, s.label_) for s in doc.spans.get(BASE_ENTS, [])]
        tuned = [(e.start, e.end, e.label_) for e in doc.ents]
        merged = merge_orgs(base, tuned, self.rule)
        doc.set_ents([Span(doc, start, end, label=label) for start, end, label in merged], default="outside")
        if BASE_ENTS in doc.spans:
            del doc.spans[BASE_ENTS]
        return doc


@Language.factory(
    "briefing_org_ents",
    default_config={"rule": "actors"},
    assigns=["doc.ents"],
    requires=["doc.ents"],
)
def make_org_merger(nlp: Language, name: str, rule: str) -> OrgMerger:
    """spaCy factory of `OrgMerger`."""
    return OrgMerger(rule)
