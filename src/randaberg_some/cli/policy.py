r"""``randaberg-some policy show|check|diff``: a kommune's guideline as a policy file.

- ``policy show [FILE]``: the policy (FILE, else ``--policy``/``RANDABERG_SOME_POLICY``,
  else Randaberg's built-in one) as text, ``--json``, or ``--format toml`` (a policy file
  that reads back equal);
- ``policy check FILE``: every problem of the file with its line, status 1 when there is
  one; one line ``FILE: OK ...`` and status 0 otherwise;
- ``policy diff A [B]``: with two files, what changed from the version of A in force today
  (or on ``--at DATE``) to B's; with one, each version against the one before it (with
  ``--at``: only the version in force then). Status 0 whatever changed.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Final

from .. import render
from ..messages import Message
from ..policy import RANDABERG_POLICY
from . import _calendar
from ._base import EXIT_FINDINGS, EXIT_OK, Console, Parser, command_parser, exit_codes
from ._policy import load, policy_file

if TYPE_CHECKING:
    from ..policy import Policy
    from ..policy_diff import PolicyDiff
    from ._base import Commands

__all__ = ["add_command"]

_HELP: Final = Message(
    nb="vis, kontroller eller sammenlign retningslinjer (policyfiler)",
    nn="vis, kontroller eller samanlikn retningsliner (policyfiler)",
    en="show, check or compare policies (policy files)",
)
_DESCRIPTION: Final = Message(
    nb="En kommunes retningslinjer for sosiale medier som en TOML-fil: vis dem, kontroller "
    "en fil, eller se hva som er endret mellom to versjoner.",
    nn="Retningslinene ein kommune har for sosiale medium, som ei TOML-fil: vis dei, "
    "kontroller ei fil, eller sjå kva som er endra mellom to versjonar.",
    en="A kommune's guideline for social media as a TOML file: show it, check a file, or "
    "see what changed between two versions.",
)
_SHOW_HELP: Final = Message(nb="vis retningslinjene", nn="vis retningslinene", en="show the policy")
_SHOW_DESCRIPTION: Final = Message(
    nb="Vis retningslinjene i FILE, ellers de fra --policy eller RANDABERG_SOME_POLICY, "
    "ellers Randaberg kommunes: som tekst, JSON (--json) eller TOML (--format toml, en "
    "policyfil å ta utgangspunkt i).",
    nn="Vis retningslinene i FILE, elles dei frå --policy eller RANDABERG_SOME_POLICY, "
    "elles Randaberg kommune sine: som tekst, JSON (--json) eller TOML (--format toml, ei "
    "policyfil å ta utgangspunkt i).",
    en="Show the policy in FILE, else the one of --policy or RANDABERG_SOME_POLICY, else "
    "Randaberg kommune's: as text, JSON (--json) or TOML (--format toml, a policy file to "
    "start from).",
)
_CHECK_HELP: Final = Message(
    nb="kontroller en policyfil", nn="kontroller ei policyfil", en="check a policy file"
)
_CHECK_DESCRIPTION: Final = Message(
    nb="Kontroller en policyfil og skriv hvert problem med linjen det står på. Status 1 når "
    "filen har problemer.",
    nn="Kontroller ei policyfil og skriv kvart problem med linja det står på. Status 1 når "
    "fila har problem.",
    en="Check a policy file and print every problem with its line. Status 1 when the file "
    "has problems.",
)
_DIFF_HELP: Final = Message(
    nb="hva er endret mellom to versjoner av retningslinjene",
    nn="kva er endra mellom to versjonar av retningslinene",
    en="what changed between two versions of a policy",
)
_DIFF_DESCRIPTION: Final = Message(
    nb="Med to filer: hva er endret fra versjonen av A som gjelder i dag (eller --at DATO) "
    "til versjonen av B. Med én fil: hver versjon mot den før (med --at: bare versjonen "
    "som gjaldt da).",
    nn="Med to filer: kva er endra frå versjonen av A som gjeld i dag (eller --at DATO) "
    "til versjonen av B. Med éi fil: kvar versjon mot den før (med --at: berre versjonen "
    "som gjaldt då).",
    en="With two files: what changed from the version of A in force today (or on --at "
    "DATE) to B's. With one file: each version against the one before it (with --at: only "
    "the version in force then).",
)
_FILE: Final = Message(
    nb="policyfilen (TOML; - for standard inndata)",
    nn="policyfila (TOML; - for standard inndata)",
    en="the policy file (TOML; - for standard input)",
)
_SHOWN_FILE: Final = Message(
    nb="policyfilen (standard: --policy, RANDABERG_SOME_POLICY, ellers Randaberg kommunes)",
    nn="policyfila (standard: --policy, RANDABERG_SOME_POLICY, elles Randaberg kommune sine)",
    en="the policy file (default: --policy, RANDABERG_SOME_POLICY, else Randaberg kommune's)",
)
_FORMAT: Final = Message(
    nb="utdataformat: text, json eller toml (en policyfil)",
    nn="utdataformat: text, json eller toml (ei policyfil)",
    en="output format: text, json or toml (a policy file)",
)
_OLD: Final = Message(
    nb="den eldre policyfilen", nn="den eldre policyfila", en="the earlier policy file"
)
_NEW: Final = Message(
    nb="den nyere policyfilen (utelatt: hver versjon i den første mot den før)",
    nn="den nyare policyfila (utelaten: kvar versjon i den første mot den før)",
    en="the later policy file (left out: each version of the first against the one before)",
)
_AT: Final = Message(
    nb="dagen versjonene sammenlignes på, f.eks. 2025-01-01 (standard: i dag)",
    nn="dagen versjonane blir samanlikna på, t.d. 2025-01-01 (standard: i dag)",
    en="the day whose versions are compared, e.g. 2025-01-01 (default: today)",
)
_OK_ONE: Final = Message(
    nb="{file}: i orden ({organisation}, 1 versjon).",
    nn="{file}: i orden ({organisation}, 1 versjon).",
    en="{file}: OK ({organisation}, 1 version).",
)
_OK_MANY: Final = Message(
    nb="{file}: i orden ({organisation}, {n} versjoner).",
    nn="{file}: i orden ({organisation}, {n} versjonar).",
    en="{file}: OK ({organisation}, {n} versions).",
)
_ONLY_ONE: Final = Message(
    nb="{file} har bare én versjon: ingenting å sammenligne.",
    nn="{file} har berre éin versjon: ingenting å samanlikne.",
    en="{file} has only one version: nothing to compare.",
)
_FIRST: Final = Message(
    nb="Versjonen som gjaldt {at} er den første i {file}: ingenting å sammenligne.",
    nn="Versjonen som gjaldt {at} er den første i {file}: ingenting å samanlikne.",
    en="The version in force on {at} is the first in {file}: nothing to compare.",
)


def _show(args: argparse.Namespace, console: Console) -> int:
    name: str | None = args.file or policy_file(args)
    policy = RANDABERG_POLICY if name is None else load(name, console)
    if args.format == "toml":
        console.write(render.toml(policy).rstrip("\n") + "\n")
    elif args.json or args.format == "json":
        console.write_json(render.to_json(policy))
    else:
        console.write(render.text(policy, console.lang) + "\n")
    return EXIT_OK


def _check(args: argparse.Namespace, console: Console) -> int:
    from ..errors import PolicyFileError
    from ..files.policy import load_policy

    name: str = args.file
    lang = console.lang
    try:
        policy = load_policy(console.stdin_bytes() if name == "-" else name)
    except PolicyFileError as error:
        if args.json:
            problems = [
                {
                    "line": problem.line,
                    "key": problem.key,
                    "message": {code: problem.message.text(code) for code in ("nb", "nn", "en")},
                }
                for problem in error.problems
            ]
            document = {"file": name, "ok": False, "problems": problems}
            console.write_json(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            lines = [problem.text(lang) for problem in error.problems] or [error.text(lang)]
            console.write("".join(f"{name}: {line}\n" for line in lines))
        return EXIT_FINDINGS
    count = len(policy.versions)
    if args.json:
        document = {"file": name, "ok": True, "problems": [], "versions": count}
        console.write_json(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        template = _OK_ONE if count == 1 else _OK_MANY
        said = template.format(file=name, organisation=policy.organisation.name, n=count)
        console.write(said.text(lang) + "\n")
    return EXIT_OK


def _history(policy: Policy, args: argparse.Namespace) -> tuple[PolicyDiff, ...]:
    """Each version against the one before it; with ``--at``, only the one in force then."""
    from ..policy_diff import diff_history

    history = diff_history(policy)
    if args.at is None:
        return history
    index = policy.versions.index(policy.at(args.at))
    return () if index == 0 else (history[index - 1],)


def _diff(args: argparse.Namespace, console: Console) -> int:
    import attrs

    from ..policy_diff import diff_policies
    from ..render import policy_diff as rendered

    lang = console.lang
    old = load(args.old, console)
    if args.new is None:
        diffs = _history(old, args)
        if args.json:
            documents = [rendered.document(diff) for diff in diffs]
            console.write_json(json.dumps(documents, ensure_ascii=False, indent=2))
        elif diffs:
            console.write("\n\n".join(render.text(diff, lang) for diff in diffs) + "\n")
        elif args.at is not None:
            said = _FIRST.format(at=args.at.isoformat(), file=args.old)
            console.write(said.text(lang) + "\n")
        else:
            console.write(_ONLY_ONE.format(file=args.old).text(lang) + "\n")
        return EXIT_OK
    new = load(args.new, console)
    at = _calendar.today() if args.at is None else args.at
    diff = attrs.evolve(diff_policies(old, new, at=at), old_label=args.old, new_label=args.new)
    if args.json:
        console.write_json(render.to_json(diff))
    else:
        console.write(render.text(diff, lang) + "\n")
    return EXIT_OK


def add_command(commands: Commands, common: Parser, console: Console) -> None:
    r"""Add ``policy`` and its sub-commands ``show``, ``check`` and ``diff``.

    Examples:
        >>> import io
        >>> from randaberg_some.cli import run
        >>> out = io.StringIO()
        >>> run(["policy", "check", "examples/randaberg.toml", "--lang", "en"], stdout=out)
        0
        >>> print(out.getvalue(), end="")
        examples/randaberg.toml: OK (Randaberg kommune, 1 version).
    """
    lang = console.lang
    parser: Parser = commands.add_parser(
        "policy",
        help=_HELP.text(lang),
        description=_DESCRIPTION.text(lang),
        epilog=exit_codes(lang),
        console=console,
    )
    subcommands = parser.add_subparsers(
        dest="policy_command", required=True, parser_class=Parser, metavar="{show,check,diff}"
    )
    show = command_parser(
        subcommands,
        "show",
        help=_SHOW_HELP,
        description=_SHOW_DESCRIPTION,
        common=common,
        console=console,
    )
    show.add_argument("file", nargs="?", metavar="FILE", help=_SHOWN_FILE.text(lang))
    show.add_argument(
        "--format", choices=("text", "json", "toml"), default="text", help=_FORMAT.text(lang)
    )
    show.set_defaults(handler=_show)
    check = command_parser(
        subcommands,
        "check",
        help=_CHECK_HELP,
        description=_CHECK_DESCRIPTION,
        common=common,
        console=console,
    )
    check.add_argument("file", metavar="FILE", help=_FILE.text(lang))
    check.set_defaults(handler=_check)
    diff = command_parser(
        subcommands,
        "diff",
        help=_DIFF_HELP,
        description=_DIFF_DESCRIPTION,
        common=common,
        console=console,
    )
    diff.add_argument("old", metavar="A", help=_OLD.text(lang))
    diff.add_argument("new", nargs="?", metavar="B", help=_NEW.text(lang))
    diff.add_argument("--at", type=_calendar.day_type(lang), metavar="DATE", help=_AT.text(lang))
    diff.set_defaults(handler=_diff)
