"""``readiness`` in a real terminal (tmux): the arrow keys edit the line, long questions wrap.

Where tmux is not installed the test is skipped (``apt-get install tmux``).
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from .test_cli_robust import SRC

SENDER = "kari.nordmann@randaberg.kommune.no"

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None, reason="tmux is not installed (apt-get install tmux)"
)


class Terminal:
    """A tmux session on a private server: type keys, read the screen."""

    def __init__(self, socket: str, width: int) -> None:
        self.socket, self.width = socket, width

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        )
        return done.stdout

    def start(self, command: list[str]) -> None:
        # Without COLUMNS the width is the terminal's own.
        line = "env -u COLUMNS -u LINES " + shlex.join([f"PYTHONPATH={SRC}", *command])
        line += '; echo "status=$?"; sleep 60'
        self.tmux("new-session", "-d", "-s", "t", "-x", str(self.width), "-y", "40", line)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-J", "-t", "t")

    def expect(self, text: str) -> str:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared on the screen:\n{self.screen()}")

    def prompt(self, ending: str) -> str:
        """Wait until the screen's last line is a prompt that ends with ``ending``."""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            screen = self.screen().rstrip()
            if screen.endswith(ending):
                return screen
            time.sleep(0.05)
        raise AssertionError(f"no prompt ending {ending!r}:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "t", *keys)


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    terminal = Terminal(f"randaberg-some-{uuid.uuid4().hex[:8]}", width=60)
    try:
        yield terminal
    finally:
        subprocess.run(
            ["tmux", "-L", terminal.socket, "kill-server"], capture_output=True, check=False
        )


def test_arrow_keys_edit_the_answer_and_questions_wrap(terminal: Terminal, tmp_path: Path) -> None:
    target = tmp_path / "varsel.eml"
    terminal.start(
        [
            sys.executable,
            "-m",
            "randaberg_some",
            "readiness",
            "--out",
            str(target),
            "--from",
            SENDER,
        ]
    )
    terminal.prompt("Enhetens navn:")
    # "Basenget", back five characters, insert the missing "s".
    terminal.keys("-l", "Basenget")
    terminal.keys("Left", "Left", "Left", "Left", "Left")
    terminal.keys("-l", "s")
    terminal.keys("Enter")
    terminal.prompt("tiktok):")
    terminal.keys("-l", "instagram")
    terminal.keys("Enter")
    for number in range(1, 8):
        terminal.expect(f"{number}. ")
        terminal.prompt("komma)" if number == 3 else "[ja/nei]")
        if number == 3:
            # "Kari Nordmnn", back two, insert "a"; Home and End work as well.
            terminal.keys("-l", "ari Nordmnn")
            terminal.keys("Left", "Left")
            terminal.keys("-l", "a")
            terminal.keys("Home")
            terminal.keys("-l", "K")
            terminal.keys("End")
        else:
            terminal.keys("-l", "ja")
        terminal.keys("Enter")
    screen = terminal.expect("varsel.eml")
    # The questions fit the terminal: the long ones were wrapped (-J joins what the terminal
    # wrapped by itself).
    width = int(terminal.tmux("display-message", "-p", "-t", "t", "#{pane_width}"))
    questions = screen.split("Klar:")[0]
    assert "2. Har du nok ressurser til å drifte kontoen? [ja/nei] ja" in questions
    for line in questions.splitlines():
        for answer in (" ja", " Kari Nordmann", " instagram", " Bassenget"):
            line = line.removesuffix(answer)
        assert len(line) < width, screen
    assert "[ja/nei] ja6." not in questions
    message = BytesParser(policy=policy.default).parsebytes(target.read_bytes())
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    content = body.get_content()
    assert "\x1b" not in content
    assert "[D" not in content
    assert "Administrator(er): Kari Nordmann" in content
    assert "@randabergkommune_bassenget" in content
    assert message["Subject"] == "Ny konto i sosiale medier: Bassenget på Instagram"


@pytest.mark.parametrize(
    ("typed", "key", "status", "line"),
    [
        # Ctrl-D ends the input on an empty line (elsewhere it deletes a character).
        (
            "",
            "C-d",
            2,
            "randaberg-some: error: avsluttet med Ctrl-D før alle spørsmålene var besvart",
        ),
        ("insta", "C-c", 130, "randaberg-some: error: avbrutt (Ctrl-C)"),
    ],
)
def test_ctrl_d_and_ctrl_c_at_a_prompt_end_with_one_line(
    terminal: Terminal, typed: str, key: str, status: int, line: str
) -> None:
    terminal.start([sys.executable, "-m", "randaberg_some", "readiness", "--unit", "Bassenget"])
    terminal.prompt("tiktok):")
    if typed:
        terminal.keys("-l", typed)
    terminal.keys(key)
    screen = terminal.expect("status=")
    assert f"status={status}" in screen
    assert "Traceback" not in screen
    after = screen.split(f"tiktok): {typed}".rstrip())[1].split("status=")[0]
    assert after.strip().splitlines() == [line], screen


def test_enter_alone_leaves_a_question_unanswered(terminal: Terminal) -> None:
    terminal.start(
        [
            sys.executable,
            "-m",
            "randaberg_some",
            "readiness",
            "--unit",
            "Bassenget",
            "--platform",
            "tiktok",
        ]
    )
    for number in range(1, 8):
        terminal.expect(f"{number}. ")
        terminal.prompt("komma)" if number == 3 else "[ja/nei]")
        terminal.keys("Enter")
    screen = terminal.expect("status=")
    assert "Svar: ikke besvart." in screen
    assert "status=1" in screen
    assert "error" not in screen
