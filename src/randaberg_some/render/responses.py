"""A :class:`~randaberg_some.responses.ResponseReport` as text, JSON, records or HTML.

Examples:
    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> from randaberg_some.responses import response_report
    >>> oslo = ZoneInfo("Europe/Oslo")
    >>> def t(hour):
    ...     return datetime(2024, 5, 15, hour, tzinfo=oslo)
    >>> report = response_report([(t(9), None)], at=t(12))
    >>> print(text(report, "nn"))
    rad  motteke           vurdert  frist             status
    1    2024-05-15 09:00  -        2024-05-15 15:30  open
    1 sak: 0 i tide, 0 for seint, 0 forfallen, 1 open.
"""

from __future__ import annotations

import html as _html
from typing import TYPE_CHECKING, Final

from ..messages import LANGUAGES, Lang, Message, check_lang
from ..responses import ResponseStatus
from ._common import json_text, safe
from ._labels import field_label
from ._sheet import ERROR_HEADING, Sheet, counts_sheet, errors_sheet
from ._style import STYLE

if TYPE_CHECKING:
    from datetime import datetime

    import pandas

    from ..responses import ResponseReport
    from ..rows import RowError

__all__ = ["dataframe", "html", "records", "sheets", "short", "summary", "text", "to_json"]

_HEADING: Final = (
    Message(nb="rad", nn="rad", en="row"),
    Message(nb="mottatt", nn="motteke", en="received"),
    Message(nb="vurdert", nn="vurdert", en="assessed"),
    Message(nb="frist", nn="frist", en="deadline"),
    Message(nb="status", nn="status", en="status"),
)
_ROW: Final = Message(nb="rad", nn="rad", en="row")
_ITEMS: Final = (
    Message(nb="{n} sak", nn="{n} sak", en="{n} item"),
    Message(nb="{n} saker", nn="{n} saker", en="{n} items"),
)
_SHARE: Final = Message(
    nb=" Andel i tide: {share} % ({met} av {due} med passert frist eller vurdert).",
    nn=" Delen i tide: {share} % ({met} av {due} med passert frist eller vurdert).",
    en=" Share met: {share}% ({met} of {due} due).",
)
_ERROR_ROWS: Final = (
    Message(nb=" Feil i {n} rad.", nn=" Feil i {n} rad.", en=" Errors in {n} row."),
    Message(nb=" Feil i {n} rader.", nn=" Feil i {n} rader.", en=" Errors in {n} rows."),
)


def _minute(moment: datetime, report: ResponseReport) -> str:
    return f"{moment.astimezone(report.at.tzinfo):%Y-%m-%d %H:%M}"


# Norwegian writes a decimal comma.
_DECIMAL: Final = Message(nb=",", nn=",", en=".")


def _share(share: float, lang: Lang) -> str:
    return f"{share * 100:.1f}".replace(".", _DECIMAL.text(lang))


def summary(report: ResponseReport, lang: Lang = "nb") -> str:
    """Return the one-line summary of ``report`` in ``lang``: the counts and the share met.

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
    """
    lang = check_lang(lang)
    counts = ", ".join(f"{report.count(status)} {status.label(lang)}" for status in ResponseStatus)
    text = _ITEMS[report.total != 1].format(n=report.total).text(lang) + f": {counts}."
    if report.share_met is not None:
        text += _SHARE.format(
            share=_share(report.share_met, lang),
            met=report.count(ResponseStatus.MET),
            due=report.due,
        ).text(lang)
    rows = len({error.row for error in report.errors})
    if rows:
        text += _ERROR_ROWS[rows != 1].format(n=rows).text(lang)
    return text


def _where(error: RowError, lang: Lang) -> str:
    field = f" ({safe(error.field)})" if error.field else ""
    return f"{_ROW.text(lang)} {error.row}{field}"


def text(report: ResponseReport, lang: Lang = "nb") -> str:
    """Return ``report`` as a table of items, the rows with errors and a summary, in ``lang``.

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
    """
    lang = check_lang(lang)
    heading = tuple(word.text(lang) for word in _HEADING)
    rows = [
        (
            str(item.row),
            _minute(item.received_at, report),
            "-" if item.assessed_at is None else _minute(item.assessed_at, report),
            f"{item.deadline:%Y-%m-%d %H:%M}",
            item.status.label(lang),
        )
        for item in report.items
    ]
    widths = [max(len(cells[i]) for cells in [heading, *rows]) for i in range(len(heading))]
    lines = [
        "  ".join(f"{cell:<{width}}" for cell, width in zip(cells, widths, strict=True)).rstrip()
        for cells in [heading, *rows]
    ]
    lines += [f"{_where(error, lang)}: {safe(error.text(lang))}" for error in report.errors]
    lines.append(summary(report, lang))
    return "\n".join(lines)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _message(message: Message) -> dict[str, str]:
    return {lang: message.text(lang) for lang in LANGUAGES}


