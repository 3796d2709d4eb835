r"""The ``randaberg-some`` command: the library from the shell.

One module per command (``handle``, ``name``, ``check``, ``readiness``, ``deadline``,
``responses``, ``screen``, ``policy``, ...), all sharing one parent parser (``--lang
{nb,nn,en}``, ``--json``, ``--policy FILE``; see :mod:`._policy`).

Exit status: 0 all well; 1 findings (``check`` finds an error or an unreadable row,
``readiness`` finds the unit not ready, ``responses`` finds an item late or overdue or a row
it cannot use, ``screen`` finds a comment to act on or a row it cannot use); 2 a problem
with the input or the environment (a file that cannot be read, wrong usage, a closed or full
standard output, a closed standard input); 130 interrupted (Ctrl-C); 141 the reader of
standard output went away (``| head -1``), quietly, as a C program killed by ``SIGPIPE``
would. Every problem is one line on standard error, in the chosen language; never a
traceback.

Examples:
    >>> import io
    >>> out = io.StringIO()
    >>> run(["handle", "Åsen", "barnehage"], stdout=out)
    0
    >>> out.getvalue()
    '@randabergkommune_asenbarnehage\n'
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from ._base import Console

__all__ = ["main", "run"]


def run(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command with ``argv`` (default: the process's arguments); return the status.

    Args:
        argv: The arguments after the program's name.
        stdout: Where the result goes (default: the process's standard output).
        stderr: Where problems go, one line each (default: the process's standard error).
        stdin: What ``-`` and the prompts read (default: the process's standard input).

    Returns:
        The exit status: 0, 1 (findings), 2 (a problem), 130 (interrupted) or 141 (the
        output's reader went away).

    Examples:
        >>> import io
        >>> err = io.StringIO()
        >>> run(["deadline", "2024-03-31T02:30", "--lang", "en"], stderr=err)
        2
        >>> print(err.getvalue(), end="")  # doctest: +ELLIPSIS
        randaberg-some: error: 2024-03-31T02:30 does not exist in Norwegian time ...
    """
    console = _console(argv, stdout, stderr, stdin)
    return _run(console.argv, console.console)


class _Prepared:
    def __init__(self, argv: list[str], console: Console) -> None:
        self.argv, self.console = argv, console


def _console(
    argv: Sequence[str] | None,
    stdout: TextIO | None,
    stderr: TextIO | None,
    stdin: TextIO | None,
) -> _Prepared:
    from ._base import Console, requested_lang

    args = sys.argv[1:] if argv is None else list(argv)
    console = Console(
        sys.stdout if stdout is None else stdout,
        sys.stderr if stderr is None else stderr,
        sys.stdin if stdin is None else stdin,
        requested_lang(args),
    )
    return _Prepared(args, console)


def _run(argv: list[str], console: Console) -> int:
    from ..errors import RandabergSomeError
    from ._base import (
        EXIT_INTERRUPTED,
        EXIT_PIPE,
        EXIT_PROBLEM,
        HelpExit,
        OutputError,
        Reported,
        UsageError,
    )
    from ._messages import INTERRUPTED, NO_MEMORY, UNEXPECTED_OS
    from ._parser import dispatch

    lang = console.lang
    try:
        try:
            status = dispatch(argv, console)
        except (HelpExit, Reported) as done:  # --help printed, or the problems written
            status = done.status
        console.flush()
        return status
    except KeyboardInterrupt:
        console.error(INTERRUPTED.text(lang))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_PIPE  # the reader has what it wanted: leave quietly
    except OutputError as error:
        console.error(error.message.text(lang))
        return EXIT_PROBLEM
    except UsageError as error:
        console.error(error.text(lang))
        return EXIT_PROBLEM
    except RandabergSomeError as error:
        console.error(error.text(lang))
        return EXIT_PROBLEM
    except MemoryError:
        console.error(NO_MEMORY.text(lang))
        return EXIT_PROBLEM
    except OSError as error:
        console.error(UNEXPECTED_OS.format(reason=error.strerror or str(error)).text(lang))
        return EXIT_PROBLEM


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``randaberg-some`` script and of ``python -m randaberg_some``.

    Runs the command on the process's streams and returns the exit status (the script
    exits with it). When standard output failed (a broken pipe, a full disk) or the command
    was interrupted, it is pointed at the null device so that the interpreter's last flush
    stays quiet.

    Args:
        argv: The arguments after the program's name (default: the process's).

    Returns:
        The exit status (see the module's description).

    Examples:
        >>> main(["name", "Bassenget"])
        Randabergkommune Bassenget
        0
    """
    try:
        prepared = _console(argv, None, None, None)
        status = _run(prepared.argv, prepared.console)
    except KeyboardInterrupt:  # while the command's own modules were loading
        status, failed = 130, True
        if sys.stderr is not None:
            sys.stderr.write("randaberg-some: ^C\n")
    else:
        failed = prepared.console.failed
    if failed or status == 130:
        # What is still buffered cannot be written (or would block on a reader that is not
        # reading): the interpreter's last flush goes to the null device instead.
        _silence_stdout()
    return status


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
