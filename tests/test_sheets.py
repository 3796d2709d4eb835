"""Spreadsheets, DataFrames and mappings in: the same accounts, row errors and findings as CSV.

The workbooks are made here, as a kommune would have them: xlsx written by xlsxwriter, an
OpenDocument spreadsheet written by hand (the format's minimum: a ZIP with ``mimetype``
first and ``content.xml``) and, where LibreOffice is installed, converted by LibreOffice.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import attrs
import pytest
import xlsxwriter  # type: ignore[import-untyped]

from randaberg_some import InvalidFileError, InventoryError, audit, load_accounts
from randaberg_some.files.inventory import iter_accounts
from randaberg_some.files.responses import load_responses
from randaberg_some.rows import Loaded, RowError

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kontoer.csv"
EXAMPLE_XLSX = EXAMPLE.with_suffix(".xlsx")

Cell = object


def example_records(*, blanks: bool = True) -> list[list[str]]:
    """The example inventory's records; with ``blanks``, blank rows before and among them."""
    with EXAMPLE.open(encoding="utf-8-sig", newline="") as file:
        records = list(csv.reader(file, delimiter=";"))
    if blanks:
        records = [[], *records[:5], [], [], *records[5:]]
    return records


def csv_text(records: list[list[str]]) -> str:
    return "".join(";".join(record) + "\n" for record in records)


def write_xlsx(path: Path, sheets: dict[str, list[list[Cell]]]) -> Path:
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    when = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    for name, records in sheets.items():
        sheet = workbook.add_worksheet(name)
        for number, record in enumerate(records):
            for column, cell in enumerate(record):
                if isinstance(cell, dt.datetime):
                    sheet.write_datetime(number, column, cell, when)
                elif isinstance(cell, str):
                    sheet.write_string(number, column, cell)
                else:
                    sheet.write(number, column, cell)
    workbook.close()
    return path


def write_ods(path: Path, records: list[list[str]], sheet: str = "Kontoer") -> Path:
    """A minimal OpenDocument spreadsheet of text cells, empty rows kept."""
    rows = []
    for record in records:
        cells = "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(cell)}</text:p>'
            f"</table:table-cell>"
            for cell in record
        )
        rows.append(f"<table:table-row>{cells or '<table:table-cell/>'}</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{sheet}">'
        f"{''.join(rows)}</table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def without_lines(errors: tuple[RowError, ...]) -> list[RowError]:
    """Row errors as a spreadsheet names them: by row, with no physical line."""
    return [attrs.evolve(error, line=None) for error in errors]


def assert_same(loaded: Loaded[object], expected: Loaded[object]) -> None:
    assert loaded.items == expected.items
    assert without_lines(loaded.errors) == without_lines(expected.errors)
    assert loaded.error_rows == expected.error_rows
    assert [row.row for row in loaded.rows] == [row.row for row in expected.rows]
    assert audit(loaded).findings == audit(expected).findings  # type: ignore[arg-type]


@pytest.fixture
def from_csv() -> Loaded[object]:
    return load_accounts(io.StringIO(csv_text(example_records())))  # type: ignore[return-value]


# --- the example inventory in every form ---------------------------------------------------


def test_the_committed_example_workbook_reads_as_the_example_csv() -> None:
    loaded, expected = load_accounts(EXAMPLE_XLSX), load_accounts(EXAMPLE)
    assert loaded.format == "xlsx"
    assert len(loaded.items) == 19
    assert loaded.error_rows == (21, 22, 23)
    assert_same(loaded, expected)  # type: ignore[arg-type]


def test_xlsx_gives_the_same_accounts_errors_rows_and_findings(
    tmp_path: Path, from_csv: Loaded[object]
) -> None:
    path = write_xlsx(tmp_path / "kontoer.xlsx", {"Kontoer": example_records()})  # type: ignore[dict-item]
    loaded = load_accounts(path)
    assert loaded.rows[0].row == 3  # a blank first row: the header is row 2
    assert_same(loaded, from_csv)  # type: ignore[arg-type]
    with iter_accounts(path) as rows:
        assert [row.row for row in rows] == [row.row for row in from_csv.rows]


def test_ods_gives_the_same_as_csv(tmp_path: Path, from_csv: Loaded[object]) -> None:
    loaded = load_accounts(write_ods(tmp_path / "kontoer.ods", example_records()))
    assert loaded.format == "ods"
    assert_same(loaded, from_csv)  # type: ignore[arg-type]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_ods_saved_by_libreoffice_gives_the_same_as_csv(
    tmp_path: Path, from_csv: Loaded[object]
) -> None:  # pragma: no cover - runs where LibreOffice is installed
    source = write_xlsx(tmp_path / "kontoer.xlsx", {"Kontoer": example_records()})  # type: ignore[dict-item]
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "ods", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert_same(load_accounts(tmp_path / "kontoer.ods"), from_csv)  # type: ignore[arg-type]


