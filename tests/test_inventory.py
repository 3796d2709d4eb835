"""Inventories: loading CSV, JSON and JSON Lines, and the audit across accounts."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from randaberg_some import (
    Account,
    InventoryError,
    PictureKind,
    Platform,
    ProfilePicture,
    Purpose,
    RandabergSomeError,
    Severity,
    Unit,
    UnitKind,
)
from randaberg_some.auditing import AuditReport, Finding, audit, iter_findings
from randaberg_some.files.inventory import Format, InventoryReader, iter_accounts, load_accounts
from randaberg_some.rows import Loaded, Row, RowError

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kontoer.csv"

HEADER = (
    "platform;handle;name;unit;unit_kind;unit_abbreviation;own_visual_profile;"
    "profile_picture;purposes;administrators"
)
MAIN = "facebook;@randabergkommune;Randaberg kommune;;;;;official_logo;information;Kari Nordmann"
BASSENGET = (
    "instagram;@randabergkommune_bassenget;Randabergkommune Bassenget;Bassenget;tjeneste;;nei;"
    "official_logo;informasjon;Ola Nordmann"
)


def csv_text(*rows: str, header: str = HEADER) -> str:
    return "\n".join((header, *rows)) + "\n"


def load(*rows: str, header: str = HEADER) -> Loaded[Account]:
    return load_accounts(io.StringIO(csv_text(*rows, header=header)))


def codes(report: AuditReport, row: int) -> list[str]:
    return [finding.code for finding in report.findings if finding.row == row]


# --- a file with everything -------------------------------------------------------------

MIXED = [
    # row 1: the main account, clean
    MAIN,
    # row 2: empty platform
    ";@randabergkommune_x;Randabergkommune X;X;;;;official_logo;information;Kari",
    # row 3: a unit account, clean
    BASSENGET,
    # row 4: unknown unit kind
    "facebook;@randabergkommune.skole;Randabergkommune Skole;Skole;skole;;;official_logo;;Kari",
    # row 5: a bad own_visual_profile value
    "instagram;@randabergkommune_kultur;Randabergkommune Kultur;Kultur;event;;kanskje;;;Kari",
    # row 6: a malformed digest
    "youtube;@randabergkommune_kultur;Randabergkommune Kultur;Kultur;;;;sha256:12ab;;Kari",
    # row 7: an unclosed quote: costs only this row
    'tiktok;"@randabergkommune_kultur;Randabergkommune Kultur;Kultur;;;;;;Kari',
    # row 8: too many fields
    "vimeo;randabergkommune;Randaberg kommune;;;;;official_logo;information;Kari;extra",
    # row 9: an empty handle: an account, reported by H101
    "linkedin;;Randaberg kommune;;;;;official_logo;information;Kari",
    # row 10: case processing (G4) and no administrator (G6.3)
    "facebook;@randabergkommune.nav;Randabergkommune NAV;NAV;service;;;official_logo;"
    '"information;saksbehandling";',
    # row 11: collides with row 1 on Facebook (case and periods ignored)
    "facebook;@RandabergKommune;Randaberg kommune;;;;;official_logo;information;Ola",
    # row 12: unit fields without a unit
    "instagram;@randabergkommune;Randaberg kommune;;tjeneste;abc;ja;official_logo;;Kari",
    # row 13: too few fields
    "youtube;@randabergkommune;Randaberg kommune",
    # row 14: the main account again, identical: a duplicate entry
    MAIN,
]


@pytest.fixture(scope="module")
def mixed() -> Loaded[Account]:
    return load(*MIXED)


def test_every_data_row_is_an_account_or_an_error(mixed: Loaded[Account]) -> None:
    assert mixed.data_rows == len(MIXED) == 14
    assert [row.row for row in mixed.rows] == list(range(2, 16))
    assert mixed.error_rows == (3, 5, 6, 7, 8, 9, 13, 14)
    assert len(mixed.items) + len(mixed.error_rows) == mixed.data_rows
    assert [row.row for row in mixed.rows if row.value is not None] == [2, 4, 10, 11, 12, 15]
    for row in mixed.rows:
        assert (row.value is None) == bool(row.errors)
        assert all(error.row == row.row for error in row.errors)


def test_row_errors_name_their_row_line_and_field(mixed: Loaded[Account]) -> None:
    found = [(e.row, e.line, e.field) for e in mixed.errors]
    assert found == [
        (3, 3, "platform"),
        (5, 5, "unit_kind"),
        (6, 6, "own_visual_profile"),
        (7, 7, "profile_picture"),
        (8, 8, None),
        (9, 9, None),
        (13, 13, "unit_kind"),
        (13, 13, "unit_abbreviation"),
        (13, 13, "own_visual_profile"),
        (14, 14, None),
    ]
    messages = {(e.row, e.field): e for e in mixed.errors}
    assert messages[3, "platform"].text() == "Plattformen mangler."
    assert "'skole'" in messages[5, "unit_kind"].text("en")
    assert "'kanskje'" in messages[6, "own_visual_profile"].text("en")
    assert "'sha256:12ab'" in messages[7, "profile_picture"].text("en")
    assert "never closed" in messages[8, None].text("en")
    assert messages[9, None].text("en") == "The row has 11 fields; the header has 10."
    assert messages[14, None].text("en") == "The row has 3 fields; the header has 10."
    assert messages[14, None].text() == "Raden har 3 felt; overskriften har 10."


@pytest.mark.guideline("G4", "G6.3", "G12")
def test_the_findings_of_the_mixed_file(mixed: Loaded[Account]) -> None:
    report = audit(mixed)
    assert codes(report, 2) == []
    assert codes(report, 4) == []
    assert "H101" in codes(report, 10)
    assert codes(report, 11) == ["U601", "A701"]
    assert codes(report, 12) == ["X901"]
    assert codes(report, 15) == ["X903"]
    assert report.accounts == 6
    assert report.error_rows == 8
    assert not report.ok
    (collision,) = (f for f in report.findings if f.code == "X901")
    assert collision.account.handle == "@RandabergKommune"
    assert "(row 2)" in collision.violation.text("en")
    assert collision.violation.source == "facebook"


def test_the_accounts_of_the_mixed_file(mixed: Loaded[Account]) -> None:
    main, bassenget, no_handle, nav, _, _ = mixed.items
    assert main.platform is Platform.FACEBOOK
    assert main.unit is None
    assert main.profile_picture == ProfilePicture.official_logo()
    assert main.purposes == (Purpose.INFORMATION,)
    assert main.administrators == ("Kari Nordmann",)
    assert bassenget.unit == Unit(name="Bassenget", kind=UnitKind.SERVICE)
    assert no_handle.handle == ""
    assert nav.purposes == (Purpose.INFORMATION, Purpose.CASE_PROCESSING)
    assert nav.administrators == ()


# --- what counts as a row ----------------------------------------------------------------


def test_blank_lines_and_rows_of_empty_cells_are_not_rows() -> None:
    loaded = load("", MAIN, "   ", ";;;;;;;;;", ";;", BASSENGET, "")
    assert loaded.data_rows == 2
    assert [row.line for row in loaded.rows] == [3, 7]
    assert loaded.errors == ()


def test_a_quoted_field_may_span_lines() -> None:
    row = (
        'facebook;@randabergkommune;"Randaberg\nkommune";;;;;official_logo;information;'
        '"Kari Nordmann\r\nOla Nordmann"'
    )
    loaded = load(row, BASSENGET)
    assert loaded.data_rows == 2
    (first, second) = loaded.rows
    assert first.value is not None
    assert first.value.name == "Randaberg\nkommune"
    assert first.value.administrators == ("Kari Nordmann\r\nOla Nordmann",)
    assert (first.line, second.line) == (2, 5)
    assert second.row == 3


def test_an_unclosed_quote_costs_only_its_own_line() -> None:
    broken = 'tiktok;"@randabergkommune;Randaberg kommune;;;;;;;Kari'
    loaded = load(MAIN, broken, BASSENGET, MAIN)
    assert loaded.data_rows == 4
    assert loaded.error_rows == (3,)
    assert [row.row for row in loaded.rows if row.value] == [2, 4, 5]


def test_a_quote_that_closes_lines_later_with_the_wrong_width_resyncs() -> None:
    # The quote opened on line 3 closes on line 5, but the joined record is not 10 fields
    # wide: only line 3 is the broken row, and lines 4 and 5 are read as rows of their own.
    loaded = load(MAIN, 'tiktok;"@x;;;;;;;;Kari', BASSENGET, 'vimeo;x";', MAIN)
    assert [(row.row, row.line, bool(row.value)) for row in loaded.rows] == [
        (2, 2, True),
        (3, 3, False),
        (4, 4, True),
        (5, 5, False),
        (6, 6, True),
    ]


def test_text_after_a_closing_quote_is_a_row_error() -> None:
    loaded = load('facebook;"@randabergkommune"x;Randaberg kommune;;;;;;;Kari', MAIN)
    assert loaded.error_rows == (2,)
    assert "after a closing quote" in loaded.errors[0].text("en")


def test_quotes_inside_fields() -> None:
    loaded = load(
        'facebook;"@randabergkommune";"Randaberg ""kommune""";;;;;  ;;Kari "K" Nordmann',
    )
    (account,) = loaded.items
    assert account.handle == "@randabergkommune"
    assert account.name == 'Randaberg "kommune"'
    assert account.administrators == ('Kari "K" Nordmann',)


