"""STUB (issue 13): comparison keys and look-alike reasons between a handle and official ones.

The agreed interface: a :class:`LookalikeIndex` over the official handles answers
:meth:`LookalikeIndex.nearest` with a :class:`Match` and its :class:`Evidence`. The look-alike
helper replaces this stub with UTS #39 skeletons, NFKC, diacritics, OSA distance and affixes.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from .platforms import Platform

__all__ = ["REASONS", "Evidence", "LookalikeIndex", "Match"]

REASONS = (
    "homoglyph",
    "mixed_script",
    "invisible",
    "separator",
    "diacritic",
    "full_width",
    "typo",
    "affix",
    "unregistered_prefix",
    "platform_domain",
)
"""The stable reason codes, in order of weight."""


@attrs.frozen
class Evidence:
    """One reason a handle looks like an official one.

    Attributes:
        code: One of :data:`REASONS`.
        detail: What exactly: the typo's kind (``"omission"``, ``"transposition"``, ...),
            the affix word, the characters swapped; short, never the whole input.
    """

    code: str
    detail: str = ""


@attrs.frozen
class Match:
    """The official handle a candidate is nearest to, and why it looks like it.

    Attributes:
        platform: The official account's platform.
        official: The official handle, bare (no ``@``), as the inventory has it.
        reasons: Why the candidate looks like it; empty when it is merely the nearest.
        score: For ranking only: higher is more alarming (0-100).
    """

    platform: Platform
    official: str
    reasons: tuple[Evidence, ...]
    score: float


class LookalikeIndex:
    """The official handles, indexed by their comparison keys (STUB: case-folded equality)."""

    def __init__(self, officials: Iterable[tuple[Platform, str]], *, base: str) -> None:
        self._officials = [(platform, handle) for platform, handle in officials]
        self._base = base

    def nearest(self, platform: Platform | None, handle: str) -> Match | None:
        """The official handle ``handle`` looks like on ``platform`` (any platform if None)."""
        for official_platform, official in self._officials:
            if platform not in (None, official_platform):
                continue
            if handle.casefold() == official.casefold() and handle != official:
                return Match(official_platform, official, (Evidence("separator"),), 90.0)
        return None
