r"""``randaberg-some registry FILE --out page.html``: the page of official accounts.

FILE is the inventory (``-`` for standard input). The page is generated from it, so that it
cannot drift from it: an accessible HTML fragment for the website (a heading, a list per
platform, links that say the platform and the handle), or a whole page, or JSON. Without
``--out`` the accounts are printed, one per line.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from .. import render
from ..messages import Lang, Message
from ..registry import publish_registry
from ._base import EXIT_OK, Console, Parser, command_parser
from ._out import check_out
from ._policy import in_force
from ._registry import load_inventory

if TYPE_CHECKING:
    from ._base import Commands

__all__ = ["add_command"]

_HELP: Final = Message(
    nb="lag siden med kommunens offisielle kontoer fra kontolisten",
    nn="lag sida med dei offisielle kontoane til kommunen frå kontolista",
    en="make the page of the kommune's official accounts from the inventory",
)
_DESCRIPTION: Final = Message(
    nb="Lag listen over de offisielle kontoene fra kontolisten: som HTML til nettsiden "
    "(.html, hele siden eller bare fragmentet med --fragment) eller JSON (.json).",
    nn="Lag lista over dei offisielle kontoane frå kontolista: som HTML til nettsida "
    "(.html, heile sida eller berre fragmentet med --fragment) eller JSON (.json).",
    en="Make the list of official accounts from the inventory: as HTML for the website "
    "(.html, a whole page, or only the fragment with --fragment) or JSON (.json).",
)
_FILE: Final = Message(
    nb="kontolisten (- for standard inndata)",
    nn="kontolista (- for standard inndata)",
    en="the inventory (- for standard input)",
)
_OUT: Final = Message(
    nb="skriv siden til FIL: .html eller .json",
    nn="skriv sida til FIL: .html eller .json",
    en="write the page to FILE: .html or .json",
)
_FRAGMENT: Final = Message(
    nb="skriv bare HTML-fragmentet (til å lime inn på nettsiden), ikke en hel side",
    nn="skriv berre HTML-fragmentet (til å lime inn på nettsida), ikkje ei heil side",
    en="write only the HTML fragment (to paste into the website), not a whole page",
)
_BAD_SUFFIX: Final = Message(
    nb="{name} må slutte på .html eller .json",
    nn="{name} må slutte på .html eller .json",
    en="{name} must end in .html or .json",
)
_WROTE: Final = Message(
    nb="Skrev {name}: {n} kontoer.",
    nn="Skreiv {name}: {n} kontoar.",
    en="Wrote {name}: {n} accounts.",
)


def _out_type(lang: Lang) -> Callable[[str], str]:
    def out_file(value: str) -> str:
        if os.path.splitext(value)[1].lower() not in (".html", ".htm", ".json"):
            raise argparse.ArgumentTypeError(_BAD_SUFFIX.format(name=repr(value)).text(lang))
        return value

    return out_file


def _run(args: argparse.Namespace, console: Console) -> int:
    from ..files.workbook import write_bytes

    check_out(args.out, args.file)
    organisation = in_force(args, console).organisation
    inventory = load_inventory(args.file, console).items
    published = publish_registry(inventory, organisation=organisation, lang=console.lang)
    if args.out is None:
        if args.json:
            console.write_json(render.to_json(published))
        else:
            console.write(render.text(published, console.lang) + "\n")
        return EXIT_OK
    if args.out.lower().endswith(".json"):
        text = render.to_json(published)
    elif args.fragment:
        text = published.html
    else:
        text = render.page(published, console.lang)
    write_bytes(args.out, (text.rstrip("\n") + "\n").encode("utf-8"))
    wrote = _WROTE.format(name=args.out, n=len(published.accounts))
    console.write(wrote.text(console.lang) + "\n")
    return EXIT_OK


def add_command(commands: Commands, common: Parser, console: Console) -> None:
    r"""Add ``registry`` to the command's sub-commands.

    Examples:
        >>> import io
        >>> from randaberg_some.cli import run
        >>> inventory = io.StringIO("platform;handle;name\nvimeo;randabergkommune;"
        ...                         "Randaberg kommune\n")
        >>> out = io.StringIO()
        >>> run(["registry", "-", "--lang", "en"], stdin=inventory, stdout=out)
        0
        >>> print(out.getvalue(), end="")
        Vimeo  randabergkommune  Randaberg kommune  https://vimeo.com/randabergkommune
    """
    lang = console.lang
    parser = command_parser(
        commands, "registry", help=_HELP, description=_DESCRIPTION, common=common, console=console
    )
    parser.add_argument("file", metavar="FILE", help=_FILE.text(lang))
    parser.add_argument("--out", metavar="FILE", type=_out_type(lang), help=_OUT.text(lang))
    parser.add_argument("--fragment", action="store_true", help=_FRAGMENT.text(lang))
    parser.set_defaults(handler=_run)
