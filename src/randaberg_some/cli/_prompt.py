"""Asking a person a question in the terminal, or reading the answers from a pipe.

At a terminal the line is read with :func:`input`, which edits it with ``readline`` where
the platform has that module (the arrow keys move the cursor instead of typing escape
codes), and long questions are wrapped to the terminal's width. Ctrl-D at a terminal ends
the command (status 2); the end of piped answers leaves the remaining questions unanswered.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import textwrap
from typing import TextIO

from ._base import Console, problem
from ._messages import CANNOT_READ, EOF_AT_PROMPT

__all__ = ["Prompter"]


def _isatty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):
        return False


class Prompter:
    """Asks questions on the console's output and reads the answers from its input.

    Raises:
        RandabergSomeError: standard input is closed.
    """

    def __init__(self, console: Console, *, data_on_stdout: bool = False) -> None:
        self.console = console
        self.inp = console.stdin()
        # When standard output carries data (JSON) to a file or a pipe, the questions go to
        # standard error, so that the data stays clean.
        self.aside = data_on_stdout and not _isatty(console.out)
        self.write = console.note if self.aside else console.write
        self.terminal = _isatty(self.inp) and _isatty(console.err if self.aside else console.out)
        # input() reads the process's own stdin and echoes on its own stdout.
        self.edited = (
            self.terminal and not self.aside and self.inp is sys.stdin and console.out is sys.stdout
        )
        if self.edited:
            with contextlib.suppress(ImportError):  # Windows, or a Python built without it
                import readline  # noqa: F401 - input() edits lines once it is loaded

    def say(self, text: str) -> None:
        """Write ``text``; at a terminal each of its lines wrapped to the terminal's width."""
        if self.terminal:
            width = self._width()
            text = "".join(
                "".join(part + "\n" for part in textwrap.wrap(line, width=width) or [""])
                for line in text.splitlines()
            )
        self.write(text)

    def _width(self) -> int:
        return max(shutil.get_terminal_size().columns - 1, 20)

    def _wrapped(self, prompt: str) -> tuple[str, str]:
        """The prompt as lines written before the question and the line asked on."""
        if not self.terminal:
            return "", prompt
        lines = textwrap.wrap(prompt, width=self._width()) or [""]
        last = lines[-1] + (" " if prompt.endswith(" ") else "")
        return "".join(line + "\n" for line in lines[:-1]), last

    def ask(self, prompt: str) -> str | None:
        """Ask ``prompt``; return the line typed, or ``None`` where piped answers ended.

        Raises:
            RandabergSomeError: Ctrl-D at a terminal.
            KeyboardInterrupt: Ctrl-C (after ending the prompt's line).
        """
        before, last = self._wrapped(prompt)
        write = self.write
        write(before)
        if not self.edited:
            write(last)
        if not self.aside:
            self.console.flush()
        try:
            line = self._read(last)
        except KeyboardInterrupt:
            write("\n")  # the one line about it then starts a line of its own
            raise
        if not self.terminal or line is None:
            write("\n")  # the answer is not echoed: keep a transcript readable
        if line is None and self.terminal:
            raise problem(EOF_AT_PROMPT)
        return None if line is None else line.rstrip("\r\n")

    def _read(self, prompt: str) -> str | None:
        """The line typed (``input`` at a terminal, with the prompt); ``None`` at Ctrl-D."""
        try:
            if self.edited:
                try:
                    return input(prompt)
                except EOFError:
                    return None
            return self.inp.readline() or None
        except (OSError, ValueError) as error:  # ValueError: a closed file object
            reason = getattr(error, "strerror", None) or str(error)
            raise problem(CANNOT_READ.format(reason=reason)) from error
