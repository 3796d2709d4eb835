"""The files layer: one opener, every encoding Excel writes, stdin, row numbers, junk."""

from __future__ import annotations

import codecs
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from randaberg_some import Account, InvalidFileError, InventoryError, ReadinessError
from randaberg_some.auditing import audit
from randaberg_some.files.checklist import load_checklist
from randaberg_some.files.inventory import iter_accounts, load_accounts
from randaberg_some.files.responses import load_responses
from randaberg_some.messages import LANGUAGES
from randaberg_some.rows import Loaded

INVENTORY = [
    ["plattform", "brukernavn", "navn", "enhet", "administratorer"],
    ["facebook", "@randabergkommune", "Randaberg kommune", "", "Kari Nordmann"],
    [
        "instagram",
        "@randabergkommune_grodem",
        "Randabergkommune Grødem skole",
        "Grødem skole",
        "Åse Bø",
    ],
]
RESPONSES = [
    ["received_at", "assessed_at", "merknad"],
    ["2024-05-15T09:00+02:00", "2024-05-15T11:00+02:00", "svar på spørsmål"],
    ["2024-05-16T16:00+02:00", "", "kommentar på innlegg"],
]
ENCODINGS: dict[str, Callable[[str], bytes]] = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-sig": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16-le": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "cp1252": lambda text: text.encode("cp1252"),
}


