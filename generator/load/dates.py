"""Dates as inputs write them: ISO 8601, RFC 822 (feeds, e-mail) and written English."""

from __future__ import annotations

import datetime as dt
import email.utils

from .dateline import parse_written_date


def date_from_text(value: str) -> dt.date | None:
    """Return the calendar date `value` states, as written (no time-zone shift), or None.

    "2019-01-04", "2019-01-04T23:30:00-05:00", "Fri, 04 Jan 2019 23:30:00 -0500",
    "Friday, January 4, 2019" and "4 January 2019" are all 4 January 2019.
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
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    return parse_written_date(text, dt.date.today())
