"""``randaberg-some check FILE``: audit an inventory of accounts (``-`` for standard input)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Final

from .. import render
from ..messages import Message
from . import _calendar
from ._base import EXIT_FINDINGS, EXIT_OK, Console, Parser, command_parser
from ._out import add_out_option, add_sheet_option, check_out, lines_in, progress, write_out
from ._policy import policy_of

if TYPE_CHECKING:
    from ..auditing import AuditReport
    from ._base import Commands

__all__ = ["add_command"]

_HELP: Final = Message(
    nb="kontroller en kontoliste (CSV, JSON eller JSON Lines)",
    nn="kontroller ei kontoliste (CSV, JSON eller JSON Lines)",
    en="audit an inventory of accounts (CSV, JSON or JSON Lines)",
)
_DESCRIPTION: Final = Message(
    nb="Kontroller hver konto i en kontoliste mot retningslinjene, og kontoene mot "
    "hverandre, og skriv funnene. Status 1 når noe er en feil eller en rad ikke kan leses.",
    nn="Kontroller kvar konto i ei kontoliste mot retningslinene, og kontoane mot "
    "kvarandre, og skriv funna. Status 1 når noko er ein feil eller ei rad ikkje kan lesast.",
    en="Audit every account of an inventory against the guideline, and the accounts "
    "against each other, and print the findings. Status 1 when a finding is an error or a "
    "row cannot be read.",
)
_FILE: Final = Message(
    nb="kontolisten: en .csv-, .json- eller .jsonl-fil (- for standard inndata)",
    nn="kontolista: ei .csv-, .json- eller .jsonl-fil (- for standard inndata)",
    en="the inventory: a .csv, .json or .jsonl file (- for standard input)",
)
_FORMAT: Final = Message(
    nb="utdataformat (text); --format json er det samme som --json",
    nn="utdataformat (text); --format json er det same som --json",
    en="output format (text); --format json is the same as --json",
)
_AT: Final = Message(
    nb="dagen kontrollen gjelder, f.eks. 2025-01-31: versjonen av retningslinjene som gjaldt "
    "da, og kontoenes datoer vurdert den dagen (standard: i dag)",
    nn="dagen kontrollen gjeld, t.d. 2025-01-31: versjonen av retningslinene som gjaldt "
    "då, og datoane til kontoane vurderte den dagen (standard: i dag)",
    en="the day of the audit, e.g. 2025-01-31: the version of the policy in force then, "
    "and the accounts' dates judged on it (default: today)",
)
_INPUT_FORMAT: Final = Message(
    nb="filens format (standard: fra filendelsen, ellers fra første tegn)",
    nn="formatet til fila (standard: frå filendinga, elles frå første teiknet)",
    en="the file's format (default: from its suffix, else from its first character)",
)


def _audit(args: argparse.Namespace, console: Console) -> AuditReport:
    """Read the inventory (``-``: standard input, as bytes) and audit it."""
    from ..auditing import audit
    from ..files.inventory import iter_accounts
    from ..policy import RANDABERG_POLICY

    loaded = policy_of(args, console)
    # The day to judge by: --at, else today (the only clock the command reads). An inventory
    # without status or dates gets the same findings as before; the report names the day.
    at: date = _calendar.today() if args.at is None else args.at
    policy = RANDABERG_POLICY if loaded is None else loaded
    source = console.stdin_bytes() if args.file == "-" else args.file
    total = 0 if args.file == "-" else lines_in(args.file) - 1
    with iter_accounts(source, format=args.input_format, sheet=args.sheet) as rows:
        return audit(progress(rows, total, console), policy=policy, at=at)


def _render(report: AuditReport, console: Console, as_json: bool) -> None:
    """Write the report as text or JSON."""
    if as_json:
        console.write_json(render.to_json(report))
    else:
        console.write(render.text(report, console.lang) + "\n")


def _run(args: argparse.Namespace, console: Console) -> int:
    check_out(args.out, args.file)
    report = _audit(args, console)
    if args.out is not None:
        write_out(report, args.out, console, report.summary(console.lang))
    else:
        _render(report, console, args.json or args.format == "json")
    return EXIT_OK if report.ok else EXIT_FINDINGS


def add_command(commands: Commands, common: Parser, console: Console) -> None:
    r"""Add ``check`` to the command's sub-commands.

    Examples:
        >>> import io
        >>> from randaberg_some.cli import run
        >>> inventory = "platform;handle;name\ntiktok;@randabergkommune_x;Randabergkommune X\n"
        >>> out = io.StringIO()
        >>> run(["check", "-", "--lang", "en"], stdin=io.StringIO(inventory), stdout=out)
        1
        >>> print(out.getvalue().splitlines()[-1])
        1 accounts, 0 unreadable rows: 3 errors, 2 warnings, 1 info.
    """
    lang = console.lang
    parser = command_parser(
        commands, "check", help=_HELP, description=_DESCRIPTION, common=common, console=console
    )
    parser.add_argument("file", metavar="FILE", help=_FILE.text(lang))
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help=_FORMAT.text(lang)
    )
    parser.add_argument(
        "--input-format",
        choices=("csv", "json", "jsonl", "xlsx", "xlsm", "xlsb", "xls", "ods"),
        help=_INPUT_FORMAT.text(lang),
    )
    parser.add_argument("--at", type=_calendar.day_type(lang), metavar="DATE", help=_AT.text(lang))
    add_sheet_option(parser, lang)
    add_out_option(parser, lang)
    parser.set_defaults(handler=_run)
