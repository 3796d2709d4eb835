"""Account inventories: read them from CSV, JSON, JSON Lines, spreadsheets or DataFrames.

Kommunikasjonsavdelingen keeps a spreadsheet of every account the kommune and its units run.
:func:`load_accounts` reads it into :class:`~randaberg_some.Account` values and reports every
row it cannot read, with its row number, its field, and its platform and handle;
:func:`iter_accounts` does the same row by row, in constant memory, for files too large to
hold. Both read through the files layer's one opener (a path, ``"-"`` for standard input,
or an open file, in any encoding of :mod:`randaberg_some.files`) and its one CSV reader.

The inventory page of the documentation defines the columns, what counts as a row, and how
broken rows are recovered from.

Examples:
    >>> import io
    >>> from randaberg_some.files.inventory import load_accounts
    >>> text = '''platform;handle;name;unit;administrators
    ... facebook;@randabergkommune;Randaberg kommune;;Kari Nordmann
    ... instagram;@randabergkommune_bassenget;Randabergkommune Bassenget;Bassenget;Ola
    ... tiktok;"@randabergkommune_bassenget;Randabergkommune Bassenget;Bassenget;Ola
    ... '''
    >>> loaded = load_accounts(io.StringIO(text))
    >>> [account.handle for account in loaded.items]
    ['@randabergkommune', '@randabergkommune_bassenget']
    >>> [(error.row, error.platform, error.text("en")[:45]) for error in loaded.errors]
    [(4, 'tiktok', 'The row opens a quoted field that is never cl')]
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from types import TracebackType
from typing import IO, Any, Final, Literal

from .._inventory import (
    build,
    mapping_row,
    whole_row,
)
from .._tables import Frame, is_blank_row, is_frame, table_items
from .._text import shown
from ..accounts import Account
from ..errors import InventoryError
from ..messages import Message
from ..rows import Loaded, Notice, Row
from . import _csv, _sheets
from ._columns import columns_of, sheet_rows
from ._source import Opened, Source, open_source, shown_path

__all__ = ["Format", "Inventory", "InventoryReader", "iter_accounts", "load_accounts"]

Format = Literal["csv", "json", "jsonl", "xlsx", "xlsm", "xlsb", "xls", "ods"]
"""An inventory's file format: ``"csv"``, ``"json"`` (a list of objects), ``"jsonl"``, or a
spreadsheet (``"xlsx"``, ``"xlsm"``, ``"xlsb"``, ``"xls"``, ``"ods"``: all read alike)."""

Inventory = Source | Frame | Iterable[Mapping[Any, Any]]
"""What :func:`load_accounts` reads: a file (see ``Source``), a pandas DataFrame, or mappings."""

_FORMATS: Final = ("csv", "json", "jsonl", *_sheets.SUFFIXES.values())

_SUFFIXES: Final[Mapping[str, str]] = {
    **_sheets.SUFFIXES,
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_NOT_JSON: Final = Message(
    nb="Linjen er ikke gyldig JSON: {reason}.",
    nn="Linja er ikkje gyldig JSON: {reason}.",
    en="The line is not valid JSON: {reason}.",
)


def _fail(where: str, text: str, message: Message) -> InventoryError:
    return InventoryError(f"{where}: {text}", message=message)


def _csv_rows(lines: _csv.Lines, where: str) -> tuple[Iterator[Row[Account]], tuple[str, ...]]:
    """Read the header; return the data rows (lazily) and the unknown columns."""
    found = _csv.header(lines)
    if found is None:
        raise _fail(
            where,
            "no header: the file is empty",
            Message(
                nb="{where} er tom: den har ikke engang en overskriftsrad.",
                nn="{where} er tom: ho har ikkje ein gong ei overskriftsrad.",
                en="{where} is empty: it has not even a header row.",
            ).format(where=shown_path(where)),
        )
    header_row, delimiter, record = found
    names = record.fields
    if names is None:
        raise _fail(
            where,
            f"the header on line {record.line} has broken quoting",
            Message(
                nb="Overskriftsraden (linje {line}) i {where} har et anførselstegn som ikke "
                "lukkes.",
                nn="Overskriftsrada (linje {line}) i {where} har eit hermeteikn som ikkje blir "
                "lukka.",
                en="The header row (line {line}) of {where} has a quote that is not closed.",
            ).format(line=record.line, where=shown_path(where)),
        )
    columns, unknown = columns_of(names, where, record.text)
    written = {column: names[index].strip() for column, index in columns.items()}
    rows = _csv_data(lines, delimiter, len(names), tuple(columns.items()), written, header_row)
    return rows, tuple(unknown)


def _csv_data(
    lines: _csv.Lines,
    delimiter: str,
    width: int,
    columns: tuple[tuple[str, int], ...],
    names: Mapping[str, str],
    header_row: int,
) -> Iterator[Row[Account]]:
    platform_at = dict(columns)["platform"]
    handle_at = dict(columns)["handle"]
    for record in _csv.records(lines, delimiter, width, header_row):
        fields = record.fields
        if fields is None:
            parts = record.text.split(delimiter)
            yield _broken(record.row, record.line, record.problem, parts, platform_at, handle_at)
        elif len(fields) != width:
            problem = _csv.wrong_width(len(fields), width)
            yield _broken(record.row, record.line, problem, fields, platform_at, handle_at)
        else:
            values = {column: fields[index] for column, index in columns}
            yield build(values, record.row, record.line, names, fields)


def _broken(
    row: int,
    line: int,
    problem: Message | None,
    cells: list[str],
    platform_at: int,
    handle_at: int,
) -> Row[Account]:
    """A row that is broken as a whole, named by what its cells seem to say."""
    assert problem is not None
    shown = [cell.strip().strip('"').strip() for cell in cells]
    return whole_row(
        row,
        line,
        [(None, problem)],
        platform=shown[platform_at] if platform_at < len(shown) else None,
        handle=shown[handle_at] if handle_at < len(shown) else None,
        cells=tuple(cell for cell in shown if cell)[:3],
    )


def _jsonl_rows(lines: _csv.Lines, first: str, unknown: dict[str, None]) -> Iterator[Row[Account]]:
    text: str | None = first
    while text is not None:
        if text.strip():
            line = lines.number
            try:
                item = json.loads(text)
            except (ValueError, RecursionError) as error:
                reason = error.msg if isinstance(error, json.JSONDecodeError) else repr(error)
                problem = _NOT_JSON.format(reason=reason)
                yield whole_row(line, line, [(None, problem)], cells=(text.strip()[:40],))
            else:
                yield mapping_row(item, line, line, unknown)
        text = lines.take()


def _format_of(where: str, format: object) -> str | None:
    if format is not None:
        if format not in _FORMATS:
            raise InventoryError(
                f"'format' must be one of {', '.join(_FORMATS)} (got {shown(format)})",
                message=Message(
                    nb="Formatet må være et av {formats} (fikk {got}).",
                    nn="Formatet må vere eitt av {formats} (fekk {got}).",
                    en="The format must be one of {formats} (got {got}).",
                ).format(formats=", ".join(_FORMATS), got=shown(format)),
            )
        return str(format)
    return _SUFFIXES.get(os.path.splitext(where)[1].lower())


def _is_mappings(source: object) -> bool:
    """Whether ``source`` is an iterable of mappings rather than a file."""
    return (
        not isinstance(source, (str, bytes, os.PathLike, Mapping))
        and not callable(getattr(source, "read", None))
        and isinstance(source, Iterable)
    )


_NOT_A_SHEET: Final = Message(
    nb="Et ark ({sheet}) kan bare velges i et regneark (xlsx, xlsm, xls, ods); {where} "
    "leses som {format}.",
    nn="Eit ark ({sheet}) kan berre veljast i eit rekneark (xlsx, xlsm, xls, ods); {where} "
    "blir lesen som {format}.",
    en="A sheet ({sheet}) can be chosen only in a spreadsheet (xlsx, xlsm, xls, ods); "
    "{where} is read as {format}.",
)


class InventoryReader:
    """The data rows of an inventory, read one at a time: see :func:`iter_accounts`.

    Iterate it for :class:`~randaberg_some.rows.Row` values. Use it in a ``with`` block (or
    read it to the end) so that a file it opened is closed; a caller's file is left open.

    Attributes:
        source: The file's name, ``"-"`` for standard input, or ``"<stream>"``.
        format: The format the file is read as.
    """

    def __init__(
        self, source: Inventory, *, format: Format | None = None, sheet: str | int | None = None
    ) -> None:
        self._unknown: dict[str, None] = {}
        self._encoding: str | None = None
        self._notices: tuple[Notice, ...] = ()
        self._opened: Opened | None = None
        self._stream: IO[str] | IO[bytes] | None = None
        if is_frame(source) or _is_mappings(source):
            frame = is_frame(source)
            self.source = "<DataFrame>" if frame else "<mappings>"
            self.format: str = "dataframe" if frame else "mappings"
            self._check_sheet(sheet)
            self._rows = self._table(source, frame=frame)
            return
        self._opened = open_source(source, error=InventoryError)
        self._stream = self._opened.file
        self.source = self._opened.name
        try:
            chosen = _format_of(self.source, format)
            if format is None and chosen in (None, "csv"):
                # No text file begins with a workbook's signature, whatever its name says.
                head = self._opened.head(_sheets.HEAD)
                chosen = (None if head is None else _sheets.sniff(head)) or chosen
            self.format, self._rows = self._start(self._opened, chosen, sheet)
        except BaseException:
            self.close()
            raise

    def _check_sheet(self, sheet: object) -> None:
        if sheet is not None:
            raise _fail(
                self.source,
                f"a sheet ({shown(sheet)}) can be chosen only in a spreadsheet",
                _NOT_A_SHEET.format(
                    sheet=shown(sheet), where=shown_path(self.source), format=self.format
                ),
            )

    def _table(self, source: object, *, frame: bool) -> Iterator[Row[Account]]:
        items: Iterable[tuple[int | str, object]] = (
            table_items(source) if frame else enumerate(source, start=1)  # type: ignore[arg-type]
        )
        for number, item in items:
            if is_blank_row(item):
                continue  # an empty row, as a spreadsheet read by pandas has them: as in CSV
            yield mapping_row(item, number, None, self._unknown, typed=True)

    def _start(
        self, opened: Opened, chosen: str | None, sheet: str | int | None
    ) -> tuple[str, Iterator[Row[Account]]]:
        if chosen in _sheets.SUFFIXES.values():
            read = _sheets.read_sheet(opened, sheet)
            self.close()  # the bytes are read: done with the file
            rows, unknown = sheet_rows(read, self.source)
            self._unknown.update(dict.fromkeys(unknown))
            return str(chosen), rows
        self.format = chosen or "csv"
        self._check_sheet(sheet)
        lines = _csv.Lines(opened.lines())
        if chosen is None:
            index = 0
            while (ahead := lines.peek(index)) is not None and not ahead.strip():
                index += 1
            start = "" if ahead is None else ahead.lstrip()[:1]
            chosen = "json" if start == "[" else "jsonl" if start == "{" else "csv"
        if chosen == "csv":
            rows, unknown = _csv_rows(lines, self.source)
            self._unknown.update(dict.fromkeys(unknown))
            return chosen, rows
        first = lines.take()
        while first is not None and not first.strip():
            first = lines.take()
        if chosen == "json":
            return chosen, self._json(lines, first or "", max(lines.number, 1))
        assert chosen == "jsonl"
        return chosen, iter(()) if first is None else _jsonl_rows(lines, first, self._unknown)

    def _json(self, lines: _csv.Lines, first: str, line: int) -> Iterator[Row[Account]]:
        text = first + lines.rest()
        try:
            document = json.loads(text)
        except (ValueError, RecursionError) as error:
            raise self._bad_json(error, line - 1) from error
        if not isinstance(document, list):
            raise _fail(
                self.source,
                f"a JSON inventory must be a list of objects (got {type(document).__name__})",
                Message(
                    nb="{where} må være en JSON-liste med ett objekt per konto.",
                    nn="{where} må vere ei JSON-liste med eitt objekt per konto.",
                    en="{where} must be a JSON list with one object per account.",
                ).format(where=shown(self.source)),
            )
        rows = [
            mapping_row(item, number, None, self._unknown)
            for number, item in enumerate(document, start=1)
        ]
        return iter(rows)

    def _bad_json(self, error: ValueError | RecursionError, skipped: int) -> InventoryError:
        if isinstance(error, json.JSONDecodeError):
            line, column, reason = error.lineno + skipped, error.colno, error.msg
        else:
            line, column, reason = skipped + 1, 1, repr(error)
        return _fail(
            self.source,
            f"bad JSON at line {line}, column {column}: {reason}",
            Message(
                nb="{where} er ikke gyldig JSON: linje {line}, kolonne {column}: {reason}.",
                nn="{where} er ikkje gyldig JSON: linje {line}, kolonne {column}: {reason}.",
                en="{where} is not valid JSON: line {line}, column {column}: {reason}.",
            ).format(where=shown(self.source), line=line, column=column, reason=reason),
        )

    @property
    def unknown_columns(self) -> tuple[str, ...]:
        """Columns or keys that are not inventory columns, each once, in the order seen.

        For CSV and JSON they are known from the start; for JSON Lines they grow as rows
        are read.
        """
        return tuple(self._unknown)

    @property
    def encoding(self) -> str | None:
        """The encoding the file is read in (it may change to ``"cp1252"`` while reading)."""
        return self._encoding if self._opened is None else self._opened.encoding

    @property
    def notices(self) -> tuple[Notice, ...]:
        """What the reader should know about the file so far (an assumed encoding)."""
        return tuple(self._notices if self._opened is None else self._opened.notices)

    @property
    def closed(self) -> bool:
        """Whether the reader is done with its file (read to the end, or closed)."""
        return self._opened is None

    def __iter__(self) -> InventoryReader:
        return self

    def __next__(self) -> Row[Account]:
        try:
            return next(self._rows)
        except BaseException:  # the end, an error or an interrupt: done with the file
            self.close()
            raise

    def close(self) -> None:
        """Close the file when this reader opened it; a caller's file is left open."""
        opened = self._opened
        if opened is None:
            return
        self._encoding, self._notices = opened.encoding, tuple(opened.notices)
        self._opened = None
        opened.close()

    def __enter__(self) -> InventoryReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def iter_accounts(
    source: Inventory, *, format: Format | None = None, sheet: str | int | None = None
) -> InventoryReader:
    r"""Read an inventory row by row, in constant memory for CSV and JSON Lines.

    Opening the file and reading its header happen at once, so a file that cannot be read
    at all fails here; each row is then read when it is asked for. A JSON document (a
    list) and a spreadsheet are read whole; CSV and JSON Lines are decoded and read a
    block at a time.

    Args:
        source: What :func:`load_accounts` reads.
        format: As for :func:`load_accounts`.
        sheet: As for :func:`load_accounts`.

    Returns:
        A reader: iterate it for :class:`~randaberg_some.rows.Row` values; use it in a
        ``with`` block.

    Raises:
        InventoryError: the file cannot be read at all (see :func:`load_accounts`).

    Examples:
        >>> import io
        >>> text = "plattform,brukernavn,navn\nfacebook,@randabergkommune,Randaberg kommune\n"
        >>> with iter_accounts(io.StringIO(text)) as rows:
        ...     [(row.row, row.value.handle) for row in rows if row.value]
        [(2, '@randabergkommune')]
    """
    return InventoryReader(source, format=format, sheet=sheet)