def test_a_dataframe_gives_the_same_named_by_its_index(from_csv: Loaded[object]) -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(
        io.StringIO(csv_text(example_records())), sep=";", dtype=str, keep_default_na=False
    )
    frame.index = [row.row for row in from_csv.rows]  # the spreadsheet's row numbers
    loaded = load_accounts(frame)
    assert loaded.format == "dataframe"
    assert_same(loaded, from_csv)  # type: ignore[arg-type]
    assert audit(frame).findings == audit(from_csv).findings  # type: ignore[arg-type]


def test_a_dataframe_read_by_pandas_from_the_workbook(from_csv: Loaded[object]) -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.read_excel(EXAMPLE_XLSX, engine="calamine")  # NaN for empty cells
    loaded = load_accounts(frame)
    assert loaded.items == load_accounts(EXAMPLE).items
    assert loaded.error_rows == (19, 20, 21)  # the default index: 0 for the first data row


def test_mappings_give_the_same_named_by_position(from_csv: Loaded[object]) -> None:
    records = example_records(blanks=False)
    mappings = [dict(zip(records[0], record, strict=False)) for record in records[1:]]
    loaded = load_accounts(mappings)
    assert loaded.format == "mappings"
    assert loaded.items == from_csv.items
    assert [(e.field, e.message, e.handle) for e in loaded.errors] == [
        (e.field, e.message, e.handle) for e in from_csv.errors
    ]
    assert loaded.error_rows == (20, 21, 22)
    report, expected = audit(mappings), audit(from_csv)  # type: ignore[arg-type]
    assert [(f.code, f.account) for f in report.findings] == [
        (f.code, f.account) for f in expected.findings
    ]
    assert report.error_rows == expected.error_rows == 3


def test_records_of_a_dataframe_are_audited() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.read_excel(EXAMPLE_XLSX, engine="calamine")
    report = audit(frame.to_dict("records"))
    assert report.accounts == 19
    assert report.error_rows == 3


def test_a_dataframe_with_a_string_index_names_rows_by_label() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {
            "platform": ["facebook", "myspace", None],
            "handle": ["@randabergkommune", "@x", None],
            "name": ["Randaberg kommune", "X", None],
            "own_visual_profile": [False, "kanskje", None],
        },
        index=["hovedkonto", "ukjent", "tom"],
    )
    loaded = load_accounts(frame)
    assert len(loaded.items) == 1
    assert [(e.row, e.field, e.platform) for e in loaded.errors] == [
        ("ukjent", "own_visual_profile", "myspace")
    ]
    assert loaded.error_rows == ("ukjent",)  # the empty row is no row, as in CSV
    assert audit(frame).error_rows == 1


# --- typed cells ---------------------------------------------------------------------------


def test_typed_cells_read_as_csv_text_would(tmp_path: Path) -> None:
    header = ["platform", "handle", "name", "unit", "own_visual_profile", "administrators"]
    rows: list[list[Cell]] = [
        list(header),
        ["youtube", "@randabergkommune", 5.0, "", "", 1.5],
        ["facebook", "@randabergkommune.x", "Randabergkommune X", "X", True, ""],
        ["facebook", "@randabergkommune.y", "Randabergkommune Y", "Y", 0, ""],
        ["facebook", "@randabergkommune.z", dt.datetime(2024, 5, 15, 9, 30), "", "", ""],
    ]
    loaded = load_accounts(write_xlsx(tmp_path / "typed.xlsx", {"Ark1": rows}))
    first, second, third, fourth = loaded.items
    assert first.name == "5"
    assert first.administrators == ("1.5",)
    assert second.unit is not None
    assert second.unit.own_visual_profile is True
    assert third.unit is not None
    assert third.unit.own_visual_profile is False
    assert fourth.name == "2024-05-15T09:30:00"


# --- sheets --------------------------------------------------------------------------------


@pytest.fixture
def two_sheets(tmp_path: Path) -> Path:
    notes: list[list[Cell]] = [["Notater"], ["ikke en konto"]]
    accounts: list[list[Cell]] = [
        ["plattform", "brukernavn", "navn"],
        ["facebook", "@randabergkommune", "Randaberg kommune"],
    ]
    return write_xlsx(tmp_path / "to.xlsx", {"Notater": notes, "Kontoer": accounts})


def test_the_first_sheet_by_default(two_sheets: Path) -> None:
    with pytest.raises(InventoryError, match="no column 'platform'"):
        load_accounts(two_sheets)


@pytest.mark.parametrize("sheet", ["Kontoer", 1])
def test_a_sheet_by_name_or_position(two_sheets: Path, sheet: str | int) -> None:
    loaded = load_accounts(two_sheets, sheet=sheet)
    assert [(row.row, row.value.handle) for row in loaded.rows if row.value] == [
        (2, "@randabergkommune")
    ]


