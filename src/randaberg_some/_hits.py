"""What a scanner of comment text reports: a kind, a span, how sure, and why.

The scanners (:mod:`._numbers` for personal numbers, phone numbers and e-mail addresses,
:mod:`._cases` for case requests) each return :class:`Hit` values; :mod:`.screening` turns
them into the public :class:`~randaberg_some.screening.ScreeningFinding`. A hit never holds
the text it covers, only where it is, so that a hit cannot leak a number into a message.
"""

from __future__ import annotations

import attrs

from .messages import Message

__all__ = ["Hit"]


@attrs.frozen(kw_only=True)
class Hit:
    """One thing a scanner found.

    Attributes:
        kind: The value of a :class:`~randaberg_some.screening.FindingKind`, such as
            ``"national_id"``.
        start: Where it begins in the text the scanner was given (a ``str`` index).
        end: Where it ends (exclusive).
        certain: Whether the scanner is sure (``False``: possible, for the moderator to judge).
        reason: Why it was reported, in three languages; never the covered text itself.
    """

    kind: str
    start: int
    end: int
    certain: bool
    reason: Message
