"""What every result a notebook shows has in common: a short repr, HTML, a DataFrame.

:class:`Shown` is mixed into the results (the loaded file, the audit report, the response
report, the handle plan, the readiness assessment). Its methods forward to
:mod:`randaberg_some.render`, imported on first use, so that the core stays pure and
``import randaberg_some`` imports neither pandas nor any renderer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from .messages import Lang

if TYPE_CHECKING:
    import pandas

__all__ = ["PathLike", "Shown", "Target"]


class PathLike(Protocol):
    """A path object (``pathlib.Path``): what ``os.fspath`` accepts."""

    def __fspath__(self) -> str: ...


# Where a workbook or a report is written: a file name or a path object.
Target = str | PathLike


class Shown:
    """A result that a notebook shows: ``repr`` gives counts, Jupyter shows the HTML.

    The attrs classes that mix it in are declared with ``repr=False``, so that this short
    repr replaces the one that would print every field.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        from . import render

        return render.short(self)

    def to_records(self, lang: Lang = "nb") -> list[dict[str, object]]:
        """The result as flat records: see :func:`randaberg_some.render.records`."""
        from . import render

        return render.records(self, lang)

    def to_dataframe(self, lang: Lang = "nb") -> pandas.DataFrame:
        """The records as a typed ``pandas.DataFrame`` (pandas is imported only now).

        Raises:
            MissingDependencyError: pandas is not installed (``pip install pandas``).
        """
        from . import render

        frame: Any = render.dataframe(self, lang)
        return frame  # type: ignore[no-any-return]

    def _repr_html_(self) -> str:
        from . import render

        return render.html(self)