def test_a_lone_carriage_return_ends_a_line() -> None:
    text = HEADER + "\r" + MAIN + "\r" + BASSENGET + "\r"
    loaded = load_accounts(io.StringIO(text))
    assert [row.line for row in loaded.rows] == [2, 3]
    assert len(loaded.items) == 2


def test_a_record_spans_at_most_a_hundred_lines() -> None:
    many = "\n".join(["x"] * 120)
    loaded = load(f'facebook;@randabergkommune;"{many}";;;;;;;Kari', MAIN)
    assert loaded.rows[0].errors
    assert loaded.rows[0].line == 2
    # The lines of the unclosed field are read as rows of their own, then MAIN.
    assert loaded.rows[-1].value is not None


# --- columns and values --------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_the_delimiter_is_sniffed_from_the_header(delimiter: str) -> None:
    header = HEADER.replace(";", delimiter)
    row = MAIN.replace(";", delimiter)
    (account,) = load(row, header=header).items
    assert account.handle == "@randabergkommune"


def test_bokmal_column_names_and_unknown_columns() -> None:
    header = (
        "Plattform;Brukernavn;Navn;Enhet;Enhetstype;Enhetsforkortelse;Egen visuell profil;"
        "Profilbilde;Formål;Administratorer;Kommentar;"
    )
    row = (
        "Instagram;@randabergkommune_kh;Randabergkommune Kulturhuset;Kulturhuset;"
        "kulturinstitusjon;KH;Ja;Husets logo;informasjon, profilering;Liv | Per;ny;"
    )
    loaded = load(row, row, header=header)
    assert loaded.unknown_columns == ("Kommentar", "(unnamed column 12)")
    account = loaded.items[0]
    assert account.unit == Unit(
        name="Kulturhuset",
        kind=UnitKind.CULTURAL_INSTITUTION,
        abbreviation="kh",
        own_visual_profile=True,
    )
    assert account.profile_picture == ProfilePicture.other("Husets logo")
    assert account.purposes == (Purpose.INFORMATION, Purpose.BRANDING)
    assert account.administrators == ("Liv", "Per")
    assert audit(loaded).unknown_columns == loaded.unknown_columns


