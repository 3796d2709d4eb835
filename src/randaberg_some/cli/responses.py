"""``randaberg-some responses FILE``: deadlines kept, from received and assessed times (G6.5).

FILE may be ``-`` for standard input; ``--at`` without a UTC offset is Europe/Oslo time.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Final

import attrs

from .. import render
from ..messages import Message
from ..responses import response_report
from . import _calendar
from ._base import EXIT_FINDINGS, EXIT_OK, Console, Parser, command_parser
from ._out import add_out_option, add_sheet_option, check_out, progress, write_out
from ._policy import in_force

if TYPE_CHECKING:
    from ..responses import ResponseRecord
    from ..rows import Loaded
    from ._base import Commands

__all__ = ["add_command"]

_HELP: Final = Message(
    nb="rapport om frister holdt, fra en CSV med mottatt- og vurdert-tidspunkt (G6.5)",
    nn="rapport om fristar haldne, frå ein CSV med mottaks- og vurderingstidspunkt (G6.5)",
    en="report deadlines kept from a CSV of received and assessed times (G6.5)",
)
_DESCRIPTION: Final = Message(
    nb="Les en CSV-fil med kolonnene received_at og assessed_at (ISO 8601 med forskyvning; "
    "assessed_at tom når saken ikke er vurdert) og skriv hver sak med frist og status, og "
    "andelen i tide. Status 1 når en sak er vurdert for sent eller har forfalt, eller en "
    "rad ikke kan brukes.",
    nn="Les ei CSV-fil med kolonnane received_at og assessed_at (ISO 8601 med forskyving; "
    "assessed_at tom når saka ikkje er vurdert) og skriv kvar sak med frist og status, og "
    "delen i tide. Status 1 når ei sak er vurdert for seint eller har forfalle, eller ei "
    "rad ikkje kan brukast.",
    en="Read a CSV file with the columns received_at and assessed_at (ISO 8601 with offset; "
    "assessed_at empty when not yet assessed) and print each item's deadline and status, "
    "and the share met. Status 1 when an item is late or overdue or a row could not be used.",
)
_FILE: Final = Message(
    nb="CSV-filen (- for standard inndata)",
    nn="CSV-fila (- for standard inndata)",
    en="the CSV file (- for standard input)",
)
_AT: Final = Message(
    nb="tidspunktet for rapporten, f.eks. 2024-06-01T08:00 (norsk tid) (standard: nå)",
    nn="tidspunktet for rapporten, t.d. 2024-06-01T08:00 (norsk tid) (standard: no)",
    en="the time of the report, e.g. 2024-06-01T08:00 (Norwegian time) (default: now)",
)


def _load(args: argparse.Namespace, console: Console) -> Loaded[ResponseRecord]:
    """Read the log (``-``: standard input, as bytes)."""
    from ..files.responses import load_responses

    return load_responses(
        console.stdin_bytes() if args.file == "-" else args.file, sheet=args.sheet
    )


def _run(args: argparse.Namespace, console: Console) -> int:
    check_out(args.out, args.file)
    at = _calendar.now() if args.at is None else _calendar.oslo_time(args.at)
    calendar = _calendar.calendar_of(args, in_force(args, console).calendar)
    loaded = _load(args, console)
    # Each record with its row, through the progress bar; the log's row errors come first.
    records = [
        row.value if row.value.row is not None else attrs.evolve(row.value, row=row.row)
        for row in loaded.rows
        if row.value is not None
    ]
    shown = progress(records, len(records), console)
    report = response_report(shown, at=at, calendar=calendar)
    report = attrs.evolve(report, errors=(*loaded.errors, *report.errors))
    if args.out is not None:
        write_out(report, args.out, console, report.summary(console.lang))
    elif args.json:
        console.write_json(render.to_json(report))
    else:
        console.write(render.text(report, console.lang) + "\n")
    return EXIT_OK if report.ok else EXIT_FINDINGS


def add_command(commands: Commands, common: Parser, console: Console) -> None:
    r"""Add ``responses`` to the command's sub-commands.

    Examples:
        >>> import io
        >>> from randaberg_some.cli import run
        >>> log = io.StringIO("received_at,assessed_at\n2024-05-13T09:00+02:00,\n")
        >>> out = io.StringIO()
        >>> run(["responses", "-", "--at", "2024-05-16T12:00", "--lang", "en"],
        ...     stdin=log, stdout=out)
        1
        >>> print(out.getvalue(), end="")
        row  received          assessed  deadline          status
        2    2024-05-13 09:00  -         2024-05-13 15:30  overdue
        1 item: 0 met, 0 late, 1 overdue, 0 open. Share met: 0.0% (0 of 1 due).
    """
    lang = console.lang
    parser = command_parser(
        commands,
        "responses",
        help=_HELP,
        description=_DESCRIPTION,
        common=common,
        console=console,
    )
    parser.add_argument("file", metavar="FILE", help=_FILE.text(lang))
    parser.add_argument("--at", metavar="TIME", help=_AT.text(lang))
    _calendar.add_calendar_options(parser, lang)
    add_sheet_option(parser, lang)
    add_out_option(parser, lang)
    parser.set_defaults(handler=_run)
