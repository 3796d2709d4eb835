"""Tables as values: typed cells read as text, DataFrames and mappings as rows.

Private to the package: the files layer reads spreadsheets and DataFrames through these, and
:func:`~randaberg_some.audit` reads mappings through them, so that a value typed in a
spreadsheet cell or a DataFrame is read as the same text a CSV cell would hold.

A DataFrame is recognised by its shape (``to_dict``, ``index`` and ``columns``), so that
pandas is never imported here: it is the caller's.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, time
from typing import Any, Literal, Protocol

__all__ = [
    "Frame",
    "cell_text",
    "is_blank",
    "is_blank_row",
    "is_frame",
    "is_missing",
    "label",
    "row_key",
    "table_items",
]


def is_missing(value: object) -> bool:
    """Whether a cell is empty: ``None``, ``""``, NaN, or pandas' ``NA`` and ``NaT``."""
    if value is None or value == "":
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, (str, bool, int, list, tuple, dict)):
        return False
    try:
        return bool(value != value)  # NaN and NaT are not equal to themselves
    except Exception:  # pandas.NA refuses bool(); a caller's object may refuse anything
        return type(value).__name__ == "NAType"


def is_blank(value: object) -> bool:
    """Whether a cell is empty or only spaces."""
    return is_missing(value) or (isinstance(value, str) and not value.strip())


def is_blank_row(item: object) -> bool:
    """Whether a row (a mapping) has nothing in it: no row at all, as a blank CSV line."""
    return isinstance(item, Mapping) and all(is_blank(value) for value in item.values())


def cell_text(value: object) -> object:
    """A typed cell as the text a CSV cell of it would hold; other values are kept.

    Numbers lose a fractional part of zero (``5.0`` is ``"5"``), booleans are ``"true"``
    and ``"false"``, dates and times are ISO 8601, an empty cell is ``""``. A list (a
    mapping's list of purposes) and a value of no such type are kept as they are.

    Examples:
        >>> [cell_text(v) for v in (5.0, 1.5, True, 7, None, float("nan"), " x ")]
        ['5', '1.5', 'true', '7', '', '', ' x ']
        >>> cell_text(datetime(2024, 5, 15, 9, 30)), cell_text(date(2024, 5, 15))
        ('2024-05-15T09:30:00', '2024-05-15')
    """
    if isinstance(value, str):
        return value
    if is_missing(value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        number = float(value)
        if number.is_integer() and abs(number) < 2.0**53:
            return str(int(number))
        return repr(number)
    if type(value).__name__ == "bool_":  # numpy's booleans are not bool
        return "true" if bool(value) else "false"
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return value


def label(value: object) -> int | str:
    """A DataFrame's index label as a row's name: an integer stays one, the rest is text."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    return str(value)


def is_frame(value: object) -> bool:
    """Whether ``value`` looks like a pandas DataFrame (without importing pandas)."""
    return all(hasattr(value, name) for name in ("to_dict", "index", "columns")) and not (
        isinstance(value, (str, bytes, Mapping))
    )


def table_items(frame: object) -> Iterator[tuple[int | str, object]]:
    """A DataFrame's rows as (index label, mapping of column to value), in order."""
    records: Iterable[object] = frame.to_dict("records")  # type: ignore[attr-defined]
    labels: Iterable[object] = frame.index  # type: ignore[attr-defined]
    for name, record in zip(labels, records):  # noqa: B905 (both as long as the frame)
        yield label(name), record


def row_key(row: int | str | None) -> tuple[int, int]:
    """A sort key for rows named by numbers, by labels (kept in order) or by nothing."""
    if isinstance(row, int):
        return (0, row)
    return (1, 0) if row is not None else (2, 0)


class Frame(Protocol):
    """What is read as a pandas DataFrame: rows as records, an index, columns."""

    @property
    def index(self) -> Any: ...

    @property
    def columns(self) -> Any: ...

    def to_dict(self, orient: Literal["records"], *args: Any, **kwargs: Any) -> Any: ...
