"""The moderation queue: every comment screened, with its G6.5 deadline and its action.

A comment export (received time, author, text, URL) becomes one :class:`ModerationQueue`
through :func:`screen_comments`: each comment is screened (see
:func:`~randaberg_some.screening.screen_comment`), given the deadline by which it must be
assessed (G6.5, :func:`~randaberg_some.calendar.response_deadline`) and the action the
moderator should take, and the queue is sorted by deadline, the weightiest action first. A
row that cannot be used becomes a :class:`~randaberg_some.rows.RowError` with its row, never
an exception and never silently dropped.

The comment's text is personal data where it holds a number: the queue keeps it (in each
item's :attr:`~randaberg_some.screening.Screening.comment`) for an archive record, but
every rendering shows :attr:`~randaberg_some.screening.Screening.redacted` instead, and no
error or ``repr`` ever echoes it.

Reading an export from a file is the files layer's job
(:func:`randaberg_some.files.comments.load_comments`).

Examples:
    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> oslo = ZoneInfo("Europe/Oslo")
    >>> queue = screen_comments([
    ...     Comment(received_at=datetime(2024, 5, 15, 16, tzinfo=oslo), text="Takk!"),
    ...     Comment(received_at=datetime(2024, 5, 15, 9, tzinfo=oslo), text="Når åpner dere?"),
    ... ])
    >>> [(item.row, f"{item.deadline:%d.%m %H:%M}") for item in queue.items]
    [(2, '15.05 15:30'), (1, '16.05 15:30')]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Final, cast

import attrs

from ._notebook import Shown, Target
from ._tables import row_key
from .calendar import DEFAULT_CALENDAR, WorkingCalendar, response_deadline
from .errors import ConfigurationError, InvalidTimeError, NaiveDatetimeError, RandabergSomeError
from .messages import Lang, Message, check_lang
from .organisation import RANDABERG, Organisation
from .responses import parse_time, time_errors
from .rows import Loaded, RowError
from .screening import Action, Screening, screen_comment

__all__ = ["Comment", "ModerationQueue", "QueueItem", "comment_errors", "screen_comments"]

_NOT_TEXT: Final = Message(
    nb="{field} skal være tekst (fikk {kind}).",
    nn="{field} skal vere tekst (fekk {kind}).",
    en="{field} must be text (got {kind}).",
)
_NO_TEXT: Final = Message(
    nb="Teksten i kommentaren mangler.",
    nn="Teksten i kommentaren manglar.",
    en="The comment's text is missing.",
)


def comment_errors(
    row: int | str,
    received: object,
    text: object,
    author: object = None,
    url: object = None,
    *,
    line: int | None = None,
) -> list[RowError]:
    """Return what is wrong with one comment, one error per field, or nothing.

    The rules every comment follows, from a file or from a list: ``received`` is an aware
    datetime; ``text`` is text (it may be empty: a comment of only a picture); ``author``
    and ``url`` are text or ``None``. A message names a value's type, never the value,
    which may be personal data.

    Examples:
        >>> from datetime import datetime, timezone
        >>> [e.field for e in comment_errors(2, datetime(2024, 5, 15), None, author=7)]
        ['received_at', 'text', 'author']
    """
    errors = time_errors(row, received, None, line=line)
    for field, value, optional in (
        ("text", text, False),
        ("author", author, True),
        ("url", url, True),
    ):
        if value is None:
            if not optional:
                errors.append(RowError(row=row, line=line, field=field, message=_NO_TEXT))
        elif not isinstance(value, str):
            message = _NOT_TEXT.format(field=field, kind=type(value).__name__)
            errors.append(RowError(row=row, line=line, field=field, message=message))
    return errors


@attrs.frozen(kw_only=True)
class Comment:
    """One comment as exported from a platform: when it arrived, its text, who, where.

    Attributes:
        received_at: When the comment arrived (aware).
        text: What it says (never shown in a ``repr``: it may hold personal data).
        author: Who wrote it, as the platform names them, or ``None``.
        url: The comment's address, or ``None``.
        row: The row it was read from, when it came from a file.

    Raises:
        NaiveDatetimeError: ``received_at`` has no UTC offset.
        InvalidTimeError: ``received_at`` is not a datetime.
        RandabergSomeError: ``text`` is not text, or ``author`` or ``url`` is neither text
            nor ``None``.

    Examples:
        >>> from datetime import datetime, timezone
        >>> comment = Comment(received_at=datetime(2024, 5, 15, tzinfo=timezone.utc), text="Hei")
        >>> "Hei" in repr(comment)
        False
    """

    received_at: datetime
    text: str = attrs.field(repr=False)
    author: str | None = attrs.field(default=None, repr=False)
    url: str | None = attrs.field(default=None, repr=False)
    row: int | str | None = None

    def __attrs_post_init__(self) -> None:
        problems = comment_errors(self.row or 0, self.received_at, self.text, self.author, self.url)
        if problems:
            problem = problems[0]
            error: type[RandabergSomeError] = RandabergSomeError
            if problem.field == "received_at":
                naive = isinstance(self.received_at, datetime)
                error = NaiveDatetimeError if naive else InvalidTimeError
            raise error(f"{problem.field!r}: {problem.message.en}", message=problem.message)


@attrs.frozen(kw_only=True)
class QueueItem:
    """One comment in the queue.

    Attributes:
        row: The row (from a file) or the 1-based position among the comments.
        received_at: When the comment arrived, as given.
        author: Who wrote it, or ``None`` (not in a ``repr``).
        url: The comment's address, or ``None`` (not in a ``repr``).
        screening: What the screening found; its ``redacted`` text is what is shown.
        deadline: By when it must be assessed (G6.5), in Europe/Oslo.
    """

    row: int | str
    received_at: datetime
    author: str | None = attrs.field(repr=False)
    url: str | None = attrs.field(repr=False)
    screening: Screening
    deadline: datetime

    @property
    def action(self) -> Action:
        """What the moderator should do: the screening's action."""
        return self.screening.action


