"""The output side of issue 10: repr, DataFrames, the workbook, the HTML report, --out."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from randaberg_some import (
    Account,
    RandabergSomeError,
    ReadinessChecklist,
    audit,
    load_accounts,
    plan_handles,
    render,
    response_report,
)
from randaberg_some.auditing import AuditReport
from randaberg_some.cli import run
from randaberg_some.errors import MissingDependencyError
from randaberg_some.files.responses import load_responses
from randaberg_some.files.workbook import write_csv, write_report, write_workbook
from randaberg_some.responses import ResponseReport

EXAMPLE = Path(__file__).parent.parent / "examples" / "kontoer.csv"
OSLO = ZoneInfo("Europe/Oslo")
HOSTILE = [
    '=HYPERLINK("http://x","klikk")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    '<script>alert("x")</script>',
    "\"quoted\" & 'single'",
]


def hostile_inventory() -> bytes:
    """Every field of every row holds a formula, a script, quotes; and one unreadable row."""
    header = "platform;handle;name;unit;unit_kind;profile_picture;purposes;administrators\n"
    rows = []
    for value in HOSTILE:
        cell = value.replace('"', '""')
        rows.append(f'facebook;"{cell}";"{cell}";"{cell}";;"{cell}";"{cell}";"{cell}"\n')
    rows.append(f'"{HOSTILE[4]}";"{HOSTILE[0].replace(chr(34), chr(34) * 2)}";x;;;;;\n')
    return (header + "".join(rows)).encode("utf-8")


@pytest.fixture
def hostile() -> AuditReport:
    return audit(load_accounts(io.BytesIO(hostile_inventory())))


@pytest.fixture
def example() -> AuditReport:
    return audit(load_accounts(EXAMPLE))


def responses() -> ResponseReport:
    log = io.BytesIO(
        b"received_at,assessed_at\n"
        b"2024-05-13T09:00+02:00,2024-05-13T10:00+02:00\n"
        b"2024-05-13T09:00+02:00,\n"
        b"not a time,\n"
    )
    return response_report(load_responses(log), at=datetime(2024, 5, 16, 12, tzinfo=OSLO))


# --- repr -----------------------------------------------------------------------------


def results() -> Iterator[object]:
    loaded = load_accounts(EXAMPLE)
    yield loaded
    yield audit(loaded)
    yield load_responses(io.BytesIO(b"received_at,assessed_at\n2024-05-13T09:00+02:00,\nx,\n"))
    yield responses()
    yield plan_handles("Bassenget", ["facebook", "linkedin"])
    yield ReadinessChecklist(unit="Bassenget", platform="tiktok").assess()


@pytest.mark.parametrize("result", list(results()), ids=lambda r: type(r).__name__)
def test_repr_is_one_short_line_of_counts(result: object) -> None:
    shown = repr(result)
    assert "\n" not in shown
    assert len(shown) <= 100, shown
    assert shown.startswith(f"<{type(result).__name__}")
    assert "Kulturskolen" not in shown  # counts, not contents


@pytest.mark.parametrize("result", list(results()), ids=lambda r: type(r).__name__)
def test_every_result_has_records_a_dataframe_and_html(result: object) -> None:
    records = result.to_records()  # type: ignore[attr-defined]
    assert isinstance(records, list)
    frame = result.to_dataframe()  # type: ignore[attr-defined]
    assert len(frame) == len(records)
    page = result._repr_html_()  # type: ignore[attr-defined]
    assert 'class="randaberg-some' in page.split(">", 1)[0]


# --- DataFrames -----------------------------------------------------------------------


def test_the_audit_dataframe_is_typed(example: AuditReport) -> None:
    pd = pytest.importorskip("pandas")
    frame = example.to_dataframe("en")
    assert str(frame["row"].dtype) == "Int64"
    assert isinstance(frame["severity"].dtype, pd.CategoricalDtype)
    assert frame["severity"].cat.ordered
    assert list(frame["severity"].cat.categories) == ["error", "warning", "info"]
    assert frame["message"].dtype == "string"
    assert frame.sort_values("severity")["severity"].iloc[0] == "error"


def test_the_response_dataframe_has_aware_times() -> None:
    pytest.importorskip("pandas")
    frame = responses().to_dataframe()
    assert str(frame["received_at"].dtype).startswith("datetime64[")
    assert str(frame["received_at"].dt.tz) == "Europe/Oslo"
    assert str(frame["row"].dtype) == "Int64"
    assert frame["status"].cat.ordered
    assert frame["received_at"].iloc[0].hour == 9


def test_no_pandas_is_the_librarys_error(
    example: AuditReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingDependencyError, match="pip install pandas"):
        example.to_dataframe()


def test_importing_the_library_imports_no_writer_frame_or_progress_library() -> None:
    code = (
        "import sys, randaberg_some\n"
        "print(sorted(m for m in ('pandas', 'xlsxwriter', 'tqdm', 'python_calamine') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --- the workbook ---------------------------------------------------------------------


def read_workbook(path: Path) -> dict[str, list[list[object]]]:
    calamine = pytest.importorskip("python_calamine")
    book = calamine.CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def test_the_workbook_opens_again_with_its_sheets(example: AuditReport, tmp_path: Path) -> None:
    path = tmp_path / "funn.xlsx"
    example.to_excel(path)
    sheets = read_workbook(path)
    assert list(sheets) == ["Funn", "Rader som ikke kan leses", "Sammendrag"]
    findings = sheets["Funn"]
    assert findings[0][:4] == ["Alvor", "Rad", "Plattform", "Brukernavn"]
    assert "Retningslinje" in findings[0]
    assert len(findings) - 1 == sum(example.by_severity.values()) - 0  # one row per finding
    assert findings[1][0] == "feil"  # errors first
    assert "bruk den offisielle logoen" in {row[-1] for row in findings}
    assert len(sheets["Rader som ikke kan leses"]) == 1 + example.error_rows
    summary = {row[0]: row[1] for row in sheets["Sammendrag"][1:]}
    assert summary["kontoer"] == example.accounts


def test_the_workbook_speaks_the_chosen_language(example: AuditReport, tmp_path: Path) -> None:
    path = tmp_path / "funn.xlsx"
    example.to_excel(path, "en")
    sheets = read_workbook(path)
    assert list(sheets) == ["Findings", "Unreadable rows", "Summary"]
    assert sheets["Findings"][1][0] == "error"


def test_formulas_stay_text_in_the_workbook(hostile: AuditReport, tmp_path: Path) -> None:
    path = tmp_path / "funn.xlsx"
    hostile.to_excel(path)
    cells = {str(cell) for rows in read_workbook(path).values() for row in rows for cell in row}
    for value in HOSTILE:
        assert value in cells
    # No formula anywhere in the file: xlsx keeps formulas in <f> elements.
    import zipfile

    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name)


def test_the_response_workbook(tmp_path: Path) -> None:
    path = tmp_path / "svar.xlsx"
    responses().to_excel(path, "nn")
    sheets = read_workbook(path)
    assert list(sheets) == ["Saker", "Rader som ikkje kan brukast", "Samandrag"]
    assert sheets["Saker"][0] == ["Rad", "Motteke", "Vurdert", "Frist", "Status"]
    assert isinstance(sheets["Saker"][1][1], datetime)
    assert len(sheets["Rader som ikkje kan brukast"]) == 2


def test_a_workbook_goes_to_a_stream_and_junk_is_refused(example: AuditReport) -> None:
    out = io.BytesIO()
    write_workbook(out, render.sheets(example, "nb"))
    assert out.getvalue()[:2] == b"PK"
    with pytest.raises(RandabergSomeError, match="'path' must be"):
        example.to_excel(42)  # type: ignore[arg-type]
    with pytest.raises(RandabergSomeError, match="cannot write"):
        example.to_excel("/nonexistent-directory/funn.xlsx")
    with pytest.raises(RandabergSomeError, match="workbook"):
        render.sheets(plan_handles("Bassenget", ["facebook"]))


def test_csv_for_excel_has_a_bom_semicolons_and_no_formulas(
    hostile: AuditReport, tmp_path: Path
) -> None:
    path = tmp_path / "funn.csv"
    write_csv(path, hostile.to_records())
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("row;position;platform;handle")
    for line in text.splitlines():
        for cell in line.split(";"):
            assert not cell.lstrip('"').startswith(("=", "+", "-", "@")), line


def test_write_report_refuses_an_unknown_suffix(example: AuditReport, tmp_path: Path) -> None:
    with pytest.raises(RandabergSomeError, match=r"\.xlsx, \.csv, \.json, \.html"):
        write_report(example, tmp_path / "funn.txt")


# --- the HTML report ------------------------------------------------------------------


class Page(HTMLParser):
    """The elements, classes and text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def classes(self, tag: str) -> list[str]:
        return [attrs.get("class") or "" for name, attrs in self.tags if name == tag]


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


