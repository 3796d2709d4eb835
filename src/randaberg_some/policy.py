"""A kommune's guideline as one value: the :class:`Policy`, its versions, its naming part.

A :class:`Policy` holds the versions of one organisation's guideline, each a
:class:`PolicyVersion` with the date it took effect: the organisation and its presence
(G1-G3), the naming (:class:`NamingPolicy`, G12-G14), the working day (G6.5), the rules it
enforces and at what severity, and how often accounts are reviewed. Randaberg kommune's
guideline is :data:`RANDABERG_POLICY`; any kommune writes its own as a policy file
(``load_policy``). Every function that takes ``policy=`` accepts a :class:`Policy`, a
:class:`PolicyVersion` or a :class:`NamingPolicy`.

The naming policy
-----------------

A :class:`NamingPolicy` holds everything the naming functions need to know about the
organisation: whose accounts they are (its name and domain), the separator of the canonical
handle, the templates of the display names and the words left out when a name must be
shortened. The defaults are Randaberg kommune's guideline (:data:`DEFAULT_POLICY`).

Examples:
    >>> from randaberg_some.policy import DEFAULT_POLICY, NamingPolicy
    >>> DEFAULT_POLICY.separator
    '_'
    >>> NamingPolicy(unit_account_name_template="{unit[0]}")
    Traceback (most recent call last):
    ...
    randaberg_some.errors.ConfigurationError: 'unit_account_name_template' may use only the \
fields {organisation}, {organisation_compact}, {unit}, each plain (got '{unit[0]}')
"""

from __future__ import annotations

import itertools
import string
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any, Final

import attrs

from ._dates import as_day
from ._text import shown
from .calendar import DEFAULT_CALENDAR, WorkingCalendar
from .errors import ConfigurationError
from .messages import Message
from .organisation import RANDABERG, Organisation
from .rules import RULES, Severity, Violation

__all__ = [
    "DEFAULT_POLICY",
    "RANDABERG_POLICY",
    "NamingPolicy",
    "Policy",
    "PolicyProblem",
    "PolicyVersion",
    "check_policy",
    "policy_version",
]

_DEFAULT_FILLER: Final = frozenset(
    # Short Norwegian (bokmål and nynorsk) and English function words, already folded to
    # ASCII as unit names are ("på" -> "pa"). Dropped only when a name must be shortened.
    {"og", "i", "for", "pa", "av", "til", "med", "ved", "om", "the", "and", "of", "at", "in"}
)
_TEMPLATE_FIELDS: Final = {
    "main_account_name_template": ("organisation", "organisation_compact"),
    "unit_account_name_template": ("organisation", "organisation_compact", "unit"),
}
SEPARATORS: Final = frozenset("_.-")
"""The separators a canonical handle may have between base and unit."""


def _check_template(instance: NamingPolicy, attribute: attrs.Attribute[str], value: str) -> None:
    # Only plain named fields: an index, an attribute or a format spec would let a template
    # read what it should not or build a string of any size ("{unit:>999999999999}").
    fields = _TEMPLATE_FIELDS[attribute.name]
    allowed = ", ".join("{" + field + "}" for field in fields)
    problem = ConfigurationError(
        f"{attribute.name!r} may use only the fields {allowed}, each plain (got {shown(value)})",
        message=Message(
            nb=f"Malen for kontonavnet kan bare bruke feltene {allowed}, uten tillegg.",
            nn=f"Malen for kontonamnet kan berre bruke felta {allowed}, utan tillegg.",
            en=f"The account name template may use only the fields {allowed}, each plain.",
        ),
    )
    if not isinstance(value, str):
        raise problem
    try:
        parsed = list(string.Formatter().parse(value))
    except ValueError as error:  # an unmatched brace
        raise problem from error
    for _, field, spec, conversion in parsed:
        if field is not None and (field not in fields or spec or conversion is not None):
            raise problem
    if not value.format(**dict.fromkeys(fields, "x")).strip():
        raise ConfigurationError(f"{attribute.name!r} must not be blank (got {value!r})")


