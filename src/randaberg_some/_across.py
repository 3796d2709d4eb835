"""The rules across the accounts of an inventory (``X901``-``X903``).

Handles that collide, an account listed twice, a unit whose abbreviation differs between
platforms.

Private to the package: :func:`~randaberg_some.audit` feeds the accounts here one at a
time; the lifecycle rules across accounts (:mod:`randaberg_some._lifecycle`) name the
earlier account the same way (:func:`where`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from ._handles import abbreviation_in, handle_with
from ._text import fold
from .accounts import Account, AccountStatus, in_use
from .errors import RandabergSomeError
from .messages import Message
from .platforms import Platform
from .policy import NamingPolicy
from .rules import RULES, Violation

__all__ = ["Across", "handle_key", "label", "place_of", "where"]


def handle_key(platform: Platform | str, handle: str) -> str:
    """The form in which ``platform`` compares ``handle`` (lower case on other platforms)."""
    if isinstance(platform, Platform):
        return platform.rules.comparison_key(handle)
    return handle.removeprefix("@").lower()


def place_of(row: int | str | None, position: int) -> int | str:
    """An account's place: its row (as text) when it has one, else its position."""
    return str(row) if row is not None else position


def label(platform: Platform | str) -> str:
    return platform.label if isinstance(platform, Platform) else platform


def where(place: int | str) -> Message:
    """Name an earlier account by its place: a row (as text) or a position (a number)."""
    if isinstance(place, str):
        return _ROW.format(place=place)
    return _POSITION.format(place=place)


_ROW: Final = Message(nb="rad {place}", nn="rad {place}", en="row {place}")
_POSITION: Final = Message(nb="konto nr. {place}", nn="konto nr. {place}", en="account {place}")
_USE: Final = Message(
    nb=" Bruk {candidate} på {label}.",
    nn=" Bruk {candidate} på {label}.",
    en=" Use {candidate} on {label}.",
)
_TOO_LONG: Final = Message(
    nb=" {other!r} er for lang for {label}; gi kontoen på {first} den samme forkortelsen som her.",
    nn=" {other!r} er for lang for {label}; gi kontoen på {first} den same forkortinga som her.",
    en=" {other!r} is too long for {label}; give the account on {first} the same "
    "abbreviation as here.",
)


_Seen = tuple[str, int | str, int, AccountStatus | None]


def _retired_and_in_use(first: AccountStatus | None, second: AccountStatus | None) -> bool:
    retired = AccountStatus.RETIRED
    return (first is retired and in_use(second)) or (second is retired and in_use(first))


class Across:
    """The rules across accounts.

    Per distinct handle they keep the handle, where it was seen and a hash of its account;
    per unit, the platform, abbreviation and place of its first account. Nothing else of
    an account is kept.
    """

    def __init__(self, policy: NamingPolicy, *, lifecycle: bool = False) -> None:
        self._policy = policy
        # With the lifecycle rules on, a retired account and one in use with the same
        # handle are L103's (retired-listed-active), not a collision.
        self._lifecycle = lifecycle
        # platform -> comparison key -> (handle, place, hash of the account, status)
        self._handles: dict[Platform | str, dict[str, _Seen]] = {}
        # folded unit name -> (platform, abbreviation, place)
        self._units: dict[str, tuple[Platform | str, str, int | str]] = {}

    def check(self, account: Account, row: int | str | None, position: int) -> Iterator[Violation]:
        platform = account.platform
        key = handle_key(platform, account.handle)
        if not key:
            return  # an empty handle: H101 reports it
        place = place_of(row, position)
        handles = self._handles.setdefault(platform, {})
        earlier = handles.get(key)
        if earlier is None:
            handles[key] = (account.handle, place, hash(account), account.status)
        elif not (self._lifecycle and _retired_and_in_use(earlier[3], account.status)):
            yield self._same_handle(account, *earlier[:3])
        if account.unit is not None:
            yield from self._abbreviation(account, place)

    def _same_handle(
        self, account: Account, handle: str, place: int | str, digest: int
    ) -> Violation:
        platform = label(account.platform)
        seen_at = where(place)
        # The same values in every field: the hash of the whole account decides, which
        # keeps no account in memory; two different accounts with the same handle key and
        # the same 64-bit hash are not a practical concern.
        if digest == hash(account):
            return RULES["X903"].violation(
                field="handle",
                handle=account.handle,
                platform=platform,
                where=seen_at,
            )
        source = account.platform.value if isinstance(account.platform, Platform) else platform
        return RULES["X901"].violation(
            field="handle",
            source=source,
            handle=account.handle,
            other=handle,
            platform=platform,
            where=seen_at,
        )

    def _abbreviation(self, account: Account, place: int | str) -> Iterator[Violation]:
        assert account.unit is not None
        found = abbreviation_in(account.handle, account.platform, policy=self._policy)
        if found is None:
            return  # N201/N205 report a handle that does not have the form base + unit
        unit_key = fold(account.unit.name) or account.unit.name
        first = self._units.get(unit_key)
        if first is None:
            self._units[unit_key] = (account.platform, found, place)
            return
        first_platform, other, first_place = first
        if first_platform == account.platform or other == found:
            return
        fix = None
        advice: Message | str = ""
        platform = account.platform
        if isinstance(platform, Platform):
            try:
                candidate: str | None = handle_with(other, platform, policy=self._policy)
            except RandabergSomeError:
                candidate = None
            platform_name = platform.label
            found_there = (
                None
                if candidate is None
                else abbreviation_in(candidate, platform, policy=self._policy)
            )
            if found_there == other:
                fix = candidate
                advice = _USE.format(candidate=candidate, label=platform_name)
            else:
                advice = _TOO_LONG.format(
                    other=other, label=platform_name, first=label(first_platform)
                )
        yield RULES["X902"].violation(
            field="handle",
            fix=fix,
            unit=account.unit.name,
            found=found,
            platform=label(platform),
            other=other,
            other_platform=label(first_platform),
            where=where(first_place),
            advice=advice,
        )
