"""The rule catalogue and the values checks return.

Every check in the library reports what it finds as a :class:`Violation` made from a
:class:`Rule` in :data:`RULES`. A rule has a stable code, a severity, the statement of the
guideline it enforces (``G1`` … ``G14``, see the guideline page) or ``platform`` when the rule
is a platform's own, and messages in bokmål and English. Codes are stable API; wording may
change.

Examples:
    >>> from randaberg_some import RULES, Severity
    >>> rule = RULES["H104"]
    >>> rule.name, rule.severity is Severity.ERROR
    ('handle-too-long', True)
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

import attrs

__all__ = ["RULES", "Lang", "Rule", "Severity", "Violation"]

Lang = Literal["nb", "en"]
"""A language for messages: ``"nb"`` (Norwegian bokmål, the default) or ``"en"``."""


class Severity(enum.Enum):
    """How serious a finding is.

    ``ERROR`` breaks the guideline or a platform's documented rule; ``WARNING`` is likely
    wrong or rests on an unverified fact; ``INFO`` is something only a person can judge.
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen(kw_only=True)
class Violation:
    """One finding: what is wrong, where, why, and what the guideline says.

    Attributes:
        code: The stable code of the rule, e.g. ``"H102"``.
        severity: How serious the finding is.
        field: The field of the checked value it concerns, e.g. ``"handle"``.
        message: The finding in bokmål.
        message_en: The finding in English.
        source: The guideline statement (``"G14"``) or the platform (``"facebook"``) whose
            rule it is.
        fix: A concrete value that would mend it (a handle, a name), when one is known.
    """

    code: str
    severity: Severity
    field: str
    message: str
    message_en: str
    source: str
    fix: str | None = None

    def text(self, lang: Lang = "nb") -> str:
        """Return the message in ``lang`` (``"nb"`` or ``"en"``).

        Examples:
            >>> from randaberg_some import validate_handle, Platform
            >>> validate_handle("ab", Platform.FACEBOOK)[0].text("en")
            'The handle is 2 characters long; Facebook requires at least 5.'
        """
        return self.message_en if lang == "en" else self.message


