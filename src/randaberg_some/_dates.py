"""Days: a date or datetime as the day it names, and dates as inventories write them.

Private to the package. :func:`as_day` is the one place where a ``datetime`` counts as the
day it names (the policy's versions, an audit's day, an account's dates, the working
calendar). :class:`~randaberg_some.Account` and the inventory's row builder read a date
written as text here (ISO 8601, or the day first as Norwegian spreadsheets do), so that both
accept the same forms.

Examples:
    >>> [parse_date(text) for text in ("2024-05-15", "15.05.2024", "2024-05-15T00:00:00")]
    [datetime.date(2024, 5, 15), datetime.date(2024, 5, 15), datetime.date(2024, 5, 15)]
    >>> parse_date("05/15/2024") is None, parse_date("2024-02-30") is None
    (True, True)
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Final

__all__ = ["DATE_FORMS", "as_day", "parse_date"]

# A time after the date (a spreadsheet's date cell read as a datetime, or pandas' text of a
# Timestamp) is allowed and ignored; the day counts as written, in no time zone.
_TIME: Final = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO: Final = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})" + _TIME, re.ASCII)
# Day first, as Norwegian spreadsheets show a date (15.05.2024); a year of four digits only,
# so that 15.05.24 is not guessed at. Slashes are not read: 05/06/2024 means a different
# day in an American export.
_DAY_FIRST: Final = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + _TIME, re.ASCII)

DATE_FORMS: Final = "2024-05-15, 15.05.2024"
"""The forms a date may be written in, for messages."""


def as_day(value: object) -> date | None:
    """``value`` as a plain date: a datetime's date as written; ``None`` for a non-date.

    Examples:
        >>> as_day(datetime(2024, 5, 15, 23, 59)), as_day("2024-05-15")
        (datetime.date(2024, 5, 15), None)
    """
    if type(value) is date:
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):  # a subclass: the plain date it stands for
        return date(value.year, value.month, value.day)
    return None


def parse_date(text: str) -> date | None:
    """The day ``text`` names, or ``None`` when it names none (a blank is ``None`` too)."""
    stripped = text.strip()
    match = _ISO.fullmatch(stripped) or _DAY_FIRST.fullmatch(stripped)
    if match is None:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:  # a day that does not exist (2024-02-30)
        return None