def test_the_html_report_has_counts_accounts_and_unreadable_rows(example: AuditReport) -> None:
    page = parse(example.to_html())
    assert page.tags[0] == ("div", {"class": "randaberg-some rs-audit"})
    assert "rs-counts" in page.classes("ul")
    sections = page.classes("section")
    assert sections[-1] == "rs-unreadable"
    assert sections.count("rs-account") == len({f.position for f in example.findings})
    text = " ".join(page.text)
    assert "19kontoer" in text.replace(" ", "")
    assert "profilbilde" in text
    assert "profile_picture" not in text
    assert "bruk den offisielle logoen" in text
    assert "official_logo" not in text
    # severity by word and by colour (a class)
    assert {"rs-error", "rs-warning", "rs-info"} <= set(page.classes("tr"))
    assert "feil" in text
    assert "advarsel" in text
    assert "merknad" in text
    # the unreadable rows name their platform and handle
    assert "@randabergkommune_idretten" in text


def test_the_html_report_puts_errors_first(example: AuditReport) -> None:
    rank = {"rs-error": 0, "rs-warning": 1, "rs-info": 2}
    groups: list[list[int]] = []
    for tag, attrs in parse(example.to_html("en")).tags:
        if tag == "section":
            groups.append([])
        elif tag == "tr" and attrs.get("class") in rank:
            groups[-1].append(rank[str(attrs["class"])])
    accounts = [group for group in groups[:-1] if group]  # the last: unreadable rows
    assert all(group == sorted(group) for group in accounts)
    worst = [group[0] for group in accounts]
    assert worst == sorted(worst)
    assert len(accounts) == len({finding.position for finding in example.findings})


