"""The policy every command runs under: ``--policy FILE``, else ``RANDABERG_SOME_POLICY``.

Without either, a command runs under Randaberg kommune's guideline, the library's default,
exactly as it did before policy files existed. With one, it runs under the version of the
policy in force today (Europe/Oslo's date, from :func:`._calendar.today`): its naming, its
organisation (platforms, residents' channels), its working day and its rules. The
environment is read here and nowhere else: the library itself reads none.

A policy file with problems ends the command with status 2 and every problem on standard
error, one line each (``FILE: line N, key: message``), before anything is done.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from typing import TYPE_CHECKING, Final

from ..policy import RANDABERG_POLICY, Policy, PolicyVersion
from . import _calendar
from ._base import EXIT_PROBLEM, Reported

if TYPE_CHECKING:
    from ..errors import PolicyFileError
    from ._base import Console

__all__ = ["ENVIRONMENT", "in_force", "load", "policy_file", "policy_of", "report_problems"]

ENVIRONMENT: Final = "RANDABERG_SOME_POLICY"
"""The environment variable that names the policy file when ``--policy`` is not given."""


def policy_file(args: argparse.Namespace) -> str | None:
    """The policy file asked for: ``--policy``, else the environment variable, else ``None``.

    An empty value (``RANDABERG_SOME_POLICY=``) means none.
    """
    given: str | None = getattr(args, "policy", None)
    if given:
        return given
    return os.environ.get(ENVIRONMENT) or None


def load(name: str, console: Console) -> Policy:
    """Read the policy file ``name``; its problems go to standard error, one line each.

    Raises:
        Reported: the file has problems (status 2); each is already written.
        InvalidFileError: the file cannot be read at all (one line, status 2).
    """
    from ..errors import PolicyFileError
    from ..files.policy import load_policy

    try:
        return load_policy(console.stdin_bytes() if name == "-" else name)
    except PolicyFileError as error:
        report_problems(name, error, console)
        raise Reported(EXIT_PROBLEM) from error


def report_problems(name: str, error: PolicyFileError, console: Console) -> None:
    """Write every problem of ``error`` on standard error: ``FILE: line N, key: message``."""
    lines = [problem.text(console.lang) for problem in error.problems] or [error.text(console.lang)]
    for line in lines:
        console.error(f"{name}: {line}")


def policy_of(args: argparse.Namespace, console: Console) -> Policy | None:
    """The policy of ``--policy`` or the environment, read; ``None`` when none is asked for."""
    name = policy_file(args)
    return None if name is None else load(name, console)


def in_force(args: argparse.Namespace, console: Console, day: date | None = None) -> PolicyVersion:
    """The version a command runs under: the policy's in force on ``day`` (default today).

    Without a policy file it is Randaberg's built-in version, the library's default, so
    that every command does exactly what it did before policy files existed.
    """
    policy = policy_of(args, console)
    if policy is None:
        return RANDABERG_POLICY.latest
    return policy.at(_calendar.today() if day is None else day)
