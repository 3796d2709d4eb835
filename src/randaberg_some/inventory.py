"""Account inventories: load them from CSV, JSON or JSON Lines, and audit them.

Kommunikasjonsavdelingen keeps a spreadsheet of every account the kommune and its units run.
:func:`load_accounts` reads it into :class:`~randaberg_some.Account` values and reports every
row it cannot read, with its row number and field; :func:`audit` checks every account
(:func:`~randaberg_some.validate_account`) and the accounts against each other (handles that
collide, a unit whose abbreviation differs between platforms, an account listed twice), and
returns an :class:`AuditReport` for a notebook (an HTML table), a script (records for pandas,
JSON) or the shell (plain text). :func:`iter_accounts` and :func:`iter_findings` do the same
row by row, for files too large to hold.

The inventory page of the documentation defines the columns, what counts as a row, and how
broken rows are recovered from.

Examples:
    >>> import io
    >>> from randaberg_some import audit, load_accounts
    >>> text = '''platform;handle;name;unit;administrators
    ... facebook;@randabergkommune;Randaberg kommune;;Kari Nordmann
    ... instagram;@randabergkommune_bassenget;Randabergkommune Bassenget;Bassenget;Ola
    ... tiktok;"@randabergkommune_bassenget;Randabergkommune Bassenget;Bassenget;Ola
    ... '''
    >>> loaded = load_accounts(io.StringIO(text))
    >>> [account.handle for account in loaded.accounts]
    ['@randabergkommune', '@randabergkommune_bassenget']
    >>> [(error.row, error.message_en[:45]) for error in loaded.errors]
    [(3, 'The row opens a quoted field that is never cl')]
    >>> report = audit(loaded)
    >>> report.ok, sorted(report.by_rule)
    (False, ['P402', 'U603'])
"""

from __future__ import annotations

import io
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from types import TracebackType
from typing import IO, Final, Literal

import attrs

from ._handles import abbreviation_in, handle_with
from ._text import fold
from .accounts import Account, ProfilePicture, Purpose
from .checks import validate_account
from .errors import InventoryError, RandabergSomeError
from .messages import Message
from .naming import DEFAULT_POLICY, NamingPolicy
from .platforms import Platform
from .rules import RULES, Lang, Severity, Violation
from .units import Unit, UnitKind

__all__ = [
    "AuditReport",
    "Finding",
    "InventoryReader",
    "InventoryRow",
    "LoadedInventory",
    "RowError",
    "audit",
    "iter_accounts",
    "iter_findings",
    "load_accounts",
]

Format = Literal["csv", "json", "jsonl"]
"""An inventory's file format: ``"csv"``, ``"json"`` (a list of objects) or ``"jsonl"``."""

Source = str | os.PathLike[str] | IO[str] | IO[bytes]

# --- columns --------------------------------------------------------------------------------

# The columns, in the order of the documentation, each with its bokmål aliases.
COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    "platform": ("plattform",),
    "handle": ("brukernavn",),
    "name": ("navn",),
    "unit": ("enhet",),
    "unit_kind": ("enhetstype",),
    "unit_abbreviation": ("enhetsforkortelse",),
    "own_visual_profile": ("egen_visuell_profil",),
    "profile_picture": ("profilbilde",),
    "purposes": ("formål", "formal"),
    "administrators": ("administratorer",),
}
# A CSV header must name these: without them a row does not say which account it is.
REQUIRED_COLUMNS: Final = ("platform", "handle", "name")
# A record may span at most this many physical lines (a quoted field with line breaks).
MAX_RECORD_LINES: Final = 100

