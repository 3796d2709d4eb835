r"""The audit report (:class:`~randaberg_some.audit.AuditReport`) as text, JSON, records, HTML.

Every piece of data from an inventory (a platform, a handle, a message that quotes a cell,
a column's name) goes through :func:`~randaberg_some.render._common.safe` in the text, so
that a cell holding a line break or a terminal's escape codes can neither forge a line of
the report nor drive the terminal; HTML escapes everything.

Examples:
    >>> from randaberg_some import Account, audit, render
    >>> report = audit([Account(platform="myspace", name="Randaberg kommune",
    ...                         handle="@randabergkommune\nrad 9  ok", administrators=["Kari"],
    ...                         purposes=["information"])])
    >>> print(render.text(report, "en").splitlines()[0][:48])
    account 1  myspace  @randabergkommune\nrad 9  ok
"""

from __future__ import annotations

import html as _html
from typing import TYPE_CHECKING, Final

from .._tables import row_key
from ..messages import LANGUAGES, Lang, Message
from ..platforms import Platform
from ..rules import RULES, Severity
from ._common import json_text, safe, whole_or_none

if TYPE_CHECKING:
    from ..auditing import AuditReport, Finding
    from ..rows import RowError

__all__ = ["html", "records", "summary", "text", "to_json"]

_SEVERITY: Final = {
    Severity.ERROR: Message(nb="feil", nn="feil", en="error"),
    Severity.WARNING: Message(nb="advarsel", nn="åtvaring", en="warning"),
    Severity.INFO: Message(nb="merknad", nn="merknad", en="info"),
}
_SUMMARY: Final = Message(
    nb="{accounts} kontoer, {rows} rader som ikke kunne leses: {error} feil, {warning} "
    "advarsler, {info} merknader.",
    nn="{accounts} kontoar, {rows} rader som ikkje kunne lesast: {error} feil, {warning} "
    "åtvaringar, {info} merknader.",
    en="{accounts} accounts, {rows} unreadable rows: {error} errors, {warning} warnings, "
    "{info} info.",
)
_UNKNOWN: Final = Message(
    nb="Merk: ukjente kolonner er hoppet over: {names}",
    nn="Merk: ukjende kolonnar er hoppa over: {names}",
    en="Note: unknown columns were ignored: {names}",
)
_NOTICE: Final = Message(nb="Merk: {text}", nn="Merk: {text}", en="Note: {text}")
_ROW: Final = Message(nb="rad {row}", nn="rad {row}", en="row {row}")
_ACCOUNT: Final = Message(nb="konto nr. {n}", nn="konto nr. {n}", en="account {n}")
_UNREADABLE: Final = Message(
    nb="rad som ikke kan leses", nn="rad som ikkje kan lesast", en="unreadable row"
)
_HEADS: Final = (
    Message(nb="Rad", nn="Rad", en="Row"),
    Message(nb="Plattform", nn="Plattform", en="Platform"),
    Message(nb="Brukernavn", nn="Brukarnamn", en="Handle"),
    Message(nb="Kode", nn="Kode", en="Code"),
    Message(nb="Alvor", nn="Alvor", en="Severity"),
    Message(nb="Felt", nn="Felt", en="Field"),
    Message(nb="Melding", nn="Melding", en="Message"),
    Message(nb="Retting", nn="Retting", en="Fix"),
)
_MORE: Final = Message(
    nb="… og {more} til (se to_records())",
    nn="… og {more} til (sjå to_records())",
    en="… and {more} more (see to_records())",
)


def summary(report: AuditReport, lang: Lang) -> str:
    """One sentence with the counts, in ``lang``."""
    counts = report.by_severity
    error, warning, info = (counts.get(severity, 0) for severity in Severity)
    return _SUMMARY.format(
        accounts=report.accounts, rows=report.error_rows, error=error, warning=warning, info=info
    ).text(lang)


def _finding(finding: Finding, lang: Lang | None) -> dict[str, object]:
    account = finding.account
    violation = finding.violation
    platform = account.platform
    message: object = (
        violation.text(lang)
        if lang is not None
        else {language: violation.text(language) for language in LANGUAGES}
    )
    return {
        "row": finding.row,
        "position": finding.position,
        "platform": platform.value if isinstance(platform, Platform) else platform,
        "handle": account.handle,
        "name": account.name,
        "unit": None if account.unit is None else account.unit.name,
        "code": violation.code,
        "rule": RULES[violation.code].name if violation.code in RULES else None,
        "severity": violation.severity.value,
        "field": violation.field,
        "message": message,
        "source": violation.source,
        "fix": violation.fix,
        "cells": None,
    }


def _error(error: RowError, lang: Lang | None) -> dict[str, object]:
    message: object = (
        error.text(lang)
        if lang is not None
        else {language: error.text(language) for language in LANGUAGES}
    )
    return {
        "row": error.row,
        "position": error.row,
        "platform": error.platform,
        "handle": error.handle,
        "name": None,
        "unit": None,
        "code": None,
        "rule": "row-error",
        "severity": Severity.ERROR.value,
        "field": error.field,
        "message": message,
        "source": None,
        "fix": None,
        "cells": " | ".join(error.cells) or None,
    }


