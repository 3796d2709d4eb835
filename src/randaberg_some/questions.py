"""The seven questions of G6 that a unit answers before it creates an account.

The questions are data: each :class:`Question` has its statement id (G6.1-G6.7), its field on
:class:`~randaberg_some.ReadinessChecklist`, how it is answered (:class:`AnswerKind`), and its
wording, the reason a no holds the unit back and the advice, each in bokmål, nynorsk and
English, from the guideline's own words.

Examples:
    >>> from randaberg_some import QUESTIONS
    >>> [question.id for question in QUESTIONS][:3]
    ['G6.1', 'G6.2', 'G6.3']
    >>> print(QUESTIONS[2].wording("nn"))
    Kven er administrator(ar)?
"""

from __future__ import annotations

import enum
from typing import Final

import attrs

from ._text import shown as _shown
from .errors import ReadinessError
from .messages import Lang, Message, check_lang

__all__ = ["QUESTIONS", "UNANSWERED_ADVICE", "UNANSWERED_REASON", "AnswerKind", "Question"]


class AnswerKind(enum.Enum):
    """How a question of G6 is answered: yes or no, or with names (G6.3)."""

    YES_NO = "yes_no"
    NAMES = "names"

    @classmethod
    def _missing_(cls, value: object) -> AnswerKind:
        raise ReadinessError(f"unknown answer kind {_shown(value)}: expected 'yes_no' or 'names'")


@attrs.frozen(kw_only=True)
class Question:
    """One question of the checklist (G6.1-G6.7), in bokmål, nynorsk and English.

    The bokmål wording follows the source; G6.1 is worded so that yes means an own channel
    is needed, which is how the library reads it.

    Attributes:
        id: The guideline statement, e.g. ``"G6.3"``.
        field: The :class:`ReadinessChecklist` field that holds the answer.
        kind: Whether it is answered yes/no or with names.
        topic: A short heading, e.g. ``"Ressurser"``.
        text: The question.
        no_reason: Why a no (or, for G6.3, no name) holds the unit back.
        advice: What to do about a no.
    """

    id: str
    field: str
    kind: AnswerKind
    topic: Message
    text: Message
    no_reason: Message
    advice: Message

    def wording(self, lang: Lang = "nb") -> str:
        """Return the question in ``lang``.

        Raises:
            UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.

        >>> QUESTIONS[1].wording("en")
        'Do you have enough resources to run the account?'
        >>> QUESTIONS[1].wording("nn")
        'Har du nok ressursar til å drifte kontoen?'
        """
        return self.text.text(check_lang(lang))


