"""Accounts and their parts: profile picture, purposes, administrators, status over time.

An :class:`Account` describes one social media account as a script or an inventory knows it.
It accepts any text in its text fields and any platform name, so that
:func:`~randaberg_some.validate_account` can report what is wrong instead of the constructor
refusing it; only values of the wrong type are errors.

Examples:
    >>> from randaberg_some import Account, Platform, ProfilePicture, Purpose, Unit, UnitKind
    >>> account = Account(
    ...     platform=Platform.INSTAGRAM,
    ...     name="Randabergkommune Bassenget",
    ...     handle="@randabergkommune_bassenget",
    ...     unit=Unit(name="Bassenget", kind=UnitKind.SERVICE),
    ...     profile_picture=ProfilePicture.official_logo(),
    ...     purposes=(Purpose.INFORMATION,),
    ...     administrators=("Kari Nordmann",),
    ... )
    >>> account.is_main_account
    False
    >>> Account(platform="Snapchat", name="x", handle="x").platform
    'snapchat'
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable, Iterable
from datetime import date
from typing import Final

import attrs

from ._dates import as_day, parse_date
from ._text import shown
from .errors import RandabergSomeError
from .messages import Lang, Message
from .organisation import normalise_digest
from .platforms import Platform
from .units import Unit

__all__ = ["Account", "AccountStatus", "PictureKind", "ProfilePicture", "Purpose", "in_use"]


class Purpose(enum.Enum):
    """What an account is used for.

    G5 names information, branding ("profilering") and recruitment. Case processing
    ("saksbehandling") is here only so that it can be reported: G4 forbids it. Parsing
    accepts the bokmål and nynorsk words and ignores case; anything else raises
    :class:`~randaberg_some.RandabergSomeError`.

    Examples:
        >>> Purpose("Profilering") is Purpose.BRANDING
        True
    """

    INFORMATION = "information"
    BRANDING = "branding"
    RECRUITMENT = "recruitment"
    CASE_PROCESSING = "case_processing"

    @classmethod
    def _missing_(cls, value: object) -> Purpose:
        if isinstance(value, str):
            folded = value.strip().lower().replace(" ", "_").replace("-", "_")
            for member in cls:
                label = _PURPOSE_LABELS[member]
                if folded in (member.value, label.nb, label.nn):
                    return member
        expected = ", ".join(f"{m.value} ({_PURPOSE_LABELS[m].nb})" for m in cls)
        raise RandabergSomeError(f"unknown purpose {shown(value)}: expected one of {expected}")

    def label(self, lang: Lang = "nb") -> str:
        """The word for the purpose in ``lang``, e.g. ``"profilering"``.

        Raises:
            UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.

        Examples:
            >>> Purpose.CASE_PROCESSING.label("nn"), Purpose.BRANDING.label("en")
            ('sakshandsaming', 'branding')
        """
        return _PURPOSE_LABELS[self].text(lang)


_PURPOSE_LABELS: Final = {
    Purpose.INFORMATION: Message(nb="informasjon", nn="informasjon", en="information"),
    Purpose.BRANDING: Message(nb="profilering", nn="profilering", en="branding"),
    Purpose.RECRUITMENT: Message(nb="rekruttering", nn="rekruttering", en="recruitment"),
    Purpose.CASE_PROCESSING: Message(
        nb="saksbehandling", nn="sakshandsaming", en="case processing"
    ),
}


class AccountStatus(enum.Enum):
    """Where an account is in its life: planned, active, dormant or retired.

    Parsing accepts the English values and the bokmål and nynorsk words (``planlagt`` /
    ``planlagd``, ``aktiv``, ``hvilende`` / ``kvilande``, ``avviklet`` / ``avvikla``) and
    ignores case; anything else raises :class:`~randaberg_some.RandabergSomeError`.

    Examples:
        >>> AccountStatus("Hvilende") is AccountStatus.DORMANT
        True
        >>> AccountStatus.RETIRED.label("nn")
        'avvikla'
    """

    PLANNED = "planned"
    """Not yet created: the unit is assessing it (G6)."""
    ACTIVE = "active"
    """Running: it posts and is moderated."""
    DORMANT = "dormant"
    """Kept, but not posting: it still exists on the platform."""
    RETIRED = "retired"
    """Closed or handed over: no longer one of the kommune's accounts."""

    @classmethod
    def _missing_(cls, value: object) -> AccountStatus:
        if isinstance(value, str):
            folded = value.strip().lower()
            for member in cls:
                if folded in _STATUS_WORDS[member]:
                    return member
        expected = ", ".join(f"{m.value} ({_STATUS_LABELS[m].nb})" for m in cls)
        raise RandabergSomeError(f"unknown status {shown(value)}: expected one of {expected}")

    def label(self, lang: Lang = "nb") -> str:
        """The word for the status in ``lang``, e.g. ``"hvilende"``.

        Raises:
            UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
        """
        return _STATUS_LABELS[self].text(lang)


