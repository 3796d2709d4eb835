"""Received and assessed items, and reports on the response routine (G6.5).

Each question, comment or post that arrives is a record: when it was received and when (if
yet) it was assessed. :func:`response_report` gives each record its deadline (see
:mod:`randaberg_some.calendar`) and its status against it, and counts them. A record that
cannot be used becomes a :class:`~randaberg_some.rows.RowError` with its row, never an
exception and never silently dropped.

Reading a log from a file is the files layer's job; it uses :func:`parse_time` and
:func:`time_errors` from here, so that a file and a list of records are judged alike. The
core reads no clock: :func:`response_report` takes the time of the report as ``at``.

Examples:
    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> oslo = ZoneInfo("Europe/Oslo")
    >>> report = response_report(
    ...     [(datetime(2024, 5, 15, 9, tzinfo=oslo), datetime(2024, 5, 15, 16, tzinfo=oslo))],
    ...     at=datetime(2024, 5, 20, tzinfo=oslo),
    ... )
    >>> report.items[0].status.label("nn")
    'for seint'
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import datetime
from typing import Final, Protocol, cast

import attrs

from ._notebook import Shown, Target
from ._tables import row_key
from ._text import shown as _shown
from ._times import in_oslo
from .calendar import DEFAULT_CALENDAR, WorkingCalendar
from .errors import ConfigurationError, InvalidTimeError, NaiveDatetimeError, RandabergSomeError
from .messages import Lang, Message, check_lang
from .rows import Loaded, RowError

__all__ = [
    "ResponseItem",
    "ResponseLike",
    "ResponseRecord",
    "ResponseReport",
    "ResponseStatus",
    "parse_time",
    "response_report",
    "time_errors",
]


class ResponseStatus(enum.Enum):
    """Where an item stands against its deadline.

    ``MET``: assessed by the deadline. ``LATE``: assessed after it. ``OVERDUE``: not assessed
    and the deadline has passed at the time of the report. ``OPEN``: not assessed and not yet
    due.
    """

    MET = "met"
    LATE = "late"
    OVERDUE = "overdue"
    OPEN = "open"

    @classmethod
    def _missing_(cls, value: object) -> ResponseStatus:
        raise RandabergSomeError(
            f"unknown response status {_shown(value)}: expected 'met', 'late', 'overdue' or 'open'"
        )

    @property
    def message(self) -> Message:
        """The short label in every language.

        Examples:
            >>> ResponseStatus.LATE.message.nn
            'for seint'
        """
        return _STATUS_LABELS[self]

    def label(self, lang: Lang = "nb") -> str:
        """Return a short label in ``lang``.

        Raises:
            UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.

        Examples:
            >>> ResponseStatus.OVERDUE.label(), ResponseStatus.OVERDUE.label("en")
            ('forfalt', 'overdue')
        """
        return _STATUS_LABELS[self].text(check_lang(lang))


_STATUS_LABELS: Final = {
    ResponseStatus.MET: Message(nb="i tide", nn="i tide", en="met"),
    ResponseStatus.LATE: Message(nb="for sent", nn="for seint", en="late"),
    ResponseStatus.OVERDUE: Message(nb="forfalt", nn="forfallen", en="overdue"),
    ResponseStatus.OPEN: Message(nb="åpen", nn="open", en="open"),
}


class ResponseLike(Protocol):
    """Anything with a ``received_at`` and an ``assessed_at`` (``None`` if not assessed)."""

    @property
    def received_at(self) -> datetime:
        """When the item arrived (aware)."""

    @property
    def assessed_at(self) -> datetime | None:
        """When the item was assessed (aware), or ``None``."""


_NOT_A_TIME: Final = Message(
    nb="Tidspunktet må være et datetime med UTC-forskyvning (fikk {value}).",
    nn="Tidspunktet må vere eit datetime med UTC-forskyving (fekk {value}).",
    en="The time must be a datetime with a UTC offset (got {value}).",
)
_NO_OFFSET: Final = Message(
    nb="Tidspunktet mangler UTC-forskyvning, f.eks. +02:00 eller Z (fikk {value}).",
    nn="Tidspunktet manglar UTC-forskyving, t.d. +02:00 eller Z (fekk {value}).",
    en="The time has no UTC offset, such as +02:00 or Z (got {value}).",
)
_BEFORE: Final = Message(
    nb="Vurdert ({assessed}) før mottatt ({received}).",
    nn="Vurdert ({assessed}) før motteke ({received}).",
    en="Assessed ({assessed}) before it was received ({received}).",
)
_MISSING: Final = Message(
    nb="Mottakstidspunktet mangler.",
    nn="Mottakstidspunktet manglar.",
    en="The time of receipt is missing.",
)


def time_errors(
    row: int | str, received: object, assessed: object, *, line: int | None = None
) -> list[RowError]:
    """Return what is wrong with one record's times, one error per field, or nothing.

    The rules every record follows, from a file or from a list: ``received`` is an aware
    datetime; ``assessed`` is one too, or ``None`` (not assessed yet); an item is not
    assessed before it was received.

    Args:
        row: The row (or position) to name in the errors.
        received: When the item arrived; ``None`` is "missing".
        assessed: When it was assessed, or ``None``.
        line: The physical line where the row begins, where the file has lines.

    Returns:
        The errors, ``received_at`` first; empty when both times can be used.

    Examples:
        >>> from datetime import datetime, timezone
        >>> [error.field for error in time_errors(2, datetime(2024, 5, 15), None)]
        ['received_at']
        >>> time_errors(2, datetime(2024, 5, 15, tzinfo=timezone.utc), None)
        []
    """
    errors: list[RowError] = []
    for field, value, optional in (
        ("received_at", received, False),
        ("assessed_at", assessed, True),
    ):
        if value is None:
            if not optional:
                errors.append(RowError(row=row, line=line, field=field, message=_MISSING))
            continue
        message = _time_problem(value)
        if message is not None:
            errors.append(RowError(row=row, line=line, field=field, message=message))
    if (
        not errors
        and isinstance(assessed, datetime)
        and isinstance(received, datetime)
        and assessed < received
    ):
        errors.append(
            RowError(
                row=row,
                line=line,
                field="assessed_at",
                message=_BEFORE.format(
                    assessed=assessed.isoformat(), received=received.isoformat()
                ),
            )
        )
    return errors


def _time_problem(value: object) -> Message | None:
    if not isinstance(value, datetime):
        return _NOT_A_TIME.format(value=_shown(value))
    try:
        offset = value.utcoffset()
    except (TypeError, ValueError):  # a tzinfo that breaks its own contract
        offset = None
    return _NO_OFFSET.format(value=_shown(value)) if offset is None else None


@attrs.frozen(kw_only=True)
class ResponseRecord:
    """One received item: when it arrived and when it was assessed.

    Attributes:
        received_at: When the item arrived (aware).
        assessed_at: When it was assessed (aware, not before ``received_at``), or ``None``.
        row: The row it was read from, when it came from a file.

    Raises:
        NaiveDatetimeError: a time has no UTC offset.
        InvalidTimeError: a time is not a datetime, or the item was assessed before it was
            received.

    Examples:
        >>> from datetime import datetime, timezone
        >>> ResponseRecord(received_at=datetime(2024, 5, 15, tzinfo=timezone.utc)).assessed_at
        >>> ResponseRecord(received_at=datetime(2024, 5, 15))
        Traceback (most recent call last):
        ...
        randaberg_some.errors.NaiveDatetimeError: 'received_at': The time has no UTC offset, ...
    """

    received_at: datetime
    assessed_at: datetime | None = None
    row: int | str | None = None

    def __attrs_post_init__(self) -> None:
        problems = time_errors(self.row or 0, self.received_at, self.assessed_at)
        if problems:
            problem = problems[0]
            assert problem.field is not None
            value = getattr(self, problem.field)
            # A datetime at fault with no usable offset is naive; anything else is no time.
            naive = isinstance(value, datetime) and _time_problem(value) is not None
            raise (NaiveDatetimeError if naive else InvalidTimeError)(
                f"{problem.field!r}: {problem.message.en}", message=problem.message
            )


@attrs.frozen(kw_only=True)
class ResponseItem:
    """One item of a report.

    Attributes:
        row: The row (from a file) or the 1-based position among the records.
        received_at: When the item arrived, as given.
        assessed_at: When it was assessed, as given, or ``None``.
        deadline: Its deadline, in Europe/Oslo.
        status: Where it stands against the deadline.
    """

    row: int | str
    received_at: datetime
    assessed_at: datetime | None
    deadline: datetime
    status: ResponseStatus


@attrs.frozen(kw_only=True, repr=False)
class ResponseReport(Shown):
    """How the response routine held: every item with its deadline and status, and the totals.

    The report holds data; :mod:`randaberg_some.render` turns it into text, JSON, records,
    a DataFrame, HTML or a workbook, and the methods forward to it.

    Attributes:
        at: The time of the report, in Europe/Oslo; items not yet assessed are overdue when
            their deadline is before it.
        items: The items, in the order given.
        errors: The records that could not be used, with their rows.
    """

    at: datetime
    items: tuple[ResponseItem, ...]
    errors: tuple[RowError, ...] = ()

    def count(self, status: ResponseStatus) -> int:
        """Return the number of items with ``status``."""
        return sum(1 for item in self.items if item.status is status)

    @property
    def total(self) -> int:
        """The number of items (rows with errors not counted)."""
        return len(self.items)

    @property
    def due(self) -> int:
        """The number of items whose outcome is known: assessed, or overdue."""
        return self.total - self.count(ResponseStatus.OPEN)

    @property
    def share_met(self) -> float | None:
        """Items met as a share of :attr:`due` (0.0–1.0); ``None`` when none are due.

        Open items not yet due are left out: they may still be met.
        """
        due = self.due
        return self.count(ResponseStatus.MET) / due if due else None

    @property
    def ok(self) -> bool:
        """Whether nothing is late or overdue and every record could be used."""
        return not self.errors and not any(
            item.status in (ResponseStatus.LATE, ResponseStatus.OVERDUE) for item in self.items
        )

    def text(self, lang: Lang = "nb") -> str:
        """Return the report as plain text in ``lang`` (see :func:`randaberg_some.render.text`)."""
        from .render import responses

        return responses.text(self, check_lang(lang))

    def summary(self, lang: Lang = "nb") -> str:
        """Return the one-line summary in ``lang``: the counts and the share met."""
        from .render import responses

        return responses.summary(self, check_lang(lang))

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return the report as a JSON document (messages in all three languages)."""
        from .render import responses

        return responses.to_json(self, indent=indent)

    def to_html(self, lang: Lang = "nb") -> str:
        """Return the report as an HTML fragment, everything escaped."""
        from .render import responses

        return responses.html(self, check_lang(lang))

    def to_excel(self, path: Target, lang: Lang = "nb") -> None:
        """Write the report as an Excel workbook in ``lang``: its items, errors and counts."""
        from . import render
        from .files.workbook import write_workbook

        write_workbook(path, render.sheets(self, lang))


