"""Response records and reports on the response routine (G6.5)."""

from __future__ import annotations

import json
from collections import namedtuple
from dataclasses import dataclass
from datetime import datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from randaberg_some import render
from randaberg_some.calendar import WorkingCalendar
from randaberg_some.errors import (
    ConfigurationError,
    InvalidTimeError,
    NaiveDatetimeError,
    RandabergSomeError,
    UnknownLanguageError,
)
from randaberg_some.messages import Message
from randaberg_some.responses import (
    ResponseRecord,
    ResponseStatus,
    parse_time,
    response_report,
    time_errors,
)
from randaberg_some.rows import Loaded, Row, RowError

from .helpers import UTC, oslo
from .strategies import receipt_times

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


NamedRow = namedtuple("NamedRow", ["id", "received_at", "assessed_at"])


def test_report_accepts_pairs_records_and_objects_alike() -> None:
    received, assessed = _may(14, 9), _may(14, 16)
    forms: list[object] = [
        (received, assessed),
        ResponseRecord(received_at=received, assessed_at=assessed),
        Comment(received_at=received, assessed_at=assessed),
        NamedRow(id=7, received_at=received, assessed_at=assessed),
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
    assert message in report.errors[0].message.en
    assert report.errors[0].message.nb != report.errors[0].message.en  # bokmål too
    assert report.errors[0].message.nn != report.errors[0].message.en  # nynorsk too
    assert report.errors[0].text("en") == report.errors[0].message.en
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
    bad = RowError(row=2, field="received_at", message=Message.same("x"))
    log = Loaded(
        rows=(
            Row(row=1, value=ResponseRecord(received_at=_may(14, 9), assessed_at=_may(14, 10))),
            Row(row=2, errors=(bad,)),
            Row(row=3, value=ResponseRecord(received_at=_may(14, 9), row=3)),
        )
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
    ("status", "nb", "nn", "en"),
    [
        (ResponseStatus.MET, "i tide", "i tide", "met"),
        (ResponseStatus.LATE, "for sent", "for seint", "late"),
        (ResponseStatus.OVERDUE, "forfalt", "forfallen", "overdue"),
        (ResponseStatus.OPEN, "åpen", "open", "open"),
    ],
)
def test_status_labels(status: ResponseStatus, nb: str, nn: str, en: str) -> None:
    assert (status.label(), status.label("en")) == (nb, en)
    assert status.label("nn") == nn
    assert status.message == Message(nb=nb, nn=nn, en=en)


def test_an_unknown_language_is_the_librarys_error() -> None:
    report = response_report(REPORT_RECORDS, at=_may(15, 12))
    for call in (
        lambda: ResponseStatus.MET.label("de"),  # type: ignore[arg-type]
        lambda: report.text("de"),  # type: ignore[arg-type]
        lambda: report.summary("se"),  # type: ignore[arg-type]
        lambda: report.to_records("EN"),  # type: ignore[arg-type]
        lambda: report.to_html(None),  # type: ignore[arg-type]
    ):
        with pytest.raises(UnknownLanguageError):
            call()


# The per-row checks every loader shares.


@pytest.mark.parametrize(
    ("received", "assessed", "fields"),
    [
        (_may(14, 9), None, []),
        (_may(14, 9), _may(14, 9), []),
        (None, None, ["received_at"]),
        (datetime(2024, 5, 14, 9), "x", ["received_at", "assessed_at"]),
        (_may(14, 9), _may(14, 8), ["assessed_at"]),
    ],
)
def test_time_errors_name_each_field(received: object, assessed: object, fields: list[str]) -> None:
    errors = time_errors(7, received, assessed, line=9)
    assert [error.field for error in errors] == fields
    assert all((error.row, error.line) == (7, 9) for error in errors)
    for error in errors:
        assert len({error.message.nb, error.message.nn, error.message.en}) == 3


def test_a_missing_receipt_is_named_missing() -> None:
    (error,) = time_errors(2, None, None)
    assert error.message.en == "The time of receipt is missing."
    assert error.message.nn == "Mottakstidspunktet manglar."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-16T16:00+02:00", datetime(2024, 5, 16, 14, tzinfo=UTC)),
        (" 2024-05-16T14:00Z ", datetime(2024, 5, 16, 14, tzinfo=UTC)),
        ("2024-05-16T14:00:00.500z", datetime(2024, 5, 16, 14, 0, 0, 500000, tzinfo=UTC)),
    ],
)
def test_parse_time(text: str, expected: datetime) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "error", "nn"),
    [
        ("2024-05-16T16:00", NaiveDatetimeError, "manglar UTC-forskyving"),
        ("i morgon", InvalidTimeError, "ikkje ISO 8601"),
        ("", InvalidTimeError, "ikkje ISO 8601"),
        (None, InvalidTimeError, "ikkje ISO 8601"),
    ],
)
def test_parse_time_refuses_with_a_message_in_three_languages(
    text: object, error: type[InvalidTimeError], nn: str
) -> None:
    with pytest.raises(error) as raised:
        parse_time(text)  # type: ignore[arg-type]
    assert raised.value.message is not None
    assert nn in raised.value.text("nn")


