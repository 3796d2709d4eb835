"""Account names and handles, as G12-G14 prescribe and each platform allows.

The canonical handle of a unit account is ``@`` + the organisation's handle base + ``_`` +
the unit abbreviation (G14); the main account is ``@`` + the handle base (G13). On a
platform, the handle is the closest one valid there: another separator where the platform
forbids ``_``, a shorter abbreviation where the platform's length limit leaves too little
room, and no ``@`` where the platform shows none. The naming page of the documentation
describes the algorithm with worked examples.

Examples:
    >>> from randaberg_some import suggest_handle, suggest_account_name, Platform
    >>> suggest_handle("Bassenget")
    '@randabergkommune_bassenget'
    >>> suggest_handle("Bassenget", platform=Platform.FACEBOOK)
    '@randabergkommune.bassenget'
    >>> suggest_handle("Bassenget", platform=Platform.TIKTOK)
    '@randabergkommune_basseng'
    >>> suggest_account_name("Bassenget")
    'Randabergkommune Bassenget'
"""

from __future__ import annotations

import enum
import itertools
import string
from collections.abc import Iterable
from typing import Final

import attrs

from ._text import ascii_words
from .errors import ConfigurationError, InvalidNameError, RandabergSomeError
from .organisation import RANDABERG, Organisation
from .platforms import Confidence, Platform, PlatformRules, Sourced, as_platform
from .rules import RULES, Severity, Violation
from .units import Unit

