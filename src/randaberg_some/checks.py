"""Check an account against every rule of the guideline that an account can show.

:func:`validate_account` collects every finding as a :class:`~randaberg_some.Violation`; it
never stops at the first and never raises because the data is bad. The rules page lists
every rule with an example.

Examples:
    >>> from randaberg_some import Account, Platform, ProfilePicture, Purpose, validate_account
    >>> main = Account(
    ...     platform=Platform.FACEBOOK,
    ...     name="Randaberg kommune",
    ...     handle="@randabergkommune",
    ...     profile_picture=ProfilePicture.official_logo(),
    ...     purposes=(Purpose.INFORMATION,),
    ...     administrators=("Kari Nordmann",),
    ... )
    >>> validate_account(main)
    ()
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ._abbreviate import is_derived_abbreviation
from ._handles import after_base, separator_on
from ._lifecycle import check_at, lifecycle
from ._text import fold, shown
from .accounts import Account, PictureKind, Purpose
from .errors import RandabergSomeError
from .messages import Message
from .naming import suggest_account_name, suggest_handle, validate_handle
from .platforms import Platform
from .policy import DEFAULT_POLICY, NamingPolicy, Policy, PolicyVersion, policy_version
from .rules import RULES, Violation
from .units import UnitKind

__all__ = ["account_findings", "validate_account"]

_EXEMPT_KINDS = (UnitKind.CULTURAL_INSTITUTION, UnitKind.EVENT)

# Parts of the rules' messages, filled in per language.
_MAIN_ACCOUNT = Message(nb="hovedkontoen", nn="hovudkontoen", en="the main account")
_USE = Message(
    nb=" Bruk {handle} på {platform}.",
    nn=" Bruk {handle} på {platform}.",
    en=" Use {handle} on {platform}.",
)
_THE_NAME = Message(nb="Navnet", nn="Namnet", en="The name")
_THE_HANDLE = Message(nb="Brukernavnet", nn="Brukarnamnet", en="The handle")
_OWN_PROFILE = Message(
    nb=", eller gi enheten egen visuell profil: unntaket gjelder bare kulturinstitusjoner og "
    "arrangementer med egen profil",
    nn=", eller gi eininga ein eigen visuell profil: unntaket gjeld berre kulturinstitusjonar "
    "og arrangement med eigen profil",
    en=", or give the unit its own visual profile: the exemption covers only cultural "
    "institutions and events with their own profile",
)


def validate_account(
    account: Account,
    *,
    policy: Policy | PolicyVersion | NamingPolicy = DEFAULT_POLICY,
    at: date | None = None,
) -> tuple[Violation, ...]:
    """Check an account against the guideline; report every finding.

    The checks, in the order of the findings: the platform is one of the kommune's channels
    (G1, G3); the handle is valid on its platform; the names and the handle follow G12-G14;
    ownership is evident (G8); the profile picture is the logo unless exempt (G10, G11) and
    what only a person can judge about it (G9); the purposes (G4, G5); a named administrator
    (G6.3); and, when ``at`` is given, the account's life over time (``L101`` review due,
    ``L102`` dormant, ``L104`` planned without a readiness assessment, ``L105`` a date after
    ``at``).

    The policy version in force on ``at`` (else the latest) decides: its naming, its
    presence, and its rule configuration: a rule it turns off is not reported, and a rule
    it gives another severity is reported with that severity.

    Args:
        account: The account.
        policy: The policy (a :class:`~randaberg_some.Policy`, one of its versions, or a
            naming policy alone); its organisation also holds the presence (G1-G3) and the
            digests of the official profile image (G11).
        at: The day to judge the account's dates by; ``None`` leaves the lifecycle rules
            out. The library reads no clock: pass ``date.today()`` for today.

    Returns:
        Every violation found; ``()`` when the account follows the guideline.

    Raises:
        RandabergSomeError: ``account`` is not an :class:`Account`.
        ConfigurationError: ``policy`` is not a policy, ``at`` is not a date, or no version
            of the policy was in force on ``at``.

    Examples:
        >>> from randaberg_some import Account, Platform, Unit
        >>> account = Account(platform=Platform.FACEBOOK, name="Randabergkommune Bassenget",
        ...                   handle="@randabergkommune_bassenget", unit=Unit(name="Bassenget"))
        >>> found = validate_account(account)
        >>> [v.code for v in found]
        ['H102', 'N205', 'P402', 'U603', 'A701']
        >>> print(found[1].text("en"))
        The handle '@randabergkommune_bassenget' does not have the form base + '.' + unit
        abbreviation. Use @randabergkommune.bassenget on Facebook.
    """
    if not isinstance(account, Account):
        raise RandabergSomeError(f"'account' must be an Account (got {shown(account)})")
    day = check_at(at)
    return account_findings(account, policy_version(policy, day), day)


def account_findings(
    account: Account, version: PolicyVersion, at: date | None
) -> tuple[Violation, ...]:
    """The findings of :func:`validate_account`, for a version already chosen."""
    policy = version.naming
    found = (
        *_channel(account, policy),
        *_handle(account),
        *_naming(account, policy),
        *_ownership(account, policy),
        *_picture(account, policy),
        *_purposes(account),
        *_administrators(account),
        *(() if at is None else lifecycle(account, version, at)),
    )
    if not version.rules:
        return found
    return tuple(kept for violation in found if (kept := version.adjust(violation)) is not None)


def _label(platform: Platform | str) -> str:
    return platform.label if isinstance(platform, Platform) else platform


def _channel(account: Account, policy: NamingPolicy) -> Iterator[Violation]:
    platform = account.platform
    presence = policy.organisation.presence
    if not isinstance(platform, Platform) or (
        presence and policy.organisation.presence_on(platform) is None
    ):
        yield RULES["C801"].violation(field="platform", platform=_label(platform))
        return
    profile = policy.organisation.presence_on(platform)
    if profile is None or profile.administered_for is None:
        return
    unit = account.unit
    if unit is None or fold(unit.name) != fold(profile.administered_for):
        yield RULES["C802"].violation(
            field="unit", unit=_MAIN_ACCOUNT if unit is None else Message.same(repr(unit.name))
        )


def _handle(account: Account) -> tuple[Violation, ...]:
    if isinstance(account.platform, Platform):
        return validate_handle(account.handle, account.platform)
    return ()


def _suggested_handle(account: Account, policy: NamingPolicy) -> str | None:
    """The handle the guideline suggests for the account, or ``None`` when none can be made."""
    try:
        if isinstance(account.platform, Platform):
            return suggest_handle(account.unit, account.platform, policy=policy)
        return suggest_handle(account.unit, policy=policy)
    except RandabergSomeError:
        return None


def _advice(suggested: str | None, platform: Platform | str) -> Message | str:
    """The sentence that names the fix; empty without a fix."""
    if suggested is None:
        return ""
    return _USE.format(handle=suggested, platform=_label(platform))


def _naming(account: Account, policy: NamingPolicy) -> Iterator[Violation]:
    organisation = policy.organisation
    base = organisation.handle_base
    platform = account.platform
    name = " ".join(account.name.split())
    expected_name = suggest_account_name(account.unit, policy=policy)
    if name != expected_name:
        code = "N202" if account.unit is None else "N204"
        yield RULES[code].violation(
            field="name", fix=expected_name, name=account.name, expected=expected_name
        )

    bare = account.handle.removeprefix("@")
    rest = after_base(account.handle, platform, policy=policy)
    suggested = _suggested_handle(account, policy)
    advice = _advice(suggested, platform)
    if rest is None:
        yield RULES["N201"].violation(
            field="handle",
            fix=suggested,
            handle=account.handle,
            domain=organisation.domain,
            base=base,
            advice=advice,
        )
        return
    if (
        suggested is not None
        and isinstance(platform, Platform)
        and platform.rules.same_handle(bare, suggested)
    ):
        return  # the handle the naming rules give on this platform
    if account.unit is None:
        if rest.strip("".join(_ignored(platform))):
            expected = suggested or "@" + base
            yield RULES["N203"].violation(
                field="handle",
                fix=expected,
                handle=account.handle,
                expected=expected,
                platform=_label(platform),
            )
        return
    separator = (
        separator_on(platform, policy=policy)
        if isinstance(platform, Platform)
        else policy.separator
    )
    found = rest[1:]
    if rest[:1] != separator or not (found.isascii() and found.isalnum()):
        yield RULES["N205"].violation(
            field="handle",
            fix=suggested,
            handle=account.handle,
            separator=separator,
            advice=advice,
        )
        return
    if suggested is not None and not is_derived_abbreviation(found, account.unit, policy=policy):
        yield RULES["N206"].violation(
            field="handle",
            fix=suggested,
            found=found,
            unit=account.unit.name,
            expected=suggested,
            platform=_label(platform),
        )


def _ignored(platform: Platform | str) -> frozenset[str]:
    """The characters the platform ignores when it compares usernames."""
    if isinstance(platform, Platform):
        return platform.rules.ignored_in_comparison.value
    return frozenset()


def _ownership(account: Account, policy: NamingPolicy) -> Iterator[Violation]:
    organisation = policy.organisation
    base = organisation.handle_base
    owner = fold(organisation.name)
    folded = fold(account.name)
    if owner not in folded and base not in folded:
        yield RULES["O301"].violation(
            field="name",
            what=_THE_NAME,
            value=account.name,
            organisation=organisation.name,
        )
    handle = account.handle.lower()
    for char in _ignored(account.platform):
        handle = handle.replace(char, "")
    if base not in handle:
        yield RULES["O301"].violation(
            field="handle",
            what=_THE_HANDLE,
            value=account.handle,
            organisation=organisation.name,
        )


def _picture(account: Account, policy: NamingPolicy) -> Iterator[Violation]:
    unit = account.unit
    exempt = unit is not None and unit.kind in _EXEMPT_KINDS and unit.own_visual_profile
    picture = account.profile_picture
    if picture is None:
        if not exempt:
            yield RULES["P402"].violation(field="profile_picture")
        return
    if picture.kind is PictureKind.OFFICIAL_LOGO:
        return
    digests = policy.organisation.official_image_digests
    if picture.kind is PictureKind.IMAGE and picture.sha256 in digests:
        return
    if not exempt:
        if picture.kind is PictureKind.IMAGE and not digests:
            yield RULES["P403"].violation(
                field="profile_picture", organisation=policy.organisation.name
            )
        else:
            reason: Message | str = ""
            if unit is not None and unit.kind in _EXEMPT_KINDS:
                reason = _OWN_PROFILE
            yield RULES["P401"].violation(
                field="profile_picture", fix="official_logo", reason=reason
            )
    yield RULES["V501"].violation(field="profile_picture")


def _purposes(account: Account) -> Iterator[Violation]:
    if not account.purposes:
        yield RULES["U603"].violation(field="purposes")
    for purpose in account.purposes:
        if purpose is Purpose.CASE_PROCESSING:
            yield RULES["U601"].violation(field="purposes")
        elif not isinstance(purpose, Purpose):
            yield RULES["U602"].violation(field="purposes", purpose=purpose)


def _administrators(account: Account) -> Iterator[Violation]:
    if not account.named_administrators:
        yield RULES["A701"].violation(field="administrators")
