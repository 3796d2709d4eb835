"""What ``check`` and ``responses`` share: ``--out FILE`` and a progress bar on a terminal.

``--out`` writes the report to a file in the format its suffix names (``.xlsx``, ``.csv``,
``.json``, ``.html``; anything else is a usage error, found before any work is done) and
prints only the summary. The progress bar (tqdm, imported only then) shows on standard
error when standard error is a terminal and the file has more than a few thousand rows;
never otherwise, so that a pipe or a log file gets nothing.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Final, TypeVar

from ..messages import Lang, Message

if TYPE_CHECKING:
    from ._base import Console

__all__ = ["PROGRESS_FROM", "add_out_option", "lines_in", "progress", "write_out"]

T = TypeVar("T")

# A file of more rows than this shows a progress bar (on a terminal).
PROGRESS_FROM: Final = 5000

_OUT: Final = Message(
    nb="skriv rapporten til FIL i stedet: .xlsx (regneark), .csv (for Excel), .json eller .html",
    nn="skriv rapporten til FIL i staden: .xlsx (rekneark), .csv (for Excel), .json eller .html",
    en="write the report to FILE instead: .xlsx (workbook), .csv (for Excel), .json or .html",
)
_BAD_SUFFIX: Final = Message(
    nb="{name} må slutte på .xlsx, .csv, .json eller .html",
    nn="{name} må slutte på .xlsx, .csv, .json eller .html",
    en="{name} must end in .xlsx, .csv, .json or .html",
)
_WROTE: Final = Message(nb="Skrev {name}.", nn="Skreiv {name}.", en="Wrote {name}.")
_ROWS: Final = Message(nb="rader", nn="rader", en="rows")


def add_out_option(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """Add ``--out FILE``, whose suffix is checked when the arguments are parsed."""
    from ..files.workbook import SUFFIXES

    def out_file(value: str) -> str:
        if os.path.splitext(value)[1].lower() not in SUFFIXES:
            raise argparse.ArgumentTypeError(_BAD_SUFFIX.format(name=repr(value)).text(lang))
        return value

    parser.add_argument("--out", metavar="FILE", type=out_file, help=_OUT.text(lang))


_SAME_FILE: Final = Message(
    nb="--out {name} er filen som leses; velg et annet navn, så blir ikke dataene overskrevet",
    nn="--out {name} er fila som blir lesen; vel eit anna namn, så blir ikkje dataa skrivne over",
    en="--out {name} is the file being read; choose another name so that the data is not "
    "overwritten",
)


_SHEET: Final = Message(
    nb="arket som skal leses i en arbeidsbok: navnet, eller nummeret (1 er det første)",
    nn="arket som skal lesast i ei arbeidsbok: namnet, eller nummeret (1 er det første)",
    en="the sheet to read in a workbook: its name, or its number (1 is the first)",
)


def add_sheet_option(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """Add ``--sheet NAME|NUMBER`` (a number counts from 1, as the sheet tabs do)."""
    parser.add_argument("--sheet", type=sheet_of, metavar="ARK", help=_SHEET.text(lang))


def sheet_of(value: str) -> str | int:
    """A sheet's name, or its 0-based position for a number typed from 1.

    Examples:
        >>> sheet_of("2"), sheet_of("Kontoer")
        (1, 'Kontoer')
    """
    return int(value) - 1 if value.isdigit() and int(value) > 0 else value


def check_out(out: str | None, source: str) -> None:
    """Refuse an ``--out`` that is the input file itself: writing would destroy the data.

    Raises:
        InvalidFileError: ``out`` and ``source`` name the same existing file.
    """
    if out is None or source == "-":
        return
    try:
        same = os.path.samefile(out, source)
    except (OSError, ValueError):
        return  # one of them does not exist (yet): nothing to overwrite
    if same:
        from ..errors import InvalidFileError

        message = _SAME_FILE.format(name=repr(out))
        raise InvalidFileError(message.en, message=message)


def write_out(report: object, name: str, console: Console, summary: str) -> None:
    """Write ``report`` to ``name`` and print its summary and the file written."""
    from ..files.workbook import write_report

    write_report(report, name, console.lang)
    console.write(f"{summary}\n{_WROTE.format(name=name).text(console.lang)}\n")


def lines_in(name: str) -> int:
    """The number of line ends in the file ``name``, 0 when it cannot be read.

    A quick upper bound on its rows, to decide on a progress bar and to size it.
    """
    try:
        with open(name, "rb") as file:
            return sum(block.count(b"\n") for block in iter(lambda: file.read(1 << 20), b""))
    except OSError:
        return 0


def progress(items: Iterable[T], total: int, console: Console) -> Iterable[T]:
    """``items`` with a progress bar on standard error, or ``items`` untouched.

    The bar shows when standard error is a terminal and ``total`` is more than
    :data:`PROGRESS_FROM`.
    """
    err = console.err
    if total <= PROGRESS_FROM or err is None or not _is_terminal(err):
        return items
    from tqdm import tqdm  # type: ignore[import-untyped]

    return _closing(
        tqdm(items, total=total, file=err, unit=f" {_ROWS.text(console.lang)}", leave=False)
    )


def _closing(bar: Iterable[T]) -> Iterator[T]:
    try:
        yield from bar
    finally:
        bar.close()  # type: ignore[attr-defined]


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (OSError, ValueError):
        return False