QUESTIONS: Final[tuple[Question, ...]] = (
    Question(
        id="G6.1",
        field="own_channel_needed",
        kind=AnswerKind.YES_NO,
        topic=Message(nb="Egen kanal", nn="Eigen kanal", en="Own channel"),
        text=Message(
            nb="Er det behov for en egen kanal i sosiale medier, fordi de definerte "
            "målgruppene ikke kan nås godt nok gjennom kommunens eksisterende kanaler?",
            nn="Er det behov for ein eigen kanal i sosiale medium, fordi dei definerte "
            "målgruppene ikkje kan nåast godt nok gjennom dei kanalane kommunen alt har?",
            en="Is an own channel on social media needed, because the defined target "
            "groups cannot be reached well enough through the kommune's existing channels?",
        ),
        no_reason=Message(
            nb="Målgruppene kan nås godt nok gjennom kommunens eksisterende kanaler, så "
            "det trengs ingen egen kanal.",
            nn="Målgruppene kan nåast godt nok gjennom dei kanalane kommunen alt har, så "
            "det trengst ingen eigen kanal.",
            en="The target groups can be reached well enough through the kommune's "
            "existing channels, so no own channel is needed.",
        ),
        advice=Message(
            nb="Bruk kommunens eksisterende kanaler, og ta kontakt med "
            "Kommunikasjonsavdelingen om hvordan innholdet kan publiseres der.",
            nn="Bruk dei kanalane kommunen alt har, og ta kontakt med "
            "kommunikasjonsavdelinga om korleis innhaldet kan publiserast der.",
            en="Use the kommune's existing channels, and ask Kommunikasjonsavdelingen "
            "how your content can be published there.",
        ),
    ),
    Question(
        id="G6.2",
        field="has_resources",
        kind=AnswerKind.YES_NO,
        topic=Message(nb="Ressurser", nn="Ressursar", en="Resources"),
        text=Message(
            nb="Har du nok ressurser til å drifte kontoen?",
            nn="Har du nok ressursar til å drifte kontoen?",
            en="Do you have enough resources to run the account?",
        ),
        no_reason=Message(
            nb="Det er ikke nok ressurser til å drifte kontoen.",
            nn="Det er ikkje nok ressursar til å drifte kontoen.",
            en="There are not enough resources to run the account.",
        ),
        advice=Message(
            nb="Sett av ressurser til den daglige driften av kontoen før den opprettes, "
            "eller bruk kommunens eksisterende kanaler.",
            nn="Set av ressursar til den daglege drifta av kontoen før han blir oppretta, "
            "eller bruk dei kanalane kommunen alt har.",
            en="Set aside resources for running the account day to day before it is "
            "created, or use the kommune's existing channels.",
        ),
    ),
    Question(
        id="G6.3",
        field="administrators",
        kind=AnswerKind.NAMES,
        topic=Message(nb="Administratorer", nn="Administratorar", en="Administrators"),
        text=Message(
            nb="Hvem er administrator(er)?",
            nn="Kven er administrator(ar)?",
            en="Who is the administrator, or who are the administrators?",
        ),
        no_reason=Message(
            nb="Ingen administrator er navngitt.",
            nn="Ingen administrator er nemnd med namn.",
            en="No administrator is named.",
        ),
        advice=Message(
            nb="Utpek minst én administrator, og oppgi navnet.",
            nn="Peik ut minst éin administrator, og oppgi namnet.",
            en="Appoint at least one administrator, and give the name.",
        ),
    ),
    Question(
        id="G6.4",
        field="has_staffing",
        kind=AnswerKind.YES_NO,
        topic=Message(nb="Bemanning", nn="Bemanning", en="Staffing"),
        text=Message(
            nb="Har du nok bemanning til å publisere godt innhold på siden?",
            nn="Har du nok bemanning til å publisere godt innhald på sida?",
            en="Do you have enough staff to publish good content on the page?",
        ),
        no_reason=Message(
            nb="Det er ikke nok bemanning til å publisere godt innhold.",
            nn="Det er ikkje nok bemanning til å publisere godt innhald.",
            en="There are not enough staff to publish good content.",
        ),
        advice=Message(
            nb="Sørg for nok bemanning til å publisere godt innhold jevnlig før kontoen opprettes.",
            nn="Sørg for nok bemanning til å publisere godt innhald jamleg før kontoen "
            "blir oppretta.",
            en="Make sure there are enough staff to publish good content regularly "
            "before the account is created.",
        ),
    ),
    Question(
        id="G6.5",
        field="has_moderation_routine",
        kind=AnswerKind.YES_NO,
        topic=Message(
            nb="Rutiner for moderering", nn="Rutinar for moderering", en="Moderation routine"
        ),
        text=Message(
            nb="Har du gode rutiner for å håndtere spørsmål, kommentarer og innlegg på "
            "siden, slik at de blir fanget opp og vurdert innen arbeidsdagens slutt, alle "
            "arbeidsdager i året, unntatt helg og røde dager?",
            nn="Har du gode rutinar for å handtere spørsmål, kommentarar og innlegg på "
            "sida, slik at dei blir fanga opp og vurderte før arbeidsdagen er slutt, alle "
            "arbeidsdagar i året, unnateke helg og raude dagar?",
            en="Do you have good routines for handling questions, comments and posts on "
            "the page, so that they are caught and assessed before the end of the working "
            "day, every working day of the year except weekends and public holidays?",
        ),
        no_reason=Message(
            nb="Det mangler rutiner som sikrer at spørsmål, kommentarer og innlegg blir "
            "fanget opp og vurdert innen arbeidsdagens slutt hver arbeidsdag.",
            nn="Det manglar rutinar som sikrar at spørsmål, kommentarar og innlegg blir "
            "fanga opp og vurderte før arbeidsdagen er slutt, kvar arbeidsdag.",
            en="There is no routine that makes sure questions, comments and posts are "
            "caught and assessed before the end of every working day.",
        ),
        advice=Message(
            nb="Lag en rutine der noen går gjennom kontoen hver arbeidsdag og vurderer det "
            "som har kommet inn før arbeidsdagens slutt, også i ferier og ved fravær.",
            nn="Lag ein rutine der nokon går gjennom kontoen kvar arbeidsdag og vurderer det "
            "som har kome inn før arbeidsdagen er slutt, også i feriar og ved fråvær.",
            en="Set up a routine in which someone goes through the account every working "
            "day and assesses what has come in before the end of the day, also during "
            "holidays and absences.",
        ),
    ),
    Question(
        id="G6.6",
        field="has_security_routine",
        kind=AnswerKind.YES_NO,
        topic=Message(
            nb="Rutiner for sikkerhet", nn="Rutinar for tryggleik", en="Security routine"
        ),
        text=Message(
            nb="Har du gode nok rutiner for sikkerhet knyttet til sosiale medier "
            "(passordhåndtering og tilgangskontroll)?",
            nn="Har du gode nok rutinar for tryggleik knytt til sosiale medium "
            "(passordhandtering og tilgangskontroll)?",
            en="Do you have good enough security routines for social media (password "
            "handling and access control)?",
        ),
        no_reason=Message(
            nb="Det mangler gode nok rutiner for passordhåndtering og tilgangskontroll.",
            nn="Det manglar gode nok rutinar for passordhandtering og tilgangskontroll.",
            en="There are no good enough routines for password handling and access control.",
        ),
        advice=Message(
            nb="Lag rutiner for passordhåndtering og tilgangskontroll: hvem som har "
            "tilgang, og hvordan tilgang gis og fjernes.",
            nn="Lag rutinar for passordhandtering og tilgangskontroll: kven som har "
            "tilgang, og korleis tilgang blir gitt og fjerna.",
            en="Set up routines for password handling and access control: who has "
            "access, and how access is granted and removed.",
        ),
    ),
    Question(
        id="G6.7",
        field="manager_approved",
        kind=AnswerKind.YES_NO,
        topic=Message(
            nb="Lederens godkjenning", nn="Godkjenning frå leiaren", en="Manager's approval"
        ),
        text=Message(
            nb="Har lederen din godkjent opprettelse av kontoen?",
            nn="Har leiaren din godkjent at kontoen blir oppretta?",
            en="Has your manager approved creating the account?",
        ),
        no_reason=Message(
            nb="Lederen din har ikke godkjent at kontoen opprettes.",
            nn="Leiaren din har ikkje godkjent at kontoen blir oppretta.",
            en="Your manager has not approved creating the account.",
        ),
        advice=Message(
            nb="Be lederen din om å godkjenne at kontoen opprettes.",
            nn="Be leiaren din om å godkjenne at kontoen blir oppretta.",
            en="Ask your manager to approve creating the account.",
        ),
    ),
)
"""The seven questions of G6, in the order of the source."""

UNANSWERED_REASON: Final = {
    AnswerKind.YES_NO: Message(
        nb="Spørsmålet er ikke besvart; alle sju må besvares med ja før kontoen opprettes.",
        nn="Spørsmålet er ikkje svart på; alle sju må svarast ja på før kontoen blir oppretta.",
        en="The question is not answered; all seven must be answered yes before the account "
        "is created.",
    ),
    AnswerKind.NAMES: Message(
        nb="Spørsmålet er ikke besvart; kontoen må ha minst én navngitt administrator.",
        nn="Spørsmålet er ikkje svart på; kontoen må ha minst éin administrator som er "
        "nemnd med namn.",
        en="The question is not answered; the account needs at least one named administrator.",
    ),
}
UNANSWERED_ADVICE: Final = {
    AnswerKind.YES_NO: Message(
        nb="Avklar spørsmålet, og svar ja eller nei.",
        nn="Avklar spørsmålet, og svar ja eller nei.",
        en="Settle the question, and answer yes or no.",
    ),
    AnswerKind.NAMES: Message(
        nb="Utpek minst én administrator, og oppgi navnet.",
        nn="Peik ut minst éin administrator, og oppgi namnet.",
        en="Appoint at least one administrator, and give the name.",
    ),
}
