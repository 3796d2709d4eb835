"""Rows read from a person's file: the values every loader returns.

Whatever the file (an inventory of accounts, a log of responses) and whatever its format
(CSV, a spreadsheet, JSON), a loader returns one :class:`Loaded` value: every data row, as
a :class:`Row` that holds either the value read from it or the :class:`RowError` values
that say why it holds none, plus the :class:`Notice` values about the file as a whole (an
encoding that had to be assumed). No row is ever dropped silently.

A row is named as the person sees it: in a CSV file or a spreadsheet by the spreadsheet's
row number (the header is row 1, so the first data row is row 2), in JSON by the item's
position (1-based), in JSON Lines by its line, from a pandas DataFrame by its index label
(an integer, or the label as text), from other mappings by their position (1-based). A row
error carries the account's platform
and handle (or the row's first cells) whenever the row has them, so that a message can say
which account it concerns.

These are pure values; reading files is the files layer's job (``randaberg_some.files``).

Examples:
    >>> from randaberg_some.rows import Loaded, Row, RowError
    >>> from randaberg_some.messages import Message
    >>> bad = RowError(row=3, field="platform", platform="myspace",
    ...                message=Message.same("?"))
    >>> loaded = Loaded(rows=(Row(row=2, value="ok"), Row(row=3, errors=(bad,))))
    >>> loaded.items, loaded.error_rows
    (('ok',), (3,))
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

import attrs

from ._notebook import Shown
from .errors import RandabergSomeError
from .messages import Lang, Message
from .rules import Severity

__all__ = ["Loaded", "Notice", "Row", "RowError"]

T = TypeVar("T")


@attrs.frozen(kw_only=True)
class RowError:
    """A data row that could not be read, or one of its fields, and why.

    A row with several bad fields has one error per field.

    Attributes:
        row: The row as the person sees it (see the module's description): a number, or
            a DataFrame's index label as text.
        line: The physical line of the file where the row begins (1-based), where the file
            has lines; ``None`` for a JSON list or a spreadsheet.
        field: The field the error concerns (its English column name), or ``None`` when it
            concerns the whole row (broken quoting, a wrong number of cells).
        message: What is wrong.
        platform: The row's platform as written, when the row has one.
        handle: The row's handle (or other identifying value) as written, when it has one.
        cells: The row's first cells as written, when it has neither platform nor handle.
    """

    row: int | str
    line: int | None = None
    field: str | None = None
    message: Message
    platform: str | None = None
    handle: str | None = None
    cells: tuple[str, ...] = ()

    @property
    def severity(self) -> Severity:
        """Always :attr:`Severity.ERROR`: a row that gives no value counts as an error."""
        return Severity.ERROR

    def text(self, lang: Lang = "nb") -> str:
        """Return the message in ``lang``."""
        return self.message.text(lang)


@attrs.frozen(kw_only=True)
class Notice:
    """Something about a file as a whole that the reader should know, but not an error.

    Attributes:
        code: A stable code, e.g. ``"encoding-assumed"``.
        message: What happened and what to do about it.
    """

    code: str
    message: Message

    def text(self, lang: Lang = "nb") -> str:
        """Return the message in ``lang``."""
        return self.message.text(lang)


@attrs.frozen(kw_only=True)
class Row(Generic[T]):
    """One data row: the value read from it, or why it has none.

    Attributes:
        row: The row as the person sees it (see the module's description): a number, or
            a DataFrame's index label as text.
        line: The physical line where the row begins, where the file has lines.
        value: The value (an :class:`~randaberg_some.Account`, a response record), or
            ``None`` when the row has errors.
        errors: Why the row gives no value; empty when it gives one.
    """

    row: int | str
    line: int | None = None
    value: T | None = None
    errors: tuple[RowError, ...] = ()


def _check_rows(instance: object, attribute: object, value: object) -> None:
    """A loaded file's rows are a tuple of :class:`Row`; anything else is the library's error."""
    if not isinstance(value, tuple) or not all(isinstance(row, Row) for row in value):
        from ._text import shown

        raise RandabergSomeError(f"'rows' must be a tuple of Row values (got {shown(value)})")


def _items(loaded: Loaded[T]) -> tuple[T, ...]:
    # The derived fields are computed before attrs runs the validators: check here first.
    _check_rows(loaded, None, loaded.rows)
    return tuple(row.value for row in loaded.rows if row.value is not None)


def _errors(loaded: Loaded[T]) -> tuple[RowError, ...]:
    return tuple(error for row in loaded.rows for error in row.errors)


@attrs.frozen(kw_only=True, repr=False)
class Loaded(Shown, Generic[T]):
    """Everything a loader read from one file: every data row, value or error.

    Iterating gives the :class:`Row` values in file order.

    Attributes:
        rows: Every data row, in file order.
        source: The file's name, ``"-"`` for standard input, or ``"<stream>"``.
        format: The format the file was read as (``"csv"``, ``"json"``, ``"jsonl"``, …).
        encoding: The text encoding the file was read in, where it is text.
        unknown_columns: Columns (or keys) that the loader does not know, each once, in the
            order first seen. They are ignored; they are not errors.
        notices: What the reader should know about the file (an assumed encoding).
        items: The values, in file order.
        errors: The row errors, in file order.
    """

    rows: tuple[Row[T], ...] = attrs.field(validator=_check_rows)
    source: str = "<stream>"
    format: str = "csv"
    encoding: str | None = None
    unknown_columns: tuple[str, ...] = ()
    notices: tuple[Notice, ...] = ()
    items: tuple[T, ...] = attrs.field(init=False, default=attrs.Factory(_items, takes_self=True))
    errors: tuple[RowError, ...] = attrs.field(
        init=False, default=attrs.Factory(_errors, takes_self=True)
    )

    @property
    def data_rows(self) -> int:
        """The number of data rows: values plus rows with errors."""
        return len(self.rows)

    @property
    def error_rows(self) -> tuple[int | str, ...]:
        """The numbers of the rows that have errors, in file order."""
        return tuple(row.row for row in self.rows if row.errors)

    def __iter__(self) -> Iterator[Row[T]]:
        return iter(self.rows)