def test_formal_without_the_ring_is_an_alias() -> None:
    (account,) = load(MAIN, header=HEADER.replace("purposes", "formal")).items
    assert account.purposes == (Purpose.INFORMATION,)


def test_row_errors_use_the_files_own_column_name() -> None:
    loaded = load(
        "facebook;@randabergkommune;Randaberg kommune;;;;kanskje;;;Kari",
        header=HEADER.replace("own_visual_profile", "egen_visuell_profil"),
    )
    (error,) = loaded.errors
    assert error.field == "own_visual_profile"
    assert error.text("en").startswith("'egen_visuell_profil' must be yes or no")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("", False), ("ja", True), ("Nei", False), ("TRUE", True), ("0", False), ("yes", True)],
)
def test_own_visual_profile_values(cell: str, expected: bool) -> None:
    row = f"instagram;@randabergkommune_x;Randabergkommune X;X;event;;{cell};;;Kari"
    (account,) = load(row).items
    assert account.unit is not None
    assert account.unit.own_visual_profile is expected


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("official_logo", PictureKind.OFFICIAL_LOGO),
        ("Offisiell logo", PictureKind.OFFICIAL_LOGO),
        ("sha256:" + "AB" * 32, PictureKind.IMAGE),
        ("photo of the pool", PictureKind.OTHER),
    ],
)
def test_profile_picture_values(cell: str, kind: PictureKind) -> None:
    (account,) = load(f"facebook;@randabergkommune;Randaberg kommune;;;;;{cell};;Kari").items
    assert account.profile_picture is not None
    assert account.profile_picture.kind is kind


def test_an_empty_profile_picture_is_unknown() -> None:
    (account,) = load("facebook;@randabergkommune;Randaberg kommune;;;;;;;Kari").items
    assert account.profile_picture is None


def test_an_unknown_platform_and_purpose_are_kept_for_the_checks() -> None:
    loaded = load("Snapchat;randabergkommune;Randaberg kommune;;;;;official_logo;moro;Kari")
    (account,) = loaded.items
    assert account.platform == "snapchat"
    assert account.purposes == ("moro",)
    assert {"C801", "U602"} <= set(codes(audit(loaded), 2))


def test_an_invalid_abbreviation_is_a_row_error() -> None:
    loaded = load("facebook;@randabergkommune.x;Randabergkommune X;X;;æ-b;;;;Kari")
    (error,) = loaded.errors
    assert error.field == "unit_abbreviation"


# --- JSON and JSON Lines -------------------------------------------------------------------

GOOD_OBJECT = {
    "platform": "instagram",
    "handle": "@randabergkommune_bassenget",
    "name": "Randabergkommune Bassenget",
    "unit": "Bassenget",
    "unit_kind": "tjeneste",
    "own_visual_profile": False,
    "profile_picture": "official_logo",
    "purposes": ["informasjon"],
    "administrators": ["Ola Nordmann"],
}


