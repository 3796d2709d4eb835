"""The rule catalogue and the values checks return.

Every check in the library reports what it finds as a :class:`Violation` made from a
:class:`Rule` in :data:`RULES`. A rule has a stable code, a severity, the statement of the
guideline it enforces (``G1`` … ``G14``, see the guideline page) or ``platform`` when the rule
is a platform's own, and its summary and message as :class:`~randaberg_some.messages.Message`
values, in bokmål, nynorsk and English. Codes are stable API; wording may change.

Examples:
    >>> from randaberg_some import RULES, Severity
    >>> rule = RULES["H104"]
    >>> rule.name, rule.severity is Severity.ERROR
    ('handle-too-long', True)
    >>> print(rule.summary.text("nn"))
    Brukarnamnet kan ikkje vere lengre enn plattforma godtek.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from ._text import shown
from .errors import RandabergSomeError
from .messages import Lang, Message

__all__ = ["RULES", "Lang", "Rule", "Severity", "Violation"]


class Severity(enum.Enum):
    """How serious a finding is.

    ``ERROR`` breaks the guideline or a platform's documented rule; ``WARNING`` is likely
    wrong or rests on an unverified fact; ``INFO`` is something only a person can judge.
    A value that is not a severity raises :class:`~randaberg_some.RandabergSomeError`.

    Examples:
        >>> Severity("warning") is Severity.WARNING
        True
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @classmethod
    def _missing_(cls, value: object) -> Severity:
        raise RandabergSomeError(
            f"unknown severity {shown(value)}: expected one of 'error', 'warning', 'info'"
        )


@attrs.frozen(kw_only=True)
class Violation:
    """One finding: what is wrong, where, why, and what the guideline says.

    Attributes:
        code: The stable code of the rule, e.g. ``"H102"``.
        severity: How serious the finding is.
        field: The field of the checked value it concerns, e.g. ``"handle"``.
        message: The finding, in bokmål, nynorsk and English.
        source: The guideline statement (``"G14"``) or the platform (``"facebook"``) whose
            rule it is.
        fix: A concrete value that would mend it (a handle, a name), when one is known.
    """

    code: str
    severity: Severity
    field: str
    message: Message
    source: str
    fix: str | None = None

    def text(self, lang: Lang = "nb") -> str:
        """Return the message in ``lang``: ``"nb"`` (the default), ``"nn"`` or ``"en"``.

        Raises:
            UnknownLanguageError: ``lang`` is not one of the three.

        Examples:
            >>> from randaberg_some import validate_handle, Platform
            >>> found = validate_handle("ab", Platform.FACEBOOK)[0]
            >>> found.text("en")
            'The handle is 2 characters long; Facebook requires at least 5.'
            >>> found.text("nn")
            'Brukarnamnet er 2 teikn langt; Facebook krev minst 5.'
        """
        return self.message.text(lang)


@attrs.frozen(kw_only=True)
class Rule:
    """One rule of the catalogue.

    Attributes:
        code: Stable code; the letter names the area: ``H`` handle on its platform,
            ``N`` naming, ``O`` ownership, ``P`` profile picture, ``V`` visual identity,
            ``U`` purpose, ``A`` administrators, ``C`` channels, ``X`` across the accounts
            of an inventory (see :func:`~randaberg_some.audit`), ``L`` an account's life
            over time (reported when the audit is given the day, ``at=``).
        name: A short readable slug, e.g. ``"handle-too-long"``.
        severity: The rule's severity. Platform rules that rest on an unverified fact
            report :attr:`Severity.WARNING` instead of an error (see the rules page).
        source: ``"G1"`` … ``"G14"`` for the guideline's own rule, ``"platform"`` for a
            platform's own rule, ``"inventory"`` for the consistency of an inventory of
            accounts, or ``"policy"`` for a rule of the policy's own that the guideline does
            not state (the review interval: the guideline says nothing of reviews).
        citation: A short citation of the statement the rule enforces, word for word.
        summary: What the rule demands.
        message: The message template (``str.format`` fields, the same in each language).
    """

    code: str
    name: str
    severity: Severity
    source: str
    citation: str
    summary: Message
    message: Message

    def violation(
        self,
        *,
        field: str,
        source: str | None = None,
        severity: Severity | None = None,
        fix: str | None = None,
        **params: object,
    ) -> Violation:
        """Make a :class:`Violation` of this rule, filling the message template.

        ``source`` and ``severity`` default to the rule's own. A parameter that is a
        :class:`~randaberg_some.messages.Message` is filled in each language.

        Examples:
            >>> found = RULES["H101"].violation(field="handle")
            >>> found.code, found.text("nn")
            ('H101', 'Brukarnamnet er tomt.')
        """
        return Violation(
            code=self.code,
            severity=self.severity if severity is None else severity,
            field=field,
            message=self.message.format(**params),
            source=self.source if source is None else source,
            fix=fix,
        )


