"""The organisation plan's bookkeeping: the units, the handles taken, the numbered last resort.

Private to :mod:`randaberg_some.planning`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import attrs

from ._abbreviate import candidates, unit_name, unit_words
from ._handles import budget, platform_handle
from ._text import shown
from .accounts import Account
from .errors import ConfigurationError, InvalidNameError, RandabergSomeError
from .messages import Message
from .platforms import Platform, as_platform
from .policy import NamingPolicy
from .rows import Loaded
from .units import Unit

__all__ = [
    "Clash",
    "Entry",
    "Taken",
    "clash",
    "entries",
    "existing_keys",
    "identity",
    "numbered",
    "platforms_of",
    "take",
]

# How far the numbered last resort counts before giving up (only a base that leaves one or
# two characters for the unit can get there).
_MOST_SUFFIX: Final = 10_000

_NOT_UNITS: Final = Message(
    nb="Enhetene må være en samling av enhetsnavn eller Unit-verdier (fikk {got}).",
    nn="Einingane må vere ei samling av namn på einingar eller Unit-verdiar (fekk {got}).",
    en="The units must be a collection of unit names or Unit values (got {got}).",
)

_TWO_ABBREVIATIONS: Final = Message(
    nb="Enheten {unit} står flere ganger med ulike forkortelser: {found}.",
    nn="Eininga {unit} står fleire gonger med ulike forkortingar: {found}.",
    en="The unit {unit} is listed more than once with different abbreviations: {found}.",
)

_NOT_EXISTING: Final = Message(
    nb="Eksisterende kontoer må være kontoer, brukernavn eller en innlest kontoliste (fikk {got}).",
    nn="Eksisterande kontoar må vere kontoar, brukarnamn eller ei innlesen kontoliste "
    "(fekk {got}).",
    en="The existing accounts must be accounts, handles or a loaded inventory (got {got}).",
)

_NO_ROOM: Final = Message(
    nb="Det er ikke plass til å skille {unit} fra de andre enhetene: grunnlaget gir for få tegn.",
    nn="Det er ikkje plass til å skilje {unit} frå dei andre einingane: grunnlaget gir for få "
    "teikn.",
    en="There is no room to tell {unit} apart from the other units: the base leaves too few "
    "characters.",
)


def identity(name: str) -> str:
    """Two names that differ only in case and spacing name the same unit."""
    return " ".join(name.split()).casefold()


@attrs.define
class Entry:
    """One unit while the plan is made."""

    name: str
    unit: Unit | str
    full: str
    order: tuple[bool, int, str, str]
    options: list[str]
    stem: str
    lost: list[tuple[str, Clash]] = attrs.field(factory=list)


@attrs.frozen
class Clash:
    platform: Platform | None
    holder: str
    existing: bool


# Platform (None: the canonical handle) -> comparison key -> (who holds it: a unit's name or
# an existing handle, the identity of the unit it belongs to or None, whether it exists).
Taken = dict[Platform | None, dict[str, tuple[str, str | None, bool]]]


def platforms_of(platforms: object) -> list[Platform]:
    if isinstance(platforms, (str, Platform)) or not isinstance(platforms, Iterable):
        platforms = (as_platform(platforms),)  # type: ignore[arg-type]
    chosen: list[Platform] = []
    for platform in platforms:
        parsed = as_platform(platform)
        if parsed not in chosen:
            chosen.append(parsed)
    return chosen


def _units(units: object) -> list[Unit | str]:
    if isinstance(units, (str, Unit)):
        return [units]
    if isinstance(units, (bytes, Loaded)) or not isinstance(units, Iterable):
        message = _NOT_UNITS.format(got=shown(units))
        raise InvalidNameError(message.en, message=message)
    return list(units)


def entries(units: object, chosen: list[Platform], policy: NamingPolicy) -> list[Entry]:
    """One entry per distinct unit, with its abbreviations that fit, best first."""
    groups: dict[str, list[Unit | str]] = {}
    for unit in _units(units):
        groups.setdefault(identity(unit_name(unit)), []).append(unit)
    tightest = min((budget(platform.rules, policy) for platform in chosen), default=None)
    entries = []
    for same in groups.values():
        unit = _representative(same)
        name = unit_name(unit)
        words = unit_words(unit, policy)
        full = "".join(words)
        explicit = isinstance(unit, Unit) and unit.abbreviation is not None
        if tightest is None:
            options, stem = [full], full
        else:
            offered = candidates(words, tightest, policy)
            fitting = [c.text for c in offered if len(c.text) <= tightest]
            options = [text for text in fitting if _valid(text, chosen, policy)]
            stem = (fitting or [offered[-1].text])[0][:tightest]
        order = (not explicit, len(full), full, identity(name))
        entries.append(
            Entry(name=name, unit=unit, full=full, order=order, options=options, stem=stem)
        )
    return entries


def _representative(same: list[Unit | str]) -> Unit | str:
    """The one value of a unit listed several times: its explicit abbreviation decides."""
    abbreviations = sorted(
        {unit.abbreviation for unit in same if isinstance(unit, Unit) and unit.abbreviation}
    )
    if len(abbreviations) > 1:
        message = _TWO_ABBREVIATIONS.format(
            unit=shown(unit_name(same[0])), found=", ".join(repr(a) for a in abbreviations)
        )
        raise InvalidNameError(message.en, message=message)

    def key(unit: Unit | str) -> tuple[bool, str]:
        explicit = isinstance(unit, Unit) and unit.abbreviation is not None
        return (not explicit, unit_name(unit))

    return min(same, key=key)


def _handles(text: str, chosen: list[Platform], policy: NamingPolicy) -> list[str] | None:
    """The handle on each platform for the abbreviation ``text``, or ``None`` if one fails."""
    try:
        return [platform_handle(text, platform.rules, policy) for platform in chosen]
    except InvalidNameError:
        return None


def _valid(text: str, chosen: list[Platform], policy: NamingPolicy) -> bool:
    return _handles(text, chosen, policy) is not None


def _keys(
    text: str, chosen: list[Platform], policy: NamingPolicy
) -> list[tuple[Platform | None, str]] | None:
    """The comparison key of each platform's handle (the canonical handle's without any)."""
    if not chosen:
        base = policy.organisation.handle_base
        return [(None, (base + policy.separator + text).lower())]
    handles = _handles(text, chosen, policy)
    if handles is None:
        return None
    return [
        (platform, platform.rules.comparison_key(handle))
        for platform, handle in zip(chosen, handles, strict=True)
    ]


def clash(
    text: str, entry: Entry, chosen: list[Platform], taken: Taken, policy: NamingPolicy
) -> Clash | None:
    """Who already has ``text``'s handle on a platform, or ``None`` when it is free."""
    keys = _keys(text, chosen, policy)
    if keys is None:
        return Clash(platform=None, holder="", existing=False)  # not valid: never taken
    own = identity(entry.name)
    for platform, key in keys:
        holder = taken.get(platform, {}).get(key)
        if holder is not None and not (holder[2] and holder[1] == own):
            return Clash(platform=platform, holder=holder[0], existing=holder[2])
    return None


