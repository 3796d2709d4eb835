"""Working days, response deadlines and reports on the response routine (G6.5).

G6.5 asks for routines so that questions, comments and posts "are caught and assessed before
the end of the working day, every working day of the year except weekends and public
holidays" ("røde dager"). This module turns that sentence into arithmetic:

- A *working day* is Monday to Friday and not a Norwegian public holiday (the statutory
  holidays of the public holidays act, from the ``holidays`` package; Sundays count only as
  Sundays). A :class:`WorkingCalendar` can add local closure days such as Christmas Eve; by
  default there are none, because Christmas Eve is not a public holiday.
- An item received on a working day *before* the end of that working day (15:30 by default)
  must be assessed by the end of that day; one received at or after the end, or on a weekend
  or holiday, by the end of the next working day. Receipt exactly at the end counts as after
  the end: the guideline says "before the end of the working day", and at 15:30 the day has
  ended. Assessment exactly at the deadline is in time.
- All arithmetic is in Europe/Oslo wall-clock time, so deadlines are right across the
  changes to and from summer time.

The core reads no clock: :func:`response_report` takes the time of the report as ``at``.

Examples:
    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> oslo = ZoneInfo("Europe/Oslo")
    >>> response_deadline(datetime(2024, 5, 15, 9, 0, tzinfo=oslo)).isoformat()
    '2024-05-15T15:30:00+02:00'
    >>> response_deadline(datetime(2024, 5, 15, 15, 30, tzinfo=oslo)).isoformat()
    '2024-05-16T15:30:00+02:00'
"""

from __future__ import annotations

import enum
import functools
import os
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Final, Protocol, TextIO, cast

import attrs

from .errors import (
    ConfigurationError,
    InvalidFileError,
    InvalidTimeError,
    NaiveDatetimeError,
    RandabergSomeError,
)
from .rules import Lang

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from holidays import HolidayBase

__all__ = [
    "DEFAULT_CALENDAR",
    "DEFAULT_END_OF_DAY",
    "ResponseItem",
    "ResponseLike",
    "ResponseLog",
    "ResponseRecord",
    "ResponseReport",
    "ResponseRowError",
    "ResponseStatus",
    "WorkingCalendar",
    "is_working_day",
    "load_responses",
    "next_working_day",
    "response_deadline",
    "response_report",
]

DEFAULT_END_OF_DAY: Final = time(15, 30)
"""The default end of the working day, 15:30: the library's choice; G6.5 names no hour.

Set another with ``WorkingCalendar(end_of_day=...)``.
"""

_ZONE_KEY: Final = "Europe/Oslo"
_FALLBACK_YEARS: Final = (1901, 2100)


@functools.cache
def _oslo() -> ZoneInfo:
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
def _holiday_years() -> tuple[int, int]:
    """The first and last year the holiday calendar covers."""
    calendar = _norway(_FALLBACK_YEARS[0])
    start = getattr(calendar, "start_year", _FALLBACK_YEARS[0])
    end = getattr(calendar, "end_year", _FALLBACK_YEARS[1])
    return int(start), int(end)


@functools.cache
def _public_holidays(year: int) -> frozenset[date]:
    """Norway's public holidays in ``year``; Sundays only when a holiday falls on one.

    Source: lov om helligdager og helligdagsfred (1995) and lov om 1. og 17. mai som
    høgtidsdager (1947), as the ``holidays`` package encodes them.
    """
    return frozenset(_norway(year))


def _aware(value: object, name: str) -> datetime:
    """Return ``value`` if it is an aware datetime, else raise the library's error."""
    if not isinstance(value, datetime):
        raise InvalidTimeError(f"{name!r} must be a datetime with a UTC offset (got {value!r})")
    if value.utcoffset() is None:
        raise NaiveDatetimeError(
            f"{name!r} must be an aware datetime with a UTC offset, such as "
            f"tzinfo=ZoneInfo('Europe/Oslo'); the library never guesses a time zone "
            f"(got {value!r})"
        )
    return value


def _in_oslo(value: object, name: str) -> datetime:
    aware = _aware(value, name)
    try:
        return aware.astimezone(_oslo())
    except OverflowError as error:
        raise InvalidTimeError(
            f"{name!r} is too close to the ends of time (got {value!r})"
        ) from error


