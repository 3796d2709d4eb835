"""The ``readiness`` command: the seven questions in the terminal, or from a file (G6, G7)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Final, TextIO

from ._cli_base import PROG, UsageError, platform_arg
from .errors import RandabergSomeError, ReadinessError
from .notice import sender_name
from .platforms import Platform
from .readiness import (
    QUESTIONS,
    AnswerKind,
    ReadinessChecklist,
    parse_administrators,
    parse_answer,
)
from .rules import Lang

if TYPE_CHECKING:
    from ._cli_base import Commands

__all__ = ["add_commands"]


def _sender(value: str) -> str:
    try:
        sender_name(value)
    except RandabergSomeError as error:
        raise argparse.ArgumentTypeError(str(error)) from error
    return value


_PROMPTS: Final = {
    "nb": {
        "intro": "Før du oppretter en konto, svar på de sju spørsmålene i retningslinjene "
        "(G6).\nSvar ja eller nei. Trykk Enter for å hoppe over et spørsmål: det står da som "
        "ikke besvart.\n",
        "unit": "Enhetens navn: ",
        "platform": "Plattform ({choices}): ",
        "yes_no": " [ja/nei] ",
        "names": " (navn, skilt med komma) ",
        "again": "Svar ja eller nei, eller trykk Enter for å hoppe over.\n",
        "no_unit": "ingen enhet oppgitt: svarene sluttet før enhetens navn",
        "noplatform_arg": "ingen plattform oppgitt: svarene sluttet før plattformen",
        "account": "Kontoens navn: {name}\nBrukernavn: {handle}\n",
        "saved": "E-posten til {to} er lagret i {path}: åpne den i e-postprogrammet, les "
        "over og send.\n",
        "send": "Send e-posten til {to} (bruk --out FIL.eml --from ADRESSE for et utkast).\n",
        "not_drafted": "ingen e-post laget: enheten er ikke klar\n",
    },
    "en": {
        "intro": "Before you create an account, answer the guideline's seven questions "
        "(G6).\nAnswer yes or no. Press Enter to skip a question: it is then left "
        "unanswered.\n",
        "unit": "The unit's name: ",
        "platform": "Platform ({choices}): ",
        "yes_no": " [yes/no] ",
        "names": " (names, separated by commas) ",
        "again": "Answer yes or no, or press Enter to skip.\n",
        "no_unit": "no unit given: the answers ended before the unit's name",
        "noplatform_arg": "no platform given: the answers ended before the platform",
        "account": "Account name: {name}\nHandle: {handle}\n",
        "saved": "The e-mail to {to} is saved in {path}: open it in your mail client, read "
        "it through and send it.\n",
        "send": "Send the e-mail to {to} (use --out FILE.eml --from ADDRESS for a draft).\n",
        "not_drafted": "no e-mail drafted: the unit is not ready\n",
    },
}


def _load_checklist(source: str | TextIO) -> ReadinessChecklist:
    """Read an answers file, TOML or JSON (until the files layer's loader)."""
    import json
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    where = source if isinstance(source, str) else "<stdin>"
    try:
        if isinstance(source, str):
            with open(source, "rb") as file:
                text = file.read().decode("utf-8-sig")
        else:
            text = source.read().removeprefix("\ufeff")
    except (OSError, UnicodeDecodeError) as error:
        raise ReadinessError(f"cannot read answers file {where!r}: {error}") from error
    is_json = where.lower().endswith(".json") or (
        not where.lower().endswith(".toml") and text.lstrip().startswith("{")
    )
    try:
        document: object = json.loads(text) if is_json else tomllib.loads(text)
    except (ValueError, RecursionError) as error:
        kind = "JSON" if is_json else "TOML"
        raise ReadinessError(f"{where}: bad {kind}: {error}") from error
    return ReadinessChecklist.from_mapping(document, where=where)


def _read_line(prompt: str, inp: TextIO, out: TextIO) -> str | None:
    """Ask with ``prompt`` and return the line typed, or ``None`` at the end of the input."""
    out.write(prompt)
    out.flush()
    line = inp.readline()
    if not inp.isatty():
        out.write("\n")  # the answer is not echoed: keep a transcript readable
    return None if not line else line.rstrip("\r\n")


def _ask_checklist(args: argparse.Namespace, inp: TextIO, out: TextIO) -> ReadinessChecklist:
    """Ask the unit, the platform and the seven questions on ``inp``, prompting on ``out``."""
    lang: Lang = args.lang
    text = _PROMPTS[lang]
    out.write(text["intro"])
    unit: str | None = args.unit
    while unit is None or not unit.strip():
        unit = _read_line(text["unit"], inp, out)
        if unit is None:
            raise RandabergSomeError(text["no_unit"])
    platform: Platform | None = args.platform
    choices = ", ".join(member.value for member in Platform)
    while platform is None:
        line = _read_line(text["platform"].format(choices=choices), inp, out)
        if line is None:
            raise RandabergSomeError(text["noplatform_arg"])
        try:
            platform = Platform(line)
        except RandabergSomeError as error:
            out.write(f"{error}\n")
    answers: dict[str, object] = {}
    for number, question in enumerate(QUESTIONS, start=1):
        names = question.kind is AnswerKind.NAMES
        prompt = f"{number}. {question.wording(lang)}{text['names' if names else 'yes_no']}"
        while True:
            line = _read_line(prompt, inp, out)
            if line is None:
                answers[question.field] = None  # the input ended: not answered
                break
            if names:
                answers[question.field] = parse_administrators(line)
                break
            try:
                answers[question.field] = parse_answer(line)
                break
            except RandabergSomeError:
                out.write(text["again"])
    return ReadinessChecklist(unit=unit, platform=platform, **answers)  # type: ignore[arg-type]


def _cmd_readiness(args: argparse.Namespace, out: TextIO) -> int:
    lang: Lang = args.lang
    inp: TextIO = args.stdin
    err: TextIO = args.stderr
    text = _PROMPTS[lang]
    if args.out is not None and args.sender is None:
        raise UsageError("--out needs --from: the sender of the drafted e-mail")
    if args.answers is not None:
        if args.unit is not None or args.platform is not None:
            raise UsageError(
                "--unit and --platform are for the questions; with --answers "
                "the file names the unit and the platform"
            )
        checklist = _load_checklist(inp if args.answers == "-" else args.answers)
    else:
        checklist = _ask_checklist(args, inp, out)
        out.write("\n")
    assessment = checklist.assess()
    out.write(assessment.summary(lang) + "\n")
    if not assessment.ready:
        if args.out is not None:
            err.write(f"{PROG}: {text['not_drafted']}")
        return 1
    notice = assessment.notification(sender=args.sender)
    out.write("\n" + text["account"].format(name=notice.account_name, handle=notice.handle))
    if args.out is not None:
        from email.policy import SMTP

        message = notice.as_email(sender=args.sender)
        try:
            with open(args.out, "wb") as file:
                file.write(message.as_bytes(policy=SMTP))
        except OSError as error:
            err.write(f"{PROG}: error: cannot write {args.out!r}: {error}\n")
            return 2
        out.write(text["saved"].format(to=notice.to, path=args.out))
    else:
        out.write(text["send"].format(to=notice.to))
    if args.mailto:
        out.write(notice.mailto_link() + "\n")
    return 0


def add_commands(commands: Commands) -> None:
    """Add ``readiness`` to the command's sub-commands."""
    readiness = commands.add_parser(
        "readiness",
        help="answer the seven questions before creating an account (G6, G7)",
        description="Answer the guideline's seven questions (G6) interactively, or read "
        "them from a TOML or JSON file, and see whether the unit is ready. When it is, "
        "draft the e-mail to the communications department (G7); nothing is sent. "
        "Exit status: 0 ready, 1 not ready, 2 bad input.",
    )
    readiness.add_argument(
        "--answers",
        metavar="FILE",
        help="read the answers from a TOML or JSON file ('-' for standard input) instead of asking",
    )
    readiness.add_argument("--unit", help="the unit's name (otherwise asked)")
    readiness.add_argument(
        "--platform", type=platform_arg, metavar="P", help="the platform (otherwise asked)"
    )
    readiness.add_argument(
        "--out", metavar="FILE.eml", help="write the drafted e-mail to this file (needs --from)"
    )
    readiness.add_argument(
        "--from",
        dest="sender",
        type=_sender,
        metavar="ADDRESS",
        help="the sender of the drafted e-mail, e.g. kari.nordmann@randaberg.kommune.no",
    )
    readiness.add_argument(
        "--mailto", action="store_true", help="also print a mailto: link with the e-mail"
    )
    readiness.add_argument(
        "--lang", choices=("nb", "en"), default="nb", help="language of questions and messages"
    )
    readiness.set_defaults(handler=_cmd_readiness)
