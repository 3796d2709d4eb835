"""The command line: check an inventory."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from randaberg_some.cli import run

from .test_inventory import BASSENGET, EXAMPLE, MAIN, csv_text


def call(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return status, out.getvalue(), err.getvalue()


def write(tmp_path: Path, text: str, name: str = "kontoer.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_clean_inventory_exits_0(tmp_path: Path) -> None:
    status, out, err = call("check", write(tmp_path, csv_text(MAIN, BASSENGET)))
    assert (status, err) == (0, "")
    assert out == "2 kontoer, 0 rader som ikke kunne leses: 0 feil, 0 advarsler, 0 merknader.\n"


def test_warnings_alone_exit_0(tmp_path: Path) -> None:
    row = "snapchat;randabergkommune;Randaberg kommune;;;;;official_logo;information;Kari"
    status, out, _ = call("check", write(tmp_path, csv_text(row)), "--lang", "en")
    assert status == 0
    assert "C801 warning" in out


def test_an_error_finding_exits_1(tmp_path: Path) -> None:
    row = "facebook;@randabergkommune;Randaberg kommune;;;;;official_logo;information;"
    status, out, err = call("check", write(tmp_path, csv_text(row)), "--lang", "en")
    assert (status, err) == (1, "")
    assert "row 2  facebook  @randabergkommune  A701 error: " in out


def test_a_row_error_alone_exits_1(tmp_path: Path) -> None:
    status, out, _ = call("check", write(tmp_path, csv_text(MAIN, ";x;y;;;;;;;")))
    assert status == 1
    assert "rad 3  x  rad som ikke kan leses (platform): Plattformen mangler." in out


def test_the_example_inventory_exits_1() -> None:
    status, out, _ = call("check", str(EXAMPLE))
    assert status == 1
    assert out.splitlines()[-1] == (
        "19 kontoer, 3 rader som ikke kunne leses: 6 feil, 4 advarsler, 3 merknader."
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not even a header"),
        (b"navn;enhet\nx;y\n", "lacks the columns 'platform', 'handle'"),
        (b"plattform;brukernavn;navn\nfacebook;\x81;x\n", "not UTF-8, UTF-16 or Windows-1252"),
    ],
)
def test_a_file_that_cannot_be_read_exits_2(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "kontoer.csv"
    path.write_bytes(content)
    status, out, err = call("check", str(path), "--lang", "en")
    assert status == 2
    assert out == ""
    assert message in err
    assert err.startswith("randaberg-some: error: ")


def test_a_missing_file_exits_2(tmp_path: Path) -> None:
    status, out, err = call("check", str(tmp_path / "missing.csv"), "--lang", "en")
    assert (status, out) == (2, "")
    assert "Cannot read" in err


def test_json_output(tmp_path: Path) -> None:
    status, out, _ = call("check", write(tmp_path, csv_text(MAIN, MAIN)), "--format", "json")
    assert status == 0
    document = json.loads(out)
    assert document["ok"] is True
    assert document["by_rule"] == {"X903": 1}
    (record,) = document["records"]
    assert (record["row"], record["code"], record["severity"]) == (3, "X903", "warning")


def test_json_lines_input_and_unknown_columns(tmp_path: Path) -> None:
    line = json.dumps(
        {
            "platform": "facebook",
            "handle": "@randabergkommune",
            "name": "Randaberg kommune",
            "profile_picture": "official_logo",
            "purposes": ["information"],
            "administrators": ["Kari"],
            "comment": "x",
        }
    )
    status, out, _ = call("check", write(tmp_path, line + "\n", "kontoer.jsonl"), "--lang", "en")
    assert status == 0
    assert out.splitlines()[0] == "Note: unknown columns were ignored: 'comment'"


def test_standard_input(tmp_path: Path) -> None:
    status, out, _ = call("check", "-", "--input-format", "csv", stdin=csv_text(MAIN))
    assert status == 0
    assert out.startswith("1 kontoer")


def test_a_bad_option_exits_2() -> None:
    status, _, err = call("check", "x.csv", "--format", "xml", "--lang", "en")
    assert status == 2
    assert "invalid choice" in err
    status, _, err = call("check", "x.csv", "--format", "xml")
    assert status == 2
    assert "argumentet --format: ugyldig valg: 'xml'" in err


def test_the_installed_command(tmp_path: Path) -> None:
    path = write(tmp_path, csv_text(MAIN))
    done = subprocess.run(
        [sys.executable, "-m", "randaberg_some", "check", path, "--lang", "en"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("1 accounts")


def test_json_is_the_same_as_format_json(tmp_path: Path) -> None:
    path = write(tmp_path, csv_text(MAIN, MAIN))
    assert call("check", path, "--json") == call("check", path, "--format", "json")
