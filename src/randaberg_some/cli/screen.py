"""``randaberg-some screen FILE``: a comment export as a moderation queue (G4, G6.5).

FILE may be ``-`` for standard input. Each comment is screened for personal data and case
requests and given its G6.5 deadline; the queue is printed by deadline with each comment's
action. The comments are shown masked, never as written.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Final

import attrs

from .. import render
from ..messages import Message
from ..moderation import screen_comments
from . import _calendar
from ._base import EXIT_FINDINGS, EXIT_OK, Console, Parser, command_parser
from ._out import add_out_option, add_sheet_option, check_out, progress, write_out
from ._policy import in_force

if TYPE_CHECKING:
    from ..moderation import Comment
    from ..rows import Loaded
    from ._base import Commands

__all__ = ["add_command"]

_HELP: Final = Message(
    nb="gå gjennom kommentarer: personopplysninger, saksbehandling, frist og handling (G4, G6.5)",
    nn="gå gjennom kommentarar: personopplysningar, sakshandsaming, frist og handling (G4, G6.5)",
    en="screen comments: personal data, case requests, deadline and action (G4, G6.5)",
)
_DESCRIPTION: Final = Message(
    nb="Les en eksport av kommentarer (CSV, regneark, JSON eller JSON Lines med "
    "mottakstidspunkt, tekst og gjerne forfatter og lenke) og skriv moderasjonskøen: hver "
    "kommentar med frist, funn og handling, sortert etter frist. Personopplysninger vises "
    "maskert. Status 1 når en kommentar krever handling eller en rad ikke kan brukes.",
    nn="Les ein eksport av kommentarar (CSV, rekneark, JSON eller JSON Lines med "
    "mottakstidspunkt, tekst og gjerne forfattar og lenke) og skriv moderasjonskøen: kvar "
    "kommentar med frist, funn og handling, sortert etter frist. Personopplysningar blir "
    "viste maskerte. Status 1 når ein kommentar krev handling eller ei rad ikkje kan brukast.",
    en="Read a comment export (CSV, spreadsheet, JSON or JSON Lines with the time received, "
    "the text and, if there, the author and link) and print the moderation queue: each "
    "comment with its deadline, findings and action, by deadline. Personal data is shown "
    "masked. Status 1 when a comment needs an action or a row could not be used.",
)
_FILE: Final = Message(
    nb="eksportfilen (- for standard inndata)",
    nn="eksportfila (- for standard inndata)",
    en="the export file (- for standard input)",
)


def _load(args: argparse.Namespace, console: Console) -> Loaded[Comment]:
    """Read the export (``-``: standard input, as bytes)."""
    from ..files.comments import load_comments

    return load_comments(console.stdin_bytes() if args.file == "-" else args.file, sheet=args.sheet)


def _run(args: argparse.Namespace, console: Console) -> int:
    check_out(args.out, args.file)
    policy = in_force(args, console)
    calendar = _calendar.calendar_of(args, policy.calendar)
    loaded = _load(args, console)
    comments = [
        row.value if row.value.row is not None else attrs.evolve(row.value, row=row.row)
        for row in loaded.rows
        if row.value is not None
    ]
    shown = progress(comments, len(comments), console)
    queue = screen_comments(shown, organisation=policy.organisation, calendar=calendar)
    queue = attrs.evolve(queue, errors=(*loaded.errors, *queue.errors))
    if args.out is not None:
        write_out(queue, args.out, console, queue.summary(console.lang))
    elif args.json:
        console.write_json(render.to_json(queue))
    else:
        console.write(render.text(queue, console.lang) + "\n")
    return EXIT_OK if queue.ok else EXIT_FINDINGS


def add_command(commands: Commands, common: Parser, console: Console) -> None:
    r"""Add ``screen`` to the command's sub-commands.

    Examples:
        >>> import io
        >>> from randaberg_some.cli import run
        >>> export = io.StringIO("mottatt;tekst\n2024-05-13T09:00+02:00;Takk for sist!\n")
        >>> out = io.StringIO()
        >>> run(["screen", "-", "--lang", "en"], stdin=export, stdout=out)
        0
        >>> print(out.getvalue(), end="")
        row  received          deadline          action  findings  comment
        2    2024-05-13 09:00  2024-05-13 15:30  none    -         Takk for sist!
        1 comment: 0 archive before hiding, 0 hide and reply, 0 answer, 1 none.
    """
    lang = console.lang
    parser = command_parser(
        commands,
        "screen",
        help=_HELP,
        description=_DESCRIPTION,
        common=common,
        console=console,
    )
    parser.add_argument("file", metavar="FILE", help=_FILE.text(lang))
    _calendar.add_calendar_options(parser, lang)
    add_sheet_option(parser, lang)
    add_out_option(parser, lang)
    parser.set_defaults(handler=_run)
