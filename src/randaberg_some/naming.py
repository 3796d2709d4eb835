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
from collections.abc import Iterable

import attrs

from ._abbreviate import MAX_UNIT_NAME as MAX_UNIT_NAME
from ._abbreviate import Candidate, first_fit, shorten, unit_name, unit_words
from ._handles import budget, handle_violations, platform_handle, separator
from ._notebook import Shown
from ._text import shown
from .errors import ConfigurationError, RandabergSomeError
from .messages import Lang, Message
from .platforms import Platform, PlatformRules, as_platform
from .policy import DEFAULT_POLICY as DEFAULT_POLICY
from .policy import NamingPolicy as NamingPolicy
from .policy import Policy, PolicyVersion, check_policy
from .rules import Violation
from .units import Unit

__all__ = [
    "MAX_UNIT_NAME",
    "Deviation",
    "DeviationKind",
    "HandlePlan",
    "PlannedHandle",
    "plan_handles",
    "suggest_abbreviation",
    "suggest_account_name",
    "suggest_handle",
    "validate_handle",
]


class DeviationKind(enum.Enum):
    """How a platform's handle differs from the canonical form.

    Examples:
        >>> DeviationKind("no_at") is DeviationKind.NO_AT
        True
    """

    SEPARATOR = "separator"
    SHORTENED = "shortened"
    NO_AT = "no_at"
    BASE = "base"

    @classmethod
    def _missing_(cls, value: object) -> DeviationKind:
        raise RandabergSomeError(
            f"unknown deviation kind {shown(value)}: expected one of "
            + ", ".join(repr(member.value) for member in cls)
        )


@attrs.frozen(kw_only=True)
class Deviation:
    """Why a platform's handle is not the canonical one.

    Attributes:
        kind: How it differs.
        message: Why, in bokmål, nynorsk and English.
    """

    kind: DeviationKind
    message: Message

    def text(self, lang: Lang = "nb") -> str:
        """The reason in ``lang`` (``"nb"``, ``"nn"`` or ``"en"``).

        Raises:
            UnknownLanguageError: ``lang`` is not one of the three.

        Examples:
            >>> plan = plan_handles("Bassenget", ["linkedin"])
            >>> plan.handles[0].deviations[-1].text("nn")
            "LinkedIn viser ikkje brukarnamn med '@'."
        """
        return self.message.text(lang)


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


@attrs.frozen(kw_only=True, repr=False)
class HandlePlan(Shown):
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


def suggest_abbreviation(
    unit: Unit | str,
    *,
    max_length: int | None = None,
    policy: NamingPolicy | PolicyVersion | Policy = DEFAULT_POLICY,
) -> str:
    """Suggest the unit abbreviation of G14 (enhetsforkortelse), shortened to ``max_length``.

    An explicit :attr:`Unit.abbreviation` wins. Otherwise the name is folded to lower-case
    ASCII words (æ → ae, ø → o, å → a, other scripts transliterated), the organisation's own
    name is dropped where the unit name repeats it as a word, and the words are joined.
    With ``max_length``, the abbreviation engine takes the first of its readable forms that
    fits (the naming page lists them): the definite ending dropped, compound words shortened
    at their joints, established abbreviations such as ``ppt``, initials; a word is cut at an
    arbitrary letter only when nothing else fits.

    Args:
        unit: A unit name or a :class:`Unit`.
        max_length: The most characters the abbreviation may have; ``None`` for no limit.
        policy: The naming policy.

    Returns:
        ASCII lower-case letters and digits.

    Raises:
        InvalidNameError: the name is blank, is not text, is longer than
            :data:`MAX_UNIT_NAME` characters, or has no letters or digits.
        ConfigurationError: ``policy`` is not a :class:`NamingPolicy`, or ``max_length`` is
            not a positive whole number.

    Examples:
        >>> suggest_abbreviation("Bassenget", max_length=7)
        'basseng'
        >>> suggest_abbreviation("Pedagogisk-psykologisk tjeneste", max_length=7)
        'ppt'
        >>> suggest_abbreviation("Randaberg ungdomsskole", max_length=7)
        'uskole'
        >>> suggest_abbreviation("Randaberg bibliotek")
        'bibliotek'
        >>> suggest_abbreviation("NAV Randaberg")
        'nav'
        >>> suggest_abbreviation("Randaberghallen")
        'randaberghallen'
        >>> suggest_abbreviation("Kultur- og fritidsetaten")
        'kulturogfritidsetaten'
    """
    policy = check_policy(policy)
    words = unit_words(unit, policy)
    if max_length is None:
        return "".join(words)
    if isinstance(max_length, bool) or not isinstance(max_length, int) or max_length < 1:
        raise ConfigurationError(
            f"'max_length' must be a positive whole number or None (got {shown(max_length)})"
        )
    return shorten(words, max_length, policy)


