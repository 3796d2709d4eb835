"""Working days and response deadlines (G6.5)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from randaberg_some.calendar import (
    DEFAULT_CALENDAR,
    MAX_TABLE_YEARS,
    WorkingCalendar,
    is_working_day,
    next_working_day,
    response_deadline,
)
from randaberg_some.errors import (
    ConfigurationError,
    InvalidTimeError,
    NaiveDatetimeError,
    RandabergSomeError,
)

from .helpers import OSLO, UTC, oslo
from .strategies import any_aware_datetimes, closure_days, end_times, receipt_times

# The public holidays of Norwegian law (lov om helligdager og helligdagsfred § 2, lov om 1. og
# 17. mai som høgtidsdager), written out by hand for 2024-2030 and checked against published
# calendars; Easter from the Gregorian computus, not from the library under test.
HOLIDAY_NAMES = (
    "New Year's Day",
    "Maundy Thursday",
    "Good Friday",
    "Easter Sunday",
    "Easter Monday",
    "1 May",
    "17 May",
    "Ascension Day",
    "Whit Sunday",
    "Whit Monday",
    "Christmas Day",
    "Boxing Day",
)
HOLIDAY_TABLE = {
    # 1 Jan, Maundy Thu, Good Fri, Easter Sun, Easter Mon, 1 May, 17 May, Ascension Day,
    # Whit Sun, Whit Mon, 25 Dec, 26 Dec
    2024: "01-01 03-28 03-29 03-31 04-01 05-01 05-17 05-09 05-19 05-20 12-25 12-26",
    2025: "01-01 04-17 04-18 04-20 04-21 05-01 05-17 05-29 06-08 06-09 12-25 12-26",
    2026: "01-01 04-02 04-03 04-05 04-06 05-01 05-17 05-14 05-24 05-25 12-25 12-26",
    2027: "01-01 03-25 03-26 03-28 03-29 05-01 05-17 05-06 05-16 05-17 12-25 12-26",
    2028: "01-01 04-13 04-14 04-16 04-17 05-01 05-17 05-25 06-04 06-05 12-25 12-26",
    2029: "01-01 03-29 03-30 04-01 04-02 05-01 05-17 05-10 05-20 05-21 12-25 12-26",
    2030: "01-01 04-18 04-19 04-21 04-22 05-01 05-17 05-30 06-09 06-10 12-25 12-26",
}


def _holidays(year: int) -> dict[str, date]:
    days = HOLIDAY_TABLE[year].split()
    return {
        name: date(year, int(day[:2]), int(day[3:]))
        for name, day in zip(HOLIDAY_NAMES, days, strict=True)
    }


HOLIDAYS = [(year, name, day) for year in HOLIDAY_TABLE for name, day in _holidays(year).items()]
HOLIDAY_DATES = {day for _, _, day in HOLIDAYS}


def test_the_holiday_table_is_consistent() -> None:
    # Guards the hand-written table: Easter-dependent days at their fixed distances.
    for year in HOLIDAY_TABLE:
        days = _holidays(year)
        easter = days["Easter Sunday"]
        assert easter.weekday() == 6
        assert days["Maundy Thursday"] == easter - timedelta(days=3)
        assert days["Good Friday"] == easter - timedelta(days=2)
        assert days["Easter Monday"] == easter + timedelta(days=1)
        assert days["Ascension Day"] == easter + timedelta(days=39)
        assert days["Whit Sunday"] == easter + timedelta(days=49)
        assert days["Whit Monday"] == easter + timedelta(days=50)


@pytest.mark.guideline("G6.5")
@pytest.mark.parametrize(("year", "name", "day"), HOLIDAYS)
def test_public_holiday_is_no_working_day(year: int, name: str, day: date) -> None:
    assert not is_working_day(day)
    assert response_deadline(oslo(day.year, day.month, day.day, 10)).date() != day


@pytest.mark.parametrize("year", sorted(HOLIDAY_TABLE))
def test_working_days_are_weekdays_that_are_no_public_holiday(year: int) -> None:
    day = date(year, 1, 1)
    wrong = []
    while day.year == year:
        expected = day.weekday() < 5 and day not in HOLIDAY_DATES
        if is_working_day(day) is not expected:
            wrong.append(day)
        day += timedelta(days=1)
    assert wrong == []


@pytest.mark.guideline("G6.5")
def test_17_may_on_whit_monday_2027() -> None:
    days = _holidays(2027)
    assert days["17 May"] == days["Whit Monday"] == date(2027, 5, 17)
    assert next_working_day(date(2027, 5, 14)) == date(2027, 5, 18)
    assert response_deadline(oslo(2027, 5, 14, 16)) == oslo(2027, 5, 18, 15, 30)
    assert response_deadline(oslo(2027, 5, 17, 9)) == oslo(2027, 5, 18, 15, 30)


@pytest.mark.parametrize("day", [date(2024, 12, 24), date(2024, 12, 31), date(2025, 12, 24)])
def test_christmas_eve_and_new_years_eve_are_working_days_by_default(day: date) -> None:
    assert is_working_day(day)
    received = oslo(day.year, day.month, day.day, 10)
    assert response_deadline(received) == oslo(day.year, day.month, day.day, 15, 30)


def test_closure_days_are_added_by_the_caller() -> None:
    calendar = WorkingCalendar(closures={date(2024, 12, 24), date(2024, 12, 31)})
    assert not calendar.is_working_day(date(2024, 12, 24))
    assert not is_working_day(date(2024, 12, 24), calendar=calendar)
    assert next_working_day(date(2024, 12, 23), calendar=calendar) == date(2024, 12, 27)
    assert response_deadline(oslo(2024, 12, 23, 16), calendar=calendar) == oslo(
        2024, 12, 27, 15, 30
    )
    assert response_deadline(oslo(2024, 12, 30, 16), calendar=calendar) == oslo(2025, 1, 2, 15, 30)


@pytest.mark.guideline("G6.5")
@pytest.mark.parametrize(
    ("received", "deadline"),
    [
        # Wednesday 15 May 2024, an ordinary working day.
        (oslo(2024, 5, 15, 0, 0), "2024-05-15T15:30:00+02:00"),
        (oslo(2024, 5, 15, 15, 29, 59, 999999), "2024-05-15T15:30:00+02:00"),
        # Exactly at the end counts as after the end: the next working day.
        (oslo(2024, 5, 15, 15, 30), "2024-05-16T15:30:00+02:00"),
        (oslo(2024, 5, 15, 15, 30, 0, 1), "2024-05-16T15:30:00+02:00"),
        (oslo(2024, 5, 15, 23, 59), "2024-05-16T15:30:00+02:00"),
        # Thursday 16 May after the end: 17 May, the weekend and Whit Monday are skipped.
        (oslo(2024, 5, 16, 16, 0), "2024-05-21T15:30:00+02:00"),
        # Friday after the end, Saturday and Sunday: Monday.
        (oslo(2024, 5, 10, 15, 30), "2024-05-13T15:30:00+02:00"),
        (oslo(2024, 5, 11, 9, 0), "2024-05-13T15:30:00+02:00"),
        (oslo(2024, 5, 12, 23, 59, 59), "2024-05-13T15:30:00+02:00"),
        (oslo(2024, 5, 13, 0, 0), "2024-05-13T15:30:00+02:00"),
        # New Year: 31 December after the end, then 1 January.
        (oslo(2024, 12, 31, 15, 30), "2025-01-02T15:30:00+01:00"),
        (oslo(2025, 1, 1, 12, 0), "2025-01-02T15:30:00+01:00"),
        # Easter 2024: Wednesday after the end to Tuesday after Easter Monday.
        (oslo(2024, 3, 27, 16, 0), "2024-04-02T15:30:00+02:00"),
    ],
)
def test_deadline_table(received: datetime, deadline: str) -> None:
    assert response_deadline(received).isoformat() == deadline


@pytest.mark.parametrize(
    ("received", "deadline"),
    [
        # Summer time begins on Sunday 30 March 2025 (02:00 -> 03:00).
        (oslo(2025, 3, 28, 16, 0), "2025-03-31T15:30:00+02:00"),
        (oslo(2025, 3, 30, 2, 30), "2025-03-31T15:30:00+02:00"),  # a time that does not exist
        (datetime(2025, 3, 28, 14, 29, tzinfo=UTC), "2025-03-28T15:30:00+01:00"),  # 15:29 CET
        (datetime(2025, 3, 28, 14, 30, tzinfo=UTC), "2025-03-31T15:30:00+02:00"),  # 15:30 CET
        (datetime(2025, 3, 31, 13, 29, tzinfo=UTC), "2025-03-31T15:30:00+02:00"),  # 15:29 CEST
        (datetime(2025, 3, 31, 13, 30, tzinfo=UTC), "2025-04-01T15:30:00+02:00"),  # 15:30 CEST
        # Summer time ends on Sunday 26 October 2025 (03:00 -> 02:00).
        (datetime(2025, 10, 24, 13, 30, tzinfo=UTC), "2025-10-27T15:30:00+01:00"),  # 15:30 CEST
        (oslo(2025, 10, 26, 2, 30, fold=0), "2025-10-27T15:30:00+01:00"),
        (oslo(2025, 10, 26, 2, 30, fold=1), "2025-10-27T15:30:00+01:00"),
        (datetime(2025, 10, 27, 14, 29, tzinfo=UTC), "2025-10-27T15:30:00+01:00"),  # 15:29 CET
        (datetime(2025, 10, 27, 14, 30, tzinfo=UTC), "2025-10-28T15:30:00+01:00"),  # 15:30 CET
        # 2024: 31 March and 27 October.
        (oslo(2024, 3, 29, 9, 0), "2024-04-02T15:30:00+02:00"),  # Good Friday, then Easter
        (oslo(2024, 10, 25, 15, 30), "2024-10-28T15:30:00+01:00"),
        # The same instant in another zone: 15:00 in New York is 21:00 in Oslo.
        (
            datetime(2024, 5, 15, 9, 0, tzinfo=ZoneInfo("America/New_York")),
            "2024-05-15T15:30:00+02:00",
        ),
        (
            datetime(2024, 5, 15, 15, 0, tzinfo=ZoneInfo("America/New_York")),
            "2024-05-16T15:30:00+02:00",
        ),
    ],
)
def test_deadline_across_summer_time_changes(received: datetime, deadline: str) -> None:
    result = response_deadline(received)
    assert result.isoformat() == deadline
    assert result.tzinfo == OSLO


class _NoOffset(tzinfo):
    """A time zone object that knows no offset: the datetime is naive all the same."""

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return None

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        return None


@pytest.mark.parametrize(
    "received", [datetime(2024, 5, 15, 10, 0), datetime(2024, 5, 15, 10, 0, tzinfo=_NoOffset())]
)
def test_naive_datetime_is_rejected_with_a_clear_message(received: datetime) -> None:
    with pytest.raises(NaiveDatetimeError, match=r"aware datetime with a UTC offset") as info:
        response_deadline(received)
    assert repr(received) in str(info.value)
    assert isinstance(info.value, RandabergSomeError)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("received", [date(2024, 5, 15), "2024-05-15T10:00+02:00", None, 0])
def test_not_a_datetime_is_rejected(received: object) -> None:
    with pytest.raises(InvalidTimeError, match="must be a datetime"):
        response_deadline(received)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "received",
    [
        oslo(1900, 6, 1, 10),
        oslo(2101, 1, 5, 10),
        oslo(2100, 12, 31, 16),  # the next working day would be in 2101
        datetime.max.replace(tzinfo=UTC),
        datetime.min.replace(tzinfo=timezone(timedelta(hours=5))),
    ],
)
def test_times_beyond_the_holiday_calendar_are_rejected(received: datetime) -> None:
    with pytest.raises(InvalidTimeError):
        response_deadline(received)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 5, 16), date(2024, 5, 21)),
        (date(2024, 5, 17), date(2024, 5, 21)),
        (date(2024, 5, 21), date(2024, 5, 22)),
        (date(2024, 12, 23), date(2024, 12, 24)),
        (date(2024, 12, 24), date(2024, 12, 27)),
        (datetime(2024, 5, 16, 23, 0), date(2024, 5, 21)),
    ],
)
def test_next_working_day(day: date, expected: date) -> None:
    assert next_working_day(day) == expected


@pytest.mark.parametrize("day", ["2024-05-16", None, date(2100, 12, 31), date(2101, 1, 1)])
def test_next_working_day_rejects_what_it_cannot_answer(day: object) -> None:
    with pytest.raises(InvalidTimeError):
        next_working_day(day)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime(2024, 5, 17, 12, 0), False),
        (datetime(2024, 5, 16, 12, 0, tzinfo=UTC), True),
        (date(1900, 5, 16), False),
        (date(2101, 5, 16), False),
    ],
)
def test_is_working_day_edges(day: date, expected: bool) -> None:
    assert is_working_day(day) is expected


@given(st.one_of(st.dates(), st.datetimes(), st.none(), st.text(), st.integers(), st.floats()))
@settings(deadline=None)
def test_is_working_day_never_raises(value: object) -> None:
    assert isinstance(is_working_day(value), bool)  # type: ignore[arg-type]


# Properties of the deadline (G6.5).


@pytest.mark.guideline("G6.5")
@given(receipt_times)
@settings(deadline=None)
@example(oslo(2024, 5, 15, 15, 30))
def test_deadline_is_never_before_receipt(received: datetime) -> None:
    assert response_deadline(received) > received


@given(receipt_times, end_times, closure_days)
@settings(deadline=None)
@example(oslo(2025, 3, 30, 2, 30), time(15, 30), frozenset())
def test_deadline_falls_on_a_working_day_at_its_end(
    received: datetime, end: time, closures: frozenset[date]
) -> None:
    calendar = WorkingCalendar(end_of_day=end, closures=closures)
    deadline = response_deadline(received, calendar=calendar)
    assert deadline.tzinfo == OSLO
    assert deadline.time() == end
    assert calendar.is_working_day(deadline.date())
    assert deadline.date().weekday() < 5


@given(receipt_times, end_times, closure_days)
@settings(deadline=None)
@example(oslo(2024, 5, 15, 15, 30), time(15, 30), frozenset())
@example(oslo(2024, 5, 15, 15, 29, 59), time(15, 30), frozenset())
def test_deadline_is_the_first_end_of_a_working_day_after_receipt(
    received: datetime, end: time, closures: frozenset[date]
) -> None:
    calendar = WorkingCalendar(end_of_day=end, closures=closures)
    deadline = response_deadline(received, calendar=calendar)
    previous = deadline.date() - timedelta(days=1)
    while not calendar.is_working_day(previous):
        previous -= timedelta(days=1)
    assert datetime.combine(previous, end, tzinfo=OSLO) <= received < deadline


@given(receipt_times, receipt_times)
@settings(deadline=None)
def test_deadline_never_moves_earlier_when_receipt_moves_later(
    first: datetime, second: datetime
) -> None:
    earlier, later = sorted((first, second))
    assert response_deadline(earlier) <= response_deadline(later)


@given(receipt_times, end_times, closure_days)
@settings(deadline=None)
@example(datetime(2025, 3, 28, 14, 30, tzinfo=UTC), time(15, 30), frozenset())
def test_deadline_is_the_same_whatever_zone_the_receipt_is_written_in(
    received: datetime, end: time, closures: frozenset[date]
) -> None:
    calendar = WorkingCalendar(end_of_day=end, closures=closures)
    forms = [
        received,
        received.astimezone(OSLO),
        received.astimezone(UTC),
        received.astimezone(ZoneInfo("America/New_York")),
        received.astimezone(timezone(timedelta(hours=-11, minutes=-30))),
    ]
    # Twice each: the first call fills the calendar's tables, the second answers from them.
    deadlines = [calendar.deadline(form) for form in forms * 2]
    assert len({deadline.isoformat() for deadline in deadlines}) == 1


@given(any_aware_datetimes)
@settings(deadline=None)
def test_deadline_of_any_aware_time_is_a_deadline_or_the_librarys_error(
    received: datetime,
) -> None:
    try:
        deadline = response_deadline(received)
    except RandabergSomeError:
        return
    assert deadline > received


# The calendar's configuration.


def test_end_of_day_is_configurable() -> None:
    calendar = WorkingCalendar(end_of_day=time(16, 0))
    assert response_deadline(oslo(2024, 5, 15, 15, 45), calendar=calendar) == oslo(2024, 5, 15, 16)
    assert response_deadline(oslo(2024, 5, 15, 15, 45)) == oslo(2024, 5, 16, 15, 30)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"end_of_day": "15:30"},
        {"end_of_day": time(15, 30, tzinfo=UTC)},
        {"closures": [datetime(2024, 12, 24, 0, 0)]},
        {"closures": ["2024-12-24"]},
        {"closures": 24},
    ],
)
def test_bad_calendar_is_a_configuration_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        WorkingCalendar(**kwargs)  # type: ignore[arg-type]


def test_calendar_is_a_value_whatever_it_has_computed() -> None:
    used = WorkingCalendar(closures=[date(2024, 12, 24)])
    response_deadline(oslo(2024, 12, 23, 16), calendar=used)
    fresh = WorkingCalendar(closures={date(2024, 12, 24)})
    assert used == fresh
    assert hash(used) == hash(fresh)
    assert WorkingCalendar() == DEFAULT_CALENDAR


def test_importing_the_package_does_not_import_holidays() -> None:
    code = (
        "import sys, randaberg_some\n"
        "assert 'holidays' not in sys.modules, 'holidays imported'\n"
        "from datetime import datetime, timezone\n"
        "randaberg_some.response_deadline(datetime(2024, 5, 15, tzinfo=timezone.utc))\n"
        "assert 'holidays' in sys.modules, 'holidays never imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# Instants, not wall-clock times, around the changes of offset.

# Weekday changes of Europe/Oslo's offset, with an end of day inside the repeated or skipped
# hour and a receipt after that end as an instant but before it on the wall clock.
DST_CASES = [
    # Friday 29 September 1916: 24:00 CEST -> 23:00 CET, 23:00-24:00 twice.
    (time(23, 30), oslo(1916, 9, 29, 23, 20, fold=1), oslo(1916, 10, 2, 23, 30)),
    # Mondays 1942-1945: 03:00 CEST -> 02:00 CET, 02:00-03:00 twice.
    (time(2, 30), oslo(1942, 11, 2, 2, 10, fold=1), oslo(1942, 11, 3, 2, 30)),
    (time(2, 30), oslo(1943, 10, 4, 2, 29, fold=1), oslo(1943, 10, 5, 2, 30)),
    (time(2, 59), oslo(1944, 10, 2, 2, 0, fold=1), oslo(1944, 10, 3, 2, 59)),
    (time(2, 30), oslo(1945, 10, 1, 2, 10, fold=1), oslo(1945, 10, 2, 2, 30)),
    # Monday 22 May 1916: 01:00 CET -> 02:00 CEST, 01:00-02:00 skipped; the end 01:30 is
    # moved to 02:30 CEST, and a receipt written as 01:45 (CET) is 02:45 CEST.
    (time(1, 30), oslo(1916, 5, 22, 1, 45), oslo(1916, 5, 23, 1, 30)),
]


@pytest.mark.guideline("G6.5")
@pytest.mark.parametrize(("end", "received", "expected"), DST_CASES)
def test_a_receipt_after_the_end_as_an_instant_is_due_the_next_working_day(
    end: time, received: datetime, expected: datetime
) -> None:
    calendar = WorkingCalendar(end_of_day=end)
    for form in (received, received.astimezone(UTC), received.astimezone(UTC).astimezone(OSLO)):
        deadline = calendar.deadline(form)
        assert deadline.astimezone(UTC) > received.astimezone(UTC)
        assert deadline.astimezone(UTC) == expected.astimezone(UTC)


@pytest.mark.parametrize(("end", "received", "expected"), DST_CASES)
def test_a_receipt_before_the_end_as_an_instant_is_due_that_day(
    end: time, received: datetime, expected: datetime
) -> None:
    calendar = WorkingCalendar(end_of_day=end)
    same_day = calendar.deadline(received.replace(fold=0, hour=0, minute=0))
    assert same_day.date() == received.date()
    assert same_day.astimezone(UTC) < received.astimezone(UTC) < expected.astimezone(UTC)


# The Mondays and the Friday of the changes above, hour by hour in UTC around them.
_CHANGES = [datetime(*day, tzinfo=UTC) for day in ((1916, 9, 29), (1942, 11, 2), (1916, 5, 22))]


@given(
    st.sampled_from(_CHANGES),
    st.integers(min_value=-6 * 3600, max_value=30 * 3600),
    st.times(min_value=time(0, 0), max_value=time(23, 59, 59)),
)
@settings(deadline=None)
@example(_CHANGES[1], 1 * 3600 + 10 * 60, time(2, 30))
def test_deadline_is_never_before_receipt_as_an_instant(
    day: datetime, seconds: int, end: time
) -> None:
    received = (day + timedelta(seconds=seconds)).astimezone(OSLO)
    calendar = WorkingCalendar(end_of_day=end)
    deadline = calendar.deadline(received)
    assert deadline.astimezone(UTC) > received.astimezone(UTC)
    # And it is the first such end: the working day's end before it is not after the receipt.
    previous = deadline.date() - timedelta(days=1)
    while not calendar.is_working_day(previous):
        previous -= timedelta(days=1)
    before = datetime.combine(previous, end, tzinfo=OSLO).astimezone(UTC)
    assert before <= received.astimezone(UTC)


# The tables stay bounded in a long-running process.


def _table_sizes(calendar: WorkingCalendar) -> tuple[int, int]:
    zones = calendar._zones
    return len(zones), sum(len(table) for table in zones.values())


def test_the_tables_are_bounded_whatever_zones_and_years_are_asked() -> None:
    calendar = WorkingCalendar()
    zones = [timezone(timedelta(minutes=30 * n)) for n in range(-14, 14)]  # 28 fixed offsets
    asked = 0
    for year in range(1902, 2100, 7):
        for zone in zones:
            received = datetime(year, 6, 3, 9, tzinfo=zone)
            expected = WorkingCalendar().deadline(received)
            assert calendar.deadline(received) == expected
            asked += 1
            zone_count, days = _table_sizes(calendar)
            assert days <= MAX_TABLE_YEARS * 366
            assert zone_count <= MAX_TABLE_YEARS
    assert asked > MAX_TABLE_YEARS
    # The default calendar, shared by the whole process, is bounded alike.
    for year in range(1902, 2100, 3):
        response_deadline(datetime(year, 3, 4, 12, tzinfo=UTC))
    assert _table_sizes(DEFAULT_CALENDAR)[1] <= MAX_TABLE_YEARS * 366


def test_a_year_dropped_from_the_tables_is_computed_again_alike() -> None:
    calendar = WorkingCalendar(end_of_day=time(16, 0))
    first = calendar.deadline(oslo(2024, 5, 16, 17))
    for year in range(1950, 1950 + 2 * MAX_TABLE_YEARS):
        calendar.deadline(oslo(year, 1, 10, 12))
    assert calendar.deadline(oslo(2024, 5, 16, 17)) == first == oslo(2024, 5, 21, 16)


# A calendar that is no calendar: a mistake in the calling code, the library's error.


@pytest.mark.parametrize("calendar", [None, "default", 15, DEFAULT_CALENDAR.end_of_day])
def test_a_calendar_that_is_not_one_is_a_configuration_error(calendar: object) -> None:
    calls: list[Callable[[], object]] = [
        lambda: is_working_day(date(2024, 5, 16), calendar=calendar),  # type: ignore[arg-type]
        lambda: next_working_day(date(2024, 5, 16), calendar=calendar),  # type: ignore[arg-type]
        lambda: response_deadline(oslo(2024, 5, 16, 9), calendar=calendar),  # type: ignore[arg-type]
    ]
    for call in calls:
        with pytest.raises(
            ConfigurationError, match="'calendar' must be a WorkingCalendar"
        ) as raised:
            call()
        assert raised.value.message is not None
        assert "WorkingCalendar" in raised.value.text("nn")


def test_errors_a_person_meets_speak_three_languages() -> None:
    with pytest.raises(NaiveDatetimeError) as naive:
        response_deadline(datetime(2024, 5, 15, 10))
    assert "manglar UTC-forskyving" in naive.value.text("nn")
    assert "mangler UTC-forskyvning" in naive.value.text("nb")
    with pytest.raises(InvalidTimeError) as beyond:
        response_deadline(oslo(2101, 1, 5, 10))
    assert "heilagdagskalenderen dekkjer" in beyond.value.text("nn")
    assert "holiday calendar covers" in beyond.value.text("en")
    with pytest.raises(InvalidTimeError) as not_a_day:
        next_working_day("2024-05-16")  # type: ignore[arg-type]
    assert "må vere ein dato" in not_a_day.value.text("nn")
    with pytest.raises(ConfigurationError) as closures:
        WorkingCalendar(closures=["2024-12-24"])  # type: ignore[list-item]
    assert "Stengde dagar" in closures.value.text("nn")


class _Broken(tzinfo):
    """A time zone object that breaks its contract: its offset raises."""

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        raise ValueError("no offset today")

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        return None


class _Unhashable(timezone.__base__):  # type: ignore[misc, name-defined]
    """A well-behaved fixed offset that cannot be a dict key."""

    __hash__ = None  # type: ignore[assignment]

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return timedelta(hours=2)

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        return "+02"


def test_a_time_zone_that_breaks_its_contract_is_the_librarys_error() -> None:
    with pytest.raises(InvalidTimeError, match="no usable offset"):
        response_deadline(datetime(2024, 5, 15, 10, tzinfo=_Broken()))


def test_an_unhashable_time_zone_is_answered_the_slow_way() -> None:
    received = datetime(2024, 5, 15, 10, tzinfo=_Unhashable())
    assert response_deadline(received) == oslo(2024, 5, 15, 15, 30)


def test_a_report_time_at_the_ends_of_time_is_the_librarys_error() -> None:
    from randaberg_some.responses import response_report

    with pytest.raises(InvalidTimeError, match="ends of time"):
        response_report([], at=datetime.max.replace(tzinfo=timezone(timedelta(hours=-5))))