class _Stdin:
    """Standard input as the process has it: text on top, bytes in ``buffer``."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)
        self.closed = False


def _table(rows: list[list[str]], delimiter: str) -> str:
    return "".join(delimiter.join(row) + "\r\n" for row in rows)


def _source(
    how: str, data: bytes, encoding: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> object:
    if how == "path":
        path = tmp_path / "fil.csv"
        path.write_bytes(data)
        return path
    if how == "text":
        text = data.decode("utf-8-sig" if encoding.startswith("utf-8") else encoding)
        return io.StringIO(text.removeprefix("\ufeff"), newline="")
    if how == "binary":
        return io.BytesIO(data)
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    return "-"


@pytest.mark.parametrize("how", ["path", "text", "binary", "stdin"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_the_same_inventory_and_log_in_every_encoding_delimiter_and_source(
    encoding: str, delimiter: str, how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads: list[tuple[list[list[str]], Callable[[object], Loaded[object]]]] = [
        (INVENTORY, load_accounts),  # type: ignore[list-item]
        (RESPONSES, load_responses),  # type: ignore[list-item]
    ]
    expected: list[Loaded[object]] = [
        load_accounts(io.StringIO(_table(INVENTORY, ";"))),  # type: ignore[list-item]
        load_responses(io.StringIO(_table(RESPONSES, ";"))),  # type: ignore[list-item]
    ]
    for (rows, load), wanted in zip(loads, expected, strict=True):
        data = ENCODINGS[encoding](_table(rows, delimiter))
        loaded = load(_source(how, data, encoding, tmp_path, monkeypatch))
        assert loaded.items == wanted.items
        assert [row.row for row in loaded.rows] == [2, 3]
        assert loaded.errors == ()
        assumed = [notice.code for notice in loaded.notices]
        if encoding == "cp1252" and how != "text":
            assert assumed == ["encoding-assumed"]
            assert loaded.encoding == "cp1252"
            for lang in LANGUAGES:
                assert "CSV UTF-8" in loaded.notices[0].text(lang)
                assert "Windows-1252" in loaded.notices[0].text(lang)
        else:
            assert assumed == []
            if how != "text":
                assert loaded.encoding == encoding


def test_a_path_is_closed_a_callers_file_and_stdin_are_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kontoer.csv"
    path.write_bytes(_table(INVENTORY, ";").encode())
    with path.open("rb") as file:
        load_accounts(file)
        assert not file.closed
    stdin = _Stdin(path.read_bytes())
    monkeypatch.setattr(sys, "stdin", stdin)
    assert len(load_accounts("-").items) == 2
    assert not stdin.buffer.closed
    reader = iter_accounts(path)
    opened = reader._stream
    assert opened is not None
    list(reader)
    assert opened.closed


def test_stdin_is_read_as_bytes_whatever_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    # Under the C locale sys.stdin decodes as ASCII; the opener reads its bytes instead.
    data = _table(INVENTORY, ";").encode("cp1252")
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="ascii", errors="strict")
    monkeypatch.setattr(sys, "stdin", stdin)
    loaded = load_accounts("-")
    assert loaded.source == "-"
    account = loaded.items[1]
    assert isinstance(account, Account)
    assert account.administrators == ("Åse Bø",)
    assert loaded.notices[0].code == "encoding-assumed"


def test_a_closed_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InventoryError, match="standard input is closed"):
        load_accounts("-")


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"platform;handle;name\nfacebook;\x81;x\n", "byte b'\\x81' on line 2"),
        ("platform;handle;name\n".encode("utf-16-le"), "NUL bytes"),
        ("platform;handle;name\nfacebook;æ;x\n".encode() + b"instagram;\xe6;x\n", "line 3"),
    ],
)
def test_a_file_in_no_encoding_the_library_reads_says_what_to_do(data: bytes, says: str) -> None:
    for load in (load_accounts, load_responses):
        with pytest.raises(InvalidFileError) as caught:
            load(io.BytesIO(data))
        assert says in str(caught.value)
        assert caught.value.message is not None
        for lang in LANGUAGES:
            assert "CSV UTF-8" in caught.value.text(lang)


def test_a_bad_byte_far_down_names_its_own_line() -> None:
    good = "facebook;@randabergkommune;Randaberg kommune\n"
    data = ("platform;handle;name\n" + "Ø" * 3 + ";x;y\n" + good * 1000).encode()
    data += b"facebook;\xff;x\n"
    with pytest.raises(InventoryError, match="on line 1003 "):
        load_accounts(io.BytesIO(data))


def test_json_errors_count_the_blank_lines_before_the_document() -> None:
    with pytest.raises(InventoryError, match="line 4, column 2"):
        load_accounts(io.StringIO("\n\n\n[}"), format="json")


def test_a_json_object_naming_a_column_twice_is_a_row_error() -> None:
    item = '{"platform": "facebook", "plattform": "instagram", "handle": "@x", "name": "X"}'
    for text, format in ((f"[{item}]", "json"), (item + "\n", "jsonl")):
        loaded = load_accounts(io.StringIO(text), format=format)  # type: ignore[arg-type]
        assert loaded.items == ()
        (error,) = loaded.errors
        assert (error.row, error.field, error.handle) == (1, "platform", "@x")
        assert "'platform' and 'plattform'" in error.text("en")


def test_row_numbers_are_the_spreadsheets_and_errors_name_the_account() -> None:
    text = (
        "\nplatform;handle;name;own_visual_profile;unit\n"  # a blank line first: row 1
        'facebook;@randabergkommune;"Randaberg\nkommune";;\n'  # row 3, lines 3-4
        "\n"  # row 4: blank
        "instagram;@randabergkommune_x;X;kanskje;X\n"  # row 5
        ";;;kanskje;\n"  # row 6: neither platform nor handle
    )
    loaded = load_accounts(io.StringIO(text))
    assert [(row.row, row.line) for row in loaded.rows] == [(3, 3), (5, 6), (6, 7)]
    first, second = loaded.errors[0], loaded.errors[-1]
    assert (first.row, first.platform, first.handle) == (5, "instagram", "@randabergkommune_x")
    assert (second.row, second.platform, second.handle, second.cells) == (
        6,
        None,
        None,
        ("kanskje",),
    )


def test_a_broken_row_is_named_by_its_first_cells() -> None:
    loaded = load_accounts(io.StringIO('platform;handle;name\n;;"Bassenget\n'))
    (error,) = loaded.errors
    assert (error.row, error.cells) == (2, ("Bassenget",))


def test_an_unclosed_quote_in_a_response_log_costs_one_row() -> None:
    rows = [f"2024-05-1{day}T09:00+02:00;" for day in range(1, 6)]
    rows[1] = '"2024-05-12T09:00+02:00;'
    log = load_responses(io.StringIO("received_at;assessed_at\n" + "\n".join(rows) + "\n"))
    assert [record.row for record in log.items] == [2, 4, 5, 6]
    assert [(error.row, error.field) for error in log.errors] == [(3, None)]


def test_a_200_kb_cell_is_read() -> None:
    big = "x" * 200_000
    log = load_responses(
        io.StringIO(f'received_at,assessed_at,note\n2024-05-15T09:00+02:00,,"{big}"\n')
    )
    assert len(log.items) == 1
    inventory = load_accounts(io.StringIO(f"platform;handle;name\nfacebook;@x;{big}\n"))
    assert inventory.items[0].name == big


def test_response_rows_are_errors_with_their_cells() -> None:
    log = load_responses(
        io.StringIO(
            "received_at\tassessed_at\n2024-05-15T09:00\t\n"
            "2024-05-15T12:00+02:00\t2024-05-15T09:00+02:00\nx\n"
        )
    )
    found = [(error.row, error.field, error.cells) for error in log.errors]
    assert found == [
        (2, "received_at", ("2024-05-15T09:00",)),
        (3, "assessed_at", ("2024-05-15T12:00+02:00", "2024-05-15T09:00+02:00")),
        (4, None, ("x",)),
    ]
    assert log.errors[0].text("nn").startswith("Tidspunktet manglar UTC-forskyving")


@pytest.mark.parametrize(
    "source",
    [None, 5, "finst/ikkje.csv", "nul\x00.csv", "lone\udc80.csv", b"fil.csv", "."],
)
def test_every_loader_turns_a_bad_source_into_the_librarys_error(source: object) -> None:
    for load, error in (
        (load_accounts, InventoryError),
        (load_responses, InvalidFileError),
        (load_checklist, ReadinessError),
    ):
        with pytest.raises(error) as caught:
            load(source)  # type: ignore[arg-type]
        assert caught.value.message is not None
        for lang in LANGUAGES:
            assert caught.value.text(lang)


def test_a_closed_file() -> None:
    closed = io.BytesIO(b"platform;handle;name\n")
    closed.close()
    for load in (load_accounts, load_responses, load_checklist):
        with pytest.raises(InvalidFileError, match="closed"):
            load(closed)


def test_load_checklist_through_the_opener(monkeypatch: pytest.MonkeyPatch) -> None:
    document = {"unit": "Bassenget", "platform": "tiktok", "has_resources": True}
    data = codecs.BOM_UTF16_LE + json.dumps(document).encode("utf-16-le")
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    checklist = load_checklist("-")
    assert checklist.platform.value == "tiktok"
    toml = 'unit = "Grødem skole"\nplatform = "facebook"\n'.encode("cp1252")
    assert load_checklist(io.BytesIO(toml)).unit.name == "Grødem skole"
    with pytest.raises(ReadinessError, match="bad TOML"):
        load_checklist(io.StringIO("unit = "))


def test_the_text_report_escapes_control_characters() -> None:
    text = (
        "platform;handle;name\n"
        'facebook;"@x\nrad 9  facebook  @ok  OK";Randaberg kommune\n'
        "instagram;@y\x1b[2J;Randaberg kommune\n"
    )
    report = audit(load_accounts(io.StringIO(text)))
    shown = report.text("en")
    assert "\x1b" not in shown
    assert "@y\\x1b[2J" in shown
    assert "@x\\nrad 9  facebook  @ok  OK" in shown
    assert not any(line.startswith("rad 9") for line in shown.splitlines())


def test_the_report_names_an_assumed_encoding_and_has_no_limit_when_asked() -> None:
    data = ("platform;handle;name\n" + "facebook;@x;Bø\n" * 250).encode("cp1252")
    report = audit(load_accounts(io.BytesIO(data)))
    assert report.notices[0].code == "encoding-assumed"
    assert report.text("nn").startswith("Merk: '<stream>' er ikkje UTF-8")
    assert report.to_html(limit=None).count("<tr class=") == len(report.to_records())
    assert json.loads(report.to_json())["notices"][0]["code"] == "encoding-assumed"


def test_an_unknown_language_is_the_librarys_error() -> None:
    from randaberg_some.errors import UnknownLanguageError

    for call in (audit([]).text, audit([]).summary, audit([]).to_html, audit([]).to_records):
        with pytest.raises(UnknownLanguageError):
            call("de")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "logg.json",
            '[{"received_at": "2024-05-13T09:00+02:00", "assessed_at": null},\n'
            ' {"received_at": "2024-05-13T09:00", "assessed_at": null}]',
        ),
        (
            "logg.jsonl",
            '{"received_at": "2024-05-13T09:00+02:00", "assessed_at": null}\n'
            '{"received_at": "2024-05-13T09:00", "assessed_at": null}\n',
        ),
    ],
)
def test_a_response_log_in_json_or_json_lines_is_read_like_csv(
    tmp_path: Path, name: str, text: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    for source in (path, io.BytesIO(text.encode("utf-8"))):
        log = load_responses(source)
        assert [record.received_at.isoformat() for record in log.items] == [
            "2024-05-13T09:00:00+02:00"
        ]
        assert [(error.row, error.field) for error in log.errors] == [(2, "received_at")]
        assert log.format == name.rsplit(".", 1)[1]


def test_a_json_response_log_that_is_no_list_is_the_librarys_error(tmp_path: Path) -> None:
    path = tmp_path / "logg.json"
    path.write_text('{"received_at": "2024-05-13T09:00+02:00"', encoding="utf-8")
    with pytest.raises(InvalidFileError) as raised:
        load_responses(path)
    assert "gyldig JSON" in raised.value.text("nb")
