"""The ``randaberg-some`` command: the library from the shell.

Exit status: 0 on success, 2 for input that cannot be used (with a message on stderr).
Commands that check something exit 1 when they find an error: ``check`` for a
finding of severity error or a row that cannot be read; ``readiness`` when the unit is
not ready; ``responses`` when an item was assessed late, is overdue, or a row could not
be used.

Times on the command line are ISO 8601 with a UTC offset (``2024-05-16T16:00+02:00``, or
``Z`` for UTC); a time without one is refused (exit 2) rather than guessed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timezone
from typing import Final, TextIO

from .errors import InvalidFileError, NaiveDatetimeError, RandabergSomeError
from .moderation import (
    ResponseReport,
    ResponseStatus,
    WorkingCalendar,
    _parse_time,
    load_responses,
    response_deadline,
    response_report,
)
from .naming import plan_handles, suggest_account_name
from .platforms import Platform
from .readiness import (
    QUESTIONS,
    AnswerKind,
    ReadinessChecklist,
    _sender_name,
    load_checklist,
    parse_administrators,
    parse_answer,
)
from .rules import Lang

__all__ = ["main", "run"]

_PROG = "randaberg-some"


class _UsageError(Exception):
    """Raised instead of argparse's own exit so that ``main`` returns 2 with one message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


Handler = Callable[[argparse.Namespace, TextIO], int]


def _platform(value: str) -> Platform:
    try:
        return Platform(value)
    except RandabergSomeError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def _cmd_handle(args: argparse.Namespace, out: TextIO) -> int:
    lang: Lang = args.lang
    platforms: list[Platform] = args.platform or []
    plan = plan_handles(args.name, platforms)
    if args.json:
        document = {
            "unit": plan.unit,
            "canonical": plan.canonical,
            "abbreviation": plan.abbreviation,
            "platforms": {
                planned.platform.value: {
                    "handle": planned.handle,
                    "url": planned.url,
                    "deviations": [
                        {
                            "kind": deviation.kind.value,
                            "message": deviation.message,
                            "message_en": deviation.message_en,
                        }
                        for deviation in planned.deviations
                    ],
                }
                for planned in plan.handles
            },
        }
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    if not plan.handles:
        out.write(plan.canonical + "\n")
        return 0
    width = max(len(planned.platform.label) for planned in plan.handles)
    for planned in plan.handles:
        out.write(f"{planned.platform.label:<{width}}  {planned.handle}  {planned.url}\n")
        for deviation in planned.deviations:
            text = deviation.message_en if lang == "en" else deviation.message
            out.write(f"{'':<{width}}  - {text}\n")
    return 0


def _cmd_name(args: argparse.Namespace, out: TextIO) -> int:
    out.write(suggest_account_name(args.name) + "\n")
    return 0


def _sender(value: str) -> str:
    try:
        _sender_name(value)
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
        "no_platform": "ingen plattform oppgitt: svarene sluttet før plattformen",
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
        "no_platform": "no platform given: the answers ended before the platform",
        "account": "Account name: {name}\nHandle: {handle}\n",
        "saved": "The e-mail to {to} is saved in {path}: open it in your mail client, read "
        "it through and send it.\n",
        "send": "Send the e-mail to {to} (use --out FILE.eml --from ADDRESS for a draft).\n",
        "not_drafted": "no e-mail drafted: the unit is not ready\n",
    },
}


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
            raise RandabergSomeError(text["no_platform"])
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
        raise _UsageError("--out needs --from: the sender of the drafted e-mail")
    if args.answers is not None:
        if args.unit is not None or args.platform is not None:
            raise _UsageError(
                "--unit and --platform are for the questions; with --answers "
                "the file names the unit and the platform"
            )
        checklist = load_checklist(inp if args.answers == "-" else args.answers)
    else:
        checklist = _ask_checklist(args, inp, out)
        out.write("\n")
    assessment = checklist.assess()
    out.write(assessment.summary(lang) + "\n")
    if not assessment.ready:
        if args.out is not None:
            err.write(f"{_PROG}: {text['not_drafted']}")
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
            err.write(f"{_PROG}: error: cannot write {args.out!r}: {error}\n")
            return 2
        out.write(text["saved"].format(to=notice.to, path=args.out))
    else:
        out.write(text["send"].format(to=notice.to))
    if args.mailto:
        out.write(notice.mailto_link() + "\n")
    return 0


def _now() -> datetime:
    """The current time: the only clock the library reads (tests replace it)."""
    return datetime.now(timezone.utc)


def _time_arg(text: str, lang: Lang) -> datetime:
    try:
        return _parse_time(text)
    except NaiveDatetimeError as error:
        message = (
            f"the time {text!r} has no UTC offset; write e.g. {text.strip()}+02:00 "
            "(summer) or +01:00 (winter), or Z for UTC"
            if lang == "en"
            else f"tidspunktet {text!r} mangler UTC-forskyvning; skriv f.eks. "
            f"{text.strip()}+02:00 (sommertid) eller +01:00 (vintertid), eller Z for UTC"
        )
        raise NaiveDatetimeError(message) from error


