"""The ``deadline`` and ``responses`` commands: response deadlines from the shell (G6.5).

Times on the command line are ISO 8601 with a UTC offset (``2024-05-16T16:00+02:00``, or
``Z`` for UTC); a time without one is refused (exit 2) rather than guessed.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime, time, timezone
from typing import TYPE_CHECKING, TextIO

from .calendar import WorkingCalendar, response_deadline
from .errors import InvalidFileError, InvalidTimeError, NaiveDatetimeError
from .render import responses as render_responses
from .responses import ResponseRecord, parse_time, response_report, time_errors
from .rows import Loaded, Row, RowError
from .rules import Lang

if TYPE_CHECKING:
    from ._cli_base import Commands

__all__ = ["add_commands"]


def _now() -> datetime:
    """The current time: the only clock the library reads (tests replace it)."""
    return datetime.now(timezone.utc)


def _time_arg(text: str, lang: Lang) -> datetime:
    try:
        return parse_time(text)
    except NaiveDatetimeError as error:
        message = (
            f"the time {text!r} has no UTC offset; write e.g. {text.strip()}+02:00 "
            "(summer) or +01:00 (winter), or Z for UTC"
            if lang == "en"
            else f"tidspunktet {text!r} mangler UTC-forskyvning; skriv f.eks. "
            f"{text.strip()}+02:00 (sommertid) eller +01:00 (vintertid), eller Z for UTC"
        )
        raise NaiveDatetimeError(message) from error


def _end_of_day(value: str) -> time:
    try:
        end = time.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a time such as 15:30 (got {value!r})") from error
    if end.tzinfo is not None:
        raise argparse.ArgumentTypeError(f"a wall-clock time without offset (got {value!r})")
    return end


def _closed_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"not a date such as 2024-12-24 (got {value!r})"
        ) from error


def _calendar(args: argparse.Namespace) -> WorkingCalendar:
    closed: list[date] = args.closed or []
    return WorkingCalendar(end_of_day=args.end, closures=closed)


_WEEKDAYS = {
    "nb": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "en": "January February March April May June July August September October November December",
}


def _spelled(moment: datetime, lang: Lang) -> str:
    weekday = _WEEKDAYS[lang][moment.weekday()]
    month = _MONTHS[lang].split()[moment.month - 1]
    if lang == "en":
        return f"{weekday} {moment.day} {month} {moment.year} at {moment:%H:%M}"
    return f"{weekday} {moment.day}. {month} {moment.year} kl. {moment:%H:%M}"


def _cmd_deadline(args: argparse.Namespace, out: TextIO) -> int:
    lang: Lang = args.lang
    received = _now() if args.time is None else _time_arg(args.time, lang)
    deadline = response_deadline(received, calendar=_calendar(args))
    if args.json:
        document = {
            "received_at": received.astimezone(deadline.tzinfo).isoformat(),
            "deadline": deadline.isoformat(),
        }
        json.dump(document, out, indent=2)
        out.write("\n")
        return 0
    label = "Deadline" if lang == "en" else "Frist"
    out.write(f"{label}: {_spelled(deadline, lang)} ({deadline.isoformat()})\n")
    return 0


def _load_responses(path: str) -> Loaded[ResponseRecord]:
    """Read a CSV log of received and assessed times (until the files layer's loader)."""
    import csv

    from .messages import Message

    rows: list[Row[ResponseRecord]] = []
    row = 0
    try:
        with open(path, encoding="utf-8-sig", newline="") as file:
            reader = csv.reader(file)
            header = next(reader, None)
            if header is None:
                raise InvalidFileError(f"{path}: the file is empty")
            columns = [column.strip().lower() for column in header]
            for column in ("received_at", "assessed_at"):
                if column not in columns:
                    raise InvalidFileError(f"{path}: the header has no column {column!r}")
            for fields in reader:
                if not fields:
                    continue
                row += 1
                if len(fields) != len(columns):
                    wrong = Message.same(f"{len(fields)} fields; the header has {len(columns)}.")
                    rows.append(Row(row=row, errors=(RowError(row=row, message=wrong),)))
                    continue
                times: dict[str, datetime | None] = {}
                errors: list[RowError] = []
                for column in ("received_at", "assessed_at"):
                    text = fields[columns.index(column)]
                    times[column] = None
                    if text.strip():
                        try:
                            times[column] = parse_time(text)
                        except InvalidTimeError as error:
                            message = error.message or Message.same(str(error))
                            errors.append(RowError(row=row, field=column, message=message))
                if not errors:
                    errors = time_errors(row, times["received_at"], times["assessed_at"])
                if errors:
                    rows.append(Row(row=row, errors=tuple(errors)))
                    continue
                record = ResponseRecord(
                    received_at=times["received_at"],  # type: ignore[arg-type]
                    assessed_at=times["assessed_at"],
                    row=row,
                )
                rows.append(Row(row=row, value=record))
    except (csv.Error, UnicodeDecodeError) as error:
        raise InvalidFileError(f"{path}: not readable as UTF-8 CSV: {error}") from error
    return Loaded(rows=tuple(rows), source=path)


def _cmd_responses(args: argparse.Namespace, out: TextIO) -> int:
    lang: Lang = args.lang
    at = _now() if args.at is None else _time_arg(args.at, lang)
    try:
        log = _load_responses(args.file)
    except OSError as error:
        raise InvalidFileError(f"cannot read {args.file!r}: {error.strerror or error}") from error
    report = response_report(log, at=at, calendar=_calendar(args))
    if args.json:
        out.write(render_responses.to_json(report) + "\n")
        return 0 if report.ok else 1
    out.write(render_responses.text(report, lang) + "\n")
    return 0 if report.ok else 1


def _add_calendar_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--end",
        type=_end_of_day,
        default=time(15, 30),
        metavar="HH:MM",
        help="end of the working day, Europe/Oslo time (default 15:30)",
    )
    parser.add_argument(
        "--closed",
        action="append",
        type=_closed_day,
        metavar="DATE",
        help="an extra closure day such as 2024-12-24; repeatable",
    )
    parser.add_argument("--lang", choices=("nb", "en"), default="nb", help="message language")


def add_commands(commands: Commands) -> None:
    """Add ``deadline`` and ``responses`` to the command's sub-commands."""
    deadline = commands.add_parser(
        "deadline",
        help="when must an item received at TIME be assessed (G6.5)",
        description="Print the moment by which a question, comment or post received at TIME "
        "must be assessed: the end of that working day, or of the next one (G6.5).",
    )
    deadline.add_argument(
        "time",
        nargs="?",
        metavar="TIME",
        help="when it arrived, ISO 8601 with offset, e.g. 2024-05-16T16:00+02:00 (default: now)",
    )
    deadline.add_argument("--json", action="store_true", help="print the result as JSON")
    _add_calendar_options(deadline)
    deadline.set_defaults(handler=_cmd_deadline)

    responses = commands.add_parser(
        "responses",
        help="report deadlines kept from a CSV of received and assessed times (G6.5)",
        description="Read a CSV file with the columns received_at and assessed_at (ISO 8601 "
        "with offset; assessed_at empty when not yet assessed) and print each item's deadline "
        "and status, and the share met. Exit 1 when an item is late or overdue or a row "
        "could not be used.",
    )
    responses.add_argument("file", metavar="FILE", help="the CSV file")
    responses.add_argument(
        "--at", metavar="TIME", help="time of the report, ISO 8601 with offset (default: now)"
    )
    responses.add_argument("--json", action="store_true", help="print the report as JSON")
    _add_calendar_options(responses)
    responses.set_defaults(handler=_cmd_responses)
