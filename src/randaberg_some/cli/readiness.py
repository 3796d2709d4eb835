"""``randaberg-some readiness``: the seven questions before an account (G6), and the e-mail.

The questions are asked in the terminal or read from a file; when the unit is ready, the
e-mail to the communications department (G7) is drafted.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from .. import render
from ..errors import RandabergSomeError
from ..messages import Lang, Message
from ..notice import sender_name
from ..platforms import Platform
from ..questions import QUESTIONS, AnswerKind
from ..readiness import (
    ReadinessChecklist,
    parse_administrators,
    parse_answer,
)
from ._base import (
    EXIT_FINDINGS,
    EXIT_OK,
    PROG,
    Console,
    Parser,
    command_parser,
    platform_type,
    problem,
)
from ._policy import in_force
from ._prompt import Prompter

if TYPE_CHECKING:
    from ..notice import Notification
    from ._base import Commands

__all__ = ["add_command"]

_HELP: Final = Message(
    nb="svar på de sju spørsmålene før du oppretter en konto (G6, G7)",
    nn="svar på dei sju spørsmåla før du opprettar ein konto (G6, G7)",
    en="answer the seven questions before creating an account (G6, G7)",
)
_DESCRIPTION: Final = Message(
    nb="Svar på de sju spørsmålene i retningslinjene (G6), i terminalen eller fra en TOML- "
    "eller JSON-fil, og se om enheten er klar. Er den det, lages e-posten til "
    "kommunikasjonsavdelingen (G7); ingenting sendes. Status 1 når enheten ikke er klar.",
    nn="Svar på dei sju spørsmåla i retningslinene (G6), i terminalen eller frå ei TOML- "
    "eller JSON-fil, og sjå om eininga er klar. Er ho det, blir e-posten til "
    "kommunikasjonsavdelinga laga (G7); ingenting blir sendt. Status 1 når eininga ikkje er "
    "klar.",
    en="Answer the guideline's seven questions (G6) interactively, or read them from a TOML "
    "or JSON file, and see whether the unit is ready. When it is, draft the e-mail to the "
    "communications department (G7); nothing is sent. Status 1 when the unit is not ready.",
)
_OPTIONS: Final = {
    "answers": Message(
        nb="les svarene fra en TOML- eller JSON-fil (- for standard inndata) i stedet for å spørre",
        nn="les svara frå ei TOML- eller JSON-fil (- for standard inndata) i staden for å spørje",
        en="read the answers from a TOML or JSON file (- for standard input) instead of asking",
    ),
    "unit": Message(
        nb="enhetens navn (ellers spurt om; anførselstegn trengs ikke)",
        nn="namnet på eininga (elles spurt om; hermeteikn trengst ikkje)",
        en="the unit's name (otherwise asked; no quotes needed)",
    ),
    "platform": Message(
        nb="plattformen (ellers spurt om)",
        nn="plattforma (elles spurt om)",
        en="the platform (otherwise asked)",
    ),
    "out": Message(
        nb="skriv e-postutkastet til denne filen (krever --from)",
        nn="skriv e-postutkastet til denne fila (krev --from)",
        en="write the drafted e-mail to this file (needs --from)",
    ),
    "from": Message(
        nb="avsenderen av e-postutkastet, f.eks. kari.nordmann@randaberg.kommune.no",
        nn="avsendaren av e-postutkastet, t.d. kari.nordmann@randaberg.kommune.no",
        en="the sender of the drafted e-mail, e.g. kari.nordmann@randaberg.kommune.no",
    ),
    "mailto": Message(
        nb="skriv også en mailto:-lenke med e-posten",
        nn="skriv også ei mailto:-lenkje med e-posten",
        en="also print a mailto: link with the e-mail",
    ),
}
_TEXT: Final = {
    "intro": Message(
        nb="Før du oppretter en konto, svar på de sju spørsmålene i retningslinjene (G6).\n"
        "Svar ja eller nei. Trykk Enter for å hoppe over et spørsmål: det står da som ikke "
        "besvart.\n",
        nn="Før du opprettar ein konto, svar på dei sju spørsmåla i retningslinene (G6).\n"
        "Svar ja eller nei. Trykk Enter for å hoppe over eit spørsmål: det står då som ikkje "
        "svart på.\n",
        en="Before you create an account, answer the guideline's seven questions (G6).\n"
        "Answer yes or no. Press Enter to skip a question: it is then left unanswered.\n",
    ),
    "unit": Message(nb="Enhetens navn: ", nn="Namnet på eininga: ", en="The unit's name: "),
    "platform": Message(
        nb="Plattform ({choices}): ", nn="Plattform ({choices}): ", en="Platform ({choices}): "
    ),
    "yes_no": Message(nb=" [ja/nei] ", nn=" [ja/nei] ", en=" [yes/no] "),
    "names": Message(
        nb=" (navn, skilt med komma) ",
        nn=" (namn, skilde med komma) ",
        en=" (names, separated by commas) ",
    ),
    "again": Message(
        nb="Svar ja eller nei, eller trykk Enter for å hoppe over.\n",
        nn="Svar ja eller nei, eller trykk Enter for å hoppe over.\n",
        en="Answer yes or no, or press Enter to skip.\n",
    ),
    "account": Message(
        nb="Kontoens navn: {name}\nBrukernavn: {handle}\n",
        nn="Namnet på kontoen: {name}\nBrukarnamn: {handle}\n",
        en="Account name: {name}\nHandle: {handle}\n",
    ),
    "saved": Message(
        nb="E-posten til {to} er lagret i {path}: åpne den i e-postprogrammet, les over og send.\n",
        nn="E-posten til {to} er lagra i {path}: opne han i e-postprogrammet, les gjennom og "
        "send.\n",
        en="The e-mail to {to} is saved in {path}: open it in your mail client, read it "
        "through and send it.\n",
    ),
    "send": Message(
        nb="Send e-posten til {to} (bruk --out FIL.eml --from ADRESSE for et utkast).\n",
        nn="Send e-posten til {to} (bruk --out FIL.eml --from ADRESSE for eit utkast).\n",
        en="Send the e-mail to {to} (use --out FILE.eml --from ADDRESS for a draft).\n",
    ),
    "not_drafted": Message(
        nb="ingen e-post laget: enheten er ikke klar",
        nn="ingen e-post laga: eininga er ikkje klar",
        en="no e-mail drafted: the unit is not ready",
    ),
}
_NO_UNIT: Final = Message(
    nb="ingen enhet oppgitt: svarene sluttet før enhetens navn",
    nn="inga eining oppgitt: svara slutta før namnet på eininga",
    en="no unit given: the answers ended before the unit's name",
)
_NO_PLATFORM: Final = Message(
    nb="ingen plattform oppgitt: svarene sluttet før plattformen",
    nn="inga plattform oppgitt: svara slutta før plattforma",
    en="no platform given: the answers ended before the platform",
)
_OUT_NEEDS_FROM: Final = Message(
    nb="--out krever --from: avsenderen av e-postutkastet",
    nn="--out krev --from: avsendaren av e-postutkastet",
    en="--out needs --from: the sender of the drafted e-mail",
)
_ANSWERS_AND_ASKED: Final = Message(
    nb="--unit og --platform er for spørsmålene; med --answers oppgir filen enheten og plattformen",
    nn="--unit og --platform er for spørsmåla; med --answers gjev fila eininga og plattforma",
    en="--unit and --platform are for the questions; with --answers the file names the unit "
    "and the platform",
)


def _sender_type(lang: Lang) -> Callable[[str], str]:
    def sender(value: str) -> str:
        try:
            sender_name(value)
        except RandabergSomeError as error:
            raise argparse.ArgumentTypeError(error.text(lang)) from error
        return value

    return sender


def _load(args: argparse.Namespace, console: Console) -> ReadinessChecklist:
    """Read the answers file (``-``: standard input, as bytes)."""
    from ..files.checklist import load_checklist

    return load_checklist(console.stdin_bytes() if args.answers == "-" else args.answers)


def _ask(args: argparse.Namespace, console: Console) -> ReadinessChecklist:
    """Ask the unit, the platform and the seven questions."""
    lang = console.lang
    prompter = Prompter(console, data_on_stdout=args.json)
    prompter.say(_TEXT["intro"].text(lang))
    unit: str | None = None if args.unit is None else " ".join(args.unit)
    while unit is None or not unit.strip():
        unit = prompter.ask(_TEXT["unit"].text(lang))
        if unit is None:
            raise problem(_NO_UNIT)
    platform: Platform | None = args.platform
    choices = ", ".join(member.value for member in Platform)
    while platform is None:
        line = prompter.ask(_TEXT["platform"].format(choices=choices).text(lang))
        if line is None:
            raise problem(_NO_PLATFORM)
        try:
            platform = Platform(line)
        except RandabergSomeError as error:
            console.write(f"{error.text(lang)}\n")
    answers: dict[str, object] = {}
    for number, question in enumerate(QUESTIONS, start=1):
        names = question.kind is AnswerKind.NAMES
        kind = _TEXT["names" if names else "yes_no"]
        prompt = f"{number}. {question.wording(lang)}{kind.text(lang)}"
        while True:
            line = prompter.ask(prompt)
            if line is None:
                answers[question.field] = None  # the piped answers ended: not answered
                break
            if names:
                answers[question.field] = parse_administrators(line)
                break
            try:
                answers[question.field] = parse_answer(line)
                break
            except RandabergSomeError:
                prompter.say(_TEXT["again"].text(lang))
    return ReadinessChecklist(unit=unit, platform=platform, **answers)  # type: ignore[arg-type]


def _write_email(notice: Notification, args: argparse.Namespace) -> None:
    from email.policy import SMTP

    from ..files.workbook import write_bytes

    message = notice.as_email(sender=args.sender)
    write_bytes(args.out, message.as_bytes(policy=SMTP))


def _run(args: argparse.Namespace, console: Console) -> int:
    lang = console.lang
    if args.out is not None and args.sender is None:
        raise problem(_OUT_NEEDS_FROM)
    policy = in_force(args, console)
    if args.answers is not None:
        if args.unit is not None or args.platform is not None:
            raise problem(_ANSWERS_AND_ASKED)
        checklist = _load(args, console)
    else:
        checklist = _ask(args, console)
        if not args.json:
            console.write("\n")
    assessment = checklist.assess(policy=policy)
    notice = assessment.notification(sender=args.sender) if assessment.ready else None
    if args.json:
        console.write_json(render.to_json(assessment))
    else:
        console.write(render.text(assessment, lang) + "\n")
    if notice is None:
        if args.out is not None:
            console.note(f"{PROG}: {_TEXT['not_drafted'].text(lang)}\n")
        return EXIT_FINDINGS
    if not args.json:
        console.write(
            "\n"
            + _TEXT["account"].format(name=notice.account_name, handle=notice.handle).text(lang)
        )
    if args.out is not None:
        _write_email(notice, args)
        if not args.json:
            console.write(_TEXT["saved"].format(to=notice.to, path=args.out).text(lang))
    elif not args.json:
        console.write(_TEXT["send"].format(to=notice.to).text(lang))
    if args.mailto and not args.json:
        console.write(notice.mailto_link() + "\n")
    return EXIT_OK


def add_command(commands: Commands, common: Parser, console: Console) -> None:
    r"""Add ``readiness`` to the command's sub-commands.

    Examples:
        >>> import io
        >>> from randaberg_some.cli import run
        >>> answers = io.StringIO("ja\nja\nKari\nja\nja\nja\nja\n")
        >>> out = io.StringIO()
        >>> run(["readiness", "--unit", "Bassenget", "--platform", "tiktok", "--lang", "en"],
        ...     stdin=answers, stdout=out)
        0
        >>> print(out.getvalue().splitlines()[-1])
        Send the e-mail to kommunikasjon@randaberg.kommune.no (use --out FILE.eml ...
    """
    lang = console.lang
    parser = command_parser(
        commands,
        "readiness",
        help=_HELP,
        description=_DESCRIPTION,
        common=common,
        console=console,
    )
    parser.add_argument("--answers", metavar="FILE", help=_OPTIONS["answers"].text(lang))
    parser.add_argument("--unit", nargs="+", metavar="NAME", help=_OPTIONS["unit"].text(lang))
    parser.add_argument(
        "--platform", type=platform_type(lang), metavar="P", help=_OPTIONS["platform"].text(lang)
    )
    parser.add_argument("--out", metavar="FILE.eml", help=_OPTIONS["out"].text(lang))
    parser.add_argument(
        "--from",
        dest="sender",
        type=_sender_type(lang),
        metavar="ADDRESS",
        help=_OPTIONS["from"].text(lang),
    )
    parser.add_argument("--mailto", action="store_true", help=_OPTIONS["mailto"].text(lang))
    parser.set_defaults(handler=_run)