def _status(deadline: datetime, assessed_at: datetime | None, at: datetime) -> ResponseStatus:
    if assessed_at is not None:
        return ResponseStatus.MET if assessed_at <= deadline else ResponseStatus.LATE
    return ResponseStatus.OVERDUE if deadline < at else ResponseStatus.OPEN


_NOT_A_RECORD: Final = Message(
    nb="En post må være et par (mottatt, vurdert) eller ha received_at og assessed_at "
    "(fikk {value}).",
    nn="Ein post må vere eit par (motteke, vurdert) eller ha received_at og assessed_at "
    "(fekk {value}).",
    en="A record must be a pair (received_at, assessed_at) or have received_at and "
    "assessed_at (got {value}).",
)


def _unpack(record: object, position: int) -> tuple[int | str, object, object] | RowError:
    if isinstance(record, ResponseRecord):
        row = position if record.row is None else record.row
        return row, record.received_at, record.assessed_at
    # Attributes first: a named tuple with more fields than the two times is still a record.
    try:
        if hasattr(record, "received_at") and hasattr(record, "assessed_at"):
            return position, record.received_at, record.assessed_at
    except Exception:
        pass
    if isinstance(record, tuple) and len(record) == 2:
        return position, record[0], record[1]
    return RowError(row=position, message=_NOT_A_RECORD.format(value=_shown(record)))


