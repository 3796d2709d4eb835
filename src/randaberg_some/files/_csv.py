"""The one tolerant CSV record reader, for every tabular file the library reads.

Inventories and response logs alike are read here: the delimiter (``;``, ``,`` or tab) is
sniffed from the header, a quoted field may hold the delimiter, quotes (``""``) and line
breaks, and broken quoting costs one row, not the rest of the file: when a quote opened on
a line does not close into a record of the header's width within
:data:`MAX_RECORD_LINES` lines, only that line is reported, and reading goes on with the
next line. No limit is put on the size of a cell.

Each record gets the row number a spreadsheet shows for it: every record counts, the
header and blank lines included, and a record whose quoted field spans lines counts once.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from typing import Final, NamedTuple

from ..messages import Message

__all__ = [
    "BROKEN",
    "MAX_RECORD_LINES",
    "STRAY",
    "Lines",
    "Record",
    "first_cells",
    "header",
    "records",
    "sniff_delimiter",
    "wrong_width",
]

# A record may span at most this many physical lines (a quoted field with line breaks).
MAX_RECORD_LINES: Final = 100

# Split after a line feed, and after a carriage return that does not begin a CRLF: a lone
# CR ends a line too.
_LINE_END: Final = re.compile(r"(?<=\n)|(?<=\r)(?!\n)")

_OPEN: Final = "open"  # a quoted field is still open at the end of the text
_STRAY: Final = "stray"  # text after a closing quote

BROKEN: Final = Message(
    nb="Raden åpner et felt med anførselstegn som aldri lukkes; bare linje {line} er lest "
    "som raden, og lesingen fortsetter på neste linje.",
    nn="Rada opnar eit felt med hermeteikn som aldri blir lukka; berre linje {line} er lesen "
    "som rada, og lesinga held fram på neste linje.",
    en="The row opens a quoted field that is never closed; only line {line} is read as the "
    "row, and reading goes on with the next line.",
)
STRAY: Final = Message(
    nb='Raden har tekst etter et lukkende anførselstegn (skriv "" for et anførselstegn inne '
    "i et felt).",
    nn='Rada har tekst etter eit lukkande hermeteikn (skriv "" for eit hermeteikn inne i eit '
    "felt).",
    en='The row has text after a closing quote (write "" for a quote inside a field).',
)
_WIDTH: Final = Message(
    nb="Raden har {got} felt; overskriften har {width}.",
    nn="Rada har {got} felt; overskrifta har {width}.",
    en="The row has {got} fields; the header has {width}.",
)


def wrong_width(got: int, width: int) -> Message:
    """The message for a row with ``got`` fields under a header of ``width``."""
    return _WIDTH.format(got=got, width=width)


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


class Lines:
    """Physical lines of a text (ends kept), with look-ahead, line and row numbers.

    Args:
        lines: The text, a line or a block of whole lines at a time (``Opened.lines()``).
    """

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self._ahead: deque[str] = deque()
        self.number = 0  # the number of the last line taken

    def _read(self) -> bool:
        chunk = next(self._lines, None)
        if chunk is None:
            return False
        if "\r" in chunk or chunk.count("\n") > 1:
            self._ahead.extend(part for part in _LINE_END.split(chunk) if part)
        elif chunk:
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
        while not self._ahead:
            if not self._read():
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


def _record(
    lines: Lines, first: str, delimiter: str, width: int | None = None
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
    joined = [first]
    for ahead in range(MAX_RECORD_LINES - 1):
        following = lines.peek(ahead)
        if following is None:
            break
        joined.append(following)
        fields, problem = _split(_without_ending("".join(joined)), delimiter)
        if problem == _OPEN:
            continue
        if problem is None and (width is None or len(fields) == width):
            for _ in range(ahead + 1):
                lines.take()
            return fields, None
        break
    return None, _OPEN


def sniff_delimiter(line: str) -> str:
    """The delimiter of a header line: the most frequent of ``;``, ``,`` and tab."""
    counts = {delimiter: line.count(delimiter) for delimiter in (";", ",", "\t")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


class Record(NamedTuple):
    """One data record: its row and line, and its fields or what broke it.

    Attributes:
        row: The spreadsheet's row number.
        line: The physical line where the record begins.
        fields: The fields, or ``None`` when the quoting is broken.
        problem: ``None``, or :data:`BROKEN` or :data:`STRAY` filled in for the row.
        text: The record's first line as written, without its line end.
    """

    row: int
    line: int
    fields: list[str] | None
    problem: Message | None
    text: str


def header(lines: Lines) -> tuple[int, str, Record] | None:
    """Skip blank lines and read the header; ``None`` when the text is blank.

    Returns:
        The header's row number, the sniffed delimiter and the header record (its
        ``fields`` ``None`` when its quoting is broken).
    """
    row = 0
    while True:
        first = lines.take()
        if first is None:
            return None
        row += 1
        if first.strip():
            break
    delimiter = sniff_delimiter(first)
    line = lines.number
    fields, _ = _record(lines, first, delimiter)
    return row, delimiter, Record(row, line, fields, None, _without_ending(first))


def records(lines: Lines, delimiter: str, width: int, after: int) -> Iterator[Record]:
    """The data records after the header (row ``after``); blank records are skipped.

    A blank line, or a row of empty cells as spreadsheets write them, is no record, but it
    keeps its row number.
    """
    row = after
    while True:
        first = lines.take()
        if first is None:
            return
        row += 1
        line = lines.number
        if not first.replace(delimiter, "").strip():
            continue
        fields, problem = _record(lines, first, delimiter, width)
        if fields is not None:
            if any(field.strip() for field in fields):
                yield Record(row, line, fields, None, "")
            continue
        message = STRAY if problem == _STRAY else BROKEN.format(line=line)
        yield Record(row, line, None, message, _without_ending(first))


def first_cells(text: str, delimiter: str, count: int = 3) -> tuple[str, ...]:
    """The first ``count`` cells of a line as written, for naming a broken row."""
    cells = [cell.strip().strip('"').strip() for cell in text.split(delimiter)]
    return tuple(cell for cell in cells if cell)[:count]