def test_the_same_sentence_twice_on_one_account_is_shown_once() -> None:
    from randaberg_some.render.audit import html as audit_html

    report = audit([Account(platform="facebook", handle="@randabergkommune_x", name="X")])
    finding = report.findings[0]
    doubled = AuditReport(
        findings=(finding, finding),
        accounts=1,
        by_rule={finding.code: 2},
        by_severity={finding.severity: 2},
    )
    page = audit_html(doubled, "en")
    assert page.count(finding.violation.text("en").replace("'", "&#x27;")) == 1


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_hostile_data_is_escaped_everywhere(hostile: AuditReport, lang: str) -> None:
    page = hostile.to_html(lang)  # type: ignore[arg-type]
    parsed = parse(page)
    assert [tag for tag, _ in parsed.tags].count("script") == 0
    assert all(
        tag
        in {
            "div",
            "style",
            "ul",
            "li",
            "strong",
            "p",
            "section",
            "h4",
            "span",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "code",
        }
        for tag, _ in parsed.tags
    )
    text = "".join(parsed.text)
    for value in HOSTILE:
        assert value in text


def test_the_response_html_shows_status_by_word_and_colour() -> None:
    page = parse(responses().to_html("en"))
    assert {"rs-met", "rs-overdue", "rs-error"} <= set(page.classes("tr"))
    text = " ".join(page.text)
    assert "met" in text
    assert "overdue" in text
    assert "received" in text  # the field of the unusable row, as a person names it