def test_json_rows_are_numbered_by_their_index() -> None:
    document = [
        GOOD_OBJECT,
        {**GOOD_OBJECT, "name": 5, "administrators": ["Kari", 7]},
        42,
        {**GOOD_OBJECT, "own_visual_profile": "ja", "purposes": "informasjon, profilering"},
        {**GOOD_OBJECT, "platform": None, "kommentar": "x"},
    ]
    loaded = load_accounts(io.StringIO(json.dumps(document)), format="json")
    assert loaded.format == "json"
    assert loaded.data_rows == 5
    assert [(e.row, e.line, e.field) for e in loaded.errors] == [
        (2, None, "name"),
        (2, None, "administrators"),
        (3, None, None),
        (5, None, "platform"),
    ]
    assert loaded.errors[0].text("en") == "'name' must be text (got 5)."
    assert loaded.errors[2].text("en") == "The row is not an object (got 42)."
    assert loaded.unknown_columns == ("kommentar",)
    assert loaded.items[1].purposes == (Purpose.INFORMATION, Purpose.BRANDING)
    assert loaded.items[1].unit is not None
    assert loaded.items[1].unit.own_visual_profile is True


def test_json_lines_are_numbered_by_data_row_and_line() -> None:
    lines = [json.dumps(GOOD_OBJECT), "", "{not json", json.dumps([1]), json.dumps(GOOD_OBJECT)]
    loaded = load_accounts(io.BytesIO("\n".join(lines).encode()), format="jsonl")
    assert [(row.row, row.line, bool(row.value)) for row in loaded.rows] == [
        (1, 1, True),
        (3, 3, False),
        (4, 4, False),
        (5, 5, True),
    ]
    assert "not valid JSON" in loaded.errors[0].text("en")


@pytest.mark.parametrize(
    ("name", "content", "format"),
    [
        ("kontoer.csv", csv_text(MAIN), "csv"),
        ("kontoer.json", json.dumps([GOOD_OBJECT]), "json"),
        ("kontoer.jsonl", json.dumps(GOOD_OBJECT) + "\n", "jsonl"),
        ("kontoer.ndjson", json.dumps(GOOD_OBJECT) + "\n", "jsonl"),
        ("kontoer.dat", "\n  " + json.dumps([GOOD_OBJECT]), "json"),
        ("kontoer", json.dumps(GOOD_OBJECT), "jsonl"),
        ("kontoer.export", csv_text(MAIN), "csv"),
    ],
)
def test_the_format_comes_from_the_suffix_or_the_first_character(
    tmp_path: Path, name: str, content: str, format: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    loaded = load_accounts(path)
    assert loaded.format == format
    assert len(loaded.items) == 1
    assert loaded.source == str(path)


def test_a_utf8_file_with_a_bom_from_a_path_and_from_a_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "kontoer.csv"
    path.write_bytes(("\ufeff" + csv_text(MAIN)).encode("utf-8"))
    assert len(load_accounts(path).items) == 1
    assert len(load_accounts(str(path)).items) == 1
    with path.open("rb") as file:
        assert len(load_accounts(file).items) == 1
        assert not file.closed  # the caller's file is the caller's to close
    with path.open(encoding="utf-8") as file:
        assert len(load_accounts(file).items) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no header"),
        (b"\n  \n", "no header"),
        (b"a;b;c\n1;2;3\n", "no column 'platform', 'handle', 'name'"),
        (b"platform;handle;name;brukernavn\n", "names the column 'handle' twice"),
        (b'platform;"handle;name\nx;y;z\n', "broken quoting"),
        (b"platform;handle;name\nfacebook;\x81;x\n", "not UTF-8, UTF-16 or Windows-1252"),
        (b"platform;handle;name\nfacebook;\xc3\xa6;\xe6\n", "the byte b.*xe6' on line 2"),
    ],
)
def test_a_csv_file_that_cannot_be_read_at_all(content: bytes, message: str) -> None:
    with pytest.raises(InventoryError, match=message):
        load_accounts(io.BytesIO(content), format="csv")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"platform": "facebook"}', "must be a list of objects"),
        ("[1, 2", "bad JSON at line 1"),
        ("", "bad JSON"),
    ],
)
def test_a_json_file_that_cannot_be_read_at_all(content: str, message: str) -> None:
    with pytest.raises(InventoryError, match=message):
        load_accounts(io.StringIO(content), format="json")


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InventoryError, match=r"cannot read .*missing\.csv"):
        load_accounts(tmp_path / "missing.csv")


@pytest.mark.parametrize("source", [5, None, b"kontoer.csv"])
def test_a_source_that_is_not_a_file(source: object) -> None:
    with pytest.raises(InventoryError, match="must be a path or an open file"):
        load_accounts(source)  # type: ignore[arg-type]


