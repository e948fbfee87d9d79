"""The given-name table read faster is the library's own table."""

from __future__ import annotations

from gender_guesser.detector import Detector

from generator.extract.given_names import GivenNames


def test_the_faster_reader_gives_the_librarys_table() -> None:
    ours, theirs = GivenNames(), Detector(case_sensitive=False)
    assert ours.names == theirs.names
    assert len(ours.names) > 40_000
    for name in ("maria", "john", "kim", "zzzzqx"):
        assert ours.get_gender(name) == theirs.get_gender(name)
