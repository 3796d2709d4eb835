"""The command's streams in the process: encodings it cannot use, streams that fail, a
terminal's prompts, and ``main``.
"""

from __future__ import annotations

import io
import json
import sys

import pytest

from randaberg_some import cli
from randaberg_some.cli import _parser, run


class Failing(io.StringIO):
    """A stream whose writes (or flushes) fail with ``error``."""

    def __init__(self, error: BaseException, *, on_flush: bool = False) -> None:
        super().__init__()
        self.error, self.on_flush = error, on_flush

    def write(self, text: str) -> int:
        if not self.on_flush:
            raise self.error
        return super().write(text)

    def flush(self) -> None:
        if self.on_flush:
            raise self.error


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_text_the_output_cannot_encode_is_escaped() -> None:
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="ascii")
    assert run(["name", "Åsen"], stdout=out) == 0
    out.flush()
    assert raw.getvalue() == b"Randabergkommune \\xc5sen\n"


def test_json_the_output_cannot_encode_is_a_json_escape() -> None:
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="ascii")
    assert run(["name", "Åsen \U0001f3ca", "--json"], stdout=out) == 0
    out.flush()
    assert b'"unit": "\\u00c5sen \\ud83c\\udfca"' in raw.getvalue()
    assert json.loads(raw.getvalue())["unit"] == "Åsen \U0001f3ca"


@pytest.mark.parametrize(
    ("out", "status", "message"),
    [
        (Failing(BrokenPipeError()), 141, ""),
        (Failing(BrokenPipeError(), on_flush=True), 141, ""),
        (
            Failing(OSError(28, "No space left on device"), on_flush=True),
            2,
            "randaberg-some: error: cannot write to standard output: No space left on device\n",
        ),
    ],
)
def test_an_output_that_fails(out: io.StringIO, status: int, message: str) -> None:
    err = io.StringIO()
    assert run(["handle", "Bassenget", "--lang", "en"], stdout=out, stderr=err) == status
    assert err.getvalue() == message


def test_help_to_a_full_output_is_status_2() -> None:
    err = io.StringIO()
    out = Failing(OSError(28, "No space left on device"), on_flush=True)
    assert run(["--help"], stdout=out, stderr=err) == 2
    assert err.getvalue().count("\n") == 1


def test_a_failing_stderr_is_left_silent() -> None:
    err = Failing(OSError(5, "Input/output error"))
    assert run(["handle"], stdout=io.StringIO(), stderr=err) == 2


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (MemoryError(), "randaberg-some: error: not enough memory to finish\n"),
        (
            OSError(24, "Too many open files"),
            "randaberg-some: error: the operating system refused: Too many open files\n",
        ),
    ],
)
def test_what_the_system_refuses_is_one_line(
    monkeypatch: pytest.MonkeyPatch, error: BaseException, message: str
) -> None:
    def failing(*_: object) -> int:
        raise error

    monkeypatch.setattr(_parser, "dispatch", failing)
    err = io.StringIO()
    assert run(["handle", "x", "--lang", "en"], stdout=io.StringIO(), stderr=err) == 2
    assert err.getvalue() == message


# Prompts at a terminal ---------------------------------------------------------------------


def test_questions_wrap_to_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    out = Terminal()
    stdin = Terminal("Bassenget\ninstagram\n" + "ja\n" * 2 + "Kari\n" + "ja\n" * 4)
    assert run(["readiness", "--lang", "en"], stdout=out, stdin=stdin) == 0
    # A terminal echoes the answers and their line ends; this one does not, so a prompt's
    # last line runs on into the next one: look at the first question alone.
    question = out.getvalue().split("1. ")[1].split("[yes/no]")[0]
    assert len(question.splitlines()) > 2
    assert all(len(line) < 40 for line in question.splitlines())
    intro = out.getvalue().split("The unit's name")[0]
    assert all(len(line) < 40 for line in intro.splitlines())


def test_ctrl_d_at_a_terminal_is_status_2() -> None:
    err = io.StringIO()
    stdin = Terminal("Bassenget\n")
    assert run(["readiness"], stdout=Terminal(), stderr=err, stdin=stdin) == 2
    assert err.getvalue() == (
        "randaberg-some: error: avsluttet med Ctrl-D før alle spørsmålene var besvart\n"
    )


class Interrupting(Terminal):
    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        raise KeyboardInterrupt


def test_ctrl_c_at_a_prompt_ends_the_line_and_is_status_130() -> None:
    out, err = Terminal(), io.StringIO()
    assert run(["readiness", "--lang", "nn"], stdout=out, stderr=err, stdin=Interrupting()) == 130
    assert out.getvalue().endswith("Namnet på eininga: \n")
    assert err.getvalue() == "randaberg-some: error: avbrote (Ctrl-C)\n"


def test_a_closed_stdin_stream_is_status_2() -> None:
    stdin = io.StringIO()
    stdin.close()
    err = io.StringIO()
    assert run(["readiness", "--lang", "en"], stdout=io.StringIO(), stderr=err, stdin=stdin) == 2
    assert err.getvalue().startswith("randaberg-some: error: cannot read standard input: ")


def test_no_stdin_at_all_is_status_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    err = io.StringIO()
    assert run(["check", "-"], stdout=io.StringIO(), stderr=err) == 2
    assert err.getvalue() == "randaberg-some: error: standard inndata er lukket: ingenting å lese\n"


# main --------------------------------------------------------------------------------------


def test_main_runs_on_the_process_streams(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["handle", "Bassenget"]) == 0
    assert capsys.readouterr().out == "@randabergkommune_bassenget\n"


def test_main_after_a_failed_output_points_stdout_elsewhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdout", Failing(BrokenPipeError()))
    assert cli.main(["handle", "Bassenget"]) == 141


def test_main_interrupted_before_the_command_began(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_console", interrupted)
    assert cli.main(["handle", "Bassenget"]) == 130
    assert capsys.readouterr().err == "randaberg-some: ^C\n"
