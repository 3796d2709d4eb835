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

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, Final

from .._tables import Frame, cell_text, is_blank, is_blank_row, is_frame, is_missing, table_items
from .._text import shown
from .._times import oslo_wall_time
from ..errors import InvalidFileError, InvalidTimeError, NaiveDatetimeError, RandabergSomeError
from ..messages import Message
from ..responses import ResponseRecord, parse_time
from ..rows import Loaded, Row, RowError
from . import _csv, _sheets
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
_NOT_OBJECT: Final = Message(
    nb="Raden er ikke et objekt (fikk {got}).",
    nn="Rada er ikkje eit objekt (fekk {got}).",
    en="The row is not an object (got {got}).",
)
_NOT_A_SHEET: Final = Message(
    nb="Et ark ({sheet}) kan bare velges i et regneark (xlsx, xlsm, xls, ods).",
    nn="Eit ark ({sheet}) kan berre veljast i eit rekneark (xlsx, xlsm, xls, ods).",
    en="A sheet ({sheet}) can be chosen only in a spreadsheet (xlsx, xlsm, xls, ods).",
)
_BEFORE: Final = Message(
    nb="Vurdert ({assessed}) før mottatt ({received}).",
    nn="Vurdert ({assessed}) før motteke ({received}).",
    en="Assessed ({assessed}) before it was received ({received}).",
)


def _time(
    value: object, field: str, problems: list[tuple[str | None, Message]], *, local: bool
) -> datetime | None:
    """Read one time: ISO text with an offset, or a typed date-time (``None`` when empty).

    A typed date-time without an offset is a spreadsheet's local time, read as Europe/Oslo
    time when ``local`` (a spreadsheet's cell); from a DataFrame or a mapping it must carry
    its offset, as a text must.
    """
    if is_missing(value) or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        moment: datetime = getattr(value, "to_pydatetime", lambda: value)()
        if moment.tzinfo is not None and moment.utcoffset() is not None:
            return moment
        if not local:
            problems.append((field, _NAIVE.format(got=shown(str(cell_text(value))))))
            return None
        try:
            return oslo_wall_time(moment)
        except InvalidTimeError as error:
            problems.append((field, error.message or _NOT_ISO.format(got=shown(str(value)))))
            return None
    text = cell_text(value)
    try:
        return parse_time(text)  # type: ignore[arg-type]
    except NaiveDatetimeError:
        problems.append((field, _NAIVE.format(got=shown(text))))
    except RandabergSomeError:
        problems.append((field, _NOT_ISO.format(got=shown(text))))
    return None


def _row(
    received_value: object,
    assessed_value: object,
    row: int | str,
    line: int | None,
    cells: Sequence[object],
    *,
    local: bool = False,
) -> Row[ResponseRecord]:
    problems: list[tuple[str | None, Message]] = []
    received = _time(received_value, "received_at", problems, local=local)
    if received is None and not problems:
        problems.append(("received_at", _MISSING))
    assessed = _time(assessed_value, "assessed_at", problems, local=local)
    if received is not None and assessed is not None and assessed < received:
        problems.append(
            (
                "assessed_at",
                _BEFORE.format(assessed=assessed.isoformat(), received=received.isoformat()),
            )
        )
    if problems or received is None:
        return _errors(row, line, problems, cells)
    record = ResponseRecord(received_at=received, assessed_at=assessed, row=row)
    return Row(row=row, line=line, value=record)


def _errors(
    row: int | str,
    line: int | None,
    problems: list[tuple[str | None, Message]],
    cells: Sequence[object],
) -> Row[ResponseRecord]:
    texts = (str(cell_text(cell)).strip() for cell in cells)
    shown = tuple(text for text in texts if text)[:3]
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


def _rows(lines: _csv.Lines, where: str) -> Iterator[Row[ResponseRecord]]:
    found = _csv.header(lines)
    if found is None:
        raise _empty(where)
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
            fields = record.fields
            received, assessed = fields[received_at], fields[assessed_at]
            yield _row(received, assessed, record.row, record.line, fields)


def _sheet_rows(sheet: _sheets.Sheet, where: str) -> Iterator[Row[ResponseRecord]]:
    for number, cells in sheet.rows:
        names = [str(cell_text(cell)) for cell in cells]
        if any(name.strip() for name in names):
            header_row = number
            break
    else:
        raise _empty(where)
    received_at, assessed_at = _header(names, where, header_row)
    for number, cells in sheet.rows:
        if all(is_blank(cell) for cell in cells):
            continue  # a blank row keeps its number, as in CSV
        yield _row(cells[received_at], cells[assessed_at], number, None, cells, local=True)


