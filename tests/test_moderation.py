"""Working days, response deadlines and response reports (G6.5)."""

from __future__ import annotations

import io
import subprocess
import sys
from collections import namedtuple
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from randaberg_some import (
    DEFAULT_CALENDAR,
    ConfigurationError,
    InvalidFileError,
    InvalidTimeError,
    NaiveDatetimeError,
    RandabergSomeError,
    ResponseLog,
    ResponseRecord,
    ResponseRowError,
    ResponseStatus,
    WorkingCalendar,
    is_working_day,
    load_responses,
    next_working_day,
    response_deadline,
    response_report,
)

from .strategies import any_aware_datetimes, closure_days, end_times, receipt_times

OSLO = ZoneInfo("Europe/Oslo")
UTC = timezone.utc


def oslo(
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    microsecond: int = 0,
    *,
    fold: int = 0,
) -> datetime:
    return datetime(year, month, day, hour, minute, second, microsecond, tzinfo=OSLO, fold=fold)


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


# Reports.


@pytest.mark.parametrize(
    ("received", "assessed", "at", "status"),
    [
        (oslo(2024, 5, 15, 9), oslo(2024, 5, 15, 11), oslo(2024, 6, 1), ResponseStatus.MET),
        # Assessed exactly at the deadline: in time.
        (oslo(2024, 5, 15, 9), oslo(2024, 5, 15, 15, 30), oslo(2024, 6, 1), ResponseStatus.MET),
        (
            oslo(2024, 5, 15, 9),
            oslo(2024, 5, 15, 15, 30, 0, 1),
            oslo(2024, 6, 1),
            ResponseStatus.LATE,
        ),
        # Not assessed: open until the deadline has passed, overdue after.
        (oslo(2024, 5, 15, 9), None, oslo(2024, 5, 15, 15, 30), ResponseStatus.OPEN),
        (oslo(2024, 5, 15, 9), None, oslo(2024, 5, 15, 15, 30, 0, 1), ResponseStatus.OVERDUE),
        (oslo(2024, 5, 15, 16), None, oslo(2024, 5, 15, 12), ResponseStatus.OPEN),
        # The status does not depend on the time zone the times are written in.
        (
            datetime(2024, 5, 15, 13, 0, tzinfo=UTC),
            datetime(2024, 5, 15, 13, 45, tzinfo=UTC),
            oslo(2024, 6, 1),
            ResponseStatus.LATE,
        ),
    ],
)
def test_report_status(
    received: datetime, assessed: datetime | None, at: datetime, status: ResponseStatus
) -> None:
    report = response_report([(received, assessed)], at=at)
    assert [item.status for item in report.items] == [status]
    assert report.errors == ()


def _may(day: int, hour: int, minute: int = 0) -> datetime:
    return oslo(2024, 5, day, hour, minute)


REPORT_RECORDS = [
    (_may(13, 9), _may(13, 10)),  # met
    (_may(13, 16), _may(14, 9)),  # met (deadline 14 May)
    (_may(14, 9), _may(14, 16)),  # late
    (_may(14, 10), None),  # overdue at 15 May 12:00
    (_may(15, 9), None),  # open at 15 May 12:00
]


def test_report_totals_and_share_met() -> None:
    report = response_report(REPORT_RECORDS, at=_may(15, 12))
    counts = {status: report.count(status) for status in ResponseStatus}
    assert counts == {
        ResponseStatus.MET: 2,
        ResponseStatus.LATE: 1,
        ResponseStatus.OVERDUE: 1,
        ResponseStatus.OPEN: 1,
    }
    assert (report.total, report.due) == (5, 4)
    assert report.share_met == 0.5
    assert not report.ok
    assert [item.row for item in report.items] == [1, 2, 3, 4, 5]
    assert report.items[1].deadline == _may(14, 15, 30)
    assert report.at == _may(15, 12)


def test_report_without_anything_due_has_no_share() -> None:
    report = response_report([(_may(15, 9), None)], at=_may(15, 12))
    assert report.share_met is None
    assert report.ok
    empty = response_report([], at=_may(15, 12))
    assert (empty.total, empty.share_met, empty.ok) == (0, None, True)


@dataclass(frozen=True)
class Comment:
    received_at: datetime
    assessed_at: datetime | None


Row = namedtuple("Row", ["id", "received_at", "assessed_at"])


def test_report_accepts_pairs_records_and_objects_alike() -> None:
    received, assessed = _may(14, 9), _may(14, 16)
    forms: list[object] = [
        (received, assessed),
        ResponseRecord(received_at=received, assessed_at=assessed),
        Comment(received_at=received, assessed_at=assessed),
        Row(id=7, received_at=received, assessed_at=assessed),
    ]
    report = response_report(forms, at=_may(20, 12))  # type: ignore[arg-type]
    assert report.errors == ()
    assert [item.status for item in report.items] == [ResponseStatus.LATE] * 4
    assert [item.row for item in report.items] == [1, 2, 3, 4]