def _check_separator(instance: NamingPolicy, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or value not in SEPARATORS:
        raise ConfigurationError(f"'separator' must be one of '_', '.', '-' (got {shown(value)})")


def _check_organisation(
    instance: NamingPolicy, attribute: attrs.Attribute[Organisation], value: Organisation
) -> None:
    if not isinstance(value, Organisation):
        raise ConfigurationError(f"'organisation' must be an Organisation (got {shown(value)})")


def _to_words(values: Iterable[str]) -> frozenset[str]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ConfigurationError(
            f"'filler_words' must be a collection of words (got {shown(values)})"
        )
    words: set[str] = set()
    for word in values:
        if not isinstance(word, str):
            raise ConfigurationError(f"a filler word must be a str (got {shown(word)})")
        words.add(word)
    return frozenset(words)


@attrs.frozen(kw_only=True)
class NamingPolicy:
    """How an organisation names its accounts.

    The defaults are Randaberg kommune's guideline. ``unit_account_name_template`` follows
    G14 literally: "Randabergkommune + Enhetsnavn", one word, unlike the main account's
    "Randaberg kommune" (see the guideline page for this reading).

    Attributes:
        organisation: The organisation that owns the accounts.
        separator: The separator of the canonical handle between base and unit (G14: ``_``).
        main_account_name_template: The main account's display name (G13); fields
            ``{organisation}`` and ``{organisation_compact}``.
        unit_account_name_template: A unit account's display name (G14); fields
            ``{organisation}``, ``{organisation_compact}`` and ``{unit}``.
        filler_words: Folded words left out when a name must be shortened.

    Raises:
        ConfigurationError: a template with other than its plain fields, another separator,
            an organisation that is not an :class:`~randaberg_some.Organisation`, or filler
            words that are not a collection of words.

    Examples:
        >>> from randaberg_some import Organisation, suggest_handle, suggest_account_name
        >>> baerum = NamingPolicy(organisation=Organisation(name="Bærum kommune",
        ...                                                 domain="baerum.kommune.no"))
        >>> suggest_handle("Kulturhuset", policy=baerum)
        '@baerumkommune_kulturhuset'
        >>> suggest_account_name("Kulturhuset", policy=baerum)
        'Bærumkommune Kulturhuset'
    """

    organisation: Organisation = attrs.field(default=RANDABERG, validator=_check_organisation)
    separator: str = attrs.field(default="_", validator=_check_separator)
    main_account_name_template: str = attrs.field(
        default="{organisation}", validator=_check_template
    )
    unit_account_name_template: str = attrs.field(
        default="{organisation_compact} {unit}", validator=_check_template
    )
    filler_words: frozenset[str] = attrs.field(default=_DEFAULT_FILLER, converter=_to_words)


DEFAULT_POLICY: Final = NamingPolicy()
"""Randaberg kommune's naming policy."""


_OFF: Final = "off"
DEFAULT_REVIEW_INTERVAL: Final = 365
"""Days between two reviews of an account, unless a policy says otherwise (the library's
default, not the guideline's: G6 asks its questions before an account is created, and says
nothing of later reviews)."""
DEFAULT_DORMANT_AFTER: Final = 180
"""Days without a post after which an active account is reported as dormant, unless a
policy says otherwise (the library's default, not the guideline's; it serves G6.2 and G6.4,
which ask whether a unit has the resources and staff to run an account)."""


def _to_rules(values: object) -> Mapping[str, Severity | None]:
    if not isinstance(values, Mapping):
        raise ConfigurationError(
            f"'rules' must map rule codes to a severity or 'off' (got {shown(values)})"
        )
    rules: dict[str, Severity | None] = {}
    for code, setting in values.items():
        if not isinstance(code, str) or code not in RULES:
            raise ConfigurationError(
                f"'rules' names no rule of the catalogue: {shown(code)}",
                message=Message(
                    nb=f"Det finnes ingen regel med koden {shown(code)}.",
                    nn=f"Det finst ingen regel med koden {shown(code)}.",
                    en=f"There is no rule with the code {shown(code)}.",
                ),
            )
        if setting is None or setting == _OFF:
            rules[code] = None
        elif isinstance(setting, Severity):
            rules[code] = setting
        else:
            rules[code] = Severity(setting)  # raises the library's error for a bad value
    return MappingProxyType(dict(sorted(rules.items())))


def _check_days(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 36_600:
        raise ConfigurationError(
            f"{attribute.name!r} must be a whole number of days from 1 to 36600 "
            f"(got {shown(value)})"
        )


def _check_effective(
    instance: object, attribute: attrs.Attribute[date | None], value: object
) -> None:
    if value is not None and (not isinstance(value, date) or hasattr(value, "hour")):
        raise ConfigurationError(f"'effective' must be a date (got {shown(value)})")


def _typed(kind: type, what: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise ConfigurationError(f"{attribute.name!r} must be {what} (got {shown(value)})")

    return check


@attrs.frozen(kw_only=True)
class PolicyVersion:
    """One version of a guideline: everything it decides, from the day it took effect.

    Attributes:
        effective: The day it took effect, or ``None`` for a first version in force since
            always.
        naming: The naming policy; its ``organisation`` is the organisation, with its
            presence (platforms, promoted, run externally) and residents' channels.
        calendar: The working day: its end and the closure days (G6.5).
        rules: The rules whose severity departs from the catalogue's, by code: a
            :class:`~randaberg_some.Severity`, or ``None`` for a rule that is off.
        review_interval: Days between two reviews of an account (:data:`DEFAULT_REVIEW_INTERVAL`).
        dormant_after: Days without a post after which an active account is dormant
            (:data:`DEFAULT_DORMANT_AFTER`).
        source: Where the guideline is published (an address), or ``None``.

    Raises:
        ConfigurationError: a part of the wrong type, a rule code that does not exist, a
            severity that is not one, or a number of days outside 1-36600.

    Examples:
        >>> from randaberg_some import RULES, Severity
        >>> version = PolicyVersion(rules={"N206": "off", "U603": "warning"})
        >>> version.severity_of("N206") is None, version.severity_of("U603")
        (True, <Severity.WARNING: 'warning'>)
        >>> version.organisation.name
        'Randaberg kommune'
    """

    effective: date | None = attrs.field(default=None, validator=_check_effective)
    naming: NamingPolicy = attrs.field(
        default=DEFAULT_POLICY, validator=_typed(NamingPolicy, "a NamingPolicy")
    )
    calendar: WorkingCalendar = attrs.field(
        default=DEFAULT_CALENDAR,
        validator=_typed(WorkingCalendar, "a WorkingCalendar"),
    )
    rules: Mapping[str, Severity | None] = attrs.field(
        factory=dict, converter=_to_rules, hash=False
    )
    review_interval: int = attrs.field(default=DEFAULT_REVIEW_INTERVAL, validator=_check_days)
    dormant_after: int = attrs.field(default=DEFAULT_DORMANT_AFTER, validator=_check_days)
    source: str | None = attrs.field(default=None)

    @property
    def organisation(self) -> Organisation:
        """The organisation (``naming.organisation``)."""
        return self.naming.organisation

    def severity_of(self, code: str) -> Severity | None:
        """The severity of the rule ``code`` under this version; ``None`` when it is off.

        Raises:
            ConfigurationError: ``code`` is not a rule of the catalogue.
        """
        if not isinstance(code, str) or code not in RULES:
            raise ConfigurationError(f"no rule of the catalogue has the code {shown(code)}")
        if code in self.rules:
            return self.rules[code]
        return RULES[code].severity

    def adjust(self, violation: Violation) -> Violation | None:
        """Return ``violation`` with this version's severity for its rule; ``None`` if off.

        A finding whose severity the check chose itself (a platform rule that rests on an
        unverified fact reports a warning) keeps it unless the policy sets the rule.

        Raises:
            ConfigurationError: ``violation`` is not a :class:`~randaberg_some.Violation`.
        """
        if not isinstance(violation, Violation):
            raise ConfigurationError(f"'violation' must be a Violation (got {shown(violation)})")
        if violation.code not in self.rules:
            return violation
        severity = self.rules[violation.code]
        if severity is None:
            return None
        return attrs.evolve(violation, severity=severity)


def _to_versions(values: object) -> tuple[PolicyVersion, ...]:
    if isinstance(values, PolicyVersion):
        values = (values,)
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise ConfigurationError(f"'versions' must be PolicyVersion values (got {shown(values)})")
    versions = tuple(values)
    if not versions or not all(isinstance(version, PolicyVersion) for version in versions):
        raise ConfigurationError(
            f"'versions' must be one or more PolicyVersion values (got {shown(values)})"
        )
    return tuple(sorted(versions, key=lambda v: (v.effective is not None, v.effective or date.min)))


def _check_versions(
    instance: Policy, attribute: attrs.Attribute[tuple[PolicyVersion, ...]], value: object
) -> None:
    versions = instance.versions
    if any(version.effective is None for version in versions[1:]):
        raise ConfigurationError(
            "only the first version may be in force since always (without 'effective')",
            message=Message(
                nb="Bare den første versjonen kan mangle datoen den trådte i kraft.",
                nn="Berre den første versjonen kan mangle datoen han tok til å gjelde.",
                en="Only the first version may lack the date it took effect.",
            ),
        )
    for earlier, later in itertools.pairwise(versions):
        if earlier.effective == later.effective:
            day = later.effective.isoformat() if later.effective else ""
            raise ConfigurationError(
                f"two versions take effect on the same day, {day}: they overlap",
                message=Message(
                    nb=f"To versjoner trer i kraft samme dag, {day}: de overlapper.",
                    nn=f"To versjonar tek til å gjelde same dag, {day}: dei overlappar.",
                    en=f"Two versions take effect on the same day, {day}: they overlap.",
                ),
            )


@attrs.frozen(kw_only=True)
class Policy:
    """An organisation's guideline: its versions, each in force from the day it took effect.

    A version is in force from its ``effective`` day until the day before the next one's.

    Attributes:
        versions: The versions, earliest first (sorted on construction).

    Raises:
        ConfigurationError: no version, a value that is not a version, two versions that
            take effect on the same day, or a later version without its date.

    Examples:
        >>> from datetime import date
        >>> from randaberg_some import RANDABERG, Organisation
        >>> old = PolicyVersion(rules={"N206": "off"})
        >>> new = PolicyVersion(effective=date(2025, 1, 1))
        >>> policy = Policy(versions=[new, old])
        >>> policy.at(date(2024, 12, 31)) is old, policy.at(date(2025, 1, 1)) is new
        (True, True)
        >>> policy.latest is new
        True
    """

    versions: tuple[PolicyVersion, ...] = attrs.field(
        converter=_to_versions, validator=_check_versions
    )

    @property
    def latest(self) -> PolicyVersion:
        """The version that took effect last: the one in force from then on."""
        return self.versions[-1]

    @property
    def naming(self) -> NamingPolicy:
        """The latest version's naming policy."""
        return self.latest.naming

    @property
    def organisation(self) -> Organisation:
        """The latest version's organisation."""
        return self.latest.organisation

    @property
    def calendar(self) -> WorkingCalendar:
        """The latest version's working calendar."""
        return self.latest.calendar

    def at(self, day: date) -> PolicyVersion:
        """The version in force on ``day``.

        Raises:
            ConfigurationError: ``day`` is not a date, or it is before the first version
                took effect.
        """
        given = as_day(day)  # a datetime is judged by its date as written
        if given is None:
            raise ConfigurationError(f"'day' must be a date (got {shown(day)})")
        day = given
        found: PolicyVersion | None = None
        for version in self.versions:
            if version.effective is None or version.effective <= day:
                found = version
            else:
                break
        if found is None:
            first = self.versions[0].effective
            first_day = first.isoformat() if first else ""
            raise ConfigurationError(
                f"no version of the policy was in force on {day.isoformat()}; the first took "
                f"effect on {first_day}",
                message=Message(
                    nb=f"Ingen versjon av retningslinjene gjaldt {day.isoformat()}; den første "
                    f"trådte i kraft {first_day}.",
                    nn=f"Ingen versjon av retningslinene gjaldt {day.isoformat()}; den første "
                    f"tok til å gjelde {first_day}.",
                    en=f"No version of the policy was in force on {day.isoformat()}; the first "
                    f"took effect on {first_day}.",
                ),
            )
        return found


RANDABERG_POLICY: Final = Policy(versions=(PolicyVersion(),))
"""Randaberg kommune's guideline: one version, in force since always (the guideline is not
dated), with the library's defaults for what the guideline leaves open (the review interval
and the dormant threshold)."""


@attrs.frozen(kw_only=True)
class PolicyProblem:
    """One problem of a policy file: where it is and what is wrong.

    Attributes:
        line: The line of the file (1-based), or ``None`` when the problem has no one line
            (a section that is missing).
        key: The key concerned, as a dotted path (``"version[2].rules.N999"``).
        message: What is wrong, in bokmål, nynorsk and English.
    """

    line: int | None
    key: str
    message: Message

    def text(self, lang: str = "nb") -> str:
        """The problem as one line: ``"line 12, version[1].rules.N999: ..."``."""
        from .messages import check_lang

        chosen = check_lang(lang)
        where = _LINE.format(line=self.line).text(chosen) + ", " if self.line else ""
        return f"{where}{self.key}: {self.message.text(chosen)}"


_LINE: Final = Message(nb="linje {line}", nn="linje {line}", en="line {line}")


def check_policy(policy: object) -> NamingPolicy:
    """Return the naming policy of ``policy``; raise the library's error if it has none.

    Args:
        policy: Whatever a caller passed as ``policy=``: a :class:`NamingPolicy`, a
            :class:`PolicyVersion` or a :class:`Policy` (its latest version).

    Returns:
        The naming policy.

    Raises:
        ConfigurationError: ``policy`` is none of these (``None``, say).

    Examples:
        >>> check_policy(DEFAULT_POLICY) is DEFAULT_POLICY
        True
        >>> check_policy(RANDABERG_POLICY) is DEFAULT_POLICY
        True
    """
    if isinstance(policy, NamingPolicy):
        return policy
    return policy_version(policy).naming


def policy_version(policy: object, at: date | None = None) -> PolicyVersion:
    """The version of ``policy`` that applies: the one in force on ``at``, else the latest.

    A :class:`NamingPolicy` is a version with the library's defaults for everything but the
    naming; a :class:`PolicyVersion` is itself.

    Raises:
        ConfigurationError: ``policy`` is not a policy, or no version was in force on ``at``.

    Examples:
        >>> policy_version(RANDABERG_POLICY).organisation.name
        'Randaberg kommune'
    """
    if isinstance(policy, Policy):
        return policy.latest if at is None else policy.at(at)
    if isinstance(policy, PolicyVersion):
        return policy
    if isinstance(policy, NamingPolicy):
        return _as_version(policy)
    raise ConfigurationError(
        f"'policy' must be a Policy, a PolicyVersion or a NamingPolicy (got {shown(policy)})",
        message=Message(
            nb="Retningslinjene (policy) må være en Policy, en PolicyVersion eller en "
            "NamingPolicy.",
            nn="Retningslinene (policy) må vere ein Policy, ein PolicyVersion eller ein "
            "NamingPolicy.",
            en="The policy must be a Policy, a PolicyVersion or a NamingPolicy.",
        ),
    )


def _as_version(naming: NamingPolicy) -> PolicyVersion:
    if naming is DEFAULT_POLICY:
        return RANDABERG_POLICY.latest
    return PolicyVersion(naming=naming)
