"""An inventory's header matched to its columns, and a spreadsheet's rows read as an inventory.

CSV files and spreadsheets share the header's rules (bokmål or English names, each column
once, ``platform``, ``handle`` and ``name`` required) and the row builder of
:mod:`randaberg_some._inventory`; only the cells differ (text, or typed cells read as text).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from .._inventory import ALIASES, COLUMNS, REQUIRED_COLUMNS, build, column_key
from .._tables import cell_text
from .._text import shown
from ..accounts import Account
from ..errors import InventoryError
from ..messages import Message
from ..rows import Row
from ._sheets import Sheet
from ._source import shown_path

__all__ = ["columns_of", "sheet_data", "sheet_rows"]

_COLUMN: Final = Message(nb="kolonnen {names}", nn="kolonnen {names}", en="the column {names}")
_COLUMNS: Final = Message(nb="kolonnene {names}", nn="kolonnane {names}", en="the columns {names}")


def _fail(where: str, text: str, message: Message) -> InventoryError:
    return InventoryError(f"{where}: {text}", message=message)


def columns_of(names: list[str], where: str, text: str) -> tuple[dict[str, int], list[str]]:
    """Match a header's names to the columns; return them (name: index) and the unknown."""
    columns: dict[str, int] = {}
    unknown: list[str] = []
    for index, raw in enumerate(names):
        column = ALIASES.get(column_key(raw))
        if column is None:
            unknown.append(raw.strip() or f"(unnamed column {index + 1})")
        elif column in columns:
            raise _fail(
                where,
                f"the header names the column {column!r} twice (got {raw.strip()!r})",
                Message(
                    nb="Overskriftsraden i {where} har kolonnen {column} to ganger ({got}).",
                    nn="Overskriftsrada i {where} har kolonnen {column} to gonger ({got}).",
                    en="The header row of {where} names the column {column} twice ({got}).",
                ).format(where=shown_path(where), column=repr(column), got=shown(raw.strip())),
            )
        else:
            columns[column] = index
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        listed = ", ".join(repr(c) for c in missing)
        raise _fail(
            where,
            f"the header has no column {listed}; expected the columns {', '.join(COLUMNS)} "
            f"(got {shown(text.strip())})",
            Message(
                nb="Overskriftsraden i {where} mangler {missing}. Kolonnene er: "
                "{columns} (fikk {got}).",
                nn="Overskriftsrada i {where} manglar {missing}. Kolonnane er: "
                "{columns} (fekk {got}).",
                en="The header row of {where} lacks {missing}. The columns are: "
                "{columns} (got {got}).",
            ).format(
                where=shown_path(where),
                missing=(_COLUMN if len(missing) == 1 else _COLUMNS).format(names=listed),
                columns=", ".join(COLUMNS),
                got=shown(text.strip()),
            ),
        )
    return columns, unknown


def sheet_rows(sheet: Sheet, where: str) -> tuple[Iterator[Row[Account]], tuple[str, ...]]:
    """Read a sheet's header (its first non-empty row); return its data rows and unknowns."""
    for _, cells in sheet.rows:
        texts = [str(cell_text(cell)) for cell in cells]
        if any(text.strip() for text in texts):
            break
    else:
        raise _fail(
            where,
            f"the sheet {sheet.name!r} is empty",
            Message(
                nb="Arket {sheet} i {where} er tomt: det har ikke engang en overskriftsrad.",
                nn="Arket {sheet} i {where} er tomt: det har ikkje ein gong ei overskriftsrad.",
                en="The sheet {sheet} of {where} is empty: it has not even a header row.",
            ).format(sheet=repr(sheet.name), where=shown_path(where)),
        )
    while texts and not texts[-1].strip():
        texts.pop()  # cells right of the header's last name belong to no column
    columns, unknown = columns_of(texts, where, ";".join(texts))
    names = {column: texts[index].strip() for column, index in columns.items()}
    return sheet_data(sheet, tuple(columns.items()), names), tuple(unknown)


def sheet_data(
    sheet: Sheet, columns: tuple[tuple[str, int], ...], names: Mapping[str, str]
) -> Iterator[Row[Account]]:
    for number, cells in sheet.rows:
        texts = [cell_text(cell) for cell in cells]
        if not any(isinstance(text, str) and text.strip() for text in texts):
            continue  # a blank row keeps its number, as in CSV
        values = {column: texts[index] if index < len(texts) else "" for column, index in columns}
        yield build(values, number, None, names, texts)