def test_report_uses_the_calendar_given() -> None:
    late = WorkingCalendar(end_of_day=time(17, 0))
    report = response_report([(_may(14, 9), _may(14, 16))], at=_may(20, 12), calendar=late)
    assert report.items[0].status is ResponseStatus.MET
    assert report.items[0].deadline == _may(14, 17)


BAD_RECORDS: list[tuple[object, str | None, str]] = [
    ((datetime(2024, 5, 14, 9), None), "received_at", "no UTC offset"),
    ((_may(14, 9), datetime(2024, 5, 14, 10)), "assessed_at", "no UTC offset"),
    (("2024-05-14T09:00+02:00", None), "received_at", "must be a datetime"),
    ((_may(14, 9), "soon"), "assessed_at", "must be a datetime"),
    ((_may(14, 9), _may(14, 8)), "assessed_at", "before it was received"),
    ((oslo(2101, 1, 5, 9), None), "received_at", "No deadline"),
    ((_may(14, 9), None, None), None, "must be a pair"),
    ("2024-05-14T09:00+02:00", None, "must be a pair"),
]


@pytest.mark.parametrize(("record", "field", "message"), BAD_RECORDS)
def test_bad_record_is_a_row_error_with_its_row(
    record: object, field: str | None, message: str
) -> None:
    good = (_may(14, 9), _may(14, 10))
    report = response_report([good, record, good], at=_may(20, 12))  # type: ignore[list-item]
    assert [item.row for item in report.items] == [1, 3]
    assert [(error.row, error.field) for error in report.errors] == [(2, field)]
    assert message in report.errors[0].message_en
    assert report.errors[0].message != report.errors[0].message_en  # bokmål too
    assert report.errors[0].text("en") == report.errors[0].message_en
    assert not report.ok


@given(
    st.lists(
        st.one_of(
            st.tuples(receipt_times, st.one_of(st.none(), receipt_times)),
            st.tuples(st.datetimes(), st.none()),
            st.text(max_size=3),
        ),
        max_size=12,
    )
)
@settings(deadline=None)
def test_report_drops_no_record(records: list[object]) -> None:
    report = response_report(records, at=oslo(2100, 1, 1))  # type: ignore[arg-type]
    rows = {item.row for item in report.items} | {error.row for error in report.errors}
    assert rows == set(range(1, len(records) + 1))
    assert not {item.row for item in report.items} & {error.row for error in report.errors}


def test_report_time_must_be_aware() -> None:
    with pytest.raises(NaiveDatetimeError, match="'at'"):
        response_report([], at=datetime(2024, 5, 15, 12))


def test_report_records_must_be_iterable() -> None:
    with pytest.raises(RandabergSomeError, match="'records' must be an iterable"):
        response_report(42, at=_may(15, 12))  # type: ignore[arg-type]


def test_report_keeps_the_row_errors_of_a_log() -> None:
    log = ResponseLog(
        records=(
            ResponseRecord(received_at=_may(14, 9), assessed_at=_may(14, 10), row=1),
            ResponseRecord(received_at=_may(14, 9), row=3),
        ),
        errors=(ResponseRowError(row=2, field="received_at", message="x", message_en="x"),),
    )
    report = response_report(log, at=_may(20, 12))
    assert [item.row for item in report.items] == [1, 3]
    assert [error.row for error in report.errors] == [2]
    assert [item.status for item in report.items] == [ResponseStatus.MET, ResponseStatus.OVERDUE]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"received_at": datetime(2024, 5, 14, 9)}, NaiveDatetimeError),
        ({"received_at": _may(14, 9), "assessed_at": datetime(2024, 5, 14, 9)}, NaiveDatetimeError),
        ({"received_at": "2024-05-14T09:00+02:00"}, InvalidTimeError),
        ({"received_at": _may(14, 9), "assessed_at": _may(14, 8)}, InvalidTimeError),
    ],
)
def test_record_rejects_what_cannot_be_a_record(
    kwargs: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        ResponseRecord(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "nb", "en"),
    [
        (ResponseStatus.MET, "i tide", "met"),
        (ResponseStatus.LATE, "for sent", "late"),
        (ResponseStatus.OVERDUE, "forfalt", "overdue"),
        (ResponseStatus.OPEN, "åpen", "open"),
    ],
)
def test_status_labels(status: ResponseStatus, nb: str, en: str) -> None:
    assert (status.label(), status.label("en")) == (nb, en)


# Loading CSV files.

