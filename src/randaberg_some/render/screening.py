"""A :class:`~randaberg_some.screening.Screening` and a moderation queue, for reading.

Both show the comment's :attr:`~randaberg_some.screening.Screening.redacted` text, never
the comment as written: a personal number found in it is masked in every rendering (text,
JSON, records, HTML, workbook), and a finding's reason never holds the number.

Examples:
    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> from randaberg_some.moderation import Comment, screen_comments
    >>> oslo = ZoneInfo("Europe/Oslo")
    >>> queue = screen_comments(
    ...     [Comment(received_at=datetime(2024, 5, 15, 9, tzinfo=oslo), text="Takk!")])
    >>> print(text(queue, "en"))
    row  received          deadline          action  findings  comment
    1    2024-05-15 09:00  2024-05-15 15:30  none    -         Takk!
    1 comment: 0 archive before hiding, 0 hide and reply, 0 answer, 1 none.
"""

from __future__ import annotations

import html as _html
from datetime import datetime
from typing import TYPE_CHECKING, Final
from zoneinfo import ZoneInfo

from ..messages import LANGUAGES, Lang, Message, check_lang
from ..moderation import ModerationQueue
from ..screening import Action, Certainty, FindingKind, Screening
from ._common import json_text, safe
from ._labels import field_label
from ._sheet import ERROR_HEADING, Sheet, counts_sheet, errors_sheet
from ._style import STYLE

if TYPE_CHECKING:
    import pandas

    from ..moderation import QueueItem
    from ..rows import RowError

__all__ = ["dataframe", "html", "records", "sheets", "short", "summary", "text", "to_json"]

_OSLO: Final = ZoneInfo("Europe/Oslo")
# The actions from the weightiest down, as the queue counts them.
_ACTIONS: Final = tuple(sorted(Action, key=lambda action: -action.rank))
# The colour of each action, as the reports' severities and statuses have them.
_STYLE_OF: Final = {
    Action.ARCHIVE_BEFORE_HIDING: "error",
    Action.HIDE_AND_REPLY: "error",
    Action.ANSWER: "warning",
    Action.NONE: "met",
}
_SHOWN_TEXT: Final = 60  # characters of a comment in the queue's text table

_HEADING: Final = (
    Message(nb="rad", nn="rad", en="row"),
    Message(nb="mottatt", nn="motteke", en="received"),
    Message(nb="frist", nn="frist", en="deadline"),
    Message(nb="handling", nn="handling", en="action"),
    Message(nb="funn", nn="funn", en="findings"),
    Message(nb="kommentar", nn="kommentar", en="comment"),
)
_MORE: Final = (
    Message(nb="forfatter", nn="forfattar", en="author"),
    Message(nb="lenke", nn="lenke", en="link"),
)
_FINDING_HEADING: Final = (
    Message(nb="funn", nn="funn", en="finding"),
    Message(nb="sikkerhet", nn="visse", en="certainty"),
    Message(nb="maskert", nn="maskert", en="masked"),
    Message(nb="hvorfor", nn="kvifor", en="why"),
)
_ACTION: Final = Message(nb="Handling", nn="Handling", en="Action")
_REPLY: Final = Message(nb="Svar", nn="Svar", en="Reply")
_NOTHING: Final = Message(nb="Ingen funn.", nn="Ingen funn.", en="Nothing found.")
_ROW: Final = Message(nb="rad", nn="rad", en="row")
_ERROR: Final = Message(nb="feil", nn="feil", en="error")
_COMMENTS: Final = (
    Message(nb="{n} kommentar", nn="{n} kommentar", en="{n} comment"),
    Message(nb="{n} kommentarer", nn="{n} kommentarar", en="{n} comments"),
)
_ERROR_ROWS: Final = (
    Message(nb=" Feil i {n} rad.", nn=" Feil i {n} rad.", en=" Errors in {n} row."),
    Message(nb=" Feil i {n} rader.", nn=" Feil i {n} rader.", en=" Errors in {n} rows."),
)


def _message(message: Message) -> dict[str, str]:
    return {lang: message.text(lang) for lang in LANGUAGES}


def _minute(moment: datetime) -> str:
    return f"{moment.astimezone(_OSLO):%Y-%m-%d %H:%M}"


