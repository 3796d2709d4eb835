"""Times on the command line: Europe/Oslo wall time, the working calendar's options, now.

A person at a terminal in Randaberg types ``2024-05-16T16:00`` and means Norwegian time, so
a time without a UTC offset is read as Europe/Oslo time here (and only here: the library's
functions keep refusing naive datetimes). On the two nights a year when the clocks change,
a wall time may not exist (spring forward) or exist twice (fall back); both are errors that
name the two readings, so that the person can pick one.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime, time, timezone
from typing import Final
from zoneinfo import ZoneInfo

from .._times import oslo_wall_time
from ..calendar import DEFAULT_CALENDAR, WorkingCalendar
from ..errors import InvalidTimeError
from ..messages import Lang, Message
from ..responses import parse_time

__all__ = ["add_calendar_options", "calendar_of", "day_type", "now", "oslo_time", "today"]

_OSLO: Final = ZoneInfo("Europe/Oslo")

_NOT_ISO: Final = Message(
    nb="{text!r} er ikke et tidspunkt i ISO 8601, f.eks. 2024-05-16T16:00 (norsk tid) "
    "eller 2024-05-16T16:00+02:00",
    nn="{text!r} er ikkje eit tidspunkt i ISO 8601, t.d. 2024-05-16T16:00 (norsk tid) "
    "eller 2024-05-16T16:00+02:00",
    en="{text!r} is not an ISO 8601 time such as 2024-05-16T16:00 (Norwegian time) or "
    "2024-05-16T16:00+02:00",
)
_DATE_ONLY: Final = Message(
    nb="{text!r} er en dato og mangler klokkeslett; skriv f.eks. {text}T09:00 (norsk tid) "
    "eller {text}T09:00+02:00",
    nn="{text!r} er ein dato og manglar klokkeslett; skriv t.d. {text}T09:00 (norsk tid) "
    "eller {text}T09:00+02:00",
    en="{text!r} is a date without a time of day; write e.g. {text}T09:00 (Norwegian time) "
    "or {text}T09:00+02:00",
)
_END_HELP: Final = Message(
    nb="slutten av arbeidsdagen, norsk tid (standard: retningslinjenes, ellers 15:30)",
    nn="slutten av arbeidsdagen, norsk tid (standard: retningslinene sin, elles 15:30)",
    en="the end of the working day, Norwegian time (default: the policy's, else 15:30)",
)
_CLOSED_HELP: Final = Message(
    nb="en ekstra stengt dag, f.eks. 2024-12-24, i tillegg til retningslinjenes; kan gjentas",
    nn="ein ekstra stengd dag, t.d. 2024-12-24, i tillegg til dei i retningslinene; kan gjentakast",
    en="an extra closure day such as 2024-12-24, besides the policy's; repeatable",
)
_NOT_END: Final = Message(
    nb="ikke et klokkeslett som 15:30 uten forskyvning (fikk {value!r})",
    nn="ikkje eit klokkeslett som 15:30 utan forskyving (fekk {value!r})",
    en="not a time of day such as 15:30 without offset (got {value!r})",
)
_NOT_DATE: Final = Message(
    nb="ikke en dato som 2024-12-24 (fikk {value!r})",
    nn="ikkje ein dato som 2024-12-24 (fekk {value!r})",
    en="not a date such as 2024-12-24 (got {value!r})",
)


def now() -> datetime:
    """The current time: the only clock the command reads (tests replace it)."""
    return datetime.now(timezone.utc)


def today() -> date:
    """Today's date in Norway: the day whose version of a policy the commands apply."""
    return now().astimezone(_OSLO).date()


def oslo_time(text: str) -> datetime:
    """Read a time typed at the command line; one without an offset is Europe/Oslo time.

    Raises:
        InvalidTimeError: not an ISO 8601 time, a date without a time of day, or a wall
            time that does not exist or exists twice in Europe/Oslo (naming both readings).

    Examples:
        >>> oslo_time("2024-05-16T16:00").isoformat()
        '2024-05-16T16:00:00+02:00'
        >>> oslo_time("2024-10-27T02:30")
        Traceback (most recent call last):
        ...
        randaberg_some.errors.InvalidTimeError: 2024-10-27T02:30 exists twice in Norwegian \
time (the clocks went back): 02:30+02:00 and 02:30+01:00; write the time with the offset you mean
    """
    stripped = text.strip()
    try:
        return parse_time(stripped)
    except InvalidTimeError:
        pass  # a naive time, or not a time: decided below, in the person's language
    try:
        naive = datetime.fromisoformat(stripped)
    except ValueError:
        raise _error(_NOT_ISO.format(text=text)) from None
    if naive.tzinfo is not None:
        raise _error(_NOT_ISO.format(text=text))  # parse_time refused it for its range
    if len(stripped) <= len("2024-05-16"):
        raise _error(_DATE_ONLY.format(text=stripped))
    return oslo_wall_time(naive)


def _error(message: Message) -> InvalidTimeError:
    return InvalidTimeError(message.en, message=message)


def _end_of_day(lang: Lang) -> Callable[[str], time]:
    def end_of_day(value: str) -> time:
        try:
            end = time.fromisoformat(value)
        except ValueError:
            end = None
        if end is None or end.tzinfo is not None:
            raise argparse.ArgumentTypeError(_NOT_END.format(value=value).text(lang))
        return end

    return end_of_day


def day_type(lang: Lang) -> Callable[[str], date]:
    """The type of a date argument (``2024-12-24``): another value is a usage error."""

    def closed_day(value: str) -> date:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise argparse.ArgumentTypeError(_NOT_DATE.format(value=value).text(lang)) from None

    return closed_day


def add_calendar_options(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """Add ``--end`` and ``--closed``: the working calendar's options."""
    parser.add_argument(
        "--end",
        type=_end_of_day(lang),
        metavar="HH:MM",
        help=_END_HELP.text(lang),
    )
    parser.add_argument(
        "--closed",
        action="append",
        type=day_type(lang),
        metavar="DATE",
        help=_CLOSED_HELP.text(lang),
    )


def calendar_of(
    args: argparse.Namespace, base: WorkingCalendar = DEFAULT_CALENDAR
) -> WorkingCalendar:
    """The working calendar: ``base`` (the policy's) with ``--end`` and ``--closed``.

    ``--end`` replaces its end of day; each ``--closed`` day is added to its closure days.
    """
    closed: list[date] = args.closed or []
    end: time | None = args.end
    return WorkingCalendar(
        end_of_day=base.end_of_day if end is None else end,
        closures=[*base.closures, *closed],
    )
