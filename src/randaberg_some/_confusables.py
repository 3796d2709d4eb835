"""The UTS #39 skeleton: the comparison key under which confusable strings are equal.

``skeleton(X)`` is, per Unicode Technical Standard #39 §4: NFD, default-ignorable code points
removed, every character replaced by its prototype from ``confusables.txt``, NFD again. The
map is the pinned ``confusables.txt`` **Version 17.0.0** (:data:`VERSION`), kept in
``data/confusables.tsv`` with its Unicode licence notice and loaded on first use;
``scripts/build_confusables.py`` says where it comes from and writes it.

The skeleton is case-sensitive (``I`` and ``1`` land on ``l`` only before lower-casing), so
:func:`folded_skeleton` repeats skeleton and case folding until nothing changes. A skeleton
is a key for comparison only, never a form to show or store.

Examples:
    >>> skeleton("rаndaberg")  # Cyrillic а
    'randaberg'
    >>> folded_skeleton("RandabergK0mmune") == folded_skeleton("randabergkornmune")
    True
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex

__all__ = [
    "VERSION",
    "ascii_swaps",
    "folded_skeleton",
    "ignorables",
    "is_ignorable",
    "prototypes",
    "skeleton",
    "swaps",
    "without_ignorables",
]

VERSION = "17.0.0"
"""The version of Unicode's ``confusables.txt`` the map comes from."""

_ROUNDS = 4
"""Skeleton and case folding reach a fixed point within three rounds on the 17.0 data."""


@lru_cache(maxsize=1)
def prototypes() -> Mapping[int, str]:
    """The confusables map: code point -> prototype (NFD), read once from the data file."""
    from importlib.resources import files  # on first use: the package's import stays cheap

    text = files(__package__ or "randaberg_some").joinpath("data/confusables.tsv")
    table: dict[int, str] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        source, _, target = line.partition("\t")
        table[int(source, 16)] = "".join(chr(int(code, 16)) for code in target.split())
    return table


@lru_cache(maxsize=1)
def _ignorable() -> regex.Pattern[str]:
    import regex

    return regex.compile(r"\p{Default_Ignorable_Code_Point}+")


def is_ignorable(char: str) -> bool:
    """Whether ``char`` is a default-ignorable code point (zero-width, format characters ...).

    Examples:
        >>> is_ignorable(chr(0x200B)), is_ignorable("a")
        (True, False)
    """
    return bool(_ignorable().fullmatch(char))


def ignorables(text: str) -> list[str]:
    """The default-ignorable characters in ``text``, in order."""
    return [char for run in _ignorable().findall(text) for char in run]


def without_ignorables(text: str) -> str:
    """``text`` without its default-ignorable characters."""
    return _ignorable().sub("", text)


def skeleton(text: str) -> str:
    """The UTS #39 skeleton of ``text`` (one round, case kept)."""
    decomposed = unicodedata.normalize("NFD", text)
    if not decomposed.isascii():
        decomposed = _ignorable().sub("", decomposed)
    return unicodedata.normalize("NFD", decomposed.translate(prototypes()))


@lru_cache(maxsize=1)
def _ascii() -> tuple[tuple[tuple[str, str], ...], bytes, frozenset[str]]:
    """The folded skeleton of ASCII text as a few replacements and one byte table.

    Both steps map character by character on ASCII, so a string's key is the concatenation
    of its characters' keys. Characters with a longer key (``m`` -> ``rn``) are replaced
    first, then every character by its one-character key (``0`` -> ``o``, ``A`` -> ``a``).
    Characters whose key is not ASCII (``%``) take the general path.
    """
    longer: list[tuple[str, str]] = []
    table = bytearray(range(256))
    unsafe: set[str] = set()
    for code in range(128):
        key = _fixed_point(chr(code))
        if not key.isascii() or any(_fixed_point(char) != char for char in key if len(key) > 1):
            unsafe.add(chr(code))
        elif len(key) == 1:
            table[code] = ord(key)
        else:
            longer.append((chr(code), key))
    return tuple(longer), bytes(table), frozenset(unsafe)


def folded_skeleton(text: str) -> str:
    """Skeleton and case folding, repeated until neither changes the text."""
    if text.isascii():
        longer, table, unsafe = _ascii()
        if unsafe.isdisjoint(text):
            for old, new in longer:
                if old in text:
                    text = text.replace(old, new)
            return text.encode("ascii").translate(table).decode("ascii")
    return _fixed_point(text)


@lru_cache(maxsize=1)
def ascii_swaps() -> bytes:
    """:func:`swaps` on ASCII as a byte table (for ``bytes.translate``)."""
    table = bytearray(range(256))
    for code, char in swaps().items():
        if code < 128 and char.isascii():
            table[code] = ord(char)
    return bytes(table)


def _fixed_point(text: str) -> str:
    key = text
    for _ in range(_ROUNDS):
        folded = skeleton(key).casefold()
        if folded == key:
            break
        key = folded
    return key


@lru_cache(maxsize=1)
def swaps() -> Mapping[int, str]:
    """The single-character part of the map, after case folding: ``0`` -> ``o``, ``а`` -> ``a``.

    Used for the edit-distance key, which folds look-alike letters but does not expand ``m``
    to ``rn`` (an expansion would turn a one-letter typo in ``kommune`` into two edits).
    """
    single: dict[int, str] = {}
    for code, prototype in prototypes().items():
        folded = prototype.casefold()
        if len(folded) == 1 and folded != chr(code).casefold():
            single[code] = folded
    return single
