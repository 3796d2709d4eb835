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
from collections.abc import Sequence
from typing import TextIO

from . import _cli_moderation, _cli_readiness
from ._cli_base import PROG, Handler, Parser, UsageError, platform_arg
from .errors import RandabergSomeError
from .naming import plan_handles, suggest_account_name
from .platforms import Platform
from .rules import Lang

__all__ = ["main", "run"]


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
                            "message": deviation.message.nb,
                            "message_en": deviation.message.en,
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
            text = deviation.text(lang)
            out.write(f"{'':<{width}}  - {text}\n")
    return 0


def _cmd_name(args: argparse.Namespace, out: TextIO) -> int:
    out.write(suggest_account_name(args.name) + "\n")
    return 0


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from .auditing import audit
    from .files.inventory import iter_accounts

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
    parser = Parser(
        prog=PROG,
        description="Randaberg kommune's guideline for social media, from the shell.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

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
        type=platform_arg,
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

    _cli_readiness.add_commands(commands)
    _cli_moderation.add_commands(commands)
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
    except UsageError as error:
        err.write(parser.format_usage())
        err.write(f"{PROG}: error: {error}\n")
        return 2
    except RandabergSomeError as error:
        err.write(f"{PROG}: error: {error}\n")
        return 2


def main() -> None:
    """Entry point of the ``randaberg-some`` script: run and exit with the status."""
    sys.exit(run())