def _check_end_of_day(
    instance: WorkingCalendar, attribute: attrs.Attribute[time], value: time
) -> None:
    if not isinstance(value, time) or value.tzinfo is not None:
        raise ConfigurationError(
            f"'end_of_day' must be a wall-clock time without a time zone, such as time(15, 30) "
            f"(got {value!r})"
        )


def _as_closures(value: Iterable[date]) -> frozenset[date]:
    try:
        days = frozenset(value)
    except TypeError as error:
        raise ConfigurationError(
            f"'closures' must be an iterable of dates (got {value!r})"
        ) from error
    for day in days:
        if not isinstance(day, date) or isinstance(day, datetime):
            raise ConfigurationError(f"'closures' must hold only dates (got {day!r})")
    return days


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


# One day of a table, in one time zone: the ends of working days that fall within the day, each
# as (the end in the table's zone, for comparing; the end in Europe/Oslo, the answer), and the
# first end after the day (None beyond the years the holiday calendar covers). An item received
# during the day is due at the first end after it.
_Entry = tuple[tuple[tuple[datetime, datetime], ...], "datetime | None"]
_Table = dict[int, _Entry]

# Fixed UTC offsets (UTC, +02:00, ...) get tables of their own, as Europe/Oslo has, so that a
# receipt written with one is answered without a time-zone conversion. A few suffice.
_MAX_FIXED_ZONES: Final = 8
_DAY: Final = timedelta(days=1)