_STATUS_LABELS: Final = {
    AccountStatus.PLANNED: Message(nb="planlagt", nn="planlagd", en="planned"),
    AccountStatus.ACTIVE: Message(nb="aktiv", nn="aktiv", en="active"),
    AccountStatus.DORMANT: Message(nb="hvilende", nn="kvilande", en="dormant"),
    AccountStatus.RETIRED: Message(nb="avviklet", nn="avvikla", en="retired"),
}
_STATUS_WORDS: Final = {
    member: frozenset({member.value, label.nb, label.nn, label.en})
    for member, label in _STATUS_LABELS.items()
}
_IN_USE: Final = (AccountStatus.ACTIVE, AccountStatus.DORMANT, None)


def in_use(status: AccountStatus | None) -> bool:
    """Whether an account of ``status`` is one of the organisation's accounts now.

    Active and dormant accounts are, and so is an account with no status (an inventory
    without a status column lists the accounts in use); planned and retired ones are not.

    Examples:
        >>> in_use(AccountStatus.DORMANT), in_use(None), in_use(AccountStatus.RETIRED)
        (True, True, False)
    """
    return status in _IN_USE


class PictureKind(enum.Enum):
    """How a profile picture is known.

    Examples:
        >>> PictureKind("image") is PictureKind.IMAGE
        True
    """

    OFFICIAL_LOGO = "official_logo"
    """The caller states that it is the official logo (G10, G11)."""
    IMAGE = "image"
    """An image known by its SHA-256 digest, checked against the registered digests."""
    OTHER = "other"
    """Another picture, perhaps with a description."""

    @classmethod
    def _missing_(cls, value: object) -> PictureKind:
        raise RandabergSomeError(
            f"unknown picture kind {shown(value)}: expected one of "
            + ", ".join(repr(member.value) for member in cls)
        )

    def label(self, lang: Lang = "nb") -> str:
        """The kind of picture in words, in ``lang``.

        Raises:
            UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.

        Examples:
            >>> PictureKind.OFFICIAL_LOGO.label("nn")
            'den offisielle logoen'
        """
        return _PICTURE_LABELS[self].text(lang)


_PICTURE_LABELS: Final = {
    PictureKind.OFFICIAL_LOGO: Message(
        nb="den offisielle logoen", nn="den offisielle logoen", en="the official logo"
    ),
    PictureKind.IMAGE: Message(
        nb="et bilde med sjekksum", nn="eit bilete med sjekksum", en="an image with a digest"
    ),
    PictureKind.OTHER: Message(nb="et annet bilde", nn="eit anna bilete", en="another picture"),
}


