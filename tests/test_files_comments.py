"""Comment exports: CSV, spreadsheets, JSON, JSON Lines, DataFrames and mappings."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from randaberg_some.errors import InvalidFileError
from randaberg_some.files.comments import load_comments

OSLO = ZoneInfo("Europe/Oslo")
FNR = "01019012345"


@pytest.mark.parametrize(
    "header",
    [
        "received_at;author;text;url",
        "Mottatt;Forfatter;Kommentar;Lenke",
        "motteke;avsendar;melding;lenke",
        "created_time;from;message;permalink",
        "Tidspunkt;Avsender;Tekst;URL",
        "received;From;Comment;Link",
    ],
)
def test_the_columns_in_bokmal_nynorsk_and_english(header: str) -> None:
    text = f"{header}\n2024-05-15T09:00+02:00;Kari;Hei;https://x/1\n"
    (made,) = load_comments(io.StringIO(text)).items
    assert (made.row, made.author, made.text, made.url) == (2, "Kari", "Hei", "https://x/1")
    assert made.received_at == datetime(2024, 5, 15, 9, tzinfo=OSLO)


def test_author_and_url_are_optional_and_other_columns_ignored() -> None:
    text = "likes,tekst,mottatt\n3,Hei,2024-05-15T07:00Z\n"
    (made,) = load_comments(io.StringIO(text)).items
    assert (made.author, made.url, made.text) == (None, None, "Hei")


@pytest.mark.parametrize(
    "header", ["author;text", "received_at;author", "", "mottatt;tid;tekst", "tekst;melding;tid"]
)
def test_a_header_without_time_or_text_or_with_one_twice_is_refused(header: str) -> None:
    with pytest.raises(InvalidFileError):
        load_comments(io.StringIO(f"{header}\n1;2;3\n" if header else ""))


def test_bad_rows_are_errors_with_their_rows_and_never_their_cells() -> None:
    text = (
        "mottatt;tekst\n"
        f"2024-05-15T09:00;fnr {FNR}\n"  # 2: no offset
        f"i går;fnr {FNR}\n"  # 3: no time
        f";fnr {FNR}\n"  # 4: missing
        f'2024-05-15T09:00+02:00;"fnr {FNR}\n'  # 5: broken quoting
        f"2024-05-15T09:00+02:00;fnr {FNR};x\n"  # 6: wrong width
        "2024-05-15T09:00+02:00;\n"  # 7: empty text: a picture
    )
    loaded = load_comments(io.StringIO(text))
    assert [(error.row, error.field) for error in loaded.errors] == [
        (2, "received_at"),
        (3, "received_at"),
        (4, "received_at"),
        (5, None),
        (6, None),
    ]
    assert [comment.row for comment in loaded.items] == [7]
    for error in loaded.errors:
        assert error.cells == ()
        assert all(FNR not in error.text(lang) for lang in ("nb", "nn", "en"))


def test_json_and_json_lines(tmp_path: Path) -> None:
    rows = [
        {"created_time": "2024-05-15T07:00Z", "message": "Hei", "from": "Kari"},
        {"created_time": "2024-05-15T07:00", "message": "Hei"},
        "not an object",
    ]
    path = tmp_path / "eksport.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    loaded = load_comments(str(path))
    assert loaded.format == "json"
    assert [c.author for c in loaded.items] == ["Kari"]
    assert [(e.row, e.field) for e in loaded.errors] == [(2, "received_at"), (3, None)]
    lines = tmp_path / "eksport.jsonl"
    lines.write_text("\n".join(json.dumps(row) for row in rows[:2]) + "\n{broken\n")
    loaded = load_comments(str(lines))
    assert loaded.format == "jsonl"
    assert [c.row for c in loaded.items] == [1]
    assert [e.row for e in loaded.errors] == [2, 3]


def test_a_spreadsheet_with_typed_times_and_numbers(tmp_path: Path) -> None:
    import xlsxwriter  # type: ignore[import-untyped]

    path = tmp_path / "eksport.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Kommentarer")
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheet.write_row(0, 0, ["Mottatt", "Forfatter", "Kommentar"])
    sheet.write_datetime(1, 0, datetime(2024, 5, 15, 9, 0), when)
    sheet.write_string(1, 1, "Kari")
    sheet.write_number(1, 2, 12345678)
    sheet.write_string(3, 0, "2024-05-15T09:00+02:00")
    sheet.write_string(3, 2, "Hei")
    book.close()
    loaded = load_comments(str(path))
    assert [(c.row, c.text, c.received_at) for c in loaded.items] == [
        (2, "12345678", datetime(2024, 5, 15, 9, tzinfo=OSLO)),
        (4, "Hei", datetime(2024, 5, 15, 9, tzinfo=OSLO)),
    ]
    assert load_comments(str(path), sheet="Kommentarer").items == loaded.items
    with pytest.raises(InvalidFileError):
        load_comments(str(path), sheet="Nope")


def test_a_sheet_only_in_a_spreadsheet() -> None:
    with pytest.raises(InvalidFileError):
        load_comments(io.StringIO("mottatt;tekst\n"), sheet=1)


def test_a_dataframe_by_its_index() -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(
        {
            "Mottatt": [pandas.Timestamp("2024-05-15T09:00+02:00"), pandas.NaT],
            "Tekst": ["Hei", "Hallo"],
        },
        index=[10, 11],
    )
    loaded = load_comments(frame)
    assert loaded.format == "dataframe"
    assert [c.row for c in loaded.items] == [10]
    assert [(e.row, e.field) for e in loaded.errors] == [(11, "received_at")]


def test_mappings_by_position() -> None:
    loaded = load_comments([{"Tekst": "Hei", "Mottatt": "2024-05-15T09:00+02:00"}, {}])
    assert [c.row for c in loaded.items] == [1]
    assert loaded.format == "mappings"


def test_an_author_that_is_not_text_is_an_error() -> None:
    loaded = load_comments([{"text": "Hei", "received": "2024-05-15T07:00Z", "author": ["x"]}])
    assert [(e.row, e.field) for e in loaded.errors] == [(1, "author")]


def test_windows_1252_is_read_with_a_notice() -> None:
    data = "mottatt;tekst\n2024-05-15T09:00+02:00;Blåbær\n".encode("cp1252")
    loaded = load_comments(io.BytesIO(data))
    assert [c.text for c in loaded.items] == ["Blåbær"]
    assert [notice.code for notice in loaded.notices] == ["encoding-assumed"]


def test_a_loaded_export_shows_its_comments_masked() -> None:
    from randaberg_some import render

    export = load_comments(
        io.StringIO("mottatt;forfatter;kommentar\n2024-05-13T09:00+02:00;Kari;Fnr 01018512366\n")
    )
    records = render.records(export, "en")
    assert records[0]["author"] == "Kari"
    assert records[0]["text"] == "Fnr DDMMYY*****"
    for shown in (render.text(export, "en"), render.html(export, "en"), repr(export)):
        assert "01018512366" not in shown