_ALIASES: Final = {
    alias: column for column, aliases in COLUMNS.items() for alias in (column, *aliases)
}
_LIST_FIELDS: Final = frozenset({"purposes", "administrators"})
_UNIT_FIELDS: Final = ("unit_kind", "unit_abbreviation")
_TRUE: Final = frozenset({"true", "ja", "yes", "1"})
_FALSE: Final = frozenset({"", "false", "nei", "no", "0"})
_LOGO: Final = frozenset({"official_logo", "offisiell_logo"})
_LIST_SEPARATORS: Final = re.compile(r"[;,|]")
# Split after a carriage return that does not begin a CRLF: a lone CR ends a line too.
_LONE_CR: Final = re.compile(r"(?<=\r)(?!\n)")
_SUFFIXES: Final[Mapping[str, Format]] = {
    ".csv": "csv",
    ".txt": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_SHOWN: Final = 60  # characters of a bad value echoed in a row error


# Look-ups for the common values; the enums' own parsing handles the rest (and the errors).
_PLATFORMS: Final[Mapping[str, Platform]] = {member.value: member for member in Platform}
_KINDS: Final[Mapping[str, UnitKind]] = {
    key: member for member in UnitKind for key in (member.value, member.label())
}
_PURPOSES: Final[Mapping[str, Purpose]] = {
    key: member for member in Purpose for key in (member.value, member.label())
}
_OFFICIAL_LOGO: Final = ProfilePicture.official_logo()


def _fold_word(value: str) -> str:
    """Fold a value as ``UnitKind`` and ``Purpose`` parse it."""
    return value.strip().lower().replace(" ", "_").replace("-", "_")


def _column_key(header: str) -> str:
    return "_".join(header.strip().lower().replace("-", " ").split())


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


# --- values -----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class RowError:
    """A data row that could not be read as an account, and why.

    A row with several bad fields has one error per field.

    Attributes:
        row: The 1-based number of the data row: the header and blank lines are not counted,
            and a record whose quoted field spans lines counts once.
        line: The 1-based physical line of the file where the row begins (the header
            counted); ``None`` for JSON, whose rows are the items of one list.
        field: The column (its English name) the error concerns, or ``None`` when it
            concerns the whole row (broken quoting, a wrong number of fields, not an
            object).
        message: What is wrong, in bokmål.
        message_en: What is wrong, in English.
    """

    row: int
    line: int | None
    field: str | None
    message: str
    message_en: str

    @property
    def severity(self) -> Severity:
        """Always :attr:`Severity.ERROR`: a row that gives no account counts as an error."""
        return Severity.ERROR

    def text(self, lang: Lang = "nb") -> str:
        """Return the message in ``lang`` (``"nb"`` or ``"en"``)."""
        return self.message_en if lang == "en" else self.message


@attrs.frozen(kw_only=True)
class InventoryRow:
    """One data row of an inventory: the account it describes, or why it has none.

    Attributes:
        row: The 1-based number of the data row (see :attr:`RowError.row`).
        line: The physical line where the row begins; ``None`` for JSON.
        account: The account, or ``None`` when the row has errors.
        errors: Why the row gives no account; empty when it gives one.
    """

    row: int
    line: int | None
    account: Account | None
    errors: tuple[RowError, ...] = ()


def _accounts(loaded: LoadedInventory) -> tuple[Account, ...]:
    return tuple(row.account for row in loaded.rows if row.account is not None)


def _errors(loaded: LoadedInventory) -> tuple[RowError, ...]:
    return tuple(error for row in loaded.rows for error in row.errors)


@attrs.frozen(kw_only=True)
class LoadedInventory:
    """An inventory read by :func:`load_accounts`: every data row, account or error.

    Iterating gives the :class:`InventoryRow` values in file order, so that
    ``audit(loaded)`` knows each account's row number and reports the row errors too.

    Attributes:
        rows: Every data row, in file order; ``rows[i].row == i + 1``.
        unknown_columns: Columns (or JSON keys) that are not inventory columns, each once,
            in the order first seen. They are ignored; they are not errors.
        format: The format the file was read as.
        source: The file's name, or ``"<inventory>"`` for a stream without one.
        accounts: The accounts, in file order.
        errors: The row errors, in file order.
    """

    rows: tuple[InventoryRow, ...]
    unknown_columns: tuple[str, ...] = ()
    format: Format = "csv"
    source: str = "<inventory>"
    accounts: tuple[Account, ...] = attrs.field(
        init=False, default=attrs.Factory(_accounts, takes_self=True)
    )
    errors: tuple[RowError, ...] = attrs.field(
        init=False, default=attrs.Factory(_errors, takes_self=True)
    )

    @property
    def data_rows(self) -> int:
        """The number of data rows: accounts plus rows with errors."""
        return len(self.rows)

    @property
    def error_rows(self) -> tuple[int, ...]:
        """The numbers of the rows that have errors, ascending."""
        return tuple(row.row for row in self.rows if row.errors)

    def __iter__(self) -> Iterator[InventoryRow]:
        return iter(self.rows)


# --- building accounts from rows ------------------------------------------------------------


class _Row:
    """Collects the errors of one row while its fields are converted."""

    __slots__ = ("errors", "line", "names", "number", "values")

    def __init__(
        self,
        values: Mapping[str, object],
        number: int,
        line: int | None,
        names: Mapping[str, str],
    ) -> None:
        self.values = values
        self.number = number
        self.line = line
        self.names = names
        self.errors: list[RowError] = []

    def name(self, field: str) -> str:
        """The column as the file names it (``'enhetstype'``), quoted."""
        return repr(self.names.get(field, field))

    def error(self, field: str | None, message: str, message_en: str) -> None:
        self.errors.append(
            RowError(
                row=self.number,
                line=self.line,
                field=field,
                message=message,
                message_en=message_en,
            )
        )

    def text(self, field: str) -> str:
        value = self.values.get(field)
        if value is None:
            return ""
        if isinstance(value, str):
            return value.strip()
        self.error(
            field,
            f"{self.name(field)} skal være tekst (fikk {_show(value)}).",
            f"{self.name(field)} must be text (got {_show(value)}).",
        )
        return ""

    def flag(self, field: str) -> bool:
        value = self.values.get(field)
        if value is None or isinstance(value, bool):
            return bool(value)
        if isinstance(value, str):
            folded = value.strip().lower()
            if folded in _TRUE:
                return True
            if folded in _FALSE:
                return False
        self.error(
            field,
            f"{self.name(field)} skal være ja eller nei (true/false, yes/no, 1/0; fikk "
            f"{_show(value)}).",
            f"{self.name(field)} must be yes or no (true/false, ja/nei, 1/0; got {_show(value)}).",
        )
        return False

    def items(self, field: str) -> tuple[str, ...]:
        value = self.values.get(field)
        if value is None:
            return ()
        if isinstance(value, str):
            parts: Iterable[object] = _LIST_SEPARATORS.split(value)
        elif isinstance(value, list):
            parts = value
        else:
            parts = [value]
        items: list[str] = []
        for part in parts:
            if not isinstance(part, str):
                self.error(
                    field,
                    f"{self.name(field)} skal være en liste med tekst (fikk {_show(value)}).",
                    f"{self.name(field)} must be a list of text (got {_show(value)}).",
                )
                return ()
            if part.strip():
                items.append(part.strip())
        return tuple(items)


def _unit(row: _Row) -> Unit | None:
    name = row.text("unit")
    kind_text = row.text("unit_kind")
    abbreviation = row.text("unit_abbreviation")
    own = row.flag("own_visual_profile")
    if not name:
        pairs = zip(_UNIT_FIELDS, (kind_text, abbreviation), strict=True)
        given = [field for field, value in pairs if value]
        if own:
            given.append("own_visual_profile")
        for field in given:
            row.error(
                field,
                f"{row.name(field)} er fylt ut, men {row.name('unit')} er tom (uten enhet er "
                f"kontoen hovedkontoen).",
                f"{row.name(field)} is filled in, but {row.name('unit')} is empty (without a unit "
                f"the account is the main account).",
            )
        return None
    kind = UnitKind.UNIT
    ok = True
    if kind_text:
        try:
            kind = _KINDS.get(_fold_word(kind_text)) or UnitKind(kind_text)
        except RandabergSomeError:
            ok = False
            row.error(
                "unit_kind",
                f"Ukjent enhetstype {_show(kind_text)}: bruk virksomhet, tjeneste, arrangement "
                f"eller kulturinstitusjon.",
                f"Unknown unit kind {_show(kind_text)}: use unit, service, event or "
                f"cultural_institution (or the bokmål words).",
            )
    if abbreviation and not (abbreviation.isascii() and abbreviation.isalnum()):
        ok = False
        row.error(
            "unit_abbreviation",
            f"Enhetsforkortelsen {_show(abbreviation)} kan bare ha bokstavene a-z og sifre.",
            f"The unit abbreviation {_show(abbreviation)} may hold only the letters a-z and "
            f"digits.",
        )
    if not ok:
        return None
    return Unit(name=name, kind=kind, abbreviation=abbreviation or None, own_visual_profile=own)


def _picture(row: _Row) -> ProfilePicture | None:
    value = row.text("profile_picture")
    if not value:
        return None
    if "_".join(value.lower().replace("-", " ").split()) in _LOGO:
        return _OFFICIAL_LOGO
    if value.lower().startswith("sha256:"):
        try:
            return ProfilePicture.from_digest(value)
        except RandabergSomeError:
            row.error(
                "profile_picture",
                f"Sjekksummen {_show(value)} er ikke 64 heksadesimale sifre etter 'sha256:'.",
                f"The digest {_show(value)} is not 64 hexadecimal digits after 'sha256:'.",
            )
            return None
    return ProfilePicture.other(value)


def _build(
    values: Mapping[str, object], number: int, line: int | None, names: Mapping[str, str]
) -> InventoryRow:
    """Convert one row's values (text, or JSON values) into an account or its errors.

    ``names`` maps a column to its name in the file, for the messages.
    """
    row = _Row(values, number, line, names)
    platform = row.text("platform")
    if not platform and "platform" not in {error.field for error in row.errors}:
        row.error("platform", "Plattformen mangler.", "The platform is missing.")
    handle = row.text("handle")
    name = row.text("name")
    unit = _unit(row)
    picture = _picture(row)
    purposes = tuple(_PURPOSES.get(_fold_word(item), item) for item in row.items("purposes"))
    administrators = row.items("administrators")
    if row.errors:
        return InventoryRow(row=number, line=line, account=None, errors=tuple(row.errors))
    account = Account(
        platform=_PLATFORMS.get(platform.lower(), platform),
        name=name,
        handle=handle,
        unit=unit,
        profile_picture=picture,
        purposes=purposes,
        administrators=administrators,
    )
    return InventoryRow(row=number, line=line, account=account)


def _whole_row(number: int, line: int | None, message: str, message_en: str) -> InventoryRow:
    error = RowError(row=number, line=line, field=None, message=message, message_en=message_en)
    return InventoryRow(row=number, line=line, account=None, errors=(error,))


# --- CSV records --------------------------------------------------------------------------

_OPEN: Final = "open"  # a quoted field is still open at the end of the text
_STRAY: Final = "stray"  # text after a closing quote


def _split(text: str, delimiter: str) -> tuple[list[str], str | None]:
    """Split one record's text into fields; return them and a quoting problem, if any.

    A field is quoted when it begins with ``"``; inside it ``""`` is a quote, and the
    delimiter and line breaks are text. A ``"`` inside an unquoted field is text. After a
    closing quote only spaces may come before the delimiter.
    """
    fields: list[str] = []
    position, end = 0, len(text)
    while True:
        if position < end and text[position] == '"':
            parts: list[str] = []
            position += 1
            while True:
                quote = text.find('"', position)
                if quote < 0:
                    return fields, _OPEN
                parts.append(text[position:quote])
                if text.startswith('"', quote + 1):
                    parts.append('"')
                    position = quote + 2
                    continue
                position = quote + 1
                break
            delimiter_at = text.find(delimiter, position)
            stop = end if delimiter_at < 0 else delimiter_at
            if text[position:stop].strip(" \t"):
                return fields, _STRAY
            fields.append("".join(parts))
        else:
            delimiter_at = text.find(delimiter, position)
            stop = end if delimiter_at < 0 else delimiter_at
            fields.append(text[position:stop])
        if delimiter_at < 0:
            return fields, None
        position = delimiter_at + 1


def _without_ending(line: str) -> str:
    if line.endswith("\r\n"):
        return line[:-2]
    if line.endswith(("\n", "\r")):
        return line[:-1]
    return line


class _Lines:
    """Physical lines of a text stream (ends kept), with look-ahead and line numbers."""

    def __init__(self, stream: IO[str], where: str) -> None:
        self._stream = iter(stream)
        self._ahead: deque[str] = deque()
        self._where = where
        self.number = 0  # the number of the last line taken

    def _read(self) -> bool:
        try:
            chunk = next(self._stream, None)
        except UnicodeDecodeError as error:
            raise InventoryError(
                f"{self._where}: not UTF-8 text (after line {self.number + len(self._ahead)}): "
                f"{error.reason}"
            ) from error
        except OSError as error:
            raise InventoryError(f"cannot read {self._where!r}: {error}") from error
        if chunk is None or chunk == "":
            return False
        if self.number == 0 and not self._ahead:
            chunk = chunk.removeprefix("\ufeff")
        if "\r" in chunk:
            self._ahead.extend(part for part in _LONE_CR.split(chunk) if part)
        else:
            self._ahead.append(chunk)
        return True

    def peek(self, index: int) -> str | None:
        """The line ``index`` lines ahead (0 is the next), or ``None`` past the end."""
        while len(self._ahead) <= index:
            if not self._read():
                return None
        return self._ahead[index]

    def take(self) -> str | None:
        """Take the next line, or ``None`` at the end."""
        if not self._ahead and not self._read():
            return None
        self.number += 1
        return self._ahead.popleft()

    def rest(self) -> str:
        """Everything not yet taken, as one text."""
        parts = list(self._ahead)
        self._ahead.clear()
        while self._read():
            parts.extend(self._ahead)
            self._ahead.clear()
        return "".join(parts)


_BROKEN = (
    "Raden åpner et felt med anførselstegn som aldri lukkes; bare linje {line} er lest "
    "som raden, og lesingen fortsetter på neste linje.",
    "The row opens a quoted field that is never closed; only line {line} is read as the "
    "row, and reading goes on with the next line.",
)
_STRAY_TEXT = (
    'Raden har tekst etter et lukkende anførselstegn (skriv "" for et anførselstegn inne '
    "i et felt).",
    'The row has text after a closing quote (write "" for a quote inside a field).',
)


def _record(
    lines: _Lines, first: str, delimiter: str, width: int | None = None
) -> tuple[list[str] | None, str | None]:
    """Read the record that begins with the taken line ``first``.

    Returns the fields, or ``None`` and the name of the quoting problem (``_OPEN`` when the
    record's first line opens a quote that does not close well, ``_STRAY``). A record that
    spans lines must have ``width`` fields (when given); otherwise its first line is taken
    as broken and the following lines are left to be read again.
    """
    text = _without_ending(first)
    if '"' not in text:
        return text.split(delimiter), None
    fields, problem = _split(text, delimiter)
    if problem is None:
        return fields, None
    if problem == _STRAY:
        return None, _STRAY
    # A quoted field with line breaks: join the following lines until the quote closes.
    joined = first
    for ahead in range(MAX_RECORD_LINES - 1):
        following = lines.peek(ahead)
        if following is None:
            break
        joined += following
        fields, problem = _split(_without_ending(joined), delimiter)
        if problem == _OPEN:
            continue
        if problem is None and (width is None or len(fields) == width):
            for _ in range(ahead + 1):
                lines.take()
            return fields, None
        break
    return None, _OPEN


def _sniff_delimiter(header: str) -> str:
    counts = {delimiter: header.count(delimiter) for delimiter in (";", ",", "\t")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _csv_rows(
    lines: _Lines, header_line: str, where: str
) -> tuple[Iterator[InventoryRow], tuple[str, ...]]:
    """Read the header; return the data rows (lazily) and the unknown columns."""
    header_number = lines.number
    delimiter = _sniff_delimiter(header_line)
    names, _ = _record(lines, header_line, delimiter)
    if names is None:
        raise InventoryError(f"{where}: the header on line {header_number} has broken quoting")
    columns: dict[str, int] = {}
    unknown: list[str] = []
    for index, raw in enumerate(names):
        key = _column_key(raw)
        column = _ALIASES.get(key)
        if column is None:
            unknown.append(raw.strip() or f"(unnamed column {index + 1})")
        elif column in columns:
            raise InventoryError(
                f"{where}: the header names the column {column!r} twice (got {raw.strip()!r})"
            )
        else:
            columns[column] = index
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        raise InventoryError(
            f"{where}: the header has no column {', '.join(repr(c) for c in missing)}; "
            f"expected the columns {', '.join(COLUMNS)} (got {_show(header_line.strip())})"
        )
    written = {column: names[index].strip() for column, index in columns.items()}
    rows = _csv_data(lines, delimiter, len(names), tuple(columns.items()), written)
    return rows, tuple(unknown)


def _csv_data(
    lines: _Lines,
    delimiter: str,
    width: int,
    columns: tuple[tuple[str, int], ...],
    names: Mapping[str, str],
) -> Iterator[InventoryRow]:
    number = 0
    while True:
        first = lines.take()
        if first is None:
            return
        line = lines.number
        if not first.replace(delimiter, "").strip():
            continue  # a blank line, or a row of empty cells as spreadsheets write them
        fields, problem = _record(lines, first, delimiter, width)
        if fields is not None and not any(field.strip() for field in fields):
            continue
        number += 1
        if fields is None:
            message, message_en = _STRAY_TEXT if problem == _STRAY else _BROKEN
            yield _whole_row(number, line, message.format(line=line), message_en.format(line=line))
        elif len(fields) != width:
            yield _whole_row(
                number,
                line,
                f"Raden har {len(fields)} felt; overskriften har {width}.",
                f"The row has {len(fields)} fields; the header has {width}.",
            )
        else:
            values = {column: fields[index] for column, index in columns}
            yield _build(values, number, line, names)


# --- JSON -------------------------------------------------------------------------------------


def _json_error(where: str, error: ValueError) -> InventoryError:
    import json

    if isinstance(error, json.JSONDecodeError):
        return InventoryError(
            f"{where}: bad JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
    return InventoryError(f"{where}: bad JSON: {error!r}")


def _object_row(
    item: object, number: int, line: int | None, unknown: dict[str, None]
) -> InventoryRow:
    if not isinstance(item, dict):
        return _whole_row(
            number,
            line,
            f"Raden er ikke et objekt (fikk {_show(item)}).",
            f"The row is not an object (got {_show(item)}).",
        )
    values: dict[str, object] = {}
    names: dict[str, str] = {}
    for key, value in item.items():
        column = _ALIASES.get(_column_key(key))
        if column is None:
            unknown.setdefault(key, None)
        else:
            values[column] = value
            names[column] = key
    return _build(values, number, line, names)


def _jsonl_rows(lines: _Lines, first: str, unknown: dict[str, None]) -> Iterator[InventoryRow]:
    import json

    number = 0
    text: str | None = first
    while text is not None:
        if text.strip():
            number += 1
            try:
                item = json.loads(text)
            except (ValueError, RecursionError) as error:
                reason = error.msg if isinstance(error, json.JSONDecodeError) else repr(error)
                yield _whole_row(
                    number,
                    lines.number,
                    f"Linjen er ikke gyldig JSON: {reason}.",
                    f"The line is not valid JSON: {reason}.",
                )
            else:
                yield _object_row(item, number, lines.number, unknown)
        text = lines.take()


# --- reading ------------------------------------------------------------------------------


_OWNED: Final = "owned"  # opened here: close it
_WRAPPED: Final = "wrapped"  # a caller's binary file wrapped here: detach, leave it open
_BORROWED: Final = "borrowed"  # a caller's text file: leave it alone


def _open(source: Source, where: str) -> tuple[IO[str], str]:
    """Return a text stream for ``source`` and what closing the reader does to it."""
    if isinstance(source, (str, os.PathLike)):
        try:
            return open(source, encoding="utf-8-sig", newline=""), _OWNED
        except (OSError, ValueError) as error:  # ValueError: a NUL in the path
            raise InventoryError(f"cannot read {where!r}: {error}") from error
    read = getattr(source, "read", None)
    if read is None:
        raise InventoryError(f"'source' must be a path or an open file (got {_show(source)})")
    try:
        probe = read(0)
        if isinstance(probe, bytes):
            if isinstance(source, (io.BufferedIOBase, io.RawIOBase)):
                buffer: IO[bytes] = source
                return io.TextIOWrapper(buffer, encoding="utf-8-sig", newline=""), _WRAPPED
            # Another file-like object: its bytes are read whole.
            data = io.BytesIO(read())
            return io.TextIOWrapper(data, encoding="utf-8-sig", newline=""), _OWNED
        if isinstance(probe, str):
            if isinstance(source, io.TextIOBase):
                return source, _BORROWED
            return io.StringIO(read(), newline=""), _OWNED
    except OSError as error:
        raise InventoryError(f"cannot read {where!r}: {error}") from error
    raise InventoryError(f"{where}: reading gave neither text nor bytes (got {_show(probe)})")


def _format_of(where: str, format: Format | None) -> Format | None:
    if format is not None:
        if format not in ("csv", "json", "jsonl"):
            raise InventoryError(f"'format' must be 'csv', 'json' or 'jsonl' (got {format!r})")
        return format
    return _SUFFIXES.get(os.path.splitext(where)[1].lower())


class InventoryReader:
    """The data rows of an inventory, read one at a time: see :func:`iter_accounts`.

    Iterate it for :class:`InventoryRow` values. Use it in a ``with`` block (or read it to
    the end) so that the file is closed.

    Attributes:
        source: The file's name, or ``"<inventory>"``.
        format: The format the file is read as.
    """

    def __init__(self, source: Source, *, format: Format | None = None) -> None:
        if isinstance(source, (str, os.PathLike)):
            self.source = os.fspath(source)
        else:
            self.source = str(getattr(source, "name", "<inventory>"))
        chosen = _format_of(self.source, format)
        self._stream: IO[str] | None
        self._stream, self._owned = _open(source, self.source)
        self._unknown: dict[str, None] = {}
        try:
            self.format, self._rows = self._start(chosen)
        except BaseException:
            self.close()
            raise

    def _start(self, chosen: Format | None) -> tuple[Format, Iterator[InventoryRow]]:
        assert self._stream is not None
        lines = _Lines(self._stream, self.source)
        first = lines.take()
        while first is not None and not first.strip():
            first = lines.take()
        if chosen is None:
            start = "" if first is None else first.lstrip()[:1]
            chosen = "json" if start == "[" else "jsonl" if start == "{" else "csv"
        if chosen == "json":
            return chosen, self._json(lines, first or "")
        if first is None:
            if chosen == "jsonl":
                return chosen, iter(())
            raise InventoryError(f"{self.source}: no header: the file is empty")
        if chosen == "jsonl":
            return chosen, _jsonl_rows(lines, first, self._unknown)
        rows, unknown = _csv_rows(lines, first, self.source)
        self._unknown.update(dict.fromkeys(unknown))
        return chosen, rows

    def _json(self, lines: _Lines, first: str) -> Iterator[InventoryRow]:
        import json

        text = first + lines.rest()
        try:
            document = json.loads(text)
        except (ValueError, RecursionError) as error:
            raise _json_error(self.source, error) from error  # type: ignore[arg-type]
        if not isinstance(document, list):
            raise InventoryError(
                f"{self.source}: a JSON inventory must be a list of objects "
                f"(got {type(document).__name__})"
            )
        rows = [
            _object_row(item, number, None, self._unknown)
            for number, item in enumerate(document, start=1)
        ]
        return iter(rows)

    @property
    def unknown_columns(self) -> tuple[str, ...]:
        """Columns or keys that are not inventory columns, each once, in the order seen.

        For CSV and JSON they are known from the start; for JSON Lines they grow as rows
        are read.
        """
        return tuple(self._unknown)

    @property
    def closed(self) -> bool:
        """Whether the reader is done with its file (read to the end, or closed)."""
        return self._stream is None

    def __iter__(self) -> InventoryReader:
        return self

    def __next__(self) -> InventoryRow:
        try:
            return next(self._rows)
        except StopIteration:
            self.close()
            raise
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Close the file when this reader opened it; a caller's file is left open."""
        stream = getattr(self, "_stream", None)
        if stream is None:
            return
        if self._owned == _OWNED:
            stream.close()
        elif self._owned == _WRAPPED and isinstance(stream, io.TextIOWrapper):
            stream.detach()
        self._stream = None

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
    list) is parsed whole; CSV and JSON Lines are read line by line.

    Args:
        source: A path, or an open file in text or binary mode.
        format: ``"csv"``, ``"json"`` or ``"jsonl"``; by default from the file name's
            suffix (``.csv``, ``.txt``, ``.json``, ``.jsonl``, ``.ndjson``), else from the
            first character that is not blank (``[`` JSON, ``{`` JSON Lines, else CSV).

    Returns:
        A reader: iterate it for :class:`InventoryRow` values; use it in a ``with`` block.

    Raises:
        InventoryError: the file cannot be read at all (see :func:`load_accounts`).

    Examples:
        >>> import io
        >>> text = "plattform,brukernavn,navn\nfacebook,@randabergkommune,Randaberg kommune\n"
        >>> with iter_accounts(io.StringIO(text)) as rows:
        ...     [(row.row, row.account.handle) for row in rows if row.account]
        [(1, '@randabergkommune')]
    """
    return InventoryReader(source, format=format)


def load_accounts(source: Source, *, format: Format | None = None) -> LoadedInventory:
    """Load an account inventory from a CSV, JSON or JSON Lines file.

    Every data row becomes an account or is reported as a :class:`RowError` with its row
    number and field; a bad row never stops the others from loading. The inventory page
    documents the columns, what counts as a row and how broken rows are recovered from.

    Args:
        source: A path, or an open file in text or binary mode (UTF-8, with or without a
            byte order mark).
        format: ``"csv"``, ``"json"`` or ``"jsonl"``; by default from the file name's
            suffix, else from the first character that is not blank.

    Returns:
        The rows, with ``accounts``, ``errors`` and the ``unknown_columns`` that were
        ignored.

    Raises:
        InventoryError: the file cannot be read at all: it is missing, not UTF-8, has no
            header or lacks the columns ``platform``, ``handle`` and ``name`` (CSV), or is
            not valid JSON or not a list (JSON).

    Examples:
        >>> import io
        >>> loaded = load_accounts(io.StringIO(
        ...     '[{"platform": "facebook", "handle": "@randabergkommune", "name": 5}]'))
        >>> loaded.accounts, [(e.row, e.field, e.message_en) for e in loaded.errors]
        ((), [(1, 'name', "'name' must be text (got 5).")])
    """
    with InventoryReader(source, format=format) as reader:
        rows = tuple(reader)
        return LoadedInventory(
            rows=rows,
            unknown_columns=reader.unknown_columns,
            format=reader.format,
            source=reader.source,
        )


# --- the audit --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Finding:
    """One finding of an audit, with the account it concerns.

    Attributes:
        violation: What is wrong.
        account: The account it concerns.
        row: The account's data row in its file, when it came from one.
        position: The account's 1-based position among the audited rows or accounts.
    """

    violation: Violation
    account: Account
    row: int | None = None
    position: int

    @property
    def code(self) -> str:
        """The rule's code, e.g. ``"N205"``."""
        return self.violation.code

    @property
    def severity(self) -> Severity:
        """The finding's severity."""
        return self.violation.severity


def _label(platform: Platform | str) -> str:
    return platform.label if isinstance(platform, Platform) else platform


def _where(place: int) -> Message:
    """Name an earlier account by its place: a row (positive) or a position (negative)."""
    if place > 0:
        return Message(nb=f"rad {place}", nn=f"rad {place}", en=f"row {place}")
    return Message(nb=f"konto nr. {-place}", nn=f"konto nr. {-place}", en=f"account {-place}")


class _Across:
    """The rules across accounts.

    Per distinct handle they keep the handle, where it was seen and a hash of its account;
    per unit, the platform, abbreviation and place of its first account. Nothing else of
    an account is kept.
    """

    def __init__(self, policy: NamingPolicy) -> None:
        self._policy = policy
        # platform -> comparison key -> (handle, place, hash of the account)
        self._handles: dict[Platform | str, dict[str, tuple[str, int, int]]] = {}
        # folded unit name -> (platform, abbreviation, place)
        self._units: dict[str, tuple[Platform | str, str, int]] = {}

    def check(self, account: Account, row: int | None, position: int) -> Iterator[Violation]:
        platform = account.platform
        if isinstance(platform, Platform):
            key = platform.rules.comparison_key(account.handle)
        else:
            key = account.handle.removeprefix("@").lower()
        if not key:
            return  # an empty handle: H101 reports it
        place = row if row is not None else -position
        handles = self._handles.setdefault(platform, {})
        earlier = handles.get(key)
        if earlier is None:
            handles[key] = (account.handle, place, hash(account))
        else:
            yield self._same_handle(account, *earlier)
        if account.unit is not None:
            yield from self._abbreviation(account, place)

    def _same_handle(self, account: Account, handle: str, place: int, digest: int) -> Violation:
        platform = _label(account.platform)
        where = _where(place)
        # The same values in every field: the hash of the whole account decides, which
        # keeps no account in memory; two different accounts with the same handle key and
        # the same 64-bit hash are not a practical concern.
        if digest == hash(account):
            return RULES["X903"].violation(
                field="handle",
                handle=account.handle,
                platform=platform,
                where=where,
            )
        source = account.platform.value if isinstance(account.platform, Platform) else platform
        return RULES["X901"].violation(
            field="handle",
            source=source,
            handle=account.handle,
            other=handle,
            platform=platform,
            where=where,
        )

    def _abbreviation(self, account: Account, place: int) -> Iterator[Violation]:
        assert account.unit is not None
        found = abbreviation_in(account.handle, account.platform, policy=self._policy)
        if found is None:
            return  # N201/N205 report a handle that does not have the form base + unit
        unit_key = fold(account.unit.name) or account.unit.name
        first = self._units.get(unit_key)
        if first is None:
            self._units[unit_key] = (account.platform, found, place)
            return
        first_platform, other, first_place = first
        if first_platform == account.platform or other == found:
            return
        fix = None
        advice: Message | str = ""
        platform = account.platform
        if isinstance(platform, Platform):
            try:
                candidate: str | None = handle_with(other, platform, policy=self._policy)
            except RandabergSomeError:
                candidate = None
            label = platform.label
            found_there = (
                None
                if candidate is None
                else abbreviation_in(candidate, platform, policy=self._policy)
            )
            if found_there == other:
                fix = candidate
                advice = Message(
                    nb=f" Bruk {candidate} på {label}.",
                    nn=f" Bruk {candidate} på {label}.",
                    en=f" Use {candidate} on {label}.",
                )
            else:
                first_label = _label(first_platform)
                advice = Message(
                    nb=f" {other!r} er for lang for {label}; gi kontoen på {first_label} den "
                    "samme forkortelsen som her.",
                    nn=f" {other!r} er for lang for {label}; gi kontoen på {first_label} den "
                    "same forkortinga som her.",
                    en=f" {other!r} is too long for {label}; give the account on "
                    f"{first_label} the same abbreviation as here.",
                )
        where = _where(first_place)
        yield RULES["X902"].violation(
            field="handle",
            fix=fix,
            unit=account.unit.name,
            found=found,
            platform=_label(platform),
            other=other,
            other_platform=_label(first_platform),
            where=where,
            advice=advice,
        )


def iter_findings(
    accounts: Iterable[Account | InventoryRow],
    *,
    policy: NamingPolicy = DEFAULT_POLICY,
    across: bool = True,
) -> Iterator[Finding | RowError]:
    """Audit accounts one at a time: yield each finding, and each row error, as it is found.

    The per-account rules keep nothing; the rules across accounts keep a comparison key
    per handle and one abbreviation per unit, so memory grows with the number of distinct
    handles (a few hundred bytes each), not with the accounts' contents.

    Args:
        accounts: :class:`~randaberg_some.Account` values, or :class:`InventoryRow` values
            (from :func:`iter_accounts` or :func:`load_accounts`), which also give row
            numbers and row errors.
        policy: The naming policy.
        across: ``False`` leaves out the rules across accounts (``X901``-``X903``), so
            that memory stays flat however large the inventory.

    Yields:
        A :class:`Finding` per violation, and each :class:`RowError` of a row that gave no
        account, in the order of the accounts.

    Raises:
        RandabergSomeError: an item is neither an account nor an inventory row.

    Examples:
        >>> from randaberg_some import Account
        >>> facebook = Account(platform="facebook", name="Randaberg kommune",
        ...                    handle="@randabergkommune")
        >>> twin = Account(platform="facebook", name="Randaberg kommune",
        ...                handle="@Randaberg.Kommune")
        >>> [f.code for f in iter_findings([facebook, twin]) if f.code.startswith("X")]
        ['X901']
    """
    _check_iterable(accounts)
    auditor = _Auditor(policy, across=across)
    for position, item in enumerate(accounts, start=1):
        yield from auditor.feed(item, position)


def _check_iterable(accounts: object) -> None:
    if isinstance(accounts, (str, bytes, os.PathLike)) or not isinstance(accounts, Iterable):
        raise RandabergSomeError(
            f"'accounts' must be accounts or inventory rows, for example from load_accounts "
            f"(got {_show(accounts)})"
        )


class _Auditor:
    """Audits one item at a time; counts the accounts."""

    def __init__(self, policy: NamingPolicy, *, across: bool) -> None:
        self._policy = policy
        self._across = _Across(policy) if across else None
        self.accounts = 0

    def feed(self, item: object, position: int) -> Iterator[Finding | RowError]:
        if isinstance(item, InventoryRow):
            if item.account is None:
                yield from item.errors
                return
            account, row = item.account, item.row
        elif isinstance(item, Account):
            account, row = item, None
        else:
            raise RandabergSomeError(
                f"an audited item must be an Account or an InventoryRow (got {_show(item)})"
            )
        self.accounts += 1
        for violation in validate_account(account, policy=self._policy):
            yield Finding(violation=violation, account=account, row=row, position=position)
        if self._across is not None:
            for violation in self._across.check(account, row, position):
                yield Finding(violation=violation, account=account, row=row, position=position)


_SEVERITY_WORDS: Final = {
    "nb": {Severity.ERROR: "feil", Severity.WARNING: "advarsel", Severity.INFO: "merknad"},
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"},
}
_HTML_LIMIT: Final = 200


@attrs.frozen(kw_only=True)
class AuditReport:
    """The result of :func:`audit`: every finding with its account, and the counts.

    Attributes:
        findings: Every finding, in the order of the accounts (empty when the audit was
            asked not to keep them).
        row_errors: The errors of the rows that gave no account (empty likewise).
        accounts: How many accounts were audited.
        error_rows: How many rows gave no account.
        by_rule: How many findings each rule has, by code, in catalogue order.
        by_severity: How many findings each severity has (every severity, zero included).
        unknown_columns: Columns that were ignored, when the audit read an inventory.
    """

    findings: tuple[Finding, ...]
    row_errors: tuple[RowError, ...] = ()
    accounts: int
    error_rows: int = 0
    by_rule: Mapping[str, int]
    by_severity: Mapping[Severity, int]
    unknown_columns: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether no finding is an error and every row gave an account."""
        return self.by_severity.get(Severity.ERROR, 0) == 0 and self.error_rows == 0

    def summary(self, lang: Lang = "nb") -> str:
        """One sentence with the counts, in ``lang``.

        Examples:
            >>> audit([]).summary("en")
            '0 accounts, 0 unreadable rows: 0 errors, 0 warnings, 0 info.'
        """
        counts = self.by_severity
        error, warning, info = (counts.get(s, 0) for s in Severity)
        if lang == "en":
            return (
                f"{self.accounts} accounts, {self.error_rows} unreadable rows: {error} errors, "
                f"{warning} warnings, {info} info."
            )
        return (
            f"{self.accounts} kontoer, {self.error_rows} rader som ikke kunne leses: {error} "
            f"feil, {warning} advarsler, {info} merknader."
        )

    def to_records(self) -> list[dict[str, object]]:
        """One flat dict per finding and per row error, ready for ``pandas.DataFrame``.

        The keys: ``row`` (the data row, or ``None``), ``position``, ``platform``,
        ``handle``, ``name``, ``unit``, ``code`` (``None`` for a row error), ``rule``
        (``"row-error"`` for a row error), ``severity``, ``field``, ``message``,
        ``message_en``, ``source`` and ``fix``. Row errors and findings are in row order.

        Examples:
            >>> from randaberg_some import Account
            >>> report = audit([Account(platform="facebook", name="Randaberg kommune",
            ...                         handle="@randabergkommune")])
            >>> [(r["code"], r["severity"], r["field"]) for r in report.to_records()]
            [('P402', 'warning', 'profile_picture'), ('U603', 'warning', 'purposes'), \
('A701', 'error', 'administrators')]
        """
        records: list[tuple[float, int, dict[str, object]]] = []
        for order, error in enumerate(self.row_errors):
            records.append((error.row, order, _error_record(error)))
        offset = len(records)
        for order, finding in enumerate(self.findings, start=offset):
            key = finding.row if finding.row is not None else float("inf")
            records.append((key, order, _finding_record(finding)))
        records.sort(key=lambda item: (item[0], item[1]))
        return [record for _, _, record in records]

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as a JSON document: ``ok``, the counts, and ``records``.

        Examples:
            >>> import json
            >>> sorted(json.loads(audit([]).to_json()))
            ['accounts', 'by_rule', 'by_severity', 'error_rows', 'ok', 'records', \
'unknown_columns']
        """
        import json

        document = {
            "ok": self.ok,
            "accounts": self.accounts,
            "error_rows": self.error_rows,
            "by_severity": {severity.value: count for severity, count in self.by_severity.items()},
            "by_rule": dict(self.by_rule),
            "unknown_columns": list(self.unknown_columns),
            "records": self.to_records(),
        }
        return json.dumps(document, ensure_ascii=False, indent=indent)

    def text(self, lang: Lang = "nb") -> str:
        """The report as plain text, one line per finding, then the counts.

        Examples:
            >>> from randaberg_some import Account
            >>> report = audit([Account(platform="myspace", name="Randaberg kommune",
            ...                         handle="@randabergkommune", administrators=["Kari"],
            ...                         purposes=["information"])])
            >>> print(report.text("en"))
            account 1  myspace  @randabergkommune  C801 warning: 'myspace' is not one of the \
kommune's channels. Clarify the account with Kommunikasjonsavdelingen.
            account 1  myspace  @randabergkommune  P402 warning: The profile picture is not \
stated, so it cannot be checked against the logo rule.
            1 accounts, 0 unreadable rows: 0 errors, 2 warnings, 0 info.
        """
        words = _SEVERITY_WORDS[lang]
        lines: list[str] = []
        if self.unknown_columns:
            names = ", ".join(repr(name) for name in self.unknown_columns)
            lines.append(
                f"Note: unknown columns were ignored: {names}"
                if lang == "en"
                else f"Merk: ukjente kolonner er hoppet over: {names}"
            )
        for record in self.to_records():
            row = record["row"]
            if row is not None:
                where = f"row {row}" if lang == "en" else f"rad {row}"
            else:
                position = record["position"]
                where = f"account {position}" if lang == "en" else f"konto nr. {position}"
            message = record["message_en" if lang == "en" else "message"]
            if record["code"] is None:
                field = f" ({record['field']})" if record["field"] else ""
                label = "unreadable row" if lang == "en" else "rad som ikke kan leses"
                lines.append(f"{where}  {label}{field}: {message}")
                continue
            severity = words[Severity(record["severity"])]
            lines.append(
                f"{where}  {record['platform']}  {record['handle']}  {record['code']} "
                f"{severity}: {message}"
            )
        lines.append(self.summary(lang))
        return "\n".join(lines)

    def to_html(self, lang: Lang = "nb", *, limit: int = _HTML_LIMIT) -> str:
        """The report as an HTML table; every value from the accounts is escaped.

        Args:
            lang: The language of the messages and headings.
            limit: At most this many rows are shown; a note says how many more there are.
        """
        import html

        words = _SEVERITY_WORDS[lang]
        heads = (
            ("Row", "Platform", "Handle", "Code", "Severity", "Field", "Message", "Fix")
            if lang == "en"
            else ("Rad", "Plattform", "Brukernavn", "Kode", "Alvor", "Felt", "Melding", "Retting")
        )
        records = self.to_records()
        parts = [
            '<table class="randaberg-some-audit">',
            f"<caption>{html.escape(self.summary(lang))}</caption>",
            "<thead><tr>" + "".join(f"<th>{head}</th>" for head in heads) + "</tr></thead>",
            "<tbody>",
        ]
        for record in records[:limit]:
            row = record["row"] if record["row"] is not None else f"#{record['position']}"
            severity = words[Severity(record["severity"])]
            cells = (
                row,
                record["platform"],
                record["handle"],
                record["code"] or "",
                severity,
                record["field"],
                record["message_en" if lang == "en" else "message"],
                record["fix"],
            )
            parts.append(
                f'<tr class="{severity}">'
                + "".join(
                    f"<td>{html.escape('' if cell is None else str(cell))}</td>" for cell in cells
                )
                + "</tr>"
            )
        parts.append("</tbody>")
        parts.append("</table>")
        if len(records) > limit:
            more = len(records) - limit
            note = (
                f"… and {more} more (see to_records())"
                if lang == "en"
                else f"… og {more} til (se to_records())"
            )
            parts.append(f"<p>{html.escape(note)}</p>")
        return "\n".join(parts)

    def _repr_html_(self) -> str:
        return self.to_html()


def _finding_record(finding: Finding) -> dict[str, object]:
    account = finding.account
    violation = finding.violation
    platform = account.platform
    return {
        "row": finding.row,
        "position": finding.position,
        "platform": platform.value if isinstance(platform, Platform) else platform,
        "handle": account.handle,
        "name": account.name,
        "unit": None if account.unit is None else account.unit.name,
        "code": violation.code,
        "rule": RULES[violation.code].name if violation.code in RULES else None,
        "severity": violation.severity.value,
        "field": violation.field,
        "message": violation.message.nb,
        "message_en": violation.message.en,
        "source": violation.source,
        "fix": violation.fix,
    }


def _error_record(error: RowError) -> dict[str, object]:
    return {
        "row": error.row,
        "position": error.row,
        "platform": None,
        "handle": None,
        "name": None,
        "unit": None,
        "code": None,
        "rule": "row-error",
        "severity": Severity.ERROR.value,
        "field": error.field,
        "message": error.message,
        "message_en": error.message_en,
        "source": None,
        "fix": None,
    }


def audit(
    accounts: Iterable[Account | InventoryRow],
    *,
    policy: NamingPolicy = DEFAULT_POLICY,
    keep_findings: bool = True,
    across: bool = True,
) -> AuditReport:
    """Audit accounts: each against the guideline, and all of them against each other.

    Each account gets the findings of :func:`~randaberg_some.validate_account`. Across the
    accounts: two handles that the platform treats as the same (``X901``; Facebook ignores
    case and periods), an account listed twice with the same details (``X903``, instead of
    ``X901``), and a unit whose handles carry different abbreviations on different
    platforms (``X902``, G12). These findings concern the later of the two accounts and
    name the earlier one.

    Args:
        accounts: Accounts, a :class:`LoadedInventory`, an :class:`InventoryReader`, or any
            iterable of :class:`~randaberg_some.Account` and :class:`InventoryRow`
            values. Rows give the findings their row numbers, and their errors count.
        policy: The naming policy.
        keep_findings: ``False`` keeps only the counts (for a file too large to hold its
            findings); ``findings`` and ``row_errors`` are then empty.
        across: ``False`` leaves out the rules across accounts, whose memory grows with the
            number of distinct handles (see :func:`iter_findings`).

    Returns:
        The report.

    Raises:
        RandabergSomeError: ``accounts`` is not an iterable of accounts or rows.

    Examples:
        >>> from randaberg_some import Account, Platform, Unit
        >>> def account(platform, handle):
        ...     return Account(platform=platform, name="Randabergkommune Bassenget",
        ...                    handle=handle, unit=Unit(name="Bassenget"))
        >>> report = audit([account("instagram", "@randabergkommune_bassenget"),
        ...                 account("youtube", "@randabergkommune_basseng")])
        >>> [f.violation.fix for f in report.findings if f.code == "X902"]
        ['@randabergkommune_bassenget']
    """
    _check_iterable(accounts)
    auditor = _Auditor(policy, across=across)
    findings: list[Finding] = []
    row_errors: list[RowError] = []
    by_rule = dict.fromkeys(RULES, 0)
    by_severity = dict.fromkeys(Severity, 0)
    error_rows = 0
    for position, item in enumerate(accounts, start=1):
        if isinstance(item, InventoryRow) and item.errors:
            error_rows += 1
        for found in auditor.feed(item, position):
            if isinstance(found, RowError):
                if keep_findings:
                    row_errors.append(found)
                continue
            by_rule[found.code] += 1
            by_severity[found.severity] += 1
            if keep_findings:
                findings.append(found)
    unknown: tuple[str, ...] = ()
    if isinstance(accounts, (LoadedInventory, InventoryReader)):
        unknown = accounts.unknown_columns
    return AuditReport(
        findings=tuple(findings),
        row_errors=tuple(row_errors),
        accounts=auditor.accounts,
        error_rows=error_rows,
        by_rule={code: count for code, count in by_rule.items() if count},
        by_severity=by_severity,
        unknown_columns=unknown,
    )