def to_json(report: ResponseReport, *, indent: int | None = 2) -> str:
    """Return ``report`` as a JSON document: the items, the row errors and the totals.

    Messages are given in all three languages (``{"nb": ..., "nn": ..., "en": ...}``).
    """
    document = {
        "at": report.at.isoformat(),
        "items": [
            {
                "row": item.row,
                "received_at": item.received_at.isoformat(),
                "assessed_at": _iso(item.assessed_at),
                "deadline": item.deadline.isoformat(),
                "status": item.status.value,
            }
            for item in report.items
        ],
        "errors": [
            {
                "row": error.row,
                "line": error.line,
                "field": error.field,
                "message": _message(error.message),
            }
            for error in report.errors
        ],
        "summary": {
            "total": report.total,
            **{status.value: report.count(status) for status in ResponseStatus},
            "due": report.due,
            "share_met": report.share_met,
            "row_errors": len(report.errors),
        },
    }
    return json_text(document, indent)


def records(report: ResponseReport, lang: Lang = "nb") -> list[dict[str, object]]:
    """Return one flat dict per item, then one per row error, for pandas.

    Keys: ``row``, ``received_at``, ``assessed_at``, ``deadline`` (datetimes or ``None``),
    ``status`` (its value, or ``"error"``), ``label`` and ``field``, ``message`` (``None``
    for an item).

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
    """
    lang = check_lang(lang)
    result: list[dict[str, object]] = [
        {
            "row": item.row,
            "received_at": item.received_at,
            "assessed_at": item.assessed_at,
            "deadline": item.deadline,
            "status": item.status.value,
            "label": item.status.label(lang),
            "field": None,
            "message": None,
        }
        for item in report.items
    ]
    result += [
        {
            "row": error.row,
            "received_at": None,
            "assessed_at": None,
            "deadline": None,
            "status": "error",
            "label": _ERROR.text(lang),
            "field": error.field,
            "message": error.text(lang),
        }
        for error in report.errors
    ]
    return result


_ERROR: Final = Message(nb="feil", nn="feil", en="error")


def html(report: ResponseReport, lang: Lang = "nb") -> str:
    """Return ``report`` as an HTML fragment in ``lang``, everything escaped.

    The summary, the items (the status as a word on a coloured badge), then the rows that
    could not be used.

    Raises:
        UnknownLanguageError: ``lang`` is not ``"nb"``, ``"nn"`` or ``"en"``.
    """
    lang = check_lang(lang)
    esc = _html.escape
    head = "".join(f"<th>{esc(word.text(lang))}</th>" for word in _HEADING)
    body = "".join(
        f'<tr class="rs-{item.status.value}">'
        f"<td>{item.row}</td><td>{esc(_minute(item.received_at, report))}</td>"
        f"<td>{'-' if item.assessed_at is None else esc(_minute(item.assessed_at, report))}</td>"
        f"<td>{item.deadline:%Y-%m-%d %H:%M}</td>"
        f'<td><span class="rs-badge">{esc(item.status.label(lang))}</span></td>'
        "</tr>"
        for item in report.items
    )
    parts = [
        f"<p>{esc(summary(report, lang))}</p>",
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>",
    ]
    if report.errors:
        heads = "".join(f"<th>{esc(word.text(lang))}</th>" for word in ERROR_HEADING)
        errors = "".join(
            f'<tr class="rs-error"><td>{esc(str(error.row))}</td>'
            f"<td>{esc(field_label(error.field, lang))}</td><td>{esc(error.text(lang))}</td></tr>"
            for error in report.errors
        )
        parts.append(f"<table><thead><tr>{heads}</tr></thead><tbody>{errors}</tbody></table>")
    return f'<div class="randaberg-some rs-responses">{STYLE}' + "".join(parts) + "</div>"


def short(report: ResponseReport) -> str:
    """A one-line repr: the counts by status and the rows with errors."""
    counts = ", ".join(f"{report.count(status)} {status.value}" for status in ResponseStatus)
    return f"<ResponseReport: {report.total} items, {counts}, {len(report.errors)} row errors>"


def dataframe(report: ResponseReport, lang: Lang = "nb") -> pandas.DataFrame:
    """The records as a DataFrame: times tz-aware, ``status`` ordered, ``row`` Int64."""
    from ._frames import frame

    columns = (
        "row", "received_at", "assessed_at", "deadline", "status", "label", "field", "message",
    )  # fmt: skip
    statuses = [status.value for status in ResponseStatus] + ["error"]
    return frame(
        records(report, lang),
        columns,
        ints=("row",),
        categories={"status": statuses},
        times=("received_at", "assessed_at", "deadline"),
    )


_SHEET_NAMES: Final = (Message(nb="Saker", nn="Saker", en="Items"),)


def sheets(report: ResponseReport, lang: Lang = "nb") -> list[Sheet]:
    """The report as three sheets: the items, the rows with errors and the counts."""
    items = [
        (item.row, item.received_at, item.assessed_at, item.deadline, item.status.label(lang))
        for item in report.items
    ]
    counts = [(status.label(lang), report.count(status)) for status in ResponseStatus]
    return [
        Sheet(
            name=_SHEET_NAMES[0].text(lang),
            headings=tuple(word.text(lang).capitalize() for word in _HEADING),
            rows=items,
            widths=(6, 18, 18, 18, 14),
            styles=[item.status.value for item in report.items],
            styled=4,
        ),
        errors_sheet(report.errors, lang),
        counts_sheet(counts, lang, width=20),
    ]
