"""``randaberg-some handle NAME...``: a unit's handle, canonical or per platform."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Final

from ..messages import Message
from ..naming import HandlePlan, plan_handles
from ..platforms import Platform
from ._base import EXIT_OK, Console, Parser, command_parser, joined, platform_type
from ._messages import UNIT_NAME
from ._policy import in_force

if TYPE_CHECKING:
    from ._base import Commands

__all__ = ["add_command"]

_HELP: Final = Message(
    nb="foreslå enhetens brukernavn (kanonisk, eller per plattform)",
    nn="foreslå brukarnamnet til eininga (kanonisk, eller per plattform)",
    en="suggest a unit's handle (canonical, or per platform)",
)
_DESCRIPTION: Final = Message(
    nb="Foreslå enhetens brukernavn: den kanoniske formen i retningslinjene, eller med "
    "--platform brukernavnet som er gyldig på hver plattform, med én forkortelse for alle.",
    nn="Foreslå brukarnamnet til eininga: den kanoniske forma i retningslinene, eller med "
    "--platform brukarnamnet som er gyldig på kvar plattform, med éi forkorting for alle.",
    en="Suggest a unit's handle: the guideline's canonical form, or with --platform the "
    "handle valid on each platform, with one abbreviation for all.",
)
_PLATFORM: Final = Message(
    nb="en plattform (facebook, instagram, linkedin, vimeo, youtube, tiktok); kan gjentas",
    nn="ei plattform (facebook, instagram, linkedin, vimeo, youtube, tiktok); kan gjentakast",
    en="a platform (facebook, instagram, linkedin, vimeo, youtube, tiktok); repeatable",
)


def _render(plan: HandlePlan, console: Console, as_json: bool) -> None:
    """Write the plan (the render layer's text or JSON)."""
    from ..render import plan as rendered

    if as_json:
        console.write_json(rendered.to_json(plan))
    else:
        console.write(rendered.text(plan, console.lang) + "\n")


def _run(args: argparse.Namespace, console: Console) -> int:
    platforms: list[Platform] = args.platform or []
    policy = in_force(args, console)
    _render(plan_handles(joined(args.name), platforms, policy=policy), console, args.json)
    return EXIT_OK


def add_command(commands: Commands, common: Parser, console: Console) -> None:
    """Add ``handle`` to the command's sub-commands.

    Examples:
        >>> import io
        >>> from randaberg_some.cli import run
        >>> out = io.StringIO()
        >>> run(["handle", "Åsen", "barnehage", "-p", "instagram"], stdout=out)
        0
        >>> print(out.getvalue(), end="")
        Instagram  @randabergkommune_asenbarnehage  https://www.instagram.com/randabergkommune_asenbarnehage/
    """
    lang = console.lang
    parser = command_parser(
        commands, "handle", help=_HELP, description=_DESCRIPTION, common=common, console=console
    )
    parser.add_argument("name", nargs="+", metavar="NAME", help=UNIT_NAME.text(lang))
    parser.add_argument(
        "--platform",
        "-p",
        action="append",
        type=platform_type(lang),
        metavar="P",
        help=_PLATFORM.text(lang),
    )
    parser.set_defaults(handler=_run)