@attrs.frozen(kw_only=True)
class Rule:
    """One rule of the catalogue.

    Attributes:
        code: Stable code; the letter names the area: ``H`` handle on its platform,
            ``N`` naming, ``O`` ownership, ``P`` profile picture, ``V`` visual identity,
            ``U`` purpose, ``A`` administrators, ``C`` channels, ``X`` across the accounts
            of an inventory (see :func:`~randaberg_some.audit`).
        name: A short readable slug, e.g. ``"handle-too-long"``.
        severity: The rule's severity. Platform rules that rest on an unverified fact
            report :attr:`Severity.WARNING` instead of an error (see the rules page).
        source: ``"G1"`` … ``"G14"``, ``"platform"`` for a platform's own rule, or
            ``"inventory"`` for the consistency of an inventory of accounts.
        citation: A short citation of the statement the rule enforces.
        summary: What the rule demands, in bokmål.
        summary_en: What the rule demands, in English.
        message: The bokmål message template (``str.format`` fields).
        message_en: The English message template.
    """

    code: str
    name: str
    severity: Severity
    source: str
    citation: str
    summary: str
    summary_en: str
    message: str
    message_en: str

    def violation(
        self,
        *,
        field: str,
        source: str | None = None,
        severity: Severity | None = None,
        fix: str | None = None,
        **params: object,
    ) -> Violation:
        """Make a :class:`Violation` of this rule, filling the message templates.

        ``source`` and ``severity`` default to the rule's own.
        """
        return Violation(
            code=self.code,
            severity=self.severity if severity is None else severity,
            field=field,
            message=self.message.format(**params),
            message_en=self.message_en.format(**params),
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
        summary="Brukernavnet kan ikke være tomt.",
        summary_en="The handle must not be empty.",
        message="Brukernavnet er tomt.",
        message_en="The handle is empty.",
    ),
    Rule(
        code="H102",
        name="handle-characters",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Each platform allows only certain characters in a username.",
        summary="Brukernavnet kan bare inneholde tegn som plattformen tillater.",
        summary_en="The handle may contain only characters that the platform allows.",
        message="Brukernavnet inneholder tegn som {platform} ikke tillater: {chars}.",
        message_en="The handle contains characters that {platform} does not allow: {chars}.",
    ),
    Rule(
        code="H103",
        name="handle-too-short",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Each platform sets a minimum length for a username.",
        summary="Brukernavnet må være minst så langt som plattformen krever.",
        summary_en="The handle must be at least as long as the platform requires.",
        message="Brukernavnet er {length} tegn langt; {platform} krever minst {limit}.",
        message_en="The handle is {length} characters long; {platform} requires at least {limit}.",
    ),
    Rule(
        code="H104",
        name="handle-too-long",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Each platform sets a maximum length for a username.",
        summary="Brukernavnet kan ikke være lengre enn plattformen tillater.",
        summary_en="The handle must not be longer than the platform allows.",
        message="Brukernavnet er {length} tegn langt; {platform} tillater høyst {limit}.",
        message_en="The handle is {length} characters long; {platform} allows at most {limit}.",
    ),
    Rule(
        code="H105",
        name="handle-bad-first-character",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Some platforms forbid certain characters at the start of a username.",
        summary="Brukernavnet kan ikke begynne med et tegn som plattformen forbyr først.",
        summary_en="The handle must not start with a character the platform forbids there.",
        message="Brukernavnet kan ikke begynne med {char!r} på {platform}.",
        message_en="On {platform} the handle must not start with {char!r}.",
    ),
    Rule(
        code="H106",
        name="handle-bad-last-character",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Some platforms forbid certain characters at the end of a username.",
        summary="Brukernavnet kan ikke slutte med et tegn som plattformen forbyr sist.",
        summary_en="The handle must not end with a character the platform forbids there.",
        message="Brukernavnet kan ikke slutte med {char!r} på {platform}.",
        message_en="On {platform} the handle must not end with {char!r}.",
    ),
    Rule(
        code="H107",
        name="handle-doubled-separator",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Some platforms forbid two separators in a row.",
        summary="Brukernavnet kan ikke ha to skilletegn etter hverandre.",
        summary_en="The handle must not have two separators in a row.",
        message="Brukernavnet har to skilletegn etter hverandre ({pair!r}), som {platform} "
        "ikke tillater.",
        message_en="The handle has two separators in a row ({pair!r}), which {platform} "
        "does not allow.",
    ),
    Rule(
        code="H108",
        name="handle-needs-letter",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Some platforms reject usernames without a letter (digits only).",
        summary="Brukernavnet må inneholde minst én bokstav.",
        summary_en="The handle must contain at least one letter.",
        message="Brukernavnet har ingen bokstaver; {platform} krever minst én.",
        message_en="The handle has no letters; {platform} requires at least one.",
    ),
    Rule(
        code="H109",
        name="handle-forbidden-part",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="Facebook usernames may not contain domain extensions such as .com or .net.",
        summary="Brukernavnet kan ikke inneholde deler som plattformen forbyr.",
        summary_en="The handle must not contain parts the platform forbids.",
        message="Brukernavnet inneholder {part!r}, som {platform} ikke tillater.",
        message_en="The handle contains {part!r}, which {platform} does not allow.",
    ),
    Rule(
        code="N201",
        name="handle-not-on-domain",
        severity=Severity.ERROR,
        source="G12",
        citation="I navngivningen av kontoer bygges det videre på randaberg.kommune.no.",
        summary="Brukernavnet skal bygge på domenet (randabergkommune).",
        summary_en="The handle builds on the domain (randabergkommune).",
        message="Brukernavnet {handle!r} bygger ikke på domenet {domain}; det skal begynne "
        "med {base!r}.{advice}",
        message_en="The handle {handle!r} does not build on the domain {domain}; it must "
        "begin with {base!r}.{advice_en}",
    ),
    Rule(
        code="N202",
        name="main-account-name",
        severity=Severity.ERROR,
        source="G13",
        citation="Hovedkonto: Kontoens navn | Randaberg kommune.",
        summary="Hovedkontoen skal hete «Randaberg kommune».",
        summary_en="The main account is called 'Randaberg kommune'.",
        message="Hovedkontoen heter {name!r}; den skal hete {expected!r}.",
        message_en="The main account is called {name!r}; it must be called {expected!r}.",
    ),
    Rule(
        code="N203",
        name="main-account-handle",
        severity=Severity.ERROR,
        source="G13",
        citation="Brukernavn hovedkonto: @randabergkommune.",
        summary="Hovedkontoen skal ha brukernavnet @randabergkommune.",
        summary_en="The main account's handle is @randabergkommune.",
        message="Hovedkontoen har brukernavnet {handle!r}; bruk {expected} på {platform}.",
        message_en="The main account's handle is {handle!r}; use {expected} on {platform}.",
    ),
    Rule(
        code="N204",
        name="unit-account-name",
        severity=Severity.ERROR,
        source="G14",
        citation="Enhetskontoer: Kontoens navn | Randabergkommune + Enhetsnavn.",
        summary="En enhetskonto skal hete «Randabergkommune» + enhetens navn.",
        summary_en="A unit account is called 'Randabergkommune' + the unit's name.",
        message="Kontoen heter {name!r}; den skal hete {expected!r}.",
        message_en="The account is called {name!r}; it must be called {expected!r}.",
    ),
    Rule(
        code="N205",
        name="unit-account-handle",
        severity=Severity.ERROR,
        source="G14",
        citation="Brukernavn enhetskontoer: @randabergkommune_enhetsforkortelse.",
        summary="En enhetskonto skal ha brukernavnet @randabergkommune_enhetsforkortelse.",
        summary_en="A unit account's handle is @randabergkommune_ + the unit abbreviation.",
        message="Brukernavnet {handle!r} har ikke formen grunnlag + {separator!r} + "
        "enhetsforkortelse.{advice}",
        message_en="The handle {handle!r} does not have the form base + {separator!r} + "
        "unit abbreviation.{advice_en}",
    ),
    Rule(
        code="N206",
        name="unit-abbreviation-unexpected",
        severity=Severity.WARNING,
        source="G14",
        citation="Brukernavn enhetskontoer: @randabergkommune_enhetsforkortelse.",
        summary="Enhetsforkortelsen bør være den enhetens navn gir, eller den som er satt "
        "for enheten.",
        summary_en="The unit abbreviation should be the one the unit's name gives, or the "
        "one set for the unit.",
        message="Enhetsforkortelsen {found!r} svarer ikke til enheten {unit!r}; foreslått "
        "brukernavn på {platform} er {expected}. Sett enhetens forkortelse hvis {found!r} "
        "er valgt med vilje.",
        message_en="The unit abbreviation {found!r} does not match the unit {unit!r}; the "
        "suggested handle on {platform} is {expected}. Set the unit's abbreviation if "
        "{found!r} is chosen on purpose.",
    ),
    Rule(
        code="O301",
        name="ownership-not-evident",
        severity=Severity.ERROR,
        source="G8",
        citation="Det skal gå tydelig frem at kontoen eies og driftes av Randaberg kommune.",
        summary="Navn og brukernavn skal vise at kontoen eies og driftes av kommunen.",
        summary_en="The name and the handle show that the kommune owns and runs the account.",
        message="{what} {value!r} viser ikke at kontoen eies og driftes av {organisation}.",
        message_en="The {what_en} {value!r} does not show that {organisation} owns and runs "
        "the account.",
    ),
    Rule(
        code="P401",
        name="profile-picture-not-logo",
        severity=Severity.ERROR,
        source="G10",
        citation="Profilbildet skal alltid være Randaberg kommunes logo i bildeversjon (…).",
        summary="Profilbildet skal være kommunens logo i bildeversjon («Randaberg 0513 "
        "SOME», G11); unntatt er kulturinstitusjoner og arrangementer med egen profil.",
        summary_en="The profile picture is the kommune's logo in its image version "
        "('Randaberg 0513 SOME', G11); cultural institutions and events with their own "
        "profile are exempt.",
        message="Profilbildet er ikke kommunens logo. Bruk logoen i bildeversjon («Randaberg "
        "0513 SOME»){reason}.",
        message_en="The profile picture is not the kommune's logo. Use the logo in its image "
        "version ('Randaberg 0513 SOME'){reason_en}.",
    ),
    Rule(
        code="P402",
        name="profile-picture-unknown",
        severity=Severity.WARNING,
        source="G10",
        citation="Profilbildet skal alltid være Randaberg kommunes logo i bildeversjon (…).",
        summary="Profilbildet må være kjent for at regelen om logo kan sjekkes.",
        summary_en="The profile picture must be known for the logo rule to be checked.",
        message="Profilbildet er ikke oppgitt, så det kan ikke sjekkes mot logoregelen.",
        message_en="The profile picture is not stated, so it cannot be checked against the "
        "logo rule.",
    ),
    Rule(
        code="P403",
        name="profile-picture-unverifiable",
        severity=Severity.WARNING,
        source="G11",
        citation="… logo i bildeversjon (foto tatt av Anne Lise Norheim, se under) … "
        "Randaberg 0513 SOME",
        summary="Et bilde kan bare kjennes igjen som det offisielle når sjekksummene for "
        "«Randaberg 0513 SOME» er registrert.",
        summary_en="An image can be recognised as the official one only when the digests of "
        "'Randaberg 0513 SOME' are registered.",
        message="Profilbildet kan ikke sjekkes: ingen sjekksummer for det offisielle bildet "
        "(«Randaberg 0513 SOME») er registrert for {organisation}.",
        message_en="The profile picture cannot be checked: no digests of the official image "
        "('Randaberg 0513 SOME') are registered for {organisation}.",
    ),
    Rule(
        code="V501",
        name="visual-identity-check",
        severity=Severity.INFO,
        source="G9",
        citation="Husk at vår visuelle identitet også gjelder her, og at det er strenge regler "
        "for bruk av kommunevåpenet.",
        summary="Visuell identitet og kommunevåpenet kan ikke vurderes av et program; avklar "
        "med Kommunikasjonsavdelingen.",
        summary_en="Visual identity and the coat of arms cannot be judged by a program; "
        "clarify with Kommunikasjonsavdelingen.",
        message="Profilbildet er ikke kommunens logo. Avklar visuell identitet og bruk av "
        "kommunevåpenet med Kommunikasjonsavdelingen.",
        message_en="The profile picture is not the kommune's logo. Clarify the visual "
        "identity and any use of the coat of arms with Kommunikasjonsavdelingen.",
    ),
    Rule(
        code="U601",
        name="case-processing",
        severity=Severity.ERROR,
        source="G4",
        citation="Sosiale medier er en ren informasjonsvirksomhet, ikke et verktøy for "
        "saksbehandling.",
        summary="Sosiale medier skal ikke brukes til saksbehandling.",
        summary_en="Social media is not a tool for case processing.",
        message="Kontoen er oppgitt brukt til saksbehandling; sosiale medier er en ren "
        "informasjonsvirksomhet.",
        message_en="The account is stated to be used for case processing; social media is "
        "purely an information activity.",
    ),
    Rule(
        code="U602",
        name="purpose-outside-guideline",
        severity=Severity.WARNING,
        source="G5",
        citation="… holde innbyggerne og andre oppdatert …, for profilering- og "
        "rekrutteringsformål.",
        summary="Formålene er informasjon, profilering og rekruttering.",
        summary_en="The purposes are information, branding and recruitment.",
        message="Formålet {purpose!r} er ikke blant retningslinjens formål (informasjon, "
        "profilering, rekruttering).",
        message_en="The purpose {purpose!r} is not one of the guideline's (information, "
        "branding, recruitment).",
    ),
    Rule(
        code="U603",
        name="purpose-missing",
        severity=Severity.WARNING,
        source="G5",
        citation="… holde innbyggerne og andre oppdatert …, for profilering- og "
        "rekrutteringsformål.",
        summary="Kontoens formål skal være oppgitt.",
        summary_en="The account's purposes are stated.",
        message="Kontoen har ikke oppgitt formål (informasjon, profilering, rekruttering).",
        message_en="The account states no purpose (information, branding, recruitment).",
    ),
    Rule(
        code="A701",
        name="no-administrator",
        severity=Severity.ERROR,
        source="G6.3",
        citation="Hvem er administrator(er)?",
        summary="Kontoen skal ha minst én navngitt administrator.",
        summary_en="The account has at least one named administrator.",
        message="Kontoen har ingen navngitt administrator.",
        message_en="The account has no named administrator.",
    ),
    Rule(
        code="C801",
        name="platform-not-a-channel",
        severity=Severity.WARNING,
        source="G1",
        citation="Randaberg kommune har profiler på Facebook, Instagram, LinkedIn, Vimeo, "
        "YouTube og TikTok.",
        summary="Kommunen er til stede på Facebook, Instagram, LinkedIn, Vimeo, YouTube og TikTok.",
        summary_en="The kommune is present on Facebook, Instagram, LinkedIn, Vimeo, YouTube "
        "and TikTok.",
        message="{platform!r} er ikke en av kommunens kanaler. Avklar kontoen med "
        "Kommunikasjonsavdelingen.",
        message_en="{platform!r} is not one of the kommune's channels. Clarify the account "
        "with Kommunikasjonsavdelingen.",
    ),
    Rule(
        code="C802",
        name="tiktok-run-by-bassenget",
        severity=Severity.INFO,
        source="G3",
        citation="TikTok-kontoen administreres på eksternt enhet for ungdomstilbudet «Bassenget».",
        summary="Kommunens TikTok-konto administreres for ungdomstilbudet «Bassenget».",
        summary_en="The kommune's TikTok account is run for the youth offer «Bassenget».",
        message="Kommunens TikTok-konto administreres for «Bassenget»; avklar en TikTok-konto "
        "for {unit} med Kommunikasjonsavdelingen.",
        message_en="The kommune's TikTok account is run for «Bassenget»; clarify a TikTok "
        "account for {unit_en} with Kommunikasjonsavdelingen.",
    ),
    Rule(
        code="X901",
        name="handle-collision",
        severity=Severity.ERROR,
        source=_PLATFORM,
        citation="A platform gives a username to one account only, compared in its own way "
        "(Facebook ignores case and periods).",
        summary="To kontoer kan ikke ha samme brukernavn på samme plattform, slik plattformen "
        "sammenligner brukernavn.",
        summary_en="Two accounts cannot have the same handle on one platform, as the platform "
        "compares handles.",
        message="Brukernavnet {handle!r} er det samme som {other!r} ({where}) slik {platform} "
        "sammenligner brukernavn; bare én av kontoene kan ha det.",
        message_en="The handle {handle!r} is the same as {other!r} ({where_en}) as {platform} "
        "compares handles; only one of the accounts can have it.",
    ),
    Rule(
        code="X902",
        name="abbreviation-differs",
        severity=Severity.WARNING,
        source="G12",
        citation="… bygges det videre på randaberg.kommune.no, som gir helhetlig "
        "kommunikasjon på tvers av kontoer.",
        summary="En enhet bør ha samme forkortelse i brukernavnet på alle plattformer.",
        summary_en="A unit should have the same abbreviation in its handle on every platform.",
        message="Enheten {unit!r} har forkortelsen {found!r} på {platform}, men {other!r} på "
        "{other_platform} ({where}). Bruk én forkortelse som passer på alle plattformene."
        "{advice}",
        message_en="The unit {unit!r} has the abbreviation {found!r} on {platform}, but "
        "{other!r} on {other_platform} ({where_en}). Use one abbreviation that fits every "
        "platform.{advice_en}",
    ),
    Rule(
        code="X903",
        name="duplicate-entry",
        severity=Severity.WARNING,
        source="inventory",
        citation="One row per account: an inventory that lists an account twice counts it twice.",
        summary="En konto skal stå én gang i oversikten.",
        summary_en="An account is listed once in the inventory.",
        message="Kontoen {handle!r} på {platform} står allerede i oversikten ({where}), med "
        "de samme opplysningene. Fjern den ene.",
        message_en="The account {handle!r} on {platform} is already listed ({where_en}), "
        "with the same details. Remove one of them.",
    ),
)


def _index(rules: tuple[Rule, ...]) -> Mapping[str, Rule]:
    index: dict[str, Rule] = {}
    for rule in rules:
        if rule.code in index:  # pragma: no cover - guarded by the catalogue test
            raise AssertionError(f"duplicate rule code {rule.code!r}")
        index[rule.code] = rule
    return MappingProxyType(index)


RULES: Final[Mapping[str, Rule]] = _index(_CATALOGUE)
"""Every rule of the library, by code, in catalogue order."""
