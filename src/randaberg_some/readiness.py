"""The readiness checklist of G6 and the written notice of G7.

Before a unit creates an account, the guideline asks seven questions (G6.1-G6.7). When every
answer is yes, the unit informs Kommunikasjonsavdelingen in writing, by e-mail (G7). A
:class:`ReadinessChecklist` holds the answers; :meth:`ReadinessChecklist.assess` says whether
the unit is ready and, if not, which answers hold it back and what to do next; a ready
:class:`ReadinessAssessment` drafts the e-mail. Nothing is sent: the library drafts, the
user sends.

Readings of the source (see the readiness page of the documentation):

- After the seven questions the source says "Dersom du har svart ja på alle disse fire
  punktene" ("all these four points"). The list has seven; all seven are required.
- G6.1 is an either/or question. Yes means that an own channel *is* needed: the target
  groups cannot be reached well enough through the kommune's existing channels.
- G6.3 is answered with names, not yes or no: it counts as answered yes when at least one
  administrator is named. Blank names are not names.

Each answer is ``True`` (yes), ``False`` (no) or ``None`` (not answered yet); an unanswered
question holds the unit back as much as a no, but the assessment tells them apart.

>>> from randaberg_some import Platform, ReadinessChecklist
>>> checklist = ReadinessChecklist(
...     unit="Bassenget",
...     platform=Platform.INSTAGRAM,
...     own_channel_needed=True,
...     has_resources=True,
...     administrators=("Kari Nordmann",),
...     has_staffing=True,
...     has_moderation_routine=True,
...     has_security_routine=True,
... )
>>> assessment = checklist.assess()
>>> assessment.ready
False
>>> [(item.question_id, item.kind.value) for item in assessment.unmet]
[('G6.7', 'unanswered')]
>>> ready = attrs.evolve(checklist, manager_approved=True).assess()
>>> ready.ready
True
>>> print(ready.notification().subject)
Ny konto i sosiale medier: Bassenget på Instagram
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import IO, TYPE_CHECKING, Final, Literal

import attrs

from .errors import (
    ConfigurationError,
    InvalidNameError,
    NotReadyError,
    ReadinessError,
    UnknownPlatformError,
)
from .naming import DEFAULT_POLICY, NamingPolicy, suggest_account_name, suggest_handle
from .platforms import Platform, as_platform
from .rules import Lang
from .units import Unit

if TYPE_CHECKING:
    from email.message import EmailMessage

__all__ = [
    "QUESTIONS",
    "AnswerKind",
    "Notification",
    "Question",
    "ReadinessAssessment",
    "ReadinessChecklist",
    "UnmetItem",
    "UnmetKind",
    "load_checklist",
    "parse_administrators",
    "parse_answer",
]


class AnswerKind(enum.Enum):
    """How a question of G6 is answered: yes or no, or with names (G6.3)."""

    YES_NO = "yes_no"
    NAMES = "names"


@attrs.frozen(kw_only=True)
class Question:
    """One question of the checklist (G6.1-G6.7), in bokmål and English.

    The bokmål wording follows the source; G6.1 is worded so that yes means an own channel
    is needed, which is how the library reads it.

    Attributes:
        id: The guideline statement, e.g. ``"G6.3"``.
        field: The :class:`ReadinessChecklist` field that holds the answer.
        kind: Whether it is answered yes/no or with names.
        topic: A short bokmål heading, e.g. ``"Ressurser"``.
        topic_en: The heading in English.
        text: The question in bokmål.
        text_en: The question in English.
        no_reason: Why a no (or, for G6.3, no name) holds the unit back, in bokmål.
        no_reason_en: The same in English.
        advice: What to do about a no, in bokmål.
        advice_en: The same in English.
    """

    id: str
    field: str
    kind: AnswerKind
    topic: str
    topic_en: str
    text: str
    text_en: str
    no_reason: str
    no_reason_en: str
    advice: str
    advice_en: str

    def wording(self, lang: Lang = "nb") -> str:
        """Return the question in ``lang`` (``"nb"`` or ``"en"``).

        >>> QUESTIONS[1].wording("en")
        'Do you have enough resources to run the account?'
        """
        return self.text_en if lang == "en" else self.text


QUESTIONS: Final[tuple[Question, ...]] = (
    Question(
        id="G6.1",
        field="own_channel_needed",
        kind=AnswerKind.YES_NO,
        topic="Egen kanal",
        topic_en="Own channel",
        text="Er det behov for en egen kanal i sosiale medier, fordi de definerte "
        "målgruppene ikke kan nås godt nok gjennom kommunens eksisterende kanaler?",
        text_en="Is an own channel on social media needed, because the defined target "
        "groups cannot be reached well enough through the kommune's existing channels?",
        no_reason="Målgruppene kan nås godt nok gjennom kommunens eksisterende kanaler, så "
        "det trengs ingen egen kanal.",
        no_reason_en="The target groups can be reached well enough through the kommune's "
        "existing channels, so no own channel is needed.",
        advice="Bruk kommunens eksisterende kanaler, og ta kontakt med "
        "Kommunikasjonsavdelingen om hvordan innholdet kan publiseres der.",
        advice_en="Use the kommune's existing channels, and ask Kommunikasjonsavdelingen "
        "how your content can be published there.",
    ),
    Question(
        id="G6.2",
        field="has_resources",
        kind=AnswerKind.YES_NO,
        topic="Ressurser",
        topic_en="Resources",
        text="Har du nok ressurser til å drifte kontoen?",
        text_en="Do you have enough resources to run the account?",
        no_reason="Det er ikke nok ressurser til å drifte kontoen.",
        no_reason_en="There are not enough resources to run the account.",
        advice="Sett av ressurser til den daglige driften av kontoen før den opprettes, "
        "eller bruk kommunens eksisterende kanaler.",
        advice_en="Set aside resources for running the account day to day before it is "
        "created, or use the kommune's existing channels.",
    ),
    Question(
        id="G6.3",
        field="administrators",
        kind=AnswerKind.NAMES,
        topic="Administratorer",
        topic_en="Administrators",
        text="Hvem er administrator(er)?",
        text_en="Who is the administrator, or who are the administrators?",
        no_reason="Ingen administrator er navngitt.",
        no_reason_en="No administrator is named.",
        advice="Utpek minst én administrator, og oppgi navnet.",
        advice_en="Appoint at least one administrator, and give the name.",
    ),
    Question(
        id="G6.4",
        field="has_staffing",
        kind=AnswerKind.YES_NO,
        topic="Bemanning",
        topic_en="Staffing",
        text="Har du nok bemanning til å publisere godt innhold på siden?",
        text_en="Do you have enough staff to publish good content on the page?",
        no_reason="Det er ikke nok bemanning til å publisere godt innhold.",
        no_reason_en="There are not enough staff to publish good content.",
        advice="Sørg for nok bemanning til å publisere godt innhold jevnlig før kontoen opprettes.",
        advice_en="Make sure there are enough staff to publish good content regularly "
        "before the account is created.",
    ),
    Question(
        id="G6.5",
        field="has_moderation_routine",
        kind=AnswerKind.YES_NO,
        topic="Rutiner for moderering",
        topic_en="Moderation routine",
        text="Har du gode rutiner for å håndtere spørsmål, kommentarer og innlegg på "
        "siden, slik at de blir fanget opp og vurdert innen arbeidsdagens slutt, alle "
        "arbeidsdager i året, unntatt helg og røde dager?",
        text_en="Do you have good routines for handling questions, comments and posts on "
        "the page, so that they are caught and assessed before the end of the working day, "
        "every working day of the year except weekends and public holidays?",
        no_reason="Det mangler rutiner som sikrer at spørsmål, kommentarer og innlegg blir "
        "fanget opp og vurdert innen arbeidsdagens slutt hver arbeidsdag.",
        no_reason_en="There is no routine that makes sure questions, comments and posts are "
        "caught and assessed before the end of every working day.",
        advice="Lag en rutine der noen går gjennom kontoen hver arbeidsdag og vurderer det "
        "som har kommet inn før arbeidsdagens slutt, også i ferier og ved fravær.",
        advice_en="Set up a routine in which someone goes through the account every working "
        "day and assesses what has come in before the end of the day, also during holidays "
        "and absences.",
    ),
    Question(
        id="G6.6",
        field="has_security_routine",
        kind=AnswerKind.YES_NO,
        topic="Rutiner for sikkerhet",
        topic_en="Security routine",
        text="Har du gode nok rutiner for sikkerhet knyttet til sosiale medier "
        "(passordhåndtering og tilgangskontroll)?",
        text_en="Do you have good enough security routines for social media (password "
        "handling and access control)?",
        no_reason="Det mangler gode nok rutiner for passordhåndtering og tilgangskontroll.",
        no_reason_en="There are no good enough routines for password handling and access control.",
        advice="Lag rutiner for passordhåndtering og tilgangskontroll: hvem som har "
        "tilgang, og hvordan tilgang gis og fjernes.",
        advice_en="Set up routines for password handling and access control: who has "
        "access, and how access is granted and removed.",
    ),
    Question(
        id="G6.7",
        field="manager_approved",
        kind=AnswerKind.YES_NO,
        topic="Lederens godkjenning",
        topic_en="Manager's approval",
        text="Har lederen din godkjent opprettelse av kontoen?",
        text_en="Has your manager approved creating the account?",
        no_reason="Lederen din har ikke godkjent at kontoen opprettes.",
        no_reason_en="Your manager has not approved creating the account.",
        advice="Be lederen din om å godkjenne at kontoen opprettes.",
        advice_en="Ask your manager to approve creating the account.",
    ),
)
"""The seven questions of G6, in the order of the source."""

_UNANSWERED_REASON: Final = {
    AnswerKind.YES_NO: (
        "Spørsmålet er ikke besvart; alle sju må besvares med ja før kontoen opprettes.",
        "The question is not answered; all seven must be answered yes before the account "
        "is created.",
    ),
    AnswerKind.NAMES: (
        "Spørsmålet er ikke besvart; kontoen må ha minst én navngitt administrator.",
        "The question is not answered; the account needs at least one named administrator.",
    ),
}
_UNANSWERED_ADVICE: Final = {
    AnswerKind.YES_NO: (
        "Avklar spørsmålet, og svar ja eller nei.",
        "Settle the question, and answer yes or no.",
    ),
    AnswerKind.NAMES: (
        "Utpek minst én administrator, og oppgi navnet.",
        "Appoint at least one administrator, and give the name.",
    ),
}


class UnmetKind(enum.Enum):
    """Why a question holds the unit back: not answered yet, or answered no.

    For G6.3, ``NO`` means that the answer names nobody (no names, or only blank ones).
    """

    UNANSWERED = "unanswered"
    NO = "no"


_KIND_WORDS: Final = {
    (UnmetKind.UNANSWERED, AnswerKind.YES_NO): ("ikke besvart", "not answered"),
    (UnmetKind.UNANSWERED, AnswerKind.NAMES): ("ikke besvart", "not answered"),
    (UnmetKind.NO, AnswerKind.YES_NO): ("nei", "no"),
    (UnmetKind.NO, AnswerKind.NAMES): ("ingen navngitt", "nobody named"),
}


@attrs.frozen(kw_only=True)
class UnmetItem:
    """One question that holds the unit back, why, and what to do next.

    Attributes:
        question: The question.
        kind: Not answered, or answered no.
        reason: Why it holds the unit back, in bokmål.
        reason_en: The same in English.
        advice: What to do next, in bokmål.
        advice_en: The same in English.
    """

    question: Question
    kind: UnmetKind
    reason: str
    reason_en: str
    advice: str
    advice_en: str

    @property
    def question_id(self) -> str:
        """The guideline statement of the question, e.g. ``"G6.3"``."""
        return self.question.id

    def describe(self, lang: Lang = "nb") -> str:
        """Return the item as a few lines of text in ``lang``: question, answer, reason, advice.

        >>> checklist = ReadinessChecklist(unit="Bassenget", platform="tiktok",
        ...                                has_resources=False)
        >>> print(checklist.assess().unmet[1].describe("en"))
        G6.2 Do you have enough resources to run the account?
          Answer: no. There are not enough resources to run the account.
          Next step: Set aside resources for running the account day to day before it is
          created, or use the kommune's existing channels.
        """
        nb_word, en_word = _KIND_WORDS[self.kind, self.question.kind]
        if lang == "en":
            answer, next_step = f"Answer: {en_word}. {self.reason_en}", self.advice_en
            next_label = "Next step"
        else:
            answer, next_step = f"Svar: {nb_word}. {self.reason}", self.advice
            next_label = "Neste steg"
        return (
            f"{self.question.id} {self.question.wording(lang)}\n"
            f"  {answer}\n"
            f"  {next_label}: {next_step}"
        )


def _to_unit(value: Unit | str) -> Unit:
    if isinstance(value, Unit):
        return value
    if not isinstance(value, str) or not value.strip():
        raise InvalidNameError(f"'unit' must be a non-empty unit name or a Unit (got {value!r})")
    return Unit(name=value)


def _to_names(value: Iterable[str] | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ReadinessError(
            f"'administrators' must be a sequence of names such as ('Kari Nordmann',) or "
            f"None (got {value!r})"
        )
    names: list[str] = []
    for name in value:
        if not isinstance(name, str):
            raise ReadinessError(
                f"'administrators' must hold names as str (got {name!r} in {value!r})"
            )
        tidy = " ".join(name.split())
        if tidy and tidy not in names:
            names.append(tidy)
    return tuple(names)


def _check_answer(
    instance: ReadinessChecklist, attribute: attrs.Attribute[bool | None], value: bool | None
) -> None:
    if value is not None and not isinstance(value, bool):
        raise ReadinessError(
            f"'{attribute.name}' must be True (yes), False (no) or None (not answered) "
            f"(got {value!r})"
        )


@attrs.frozen(kw_only=True)
class ReadinessChecklist:
    """A unit's answers to the seven questions of G6, for one platform.

    Every answer may still be ``None`` (not answered); an unanswered question is unmet.

    Attributes:
        unit: The unit that wants the account; a name or a :class:`Unit` (a name becomes a
            :class:`Unit` of the default kind).
        platform: The platform of the account; a :class:`Platform` or its name.
        own_channel_needed: G6.1: is an own channel needed? Yes (``True``) means the target
            groups cannot be reached well enough through the kommune's existing channels.
        has_resources: G6.2: are there enough resources to run the account?
        administrators: G6.3: the administrators' names, or ``None`` when not answered.
            Spaces are tidied, and blank and repeated names dropped; the question is met
            when at least one name is left.
        has_staffing: G6.4: is there enough staffing to publish good content?
        has_moderation_routine: G6.5: are there routines to catch and assess questions,
            comments and posts before the end of every working day?
        has_security_routine: G6.6: are there security routines for passwords and access?
        manager_approved: G6.7: has the manager approved creating the account?

    Raises:
        InvalidNameError: a blank unit name.
        UnknownPlatformError: ``platform`` names no platform.
        ReadinessError: an answer that is not ``True``, ``False`` or ``None``, or
            administrators that are not a sequence of names.

    >>> names = ["  Kari   Nordmann ", "", "Kari Nordmann"]
    >>> checklist = ReadinessChecklist(unit="Bassenget", platform="Instagram", administrators=names)
    >>> checklist.administrators
    ('Kari Nordmann',)
    """

    unit: Unit = attrs.field(converter=_to_unit)
    platform: Platform = attrs.field(converter=as_platform)
    own_channel_needed: bool | None = attrs.field(default=None, validator=_check_answer)
    has_resources: bool | None = attrs.field(default=None, validator=_check_answer)
    administrators: tuple[str, ...] | None = attrs.field(default=None, converter=_to_names)
    has_staffing: bool | None = attrs.field(default=None, validator=_check_answer)
    has_moderation_routine: bool | None = attrs.field(default=None, validator=_check_answer)
    has_security_routine: bool | None = attrs.field(default=None, validator=_check_answer)
    manager_approved: bool | None = attrs.field(default=None, validator=_check_answer)

    def answer(self, question: Question | str) -> bool | tuple[str, ...] | None:
        """Return the answer to ``question`` (a :class:`Question` or its id, e.g. ``"G6.2"``).

        Raises:
            ReadinessError: ``question`` is not one of the seven.

        >>> ReadinessChecklist(unit="Bassenget", platform="tiktok").answer("G6.1") is None
        True
        """
        return getattr(self, _question(question).field)  # type: ignore[no-any-return]

    def assess(self, *, policy: NamingPolicy = DEFAULT_POLICY) -> ReadinessAssessment:
        """Assess the answers: ready when all seven questions are answered yes (G7).

        Never raises for any answers the checklist holds; the policy names the account and
        addresses the notice.

        Args:
            policy: The naming policy, whose organisation receives the notice.

        Returns:
            The assessment, with every unmet question in the order of the source.

        Raises:
            ConfigurationError: ``policy`` is not a :class:`NamingPolicy`.
        """
        if not isinstance(policy, NamingPolicy):
            raise ConfigurationError(f"'policy' must be a NamingPolicy (got {policy!r})")
        unmet = tuple(
            item
            for item in (_unmet(question, self.answer(question)) for question in QUESTIONS)
            if item is not None
        )
        return ReadinessAssessment(checklist=self, policy=policy, unmet=unmet)


def _question(question: Question | str) -> Question:
    for candidate in QUESTIONS:
        if question == candidate or question == candidate.id:
            return candidate
    expected = ", ".join(candidate.id for candidate in QUESTIONS)
    raise ReadinessError(f"unknown question {question!r}: expected one of {expected}")


def _unmet(question: Question, answer: bool | tuple[str, ...] | None) -> UnmetItem | None:
    if answer is True or (isinstance(answer, tuple) and answer):
        return None
    if answer is None:
        (reason, reason_en), (advice, advice_en) = (
            _UNANSWERED_REASON[question.kind],
            _UNANSWERED_ADVICE[question.kind],
        )
        kind = UnmetKind.UNANSWERED
    else:
        reason, reason_en = question.no_reason, question.no_reason_en
        advice, advice_en = question.advice, question.advice_en
        kind = UnmetKind.NO
    return UnmetItem(
        question=question,
        kind=kind,
        reason=reason,
        reason_en=reason_en,
        advice=advice,
        advice_en=advice_en,
    )


@attrs.frozen(kw_only=True)
class ReadinessAssessment:
    """Whether a unit is ready to create its account, and what holds it back if not.

    Attributes:
        checklist: The answers assessed.
        policy: The naming policy for the account's name and handle and the notice.
        unmet: Every question not answered yes, in the order of the source.
    """

    checklist: ReadinessChecklist
    policy: NamingPolicy
    unmet: tuple[UnmetItem, ...]

    @property
    def ready(self) -> bool:
        """Whether all seven questions are answered yes, so that G7's notice may be sent."""
        return not self.unmet

    @property
    def unanswered(self) -> tuple[UnmetItem, ...]:
        """The unmet questions that are not answered yet."""
        return tuple(item for item in self.unmet if item.kind is UnmetKind.UNANSWERED)

    @property
    def answered_no(self) -> tuple[UnmetItem, ...]:
        """The unmet questions answered no (for G6.3: naming nobody)."""
        return tuple(item for item in self.unmet if item.kind is UnmetKind.NO)

    def summary(self, lang: Lang = "nb") -> str:
        """Return the assessment as text for a person, in ``lang``.

        >>> checklist = ReadinessChecklist(unit="Bassenget", platform="tiktok")
        >>> print(checklist.assess().summary("en").splitlines()[0])
        Not ready: 7 of 7 questions hold Bassenget back from an account on TikTok.
        """
        unit, platform = _unit_name(self.checklist.unit), self.checklist.platform.label
        if self.ready:
            if lang == "en":
                return (
                    f"Ready: all seven questions are answered yes for {unit} on {platform}.\n"
                    f"Next step: inform Kommunikasjonsavdelingen in writing by e-mail (G7)."
                )
            return (
                f"Klar: alle sju spørsmålene er besvart med ja for {unit} på {platform}.\n"
                f"Neste steg: orienter Kommunikasjonsavdelingen skriftlig via e-post (G7)."
            )
        count = len(self.unmet)
        if lang == "en":
            head = (
                f"Not ready: {count} of 7 questions hold {unit} back from an account on {platform}."
            )
        else:
            head = (
                f"Ikke klar: {count} av 7 spørsmål holder {unit} tilbake fra en konto på "
                f"{platform}."
            )
        return "\n\n".join([head, *(item.describe(lang) for item in self.unmet)])

    def notification(self, *, sender: str | None = None) -> Notification:
        """Draft G7's written notice to the communications department, as plain values.

        Args:
            sender: The sender's address (``"kari@example.no"`` or
                ``"Kari Nordmann <kari@example.no>"``) for the greeting at the end, or
                ``None`` to leave it out.

        Returns:
            The notice: recipient, subject, bokmål body, account name and handle.

        Raises:
            NotReadyError: a question is not answered yes; the message names each one.
            ConfigurationError: the organisation has no communications e-mail address.
            InvalidNameError: the unit's name gives no handle (no letters or digits).
            ReadinessError: ``sender`` is not an e-mail address.
        """
        if not self.ready:
            missing = ", ".join(
                f"{item.question_id} ({item.question.field}: {item.kind.value})"
                for item in self.unmet
            )
            raise NotReadyError(
                f"{_unit_name(self.checklist.unit)!r} is not ready to notify the "
                f"communications department; not answered yes: {missing}"
            )
        organisation = self.policy.organisation
        if organisation.communications_email is None:
            raise ConfigurationError(
                f"the organisation {organisation.name!r} has no communications e-mail "
                f"address to send the notice to (communications_email is None)"
            )
        signature = None if sender is None else sender_name(sender)
        checklist = self.checklist
        account_name = suggest_account_name(checklist.unit, policy=self.policy)
        handle = suggest_handle(checklist.unit, checklist.platform, policy=self.policy)
        unit = _unit_name(checklist.unit)
        platform = checklist.platform.label
        return Notification(
            to=organisation.communications_email,
            subject=f"Ny konto i sosiale medier: {unit} på {platform}",
            body=_body(self, account_name, handle, signature),
            account_name=account_name,
            handle=handle,
        )

    def notification_email(self, *, sender: str, date: datetime | None = None) -> EmailMessage:
        """Draft G7's notice as an e-mail for the user to send; nothing is sent.

        Args:
            sender: The ``From`` address, ``"kari@example.no"`` or
                ``"Kari Nordmann <kari@example.no>"``.
            date: The ``Date`` header, a time-zone-aware datetime; ``None`` leaves the
                header out, for the mail client to set when the message is sent.

        Returns:
            The message, with ``To`` the organisation's communications address.

        Raises:
            NotReadyError: a question is not answered yes; the message names each one.
            ConfigurationError: the organisation has no communications e-mail address.
            ReadinessError: ``sender`` is not an e-mail address, or ``date`` is naive.
        """
        return self.notification(sender=sender).as_email(sender=sender, date=date)

    def mailto_link(self, *, sender: str | None = None) -> str:
        """Draft G7's notice as a ``mailto:`` link that opens it in a mail client.

        Raises:
            NotReadyError: a question is not answered yes; the message names each one.
            ConfigurationError: the organisation has no communications e-mail address.
        """
        return self.notification(sender=sender).mailto_link()