GOOD_CSV = """received_at,assessed_at
2024-05-13T09:00+02:00,2024-05-13T10:00+02:00
2024-05-14T07:00Z,

2024-05-14T09:00:00.500+02:00,2024-05-14T16:00+02:00
"""


def test_load_responses_from_a_text_file() -> None:
    log = load_responses(io.StringIO(GOOD_CSV))
    assert log.errors == ()
    assert [record.row for record in log.records] == [1, 2, 3]  # the blank line is no row
    assert log.records[0].received_at == _may(13, 9)
    assert log.records[1].received_at == datetime(2024, 5, 14, 7, tzinfo=UTC)
    assert log.records[1].assessed_at is None
    assert log.records[2].received_at == oslo(2024, 5, 14, 9, 0, 0, 500000)


def test_load_responses_from_a_path_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "mai.csv"
    text = (
        "id, Received_At ,ASSESSED_AT,note\n"
        "a,2024-05-13T09:00+02:00,2024-05-13T10:00+02:00,\n"
        'b,2024-05-14T07:00Z,,"two\nlines"\n'
        "c,2024-05-14T09:00:00.500+02:00,2024-05-14T16:00+02:00,x\n"
    )
    path.write_text(text, encoding="utf-8-sig")
    log = load_responses(path)
    assert log.errors == ()
    assert [record.row for record in log.records] == [1, 2, 3]
    assert log.records == load_responses(io.StringIO(GOOD_CSV)).records
    assert load_responses(str(path)) == log


BAD_ROWS: list[tuple[str, str | None, str]] = [
    ("2024-05-14T09:00,", "received_at", "no UTC offset"),
    ("2024-05-14T09:00+02:00,2024-05-14T10:00", "assessed_at", "no UTC offset"),
    ("yesterday,", "received_at", "not ISO 8601"),
    ("2024-05-14T09:00+02:00,soon", "assessed_at", "not ISO 8601"),
    (",2024-05-14T10:00+02:00", "received_at", "missing"),
    ("2024-05-14T09:00+02:00", None, "1 fields"),
    ("2024-05-14T09:00+02:00,,x", None, "3 fields"),
    ("2024-05-14T09:00+02:00,2024-05-14T08:00+02:00", "assessed_at", "before it was received"),
]


@pytest.mark.parametrize(("line", "field", "message"), BAD_ROWS)
def test_bad_row_is_an_error_with_its_row_number(
    line: str, field: str | None, message: str
) -> None:
    good = "2024-05-13T09:00+02:00,2024-05-13T10:00+02:00"
    text = f"received_at,assessed_at\n{good}\n{line}\n{good}\n"
    log = load_responses(io.StringIO(text))
    assert [record.row for record in log.records] == [1, 3]
    assert [(error.row, error.field) for error in log.errors] == [(2, field)]
    assert message in log.errors[0].message_en


def test_a_row_with_two_bad_times_reports_both() -> None:
    log = load_responses(io.StringIO("received_at,assessed_at\nnever,2024-05-14T10:00\n"))
    assert log.records == ()
    assert [(error.row, error.field) for error in log.errors] == [
        (1, "received_at"),
        (1, "assessed_at"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("received_at\n2024-05-14T09:00+02:00\n", "no column 'assessed_at'"),
        ("when,assessed_at\n", "no column 'received_at'"),
        ("received_at,assessed_at,received_at\n", "repeats the column 'received_at'"),
    ],
)
def test_file_that_cannot_be_read_is_an_error(text: str, message: str) -> None:
    with pytest.raises(InvalidFileError, match=message):
        load_responses(io.StringIO(text))


def test_file_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("received_at,assessed_at\n2024-05-14T09:00+02:00,ø\n".encode("latin-1"))
    with pytest.raises(InvalidFileError, match="not UTF-8"):
        load_responses(path)


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_responses(tmp_path / "missing.csv")


def test_loaded_log_feeds_the_report() -> None:
    text = GOOD_CSV + "2024-05-15T09:00,\n"
    report = response_report(load_responses(io.StringIO(text)), at=_may(15, 12))
    assert [item.status for item in report.items] == [
        ResponseStatus.MET,
        ResponseStatus.OVERDUE,
        ResponseStatus.LATE,
    ]
    assert [(error.row, error.field) for error in report.errors] == [(4, "received_at")]


def test_importing_the_package_does_not_import_holidays() -> None:
    code = (
        "import sys, randaberg_some\n"
        "assert 'holidays' not in sys.modules, 'holidays imported'\n"
        "from datetime import datetime, timezone\n"
        "randaberg_some.response_deadline(datetime(2024, 5, 15, tzinfo=timezone.utc))\n"
        "assert 'holidays' in sys.modules, 'holidays never imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
