"""The six platforms and what is known about their username rules.

Each platform has one declarative :class:`PlatformRules` record. Every fact in it carries its
source and a :class:`Confidence`, taken from the project's research notes (``platforms.md``):
``HIGH`` means the platform's own help centre says so, ``MEDIUM`` that several independent,
widely used validators agree, ``LOW`` that the fact is unverified (one third-party source,
contradicting sources, or a precaution). Where sources disagree the record holds the
stricter rule and its note says so. None of the facts was checked against a live sign-up
form.

Examples:
    >>> from randaberg_some import Platform
    >>> rules = Platform.TIKTOK.rules
    >>> rules.max_length.value, rules.max_length.confidence.value
    (24, 'medium')
    >>> Platform.FACEBOOK.rules.same_handle("randabergkommune.kultur", "RandabergKommuneKultur")
    True
    >>> Platform.YOUTUBE.rules.url("randabergkommune_kultur")
    'https://www.youtube.com/@randabergkommune_kultur'
"""

from __future__ import annotations

import enum
import string
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Final, Generic, TypeVar

import attrs

from ._text import shown
from .errors import ConfigurationError, InvalidNameError, UnknownPlatformError
from .messages import Message

__all__ = ["RANDABERG_PRESENCE", "Confidence", "Platform", "PlatformRules", "Presence", "Sourced"]

T_co = TypeVar("T_co", covariant=True)


class Confidence(enum.Enum):
    """How sure a platform fact is (see the module docstring for the scale).

    Examples:
        >>> Confidence("low") is Confidence.LOW
        True
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @classmethod
    def _missing_(cls, value: object) -> Confidence:
        raise ConfigurationError(
            f"unknown confidence {shown(value)}: expected one of 'high', 'medium', 'low'"
        )


class Platform(enum.Enum):
    """A social media platform on which Randaberg kommune has a profile (G1).

    Values are lower-case names, and parsing ignores case and surrounding space:

    Examples:
        >>> Platform("instagram") is Platform(" Instagram ") is Platform.INSTAGRAM
        True
        >>> Platform("myspace")
        Traceback (most recent call last):
        ...
        randaberg_some.errors.UnknownPlatformError: unknown platform 'myspace': expected one of \
    facebook, instagram, linkedin, vimeo, youtube, tiktok
    """

    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    LINKEDIN = "linkedin"
    VIMEO = "vimeo"
    YOUTUBE = "youtube"
    TIKTOK = "tiktok"

    @classmethod
    def _missing_(cls, value: object) -> Platform:
        if isinstance(value, str):
            folded = value.strip().lower()
            for member in cls:
                if member.value == folded:
                    return member
        expected = ", ".join(member.value for member in cls)
        raise UnknownPlatformError(
            f"unknown platform {shown(value)}: expected one of {expected}",
            message=Message(
                nb=f"Ukjent plattform {shown(value)}: velg en av {expected}.",
                nn=f"Ukjend plattform {shown(value)}: vel ei av {expected}.",
                en=f"Unknown platform {shown(value)}: choose one of {expected}.",
            ),
        )

    @property
    def label(self) -> str:
        """The platform's name as people write it, e.g. ``"TikTok"``."""
        return PLATFORM_RULES[self].label

    @property
    def rules(self) -> PlatformRules:
        """The platform's username rules."""
        return PLATFORM_RULES[self]


@attrs.frozen(kw_only=True)
class Sourced(Generic[T_co]):
    """A fact with where it comes from and how sure it is.

    Attributes:
        value: The fact itself.
        source: A short reference to the source (see the naming page for full references).
        confidence: How sure the fact is.
        note: Why the value was chosen where sources disagree or are missing.
    """

    value: T_co
    source: str
    confidence: Confidence
    note: str = ""


_ALNUM: Final = frozenset(string.ascii_letters + string.digits)


def _bare(handle: str) -> str:
    """The handle without a leading ``@``; anything but a ``str`` is an error."""
    if not isinstance(handle, str):
        raise InvalidNameError(f"a handle must be a str (got {shown(handle)})")
    return handle.removeprefix("@")


