"""The moderation queue: comments screened, given their G6.5 deadline and action, sorted."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from randaberg_some import _cases, _numbers
from randaberg_some._hits import Hit
from randaberg_some.calendar import WorkingCalendar
from randaberg_some.errors import (
    ConfigurationError,
    InvalidTimeError,
    NaiveDatetimeError,
    RandabergSomeError,
)
from randaberg_some.files.comments import load_comments
from randaberg_some.messages import Message
from randaberg_some.moderation import (
    Comment,
    ModerationQueue,
    QueueItem,
    comment_errors,
    screen_comments,
)
from randaberg_some.organisation import Organisation
from randaberg_some.screening import Action, FindingKind, Screening

OSLO = ZoneInfo("Europe/Oslo")
FNR = "01019012345"  # a flagged number in these tests: it must never be shown
PHONE = "91234567"
_REASON = Message(nb="grunn", nn="grunn", en="reason")
_ELEVEN = re.compile(r"(?<!\d)\d{11}(?!\d)")
_EIGHT = re.compile(r"(?<!\d)[49]\d{7}(?!\d)")
_CASE = re.compile(r"byggesøknaden min|søknaden min")
# The action per kind while the screening's own rules are not on this branch.
_RANK = {
    FindingKind.NATIONAL_ID: Action.ARCHIVE_BEFORE_HIDING,
    FindingKind.PHONE: Action.HIDE_AND_REPLY,
    FindingKind.CASE_PROCESSING: Action.ANSWER,
}


def fake_numbers(text: str, lower: str | None = None) -> list[Hit]:
    hits = [
        Hit(kind="national_id", start=m.start(), end=m.end(), certain=True, reason=_REASON)
        for m in _ELEVEN.finditer(text)
    ]
    hits += [
        Hit(kind="phone", start=m.start(), end=m.end(), certain=False, reason=_REASON)
        for m in _EIGHT.finditer(text)
    ]
    return hits


def fake_cases(text: str, lower: str | None = None) -> list[Hit]:
    return [
        Hit(kind="case_processing", start=m.start(), end=m.end(), certain=True, reason=_REASON)
        for m in _CASE.finditer(text)
    ]


def _action(screening: Screening) -> Action:
    actions = [_RANK.get(finding.kind, Action.ANSWER) for finding in screening.findings]
    return max(actions, key=lambda action: action.rank, default=Action.NONE)


def _reply(screening: Screening, lang: str = "nb") -> str | None:
    return None if not screening.findings else f"Standard reply ({lang})."


@pytest.fixture
def scanners(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scanners that find 11-digit runs, mobile numbers and "søknaden min"; actions by kind."""
    monkeypatch.setattr(_numbers, "scan_numbers", fake_numbers)
    monkeypatch.setattr(_cases, "scan_cases", fake_cases)
    monkeypatch.setattr(Screening, "action", property(_action))
    monkeypatch.setattr(Screening, "reply", _reply)


def t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 5, day, hour, minute, tzinfo=OSLO)


def comment(day: int, hour: int, text: str, **kwargs: object) -> Comment:
    return Comment(received_at=t(day, hour), text=text, **kwargs)  # type: ignore[arg-type]


# Comment