@attrs.frozen(kw_only=True)
class WorkingCalendar:
    """Which days are working days, and when a working day ends.

    Build one and reuse it: it computes each year's deadlines once, on first use, and answers
    from that table afterwards.

    Attributes:
        end_of_day: The end of the working day as Europe/Oslo wall-clock time
            (:data:`DEFAULT_END_OF_DAY`, 15:30, by default).
        closures: Extra days that are no working days, such as Christmas Eve and New Year's
            Eve where the kommune closes. None by default: G6.5 excepts only weekends and
            public holidays.

    Raises:
        ConfigurationError: ``end_of_day`` is not a plain ``time``, or ``closures`` holds
            something other than dates.

    Examples:
        >>> from datetime import date, time
        >>> calendar = WorkingCalendar(end_of_day=time(16, 0), closures={date(2024, 12, 24)})
        >>> calendar.is_working_day(date(2024, 12, 24)), is_working_day(date(2024, 12, 24))
        (False, True)
        >>> calendar.next_working_day(date(2024, 12, 23))
        datetime.date(2024, 12, 27)
    """

    end_of_day: time = attrs.field(default=DEFAULT_END_OF_DAY, validator=_check_end_of_day)
    closures: frozenset[date] = attrs.field(factory=frozenset, converter=_as_closures)
    # Tables by time zone, then by the day's ordinal; filled a year at a time.
    _zones: dict[tzinfo, _Table] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    def is_working_day(self, day: date) -> bool:
        """Return whether ``day`` is a working day; never raises.

        A ``datetime`` is judged by its date as written. Anything that is not a date, and a
        date in a year the holiday calendar does not cover (see :func:`is_working_day`), is
        not a working day.
        """
        plain = _as_date(day)
        if plain is None:
            return False
        first, last = _holiday_years()
        return first <= plain.year <= last and self._is_working(plain)

    def next_working_day(self, day: date) -> date:
        """Return the first working day after ``day`` (never ``day`` itself).

        Raises:
            InvalidTimeError: ``day`` is not a date, or the answer lies outside the years the
                holiday calendar covers.
        """
        plain = _as_date(day)
        if plain is None:
            raise InvalidTimeError(f"'day' must be a date (got {day!r})")
        # The first end of a working day after the day's Oslo table entry is the next one's.
        later = self._oslo_entry(plain.toordinal(), plain.year, day)[1]
        if later is None:
            raise self._beyond(day)
        return later.date()

    def deadline(self, received_at: datetime) -> datetime:
        """Return the moment by which an item received at ``received_at`` must be assessed.

        See :func:`response_deadline`, which calls this on the default calendar.
        """
        # The hot path: two look-ups and a comparison in the receipt's own zone, no conversion.
        # Anything unusual (another zone, a year not yet in the table, bad input) goes the
        # slow way, which fills the tables or raises.
        if received_at.__class__ is datetime:
            try:
                table = self._zones.get(received_at.tzinfo)  # type: ignore[arg-type]
            except TypeError:  # an unhashable tzinfo
                table = None
            if table is not None:
                entry = table.get(received_at.toordinal())
                if entry is not None:
                    for threshold, end in entry[0]:
                        if received_at < threshold:
                            return end
                    if entry[1] is not None:
                        return entry[1]
        return self._deadline(received_at)

    def _deadline(self, received_at: object) -> datetime:
        aware = _aware(received_at, "received_at")
        zone = aware.tzinfo
        zones = self._zones
        cacheable = zone is _oslo() or (
            type(zone) is timezone and (zone in zones or len(zones) <= _MAX_FIXED_ZONES)
        )
        if cacheable:
            assert zone is not None
            table = zones.get(zone)
            if table is None or aware.toordinal() not in table:
                self._fill(zone, aware.year, received_at)
        end = self._next_end(self._local(aware, received_at), received_at)
        if end is None:
            raise self._beyond(received_at)
        return end

    def _local(self, aware: datetime, value: object) -> datetime:
        try:
            return aware.astimezone(_oslo())
        except OverflowError as error:
            raise InvalidTimeError(
                f"'received_at' is too close to the ends of time (got {value!r})"
            ) from error

    def _next_end(self, local: datetime, value: object) -> datetime | None:
        """The first end of a working day after ``local`` (Europe/Oslo), None if unknown."""
        entry = self._oslo_entry(local.toordinal(), local.year, value)
        for threshold, end in entry[0]:
            if local < threshold:
                return end
        return entry[1]

    def _oslo_entry(self, ordinal: int, year: int, value: object) -> _Entry:
        table = self._zones.get(_oslo())
        entry = None if table is None else table.get(ordinal)
        if entry is None:
            self._fill(_oslo(), year, value)
            entry = self._zones[_oslo()][ordinal]
        return entry

    def _is_working(self, day: date) -> bool:
        return (
            day.weekday() < 5 and day not in _public_holidays(day.year) and day not in self.closures
        )

    def _beyond(self, value: object) -> InvalidTimeError:
        first, last = _holiday_years()
        return InvalidTimeError(
            f"the next working day lies outside the years the holiday calendar covers "
            f"({first}–{last}) (got {value!r})"
        )

    def _end(self, day: date) -> datetime:
        end = datetime.combine(day, self.end_of_day, tzinfo=_oslo())
        # A wall-clock time that a summer-time change skips is moved to where it exists.
        return end.astimezone(timezone.utc).astimezone(_oslo())

    def _fill(self, zone: tzinfo, year: int, value: object) -> None:
        """Fill the table of ``zone`` (Europe/Oslo or a fixed offset) for ``year``."""
        first_year, last_year = _holiday_years()
        if not first_year <= year <= last_year:
            raise InvalidTimeError(
                f"no holiday calendar for the year {year}; the supported years are "
                f"{first_year}–{last_year} (got {value!r})"
            )
        table = self._zones.setdefault(zone, {})
        if zone is _oslo():
            self._fill_oslo(table, year, last_year)
        else:
            self._fill_fixed(table, zone, year)

    def _fill_oslo(self, table: _Table, year: int, last_year: int) -> None:
        first = date(year, 1, 1).toordinal()
        last = date(year, 12, 31).toordinal()
        following = self._first_end_after(last, last_year)
        # Backwards, so that each day knows the end of the next working day.
        for ordinal in range(last, first - 1, -1):
            day = date.fromordinal(ordinal)
            if self._is_working(day):
                end = self._end(day)
                table[ordinal] = (((end, end),), following)
                following = end
            else:
                table[ordinal] = ((), following)

    def _first_end_after(self, ordinal: int, last_year: int) -> datetime | None:
        while True:
            ordinal += 1
            day = date.fromordinal(ordinal)
            if day.year > last_year:
                return None
            if self._is_working(day):
                return self._end(day)

    def _fill_fixed(self, table: _Table, zone: tzinfo, year: int) -> None:
        # A day at a fixed offset is 24 hours; find the ends of working days within it.
        day = datetime(year, 1, 1, tzinfo=zone)
        while day.year == year:
            stop = day + _DAY
            try:
                ends: list[tuple[datetime, datetime]] = []
                # An end exactly at the day's start is no answer for a receipt at or after it.
                end = self._next_end(day.astimezone(_oslo()), day)
                while end is not None and end < stop:
                    ends.append((end.astimezone(zone), end))
                    end = self._next_end(end, day)
            except InvalidTimeError:
                pass  # at the edge of the calendar: the slow path answers or raises
            else:
                table[day.toordinal()] = (tuple(ends), end)
            day = stop