def _records(report: AuditReport, lang: Lang | None) -> list[dict[str, object]]:
    ordered: list[tuple[tuple[int, int], int, dict[str, object]]] = []
    for order, error in enumerate(report.row_errors):
        ordered.append((row_key(error.row), order, _error(error, lang)))
    offset = len(ordered)
    for order, finding in enumerate(report.findings, start=offset):
        ordered.append((row_key(finding.row), order, _finding(finding, lang)))
    ordered.sort(key=lambda item: (item[0], item[1]))
    return [record for _, _, record in ordered]


def records(report: AuditReport, lang: Lang) -> list[dict[str, object]]:
    """One flat dict per finding and per row error, in row order, for ``pandas.DataFrame``.

    The keys: ``row`` (the spreadsheet's row, or ``None``), ``position``, ``platform``,
    ``handle``, ``name``, ``unit``, ``code`` (``None`` for a row error), ``rule``
    (``"row-error"`` for a row error), ``severity``, ``field``, ``message`` (in ``lang``),
    ``source``, ``fix``, and ``cells`` (a row error's first cells, joined by ``" | "``,
    where it has neither platform nor handle; else ``None``).
    """
    return _records(report, lang)


def to_json(report: AuditReport, *, indent: int | None = 2) -> str:
    """The report as a JSON document: ``ok``, the counts, notices and ``records``.

    Each record's ``message`` is an object with the text in ``nb``, ``nn`` and ``en``.
    """
    document = {
        "ok": report.ok,
        "accounts": report.accounts,
        "error_rows": report.error_rows,
        "by_severity": {severity.value: count for severity, count in report.by_severity.items()},
        "by_rule": dict(report.by_rule),
        "unknown_columns": list(report.unknown_columns),
        "notices": [
            {"code": notice.code, "message": {lang: notice.text(lang) for lang in LANGUAGES}}
            for notice in report.notices
        ],
        "records": _records(report, None),
    }
    return json_text(document, indent)


def _who(record: dict[str, object]) -> str:
    """The account a record concerns: its platform and handle, or a row error's cells."""
    named = [safe(str(record[key])) for key in ("platform", "handle") if record[key]]
    if named:
        return "  ".join(named)
    cells = record["cells"]
    return safe(cells) if isinstance(cells, str) else ""


def text(report: AuditReport, lang: Lang) -> str:
    """The report as plain text, one line per finding and row error, then the counts."""
    lines = [_NOTICE.format(text=notice.message).text(lang) for notice in report.notices]
    lines = [safe(line) for line in lines]
    if report.unknown_columns:
        names = ", ".join(safe(repr(name)) for name in report.unknown_columns)
        lines.append(_UNKNOWN.format(names=names).text(lang))
    for record in _records(report, lang):
        row = record["row"]
        where = (
            _ROW.format(row=row) if row is not None else _ACCOUNT.format(n=record["position"])
        ).text(lang)
        message = safe(str(record["message"]))
        who = _who(record)
        if record["code"] is None:
            field = f" ({safe(str(record['field']))})" if record["field"] else ""
            prefix = f"{where}  {who}" if who else where
            lines.append(f"{prefix}  {_UNREADABLE.text(lang)}{field}: {message}")
            continue
        severity = _SEVERITY[Severity(record["severity"])].text(lang)
        lines.append(f"{where}  {who}  {record['code']} {severity}: {message}")
    lines.append(summary(report, lang))
    return "\n".join(lines)


def html(report: AuditReport, lang: Lang, *, limit: int | None = 200) -> str:
    """The report as an HTML table; every value from the accounts is escaped.

    Args:
        report: The report.
        lang: The language of the messages and headings.
        limit: At most this many rows are shown, and a note says how many more there are;
            ``None`` shows every row.
    """
    limit = whole_or_none(limit, "limit")
    ordered = _records(report, lang)
    shown = ordered if limit is None else ordered[: max(limit, 0)]
    heads = "".join(f"<th>{_html.escape(head.text(lang))}</th>" for head in _HEADS)
    parts = [
        '<table class="randaberg-some-audit">',
        f"<caption>{_html.escape(summary(report, lang))}</caption>",
        f"<thead><tr>{heads}</tr></thead>",
        "<tbody>",
    ]
    for record in shown:
        row = record["row"] if record["row"] is not None else f"#{record['position']}"
        severity = Severity(record["severity"])
        cells = (
            row,
            record["platform"],
            record["handle"],
            record["code"] or "",
            _SEVERITY[severity].text(lang),
            record["field"],
            record["message"],
            record["fix"],
        )
        parts.append(
            f'<tr class="{severity.value}">'
            + "".join(
                f"<td>{_html.escape('' if cell is None else str(cell))}</td>" for cell in cells
            )
            + "</tr>"
        )
    parts.append("</tbody>")
    parts.append("</table>")
    if len(shown) < len(ordered):
        note = _MORE.format(more=len(ordered) - len(shown)).text(lang)
        parts.append(f"<p>{_html.escape(note)}</p>")
    return "\n".join(parts)