def load_accounts(
    source: Inventory, *, format: Format | None = None, sheet: str | int | None = None
) -> Loaded[Account]:
    """Load an account inventory: a CSV, JSON, JSON Lines or spreadsheet file, or a table.

    Every data row becomes an account or is reported as a
    :class:`~randaberg_some.rows.RowError` with its row number (the spreadsheet's row, the
    header being the first non-empty row; a JSON item's position; a JSON Lines line; a
    DataFrame's index label; a mapping's position), its field, and its platform and handle;
    a bad row never stops the others from loading. The inventory page documents the
    columns, what counts as a row and how broken rows are recovered from.

    Args:
        source: A path, ``"-"`` for standard input, or an open file (text or binary mode;
            a spreadsheet in binary mode); bytes may be UTF-8 (with or without a byte order
            mark), UTF-16 with a byte order mark, or Windows-1252 (reported in
            ``notices``). Or a pandas DataFrame, or any iterable of mappings (such as
            ``df.to_dict("records")``), with the inventory's column names.
        format: ``"csv"``, ``"json"``, ``"jsonl"``, or a spreadsheet format (``"xlsx"``,
            ``"xlsm"``, ``"xlsb"``, ``"xls"``, ``"ods"``); by default from the file name's
            suffix, else from the first bytes (a spreadsheet's signature) or the first
            character that is not blank.
        sheet: For a spreadsheet, the sheet's name or 0-based position (the first sheet by
            default).

    Returns:
        The rows, with ``items`` (the accounts), ``errors``, ``notices``, ``encoding`` and
        the ``unknown_columns`` that were ignored.

    Raises:
        InventoryError: the file cannot be read at all: it is missing, in no encoding the
            library reads, has no header or lacks the columns ``platform``, ``handle`` and
            ``name`` (CSV, spreadsheets), is not valid JSON or not a list (JSON), is no
            workbook or has no such sheet (spreadsheets).

    Examples:
        >>> import io
        >>> loaded = load_accounts(io.StringIO(
        ...     '[{"platform": "facebook", "handle": "@randabergkommune", "name": 5}]'))
        >>> loaded.items, [(e.row, e.field, e.handle, e.text("en")) for e in loaded.errors]
        ((), [(1, 'name', '@randabergkommune', "'name' must be text (got 5).")])
        >>> rows = [{"plattform": "facebook", "brukernavn": "@randabergkommune",
        ...          "navn": "Randaberg kommune", "egen_visuell_profil": False}]
        >>> load_accounts(rows).items[0].handle
        '@randabergkommune'
    """
    with InventoryReader(source, format=format, sheet=sheet) as reader:
        rows = tuple(reader)
    return Loaded(
        rows=rows,
        source=reader.source,
        format=reader.format,
        encoding=reader.encoding,
        unknown_columns=reader.unknown_columns,
        notices=reader.notices,
    )
