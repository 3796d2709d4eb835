"""What to capture before a comment is hidden: the archive record of a screened comment.

Arkivverket's advice: the content decides whether something is journaled or archived, not
the channel; messages in social media fall under the same rules as other incoming post,
and must be captured (screenshot or export, PDF/A) into an approved Noark system, since the
platform is not an archive. A comment that is a case request or a complaint (a case
document) must therefore be captured **before** it is hidden or deleted:
:attr:`~randaberg_some.screening.Action.ARCHIVE_BEFORE_HIDING`.

:func:`archive_record` gathers what the capture needs: the text (masked by default), the
author, the times, the URL, the findings and the action, with the legal basis
(:data:`ARCHIVE_DUTY`) and its sources. It reads no clock: the caller gives the times.

Examples:
    >>> from datetime import datetime, timezone
    >>> from randaberg_some.archiving import archive_record
    >>> from randaberg_some.screening import screen_comment
    >>> record = archive_record(
    ...     screen_comment("Takk!"),
    ...     author="Kari N.",
    ...     received_at=datetime(2026, 3, 2, 9, 15, tzinfo=timezone.utc),
    ... )
    >>> record.to_dict()["received_at"], record.to_dict()["text_is_original"]
    ('2026-03-02T09:15:00+00:00', False)
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

import attrs

from ._text import shown
from ._times import aware
from .errors import InvalidTimeError, RandabergSomeError
from .messages import Message
from .platforms import Platform
from .screening import Action, Screening, ScreeningFinding

__all__ = ["ARCHIVE_DUTY", "ArchiveRecord", "LegalBasis", "archive_record"]


@attrs.frozen(kw_only=True)
class LegalBasis:
    """One point of the archive duty, with its sources.

    Attributes:
        statement: The point, in three languages.
        sources: The public pages it rests on.
        verified: ``False`` for a point the research could not confirm (shown as open).
    """

    statement: Message
    sources: tuple[str, ...]
    verified: bool = True


ARCHIVE_DUTY: Final = (
    LegalBasis(
        statement=Message(
            nb="Innholdet avgjør om noe skal journalføres eller arkiveres, ikke kanalen. "
            "Meldinger i sosiale medier følger de samme reglene som annen inngående post, og "
            "må fanges (skjermbilde eller eksport, PDF/A) i et godkjent Noark-system; "
            "plattformen er ikke et godkjent arkiv.",
            nn="Innhaldet avgjer om noko skal journalførast eller arkiverast, ikkje kanalen. "
            "Meldingar i sosiale medium følgjer dei same reglane som anna inngåande post, og "
            "må fangast (skjermbilete eller eksport, PDF/A) i eit godkjent Noark-system; "
            "plattforma er ikkje eit godkjent arkiv.",
            en="The content decides whether something is journaled or archived, not the "
            "channel. Messages in social media follow the same rules as other incoming post "
            "and must be captured (screenshot or export, PDF/A) in an approved Noark system; "
            "the platform is not an approved archive.",
        ),
        sources=(
            "http://www.arkivverket.no/arkivverket/Offentlig-forvaltning/Journalfoering/"
            "Spesielle-dokumenttypar/Sosiale-medium",
            "http://www.arkivverket.no/arkivverket/Offentleg-forvalting/Journalfoering/"
            "Spesielle-dokumenttypar/Sosiale-medium/Riksarkivaren-sitt-raad",
        ),
    ),
    LegalBasis(
        statement=Message(
            nb="Journalføringsplikt: et saksdokument for organet, mottatt eller sendt, som "
            "er gjenstand for saksbehandling og har verdi som dokumentasjon. Arkivplikten er "
            "videre: alt som er mottatt i organets arbeid skal tas vare på, unntatt det som "
            "kan kasseres.",
            nn="Journalføringsplikt: eit saksdokument for organet, motteke eller sendt, som "
            "er gjenstand for sakshandsaming og har verdi som dokumentasjon. Arkivplikta er "
            "vidare: alt som er motteke i arbeidet til organet skal takast vare på, unnateke "
            "det som kan kasserast.",
            en="Journaling duty: a case document of the body, received or sent, subject to "
            "case processing and of documentary value. The archiving duty is wider: "
            "everything received in the body's work is kept, except what may be culled.",
        ),
        sources=(
            "https://www.arkivverket.no/for-arkiveiere/arkivering/journalforing",
            "https://www.digdir.no/digitalisering-og-samordning/arkivering-fra-sosiale-medium/1958",
        ),
    ),
    LegalBasis(
        statement=Message(
            nb="Lov om dokumentasjon og arkiv (LOV-2025-06-20-96) og en ny arkivforskrift "
            "gjelder fra 1. januar 2026; fram til da var grunnlaget arkivforskrifta (2017) "
            "§§ 9 og 10 med offentleglova § 10.",
            nn="Lov om dokumentasjon og arkiv (LOV-2025-06-20-96) og ei ny arkivforskrift "
            "gjeld frå 1. januar 2026; fram til då var grunnlaget arkivforskrifta (2017) "
            "§§ 9 og 10 med offentleglova § 10.",
            en="The act on documentation and archives (LOV-2025-06-20-96) and a new archive "
            "regulation apply from 1 January 2026; until then the basis was the archive "
            "regulation of 2017, §§ 9 and 10, with the Freedom of Information Act § 10.",
        ),
        sources=(
            "https://www.nkrf.no/nyheter/2025/06/20/ny-arkivlov-trer-i-kraft-1-januar-2026",
            "https://www.digi.no/artikler/ny-arkivlov-vedtatt/559918",
        ),
    ),
    LegalBasis(
        statement=Message(
            nb="Ikke verifisert: hvilken paragraf i arkivforskriften fra 2026 som nå har "
            "kriteriene for journalføring.",
            nn="Ikkje verifisert: kva for paragraf i arkivforskrifta frå 2026 som no har "
            "kriteria for journalføring.",
            en="Not verified: which section of the 2026 archive regulation now holds the "
            "journaling criteria.",
        ),
        sources=(
            "https://www.aksess-tidsskrift.no/aktuelt/arkivforskrift-arkivlov-arkivverket/258189",
        ),
        verified=False,
    ),
)
"""The archive duty behind :func:`archive_record`, point by point, with sources."""


def _text_or_none(value: object, name: str, *, url: bool = False) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and value.strip():
        plain = not any(char.isspace() or not char.isprintable() for char in value)
        if not url or (value.startswith(("https://", "http://")) and plain):
            return value
    wanted = "an http(s) address without spaces" if url else "non-empty text"
    # The value is not echoed (only its type): it may be a comment given in the wrong place.
    raise RandabergSomeError(
        f"{name!r} must be {wanted} or None (got a {type(value).__name__})",
        message=Message(
            nb="{name} må være {wanted_nb} (fikk {kind}).",
            nn="{name} må vere {wanted_nn} (fekk {kind}).",
            en="{name} must be {wanted} (got {kind}).",
        ).format(
            name=name,
            wanted=wanted,
            wanted_nb="en http(s)-adresse uten mellomrom" if url else "tekst",
            wanted_nn="ei http(s)-adresse utan mellomrom" if url else "tekst",
            kind=type(value).__name__,
        ),
    )


def _time_or_none(value: object, name: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):  # not echoed: it may be a comment in the wrong place
        raise InvalidTimeError(
            f"{name!r} must be a datetime with a UTC offset (got a {type(value).__name__})",
            message=Message(
                nb="Tidspunktet må være et datetime med UTC-forskyvning (fikk {kind}).",
                nn="Tidspunktet må vere eit datetime med UTC-forskyving (fekk {kind}).",
                en="The time must be a datetime with a UTC offset (got {kind}).",
            ).format(kind=type(value).__name__),
        )
    return aware(value, name)


def _message_dict(message: Message) -> dict[str, str]:
    return {"nb": message.nb, "nn": message.nn, "en": message.en}


def _finding_dict(finding: ScreeningFinding) -> dict[str, object]:
    return {
        "kind": finding.kind.value,
        "label": _message_dict(finding.kind.message),
        "start": finding.start,
        "end": finding.end,
        "certainty": finding.certainty.value,
        "reason": _message_dict(finding.reason),
        "masked": finding.masked,
    }


@attrs.frozen(kw_only=True, repr=False)
class ArchiveRecord:
    """What a kommune's archive intake needs of a screened comment, captured before hiding.

    Attributes:
        text: The comment, with personal data masked unless the caller asked for the
            original (:attr:`text_is_original`).
        text_is_original: Whether :attr:`text` is the comment as written.
        author: The author's name or handle as the platform shows it, or ``None``.
        received_at: When the comment was posted (aware), or ``None``.
        captured_at: When the record was made (aware), or ``None``.
        url: The comment's address, or ``None``.
        platform: The platform's name ("Facebook"), or ``None``.
        organisation: The name of the organisation that archives it.
        findings: What the screening found (kinds, spans, certainty, reasons, masks).
        action: What the moderator does (by default the screening's action).
        legal_basis: The archive duty, point by point, with sources (:data:`ARCHIVE_DUTY`).
    """

    text: str
    text_is_original: bool
    author: str | None
    received_at: datetime | None
    captured_at: datetime | None
    url: str | None
    platform: str | None
    organisation: str
    findings: tuple[ScreeningFinding, ...]
    action: Action
    legal_basis: tuple[LegalBasis, ...] = ARCHIVE_DUTY

    def __repr__(self) -> str:
        # Never the text (it may be the original): the counts and the action only.
        return (
            f"<ArchiveRecord: {len(self.findings)} findings, action {self.action.value}, "
            f"{'original' if self.text_is_original else 'masked'} text>"
        )

    def to_dict(self) -> dict[str, object]:
        """The record as plain values (str, int, bool, None, lists, dicts): JSON-ready.

        Times are ISO 8601 with their offset; messages have all three languages.
        """
        return {
            "record": "randaberg-some archive record",
            "version": 1,
            "organisation": self.organisation,
            "platform": self.platform,
            "url": self.url,
            "author": self.author,
            "received_at": None if self.received_at is None else self.received_at.isoformat(),
            "captured_at": None if self.captured_at is None else self.captured_at.isoformat(),
            "text": self.text,
            "text_is_original": self.text_is_original,
            "action": self.action.value,
            "action_label": _message_dict(self.action.message),
            "findings": [_finding_dict(finding) for finding in self.findings],
            "legal_basis": [
                {
                    "statement": _message_dict(point.statement),
                    "sources": list(point.sources),
                    "verified": point.verified,
                }
                for point in self.legal_basis
            ],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The record as a JSON document (:meth:`to_dict`), letters as they are.

        Raises:
            RandabergSomeError: ``indent`` is not a whole number from 0 to 16, or ``None``.
        """
        from .render._common import json_text

        return json_text(self.to_dict(), indent)


def archive_record(
    screening: Screening,
    *,
    author: str | None = None,
    received_at: datetime | None = None,
    url: str | None = None,
    platform: Platform | str | None = None,
    captured_at: datetime | None = None,
    action: Action | str | None = None,
    original: bool = False,
) -> ArchiveRecord:
    """The archive record of ``screening``: what to capture before the comment is hidden.

    Args:
        screening: The screened comment (:func:`~randaberg_some.screening.screen_comment`).
        author: The author's name or handle as the platform shows it.
        received_at: When the comment was posted: an aware ``datetime``.
        url: The comment's address (http or https).
        platform: A :class:`~randaberg_some.Platform` or the platform's name.
        captured_at: When the record is made: an aware ``datetime`` (no clock is read).
        action: What the moderator does, when it differs from ``screening.action``.
        original: ``True`` to keep the comment as written, for an archive workflow that
            needs it and stores it in the Noark system; by default personal data is masked.

    Raises:
        RandabergSomeError: a value of the wrong type, an empty author, a URL that is not
            http(s), an unknown action; NaiveDatetimeError for a time without offset.
    """
    if not isinstance(screening, Screening):
        raise RandabergSomeError(
            f"'screening' must be a Screening (got a {type(screening).__name__})"
        )
    if not isinstance(original, bool):
        raise RandabergSomeError(f"'original' must be True or False (got {shown(original)})")
    if platform is None or isinstance(platform, Platform):
        platform_name = None if platform is None else platform.label
    else:
        platform_name = _text_or_none(platform, "platform")
    chosen = screening.action if action is None else Action(action)
    return ArchiveRecord(
        text=screening.comment if original else screening.redacted,
        text_is_original=original,
        author=_text_or_none(author, "author"),
        received_at=_time_or_none(received_at, "received_at"),
        captured_at=_time_or_none(captured_at, "captured_at"),
        url=_text_or_none(url, "url", url=True),
        platform=platform_name,
        organisation=screening.organisation.name,
        findings=screening.findings,
        action=chosen,
    )
