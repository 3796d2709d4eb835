"""Account inventories: read them from CSV, JSON or JSON Lines, whole or row by row.

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
from collections.abc import Iterator, Mapping
from types import TracebackType
from typing import Final, Literal

from .._text import shown
from ..accounts import Account
from ..errors import InventoryError
from ..messages import Message
from ..rows import Loaded, Notice, Row
from . import _csv
from ._accounts import ALIASES, COLUMNS, REQUIRED_COLUMNS, build, column_key, whole_row
from ._source import Opened, Source, open_source, shown_path

__all__ = ["Format", "InventoryReader", "iter_accounts", "load_accounts"]

Format = Literal["csv", "json", "jsonl"]
"""An inventory's file format: ``"csv"``, ``"json"`` (a list of objects) or ``"jsonl"``."""

_SUFFIXES: Final[Mapping[str, Format]] = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_NOT_OBJECT: Final = Message(
    nb="Raden er ikke et objekt (fikk {got}).",
    nn="Rada er ikkje eit objekt (fekk {got}).",
    en="The row is not an object (got {got}).",
)
_NOT_JSON: Final = Message(
    nb="Linjen er ikke gyldig JSON: {reason}.",
    nn="Linja er ikkje gyldig JSON: {reason}.",
    en="The line is not valid JSON: {reason}.",
)
_TWICE: Final = Message(
    nb="Raden har kolonnen {column} to ganger ({first} og {second}); bare én kan gjelde.",
    nn="Rada har kolonnen {column} to gonger ({first} og {second}); berre éin kan gjelde.",
    en="The row names the column {column} twice ({first} and {second}); only one can hold.",
)


_COLUMN: Final = Message(nb="kolonnen {names}", nn="kolonnen {names}", en="the column {names}")
_COLUMNS: Final = Message(nb="kolonnene {names}", nn="kolonnane {names}", en="the columns {names}")


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
            f"(got {shown(record.text.strip())})",
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
                got=shown(record.text.strip()),
            ),
        )
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


def _object_row(
    item: object, number: int, line: int | None, unknown: dict[str, None]
) -> Row[Account]:
    if not isinstance(item, dict):
        return whole_row(number, line, [(None, _NOT_OBJECT.format(got=shown(item)))])
    values: dict[str, object] = {}
    names: dict[str, str] = {}
    problems: list[tuple[str | None, Message]] = []
    for key, value in item.items():
        column = ALIASES.get(column_key(key))
        if column is None:
            unknown.setdefault(key, None)
        elif column in names:
            twice = _TWICE.format(column=repr(column), first=repr(names[column]), second=repr(key))
            problems.append((column, twice))
        else:
            values[column] = value
            names[column] = key
    return build(values, number, line, names, list(item.values()), problems)


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
                yield _object_row(item, line, line, unknown)
        text = lines.take()


def _format_of(where: str, format: object) -> Format | None:
    if format is not None:
        if format not in ("csv", "json", "jsonl"):
            raise InventoryError(
                f"'format' must be 'csv', 'json' or 'jsonl' (got {shown(format)})",
                message=Message(
                    nb="Formatet må være csv, json eller jsonl (fikk {got}).",
                    nn="Formatet må vere csv, json eller jsonl (fekk {got}).",
                    en="The format must be csv, json or jsonl (got {got}).",
                ).format(got=shown(format)),
            )
        return format
    return _SUFFIXES.get(os.path.splitext(where)[1].lower())


class InventoryReader:
    """The data rows of an inventory, read one at a time: see :func:`iter_accounts`.

    Iterate it for :class:`~randaberg_some.rows.Row` values. Use it in a ``with`` block (or
    read it to the end) so that a file it opened is closed; a caller's file is left open.

    Attributes:
        source: The file's name, ``"-"`` for standard input, or ``"<stream>"``.
        format: The format the file is read as.
    """

    def __init__(self, source: Source, *, format: Format | None = None) -> None:
        self._opened: Opened | None = open_source(source, error=InventoryError)
        self._stream = self._opened.file
        self.source = self._opened.name
        self._unknown: dict[str, None] = {}
        try:
            chosen = _format_of(self.source, format)
            self.format, self._rows = self._start(self._opened, chosen)
        except BaseException:
            self.close()
            raise

    def _start(
        self, opened: Opened, chosen: Format | None
    ) -> tuple[Format, Iterator[Row[Account]]]:
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
            _object_row(item, number, None, self._unknown)
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


def iter_accounts(source: Source, *, format: Format | None = None) -> InventoryReader:
    r"""Read an inventory row by row, in constant memory for CSV and JSON Lines.

    Opening the file and reading its header happen at once, so a file that cannot be read
    at all fails here; each row is then read when it is asked for. A JSON document (a
    list) is parsed whole; CSV and JSON Lines are decoded and read a block at a time.

    Args:
        source: A path, ``"-"`` for standard input, or an open file in text or binary mode.
        format: ``"csv"``, ``"json"`` or ``"jsonl"``; by default from the file name's
            suffix (``.csv``, ``.tsv``, ``.txt``, ``.json``, ``.jsonl``, ``.ndjson``), else
            from the first character that is not blank (``[`` JSON, ``{`` JSON Lines, else
            CSV).

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
    return InventoryReader(source, format=format)


def load_accounts(source: Source, *, format: Format | None = None) -> Loaded[Account]:
    """Load an account inventory from a CSV, JSON or JSON Lines file.

    Every data row becomes an account or is reported as a
    :class:`~randaberg_some.rows.RowError` with its row number (the spreadsheet's row, the
    header being row 1; a JSON item's position; a JSON Lines line), its field, and its
    platform and handle; a bad row never stops the others from loading. The inventory page
    documents the columns, what counts as a row and how broken rows are recovered from.

    Args:
        source: A path, ``"-"`` for standard input, or an open file in text or binary
            mode. Bytes may be UTF-8 (with or without a byte order mark), UTF-16 with a
            byte order mark, or Windows-1252 (reported in ``notices``).
        format: ``"csv"``, ``"json"`` or ``"jsonl"``; by default from the file name's
            suffix, else from the first character that is not blank.

    Returns:
        The rows, with ``items`` (the accounts), ``errors``, ``notices``, ``encoding`` and
        the ``unknown_columns`` that were ignored.

    Raises:
        InventoryError: the file cannot be read at all: it is missing, in no encoding the
            library reads, has no header or lacks the columns ``platform``, ``handle`` and
            ``name`` (CSV), or is not valid JSON or not a list (JSON).

    Examples:
        >>> import io
        >>> loaded = load_accounts(io.StringIO(
        ...     '[{"platform": "facebook", "handle": "@randabergkommune", "name": 5}]'))
        >>> loaded.items, [(e.row, e.field, e.handle, e.text("en")) for e in loaded.errors]
        ((), [(1, 'name', '@randabergkommune', "'name' must be text (got 5).")])
    """
    with InventoryReader(source, format=format) as reader:
        rows = tuple(reader)
    return Loaded(
        rows=rows,
        source=reader.source,
        format=reader.format,
        encoding=reader.encoding,
        unknown_columns=reader.unknown_columns,
        notices=reader.notices,
    )
