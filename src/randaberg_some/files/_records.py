"""Tables of timed records read one way: CSV, spreadsheets, JSON, JSON Lines, DataFrames.

Response logs and comment exports are read alike: through the one opener and the one
tolerant CSV reader, a spreadsheet's first non-empty row as the header, a JSON list's items
by position, JSON Lines by line, a DataFrame's rows by its index, other mappings' by their
position. What differs is described by a :class:`Table`: how a header is matched to the
fields, and how one row's values become a record or its row errors.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, Final, Generic, TypeVar

import attrs

from .._tables import cell_text, is_blank, is_blank_row, is_frame, is_missing, table_items
from .._text import shown
from .._times import oslo_wall_time
from ..errors import InvalidFileError, InvalidTimeError, NaiveDatetimeError, RandabergSomeError
from ..messages import Message
from ..responses import parse_time
from ..rows import Loaded, Row, RowError
from . import _csv, _sheets
from ._source import open_source

__all__ = ["Problems", "Table", "error_row", "load_table", "time_cell"]

T = TypeVar("T")

# A row's problems while it is read: (field or None for the whole row, message).
Problems = list[tuple[str | None, Message]]

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


@attrs.frozen(kw_only=True)
class Table(Generic[T]):
    """How one kind of table is read.

    Attributes:
        columns: Match a header's names (``None`` when its quoting is broken) to the
            fields: ``{field: index}``; raise :class:`InvalidFileError` (named by the file
            and the header's row) when a required field is missing or repeated.
        empty: The error for a file with no header at all (given the file's name).
        field: The field a mapping's key names, or ``None`` for a key the table ignores.
        build: Make one row from its values by field (a missing field is ``None``), its
            row and line, its cells as written, and whether a typed date-time without an
            offset is a spreadsheet's local time.
        shows_cells: Whether a row error may name the row by its first cells; ``False``
            where a cell may hold personal data (a comment's text).
    """

    columns: Callable[[list[str] | None, str, int], Mapping[str, int]]
    empty: Callable[[str], InvalidFileError]
    field: Callable[[str], str | None]
    build: Callable[[Mapping[str, object], int | str, int | None, Sequence[object], bool], Row[T]]
    shows_cells: bool = True

    def cells(self, cells: Sequence[object]) -> Sequence[object]:
        """The cells that may name a broken row: all of them, or none."""
        return cells if self.shows_cells else ()


def time_cell(value: object, field: str, problems: Problems, *, local: bool) -> datetime | None:
    """Read one time: ISO text with an offset, or a typed date-time (``None`` when empty).

    A typed date-time without an offset is a spreadsheet's local time, read as Europe/Oslo
    time when ``local`` (a spreadsheet's cell); from a DataFrame or a mapping it must carry
    its offset, as a text must. A problem is added to ``problems``.
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


def error_row(
    row: int | str, line: int | None, problems: Problems, cells: Sequence[object]
) -> Row[Any]:
    """A row with one error per problem, naming the row by its first (up to 3) cells."""
    texts = (str(cell_text(cell)).strip() for cell in cells)
    first = tuple(text for text in texts if text)[:3]
    errors = tuple(
        RowError(row=row, line=line, field=field, message=message, cells=first)
        for field, message in problems
    )
    return Row(row=row, line=line, errors=errors)


def _csv_rows(lines: _csv.Lines, where: str, table: Table[T]) -> Iterator[Row[T]]:
    found = _csv.header(lines)
    if found is None:
        raise table.empty(where)
    header_row, delimiter, header = found
    columns = table.columns(header.fields, where, header.line)
    width = len(header.fields or ())
    for record in _csv.records(lines, delimiter, width, header_row):
        if record.fields is None:
            assert record.problem is not None
            cells = record.text.split(delimiter)
            yield error_row(record.row, record.line, [(None, record.problem)], table.cells(cells))
        elif len(record.fields) != width:
            problem = _csv.wrong_width(len(record.fields), width)
            yield error_row(record.row, record.line, [(None, problem)], table.cells(record.fields))
        else:
            fields = record.fields
            values = {field: fields[index] for field, index in columns.items()}
            yield table.build(values, record.row, record.line, fields, False)


def _sheet_rows(sheet: _sheets.Sheet, where: str, table: Table[T]) -> Iterator[Row[T]]:
    for number, cells in sheet.rows:
        names = [str(cell_text(cell)) for cell in cells]
        if any(name.strip() for name in names):
            header_row = number
            break
    else:
        raise table.empty(where)
    columns = table.columns(names, where, header_row)
    for number, cells in sheet.rows:
        if all(is_blank(cell) for cell in cells):
            continue  # a blank row keeps its number, as in CSV
        values = {
            field: cells[index] if index < len(cells) else "" for field, index in columns.items()
        }
        yield table.build(values, number, None, cells, True)


def _table_rows(items: Iterable[tuple[int | str, object]], table: Table[T]) -> Iterator[Row[T]]:
    for number, item in items:
        if not isinstance(item, Mapping):
            yield error_row(number, None, [(None, _NOT_OBJECT.format(got=shown(item)))], ())
            continue
        if is_blank_row(item):
            continue  # an empty row, as a spreadsheet read by pandas has them: as in CSV
        values: dict[str, object] = {}
        for key, value in item.items():
            field = table.field(str(key))
            if field is not None:
                values[field] = value
        yield table.build(values, number, None, list(item.values()), False)


def _no_sheet(sheet: object) -> InvalidFileError:
    return InvalidFileError(
        f"a sheet ({shown(sheet)}) can be chosen only in a spreadsheet",
        message=_NOT_A_SHEET.format(sheet=shown(sheet)),
    )


def load_table(source: object, sheet: str | int | None, table: Table[T]) -> Loaded[T]:
    """Read ``source`` (a path, ``"-"``, an open file, a DataFrame or mappings) as ``table``.

    Raises:
        InvalidFileError: the file cannot be read, is empty, or its header does not fit;
            a sheet is asked of something that is no spreadsheet.
    """
    if is_frame(source) or _is_table(source):
        frame = is_frame(source)
        if sheet is not None:
            raise _no_sheet(sheet)
        items = table_items(source) if frame else enumerate(source, start=1)  # type: ignore[arg-type]
        return Loaded(
            rows=tuple(_table_rows(items, table)),
            source="<DataFrame>" if frame else "<mappings>",
            format="dataframe" if frame else "mappings",
        )
    opened = open_source(source)
    try:
        head = opened.head(_sheets.HEAD)
        kind = _sheets.kind_of(opened.name) or (None if head is None else _sheets.sniff(head))
        if kind is not None:
            read = _sheets.read_sheet(opened, sheet)
            rows = tuple(_sheet_rows(read, opened.name, table))
        elif sheet is not None:
            raise _no_sheet(sheet)
        else:
            lines = _csv.Lines(opened.lines())
            kind = _json_kind(lines, opened.name)
            if kind == "json":
                rows = tuple(_json_rows(lines.rest(), opened.name, table))
            elif kind == "jsonl":
                rows = tuple(_jsonl_rows(lines, table))
            else:
                rows = tuple(_csv_rows(lines, opened.name, table))
    finally:
        opened.close()
    return Loaded(
        rows=rows,
        source=opened.name,
        format=kind or "csv",
        encoding=opened.encoding,
        notices=tuple(opened.notices),
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


def _json_rows(text: str, name: str, table: Table[T]) -> Iterator[Row[T]]:
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
    return _table_rows(enumerate(document, start=1), table)


def _jsonl_rows(lines: _csv.Lines, table: Table[T]) -> Iterator[Row[T]]:
    """The objects of JSON Lines, each named by its line."""
    import json

    while (text := lines.take()) is not None:
        if not text.strip():
            continue
        try:
            item = json.loads(text)
        except (ValueError, RecursionError) as error:
            reason = getattr(error, "msg", None) or repr(error)
            problem: Problems = [(None, _BAD_LINE.format(reason=reason))]
            yield error_row(lines.number, lines.number, problem, ())
            continue
        yield from _table_rows([(lines.number, item)], table)


def _is_table(source: object) -> bool:
    return (
        not isinstance(source, (str, bytes, os.PathLike, Mapping))
        and not callable(getattr(source, "read", None))
        and isinstance(source, Iterable)
    )
