"""A sheet of a workbook as the renderers prepare it and the files layer writes it.

Rendering decides what a person reads (headings in their language, labels, the fix spelled
out, the order); :mod:`randaberg_some.files.workbook` only writes it down.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import attrs

__all__ = ["Cell", "Sheet"]

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
