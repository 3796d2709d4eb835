"""A readiness checklist's answers, read from a TOML or JSON file.

:func:`load_checklist` reads through the files layer's one opener (a path, ``"-"`` for
standard input, or an open file, in any encoding the layer reads), parses the document, and
hands it to the core, which turns it into a :class:`~randaberg_some.ReadinessChecklist`.
"""

from __future__ import annotations

import json
import sys
from typing import Literal

from .. import readiness
from .._text import shown
from ..errors import InvalidFileError, ReadinessError
from ..messages import Message
from ..readiness import ReadinessChecklist
from ._source import Source, open_source, shown_path

__all__ = ["Format", "load_checklist"]

Format = Literal["toml", "json"]
"""An answers file's format: ``"toml"`` or ``"json"``."""


class _AnswersFileError(ReadinessError, InvalidFileError):
    """An answers file that cannot be read: both a readiness and a file problem."""


def _bad(where: str, kind: str, reason: str) -> ReadinessError:
    return _AnswersFileError(
        f"{where}: bad {kind}: {reason}",
        message=Message(
            nb="{where} er ikke gyldig {kind}: {reason}",
            nn="{where} er ikkje gyldig {kind}: {reason}",
            en="{where} is not valid {kind}: {reason}",
        ).format(where=shown_path(where), kind=kind, reason=reason),
    )


def _parse(text: str, format: Format, where: str) -> object:
    if format == "json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise _bad(
                where, "JSON", f"line {error.lineno}, column {error.colno}: {error.msg}"
            ) from error
        except (ValueError, RecursionError) as error:  # a huge number, deep nesting
            raise _bad(where, "JSON", repr(error)) from error
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _bad(where, "TOML", str(error)) from error
    except (ValueError, RecursionError) as error:  # a huge number, deep nesting
        raise _bad(where, "TOML", repr(error)) from error


def load_checklist(source: Source, *, format: Format | None = None) -> ReadinessChecklist:
    r"""Load a checklist's answers from a TOML or JSON file.

    The keys are the fields of :class:`~randaberg_some.ReadinessChecklist`: ``unit`` (a
    name, or a table with ``name`` and optionally ``kind``, ``abbreviation``,
    ``own_visual_profile``), ``platform``, the six yes/no answers as booleans, and
    ``administrators`` as a list of names. A missing answer (or JSON ``null``) is not
    answered. Every problem in the file is reported at once, each with its key.

    Args:
        source: A path, ``"-"`` for standard input, or an open file (binary or text).
        format: ``"toml"`` or ``"json"``; by default from the file name's suffix
            (``.json`` is JSON, ``.toml`` TOML), else from its first character (``{`` is
            JSON, anything else TOML).

    Returns:
        The checklist.

    Raises:
        ReadinessError: the file cannot be read (missing, closed, ``None``, a NUL or a
            lone surrogate in the path, in no encoding the library reads) or parsed, or has
            an unknown key, a missing ``unit`` or ``platform``, a value of the wrong type,
            or an unknown platform. An error about the file itself is also an
            :class:`~randaberg_some.InvalidFileError`.

    Examples:
        >>> import io
        >>> checklist = load_checklist(io.BytesIO(b'unit = "Bassenget"\nplatform = "tiktok"'))
        >>> checklist.unit.name, checklist.platform.value
        ('Bassenget', 'tiktok')
    """
    if format not in (None, "toml", "json"):
        raise ReadinessError(
            f"'format' must be 'toml', 'json' or None (got {shown(format)})",
            message=Message(
                nb="Formatet må være toml eller json (fikk {got}).",
                nn="Formatet må vere toml eller json (fekk {got}).",
                en="The format must be toml or json (got {got}).",
            ).format(got=shown(format)),
        )
    opened = open_source(source, error=_AnswersFileError)
    try:
        text = "".join(opened.lines())
    finally:
        opened.close()
    where = opened.name
    if format is None:
        lower = where.lower()
        if lower.endswith(".json"):
            format = "json"
        elif lower.endswith(".toml") or not text.lstrip().startswith("{"):
            format = "toml"
        else:
            format = "json"
    return readiness.ReadinessChecklist.from_mapping(_parse(text, format, where), where=where)
