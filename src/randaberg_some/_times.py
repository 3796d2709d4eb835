"""Times and holidays for the calendar: aware datetimes, Europe/Oslo, Norway's holidays.

Private to the package: :mod:`randaberg_some.calendar` and :mod:`randaberg_some.responses`
share these checks, so that a time is judged alike wherever it comes in.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Final

from ._text import shown
from .errors import InvalidTimeError, NaiveDatetimeError
from .messages import Message

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from holidays import HolidayBase

__all__ = [
    "BEYOND",
    "MISSING",
    "TWICE",
    "aware",
    "ends_of_time",
    "holiday_years",
    "in_oslo",
    "oslo",
    "oslo_wall_time",
    "public_holidays",
]

_ZONE_KEY: Final = "Europe/Oslo"
_FALLBACK_YEARS: Final = (1901, 2100)


@functools.cache
def oslo() -> ZoneInfo:
    # Loaded on first use: reading the time zone database costs more than importing us.
    from zoneinfo import ZoneInfo

    return ZoneInfo(_ZONE_KEY)


def _norway(year: int) -> HolidayBase:
    # Imported here: the package is large, and only working days and deadlines need it.
    from holidays.countries.norway import Norway

    # Norwegian usage counts every Sunday as a holiday; the ``holidays`` package includes
    # them on request only, and some versions did by default. Ask for the statutory list
    # (through the class: older releases' ``country_holidays`` does not pass the option on).
    return Norway(years=year, include_sundays=False)


@functools.cache
def holiday_years() -> tuple[int, int]:
    """The first and last year the holiday calendar covers."""
    calendar = _norway(_FALLBACK_YEARS[0])
    start = getattr(calendar, "start_year", _FALLBACK_YEARS[0])
    end = getattr(calendar, "end_year", _FALLBACK_YEARS[1])
    return int(start), int(end)


# Bounded like the tables below: a long-running process that asks about every year of two
# centuries keeps only the most recent years' holidays.
@functools.lru_cache(maxsize=32)
def public_holidays(year: int) -> frozenset[date]:
    """Norway's public holidays in ``year``; Sundays only when a holiday falls on one.

    Source: lov om helligdager og helligdagsfred (1995) and lov om 1. og 17. mai som
    høgtidsdager (1947), as the ``holidays`` package encodes them.
    """
    return frozenset(_norway(year))


def aware(value: object, name: str) -> datetime:
    """Return ``value`` if it is an aware datetime, else raise the library's error.

    Args:
        value: The value to check.
        name: The argument's name, for the message.

    Returns:
        ``value``, unchanged.

    Raises:
        NaiveDatetimeError: ``value`` is a datetime without a UTC offset.
        InvalidTimeError: ``value`` is not a datetime.

    Examples:
        >>> from datetime import datetime, timezone
        >>> aware(datetime(2024, 5, 15, tzinfo=timezone.utc), "at").year
        2024
        >>> aware("today", "at")
        Traceback (most recent call last):
        ...
        randaberg_some.errors.InvalidTimeError: 'at' must be a datetime with a UTC offset ...
    """
    if not isinstance(value, datetime):
        raise InvalidTimeError(
            f"{name!r} must be a datetime with a UTC offset (got {shown(value, limit=120)})",
            message=Message(
                nb="Tidspunktet må være et datetime med UTC-forskyvning (fikk {value}).",
                nn="Tidspunktet må vere eit datetime med UTC-forskyving (fekk {value}).",
                en="The time must be a datetime with a UTC offset (got {value}).",
            ).format(value=shown(value, limit=120)),
        )
    try:
        offset = value.utcoffset()
    except (TypeError, ValueError) as error:  # a tzinfo that breaks its own contract
        raise InvalidTimeError(
            f"{name!r} has a time zone that gives no usable offset (got {shown(value, limit=120)})"
        ) from error
    if offset is None:
        raise NaiveDatetimeError(
            f"{name!r} must be an aware datetime with a UTC offset, such as "
            f"tzinfo=ZoneInfo('Europe/Oslo'); the library never guesses a time zone "
            f"(got {shown(value, limit=120)})",
            message=Message(
                nb="Tidspunktet mangler UTC-forskyvning, f.eks. +02:00 eller Z (fikk {value}).",
                nn="Tidspunktet manglar UTC-forskyving, t.d. +02:00 eller Z (fekk {value}).",
                en="The time has no UTC offset, such as +02:00 or Z (got {value}).",
            ).format(value=shown(value, limit=120)),
        )
    return value


BEYOND: Final = Message(
    nb="Fristen kan ikke beregnes: den ligger utenfor årene helligdagskalenderen dekker "
    "({first}–{last}) (fikk {value}).",
    nn="Fristen kan ikkje reknast ut: han ligg utanfor åra som heilagdagskalenderen dekkjer "
    "({first}–{last}) (fekk {value}).",
    en="No deadline can be computed: it lies outside the years the holiday calendar covers "
    "({first}–{last}) (got {value}).",
)


def ends_of_time(name: str, value: object) -> InvalidTimeError:
    return InvalidTimeError(
        f"{name!r} is too close to the ends of time (got {shown(value, limit=120)})",
        message=Message(
            nb="Tidspunktet ligger for nær tidens ytterkanter (fikk {value}).",
            nn="Tidspunktet ligg for nær ytterkantane av tida (fekk {value}).",
            en="The time is too close to the ends of time (got {value}).",
        ).format(value=shown(value, limit=120)),
    )


def in_oslo(value: object, name: str) -> datetime:
    """Return ``value``, an aware datetime, as Europe/Oslo time; else raise the library's error.

    Args:
        value: The value to convert.
        name: The argument's name, for the message.

    Returns:
        The same instant in Europe/Oslo.

    Raises:
        NaiveDatetimeError: ``value`` is a datetime without a UTC offset.
        InvalidTimeError: ``value`` is not a datetime, or too close to the ends of time.

    Examples:
        >>> from datetime import datetime, timezone
        >>> in_oslo(datetime(2024, 5, 15, 12, tzinfo=timezone.utc), "at").isoformat()
        '2024-05-15T14:00:00+02:00'
    """
    checked = aware(value, name)
    try:
        return checked.astimezone(oslo())
    except (OverflowError, ValueError) as error:
        raise ends_of_time(name, value) from error


TWICE: Final = Message(
    nb="{wall} finnes to ganger i norsk tid (klokka ble stilt tilbake): {first} og {second}; "
    "skriv tidspunktet med den forskyvningen du mener",
    nn="{wall} finst to gonger i norsk tid (klokka vart stilt tilbake): {first} og {second}; "
    "skriv tidspunktet med den forskyvinga du meiner",
    en="{wall} exists twice in Norwegian time (the clocks went back): {first} and {second}; "
    "write the time with the offset you mean",
)
MISSING: Final = Message(
    nb="{wall} finnes ikke i norsk tid (klokka ble stilt fram): les som {first} er det "
    "{first_is}, les som {second} er det {second_is}; skriv tidspunktet med den forskyvningen "
    "du mener",
    nn="{wall} finst ikkje i norsk tid (klokka vart stilt fram): les som {first} er det "
    "{first_is}, les som {second} er det {second_is}; skriv tidspunktet med den forskyvinga "
    "du meiner",
    en="{wall} does not exist in Norwegian time (the clocks went forward): read as {first} "
    "it is {first_is}, read as {second} it is {second_is}; write the time with the offset "
    "you mean",
)


def _wall(moment: datetime) -> str:
    return moment.strftime("%H:%M%z")[:-2] + ":" + moment.strftime("%z")[-2:]


def _exists(fixed: datetime) -> bool:
    local = fixed.astimezone(oslo())
    return local.replace(tzinfo=None) == fixed.replace(tzinfo=None)


def oslo_wall_time(naive: datetime) -> datetime:
    """Read a wall time without an offset as Europe/Oslo time, as a person there means it.

    Raises:
        InvalidTimeError: the wall time does not exist (the clocks went forward) or exists
            twice (they went back); the message names both readings.

    Examples:
        >>> oslo_wall_time(datetime(2024, 5, 16, 16)).isoformat()
        '2024-05-16T16:00:00+02:00'
    """
    zone = oslo()
    first, second = naive.replace(tzinfo=zone, fold=0), naive.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first
    wall = naive.isoformat(timespec="minutes")
    earlier = first if first.utcoffset() >= second.utcoffset() else second  # type: ignore[operator]
    later = second if earlier is first else first
    fixed_earlier = naive.replace(tzinfo=timezone(earlier.utcoffset() or timedelta()))
    fixed_later = naive.replace(tzinfo=timezone(later.utcoffset() or timedelta()))
    if _exists(fixed_earlier) and _exists(fixed_later):
        message = TWICE.format(wall=wall, first=_wall(earlier), second=_wall(later))
    else:  # in the gap each reading is a real instant, shown as the wall time it really was
        message = MISSING.format(
            wall=wall,
            first=_wall(fixed_later),
            first_is=_wall(fixed_later.astimezone(zone)),
            second=_wall(fixed_earlier),
            second_is=_wall(fixed_earlier.astimezone(zone)),
        )
    raise InvalidTimeError(message.en, message=message)
