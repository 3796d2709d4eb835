"""The comparison keys of a handle, and the evidence helpers of the look-alike index.

See :mod:`randaberg_some._lookalike` for the tiers these keys serve. Every key is a string
for comparison only, never one to show or store.

Examples:
    >>> keys_of("Randaberg.K0mmune").flat
    'randabergkornrnune'
    >>> typo_kind("randabergkomune", "randabergkommune")
    'omission'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from . import _confusables

__all__ = [
    "GENERIC",
    "Keys",
    "allowed_edits",
    "blocks",
    "codes",
    "distinctive",
    "keys_of",
    "letter_swaps",
    "no_separators",
    "plain",
    "rapidfuzz_osa",
    "readable",
    "separators",
    "shown_char",
    "strip_marks",
    "surface",
    "tiers",
    "typo_kind",
]

GENERIC = ("kommune",)
"""Words in official handles that say nothing about whose they are."""

_SEPARATORS = "._-"
_NORDIC = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "ł": "l", "đ": "d"})
_KINDS = {"insert": "insertion", "delete": "omission", "replace": "substitution"}


class Keys(NamedTuple):
    fold: str  # NFKC, default-ignorables removed, case-folded
    skeleton: str  # the folded skeleton, separators kept
    flat: str  # the skeleton without separators
    bare: str  # flat without diacritics: the weakest equality, and the affix key
    typo: str  # the fold, look-alikes mapped one to one, no separators or marks
    cased: tuple[str, str, str]  # skeleton, flat and bare before case folding (``I`` is ``l``)


_keys = tuple.__new__  # a NamedTuple's own constructor is a Python function: too slow here


def strip_marks(text: str) -> str:
    """``text`` with Nordic letters spelt out (``ø`` -> ``o``), NFD and combining marks dropped.

    Character by character (NFD only reorders the marks, which go): a table filled on use.
    """
    if text.isascii():
        return text
    return text.translate(_UNMARKED)


class _Unmarked(dict[int, str]):
    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFD", chr(code).translate(_NORDIC))
        value = "".join(char for char in decomposed if not unicodedata.combining(char))
        if len(self) < _MOST:
            self[code] = value
        return value


_MOST = 20_000  # characters remembered
_UNMARKED = _Unmarked()


def no_separators(text: str) -> str:
    return text.replace(".", "").replace("_", "").replace("-", "")


def tiers(text: str) -> tuple[str, str, str]:
    skeleton = _confusables.folded_skeleton(text)
    flat = no_separators(skeleton)
    return skeleton, flat, strip_marks(flat)


def keys_of(handle: str) -> Keys:
    if handle.isascii():  # the common case, with tiers' steps inline, on bytes
        fold = handle.lower()
        raw = fold.encode("ascii")
        folded = _confusables.ascii_folded(fold)
        if folded is not None:
            skeleton, flat = folded
            typo = raw.translate(_confusables.ascii_swaps(), b"._-").decode("ascii")
            cased = (skeleton, flat, flat) if handle == fold else tiers(handle)
            return _keys(Keys, (fold, skeleton, flat, flat, typo, cased))
        skeleton = _confusables.folded_skeleton(fold)
        flat = no_separators(skeleton)
        typo = raw.translate(_confusables.ascii_swaps()).decode("ascii")
        cased = (skeleton, flat, strip_marks(flat)) if handle == fold else tiers(handle)
        return _keys(Keys, (fold, skeleton, flat, strip_marks(flat), no_separators(typo), cased))
    text = unicodedata.normalize("NFKC", handle)
    clean = _confusables.without_ignorables(text)
    fold = clean.casefold()
    typo = strip_marks(fold.translate(_confusables.swaps()))
    skeleton, flat, bare = tiers(fold)
    cased = (skeleton, flat, bare) if clean == fold else tiers(clean)
    return _keys(Keys, (fold, skeleton, flat, bare, no_separators(typo), cased))


_SCRIPTS = ("Latin", "Cyrillic", "Greek", "Armenian", "Cherokee", "Coptic", "other")
_INVISIBLE, _CHANGED, _SCRIPT = 1, 2, 4  # a character's class: flags, then its script + 1
_ZERO = 0x30  # classes are written as characters from "0"


@lru_cache(maxsize=1)
def _script_patterns() -> tuple[Any, ...]:
    import regex

    names = _SCRIPTS[1:-1]
    other = regex.compile(
        r"(?V1)[\p{L}--[\p{Script=Latin}" + "".join(rf"\p{{Script={n}}}" for n in names) + "]]"
    )
    return (*(regex.compile(rf"\p{{Script={name}}}") for name in _SCRIPTS[:-1]), other)


class _Classes(dict[int, str]):
    """Code point -> its class as one character, worked out on first use (for translate).

    The class: default-ignorable (:data:`_INVISIBLE`), changed by NFKC (:data:`_CHANGED`),
    and which of :data:`_SCRIPTS` (plus one; 0: none of them, as digits and marks).
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        patterns = _script_patterns()
        script = next((at for at, pattern in enumerate(patterns) if pattern.match(char)), -1)
        value = (script + 1) * _SCRIPT
        if unicodedata.normalize("NFKC", char) != char:
            value |= _CHANGED
        if _confusables.is_ignorable(char):
            value |= _INVISIBLE
        shown = chr(_ZERO + value)
        if len(self) < _MOST:
            self[code] = shown
        return shown


