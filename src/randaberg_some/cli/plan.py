"""``randaberg-some plan FILE``: handles for all of an organisation's units, none alike.

FILE (``-`` for standard input) is either unit names, one a line (blank lines and lines
that start with ``#`` are skipped), or an inventory of accounts (a spreadsheet, JSON, JSON
Lines, or CSV whose header names the columns ``platform`` and ``handle``): then the plan
covers the units of its accounts, and the handles already in it are taken, except by their
own unit.
"""

from __future__ import annotations

import argparse
import io
import os
import re
from typing import TYPE_CHECKING, Final

from .. import render
from ..messages import Message
from ..planning import OrganisationPlan, plan_organisation
from ..platforms import Platform
from ._base import EXIT_FINDINGS, EXIT_OK, Console, Parser, command_parser, platform_type
from ._out import add_out_option, add_sheet_option, check_out, write_out
from ._policy import in_force

if TYPE_CHECKING:
    from ..accounts import Account
    from ..rows import Loaded
    from ..units import Unit
    from ._base import Commands

__all__ = ["add_command"]

_HELP: Final = Message(
    nb="planlegg brukernavn for alle enhetene, ulike på hver plattform",
    nn="planlegg brukarnamn for alle einingane, ulike på kvar plattform",
    en="plan handles for all units, different on every platform",
)
_DESCRIPTION: Final = Message(
    nb="Gi hver enhet én forkortelse som passer på alle plattformene, slik at ingen to "
    "enheter får samme brukernavn (slik hver plattform sammenligner navn) og ingen tar et "
    "brukernavn som allerede finnes i kontolisten. FILE er enhetsnavn, ett per linje, "
    "eller en kontoliste. Status 1 når en rad i kontolisten ikke kan leses.",
    nn="Gi kvar eining éi forkorting som passar på alle plattformene, slik at ingen to "
    "einingar får same brukarnamn (slik kvar plattform samanliknar namn) og inga tek eit "
    "brukarnamn som alt finst i kontolista. FILE er namn på einingar, eitt per linje, "
    "eller ei kontoliste. Status 1 når ei rad i kontolista ikkje kan lesast.",
    en="Give every unit one abbreviation that fits all the platforms, so that no two units "
    "get the same handle (as each platform compares names) and none takes a handle already "
    "in the inventory. FILE is unit names, one a line, or an inventory. Status 1 when a "
    "row of the inventory cannot be read.",
)
_FILE: Final = Message(
    nb="enhetsnavn, ett per linje, eller en kontoliste (- for standard inndata)",
    nn="namn på einingar, eitt per linje, eller ei kontoliste (- for standard inndata)",
    en="unit names, one a line, or an inventory of accounts (- for standard input)",
)
_PLATFORM: Final = Message(
    nb="en plattform (standard: alle seks); kan gjentas",
    nn="ei plattform (standard: alle seks); kan gjentakast",
    en="a platform (default: all six); repeatable",
)
_UNREADABLE: Final = Message(
    nb="rad {row}: {message}", nn="rad {row}: {message}", en="row {row}: {message}"
)
# A file with one of these suffixes is an inventory whatever it holds.
_INVENTORY_SUFFIXES: Final = (
    ".json",
    ".jsonl",
    ".ndjson",
    ".xlsx",
    ".xlsm",
    ".xlsb",
    ".xls",
    ".ods",
)


def _is_header(line: str) -> bool:
    """Whether ``line`` is an inventory's header: it names a platform and a handle column."""
    from .._inventory import ALIASES, column_key

    columns = {ALIASES.get(column_key(cell.strip('"'))) for cell in re.split(r"[;,\t]", line)}
    return {"platform", "handle"} <= columns


def _read(args: argparse.Namespace, console: Console) -> tuple[list[str], Loaded[Account] | None]:
    """The unit names of FILE, or its inventory (``-``: standard input)."""
    from ..files._source import open_source
    from ..files.inventory import load_accounts

    source = console.stdin_bytes() if args.file == "-" else args.file
    if args.file != "-" and os.path.splitext(args.file)[1].lower() in _INVENTORY_SUFFIXES:
        return [], load_accounts(source, sheet=args.sheet)
    opened = open_source(source)
    try:
        text = "".join(opened.lines())
    finally:
        opened.close()
    lines = [line.strip() for line in text.splitlines()]
    names = [line for line in lines if line and not line.startswith("#")]
    if names and _is_header(names[0]):
        return [], load_accounts(io.StringIO(text))
    return names, None


def _units(loaded: Loaded[Account]) -> list[Unit]:
    return [account.unit for account in loaded.items if account.unit is not None]


def _run(args: argparse.Namespace, console: Console) -> int:
    check_out(args.out, args.file)
    policy = in_force(args, console)
    names, loaded = _read(args, console)
    platforms: tuple[Platform, ...] = tuple(args.platform or Platform)
    if loaded is None:
        report: OrganisationPlan = plan_organisation(names, platforms, policy=policy)
    else:
        report = plan_organisation(_units(loaded), platforms, existing=loaded, policy=policy)
        for error in loaded.errors:
            line = _UNREADABLE.format(row=error.row, message=error.message).text(console.lang)
            console.note(line + "\n")
    if args.out is not None:
        from ..render import organisation_plan

        write_out(report, args.out, console, organisation_plan.summary(report, console.lang))
    elif args.json:
        console.write_json(render.to_json(report))
    else:
        console.write(render.text(report, console.lang) + "\n")
    return EXIT_FINDINGS if loaded is not None and loaded.errors else EXIT_OK


def add_command(commands: Commands, common: Parser, console: Console) -> None:
    r"""Add ``plan`` to the command's sub-commands.

    Examples:
        >>> import io
        >>> from randaberg_some.cli import run
        >>> out = io.StringIO()
        >>> names = io.StringIO("Bassenget\nKulturhuset\n")
        >>> run(["plan", "-", "-p", "instagram", "--lang", "en"], stdin=names, stdout=out)
        0
        >>> print(out.getvalue().splitlines()[0])
        Randaberg kommune: 2 units on 1 platforms, 0 conflicts.
    """
    lang = console.lang
    parser = command_parser(
        commands, "plan", help=_HELP, description=_DESCRIPTION, common=common, console=console
    )
    parser.add_argument("file", metavar="FILE", help=_FILE.text(lang))
    parser.add_argument(
        "--platform",
        "-p",
        action="append",
        type=platform_type(lang),
        metavar="P",
        help=_PLATFORM.text(lang),
    )
    add_sheet_option(parser, lang)
    add_out_option(parser, lang)
    parser.set_defaults(handler=_run)
