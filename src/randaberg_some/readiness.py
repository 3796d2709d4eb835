"""The readiness checklist of G6: seven questions before a unit creates an account.

Before a unit creates an account, the guideline asks seven questions (G6.1-G6.7). When every
answer is yes, the unit informs Kommunikasjonsavdelingen in writing, by e-mail (G7). A
:class:`ReadinessChecklist` holds the answers; :meth:`ReadinessChecklist.assess` says whether
the unit is ready and, if not, which answers hold it back and what to do next; a ready
:class:`ReadinessAssessment` drafts the e-mail (see :mod:`randaberg_some.notice`). Nothing
is sent: the library drafts, the user sends.

Readings of the source (see the readiness page of the documentation):

- After the seven questions the source says "Dersom du har svart ja på alle disse fire
  punktene" ("all these four points"). The list has seven; all seven are required.
- G6.1 is an either/or question. Yes means that an own channel *is* needed: the target
  groups cannot be reached well enough through the kommune's existing channels.
- G6.3 is answered with names, not yes or no: it counts as answered yes when at least one
  administrator is named. Blank names are not names.

Each answer is ``True`` (yes), ``False`` (no) or ``None`` (not answered yet); an unanswered
question holds the unit back as much as a no, but the assessment tells them apart.

Examples:
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
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Final

import attrs

from ._notebook import Shown
from ._text import shown as _shown
from .errors import (
    InvalidNameError,
    ReadinessError,
)
from .messages import Lang, Message, check_lang
from .naming import DEFAULT_POLICY, NamingPolicy
from .platforms import Platform, as_platform
from .policy import Policy, PolicyVersion, check_policy
from .questions import QUESTIONS, UNANSWERED_ADVICE, UNANSWERED_REASON, Question
from .units import Unit

if TYPE_CHECKING:
    from email.message import EmailMessage

    from .notice import Notification

__all__ = [
    "ReadinessAssessment",
    "ReadinessChecklist",
    "UnmetItem",
    "UnmetKind",
    "parse_administrators",
    "parse_answer",
]


class UnmetKind(enum.Enum):
    """Why a question holds the unit back: not answered yet, or answered no.

    For G6.3, ``NO`` means that the answer names nobody (no names, or only blank ones).
    """

    UNANSWERED = "unanswered"
    NO = "no"

    @classmethod
    def _missing_(cls, value: object) -> UnmetKind:
        raise ReadinessError(f"unknown unmet kind {_shown(value)}: expected 'unanswered' or 'no'")


@attrs.frozen(kw_only=True)
class UnmetItem:
    """One question that holds the unit back, why, and what to do next.

    Attributes:
        question: The question.
        kind: Not answered, or answered no.
        reason: Why it holds the unit back.
        advice: What to do next.
    """

    question: Question
    kind: UnmetKind
    reason: Message
    advice: Message

    @property
    def question_id(self) -> str:
        """The guideline statement of the question, e.g. ``"G6.3"``."""
        return self.question.id

    def describe(self, lang: Lang = "nb") -> str:
        """Return the item as a few lines of text in ``lang``: question, answer, reason, advice.

        Raises:
            UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.

        >>> checklist = ReadinessChecklist(unit="Bassenget", platform="tiktok",
        ...                                has_resources=False)
        >>> print(checklist.assess().unmet[1].describe("en"))
        G6.2 Do you have enough resources to run the account?
          Answer: no. There are not enough resources to run the account.
          Next step: Set aside resources for running the account day to day before it is
          created, or use the kommune's existing channels.
        """
        from .render import readiness

        return readiness.describe(self, check_lang(lang))


def _to_unit(value: Unit | str) -> Unit:
    if isinstance(value, Unit):
        return value
    if not isinstance(value, str) or not value.strip():
        raise InvalidNameError(
            f"'unit' must be a non-empty unit name or a Unit (got {value!r})",
            message=Message(
                nb="Enheten må ha et navn (fikk {value}).",
                nn="Eininga må ha eit namn (fekk {value}).",
                en="The unit must have a name (got {value}).",
            ).format(value=repr(value)),
        )
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

    @classmethod
    def from_mapping(cls, document: object, *, where: str = "<answers>") -> ReadinessChecklist:
        """Build a checklist from a mapping of answers, as read from a TOML or JSON file.

        The keys are the fields of :class:`ReadinessChecklist`: ``unit`` (a name, or a table
        with ``name`` and optionally ``kind``, ``abbreviation``, ``own_visual_profile``),
        ``platform``, the six yes/no answers as booleans, and ``administrators`` as a list
        of names. A missing answer (or ``None``, JSON's ``null``) is not answered. Every
        problem is reported at once, each with its key.

        Args:
            document: The mapping, e.g. what ``tomllib.loads`` or ``json.loads`` returns.
            where: What to call the source in messages, e.g. the file's name.

        Returns:
            The checklist.

        Raises:
            ReadinessError: ``document`` is not a mapping, or has an unknown key, a missing
                ``unit`` or ``platform``, a value of the wrong type, or an unknown platform.
                The message starts with ``where``.

        >>> checklist = ReadinessChecklist.from_mapping(
        ...     {"unit": "Bassenget", "platform": "tiktok", "has_resources": True}
        ... )
        >>> checklist.platform, checklist.has_resources, checklist.has_staffing
        (<Platform.TIKTOK: 'tiktok'>, True, None)
        >>> ReadinessChecklist.from_mapping({"unit": "B", "platform": "tiktok", "x": 1})
        Traceback (most recent call last):
        ...
        randaberg_some.errors.ReadinessError: <answers>: unknown key 'x' (expected one of ...)
        """
        from ._answers import checklist_from_mapping

        return checklist_from_mapping(document, where)

    def answer(self, question: Question | str) -> bool | tuple[str, ...] | None:
        """Return the answer to ``question`` (a :class:`Question` or its id, e.g. ``"G6.2"``).

        Raises:
            ReadinessError: ``question`` is not one of the seven.

        >>> ReadinessChecklist(unit="Bassenget", platform="tiktok").answer("G6.1") is None
        True
        """
        return getattr(self, _question(question).field)  # type: ignore[no-any-return]

    def assess(
        self, *, policy: NamingPolicy | PolicyVersion | Policy = DEFAULT_POLICY
    ) -> ReadinessAssessment:
        """Assess the answers: ready when all seven questions are answered yes (G7).

        Never raises for any answers the checklist holds; the policy names the account and
        addresses the notice.

        Args:
            policy: The policy (a :class:`~randaberg_some.Policy`, a version or a naming
                policy), whose organisation receives the notice.

        Returns:
            The assessment, with every unmet question in the order of the source.

        Raises:
            ConfigurationError: ``policy`` is not a policy.
        """
        policy = check_policy(policy)
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
        return UnmetItem(
            question=question,
            kind=UnmetKind.UNANSWERED,
            reason=UNANSWERED_REASON[question.kind],
            advice=UNANSWERED_ADVICE[question.kind],
        )
    return UnmetItem(
        question=question, kind=UnmetKind.NO, reason=question.no_reason, advice=question.advice
    )


@attrs.frozen(kw_only=True, repr=False)
class ReadinessAssessment(Shown):
    """Whether a unit is ready to create its account, and what holds it back if not.

    The assessment holds data; :mod:`randaberg_some.render` turns it into text, JSON,
    records or HTML, and :mod:`randaberg_some.notice` drafts G7's notice from it. The
    methods below forward to them.

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

        Raises:
            UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.

        >>> checklist = ReadinessChecklist(unit="Bassenget", platform="tiktok")
        >>> print(checklist.assess().summary("en").splitlines()[0])
        Not ready: 7 of 7 questions hold Bassenget back from an account on TikTok.
        """
        from .render import readiness

        return readiness.text(self, check_lang(lang))

    def text(self, lang: Lang = "nb") -> str:
        """The same as :meth:`summary`, as every report has it."""
        return self.summary(lang)

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return the assessment as a JSON document (messages in all three languages)."""
        from .render import readiness

        return readiness.to_json(self, indent=indent)

    def to_records(self, lang: Lang = "nb") -> list[dict[str, object]]:
        """Return one flat dict per question, for pandas."""
        from .render import readiness

        return readiness.records(self, check_lang(lang))

    def to_html(self, lang: Lang = "nb") -> str:
        """Return the assessment as an HTML fragment, everything escaped."""
        from .render import readiness

        return readiness.html(self, check_lang(lang))

    def notification(self, *, sender: str | None = None, lang: Lang = "nb") -> Notification:
        """Draft G7's written notice to the communications department, as plain values.

        See :func:`randaberg_some.notice.draft_notice`, to which this forwards.

        Raises:
            NotReadyError: a question is not answered yes; the message names each one.
            ConfigurationError: the organisation has no communications e-mail address.
            InvalidNameError: the unit's name gives no handle (no letters or digits).
            ReadinessError: ``sender`` is not an e-mail address, or the unit's name holds
                a character no e-mail can carry.
            UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
        """
        from .notice import draft_notice

        return draft_notice(self, sender=sender, lang=lang)

    def notification_email(
        self, *, sender: str, date: datetime | None = None, lang: Lang = "nb"
    ) -> EmailMessage:
        """Draft G7's notice as an e-mail for the user to send; nothing is sent.

        Args:
            sender: The ``From`` address, ``"kari@example.no"`` or
                ``"Kari Nordmann <kari@example.no>"``.
            date: The ``Date`` header, a time-zone-aware datetime; ``None`` leaves the
                header out, for the mail client to set when the message is sent.
            lang: The language of the e-mail.

        Returns:
            The message, with ``To`` the organisation's communications address.

        Raises:
            NotReadyError: a question is not answered yes; the message names each one.
            ConfigurationError: the organisation has no communications e-mail address.
            ReadinessError: ``sender`` is not an e-mail address, or ``date`` is naive.
        """
        return self.notification(sender=sender, lang=lang).as_email(sender=sender, date=date)

    def mailto_link(self, *, sender: str | None = None, lang: Lang = "nb") -> str:
        """Draft G7's notice as a ``mailto:`` link that opens it in a mail client.

        Raises:
            NotReadyError: a question is not answered yes; the message names each one.
            ConfigurationError: the organisation has no communications e-mail address.
            ReadinessError: ``sender`` is not an e-mail address.
        """
        return self.notification(sender=sender, lang=lang).mailto_link()


_YES: Final = frozenset({"ja", "j", "yes", "y"})
_NO: Final = frozenset({"nei", "n", "no"})
_ANSWER_HINT: Final = Message(
    nb="Svar ja eller nei (eller yes eller no), eller ingenting (fikk {value}).",
    nn="Svar ja eller nei (eller yes eller no), eller ingenting (fekk {value}).",
    en="Answer yes or no (or ja or nei), or nothing (got {value}).",
)


def parse_answer(text: str) -> bool | None:
    """Read a typed yes/no answer: ja/j/yes/y, nei/n/no; empty means not answered.

    Case and surrounding space are ignored.

    Raises:
        ReadinessError: anything else.

    >>> parse_answer(" Ja "), parse_answer("n"), parse_answer("")
    (True, False, None)
    """
    if not isinstance(text, str):
        raise ReadinessError(
            f"an answer must be text such as 'ja' or 'nei' (got {text!r})",
            message=_ANSWER_HINT.format(value=_shown(text)),
        )
    folded = text.strip().lower()
    if not folded:
        return None
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise ReadinessError(
        f"answer 'ja' or 'nei' (or yes or no), or nothing (got {text!r})",
        message=_ANSWER_HINT.format(value=_shown(text)),
    )


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
