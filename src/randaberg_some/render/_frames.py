"""Records as a typed ``pandas.DataFrame``: pandas is imported here, and only when asked.

A column is typed by what it holds, not left as ``object``: row numbers as ``Int64`` (a
row error of a JSON item may have none), a severity or a status as an ordered categorical
(so that sorting puts errors first), times as tz-aware datetimes in Europe/Oslo, text as
``string``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..errors import MissingDependencyError

if TYPE_CHECKING:
    import pandas

__all__ = ["frame", "records_column"]

_OSLO = "Europe/Oslo"


def _check_pandas() -> None:
    try:
        import pandas  # noqa: F401
    except ImportError:
        raise MissingDependencyError(
            "to_dataframe() needs pandas, which is not installed: pip install pandas"
        ) from None


def records_column(records: Sequence[dict[str, object]], column: str) -> list[object]:
    """The values of ``column`` in ``records``, as the records hold them."""
    return [record.get(column) for record in records]


def frame(
    records: Sequence[dict[str, object]],
    columns: Sequence[str],
    *,
    ints: Iterable[str] = (),
    categories: dict[str, Sequence[str]] | None = None,
    times: Iterable[str] = (),
) -> pandas.DataFrame:
    """``records`` as a DataFrame with ``columns`` (in that order), each typed.

    Args:
        records: Flat dicts, as the renderers' ``records`` give them.
        columns: The columns, in order (also when there are no records).
        ints: Columns of whole numbers or ``None``: ``Int64`` (kept as they are when they
            hold anything else, such as rows named by a DataFrame's index).
        categories: Columns with a fixed, ordered set of values: ordered ``category``.
        times: Columns of tz-aware datetimes or ``None``: ``datetime64[ns, Europe/Oslo]``.

    Every other column is ``string``, except one holding something else than text (a
    dict of messages), which stays ``object``.

    Raises:
        MissingDependencyError: pandas is not installed.
    """
    _check_pandas()
    import pandas as pd

    data: pd.DataFrame = pd.DataFrame.from_records(list(records), columns=list(columns))
    whole, moments_in = set(ints), set(times)
    categories = categories or {}
    for column in columns:
        values = data[column]
        if column in whole and all(
            value is None or (isinstance(value, int) and not isinstance(value, bool))
            for value in records_column(records, column)
        ):
            data[column] = pd.array(list(values), dtype="Int64")
        elif column in whole:  # rows named by a DataFrame's index: kept as they are
            data[column] = values.astype("object")
        elif column in categories:
            dtype = pd.CategoricalDtype(list(categories[column]), ordered=True)
            data[column] = values.astype(dtype)
        elif column in moments_in:
            moments = pd.to_datetime(list(values), utc=True)
            data[column] = pd.Series(moments, index=data.index).dt.tz_convert(_OSLO)
        elif pd.api.types.is_string_dtype(values) and not pd.api.types.is_bool_dtype(values):
            data[column] = values.astype("string")
    return data