DEFAULT_CALENDAR: Final = WorkingCalendar()
"""Working days Monday–Friday except public holidays, ending at 15:30, with no closures."""


def is_working_day(day: date, *, calendar: WorkingCalendar = DEFAULT_CALENDAR) -> bool:
    """Return whether ``day`` is a working day (G6.5): Monday–Friday and no public holiday.

    The public holidays are those of Norwegian law ("røde dager"): New Year's Day, Maundy
    Thursday, Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday
    and Monday, Christmas Day and Boxing Day. Christmas Eve and New Year's Eve are working days
    unless the calendar closes them.

    Never raises: anything that is not a date is not a working day, and so is a date in a year
    the holiday calendar does not cover (1901–2100 with current versions of ``holidays``). A
    ``datetime`` is judged by its date as written.

    Args:
        day: The day.
        calendar: The working calendar (closures); the default has none.

    Returns:
        ``True`` for a working day.

    Examples:
        >>> from datetime import date
        >>> is_working_day(date(2027, 5, 17))  # Constitution Day and Whit Monday
        False
        >>> is_working_day(date(2027, 5, 18)), is_working_day(date(2027, 5, 22))  # Tue, Sat
        (True, False)
    """
    return calendar.is_working_day(day)


def next_working_day(day: date, *, calendar: WorkingCalendar = DEFAULT_CALENDAR) -> date:
    """Return the first working day after ``day``.

    Args:
        day: The day to start from; the answer is always later.
        calendar: The working calendar (closures); the default has none.

    Returns:
        The next working day.

    Raises:
        InvalidTimeError: ``day`` is not a date, or the answer lies outside the years the
            holiday calendar covers.

    Examples:
        >>> from datetime import date
        >>> next_working_day(date(2024, 3, 27))  # Wednesday before Easter
        datetime.date(2024, 4, 2)
    """
    return calendar.next_working_day(day)


def response_deadline(
    received_at: datetime, *, calendar: WorkingCalendar = DEFAULT_CALENDAR
) -> datetime:
    """Return the moment by which an item received at ``received_at`` must be assessed (G6.5).

    Received on a working day before its end: the end of that day. Received at or after the
    end, or on a weekend, public holiday or closure day: the end of the next working day.

    Args:
        received_at: When the question, comment or post arrived; any time zone, but aware.
        calendar: The working calendar (end of day, closures); 15:30 and no closures by
            default.

    Returns:
        The deadline, an aware datetime in Europe/Oslo.

    Raises:
        NaiveDatetimeError: ``received_at`` has no UTC offset.
        InvalidTimeError: ``received_at`` is not a datetime, or the deadline lies outside the
            years the holiday calendar covers.

    Examples:
        >>> from datetime import datetime, timezone
        >>> response_deadline(datetime(2024, 3, 27, 13, 0, tzinfo=timezone.utc)).isoformat()
        '2024-03-27T15:30:00+01:00'
        >>> response_deadline(datetime(2024, 3, 27, 15, 0, tzinfo=timezone.utc)).isoformat()
        '2024-04-02T15:30:00+02:00'
        >>> response_deadline(datetime(2024, 3, 27, 13, 0))
        Traceback (most recent call last):
        ...
        randaberg_some.errors.NaiveDatetimeError: 'received_at' must be an aware datetime ...
    """
    return calendar.deadline(received_at)