_LETTERS: Final = frozenset(string.ascii_letters)


@attrs.frozen(kw_only=True)
class PlatformRules:
    """What a platform accepts as a username, how it compares two, and its profile URL.

    Attributes:
        platform: The platform.
        label: Its name as people write it.
        characters: Every character allowed in a username.
        preferred_separator: The separator the library uses between base and unit.
        min_length: The shortest username allowed.
        max_length: The longest username allowed.
        not_first: Characters that may not start a username.
        not_last: Characters that may not end a username.
        not_doubled: Characters of which no two may stand in a row (in any combination).
        needs_letter: Whether a username must contain at least one letter.
        forbidden_parts: Substrings a username may not contain (compared ignoring case).
        case_insensitive: Whether the platform ignores case when comparing usernames.
        ignored_in_comparison: Characters the platform ignores when comparing usernames.
        url_template: The profile URL, with ``{handle}`` for the username.
        shows_at: Whether the platform shows the username with a leading ``@``.
    """

    platform: Platform
    label: str
    characters: Sourced[frozenset[str]]
    preferred_separator: Sourced[str]
    min_length: Sourced[int]
    max_length: Sourced[int]
    not_first: Sourced[frozenset[str]]
    not_last: Sourced[frozenset[str]]
    not_doubled: Sourced[frozenset[str]]
    needs_letter: Sourced[bool]
    forbidden_parts: Sourced[tuple[str, ...]]
    case_insensitive: Sourced[bool]
    ignored_in_comparison: Sourced[frozenset[str]]
    url_template: Sourced[str]
    shows_at: Sourced[bool]

    @property
    def separators(self) -> frozenset[str]:
        """The allowed characters that are not ASCII letters or digits."""
        return self.characters.value - _ALNUM

    def comparison_key(self, handle: str) -> str:
        """Return the form in which the platform compares ``handle`` with others.

        A leading ``@`` is not part of the username.

        Raises:
            InvalidNameError: ``handle`` is not a ``str``.

        Examples:
            >>> Platform.FACEBOOK.rules.comparison_key("@John.Smith55")
            'johnsmith55'
        """
        bare = _bare(handle)
        if self.case_insensitive.value:
            bare = bare.lower()
        for char in self.ignored_in_comparison.value:
            bare = bare.replace(char, "")
        return bare

    def same_handle(self, first: str, second: str) -> bool:
        """Whether the platform treats the two usernames as the same name.

        Raises:
            InvalidNameError: a handle is not a ``str``.
        """
        return self.comparison_key(first) == self.comparison_key(second)

    def url(self, handle: str) -> str:
        """Return the profile URL for ``handle`` (with or without ``@``).

        Raises:
            InvalidNameError: ``handle`` is not a ``str``.
        """
        return self.url_template.value.format(handle=_bare(handle))

    def display(self, handle: str) -> str:
        """Return ``handle`` as the platform shows it: with ``@`` where it uses one.

        Examples:
            >>> Platform.LINKEDIN.rules.display("@randabergkommune-kultur")
            'randabergkommune-kultur'
        """
        bare = _bare(handle)
        return "@" + bare if self.shows_at.value else bare

    def facts(self) -> Iterator[tuple[str, Sourced[object]]]:
        """Yield each fact's field name and the sourced fact, in declaration order."""
        for field in attrs.fields(PlatformRules):
            value = getattr(self, field.name)
            if isinstance(value, Sourced):
                yield field.name, value


# Short references; the naming page lists them in full.
_FB_HELP: Final = "Facebook Help 105399436216001"
_IG_TOOLS: Final = "Ghost, lorey/social-media-profiles-regexs, Regexp::Pattern::Instagram"
_LI_HELP: Final = "LinkedIn Help 87 (member URLs)"
_LI_HELP_87: Final = (
    "LinkedIn Help, answer 87: "
    "https://www.linkedin.com/help/linkedin/answer/87/customize-your-public-profile-url?lang=en"
)
_LI_SLUGS: Final = "Ghost PRs 28893/30490; lorey issue 35"
_VIMEO_TOOLS: Final = "lorey/social-media-profiles-regexs"
_YT_HELP: Final = "YouTube Help 11585688"
_TT_HELP: Final = "TikTok Support, 'Changing your username'"
_TT_TOOLS: Final = "Ghost, user-scanner"
_PRECAUTION: Final = "precaution; no source"
_NONE: frozenset[str] = frozenset()
_H, _M, _L = Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW


