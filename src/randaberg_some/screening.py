"""Screening a comment for personal data and case requests (G4, G6.5).

SKELETON (to be completed): the types below are the agreed interface; ``screen_comment`` joins
the scanners' hits into findings.
"""

from __future__ import annotations

import enum
from typing import Final

import attrs

from ._hits import Hit
from ._notebook import Shown
from ._text import shown as _shown
from .errors import RandabergSomeError
from .messages import Lang, Message, check_lang
from .organisation import RANDABERG, Organisation

__all__ = [
    "Action",
    "Certainty",
    "FindingKind",
    "Screening",
    "ScreeningFinding",
    "screen_comment",
]


class FindingKind(enum.Enum):
    """What a finding in a comment is."""

    NATIONAL_ID = "national_id"
    D_NUMBER = "d_number"
    HELP_NUMBER = "help_number"
    PHONE = "phone"
    EMAIL = "email"
    ACCOUNT_NUMBER = "account_number"
    ORGANISATION_NUMBER = "organisation_number"
    CASE_REFERENCE = "case_reference"
    CASE_PROCESSING = "case_processing"

    @classmethod
    def _missing_(cls, value: object) -> FindingKind:
        raise RandabergSomeError(f"unknown finding kind {_shown(value)}")

    @property
    def message(self) -> Message:
        """The kind's name in every language."""
        return _KIND_LABELS[self]

    def label(self, lang: Lang = "nb") -> str:
        """Return the kind's name in ``lang``."""
        return _KIND_LABELS[self].text(check_lang(lang))

    @property
    def personal(self) -> bool:
        """Whether the finding is personal data, masked in :attr:`Screening.redacted`."""
        return self in _PERSONAL


_KIND_LABELS: Final = {
    FindingKind.NATIONAL_ID: Message(
        nb="fødselsnummer", nn="fødselsnummer", en="national ID number"
    ),
    FindingKind.D_NUMBER: Message(nb="D-nummer", nn="D-nummer", en="D number"),
    FindingKind.HELP_NUMBER: Message(nb="hjelpenummer", nn="hjelpenummer", en="help number"),
    FindingKind.PHONE: Message(nb="telefonnummer", nn="telefonnummer", en="phone number"),
    FindingKind.EMAIL: Message(nb="e-postadresse", nn="e-postadresse", en="e-mail address"),
    FindingKind.ACCOUNT_NUMBER: Message(nb="kontonummer", nn="kontonummer", en="account number"),
    FindingKind.ORGANISATION_NUMBER: Message(
        nb="organisasjonsnummer", nn="organisasjonsnummer", en="organisation number"
    ),
    FindingKind.CASE_REFERENCE: Message(
        nb="saksreferanse", nn="saksreferanse", en="case reference"
    ),
    FindingKind.CASE_PROCESSING: Message(
        nb="saksbehandling", nn="sakshandsaming", en="case processing"
    ),
}

_PERSONAL: Final = frozenset(
    {
        FindingKind.NATIONAL_ID,
        FindingKind.D_NUMBER,
        FindingKind.HELP_NUMBER,
        FindingKind.PHONE,
        FindingKind.EMAIL,
        FindingKind.ACCOUNT_NUMBER,
    }
)


class Certainty(enum.Enum):
    """How sure a finding is: ``CERTAIN``, or ``POSSIBLE`` (for the moderator to judge)."""

    CERTAIN = "certain"
    POSSIBLE = "possible"

    @classmethod
    def _missing_(cls, value: object) -> Certainty:
        raise RandabergSomeError(
            f"unknown certainty {_shown(value)}: expected 'certain' or 'possible'"
        )

    @property
    def message(self) -> Message:
        """The label in every language."""
        return _CERTAINTY_LABELS[self]

    def label(self, lang: Lang = "nb") -> str:
        """Return the label in ``lang``."""
        return _CERTAINTY_LABELS[self].text(check_lang(lang))


_CERTAINTY_LABELS: Final = {
    Certainty.CERTAIN: Message(nb="sikker", nn="sikker", en="certain"),
    Certainty.POSSIBLE: Message(nb="mulig", nn="mogleg", en="possible"),
}


