r"""``randaberg-some lookalikes FILE --inventory FILE``: screen candidates for look-alikes.

FILE holds one handle or link per line (blank lines and lines starting with ``#`` are left
out; ``-`` is standard input), say an export of accounts that mention the kommune. Each is
verified against the inventory, and the list is printed ranked: the look-alikes first, most
alarming at the top. Status 1 when any should be looked at by a person.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Final

from .. import render
from ..messages import Message
from ..registry import find_lookalikes
from ._base import EXIT_FINDINGS, EXIT_OK, Console, Parser, command_parser
from ._out import add_out_option, check_out, write_out
from ._policy import in_force
from ._registry import add_inventory_option, load_inventory, read_lines

if TYPE_CHECKING:
    from ._base import Commands

__all__ = ["add_command"]

_HELP: Final = Message(
    nb="finn mulige etterligninger av kommunens kontoer i en liste med brukernavn eller lenker",
    nn="finn moglege etterlikningar av kontoane til kommunen i ei liste med brukarnamn eller "
    "lenker",
    en="find possible look-alikes of the kommune's accounts in a list of handles or links",
)
_DESCRIPTION: Final = Message(
    nb="Les én lenke eller ett brukernavn per linje og sjekk hver mot kontolisten. Listen "
    "skrives rangert: etterligninger først, de mest alvorlige øverst. En person avgjør. "
    "Status 1 når noe bør ses på.",
    nn="Les éi lenke eller eitt brukarnamn per linje og sjekk kvar mot kontolista. Lista blir "
    "skriven rangert: etterlikningar først, dei mest alvorlege øvst. Ein person avgjer. "
    "Status 1 når noko bør sjåast på.",
    en="Read one link or handle per line and check each against the inventory. The list is "
    "printed ranked: look-alikes first, the most alarming at the top. A person decides. "
    "Status 1 when any should be looked at.",
)
_FILE: Final = Message(
    nb="filen med lenker eller brukernavn, ett per linje (- for standard inndata)",
    nn="fila med lenker eller brukarnamn, eitt per linje (- for standard inndata)",
    en="the file of links or handles, one per line (- for standard input)",
)


def _run(args: argparse.Namespace, console: Console) -> int:
    check_out(args.out, args.file)
    organisation = in_force(args, console).organisation
    candidates = read_lines(args.file, console)
    inventory = load_inventory(args.inventory, console).items
    report = find_lookalikes(candidates, inventory, organisation=organisation)
    if args.out is not None:
        summary = report.text(console.lang).rsplit("\n", 1)[-1]
        write_out(report, args.out, console, summary)
    elif args.json:
        console.write_json(render.to_json(report))
    else:
        console.write(render.text(report, console.lang) + "\n")
    return EXIT_FINDINGS if report.to_review else EXIT_OK


def add_command(commands: Commands, common: Parser, console: Console) -> None:
    r"""Add ``lookalikes`` to the command's sub-commands.

    Examples:
        >>> import io
        >>> from randaberg_some.cli import run
        >>> candidates = io.StringIO("# export\nhttps://facebook.com/randabergkommune\n@andre\n")
        >>> out = io.StringIO()
        >>> run(["lookalikes", "-", "--inventory", "examples/kontoer.csv", "--lang", "en"],
        ...     stdin=candidates, stdout=out)
        0
        >>> print(out.getvalue(), end="")
        not official  @andre
        official  https://facebook.com/randabergkommune  Facebook @randabergkommune
        0 of 2 should be looked at by a person.
    """
    lang = console.lang
    parser = command_parser(
        commands,
        "lookalikes",
        help=_HELP,
        description=_DESCRIPTION,
        common=common,
        console=console,
    )
    parser.add_argument("file", metavar="FILE", help=_FILE.text(lang))
    add_inventory_option(parser, lang)
    add_out_option(parser, lang)
    parser.set_defaults(handler=_run)