def _chars(extra: str) -> frozenset[str]:
    return _ALNUM | frozenset(extra)


_TABLE: Final = (
    PlatformRules(
        platform=Platform.FACEBOOK,
        label="Facebook",
        characters=Sourced(value=_chars("."), source=_FB_HELP, confidence=_H),
        preferred_separator=Sourced(
            value=".",
            source=_FB_HELP,
            confidence=_H,
            note="The underscore of G14 is not allowed; the period is the only separator.",
        ),
        min_length=Sourced(value=5, source=_FB_HELP, confidence=_H),
        max_length=Sourced(
            value=50, source="Ghost; 'username limitations' gist; user-scanner", confidence=_M
        ),
        not_first=Sourced(value=frozenset("."), source="user-scanner", confidence=_L),
        not_last=Sourced(value=frozenset("."), source="user-scanner", confidence=_L),
        not_doubled=Sourced(
            value=frozenset("."),
            source=_PRECAUTION,
            confidence=_L,
            note="No source covers two periods in a row; avoided as the stricter reading.",
        ),
        needs_letter=Sourced(
            value=True, source="older help text quoted by secondary sites", confidence=_L
        ),
        forbidden_parts=Sourced(
            value=(".com", ".net"),
            source=_FB_HELP,
            confidence=_H,
            note="The help page names these two as examples of domain extensions.",
        ),
        case_insensitive=Sourced(value=True, source=_FB_HELP, confidence=_H),
        ignored_in_comparison=Sourced(value=frozenset("."), source=_FB_HELP, confidence=_H),
        url_template=Sourced(
            value="https://www.facebook.com/{handle}", source="Ghost", confidence=_M
        ),
        shows_at=Sourced(value=True, source="secondary copies of the help steps", confidence=_M),
    ),
    PlatformRules(
        platform=Platform.INSTAGRAM,
        label="Instagram",
        characters=Sourced(value=_chars("._"), source=_IG_TOOLS, confidence=_M),
        preferred_separator=Sourced(value="_", source="G14", confidence=_H),
        min_length=Sourced(value=1, source=_IG_TOOLS, confidence=_M),
        max_length=Sourced(value=30, source=_IG_TOOLS, confidence=_M),
        not_first=Sourced(value=frozenset("."), source=_IG_TOOLS, confidence=_M),
        not_last=Sourced(value=frozenset("."), source=_IG_TOOLS, confidence=_M),
        not_doubled=Sourced(value=frozenset("."), source=_IG_TOOLS, confidence=_M),
        needs_letter=Sourced(value=False, source=_IG_TOOLS, confidence=_M),
        forbidden_parts=Sourced(value=(), source=_IG_TOOLS, confidence=_M),
        case_insensitive=Sourced(
            value=True, source="third-party (stored lower-case)", confidence=_M
        ),
        ignored_in_comparison=Sourced(value=_NONE, source=_IG_TOOLS, confidence=_M),
        url_template=Sourced(
            value="https://www.instagram.com/{handle}/",
            source="lorey/social-media-profiles-regexs",
            confidence=_M,
        ),
        shows_at=Sourced(value=True, source=_IG_TOOLS, confidence=_M),
    ),
    PlatformRules(
        platform=Platform.LINKEDIN,
        label="LinkedIn",
        characters=Sourced(
            value=_chars("-"),
            source=_LI_SLUGS,
            confidence=_L,
            note="Page slug rules are undocumented; real slugs also hold '_', '.', accents; "
            "the safe set is enforced.",
        ),
        preferred_separator=Sourced(
            value="-",
            source=_LI_SLUGS,
            confidence=_L,
            note="The underscore is undocumented in slugs; the hyphen is the safe separator.",
        ),
        min_length=Sourced(
            value=3,
            source=_LI_HELP,
            confidence=_L,
            note="Member URL limits (3-100), assumed for Page slugs.",
        ),
        max_length=Sourced(
            value=100,
            source=_LI_HELP,
            confidence=_L,
            note="Member URL limits (3-100), assumed for Page slugs.",
        ),
        not_first=Sourced(value=frozenset("-"), source=_PRECAUTION, confidence=_L),
        not_last=Sourced(value=frozenset("-"), source=_PRECAUTION, confidence=_L),
        not_doubled=Sourced(value=frozenset("-"), source=_PRECAUTION, confidence=_L),
        needs_letter=Sourced(value=False, source=_LI_HELP, confidence=_L),
        forbidden_parts=Sourced(
            value=("linkedin",),
            source=_LI_HELP_87,
            confidence=_L,
            note="A member's public URL may not contain the word 'LinkedIn' (answer 87); "
            "assumed, unverified, for a company page's URL.",
        ),
        case_insensitive=Sourced(
            value=True, source=_LI_HELP, confidence=_M, note="Official for member URLs."
        ),
        ignored_in_comparison=Sourced(value=_NONE, source=_LI_HELP, confidence=_L),
        url_template=Sourced(
            value="https://www.linkedin.com/company/{handle}/",
            source="lorey/social-media-profiles-regexs",
            confidence=_M,
        ),
        shows_at=Sourced(
            value=False, source=_LI_SLUGS, confidence=_M, note="A slug is not a handle."
        ),
    ),
    PlatformRules(
        platform=Platform.VIMEO,
        label="Vimeo",
        characters=Sourced(value=_chars("_"), source=_VIMEO_TOOLS, confidence=_L),
        preferred_separator=Sourced(value="_", source=_VIMEO_TOOLS, confidence=_L),
        min_length=Sourced(value=3, source=_VIMEO_TOOLS, confidence=_L),
        max_length=Sourced(value=32, source=_VIMEO_TOOLS, confidence=_L),
        not_first=Sourced(value=frozenset("_"), source=_PRECAUTION, confidence=_L),
        not_last=Sourced(value=frozenset("_"), source=_PRECAUTION, confidence=_L),
        not_doubled=Sourced(value=frozenset("_"), source=_PRECAUTION, confidence=_L),
        needs_letter=Sourced(
            value=True,
            source=_VIMEO_TOOLS,
            confidence=_L,
            note="Default names are 'user' + digits; a digits-only name would be ambiguous.",
        ),
        forbidden_parts=Sourced(value=(), source=_VIMEO_TOOLS, confidence=_L),
        case_insensitive=Sourced(value=True, source=_PRECAUTION, confidence=_L),
        ignored_in_comparison=Sourced(value=_NONE, source=_PRECAUTION, confidence=_L),
        url_template=Sourced(
            value="https://vimeo.com/{handle}", source=_VIMEO_TOOLS, confidence=_M
        ),
        shows_at=Sourced(
            value=False, source=_VIMEO_TOOLS, confidence=_L, note="No @ convention found."
        ),
    ),
    PlatformRules(
        platform=Platform.YOUTUBE,
        label="YouTube",
        characters=Sourced(
            value=_chars("_-."),
            source=_YT_HELP,
            confidence=_H,
            note="The newer rule also admits letters of 75 languages and the middle dot; the "
            "older ASCII rule is the stricter one and is enforced.",
        ),
        preferred_separator=Sourced(value="_", source="G14", confidence=_H),
        min_length=Sourced(value=3, source=_YT_HELP, confidence=_H),
        max_length=Sourced(value=30, source=_YT_HELP, confidence=_H),
        not_first=Sourced(value=frozenset("_-."), source=_PRECAUTION, confidence=_L),
        not_last=Sourced(value=frozenset("_-."), source=_PRECAUTION, confidence=_L),
        not_doubled=Sourced(value=frozenset("_-."), source=_PRECAUTION, confidence=_L),
        needs_letter=Sourced(
            value=True,
            source=_YT_HELP,
            confidence=_L,
            note="A handle must not look like a phone number; read here as: not digits only.",
        ),
        forbidden_parts=Sourced(value=(), source=_YT_HELP, confidence=_H),
        case_insensitive=Sourced(value=True, source=_YT_HELP, confidence=_H),
        ignored_in_comparison=Sourced(value=_NONE, source=_YT_HELP, confidence=_H),
        url_template=Sourced(
            value="https://www.youtube.com/@{handle}", source=_YT_HELP, confidence=_H
        ),
        shows_at=Sourced(value=True, source=_YT_HELP, confidence=_H),
    ),
    PlatformRules(
        platform=Platform.TIKTOK,
        label="TikTok",
        characters=Sourced(
            value=_chars("_."),
            source=_TT_HELP,
            confidence=_H,
            note="Official text says letters; every validator uses ASCII, which is enforced.",
        ),
        preferred_separator=Sourced(value="_", source="G14", confidence=_H),
        min_length=Sourced(value=2, source=_TT_TOOLS, confidence=_M),
        max_length=Sourced(
            value=24,
            source=_TT_TOOLS,
            confidence=_M,
            note="One low-quality source claims 29-30; the stricter 24 is enforced.",
        ),
        not_first=Sourced(
            value=frozenset("._"),
            source=_TT_TOOLS,
            confidence=_M,
            note="Ghost requires an alphanumeric first and last character.",
        ),
        not_last=Sourced(
            value=frozenset("._"),
            source=_TT_HELP + "; Ghost",
            confidence=_M,
            note="Officially a period may not be last; Ghost also rejects '_' there.",
        ),
        not_doubled=Sourced(value=frozenset("."), source="Ghost", confidence=_M),
        needs_letter=Sourced(value=True, source="user-scanner", confidence=_M),
        forbidden_parts=Sourced(value=(), source=_TT_HELP, confidence=_H),
        case_insensitive=Sourced(value=True, source=_PRECAUTION, confidence=_L),
        ignored_in_comparison=Sourced(value=_NONE, source=_PRECAUTION, confidence=_L),
        url_template=Sourced(
            value="https://www.tiktok.com/@{handle}", source=_TT_TOOLS, confidence=_M
        ),
        shows_at=Sourced(value=True, source=_TT_HELP, confidence=_H),
    ),
)

