"""The organisation whose accounts are named: Randaberg kommune, or another kommune.

G12: account names build on the domain (randaberg.kommune.no). The handle base is the domain
without its last label, transliterated and joined: ``randaberg.kommune.no`` gives
``randabergkommune``; ``baerum.kommune.no`` gives ``baerumkommune``.

Examples:
    >>> from randaberg_some import RANDABERG, Organisation
    >>> RANDABERG.handle_base
    'randabergkommune'
    >>> Organisation(name="Bærum kommune", domain="baerum.kommune.no").handle_base
    'baerumkommune'
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import Final

import attrs

from ._text import ascii_words, fold, shown
from .errors import ConfigurationError, RandabergSomeError
from .platforms import RANDABERG_PRESENCE, Platform, Presence, as_platform

__all__ = [
    "NO_CHANNELS",
    "RANDABERG",
    "RANDABERG_CHANNELS",
    "Channels",
    "Organisation",
    "normalise_digest",
]

_HEX: Final = frozenset(string.hexdigits.lower())
# The last word of an organisation's name that only says what kind it is.
_GENERIC: Final = frozenset({"kommune", "herad", "fylkeskommune", "suohkan", "kunta"})


def normalise_digest(hexdigest: str) -> str:
    """Return a SHA-256 hex digest in lower case, without a ``sha256:`` prefix.

    Raises:
        RandabergSomeError: ``hexdigest`` is not 64 hexadecimal digits.

    Examples:
        >>> normalise_digest("sha256:" + "AB" * 32) == "ab" * 32
        True
    """
    if not isinstance(hexdigest, str):
        raise RandabergSomeError(f"a SHA-256 digest must be a str (got {hexdigest!r})")
    digest = hexdigest.strip().lower().removeprefix("sha256:")
    if len(digest) != 64 or not set(digest) <= _HEX:
        raise RandabergSomeError(
            f"a SHA-256 digest must be 64 hexadecimal digits (got {hexdigest!r})"
        )
    return digest


def _to_presence(values: object) -> tuple[Presence, ...]:
    if isinstance(values, Presence):
        values = (values,)
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise ConfigurationError(f"'presence' must be Presence values (got {shown(values)})")
    presence = tuple(values)
    if not all(isinstance(value, Presence) for value in presence):
        raise ConfigurationError(f"'presence' must be Presence values (got {shown(values)})")
    return presence


def _to_digests(values: Iterable[str]) -> frozenset[str]:
    if isinstance(values, str):
        values = (values,)
    if not isinstance(values, Iterable):
        raise ConfigurationError(
            f"'official_image_digests' must be SHA-256 digests (got {shown(values)})"
        )
    try:
        return frozenset(normalise_digest(value) for value in values)
    except RandabergSomeError as error:
        raise ConfigurationError(f"'official_image_digests': {error}") from error


def _check_name(instance: Organisation, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"'name' must be a non-empty organisation name (got {value!r})")


def _check_domain(instance: Organisation, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise ConfigurationError(
            f"'domain' must be a str such as 'randaberg.kommune.no' (got {value!r})"
        )
    labels = value.split(".")
    if len(labels) < 2 or not all(labels) or any(label.strip() != label for label in labels):
        raise ConfigurationError(
            f"'domain' must be a domain name with at least two labels, such as "
            f"'randaberg.kommune.no' (got {value!r})"
        )
    if not _base_from(value):
        raise ConfigurationError(
            f"'domain' must have letters or digits to build a handle base from (got {value!r})"
        )


def _check_email(
    instance: Organisation, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is None:
        return
    local, at, host = value.partition("@") if isinstance(value, str) else ("", "", "")
    if not (local and at and "." in host) or any(char.isspace() for char in value):
        raise ConfigurationError(
            f"'communications_email' must be an e-mail address (got {value!r})"
        )


_CHANNEL_NAMES: Final = ("postmottak", "edialog", "phone")
_PHONE_CHARACTERS: Final = frozenset("0123456789 +")


def _check_postmottak(
    instance: Channels, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is None:
        return
    local, at, host = value.partition("@") if isinstance(value, str) else ("", "", "")
    if not (local and at and "." in host) or any(char.isspace() for char in value):
        raise ConfigurationError(f"'postmottak' must be an e-mail address (got {shown(value)})")


def _check_edialog(
    instance: Channels, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is None:
        return
    if (
        not isinstance(value, str)
        or not value.startswith("https://")
        or len(value) <= len("https://")
        or any(char.isspace() or not char.isprintable() for char in value)
    ):
        raise ConfigurationError(
            f"'edialog' must be an https:// address without spaces (got {shown(value)})"
        )


def _check_phone(
    instance: Channels, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is None:
        return
    if (
        not isinstance(value, str)
        or not set(value) <= _PHONE_CHARACTERS
        or sum(char.isdigit() for char in value) < 3
        or value != value.strip()
    ):
        raise ConfigurationError(
            f"'phone' must be a phone number written with digits, spaces and '+', such as "
            f"'51 41 41 00' (got {shown(value)})"
        )


def _to_unverified(values: object) -> frozenset[str]:
    if isinstance(values, str):
        values = (values,)
    if not isinstance(values, Iterable):
        raise ConfigurationError(
            f"'unverified' must be channel names {_CHANNEL_NAMES} (got {shown(values)})"
        )
    names = frozenset(values)
    if not names <= frozenset(_CHANNEL_NAMES):
        raise ConfigurationError(
            f"'unverified' must be channel names {_CHANNEL_NAMES} (got {shown(values)})"
        )
    return names


def _to_sources(values: object) -> tuple[str, ...]:
    if isinstance(values, str):
        values = (values,)
    if not isinstance(values, Iterable):
        raise ConfigurationError(f"'sources' must be addresses (got {shown(values)})")
    sources = tuple(values)
    if not all(isinstance(source, str) and source for source in sources):
        raise ConfigurationError(f"'sources' must be addresses (got {shown(values)})")
    return sources


@attrs.frozen(kw_only=True)
class Channels:
    """Where residents send case matters: the channels a standard reply points to.

    A moderator's reply points to one of them (see
    :meth:`randaberg_some.screening.Screening.reply`): eDialog when there is one (a secure
    channel with an ID-porten login, straight into the case and archive system), else the
    postmottak e-mail for a question without personal data, else the phone. With no channel
    at all, the reply points to the organisation's postmottak by name, by letter.

    Attributes:
        postmottak: The e-mail address of the post room (fine for questions without
            sensitive details; never for identity numbers), or ``None``.
        edialog: The https address of the eDialog form, or ``None``.
        phone: The phone number of the front desk (servicetorget), as people write it.
        unverified: The names of the channels above (``"postmottak"``, ``"edialog"``,
            ``"phone"``) that have not been checked against the organisation's own pages:
            a rendering or the moderator's checklist shows them; a reply does not.
        sources: Where the verified channels were checked (addresses).

    Raises:
        ConfigurationError: a malformed address, link or number, or an unknown name in
            ``unverified``.

    Examples:
        >>> from randaberg_some.organisation import Channels
        >>> channels = Channels(edialog="https://example.kommune.no/edialog")
        >>> channels.edialog, channels.to_verify
        ('https://example.kommune.no/edialog', ())
        >>> Channels().configured
        False
    """

    postmottak: str | None = attrs.field(default=None, validator=_check_postmottak)
    edialog: str | None = attrs.field(default=None, validator=_check_edialog)
    phone: str | None = attrs.field(default=None, validator=_check_phone)
    unverified: frozenset[str] = attrs.field(default=frozenset(), converter=_to_unverified)
    sources: tuple[str, ...] = attrs.field(default=(), converter=_to_sources)

    @property
    def configured(self) -> bool:
        """Whether any channel is set."""
        return any(getattr(self, name) is not None for name in _CHANNEL_NAMES)

    @property
    def to_verify(self) -> tuple[str, ...]:
        """The set channels that are still to be verified, in the order of the fields."""
        return tuple(
            name
            for name in _CHANNEL_NAMES
            if name in self.unverified and getattr(self, name) is not None
        )


NO_CHANNELS: Final = Channels()
"""No channel known: replies point to the organisation's postmottak by name."""

