"""``randaberg-some name NAME...``: a unit account's display name (G14)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Final

from ..messages import Message
from ..naming import suggest_account_name
from ._base import EXIT_OK, Console, Parser, command_parser, joined
from ._messages import UNIT_NAME
from ._policy import in_force

if TYPE_CHECKING:
    from ._base import Commands

__all__ = ["add_command"]

_HELP: Final = Message(
    nb="foreslå kontoens visningsnavn",
    nn="foreslå visingsnamnet til kontoen",
    en="suggest an account's display name",
)
_DESCRIPTION: Final = Message(
    nb="Foreslå visningsnavnet til en enhets konto (G14).",
    nn="Foreslå visingsnamnet til kontoen til ei eining (G14).",
    en="Suggest a unit account's display name (G14).",
)


def _run(args: argparse.Namespace, console: Console) -> int:
    unit = joined(args.name)
    account_name = suggest_account_name(unit, policy=in_force(args, console))
    if args.json:
        document = {"unit": unit, "name": account_name}
        console.write_json(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        console.write(account_name + "\n")
    return EXIT_OK


def add_command(commands: Commands, common: Parser, console: Console) -> None:
    """Add ``name`` to the command's sub-commands.

    Examples:
        >>> import io
        >>> from randaberg_some.cli import run
        >>> out = io.StringIO()
        >>> run(["name", "Åsen", "barnehage"], stdout=out)
        0
        >>> print(out.getvalue(), end="")
        Randabergkommune Åsen barnehage
    """
    lang = console.lang
    parser = command_parser(
        commands, "name", help=_HELP, description=_DESCRIPTION, common=common, console=console
    )
    parser.add_argument("name", nargs="+", metavar="NAME", help=UNIT_NAME.text(lang))
    parser.set_defaults(handler=_run)
