"""What every renderer shares: showing data safely in a terminal, in HTML and in JSON."""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = ["json_text", "safe", "whole_or_none"]

# The widest indentation a JSON document may ask for (a huge one would fill the memory).
_MOST_INDENT: Final = 16

# Categories of characters that must not reach a terminal as they are: control characters
# (C0, C1, DEL), format characters (bidirectional overrides, zero-width joiners), line and
# paragraph separators, surrogates, private use and unassigned code points.
_UNSAFE: Final = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
_NAMED: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )


def safe(value: str) -> str:
    r"""Return ``value`` with unsafe characters escaped as Python writes them.

    Unsafe are those that could forge a line or drive a terminal: line breaks, escape
    codes, bidirectional overrides (``\n``, ``\x1b``, ``\u202e``).

    Examples:
        >>> safe("Kari\nFEIL rad 9: \x1b[31m")
        'Kari\\nFEIL rad 9: \\x1b[31m'
        >>> safe("Bærum kommune")
        'Bærum kommune'
    """
    if value.isprintable():
        return value
    return "".join(
        _escape(char)
        if char in _NAMED or (not char.isprintable() and unicodedata.category(char) in _UNSAFE)
        else char
        for char in value
    )


def whole_or_none(value: object, name: str, *, most: int | None = None) -> int | None:
    """Return ``value`` when it is a whole number from 0 (up to ``most``) or ``None``.

    For the options of a renderer (``limit``, ``indent``), which a caller may get wrong.

    Raises:
        RandabergSomeError: ``value`` is something else, or more than ``most``.

    Examples:
        >>> whole_or_none(3, "limit"), whole_or_none(None, "limit")
        (3, None)
    """
    if value is None:
        return None
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and value >= 0
        and (most is None or value <= most)
    ):
        return value
    from .._text import shown
    from ..errors import RandabergSomeError

    bound = "" if most is None else f" up to {most}"
    raise RandabergSomeError(
        f"{name!r} must be a whole number from 0{bound} or None (got {shown(value)})"
    )


def json_text(document: object, indent: object) -> str:
    """``document`` as JSON text, non-ASCII letters as they are, ``indent`` checked.

    Raises:
        RandabergSomeError: ``indent`` is not a whole number from 0 to 16, or ``None``.
    """
    import json

    return json.dumps(
        document, ensure_ascii=False, indent=whole_or_none(indent, "indent", most=_MOST_INDENT)
    )
