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


def strip_marks(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text.translate(_NORDIC))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def no_separators(text: str) -> str:
    return text.replace(".", "").replace("_", "").replace("-", "")


def tiers(text: str) -> tuple[str, str, str]:
    skeleton = _confusables.folded_skeleton(text)
    flat = no_separators(skeleton)
    return skeleton, flat, strip_marks(flat)


def keys_of(handle: str) -> Keys:
    if handle.isascii():  # the common case, with tiers' steps inline
        fold = handle.lower()
        skeleton = _confusables.folded_skeleton(fold)
        flat = skeleton.replace(".", "").replace("_", "").replace("-", "")
        bare = flat if flat.isascii() else strip_marks(flat)
        typo = fold.encode("ascii").translate(_confusables.ascii_swaps()).decode("ascii")
        cased = (skeleton, flat, bare) if handle == fold else tiers(handle)
        return Keys(fold, skeleton, flat, bare, no_separators(typo), cased)
    text = unicodedata.normalize("NFKC", handle)
    clean = _confusables.without_ignorables(text)
    fold = clean.casefold()
    typo = strip_marks(fold.translate(_confusables.swaps()))
    skeleton, flat, bare = tiers(fold)
    cased = (skeleton, flat, bare) if clean == fold else tiers(clean)
    return Keys(fold, skeleton, flat, bare, no_separators(typo), cased)


def codes(chars: Iterable[str]) -> str:
    codes = list(dict.fromkeys(f"U+{ord(char):04X}" for char in chars))
    return " ".join(codes[:3]) + (" …" if len(codes) > 3 else "")


def shown_char(char: str) -> str:
    return char if char.isascii() else f"U+{ord(char):04X}"


def letter_swaps(candidate: str, official: str) -> str:
    """The letters that differ between two plain forms, as ``0→o`` or ``rn→m`` (evidence).

    The common beginning and end are dropped; what is left is shown letter by letter when
    both sides are as long, else as one swap.
    """
    start = 0
    while start < min(len(candidate), len(official)) and candidate[start] == official[start]:
        start += 1
    end = 0
    limit = min(len(candidate), len(official)) - start
    while end < limit and candidate[-1 - end] == official[-1 - end]:
        end += 1
    mine, theirs = candidate[start : len(candidate) - end], official[start : len(official) - end]
    if len(mine) == len(theirs):
        pairs = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
    else:
        pairs = [(mine, theirs)]
    shown = [f"{''.join(map(shown_char, a)) or '∅'}→{b or '∅'}" for a, b in pairs]
    return ", ".join(dict.fromkeys(shown))[:60]


def plain(fold: str) -> str:
    return strip_marks(no_separators(fold))


def separators(fold: str) -> str:
    return "".join(char for char in fold if char in _SEPARATORS)


def typo_kind(candidate: str, official: str) -> str:
    """The kind of edit between two distance keys: omission, insertion, repetition ..."""
    at = next((i for i, (a, b) in enumerate(zip(candidate, official, strict=False)) if a != b), -1)
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
