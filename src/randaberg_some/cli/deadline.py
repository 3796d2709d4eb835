"""``randaberg-some deadline [TIME]``: when must an item received at TIME be assessed (G6.5).

A TIME without a UTC offset is Europe/Oslo time (see :mod:`._calendar`).
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import TYPE_CHECKING, Final

from ..calendar import response_deadline
from ..messages import Lang, Message
from . import _calendar
from ._base import EXIT_OK, Console, Parser, command_parser
from ._policy import in_force

if TYPE_CHECKING:
    from ._base import Commands

__all__ = ["add_command"]

_HELP: Final = Message(
    nb="når må en sak mottatt på TIDSPUNKT vurderes (G6.5)",
    nn="når må ei sak motteken på TIDSPUNKT vurderast (G6.5)",
    en="when must an item received at TIME be assessed (G6.5)",
)
_DESCRIPTION: Final = Message(
    nb="Skriv når et spørsmål, en kommentar eller et innlegg mottatt på TIDSPUNKT må være "
    "vurdert: ved slutten av den arbeidsdagen, eller av den neste (G6.5). Et tidspunkt uten "
    "UTC-forskyvning er norsk tid (Europe/Oslo); et tidspunkt som ikke finnes eller finnes "
    "to ganger når klokka stilles, er en feil som viser begge lesningene.",
    nn="Skriv når eit spørsmål, ein kommentar eller eit innlegg motteke på TIDSPUNKT må vere "
    "vurdert: ved slutten av den arbeidsdagen, eller av den neste (G6.5). Eit tidspunkt utan "
    "UTC-forskyving er norsk tid (Europe/Oslo); eit tidspunkt som ikkje finst eller finst "
    "to gonger når klokka blir stilt, er ein feil som viser begge lesingane.",
    en="Print the moment by which a question, comment or post received at TIME must be "
    "assessed: the end of that working day, or of the next one (G6.5). A time without a UTC "
    "offset is Norwegian time (Europe/Oslo); one that does not exist or exists twice when "
    "the clocks change is an error naming both readings.",
)
_TIME: Final = Message(
    nb="når saken kom, ISO 8601, f.eks. 2024-05-16T16:00 (norsk tid) eller "
    "2024-05-16T16:00+02:00 (standard: nå)",
    nn="når saka kom, ISO 8601, t.d. 2024-05-16T16:00 (norsk tid) eller "
    "2024-05-16T16:00+02:00 (standard: no)",
    en="when it arrived, ISO 8601, e.g. 2024-05-16T16:00 (Norwegian time) or "
    "2024-05-16T16:00+02:00 (default: now)",
)
_DEADLINE: Final = Message(nb="Frist: {when}", nn="Frist: {when}", en="Deadline: {when}")
_SPELLED: Final = Message(
    nb="{weekday} {day}. {month} {year} kl. {time}",
    nn="{weekday} {day}. {month} {year} kl. {time}",
    en="{weekday} {day} {month} {year} at {time}",
)
_WEEKDAYS: Final = (
    Message(nb="mandag", nn="måndag", en="Monday"),
    Message(nb="tirsdag", nn="tysdag", en="Tuesday"),
    Message(nb="onsdag", nn="onsdag", en="Wednesday"),
    Message(nb="torsdag", nn="torsdag", en="Thursday"),
    Message(nb="fredag", nn="fredag", en="Friday"),
    Message(nb="lørdag", nn="laurdag", en="Saturday"),
    Message(nb="søndag", nn="sundag", en="Sunday"),
)
_MONTHS: Final = tuple(
    Message(nb=norwegian, nn=norwegian, en=english)
    for norwegian, english in zip(
        (
            "januar",
            "februar",
            "mars",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "desember",
        ),
        (
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
        strict=True,
    )
)


def _spelled(moment: datetime, lang: Lang) -> str:
    """The moment as a person says it: ``tirsdag 21. mai 2024 kl. 15:30``."""
    return _SPELLED.format(
        weekday=_WEEKDAYS[moment.weekday()],
        day=moment.day,
        month=_MONTHS[moment.month - 1],
        year=moment.year,
        time=f"{moment:%H:%M}",
    ).text(lang)


def _run(args: argparse.Namespace, console: Console) -> int:
    received = _calendar.now() if args.time is None else _calendar.oslo_time(args.time)
    calendar = _calendar.calendar_of(args, in_force(args, console).calendar)
    deadline = response_deadline(received, calendar=calendar)
    if args.json:
        document = {
            "received_at": received.astimezone(deadline.tzinfo).isoformat(),
            "deadline": deadline.isoformat(),
        }
        console.write_json(json.dumps(document, indent=2))
        return EXIT_OK
    when = f"{_spelled(deadline, console.lang)} ({deadline.isoformat()})"
    console.write(_DEADLINE.format(when=when).text(console.lang) + "\n")
    return EXIT_OK


def add_command(commands: Commands, common: Parser, console: Console) -> None:
    """Add ``deadline`` to the command's sub-commands.

    Examples:
        >>> import io
        >>> from randaberg_some.cli import run
        >>> out = io.StringIO()
        >>> run(["deadline", "2024-05-16T16:00", "--lang", "en"], stdout=out)
        0
        >>> print(out.getvalue(), end="")
        Deadline: Tuesday 21 May 2024 at 15:30 (2024-05-21T15:30:00+02:00)
    """
    lang = console.lang
    parser = command_parser(
        commands,
        "deadline",
        help=_HELP,
        description=_DESCRIPTION,
        common=common,
        console=console,
    )
    parser.add_argument("time", nargs="?", metavar="TIME", help=_TIME.text(lang))
    _calendar.add_calendar_options(parser, lang)
    parser.set_defaults(handler=_run)