def _end_of_day(value: str) -> time:
    try:
        end = time.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a time such as 15:30 (got {value!r})") from error
    if end.tzinfo is not None:
        raise argparse.ArgumentTypeError(f"a wall-clock time without offset (got {value!r})")
    return end


def _closed_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"not a date such as 2024-12-24 (got {value!r})"
        ) from error


def _calendar(args: argparse.Namespace) -> WorkingCalendar:
    closed: list[date] = args.closed or []
    return WorkingCalendar(end_of_day=args.end, closures=closed)


_WEEKDAYS = {
    "nb": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "en": "January February March April May June July August September October November December",
}


def _spelled(moment: datetime, lang: Lang) -> str:
    weekday = _WEEKDAYS[lang][moment.weekday()]
    month = _MONTHS[lang].split()[moment.month - 1]
    if lang == "en":
        return f"{weekday} {moment.day} {month} {moment.year} at {moment:%H:%M}"
    return f"{weekday} {moment.day}. {month} {moment.year} kl. {moment:%H:%M}"


def _cmd_deadline(args: argparse.Namespace, out: TextIO) -> int:
    lang: Lang = args.lang
    received = _now() if args.time is None else _time_arg(args.time, lang)
    deadline = response_deadline(received, calendar=_calendar(args))
    if args.json:
        document = {
            "received_at": received.astimezone(deadline.tzinfo).isoformat(),
            "deadline": deadline.isoformat(),
        }
        json.dump(document, out, indent=2)
        out.write("\n")
        return 0
    label = "Deadline" if lang == "en" else "Frist"
    out.write(f"{label}: {_spelled(deadline, lang)} ({deadline.isoformat()})\n")
    return 0


def _summary(report: ResponseReport, lang: Lang) -> str:
    counts = ", ".join(f"{report.count(status)} {status.label(lang)}" for status in ResponseStatus)
    met, due = report.count(ResponseStatus.MET), report.due
    rows = len({problem.row for problem in report.errors})
    if lang == "en":
        text = f"{report.total} items: {counts}."
        if report.share_met is not None:
            text += f" Share met: {report.share_met:.1%} ({met} of {due} due)."
        if rows:
            text += f" Errors in {rows} row{'' if rows == 1 else 's'}."
        return text
    text = f"{report.total} saker: {counts}."
    if report.share_met is not None:
        share = f"{report.share_met * 100:.1f}".replace(".", ",")
        text += f" Andel i tide: {share} % ({met} av {due} med passert frist eller vurdert)."
    if rows:
        text += f" Feil i {rows} {'rad' if rows == 1 else 'rader'}."
    return text


def _report_json(report: ResponseReport) -> dict[str, object]:
    return {
        "at": report.at.isoformat(),
        "items": [
            {
                "row": item.row,
                "received_at": item.received_at.isoformat(),
                "assessed_at": None if item.assessed_at is None else item.assessed_at.isoformat(),
                "deadline": item.deadline.isoformat(),
                "status": item.status.value,
            }
            for item in report.items
        ],
        "errors": [
            {
                "row": error.row,
                "field": error.field,
                "message": error.message,
                "message_en": error.message_en,
            }
            for error in report.errors
        ],
        "summary": {
            "total": report.total,
            **{status.value: report.count(status) for status in ResponseStatus},
            "due": report.due,
            "share_met": report.share_met,
            "row_errors": len(report.errors),
        },
    }


