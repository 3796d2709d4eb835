"""Spreadsheets (xlsx, xlsm, xls, ods): one sheet's rows, numbered as the spreadsheet shows them.

Read with ``python-calamine``, imported when the first spreadsheet is read, so that
importing the library does not pay for it. A spreadsheet is recognised by its name's suffix
(``.xlsx``, ``.xlsm``, ``.xlsb``, ``.xls``, ``.ods``) or, when the name says nothing, by its
first bytes (a ZIP or an OLE2 signature: no text file begins with them). The rows keep the
cells' types (numbers, booleans, dates); the loaders read them as text where a CSV cell
would hold text (:func:`randaberg_some._tables.cell_text`).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from .._text import shown
from ..messages import Message
from ._source import Opened, shown_path

__all__ = ["SUFFIXES", "Sheet", "kind_of", "read_sheet", "sniff"]

SUFFIXES: Final[Mapping[str, str]] = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsm",
    ".xlsb": "xlsb",
    ".xls": "xls",
    ".ods": "ods",
}
_ZIP: Final = b"PK\x03\x04"
_OLE: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HEAD: Final = 64  # enough for a signature and an OpenDocument file's mimetype entry


def kind_of(name: str) -> str | None:
    """The spreadsheet format a file name's suffix says, or ``None``."""
    return SUFFIXES.get(os.path.splitext(name)[1].lower())


def sniff(head: bytes) -> str | None:
    """The spreadsheet format a file's first bytes say (``"xlsx"``, ``"ods"``, ``"xls"``)."""
    if head.startswith(_ZIP):
        return "ods" if b"opendocument.spreadsheet" in head else "xlsx"
    if head.startswith(_OLE):
        return "xls"
    return None


class Sheet:
    """One sheet of a workbook: its name, and its rows with the spreadsheet's row numbers.

    Attributes:
        name: The sheet's name.
        names: The names of all the workbook's sheets.
        rows: ``(row number, cells)`` for every row from the first, blank ones included;
            the cells keep their types, an empty cell is ``""``.
    """

    def __init__(self, name: str, names: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        self.name = name
        self.names = tuple(names)
        self.rows = ((number, cells) for number, cells in enumerate(rows, start=1))


_UNREADABLE: Final = Message(
    nb="{where} kan ikke leses som et regneark (xlsx, xlsm, xls eller ods): {reason}",
    nn="{where} kan ikkje lesast som eit rekneark (xlsx, xlsm, xls eller ods): {reason}",
    en="{where} cannot be read as a spreadsheet (xlsx, xlsm, xls or ods): {reason}",
)
_NO_SHEET: Final = Message(
    nb="{where} har ikke arket {sheet}; arkene er: {names}.",
    nn="{where} har ikkje arket {sheet}; arka er: {names}.",
    en="{where} has no sheet {sheet}; its sheets are: {names}.",
)
_NO_LIBRARY: Final = Message(
    nb="Regneark leses med python-calamine, som ikke er installert: pip install python-calamine",
    nn="Rekneark blir lesne med python-calamine, som ikkje er installert: "
    "pip install python-calamine",
    en="Spreadsheets are read with python-calamine, which is not installed: "
    "pip install python-calamine",
)
_TEXT_STREAM: Final = Message(
    nb="{where} er åpnet som tekst; et regneark må åpnes binært (open(sti, 'rb')).",
    nn="{where} er opna som tekst; eit rekneark må opnast binært (open(sti, 'rb')).",
    en="{where} is open as text; a spreadsheet must be opened in binary mode (open(path, 'rb')).",
)


def _failure(error: BaseException) -> bool:
    """Whether ``error`` is the reading library's failure (a Rust panic is a BaseException)."""
    return isinstance(error, Exception) or type(error).__name__ == "PanicException"


def read_sheet(opened: Opened, sheet: str | int | None) -> Sheet:
    """Read the workbook in ``opened`` and pick a sheet: the first, or ``sheet``.

    Args:
        opened: The source, opened by the one opener (its bytes are read whole).
        sheet: A sheet's name, its 0-based position, or ``None`` for the first.

    Raises:
        InvalidFileError: (the opener's error class) the source is a text stream, the
            bytes are no workbook, the workbook has no such sheet, or python-calamine is
            not installed.
    """
    where = shown_path(opened.name)
    if opened.head(0) is None:
        raise opened.fail(
            f"{opened.name}: a spreadsheet open as text", _TEXT_STREAM.format(where=where)
        )
    data = opened.read_bytes()
    try:
        import python_calamine
    except ImportError as error:
        raise opened.fail(
            f"{opened.name}: python-calamine is not installed", _NO_LIBRARY
        ) from error
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = [str(name) for name in workbook.sheet_names]
    except BaseException as error:
        if not _failure(error):
            raise
        reason = str(error) or type(error).__name__
        raise opened.fail(
            f"{opened.name}: not a spreadsheet: {reason}",
            _UNREADABLE.format(where=where, reason=reason),
        ) from error
    index = _index(opened, names, sheet)
    try:
        chosen = workbook.get_sheet_by_index(index)
        rows = chosen.iter_rows()
    except BaseException as error:
        if not _failure(error):
            raise
        reason = str(error) or type(error).__name__
        raise opened.fail(
            f"{opened.name}: the sheet {names[index]!r} cannot be read: {reason}",
            _UNREADABLE.format(where=where, reason=reason),
        ) from error
    return Sheet(names[index], names, rows)


def _index(opened: Opened, names: list[str], sheet: object) -> int:
    if sheet is None and names:
        return 0
    if isinstance(sheet, str) and sheet in names:
        return names.index(sheet)
    if isinstance(sheet, int) and not isinstance(sheet, bool) and 0 <= sheet < len(names):
        return sheet
    listed = ", ".join(repr(name) for name in names) or "-"
    asked = "(the first)" if sheet is None else shown(sheet)
    raise opened.fail(
        f"{opened.name}: no sheet {asked}; the sheets are: {listed}",
        _NO_SHEET.format(where=shown_path(opened.name), sheet=asked, names=listed),
    )
