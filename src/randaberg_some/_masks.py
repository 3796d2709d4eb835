"""Masking what a scanner flagged, and joining the scanners' overlapping hits.

A masked form keeps the layout of what it covers (separators, ``@``, ``+``) and none of its
digits or letters: an identity number of 11 digits becomes ``DDMMYY*****``, anything else
has each letter and digit replaced by ``*``. Kinds are handled by their values
(``"national_id"``), so that this module needs nothing from :mod:`.screening`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Final

from ._hits import Hit

__all__ = ["join_hits", "mask", "safe_mask", "stars"]

IDENTITY_KINDS: Final = frozenset({"national_id", "d_number", "help_number"})
_IDENTITY_MASK: Final = "DDMMYY*****"
# The kinds join_hits keeps besides the personal ones.
_OTHER_KINDS: Final = frozenset({"organisation_number", "case_reference", "case_processing"})


def stars(covered: str) -> str:
    """``covered`` with each letter and digit replaced by ``*``.

    Examples:
        >>> stars("+47 912 34 567"), stars("ola@nav.no")
        ('+** *** ** ***', '***@***.**')
    """
    try:
        data = covered.encode("latin-1")
    except UnicodeEncodeError:
        return _ALNUM.sub("*", covered)
    # A byte table, looked up in C: several times quicker than str.translate or the regex.
    return data.translate(_LATIN1_STARS).decode("latin-1")


# A character for which str.isalnum() holds: re's \w is isalnum() or "_" (checked over every
# code point in tests/test_screening.py).
_ALNUM: Final = re.compile(r"[^\W_]")
# What _ALNUM.sub("*", ...) does, for the Latin-1 characters (all of Norwegian text), as bytes.
_LATIN1_STARS: Final = bytes(ord("*") if _ALNUM.match(chr(code)) else code for code in range(256))


def mask(kind: str, covered: str) -> str:
    """The masked form of ``covered``, found as ``kind``: no digit or letter of it is left.

    Examples:
        >>> mask("national_id", "010190 12345"), mask("account_number", "1234.56.78903")
        ('DDMMYY *****', '****.**.*****')
    """
    if kind in IDENTITY_KINDS:
        if len(covered) == len(_IDENTITY_MASK) and covered.isdigit():  # eleven digits together
            return _IDENTITY_MASK
        places = [index for index, char in enumerate(covered) if char.isalnum()]
        if len(places) == len(_IDENTITY_MASK) and all(covered[i].isdigit() for i in places):
            chars = list(covered)
            for place, sign in zip(places, _IDENTITY_MASK, strict=True):
                chars[place] = sign
            return "".join(chars)
    return stars(covered)


def safe_mask(masked: str, covered: str) -> bool:
    """Whether ``masked`` shows no digit at all and no letter of ``covered``.

    Examples:
        >>> safe_mask("DDMMYY*****", "01019012345"), safe_mask("0101YY*****", "01019012345")
        (True, False)
    """
    shown = {char for char in covered if char.isalnum()}
    return not any(char.isdigit() or char in shown for char in masked)


def _by_place(span: Hit) -> tuple[int, int]:
    return (span.start, span.end)


def _cut(hit: Hit, start: int, end: int) -> Hit:
    """``hit`` with its span cut to ``start..end`` (the hit itself when that is its span)."""
    if start == hit.start and end == hit.end:
        return hit
    return Hit(kind=hit.kind, start=start, end=end, certain=hit.certain, reason=hit.reason)


def _joined(spans: list[Hit], order: tuple[str, ...]) -> list[Hit]:
    """Overlapping spans joined into one each: the union, named by the best of them.

    The best is the certain one, then the longest, then the kind first in ``order``.
    """

    def rank(span: Hit) -> tuple[bool, int, int]:
        return (not span.certain, span.start - span.end, order.index(span.kind))

    joined: list[Hit] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        last = joined[-1] if joined else None
        if last is None or span.start >= last.end:
            joined.append(span)
            continue
        best = span if rank(span) < rank(last) else last
        joined[-1] = Hit(
            kind=best.kind,
            start=last.start,
            end=max(last.end, span.end),
            certain=best.certain,
            reason=best.reason,
        )
    return joined


def join_hits(
    hits: Iterable[Hit], length: int, *, personal: frozenset[str], order: tuple[str, ...]
) -> list[Hit]:
    """The hits as spans without overlaps that would leave a number half masked.

    Personal hits that overlap become one span; an organisation number or case reference
    that overlaps personal data is dropped (the personal reading wins); overlapping hits of
    one other kind are joined; a case request (a phrase) is kept beside the numbers in it.
    Spans are cut to ``0..length``; empty ones are dropped. Every kind must be in ``order``.
    """
    if isinstance(hits, list) and len(hits) == 1:  # the common case: nothing to join
        hit = hits[0]
        start, end = max(hit.start, 0), min(hit.end, length)
        if start < end and (hit.kind in personal or hit.kind in _OTHER_KINDS):
            return [_cut(hit, start, end)]
        if start >= end:
            return []
    spans: list[Hit] = []
    for hit in hits:
        start, end = max(hit.start, 0), min(hit.end, length)
        if start < end:
            spans.append(_cut(hit, start, end))
    spans.sort(key=_by_place)
    if all(span.kind in personal or span.kind in _OTHER_KINDS for span in spans) and all(
        later.start >= earlier.end for earlier, later in itertools.pairwise(spans)
    ):
        # Nothing overlaps: nothing is joined or dropped, and no two spans share a place.
        return spans
    found = _joined([s for s in spans if s.kind in personal], order)
    masked = list(found)
    for kind in ("organisation_number", "case_reference"):
        for span in _joined([s for s in spans if s.kind == kind], order):
            if not any(p.start < span.end and span.start < p.end for p in masked):
                found.append(span)
    found += _joined([s for s in spans if s.kind == "case_processing"], order)
    return sorted(found, key=lambda s: (s.start, s.end, order.index(s.kind)))