def test_an_unknown_format() -> None:
    with pytest.raises(InventoryError, match="'format' must be"):
        load_accounts(io.StringIO(""), format="pdf")  # type: ignore[arg-type]


def test_an_empty_json_lines_file_has_no_rows() -> None:
    assert load_accounts(io.StringIO(""), format="jsonl").rows == ()


# --- streaming ---------------------------------------------------------------------------------


def test_iter_accounts_reads_lazily() -> None:
    text = csv_text(*[MAIN] * 1000)
    stream = io.StringIO(text)
    with iter_accounts(stream) as rows:
        assert isinstance(rows, InventoryReader)
        first = next(rows)
        assert first.row == 2
        assert stream.tell() < len(text) // 10
        rest = list(rows)
    assert len(rest) == 999


def test_a_reader_closes_the_file_it_opened(tmp_path: Path) -> None:
    path = tmp_path / "kontoer.csv"
    path.write_text(csv_text(MAIN, MAIN), encoding="utf-8")
    reader = iter_accounts(path)
    stream = reader._stream
    assert stream is not None
    before = reader.closed
    rows = list(reader)
    assert (before, len(rows), reader.closed, stream.closed) == (False, 2, True, True)
    with iter_accounts(path) as early:
        stream = early._stream
        next(early)
    assert early.closed
    assert stream is not None
    assert stream.closed


def test_the_json_lines_reader_learns_unknown_columns_as_it_reads() -> None:
    lines = [json.dumps(GOOD_OBJECT), json.dumps({**GOOD_OBJECT, "extra": 1})]
    with iter_accounts(io.StringIO("\n".join(lines)), format="jsonl") as rows:
        next(rows)
        assert list(rows.unknown_columns) == []
        next(rows)
        assert list(rows.unknown_columns) == ["extra"]


def test_iter_findings_yields_findings_and_row_errors() -> None:
    with iter_accounts(io.StringIO(csv_text(MAIN, ";x;y;;;;;;;"))) as rows:
        found = list(iter_findings(rows))
    assert [type(item) for item in found] == [RowError]
    assert isinstance(found[0], RowError)
    assert found[0].row == 3


def test_streamed_audit_keeps_only_counts_when_asked() -> None:
    full = audit(load(*MIXED))
    with iter_accounts(io.StringIO(csv_text(*MIXED))) as rows:
        counted = audit(rows, keep_findings=False)
    assert counted.findings == ()
    assert counted.row_errors == ()
    assert counted.by_rule == full.by_rule
    assert counted.by_severity == full.by_severity
    assert (counted.accounts, counted.error_rows, counted.ok) == (6, 8, False)


def test_the_rules_across_accounts_can_be_left_out(mixed: Loaded[Account]) -> None:
    with_them = audit(mixed)
    without = audit(mixed, across=False)
    assert [f for f in with_them.findings if not f.code.startswith("X")] == list(without.findings)
    assert {f.code for f in with_them.findings} >= {"X901", "X903"}
    found = list(iter_findings(mixed, across=False))
    assert not any(isinstance(f, Finding) and f.code.startswith("X") for f in found)


# --- the audit -----------------------------------------------------------------------------


def unit_account(platform: str, handle: str, unit: str = "Bassenget", **changes: object) -> Account:
    fields: dict[str, object] = {
        "platform": platform,
        "name": f"Randabergkommune {unit}",
        "handle": handle,
        "unit": Unit(name=unit, kind=UnitKind.SERVICE),
        "profile_picture": ProfilePicture.official_logo(),
        "purposes": (Purpose.INFORMATION,),
        "administrators": ("Kari Nordmann",),
    }
    fields.update(changes)
    return Account(**fields)  # type: ignore[arg-type]


def cross(report: AuditReport) -> list[tuple[int, str]]:
    return [(f.position, f.code) for f in report.findings if f.code.startswith("X")]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("@randabergkommune.bassenget", "@RandabergKommuneBassenget", [(2, "X901")]),
        ("@randabergkommune.bassenget", "@randabergkommune.bassenget.", [(2, "X901")]),
        ("@randabergkommune.bassenget", "@randabergkommune.bassengen", []),
    ],
)
def test_handles_collide_as_facebook_compares_them(
    first: str, second: str, expected: list[tuple[int, str]]
) -> None:
    report = audit(
        [
            unit_account("facebook", first),
            unit_account("facebook", second, administrators=("Ola",)),
        ]
    )
    assert cross(report) == expected


def test_instagram_keeps_periods_when_comparing() -> None:
    report = audit(
        [
            unit_account("instagram", "@randabergkommune_bassenget"),
            unit_account("instagram", "@randabergkommune_basse.nget", administrators=("Ola",)),
        ]
    )
    assert [code for _, code in cross(report)] == []


def test_the_same_handle_on_two_platforms_is_no_collision() -> None:
    report = audit([unit_account("instagram", "@randabergkommune_bassenget")] * 1)
    both = audit(
        [
            unit_account("instagram", "@randabergkommune_bassenget"),
            unit_account("youtube", "@randabergkommune_bassenget"),
        ]
    )
    assert cross(report) == cross(both) == []