def suggest_handle(
    unit: Unit | str | None,
    platform: Platform | str | None = None,
    *,
    policy: NamingPolicy | PolicyVersion | Policy = DEFAULT_POLICY,
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
        InvalidNameError: the name is blank, is not text, is longer than
            :data:`MAX_UNIT_NAME` characters, or has no letters or digits.
        UnknownPlatformError: ``platform`` names no platform.
        ConfigurationError: ``policy`` is not a :class:`NamingPolicy`.

    Examples:
        >>> suggest_handle("Bassenget", platform="linkedin")
        'randabergkommune-bassenget'
        >>> suggest_handle("Kulturskolen på Randaberg", platform="tiktok")
        '@randabergkommune_kskole'
        >>> suggest_handle(None, platform="linkedin")  # the main account (G13)
        'randabergkommune'
    """
    policy = check_policy(policy)
    if unit is None:
        if platform is None:
            return "@" + policy.organisation.handle_base
        return platform_handle(None, as_platform(platform).rules, policy)
    words = unit_words(unit, policy)
    if platform is None:
        return "@" + policy.organisation.handle_base + policy.separator + "".join(words)
    rules = as_platform(platform).rules
    abbreviation = shorten(words, budget(rules, policy), policy)
    return platform_handle(abbreviation, rules, policy)


def suggest_account_name(
    unit: Unit | str | None = None,
    *,
    policy: NamingPolicy | PolicyVersion | Policy = DEFAULT_POLICY,
) -> str:
    """Suggest an account's display name: the main account's (G13) or a unit's (G14).

    Args:
        unit: ``None`` for the main account; otherwise a unit name or a :class:`Unit`.
        policy: The naming policy (its templates).

    Returns:
        The display name, with the unit name as written and its spaces tidied.

    Raises:
        InvalidNameError: the unit name is blank or is not text.
        ConfigurationError: ``policy`` is not a :class:`NamingPolicy`.

    Examples:
        >>> suggest_account_name()
        'Randaberg kommune'
        >>> suggest_account_name("  Randaberg   folkebibliotek ")
        'Randabergkommune Randaberg folkebibliotek'
    """
    policy = check_policy(policy)
    organisation = policy.organisation
    fields = {
        "organisation": organisation.name,
        "organisation_compact": organisation.compact_name,
    }
    if unit is None:
        return policy.main_account_name_template.format(**fields)
    name = " ".join(unit_name(unit).split())
    return policy.unit_account_name_template.format(unit=name, **fields)


def plan_handles(
    unit: Unit | str,
    platforms: Iterable[Platform | str] = tuple(Platform),
    *,
    policy: NamingPolicy | PolicyVersion | Policy = DEFAULT_POLICY,
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
        InvalidNameError: the name is blank, is not text, is longer than
            :data:`MAX_UNIT_NAME` characters, or has no letters or digits.
        UnknownPlatformError: a platform is not a platform, or ``platforms`` is not a
            collection of platforms.
        ConfigurationError: ``policy`` is not a :class:`NamingPolicy`.

    Examples:
        >>> plan = plan_handles("Bassenget", ["instagram", "facebook", "tiktok"])
        >>> [planned.handle for planned in plan.handles]
        ['@randabergkommune_basseng', '@randabergkommune.basseng', '@randabergkommune_basseng']
        >>> print(plan.for_platform("facebook").deviations[0].text("en"))
        Facebook does not allow '_'; '.' separates the base and the unit instead.
    """
    policy = check_policy(policy)
    if isinstance(platforms, (str, Platform)) or not isinstance(platforms, Iterable):
        platforms = (as_platform(platforms),)
    chosen: list[Platform] = []
    for platform in platforms:
        parsed = as_platform(platform)
        if parsed not in chosen:
            chosen.append(parsed)
    words = unit_words(unit, policy)
    full = "".join(words)
    canonical = "@" + policy.organisation.handle_base + policy.separator + full
    if not chosen:
        return HandlePlan(unit=unit_name(unit), canonical=canonical, abbreviation=full, handles=())
    budgets = {platform: budget(platform.rules, policy) for platform in chosen}
    tightest = min(chosen, key=lambda platform: budgets[platform])
    chosen_candidate = first_fit(words, budgets[tightest], policy)
    abbreviation = chosen_candidate.text
    handles = tuple(
        _planned(platform.rules, chosen_candidate, full, tightest.rules, policy)
        for platform in chosen
    )
    return HandlePlan(
        unit=unit_name(unit), canonical=canonical, abbreviation=abbreviation, handles=handles
    )


_QUOTED = 40
_WRITTEN_TOGETHER = Message(
    nb="Grunnlaget og enheten skrives sammen: med et skilletegn bryter brukernavnet reglene "
    "til {platform}.",
    nn="Grunnlaget og eininga blir skrivne saman: med eit skiljeteikn bryt brukarnamnet "
    "reglane til {platform}.",
    en="The base and the unit are written together: with a separator the handle breaks "
    "{platform}'s rules.",
)
_OTHER_SEPARATOR = Message(
    nb="{platform} tillater ikke {wanted!r}; {used!r} skiller grunnlaget og enheten i stedet.",
    nn="{platform} godtek ikkje {wanted!r}; {used!r} skil grunnlaget og eininga i staden.",
    en="{platform} does not allow {wanted!r}; {used!r} separates the base and the unit instead.",
)
_AT_MOST = Message(
    nb="{platform} tillater høyst {limit} tegn",
    nn="{platform} godtek høgst {limit} teikn",
    en="{platform} allows at most {limit} characters",
)
_AT_MOST_ACROSS = Message(
    nb="{platform} tillater høyst {limit} tegn, og enheten skal ha samme forkortelse på alle "
    "kontoer (G12)",
    nn="{platform} godtek høgst {limit} teikn, og eininga skal ha same forkorting på alle "
    "kontoane sine (G12)",
    en="{platform} allows at most {limit} characters, and the unit keeps one abbreviation "
    "across its accounts (G12)",
)
_SHORTENED = Message(
    nb="Forkortelsen {full!r} er kortet ned til {abbreviation!r}: {reason}.",
    nn="Forkortinga {full!r} er korta ned til {abbreviation!r}: {reason}.",
    en="The abbreviation {full!r} is shortened to {abbreviation!r}: {reason}.",
)
_CUT = Message(
    nb="{reason}; ingen lesbar forkortelse passer, så et ord er kuttet midt i",
    nn="{reason}; inga lesbar forkorting passar, så eit ord er kutta midt i",
    en="{reason}; no readable abbreviation fits, so a word is cut in the middle",
)
_LONGER_BASE = Message(
    nb="Grunnlaget fra domenet, {short!r}, er kortere enn de {limit} tegnene {platform} krever; "
    "der brukes {base!r}, navnet til organisasjonen skrevet i ett ord.",
    nn="Grunnlaget frå domenet, {short!r}, er kortare enn dei {limit} teikna {platform} krev; "
    "der blir {base!r} brukt, namnet til organisasjonen skrive i eitt ord.",
    en="The domain's base {short!r} is shorter than the {limit} characters {platform} needs; "
    "there {base!r}, the organisation's name written as one word, is used.",
)
_NO_AT = Message(
    nb="{platform} viser ikke brukernavn med '@'.",
    nn="{platform} viser ikkje brukarnamn med '@'.",
    en="{platform} does not show usernames with '@'.",
)


def _planned(
    rules: PlatformRules,
    candidate: Candidate,
    full: str,
    tightest: PlatformRules,
    policy: NamingPolicy,
) -> PlannedHandle:
    abbreviation = candidate.text
    handle = platform_handle(abbreviation, rules, policy)
    deviations: list[Deviation] = []
    used = separator(rules, policy)
    organisation = policy.organisation
    base = organisation.base_on(rules.platform)
    if base != organisation.handle_base:
        deviations.append(
            Deviation(
                kind=DeviationKind.BASE,
                message=_LONGER_BASE.format(
                    platform=rules.label,
                    short=organisation.handle_base,
                    limit=rules.min_length.value,
                    base=base,
                ),
            )
        )
    if not handle.removeprefix("@").startswith(base + used):
        deviations.append(
            Deviation(
                kind=DeviationKind.SEPARATOR,
                message=_WRITTEN_TOGETHER.format(platform=rules.label),
            )
        )
    elif used != policy.separator:
        deviations.append(
            Deviation(
                kind=DeviationKind.SEPARATOR,
                message=_OTHER_SEPARATOR.format(
                    platform=rules.label, wanted=policy.separator, used=used
                ),
            )
        )
    if abbreviation != full:
        reason = (_AT_MOST if tightest is rules else _AT_MOST_ACROSS).format(
            platform=tightest.label, limit=tightest.max_length.value
        )
        if candidate.cut:
            reason = _CUT.format(reason=reason)
        # A long name is quoted by its first few dozen characters only.
        quoted = full if len(full) <= _QUOTED else full[: _QUOTED - 1] + "…"
        deviations.append(
            Deviation(
                kind=DeviationKind.SHORTENED,
                message=_SHORTENED.format(full=quoted, abbreviation=abbreviation, reason=reason),
            )
        )
    if not rules.shows_at.value:
        deviations.append(
            Deviation(kind=DeviationKind.NO_AT, message=_NO_AT.format(platform=rules.label))
        )
    return PlannedHandle(
        platform=rules.platform, handle=handle, url=rules.url(handle), deviations=tuple(deviations)
    )


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
        raise RandabergSomeError(f"'handle' must be a str (got {shown(handle)})")
    rules = as_platform(platform).rules
    return handle_violations(handle.removeprefix("@"), rules)