def test_a_comment_keeps_its_fields() -> None:
    made = Comment(received_at=t(15, 9), text="Hei", author="Kari", url="https://x", row=4)
    assert (made.text, made.author, made.url, made.row) == ("Hei", "Kari", "https://x", 4)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"received_at": datetime(2024, 5, 15, 9), "text": "Hei"}, NaiveDatetimeError),
        ({"received_at": "2024-05-15T09:00+02:00", "text": "Hei"}, InvalidTimeError),
        ({"received_at": t(15, 9), "text": 5}, RandabergSomeError),
        ({"received_at": t(15, 9), "text": None}, RandabergSomeError),
        ({"received_at": t(15, 9), "text": "Hei", "author": 5}, RandabergSomeError),
        ({"received_at": t(15, 9), "text": "Hei", "url": b"x"}, RandabergSomeError),
    ],
)
def test_a_comment_is_validated_like_a_response_record(
    kwargs: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        Comment(**kwargs)  # type: ignore[arg-type]


def test_a_comments_repr_shows_neither_its_text_nor_its_author() -> None:
    shown = repr(comment(15, 9, f"fnr {FNR}", author="Kari Nordmann", url="https://x/1"))
    assert FNR not in shown
    assert "Kari" not in shown
    assert "https" not in shown


def test_an_error_names_the_type_never_the_text() -> None:
    with pytest.raises(RandabergSomeError) as caught:
        Comment(received_at=t(15, 9), text=[FNR])  # type: ignore[arg-type]
    assert FNR not in str(caught.value)
    assert [e.field for e in comment_errors(1, t(15, 9), "x", author=[FNR])] == ["author"]


def test_an_empty_text_is_a_comment() -> None:
    assert comment(15, 9, "").text == ""


# The queue


def test_the_queue_is_sorted_by_deadline_then_action_then_row(scanners: None) -> None:
    queue = screen_comments(
        [
            comment(15, 16, "Takk!"),  # 1: deadline 16 May
            comment(15, 9, "Når åpner dere?"),  # 2: deadline 15 May, nothing
            comment(15, 10, f"Ring meg på {PHONE}"),  # 3: 15 May, hide and reply
            comment(15, 11, f"Mitt fnr er {FNR}"),  # 4: 15 May, archive first
            comment(15, 12, "Når får jeg svar på byggesøknaden min?"),  # 5: 15 May, answer
            comment(15, 13, "Hei"),  # 6: 15 May, nothing
        ]
    )
    assert [item.row for item in queue.items] == [4, 3, 5, 2, 6, 1]
    assert [item.action for item in queue.items[:3]] == [
        Action.ARCHIVE_BEFORE_HIDING,
        Action.HIDE_AND_REPLY,
        Action.ANSWER,
    ]
    assert queue.items[0].deadline == t(15, 15, 30)
    assert queue.items[-1].deadline == t(16, 15, 30)
    assert (queue.count(Action.NONE), queue.count(Action.ANSWER), queue.needs_action) == (3, 1, 3)
    assert not queue.ok


def test_a_queue_with_nothing_to_do_is_ok() -> None:
    queue = screen_comments([comment(15, 9, "Takk!")])
    assert queue.ok
    assert queue.total == 1
    assert queue.needs_action == 0


def test_items_keep_author_url_and_the_screening(scanners: None) -> None:
    made = comment(15, 9, f"fnr {FNR}", author="Kari", url="https://x/1", row=7)
    (item,) = screen_comments([made]).items
    assert isinstance(item, QueueItem)
    assert (item.row, item.author, item.url, item.received_at) == (
        7,
        "Kari",
        "https://x/1",
        t(15, 9),
    )
    assert item.screening.comment == f"fnr {FNR}"
    assert FNR not in item.screening.redacted
    assert FNR not in repr(item)
    assert "Kari" not in repr(item)


def test_mappings_are_read_with_iso_text_or_datetimes() -> None:
    queue = screen_comments(
        [
            {"received_at": "2024-05-15T09:00+02:00", "text": "Hei", "author": "Kari"},
            {"received_at": t(15, 10), "text": "Hei"},
            {"received_at": "2024-05-15T09:00", "text": "Hei"},
            {"received_at": "i går", "text": "Hei"},
            {"received_at": t(15, 10)},
            {"Received_At ": t(15, 10), "TEXT": "Hei", "url": 5},
        ]
    )
    assert [item.row for item in queue.items] == [1, 2]
    assert queue.items[0].author == "Kari"
    assert [(e.row, e.field) for e in queue.errors] == [
        (3, "received_at"),
        (4, "received_at"),
        (5, "text"),
        (6, "url"),
    ]


def test_a_row_that_is_no_comment_is_an_error_that_does_not_echo_it() -> None:
    queue = screen_comments([f"mitt fnr er {FNR}", 5])  # type: ignore[list-item]
    assert [error.row for error in queue.errors] == [1, 2]
    assert all(FNR not in error.text(lang) for error in queue.errors for lang in ("nb", "en"))
    assert "str" in queue.errors[0].text("en")


def test_a_loaded_export_keeps_its_row_errors_and_rows() -> None:
    import io

    loaded = load_comments(
        io.StringIO("mottatt;tekst\n2024-05-15T09:00+02:00;Hei\nx;Hei\n2024-05-15T08:00Z;Nei\n")
    )
    queue = screen_comments(loaded)
    assert [item.row for item in queue.items] == [2, 4]
    assert [(error.row, error.field) for error in queue.errors] == [(3, "received_at")]


def test_a_time_beyond_the_holiday_calendar_is_a_row_error() -> None:
    far = datetime(9999, 12, 31, 12, tzinfo=timezone.utc)
    queue = screen_comments([Comment(received_at=far, text="Hei"), comment(15, 9, "Hei")])
    assert [item.row for item in queue.items] == [2]
    assert [(error.row, error.field) for error in queue.errors] == [(1, "received_at")]


def test_the_calendar_decides_the_deadline() -> None:
    from datetime import time

    early = WorkingCalendar(end_of_day=time(12, 0))
    (item,) = screen_comments([comment(15, 11, "Hei")], calendar=early).items
    assert item.deadline == t(15, 12)


def test_the_organisation_goes_to_the_screening() -> None:
    other = Organisation(name="Sola kommune", domain="sola.kommune.no")
    (item,) = screen_comments([comment(15, 9, "Hei")], organisation=other).items
    assert item.screening.organisation is other


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"organisation": "Randaberg"}, ConfigurationError),
        ({"calendar": "weekdays"}, ConfigurationError),
    ],
)
def test_wrong_settings_are_the_librarys_error(
    kwargs: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        screen_comments([], **kwargs)  # type: ignore[arg-type]


def test_rows_that_are_not_iterable_are_the_librarys_error() -> None:
    with pytest.raises(RandabergSomeError):
        screen_comments(5)  # type: ignore[arg-type]


def test_the_queue_is_deterministic(scanners: None) -> None:
    rows = [comment(15 + n % 2, 9 + n % 5, f"Hei {n}", row=n + 2) for n in range(20)]
    first = screen_comments(rows)
    again = screen_comments(list(reversed(rows)))
    assert [i.row for i in first.items] == [i.row for i in again.items]
    assert [i.row for i in first.items][:10] == list(range(2, 22, 2))
    assert isinstance(first, ModerationQueue)