@attrs.frozen(kw_only=True)
class ProfilePicture:
    """An account's profile picture, as far as a program can know it (G10, G11).

    Make one with :meth:`official_logo`, :meth:`from_bytes`, :meth:`from_digest` or
    :meth:`other`.

    Attributes:
        kind: How the picture is known.
        sha256: The image's SHA-256 digest (lower-case hex) for :attr:`PictureKind.IMAGE`.
        description: What the picture shows, for :attr:`PictureKind.OTHER`.
    """

    kind: PictureKind
    sha256: str | None = None
    description: str = ""

    @classmethod
    def official_logo(cls) -> ProfilePicture:
        """The official logo in its image version, stated by the caller."""
        return cls(kind=PictureKind.OFFICIAL_LOGO)

    @classmethod
    def from_bytes(cls, data: bytes) -> ProfilePicture:
        """An image file's contents; only its SHA-256 digest is kept.

        Raises:
            RandabergSomeError: ``data`` is not bytes.
        """
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise RandabergSomeError(f"'data' must be bytes (got {type(data).__name__})")
        return cls(kind=PictureKind.IMAGE, sha256=hashlib.sha256(data).hexdigest())

    @classmethod
    def from_digest(cls, hexdigest: str) -> ProfilePicture:
        """An image known by its SHA-256 digest (``sha256:`` prefix allowed).

        Raises:
            RandabergSomeError: ``hexdigest`` is not 64 hexadecimal digits.
        """
        return cls(kind=PictureKind.IMAGE, sha256=normalise_digest(hexdigest))

    @classmethod
    def other(cls, description: str = "") -> ProfilePicture:
        """Another picture than the official logo."""
        if not isinstance(description, str):
            raise RandabergSomeError(f"'description' must be a str (got {description!r})")
        return cls(kind=PictureKind.OTHER, description=description)


def _to_platform(value: Platform | str) -> Platform | str:
    if isinstance(value, Platform):
        return value
    if not isinstance(value, str):
        raise RandabergSomeError(f"'platform' must be a Platform or a name (got {value!r})")
    try:
        return Platform(value)
    except RandabergSomeError:
        # Not one of the kommune's channels: kept, so that the check can report it (G1).
        return value.strip().lower()


def _to_purposes(values: Iterable[Purpose | str]) -> tuple[Purpose | str, ...]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise RandabergSomeError(f"'purposes' must be a sequence of purposes (got {values!r})")
    purposes: list[Purpose | str] = []
    for value in values:
        if isinstance(value, Purpose):
            purposes.append(value)
        elif isinstance(value, str):
            try:
                purposes.append(Purpose(value))
            except RandabergSomeError:
                # Outside G5: kept, so that the check can report it.
                purposes.append(value)
        else:
            raise RandabergSomeError(f"a purpose must be a Purpose or a str (got {value!r})")
    return tuple(purposes)


def _texts(field: str, one: str, what: str = "text") -> Callable[[Iterable[str]], tuple[str, ...]]:
    """A converter of a sequence of text to a tuple (a lone ``str`` is an error)."""

    def convert(values: Iterable[str]) -> tuple[str, ...]:
        if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
            raise RandabergSomeError(
                f"'{field}' must be a sequence of {what} (got {shown(values)})"
            )
        items = tuple(values)
        for item in items:
            if not isinstance(item, str):
                raise RandabergSomeError(f"{one} must be a str (got {shown(item)})")
        return items

    return convert


_names: Final = _texts("administrators", "an administrator", "names")
_retired: Final = _texts("retired_handles", "a retired handle")
_ids: Final = _texts("platform_ids", "a platform ID")


def _to_names(values: Iterable[str]) -> tuple[str, ...]:
    return _names(values)


def _to_retired(values: Iterable[str]) -> tuple[str, ...]:
    return _retired(values)


def _to_ids(values: Iterable[str]) -> tuple[str, ...]:
    return _ids(values)


