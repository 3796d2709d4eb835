"""Every command, run as a process, under every hostile environment: never a traceback.

Each command runs with a closed standard input, a closed standard output, ``/dev/full`` as
standard output, a broken pipe, a strict UTF-8 standard output given a lone surrogate, and
Ctrl-C. Each case must end with at most one line on standard error and the exit status that
``docs/cli.md`` documents: 0 all well, 1 findings, 2 a problem with the input or the
environment, 130 interrupted, 141 the reader went away (quietly).

The processes of the whole table run a few at a time, once per session of tests.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO, Final

import pytest

from .test_inventory import BASSENGET, MAIN, csv_text

SRC: Final = str(Path(__file__).resolve().parents[1] / "src")
SURROGATE: Final = os.fsencode("Bass\udcffenget")  # the byte 0xff, as a shell passes it

RESPONSES: Final = "received_at,assessed_at\n2024-05-13T09:00+02:00,2024-05-13T10:00+02:00\n"

Arg = str | bytes


def _env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.update(PYTHONPATH=SRC, LC_ALL="C.UTF-8", **extra)
    return env


class Done:
    """How a process ended."""

    def __init__(self, status: int, stderr: bytes) -> None:
        self.status, self.stderr = status, stderr.decode("utf-8", "backslashreplace")


def _files(tmp: Path) -> dict[str, Arg]:
    inventory = tmp / "kontoer.csv"
    inventory.write_text(csv_text(MAIN, BASSENGET), encoding="utf-8")
    log = tmp / "mai.csv"
    log.write_text(RESPONSES, encoding="utf-8")
    odd = tmp / os.fsdecode(b"k\xffontoer.csv")
    odd.write_text(csv_text(MAIN, BASSENGET), encoding="utf-8")
    odd_log = tmp / os.fsdecode(b"m\xffai.csv")
    odd_log.write_text(RESPONSES, encoding="utf-8")
    return {
        "inventory": str(inventory),
        "log": str(log),
        "odd_inventory": os.fsencode(odd),
        "odd_log": os.fsencode(odd_log),
    }


def _commands(files: dict[str, Arg]) -> dict[str, list[Arg]]:
    """Every command, with arguments that succeed where nothing is hostile."""
    return {
        "handle": ["handle", "Åsen", "barnehage", "-p", "facebook"],
        "name": ["name", "Åsen", "barnehage"],
        "check": ["check", files["inventory"]],
        "readiness": ["readiness"],
        "deadline": ["deadline", "2024-05-16T16:00"],
        "responses": ["responses", files["log"], "--at", "2024-05-16T12:00"],
    }


def _surrogate_commands(files: dict[str, Arg]) -> dict[str, list[Arg]]:
    """Every command given a lone surrogate (the byte 0xff in an argument)."""
    return {
        "handle": ["handle", SURROGATE, "-p", "facebook", "--json"],
        "name": ["name", SURROGATE],
        "check": ["check", files["odd_inventory"], "--json"],
        "readiness": ["readiness", "--unit", SURROGATE, "--platform", "tiktok"],
        "deadline": ["deadline", b"2024-05-16T16:00\xff"],
        "responses": ["responses", files["odd_log"], "--at", "2024-05-16T12:00"],
    }


def _argv(args: list[Arg]) -> list[Arg]:
    return [sys.executable, "-m", "randaberg_some", *args]


def _run(
    args: list[Arg],
    *,
    stdin: int | IO[bytes] | None = subprocess.DEVNULL,
    stdout: int | IO[bytes] | None = subprocess.DEVNULL,
    closing: int | None = None,
    env: dict[str, str] | None = None,
) -> Done:
    argv = _argv(args)
    if closing is not None:
        # The shell closes the descriptor and becomes the command (no preexec_fn: the table
        # runs in threads).
        argv = ["/bin/sh", "-c", f'exec "$0" "$@" {closing}>&-', *argv]
    done = subprocess.run(
        argv,
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env or _env(),
        timeout=60,
        check=False,
    )
    return Done(done.returncode, done.stderr)


def _broken_pipe(args: list[Arg]) -> Done:
    """The reader has gone before the command writes (``cmd | true``)."""
    read, write = os.pipe()
    os.close(read)
    try:
        return _run(args, stdout=write)
    finally:
        os.close(write)


def _broken_pipe_after_a_byte() -> Done:
    """The reader takes one byte of the first prompt and leaves (``| head -c1``)."""
    read, write = os.pipe()
    with subprocess.Popen(
        _argv(["readiness"]),
        stdin=subprocess.PIPE,
        stdout=write,
        stderr=subprocess.PIPE,
        env=_env(),
    ) as process:
        os.close(write)
        assert os.read(read, 1)
        os.close(read)
        _, stderr = process.communicate(b"Bassenget\ninstagram\nja\n", timeout=60)
    return Done(process.returncode, stderr)


def _wait_blocked(pid: int) -> None:
    """Wait until the process sleeps reading or writing a pipe (or, unseen, is asleep)."""
    deadline = time.monotonic() + 30
    asleep = 0
    while time.monotonic() < deadline:
        try:
            wchan = Path(f"/proc/{pid}/wchan").read_text()
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            time.sleep(0.3)  # no /proc: give it the time it needs to start
            return
        if "pipe" in wchan:
            return
        asleep = asleep + 1 if state == "S" else 0
        if wchan in ("", "0") and asleep >= 15:
            return
        time.sleep(0.02)


def _full_pipe() -> tuple[int, int]:
    """A pipe whose buffer is full: a process writing to it blocks."""
    read, write = os.pipe()
    os.set_blocking(write, False)
    chunk = b"x" * 65536
    for size in (65536, 4096, 1):
        try:
            while True:
                os.write(write, chunk[:size])
        except BlockingIOError:
            pass
    os.set_blocking(write, True)
    return read, write


def _interrupted(args: list[Arg], *, on_stdout: bool) -> Done:
    """Ctrl-C while the command waits: reading standard input, or writing a full pipe."""
    read, write = _full_pipe() if on_stdout else (-1, subprocess.DEVNULL)
    with subprocess.Popen(
        _argv(args),
        stdin=subprocess.DEVNULL if on_stdout else subprocess.PIPE,
        stdout=write,
        stderr=subprocess.PIPE,
        env=_env(),
    ) as process:
        if on_stdout:
            os.close(write)
        try:
            _wait_blocked(process.pid)
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=60)
        finally:
            if read >= 0:
                os.close(read)
    return Done(process.returncode, stderr)


# The exit status of each command in each case: 0 all well, 1 findings, 2 a problem with the
# input or the environment, 130 interrupted, 141 the reader went away.
EXPECTED: Final = {
    "closed stdin": {
        "handle": 0,
        "name": 0,
        "check": 0,
        "readiness": 2,
        "deadline": 0,
        "responses": 0,
        "check -": 2,
        "responses -": 2,
        "readiness --answers -": 2,
    },
    "closed stdout": dict.fromkeys(
        ("handle", "name", "check", "readiness", "deadline", "responses"), 2
    ),
    "/dev/full": dict.fromkeys(
        ("handle", "name", "check", "readiness", "deadline", "responses"), 2
    ),
    "broken pipe": {
        **dict.fromkeys(("handle", "name", "check", "readiness", "deadline", "responses"), 141),
        "readiness, after a byte": 141,
    },
    # A unit name or a time that holds a lone surrogate is not text (the library's error);
    # cells of a file are read as bytes and cannot hold one.
    "strict UTF-8 and a lone surrogate": {
        "handle": 2,
        "name": 2,
        "check": 0,
        "readiness": 2,
        "deadline": 2,
        "responses": 0,
    },
    "Ctrl-C": {
        **dict.fromkeys(("handle", "name", "check", "readiness", "deadline", "responses"), 130),
        "check -": 130,
        "responses -": 130,
        "readiness --answers -": 130,
    },
}
CASES: Final = [(case, command) for case, table in EXPECTED.items() for command in table]

_STDIN_COMMANDS: Final[dict[str, list[Arg]]] = {
    "check -": ["check", "-"],
    "responses -": ["responses", "-"],
    "readiness --answers -": ["readiness", "--answers", "-"],
}


def _one(case: str, command: str, files: dict[str, Arg]) -> Done:
    if command == "readiness, after a byte":
        return _broken_pipe_after_a_byte()
    args = {**_commands(files), **_STDIN_COMMANDS}[command]
    if case == "closed stdin":
        return _run(args, stdin=None, closing=0)
    if case == "closed stdout":
        return _run(args, stdout=None, closing=1)
    if case == "/dev/full":
        with open("/dev/full", "wb") as full:
            return _run(args, stdout=full)
    if case == "broken pipe":
        return _broken_pipe(args)
    if case == "strict UTF-8 and a lone surrogate":
        return _run(
            _surrogate_commands(files)[command],
            stdout=subprocess.PIPE,
            env=_env(PYTHONIOENCODING="utf-8:strict"),
        )
    if command in _STDIN_COMMANDS or command in ("readiness",):
        return _interrupted(args, on_stdout=False)
    return _interrupted(args, on_stdout=True)


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[tuple[str, str], Done]]:
    if not Path("/dev/full").exists() or sys.platform == "win32":
        pytest.skip("needs a POSIX system with /dev/full")
    files = _files(tmp_path_factory.mktemp("robust"))
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {case: pool.submit(_one, *case, files) for case in CASES}
        yield {case: future.result() for case, future in futures.items()}


@pytest.mark.parametrize(("case", "command"), CASES)
def test_one_line_and_the_documented_status(
    results: dict[tuple[str, str], Done], case: str, command: str
) -> None:
    done = results[case, command]
    assert "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) <= 1, done.stderr
    assert done.status == EXPECTED[case][command], done.stderr
    if done.status == 2:
        assert done.stderr.startswith("randaberg-some: error: ")
    if done.status == 130:
        assert done.stderr == "randaberg-some: error: avbrutt (Ctrl-C)\n"
    if done.status == 141:
        assert done.stderr == ""  # the reader left: nothing to say


def test_the_messages_of_the_environment(results: dict[tuple[str, str], Done]) -> None:
    assert results["closed stdout", "handle"].stderr == (
        "randaberg-some: error: standard utdata er lukket: ingen steder å skrive resultatet\n"
    )
    assert results["/dev/full", "name"].stderr.startswith(
        "randaberg-some: error: kan ikke skrive til standard utdata: "
    )
    assert results["closed stdin", "check -"].stderr == (
        "randaberg-some: error: standard inndata er lukket: ingenting å lese\n"
    )


def test_a_lone_surrogate_in_a_name_is_one_line_without_it(tmp_path: Path) -> None:
    env = _env(PYTHONIOENCODING="utf-8:strict")
    cases: list[list[Arg]] = [
        ["name", SURROGATE],
        ["name", SURROGATE, "--json"],
        ["handle", SURROGATE],
    ]
    for args in cases:
        done = subprocess.run(_argv(args), capture_output=True, env=env, check=False)
        assert (done.returncode, done.stdout) == (2, b"")
        assert done.stderr.count(b"\n") == 1
        assert b"Traceback" not in done.stderr
        done.stderr.decode("utf-8")  # strict: no surrogate reached the terminal
