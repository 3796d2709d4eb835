"""A screening and a moderation queue rendered: never the comment, always the masked text."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from randaberg_some import render
from randaberg_some.files.workbook import write_report
from randaberg_some.messages import Message
from randaberg_some.moderation import Comment, ModerationQueue, screen_comments
from randaberg_some.rows import RowError
from randaberg_some.screening import Certainty, FindingKind, Screening, ScreeningFinding

from .test_moderation import FNR, PHONE, scanners  # noqa: F401 (a fixture)

OSLO = ZoneInfo("Europe/Oslo")
TEXT = f"Mitt fnr er {FNR} <b>&</b>"
FINDING = ScreeningFinding(
    kind=FindingKind.NATIONAL_ID,
    start=12,
    end=23,
    certainty=Certainty.CERTAIN,
    reason=Message(nb="gyldig kontrollsiffer", nn="gyldig kontrollsiffer", en="valid check"),
    masked="DDMMYY*****",
)
SCREENING = Screening(comment=TEXT, findings=(FINDING,))


def test_a_screening_as_text_shows_the_masked_text_and_the_findings() -> None:
    shown = render.text(SCREENING, "en")
    assert FNR not in shown
    assert "Mitt fnr er DDMMYY*****" in shown
    assert "national ID number (certain): DDMMYY*****, 12-23: valid check" in shown
    assert "Action: " in shown


def test_a_screening_as_json_has_three_languages_and_no_number() -> None:
    document = json.loads(render.to_json(SCREENING))
    assert FNR not in json.dumps(document)
    assert document["redacted"] == "Mitt fnr er DDMMYY***** <b>&</b>"
    (finding,) = document["findings"]
    assert finding["kind"] == "national_id"
    assert finding["certainty"] == "certain"
    assert set(finding["reason"]) == {"nb", "nn", "en"}
    assert document["action"] in {"none", "answer", "hide_and_reply", "archive_before_hiding"}


def test_a_screening_as_records_html_sheets_and_repr() -> None:
    (record,) = render.records(SCREENING, "nn")
    assert (record["kind"], record["masked"]) == ("national_id", "DDMMYY*****")
    page = render.html(SCREENING)
    assert FNR not in page
    assert "<b>&amp;</b>" not in page
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in page
    (sheet,) = render.sheets(SCREENING, "en")
    assert sheet.rows[0][2] == "DDMMYY*****"
    assert repr(SCREENING).startswith("<Screening: 1 findings (national_id)")
    assert FNR not in repr(SCREENING)


def test_a_screening_with_a_reply_shows_it(scanners: None) -> None:  # noqa: F811
    shown = render.text(SCREENING, "nb")
    assert "Svar: Standard reply (nb)." in shown
    assert json.loads(render.to_json(SCREENING))["reply"]["nn"] == "Standard reply (nn)."


def t(day: int, hour: int) -> datetime:
    return datetime(2024, 5, day, hour, tzinfo=OSLO)


@pytest.fixture
def queue(scanners: None) -> ModerationQueue:  # noqa: F811
    made = screen_comments(
        [
            Comment(received_at=t(15, 16), text="Takk!", author="Ola"),
            Comment(
                received_at=t(15, 9),
                text=f"Mitt fnr er {FNR}\x1b[31m",
                author="Kari <script>",
                url="https://facebook.com/x?c=1&d=2",
            ),
            Comment(received_at=t(15, 10), text=f"Ring {PHONE}", url="javascript:alert(1)"),
        ]
    )
    bad = RowError(row=9, field="received_at", message=Message.same("bad time"))
    return ModerationQueue(items=made.items, errors=(bad,))


def test_the_queue_as_text_is_a_table_by_deadline(queue: ModerationQueue) -> None:
    lines = render.text(queue, "en").splitlines()
    assert lines[0].split() == ["row", "received", "deadline", "action", "findings", "comment"]
    assert [line.split()[0] for line in lines[1:4]] == ["2", "3", "1"]
    assert "archive before hiding" in lines[1]
    assert "\\x1b" in lines[1]
    assert lines[4] == "row 9 (received_at): bad time"
    assert lines[5] == (
        "3 comments: 1 archive before hiding, 1 hide and reply, 0 answer, 1 none. Errors in 1 row."
    )
    assert all(FNR not in line and PHONE not in line for line in lines)


def test_the_queue_as_json(queue: ModerationQueue) -> None:
    text = queue.to_json()
    assert FNR not in text
    assert PHONE not in text
    document = json.loads(text)
    assert [item["row"] for item in document["items"]] == [2, 3, 1]
    first = document["items"][0]
    assert first["deadline"] == "2024-05-15T15:30:00+02:00"
    assert first["author"] == "Kari <script>"
    assert first["action"] == "archive_before_hiding"
    assert document["summary"]["needs_action"] == 2
    assert document["summary"]["row_errors"] == 1
    assert set(document["errors"][0]["message"]) == {"nb", "nn", "en"}


def test_the_queue_as_records_and_a_dataframe(queue: ModerationQueue) -> None:
    found = queue.to_records("en")
    assert [record["row"] for record in found] == [2, 3, 1, 9]
    assert found[-1]["action"] == "error"
    assert all(FNR not in str(record) for record in found)
    pandas = pytest.importorskip("pandas")
    frame = queue.to_dataframe()
    assert list(frame["row"]) == [2, 3, 1, 9]
    assert str(frame["deadline"].dt.tz) == "Europe/Oslo"
    assert isinstance(frame["action"].dtype, pandas.CategoricalDtype)


def test_the_queue_as_html_escapes_everything(queue: ModerationQueue) -> None:
    page = queue.to_html("nn")
    assert FNR not in page
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert 'href="https://facebook.com/x?c=1&amp;d=2"' in page
    assert 'href="javascript' not in page
    assert page.startswith('<div class="randaberg-some rs-queue">')
    assert "<title>Moderasjonskø</title>" in render.page(queue, "nn")


def test_the_queue_as_a_workbook(queue: ModerationQueue, tmp_path: Path) -> None:
    sheets = render.sheets(queue, "en")
    assert [sheet.name for sheet in sheets] == ["Comments", "Unusable rows", "Summary"]
    assert [row[0] for row in sheets[0].rows] == [2, 3, 1]
    assert all(FNR not in str(row) for sheet in sheets for row in sheet.rows)
    queue.to_excel(tmp_path / "queue.xlsx", "nn")
    assert (tmp_path / "queue.xlsx").read_bytes()[:2] == b"PK"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json", ".html"])
def test_the_queue_written_by_suffix(queue: ModerationQueue, tmp_path: object, suffix: str) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / f"queue{suffix}"
    write_report(queue, str(path))
    assert path.stat().st_size > 0
    if suffix != ".xlsx":
        assert FNR not in path.read_text(encoding="utf-8-sig")


def test_the_short_repr_has_counts_only(queue: ModerationQueue) -> None:
    assert repr(queue) == (
        "<ModerationQueue: 3 comments, 1 archive_before_hiding, 1 hide_and_reply, 0 answer, "
        "1 none, 1 row errors>"
    )


def test_summary_in_each_language(queue: ModerationQueue) -> None:
    assert queue.summary("nb").startswith("3 kommentarer: 1 arkiver før du skjuler")
    assert queue.summary("nn").startswith("3 kommentarar: 1 arkiver før du gøymer")
    assert queue.text("en").endswith("Errors in 1 row.")