def test_a_collision_on_an_unknown_platform_ignores_case() -> None:
    report = audit(
        [
            unit_account("snapchat", "randabergkommune_x"),
            unit_account("Snapchat", "@RandabergKommune_X", administrators=("Ola",)),
        ]
    )
    assert cross(report) == [(2, "X901")]


def test_an_identical_account_is_a_duplicate_entry_not_a_collision() -> None:
    account = unit_account("instagram", "@randabergkommune_bassenget")
    report = audit([account, account, account])
    assert cross(report) == [(2, "X903"), (3, "X903")]
    assert report.findings[0].severity is Severity.WARNING
    assert report.findings[0].violation.source == "inventory"
    assert "(account 1)" in report.findings[0].violation.text("en")


def test_empty_handles_do_not_collide() -> None:
    report = audit([unit_account("instagram", ""), unit_account("instagram", "@")])
    assert cross(report) == []


@pytest.mark.guideline("G12")
def test_a_unit_with_different_abbreviations_on_two_platforms() -> None:
    report = audit(
        [
            unit_account("instagram", "@randabergkommune_bassenget"),
            unit_account("youtube", "@randabergkommune_svomming"),
        ]
    )
    (finding,) = (f for f in report.findings if f.code == "X902")
    assert finding.position == 2
    assert finding.severity is Severity.WARNING
    assert finding.violation.source == "G12"
    assert finding.violation.fix == "@randabergkommune_bassenget"
    assert "'svomming' on YouTube, but 'bassenget' on Instagram (account 1)" in (
        finding.violation.text("en")
    )


@pytest.mark.guideline("G12")
def test_the_separator_of_each_platform_is_not_a_difference() -> None:
    report = audit(
        [
            unit_account("instagram", "@randabergkommune_bassenget"),
            unit_account("facebook", "@randabergkommune.bassenget"),
            unit_account("linkedin", "randabergkommune-bassenget"),
            unit_account("youtube", "@RandabergKommune_Bassenget"),
        ]
    )
    assert cross(report) == []


@pytest.mark.guideline("G12")
def test_a_shortening_forced_by_one_platform_is_still_reported() -> None:
    # The naming rules choose one abbreviation that fits every platform (plan_handles):
    # "basseng" on TikTok means "basseng" everywhere.
    report = audit(
        [
            unit_account("tiktok", "@randabergkommune_basseng"),
            unit_account("instagram", "@randabergkommune_bassenget"),
        ]
    )
    assert cross(report) == [(2, "X902")]
    assert report.findings[-1].violation.fix == "@randabergkommune_basseng"
    reverse = audit(
        [
            unit_account("instagram", "@randabergkommune_bassenget"),
            unit_account("tiktok", "@randabergkommune_basseng"),
        ]
    )
    (finding,) = (f for f in reverse.findings if f.code == "X902")
    assert finding.violation.fix is None
    assert "'bassenget' is too long for TikTok" in finding.violation.text("en")


def test_the_same_unit_on_one_platform_twice_is_no_abbreviation_difference() -> None:
    report = audit(
        [
            unit_account("instagram", "@randabergkommune_bassenget"),
            unit_account("instagram", "@randabergkommune_svomming"),
        ]
    )
    assert "X902" not in [code for _, code in cross(report)]


def test_units_are_matched_by_their_folded_name() -> None:
    report = audit(
        [
            unit_account("instagram", "@randabergkommune_bassenget"),
            unit_account("youtube", "@randabergkommune_svomming", unit="BASSENGET "),
        ]
    )
    assert [code for _, code in cross(report)] == ["X902"]


def test_main_accounts_and_foreign_handles_have_no_abbreviation() -> None:
    report = audit(
        [
            unit_account("instagram", "@bassenget"),
            unit_account("youtube", "@svomming"),
            unit_account("facebook", "@randabergkommune.bad_abbr"),
        ]
    )
    assert cross(report) == []


def test_audit_of_plain_accounts_has_positions_but_no_rows() -> None:
    report = audit([unit_account("instagram", "@x")])
    assert report.findings
    assert {(f.row, f.position) for f in report.findings} == {(None, 1)}
    assert isinstance(report.findings[0], Finding)


def test_audit_of_the_loaded_accounts_alone_ignores_row_errors(mixed: Loaded[Account]) -> None:
    report = audit(mixed.items)
    assert report.error_rows == 0
    assert report.row_errors == ()
    assert report.accounts == 6


@pytest.mark.parametrize("accounts", ["kontoer.csv", 5, Path("kontoer.csv")])
def test_audit_refuses_what_is_not_accounts(accounts: object) -> None:
    with pytest.raises(RandabergSomeError, match="'accounts' must be"):
        audit(accounts)  # type: ignore[arg-type]


