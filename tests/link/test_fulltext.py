"""First mentions: the str.find scan matches what one compiled alternation would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.link.fulltext import _whole_word_matches

# Few letters, so forms overlap, nest and touch word characters often.
_TEXT = st.text(alphabet="ab _-.éÉ1", max_size=40)
_FORMS = st.lists(st.text(alphabet="ab _-.é1", min_size=1, max_size=5), min_size=1, max_size=5, unique=True)


@given(_TEXT, _FORMS)
@settings(max_examples=400, deadline=None)
def test_whole_word_matches_equal_the_regular_expression(paragraph: str, forms: list[str]) -> None:
    forms = sorted(forms, key=lambda s: (-len(s), s))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
    expected = [m.span() for m in pattern.finditer(paragraph)]
    assert list(_whole_word_matches(paragraph, forms)) == expected