class ResponseStatus(enum.Enum):
    """Where an item stands against its deadline.

    ``MET``: assessed by the deadline. ``LATE``: assessed after it. ``OVERDUE``: not assessed
    and the deadline has passed at the time of the report. ``OPEN``: not assessed and not yet
    due.
    """

    MET = "met"
    LATE = "late"
    OVERDUE = "overdue"
    OPEN = "open"

    def label(self, lang: Lang = "nb") -> str:
        """Return a short label in ``lang``.

        Examples:
            >>> ResponseStatus.OVERDUE.label(), ResponseStatus.OVERDUE.label("en")
            ('forfalt', 'overdue')
        """
        nb, en = _STATUS_LABELS[self]
        return en if lang == "en" else nb


_STATUS_LABELS: Final = {
    ResponseStatus.MET: ("i tide", "met"),
    ResponseStatus.LATE: ("for sent", "late"),
    ResponseStatus.OVERDUE: ("forfalt", "overdue"),
    ResponseStatus.OPEN: ("åpen", "open"),
}


class ResponseLike(Protocol):
    """Anything with a ``received_at`` and an ``assessed_at`` (``None`` if not assessed)."""

    @property
    def received_at(self) -> datetime:
        """When the item arrived (aware)."""

    @property
    def assessed_at(self) -> datetime | None:
        """When the item was assessed (aware), or ``None``."""


def _time_problems(received: object, assessed: object) -> list[tuple[str, str, str]]:
    """The problems of one record's times as (field, bokmål message, English message)."""
    problems: list[tuple[str, str, str]] = []
    for field, value, optional in (
        ("received_at", received, False),
        ("assessed_at", assessed, True),
    ):
        if value is None and optional:
            continue
        if not isinstance(value, datetime):
            problems.append(
                (
                    field,
                    f"Tidspunktet må være et datetime med UTC-forskyvning (fikk {value!r}).",
                    f"The time must be a datetime with a UTC offset (got {value!r}).",
                )
            )
        elif value.utcoffset() is None:
            problems.append(
                (
                    field,
                    f"Tidspunktet mangler UTC-forskyvning (fikk {value!r}).",
                    f"The time has no UTC offset (got {value!r}).",
                )
            )
    if (
        not problems
        and isinstance(assessed, datetime)
        and isinstance(received, datetime)
        and assessed < received
    ):
        problems.append(
            (
                "assessed_at",
                f"Vurdert ({assessed.isoformat()}) før mottatt ({received.isoformat()}).",
                f"Assessed ({assessed.isoformat()}) before it was received "
                f"({received.isoformat()}).",
            )
        )
    return problems


@attrs.frozen(kw_only=True)
class ResponseRecord:
    """One received item: when it arrived and when it was assessed.

    Attributes:
        received_at: When the item arrived (aware).
        assessed_at: When it was assessed (aware, not before ``received_at``), or ``None``.
        row: The data row it was read from, when it came from a file.

    Raises:
        NaiveDatetimeError: a time has no UTC offset.
        InvalidTimeError: a time is not a datetime, or the item was assessed before it was
            received.
    """

    received_at: datetime
    assessed_at: datetime | None = None
    row: int | None = None

    def __attrs_post_init__(self) -> None:
        problems = _time_problems(self.received_at, self.assessed_at)
        if problems:
            field, _, message = problems[0]
            value = getattr(self, field)
            naive = isinstance(value, datetime) and value.utcoffset() is None
            raise (NaiveDatetimeError if naive else InvalidTimeError)(f"{field!r}: {message}")


@attrs.frozen(kw_only=True)
class ResponseRowError:
    """A record that could not be used, with its row and the field at fault.

    Attributes:
        row: The 1-based data row of the file (the header is not counted, nor are blank
            lines), or the 1-based position among the records given to
            :func:`response_report`.
        field: The field at fault (``"received_at"``, ``"assessed_at"``), or ``None`` when
            the whole row is at fault.
        message: What is wrong, in bokmål.
        message_en: What is wrong, in English.
    """

    row: int
    field: str | None
    message: str
    message_en: str

    def text(self, lang: Lang = "nb") -> str:
        """Return the message in ``lang``."""
        return self.message_en if lang == "en" else self.message


