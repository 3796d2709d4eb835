"""What every renderer shares: showing data safely in a terminal, in HTML and in JSON."""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = ["safe"]

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