_PLATFORM: Final = "platform"

_CATALOGUE: Final[tuple[Rule, ...]] = (
    Rule(
        code="H101",
        name="handle-empty",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Every platform needs a username to address the account.",
        summary=Message(
            nb="Brukernavnet kan ikke være tomt.",
            nn="Brukarnamnet kan ikkje vere tomt.",
            en="The handle must not be empty.",
        ),
        message=Message(
            nb="Brukernavnet er tomt.",
            nn="Brukarnamnet er tomt.",
            en="The handle is empty.",
        ),
    ),
    Rule(
        code="H102",
        name="handle-characters",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Each platform allows only certain characters in a username.",
        summary=Message(
            nb="Brukernavnet kan bare inneholde tegn som plattformen tillater.",
            nn="Brukarnamnet kan berre innehalde teikn som plattforma godtek.",
            en="The handle may contain only characters that the platform allows.",
        ),
        message=Message(
            nb="Brukernavnet inneholder tegn som {platform} ikke tillater: {chars}.",
            nn="Brukarnamnet inneheld teikn som {platform} ikkje godtek: {chars}.",
            en="The handle contains characters that {platform} does not allow: {chars}.",
        ),
    ),
    Rule(
        code="H103",
        name="handle-too-short",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Each platform sets a minimum length for a username.",
        summary=Message(
            nb="Brukernavnet må være minst så langt som plattformen krever.",
            nn="Brukarnamnet må vere minst så langt som plattforma krev.",
            en="The handle must be at least as long as the platform requires.",
        ),
        message=Message(
            nb="Brukernavnet er {length} tegn langt; {platform} krever minst {limit}.",
            nn="Brukarnamnet er {length} teikn langt; {platform} krev minst {limit}.",
            en="The handle is {length} characters long; {platform} requires at least {limit}.",
        ),
    ),
    Rule(
        code="H104",
        name="handle-too-long",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Each platform sets a maximum length for a username.",
        summary=Message(
            nb="Brukernavnet kan ikke være lengre enn plattformen tillater.",
            nn="Brukarnamnet kan ikkje vere lengre enn plattforma godtek.",
            en="The handle must not be longer than the platform allows.",
        ),
        message=Message(
            nb="Brukernavnet er {length} tegn langt; {platform} tillater høyst {limit}.",
            nn="Brukarnamnet er {length} teikn langt; {platform} godtek høgst {limit}.",
            en="The handle is {length} characters long; {platform} allows at most {limit}.",
        ),
    ),
    Rule(
        code="H105",
        name="handle-bad-first-character",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Some platforms forbid certain characters at the start of a username.",
        summary=Message(
            nb="Brukernavnet kan ikke begynne med et tegn som plattformen forbyr først.",
            nn="Brukarnamnet kan ikkje byrje med eit teikn som plattforma forbyr først.",
            en="The handle must not start with a character the platform forbids there.",
        ),
        message=Message(
            nb="Brukernavnet kan ikke begynne med {char!r} på {platform}.",
            nn="Brukarnamnet kan ikkje byrje med {char!r} på {platform}.",
            en="On {platform} the handle must not start with {char!r}.",
        ),
    ),
    Rule(
        code="H106",
        name="handle-bad-last-character",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Some platforms forbid certain characters at the end of a username.",
        summary=Message(
            nb="Brukernavnet kan ikke slutte med et tegn som plattformen forbyr sist.",
            nn="Brukarnamnet kan ikkje slutte med eit teikn som plattforma forbyr sist.",
            en="The handle must not end with a character the platform forbids there.",
        ),
        message=Message(
            nb="Brukernavnet kan ikke slutte med {char!r} på {platform}.",
            nn="Brukarnamnet kan ikkje slutte med {char!r} på {platform}.",
            en="On {platform} the handle must not end with {char!r}.",
        ),
    ),
    Rule(
        code="H107",
        name="handle-doubled-separator",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Some platforms forbid two separators in a row.",
        summary=Message(
            nb="Brukernavnet kan ikke ha to skilletegn etter hverandre.",
            nn="Brukarnamnet kan ikkje ha to skiljeteikn etter kvarandre.",
            en="The handle must not have two separators in a row.",
        ),
        message=Message(
            nb="Brukernavnet har to skilletegn etter hverandre ({pair!r}), som {platform} "
            "ikke tillater.",
            nn="Brukarnamnet har to skiljeteikn etter kvarandre ({pair!r}), noko {platform} "
            "ikkje godtek.",
            en="The handle has two separators in a row ({pair!r}), which {platform} "
            "does not allow.",
        ),
    ),
    Rule(
        code="H108",
        name="handle-needs-letter",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Some platforms reject usernames without a letter (digits only).",
        summary=Message(
            nb="Brukernavnet må inneholde minst én bokstav.",
            nn="Brukarnamnet må innehalde minst éin bokstav.",
            en="The handle must contain at least one letter.",
        ),
        message=Message(
            nb="Brukernavnet har ingen bokstaver; {platform} krever minst én.",
            nn="Brukarnamnet har ingen bokstavar; {platform} krev minst éin.",
            en="The handle has no letters; {platform} requires at least one.",
        ),
    ),
    Rule(
        code="H109",
        name="handle-forbidden-part",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Facebook usernames may not contain domain extensions such as .com or .net.",
        summary=Message(
            nb="Brukernavnet kan ikke inneholde deler som plattformen forbyr.",
            nn="Brukarnamnet kan ikkje innehalde delar som plattforma forbyr.",
            en="The handle must not contain parts the platform forbids.",
        ),
        message=Message(
            nb="Brukernavnet inneholder {part!r}, som {platform} ikke tillater.",
            nn="Brukarnamnet inneheld {part!r}, som {platform} ikkje godtek.",
            en="The handle contains {part!r}, which {platform} does not allow.",
        ),
    ),
    Rule(
        code="N201",
        name="handle-not-on-domain",
        severity=Severity.ERROR,
        source="G12",
        citation="I navngivningen av kontoer bygges det videre på randaberg.kommune.no.",
        summary=Message(
            nb="Brukernavnet skal bygge på domenet (randabergkommune).",
            nn="Brukarnamnet skal byggje på domenet (randabergkommune).",
            en="The handle builds on the domain (randabergkommune).",
        ),
        message=Message(
            nb="Brukernavnet {handle!r} bygger ikke på domenet {domain}; det skal begynne "
            "med {base!r}.{advice}",
            nn="Brukarnamnet {handle!r} byggjer ikkje på domenet {domain}; det skal byrje "
            "med {base!r}.{advice}",
            en="The handle {handle!r} does not build on the domain {domain}; it must "
            "begin with {base!r}.{advice}",
        ),
    ),
    Rule(
        code="N202",
        name="main-account-name",
        severity=Severity.ERROR,
        source="G13",
        citation="Hovedkonto: Kontoens navn | Randaberg kommune.",
        summary=Message(
            nb="Hovedkontoen skal hete «Randaberg kommune».",
            nn="Hovudkontoen skal heite «Randaberg kommune».",
            en="The main account is called 'Randaberg kommune'.",
        ),
        message=Message(
            nb="Hovedkontoen heter {name!r}; den skal hete {expected!r}.",
            nn="Hovudkontoen heiter {name!r}, men skal heite {expected!r}.",
            en="The main account is called {name!r}; it must be called {expected!r}.",
        ),
    ),
    Rule(
        code="N203",
        name="main-account-handle",
        severity=Severity.ERROR,
        source="G13",
        citation="Brukernavn hovedkonto: @randabergkommune.",
        summary=Message(
            nb="Hovedkontoen skal ha brukernavnet @randabergkommune.",
            nn="Hovudkontoen skal ha brukarnamnet @randabergkommune.",
            en="The main account's handle is @randabergkommune.",
        ),
        message=Message(
            nb="Hovedkontoen har brukernavnet {handle!r}; bruk {expected} på {platform}.",
            nn="Hovudkontoen har brukarnamnet {handle!r}; bruk {expected} på {platform}.",
            en="The main account's handle is {handle!r}; use {expected} on {platform}.",
        ),
    ),
    Rule(
        code="N204",
        name="unit-account-name",
        severity=Severity.ERROR,
        source="G14",
        citation="Enhetskontoer: Kontoens navn | Randabergkommune + Enhetsnavn.",
        summary=Message(
            nb="En enhetskonto skal hete «Randabergkommune» + enhetens navn.",
            nn="Ein einingskonto skal heite «Randabergkommune» + namnet på eininga.",
            en="A unit account is called 'Randabergkommune' + the unit's name.",
        ),
        message=Message(
            nb="Kontoen heter {name!r}; den skal hete {expected!r}.",
            nn="Kontoen heiter {name!r}, men skal heite {expected!r}.",
            en="The account is called {name!r}; it must be called {expected!r}.",
        ),
    ),
    Rule(
        code="N205",
        name="unit-account-handle",
        severity=Severity.ERROR,
        source="G14",
        citation="Brukernavn enhetskontoer: @randabergkommune_enhetsforkortelse.",
        summary=Message(
            nb="En enhetskonto skal ha brukernavnet @randabergkommune_enhetsforkortelse.",
            nn="Ein einingskonto skal ha brukarnamnet @randabergkommune_einingsforkorting.",
            en="A unit account's handle is @randabergkommune_ + the unit abbreviation.",
        ),
        message=Message(
            nb="Brukernavnet {handle!r} har ikke formen grunnlag + {separator!r} + "
            "enhetsforkortelse.{advice}",
            nn="Brukarnamnet {handle!r} har ikkje forma grunnlag + {separator!r} + "
            "einingsforkorting.{advice}",
            en="The handle {handle!r} does not have the form base + {separator!r} + "
            "unit abbreviation.{advice}",
        ),
    ),
    Rule(
        code="N206",
        name="unit-abbreviation-unexpected",
        severity=Severity.WARNING,
        source="G14",
        citation="Brukernavn enhetskontoer: @randabergkommune_enhetsforkortelse.",
        summary=Message(
            nb="Enhetsforkortelsen bør være den enhetens navn gir, eller den som er satt "
            "for enheten.",
            nn="Einingsforkortinga bør vere den som namnet på eininga gir, eller den som er "
            "sett for eininga.",
            en="The unit abbreviation should be the one the unit's name gives, or the "
            "one set for the unit.",
        ),
        message=Message(
            nb="Enhetsforkortelsen {found!r} svarer ikke til enheten {unit!r}; foreslått "
            "brukernavn på {platform} er {expected}. Sett enhetens forkortelse hvis {found!r} "
            "er valgt med vilje.",
            nn="Einingsforkortinga {found!r} svarar ikkje til eininga {unit!r}; føreslått "
            "brukarnamn på {platform} er {expected}. Set forkortinga for eininga dersom "
            "{found!r} er eit medvite val.",
            en="The unit abbreviation {found!r} does not match the unit {unit!r}; the "
            "suggested handle on {platform} is {expected}. Set the unit's abbreviation if "
            "{found!r} is chosen on purpose.",
        ),
    ),
    Rule(
        code="O301",
        name="ownership-not-evident",
        severity=Severity.ERROR,
        source="G8",
        citation="Det skal gå tydelig frem at kontoen eies og driftes av Randaberg kommune.",
        summary=Message(
            nb="Navn og brukernavn skal vise at kontoen eies og driftes av kommunen.",
            nn="Namn og brukarnamn skal vise at kommunen eig og driv kontoen.",
            en="The name and the handle show that the kommune owns and runs the account.",
        ),
        message=Message(
            nb="{what} {value!r} viser ikke at kontoen eies og driftes av {organisation}.",
            nn="{what} {value!r} viser ikkje at {organisation} eig og driv kontoen.",
            en="{what} {value!r} does not show that {organisation} owns and runs the account.",
        ),
    ),
    Rule(
        code="P401",
        name="profile-picture-not-logo",
        severity=Severity.ERROR,
        source="G10",
        citation="Profilbildet skal alltid være Randaberg kommunes logo i bildeversjon (…).",
        summary=Message(
            nb="Profilbildet skal være kommunens logo i bildeversjon («Randaberg 0513 "
            "SOME», G11); unntatt er kulturinstitusjoner og arrangementer med egen profil.",
            nn="Profilbiletet skal vere logoen til kommunen i biletversjon («Randaberg 0513 "
            "SOME», G11); unntak er kulturinstitusjonar og arrangement med eigen profil.",
            en="The profile picture is the kommune's logo in its image version "
            "('Randaberg 0513 SOME', G11); cultural institutions and events with their own "
            "profile are exempt.",
        ),
        message=Message(
            nb="Profilbildet er ikke kommunens logo. Bruk logoen i bildeversjon («Randaberg "
            "0513 SOME»){reason}.",
            nn="Profilbiletet er ikkje logoen til kommunen. Bruk logoen i biletversjon "
            "(«Randaberg 0513 SOME»){reason}.",
            en="The profile picture is not the kommune's logo. Use the logo in its image "
            "version ('Randaberg 0513 SOME'){reason}.",
        ),
    ),
    Rule(
        code="P402",
        name="profile-picture-unknown",
        severity=Severity.WARNING,
        source="G10",
        citation="Profilbildet skal alltid være Randaberg kommunes logo i bildeversjon (…).",
        summary=Message(
            nb="Profilbildet må være kjent for at regelen om logo kan sjekkes.",
            nn="Profilbiletet må vere kjent for at regelen om logo kan sjekkast.",
            en="The profile picture must be known for the logo rule to be checked.",
        ),
        message=Message(
            nb="Profilbildet er ikke oppgitt, så det kan ikke sjekkes mot logoregelen.",
            nn="Profilbiletet er ikkje oppgitt, så det kan ikkje sjekkast mot logoregelen.",
            en="The profile picture is not stated, so it cannot be checked against the logo rule.",
        ),
    ),
    Rule(
        code="P403",
        name="profile-picture-unverifiable",
        severity=Severity.WARNING,
        source="G11",
        citation="… logo i bildeversjon (foto tatt av Anne Lise Norheim, se under) … "
        "Randaberg 0513 SOME",
        summary=Message(
            nb="Et bilde kan bare kjennes igjen som det offisielle når sjekksummene for "
            "«Randaberg 0513 SOME» er registrert.",
            nn="Eit bilete kan berre kjennast att som det offisielle når sjekksummane for "
            "«Randaberg 0513 SOME» er registrerte.",
            en="An image can be recognised as the official one only when the digests of "
            "'Randaberg 0513 SOME' are registered.",
        ),
        message=Message(
            nb="Profilbildet kan ikke sjekkes: ingen sjekksummer for det offisielle bildet "
            "(«Randaberg 0513 SOME») er registrert for {organisation}.",
            nn="Profilbiletet kan ikkje sjekkast: ingen sjekksummar for det offisielle "
            "biletet («Randaberg 0513 SOME») er registrerte for {organisation}.",
            en="The profile picture cannot be checked: no digests of the official image "
            "('Randaberg 0513 SOME') are registered for {organisation}.",
        ),
    ),
    Rule(
        code="V501",
        name="visual-identity-check",
        severity=Severity.INFO,
        source="G9",
        citation="Husk at vår visuelle identitet også gjelder her, og at det er strenge regler "
        "for bruk av kommunevåpenet.",
        summary=Message(
            nb="Visuell identitet og kommunevåpenet kan ikke vurderes av et program; avklar "
            "med Kommunikasjonsavdelingen.",
            nn="Visuell identitet og kommunevåpenet kan ikkje vurderast av eit program; "
            "avklar med kommunikasjonsavdelinga.",
            en="Visual identity and the coat of arms cannot be judged by a program; "
            "clarify with Kommunikasjonsavdelingen.",
        ),
        message=Message(
            nb="Profilbildet er ikke kommunens logo. Avklar visuell identitet og bruk av "
            "kommunevåpenet med Kommunikasjonsavdelingen.",
            nn="Profilbiletet er ikkje logoen til kommunen. Avklar visuell identitet og bruk "
            "av kommunevåpenet med kommunikasjonsavdelinga.",
            en="The profile picture is not the kommune's logo. Clarify the visual "
            "identity and any use of the coat of arms with Kommunikasjonsavdelingen.",
        ),
    ),
    Rule(
        code="U601",
        name="case-processing",
        severity=Severity.ERROR,
        source="G4",
        citation="Sosiale medier er en ren informasjonsvirksomhet, ikke et verktøy for "
        "saksbehandling.",
        summary=Message(
            nb="Sosiale medier skal ikke brukes til saksbehandling.",
            nn="Sosiale medium skal ikkje brukast til sakshandsaming.",
            en="Social media is not a tool for case processing.",
        ),
        message=Message(
            nb="Kontoen er oppgitt brukt til saksbehandling; sosiale medier er en ren "
            "informasjonsvirksomhet.",
            nn="Kontoen er oppgitt brukt til sakshandsaming; sosiale medium er ei rein "
            "informasjonsverksemd.",
            en="The account is stated to be used for case processing; social media is "
            "purely an information activity.",
        ),
    ),
    Rule(
        code="U602",
        name="purpose-outside-guideline",
        severity=Severity.WARNING,
        source="G5",
        citation="… holde innbyggerne og andre oppdatert …, for profilering- og "
        "rekrutteringsformål.",
        summary=Message(
            nb="Formålene er informasjon, profilering og rekruttering.",
            nn="Føremåla er informasjon, profilering og rekruttering.",
            en="The purposes are information, branding and recruitment.",
        ),
        message=Message(
            nb="Formålet {purpose!r} er ikke blant retningslinjens formål (informasjon, "
            "profilering, rekruttering).",
            nn="Føremålet {purpose!r} er ikkje mellom føremåla i retningslinene (informasjon, "
            "profilering, rekruttering).",
            en="The purpose {purpose!r} is not one of the guideline's (information, "
            "branding, recruitment).",
        ),
    ),
    Rule(
        code="U603",
        name="purpose-missing",
        severity=Severity.WARNING,
        source="G5",
        citation="… holde innbyggerne og andre oppdatert …, for profilering- og "
        "rekrutteringsformål.",
        summary=Message(
            nb="Kontoens formål skal være oppgitt.",
            nn="Føremåla med kontoen skal vere oppgitte.",
            en="The account's purposes are stated.",
        ),
        message=Message(
            nb="Kontoen har ikke oppgitt formål (informasjon, profilering, rekruttering).",
            nn="Kontoen har ikkje oppgitt føremål (informasjon, profilering, rekruttering).",
            en="The account states no purpose (information, branding, recruitment).",
        ),
    ),
    Rule(
        code="A701",
        name="no-administrator",
        severity=Severity.ERROR,
        source="G6.3",
        citation="Hvem er administrator(er)?",
        summary=Message(
            nb="Kontoen skal ha minst én navngitt administrator.",
            nn="Kontoen skal ha minst éin namngitt administrator.",
            en="The account has at least one named administrator.",
        ),
        message=Message(
            nb="Kontoen har ingen navngitt administrator.",
            nn="Kontoen har ingen namngitt administrator.",
            en="The account has no named administrator.",
        ),
    ),
    Rule(
        code="C801",
        name="platform-not-a-channel",
        severity=Severity.WARNING,
        source="G1",
        citation="Randaberg kommune har profiler på Facebook, Instagram, LinkedIn, Vimeo, "
        "YouTube og TikTok.",
        summary=Message(
            nb="Kommunen er til stede på Facebook, Instagram, LinkedIn, Vimeo, YouTube og TikTok.",
            nn="Kommunen er til stades på Facebook, Instagram, LinkedIn, Vimeo, YouTube og TikTok.",
            en="The kommune is present on Facebook, Instagram, LinkedIn, Vimeo, YouTube "
            "and TikTok.",
        ),
        message=Message(
            nb="{platform!r} er ikke en av kommunens kanaler. Avklar kontoen med "
            "Kommunikasjonsavdelingen.",
            nn="{platform!r} er ikkje ein av kanalane til kommunen. Avklar kontoen med "
            "kommunikasjonsavdelinga.",
            en="{platform!r} is not one of the kommune's channels. Clarify the account "
            "with Kommunikasjonsavdelingen.",
        ),
    ),
    Rule(
        code="C802",
        name="tiktok-run-by-bassenget",
        severity=Severity.INFO,
        source="G3",
        citation="TikTok-kontoen administreres på eksternt enhet for ungdomstilbudet «Bassenget».",
        summary=Message(
            nb="Kommunens TikTok-konto administreres for ungdomstilbudet «Bassenget».",
            nn="TikTok-kontoen til kommunen blir administrert for ungdomstilbodet «Bassenget».",
            en="The kommune's TikTok account is run for the youth offer «Bassenget».",
        ),
        message=Message(
            nb="Kommunens TikTok-konto administreres for «Bassenget»; avklar en TikTok-konto "
            "for {unit} med Kommunikasjonsavdelingen.",
            nn="TikTok-kontoen til kommunen blir administrert for «Bassenget»; avklar ein "
            "TikTok-konto for {unit} med kommunikasjonsavdelinga.",
            en="The kommune's TikTok account is run for «Bassenget»; clarify a TikTok "
            "account for {unit} with Kommunikasjonsavdelingen.",
        ),
    ),
    Rule(
        code="X901",
        name="handle-collision",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="A platform gives a username to one account only, compared in its own way "
        "(Facebook ignores case and periods).",
        summary=Message(
            nb="To kontoer kan ikke ha samme brukernavn på samme plattform, slik plattformen "
            "sammenligner brukernavn.",
            nn="To kontoar kan ikkje ha same brukarnamn på same plattform, slik plattforma "
            "samanliknar brukarnamn.",
            en="Two accounts cannot have the same handle on one platform, as the platform "
            "compares handles.",
        ),
        message=Message(
            nb="Brukernavnet {handle!r} er det samme som {other!r} ({where}) slik {platform} "
            "sammenligner brukernavn; bare én av kontoene kan ha det.",
            nn="Brukarnamnet {handle!r} er det same som {other!r} ({where}) slik {platform} "
            "samanliknar brukarnamn; berre éin av kontoane kan ha det.",
            en="The handle {handle!r} is the same as {other!r} ({where}) as {platform} "
            "compares handles; only one of the accounts can have it.",
        ),
    ),
    Rule(
        code="X902",
        name="abbreviation-differs",
        severity=Severity.WARNING,
        source="G12",
        citation="… bygges det videre på randaberg.kommune.no, som gir helhetlig "
        "kommunikasjon på tvers av kontoer.",
        summary=Message(
            nb="En enhet bør ha samme forkortelse i brukernavnet på alle plattformer.",
            nn="Ei eining bør ha same forkorting i brukarnamnet på kvar plattform.",
            en="A unit should have the same abbreviation in its handle on every platform.",
        ),
        message=Message(
            nb="Enheten {unit!r} har forkortelsen {found!r} på {platform}, men {other!r} på "
            "{other_platform} ({where}). Bruk én forkortelse som passer på alle plattformene."
            "{advice}",
            nn="Eininga {unit!r} har forkortinga {found!r} på {platform}, men {other!r} på "
            "{other_platform} ({where}). Bruk éi forkorting som passar på kvar plattform."
            "{advice}",
            en="The unit {unit!r} has the abbreviation {found!r} on {platform}, but "
            "{other!r} on {other_platform} ({where}). Use one abbreviation that fits every "
            "platform.{advice}",
        ),
    ),
    Rule(
        code="X903",
        name="duplicate-entry",
        severity=Severity.WARNING,
        source="inventory",
        citation="One row per account: an inventory that lists an account twice counts it twice.",
        summary=Message(
            nb="En konto skal stå én gang i oversikten.",
            nn="Ein konto skal stå éin gong i oversikta.",
            en="An account is listed once in the inventory.",
        ),
        message=Message(
            nb="Kontoen {handle!r} på {platform} står allerede i oversikten ({where}), med "
            "de samme opplysningene. Fjern den ene.",
            nn="Kontoen {handle!r} på {platform} står allereie i oversikta ({where}), med "
            "dei same opplysningane. Fjern den eine.",
            en="The account {handle!r} on {platform} is already listed ({where}), "
            "with the same details. Remove one of them.",
        ),
    ),
)