def test_audit_refuses_an_item_that_is_not_an_account() -> None:
    with pytest.raises(
        RandabergSomeError, match="must be an Account, an inventory's Row or a mapping"
    ):
        audit(["@randabergkommune"])  # type: ignore[list-item]


# --- the report ------------------------------------------------------------------------------


def test_counts_and_ok(mixed: Loaded[Account]) -> None:
    report = audit(mixed)
    assert sum(report.by_rule.values()) == len(report.findings)
    assert report.by_rule["X901"] == 1
    assert report.by_rule["X903"] == 1
    assert list(report.by_severity) == list(Severity)
    assert sum(report.by_severity.values()) == len(report.findings)
    assert audit([]).ok
    warning_only = audit([unit_account("snapchat", "randabergkommune_bassenget")])
    assert warning_only.by_severity[Severity.ERROR] == 0
    assert warning_only.by_severity[Severity.WARNING] >= 1
    assert warning_only.ok


def test_records_are_flat_and_in_row_order(mixed: Loaded[Account]) -> None:
    report = audit(mixed)
    records = report.to_records()
    assert len(records) == len(report.findings) + len(report.row_errors)
    assert [r["row"] for r in records] == sorted(r["row"] for r in records)  # type: ignore[type-var]
    keys = {
        "row",
        "position",
        "platform",
        "handle",
        "name",
        "unit",
        "code",
        "rule",
        "severity",
        "field",
        "message",
        "cells",
        "source",
        "fix",
    }
    for record in records:
        assert set(record) == keys
        assert all(value is None or isinstance(value, (str, int)) for value in record.values()), (
            record
        )
    collision = next(r for r in records if r["code"] == "X901")
    assert collision["platform"] == "facebook"
    assert collision["rule"] == "handle-collision"
    row_error = next(r for r in records if r["row"] == 3)
    assert (row_error["code"], row_error["rule"], row_error["severity"]) == (
        None,
        "row-error",
        "error",
    )


def test_json_report(mixed: Loaded[Account]) -> None:
    document = json.loads(audit(mixed).to_json())
    assert document["ok"] is False
    assert document["accounts"] == 6
    assert document["error_rows"] == 8
    assert document["by_rule"]["X901"] == 1
    assert document["by_severity"]["error"] >= 1
    assert len(document["records"]) == len(audit(mixed).to_records())


def test_text_report(mixed: Loaded[Account]) -> None:
    text = audit(mixed).text("en")
    assert "row 12  facebook  @RandabergKommune  X901 error: The handle" in text
    assert "row 8  tiktok  @randabergkommune_kultur  unreadable row: The row opens a quoted" in text
    assert "row 3  @randabergkommune_x  unreadable row (platform): The platform is missing." in text
    assert text.endswith("6 accounts, 8 unreadable rows: 5 errors, 2 warnings, 0 info.")
    assert "rad 12  facebook  @RandabergKommune  X901 feil: Brukernavnet" in audit(mixed).text()


def test_html_escapes_account_data() -> None:
    account = unit_account(
        "<b>myspace</b>",
        '@<script>alert("x")</script>',
        unit="Bassenget & <i>venner</i>",
        name="<img src=x onerror=alert(1)>",
    )
    page = audit([account])._repr_html_()
    assert "<table" in page
    assert "<script>" not in page
    assert "<img" not in page
    assert "<b>" not in page
    assert "&lt;script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_html_shows_a_limited_number_of_rows() -> None:
    accounts = [unit_account("instagram", f"@x{i}") for i in range(30)]
    report = audit(accounts)
    page = report.to_html("en", limit=5)
    assert page.count("<tr class=") == 5
    assert f"and {len(report.to_records()) - 5} more" in page


# --- the example inventory ------------------------------------------------------------------


@pytest.mark.guideline("G1", "G10", "G12")
def test_the_example_inventory() -> None:
    loaded = load_accounts(EXAMPLE)
    assert loaded.format == "csv"
    assert loaded.data_rows == 22
    assert loaded.error_rows == (21, 22, 23)
    report = audit(loaded)
    expected = {
        8: ["X902"],
        10: ["X902"],
        12: ["N204", "O301", "X901"],
        13: ["P401", "V501"],
        14: ["V501"],
        15: ["U601"],
        16: ["A701"],
        17: ["C801"],
        18: ["V501"],
        19: ["X903"],
    }
    found: dict[int | str, list[str]] = {}
    for finding in report.findings:
        assert finding.row is not None
        found.setdefault(finding.row, []).append(finding.code)
    assert found == expected


# --- properties ------------------------------------------------------------------------------

COLUMN_NAMES = HEADER.split(";")
cell = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
rows_of_cells = st.lists(st.lists(cell, min_size=10, max_size=10), max_size=8)


def blank(row: list[str]) -> bool:
    return not any(value.strip() for value in row)


