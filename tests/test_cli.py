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
        (["handle", "🎉", "--lang", "en"], "no letters or digits"),
        (["handle", "Bassenget", "-p", "myspace", "--lang", "en"], "platform 'myspace'"),
        (["name", "   ", "--lang", "en"], "must not be empty"),
        (["--lang", "en"], "required"),
        (["frobnicate"], "ugyldig valg: 'frobnicate'"),
        (["handle", "--lang", "en"], "required"),
        (["handle"], "disse argumentene mangler: NAME"),
        (["--lang", "nn", "check", "--bogus", "x"], "ukjende argument: --bogus"),
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


# One parser for every command -------------------------------------------------------------


def test_version() -> None:
    from randaberg_some import __version__

    assert call("--version") == (0, f"randaberg-some {__version__}\n", "")


@pytest.mark.parametrize(
    ("argv", "out"),
    [
        (["handle", "Åsen", "barnehage"], "@randabergkommune_asenbarnehage\n"),
        (["name", "Åsen", "barnehage"], "Randabergkommune Åsen barnehage\n"),
        (["name", "Åsen barnehage"], "Randabergkommune Åsen barnehage\n"),
    ],
)
def test_names_need_no_quotes(argv: list[str], out: str) -> None:
    assert call(*argv) == (0, out, "")


def test_name_json() -> None:
    status, out, _ = call("name", "Bassenget", "--json")
    assert status == 0
    assert json.loads(out) == {"unit": "Bassenget", "name": "Randabergkommune Bassenget"}


def test_handle_json_has_the_reasons_in_three_languages() -> None:
    _, out, _ = call("handle", "Bassenget", "-p", "linkedin", "--json")
    (first, *_) = json.loads(out)["platforms"]["linkedin"]["deviations"]
    assert sorted(first["message"]) == ["en", "nb", "nn"]


@pytest.mark.parametrize(
    "command", ["handle", "name", "readiness", "check", "deadline", "responses", "screen"]
)
def test_every_command_has_lang_json_and_the_exit_codes_in_its_help(command: str) -> None:
    status, out, err = call(command, "--help", "--lang", "nn")
    assert (status, err) == (0, "")
    assert "--lang {nb,nn,en}" in out
    assert "--json" in out
    assert "130  avbrote (Ctrl-C)" in out
    assert "vis denne hjelpa og avslutt" in out


def test_help_in_each_language() -> None:
    assert "avslutningsstatus:" in call("--help")[1]
    assert "exit status:" in call("--help", "--lang", "en")[1]
    assert "usage: randaberg-some handle" in call("--lang", "en", "handle", "-h")[1]
    assert "bruk: randaberg-some handle" in call("handle", "-h")[1]


def test_a_usage_error_is_one_line_in_the_chosen_language() -> None:
    status, out, err = call("handle", "--lang", "nn")
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert err.endswith("(sjå «randaberg-some handle --help»)\n")
    _, _, err = call("handle", "Bassenget", "-p", "myspace", "--lang", "en")
    assert err.endswith("(see 'randaberg-some handle --help')\n")


def test_nynorsk_throughout() -> None:
    status, out, _ = call("deadline", "2024-06-08T10:00+02:00", "--lang", "nn")
    assert (status, out) == (
        0,
        "Frist: måndag 10. juni 2024 kl. 15:30 (2024-06-10T15:30:00+02:00)\n",
    )


def test_a_closed_stdout_is_status_2_with_one_line() -> None:
    err = io.StringIO()
    closed = io.StringIO()
    closed.close()
    assert run(["handle", "Bassenget"], stdout=closed, stderr=err) == 2
    assert err.getvalue() == (
        "randaberg-some: error: kan ikke skrive til standard utdata: I/O operation on closed file\n"
    )


def test_keyboard_interrupt_is_status_130(monkeypatch: pytest.MonkeyPatch) -> None:
    from randaberg_some.cli import _parser

    def interrupted(*_: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(_parser, "dispatch", interrupted)
    assert call("handle", "Bassenget", "--lang", "en") == (
        130,
        "",
        "randaberg-some: error: interrupted (Ctrl-C)\n",
    )


def test_standard_input_is_read_as_bytes() -> None:
    # A Windows-1252 file on standard input is not decoded with the terminal's encoding.
    text = "received_at,assessed_at\n2024-05-13T09:00+02:00,2024-05-13T10:00+02:00\n"
    stdin = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="ascii")
    out, err = io.StringIO(), io.StringIO()
    status = run(
        ["responses", "-", "--at", "2024-05-16T12:00"], stdout=out, stderr=err, stdin=stdin
    )
    assert (status, err.getvalue()) == (0, "")
    assert out.getvalue().splitlines()[-1].startswith("1 sak: 1 i tide")