def _order(item: QueueItem) -> tuple[datetime, int, tuple[int, int], str]:
    return (item.deadline, -item.action.rank, row_key(item.row), str(item.row))


@attrs.frozen(kw_only=True, repr=False)
class ModerationQueue(Shown):
    """The comments to assess, by deadline: each with its findings and its action.

    The queue holds data; :mod:`randaberg_some.render` turns it into text, JSON, records, a
    DataFrame, HTML or a workbook, and the methods forward to it.

    Attributes:
        items: The comments, sorted by deadline, then the weightiest action first, then row.
        errors: The rows that could not be used, with their rows.
    """

    items: tuple[QueueItem, ...]
    errors: tuple[RowError, ...] = ()

    def count(self, action: Action) -> int:
        """Return the number of comments whose action is ``action``."""
        return sum(1 for item in self.items if item.action is action)

    @property
    def total(self) -> int:
        """The number of comments (rows with errors not counted)."""
        return len(self.items)

    @property
    def needs_action(self) -> int:
        """The number of comments whose action is more than :attr:`Action.NONE`."""
        return self.total - self.count(Action.NONE)

    @property
    def ok(self) -> bool:
        """Whether no comment needs an action and every row could be used."""
        return not self.errors and not self.needs_action

    def text(self, lang: Lang = "nb") -> str:
        """Return the queue as plain text in ``lang`` (see :func:`randaberg_some.render.text`)."""
        from .render import screening

        return screening.text(self, check_lang(lang))

    def summary(self, lang: Lang = "nb") -> str:
        """Return the one-line summary in ``lang``: the counts by action."""
        from .render import screening

        return screening.summary(self, check_lang(lang))

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return the queue as a JSON document (messages in all three languages)."""
        from .render import screening

        return screening.to_json(self, indent=indent)

    def to_html(self, lang: Lang = "nb") -> str:
        """Return the queue as an HTML fragment, everything escaped."""
        from .render import screening

        return screening.html(self, check_lang(lang))

    def to_excel(self, path: Target, lang: Lang = "nb") -> None:
        """Write the queue as an Excel workbook in ``lang``: its comments, errors and counts."""
        from . import render
        from .files.workbook import write_workbook

        write_workbook(path, render.sheets(self, lang))


_NOT_A_COMMENT: Final = Message(
    nb="En kommentar må være en Comment eller en tabellrad med received_at og text (fikk {kind}).",
    nn="Ein kommentar må vere ein Comment eller ei tabellrad med received_at og text "
    "(fekk {kind}).",
    en="A comment must be a Comment or a row with received_at and text (got {kind}).",
)
_NO_DEADLINE: Final = Message(
    nb="Kommentaren får ingen frist: {reason}",
    nn="Kommentaren får ingen frist: {reason}",
    en="The comment gets no deadline: {reason}",
)
# A fixed time at which a calendar given by the caller proves itself a calendar.
_PROBE: Final = datetime(2024, 1, 2, 12, tzinfo=timezone.utc)


def _from_mapping(item: Mapping[object, object], position: int) -> Comment | list[RowError]:
    values = {str(key).strip().lower(): value for key, value in item.items()}
    received = values.get("received_at")
    if isinstance(received, str):
        try:
            received = parse_time(received)
        except RandabergSomeError as error:
            message = error.message or Message.same(str(error))
            return [RowError(row=position, field="received_at", message=message)]
    text, author, url = values.get("text"), values.get("author"), values.get("url")
    problems = comment_errors(position, received, text, author, url)
    if problems:
        return problems
    return Comment(
        received_at=cast(datetime, received),
        text=cast(str, text),
        author=cast("str | None", author),
        url=cast("str | None", url),
        row=position,
    )


def _comment(record: object, position: int) -> Comment | list[RowError]:
    if isinstance(record, Comment):
        return record if record.row is not None else attrs.evolve(record, row=position)
    if isinstance(record, Mapping):
        return _from_mapping(record, position)
    kind = type(record).__name__
    return [RowError(row=position, message=_NOT_A_COMMENT.format(kind=kind))]


def screen_comments(
    rows: Loaded[Comment] | Iterable[Comment | Mapping[str, object]],
    *,
    organisation: Organisation = RANDABERG,
    calendar: WorkingCalendar = DEFAULT_CALENDAR,
) -> ModerationQueue:
    """Screen every comment and queue it by its G6.5 deadline, with its action.

    Every row becomes an item or an error with its row; none is dropped. A row that cannot
    be used (a missing or naive time, a text that is not text, a time the holiday calendar
    does not cover) becomes a :class:`~randaberg_some.rows.RowError`, never an exception.

    Args:
        rows: :class:`Comment` values, mappings with the keys ``received_at`` (an aware
            datetime or ISO 8601 text with an offset), ``text``, ``author`` and ``url``, or
            a loaded export (:func:`~randaberg_some.files.comments.load_comments`, which
            also reads DataFrames), whose row errors the queue keeps.
        organisation: Whose channels the replies point to.
        calendar: The working calendar (end of day, closures).

    Returns:
        The queue, sorted by deadline, then the weightiest action first, then row.

    Raises:
        ConfigurationError: ``organisation`` is not an :class:`Organisation`, or
            ``calendar`` not a :class:`WorkingCalendar`.
        RandabergSomeError: ``rows`` is not iterable.

    Examples:
        >>> from datetime import datetime, timezone
        >>> queue = screen_comments([{"received_at": "2024-05-15T09:00+02:00", "text": "Hei"},
        ...                          {"received_at": "2024-05-15T09:00", "text": "Hei"}])
        >>> queue.total, [(error.row, error.field) for error in queue.errors]
        (1, [(2, 'received_at')])
    """
    if not isinstance(organisation, Organisation):
        raise ConfigurationError(
            f"'organisation' must be an Organisation (got {type(organisation).__name__})"
        )
    if calendar.__class__ is not WorkingCalendar:
        response_deadline(_PROBE, calendar=calendar)  # anything else: the calendar's own error
    errors: list[RowError] = []
    source: Iterable[object]
    if isinstance(rows, Loaded):
        errors.extend(rows.errors)
        source = [
            row.value if row.value.row is not None else attrs.evolve(row.value, row=row.row)
            for row in rows.rows
            if isinstance(row.value, Comment)
        ]
    else:
        source = rows
    try:
        iterator = iter(source)
    except TypeError as error:
        raise RandabergSomeError(
            f"'rows' must be an iterable of comments (got {type(rows).__name__})"
        ) from error
    items: list[QueueItem] = []
    for position, record in enumerate(iterator, start=1):
        comment = _comment(record, position)
        if isinstance(comment, list):
            errors.extend(comment)
            continue
        row = position if comment.row is None else comment.row
        try:
            deadline = calendar.deadline(comment.received_at)
        except InvalidTimeError as error:
            reason = error.message or Message.same(str(error))
            message = _NO_DEADLINE.format(reason=reason)
            errors.append(RowError(row=row, field="received_at", message=message))
            continue
        items.append(
            QueueItem(
                row=row,
                received_at=comment.received_at,
                author=comment.author,
                url=comment.url,
                screening=screen_comment(comment.text, organisation=organisation),
                deadline=deadline,
            )
        )
    items.sort(key=_order)
    errors.sort(key=lambda error: row_key(error.row))
    return ModerationQueue(items=tuple(items), errors=tuple(errors))