def _kinds(screening: Screening, lang: Lang) -> str:
    """The kinds found, each once, in the order of the text."""
    kinds = dict.fromkeys(finding.kind for finding in screening.findings)
    return ", ".join(kind.label(lang) for kind in kinds)


def _reply(screening: Screening) -> dict[str, str] | None:
    """The standard reply in every language, or ``None`` when none is needed."""
    replies: dict[str, str] = {}
    for lang in LANGUAGES:
        reply = screening.reply(lang)
        if reply is None:
            return None
        replies[lang] = reply
    return replies


def _screening_text(screening: Screening, lang: Lang) -> str:
    lines = [safe(screening.redacted)]
    if not screening.findings:
        lines.append(_NOTHING.text(lang))
    for finding in screening.findings:
        lines.append(
            f"- {finding.kind.label(lang)} ({finding.certainty.label(lang)}): "
            f"{safe(finding.masked)}, {finding.start}-{finding.end}: "
            f"{safe(finding.reason.text(lang))}"
        )
    lines.append(f"{_ACTION.text(lang)}: {screening.action.label(lang)}")
    reply = screening.reply(lang)
    if reply is not None:
        lines.append(f"{_REPLY.text(lang)}: {safe(reply)}")
    return "\n".join(lines)


def _screening_json(screening: Screening) -> dict[str, object]:
    return {
        "redacted": screening.redacted,
        "findings": [
            {
                "kind": finding.kind.value,
                "start": finding.start,
                "end": finding.end,
                "certainty": finding.certainty.value,
                "reason": _message(finding.reason),
                "masked": finding.masked,
            }
            for finding in screening.findings
        ],
        "action": screening.action.value,
        "reply": _reply(screening),
    }


def _screening_records(screening: Screening, lang: Lang) -> list[dict[str, object]]:
    return [
        {
            "kind": finding.kind.value,
            "label": finding.kind.label(lang),
            "certainty": finding.certainty.value,
            "start": finding.start,
            "end": finding.end,
            "masked": finding.masked,
            "reason": finding.reason.text(lang),
            "action": screening.action.value,
        }
        for finding in screening.findings
    ]


def _screening_html(screening: Screening, lang: Lang) -> str:
    esc = _html.escape
    style = _STYLE_OF[screening.action]
    parts = [
        f"<p><code>{esc(screening.redacted)}</code></p>",
        f'<p class="rs-{style}">{esc(_ACTION.text(lang))}: '
        f'<span class="rs-badge">{esc(screening.action.label(lang))}</span></p>',
    ]
    if screening.findings:
        head = "".join(f"<th>{esc(word.text(lang))}</th>" for word in _FINDING_HEADING)
        body = "".join(
            f"<tr><td>{esc(finding.kind.label(lang))}</td>"
            f"<td>{esc(finding.certainty.label(lang))}</td>"
            f"<td><code>{esc(finding.masked)}</code></td>"
            f"<td>{esc(finding.reason.text(lang))}</td></tr>"
            for finding in screening.findings
        )
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    reply = screening.reply(lang)
    if reply is not None:
        parts.append(f"<p>{esc(_REPLY.text(lang))}: {esc(reply)}</p>")
    return f'<div class="randaberg-some rs-screening">{STYLE}' + "".join(parts) + "</div>"


def summary(queue: ModerationQueue, lang: Lang = "nb") -> str:
    """Return the one-line summary of ``queue`` in ``lang``: the counts by action.

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
    """
    lang = check_lang(lang)
    counts = ", ".join(f"{queue.count(action)} {action.label(lang)}" for action in _ACTIONS)
    line = _COMMENTS[queue.total != 1].format(n=queue.total).text(lang) + f": {counts}."
    rows = len({error.row for error in queue.errors})
    if rows:
        line += _ERROR_ROWS[rows != 1].format(n=rows).text(lang)
    return line


