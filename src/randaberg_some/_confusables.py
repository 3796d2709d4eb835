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
    "ascii_folded",
    "ascii_keys",
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
    return text if text.isascii() else text.translate(_visible())


class _Visible(dict[int, int | None]):
    """Code point -> None (a default-ignorable one: dropped) or itself, on first use."""

    def __missing__(self, code: int) -> int | None:
        value = None if is_ignorable(chr(code)) else code
        if len(self) < _MOST:
            self[code] = value
        return value


@lru_cache(maxsize=1)
def _visible() -> _Visible:
    return _Visible()


def skeleton(text: str) -> str:
    """The UTS #39 skeleton of ``text`` (one round, case kept)."""
    decomposed = unicodedata.normalize("NFD", text)
    if not decomposed.isascii():
        decomposed = decomposed.translate(_visible())
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


@lru_cache(maxsize=1)
def _ascii_parts() -> tuple[tuple[tuple[str, str], ...], bytes, tuple[str, ...], bytes, bool]:
    """:func:`_ascii` for the quick paths.

    The longer keys, the byte table, the unsafe characters (as ``str``: testing ``bytes``
    for containment of ``bytes`` is slow), the swaps, and whether :func:`_swaps_then_longer`.
    """
    longer, table, unsafe = _ascii()
    swapped = ascii_swaps()
    derived = _swaps_then_longer(longer, table, unsafe, swapped)
    return longer, table, tuple(sorted(unsafe)), swapped, derived


def _swaps_then_longer(
    longer: tuple[tuple[str, str], ...], table: bytes, unsafe: frozenset[str], swapped: bytes
) -> bool:
    """Whether lower-case ASCII text's key is its typo key with the longer keys replaced.

    Both ways go character by character (the replacements are of single characters), so
    they agree on every text once they agree on every character; they do on the 17.0 data
    (the table and the swaps agree; ``m`` -> ``rn`` and ``"`` -> ``''`` keep their letters).
    Separators are dropped before either maps a character, so they are left out.
    """
    for code in range(128):
        char = chr(code)
        if char != char.lower() or char in unsafe or char in "._-":
            continue
        direct = char
        derived = char.encode("ascii").translate(swapped).decode("ascii")
        for old, new in longer:
            direct = direct.replace(old, new)
            derived = derived.replace(old, new)
        if direct.encode("ascii").translate(table).decode("ascii") != derived:
            return False
    return True


def ascii_folded(fold: str) -> tuple[str, str] | None:
    """:func:`folded_skeleton` of ASCII text, with and without separators (``.`` ``_`` ``-``).

    ``None`` when the text has a character whose key is not ASCII (``%``).
    """
    longer, table, unsafe, _, _ = _ascii_parts()
    for char in unsafe:
        if char in fold:
            return None
    for old, new in longer:
        if old in fold:
            fold = fold.replace(old, new)
    raw = fold.encode("ascii")
    return raw.translate(table).decode("ascii"), raw.translate(table, b"._-").decode("ascii")


def ascii_keys(handle: str, lowered: str) -> tuple[str, str, str] | None:
    """The look-alike keys tested first, for an ASCII handle and its lower case.

    :func:`folded_skeleton` of ``lowered`` without separators (``.`` ``_`` ``-``), its
    typo key (:func:`swaps`, separators dropped), and the folded skeleton of ``handle``
    as written without separators. ``None`` when a character's key is not ASCII (``%``).
    """
    longer, table, unsafe, swapped, derived = _ascii_parts()
    for char in unsafe:
        if char in lowered:
            return None
    typo = lowered.encode("ascii").translate(swapped, b"._-").decode("ascii")
    text = typo if derived else lowered
    for old, new in longer:
        if old in text:
            text = text.replace(old, new)
    flat = text if derived else text.encode("ascii").translate(table, b"._-").decode("ascii")
    if handle == lowered:
        return flat, typo, flat
    text = handle
    for char in unsafe:
        if char in text:
            return None
    for old, new in longer:
        if old in text:
            text = text.replace(old, new)
    return flat, typo, text.encode("ascii").translate(table, b"._-").decode("ascii")


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
    if len(text) > 1:
        key = text.translate(_per_char())
        if _MARK not in key:
            return key
    return _rounds(text)


def _rounds(text: str) -> str:
    key = text
    for _ in range(_ROUNDS):
        folded = skeleton(key).casefold()
        if folded == key:
            break
        key = folded
    return key


_MARK = "\uffff"  # a character's key when its own key does not carry over to a text
_MOST = 20_000  # characters remembered; others are worked out again each time


class _PerChar(dict[int, str]):
    """Code point -> the folded skeleton of the character alone, worked out on first use.

    The key of a text is the concatenation of its characters' keys whenever every
    decomposition along the way (each round's two NFDs) gives base characters only: then
    NFD reorders nothing across characters, and the confusables map and case folding go
    character by character, so each round of the whole text is the concatenation of the
    characters' rounds, and the text is at its fixed point once each character is. A
    character for which a decomposition gives a combining mark (``é``) maps to
    :data:`_MARK`, and a text with one takes the rounds on the whole text.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        key = char
        carries = True
        for _ in range(_ROUNDS):
            decomposed = unicodedata.normalize("NFD", key)
            mapped = skeleton(key)
            carries = carries and _bases(decomposed) and _bases(mapped)
            folded = mapped.casefold()
            if folded == key:
                break
            key = folded
        value = key if carries else _MARK
        if len(self) < _MOST:
            self[code] = value
        return value


def _bases(text: str) -> bool:
    return not any(unicodedata.combining(char) for char in text)


@lru_cache(maxsize=1)
def _per_char() -> _PerChar:
    return _PerChar()


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
