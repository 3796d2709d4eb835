"""``randaberg-some responses FILE``: deadlines kept, from received and assessed times (G6.5).

FILE may be ``-`` for standard input; ``--at`` without a UTC offset is Europe/Oslo time.
"""

from __future__ import annotations

import argparse
import json
from typing import IO, TYPE_CHECKING, Final, TextIO, cast

from ..errors import InvalidFileError
from ..messages import Lang, Message
from ..moderation import ResponseLog, ResponseReport, ResponseStatus, response_report
from . import _calendar
from ._base import EXIT_FINDINGS, EXIT_OK, Console, Parser, command_parser

if TYPE_CHECKING:
    from ..moderation import ResponseRowError
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
_CANNOT_READ: Final = Message(
    nb="kan ikke lese {file!r}: {reason}",
    nn="kan ikkje lese {file!r}: {reason}",
    en="cannot read {file!r}: {reason}",
)
_HEADING: Final = (
    Message(nb="rad", nn="rad", en="row"),
    Message(nb="mottatt", nn="motteke", en="received"),
    Message(nb="vurdert", nn="vurdert", en="assessed"),
    Message(nb="frist", nn="frist", en="deadline"),
    Message(nb="status", nn="status", en="status"),
)
_ROW: Final = Message(nb="rad {row}", nn="rad {row}", en="row {row}")
_TOTAL: Final = Message(
    nb="{total} saker: {counts}.", nn="{total} saker: {counts}.", en="{total} items: {counts}."
)
_SHARE: Final = Message(
    nb=" Andel i tide: {comma} % ({met} av {due} med passert frist eller vurdert).",
    nn=" Delen i tide: {comma} % ({met} av {due} med passert frist eller vurdert).",
    en=" Share met: {dot}% ({met} of {due} due).",
)
_ERROR_ROWS: Final = (
    Message(nb=" Feil i {rows} rad.", nn=" Feil i {rows} rad.", en=" Errors in {rows} row."),
    Message(nb=" Feil i {rows} rader.", nn=" Feil i {rows} radar.", en=" Errors in {rows} rows."),
)


def _load(args: argparse.Namespace, console: Console) -> ResponseLog:
    """Read the log (``-``: standard input, as bytes, UTF-8)."""
    import io

    from ..moderation import load_responses

    if args.file != "-":
        try:
            return load_responses(args.file)
        except OSError as error:
            message = _CANNOT_READ.format(file=args.file, reason=error.strerror or error)
            raise InvalidFileError(message.en, message=message) from error
    stream = console.stdin_bytes()
    if isinstance(stream, io.TextIOBase):  # a caller's text stream without bytes
        return load_responses(cast(TextIO, stream))
    text = io.TextIOWrapper(cast(IO[bytes], stream), encoding="utf-8-sig", newline="")
    try:
        return load_responses(text)
    finally:
        text.detach()


def _row_error(error: ResponseRowError, lang: Lang) -> str:
    """A row error's message in ``lang`` (the one place that reads it)."""
    return error.text(lang)  # type: ignore[arg-type]


def _label(status: ResponseStatus, lang: Lang) -> str:
    """A status's label in ``lang`` (the one place that reads it)."""
    return status.label(lang)  # type: ignore[arg-type]


def _summary(report: ResponseReport, lang: Lang) -> str:
    counts = ", ".join(
        f"{report.count(status)} {_label(status, lang)}" for status in ResponseStatus
    )
    text = _TOTAL.format(total=report.total, counts=counts)
    if report.share_met is not None:
        dot = f"{report.share_met * 100:.1f}"
        text += _SHARE.format(
            comma=dot.replace(".", ","),
            dot=dot,
            met=report.count(ResponseStatus.MET),
            due=report.due,
        )
    rows = len({problem.row for problem in report.errors})
    if rows:
        text += _ERROR_ROWS[rows != 1].format(rows=rows)
    return text.text(lang)


def _text(report: ResponseReport, lang: Lang) -> str:
    """The report as a table, the row errors and a summary."""
    zone = report.at.tzinfo
    heading = tuple(label.text(lang) for label in _HEADING)
    rows = [
        (
            str(item.row),
            f"{item.received_at.astimezone(zone):%Y-%m-%d %H:%M}",
            "-"
            if item.assessed_at is None
            else f"{item.assessed_at.astimezone(zone):%Y-%m-%d %H:%M}",
            f"{item.deadline:%Y-%m-%d %H:%M}",
            _label(item.status, lang),
        )
        for item in report.items
    ]
    widths = [max(len(cells[i]) for cells in [heading, *rows]) for i in range(len(heading))]
    lines = [
        "  ".join(f"{cell:<{width}}" for cell, width in zip(cells, widths, strict=True)).rstrip()
        for cells in [heading, *rows]
    ]
    for problem in report.errors:
        where = _ROW.format(row=problem.row).text(lang)
        where += f" ({problem.field})" if problem.field else ""
        lines.append(f"{where}: {_row_error(problem, lang)}")
    lines.append(_summary(report, lang))
    return "\n".join(lines)


def _json(report: ResponseReport) -> str:
    document = {
        "at": report.at.isoformat(),
        "items": [
            {
                "row": item.row,
                "received_at": item.received_at.isoformat(),
                "assessed_at": None if item.assessed_at is None else item.assessed_at.isoformat(),
                "deadline": item.deadline.isoformat(),
                "status": item.status.value,
            }
            for item in report.items
        ],
        "errors": [
            {
                "row": error.row,
                "field": error.field,
                "message": {lang: _row_error(error, lang) for lang in ("nb", "nn", "en")},
            }
            for error in report.errors
        ],
        "summary": {
            "total": report.total,
            **{status.value: report.count(status) for status in ResponseStatus},
            "due": report.due,
            "share_met": report.share_met,
            "row_errors": len(report.errors),
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _run(args: argparse.Namespace, console: Console) -> int:
    at = _calendar.now() if args.at is None else _calendar.oslo_time(args.at)
    report = response_report(_load(args, console), at=at, calendar=_calendar.calendar_of(args))
    if args.json:
        console.write_json(_json(report))
    else:
        console.write(_text(report, console.lang) + "\n")
    return EXIT_OK if report.ok else EXIT_FINDINGS


def add_command(commands: Commands, common: Parser, console: Console) -> None:
    r"""Add ``responses`` to the command's sub-commands.

    Args:
        commands: The sub-commands of the ``randaberg-some`` parser.
        common: The parent parser with the options of every command.
        console: The run's streams and language (the help is in its language).

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
        1    2024-05-13 09:00  -         2024-05-13 15:30  overdue
        1 items: 0 met, 0 late, 1 overdue, 0 open. Share met: 0.0% (0 of 1 due).
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
    parser.set_defaults(handler=_run)
