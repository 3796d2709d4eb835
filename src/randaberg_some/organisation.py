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

__all__ = ["RANDABERG", "Organisation", "normalise_digest"]

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

    Raises:
        ConfigurationError: a blank name, a domain with fewer than two labels or no letters,
            or a malformed e-mail address.
    """

    name: str = attrs.field(validator=_check_name)
    domain: str = attrs.field(validator=_check_domain)
    communications_email: str | None = attrs.field(default=None, validator=_check_email)
    presence: tuple[Presence, ...] = attrs.field(default=(), converter=_to_presence)
    official_image_digests: frozenset[str] = attrs.field(default=frozenset(), converter=_to_digests)
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
)
"""Randaberg kommune, as the guideline describes it (G7, G12, G13)."""
