"""The ``deadline`` and ``responses`` commands."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from randaberg_some import cli
from randaberg_some.cli import _calendar


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = cli.run(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def frozen_now(monkeypatch: pytest.MonkeyPatch) -> datetime:
    # Thursday 16 May 2024, 14:00 UTC = 16:00 in Oslo, after the end of the working day.
    now = datetime(2024, 5, 16, 14, 0, tzinfo=timezone.utc)
    monkeypatch.setattr(_calendar, "now", lambda: now)
    return now


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (
            ["2024-05-16T16:00+02:00"],
            "Frist: tirsdag 21. mai 2024 kl. 15:30 (2024-05-21T15:30:00+02:00)",
        ),
        (
            ["2024-05-16T16:00+02:00", "--lang", "en"],
            "Deadline: Tuesday 21 May 2024 at 15:30 (2024-05-21T15:30:00+02:00)",
        ),
        (
            ["2024-05-15T12:00Z"],
            "Frist: onsdag 15. mai 2024 kl. 15:30 (2024-05-15T15:30:00+02:00)",
        ),
        (
            # Without an offset: Norwegian time, summer and winter.
            ["2024-05-16T16:00"],
            "Frist: tirsdag 21. mai 2024 kl. 15:30 (2024-05-21T15:30:00+02:00)",
        ),
        (
            ["2024-12-23T16:00", "--closed", "2024-12-24", "--lang", "nn"],
            "Frist: fredag 27. desember 2024 kl. 15:30 (2024-12-27T15:30:00+01:00)",
        ),
        (
            # 02:30 on the night the clocks go back, with the offset chosen.
            ["2024-10-27T02:30+01:00", "--lang", "en"],
            "Deadline: Monday 28 October 2024 at 15:30 (2024-10-28T15:30:00+01:00)",
        ),
        (
            ["2024-05-15T15:45+02:00", "--end", "16:00"],
            "Frist: onsdag 15. mai 2024 kl. 16:00 (2024-05-15T16:00:00+02:00)",
        ),
        (
            ["2024-12-23T16:00+01:00", "--closed", "2024-12-24", "--lang", "en"],
            "Deadline: Friday 27 December 2024 at 15:30 (2024-12-27T15:30:00+01:00)",
        ),
    ],
)
def test_deadline(argv: list[str], line: str) -> None:
    assert run("deadline", *argv) == (0, line + "\n", "")


def test_deadline_without_time_is_from_now(frozen_now: datetime) -> None:
    status, out, _ = run("deadline", "--json")
    assert status == 0
    assert json.loads(out) == {
        "received_at": "2024-05-16T16:00:00+02:00",
        "deadline": "2024-05-21T15:30:00+02:00",
    }


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["2024-05-16"],
            "'2024-05-16' er en dato og mangler klokkeslett; skriv f.eks. "
            "2024-05-16T09:00 (norsk tid) eller 2024-05-16T09:00+02:00",
        ),
        (["2024-05-16", "--lang", "en"], "is a date without a time of day"),
        (["2024-05-16", "--lang", "nn"], "er ein dato og manglar klokkeslett"),
        (
            ["2024-10-27T02:30", "--lang", "en"],
            "2024-10-27T02:30 exists twice in Norwegian time (the clocks went back): "
            "02:30+02:00 and 02:30+01:00",
        ),
        (
            ["2024-03-31T02:30", "--lang", "en"],
            "2024-03-31T02:30 does not exist in Norwegian time (the clocks went forward): "
            "read as 02:30+01:00 it is 03:30+02:00, read as 02:30+02:00 it is 01:30+01:00",
        ),
        (["2024-03-31T02:30"], "finnes ikke i norsk tid"),
        (["i morgen", "--lang", "en"], "not an ISO 8601 time"),
        (["i morgen"], "er ikke et tidspunkt i ISO 8601"),
        (["2024-05-16T16:00Z", "--end", "half past three", "--lang", "en"], "not a time"),
        (["2024-05-16T16:00Z", "--closed", "christmas", "--lang", "en"], "not a date"),
        (["2024-05-16T16:00Z", "--closed", "christmas"], "ikke en dato"),
        (["2101-01-03T10:00Z", "--lang", "en"], "outside the years the holiday calendar covers"),
    ],
)
def test_deadline_refuses_what_it_cannot_use(argv: list[str], message: str) -> None:
    status, out, err = run("deadline", *argv)
    assert (status, out) == (2, "")
    assert message in err


CSV = """received_at,assessed_at
2024-05-13T09:00+02:00,2024-05-13T10:00+02:00
2024-05-15T16:00+02:00,
"""


def _file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "mai.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_responses_all_kept(tmp_path: Path) -> None:
    status, out, err = run("responses", _file(tmp_path, CSV), "--at", "2024-05-16T12:00+02:00")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "rad  mottatt           vurdert           frist             status",
        "2    2024-05-13 09:00  2024-05-13 10:00  2024-05-13 15:30  i tide",
        "3    2024-05-15 16:00  -                 2024-05-16 15:30  åpen",
        "2 saker: 1 i tide, 0 for sent, 0 forfalt, 1 åpen. "
        "Andel i tide: 100,0 % (1 av 1 med passert frist eller vurdert).",
    ]


def test_responses_late_overdue_and_bad_rows_exit_1(tmp_path: Path) -> None:
    text = CSV + "2024-05-14T09:00+02:00,2024-05-14T16:00+02:00\n2024-05-14T09:00,\n"
    path = _file(tmp_path, text)
    status, out, _ = run("responses", path, "--at", "2024-05-17T12:00+02:00", "--lang", "en")
    assert status == 1
    lines = out.splitlines()
    assert lines[0].split() == ["row", "received", "assessed", "deadline", "status"]
    assert lines[2].split()[-1] == "overdue"
    assert lines[3].split()[-1] == "late"
    assert lines[4].startswith("row 5 (received_at): The time has no UTC offset")
    assert lines[5] == (
        "3 items: 1 met, 1 late, 1 overdue, 0 open. Share met: 33.3% (1 of 3 due). Errors in 1 row."
    )


def test_responses_json_from_now(tmp_path: Path, frozen_now: datetime) -> None:
    status, out, _ = run("responses", _file(tmp_path, CSV), "--json")
    assert status == 1  # the second item's deadline passed at 15:30 on 16 May
    document = json.loads(out)
    assert document["at"] == "2024-05-16T16:00:00+02:00"
    assert [item["status"] for item in document["items"]] == ["met", "overdue"]
    assert document["items"][1]["assessed_at"] is None
    assert document["summary"] == {
        "total": 2,
        "met": 1,
        "late": 0,
        "overdue": 1,
        "open": 0,
        "due": 2,
        "share_met": 0.5,
        "row_errors": 0,
    }
    assert document["errors"] == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (None, "Cannot read"),
        ("", "empty"),
        ("received,assessed\n", "must have the columns received_at and assessed_at"),
    ],
)
def test_responses_unusable_file_exits_2(tmp_path: Path, text: str | None, message: str) -> None:
    path = str(tmp_path / "missing.csv") if text is None else _file(tmp_path, text)
    status, out, err = run("responses", path, "--at", "2024-05-16T12:00+02:00", "--lang", "en")
    assert (status, out) == (2, "")
    assert message in err


def test_responses_report_time_without_offset_is_norwegian_time(tmp_path: Path) -> None:
    path = _file(tmp_path, CSV)
    assert run("responses", path, "--at", "2024-05-16T12:00") == run(
        "responses", path, "--at", "2024-05-16T12:00+02:00"
    )
    status, _, err = run("responses", path, "--at", "2024-03-31T02:30")
    assert status == 2
    assert "2024-03-31T02:30 finnes ikke i norsk tid" in err


def test_responses_from_standard_input(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    status = cli.run(
        ["responses", "-", "--at", "2024-05-16T12:00"],
        stdout=out,
        stderr=err,
        stdin=io.StringIO(CSV),
    )
    assert (status, err.getvalue()) == (0, "")
    assert out.getvalue().splitlines()[-1].startswith("2 saker: 1 i tide")


def test_responses_in_nynorsk(tmp_path: Path) -> None:
    text = CSV + "2024-05-14T09:00+02:00,2024-05-14T16:00+02:00\nx,\ny,\n"
    status, out, _ = run(
        "responses", _file(tmp_path, text), "--at", "2024-05-16T12:00", "--lang", "nn"
    )
    assert status == 1
    assert out.splitlines()[0].split() == ["rad", "motteke", "vurdert", "frist", "status"]
    assert out.splitlines()[-1].endswith(
        "Delen i tide: 50,0 % (1 av 2 med passert frist eller vurdert). Feil i 2 rader."
    )
