"""Handles on a platform: building the closest valid one, checking one, reading one back.

Private to the naming functions, the account checks and the inventory audit, so that they
share one reading of a handle's base, separator and abbreviation.
"""

from __future__ import annotations

import itertools
import string

from ._text import shown
from .errors import ConfigurationError, InvalidNameError
from .messages import Message
from .platforms import Confidence, Platform, PlatformRules, Sourced
from .policy import SEPARATORS, NamingPolicy
from .rules import RULES, Severity, Violation

__all__ = [
    "abbreviation_in",
    "after_base",
    "budget",
    "handle_violations",
    "handle_with",
    "platform_handle",
    "separator",
    "separator_on",
]


def budget(rules: PlatformRules, policy: NamingPolicy) -> int:
    """How many characters the platform leaves for the unit abbreviation.

    Raises:
        ConfigurationError: the handle base leaves no room at all.
    """
    base = policy.organisation.base_on(rules.platform)
    room = rules.max_length.value - len(base) - 1
    if room < 1:
        raise ConfigurationError(
            f"the handle base {base!r} leaves no room for a unit on {rules.label}, which "
            f"allows {rules.max_length.value} characters",
            message=Message(
                nb=f"Grunnlaget {base!r} gir ikke plass til en enhet på {rules.label}.",
                nn=f"Grunnlaget {base!r} gir ikkje plass til ei eining på {rules.label}.",
                en=f"The base {base!r} leaves no room for a unit on {rules.label}.",
            ),
        )
    return room


def separator(rules: PlatformRules, policy: NamingPolicy) -> str:
    """The separator between base and unit on the platform: the policy's, where allowed."""
    if policy.separator in rules.separators:
        return policy.separator
    return rules.preferred_separator.value


def separator_on(platform: Platform, policy: NamingPolicy) -> str:
    """The separator between base and unit that the naming rules use on ``platform``."""
    return separator(platform.rules, policy)


def platform_handle(abbreviation: str | None, rules: PlatformRules, policy: NamingPolicy) -> str:
    """The handle on the platform for the abbreviation (``None``: the main account).

    Raises:
        InvalidNameError: no valid handle can be built (only an unusual base gets here).
    """
    base = policy.organisation.base_on(rules.platform)
    bare = base
    if abbreviation is not None:
        bare = base + separator(rules, policy) + abbreviation
        if handle_violations(bare, rules):
            # The separator can make a forbidden part (Facebook: "randabergkommune.com");
            # then base and unit are written together.
            bare = base + abbreviation
    problems = handle_violations(bare, rules)
    if problems and abbreviation is not None:
        # A unit named after a forbidden word ("LinkedIn" on LinkedIn): the word is written
        # by its first two letters ("li"), as people abbreviate it.
        spelt = abbreviation
        for part in rules.forbidden_parts.value:
            if part.isalnum():
                spelt = spelt.replace(part, part[:2])
        if spelt != abbreviation:
            return platform_handle(spelt, rules, policy)
    if problems:
        raise InvalidNameError(
            f"no valid {rules.label} handle can be built for {shown(abbreviation)}: "
            f"{problems[0].message.en}",
            message=problems[0].message,
        )
    return rules.display(bare)


def handle_with(abbreviation: str, platform: Platform, policy: NamingPolicy) -> str:
    """The handle on ``platform`` with exactly this unit abbreviation, unshortened.

    Raises:
        InvalidNameError: no valid handle on the platform has it (too long, say).
    """
    return platform_handle(abbreviation, platform.rules, policy)


def _repaired(bare: str, rules: PlatformRules) -> str | None:
    preferred = rules.preferred_separator.value
    repaired = "".join(
        preferred if char in SEPARATORS and char not in rules.separators else char
        for char in bare.lower()
    )
    if repaired == bare or handle_violations(repaired, rules):
        return None
    return rules.display(repaired)


def handle_violations(bare: str, rules: PlatformRules) -> tuple[Violation, ...]:
    """Every way ``bare`` (a handle without ``@``) breaks the platform's rules."""
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


def after_base(handle: str, platform: Platform | str, policy: NamingPolicy) -> str | None:
    """What follows the handle base in ``handle`` (lower case), or ``None`` without the base.

    The platform's own comparison applies to the base: characters it ignores may stand
    inside it (on Facebook ``randaberg.kommune`` is the same name as ``randabergkommune``).
    A platform that is not one of the six ignores nothing.

    Examples:
        >>> from randaberg_some.policy import DEFAULT_POLICY as policy
        >>> after_base("@Randaberg.Kommune.bassenget", Platform.FACEBOOK, policy)
        '.bassenget'
        >>> after_base("@randaberg.kommune_bassenget", Platform.INSTAGRAM, policy) is None
        True
    """
    text = handle.removeprefix("@").lower()
    organisation = policy.organisation
    if isinstance(platform, Platform):
        ignored = platform.rules.ignored_in_comparison.value
        base = organisation.base_on(platform)
    else:
        ignored, base = frozenset(), organisation.handle_base
    position = 0
    for char in base:
        while position < len(text) and text[position] != char:
            if text[position] not in ignored:
                return None
            position += 1
        if position == len(text):
            return None
        position += 1
    return text[position:]


def abbreviation_in(handle: str, platform: Platform | str, policy: NamingPolicy) -> str | None:
    """The unit abbreviation in ``handle``, or ``None`` when it has no such form.

    The abbreviation is the letters and digits after the base and one separator.

    Examples:
        >>> from randaberg_some.policy import DEFAULT_POLICY as policy
        >>> abbreviation_in("@randabergkommune_basseng", Platform.TIKTOK, policy)
        'basseng'
    """
    rest = after_base(handle, platform, policy)
    if rest is None:
        return None
    if rest[:1] in SEPARATORS:
        rest = rest[1:]
    return rest if rest.isascii() and rest.isalnum() else None