@pytest.mark.parametrize("sheet", ["Ark9", 2, -1, True])
def test_an_unknown_sheet_names_the_sheets_there_are(two_sheets: Path, sheet: object) -> None:
    with pytest.raises(InventoryError) as raised:
        load_accounts(two_sheets, sheet=sheet)  # type: ignore[arg-type]
    message = raised.value.message
    assert message is not None
    assert "'Notater', 'Kontoer'" in message.text("nb")
    assert message.text("nb").startswith("")
    assert "har ikke arket" in message.text("nb")
    assert "har ikkje arket" in message.text("nn")
    assert "has no sheet" in message.text("en")


def test_a_sheet_for_a_csv_file_is_an_error() -> None:
    with pytest.raises(InventoryError, match="only in a spreadsheet"):
        load_accounts(io.StringIO("platform;handle;name\n"), sheet=0)


def test_a_corrupt_workbook_is_an_invalid_file_in_three_languages(tmp_path: Path) -> None:
    path = tmp_path / "kontoer.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    for load in (load_accounts, load_responses):
        with pytest.raises(InvalidFileError) as raised:
            load(path)
        message = raised.value.message
        assert message is not None
        assert "kan ikke leses som et regneark" in message.text("nb")
        assert "kan ikkje lesast som eit rekneark" in message.text("nn")
        assert "cannot be read as a spreadsheet" in message.text("en")


def test_a_workbook_is_known_by_its_first_bytes(tmp_path: Path, two_sheets: Path) -> None:
    data = two_sheets.read_bytes()
    assert len(load_accounts(io.BytesIO(data), sheet="Kontoer").items) == 1
    misnamed = tmp_path / "kontoer.csv"
    misnamed.write_bytes(data)
    assert load_accounts(misnamed, sheet=1).format == "xlsx"


def test_a_workbook_open_as_text_is_an_error(two_sheets: Path) -> None:
    with pytest.raises(InventoryError, match="open as text"):
        load_accounts(io.StringIO("x"), format="xlsx")


# --- response logs -------------------------------------------------------------------------


def test_response_date_times_are_oslo_time_and_gaps_and_folds_are_row_errors(
    tmp_path: Path,
) -> None:
    rows: list[list[Cell]] = [
        ["received_at", "assessed_at"],
        [dt.datetime(2024, 5, 15, 9, 0), dt.datetime(2024, 5, 15, 11, 0)],
        [],
        [dt.datetime(2024, 3, 31, 2, 30), ""],  # the clocks skip 02:00-03:00
        [dt.datetime(2024, 10, 27, 2, 30), ""],  # the clocks pass 02:00-03:00 twice
        ["2024-05-15T09:00+02:00", ""],  # ISO text still works
        ["2024-05-15T09:00", ""],  # text without an offset, as in CSV
    ]
    log = load_responses(write_xlsx(tmp_path / "svar.xlsx", {"Logg": rows}))
    assert [(r.row, r.received_at.isoformat()) for r in log.items] == [
        (2, "2024-05-15T09:00:00+02:00"),
        (6, "2024-05-15T09:00:00+02:00"),
    ]
    errors = {error.row: error for error in log.errors}
    assert sorted(errors) == [4, 5, 7]
    gap, fold = errors[4].text("en"), errors[5].text("en")
    assert "does not exist" in gap
    assert "02:30+01:00" in gap
    assert "02:30+02:00" in gap
    assert "exists twice" in fold
    assert "02:30+02:00" in fold
    assert "02:30+01:00" in fold
    assert "finst to gonger" in errors[5].text("nn")
    assert "no UTC offset" in errors[7].text("en")


def test_responses_from_a_dataframe_and_mappings() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {
            "received_at": [
                pd.Timestamp("2024-05-15 09:00", tz="Europe/Oslo"),
                pd.Timestamp("2024-05-15 09:00"),
                pd.NaT,
            ],
            "assessed_at": [pd.NaT, pd.NaT, pd.NaT],
        },
        index=["a", "b", "c"],
    )
    log = load_responses(frame)
    assert [record.row for record in log.items] == ["a"]
    assert [(error.row, error.field) for error in log.errors] == [("b", "received_at")]
    mapped = load_responses([{"received_at": "2024-05-15T09:00Z", "assessed_at": None}, 5])  # type: ignore[list-item]
    assert [record.row for record in mapped.items] == [1]
    assert [error.row for error in mapped.errors] == [2]


# --- cheap to import -----------------------------------------------------------------------


def test_importing_the_library_imports_no_spreadsheet_or_dataframe_library() -> None:
    code = (
        "import sys, randaberg_some; "
        "print(sorted({'python_calamine', 'xlsxwriter', 'openpyxl', 'pandas'} & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