def _row_errors(row: int, received: object, assessed: object) -> list[ResponseRowError]:
    """The errors of one row's times, each with its row and field."""
    return [
        ResponseRowError(row=row, field=field, message=nb, message_en=en)
        for field, nb, en in _time_problems(received, assessed)
    ]


@attrs.frozen(kw_only=True)
class ResponseLog:
    """What :func:`load_responses` read: the usable records and every row it could not use.

    Attributes:
        records: The records, in file order, each with its row.
        errors: One error per problem in a row that could not be used, in row order.
    """

    records: tuple[ResponseRecord, ...]
    errors: tuple[ResponseRowError, ...]


@attrs.frozen(kw_only=True)
class ResponseItem:
    """One item of a report.

    Attributes:
        row: The data row (from a file) or the 1-based position among the records.
        received_at: When the item arrived, as given.
        assessed_at: When it was assessed, as given, or ``None``.
        deadline: Its deadline, in Europe/Oslo.
        status: Where it stands against the deadline.
    """

    row: int
    received_at: datetime
    assessed_at: datetime | None
    deadline: datetime
    status: ResponseStatus


@attrs.frozen(kw_only=True)
class ResponseReport:
    """How the response routine held: every item with its deadline and status, and the totals.

    Attributes:
        at: The time of the report, in Europe/Oslo; items not yet assessed are overdue when
            their deadline is before it.
        items: The items, in the order given.
        errors: The records that could not be used, with their rows.
    """

    at: datetime
    items: tuple[ResponseItem, ...]
    errors: tuple[ResponseRowError, ...] = ()

    def count(self, status: ResponseStatus) -> int:
        """Return the number of items with ``status``."""
        return sum(1 for item in self.items if item.status is status)

    @property
    def total(self) -> int:
        """The number of items (rows with errors not counted)."""
        return len(self.items)

    @property
    def due(self) -> int:
        """The number of items whose outcome is known: assessed, or overdue."""
        return self.total - self.count(ResponseStatus.OPEN)

    @property
    def share_met(self) -> float | None:
        """Items met as a share of :attr:`due` (0.0–1.0); ``None`` when none are due.

        Open items not yet due are left out: they may still be met.
        """
        due = self.due
        return self.count(ResponseStatus.MET) / due if due else None

    @property
    def ok(self) -> bool:
        """Whether nothing is late or overdue and every record could be used."""
        return not self.errors and not any(
            item.status in (ResponseStatus.LATE, ResponseStatus.OVERDUE) for item in self.items
        )


def _status(deadline: datetime, assessed_at: datetime | None, at: datetime) -> ResponseStatus:
    if assessed_at is not None:
        return ResponseStatus.MET if assessed_at <= deadline else ResponseStatus.LATE
    return ResponseStatus.OVERDUE if deadline < at else ResponseStatus.OPEN


def _unpack(record: object, position: int) -> tuple[int, object, object] | ResponseRowError:
    if isinstance(record, ResponseRecord):
        row = position if record.row is None else record.row
        return row, record.received_at, record.assessed_at
    # Attributes first: a named tuple with more fields than the two times is still a record.
    if hasattr(record, "received_at") and hasattr(record, "assessed_at"):
        return position, record.received_at, record.assessed_at
    if isinstance(record, tuple) and len(record) == 2:
        return position, record[0], record[1]
    return ResponseRowError(
        row=position,
        field=None,
        message="En post må være et par (mottatt, vurdert) eller ha received_at og "
        f"assessed_at (fikk {record!r}).",
        message_en="A record must be a pair (received_at, assessed_at) or have received_at "
        f"and assessed_at (got {record!r}).",
    )


