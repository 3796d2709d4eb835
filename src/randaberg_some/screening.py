"""Screening a comment for personal data and case requests (G4, G6.5).

:func:`screen_comment` runs the scanners (identity, account, organisation and phone numbers
and e-mail addresses; case requests and case references) over one comment and joins their
hits into a :class:`Screening`: the findings, the comment with personal data masked
(:attr:`Screening.redacted`), what the moderator should do (:attr:`Screening.action`) and
the standard reply (:meth:`Screening.reply`). No message, repr or error ever holds a
flagged number; a finding keeps only where it is and a masked form without a digit of it.

The action, from the findings (a *possible* finding counts like a *certain* one: hiding a
comment can be undone, a published identity number cannot; :attr:`Screening.needs_review`
says when the action rests on a possible finding):

====================================  ===========================  =======================
found                                 action                       reply
====================================  ===========================  =======================
nothing (or an organisation number)   ``NONE``                     none
a case request or case reference      ``ANSWER``                   the case reply
personal data                         ``HIDE_AND_REPLY``           the hidden reply
personal data and a case matter       ``ARCHIVE_BEFORE_HIDING``    the hidden-case reply
====================================  ===========================  =======================

Examples:
    >>> from randaberg_some.screening import screen_comment
    >>> screening = screen_comment("Takk for god info!")
    >>> screening.action.value, screening.reply("en")
    ('none', None)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from importlib import import_module
from types import ModuleType
from typing import Final

import attrs

from . import _cases, _numbers
from ._masks import join_hits, mask, safe_mask, stars
from ._notebook import Shown
from ._replies import reply_message
from ._text import shown as _shown
from .errors import ConfigurationError, RandabergSomeError
from .messages import Lang, Message, check_lang
from .organisation import RANDABERG, Organisation
from .platforms import Platform

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


_PERSONAL_VALUES: Final = frozenset(kind.value for kind in _PERSONAL)


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

_CASE_KINDS: Final = frozenset({FindingKind.CASE_REFERENCE, FindingKind.CASE_PROCESSING})
# Where two personal findings overlap, the one first here names the joined finding.
_KIND_ORDER: Final = tuple(FindingKind)
_KIND_VALUES: Final = tuple(kind.value for kind in FindingKind)

_ACTION_LABELS: Final = {
    Action.NONE: Message(nb="ingen", nn="ingen", en="none"),
    Action.ANSWER: Message(nb="svar", nn="svar", en="answer"),
    Action.HIDE_AND_REPLY: Message(nb="skjul og svar", nn="gøym og svar", en="hide and reply"),
    Action.ARCHIVE_BEFORE_HIDING: Message(
        nb="arkiver før du skjuler", nn="arkiver før du gøymer", en="archive before hiding"
    ),
}


def _check_finding_kind(value: object) -> FindingKind:
    return value if isinstance(value, FindingKind) else FindingKind(value)


def _check_certainty(value: object) -> Certainty:
    return value if isinstance(value, Certainty) else Certainty(value)


def _check_span(instance: ScreeningFinding, attribute: attrs.Attribute[int], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise RandabergSomeError(
            f"'{attribute.name}' must be a whole number from 0 (got {_shown(value)})"
        )


def _check_reason(instance: object, attribute: attrs.Attribute[Message], value: object) -> None:
    if not isinstance(value, Message):
        raise RandabergSomeError(f"'reason' must be a Message (got a {type(value).__name__})")


def _check_masked(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise RandabergSomeError(f"'masked' must be a str (got a {type(value).__name__})")


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
            for an identity number, separators kept where they stand); what
            :attr:`Screening.redacted` puts in its place.

    Raises:
        RandabergSomeError: an unknown kind or certainty, a span that is not
            ``0 <= start < end``, a reason that is not a Message.
    """

    kind: FindingKind = attrs.field(converter=_check_finding_kind)
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)
    certainty: Certainty = attrs.field(converter=_check_certainty)
    reason: Message = attrs.field(validator=_check_reason)
    masked: str = attrs.field(validator=_check_masked)

    def __attrs_post_init__(self) -> None:
        if self.start >= self.end:
            raise RandabergSomeError(
                f"a finding must cover some text: start {self.start} is not before end {self.end}"
            )

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return (self.start, self.end)


def _to_findings(values: object) -> tuple[ScreeningFinding, ...]:
    if values == ():
        return ()
    if isinstance(values, (str, bytes)) or not isinstance(values, (tuple, list)):
        raise RandabergSomeError(
            f"'findings' must be a tuple of ScreeningFinding (got a {type(values).__name__})"
        )
    if not all(isinstance(value, ScreeningFinding) for value in values):
        raise RandabergSomeError("'findings' must be a tuple of ScreeningFinding values")
    return tuple(sorted(values, key=lambda f: (f.start, f.end, _KIND_ORDER.index(f.kind))))