def _cmd_responses(args: argparse.Namespace, out: TextIO) -> int:
    lang: Lang = args.lang
    at = _now() if args.at is None else _time_arg(args.at, lang)
    try:
        log = load_responses(args.file)
    except OSError as error:
        raise InvalidFileError(f"cannot read {args.file!r}: {error.strerror or error}") from error
    report = response_report(log, at=at, calendar=_calendar(args))
    if args.json:
        json.dump(_report_json(report), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0 if report.ok else 1
    zone = report.at.tzinfo
    heading = (
        ("row", "received", "assessed", "deadline", "status")
        if lang == "en"
        else ("rad", "mottatt", "vurdert", "frist", "status")
    )
    rows = [
        (
            str(item.row),
            f"{item.received_at.astimezone(zone):%Y-%m-%d %H:%M}",
            "-"
            if item.assessed_at is None
            else f"{item.assessed_at.astimezone(zone):%Y-%m-%d %H:%M}",
            f"{item.deadline:%Y-%m-%d %H:%M}",
            item.status.label(lang),
        )
        for item in report.items
    ]
    widths = [max(len(cells[i]) for cells in [heading, *rows]) for i in range(len(heading))]
    for cells in [heading, *rows]:
        out.write(
            "  ".join(
                f"{cell:<{width}}" for cell, width in zip(cells, widths, strict=True)
            ).rstrip()
        )
        out.write("\n")
    row_word = "row" if lang == "en" else "rad"
    for problem in report.errors:
        where = f"{row_word} {problem.row}" + (f" ({problem.field})" if problem.field else "")
        out.write(f"{where}: {problem.text(lang)}\n")
    out.write(_summary(report, lang) + "\n")
    return 0 if report.ok else 1


def _add_calendar_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--end",
        type=_end_of_day,
        default=time(15, 30),
        metavar="HH:MM",
        help="end of the working day, Europe/Oslo time (default 15:30)",
    )
    parser.add_argument(
        "--closed",
        action="append",
        type=_closed_day,
        metavar="DATE",
        help="an extra closure day such as 2024-12-24; repeatable",
    )
    parser.add_argument("--lang", choices=("nb", "en"), default="nb", help="message language")


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from .inventory import audit, iter_accounts

    lang: Lang = args.lang
    source = args.stdin if args.file == "-" else args.file
    with iter_accounts(source, format=args.input_format) as rows:
        report = audit(rows)
    if args.format == "json":
        out.write(report.to_json() + "\n")
    else:
        out.write(report.text(lang) + "\n")
    return 0 if report.ok else 1


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=_PROG,
        description="Randaberg kommune's guideline for social media, from the shell.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    handle = commands.add_parser(
        "handle",
        help="suggest a unit's handle (canonical, or per platform)",
        description="Suggest a unit's handle: the guideline's canonical form, or with "
        "--platform the handle valid on each platform, with one abbreviation for all.",
    )
    handle.add_argument("name", help="the unit's name, e.g. Bassenget")
    handle.add_argument(
        "--platform",
        "-p",
        action="append",
        type=_platform,
        metavar="P",
        help="a platform (facebook, instagram, linkedin, vimeo, youtube, tiktok); repeatable",
    )
    handle.add_argument("--json", action="store_true", help="print the plan as JSON")
    handle.add_argument("--lang", choices=("nb", "en"), default="nb", help="message language")
    handle.set_defaults(handler=_cmd_handle)

    name = commands.add_parser(
        "name",
        help="suggest an account's display name",
        description="Suggest a unit account's display name (G14).",
    )
    name.add_argument("name", help="the unit's name, e.g. Bassenget")
    name.set_defaults(handler=_cmd_name)

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
        "--platform", type=_platform, metavar="P", help="the platform (otherwise asked)"
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
    deadline = commands.add_parser(
        "deadline",
        help="when must an item received at TIME be assessed (G6.5)",
        description="Print the moment by which a question, comment or post received at TIME "
        "must be assessed: the end of that working day, or of the next one (G6.5).",
    )
    deadline.add_argument(
        "time",
        nargs="?",
        metavar="TIME",
        help="when it arrived, ISO 8601 with offset, e.g. 2024-05-16T16:00+02:00 (default: now)",
    )
    deadline.add_argument("--json", action="store_true", help="print the result as JSON")
    _add_calendar_options(deadline)
    deadline.set_defaults(handler=_cmd_deadline)

    responses = commands.add_parser(
        "responses",
        help="report deadlines kept from a CSV of received and assessed times (G6.5)",
        description="Read a CSV file with the columns received_at and assessed_at (ISO 8601 "
        "with offset; assessed_at empty when not yet assessed) and print each item's deadline "
        "and status, and the share met. Exit 1 when an item is late or overdue or a row "
        "could not be used.",
    )
    responses.add_argument("file", metavar="FILE", help="the CSV file")
    responses.add_argument(
        "--at", metavar="TIME", help="time of the report, ISO 8601 with offset (default: now)"
    )
    responses.add_argument("--json", action="store_true", help="print the report as JSON")
    _add_calendar_options(responses)
    responses.set_defaults(handler=_cmd_responses)

    check = commands.add_parser(
        "check",
        help="audit an inventory of accounts (CSV, JSON or JSON Lines)",
        description="Audit every account of an inventory file against the guideline, and "
        "the accounts against each other, and print the findings. Exit status: 0 no errors, "
        "1 a finding of severity error or a row that cannot be read, 2 a file that cannot be "
        "read at all.",
    )
    check.add_argument("file", help="the inventory: a .csv, .json or .jsonl file ('-' for stdin)")
    check.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (text)"
    )
    check.add_argument(
        "--input-format",
        choices=("csv", "json", "jsonl"),
        help="the file's format (default: from its suffix, else from its first character)",
    )
    check.add_argument("--lang", choices=("nb", "en"), default="nb", help="message language")
    check.set_defaults(handler=_cmd_check)
    return parser


def run(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command with ``argv`` (default: the process's arguments); return the status.

    ``stdin``, ``stdout`` and ``stderr`` default to the process's streams; ``stdin`` is read
    by ``readiness`` when it asks its questions.
    """
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    inp = sys.stdin if stdin is None else stdin
    parser = _parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else list(argv))
        # For handlers that read input or report beside their output (readiness).
        args.stdin, args.stderr = inp, err
        handler: Handler = args.handler
        return handler(args, out)
    except _UsageError as error:
        err.write(parser.format_usage())
        err.write(f"{_PROG}: error: {error}\n")
        return 2
    except RandabergSomeError as error:
        err.write(f"{_PROG}: error: {error}\n")
        return 2


def main() -> None:
    """Entry point of the ``randaberg-some`` script: run and exit with the status."""
    sys.exit(run())