_NO_DEADLINE: Final = Message(
    nb="Fristen kan ikke beregnes for dette tidspunktet: {reason}",
    nn="Fristen kan ikkje reknast ut for dette tidspunktet: {reason}",
    en="No deadline can be computed for this time: {reason}",
)


def response_report(
    records: Loaded[ResponseRecord]
    | Iterable[ResponseRecord | tuple[datetime, datetime | None] | ResponseLike],
    *,
    at: datetime,
    calendar: WorkingCalendar = DEFAULT_CALENDAR,
) -> ResponseReport:
    """Report how the response routine held (G6.5): each item's deadline and status, the totals.

    Every record becomes an item or an error with its row; none is dropped. A record that
    cannot be used (a naive or missing time, an assessment before receipt, a time the holiday
    calendar does not cover) becomes a :class:`~randaberg_some.rows.RowError`, never an
    exception.

    Args:
        records: ``(received_at, assessed_at)`` pairs, objects with those two attributes,
            :class:`ResponseRecord` values, or a loaded log (a
            :class:`~randaberg_some.rows.Loaded` of records, whose row errors the report
            keeps).
        at: The time of the report (aware): an item not assessed by then is overdue if its
            deadline has passed. The library reads no clock; pass ``datetime.now(tz)``.
        calendar: The working calendar (end of day, closures).

    Returns:
        The report.

    Raises:
        NaiveDatetimeError: ``at`` has no UTC offset.
        InvalidTimeError: ``at`` is not a datetime.
        ConfigurationError: ``calendar`` is not a :class:`WorkingCalendar`.
        RandabergSomeError: ``records`` is not iterable.

    Examples:
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> oslo = ZoneInfo("Europe/Oslo")
        >>> def t(day, hour):
        ...     return datetime(2024, 5, day, hour, 0, tzinfo=oslo)
        >>> report = response_report(
        ...     [(t(15, 9), t(15, 11)), (t(15, 9), t(16, 8)), (t(15, 16), None)], at=t(16, 12)
        ... )
        >>> [item.status.value for item in report.items]
        ['met', 'late', 'open']
        >>> report.share_met
        0.5
    """
    at_local = in_oslo(at, "at")
    if not isinstance(calendar, WorkingCalendar):
        raise ConfigurationError(
            f"'calendar' must be a WorkingCalendar (got {_shown(calendar)})",
            message=Message(
                nb="Kalenderen må være en WorkingCalendar (fikk {value}).",
                nn="Kalenderen må vere ein WorkingCalendar (fekk {value}).",
                en="The calendar must be a WorkingCalendar (got {value}).",
            ).format(value=_shown(calendar)),
        )
    errors: list[RowError] = []
    source: Iterable[object]
    if isinstance(records, Loaded):
        errors.extend(records.errors)
        source = [
            row.value if row.value.row is not None else attrs.evolve(row.value, row=row.row)
            for row in records.rows
            if isinstance(row.value, ResponseRecord)
        ]
    else:
        source = records
    try:
        iterator = iter(source)
    except TypeError as error:
        raise RandabergSomeError(
            f"'records' must be an iterable of records (got {_shown(records)})",
            message=Message(
                nb="Postene må være en samling av poster (fikk {value}).",
                nn="Postane må vere ei samling av postar (fekk {value}).",
                en="The records must be a collection of records (got {value}).",
            ).format(value=_shown(records)),
        ) from error
    items: list[ResponseItem] = []
    for position, record in enumerate(iterator, start=1):
        unpacked = _unpack(record, position)
        if isinstance(unpacked, RowError):
            errors.append(unpacked)
            continue
        row, received, assessed = unpacked
        problems = time_errors(row, received, assessed)
        if problems:
            errors.extend(problems)
            continue
        # time_errors has checked both types.
        received = cast(datetime, received)
        assessed = cast("datetime | None", assessed)
        try:
            deadline = calendar.deadline(received)
        except InvalidTimeError as error:
            reason = error.message or Message.same(str(error))
            errors.append(
                RowError(
                    row=row,
                    field="received_at",
                    message=_NO_DEADLINE.format(reason=reason),
                )
            )
            continue
        items.append(
            ResponseItem(
                row=row,
                received_at=received,
                assessed_at=assessed,
                deadline=deadline,
                status=_status(deadline, assessed, at_local),
            )
        )
    errors.sort(key=lambda error: row_key(error.row))
    return ResponseReport(at=at_local, items=tuple(items), errors=tuple(errors))