def _check_comment(instance: Screening, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise _not_text(value)


def _check_organisation(
    instance: object, attribute: attrs.Attribute[Organisation], value: object
) -> None:
    if not isinstance(value, Organisation):
        raise ConfigurationError(f"'organisation' must be an Organisation (got {_shown(value)})")


def _render_module() -> ModuleType:
    # The renderings live in the edge (render/screening.py), imported on first use.
    return import_module("randaberg_some.render.screening")


@attrs.frozen(kw_only=True, repr=False)
class Screening(Shown):
    """A screened comment: its findings, the text with personal data masked, the action.

    Attributes:
        comment: The comment as given (never shown by the renderings, which use
            :attr:`redacted`).
        findings: What was found, in the order of the text.
        organisation: Whose channels the reply points to.

    Raises:
        RandabergSomeError: a comment that is not text, findings that are not
            :class:`ScreeningFinding` values or lie outside the comment.
        ConfigurationError: an organisation that is not an :class:`Organisation`.
    """

    comment: str = attrs.field(validator=_check_comment)
    findings: tuple[ScreeningFinding, ...] = attrs.field(default=(), converter=_to_findings)
    organisation: Organisation = attrs.field(default=RANDABERG, validator=_check_organisation)

    def __attrs_post_init__(self) -> None:
        end = max((finding.end for finding in self.findings), default=0)
        if end > len(self.comment):
            raise RandabergSomeError(
                f"a finding ends at {end}, after the comment's {len(self.comment)} characters"
            )

    @property
    def redacted(self) -> str:
        """The comment with every personal finding replaced by its masked form.

        Where personal findings overlap (only when built by hand: :func:`screen_comment`
        joins them), the rest of the later one is masked character by character.
        """
        parts: list[str] = []
        position = 0
        for finding in self.findings:
            if not finding.kind.personal or finding.end <= position:
                continue
            covered = self.comment[finding.start : finding.end]
            if finding.start >= position and safe_mask(finding.masked, covered):
                parts += [self.comment[position : finding.start], finding.masked]
            else:
                start = max(position, finding.start)
                parts += [self.comment[position:start], stars(self.comment[start : finding.end])]
            position = finding.end
        parts.append(self.comment[position:])
        return "".join(parts)

    @property
    def action(self) -> Action:
        """What the moderator should do (the table in :mod:`randaberg_some.screening`)."""
        return _action(self.findings)

    @property
    def needs_review(self) -> bool:
        """Whether the action rests on a *possible* finding: the moderator judges it.

        Without the possible findings the action would be a lesser one.
        """
        certain = [f for f in self.findings if f.certainty is Certainty.CERTAIN]
        return _action(certain).rank < self.action.rank

    def reply(self, lang: Lang = "nb", *, platform: Platform | str | None = None) -> str | None:
        """The standard reply in ``lang``, or ``None`` when none is needed.

        The reply names the kinds of personal data found (identity numbers alike, never the
        data), never confirms that a case exists, and points to one of the organisation's
        channels (:class:`~randaberg_some.organisation.Channels`). ``platform`` (a
        :class:`~randaberg_some.Platform` or a name such as ``"Facebook"``) says where.

        Raises:
            UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
            RandabergSomeError: ``platform`` is neither a Platform nor a short name.
        """
        checked = check_lang(lang)
        message = self.reply_message(platform=platform)
        return None if message is None else message.text(checked)

    def reply_message(self, *, platform: Platform | str | None = None) -> Message | None:
        """The standard reply in all three languages (see :meth:`reply`), or ``None``."""
        name = _platform_name(platform)
        personal = [f.kind.value for f in self.findings if f.kind.personal]
        case = any(f.kind in _CASE_KINDS for f in self.findings)
        return reply_message(personal, case, self.organisation, name)

    def text(self, lang: Lang = "nb") -> str:
        """The screening as plain text in ``lang`` (the redacted comment, never the original)."""
        result: str = _render_module().text(self, check_lang(lang))
        return result

    def to_json(self, *, indent: int | None = 2) -> str:
        """The screening as a JSON document (the redacted comment, messages in three languages)."""
        result: str = _render_module().to_json(self, indent=indent)
        return result

    def to_html(self, lang: Lang = "nb") -> str:
        """The screening as an HTML fragment in ``lang``, everything escaped."""
        result: str = _render_module().html(self, check_lang(lang))
        return result


def _action(findings: Iterable[ScreeningFinding]) -> Action:
    personal = case = False
    for finding in findings:
        personal = personal or finding.kind.personal
        case = case or finding.kind in _CASE_KINDS
    if personal:
        return Action.ARCHIVE_BEFORE_HIDING if case else Action.HIDE_AND_REPLY
    return Action.ANSWER if case else Action.NONE


_PLATFORM_NAME_MOST: Final = 40


def _platform_name(platform: object) -> str | None:
    if platform is None:
        return None
    if isinstance(platform, Platform):
        return platform.label
    if (
        isinstance(platform, str)
        and platform.strip()
        and len(platform) <= _PLATFORM_NAME_MOST
        and platform.isprintable()
    ):
        name = platform.strip()
        known = {member.value: member.label for member in Platform}
        return known.get(name.lower(), name)
    # The value is not echoed: a caller's mistake must not carry a comment into an error.
    raise RandabergSomeError(
        f"'platform' must be a Platform or a short printable name such as 'Facebook' "
        f"(got a {type(platform).__name__})"
    )


def _not_text(value: object) -> RandabergSomeError:
    kind = type(value).__name__
    return RandabergSomeError(
        f"a comment must be a str (got {kind})",
        message=Message(
            nb="En kommentar må være tekst (fikk {kind}).",
            nn="Ein kommentar må vere tekst (fekk {kind}).",
            en="A comment must be text (got {kind}).",
        ).format(kind=kind),
    )


def screen_comment(text: str, *, organisation: Organisation = RANDABERG) -> Screening:
    """Screen one comment for personal data and case requests.

    Overlapping hits are joined: personal findings that overlap become one (the union of
    their spans, named by the surest, longest); an organisation number or case reference
    that overlaps personal data is left out (the personal reading wins); a case request
    (a phrase) is kept beside the numbers in it.

    Raises:
        RandabergSomeError: ``text`` is not a ``str`` (with a message in three languages).
        ConfigurationError: ``organisation`` is not an :class:`Organisation`.

    Examples:
        >>> screen_comment("Hei, når åpner biblioteket?").findings
        ()
    """
    if not isinstance(text, str):
        raise _not_text(text)
    if not isinstance(organisation, Organisation):
        raise ConfigurationError(
            f"'organisation' must be an Organisation (got {_shown(organisation)})"
        )
    lower = text.lower()  # for both scanners' word searches
    hits = _numbers.scan_numbers(text, lower) + _cases.scan_cases(text, lower)
    if not hits:
        return _checked(text, (), organisation)
    for hit in hits:
        if hit.kind not in _KIND_BY_VALUE:
            FindingKind(hit.kind)  # a scanner's unknown kind is a bug: the library's error
    spans = join_hits(hits, len(text), personal=_PERSONAL_VALUES, order=_KIND_VALUES)
    findings = tuple(
        _finding(
            _KIND_BY_VALUE[span.kind],
            span.start,
            span.end,
            Certainty.CERTAIN if span.certain else Certainty.POSSIBLE,
            span.reason,
            mask(span.kind, text[span.start : span.end]),
        )
        for span in spans
    )
    return _checked(text, findings, organisation)


_KIND_BY_VALUE: Final = {kind.value: kind for kind in FindingKind}


def _finding(
    kind: FindingKind, start: int, end: int, certainty: Certainty, reason: Message, masked: str
) -> ScreeningFinding:
    """A :class:`ScreeningFinding` of values already checked, without checking them again.

    :func:`._masks.join_hits` cut the span to the comment and dropped empty ones; the kind
    and certainty are members, the reason a scanner's Message, the mask a ``str``.
    """
    finding: ScreeningFinding = object.__new__(ScreeningFinding)
    set_field = object.__setattr__
    set_field(finding, "kind", kind)
    set_field(finding, "start", start)
    set_field(finding, "end", end)
    set_field(finding, "certainty", certainty)
    set_field(finding, "reason", reason)
    set_field(finding, "masked", masked)
    return finding


def _checked(
    text: str, findings: tuple[ScreeningFinding, ...], organisation: Organisation
) -> Screening:
    """A :class:`Screening` of values already checked, without checking them again.

    The comment and the organisation were checked by :func:`screen_comment`; the findings
    were built one by one from hits cut to the comment and are in the order the converter
    would sort them into (:func:`._masks.join_hits` sorts by the same key).
    """
    screening: Screening = object.__new__(Screening)
    object.__setattr__(screening, "comment", text)
    object.__setattr__(screening, "findings", findings)
    object.__setattr__(screening, "organisation", organisation)
    return screening