__all__ = [
    "DEFAULT_POLICY",
    "Deviation",
    "DeviationKind",
    "HandlePlan",
    "NamingPolicy",
    "PlannedHandle",
    "plan_handles",
    "suggest_abbreviation",
    "suggest_account_name",
    "suggest_handle",
    "validate_handle",
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
_SEPARATORS: Final = frozenset("_.-")


def _check_template(instance: NamingPolicy, attribute: attrs.Attribute[str], value: str) -> None:
    fields = _TEMPLATE_FIELDS[attribute.name]
    try:
        rendered = value.format(**dict.fromkeys(fields, "x"))
    except (KeyError, IndexError, ValueError, AttributeError) as error:
        raise ConfigurationError(
            f"{attribute.name!r} may use only the fields "
            f"{', '.join('{' + f + '}' for f in fields)} (got {value!r})"
        ) from error
    if not rendered.strip():
        raise ConfigurationError(f"{attribute.name!r} must not be blank (got {value!r})")


def _check_separator(instance: NamingPolicy, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in _SEPARATORS:
        raise ConfigurationError(f"'separator' must be one of '_', '.', '-' (got {value!r})")


def _check_organisation(
    instance: NamingPolicy, attribute: attrs.Attribute[Organisation], value: Organisation
) -> None:
    if not isinstance(value, Organisation):
        raise ConfigurationError(f"'organisation' must be an Organisation (got {value!r})")


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
        ConfigurationError: a template with unknown fields, or another separator.

    Examples:
        >>> from randaberg_some import Organisation
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
    filler_words: frozenset[str] = attrs.field(default=_DEFAULT_FILLER, converter=frozenset)


DEFAULT_POLICY: Final = NamingPolicy()
"""Randaberg kommune's naming policy."""


class DeviationKind(enum.Enum):
    """How a platform's handle differs from the canonical form."""

    SEPARATOR = "separator"
    SHORTENED = "shortened"
    NO_AT = "no_at"


@attrs.frozen(kw_only=True)
class Deviation:
    """Why a platform's handle is not the canonical one, in bokmål and English."""

    kind: DeviationKind
    message: str
    message_en: str


@attrs.frozen(kw_only=True)
class PlannedHandle:
    """The handle of one unit on one platform.

    Attributes:
        platform: The platform.
        handle: The handle as the platform shows it (with ``@`` where it uses one).
        url: The profile URL.
        deviations: Why it differs from the canonical handle; empty when it does not.
    """

    platform: Platform
    handle: str
    url: str
    deviations: tuple[Deviation, ...]


@attrs.frozen(kw_only=True)
class HandlePlan:
    """One unit's handles across platforms, with one abbreviation that fits them all (G12).

    Attributes:
        unit: The unit's name.
        canonical: The canonical handle (G14), with the full abbreviation.
        abbreviation: The abbreviation used on every platform of the plan.
        handles: The handle on each platform, in the order asked for.
    """

    unit: str
    canonical: str
    abbreviation: str
    handles: tuple[PlannedHandle, ...]

    def for_platform(self, platform: Platform | str) -> PlannedHandle:
        """Return the planned handle on ``platform``.

        Raises:
            UnknownPlatformError: ``platform`` is not a platform.
            RandabergSomeError: the plan does not cover ``platform``.
        """
        wanted = as_platform(platform)
        for planned in self.handles:
            if planned.platform is wanted:
                return planned
        raise RandabergSomeError(f"the plan does not cover {wanted.value!r}")


def _unit_name(unit: Unit | str) -> str:
    if isinstance(unit, Unit):
        return unit.name
    if not isinstance(unit, str):
        raise InvalidNameError(f"'unit' must be a unit name or a Unit (got {unit!r})")
    if not unit.strip():
        raise InvalidNameError(f"'unit' must be a non-empty unit name (got {unit!r})")
    return unit


def _without_own_names(words: list[str], policy: NamingPolicy) -> list[str]:
    if not policy.organisation.mentions_own_name(words):
        return words
    own_names = policy.organisation.own_names
    kept: list[str] = []
    index = 0
    while index < len(words):
        for names in own_names:
            if tuple(words[index : index + len(names)]) == names:
                index += len(names)
                # "Kulturskolen på Randaberg": the "på" goes with the name it introduces.
                if kept and kept[-1] in policy.filler_words:
                    kept.pop()
                break
        else:
            kept.append(words[index])
            index += 1
    # A unit called just "Randaberg" keeps its name rather than vanish.
    return kept or words


def _unit_words(unit: Unit | str, policy: NamingPolicy) -> list[str]:
    """The unit's abbreviation as words, before any shortening."""
    if isinstance(unit, Unit) and unit.abbreviation is not None:
        return [unit.abbreviation]
    name = _unit_name(unit)
    words = _without_own_names(ascii_words(name), policy)
    if not words:
        raise InvalidNameError(
            f"unit name has nothing usable for a handle: no letters or digits are left "
            f"(got {name!r})"
        )
    return words


def _shorten(words: list[str], budget: int, policy: NamingPolicy) -> str:
    """Shorten the words to ``budget`` characters; the naming page documents the steps."""
    joined = "".join(words)
    if len(joined) <= budget:
        return joined
    # 1. Leave out function words ("og", "i", "på").
    content = [word for word in words if word not in policy.filler_words] or words
    joined = "".join(content)
    if len(joined) <= budget:
        return joined
    # 2. A compound that begins with the organisation's own name loses it: the base already
    #    says it ("Randaberghallen" -> "hallen").
    content = [_without_own_prefix(word, policy) for word in content]
    # 3. Cut the rest to the budget.
    return "".join(content)[:budget]


def _without_own_prefix(word: str, policy: NamingPolicy) -> str:
    singles = (names[0] for names in policy.organisation.own_names if len(names) == 1)
    for prefix in sorted(singles, key=len, reverse=True):
        if word.startswith(prefix) and len(word) > len(prefix):
            return word[len(prefix) :]
    return word


def suggest_abbreviation(unit: Unit | str, *, policy: NamingPolicy = DEFAULT_POLICY) -> str:
    """Suggest the unit abbreviation of G14 (enhetsforkortelse), without shortening.

    An explicit :attr:`Unit.abbreviation` wins. Otherwise the name is folded to lower-case
    ASCII words (æ → ae, ø → o, å → a, other scripts transliterated), the organisation's own
    name is dropped where the unit name repeats it as a word, and the words are joined.

    Args:
        unit: A unit name or a :class:`Unit`.
        policy: The naming policy.

    Returns:
        ASCII lower-case letters and digits.

    Raises:
        InvalidNameError: the name is blank or has no letters or digits.

    Examples:
        >>> suggest_abbreviation("Randaberg bibliotek")
        'bibliotek'
        >>> suggest_abbreviation("NAV Randaberg")
        'nav'
        >>> suggest_abbreviation("Randaberghallen")
        'randaberghallen'
        >>> suggest_abbreviation("Kultur- og fritidsetaten")
        'kulturogfritidsetaten'
    """
    return "".join(_unit_words(unit, policy))


def _budget(rules: PlatformRules, policy: NamingPolicy) -> int:
    base = policy.organisation.handle_base
    budget = rules.max_length.value - len(base) - 1
    if budget < 1:
        raise ConfigurationError(
            f"the handle base {base!r} leaves no room for a unit on {rules.label}, which "
            f"allows {rules.max_length.value} characters"
        )
    return budget


def _separator(rules: PlatformRules, policy: NamingPolicy) -> str:
    if policy.separator in rules.separators:
        return policy.separator
    return rules.preferred_separator.value


def _platform_handle(abbreviation: str | None, rules: PlatformRules, policy: NamingPolicy) -> str:
    base = policy.organisation.handle_base
    bare = base
    if abbreviation is not None:
        bare = base + _separator(rules, policy) + abbreviation
        if _handle_violations(bare, rules):
            # The separator can make a forbidden part (Facebook: "randabergkommune.com");
            # then base and unit are written together.
            bare = base + abbreviation
    problems = _handle_violations(bare, rules)
    if problems:
        # Only a policy with an unusual base gets here (say a base of digits only).
        raise InvalidNameError(
            f"no valid {rules.label} handle can be built for {abbreviation!r}: "
            f"{problems[0].message_en}"
        )
    return rules.display(bare)


def suggest_handle(
    unit: Unit | str | None,
    platform: Platform | str | None = None,
    *,
    policy: NamingPolicy = DEFAULT_POLICY,
) -> str:
    """Suggest an account's handle: canonical (G13, G14), or the closest valid one on a platform.

    Args:
        unit: A unit name or a :class:`Unit`; ``None`` for the main account (G13).
        platform: ``None`` for the guideline's canonical form; otherwise the platform whose
            rules the handle must satisfy (a :class:`Platform` or its name).
        policy: The naming policy.

    Returns:
        The handle; with ``@`` unless the platform shows none (LinkedIn, Vimeo).

    Raises:
        InvalidNameError: the name is blank or has no letters or digits.
        UnknownPlatformError: ``platform`` names no platform.

    Examples:
        >>> suggest_handle("Bassenget", platform="linkedin")
        'randabergkommune-bassenget'
        >>> suggest_handle("Kulturskolen på Randaberg", platform="tiktok")
        '@randabergkommune_kulturs'
        >>> suggest_handle(None, platform="linkedin")  # the main account (G13)
        'randabergkommune'
    """
    if unit is None:
        if platform is None:
            return "@" + policy.organisation.handle_base
        return _platform_handle(None, as_platform(platform).rules, policy)
    words = _unit_words(unit, policy)
    if platform is None:
        return "@" + policy.organisation.handle_base + policy.separator + "".join(words)
    rules = as_platform(platform).rules
    abbreviation = _shorten(words, _budget(rules, policy), policy)
    return _platform_handle(abbreviation, rules, policy)


def suggest_account_name(
    unit: Unit | str | None = None, *, policy: NamingPolicy = DEFAULT_POLICY
) -> str:
    """Suggest an account's display name: the main account's (G13) or a unit's (G14).

    Args:
        unit: ``None`` for the main account; otherwise a unit name or a :class:`Unit`.
        policy: The naming policy (its templates).

    Returns:
        The display name, with the unit name as written and its spaces tidied.

    Raises:
        InvalidNameError: the unit name is blank.

    Examples:
        >>> suggest_account_name()
        'Randaberg kommune'
        >>> suggest_account_name("  Randaberg   folkebibliotek ")
        'Randabergkommune Randaberg folkebibliotek'
    """
    organisation = policy.organisation
    fields = {
        "organisation": organisation.name,
        "organisation_compact": organisation.compact_name,
    }
    if unit is None:
        return policy.main_account_name_template.format(**fields)
    name = " ".join(_unit_name(unit).split())
    return policy.unit_account_name_template.format(unit=name, **fields)


def plan_handles(
    unit: Unit | str,
    platforms: Iterable[Platform | str] = tuple(Platform),
    *,
    policy: NamingPolicy = DEFAULT_POLICY,
) -> HandlePlan:
    """Plan one unit's handles on several platforms, with one abbreviation for all (G12).

    The abbreviation is shortened once, to fit the tightest platform of the plan, so that
    the unit is recognisable across its accounts. Each handle says why it differs from the
    canonical one.

    Args:
        unit: A unit name or a :class:`Unit`.
        platforms: The platforms, in the order wanted; all six by default.
        policy: The naming policy.

    Returns:
        The plan.

    Raises:
        InvalidNameError: the name is blank or has no letters or digits.
        UnknownPlatformError: a platform is not a platform.

    Examples:
        >>> plan = plan_handles("Bassenget", ["instagram", "facebook", "tiktok"])
        >>> [planned.handle for planned in plan.handles]
        ['@randabergkommune_basseng', '@randabergkommune.basseng', '@randabergkommune_basseng']
        >>> print(plan.for_platform("facebook").deviations[0].message_en)
        Facebook does not allow '_'; '.' separates the base and the unit instead.
    """
    chosen: list[Platform] = []
    for platform in platforms:
        parsed = as_platform(platform)
        if parsed not in chosen:
            chosen.append(parsed)
    words = _unit_words(unit, policy)
    full = "".join(words)
    canonical = "@" + policy.organisation.handle_base + policy.separator + full
    if not chosen:
        return HandlePlan(unit=_unit_name(unit), canonical=canonical, abbreviation=full, handles=())
    budgets = {platform: _budget(platform.rules, policy) for platform in chosen}
    tightest = min(chosen, key=lambda platform: budgets[platform])
    abbreviation = _shorten(words, budgets[tightest], policy)
    handles = tuple(
        _planned(platform.rules, abbreviation, full, tightest.rules, policy) for platform in chosen
    )
    return HandlePlan(
        unit=_unit_name(unit), canonical=canonical, abbreviation=abbreviation, handles=handles
    )


def _planned(
    rules: PlatformRules,
    abbreviation: str,
    full: str,
    tightest: PlatformRules,
    policy: NamingPolicy,
) -> PlannedHandle:
    handle = _platform_handle(abbreviation, rules, policy)
    deviations: list[Deviation] = []
    separator = _separator(rules, policy)
    base = policy.organisation.handle_base
    if not handle.removeprefix("@").startswith(base + separator):
        deviations.append(
            Deviation(
                kind=DeviationKind.SEPARATOR,
                message=f"Grunnlaget og enheten skrives sammen: med et skilletegn bryter "
                f"brukernavnet reglene til {rules.label}.",
                message_en=f"The base and the unit are written together: with a separator "
                f"the handle breaks {rules.label}'s rules.",
            )
        )
    elif separator != policy.separator:
        deviations.append(
            Deviation(
                kind=DeviationKind.SEPARATOR,
                message=f"{rules.label} tillater ikke {policy.separator!r}; {separator!r} "
                f"skiller grunnlaget og enheten i stedet.",
                message_en=f"{rules.label} does not allow {policy.separator!r}; "
                f"{separator!r} separates the base and the unit instead.",
            )
        )
    if abbreviation != full:
        limit = tightest.max_length.value
        if tightest is rules:
            reason = f"{rules.label} tillater høyst {limit} tegn"
            reason_en = f"{rules.label} allows at most {limit} characters"
        else:
            reason = (
                f"{tightest.label} tillater høyst {limit} tegn, og enheten skal ha samme "
                "forkortelse på alle kontoer (G12)"
            )
            reason_en = (
                f"{tightest.label} allows at most {limit} characters, and the unit "
                "keeps one abbreviation across its accounts (G12)"
            )
        deviations.append(
            Deviation(
                kind=DeviationKind.SHORTENED,
                message=f"Forkortelsen {full!r} er kortet ned til {abbreviation!r}: {reason}.",
                message_en=f"The abbreviation {full!r} is shortened to {abbreviation!r}: "
                f"{reason_en}.",
            )
        )
    if not rules.shows_at.value:
        deviations.append(
            Deviation(
                kind=DeviationKind.NO_AT,
                message=f"{rules.label} viser ikke brukernavn med '@'.",
                message_en=f"{rules.label} does not show usernames with '@'.",
            )
        )
    return PlannedHandle(
        platform=rules.platform, handle=handle, url=rules.url(handle), deviations=tuple(deviations)
    )


def _repaired(bare: str, rules: PlatformRules) -> str | None:
    separator = rules.preferred_separator.value
    repaired = "".join(
        separator if char in _SEPARATORS and char not in rules.separators else char
        for char in bare.lower()
    )
    if repaired == bare or _handle_violations(repaired, rules):
        return None
    return rules.display(repaired)


def _handle_violations(bare: str, rules: PlatformRules) -> tuple[Violation, ...]:
    found: list[Violation] = []

    def report(code: str, fact: Sourced[object], fix: str | None = None, **params: object) -> None:
        # A rule that rests on an unverified fact warns instead of failing: calling a valid
        # handle invalid is worse than the reverse.
        low = fact.confidence is Confidence.LOW
        found.append(
            RULES[code].violation(
                field="handle",
                source=rules.platform.value,
                severity=Severity.WARNING if low else None,
                fix=fix,
                platform=rules.label,
                **params,
            )
        )

    if not bare:
        report("H101", rules.characters)
        return tuple(found)
    bad = sorted(set(bare) - rules.characters.value)
    if bad:
        chars = ", ".join(repr(char) for char in bad)
        report("H102", rules.characters, fix=_repaired(bare, rules), chars=chars)
    if len(bare) < rules.min_length.value:
        report("H103", rules.min_length, length=len(bare), limit=rules.min_length.value)
    if len(bare) > rules.max_length.value:
        report("H104", rules.max_length, length=len(bare), limit=rules.max_length.value)
    if bare[0] in rules.not_first.value:
        report("H105", rules.not_first, char=bare[0])
    if bare[-1] in rules.not_last.value:
        report("H106", rules.not_last, char=bare[-1])
    doubled = rules.not_doubled.value
    pairs = (a + b for a, b in itertools.pairwise(bare) if a in doubled and b in doubled)
    pair = next(pairs, None)
    if pair is not None:
        report("H107", rules.not_doubled, pair=pair)
    if rules.needs_letter.value and not any(char in string.ascii_letters for char in bare):
        report("H108", rules.needs_letter)
    folded = bare.lower()
    for part in rules.forbidden_parts.value:
        if part in folded:
            report("H109", rules.forbidden_parts, part=part)
    return tuple(found)


def validate_handle(handle: str, platform: Platform | str) -> tuple[Violation, ...]:
    """Check a handle against a platform's username rules; report every problem.

    A rule that rests on an unverified platform fact reports a warning, not an error.

    Args:
        handle: The handle, with or without a leading ``@``.
        platform: A :class:`Platform` or its name.

    Returns:
        Every violation found, in a fixed order; ``()`` when the handle is valid.

    Raises:
        RandabergSomeError: ``handle`` is not a string.
        UnknownPlatformError: ``platform`` names no platform.

    Examples:
        >>> from randaberg_some import Platform
        >>> validate_handle("@randabergkommune_bassenget", Platform.INSTAGRAM)
        ()
        >>> [v.code for v in validate_handle("@randabergkommune_bassenget", Platform.FACEBOOK)]
        ['H102']
        >>> validate_handle("@randabergkommune_bassenget", Platform.FACEBOOK)[0].fix
        '@randabergkommune.bassenget'
    """
    if not isinstance(handle, str):
        raise RandabergSomeError(f"'handle' must be a str (got {handle!r})")
    rules = as_platform(platform).rules
    return _handle_violations(handle.removeprefix("@"), rules)


# --- for the account checks (not part of the public API) -------------------------------


def separator_on(platform: Platform, *, policy: NamingPolicy = DEFAULT_POLICY) -> str:
    """The separator between base and unit that the naming rules use on ``platform``."""
    return _separator(platform.rules, policy)


def is_derived_abbreviation(
    found: str, unit: Unit, *, policy: NamingPolicy = DEFAULT_POLICY
) -> bool:
    """Whether ``found`` is the unit's abbreviation or a shortening the naming rules produce.

    Shortening to a budget gives a result no longer than the budget, and shortening that
    result's own length gives it again; so one shortening, to ``len(found)``, decides.

    Examples:
        >>> is_derived_abbreviation("basseng", Unit(name="Bassenget"))
        True
        >>> is_derived_abbreviation("svomming", Unit(name="Bassenget"))
        False
    """
    try:
        words = _unit_words(unit, policy)
    except InvalidNameError:
        return False
    return _shorten(words, len(found), policy) == found


def handle_with(
    abbreviation: str, platform: Platform, *, policy: NamingPolicy = DEFAULT_POLICY
) -> str:
    """The handle on ``platform`` with exactly this unit abbreviation, unshortened.

    Raises:
        InvalidNameError: no valid handle on the platform has it (too long, say).
    """
    return _platform_handle(abbreviation, platform.rules, policy)


def after_base(
    handle: str, platform: Platform | str, *, policy: NamingPolicy = DEFAULT_POLICY
) -> str | None:
    """What follows the handle base in ``handle`` (lower case), or ``None`` without the base.

    The platform's own comparison applies to the base: characters it ignores may stand
    inside it (on Facebook ``randaberg.kommune`` is the same name as ``randabergkommune``).
    A platform that is not one of the six ignores nothing.

    Examples:
        >>> after_base("@Randaberg.Kommune.bassenget", Platform.FACEBOOK)
        '.bassenget'
        >>> after_base("@randaberg.kommune_bassenget", Platform.INSTAGRAM) is None
        True
    """
    text = handle.removeprefix("@").lower()
    ignored = platform.rules.ignored_in_comparison.value if isinstance(platform, Platform) else ()
    position = 0
    for char in policy.organisation.handle_base:
        while position < len(text) and text[position] != char:
            if text[position] not in ignored:
                return None
            position += 1
        if position == len(text):
            return None
        position += 1
    return text[position:]


def abbreviation_in(
    handle: str, platform: Platform | str, *, policy: NamingPolicy = DEFAULT_POLICY
) -> str | None:
    """The unit abbreviation in ``handle``, or ``None`` when it has no such form.

    The abbreviation is the letters and digits after the base and one separator.

    Examples:
        >>> abbreviation_in("@randabergkommune_basseng", Platform.TIKTOK)
        'basseng'
    """
    rest = after_base(handle, platform, policy=policy)
    if rest is None:
        return None
    if rest[:1] in _SEPARATORS:
        rest = rest[1:]
    return rest if rest.isascii() and rest.isalnum() else None