def response_report(
    records: ResponseLog
    | Iterable[ResponseRecord | tuple[datetime, datetime | None] | ResponseLike],
    *,
    at: datetime,
    calendar: WorkingCalendar = DEFAULT_CALENDAR,
) -> ResponseReport:
    """Report how the response routine held (G6.5): each item's deadline and status, the totals.

    Every record becomes an item or an error with its row; none is dropped. A record that
    cannot be used (a naive or missing time, an assessment before receipt, a time the holiday
    calendar does not cover) becomes a :class:`ResponseRowError`, never an exception.

    Args:
        records: ``(received_at, assessed_at)`` pairs, objects with those two attributes,
            :class:`ResponseRecord` values, or a :class:`ResponseLog` from
            :func:`load_responses` (whose row errors the report keeps).
        at: The time of the report (aware): an item not assessed by then is overdue if its
            deadline has passed. The library reads no clock; pass ``datetime.now(tz)``.
        calendar: The working calendar (end of day, closures).

    Returns:
        The report.

    Raises:
        NaiveDatetimeError: ``at`` has no UTC offset.
        InvalidTimeError: ``at`` is not a datetime.
        RandabergSomeError: ``records`` is not iterable.

    Examples:
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> oslo = ZoneInfo("Europe/Oslo")
        >>> def t(day, hour):
        ...     return datetime(2024, 5, day, hour, 0, tzinfo=oslo)
        >>> report = response_report(
        ...     [(t(15, 9), t(15, 11)), (t(15, 9), t(16, 8)), (t(15, 16), None)], at=t(16, 12)
        ... )
        >>> [item.status.value for item in report.items]
        ['met', 'late', 'open']
        >>> report.share_met
        0.5
    """
    at_local = _in_oslo(at, "at")
    errors: list[ResponseRowError] = []
    if isinstance(records, ResponseLog):
        errors.extend(records.errors)
        source: Iterable[object] = records.records
    else:
        source = records
    try:
        iterator = iter(source)
    except TypeError as error:
        raise RandabergSomeError(
            f"'records' must be an iterable of records (got {records!r})"
        ) from error
    items: list[ResponseItem] = []
    for position, record in enumerate(iterator, start=1):
        unpacked = _unpack(record, position)
        if isinstance(unpacked, ResponseRowError):
            errors.append(unpacked)
            continue
        row, received, assessed = unpacked
        problems = _row_errors(row, received, assessed)
        if problems:
            errors.extend(problems)
            continue
        # _row_errors has checked both types.
        received = cast(datetime, received)
        assessed = cast("datetime | None", assessed)
        try:
            deadline = calendar.deadline(received)
        except InvalidTimeError as error:
            errors.append(
                ResponseRowError(
                    row=row,
                    field="received_at",
                    message="Fristen kan ikke beregnes for dette tidspunktet: det ligger utenfor "
                    f"årene helligdagskalenderen dekker (fikk {received.isoformat()}).",
                    message_en=f"No deadline can be computed: {error}",
                )
            )
            continue
        items.append(
            ResponseItem(
                row=row,
                received_at=received,
                assessed_at=assessed,
                deadline=deadline,
                status=_status(deadline, assessed, at_local),
            )
        )
    errors.sort(key=lambda error: error.row)
    return ResponseReport(at=at_local, items=tuple(items), errors=tuple(errors))


def parse_time(text: str) -> datetime:
    """Read an ISO 8601 time with a UTC offset (``Z`` allowed).

    Raises:
        NaiveDatetimeError: the time has no offset.
        InvalidTimeError: the text is not an ISO 8601 time.
    """
    stripped = text.strip()
    # datetime.fromisoformat reads "Z" only from Python 3.11 on.
    iso = stripped[:-1] + "+00:00" if stripped[-1:] in ("Z", "z") else stripped
    try:
        value = datetime.fromisoformat(iso)
    except ValueError as error:
        raise InvalidTimeError(
            f"not an ISO 8601 time such as 2024-05-16T16:00+02:00 (got {text!r})"
        ) from error
    if value.utcoffset() is None:
        raise NaiveDatetimeError(
            f"the time has no UTC offset; add one such as +02:00 or Z (got {text!r})"
        )
    return value


_COLUMNS: Final = ("received_at", "assessed_at")


def _parse_field(
    text: str, row: int, field: str, errors: list[ResponseRowError]
) -> datetime | None:
    try:
        return parse_time(text)
    except NaiveDatetimeError:
        errors.append(
            ResponseRowError(
                row=row,
                field=field,
                message="Tidspunktet mangler UTC-forskyvning, f.eks. +02:00 eller Z "
                f"(fikk {text!r}).",
                message_en=f"The time has no UTC offset, such as +02:00 or Z (got {text!r}).",
            )
        )
    except InvalidTimeError:
        errors.append(
            ResponseRowError(
                row=row,
                field=field,
                message=f"Tidspunktet er ikke ISO 8601 som 2024-05-16T16:00+02:00 (fikk {text!r}).",
                message_en="The time is not ISO 8601 such as 2024-05-16T16:00+02:00 "
                f"(got {text!r}).",
            )
        )
    return None


