r"""Comment exports: when each comment arrived, who wrote it, what it says, where it is.

:func:`load_comments` reads an export the way response logs are read (the one opener, the
one tolerant CSV reader, spreadsheets, JSON, JSON Lines, DataFrames, mappings; see
:mod:`randaberg_some.files.responses`), with the column names a platform's export or a
person writes in bokmål, nynorsk or English.

A comment's text may hold personal data: a row error never names its row by its cells,
and no message echoes the text.

Examples:
    >>> import io
    >>> from randaberg_some.files.comments import load_comments
    >>> export = load_comments(io.StringIO(
    ...     "Mottatt;Forfatter;Kommentar\n"
    ...     "2024-05-15T09:00+02:00;Kari;Når åpner bassenget?\n"
    ...     "2024-05-15T09:00;Ola;Hei\n"
    ... ))
    >>> len(export.items), [(error.row, error.field) for error in export.errors]
    (1, [(3, 'received_at')])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from .._inventory import column_key
from .._tables import Frame, cell_text
from .._text import shown
from ..errors import InvalidFileError
from ..messages import Message
from ..moderation import Comment, comment_errors
from ..rows import Loaded, Row
from ._records import Problems, Table, error_row, load_table, time_cell
from ._source import Source

__all__ = ["COMMENT_COLUMNS", "load_comments"]

# Each field with the names an export may give it (compared as lower case, words joined
# by "_"): English first, then bokmål and nynorsk.
COMMENT_COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    "received_at": (
        "received_at", "received", "created_time", "created_at", "created", "timestamp",
        "time", "date", "mottatt", "motteke", "mottatt_tid", "tidspunkt", "tid", "dato",
    ),
    "author": (
        "author", "from", "from_name", "user", "forfatter", "avsender", "avsendar", "fra", "frå",
    ),
    "text": (
        "text", "message", "comment", "body", "tekst", "kommentar", "melding", "innhold",
        "innhald",
    ),
    "url": ("url", "permalink", "permalink_url", "link", "lenke"),
}  # fmt: skip
_REQUIRED: Final = ("received_at", "text")
_FIELDS: Final = {name: field for field, names in COMMENT_COLUMNS.items() for name in names}

_HEADER: Final = Message(
    nb="Overskriftsraden i {where} skal ha én kolonne for mottakstidspunktet (f.eks. mottatt, "
    "tidspunkt, received) og én for teksten (f.eks. tekst, kommentar, melding) (fikk {got}).",
    nn="Overskriftsrada i {where} skal ha éin kolonne for mottakstidspunktet (t.d. motteke, "
    "tidspunkt, received) og éin for teksten (t.d. tekst, kommentar, melding) (fekk {got}).",
    en="The header row of {where} must have one column for the time received (such as "
    "received, created_time, mottatt) and one for the text (such as text, message, "
    "kommentar) (got {got}).",
)
_TWICE: Final = Message(
    nb="Overskriftsraden i {where} har {field} to ganger (fikk {got}).",
    nn="Overskriftsrada i {where} har {field} to gonger (fekk {got}).",
    en="The header row of {where} names {field} twice (got {got}).",
)
_EMPTY: Final = Message(
    nb="{where} er tom; den skal ha en overskriftsrad med mottakstidspunkt og tekst.",
    nn="{where} er tom; ho skal ha ei overskriftsrad med mottakstidspunkt og tekst.",
    en="{where} is empty; it must have a header row with the time received and the text.",
)


def _field(name: str) -> str | None:
    return _FIELDS.get(column_key(name))


def _header(names: list[str] | None, where: str, line: int) -> dict[str, int]:
    """Each field's index in the header; every field at most once, the required ones once."""
    columns: dict[str, int] = {}
    for index, name in enumerate(names or ()):
        field = _field(name)
        if field is None:
            continue
        if field in columns:
            message = _TWICE.format(where=shown(where), field=field, got=shown(names))
            raise InvalidFileError(f"{where}: line {line}: {message.en}", message=message)
        columns[field] = index
    if any(field not in columns for field in _REQUIRED):
        message = _HEADER.format(where=shown(where), got=shown(names))
        raise InvalidFileError(f"{where}: line {line}: {message.en}", message=message)
    return columns


def _empty(where: str) -> InvalidFileError:
    message = _EMPTY.format(where=shown(where))
    return InvalidFileError(message.en, message=message)


def _row(
    values: Mapping[str, object],
    row: int | str,
    line: int | None,
    cells: Sequence[object],
    local: bool,
) -> Row[Comment]:
    problems: Problems = []
    received = time_cell(values.get("received_at"), "received_at", problems, local=local)
    unreadable_time = bool(problems)
    # cell_text: a number typed in a spreadsheet is its digits, an empty cell "". An empty
    # text is a comment of only a picture: still a comment to assess.
    text = cell_text(values.get("text"))
    author, url = cell_text(values.get("author")) or None, cell_text(values.get("url")) or None
    for error in comment_errors(row, received, text, author, url):
        if not (error.field == "received_at" and unreadable_time):
            problems.append((error.field, error.message))
    if problems or received is None:
        return error_row(row, line, problems, ())
    comment = Comment(
        received_at=received,
        text=str(text),
        author=None if author is None else str(author),
        url=None if url is None else str(url),
        row=row,
    )
    return Row(row=row, line=line, value=comment)


_TABLE: Final = Table(columns=_header, empty=_empty, field=_field, build=_row, shows_cells=False)


def load_comments(
    source: Source | Frame | Iterable[Mapping[Any, Any]], *, sheet: str | int | None = None
) -> Loaded[Comment]:
    r"""Load a comment export from a CSV or JSON file, a spreadsheet or a table.

    The header (the first non-empty row) names the columns; case, spaces and ``-`` do not
    matter, and other columns are ignored:

    - the time received (required): ``received_at``, ``received``, ``created_time``,
      ``created_at``, ``timestamp``, ``time``, ``date``, ``mottatt``, ``motteke``,
      ``tidspunkt``, ``tid``, ``dato``: ISO 8601 with a UTC offset (``Z`` allowed), or a
      spreadsheet's date-time cell (read as Europe/Oslo time);
    - the text (required): ``text``, ``message``, ``comment``, ``body``, ``tekst``,
      ``kommentar``, ``melding``, ``innhold``, ``innhald`` (empty for a picture);
    - the author: ``author``, ``from``, ``from_name``, ``user``, ``forfatter``,
      ``avsender``, ``avsendar``, ``fra``, ``frå``;
    - the address: ``url``, ``permalink``, ``permalink_url``, ``link``, ``lenke``.

    Every data row becomes a :class:`~randaberg_some.moderation.Comment` or at least one
    :class:`~randaberg_some.rows.RowError` with its row (as in
    :func:`~randaberg_some.files.responses.load_responses`). A row error never carries the
    row's cells: they may hold personal data.

    Args:
        source: A path, ``"-"`` for standard input, an open file, a pandas DataFrame or an
            iterable of mappings.
        sheet: For a spreadsheet, the sheet's name or 0-based position (the first by
            default).

    Returns:
        The rows, with ``items`` (the comments), ``errors`` and ``notices``.

    Raises:
        InvalidFileError: the file cannot be read, is empty, or its header has no column
            for the time or the text, or one for a field twice.

    Examples:
        >>> export = load_comments([{"created_time": "2024-05-15T07:00Z", "message": "Hei"}])
        >>> [(comment.row, comment.text) for comment in export.items]
        [(1, 'Hei')]
    """
    return load_table(source, sheet, _TABLE)
