"""The organisation whose accounts are named: Randaberg kommune, or another kommune.

G12: account names build on the domain (randaberg.kommune.no). The handle base is the domain
without its last label, transliterated and joined: ``randaberg.kommune.no`` gives
``randabergkommune``; ``baerum.kommune.no`` gives ``baerumkommune``.

>>> from randaberg_some import RANDABERG, Organisation
>>> RANDABERG.handle_base
'randabergkommune'
>>> Organisation(name="Bærum kommune", domain="baerum.kommune.no").handle_base
'baerumkommune'
"""

from __future__ import annotations

from typing import Final

import attrs

from ._text import ascii_words, fold
from .errors import ConfigurationError

__all__ = ["RANDABERG", "Organisation"]


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
            f"'domain' has no letters or digits to build a handle base from (got {value!r})"
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

    Raises:
        ConfigurationError: a blank name, a domain with fewer than two labels or no letters,
            or a malformed e-mail address.
    """

    name: str = attrs.field(validator=_check_name)
    domain: str = attrs.field(validator=_check_domain)
    communications_email: str | None = attrs.field(default=None, validator=_check_email)
    _base: str = attrs.field(init=False, repr=False, eq=False)
    _own_names: tuple[tuple[str, ...], ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        base = _base_from(self.domain)
        place = fold(_decode_label(self.domain.split(".")[0]))
        labels = tuple(fold(_decode_label(label)) for label in self.domain.split(".")[:-1])
        candidates = {tuple(ascii_words(self.name)), labels, (place,), (base,)}
        own = tuple(sorted((c for c in candidates if c and all(c)), key=lambda c: (-len(c), c)))
        object.__setattr__(self, "_base", base)
        object.__setattr__(self, "_own_names", own)

    @property
    def handle_base(self) -> str:
        """The handle base that G12 derives from the domain, e.g. ``"randabergkommune"``."""
        return self._base

    @property
    def compact_name(self) -> str:
        """The name written as one word, as G14 writes it: ``"Randabergkommune"``.

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

        >>> RANDABERG.own_names
        (('randaberg', 'kommune'), ('randaberg',), ('randabergkommune',))
        """
        return self._own_names


RANDABERG: Final = Organisation(
    name="Randaberg kommune",
    domain="randaberg.kommune.no",
    communications_email="kommunikasjon@randaberg.kommune.no",
)
"""Randaberg kommune, as the guideline describes it (G7, G12, G13)."""
