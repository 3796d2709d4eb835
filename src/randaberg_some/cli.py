"""The ``randaberg-some`` command: the library from the shell.

Exit status: 0 on success, 2 for input that cannot be used (with a message on stderr).
Commands that check something exit 1 when they find an error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from .errors import RandabergSomeError
from .naming import plan_handles, suggest_account_name
from .platforms import Platform
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
    return parser


def run(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command with ``argv`` (default: the process's arguments); return the status."""
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    parser = _parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else list(argv))
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