RANDABERG_CHANNELS: Final = Channels(
    postmottak="postmottak@randaberg.kommune.no",
    phone="51 41 41 00",
    unverified=("postmottak", "phone"),
)
"""Randaberg kommune's channels for residents, **to be verified** with the kommune.

- ``postmottak``: ``postmottak@randaberg.kommune.no`` is the usual pattern of a kommune's
  post room address; it was not found in any stored page of the kommune. To be verified.
- ``phone``: 51 41 41 00 (servicetorget) was seen only on an old page of the kommune
  (gammelweb.randaberg.kommune.no), per the research notes (§3.3). To be verified.
- ``edialog``: none set. Whether Randaberg offers eDialog was not found; replies therefore
  point to the phone for personal matters until a link is configured.

Searched (stored copies of public pages): "Randaberg kommune postmottak", "Randaberg
kommune eDialog", "servicetorget 51 41 41 00"; none confirmed a channel.
``kommunikasjon@randaberg.kommune.no`` (G7) is for staff who create accounts, not for
residents' cases, and is deliberately not used here.
"""


def _check_channels(
    instance: Organisation, attribute: attrs.Attribute[Channels], value: object
) -> None:
    if not isinstance(value, Channels):
        raise ConfigurationError(f"'channels' must be Channels (got {shown(value)})")