def take(
    text: str, entry: Entry, chosen: list[Platform], taken: Taken, policy: NamingPolicy
) -> None:
    for platform, key in _keys(text, chosen, policy) or ():
        taken.setdefault(platform, {})[key] = (entry.name, identity(entry.name), False)


def numbered(entry: Entry, chosen: list[Platform], taken: Taken, policy: NamingPolicy) -> str:
    """The last resort: the unit's best abbreviation with the first free number at its end."""
    room = min((budget(platform.rules, policy) for platform in chosen), default=None)
    for number in range(2, _MOST_SUFFIX):
        suffix = str(number)
        if room is not None and len(suffix) > room:
            break
        stem = entry.stem if room is None else entry.stem[: room - len(suffix)]
        text = stem + suffix
        if _valid(text, chosen, policy) and clash(text, entry, chosen, taken, policy) is None:
            return text
    message = _NO_ROOM.format(unit=shown(entry.name))
    raise ConfigurationError(message.en, message=message)


def existing_keys(existing: object, chosen: list[Platform], policy: NamingPolicy) -> Taken:
    """The comparison keys of the existing handles, each with its account's unit."""
    taken: Taken = {}
    if isinstance(existing, (str, Account, Loaded)):
        existing = (existing,)
    if isinstance(existing, bytes) or not isinstance(existing, Iterable):
        message = _NOT_EXISTING.format(got=shown(existing))
        raise RandabergSomeError(message.en, message=message)
    for item in existing:
        for value in item.items if isinstance(item, Loaded) else (item,):
            if isinstance(value, Account):
                owner = identity(value.unit.name) if value.unit is not None else None
                if isinstance(value.platform, Platform) and value.platform in chosen:
                    _mark(taken, value.platform, value.handle, owner)
                elif not chosen:
                    _mark(taken, None, value.handle, owner)
            elif isinstance(value, str):
                for platform in chosen or [None]:  # type: ignore[list-item]
                    _mark(taken, platform, value, None)
            else:
                message = _NOT_EXISTING.format(got=shown(value))
                raise RandabergSomeError(message.en, message=message)
    return taken


def _mark(taken: Taken, platform: Platform | None, handle: str, owner: str | None) -> None:
    key = (
        handle.removeprefix("@").lower()
        if platform is None
        else platform.rules.comparison_key(handle)
    )
    if key:
        # A unit may take the handle of its own existing account (``owner``), no other.
        taken.setdefault(platform, {}).setdefault(key, (handle, owner, True))
