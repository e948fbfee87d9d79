"""A leading dateline of a plain-text article: its date (and agency), and the text without it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .dateline_patterns import (
    DATE_LINE,
    DAY_MONTH_YEAR,
    FUTURE_TOLERANCE_DAYS,
    ISO_DATE,
    MONTH_DAY_YEAR,
    MONTHS,
    WIRE_DATELINE,
)


@dataclass(frozen=True)
class Dateline:
    """What a dateline said, and the article text that follows it."""

    date: dt.date | None
    agency: str | None
    text: str


def parse_written_date(text: str, today: dt.date) -> dt.date | None:
    """Return the date written as `text` ("Friday, January 4, 2019", "Jan. 4", "2019-01-04").

    A date without a year is put in the latest year that does not make it
    later than `today` (by more than a day); None when `text` is no date.
    """
    text = " ".join(text.split())
    match = ISO_DATE.match(text) or MONTH_DAY_YEAR.match(text) or DAY_MONTH_YEAR.match(text)
    if match is None:
        return None
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
    day = int(match.group("day"))
    if match.group("year"):
        try:
            return dt.date(int(match.group("year")), month, day)
        except ValueError:
            return None
    latest = today + dt.timedelta(days=FUTURE_TOLERANCE_DAYS)
    for year in range(latest.year, latest.year - 8, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February, or no such day at all
        if candidate <= latest:
            return candidate
    return None


def split_dateline(text: str, today: dt.date) -> Dateline | None:
    """Return the dateline leading `text`, or None when the text starts with the story.

    Two kinds are recognised: a first line holding only a date, and a wire
    dateline run into the first paragraph ("PARIS, Jan. 4 (Reuters) - ").
    """
    line = DATE_LINE.match(text)
    if line is not None:
        date = parse_written_date(line.group("date"), today)
        if date is not None:
            return Dateline(date=date, agency=None, text=text[line.end() :].lstrip("\n"))
    wire = WIRE_DATELINE.match(text)
    if wire is None:
        return None
    place, date_text, agency = wire.group("place"), wire.group("date"), wire.group("agency")
    date = parse_written_date(date_text, today) if date_text else None
    if date_text and date is None:
        return None
    if not (date or agency or _in_capitals(place)):
        return None  # "John Smith - the mayor - said": a name, not a place
    return Dateline(date=date, agency=agency, text=text[wire.end() :])


def _in_capitals(place: str) -> bool:
    letters = [ch for ch in place if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)