def _table_rows(items: Iterable[tuple[int | str, object]]) -> Iterator[Row[ResponseRecord]]:
    for number, item in items:
        if not isinstance(item, Mapping):
            yield _errors(number, None, [(None, _NOT_OBJECT.format(got=shown(item)))], ())
            continue
        if is_blank_row(item):
            continue  # an empty row, as a spreadsheet read by pandas has them: as in CSV
        values = {str(key).strip().lower(): value for key, value in item.items()}
        received, assessed = values.get("received_at"), values.get("assessed_at")
        yield _row(received, assessed, number, None, list(item.values()))


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
    if is_frame(source) or _is_table(source):
        frame = is_frame(source)
        if sheet is not None:
            raise InvalidFileError(
                f"a sheet ({shown(sheet)}) can be chosen only in a spreadsheet",
                message=_NOT_A_SHEET.format(sheet=shown(sheet)),
            )
        items = table_items(source) if frame else enumerate(source, start=1)  # type: ignore[arg-type]
        return Loaded(
            rows=tuple(_table_rows(items)),
            source="<DataFrame>" if frame else "<mappings>",
            format="dataframe" if frame else "mappings",
        )
    opened = open_source(source)
    try:
        head = opened.head(_sheets.HEAD)
        kind = _sheets.kind_of(opened.name) or (None if head is None else _sheets.sniff(head))
        if kind is not None:
            read = _sheets.read_sheet(opened, sheet)
            rows = tuple(_sheet_rows(read, opened.name))
        elif sheet is not None:
            raise InvalidFileError(
                f"a sheet ({shown(sheet)}) can be chosen only in a spreadsheet",
                message=_NOT_A_SHEET.format(sheet=shown(sheet)),
            )
        else:
            lines = _csv.Lines(opened.lines())
            kind = _json_kind(lines, opened.name)
            if kind == "json":
                rows = tuple(_json_rows(lines.rest(), opened.name))
            elif kind == "jsonl":
                rows = tuple(_jsonl_rows(lines))
            else:
                rows = tuple(_rows(lines, opened.name))
    finally:
        opened.close()
    return Loaded(
        rows=rows,
        source=opened.name,
        format=kind or "csv",
        encoding=opened.encoding,
        notices=tuple(opened.notices),
    )


_JSON_SUFFIXES: Final = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_BAD_JSON: Final = Message(
    nb="{where} er ikke gyldig JSON: {reason}",
    nn="{where} er ikkje gyldig JSON: {reason}",
    en="{where} is not valid JSON: {reason}",
)
_NOT_A_LIST: Final = Message(
    nb="{where}: en JSON-logg må være en liste av objekter",
    nn="{where}: ein JSON-logg må vere ei liste av objekt",
    en="{where}: a JSON log must be a list of objects",
)
_BAD_LINE: Final = Message(
    nb="Linja er ikke gyldig JSON: {reason}.",
    nn="Linja er ikkje gyldig JSON: {reason}.",
    en="The line is not valid JSON: {reason}.",
)


def _json_kind(lines: _csv.Lines, name: str) -> str | None:
    """``"json"`` or ``"jsonl"`` by the suffix, else by the first character that is not blank."""
    by_suffix = _JSON_SUFFIXES.get(os.path.splitext(name)[1].lower())
    if by_suffix is not None:
        return by_suffix
    index, line = 0, lines.peek(0)
    while line is not None and not line.strip():
        index += 1
        line = lines.peek(index)
    start = "" if line is None else line.lstrip()[:1]
    return "json" if start == "[" else "jsonl" if start == "{" else None


def _json_rows(text: str, name: str) -> Iterator[Row[ResponseRecord]]:
    """The items of a JSON list, each named by its position (from 1)."""
    import json

    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as error:
        reason = getattr(error, "msg", None) or repr(error)
        message = _BAD_JSON.format(where=shown(name), reason=reason)
        raise InvalidFileError(message.en, message=message) from error
    if not isinstance(document, list):
        message = _NOT_A_LIST.format(where=shown(name))
        raise InvalidFileError(message.en, message=message)
    return _table_rows(enumerate(document, start=1))


def _jsonl_rows(lines: _csv.Lines) -> Iterator[Row[ResponseRecord]]:
    """The objects of JSON Lines, each named by its line."""
    import json

    while (text := lines.take()) is not None:
        if not text.strip():
            continue
        try:
            item = json.loads(text)
        except (ValueError, RecursionError) as error:
            reason = getattr(error, "msg", None) or repr(error)
            yield _errors(lines.number, lines.number, [(None, _BAD_LINE.format(reason=reason))], ())
            continue
        yield from _table_rows([(lines.number, item)])


def _is_table(source: object) -> bool:
    return (
        not isinstance(source, (str, bytes, os.PathLike, Mapping))
        and not callable(getattr(source, "read", None))
        and isinstance(source, Iterable)
    )