def _read_responses(file: TextIO, name: str) -> ResponseLog:
    import csv

    reader = csv.reader(file)
    records: list[ResponseRecord] = []
    errors: list[ResponseRowError] = []
    row = 0
    try:
        header = next(reader, None)
        if header is None:
            raise InvalidFileError(
                f"{name}: the file is empty; expected a header with the columns "
                f"received_at and assessed_at"
            )
        columns = [column.strip().lower() for column in header]
        for column in _COLUMNS:
            if columns.count(column) != 1:
                problem = "has no column" if column not in columns else "repeats the column"
                raise InvalidFileError(f"{name}: the header {problem} {column!r} (got {header!r})")
        received_index = columns.index("received_at")
        assessed_index = columns.index("assessed_at")
        for fields in reader:
            if not fields:
                continue  # a blank line is no row
            row += 1
            if len(fields) != len(columns):
                errors.append(
                    ResponseRowError(
                        row=row,
                        field=None,
                        message=f"Raden har {len(fields)} felt; overskriften har {len(columns)}.",
                        message_en=f"The row has {len(fields)} fields; the header has "
                        f"{len(columns)}.",
                    )
                )
                continue
            received_text = fields[received_index]
            assessed_text = fields[assessed_index]
            before = len(errors)
            received: datetime | None = None
            if not received_text.strip():
                errors.append(
                    ResponseRowError(
                        row=row,
                        field="received_at",
                        message="Mottakstidspunktet mangler.",
                        message_en="The time of receipt is missing.",
                    )
                )
            else:
                received = _parse_field(received_text, row, "received_at", errors)
            assessed: datetime | None = None
            if assessed_text.strip():
                assessed = _parse_field(assessed_text, row, "assessed_at", errors)
            if len(errors) > before or received is None:
                continue
            problems = _row_errors(row, received, assessed)
            if problems:
                errors.extend(problems)
                continue
            records.append(ResponseRecord(received_at=received, assessed_at=assessed, row=row))
    except csv.Error as error:
        raise InvalidFileError(
            f"{name}: not readable as CSV after data row {row}: {error}"
        ) from error
    except UnicodeDecodeError as error:
        raise InvalidFileError(f"{name}: not UTF-8 text after data row {row}: {error}") from error
    return ResponseLog(records=tuple(records), errors=tuple(errors))


def load_responses(source: str | os.PathLike[str] | TextIO) -> ResponseLog:
    r"""Load received and assessed times from a CSV file.

    The file has a header with the columns ``received_at`` and ``assessed_at`` (others are
    ignored), and one item per row: ISO 8601 times with a UTC offset (``Z`` allowed), and
    ``assessed_at`` empty while the item is not assessed. The file is read as UTF-8 (a
    byte-order mark is allowed). Every row becomes a record or at least one
    :class:`ResponseRowError`: a missing or unreadable time, a time without an offset, an
    assessment before receipt, or a row with the wrong number of fields.

    Args:
        source: A path, or a text file opened with ``newline=""``.

    Returns:
        The records and the row errors.

    Raises:
        InvalidFileError: the file is empty, its header lacks a column, or it is not UTF-8
            or not CSV.
        OSError: the file cannot be opened.

    Examples:
        >>> import io
        >>> log = load_responses(io.StringIO(
        ...     "received_at,assessed_at\n"
        ...     "2024-05-15T09:00+02:00,2024-05-15T11:00+02:00\n"
        ...     "2024-05-15T09:00,\n"
        ... ))
        >>> len(log.records), [(error.row, error.field) for error in log.errors]
        (1, [(2, 'received_at')])
    """
    if isinstance(source, (str, os.PathLike)):
        with open(source, encoding="utf-8-sig", newline="") as file:
            return _read_responses(file, os.fsdecode(source))
    return _read_responses(source, str(getattr(source, "name", "<file>")))
