"""The command's parser: the program, ``--version``, and one sub-command per module."""

from __future__ import annotations

from collections.abc import Sequence

from ..messages import LANGUAGES
from . import (
    check,
    deadline,
    handle,
    lookalikes,
    name,
    plan,
    policy,
    readiness,
    registry,
    responses,
    screen,
    verify,
)
from ._base import LANG_HELP, Console, Handler, Parser, common_options, exit_codes
from ._messages import DESCRIPTION, VERSION

__all__ = ["dispatch", "parser"]

# The order of the commands in --help: the order a unit leader meets them.
_COMMANDS = (
    handle,
    name,
    plan,
    readiness,
    check,
    deadline,
    responses,
    screen,
    verify,
    lookalikes,
    registry,
    policy,
)


def parser(console: Console) -> Parser:
    """The whole parser, speaking ``console.lang`` in its help."""
    from .. import __version__

    lang = console.lang
    top = Parser(
        prog="randaberg-some",
        description=DESCRIPTION.text(lang),
        epilog=exit_codes(lang),
        console=console,
    )
    top.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help=VERSION.text(lang)
    )
    # Also before the command (the language was read from argv before parsing began).
    top.add_argument("--lang", dest="top_lang", choices=LANGUAGES, help=LANG_HELP.text(lang))
    commands = top.add_subparsers(dest="command", required=True, parser_class=Parser)
    common = common_options(console)
    for module in _COMMANDS:
        module.add_command(commands, common, console)
    return top


def dispatch(argv: Sequence[str], console: Console) -> int:
    """Parse ``argv`` and run the command it names; return its status."""
    args = parser(console).parse_args(list(argv))
    console.check_out()
    handler: Handler = args.handler
    return handler(args, console)
