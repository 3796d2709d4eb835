r"""Response logs: when each question, comment or post was received and assessed (G6.5).

:func:`load_responses` reads a log through the files layer's one opener (a path, ``"-"``
for standard input, or an open file, in any encoding the layer reads) and its one tolerant
CSV reader (``;``, ``,`` or tab; broken quoting costs one row; no limit on a cell's size).

Examples:
    >>> import io
    >>> from randaberg_some.files.responses import load_responses
    >>> log = load_responses(io.StringIO(
    ...     "received_at;assessed_at\n"
    ...     "2024-05-15T09:00+02:00;2024-05-15T11:00+02:00\n"
    ...     "2024-05-15T09:00;\n"
    ... ))
    >>> len(log.items), [(error.row, error.field) for error in log.errors]
    (1, [(3, 'received_at')])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from .._tables import Frame
from .._text import shown
from ..errors import InvalidFileError
from ..messages import Message
from ..responses import ResponseRecord
from ..rows import Loaded, Row
from ._records import Problems, Table, error_row, load_table, time_cell
from ._source import Source

__all__ = ["load_responses"]

_COLUMNS: Final = ("received_at", "assessed_at")
_MISSING: Final = Message(
    nb="Mottakstidspunktet mangler.",
    nn="Mottakstidspunktet manglar.",
    en="The time of receipt is missing.",
)
_BEFORE: Final = Message(
    nb="Vurdert ({assessed}) før mottatt ({received}).",
    nn="Vurdert ({assessed}) før motteke ({received}).",
    en="Assessed ({assessed}) before it was received ({received}).",
)


def _row(
    values: Mapping[str, object],
    row: int | str,
    line: int | None,
    cells: Sequence[object],
    local: bool,
) -> Row[ResponseRecord]:
    problems: Problems = []
    received = time_cell(values.get("received_at"), "received_at", problems, local=local)
    if received is None and not problems:
        problems.append(("received_at", _MISSING))
    assessed = time_cell(values.get("assessed_at"), "assessed_at", problems, local=local)
    if received is not None and assessed is not None and assessed < received:
        problems.append(
            (
                "assessed_at",
                _BEFORE.format(assessed=assessed.isoformat(), received=received.isoformat()),
            )
        )
    if problems or received is None:
        return error_row(row, line, problems, cells)
    record = ResponseRecord(received_at=received, assessed_at=assessed, row=row)
    return Row(row=row, line=line, value=record)


def _header(names: list[str] | None, where: str, line: int) -> dict[str, int]:
    """The indexes of ``received_at`` and ``assessed_at`` in the header."""
    columns = [] if names is None else [name.strip().lower() for name in names]
    for column in _COLUMNS:
        if columns.count(column) != 1:
            problem = "has no column" if column not in columns else "repeats the column"
            raise InvalidFileError(
                f"{where}: the header on line {line} {problem} {column!r} (got {shown(names)})",
                message=Message(
                    nb="Overskriftsraden i {where} skal ha kolonnene received_at og "
                    "assessed_at, én gang hver (fikk {got}).",
                    nn="Overskriftsrada i {where} skal ha kolonnane received_at og "
                    "assessed_at, éin gong kvar (fekk {got}).",
                    en="The header row of {where} must have the columns received_at and "
                    "assessed_at, once each (got {got}).",
                ).format(where=shown(where), got=shown(names)),
            )
    return {column: columns.index(column) for column in _COLUMNS}


def _empty(where: str) -> InvalidFileError:
    return InvalidFileError(
        f"{where}: the file is empty; expected a header with the columns received_at "
        f"and assessed_at",
        message=Message(
            nb="{where} er tom; den skal ha en overskriftsrad med kolonnene received_at "
            "og assessed_at.",
            nn="{where} er tom; ho skal ha ei overskriftsrad med kolonnane received_at "
            "og assessed_at.",
            en="{where} is empty; it must have a header row with the columns "
            "received_at and assessed_at.",
        ).format(where=shown(where)),
    )


def _field(key: str) -> str | None:
    name = key.strip().lower()
    return name if name in _COLUMNS else None


_TABLE: Final = Table(columns=_header, empty=_empty, field=_field, build=_row)


def load_responses(
    source: Source | Frame | Iterable[Mapping[Any, Any]], *, sheet: str | int | None = None
) -> Loaded[ResponseRecord]:
    r"""Load received and assessed times from a CSV or JSON file, a spreadsheet or a table.

    The file has a header (its first non-empty row) with the columns ``received_at`` and
    ``assessed_at`` (others are ignored), and one item per row: ISO 8601 times with a UTC
    offset (``Z`` allowed), and ``assessed_at`` empty while the item is not assessed. The
    delimiter may be ``;``, ``,`` or tab. In a spreadsheet (xlsx, xlsm, xls, ods) a cell
    may also hold a date-time typed as such: it is the local time of the person who typed
    it, read as Europe/Oslo time; a wall time that the clocks skip or pass twice is a row
    error that names both readings. Every data row becomes a
    :class:`~randaberg_some.ResponseRecord` or at least one
    :class:`~randaberg_some.rows.RowError` with the spreadsheet's row number (the header's
    row counts): a missing or unreadable time, a time without an offset, an assessment
    before receipt, a row with the wrong number of fields or broken quoting (which costs
    that row only). A pandas DataFrame's rows are named by its index, other mappings' by
    their position; their date-times must carry an offset.

    Args:
        source: A path, ``"-"`` for standard input, or an open file in text or binary
            mode (UTF-8, UTF-16 with a byte order mark, or Windows-1252, reported in
            ``notices``; a spreadsheet by its name's suffix or its first bytes). Or a
            pandas DataFrame, or an iterable of mappings.
        sheet: For a spreadsheet, the sheet's name or 0-based position (the first sheet by
            default).

    Returns:
        The rows, with ``items`` (the records), ``errors`` and ``notices``.

    Raises:
        InvalidFileError: the file cannot be read (missing, a folder, in no encoding the
            library reads, no workbook, no such sheet), is empty, or its header lacks a
            column.

    Examples:
        >>> import io
        >>> log = load_responses(io.BytesIO(
        ...     b"received_at,assessed_at\r\n2024-05-15T09:00+02:00,\r\n"))
        >>> [(record.row, record.assessed_at) for record in log.items], log.encoding
        ([(2, None)], 'utf-8')
        >>> log = load_responses([{"received_at": "2024-05-15T09:00+02:00"}])
        >>> [record.row for record in log.items], log.format
        ([1], 'mappings')
    """
    return load_table(source, sheet, _TABLE)