PLATFORM_RULES: Final[Mapping[Platform, PlatformRules]] = MappingProxyType(
    {rules.platform: rules for rules in _TABLE}
)
"""The rules of every platform, in the order of :class:`Platform`."""


def as_platform(value: Platform | str) -> Platform:
    """Return ``value`` as a :class:`Platform`, parsing a name such as ``"TikTok"``.

    Raises:
        UnknownPlatformError: ``value`` names no platform of the kommune's.
    """
    if isinstance(value, Platform):
        return value
    return Platform(value)


@attrs.frozen(kw_only=True)
class Presence:
    """An organisation's profile on one platform (G1-G3).

    Attributes:
        platform: The platform.
        actively_promoted: Whether the organisation actively promotes the profile (G2).
        administered_for: The unit the profile is run for, when it is not the organisation
            itself (G3: the TikTok account is run for the youth offer «Bassenget»).
        source: The guideline statements that say so.
    """

    platform: Platform
    actively_promoted: bool = False
    administered_for: str | None = None
    source: str = "G1"


RANDABERG_PRESENCE: Final = (
    Presence(platform=Platform.FACEBOOK, actively_promoted=True, source="G1, G2"),
    Presence(platform=Platform.INSTAGRAM),
    Presence(platform=Platform.LINKEDIN),
    Presence(platform=Platform.VIMEO),
    Presence(platform=Platform.YOUTUBE),
    Presence(platform=Platform.TIKTOK, administered_for="Bassenget", source="G1, G3"),
)
"""Randaberg kommune's profiles: six platforms (G1), only Facebook actively promoted (G2),
TikTok run at an external unit for the youth offer «Bassenget» (G3).

Examples:
    >>> [p.platform.label for p in RANDABERG_PRESENCE if p.actively_promoted]
    ['Facebook']
"""