def write_csv(rows: list[list[str]], delimiter: str, ending: str, quote_all: bool) -> str:
    """CSV as spreadsheets write it: a field with a delimiter, quote or line break quoted.

    (``csv.writer`` leaves a lone carriage return unquoted when the line terminator is
    ``"\\n"``, which no reader can tell from a line end.)
    """

    def field(value: str) -> str:
        if quote_all or any(char in value for char in (delimiter, '"', "\r", "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(delimiter.join(field(value) for value in row) + ending for row in rows)


@given(
    rows=rows_of_cells,
    delimiter=st.sampled_from([";", ","]),
    ending=st.sampled_from(["\n", "\r\n", "\r"]),
    quote_all=st.booleans(),
)
@example(
    rows=[["a\nb", '"', "", "", "", "", "", "", "", "0\r0"]],
    delimiter=";",
    ending="\n",
    quote_all=False,
)
def test_every_written_row_is_read_as_one_data_row(
    rows: list[list[str]], delimiter: str, ending: str, quote_all: bool
) -> None:
    text = write_csv([COLUMN_NAMES, *rows], delimiter, ending, quote_all)
    # csv.reader agrees on the rows that are not blank (a check of the writer above); before
    # Python 3.11 it refuses NUL characters, which the loader reads as any other.
    if "\x00" not in text or sys.version_info >= (3, 11):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        assert len(list(reader)) == len(rows) + 1
    loaded = load_accounts(io.StringIO(text, newline=""), format="csv")
    written = [row for row in rows if not blank(row)]
    assert loaded.data_rows == len(written)
    assert len(loaded.items) + len(loaded.error_rows) == loaded.data_rows
    for row, read in zip(written, loaded.rows, strict=True):
        # Only a value can make a row an error here: the structure is always sound.
        assert all(error.field is not None for error in read.errors)
        if read.value is not None:
            assert read.value.handle == row[1].strip()
            assert read.value.name == row[2].strip()


line_parts = st.sampled_from(
    [MAIN, BASSENGET, '"', '""', ";", "\n", "\r", "\r\n", "x", " ", "facebook", ";;;;;;;;;"]
)


@given(st.lists(st.one_of(line_parts, cell), max_size=30).map("".join))
def test_rows_after_a_header_are_all_accounted_for(body: str) -> None:
    loaded = load_accounts(io.StringIO(HEADER + "\n" + body), format="csv")
    assert [row.row for row in loaded.rows] == sorted({row.row for row in loaded.rows})
    assert all(isinstance(row.row, int) and row.row >= 2 for row in loaded.rows)
    assert len(loaded.items) + len(loaded.error_rows) == loaded.data_rows
    for row in loaded.rows:
        assert (row.value is None) == bool(row.errors)
        assert row.line is not None
        assert row.line >= 2


@given(st.one_of(st.text(max_size=80), st.lists(st.one_of(line_parts, cell)).map("".join)))
def test_loading_any_text_gives_rows_or_the_library_error(text: str) -> None:
    formats: list[Format | None] = ["csv", "json", "jsonl", None]
    for format in formats:
        try:
            loaded = load_accounts(io.StringIO(text), format=format)
        except InventoryError:
            continue
        assert len(loaded.items) + len(loaded.error_rows) == loaded.data_rows


@given(st.binary(max_size=80))
def test_loading_any_bytes_gives_rows_or_the_library_error(data: bytes) -> None:
    try:
        loaded = load_accounts(io.BytesIO(data))
    except InventoryError:
        return
    assert [row.row for row in loaded.rows] == sorted({row.row for row in loaded.rows})


@given(
    good=st.lists(st.sampled_from([MAIN, BASSENGET]), min_size=1, max_size=10),
    at=st.integers(min_value=0, max_value=10),
    broken=st.sampled_from(
        [
            'tiktok;"@randabergkommune;Randaberg kommune;;;;;;;Kari',
            MAIN + ";extra",
            "facebook;@randabergkommune",
            'facebook;"@x"y;;;;;;;;',
        ]
    ),
)
def test_a_broken_line_costs_only_its_own_row(good: list[str], at: int, broken: str) -> None:
    at = min(at, len(good))
    lines = [*good[:at], broken, *good[at:]]
    loaded = load(*lines)
    assert loaded.data_rows == len(lines)
    assert loaded.error_rows == (at + 2,)
    assert len(loaded.items) == len(good)


@given(st.lists(st.sampled_from([MAIN, BASSENGET, ";x;y;;;;;;;"]), max_size=12))
def test_streamed_and_loaded_audits_agree(lines: list[str]) -> None:
    loaded = audit(load(*lines))
    with iter_accounts(io.StringIO(csv_text(*lines))) as rows:
        streamed = audit(rows)
    assert streamed.to_records() == loaded.to_records()
    assert all(isinstance(row, Row) for row in load(*lines))
