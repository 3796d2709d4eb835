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
        code: Stable code; the letter names the area (``H`` handle).
        name: A short readable slug, e.g. ``"handle-too-long"``.
        severity: The rule's severity. Platform rules that rest on an unverified fact
            report :attr:`Severity.WARNING` instead of an error (see the rules page).
        source: ``"G1"`` … ``"G14"`` or ``"platform"`` for a platform's own rule.
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
