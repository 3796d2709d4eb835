"""What the command's modules share: the parser that reports instead of exiting."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from .errors import RandabergSomeError
from .platforms import Platform

__all__ = ["PROG", "Handler", "Parser", "UsageError", "platform_arg"]

PROG = "randaberg-some"


class UsageError(Exception):
    """Raised instead of argparse's own exit so that ``main`` returns 2 with one message."""


class Parser(argparse.ArgumentParser):
    """An argument parser that raises :class:`UsageError` instead of exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


Handler = Callable[[argparse.Namespace, TextIO], int]


def platform_arg(value: str) -> Platform:
    """Parse a platform argument; an unknown one is a usage error."""
    try:
        return Platform(value)
    except RandabergSomeError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


if TYPE_CHECKING:
    from typing import TypeAlias

    # The object that add_parser is called on.
    Commands: TypeAlias = argparse._SubParsersAction[Parser]
