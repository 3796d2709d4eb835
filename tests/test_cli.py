"""The command line: handle and name."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from randaberg_some.cli import run


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_handle_prints_the_canonical_form() -> None:
    assert call("handle", "Bassenget") == (0, "@randabergkommune_bassenget\n", "")


def test_handle_per_platform_with_reasons() -> None:
    status, out, err = call("handle", "Bassenget", "--platform", "facebook", "-p", "tiktok")
    assert status == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["Facebook", "@randabergkommune.basseng"]
    assert "https://www.facebook.com/randabergkommune.basseng" in lines[0]
    assert "Facebook tillater ikke '_'" in out
    assert any(line.split()[:2] == ["TikTok", "@randabergkommune_basseng"] for line in lines)


def test_handle_reasons_in_english() -> None:
    status, out, _ = call("handle", "Bassenget", "-p", "linkedin", "--lang", "en")
    assert status == 0
    assert "LinkedIn does not show usernames with '@'." in out


def test_handle_json() -> None:
    status, out, _ = call("handle", "Bassenget", "-p", "tiktok", "-p", "instagram", "--json")
    assert status == 0
    document = json.loads(out)
    assert document["canonical"] == "@randabergkommune_bassenget"
    assert document["abbreviation"] == "basseng"
    assert list(document["platforms"]) == ["tiktok", "instagram"]
    assert (
        document["platforms"]["tiktok"]["url"] == "https://www.tiktok.com/@randabergkommune_basseng"
    )
    kinds = [d["kind"] for d in document["platforms"]["instagram"]["deviations"]]
    assert kinds == ["shortened"]


def test_name() -> None:
    assert call("name", "Bassenget") == (0, "Randabergkommune Bassenget\n", "")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["handle", "🎉"], "nothing usable"),
        (["handle", "Bassenget", "-p", "myspace"], "unknown platform 'myspace'"),
        (["name", "   "], "non-empty unit name"),
        ([], "required"),
        (["frobnicate"], "invalid choice"),
        (["handle"], "required"),
    ],
)
def test_bad_input_exits_2_with_a_message(argv: list[str], message: str) -> None:
    status, out, err = call(*argv)
    assert status == 2
    assert out == ""
    assert message in err
    assert err.count("error:") == 1


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "randaberg_some", "handle", "Bassenget"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, "@randabergkommune_bassenget\n")