def test_a_page_is_a_whole_document(example: AuditReport) -> None:
    page = render.page(example, "nn")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="nn">' in page
    assert "Kontroll av kontoar" in page


# --- the command line -----------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json", ".html"])
def test_check_out_writes_by_suffix(suffix: str, tmp_path: Path) -> None:
    target = tmp_path / f"funn{suffix}"
    out = io.StringIO()
    status = run(["check", str(EXAMPLE), "--out", str(target), "--lang", "en"], stdout=out)
    assert status == 1
    assert out.getvalue().splitlines()[0].startswith("19 accounts")
    data = target.read_bytes()
    if suffix == ".xlsx":
        assert data[:2] == b"PK"
    elif suffix == ".csv":
        assert data.startswith(b"\xef\xbb\xbf")
        assert b";" in data
    elif suffix == ".json":
        assert json.loads(data)["accounts"] == 19
    else:
        assert data.startswith(b"<!DOCTYPE html>")


def test_responses_out_writes_a_workbook(tmp_path: Path) -> None:
    log = tmp_path / "svar.csv"
    log.write_text("received_at,assessed_at\n2024-05-13T09:00+02:00,\n", encoding="utf-8")
    target = tmp_path / "svar.xlsx"
    out = io.StringIO()
    status = run(
        ["responses", str(log), "--at", "2024-05-16T12:00", "--out", str(target)], stdout=out
    )
    assert status == 1
    assert list(read_workbook(target)) == ["Saker", "Rader som ikke kan brukes", "Sammendrag"]


def test_an_unknown_suffix_is_a_usage_error(tmp_path: Path) -> None:
    err = io.StringIO()
    status = run(
        ["check", str(EXAMPLE), "--out", str(tmp_path / "funn.txt")],
        stderr=err,
        stdout=io.StringIO(),
    )
    assert status == 2
    assert ".xlsx, .csv, .json eller .html" in err.getvalue()
    assert not (tmp_path / "funn.txt").exists()


