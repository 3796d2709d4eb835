"""G7's written notice: the e-mail a ready unit sends to the communications department.

When all seven questions of G6 are answered yes, the unit "informs
Kommunikasjonsavdelingen in writing, by e-mail" (G7). :func:`draft_notice` drafts that
e-mail from a ready :class:`~randaberg_some.readiness.ReadinessAssessment` as a
:class:`Notification`: recipient, subject, body (in bokmål, nynorsk or English), and the
account's suggested name and handle. :meth:`Notification.as_email` makes it an
:class:`email.message.EmailMessage` and :meth:`Notification.mailto_link` a ``mailto:`` link.
Nothing is sent: the library drafts, the user sends.

Whatever a person types (a unit's name, a sender's display name), the draft is either a
well-formed e-mail or the library's error: a line break or other control character in a
sender, or a lone surrogate anywhere, is refused with :class:`~randaberg_some.ReadinessError`
rather than left to the ``email`` package to trip over.

Examples:
    >>> from randaberg_some import ReadinessChecklist
    >>> checklist = ReadinessChecklist(
    ...     unit="Bassenget", platform="instagram", own_channel_needed=True,
    ...     has_resources=True, administrators=["Kari Nordmann"], has_staffing=True,
    ...     has_moderation_routine=True, has_security_routine=True, manager_approved=True,
    ... )
    >>> notice = draft_notice(checklist.assess(), lang="nn")
    >>> notice.subject
    'Ny konto i sosiale medium: Bassenget på Instagram'
    >>> print(notice.body.splitlines()[2])
    Bassenget vil opprette ein konto på Instagram. Vi har gått gjennom dei sju spørsmåla i ...
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Final

import attrs

from ._text import shown as _shown
from .errors import ConfigurationError, NotReadyError, ReadinessError
from .messages import Lang, Message, check_lang
from .naming import suggest_account_name, suggest_handle
from .questions import QUESTIONS, AnswerKind
from .readiness import ReadinessAssessment

if TYPE_CHECKING:
    from email.message import EmailMessage

__all__ = ["Notification", "draft_notice", "sender_name"]


def _encodable(text: str) -> bool:
    """Whether ``text`` can be written as UTF-8 (no lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _one_line(text: str) -> bool:
    """Whether ``text`` is one printable line: no line break, control or format character."""
    return text.isprintable()


_BAD_FIELD: Final = Message(
    nb="{field} kan ikke stå i en e-post: den har linjeskift, kontrolltegn eller tegn som "
    "ikke kan skrives (fikk {value}).",
    nn="{field} kan ikkje stå i ein e-post: det har linjeskift, kontrollteikn eller teikn som "
    "ikkje kan skrivast (fekk {value}).",
    en="{field} cannot go into an e-mail: it has a line break, a control character or a "
    "character that cannot be written (got {value}).",
)


def _check_line(instance: Notification, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _one_line(value) or not _encodable(value):
        raise ReadinessError(
            f"'{attribute.name}' must be one line of text that an e-mail can carry "
            f"(got {_shown(value)})",
            message=_BAD_FIELD.format(field=repr(attribute.name), value=_shown(value)),
        )


def _check_body(instance: Notification, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _encodable(value):
        raise ReadinessError(
            f"'body' must be text that an e-mail can carry (got {_shown(value)})",
            message=_BAD_FIELD.format(field="'body'", value=_shown(value)),
        )


@attrs.frozen(kw_only=True)
class Notification:
    """G7's written notice to the communications department, drafted for the user to send.

    Attributes:
        to: The communications department's address.
        subject: The subject, naming the unit and the platform.
        body: The text, in the language it was drafted in.
        account_name: The suggested display name of the account (G14).
        handle: The suggested handle on the platform (G14 and the platform's rules).

    Raises:
        ReadinessError: ``to``, ``subject``, ``account_name`` or ``handle`` is not one line
            of printable text, or any field holds a lone surrogate.
    """

    to: str = attrs.field(validator=_check_line)
    subject: str = attrs.field(validator=_check_line)
    body: str = attrs.field(validator=_check_body)
    account_name: str = attrs.field(validator=_check_line)
    handle: str = attrs.field(validator=_check_line)

    def as_email(self, *, sender: str, date: datetime | None = None) -> EmailMessage:
        """Return the notice as an :class:`email.message.EmailMessage`.

        The message carries ``X-Unsent: 1``, so that Outlook opens a saved ``.eml`` file as
        a draft to send rather than as a received message.

        Args:
            sender: The ``From`` address.
            date: A time-zone-aware ``Date``; ``None`` leaves the header out.

        Returns:
            The message.

        Raises:
            ReadinessError: ``sender`` is not an e-mail address, or ``date`` is naive.

        >>> notice = Notification(to="kommunikasjon@randaberg.kommune.no", subject="Ny konto",
        ...                       body="Hei", account_name="x", handle="@x")
        >>> notice.as_email(sender="kari@randaberg.kommune.no")["X-Unsent"]
        '1'
        """
        from email.message import EmailMessage
        from email.policy import default
        from email.utils import format_datetime

        sender_name(sender)
        if date is not None and (not isinstance(date, datetime) or date.utcoffset() is None):
            raise ReadinessError(
                f"'date' must be a time-zone-aware datetime or None (got {_shown(date)})",
                message=Message(
                    nb="Datoen må ha tidssone (fikk {value}).",
                    nn="Datoen må ha tidssone (fekk {value}).",
                    en="The date must have a time zone (got {value}).",
                ).format(value=_shown(date)),
            )
        message = EmailMessage(policy=default)
        try:
            message["From"] = sender
            message["To"] = self.to
            message["Subject"] = self.subject
            if date is not None:
                message["Date"] = format_datetime(date)
            message["X-Unsent"] = "1"
            message.set_content(self.body)
        except (ValueError, TypeError, UnicodeError) as error:  # pragma: no cover - checked above
            raise ReadinessError(f"the e-mail cannot be drafted: {error}") from error
        return message

    def mailto_link(self) -> str:
        r"""Return a ``mailto:`` link (RFC 6068) with the subject and body percent-encoded.

        Returns:
            The link, ASCII only.

        >>> notice = Notification(to="kommunikasjon@randaberg.kommune.no", subject="Ny konto",
        ...                       body="Hei & takk\nKari", account_name="x", handle="@x")
        >>> notice.mailto_link()
        'mailto:kommunikasjon@randaberg.kommune.no?subject=Ny%20konto&body=Hei%20%26%20takk%0D%0AKari'
        """
        from urllib.parse import quote

        body = "\r\n".join(self.body.splitlines())
        return (
            f"mailto:{quote(self.to, safe='@')}"
            f"?subject={quote(self.subject, safe='')}&body={quote(body, safe='')}"
        )


_BAD_SENDER: Final = Message(
    nb="Avsenderen må være en e-postadresse, f.eks. kari.nordmann@randaberg.kommune.no "
    "(fikk {value}).",
    nn="Avsendaren må vere ei e-postadresse, t.d. kari.nordmann@randaberg.kommune.no "
    "(fekk {value}).",
    en="The sender must be an e-mail address such as kari.nordmann@randaberg.kommune.no "
    "(got {value}).",
)


def sender_name(sender: str) -> str:
    r"""Check ``sender`` and return the name to sign with: the display name or the address.

    Args:
        sender: ``"kari@example.no"`` or ``"Kari Nordmann <kari@example.no>"``.

    Returns:
        The display name, or the address where there is none.

    Raises:
        ReadinessError: ``sender`` is not an e-mail address, or holds a line break, another
            control character, a line or paragraph separator, or a lone surrogate.

    >>> sender_name("Kari Nordmann <kari.nordmann@randaberg.kommune.no>")
    'Kari Nordmann'
    >>> sender_name("Kari\u2028Bcc: eve@example.no <kari@randaberg.kommune.no>")
    Traceback (most recent call last):
    ...
    randaberg_some.errors.ReadinessError: 'sender' must be an e-mail address ...
    """
    from email.utils import parseaddr

    if not isinstance(sender, str) or not _one_line(sender) or not _encodable(sender):
        raise ReadinessError(
            f"'sender' must be an e-mail address on one line (got {_shown(sender)})",
            message=_BAD_SENDER.format(value=_shown(sender)),
        )
    name, address = parseaddr(sender)
    local, at, host = address.partition("@")
    if not (local and at and "." in host.strip(".")) or any(c.isspace() for c in address):
        raise ReadinessError(
            f"'sender' must be an e-mail address such as 'kari.nordmann@randaberg.kommune.no' "
            f"(got {_shown(sender)})",
            message=_BAD_SENDER.format(value=_shown(sender)),
        )
    return name.strip() or address


def _unit_name(assessment: ReadinessAssessment) -> str:
    return " ".join(assessment.checklist.unit.name.split())


_SUBJECT: Final = Message(
    nb="Ny konto i sosiale medier: {unit} på {platform}",
    nn="Ny konto i sosiale medium: {unit} på {platform}",
    en="New social media account: {unit} on {platform}",
)
_OPENING: Final = Message(
    nb="Til Kommunikasjonsavdelingen\n\n{unit} vil opprette en konto på {platform}. Vi har gått "
    "gjennom de sju spørsmålene i retningslinjene for bruk av sosiale medier i {organisation}, "
    "kan svare ja på alle og har navngitt administratorene, og orienterer dere med dette "
    "skriftlig.",
    nn="Til kommunikasjonsavdelinga\n\n{unit} vil opprette ein konto på {platform}. Vi har "
    "gått gjennom dei sju spørsmåla i retningslinene for bruk av sosiale medium i "
    "{organisation}, kan svare ja på alle og har oppgitt namna på administratorane, og "
    "orienterer dykk med dette skriftleg.",
    en="To Kommunikasjonsavdelingen (the communications department)\n\n{unit} would like to "
    "create an account on {platform}. We have gone through the seven questions of the "
    "guideline for social media in {organisation}, can answer yes to all of them and have "
    "named the administrators, and hereby inform you in writing.",
)
_FACTS: Final = Message(
    nb="Plattform: {platform}\nKontoens navn: {name}\nBrukernavn: {handle}\n"
    "Profiladresse: {url}\nAdministrator(er): {administrators}\n\n"
    "Kontoens navn og brukernavn er forslag etter navnereglene i retningslinjene.\n\n"
    "Svarene våre:",
    nn="Plattform: {platform}\nNamnet på kontoen: {name}\nBrukarnamn: {handle}\n"
    "Profiladresse: {url}\nAdministrator(ar): {administrators}\n\n"
    "Namnet på kontoen og brukarnamnet er forslag etter namnereglane i retningslinene.\n\n"
    "Svara våre:",
    en="Platform: {platform}\nAccount name: {name}\nHandle: {handle}\n"
    "Profile address: {url}\nAdministrator(s): {administrators}\n\n"
    "The account name and the handle are suggestions following the guideline's naming "
    "rules.\n\nOur answers:",
)
_ANSWER: Final = Message(nb="   Svar: {answer}", nn="   Svar: {answer}", en="   Answer: {answer}")
_YES: Final = Message(nb="Ja", nn="Ja", en="Yes")
_GREETING: Final = Message(nb="Med vennlig hilsen", nn="Med venleg helsing", en="Kind regards")


def _body(
    assessment: ReadinessAssessment,
    account_name: str,
    handle: str,
    signature: str | None,
    lang: Lang,
) -> str:
    checklist = assessment.checklist
    platform = checklist.platform
    administrators = ", ".join(checklist.administrators or ())
    lines = [
        _OPENING.format(
            unit=_unit_name(assessment),
            platform=platform.label,
            organisation=assessment.policy.organisation.name,
        ).text(lang),
        "",
        _FACTS.format(
            platform=platform.label,
            name=account_name,
            handle=handle,
            url=platform.rules.url(handle),
            administrators=administrators,
        ).text(lang),
    ]
    for number, question in enumerate(QUESTIONS, start=1):
        answer = administrators if question.kind is AnswerKind.NAMES else _YES.text(lang)
        lines += [
            "",
            f"{number}. {question.wording(lang)}",
            _ANSWER.format(answer=answer).text(lang),
        ]
    if signature is not None:
        lines += ["", _GREETING.text(lang), signature]
    return "\n".join(lines) + "\n"


def draft_notice(
    assessment: ReadinessAssessment, *, sender: str | None = None, lang: Lang = "nb"
) -> Notification:
    """Draft G7's written notice to the communications department, as plain values.

    Args:
        assessment: A ready assessment (see
            :meth:`~randaberg_some.ReadinessChecklist.assess`).
        sender: The sender's address (``"kari@example.no"`` or
            ``"Kari Nordmann <kari@example.no>"``) for the greeting at the end, or
            ``None`` to leave it out.
        lang: The language of the subject and the body.

    Returns:
        The notice: recipient, subject, body, account name and handle.

    Raises:
        NotReadyError: a question is not answered yes; the message names each one.
        ConfigurationError: the organisation has no communications e-mail address.
        InvalidNameError: the unit's name gives no handle (no letters or digits).
        ReadinessError: ``assessment`` is not an assessment, ``sender`` is not an e-mail
            address, or the unit's name holds a character no e-mail can carry (a lone
            surrogate).
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.

    Examples:
        >>> from randaberg_some import ReadinessChecklist
        >>> draft_notice(ReadinessChecklist(unit="Bassenget", platform="tiktok").assess())
        Traceback (most recent call last):
        ...
        randaberg_some.errors.NotReadyError: 'Bassenget' is not ready to notify ...
    """
    lang = check_lang(lang)
    if not isinstance(assessment, ReadinessAssessment):
        raise ReadinessError(
            f"'assessment' must be a ReadinessAssessment (got {_shown(assessment)})"
        )
    unit = _unit_name(assessment)
    if not assessment.ready:
        missing = ", ".join(
            f"{item.question_id} ({item.question.field}: {item.kind.value})"
            for item in assessment.unmet
        )
        raise NotReadyError(
            f"{unit!r} is not ready to notify the communications department; not answered "
            f"yes: {missing}",
            message=Message(
                nb="{unit} er ikke klar til å orientere Kommunikasjonsavdelingen; ikke besvart "
                "med ja: {missing}",
                nn="{unit} er ikkje klar til å orientere kommunikasjonsavdelinga; ikkje svart "
                "ja på: {missing}",
                en="{unit} is not ready to inform the communications department; not answered "
                "yes: {missing}",
            ).format(unit=_shown(unit), missing=missing),
        )
    organisation = assessment.policy.organisation
    if organisation.communications_email is None:
        raise ConfigurationError(
            f"the organisation {organisation.name!r} has no communications e-mail "
            f"address to send the notice to (communications_email is None)",
            message=Message(
                nb="{name} har ingen e-postadresse til kommunikasjonsavdelingen.",
                nn="{name} har inga e-postadresse til kommunikasjonsavdelinga.",
                en="{name} has no e-mail address for its communications department.",
            ).format(name=organisation.name),
        )
    if not _encodable(unit):
        raise ReadinessError(
            f"the unit's name holds a character no e-mail can carry (got {_shown(unit)})",
            message=_BAD_FIELD.format(
                field=Message(nb="Enhetens navn", nn="Namnet på eininga", en="The unit's name"),
                value=_shown(unit),
            ),
        )
    signature = None if sender is None else sender_name(sender)
    checklist = assessment.checklist
    account_name = suggest_account_name(checklist.unit, policy=assessment.policy)
    handle = suggest_handle(checklist.unit, checklist.platform, policy=assessment.policy)
    return Notification(
        to=organisation.communications_email,
        subject=_SUBJECT.format(unit=unit, platform=checklist.platform.label).text(lang),
        body=_body(assessment, account_name, handle, signature, lang),
        account_name=account_name,
        handle=handle,
    )
