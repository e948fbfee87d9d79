"""Data for reading datelines: month names and the named dateline patterns.

A dateline is what a wire story or a news site puts before the first
sentence: a line that is only a date ("Friday, January 4, 2019", as in the
Wikinews exports), or a place, date and agency run into the first paragraph
("PARIS, Jan. 4 (Reuters) - ..."). Each pattern is anchored at the start of
the text and must end where the article text starts.

Calibration: the patterns were written against the dateline styles of
Reuters ("CITY, Mon. D (Reuters) -"), AP ("CITY (AP) —"), AFP ("CITY, Month D
(AFP) -") and the Wikinews day lines; they are deliberately strict (a place in
capitals, or a date or agency in brackets before the dash) so that an
ordinary first sentence such as "Prime Minister Nikol Pashinyan held ..." or
"John Smith - the mayor - said ..." is never taken for a dateline.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?\s+"
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# The parts of a written date, tried in this order on the captured date text.
MONTH_DAY_YEAR = re.compile(rf"(?:{_WEEKDAY})?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\Z", re.IGNORECASE)
DAY_MONTH_YEAR = re.compile(rf"(?:{_WEEKDAY})?{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?\Z", re.IGNORECASE)
ISO_DATE = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\Z")

# Any of the above, without groups, for use inside the dateline patterns.
_DATE_TEXT = (
    rf"(?i:(?:{_WEEKDAY})?(?:(?:{_MONTH_NAMES})\.?\s+[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?"
    rf"|[0-3]?\d(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\.?(?:,?\s+(?:19|20)\d\d)?))"
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d"
)

# A line holding only a date, with the story below it: "Friday, January 4, 2019".
DATE_LINE = re.compile(rf"\A\s*(?P<date>{_DATE_TEXT})[ \t]*(?:\n|\Z)")

# A place: words starting with a capital, optionally "CITY, Region" or "CITY/OTHER CITY".
_PLACE_WORD = r"[A-Z][\w.'’-]*"
_PLACE = rf"(?P<place>{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,3}}(?:,\s+{_PLACE_WORD}(?:\s{_PLACE_WORD})?)?)"
_AGENCY = r"\((?P<agency>[A-Z][\w.&' -]{0,30})\)"
# The dash between a wire dateline and the story: hyphen, en or em dash, or "--".
_DASH = r"\s*(?:--|[-–—])\s+"

# Run into the first paragraph: "PARIS, Jan. 4 (Reuters) - ", "WASHINGTON (AP) — ",
# "LONDON, 4 January 2019 -- ", "BERLIN - ". A place not in capitals needs a
# date or an agency as well (see `is_wire_dateline`).
WIRE_DATELINE = re.compile(rf"\A\s*{_PLACE}(?:,\s+(?P<date>{_DATE_TEXT}))?\s*(?:{_AGENCY})?{_DASH}")

# A year-less wire date ("Jan. 4") is put in the latest year that does not
# place it after the reading day by more than this many days (time zones).
FUTURE_TOLERANCE_DAYS = 1
