"""Writing reports to files: an Excel workbook, a CSV file for Excel, JSON or HTML.

:func:`write_workbook` writes the sheets that :func:`randaberg_some.render.sheets` prepares
(the rendering layer decides what a person reads; this module only writes it down) with
`xlsxwriter <https://xlsxwriter.readthedocs.io>`_, imported on first use. xlsxwriter was
chosen over openpyxl because it only writes, which is all a report needs: it writes rows as
they come, about twice as fast as openpyxl and with a fraction of its memory, and it sets
everything a unit leader uses (a frozen header, filters, colours, column widths) with no
template.

Every text cell is written as text (``write_string``), and the workbook is told never to
turn text into formulas, numbers or links: a handle such as ``=HYPERLINK(...)`` or
``@SUM(A1)`` stays the text it is. In a CSV file, which has no types, such a cell gets a
leading ``'`` (what the OWASP advice on "CSV injection" asks for) so that Excel shows it as
text and never runs it.

:func:`write_report` picks the format by the file's suffix: ``.xlsx``, ``.csv`` (UTF-8 with
a byte order mark, ``;`` between cells, as Excel on a Norwegian Windows machine opens
it), ``.json`` or ``.html`` (a whole page).

Examples:
    >>> import io
    >>> from randaberg_some import audit, Account, render
    >>> report = audit([Account(platform="tiktok", handle="=1+1", name="X")])
    >>> out = io.BytesIO()
    >>> write_workbook(out, render.sheets(report, "en"))
    >>> out.getvalue()[:2]
    b'PK'
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo

from .._text import shown
from ..errors import RandabergSomeError
from ..messages import Lang, Message

if TYPE_CHECKING:
    from .._notebook import Target
    from ..render._sheet import Sheet

__all__ = ["SUFFIXES", "write_bytes", "write_csv", "write_report", "write_workbook"]

SUFFIXES: Final = (".xlsx", ".csv", ".json", ".html")

# A cell that a spreadsheet could read as a formula (OWASP: "CSV injection").
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_OSLO: Final = ZoneInfo("Europe/Oslo")
# Colours for a severity or a status, as the HTML report has them: (background, text).
_COLOURS: Final = {
    "error": ("#B3261E", "#FFFFFF"),
    "late": ("#B3261E", "#FFFFFF"),
    "overdue": ("#B3261E", "#FFFFFF"),
    "warning": ("#F2B600", "#1F1F1F"),
    "info": ("#3A6EA5", "#FFFFFF"),
    "open": ("#3A6EA5", "#FFFFFF"),
    "met": ("#2E7D32", "#FFFFFF"),
}
_MOST_NAME: Final = 31  # Excel's limit on a sheet's name


_CANNOT_WRITE: Final = Message(
    nb="kan ikke skrive {name}: {reason}",
    nn="kan ikkje skrive {name}: {reason}",
    en="cannot write {name}: {reason}",
)


def _target(target: object) -> object:
    """A file name for xlsxwriter, or the binary stream as it is."""
    if isinstance(target, (str, os.PathLike)):
        name = os.fspath(target)
        if isinstance(name, str) and name and "\0" not in name and name.isprintable():
            return name
    elif hasattr(target, "write") and not isinstance(target, io.TextIOBase):
        return target  # a binary stream: a workbook is bytes
    raise RandabergSomeError(f"'path' must be a file name or a binary stream (got {shown(target)})")


def _path(target: object) -> str:
    """A file name (never a stream), checked."""
    name = _target(target)
    if not isinstance(name, str):
        raise RandabergSomeError(f"'path' must be a file name (got {shown(target)})")
    return name


@contextlib.contextmanager
def _writing(target: object) -> Iterator[None]:
    """Turn a failure to write ``target`` into the library's error, naming the file."""
    try:
        yield
    except (OSError, ValueError) as error:
        if isinstance(error, RandabergSomeError):
            raise
        reason = getattr(error, "strerror", None) or str(error)
        raise RandabergSomeError(
            f"cannot write {shown(target)}: {reason}",
            message=_CANNOT_WRITE.format(name=shown(target), reason=reason),
        ) from error


_LINE_HEIGHT: Final = 15  # points per line of the default font
_MOST_LINES: Final = 27  # Excel's rows stop at 409 points


