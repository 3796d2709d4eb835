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

from collections.abc import Iterator
from datetime import datetime
from typing import Final

from .._text import shown
from ..errors import InvalidFileError, NaiveDatetimeError, RandabergSomeError
from ..messages import Message
from ..responses import ResponseRecord, parse_time
from ..rows import Loaded, Row, RowError
from . import _csv
from ._source import Source, open_source

__all__ = ["load_responses"]

_COLUMNS: Final = ("received_at", "assessed_at")
_MISSING: Final = Message(
    nb="Mottakstidspunktet mangler.",
    nn="Mottakstidspunktet manglar.",
    en="The time of receipt is missing.",
)
_NAIVE: Final = Message(
    nb="Tidspunktet mangler UTC-forskyvning, f.eks. +02:00 eller Z (fikk {got}).",
    nn="Tidspunktet manglar UTC-forskyving, t.d. +02:00 eller Z (fekk {got}).",
    en="The time has no UTC offset, such as +02:00 or Z (got {got}).",
)
_NOT_ISO: Final = Message(
    nb="Tidspunktet er ikke ISO 8601 som 2024-05-16T16:00+02:00 (fikk {got}).",
    nn="Tidspunktet er ikkje ISO 8601 som 2024-05-16T16:00+02:00 (fekk {got}).",
    en="The time is not ISO 8601 such as 2024-05-16T16:00+02:00 (got {got}).",
)
_BEFORE: Final = Message(
    nb="Vurdert ({assessed}) før mottatt ({received}).",
    nn="Vurdert ({assessed}) før motteke ({received}).",
    en="Assessed ({assessed}) before it was received ({received}).",
)


def _time(text: str, field: str, problems: list[tuple[str | None, Message]]) -> datetime | None:
    try:
        return parse_time(text)
    except NaiveDatetimeError:
        problems.append((field, _NAIVE.format(got=shown(text))))
    except RandabergSomeError:
        problems.append((field, _NOT_ISO.format(got=shown(text))))
    return None


def _row(
    fields: list[str], row: int, line: int, received_at: int, assessed_at: int
) -> Row[ResponseRecord]:
    received_text, assessed_text = fields[received_at], fields[assessed_at]
    problems: list[tuple[str | None, Message]] = []
    received = None
    if not received_text.strip():
        problems.append(("received_at", _MISSING))
    else:
        received = _time(received_text, "received_at", problems)
    assessed = _time(assessed_text, "assessed_at", problems) if assessed_text.strip() else None
    if received is not None and assessed is not None and assessed < received:
        problems.append(
            (
                "assessed_at",
                _BEFORE.format(assessed=assessed.isoformat(), received=received.isoformat()),
            )
        )
    if problems or received is None:
        return _errors(row, line, problems, fields)
    record = ResponseRecord(received_at=received, assessed_at=assessed, row=row)
    return Row(row=row, line=line, value=record)


def _errors(
    row: int, line: int, problems: list[tuple[str | None, Message]], cells: list[str]
) -> Row[ResponseRecord]:
    shown = tuple(cell.strip() for cell in cells if cell.strip())[:3]
    errors = tuple(
        RowError(row=row, line=line, field=field, message=message, cells=shown)
        for field, message in problems
    )
    return Row(row=row, line=line, errors=errors)


def _header(names: list[str] | None, where: str, line: int) -> tuple[int, int]:
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
    return columns.index("received_at"), columns.index("assessed_at")


def _rows(lines: _csv.Lines, where: str) -> Iterator[Row[ResponseRecord]]:
    found = _csv.header(lines)
    if found is None:
        raise InvalidFileError(
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
    header_row, delimiter, header = found
    received_at, assessed_at = _header(header.fields, where, header.line)
    width = len(header.fields or ())
    for record in _csv.records(lines, delimiter, width, header_row):
        if record.fields is None:
            assert record.problem is not None
            cells = record.text.split(delimiter)
            yield _errors(record.row, record.line, [(None, record.problem)], cells)
        elif len(record.fields) != width:
            problem = _csv.wrong_width(len(record.fields), width)
            yield _errors(record.row, record.line, [(None, problem)], record.fields)
        else:
            yield _row(record.fields, record.row, record.line, received_at, assessed_at)


def load_responses(source: Source) -> Loaded[ResponseRecord]:
    r"""Load received and assessed times from a CSV file.

    The file has a header with the columns ``received_at`` and ``assessed_at`` (others are
    ignored), and one item per row: ISO 8601 times with a UTC offset (``Z`` allowed), and
    ``assessed_at`` empty while the item is not assessed. The delimiter may be ``;``, ``,``
    or tab. Every data row becomes a :class:`~randaberg_some.ResponseRecord` or at least
    one :class:`~randaberg_some.rows.RowError` with the spreadsheet's row number (the
    header is row 1): a missing or unreadable time, a time without an offset, an assessment
    before receipt, a row with the wrong number of fields or broken quoting (which costs
    that row only).

    Args:
        source: A path, ``"-"`` for standard input, or an open file in text or binary
            mode (UTF-8, UTF-16 with a byte order mark, or Windows-1252, reported in
            ``notices``).

    Returns:
        The rows, with ``items`` (the records), ``errors`` and ``notices``.

    Raises:
        InvalidFileError: the file cannot be read (missing, a folder, in no encoding the
            library reads), is empty, or its header lacks a column.

    Examples:
        >>> import io
        >>> log = load_responses(io.BytesIO(
        ...     b"received_at,assessed_at\r\n2024-05-15T09:00+02:00,\r\n"))
        >>> [(record.row, record.assessed_at) for record in log.items], log.encoding
        ([(2, None)], 'utf-8')
    """
    opened = open_source(source)
    try:
        rows = tuple(_rows(_csv.Lines(opened.lines()), opened.name))
    finally:
        opened.close()
    return Loaded(
        rows=rows,
        source=opened.name,
        format="csv",
        encoding=opened.encoding,
        notices=tuple(opened.notices),
    )