# --- progress -------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def big_inventory(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "stor.csv"
    lines = ["platform;handle;name"]
    lines += [f"tiktok;@randabergkommune_x{i};Randabergkommune X{i}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("tty", [True, False])
def test_check_shows_progress_only_on_a_terminal(
    tty: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("randaberg_some.cli._out.PROGRESS_FROM", 50)
    path = big_inventory(tmp_path, 200)
    err = Terminal() if tty else io.StringIO()
    run(["check", str(path), "--out", str(tmp_path / "f.json")], stdout=io.StringIO(), stderr=err)
    if tty:
        assert "/200 [" in err.getvalue()
    else:
        assert err.getvalue() == ""


def test_a_small_file_shows_no_progress(tmp_path: Path) -> None:
    err = Terminal()
    run(["check", str(big_inventory(tmp_path, 20))], stdout=io.StringIO(), stderr=err)
    assert err.getvalue() == ""


@pytest.mark.parametrize("tty", [True, False])
def test_responses_shows_progress_only_on_a_terminal(
    tty: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("randaberg_some.cli._out.PROGRESS_FROM", 50)
    log = tmp_path / "svar.csv"
    lines = ["received_at,assessed_at"] + ["2024-05-13T09:00+02:00,"] * 120 + ["x,"]
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = Terminal() if tty else io.StringIO()
    out = io.StringIO()
    run(["responses", str(log), "--at", "2024-05-16T12:00", "--lang", "en"], stdout=out, stderr=err)
    assert ("/120 [" in err.getvalue()) is tty
    assert "Errors in 1 row." in out.getvalue()


def test_a_loaded_file_as_text_json_and_html() -> None:
    loaded = load_accounts(EXAMPLE)
    text = render.text(loaded, "en")
    assert text.splitlines()[0].endswith("22 rows, 19 read, 3 with errors.")
    assert "row 21: " in text
    document = json.loads(render.to_json(loaded))
    assert document["rows"][-1]["errors"]["nn"]
    log = load_responses(io.BytesIO(b"received_at,assessed_at\n2024-05-13T09:00+02:00,\n"))
    assert json.loads(render.to_json(log))["rows"][0]["received_at"].startswith("2024-05-13")
    page = parse(render.html(log, "nn"))
    assert "motteke" in page.text


def test_a_loaded_file_of_other_values() -> None:
    from randaberg_some.rows import Loaded, Row

    loaded: Loaded[object] = Loaded(rows=(Row(row=2, value=3),))
    assert loaded.to_records() == [
        {"row": 2, "line": None, "value": "3", "error_fields": None, "errors": None}
    ]


def test_rows_that_are_not_numbers_stay_as_they_are() -> None:
    pytest.importorskip("pandas")
    from randaberg_some.render._frames import frame

    data = frame([{"row": "kari"}, {"row": 3}, {"row": None}], ["row"], ints=["row"])
    assert list(data["row"]) == ["kari", 3, None]
    assert str(frame([{"row": 3}, {"row": None}], ["row"], ints=["row"])["row"].dtype) == "Int64"


@pytest.mark.parametrize("command", ["check", "responses"])
def test_out_never_overwrites_the_file_being_read(tmp_path: Path, command: str) -> None:
    source = tmp_path / "data.csv"
    text = (
        EXAMPLE.read_text(encoding="utf-8-sig")
        if command == "check"
        else "received_at,assessed_at\n2024-05-13T09:00+02:00,\n"
    )
    source.write_text(text, encoding="utf-8")
    err = io.StringIO()
    status = run([command, str(source), "--out", str(source)], stdout=io.StringIO(), stderr=err)
    assert status == 2
    assert "er filen som leses" in err.getvalue()
    assert source.read_text(encoding="utf-8") == text


def test_a_file_that_cannot_be_written_is_said_in_the_chosen_language(tmp_path: Path) -> None:
    err = io.StringIO()
    target = tmp_path / "no folder" / "funn.xlsx"
    argv = ["check", str(EXAMPLE), "--out", str(target), "--lang", "nn"]
    assert run(argv, stdout=io.StringIO(), stderr=err) == 2
    assert err.getvalue().count("\n") == 1
    assert "kan ikkje skrive" in err.getvalue()


def test_a_workbook_is_not_written_to_a_text_stream(example: AuditReport) -> None:
    with pytest.raises(RandabergSomeError, match="binary stream"):
        example.to_excel(io.StringIO())  # type: ignore[arg-type]


def test_the_command_line_reads_the_sheet_asked_for(tmp_path: Path) -> None:
    import xlsxwriter  # type: ignore[import-untyped]

    path = tmp_path / "logg.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    workbook.add_worksheet("Tom")
    sheet = workbook.add_worksheet("Logg")
    for row, cells in enumerate(
        [("received_at", "assessed_at"), ("2024-05-13T09:00+02:00", "2024-05-13T10:00+02:00")]
    ):
        for column, cell in enumerate(cells):
            sheet.write_string(row, column, cell)
    workbook.close()
    at = ["--at", "2024-05-16T12:00"]
    for sheet_named in ("Logg", "2"):
        out = io.StringIO()
        argv = ["responses", str(path), "--sheet", sheet_named, *at, "--lang", "en"]
        assert run(argv, stdout=out, stderr=io.StringIO()) == 0
        assert "1 item: 1 met" in out.getvalue()
    assert run(["responses", str(path), *at], stdout=io.StringIO(), stderr=io.StringIO()) == 2