def _check_str(instance: Account, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise RandabergSomeError(f"'{attribute.name}' must be a str (got {value!r})")


def _check_unit(instance: Account, attribute: attrs.Attribute[Unit | None], value: object) -> None:
    if value is not None and not isinstance(value, Unit):
        raise RandabergSomeError(f"'unit' must be a Unit or None (got {value!r})")


def _check_picture(
    instance: Account, attribute: attrs.Attribute[ProfilePicture | None], value: object
) -> None:
    if value is not None and not isinstance(value, ProfilePicture):
        raise RandabergSomeError(f"'profile_picture' must be a ProfilePicture (got {value!r})")


def _to_status(value: AccountStatus | str | None) -> AccountStatus | None:
    if value is None or isinstance(value, AccountStatus):
        return value
    if not isinstance(value, str):
        raise RandabergSomeError(f"'status' must be an AccountStatus or a word (got {value!r})")
    return AccountStatus(value)


def _to_date(value: date | str | None) -> date | None:
    # A datetime is a date too: it counts by the day it names, as written.
    if value is None:
        return None
    day = as_day(value)
    if day is not None:
        return day
    if isinstance(value, str):
        day = parse_date(value)
        if day is not None:
            return day
    raise RandabergSomeError(
        f"a date must be a date or text such as '2024-05-15' or '15.05.2024' (got {shown(value)})"
    )


def _to_readiness(value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise RandabergSomeError(f"'readiness' must be a str or None (got {shown(value)})")
    return " ".join(value.split()) or None


@attrs.frozen(kw_only=True)
class Account:
    """One social media account of the kommune or one of its units.

    Attributes:
        platform: The platform; a name that is not one of :class:`Platform` is kept as
            lower-case text, and reported by the check (G1).
        name: The display name ("kontoens navn").
        handle: The username ("brukernavn"), with or without ``@``.
        unit: The unit the account belongs to, or ``None`` for the main account.
        profile_picture: The profile picture, or ``None`` when not known.
        purposes: What the account is used for; text that is not a :class:`Purpose` is
            kept, and reported by the check (G5).
        administrators: The named people who administer the account (G6.3).
        retired_handles: Handles the account had before (``tidligere_brukernavn``), so
            that a link to one is recognised as a former official handle, which may now
            belong to someone else (:func:`~randaberg_some.registry.verify_account`).
        platform_ids: The account's stable IDs on the platform (``plattform_id``), kept
            as written: a Facebook page ID, a YouTube ``UC…`` channel ID, a LinkedIn
            company number, a Vimeo ``user123``; a link by ID is then recognised.
        status: Where the account is in its life (``status``), or ``None`` when not said.
        created: The day the account was created (``opprettet``).
        last_reviewed: The day someone last reviewed it (``sist_gjennomgått``).
        last_posted: The day it last published something (``sist_publisert``).
        readiness: Where its readiness assessment (G6) is: a link, a case number or a
            date (``vurdering``); free text, tidied; ``None`` when not given.

    The dates are checked by :func:`~randaberg_some.audit` when it is given the day to
    judge them by (``at=``); a date may also be given as text, ``"2024-05-15"`` or
    ``"15.05.2024"``.

    Raises:
        RandabergSomeError: a value of the wrong type (text where text belongs is never an
            error, however wrong).
    """

    platform: Platform | str = attrs.field(converter=_to_platform)
    name: str = attrs.field(validator=_check_str)
    handle: str = attrs.field(validator=_check_str)
    unit: Unit | None = attrs.field(default=None, validator=_check_unit)
    profile_picture: ProfilePicture | None = attrs.field(default=None, validator=_check_picture)
    purposes: tuple[Purpose | str, ...] = attrs.field(default=(), converter=_to_purposes)
    administrators: tuple[str, ...] = attrs.field(default=(), converter=_to_names)
    retired_handles: tuple[str, ...] = attrs.field(default=(), converter=_to_retired)
    platform_ids: tuple[str, ...] = attrs.field(default=(), converter=_to_ids)
    status: AccountStatus | None = attrs.field(default=None, converter=_to_status)
    created: date | None = attrs.field(default=None, converter=_to_date)
    last_reviewed: date | None = attrs.field(default=None, converter=_to_date)
    last_posted: date | None = attrs.field(default=None, converter=_to_date)
    readiness: str | None = attrs.field(default=None, converter=_to_readiness)

    @property
    def is_main_account(self) -> bool:
        """Whether this is the organisation's main account (no unit)."""
        return self.unit is None

    @property
    def named_administrators(self) -> tuple[str, ...]:
        """The administrators with a name that is not blank, tidied."""
        return tuple(" ".join(name.split()) for name in self.administrators if name.strip())
