r"""``randaberg-some verify URL... --inventory FILE``: is this account official?

Each URL or handle is verified against the inventory (see :mod:`randaberg_some.registry`)
and its verdict and message printed, in the chosen language. A bare handle is checked on
every platform, or on ``--platform``. Nothing is fetched from the network. Status 0 when
every one is official (or the same account as an official one), 1 otherwise.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Final

from .. import render
from ..messages import Message
from ..registry import Verdict, verify_account
from ._base import EXIT_FINDINGS, EXIT_OK, Console, Parser, command_parser, platform_type
from ._policy import in_force
from ._registry import add_inventory_option, load_inventory

if TYPE_CHECKING:
    from ._base import Commands

__all__ = ["add_command"]

_HELP: Final = Message(
    nb="sjekk om en lenke eller et brukernavn er en av kommunens offisielle kontoer",
    nn="sjekk om ei lenke eller eit brukarnamn er ein av dei offisielle kontoane til kommunen",
    en="check whether a link or handle is one of the kommune's official accounts",
)
_DESCRIPTION: Final = Message(
    nb="Sjekk lenker eller brukernavn mot kontolisten: offisiell, samme som en offisiell, "
    "tidligere offisiell, etterligning, ikke offisiell, kan ikke sjekkes eller ugyldig, med "
    "en melding som kan videresendes. Ingenting hentes fra nettet. Status 1 når noen ikke "
    "er offisiell.",
    nn="Sjekk lenker eller brukarnamn mot kontolista: offisiell, same som ein offisiell, "
    "tidlegare offisiell, etterlikning, ikkje offisiell, kan ikkje sjekkast eller ugyldig, "
    "med ei melding som kan sendast vidare. Ingenting blir henta frå nettet. Status 1 når "
    "nokon ikkje er offisiell.",
    en="Check links or handles against the inventory: official, same as an official, "
    "formerly official, look-alike, not official, cannot be checked, or invalid, with a "
    "message that can be forwarded. Nothing is fetched from the network. Status 1 when "
    "any is not official.",
)
_URLS: Final = Message(
    nb="lenker eller brukernavn (@navn)",
    nn="lenker eller brukarnamn (@namn)",
    en="links or handles (@name)",
)
_PLATFORM: Final = Message(
    nb="plattformen et brukernavn uten lenke er på",
    nn="plattforma eit brukarnamn utan lenke er på",
    en="the platform a handle without a link is on",
)
_GOOD: Final = frozenset({Verdict.OFFICIAL, Verdict.OFFICIAL_EQUIVALENT})


def _run(args: argparse.Namespace, console: Console) -> int:
    organisation = in_force(args, console).organisation
    inventory = load_inventory(args.inventory, console).items
    found = [
        verify_account(url, inventory, platform=args.platform, organisation=organisation)
        for url in args.urls
    ]
    if args.json:
        documents = ",\n".join(render.to_json(item) for item in found)
        console.write_json(f"[\n{documents}\n]")
    else:
        console.write("\n\n".join(render.text(item, console.lang) for item in found) + "\n")
    return EXIT_OK if all(item.verdict in _GOOD for item in found) else EXIT_FINDINGS


def add_command(commands: Commands, common: Parser, console: Console) -> None:
    r"""Add ``verify`` to the command's sub-commands.

    Examples:
        >>> import io
        >>> from randaberg_some.cli import run
        >>> inventory = io.StringIO("platform;handle;name\nfacebook;@randabergkommune;"
        ...                         "Randaberg kommune\n")
        >>> out = io.StringIO()
        >>> run(["verify", "https://facebook.com/Randaberg.Kommune", "--inventory", "-",
        ...      "--lang", "en"], stdin=inventory, stdout=out)
        0
        >>> verdict, message = out.getvalue().splitlines()
        >>> verdict
        'Verdict: same as an official'
        >>> message[message.index("Facebook ignores"):]
        "Facebook ignores case and '.' in usernames."
    """
    lang = console.lang
    parser = command_parser(
        commands, "verify", help=_HELP, description=_DESCRIPTION, common=common, console=console
    )
    parser.add_argument("urls", metavar="URL", nargs="+", help=_URLS.text(lang))
    add_inventory_option(parser, lang)
    parser.add_argument(
        "--platform", type=platform_type(lang), metavar="PLATFORM", help=_PLATFORM.text(lang)
    )
    parser.set_defaults(handler=_run)
