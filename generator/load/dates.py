"""Dates as inputs write them: ISO 8601, RFC 822 (feeds, e-mail) and written English."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from .dateline import parse_written_date

# Dates outside these bounds are taken as mistakes (a year 0000 or 99999, an
# epoch of 1970-01-01 written by default): the article is published undated,
# with a warning, rather than filed under a date it does not have. News
# archives reach back to the 19th century; nothing is dated next year.
EARLIEST_DATE = dt.date(1800, 1, 1)
LATEST_DAYS_AHEAD = 366

# The year of an RFC 822 date ("Fri, 04 Jan 2019 ..."), as written.
_RFC822_YEAR = re.compile(r"\b\d{1,2}\s+[A-Za-z]{3,9}\.?\s+(\d+)\b")


def date_out_of_range(date: dt.date, today: dt.date) -> str | None:
    """Return why `date` cannot be an article's date (before 1800, or more than a year
    ahead), or None when it can."""
    latest = today + dt.timedelta(days=LATEST_DAYS_AHEAD)
    if EARLIEST_DATE <= date <= latest:
        return None
    return (
        f"date {date.isoformat()} is out of range ({EARLIEST_DATE.year} to a year from now); "
        "published undated"
    )


def _rfc822_date(text: str) -> dt.date | None:
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # Two-digit years are RFC 822's own ("04" is 2004); a four-digit year the
    # library changed (0000 becomes 2000) is not the date the text states.
    written = _RFC822_YEAR.search(text)
    if written is None or len(written.group(1)) not in (2, 4):
        return None
    if len(written.group(1)) == 4 and int(written.group(1)) != parsed.year:
        return None
    return parsed.date()


def date_from_text(value: str, today: dt.date) -> dt.date | None:
    """Return the calendar date `value` states, as written (no time-zone shift), or None.

    "2019-01-04", "2019-01-04T23:30:00-05:00", "Fri, 04 Jan 2019 23:30:00 -0500",
    "Friday, January 4, 2019" and "4 January 2019" are all 4 January 2019.
    A value that only a library's guess would turn into a date (a day 45, a
    year 0000 or 99999) gives None.
    """
    text = value.strip()
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    return _rfc822_date(text) or parse_written_date(text, today)