def parse_time(text: str) -> datetime:
    """Read an ISO 8601 time with a UTC offset (``Z`` allowed).

    Args:
        text: The time as written, e.g. ``"2024-05-16T16:00+02:00"``; space around it is
            ignored.

    Returns:
        The time, aware.

    Raises:
        NaiveDatetimeError: the time has no offset.
        InvalidTimeError: the text is not an ISO 8601 time (or not text).

    Examples:
        >>> parse_time("2024-05-16T14:00Z").isoformat()
        '2024-05-16T14:00:00+00:00'
        >>> parse_time("2024-05-16T16:00")
        Traceback (most recent call last):
        ...
        randaberg_some.errors.NaiveDatetimeError: the time has no UTC offset; add one ...
    """
    if not isinstance(text, str):
        raise InvalidTimeError(
            f"a time must be text such as 2024-05-16T16:00+02:00 (got {_shown(text)})",
            message=_NOT_ISO.format(value=_shown(text)),
        )
    stripped = text.strip()
    # datetime.fromisoformat reads "Z" only from Python 3.11 on.
    iso = stripped[:-1] + "+00:00" if stripped[-1:] in ("Z", "z") else stripped
    try:
        value = datetime.fromisoformat(iso)
    except ValueError as error:
        raise InvalidTimeError(
            f"not an ISO 8601 time such as 2024-05-16T16:00+02:00 (got {_shown(text)})",
            message=_NOT_ISO.format(value=_shown(text)),
        ) from error
    if value.utcoffset() is None:
        raise NaiveDatetimeError(
            f"the time has no UTC offset; add one such as +02:00 or Z (got {_shown(text)})",
            message=_NO_OFFSET.format(value=_shown(text)),
        )
    return value


_NOT_ISO: Final = Message(
    nb="Tidspunktet er ikke ISO 8601 som 2024-05-16T16:00+02:00 (fikk {value}).",
    nn="Tidspunktet er ikkje ISO 8601 som 2024-05-16T16:00+02:00 (fekk {value}).",
    en="The time is not ISO 8601 such as 2024-05-16T16:00+02:00 (got {value}).",
)
