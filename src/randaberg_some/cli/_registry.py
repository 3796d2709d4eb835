"""What ``verify``, ``lookalikes`` and ``registry`` share: the inventory and its notes.

The inventory is the kommune's own list of accounts (``--inventory FILE``, any format
``load_accounts`` reads). It has no default: the library ships the kommune's platforms
(``RANDABERG_PRESENCE``) but not its handles, and a check against a guessed list would
answer wrongly. Rows that cannot be read are counted on standard error.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Final

from ..messages import Lang, Message

if TYPE_CHECKING:
    from ..accounts import Account
    from ..rows import Loaded
    from ._base import Console

__all__ = ["add_inventory_option", "load_inventory", "read_lines"]

_INVENTORY: Final = Message(
    nb="kontolisten (CSV, regneark, JSON eller JSON Lines): de offisielle kontoene",
    nn="kontolista (CSV, rekneark, JSON eller JSON Lines): dei offisielle kontoane",
    en="the account inventory (CSV, spreadsheet, JSON or JSON Lines): the official accounts",
)
_SKIPPED: Final = Message(
    nb="merk: {n} rad(er) i kontolisten kunne ikke leses og er ikke med ({rows}).",
    nn="merk: {n} rad(er) i kontolista kunne ikkje lesast og er ikkje med ({rows}).",
    en="note: {n} row(s) of the inventory could not be read and are left out ({rows}).",
)


def add_inventory_option(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """Add ``--inventory FILE`` (required: there is no default list of handles)."""
    parser.add_argument("--inventory", metavar="FILE", required=True, help=_INVENTORY.text(lang))


def load_inventory(name: str, console: Console) -> Loaded[Account]:
    """Read the inventory ``name`` (``-``: standard input); note rows that gave no account."""
    from ..files.inventory import load_accounts

    loaded = load_accounts(console.stdin_bytes() if name == "-" else name)
    rows = loaded.error_rows
    if rows:
        shown = ", ".join(str(row) for row in rows[:5]) + (", …" if len(rows) > 5 else "")
        console.note(_SKIPPED.format(n=len(rows), rows=shown).text(console.lang) + "\n")
    return loaded


def read_lines(name: str, console: Console) -> list[str]:
    """The non-blank lines of the file ``name`` (``-``: standard input), ``#`` lines left out."""
    from ..files._source import open_source

    opened = open_source(console.stdin_bytes() if name == "-" else name)
    try:
        text = "".join(opened.lines())
    finally:
        opened.close()
    lines = [line.strip() for line in text.splitlines()]
    return [line for line in lines if line and not line.startswith("#")]