# Rendering.


def test_text_is_a_table_with_the_errors_and_a_summary_in_each_language() -> None:
    records: list[object] = [*REPORT_RECORDS, (datetime(2024, 5, 15, 9), None)]
    report = response_report(records, at=_may(15, 12))  # type: ignore[arg-type]
    nb, nn, en = (report.text(lang) for lang in ("nb", "nn", "en"))
    assert nb.splitlines()[0].split() == ["rad", "mottatt", "vurdert", "frist", "status"]
    assert nn.splitlines()[0].split() == ["rad", "motteke", "vurdert", "frist", "status"]
    assert en.splitlines()[0].split() == ["row", "received", "assessed", "deadline", "status"]
    assert nb.splitlines()[-1] == (
        "5 saker: 2 i tide, 1 for sent, 1 forfalt, 1 åpen. "
        "Andel i tide: 50,0 % (2 av 4 med passert frist eller vurdert). Feil i 1 rad."
    )
    assert nn.splitlines()[-1].startswith("5 saker: 2 i tide, 1 for seint, 1 forfallen, 1 open.")
    assert en.splitlines()[-1] == (
        "5 items: 2 met, 1 late, 1 overdue, 1 open. Share met: 50.0% (2 of 4 due). Errors in 1 row."
    )
    assert en.splitlines()[-2].startswith("row 6 (received_at): The time has no UTC offset")
    assert report.summary("en") == en.splitlines()[-1]
    assert render.text(report, "nn") == nn


def test_text_escapes_control_characters_in_a_message() -> None:
    bad = RowError(row=2, field="received_at", message=Message.same("got 'x\n\x1b[31m'"))
    forged = RowError(row=3, message=Message.same("x\nrad 9: forged"))
    report = response_report(Loaded(rows=(Row(row=2, errors=(bad, forged)),)), at=_may(15, 12))
    text = report.text("en")
    assert "\x1b" not in text
    assert "\\x1b[31m" in text
    assert "rad 9: forged" in text
    assert "\nrad 9" not in text


def test_json_has_the_items_errors_and_totals_with_messages_in_three_languages() -> None:
    records: list[object] = [*REPORT_RECORDS, "x"]
    report = response_report(records, at=_may(15, 12))  # type: ignore[arg-type]
    document = json.loads(report.to_json())
    assert document == json.loads(render.to_json(report))
    assert document["at"] == "2024-05-15T12:00:00+02:00"
    assert [item["status"] for item in document["items"]] == [
        "met",
        "met",
        "late",
        "overdue",
        "open",
    ]
    (error,) = document["errors"]
    assert (error["row"], error["field"]) == (6, None)
    assert sorted(error["message"]) == ["en", "nb", "nn"]
    assert document["summary"]["share_met"] == 0.5
    assert report.to_json(indent=None).count("\n") == 0


def test_records_are_flat_rows_for_pandas() -> None:
    records: list[object] = [*REPORT_RECORDS[:2], "x"]
    report = response_report(records, at=_may(15, 12))  # type: ignore[arg-type]
    rows = report.to_records("nn")
    assert rows == render.records(report, "nn")
    assert [row["status"] for row in rows] == ["met", "met", "error"]
    assert rows[0]["deadline"] == _may(13, 15, 30)
    assert rows[0]["label"] == "i tide"
    assert rows[2]["message"] == report.errors[0].text("nn")
    assert all(set(row) == set(rows[0]) for row in rows)


def test_html_escapes_everything() -> None:
    bad = RowError(row=2, message=Message.same("<script>alert(1)</script>"))
    report = response_report(
        Loaded(
            rows=(
                Row(row=1, value=ResponseRecord(received_at=_may(14, 9))),
                Row(row=2, errors=(bad,)),
            )
        ),
        at=_may(15, 12),
    )
    html = report.to_html("en")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert report._repr_html_() == report.to_html("nb")
    assert '<tr class="rs-overdue">' in html
    assert '<span class="rs-badge">overdue</span>' in html
    assert render.html(report, "nb") == report.to_html()


def test_a_calendar_that_is_not_one_is_the_librarys_error() -> None:
    with pytest.raises(ConfigurationError, match="'calendar' must be a WorkingCalendar") as raised:
        response_report([], at=_may(15, 12), calendar=None)  # type: ignore[arg-type]
    assert raised.value.message is not None


def test_a_loaded_record_without_a_row_takes_the_rows_number() -> None:
    log = Loaded(rows=(Row(row=5, value=ResponseRecord(received_at=_may(14, 9))),))
    assert [item.row for item in response_report(log, at=_may(15, 12)).items] == [5]


def test_an_object_whose_attributes_raise_is_a_row_error() -> None:
    class Broken:
        @property
        def received_at(self) -> datetime:
            raise RuntimeError("broken")

        assessed_at = None

    report = response_report([Broken()], at=_may(15, 12))
    assert [(error.row, error.field) for error in report.errors] == [(1, None)]