def write_workbook(target: Target | io.BufferedIOBase, sheets: Sequence[Sheet]) -> None:
    """Write ``sheets`` as an ``.xlsx`` workbook to ``target`` (a path or a binary stream).

    Each sheet gets a bold header row that stays in view (frozen), filters on every column,
    the column widths the renderer chose, long text wrapped, and the ``styled`` column of
    each row coloured by its style (a severity or a status). Text is always text.

    Raises:
        RandabergSomeError: ``target`` is neither a path nor a binary stream, or the file
            cannot be written.
    """
    import xlsxwriter  # type: ignore[import-untyped]
    from xlsxwriter.exceptions import FileCreateError  # type: ignore[import-untyped]

    options = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}
    workbook: Any = xlsxwriter.Workbook(_target(target), options)
    try:
        head = workbook.add_format(
            {"bold": True, "bg_color": "#D9D9D9", "bottom": 2, "text_wrap": True, "valign": "top"}
        )
        plain = workbook.add_format({"text_wrap": True, "valign": "top"})
        when = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm", "valign": "top"})
        styled = {
            key: workbook.add_format(
                {"bg_color": bg, "font_color": fg, "bold": True, "valign": "top"}
            )
            for key, (bg, fg) in _COLOURS.items()
        }
        for sheet in sheets:
            page = workbook.add_worksheet(sheet.name[:_MOST_NAME])
            for column, (heading, width) in enumerate(
                zip(sheet.headings, sheet.widths, strict=True)
            ):
                page.set_column(column, column, width, plain)
                page.write_string(0, column, heading, head)
            text = page.write_string
            # Characters per line of each column: a row is as tall as its longest wrapped
            # text (a spreadsheet program does not grow a row that the file gives no height).
            room = [max(int(width) - 1, 1) for width in sheet.widths]
            for number, cells in enumerate(sheet.rows, start=1):
                style = sheet.styles[number - 1] if sheet.styles else None
                lines = 1
                for column, cell in enumerate(cells):
                    # A cell without a format of its own takes its column's (wrapped text).
                    colour = styled.get(style or "") if column == sheet.styled else None
                    if isinstance(cell, str):
                        text(number, column, cell, colour)
                        if len(cell) > room[column]:
                            lines = max(lines, -(-len(cell) // room[column]))
                    elif cell is not None:
                        _write(page, number, column, cell, colour, when)
                if lines > 1:
                    page.set_row(number, _LINE_HEIGHT * min(lines, _MOST_LINES))
            page.freeze_panes(1, 0)
            # Printed for a unit leader: landscape, every column on one page wide, the
            # header repeated on each page.
            page.set_landscape()
            page.fit_to_pages(1, 0)
            page.repeat_rows(0)
            page.autofilter(0, 0, max(len(sheet.rows), 1), len(sheet.headings) - 1)
    finally:
        with _writing(target):
            try:
                workbook.close()
            except FileCreateError as error:
                # xlsxwriter wraps the operating system's error; keep its plain reason.
                cause = error.args[0] if error.args else None
                raise cause if isinstance(cause, OSError) else OSError(str(error)) from error


def _write(page: Any, row: int, column: int, cell: object, style: Any, when: Any) -> None:
    if isinstance(cell, str):
        page.write_string(row, column, cell, style)
    elif cell is None:
        return  # an empty cell: nothing to write
    elif isinstance(cell, bool):
        page.write_boolean(row, column, cell, style)
    elif isinstance(cell, (int, float)):
        page.write_number(row, column, cell, style)
    elif isinstance(cell, datetime):
        local = cell.astimezone(_OSLO).replace(tzinfo=None) if cell.tzinfo else cell
        page.write_datetime(row, column, local, when)
    else:
        page.write_string(row, column, str(cell), style)  # never a formula


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    text = str(value)
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def write_bytes(target: Target, data: bytes) -> None:
    """Write ``data`` to the file ``target`` (an e-mail draft, say), replacing it.

    Raises:
        RandabergSomeError: ``target`` is not a file name, or the file cannot be written.
    """
    name = _path(target)
    with _writing(name), open(name, "wb") as file:
        file.write(data)


def write_csv(target: Target, records: Sequence[Mapping[str, object]]) -> None:
    """Write ``records`` as a CSV file for Excel: UTF-8 with BOM, ``;``, formulas as text.

    The header is the records' keys. A cell that starts with ``=``, ``+``, ``-``, ``@``
    (or a tab or carriage return) gets a leading ``'``.

    Raises:
        RandabergSomeError: the file cannot be written.
    """
    columns = list(records[0]) if records else []
    name = _path(target)
    with _writing(target), open(name, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(columns)
        writer.writerows([_csv_cell(record.get(key)) for key in columns] for record in records)


def write_report(report: object, target: Target, lang: Lang = "nb") -> None:
    """Write an audit or response report to ``target``, in the format its suffix names.

    ``.xlsx``: a workbook (:func:`write_workbook`); ``.csv``: the records for Excel
    (:func:`write_csv`); ``.json``: the JSON document; ``.html``: a whole HTML page.

    Raises:
        RandabergSomeError: the suffix is none of these, or the file cannot be written.
    """
    from .. import render

    name = _path(target)
    suffix = os.path.splitext(name)[1].lower()
    if suffix == ".xlsx":
        write_workbook(name, render.sheets(report, lang))
    elif suffix == ".csv":
        write_csv(name, render.records(report, lang))
    elif suffix in (".json", ".html"):
        text = render.to_json(report) if suffix == ".json" else render.page(report, lang)
        with _writing(name), open(name, "w", encoding="utf-8", newline="\n") as file:
            file.write(text if text.endswith("\n") else text + "\n")
    else:
        raise RandabergSomeError(
            f"cannot write {shown(name)}: the name must end in {', '.join(SUFFIXES)}"
        )