def _cut(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHOWN_TEXT else flat[: _SHOWN_TEXT - 1] + "…"


def _where(error: RowError, lang: Lang) -> str:
    field = f" ({safe(error.field)})" if error.field else ""
    return f"{_ROW.text(lang)} {safe(str(error.row))}{field}"


def _queue_text(queue: ModerationQueue, lang: Lang) -> str:
    heading = tuple(word.text(lang) for word in _HEADING)
    rows = [
        (
            safe(str(item.row)),
            _minute(item.received_at),
            _minute(item.deadline),
            item.action.label(lang),
            _kinds(item.screening, lang) or "-",
            safe(_cut(item.screening.redacted)),
        )
        for item in queue.items
    ]
    widths = [max(len(cells[i]) for cells in [heading, *rows]) for i in range(len(heading))]
    lines = [
        "  ".join(f"{cell:<{width}}" for cell, width in zip(cells, widths, strict=True)).rstrip()
        for cells in [heading, *rows]
    ]
    lines += [f"{_where(error, lang)}: {safe(error.text(lang))}" for error in queue.errors]
    lines.append(summary(queue, lang))
    return "\n".join(lines)


def _item_json(item: QueueItem) -> dict[str, object]:
    return {
        "row": item.row,
        "received_at": item.received_at.isoformat(),
        "deadline": item.deadline.isoformat(),
        "author": item.author,
        "url": item.url,
        **_screening_json(item.screening),
    }


def _queue_json(queue: ModerationQueue) -> dict[str, object]:
    return {
        "items": [_item_json(item) for item in queue.items],
        "errors": [
            {
                "row": error.row,
                "line": error.line,
                "field": error.field,
                "message": _message(error.message),
            }
            for error in queue.errors
        ],
        "summary": {
            "total": queue.total,
            **{action.value: queue.count(action) for action in _ACTIONS},
            "needs_action": queue.needs_action,
            "row_errors": len(queue.errors),
        },
    }


_COLUMNS: Final = (
    "row", "received_at", "deadline", "action", "label", "findings", "certain", "redacted",
    "reply", "author", "url", "field", "message",
)  # fmt: skip


def _queue_records(queue: ModerationQueue, lang: Lang) -> list[dict[str, object]]:
    result: list[dict[str, object]] = [
        {
            "row": item.row,
            "received_at": item.received_at,
            "deadline": item.deadline,
            "action": item.action.value,
            "label": item.action.label(lang),
            "findings": _kinds(item.screening, lang),
            "certain": any(f.certainty is Certainty.CERTAIN for f in item.screening.findings),
            "redacted": item.screening.redacted,
            "reply": item.screening.reply(lang),
            "author": item.author,
            "url": item.url,
            "field": None,
            "message": None,
        }
        for item in queue.items
    ]
    result += [
        {
            **dict.fromkeys(_COLUMNS),
            "row": error.row,
            "action": "error",
            "label": _ERROR.text(lang),
            "certain": False,
            "field": error.field,
            "message": error.text(lang),
        }
        for error in queue.errors
    ]
    return result


def _queue_html(queue: ModerationQueue, lang: Lang) -> str:
    esc = _html.escape
    head = "".join(f"<th>{esc(word.text(lang))}</th>" for word in (*_HEADING, *_MORE))
    body = "".join(
        f'<tr class="rs-{_STYLE_OF[item.action]}">'
        f"<td>{esc(str(item.row))}</td><td>{esc(_minute(item.received_at))}</td>"
        f"<td>{esc(_minute(item.deadline))}</td>"
        f'<td><span class="rs-badge">{esc(item.action.label(lang))}</span></td>'
        f"<td>{esc(_kinds(item.screening, lang))}</td>"
        f"<td>{esc(item.screening.redacted)}</td>"
        f"<td>{esc(item.author or '')}</td>"
        f"<td>{_link(item.url)}</td></tr>"
        for item in queue.items
    )
    parts = [
        f"<p>{esc(summary(queue, lang))}</p>",
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>",
    ]
    if queue.errors:
        heads = "".join(f"<th>{esc(word.text(lang))}</th>" for word in ERROR_HEADING)
        errors = "".join(
            f'<tr class="rs-error"><td>{esc(str(error.row))}</td>'
            f"<td>{esc(field_label(error.field, lang))}</td><td>{esc(error.text(lang))}</td></tr>"
            for error in queue.errors
        )
        parts.append(f"<table><thead><tr>{heads}</tr></thead><tbody>{errors}</tbody></table>")
    return f'<div class="randaberg-some rs-queue">{STYLE}' + "".join(parts) + "</div>"


def _link(url: str | None) -> str:
    """A link only for an http(s) address; anything else as escaped text."""
    if url is None:
        return ""
    escaped = _html.escape(url)
    if url.lower().startswith(("https://", "http://")):
        return f'<a href="{escaped}" rel="noopener noreferrer">{escaped}</a>'
    return escaped


def text(report: Screening | ModerationQueue, lang: Lang = "nb") -> str:
    """Return a screening (its redacted text, findings, action, reply) or a queue as text.

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
    """
    lang = check_lang(lang)
    if isinstance(report, Screening):
        return _screening_text(report, lang)
    return _queue_text(report, lang)


def to_json(report: Screening | ModerationQueue, *, indent: int | None = 2) -> str:
    """Return a screening or a queue as JSON; messages and replies in all three languages."""
    if isinstance(report, Screening):
        return json_text(_screening_json(report), indent)
    return json_text(_queue_json(report), indent)


def records(report: Screening | ModerationQueue, lang: Lang = "nb") -> list[dict[str, object]]:
    """Return flat dicts: one per finding of a screening, one per comment of a queue.

    A queue's row errors follow its comments, with the action ``"error"``.

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
    """
    lang = check_lang(lang)
    if isinstance(report, Screening):
        return _screening_records(report, lang)
    return _queue_records(report, lang)


def html(report: Screening | ModerationQueue, lang: Lang = "nb") -> str:
    """Return a screening or a queue as an HTML fragment, everything escaped.

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
    """
    lang = check_lang(lang)
    if isinstance(report, Screening):
        return _screening_html(report, lang)
    return _queue_html(report, lang)


def short(report: Screening | ModerationQueue) -> str:
    """A one-line repr: the counts, never the comment."""
    if isinstance(report, Screening):
        kinds = ", ".join(finding.kind.value for finding in report.findings)
        return (
            f"<Screening: {len(report.findings)} findings ({kinds or '-'}), "
            f"action {report.action.value}>"
        )
    counts = ", ".join(f"{report.count(action)} {action.value}" for action in _ACTIONS)
    return f"<ModerationQueue: {report.total} comments, {counts}, {len(report.errors)} row errors>"


def dataframe(report: Screening | ModerationQueue, lang: Lang = "nb") -> pandas.DataFrame:
    """The records as a DataFrame: times tz-aware, ``action`` (or ``kind``) ordered."""
    from ._frames import frame

    if isinstance(report, Screening):
        columns = ("kind", "label", "certainty", "start", "end", "masked", "reason", "action")
        return frame(
            records(report, lang),
            columns,
            ints=("start", "end"),
            categories={
                "kind": [kind.value for kind in FindingKind],
                "certainty": [certainty.value for certainty in Certainty],
                "action": [action.value for action in Action],
            },
        )
    return frame(
        records(report, lang),
        _COLUMNS,
        ints=("row",),
        categories={"action": ["error", *(action.value for action in _ACTIONS)]},
        times=("received_at", "deadline"),
    )


_SHEET_NAMES: Final = (
    Message(nb="Kommentarer", nn="Kommentarar", en="Comments"),
    Message(nb="Funn", nn="Funn", en="Findings"),
)


def sheets(report: Screening | ModerationQueue, lang: Lang = "nb") -> list[Sheet]:
    """A queue as three sheets (comments, unusable rows, counts); a screening as one."""
    if isinstance(report, Screening):
        return [
            Sheet(
                name=_SHEET_NAMES[1].text(lang),
                headings=tuple(word.text(lang).capitalize() for word in _FINDING_HEADING),
                rows=[
                    (f.kind.label(lang), f.certainty.label(lang), f.masked, f.reason.text(lang))
                    for f in report.findings
                ],
                widths=(20, 10, 24, 70),
            )
        ]
    headings = (*_HEADING, _REPLY, *_MORE)
    items = [
        (
            item.row,
            item.received_at,
            item.deadline,
            item.action.label(lang),
            _kinds(item.screening, lang),
            item.screening.redacted,
            item.screening.reply(lang),
            item.author,
            item.url,
        )
        for item in report.items
    ]
    counts = [(action.label(lang), report.count(action)) for action in _ACTIONS]
    return [
        Sheet(
            name=_SHEET_NAMES[0].text(lang),
            headings=tuple(word.text(lang).capitalize() for word in headings),
            rows=items,
            widths=(6, 18, 18, 20, 24, 60, 50, 20, 30),
            styles=[_STYLE_OF[item.action] for item in report.items],
            styled=3,
        ),
        errors_sheet(report.errors, lang),
        counts_sheet(counts, lang, width=24),
    ]