def _decode_label(label: str) -> str:
    if label.lower().startswith("xn--"):
        try:
            return label.encode("ascii").decode("idna")
        except UnicodeError:
            return label
    return label


def _base_from(domain: str) -> str:
    labels = [_decode_label(label) for label in domain.strip().split(".")[:-1]]
    return "".join(fold(label) for label in labels)


@attrs.frozen(kw_only=True)
class Organisation:
    """A kommune (or other organisation) that owns social media accounts.

    Attributes:
        name: The name as written, e.g. ``"Randaberg kommune"`` (G13's display name).
        domain: The web domain that names build on (G12), e.g. ``"randaberg.kommune.no"``.
        communications_email: Where the communications department takes written notices
            (G7), or ``None`` when not known.
        presence: The organisation's profiles (G1-G3); empty when not known, and then
            no account is reported for its platform.
        official_image_digests: SHA-256 digests of the official profile image's versions
            (G11: "Randaberg 0513 SOME"). No image ships with the library, so these are
            configuration; empty by default.
        channels: Where residents send case matters (postmottak, eDialog, phone), for the
            moderators' standard replies; none by default (replies then point to the
            organisation's postmottak by name).

    Raises:
        ConfigurationError: a blank name, a domain with fewer than two labels or no letters,
            or a malformed e-mail address, or ``channels`` that are not :class:`Channels`.
    """

    name: str = attrs.field(validator=_check_name)
    domain: str = attrs.field(validator=_check_domain)
    communications_email: str | None = attrs.field(default=None, validator=_check_email)
    presence: tuple[Presence, ...] = attrs.field(default=(), converter=_to_presence)
    official_image_digests: frozenset[str] = attrs.field(default=frozenset(), converter=_to_digests)
    channels: Channels = attrs.field(default=NO_CHANNELS, validator=_check_channels)
    _base: str = attrs.field(init=False, repr=False, eq=False)
    _long_base: str = attrs.field(init=False, repr=False, eq=False)
    _own_names: tuple[tuple[str, ...], ...] = attrs.field(init=False, repr=False, eq=False)
    _own_firsts: frozenset[str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        base = _base_from(self.domain)
        place = fold(_decode_label(self.domain.split(".")[0]))
        labels = tuple(fold(_decode_label(label)) for label in self.domain.split(".")[:-1])
        name_words = tuple(ascii_words(self.name))
        # "Nord-Fron kommune" is also "nord fron" and "nordfron"; "Ål" also "aal" (the
        # domain's spelling); "Kvam herad" also "kvam".
        bare_name = name_words[:-1] if name_words[-1:] and name_words[-1] in _GENERIC else ()
        candidates = {
            name_words,
            labels,
            (place,),
            (base,),
            bare_name,
            ("".join(bare_name),),
            ("".join(name_words),),
            tuple(ascii_words(_decode_label(self.domain.split(".")[0]))),
        }
        own = tuple(sorted((c for c in candidates if c and all(c)), key=lambda c: (-len(c), c)))
        object.__setattr__(self, "_base", base)
        long_base = fold(self.name)
        object.__setattr__(self, "_long_base", long_base if len(long_base) > len(base) else base)
        object.__setattr__(self, "_own_names", own)
        object.__setattr__(self, "_own_firsts", frozenset(names[0] for names in own))

    @property
    def handle_base(self) -> str:
        """The handle base that G12 derives from the domain, e.g. ``"randabergkommune"``."""
        return self._base

    def base_on(self, platform: Platform | str) -> str:
        """The handle base on ``platform``: :attr:`handle_base`, or a longer one if needed.

        A longer base is used where the platform needs more characters than the domain
        gives. A domain such as ``kvam.no`` gives the base ``kvam``, shorter than Facebook's
        shortest username (5); there the base is the organisation's name written as one
        word, ``kvamherad``, and the plan says so in a deviation.

        Examples:
            >>> kvam = Organisation(name="Kvam herad", domain="kvam.no")
            >>> kvam.base_on(Platform.FACEBOOK), kvam.base_on(Platform.INSTAGRAM)
            ('kvamherad', 'kvam')

        Raises:
            UnknownPlatformError: ``platform`` names no platform.
        """
        if len(self._base) < as_platform(platform).rules.min_length.value:
            return self._long_base
        return self._base

    @property
    def short_base_platforms(self) -> tuple[Platform, ...]:
        """The platforms where the domain's base is too short and :meth:`base_on` is longer.

        Examples:
            >>> Organisation(name="Kvam herad", domain="kvam.no").short_base_platforms
            (<Platform.FACEBOOK: 'facebook'>,)
            >>> RANDABERG.short_base_platforms
            ()
        """
        return tuple(platform for platform in Platform if self.base_on(platform) != self._base)

    @property
    def compact_name(self) -> str:
        """The name written as one word, as G14 writes it: ``"Randabergkommune"``.

        Examples:
            >>> RANDABERG.compact_name
            'Randabergkommune'
        """
        first, *rest = self.name.split()
        return first + "".join(word.lower() for word in rest)

    @property
    def own_names(self) -> tuple[tuple[str, ...], ...]:
        """The word sequences that name the organisation itself, longest first.

        A unit name that repeats one of them as words drops it ("Randaberg bibliotek" is
        the unit "bibliotek"): the handle base already says it.

        Examples:
            >>> RANDABERG.own_names
            (('randaberg', 'kommune'), ('randaberg',), ('randabergkommune',))
        """
        return self._own_names

    def presence_on(self, platform: Platform) -> Presence | None:
        """Return the organisation's profile on ``platform``, or ``None``."""
        for presence in self.presence:
            if presence.platform is platform:
                return presence
        return None

    def mentions_own_name(self, words: list[str]) -> bool:
        """Whether any of ``words`` may begin one of :attr:`own_names` (a quick test).

        Anything that is not a collection of words mentions nothing.

        Examples:
            >>> RANDABERG.mentions_own_name(["randaberg", "bibliotek"])
            True
        """
        try:
            return not self._own_firsts.isdisjoint(words)
        except TypeError:  # not a collection of words
            return False


RANDABERG: Final = Organisation(
    name="Randaberg kommune",
    domain="randaberg.kommune.no",
    communications_email="kommunikasjon@randaberg.kommune.no",
    presence=RANDABERG_PRESENCE,
    channels=RANDABERG_CHANNELS,
)
"""Randaberg kommune, as the guideline describes it (G7, G12, G13), with its residents'
channels (:data:`RANDABERG_CHANNELS`, to be verified)."""