@attrs.frozen(kw_only=True)
class Notification:
    """G7's written notice to the communications department, drafted for the user to send.

    Attributes:
        to: The communications department's address.
        subject: The subject, naming the unit and the platform.
        body: The bokmål text.
        account_name: The suggested display name of the account (G14).
        handle: The suggested handle on the platform (G14 and the platform's rules).
    """

    to: str
    subject: str
    body: str
    account_name: str
    handle: str

    def as_email(self, *, sender: str, date: datetime | None = None) -> EmailMessage:
        """Return the notice as an :class:`email.message.EmailMessage`.

        The message carries ``X-Unsent: 1``, so that Outlook opens a saved ``.eml`` file as
        a draft to send rather than as a received message.

        Args:
            sender: The ``From`` address.
            date: A time-zone-aware ``Date``; ``None`` leaves the header out.

        Raises:
            ReadinessError: ``sender`` is not an e-mail address, or ``date`` is naive.
        """
        from email.message import EmailMessage
        from email.policy import default
        from email.utils import format_datetime

        sender_name(sender)
        message = EmailMessage(policy=default)
        message["From"] = sender
        message["To"] = self.to
        message["Subject"] = self.subject
        if date is not None:
            if not isinstance(date, datetime) or date.utcoffset() is None:
                raise ReadinessError(
                    f"'date' must be a time-zone-aware datetime or None (got {date!r})"
                )
            message["Date"] = format_datetime(date)
        message["X-Unsent"] = "1"
        message.set_content(self.body)
        return message

    def mailto_link(self) -> str:
        r"""Return a ``mailto:`` link (RFC 6068) with the subject and body percent-encoded.

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


def _unit_name(unit: Unit) -> str:
    return " ".join(unit.name.split())


def sender_name(sender: str) -> str:
    """Check ``sender`` and return the name to sign with: the display name or the address."""
    from email.utils import parseaddr

    if not isinstance(sender, str) or "\r" in sender or "\n" in sender:
        raise ReadinessError(f"'sender' must be an e-mail address (got {sender!r})")
    name, address = parseaddr(sender)
    local, at, host = address.partition("@")
    if not (local and at and "." in host.strip(".")) or any(c.isspace() for c in address):
        raise ReadinessError(
            f"'sender' must be an e-mail address such as 'kari.nordmann@randaberg.kommune.no' "
            f"(got {sender!r})"
        )
    return name.strip() or address


def _body(
    assessment: ReadinessAssessment, account_name: str, handle: str, signature: str | None
) -> str:
    checklist = assessment.checklist
    unit = _unit_name(checklist.unit)
    platform = checklist.platform
    administrators = ", ".join(checklist.administrators or ())
    lines = [
        "Til Kommunikasjonsavdelingen",
        "",
        f"{unit} vil opprette en konto på {platform.label}. Vi har gått gjennom de sju "
        f"spørsmålene i retningslinjene for bruk av sosiale medier i "
        f"{assessment.policy.organisation.name}, kan svare ja på alle og har navngitt "
        f"administratorene, og orienterer dere med dette skriftlig.",
        "",
        f"Plattform: {platform.label}",
        f"Kontoens navn: {account_name}",
        f"Brukernavn: {handle}",
        f"Profiladresse: {platform.rules.url(handle)}",
        f"Administrator(er): {administrators}",
        "",
        "Kontoens navn og brukernavn er forslag etter navnereglene i retningslinjene.",
        "",
        "Svarene våre:",
    ]
    for number, question in enumerate(QUESTIONS, start=1):
        answer = administrators if question.kind is AnswerKind.NAMES else "Ja"
        lines += ["", f"{number}. {question.text}", f"   Svar: {answer}"]
    if signature is not None:
        lines += ["", "Med vennlig hilsen", signature]
    return "\n".join(lines) + "\n"


_YES: Final = frozenset({"ja", "j", "yes", "y"})
_NO: Final = frozenset({"nei", "n", "no"})


def parse_answer(text: str) -> bool | None:
    """Read a typed yes/no answer: ja/j/yes/y, nei/n/no; empty means not answered.

    Case and surrounding space are ignored.

    Raises:
        ReadinessError: anything else.

    >>> parse_answer(" Ja "), parse_answer("n"), parse_answer("")
    (True, False, None)
    """
    if not isinstance(text, str):
        raise ReadinessError(f"an answer must be text such as 'ja' or 'nei' (got {text!r})")
    folded = text.strip().lower()
    if not folded:
        return None
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise ReadinessError(f"answer 'ja' or 'nei' (or yes or no), or nothing (got {text!r})")


def parse_administrators(text: str) -> tuple[str, ...] | None:
    """Read administrators typed as one comma-separated line; an empty line is not answered.

    A line with only commas and spaces is an answer that names nobody.

    Raises:
        ReadinessError: ``text`` is not a str.

    >>> parse_administrators("Kari Nordmann, Ola Nordmann")
    ('Kari Nordmann', 'Ola Nordmann')
    >>> parse_administrators("  ") is None, parse_administrators(" , ")
    (True, ())
    """
    if not isinstance(text, str):
        raise ReadinessError(f"administrators must be text (got {text!r})")
    if not text.strip():
        return None
    names = _to_names(text.split(","))
    return () if names is None else names


# Answers files: the keys are the ReadinessChecklist fields.
_ANSWER_KEYS: Final = tuple(q.field for q in QUESTIONS if q.kind is AnswerKind.YES_NO)
_KEYS: Final = ("unit", "platform", *(q.field for q in QUESTIONS))
_UNIT_KEYS: Final = ("name", "kind", "abbreviation", "own_visual_profile")

Format = Literal["toml", "json"]


def load_checklist(
    source: str | os.PathLike[str] | IO[bytes] | IO[str], *, format: Format | None = None
) -> ReadinessChecklist:
    """Load a checklist's answers from a TOML or JSON file.

    The keys are the fields of :class:`ReadinessChecklist`: ``unit`` (a name, or a table
    with ``name`` and optionally ``kind``, ``abbreviation``, ``own_visual_profile``),
    ``platform``, the six yes/no answers as booleans, and ``administrators`` as a list of
    names. A missing answer (or JSON ``null``) is not answered. Every problem in the file is
    reported at once, each with its key.

    Args:
        source: A path, or an open file (binary or text).
        format: ``"toml"`` or ``"json"``; by default from the file name's suffix
            (``.json`` is JSON, anything else TOML), or for a file without a name from
            its first character (``{`` is JSON).

    Returns:
        The checklist.

    Raises:
        ReadinessError: the file cannot be read or parsed, or has an unknown key, a missing
            ``unit`` or ``platform``, a value of the wrong type, or an unknown platform.
    """
    if format not in (None, "toml", "json"):
        raise ReadinessError(f"'format' must be 'toml', 'json' or None (got {format!r})")
    if isinstance(source, (str, os.PathLike)):
        where = os.fspath(source)
        try:
            with open(source, "rb") as file:
                raw: bytes | str = file.read()
        except OSError as error:
            raise ReadinessError(f"cannot read answers file {where!r}: {error}") from error
    else:
        where = str(getattr(source, "name", "<answers>"))
        try:
            raw = source.read()
        except OSError as error:
            raise ReadinessError(f"cannot read answers file {where!r}: {error}") from error
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ReadinessError(f"{where}: not UTF-8 text: {error}") from error
    elif isinstance(raw, str):
        text = raw.removeprefix("\ufeff")
    else:
        raise ReadinessError(f"{where}: reading gave neither bytes nor text (got {raw!r})")
    if format is None:
        if where.lower().endswith(".json"):
            format = "json"
        elif where.lower().endswith(".toml") or not text.lstrip().startswith("{"):
            format = "toml"
        else:
            format = "json"
    return _from_document(_parse(text, format, where), where)


def _parse(text: str, format: Format, where: str) -> object:
    if format == "json":
        import json

        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise ReadinessError(
                f"{where}: bad JSON at line {error.lineno}, column {error.colno}: {error.msg}"
            ) from error
        except (ValueError, RecursionError) as error:  # a huge number, deep nesting
            raise ReadinessError(f"{where}: bad JSON: {error!r}") from error
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ReadinessError(f"{where}: bad TOML: {error}") from error
    except (ValueError, RecursionError) as error:  # a huge number, deep nesting
        raise ReadinessError(f"{where}: bad TOML: {error!r}") from error


def _type_name(value: object) -> str:
    names = {
        bool: "a boolean",
        str: "a string",
        int: "an integer",
        float: "a number",
        list: "a list",
        dict: "a table",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _from_document(document: object, where: str) -> ReadinessChecklist:
    if not isinstance(document, Mapping):
        raise ReadinessError(
            f"{where}: the answers must be a table of keys (got {_type_name(document)})"
        )
    problems: list[str] = []
    values: dict[str, object] = {}
    for key, value in document.items():
        if key not in _KEYS:
            problems.append(f"unknown key {key!r} (expected one of {', '.join(_KEYS)})")
        elif key in _ANSWER_KEYS:
            if value is None or isinstance(value, bool):
                values[key] = value
            else:
                problems.append(
                    f"{key!r} must be true or false, or left out when not answered "
                    f"(got {_type_name(value)}: {value!r})"
                )
        elif key == "administrators":
            if value is None or (
                isinstance(value, list) and all(isinstance(name, str) for name in value)
            ):
                values[key] = value
            else:
                problems.append(
                    f"'administrators' must be a list of names such as [\"Kari Nordmann\"] "
                    f"(got {_type_name(value)}: {value!r})"
                )
        elif key == "platform":
            if not isinstance(value, str):
                problems.append(
                    f"'platform' must be a platform's name such as \"instagram\" "
                    f"(got {_type_name(value)}: {value!r})"
                )
            else:
                try:
                    values[key] = as_platform(value)
                except UnknownPlatformError as error:
                    problems.append(f"'platform': {error}")
        else:  # unit
            unit, unit_problems = _unit_from(value)
            values[key] = unit
            problems.extend(unit_problems)
    for key in ("unit", "platform"):
        if key not in document:
            problems.append(f"{key!r} is missing")
    if problems:
        raise ReadinessError(f"{where}: " + "; ".join(problems))
    try:
        return ReadinessChecklist(**values)  # type: ignore[arg-type]
    except ReadinessError as error:  # pragma: no cover - the checks above come first
        raise ReadinessError(f"{where}: {error}") from error


def _unit_from(value: object) -> tuple[Unit | None, list[str]]:
    if isinstance(value, str):
        if not value.strip():
            return None, [f"'unit' must be a non-empty unit name (got {value!r})"]
        return Unit(name=value), []
    if not isinstance(value, Mapping):
        return None, [
            f"'unit' must be a unit name or a table with 'name' "
            f"(got {_type_name(value)}: {value!r})"
        ]
    problems = [
        f"unknown key 'unit.{key}' (expected one of {', '.join(_UNIT_KEYS)})"
        for key in value
        if key not in _UNIT_KEYS
    ]
    if "name" not in value:
        problems.append("'unit.name' is missing")
    for key, wanted, expected in (
        ("name", str, "a string"),
        ("kind", str, "a string"),
        ("abbreviation", str, "a string"),
        ("own_visual_profile", bool, "true or false"),
    ):
        if key in value and not isinstance(value[key], wanted):
            problems.append(
                f"'unit.{key}' must be {expected} (got {_type_name(value[key])}: {value[key]!r})"
            )
    if problems:
        return None, problems
    try:
        return Unit(**{key: value[key] for key in _UNIT_KEYS if key in value}), []
    except InvalidNameError as error:
        return None, [f"'unit': {error}"]
