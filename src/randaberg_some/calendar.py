"""Working days and response deadlines (G6.5).

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
- The end of a working day is Europe/Oslo wall-clock time, so deadlines are right across the
  changes to and from summer time; a receipt is compared with it as an instant, so that a
  receipt in the second pass of a repeated hour is never given an end that has passed.

The core reads no clock: the time of a receipt is always an argument.

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

from collections import OrderedDict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Final

import attrs

from ._dates import as_day
from ._text import shown
from ._times import (
    BEYOND,
    aware,
    ends_of_time,
    holiday_years,
    oslo,
    public_holidays,
)
from .errors import ConfigurationError, InvalidTimeError
from .messages import Message

__all__ = [
    "DEFAULT_CALENDAR",
    "DEFAULT_END_OF_DAY",
    "MAX_TABLE_YEARS",
    "WorkingCalendar",
    "is_working_day",
    "next_working_day",
    "response_deadline",
]

DEFAULT_END_OF_DAY: Final = time(15, 30)
"""The default end of the working day, 15:30: the library's choice; G6.5 names no hour.

Set another with ``WorkingCalendar(end_of_day=...)``.
"""


def _check_end_of_day(
    instance: WorkingCalendar, attribute: attrs.Attribute[time], value: time
) -> None:
    if not isinstance(value, time) or value.tzinfo is not None:
        raise ConfigurationError(
            f"'end_of_day' must be a wall-clock time without a time zone, such as time(15, 30) "
            f"(got {shown(value, limit=120)})",
            message=Message(
                nb="Slutten på arbeidsdagen må være et klokkeslett uten tidssone, f.eks. 15:30 "
                "(fikk {value}).",
                nn="Slutten på arbeidsdagen må vere eit klokkeslett utan tidssone, t.d. 15:30 "
                "(fekk {value}).",
                en="The end of the working day must be a time of day without a time zone, "
                "such as 15:30 (got {value}).",
            ).format(value=shown(value, limit=120)),
        )


_BAD_CLOSURES: Final = Message(
    nb="Stengte dager må være datoer, f.eks. 2024-12-24 (fikk {value}).",
    nn="Stengde dagar må vere datoar, t.d. 2024-12-24 (fekk {value}).",
    en="Closure days must be dates, such as 2024-12-24 (got {value}).",
)


def _as_closures(value: Iterable[date]) -> frozenset[date]:
    try:
        days = frozenset(value)
    except TypeError as error:
        raise ConfigurationError(
            f"'closures' must be an iterable of dates (got {shown(value, limit=120)})",
            message=_BAD_CLOSURES.format(value=shown(value, limit=120)),
        ) from error
    for day in days:
        if not isinstance(day, date) or isinstance(day, datetime):
            raise ConfigurationError(
                f"'closures' must hold only dates (got {shown(day)})",
                message=_BAD_CLOSURES.format(value=shown(day)),
            )
    return days


# One day of a table, in one time zone: the ends of working days that fall within the day, each
# as (the end to compare a receipt with; the end in Europe/Oslo, the answer), and the first end
# after the day (None beyond the years the holiday calendar covers). An item received during
# the day is due at the first end after it.
#
# Two aware datetimes with the same tzinfo compare as wall-clock times, with different ones as
# instants. The end to compare with is therefore in the table's zone only where wall-clock
# order is instant order; on a day when Europe/Oslo changes its offset (a repeated or skipped
# hour), the Oslo table holds the end in UTC, so that a receipt is compared as an instant.
_Entry = tuple[tuple[tuple[datetime, datetime], ...], "datetime | None"]
_Table = dict[int, _Entry]

# Fixed UTC offsets (UTC, +02:00, ...) get tables of their own, as Europe/Oslo has, so that a
# receipt written with one is answered without a time-zone conversion. A few suffice.
_MAX_FIXED_ZONES: Final = 8
# The tables are filled a year of one zone at a time; at most this many such years are kept,
# the earliest filled dropped first (about 100 KiB each), so that a long-running process that
# sees receipts in many zones over many years stays small.
MAX_TABLE_YEARS: Final = 24
"""How many years of one time zone a :class:`WorkingCalendar` keeps in its tables at most."""
_DAY: Final = timedelta(days=1)
_UTC: Final = timezone.utc


def _not_a_calendar(value: object) -> ConfigurationError:
    return ConfigurationError(
        f"'calendar' must be a WorkingCalendar (got {shown(value, limit=120)})",
        message=Message(
            nb="Kalenderen må være en WorkingCalendar (fikk {value}).",
            nn="Kalenderen må vere ein WorkingCalendar (fekk {value}).",
            en="The calendar must be a WorkingCalendar (got {value}).",
        ).format(value=shown(value, limit=120)),
    )


@attrs.frozen(kw_only=True)
class WorkingCalendar:
    """Which days are working days, and when a working day ends.

    Build one and reuse it: it computes each year's deadlines once, on first use, and answers
    from that table afterwards. The tables are bounded (:data:`MAX_TABLE_YEARS` years of one
    zone at a time), so a calendar may live as long as the process.

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
    # The (zone, year) blocks in the tables, the earliest filled first.
    _filled: OrderedDict[tuple[tzinfo, int], None] = attrs.field(
        init=False, factory=OrderedDict, eq=False, repr=False
    )

    def is_working_day(self, day: date) -> bool:
        """Return whether ``day`` is a working day; never raises.

        A ``datetime`` is judged by its date as written. Anything that is not a date, and a
        date in a year the holiday calendar does not cover (see :func:`is_working_day`), is
        not a working day.

        Args:
            day: The day.

        Returns:
            ``True`` for a working day.

        Examples:
            >>> from datetime import date
            >>> calendar = WorkingCalendar()
            >>> calendar.is_working_day(date(2024, 5, 17)), calendar.is_working_day("x")
            (False, False)
        """
        plain = as_day(day)
        if plain is None:
            return False
        first, last = holiday_years()
        return first <= plain.year <= last and self._is_working(plain)

    def next_working_day(self, day: date) -> date:
        """Return the first working day after ``day`` (never ``day`` itself).

        Args:
            day: The day to start from.

        Returns:
            The next working day.

        Raises:
            InvalidTimeError: ``day`` is not a date, or the answer lies outside the years the
                holiday calendar covers.

        Examples:
            >>> from datetime import date
            >>> DEFAULT_CALENDAR.next_working_day(date(2024, 5, 16))
            datetime.date(2024, 5, 21)
        """
        plain = as_day(day)
        if plain is None:
            raise InvalidTimeError(
                f"'day' must be a date (got {shown(day)})",
                message=Message(
                    nb="Dagen må være en dato, f.eks. 2024-05-16 (fikk {value}).",
                    nn="Dagen må vere ein dato, t.d. 2024-05-16 (fekk {value}).",
                    en="The day must be a date, such as 2024-05-16 (got {value}).",
                ).format(value=shown(day)),
            )
        # The first end of a working day after the day's Oslo table entry is the next one's.
        later = self._oslo_entry(plain.toordinal(), plain.year, day)[1]
        if later is None:
            raise self._beyond(day)
        return later.date()

    def deadline(self, received_at: datetime) -> datetime:
        """Return the moment by which an item received at ``received_at`` must be assessed.

        See :func:`response_deadline`, which calls this on the default calendar.

        Args:
            received_at: When the item arrived (aware).

        Returns:
            The deadline, an aware datetime in Europe/Oslo.

        Raises:
            NaiveDatetimeError: ``received_at`` has no UTC offset.
            InvalidTimeError: ``received_at`` is not a datetime, or the deadline lies
                outside the years the holiday calendar covers.

        Examples:
            >>> from datetime import datetime, timezone
            >>> DEFAULT_CALENDAR.deadline(datetime(2024, 5, 15, 12, tzinfo=timezone.utc)).hour
            15
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
        value = aware(received_at, "received_at")
        zone = value.tzinfo
        zones = self._zones
        cacheable = zone is oslo() or (
            type(zone) is timezone and (zone in zones or len(zones) <= _MAX_FIXED_ZONES)
        )
        if cacheable:
            assert zone is not None
            table = zones.get(zone)
            if table is None or value.toordinal() not in table:
                self._fill(zone, value.year, received_at)
        end = self._next_end(self._local(value, received_at), received_at)
        if end is None:
            raise self._beyond(received_at)
        return end

    def _local(self, value: datetime, shown: object) -> datetime:
        try:
            return value.astimezone(oslo())
        except (OverflowError, ValueError) as error:
            raise ends_of_time("received_at", shown) from error

    def _next_end(self, local: datetime, value: object) -> datetime | None:
        """The first end of a working day after ``local`` (Europe/Oslo), None if unknown."""
        entry = self._oslo_entry(local.toordinal(), local.year, value)
        for threshold, end in entry[0]:
            if local < threshold:
                return end
        return entry[1]

    def _oslo_entry(self, ordinal: int, year: int, value: object) -> _Entry:
        table = self._zones.get(oslo())
        entry = None if table is None else table.get(ordinal)
        if entry is None:
            self._fill(oslo(), year, value)
            entry = self._zones[oslo()][ordinal]
        return entry

    def _is_working(self, day: date) -> bool:
        return (
            day.weekday() < 5 and day not in public_holidays(day.year) and day not in self.closures
        )

    def _beyond(self, value: object) -> InvalidTimeError:
        first, last = holiday_years()
        return InvalidTimeError(
            f"the next working day lies outside the years the holiday calendar covers "
            f"({first}–{last}) (got {shown(value, limit=120)})",
            message=BEYOND.format(first=first, last=last, value=shown(value, limit=120)),
        )

    def _end(self, day: date) -> datetime:
        end = datetime.combine(day, self.end_of_day, tzinfo=oslo())
        # A wall-clock time that a summer-time change skips is moved to where it exists.
        return end.astimezone(_UTC).astimezone(oslo())

    def _fill(self, zone: tzinfo, year: int, value: object) -> None:
        """Fill the table of ``zone`` (Europe/Oslo or a fixed offset) for ``year``."""
        first_year, last_year = holiday_years()
        if not first_year <= year <= last_year:
            raise InvalidTimeError(
                f"no holiday calendar for the year {year}; the supported years are "
                f"{first_year}–{last_year} (got {shown(value, limit=120)})",
                message=BEYOND.format(
                    first=first_year, last=last_year, value=shown(value, limit=120)
                ),
            )
        table = self._zones.setdefault(zone, {})
        if zone is oslo():
            self._fill_oslo(table, year, last_year)
        else:
            self._fill_fixed(table, zone, year)
        # Filled again (a table with holes at the edge of the calendar): now the latest.
        self._filled.pop((zone, year), None)
        self._filled[zone, year] = None
        self._forget()

    def _forget(self) -> None:
        """Drop the earliest filled years until at most :data:`MAX_TABLE_YEARS` are left."""
        while len(self._filled) > MAX_TABLE_YEARS:
            (zone, year), _ = self._filled.popitem(last=False)
            table = self._zones.get(zone)
            if table is None:
                continue
            for ordinal in range(date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal() + 1):
                table.pop(ordinal, None)
            if not table:
                del self._zones[zone]

    def _fill_oslo(self, table: _Table, year: int, last_year: int) -> None:
        zone = oslo()
        first = date(year, 1, 1).toordinal()
        last = date(year, 12, 31).toordinal()
        following = self._first_end_after(last, last_year)
        after = datetime.combine(date.fromordinal(last + 1), time(), tzinfo=zone).utcoffset()
        # Backwards, so that each day knows the end of the next working day.
        for ordinal in range(last, first - 1, -1):
            day = date.fromordinal(ordinal)
            start = datetime.combine(day, time(), tzinfo=zone).utcoffset()
            # On a day whose offset changes, compare instants (see _Entry).
            changes = start != after
            after = start
            if self._is_working(day):
                end = self._end(day)
                threshold = end.astimezone(_UTC) if changes else end
                table[ordinal] = (((threshold, end),), following)
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
                end = self._next_end(day.astimezone(oslo()), day)
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


def _calendar(value: object) -> WorkingCalendar:
    if not isinstance(value, WorkingCalendar):
        raise _not_a_calendar(value)
    return value


def is_working_day(day: date, *, calendar: WorkingCalendar = DEFAULT_CALENDAR) -> bool:
    """Return whether ``day`` is a working day (G6.5): Monday–Friday and no public holiday.

    The public holidays are those of Norwegian law ("røde dager"): New Year's Day, Maundy
    Thursday, Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday
    and Monday, Christmas Day and Boxing Day. Christmas Eve and New Year's Eve are working days
    unless the calendar closes them.

    Never raises on any ``day``: anything that is not a date is not a working day, and so is
    a date in a year the holiday calendar does not cover (1901–2100 with current versions of
    ``holidays``). A ``datetime`` is judged by its date as written. A ``calendar`` that is
    not a :class:`WorkingCalendar` is a mistake in the calling code, not data, and raises.

    Args:
        day: The day.
        calendar: The working calendar (closures); the default has none.

    Returns:
        ``True`` for a working day.

    Raises:
        ConfigurationError: ``calendar`` is not a :class:`WorkingCalendar`.

    Examples:
        >>> from datetime import date
        >>> is_working_day(date(2027, 5, 17))  # Constitution Day and Whit Monday
        False
        >>> is_working_day(date(2027, 5, 18)), is_working_day(date(2027, 5, 22))  # Tue, Sat
        (True, False)
        >>> is_working_day(date(2027, 5, 18), calendar=None)
        Traceback (most recent call last):
        ...
        randaberg_some.errors.ConfigurationError: 'calendar' must be a WorkingCalendar (got None)
    """
    return _calendar(calendar).is_working_day(day)


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
        ConfigurationError: ``calendar`` is not a :class:`WorkingCalendar`.

    Examples:
        >>> from datetime import date
        >>> next_working_day(date(2024, 3, 27))  # Wednesday before Easter
        datetime.date(2024, 4, 2)
    """
    return _calendar(calendar).next_working_day(day)


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
        ConfigurationError: ``calendar`` is not a :class:`WorkingCalendar`.

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
    if calendar.__class__ is not WorkingCalendar:
        _calendar(calendar)
    return calendar.deadline(received_at)