_LIFECYCLE: Final[tuple[Rule, ...]] = (
    Rule(
        code="L101",
        name="review-due",
        severity=Severity.WARNING,
        source="policy",
        citation="The policy's review interval (review_interval_days): the guideline says "
        "nothing of reviews.",
        summary=Message(
            nb="En konto skal gjennomgås minst så ofte som retningslinjene sier.",
            nn="Ein konto skal gjennomgåast minst så ofte som retningslinene seier.",
            en="An account is reviewed at least as often as the policy says.",
        ),
        message=Message(
            nb="{history} Retningslinjene krever en gjennomgang minst hver {interval}. dag; "
            "{due}. Gjennomgå kontoen, og før inn datoen i sist_gjennomgått.",
            nn="{history} Retningslinene krev ein gjennomgang minst kvar {interval}. dag; "
            "{due}. Gå gjennom kontoen, og før inn datoen i sist_gjennomgått.",
            en="{history} The policy asks for a review at least every {interval} days; "
            "{due}. Review the account, and enter the date in last_reviewed.",
        ),
    ),
    Rule(
        code="L102",
        name="dormant",
        severity=Severity.WARNING,
        source="G6.2",
        citation="Har du nok ressurser til å drifte kontoen? … Har du nok bemanning til å "
        "publisere godt innhold på siden?",
        summary=Message(
            nb="En konto i drift publiserer; en som har vært stille lenger enn "
            "retningslinjene tillater, har kanskje ikke ressurser eller bemanning.",
            nn="Ein konto i drift publiserer; ein som har vore stille lenger enn "
            "retningslinene tillèt, har kanskje ikkje ressursar eller bemanning.",
            en="An account in use posts; one silent for longer than the policy allows may "
            "lack the resources or staff to run it.",
        ),
        message=Message(
            nb="Kontoen har ikke publisert noe siden {day}, {days} dager før {at}; "
            "retningslinjene regner en konto som hvilende etter {limit} dager uten innlegg. "
            "Har enheten ressurser og bemanning til å drive den (G6.2, G6.4)? Publiser, "
            "sett status hvilende, eller avvikle kontoen.",
            nn="Kontoen har ikkje publisert noko sidan {day}, {days} dagar før {at}; "
            "retningslinene reknar ein konto som kvilande etter {limit} dagar utan innlegg. "
            "Har eininga ressursar og bemanning til å drive han (G6.2, G6.4)? Publiser, "
            "set status kvilande, eller avvikle kontoen.",
            en="The account has posted nothing since {day}, {days} days before {at}; the "
            "policy counts an account as dormant after {limit} days without a post. Does "
            "the unit have the resources and staff to run it (G6.2, G6.4)? Post, set the "
            "status to dormant, or retire the account.",
        ),
    ),
    Rule(
        code="L103",
        name="retired-listed-active",
        severity=Severity.ERROR,
        source="inventory",
        citation="An account that is retired is not in use: an inventory that also lists it "
        "as in use contradicts itself, and a retired handle may now belong to someone else.",
        summary=Message(
            nb="En avviklet konto, eller et tidligere brukernavn, skal ikke stå som en konto "
            "i drift.",
            nn="Ein avvikla konto, eller eit tidlegare brukarnamn, skal ikkje stå som ein "
            "konto i drift.",
            en="A retired account, or a retired handle, is not listed as an account in use.",
        ),
        message=Message(
            nb="{detail} Rett statusen, eller fjern raden som er feil.",
            nn="{detail} Rett statusen, eller fjern rada som er feil.",
            en="{detail} Correct the status, or remove the row that is wrong.",
        ),
    ),
    Rule(
        code="L104",
        name="planned-without-readiness",
        severity=Severity.WARNING,
        source="G6",
        citation="Dersom du vurderer å opprette konto, må du først tenke på dette",
        summary=Message(
            nb="En planlagt konto har en vurdering etter de sju spørsmålene (G6), og "
            "oversikten sier hvor den er.",
            nn="Ein planlagd konto har ei vurdering etter dei sju spørsmåla (G6), og "
            "oversikta seier kvar ho er.",
            en="A planned account has an assessment of the seven questions (G6), and the "
            "inventory says where it is.",
        ),
        message=Message(
            nb="Kontoen er planlagt, men oversikten sier ikke hvor vurderingen av de sju "
            "spørsmålene (G6) er. Gjør vurderingen (randaberg-some readiness), og før inn "
            "lenken, saksnummeret eller datoen i kolonnen vurdering.",
            nn="Kontoen er planlagd, men oversikta seier ikkje kvar vurderinga av dei sju "
            "spørsmåla (G6) er. Gjer vurderinga (randaberg-some readiness), og før inn "
            "lenkja, saksnummeret eller datoen i kolonnen vurdering.",
            en="The account is planned, but the inventory does not say where the assessment "
            "of the seven questions (G6) is. Make the assessment (randaberg-some readiness), "
            "and enter its link, case number or date in the column readiness.",
        ),
    ),
    Rule(
        code="L105",
        name="date-in-future",
        severity=Severity.WARNING,
        source="inventory",
        citation="A day that has not come yet cannot be the day an account was created, "
        "reviewed or posted to.",
        summary=Message(
            nb="Datoene for en konto ligger ikke etter dagen oversikten vurderes.",
            nn="Datoane for ein konto ligg ikkje etter dagen oversikta blir vurdert.",
            en="An account's dates are not after the day the inventory is judged.",
        ),
        message=Message(
            nb="{column} er {day}, etter {at}: en dato som ikke er kommet ennå. Rett datoen.",
            nn="{column} er {day}, etter {at}: ein dato som ikkje har kome enno. Rett datoen.",
            en="{column} is {day}, after {at}: a day that has not come yet. Correct the date.",
        ),
    ),
)


def _index(rules: tuple[Rule, ...]) -> Mapping[str, Rule]:
    index: dict[str, Rule] = {}
    for rule in rules:
        if rule.code in index:  # pragma: no cover - guarded by the catalogue test
            raise AssertionError(f"duplicate rule code {rule.code!r}")
        index[rule.code] = rule
    return MappingProxyType(index)


RULES: Final[Mapping[str, Rule]] = _index((*_CATALOGUE, *_LIFECYCLE))
"""Every rule of the library, by code, in catalogue order."""