_CLASSES = _Classes()


def surface(handle: str) -> tuple[tuple[str, str], ...]:
    """What a handle shows whatever it imitates: invisible, full-width, mixed scripts.

    As (reason code, detail) pairs. Each character's class (:class:`_Classes`) is worked
    out once; the handle's classes come from one ``translate``.
    """
    if handle.isascii():
        return ()
    shown = handle.translate(_CLASSES)
    classes = set(shown)
    found: list[tuple[str, str]] = []
    if not classes.isdisjoint(_HAVING[_INVISIBLE]):
        found.append(("invisible", codes(_having(handle, shown, _INVISIBLE))))
    if not unicodedata.is_normalized("NFKC", handle):
        found.append(("full_width", codes(_having(handle, shown, _CHANGED))))
    scripts = sorted({(ord(value) - _ZERO) // _SCRIPT for value in classes} - {0})
    if len(scripts) > 1:
        found.append(("mixed_script", "+".join(_SCRIPTS[script - 1] for script in scripts)))
    return tuple(found)


def _having(handle: str, shown: str, flag: int) -> list[str]:
    """The characters of ``handle`` whose class (``shown``: the handle's classes) has ``flag``."""
    having = _HAVING[flag]
    return [char for char, value in zip(handle, shown, strict=True) if value in having]


_HAVING = {
    flag: frozenset(chr(_ZERO + value) for value in range(_SCRIPT * 8) if value & flag)
    for flag in (_INVISIBLE, _CHANGED)
}


def codes(chars: Iterable[str]) -> str:
    """The first three distinct characters as code points (``U+200B``), ``…`` if there are more."""
    distinct = list(dict.fromkeys(chars))
    shown = " ".join([f"U+{ord(char):04X}" for char in distinct[:3]])
    return shown + (" …" if len(distinct) > 3 else "")


def shown_char(char: str) -> str:
    return char if char.isascii() else f"U+{ord(char):04X}"


def letter_swaps(candidate: str, official: str) -> str:
    """The letters that differ between two plain forms, as ``0→o`` or ``rn→m`` (evidence).

    The common beginning and end are dropped; what is left is shown letter by letter when
    both sides are as long, else as one swap.
    """
    if len(candidate) == len(official):  # the common ends hold no differing pair
        pairs = zip(candidate, official, strict=True)
        shown = [f"{shown_char(a)}→{b}" for a, b in pairs if a != b]
        return ", ".join(dict.fromkeys(shown))[:60]
    start = _common_start(candidate, official)
    limit = min(len(candidate), len(official)) - start
    end = min(_common_start(candidate[::-1], official[::-1]), limit)
    mine, theirs = candidate[start : len(candidate) - end], official[start : len(official) - end]
    written = mine if mine.isascii() else "".join(map(shown_char, mine))  # (lengths differ)
    return f"{written or '∅'}→{theirs or '∅'}"[:60]


def _common_start(one: str, other: str) -> int:
    """How many characters ``one`` and ``other`` begin with alike (bisection on slices)."""
    low, high = 0, min(len(one), len(other))
    if one[:high] == other[:high]:
        return high
    while high - low > 1:  # one[:low] == other[:low], one[:high] != other[:high]
        middle = (low + high) // 2
        if one[:middle] == other[:middle]:
            low = middle
        else:
            high = middle
    return low


def plain(fold: str) -> str:
    return strip_marks(no_separators(fold))


def separators(fold: str) -> str:
    if fold.isascii():
        return fold.encode("ascii").translate(None, _NOT_SEPARATORS).decode("ascii")
    return "".join([char for char in fold if char in _SEPARATORS])


_NOT_SEPARATORS = bytes(code for code in range(128) if chr(code) not in _SEPARATORS)


def typo_kind(candidate: str, official: str) -> str:
    """The kind of edit between two distance keys: omission, insertion, repetition ..."""
    at = _common_start(candidate, official)
    if at == min(len(candidate), len(official)):
        at = -1  # one begins the other
    if len(candidate) == len(official) + 1 and candidate[:at] + candidate[at + 1 :] == official:
        repeated = candidate[at] in candidate[max(at - 1, 0) : at] + candidate[at + 1 : at + 2]
        return "repetition" if repeated else "insertion"
    if at < 0 and len(candidate) == len(official) + 1:
        return "repetition" if candidate[-1:] == candidate[-2:-1] else "insertion"
    if len(candidate) + 1 == len(official) and (at < 0 or candidate[at:] == official[at + 1 :]):
        return "omission"
    if len(candidate) == len(official) and candidate[at + 2 :] == official[at + 2 :]:
        if candidate[at : at + 2] == official[at : at + 2][::-1]:
            return "transposition"
        if candidate[at + 1 : at + 2] == official[at + 1 : at + 2]:
            return "substitution"
    from rapidfuzz.distance import OSA, Levenshtein

    if OSA.distance(candidate, official) < Levenshtein.distance(candidate, official):
        return "transposition"
    kinds = [_KINDS[op.tag] for op in Levenshtein.editops(official, candidate)]
    if kinds == ["insertion"]:
        at = next(
            (i for i, (a, b) in enumerate(zip(candidate, official, strict=False)) if a != b), -1
        )
        if candidate[at] == candidate[at - 1] or candidate[at] in candidate[at + 1 : at + 2]:
            return "repetition"
    return "+".join(dict.fromkeys(kinds))


@lru_cache(maxsize=1)
def rapidfuzz_osa() -> tuple[Any, Any]:
    """Rapidfuzz's OSA distance and ``extractOne``, imported on first use."""
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extractOne

    return OSA.distance, extractOne


def distinctive(typo: str) -> str:
    for word in GENERIC:
        typo = typo.replace(word, "")
    return typo


def blocks(typo: str) -> tuple[str, str]:
    """The typo tier's two blocks: the first two letters, and the two before ``kommune``.

    One typo changes at most one of them, so looking in both blocks finds every official one
    edit away (and two edits away unless each block has one). The letters before the generic
    word end the kommune's name (``randaber|g``); a handle without it uses its last two.
    A block on the handle's own end would hold nearly every official (``…kommune``, or
    the same unit's name in every kommune).
    """
    at = typo.find(GENERIC[0])
    return typo[:2], typo[max(at - 2, 0) : at] if at >= 2 else typo[-2:]


def allowed_edits(official_typo: str) -> int:
    size = len(distinctive(official_typo))
    return 0 if size < 5 else min(1 if size < 9 else 2, size // 4)


def readable(plain: str, rest: str, *, tail: bool) -> str:
    """The part of the plain form whose key is ``rest`` (keys map ``m`` to ``rn``)."""
    if plain.endswith(rest) if tail else plain.startswith(rest):
        return rest[:30]
    for size in range(min(len(rest), len(plain)), 0, -1):
        part = plain[-size:] if tail else plain[:size]
        if tiers(part)[2] == rest:
            return part[:30]
    return rest[:30]