class Action(enum.Enum):
    """What the moderator should do with a comment, from the least to the most.

    ``NONE``: nothing found. ``ANSWER``: answer in public with the standard reply.
    ``HIDE_AND_REPLY``: hide the comment (it holds personal data) and reply.
    ``ARCHIVE_BEFORE_HIDING``: capture an archive record first (see
    :func:`archive_record`), then hide and reply.
    """

    NONE = "none"
    ANSWER = "answer"
    HIDE_AND_REPLY = "hide_and_reply"
    ARCHIVE_BEFORE_HIDING = "archive_before_hiding"

    @classmethod
    def _missing_(cls, value: object) -> Action:
        raise RandabergSomeError(f"unknown action {_shown(value)}")

    @property
    def rank(self) -> int:
        """0 for ``NONE`` up to 3 for ``ARCHIVE_BEFORE_HIDING``: a queue sorts by it."""
        return _ACTION_ORDER.index(self)

    @property
    def message(self) -> Message:
        """The label in every language."""
        return _ACTION_LABELS[self]

    def label(self, lang: Lang = "nb") -> str:
        """Return the label in ``lang``."""
        return _ACTION_LABELS[self].text(check_lang(lang))


_ACTION_ORDER: Final = tuple(Action)

_ACTION_LABELS: Final = {
    Action.NONE: Message(nb="ingen", nn="ingen", en="none"),
    Action.ANSWER: Message(nb="svar", nn="svar", en="answer"),
    Action.HIDE_AND_REPLY: Message(nb="skjul og svar", nn="gøym og svar", en="hide and reply"),
    Action.ARCHIVE_BEFORE_HIDING: Message(
        nb="arkiver før du skjuler", nn="arkiver før du gøymer", en="archive before hiding"
    ),
}


@attrs.frozen(kw_only=True)
class ScreeningFinding:
    """One thing found in a comment.

    Attributes:
        kind: What it is.
        start: Where it begins in the comment (a ``str`` index).
        end: Where it ends (exclusive).
        certainty: How sure the screening is.
        reason: Why it was reported, in three languages; never the number itself.
        masked: The covered text with every digit and letter hidden (``"DDMMYY*****"``
            for an identity number); what :attr:`Screening.redacted` puts in its place.
    """

    kind: FindingKind
    start: int
    end: int
    certainty: Certainty
    reason: Message
    masked: str

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return (self.start, self.end)


@attrs.frozen(kw_only=True, repr=False)
class Screening(Shown):
    """A screened comment: its findings, the text with personal data masked, the action.

    Attributes:
        comment: The comment as given (never shown by the renderings, which use
            :attr:`redacted`).
        findings: What was found, in the order of the text.
        organisation: Whose channels the reply points to.
    """

    comment: str
    findings: tuple[ScreeningFinding, ...]
    organisation: Organisation = RANDABERG

    @property
    def redacted(self) -> str:
        """The comment with every personal finding replaced by its masked form."""
        parts: list[str] = []
        position = 0
        for finding in self.findings:
            if finding.kind.personal and finding.start >= position:
                parts += [self.comment[position : finding.start], finding.masked]
                position = finding.end
        parts.append(self.comment[position:])
        return "".join(parts)

    @property
    def action(self) -> Action:
        """What the moderator should do (SKELETON: to be decided by the findings)."""
        return Action.NONE if not self.findings else Action.ANSWER

    def reply(self, lang: Lang = "nb") -> str | None:
        """The standard reply in ``lang``, or ``None`` when none is needed (SKELETON)."""
        check_lang(lang)
        return None


def _finding(hit: Hit, comment: str) -> ScreeningFinding:
    covered = comment[hit.start : hit.end]
    return ScreeningFinding(
        kind=FindingKind(hit.kind),
        start=hit.start,
        end=hit.end,
        certainty=Certainty.CERTAIN if hit.certain else Certainty.POSSIBLE,
        reason=hit.reason,
        masked="".join("*" if char.isalnum() else char for char in covered),
    )


def screen_comment(text: str, *, organisation: Organisation = RANDABERG) -> Screening:
    """Screen one comment (SKELETON: the scanners are joined here)."""
    from ._cases import scan_cases
    from ._numbers import scan_numbers

    hits = sorted([*scan_numbers(text), *scan_cases(text)], key=lambda hit: (hit.start, hit.end))
    return Screening(
        comment=text,
        findings=tuple(_finding(hit, text) for hit in hits),
        organisation=organisation,
    )
