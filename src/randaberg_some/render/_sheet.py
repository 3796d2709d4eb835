"""A sheet of a workbook as the renderers prepare it and the files layer writes it.

Rendering decides what a person reads (headings in their language, labels, the fix spelled
out, the order); :mod:`randaberg_some.files.workbook` only writes it down.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Final

import attrs

from ..messages import Lang, Message
from ._labels import field_label

if TYPE_CHECKING:
    from ..rows import RowError

__all__ = ["ERROR_HEADING", "Cell", "Sheet", "counts_sheet", "errors_sheet"]

Cell = str | int | float | datetime | None


@attrs.frozen(kw_only=True)
class Sheet:
    """One sheet: a header row and data rows, each row with an optional style.

    Attributes:
        name: The sheet's name (at most 31 characters, as Excel demands).
        headings: The header row.
        rows: The data rows, each as long as ``headings``.
        widths: Each column's width in characters.
        styles: Per row, a style key (a severity or a status: ``"error"``, ``"met"``, …)
            that colours the ``styled`` column, or ``None``; empty for none at all.
        styled: The column that carries the colour, or ``None``.
    """

    name: str
    headings: tuple[str, ...]
    rows: Sequence[Sequence[Cell]]
    widths: tuple[int, ...]
    styles: Sequence[str | None] = ()
    styled: int | None = None


ERROR_HEADING: Final = (
    Message(nb="rad", nn="rad", en="row"),
    Message(nb="felt", nn="felt", en="field"),
    Message(nb="feil", nn="feil", en="error"),
)
"""The columns of a report's unusable rows: the row, the field, the error."""

_UNUSABLE: Final = Message(
    nb="Rader som ikke kan brukes", nn="Rader som ikkje kan brukast", en="Unusable rows"
)
_SUMMARY: Final = Message(nb="Sammendrag", nn="Samandrag", en="Summary")
_COUNT_HEADING: Final = (
    Message(nb="Hva", nn="Kva", en="What"),
    Message(nb="Antall", nn="Tal", en="Count"),
)


def errors_sheet(errors: Sequence[RowError], lang: Lang) -> Sheet:
    """The sheet of the rows a report could not use: row, field and error in ``lang``."""
    return Sheet(
        name=_UNUSABLE.text(lang),
        headings=tuple(word.text(lang).capitalize() for word in ERROR_HEADING),
        rows=[(error.row, field_label(error.field, lang), error.text(lang)) for error in errors],
        widths=(6, 14, 70),
    )


def counts_sheet(counts: Sequence[tuple[str, int]], lang: Lang, *, width: int) -> Sheet:
    """The summary sheet: each label with its count."""
    return Sheet(
        name=_SUMMARY.text(lang),
        headings=tuple(word.text(lang) for word in _COUNT_HEADING),
        rows=counts,
        widths=(width, 10),
    )
