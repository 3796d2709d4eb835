"""The lifecycle rules (``L101``-``L105``): an account's life over time, judged on a day.

Private to the package: :func:`~randaberg_some.validate_account` and
:func:`~randaberg_some.audit` call these when they are given the day to judge by (``at``),
with the policy version in force on it. Nothing here reads a clock.

- ``L101`` review-due: the last review (else the creation) was more than the policy's
  ``review_interval`` days before ``at``. An account in use (active, dormant, or without a
  status) whose inventory gives neither date is due only when its status is given: a status
  says the inventory keeps the account's life, and then a review nobody can date is due
  now; without a status and without dates the inventory keeps no life of it, and nothing
  is reported. Planned and retired accounts are not reviewed.
- ``L102`` dormant: an active account (or one without a status) last posted to more than
  ``dormant_after`` days before ``at``.
- ``L103`` retired-listed-active: see :class:`Retirements`.
- ``L104`` planned-without-readiness: a planned account with no ``readiness`` reference.
- ``L105`` date-in-future: a date after ``at``.

Examples:
    >>> from datetime import date
    >>> from randaberg_some import Account
    >>> from randaberg_some.policy import PolicyVersion
    >>> account = Account(platform="facebook", name="x", handle="x", status="aktiv",
    ...                   last_reviewed=date(2023, 1, 1))
    >>> [v.code for v in lifecycle(account, PolicyVersion(), date(2024, 1, 1))]
    []
    >>> [v.code for v in lifecycle(account, PolicyVersion(), date(2024, 1, 2))]
    ['L101']
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Final

from ._across import handle_key, label, place_of, where
from ._dates import as_day
from ._text import shown
from .accounts import Account, AccountStatus, in_use
from .errors import ConfigurationError
from .messages import Message
from .platforms import Platform
from .policy import PolicyVersion
from .rules import RULES, Violation

__all__ = ["Retirements", "check_at", "lifecycle", "status_label"]

_DATES: Final = ("created", "last_reviewed", "last_posted")
_COLUMNS: Final = {
    "created": Message(nb="opprettet", nn="oppretta", en="created"),
    "last_reviewed": Message(nb="sist_gjennomgått", nn="sist_gjennomgått", en="last_reviewed"),
    "last_posted": Message(nb="sist_publisert", nn="sist_publisert", en="last_posted"),
}
_REVIEWED: Final = Message(
    nb="Kontoen ble sist gjennomgått {day}.",
    nn="Kontoen vart sist gjennomgått {day}.",
    en="The account was last reviewed on {day}.",
)
_CREATED: Final = Message(
    nb="Kontoen ble opprettet {day} og er ikke gjennomgått siden.",
    nn="Kontoen vart oppretta {day} og er ikkje gjennomgått sidan.",
    en="The account was created on {day} and has not been reviewed since.",
)
_NEVER: Final = Message(
    nb="Oversikten sier ikke når kontoen ble opprettet eller sist gjennomgått.",
    nn="Oversikta seier ikkje når kontoen vart oppretta eller sist gjennomgått.",
    en="The inventory says neither when the account was created nor when it was last reviewed.",
)
_DUE: Final = Message(
    nb="fristen var {due} (vurdert per {at})",
    nn="fristen var {due} (vurdert per {at})",
    en="the review was due on {due} (judged as of {at})",
)
_DUE_NOW: Final = Message(
    nb="den er forfalt (vurdert per {at})",
    nn="han er forfallen (vurdert per {at})",
    en="it is due (judged as of {at})",
)
_NO_STATUS: Final = Message(nb="uten status", nn="utan status", en="with no status")
_STATUS: Final = {
    status: Message(nb=status.label("nb"), nn=status.label("nn"), en=status.label("en"))
    for status in AccountStatus
}
_BOTH: Final = Message(
    nb="{handle!r} på {platform} står her som {status}, men som {other} i {where}.",
    nn="{handle!r} på {platform} står her som {status}, men som {other} i {where}.",
    en="{handle!r} on {platform} is listed here as {status}, but as {other} in {where}.",
)
_HELD: Final = Message(
    nb="Brukernavnet {handle!r} på {platform} er et tidligere brukernavn for kontoen "
    "{owner!r} ({where}), men står her som en konto i drift; et tidligere brukernavn kan "
    "nå tilhøre noen andre.",
    nn="Brukarnamnet {handle!r} på {platform} er eit tidlegare brukarnamn for kontoen "
    "{owner!r} ({where}), men står her som ein konto i drift; eit tidlegare brukarnamn kan "
    "no høyre til nokon andre.",
    en="The handle {handle!r} on {platform} is a retired handle of the account {owner!r} "
    "({where}), but is listed here as an account in use; a retired handle may now belong "
    "to someone else.",
)
_RETIRES: Final = Message(
    nb="Kontoen har {handle!r} på {platform} som tidligere brukernavn, men {where} står med "
    "det som en konto i drift; et tidligere brukernavn kan nå tilhøre noen andre.",
    nn="Kontoen har {handle!r} på {platform} som tidlegare brukarnamn, men {where} står med "
    "det som ein konto i drift; eit tidlegare brukarnamn kan no høyre til nokon andre.",
    en="The account lists {handle!r} on {platform} as a retired handle, but {where} lists "
    "it as an account in use; a retired handle may now belong to someone else.",
)
_READINESS_FIX: Final = "randaberg-some readiness"


def check_at(at: object) -> date | None:
    """``at`` as a day: ``None``, a date, or a datetime (its date as written).

    Raises:
        ConfigurationError: ``at`` is none of these.
    """
    day = as_day(at)
    if at is None or day is not None:
        return day
    raise ConfigurationError(f"'at' must be a date or None (got {shown(at)})")


def status_label(status: AccountStatus | None) -> Message:
    """The status in words, ``"uten status"`` for none."""
    return _NO_STATUS if status is None else _STATUS[status]


def lifecycle(account: Account, version: PolicyVersion, at: date) -> Iterator[Violation]:
    """The findings of ``L101``, ``L102``, ``L104`` and ``L105`` about one account on ``at``."""
    day = at.isoformat()
    for field in _DATES:
        value: date | None = getattr(account, field)
        if value is not None and value > at:
            yield RULES["L105"].violation(
                field=field, column=_COLUMNS[field], day=value.isoformat(), at=day
            )
    status = account.status
    if in_use(status):
        yield from _review(account, version, at)
    if status in (AccountStatus.ACTIVE, None) and account.last_posted is not None:
        silent = (at - account.last_posted).days
        if silent > version.dormant_after:
            yield RULES["L102"].violation(
                field="last_posted",
                day=account.last_posted.isoformat(),
                days=silent,
                at=day,
                limit=version.dormant_after,
            )
    if status is AccountStatus.PLANNED and account.readiness is None:
        yield RULES["L104"].violation(field="readiness", fix=_READINESS_FIX)


def _review(account: Account, version: PolicyVersion, at: date) -> Iterator[Violation]:
    interval = version.review_interval
    if account.last_reviewed is not None:
        since, history = account.last_reviewed, _REVIEWED
    elif account.created is not None:
        since, history = account.created, _CREATED
    elif account.status is not None:
        yield RULES["L101"].violation(
            field="last_reviewed",
            history=_NEVER,
            interval=interval,
            due=_DUE_NOW.format(at=at.isoformat()),
        )
        return
    else:
        return  # the inventory keeps no life of this account
    due = since + timedelta(days=interval)
    if due < at:
        yield RULES["L101"].violation(
            field="last_reviewed",
            history=history.format(day=since.isoformat()),
            interval=interval,
            due=_DUE.format(due=due.isoformat(), at=at.isoformat()),
        )


class Retirements:
    """``L103`` across the accounts: a retired account, or a retired handle, listed in use.

    The same account (platform and the platform's comparison key of the handle) listed as
    retired in one row and in use (active, dormant or without a status) in another; or an
    account in use whose handle is one of another account's ``retired_handles``. The finding
    concerns the later of the two rows and names the earlier one. Per handle it keeps only
    where it was seen.
    """

    def __init__(self) -> None:
        # (platform, key) -> place and status of the first retired row, of the first in use
        self._retired: dict[tuple[Platform | str, str], int | str] = {}
        self._in_use: dict[tuple[Platform | str, str], tuple[int | str, AccountStatus | None]] = {}
        # (platform, key of a retired handle) -> (the account's handle, its place)
        self._former: dict[tuple[Platform | str, str], tuple[str, int | str]] = {}

    def check(self, account: Account, row: int | str | None, position: int) -> Iterator[Violation]:
        platform = account.platform
        key = (platform, handle_key(platform, account.handle))
        place = place_of(row, position)
        status = account.status
        named = label(platform)
        if key[1] and status is AccountStatus.RETIRED:
            seen = self._in_use.get(key)
            if seen is not None:
                yield self._both(account, named, status, seen[1], seen[0])
            self._retired.setdefault(key, place)
        elif key[1] and in_use(status):
            first = self._retired.get(key)
            if first is not None:
                yield self._both(account, named, status, AccountStatus.RETIRED, first)
            owner = self._former.get(key)
            if owner is not None and owner[1] != place:
                detail = _HELD.format(
                    handle=account.handle, platform=named, owner=owner[0], where=where(owner[1])
                )
                yield RULES["L103"].violation(field="handle", detail=detail)
            self._in_use.setdefault(key, (place, status))
        for retired in account.retired_handles:
            former = (platform, handle_key(platform, retired.strip()))
            if not former[1]:
                continue
            holder = self._in_use.get(former)
            if holder is not None and holder[0] != place:
                detail = _RETIRES.format(handle=retired, platform=named, where=where(holder[0]))
                yield RULES["L103"].violation(field="retired_handles", detail=detail)
            self._former.setdefault(former, (account.handle, place))

    @staticmethod
    def _both(
        account: Account,
        named: str,
        status: AccountStatus | None,
        other: AccountStatus | None,
        place: int | str,
    ) -> Violation:
        detail = _BOTH.format(
            handle=account.handle,
            platform=named,
            status=status_label(status),
            other=status_label(other),
            where=where(place),
        )
        return RULES["L103"].violation(field="status", detail=detail)
