"""The command line: ``screen FILE``, a comment export as a moderation queue."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from randaberg_some.cli import run

from .test_moderation import FNR, scanners  # noqa: F401 (a fixture)

EXPORT = (
    "mottatt;forfatter;kommentar;lenke\n"
    "2024-05-13T16:00+02:00;Ola;Takk for sist!;https://x/1\n"
    f"2024-05-13T09:00+02:00;Kari;Mitt fnr er {FNR};https://x/2\n"
)
CLEAN = "mottatt;tekst\n2024-05-13T09:00+02:00;Takk!\n"


def call(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return status, out.getvalue(), err.getvalue()


def write(tmp_path: Path, text: str, name: str = "kommentarer.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_nothing_to_do_exits_0(tmp_path: Path) -> None:
    status, out, err = call("screen", write(tmp_path, CLEAN))
    assert (status, err) == (0, "")
    assert out.splitlines()[-1] == (
        "1 kommentar: 0 arkiver før du skjuler, 0 skjul og svar, 0 svar, 1 ingen."
    )


def test_a_comment_to_act_on_exits_1_and_is_masked(scanners: None, tmp_path: Path) -> None:  # noqa: F811
    status, out, err = call("screen", write(tmp_path, EXPORT), "--lang", "nn")
    assert (status, err) == (1, "")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["rad", "motteke", "frist"]
    assert lines[1].split()[0] == "3"
    assert "arkiver før du gøymer" in lines[1]
    assert FNR not in out


def test_a_row_that_cannot_be_used_exits_1(tmp_path: Path) -> None:
    status, out, _ = call("screen", write(tmp_path, CLEAN + "i går;Hei\n"), "--lang", "en")
    assert status == 1
    assert "row 3 (received_at):" in out


def test_standard_input(scanners: None) -> None:  # noqa: F811
    status, out, _ = call("screen", "-", "--json", stdin=EXPORT)
    assert status == 1
    document = json.loads(out)
    assert [item["row"] for item in document["items"]] == [3, 2]
    assert FNR not in out


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json", ".html"])
def test_out_writes_the_queue_and_prints_the_summary(
    scanners: None,  # noqa: F811
    tmp_path: Path,
    suffix: str,
) -> None:
    target = tmp_path / f"ko{suffix}"
    status, out, err = call("screen", write(tmp_path, EXPORT), "--out", str(target), "--lang", "en")
    assert (status, err) == (1, "")
    assert out.splitlines()[-1] == f"Wrote {target}."
    assert target.stat().st_size > 0
    if suffix != ".xlsx":
        assert FNR not in target.read_text(encoding="utf-8-sig")


def test_out_with_another_suffix_is_a_usage_error(tmp_path: Path) -> None:
    status, _, err = call("screen", write(tmp_path, CLEAN), "--out", "x.txt")
    assert status == 2
    assert "x.txt" in err


def test_out_may_not_overwrite_the_input(tmp_path: Path) -> None:
    path = write(tmp_path, "received_at;text\n", name="k.csv")
    status, _, err = call("screen", path, "--out", path)
    assert status == 2
    assert "--out" in err


def test_a_sheet_of_a_workbook(tmp_path: Path) -> None:
    import xlsxwriter  # type: ignore[import-untyped]

    path = tmp_path / "eksport.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Tomt")
    sheet = book.add_worksheet("Kommentarer")
    sheet.write_row(0, 0, ["Mottatt", "Tekst"])
    sheet.write_row(1, 0, ["2024-05-13T09:00+02:00", "Hei"])
    book.close()
    status, out, _ = call("screen", str(path), "--sheet", "2")
    assert status == 0
    assert "1 kommentar" in out
    status, out, _ = call("screen", str(path), "--sheet", "Kommentarer", "--lang", "en")
    assert status == 0
    assert "1 comment" in out


@pytest.mark.parametrize(
    ("argv", "stdin"),
    [
        (["screen", "/no/such/file.csv"], ""),
        (["screen", "-"], ""),
        (["screen", "-"], "author;url\nx;y\n"),
        (["screen", "-", "--sheet", "1"], CLEAN),
        (["screen", "-"], "[1, 2"),
    ],
)
def test_problems_are_one_line_and_exit_2(argv: list[str], stdin: str) -> None:
    status, out, err = call(*argv, stdin=stdin)
    assert status == 2
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert out == ""


def test_the_command_is_in_the_help() -> None:
    status, out, _ = call("--help", "--lang", "en")
    assert status == 0
    assert "screen" in out
    status, out, _ = call("screen", "--help", "--lang", "en")
    assert status == 0
    assert "--out" in out
    assert "--sheet" in out
    assert "--json" in out
