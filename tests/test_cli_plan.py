"""The command line: plan."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from randaberg_some.cli import run

NAMES = "# Randaberg\nRandaberg kulturskole\nKulturskolen\n\nKulturscenen\n"
INVENTORY = (
    "platform;handle;name;unit\n"
    "instagram;@randabergkommune_bassenget;Randabergkommune Bassenget;Bassenget\n"
    "instagram;@randabergkommune_kulturhuset;Randabergkommune Kulturhuset;Biblioteket\n"
)


def call(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_plan_names_from_standard_input() -> None:
    status, out, err = call("plan", "-", "-p", "tiktok", "--lang", "en", stdin=NAMES)
    assert (status, err) == (0, "")
    assert out.splitlines()[0].startswith("Randaberg kommune: 3 units on 1 platforms")
    handles = [line.split()[1] for line in out.splitlines() if line.strip().startswith("TikTok")]
    assert len(handles) == len(set(handles)) == 3


def test_plan_json(tmp_path: Path) -> None:
    names = tmp_path / "enheter.txt"
    names.write_text(NAMES, encoding="utf-8")
    status, out, _ = call("plan", str(names), "--json")
    assert status == 0
    document = json.loads(out)
    assert document["platforms"] == [
        "facebook",
        "instagram",
        "linkedin",
        "vimeo",
        "youtube",
        "tiktok",
    ]
    assert [unit["unit"] for unit in document["units"]] == [
        "Kulturscenen",
        "Kulturskolen",
        "Randaberg kulturskole",
    ]
    for conflict in document["conflicts"]:
        assert set(conflict["message"]) == {"nb", "nn", "en"}


def test_plan_an_inventory_keeps_its_handles(tmp_path: Path) -> None:
    inventory = tmp_path / "kontoer.csv"
    inventory.write_text(INVENTORY, encoding="utf-8")
    status, out, _ = call("plan", str(inventory), "-p", "instagram", "--json")
    assert status == 0
    document = json.loads(out)
    units = {unit["unit"]: unit["abbreviation"] for unit in document["units"]}
    assert units["Bassenget"] == "bassenget"
    assert "Biblioteket" in units


def test_plan_an_inventory_from_standard_input_in_nynorsk() -> None:
    status, out, _ = call("plan", "-", "-p", "instagram", "--lang", "nn", stdin=INVENTORY)
    assert status == 0
    assert out.startswith("Randaberg kommune: 2 einingar på 1 plattformer")


def test_plan_reports_unreadable_rows_with_status_1() -> None:
    broken = INVENTORY + 'tiktok;"@randabergkommune_x;X;X\n'
    status, out, err = call("plan", "-", "--lang", "en", stdin=broken)
    assert status == 1
    assert out.startswith("Randaberg kommune")
    assert "row 4" in err


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json", ".html"])
def test_plan_out(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"plan{suffix}"
    status, out, _ = call("plan", "-", "--out", str(target), "--lang", "en", stdin=NAMES)
    assert status == 0
    assert out.splitlines()[-1] == f"Wrote {target}."
    assert target.stat().st_size > 0


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["plan", "-", "--lang", "en"], "🎉\n", "no letters or digits"),
        (["plan", "-", "-p", "myspace", "--lang", "en"], "X\n", "platform 'myspace'"),
        (["plan", "/no/such/file.txt", "--lang", "en"], "", "Cannot read"),
        (["plan", "-", "--out", "plan.pdf", "--lang", "en"], "X\n", ".xlsx"),
        (["plan", "--lang", "en"], "", "required"),
    ],
)
def test_plan_bad_input_exits_2(argv: list[str], stdin: str, message: str) -> None:
    status, out, err = call(*argv, stdin=stdin)
    assert status == 2
    assert out == ""
    assert message in err
